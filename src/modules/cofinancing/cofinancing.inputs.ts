import { ArrayMaxSize, IsOptional, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';

import { ConnectionArgs } from '../../core/graphql/connection';
import { DateScalar } from '../../core/graphql/scalars';
import { CaseState } from '../cases/case.enums';
import { CaseActionInput, OpenCaseInput } from '../cases/case.inputs';
import { ApplicationOrderBy, CofinancingComponent } from './cofinancing.type';
import { PesosScalar } from './money';

@InputType({ description: 'Una línea del presupuesto; los valores son pesos enteros, no negativos.' })
export class BudgetLineInput {
  @Field(() => CofinancingComponent, { description: 'Componente cofinanciable de la línea.' })
  component!: CofinancingComponent;

  @Field({ description: 'Qué se compra o contrata (a lo sumo 300 caracteres).' })
  @MaxLength(300, { message: 'budgetLines.description admite a lo sumo 300 caracteres' })
  description!: string;

  @Field(() => PesosScalar, { description: 'Aporte solicitado al Fondo Único de TIC.' })
  futicAmount!: number;

  @Field(() => PesosScalar, { description: 'Contrapartida de la entidad.' })
  counterpartAmount!: number;
}

@InputType({ description: 'La postulación completa (reemplaza lo guardado); los totales y la contrapartida los calcula el servidor.' })
export class SaveApplicationInput {
  @Field(() => ID, { description: 'El trámite de la postulación (en borrador o con subsanación solicitada).' })
  @IsUUID('all', { message: 'caseId debe ser un identificador válido' })
  caseId!: string;

  @Field({ description: 'Título del proyecto (a lo sumo 200 caracteres).' })
  @MaxLength(200, { message: 'title admite a lo sumo 200 caracteres' })
  title!: string;

  @Field({ description: 'Descripción del proyecto (a lo sumo 5000 caracteres).' })
  @MaxLength(5000, { message: 'description admite a lo sumo 5000 caracteres' })
  description!: string;

  @Field(() => [String], { defaultValue: [], description: 'Ids de las dimensiones CTI que aborda (PERSONAS, GOBERNANZA, …).' })
  @ArrayMaxSize(12, { message: 'dimensions admite a lo sumo 12 valores' })
  @MaxLength(40, { each: true, message: 'cada dimensión de dimensions admite a lo sumo 40 caracteres' })
  dimensions!: string[];

  @Field(() => [BudgetLineInput], {
    description: 'Todas las líneas del presupuesto, en orden (reemplazan las guardadas).',
    defaultValue: [],
  })
  @ArrayMaxSize(200, { message: 'budgetLines admite a lo sumo 200 líneas' })
  @ValidateNested({ each: true })
  budgetLines!: BudgetLineInput[];
}

@InputType({ description: 'Lo verificado de un requisito habilitante.' })
export class EligibilityEntryInput {
  @Field({ description: 'El id del requisito en la lista de la convocatoria.' })
  @MaxLength(40, { message: 'items.itemId admite a lo sumo 40 caracteres' })
  itemId!: string;

  @Field({ description: 'Si la postulación cumple el requisito.' })
  met!: boolean;

  @Field(() => String, { nullable: true, description: 'Obligatoria si el requisito no se cumple.' })
  @IsOptional()
  @MaxLength(2000, { message: 'items.note admite a lo sumo 2000 caracteres' })
  note?: string | null;
}

@InputType({ description: 'Verificación de requisitos habilitantes (los dados se reemplazan; los demás quedan como estaban).' })
export class RecordEligibilityInput {
  @Field(() => ID, { description: 'El trámite de la postulación.' })
  @IsUUID('all', { message: 'caseId debe ser un identificador válido' })
  caseId!: string;

  @Field(() => [EligibilityEntryInput], { description: 'Los requisitos verificados (a lo sumo 30).' })
  @ArrayMaxSize(30, { message: 'items admite a lo sumo 30 requisitos' })
  @ValidateNested({ each: true })
  items!: EligibilityEntryInput[];
}

@InputType({
  description:
    'Evaluadores que se suman al panel de una postulación en evaluación técnica: por su usuario (evaluators) o por su id del directorio (evaluatorIds), una de las dos formas.',
})
export class AssignEvaluatorsInput extends CaseActionInput {
  @Field(() => [String], {
    nullable: true,
    description:
      'Usuarios (sub del token) de los evaluadores; se suman a los ya asignados. Cada uno debe ser una persona activa del directorio con membresía vigente de evaluador(a), sin membresía (vigente o pasada) en la entidad que postula.',
  })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'evaluators admite a lo sumo 10 usuarios' })
  @MaxLength(200, { each: true, message: 'cada usuario de evaluators admite a lo sumo 200 caracteres' })
  evaluators?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Las personas del directorio (sus ids) que se suman al panel, con las mismas condiciones que evaluators.',
  })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'evaluatorIds admite a lo sumo 10 personas' })
  evaluatorIds?: string[] | null;
}

