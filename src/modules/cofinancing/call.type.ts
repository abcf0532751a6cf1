import { ArrayMaxSize, IsDate, IsInt, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { PesosScalar } from './money';

export enum CallStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(CallStatus, {
  name: 'CallStatus',
  description: 'Si una convocatoria está en borrador o publicada.',
  valuesConfig: {
    DRAFT: { description: 'Borrador: solo la ve la coordinación y se edita libremente.' },
    PUBLISHED: { description: 'Publicada: las entidades la ven y se postulan dentro de su ventana.' },
  },
});

@ObjectType('RubricCriterion', {
  description: 'Criterio de la rúbrica de evaluación: se califica de 0 a 100; los pesos suman 100.',
  simpleResolvers: true,
})
export class RubricCriterionType {
  @Field({ description: 'Identificador estable del criterio (A–Z, 0–9, _), p. ej. PERTINENCIA.' })
  id!: string;

  @Field({ description: 'Nombre del criterio.' })
  name!: string;

  @Field(() => String, { description: 'Qué se evalúa y cómo, para los evaluadores.', nullable: true })
  description!: string | null;

  @Field(() => Int, { description: 'Peso del criterio en el puntaje (los pesos de la rúbrica suman 100).' })
  weight!: number;
}

@ObjectType('ChecklistItem', { description: 'Requisito habilitante de la convocatoria.', simpleResolvers: true })
export class ChecklistItemType {
  @Field({ description: 'Identificador estable del requisito (A–Z, 0–9, _).' })
  id!: string;

  @Field({ description: 'El requisito, como lo lee la entidad.' })
  text!: string;

  @Field({
    description:
      'Si la entidad debe adjuntar al menos un documento al requisito antes de radicar (attachChecklistDocuments); falso en convocatorias anteriores a los documentos.',
  })
  requiresDocument!: boolean;
}

@ObjectType('CofinancingCall', {
  description: 'Convocatoria de cofinanciación con recursos del Fondo Único de TIC.',
  simpleResolvers: true,
})
export class CallType {
  @Field(() => ID, { description: 'Identificador de la convocatoria.' })
  id!: string;

  @Field({ description: 'Título de la convocatoria.' })
  title!: string;

  @Field({ description: 'Desde cuándo se radican postulaciones.' })
  opensAt!: Date;

  @Field({ description: 'Hasta cuándo (excluido) se radican postulaciones.' })
  closesAt!: Date;

  @Field(() => PesosScalar, { description: 'Presupuesto total en pesos colombianos (enteros).' })
  totalBudget!: number;

  @Field(() => PesosScalar, { description: 'Tope de recursos FUTIC por postulación, en pesos.' })
  capPerApplication!: number;

  @Field(() => Int, { description: 'Contrapartida mínima, en porcentaje entero del total de la postulación.' })
  minCounterpartPercent!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Días hábiles para subsanar, si la convocatoria fija el término en días; null: en meses (correctionsTermMonths) o el término general (un mes, Ley 1755 de 2015, art. 17).',
  })
  correctionsTermDays!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Meses calendario para subsanar, si la convocatoria fija el término en meses; null: en días (correctionsTermDays) o el término general (un mes). Prorrogable una vez por un término igual.',
  })
  correctionsTermMonths!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Días hábiles que tiene el Ministerio, desde la radicación, para revisar los requisitos y pedir lo que falte; null: el término general (10, Ley 1755 de 2015, art. 17).',
  })
  eligibilityReviewTermDays!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Días hábiles para firmar el convenio tras la aprobación; null: el término general (20).',
  })
  agreementTermDays!: number | null;

  @Field(() => [RubricCriterionType], { description: 'Rúbrica de la evaluación técnica.' })
  rubric!: RubricCriterionType[];

  @Field(() => Int, { description: 'Puntaje ponderado mínimo (0 a 100) para aprobar o dejar en lista de espera.' })
  minScore!: number;

  @Field(() => [ChecklistItemType], { description: 'Requisitos habilitantes que la coordinación verifica.' })
  eligibilityChecklist!: ChecklistItemType[];

  @Field(() => CallStatus, { description: 'Borrador o publicada.' })
  status!: CallStatus;

  @Field(() => Date, { description: 'Cuándo se publicó; null en borrador.', nullable: true })
  publishedAt!: Date | null;

  @Field({ description: 'Si en este momento recibe postulaciones (publicada y dentro de su ventana).' })
  open!: boolean;

  @Field(() => PesosScalar, { description: 'Presupuesto de la convocatoria (igual a totalBudget).' })
  budget!: number;

  @Field(() => PesosScalar, { description: 'Recursos reservados para postulaciones aprobadas; nunca supera el presupuesto.' })
  committed!: number;

  @Field(() => PesosScalar, { description: 'Recursos por comprometer: budget − committed.' })
  remaining!: number;
}

