import { ArrayMaxSize, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';

import { ConnectionArgs } from '../../core/graphql/connection';
import { DateScalar } from '../../core/graphql/scalars';
import { CaseNoteInput, OpenCaseInput } from '../cases/case.inputs';
import { TerritorialEntityKind } from '../territorial-entities/territorial-entity-kind';
import { MAX_ANSWERS_PER_BATCH } from './assessment.service';
import { IndexOrderBy } from './maturity.type';

@InputType({
  description:
    'Evidencia de una respuesta: título y una URL http(s), una referencia de archivo o un documento subido (documentId); fecha opcional.',
})
export class EvidenceInput {
  @Field({ description: 'Título del documento.' })
  @MaxLength(200, { message: 'evidence.title admite a lo sumo 200 caracteres' })
  title!: string;

  @Field(() => String, { description: 'Dirección http(s) del documento (o use fileRef).', nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'evidence.url admite a lo sumo 2000 caracteres' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Referencia a un archivo ya cargado en el gestor documental de la entidad.' })
  @IsOptional()
  @MaxLength(300, { message: 'evidence.fileRef admite a lo sumo 300 caracteres' })
  fileRef?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Fecha del documento.' })
  @IsOptional()
  @MaxLength(10, { message: 'evidence.date debe ser una fecha AAAA-MM-DD' })
  date?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Un documento subido por la carga reanudable (propósito ASSESSMENT_EVIDENCE, de la entidad, ya verificado); queda adjunto a esta respuesta.',
  })
  @IsOptional()
  @MaxLength(100, { message: 'evidence.documentId admite a lo sumo 100 caracteres' })
  documentId?: string | null;
}

@InputType({ description: 'Una respuesta: value para escala, porcentaje o número; yes para sí o no.' })
export class AnswerInput {
  @Field(() => ID, { description: 'La pregunta del modelo de la vigencia.' })
  @Length(1, 40, { message: 'questionId debe tener entre 1 y 40 caracteres' })
  questionId!: string;

  @Field(() => Float, {
    description: 'La respuesta de escala (0 a 4), porcentaje (0 a 100) o número (no negativo); omítalo en una de sí o no.',
    nullable: true,
  })
  value?: number | null;

  @Field(() => Boolean, { description: 'La respuesta de sí o no; omítalo en las demás.', nullable: true })
  yes?: boolean | null;

  @Field(() => [EvidenceInput], { nullable: true, description: 'Reemplaza las evidencias anteriores de la respuesta.' })
  @IsOptional()
  @ValidateNested({ each: true })
  evidence?: EvidenceInput[] | null;
}

@InputType({ description: 'Un lote de respuestas (guardado parcial e idempotente): todas se guardan o ninguna.' })
export class SaveAssessmentAnswersInput {
  @Field(() => ID, { description: 'El trámite del autodiagnóstico (propio, en borrador o con ajustes solicitados).' })
  @IsUUID('all', { message: 'caseId debe ser un identificador válido' })
  caseId!: string;

  @Field(() => [AnswerInput], {
    description: 'Respuestas que se guardan (reemplazan las anteriores de la misma pregunta).',
    defaultValue: [],
  })
  @ArrayMaxSize(MAX_ANSWERS_PER_BATCH, { message: `un lote admite como máximo ${MAX_ANSWERS_PER_BATCH} respuestas` })
  @ValidateNested({ each: true })
  answers!: AnswerInput[];

  @Field(() => [ID], { defaultValue: [], description: 'Preguntas cuya respuesta se borra.' })
  @ArrayMaxSize(MAX_ANSWERS_PER_BATCH, { message: `un lote admite como máximo ${MAX_ANSWERS_PER_BATCH} preguntas para borrar` })
  @MaxLength(40, { each: true, message: 'cada pregunta de clear admite a lo sumo 40 caracteres' })
  clear!: string[];
}

@InputType({ description: 'Un comentario de la coordinación sobre una pregunta.' })
export class ReviewCommentInput {
  @Field(() => ID, { description: 'La pregunta comentada.' })
  @Length(1, 40, { message: 'questionId debe tener entre 1 y 40 caracteres' })
  questionId!: string;

  @Field({ description: 'El comentario (3 a 2000 caracteres).' })
  @Length(3, 2000, { message: 'el comentario debe tener entre 3 y 2000 caracteres' })
  text!: string;
}

@InputType({ description: 'Solicitar ajustes: una nota general y comentarios por pregunta.' })
export class RequestAssessmentChangesInput extends CaseNoteInput {
  @Field(() => [ReviewCommentInput], {
    description: 'Comentarios por pregunta (a lo sumo 200), que la entidad ve junto a cada respuesta.',
    defaultValue: [],
  })
  @ArrayMaxSize(200, { message: 'admite como máximo 200 comentarios' })
  @ValidateNested({ each: true })
  comments!: ReviewCommentInput[];
}

@InputType({ description: 'Una definición del modelo de madurez en YAML o JSON (ver README).' })
export class PublishMaturityModelInput {
  @Field({ description: 'El texto de la definición (YAML o JSON, a lo sumo 2 MB).' })
  @MaxLength(2_000_000, { message: 'la definición admite como máximo 2 MB' })
  definition!: string;
}

@InputType({ description: 'La vigencia cuyo Índice CTI se publica.' })
export class PublishCycleIndexInput {
  @Field(() => ID, { description: 'La vigencia (cerrada y sin autodiagnósticos pendientes).' })
  @IsUUID('all', { message: 'cycleId debe ser un identificador válido' })
  cycleId!: string;
}

@InputType({ description: 'Filtros del ranking (el puesto sigue siendo el de toda la vigencia).' })
export class IndexFilter {
  @Field(() => String, { description: 'Solo las entidades de este departamento (código DIVIPOLA de 2 dígitos).', nullable: true })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'departmentCode debe tener 2 dígitos' })
  departmentCode?: string | null;

  @Field(() => TerritorialEntityKind, { description: 'Solo las entidades de esta clase.', nullable: true })
  kind?: TerritorialEntityKind | null;

  @Field(() => Int, { description: 'Solo las entidades en este nivel de madurez.', nullable: true })
  @IsOptional()
  @Min(1, { message: 'level debe ser 1 o mayor' })
  @Max(20, { message: 'level no puede ser mayor que 20' })
  level?: number | null;
}

@ArgsType()
export class IndexArgs extends ConnectionArgs {
  @Field(() => IndexOrderBy, { description: 'Orden del ranking (y de sus cursores).', defaultValue: IndexOrderBy.INDEX_DESC })
  orderBy: IndexOrderBy = IndexOrderBy.INDEX_DESC;

  @Field(() => IndexFilter, { description: 'Filtros; el puesto sigue siendo el de toda la vigencia.', nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: IndexFilter | null;
}

@InputType({ description: 'Iniciar el autodiagnóstico de la propia entidad en una vigencia abierta.' })
export class StartAssessmentInput extends OpenCaseInput {
  @Field(() => ID, { description: 'La vigencia abierta.' })
  @IsUUID('all', { message: 'cycleId debe ser un identificador válido' })
  cycleId!: string;
}