@InputType({ description: 'Un evaluador que sale del panel, con los motivos.' })
export class RemoveEvaluatorInput extends CaseActionInput {
  @Field({ description: 'Usuario (sub) del evaluador que sale del panel; no debe haber radicado su evaluación.' })
  @Length(3, 200, { message: 'evaluator debe tener entre 3 y 200 caracteres' })
  evaluator!: string;

  @Field({ description: 'Motivos (al menos 10 caracteres).' })
  @Length(1, 2000, { message: 'note admite a lo sumo 2000 caracteres' })
  note!: string;
}

@InputType({ description: 'La declaración de conflicto de interés de quien evalúa.' })
export class DeclareConflictInput extends CaseActionInput {
  @Field({ description: 'true: tiene conflicto de interés y queda excluido de la evaluación.' })
  conflict!: boolean;

  @Field(() => String, { nullable: true, description: 'Motivos; obligatorios si hay conflicto.' })
  @IsOptional()
  @MaxLength(2000, { message: 'note admite a lo sumo 2000 caracteres' })
  note?: string | null;
}

@InputType({ description: 'La calificación de un criterio de la rúbrica.' })
export class CriterionScoreInput {
  @Field({ description: 'El id del criterio en la rúbrica de la convocatoria.' })
  @MaxLength(40, { message: 'scores.criterionId admite a lo sumo 40 caracteres' })
  criterionId!: string;

  @Field(() => Int, { description: '0 a 100.' })
  score!: number;

  @Field({ description: 'Por qué esa calificación (obligatoria).' })
  @MaxLength(2000, { message: 'scores.justification admite a lo sumo 2000 caracteres' })
  justification!: string;
}

@InputType({ description: 'La evaluación técnica de quien evalúa: una calificación por criterio.' })
export class SubmitEvaluationInput extends CaseActionInput {
  @Field(() => [CriterionScoreInput], { description: 'Una calificación por criterio de la rúbrica, cada una justificada.' })
  @ArrayMaxSize(20, { message: 'scores admite a lo sumo 20 criterios' })
  @ValidateNested({ each: true })
  scores!: CriterionScoreInput[];
}

@InputType({ description: 'La firma del convenio por el representante legal.' })
export class SignAgreementInput extends CaseActionInput {
  @Field(() => String, { nullable: true, description: 'Número del convenio, si ya lo tiene.' })
  @IsOptional()
  @MaxLength(60, { message: 'agreementNumber admite a lo sumo 60 caracteres' })
  agreementNumber?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'El convenio firmado, subido por la carga reanudable (propósito SIGNED_AGREEMENT, de la entidad, ya verificado); queda adjunto al convenio en el mismo paso.',
  })
  @IsOptional()
  @MaxLength(100, { message: 'documentId admite a lo sumo 100 caracteres' })
  documentId?: string | null;
}

@InputType({
  description:
    'Documentos que sustentan un requisito habilitante de la propia postulación (en borrador o en subsanación); los ya adjuntos se conservan.',
})
export class AttachChecklistDocumentsInput {
  @Field(() => ID, { description: 'El trámite de la postulación.' })
  @IsUUID('all', { message: 'caseId debe ser un identificador válido' })
  caseId!: string;