@InputType('RubricCriterionInput', { description: 'Un criterio de la rúbrica de evaluación.' })
export class RubricCriterionInput {
  @Field({ description: 'Identificador estable (A–Z, 0–9, _), p. ej. PERTINENCIA.' })
  @MaxLength(40, { message: 'rubric.id admite a lo sumo 40 caracteres' })
  id!: string;

  @Field({ description: 'Nombre del criterio.' })
  @MaxLength(200, { message: 'rubric.name admite a lo sumo 200 caracteres' })
  name!: string;

  @Field(() => String, { description: 'Qué se evalúa y cómo (opcional).', nullable: true })
  @IsOptional()
  @MaxLength(1000, { message: 'rubric.description admite a lo sumo 1000 caracteres' })
  description?: string | null;

  @Field(() => Int, { description: 'Peso en el puntaje, en puntos enteros; los de la rúbrica suman 100.' })
  weight!: number;
}

@InputType('ChecklistItemInput', { description: 'Un requisito habilitante de la convocatoria.' })
export class ChecklistItemInput {
  @Field({ description: 'Identificador estable (A–Z, 0–9, _).' })
  @MaxLength(40, { message: 'eligibilityChecklist.id admite a lo sumo 40 caracteres' })
  id!: string;

  @Field({ description: 'El requisito, como lo leerá la entidad.' })
  @MaxLength(300, { message: 'eligibilityChecklist.text admite a lo sumo 300 caracteres' })
  text!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Si la entidad debe adjuntar al menos un documento al requisito antes de radicar la postulación.',
  })
  requiresDocument?: boolean;
}

/** The rules of a call every input states the same way (creation, and edits where all are optional). */
@InputType('CallRulesFields', { description: 'Reglas de una convocatoria (base de CreateCallInput y UpdateCallInput).' })
class CallRulesFields {
  @Field(() => [RubricCriterionInput], { nullable: true, description: 'Rúbrica (pesos que suman 100); sin valor, la rúbrica por defecto.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'rubric admite a lo sumo 20 criterios' })
  @ValidateNested({ each: true })
  rubric?: RubricCriterionInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Puntaje mínimo (0 a 100); sin valor, 60.' })
  @IsOptional()
  @IsInt({ message: 'minScore debe ser un número entero' })
  @Min(0, { message: 'minScore debe estar entre 0 y 100' })
  @Max(100, { message: 'minScore debe estar entre 0 y 100' })
  minScore?: number | null;

  @Field(() => [ChecklistItemInput], { nullable: true, description: 'Requisitos habilitantes; sin valor, los de por defecto.' })
  @IsOptional()
  @ArrayMaxSize(30, { message: 'eligibilityChecklist admite a lo sumo 30 requisitos' })
  @ValidateNested({ each: true })
  eligibilityChecklist?: ChecklistItemInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Días hábiles para subsanar (1 a 60); sin valor, el término general.' })
  @IsOptional()
  @IsInt({ message: 'correctionsTermDays debe ser un número entero de días' })
  @Min(1, { message: 'correctionsTermDays debe estar entre 1 y 60' })
  @Max(60, { message: 'correctionsTermDays debe estar entre 1 y 60' })
  correctionsTermDays?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Meses calendario para subsanar (1 a 6), en vez de días; sin valor, el término general (un mes). No se da junto con correctionsTermDays.',
  })
  @IsOptional()
  @IsInt({ message: 'correctionsTermMonths debe ser un número entero de meses' })
  @Min(1, { message: 'correctionsTermMonths debe estar entre 1 y 6' })
  @Max(6, { message: 'correctionsTermMonths debe estar entre 1 y 6' })
  correctionsTermMonths?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Días hábiles del Ministerio para revisar los requisitos desde la radicación (1 a 30); sin valor, el término general (10).',
  })
  @IsOptional()
  @IsInt({ message: 'eligibilityReviewTermDays debe ser un número entero de días' })
  @Min(1, { message: 'eligibilityReviewTermDays debe estar entre 1 y 30' })
  @Max(30, { message: 'eligibilityReviewTermDays debe estar entre 1 y 30' })
  eligibilityReviewTermDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Días hábiles para firmar el convenio (1 a 120); sin valor, el término general.' })
  @IsOptional()
  @IsInt({ message: 'agreementTermDays debe ser un número entero de días' })
  @Min(1, { message: 'agreementTermDays debe estar entre 1 y 120' })
  @Max(120, { message: 'agreementTermDays debe estar entre 1 y 120' })
  agreementTermDays?: number | null;
}

