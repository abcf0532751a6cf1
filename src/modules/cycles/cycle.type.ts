import { IsDate, IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('Cycle', { description: 'Vigencia (edición anual) del Modelo de Madurez y del Índice CTI.', simpleResolvers: true })
export class CycleType {
  @Field(() => ID, { description: 'Identificador de la vigencia.' })
  id!: string;

  @Field(() => Int, { description: 'Año de la vigencia (una por año).' })
  year!: number;

  @Field({ description: 'Desde cuándo se reciben autodiagnósticos.' })
  opensAt!: Date;

  @Field({ description: 'Hasta cuándo (excluido) se reciben; los borradores vencen al cierre.' })
  closesAt!: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'Días hábiles para responder las solicitudes de acompañamiento; null: el término general (15).',
  })
  accompanimentResponseDays!: number | null;

  @Field({ description: 'Si en este momento recibe autodiagnósticos.' })
  open!: boolean;

  @Field({ description: 'La versión del modelo de madurez que responden sus autodiagnósticos, fijada al abrirla.' })
  modelVersion!: string;

  @Field(() => Date, { nullable: true, description: 'Cuándo se publicó su Índice CTI; null si aún no.' })
  indexPublishedAt!: Date | null;
}

@InputType({ description: 'Una vigencia nueva: año e instantes de apertura y cierre.' })
export class OpenCycleInput {
  @Field(() => Int, { description: 'Año de la vigencia (2019 a 2100; una por año).' })
  @Min(2019, { message: 'year debe ser 2019 o posterior (el Modelo de Madurez se aplica desde 2019)' })
  @Max(2100, { message: 'year no puede ser posterior a 2100' })
  year!: number;

  @Field({ description: 'Desde cuándo se reciben autodiagnósticos.' })
  @IsDate({ message: 'opensAt debe ser una fecha ISO 8601' })
  opensAt!: Date;

  @Field({ description: 'Hasta cuándo (excluido) se reciben; posterior a opensAt.' })
  @IsDate({ message: 'closesAt debe ser una fecha ISO 8601' })
  closesAt!: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'Días hábiles para responder las solicitudes de acompañamiento (1 a 30); sin valor, el término legal de 15.',
  })
  @IsOptional()
  @IsInt({ message: 'accompanimentResponseDays debe ser un número entero de días' })
  @Min(1, { message: 'accompanimentResponseDays debe estar entre 1 y 30' })
  @Max(30, { message: 'accompanimentResponseDays debe estar entre 1 y 30' })
  accompanimentResponseDays?: number | null;

  @Field(() => String, { nullable: true, description: 'Versión publicada del modelo de madurez; sin valor, la publicada más reciente.' })
  @IsOptional()
  @Length(1, 40, { message: 'modelVersion debe tener entre 1 y 40 caracteres' })
  modelVersion?: string | null;
}