  @Field({ description: 'El id del requisito en la lista de la convocatoria (p. ej. CDP_CONTRAPARTIDA).' })
  @MaxLength(40, { message: 'itemId admite a lo sumo 40 caracteres' })
  itemId!: string;

  @Field(() => [ID], {
    description:
      'Documentos subidos por la carga reanudable (propósito ELIGIBILITY_REQUIREMENT, de la entidad, ya verificados), de 1 a 10; una versión nueva (replaces) reemplaza a la anterior del mismo requisito.',
  })
  @ArrayMaxSize(10, { message: 'documentIds admite a lo sumo 10 documentos' })
  @MaxLength(100, { each: true, message: 'cada documento de documentIds admite a lo sumo 100 caracteres' })
  documentIds!: string[];
}

@InputType({ description: 'Una cuota del cronograma de desembolsos.' })
export class InstalmentInput {
  @Field(() => DateScalar, { description: 'Día en que vence la cuota.' })
  @MaxLength(10, { message: 'instalments.dueOn debe ser una fecha AAAA-MM-DD' })
  dueOn!: string;

  @Field(() => PesosScalar, { description: 'Valor de la cuota (mayor que cero).' })
  amount!: number;
}

@InputType({ description: 'Cronograma de desembolsos: cuotas que suman exactamente el aporte FUTIC aprobado.' })
export class DisbursementScheduleInput {
  @Field(() => ID, { description: 'El trámite de la postulación (con convenio firmado).' })
  @IsUUID('all', { message: 'caseId debe ser un identificador válido' })
  caseId!: string;

  @Field(() => [InstalmentInput], { description: 'Las cuotas en orden (a lo sumo 50); suman el aporte FUTIC aprobado.' })
  @ArrayMaxSize(50, { message: 'instalments admite a lo sumo 50 cuotas' })
  @ValidateNested({ each: true })
  instalments!: InstalmentInput[];
}

@InputType({ description: 'El pago de una cuota del cronograma.' })
export class DisbursementPaymentInput {
  @Field(() => ID, { description: 'El trámite de la postulación.' })
  @IsUUID('all', { message: 'caseId debe ser un identificador válido' })
  caseId!: string;

  @Field(() => Int, { description: 'Número de la cuota (desde 1).' })
  instalment!: number;

  @Field({ description: 'Referencia del pago (orden de pago, transferencia).' })
  @Length(1, 100, { message: 'reference admite a lo sumo 100 caracteres' })
  reference!: string;

  @Field(() => DateScalar, { description: 'Día del pago.' })
  @MaxLength(10, { message: 'paidOn debe ser una fecha AAAA-MM-DD' })
  paidOn!: string;
}

@InputType({ description: 'Filtros de las postulaciones de una convocatoria.' })
export class ApplicationFilter {
  @Field(() => CaseState, { nullable: true, description: 'Solo las postulaciones cuyo trámite está en este estado.' })
  @IsOptional()
  state?: string | null;
}

@ArgsType()
export class ApplicationsArgs extends ConnectionArgs {
  @Field(() => ApplicationFilter, {
    description: 'Filtros; sin filtro, todas las postulaciones visibles de la convocatoria.',
    nullable: true,
  })
  @IsOptional()
  filter?: ApplicationFilter | null;

  @Field(() => ApplicationOrderBy, {
    description: 'Orden de la lista (y de sus cursores).',
    defaultValue: ApplicationOrderBy.CREATED_AT_ASC,
  })
  orderBy: ApplicationOrderBy = ApplicationOrderBy.CREATED_AT_ASC;
}

@InputType({ description: 'Iniciar una postulación de la propia entidad a una convocatoria publicada.' })
export class StartApplicationInput extends OpenCaseInput {
  @Field(() => ID, { description: 'La convocatoria (publicada) a la que se postula.' })
  @IsUUID('all', { message: 'callId debe ser un identificador válido' })
  callId!: string;
}