@InputType({ description: 'Una convocatoria nueva (queda en borrador hasta publicarla). Los valores en pesos son enteros.' })
export class CreateCallInput extends CallRulesFields {
  @Field({ description: 'Título (5 a 200 caracteres).' })
  @Length(5, 200, { message: 'title debe tener entre 5 y 200 caracteres' })
  title!: string;

  @Field({ description: 'Desde cuándo se radican postulaciones.' })
  @IsDate({ message: 'opensAt debe ser una fecha ISO 8601' })
  opensAt!: Date;

  @Field({ description: 'Hasta cuándo (excluido) se radican postulaciones; posterior a opensAt.' })
  @IsDate({ message: 'closesAt debe ser una fecha ISO 8601' })
  closesAt!: Date;

  @Field(() => PesosScalar, { description: 'Presupuesto total (mayor que cero).' })
  @Min(1, { message: 'totalBudget debe ser mayor que cero' })
  totalBudget!: number;

  @Field(() => PesosScalar, { description: 'Tope de recursos FUTIC por postulación (mayor que cero, a lo sumo el presupuesto).' })
  @Min(1, { message: 'capPerApplication debe ser mayor que cero' })
  capPerApplication!: number;

  @Field(() => Int, { description: 'Contrapartida mínima, en porcentaje entero (0 a 100) del total de cada postulación.' })
  @Min(0, { message: 'minCounterpartPercent debe estar entre 0 y 100' })
  @Max(100, { message: 'minCounterpartPercent debe estar entre 0 y 100' })
  minCounterpartPercent!: number;
}

@InputType({
  description:
    'Cambios a una convocatoria: solo los campos dados. Publicada y con postulaciones radicadas, sus reglas (ventana, tope, contrapartida, rúbrica, puntaje mínimo, requisitos y términos) ya no cambian; el título sí, el cierre puede ampliarse y el presupuesto moverse sin bajar de lo comprometido.',
})
export class UpdateCallInput extends CallRulesFields {
  @Field(() => ID, { description: 'La convocatoria que cambia.' })
  @MaxLength(100, { message: 'id admite a lo sumo 100 caracteres' })
  id!: string;

  @Field({ description: 'Nuevo título (5 a 200 caracteres).', nullable: true })
  @IsOptional()
  @Length(5, 200, { message: 'title debe tener entre 5 y 200 caracteres' })
  title?: string;

  @Field({ description: 'Nueva apertura (no cambia si ya hay postulaciones radicadas).', nullable: true })
  @IsOptional()
  @IsDate({ message: 'opensAt debe ser una fecha ISO 8601' })
  opensAt?: Date;

  @Field({ description: 'Nuevo cierre (con postulaciones radicadas, solo puede ampliarse).', nullable: true })
  @IsOptional()
  @IsDate({ message: 'closesAt debe ser una fecha ISO 8601' })
  closesAt?: Date;

  @Field(() => PesosScalar, { description: 'Nuevo presupuesto; nunca por debajo de lo ya comprometido.', nullable: true })
  @IsOptional()
  @Min(1, { message: 'totalBudget debe ser mayor que cero' })
  totalBudget?: number;

  @Field(() => PesosScalar, { description: 'Nuevo tope FUTIC por postulación.', nullable: true })
  @IsOptional()
  @Min(1, { message: 'capPerApplication debe ser mayor que cero' })
  capPerApplication?: number;

  @Field(() => Int, { description: 'Nueva contrapartida mínima, en porcentaje entero (0 a 100).', nullable: true })
  @IsOptional()
  @Min(0, { message: 'minCounterpartPercent debe estar entre 0 y 100' })
  @Max(100, { message: 'minCounterpartPercent debe estar entre 0 y 100' })
  minCounterpartPercent?: number;
}
