import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsDate, IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';

@ObjectType('CofinancingCall', { description: 'Convocatoria de cofinanciación con recursos del Fondo Único de TIC.', simpleResolvers: true })
export class CallType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  opensAt!: Date;

  @Field({ description: 'Hasta cuándo (excluido) se radican postulaciones.' })
  closesAt!: Date;

  @Field(() => GraphQLSafeInt, { description: 'Presupuesto total en pesos colombianos (enteros).' })
  totalBudget!: number;

  @Field(() => GraphQLSafeInt, { description: 'Tope de recursos FUTIC por postulación, en pesos.' })
  capPerApplication!: number;

  @Field(() => Int, { description: 'Contrapartida mínima, en porcentaje entero del total de la postulación.' })
  minCounterpartPercent!: number;

  @Field(() => Int, { nullable: true, description: 'Días hábiles para subsanar; null: el término general (10).' })
  correctionsTermDays!: number | null;

  @Field(() => Int, { nullable: true, description: 'Días hábiles para firmar el convenio tras la aprobación; null: el término general (20).' })
  agreementTermDays!: number | null;

  @Field({ description: 'Si en este momento recibe postulaciones.' })
  open!: boolean;
}

@InputType({ description: 'Una convocatoria nueva. Los valores en pesos son enteros.' })
export class CreateCallInput {
  @Field()
  @Length(5, 200, { message: 'title debe tener entre 5 y 200 caracteres' })
  title!: string;

  @Field()
  @IsDate({ message: 'opensAt debe ser una fecha ISO 8601' })
  opensAt!: Date;

  @Field()
  @IsDate({ message: 'closesAt debe ser una fecha ISO 8601' })
  closesAt!: Date;

  @Field(() => GraphQLSafeInt)
  @IsInt({ message: 'totalBudget debe ser un número entero de pesos' })
  @Min(1, { message: 'totalBudget debe ser mayor que cero' })
  totalBudget!: number;

  @Field(() => GraphQLSafeInt)
  @IsInt({ message: 'capPerApplication debe ser un número entero de pesos' })
  @Min(1, { message: 'capPerApplication debe ser mayor que cero' })
  capPerApplication!: number;

  @Field(() => Int)
  @Min(0, { message: 'minCounterpartPercent debe estar entre 0 y 100' })
  @Max(100, { message: 'minCounterpartPercent debe estar entre 0 y 100' })
  minCounterpartPercent!: number;

  @Field(() => Int, { nullable: true, description: 'Días hábiles para subsanar (1 a 60); sin valor, el término general.' })
  @IsOptional()
  @IsInt({ message: 'correctionsTermDays debe ser un número entero de días' })
  @Min(1, { message: 'correctionsTermDays debe estar entre 1 y 60' })
  @Max(60, { message: 'correctionsTermDays debe estar entre 1 y 60' })
  correctionsTermDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Días hábiles para firmar el convenio (1 a 120); sin valor, el término general.' })
  @IsOptional()
  @IsInt({ message: 'agreementTermDays debe ser un número entero de días' })
  @Min(1, { message: 'agreementTermDays debe estar entre 1 y 120' })
  @Max(120, { message: 'agreementTermDays debe estar entre 1 y 120' })
  agreementTermDays?: number | null;
}
