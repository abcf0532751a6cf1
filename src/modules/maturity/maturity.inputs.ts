import { ArrayMaxSize, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';

import { ConnectionArgs } from '../../core/graphql/connection';
import { CaseNoteInput, OpenCaseInput } from '../cases/case.inputs';
import { TerritorialEntityKind } from '../territorial-entities/territorial-entity-kind';
import { MAX_ANSWERS_PER_BATCH } from './assessment.service';
import { IndexOrder } from './maturity.type';

@InputType({ description: 'Evidencia de una respuesta: título y una URL http(s) o una referencia de archivo; fecha opcional.' })
export class EvidenceInput {
  @Field()
  @MaxLength(200, { message: 'evidence.title admite a lo sumo 200 caracteres' })
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'evidence.url admite a lo sumo 2000 caracteres' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Referencia a un archivo ya cargado en el gestor documental de la entidad.' })
  @IsOptional()
  @MaxLength(300, { message: 'evidence.fileRef admite a lo sumo 300 caracteres' })
  fileRef?: string | null;

  @Field(() => String, { nullable: true, description: 'Fecha del documento, AAAA-MM-DD.' })
  @IsOptional()
  @MaxLength(10, { message: 'evidence.date debe ser una fecha AAAA-MM-DD' })
  date?: string | null;
}

@InputType({ description: 'Una respuesta: value para escala, porcentaje o número; yes para sí o no.' })
export class AnswerInput {
  @Field(() => ID)
  @Length(1, 40, { message: 'questionId debe tener entre 1 y 40 caracteres' })
  questionId!: string;

  @Field(() => Float, { nullable: true })
  value?: number | null;

  @Field(() => Boolean, { nullable: true })
  yes?: boolean | null;

  @Field(() => [EvidenceInput], { nullable: true, description: 'Reemplaza las evidencias anteriores de la respuesta.' })
  @IsOptional()
  @ValidateNested({ each: true })
  evidence?: EvidenceInput[] | null;
}

@InputType({ description: 'Un lote de respuestas (guardado parcial e idempotente): todas se guardan o ninguna.' })
export class SaveAssessmentAnswersInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId debe ser un identificador válido' })
  caseId!: string;

  @Field(() => [AnswerInput], { defaultValue: [] })
  @ArrayMaxSize(MAX_ANSWERS_PER_BATCH, { message: `un lote admite como máximo ${MAX_ANSWERS_PER_BATCH} respuestas` })
  @ValidateNested({ each: true })
  answers!: AnswerInput[];

  @Field(() => [ID], { defaultValue: [], description: 'Preguntas cuya respuesta se borra.' })
  @ArrayMaxSize(MAX_ANSWERS_PER_BATCH, { message: `un lote admite como máximo ${MAX_ANSWERS_PER_BATCH} preguntas para borrar` })
  @MaxLength(40, { each: true, message: 'cada pregunta de clear admite a lo sumo 40 caracteres' })
  clear!: string[];
}

@InputType()
export class ReviewCommentInput {
  @Field(() => ID)
  @Length(1, 40, { message: 'questionId debe tener entre 1 y 40 caracteres' })
  questionId!: string;

  @Field()
  @Length(3, 2000, { message: 'el comentario debe tener entre 3 y 2000 caracteres' })
  text!: string;
}

@InputType({ description: 'Solicitar ajustes: una nota general y comentarios por pregunta.' })
export class RequestAssessmentChangesInput extends CaseNoteInput {
  @Field(() => [ReviewCommentInput], { defaultValue: [] })
  @ArrayMaxSize(200, { message: 'admite como máximo 200 comentarios' })
  @ValidateNested({ each: true })
  comments!: ReviewCommentInput[];
}

@InputType({ description: 'Una definición del modelo de madurez en YAML o JSON (ver README).' })
export class PublishMaturityModelInput {
  @Field()
  @MaxLength(2_000_000, { message: 'la definición admite como máximo 2 MB' })
  definition!: string;
}

@InputType()
export class PublishCycleIndexInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'cycleId debe ser un identificador válido' })
  cycleId!: string;
}

@InputType({ description: 'Filtros del ranking (el puesto sigue siendo el de toda la vigencia).' })
export class IndexFilterInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'departmentCode debe tener 2 dígitos' })
  departmentCode?: string | null;

  @Field(() => TerritorialEntityKind, { nullable: true })
  kind?: TerritorialEntityKind | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: 'level debe ser 1 o mayor' })
  @Max(20, { message: 'level no puede ser mayor que 20' })
  level?: number | null;
}

@ArgsType()
export class IndexArgs extends ConnectionArgs {
  @Field(() => IndexOrder, { defaultValue: IndexOrder.INDEX_DESC })
  orderBy: IndexOrder = IndexOrder.INDEX_DESC;

  @Field(() => IndexFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: IndexFilterInput | null;
}

@InputType()
export class StartAssessmentInput extends OpenCaseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'cycleId debe ser un identificador válido' })
  cycleId!: string;
}
