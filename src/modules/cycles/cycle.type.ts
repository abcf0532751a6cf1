import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsDate, Max, Min } from 'class-validator';

@ObjectType('Cycle', { description: 'Vigencia (edición anual) del Modelo de Madurez y del Índice CTI.', simpleResolvers: true })
export class CycleType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field({ description: 'Desde cuándo se reciben autodiagnósticos.' })
  opensAt!: Date;

  @Field({ description: 'Hasta cuándo (excluido) se reciben; los borradores vencen al cierre.' })
  closesAt!: Date;

  @Field({ description: 'Si en este momento recibe autodiagnósticos.' })
  open!: boolean;
}

@InputType({ description: 'Una vigencia nueva: año e instantes de apertura y cierre.' })
export class OpenCycleInput {
  @Field(() => Int)
  @Min(2019, { message: 'year debe ser 2019 o posterior (el Modelo de Madurez se aplica desde 2019)' })
  @Max(2100, { message: 'year no puede ser posterior a 2100' })
  year!: number;

  @Field()
  @IsDate({ message: 'opensAt debe ser una fecha ISO 8601' })
  opensAt!: Date;

  @Field()
  @IsDate({ message: 'closesAt debe ser una fecha ISO 8601' })
  closesAt!: Date;
}
