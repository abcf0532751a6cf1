import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import { Connection } from '../../core/graphql/connection';
import { TerritorialEntityKind } from '../territorial-entities/territorial-entity-kind';
import { TerritorialEntityType } from '../territorial-entities/territorial-entity.type';
import { LENSES, QUESTION_TYPES } from './maturity-model';
import type { AssessmentPartScore } from './maturity.entity';

export enum QuestionType {
  SCALE_0_4 = 'SCALE_0_4',
  YES_NO = 'YES_NO',
  PERCENTAGE = 'PERCENTAGE',
  NUMBER = 'NUMBER',
}
registerEnumType(QuestionType, {
  name: 'QuestionType',
  description: 'Tipo de respuesta de una pregunta del modelo de madurez.',
  valuesConfig: {
    SCALE_0_4: { description: 'Escala de 0 a 4 (value).' },
    YES_NO: { description: 'Sí o no (yes).' },
    PERCENTAGE: { description: 'Porcentaje de 0 a 100 (value).' },
    NUMBER: { description: 'Número no negativo frente a una meta (value); la meta o más vale el máximo.' },
  },
});

export enum Lens {
  PERCEPTION = 'PERCEPTION',
  RESULTS = 'RESULTS',
  CAPABILITIES = 'CAPABILITIES',
}
registerEnumType(Lens, {
  name: 'MaturityLens',
  description: 'Lente de medición del diseño 2020 del modelo.',
  valuesConfig: {
    PERCEPTION: { description: 'Percepción.' },
    RESULTS: { description: 'Resultados.' },
    CAPABILITIES: { description: 'Capacidades.' },
  },
});

// The GraphQL enums and the definition's lists must not drift apart.
const sameValues = (a: readonly string[], b: object) => a.length === Object.keys(b).length && a.every((v) => v in b);
if (!sameValues(QUESTION_TYPES, QuestionType) || !sameValues(LENSES, Lens))
  throw new Error('QuestionType/Lens no coinciden con el esquema del modelo');

export enum MissingReason {
  UNANSWERED = 'UNANSWERED',
  EVIDENCE_REQUIRED = 'EVIDENCE_REQUIRED',
}
registerEnumType(MissingReason, {
  name: 'MissingReason',
  valuesConfig: {
    UNANSWERED: { description: 'Pregunta obligatoria sin responder.' },
    EVIDENCE_REQUIRED: { description: 'Respuesta sin la evidencia obligatoria.' },
  },
});

export enum IndexOrder {
  INDEX_DESC = 'INDEX_DESC',
  INDEX_ASC = 'INDEX_ASC',
  NAME_ASC = 'NAME_ASC',
}
registerEnumType(IndexOrder, {
  name: 'IndexOrder',
  valuesConfig: {
    INDEX_DESC: { description: 'Del mayor índice al menor (el puesto del ranking).' },
    INDEX_ASC: { description: 'Del menor índice al mayor.' },
    NAME_ASC: { description: 'Por nombre de la entidad.' },
  },
});

@ObjectType('MaturityLevel', {
  description: 'Nivel de madurez: una banda del índice 0–100 ([min, max), la última incluye 100).',
  simpleResolvers: true,
})
export class LevelType {
  @Field(() => Int)
  level!: number;

  @Field()
  name!: string;

  @Field(() => Float)
  min!: number;

  @Field(() => Float)
  max!: number;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@ObjectType('MaturityScaleLabel', { description: 'Etiqueta de un valor de la escala 0–4.', simpleResolvers: true })
export class ScaleLabelType {
  @Field(() => Int)
  value!: number;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@ObjectType('MaturityQuestion', { simpleResolvers: true })
export class QuestionType_ {
  @Field(() => ID, { description: 'Identificador estable entre versiones del modelo.' })
  id!: string;

  @Field()
  text!: string;

  @Field(() => String, { nullable: true })
  help?: string | null;

  @Field(() => QuestionType)
  type!: QuestionType;

  @Field(() => Lens)
  lens!: Lens;

  @Field(() => Float, { description: 'Peso dentro de su subdimensión (los pesos no tienen que sumar 1).' })
  weight!: number;

  @Field({ description: 'Si debe responderse para enviar el autodiagnóstico.' })
  required!: boolean;

  @Field({ description: 'Si su respuesta debe llevar al menos una evidencia.' })
  evidenceRequired!: boolean;

  @Field(() => Float, { nullable: true, description: 'Meta de una pregunta NUMBER: ese valor o más obtiene el puntaje máximo.' })
  target?: number | null;

  @Field(() => String, { nullable: true })
  unit?: string | null;
}

/** What a dimension and a sub-dimension share (a base class only: no type of its own is emitted). */
@ObjectType('MaturityWeightedPart')
abstract class WeightedPart {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Float)
  weight!: number;
}

@ObjectType('MaturitySubdimension', { simpleResolvers: true })
export class SubdimensionType extends WeightedPart {
  @Field(() => [QuestionType_])
  questions!: QuestionType_[];
}

@ObjectType('MaturityDimension', { simpleResolvers: true })
export class DimensionType extends WeightedPart {
  @Field(() => [SubdimensionType])
  subdimensions!: SubdimensionType[];
}

@ObjectType('MaturityModel', { description: 'Una versión publicada (inmutable) del Modelo de Madurez CTI.', simpleResolvers: true })
export class MaturityModelType {
  @Field(() => ID)
  version!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field()
  publishedAt!: Date;

  @Field()
  publishedBy!: string;

  @Field(() => Int)
  questionCount!: number;

  @Field(() => [ScaleLabelType])
  scale!: ScaleLabelType[];

  @Field(() => [LevelType])
  levels!: LevelType[];

  @Field(() => [DimensionType])
  dimensions!: DimensionType[];
}

@ObjectType('PublishMaturityModelResult', { simpleResolvers: true })
export class PublishModelResult {
  @Field({ description: 'false: esa versión ya estaba publicada con el mismo contenido; no se hizo nada.' })
  created!: boolean;

  @Field(() => MaturityModelType)
  model!: MaturityModelType;
}

@ObjectType('Evidence', {
  description: 'Evidencia de una respuesta: un documento por URL o por referencia de archivo.',
  simpleResolvers: true,
})
export class EvidenceType {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true })
  fileRef!: string | null;

  @Field(() => String, { nullable: true, description: 'Fecha del documento (AAAA-MM-DD).' })
  date!: string | null;
}

@ObjectType('ReviewComment', {
  description: 'Comentario de la coordinación sobre una pregunta, hecho al solicitar ajustes.',
  simpleResolvers: true,
})
export class ReviewCommentType {
  @Field(() => ID)
  id!: string;

  @Field()
  questionId!: string;

  @Field()
  text!: string;

  @Field(() => Int, { description: 'Versión del trámite en la que se solicitaron los ajustes (una ronda de revisión).' })
  round!: number;

  @Field()
  author!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType('AssessmentAnswer', { simpleResolvers: true })
export class AnswerType {
  @Field()
  questionId!: string;

  @Field(() => QuestionType_)
  question!: QuestionType_;

  @Field(() => Float, { nullable: true, description: 'Respuesta de escala, porcentaje o número; null en las de sí o no.' })
  value!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Respuesta de sí o no; null en las demás.' })
  yes!: boolean | null;

  @Field(() => Float, { description: 'La respuesta normalizada a 0–1, como entra al puntaje.' })
  normalised!: number;

  @Field(() => [EvidenceType])
  evidence!: EvidenceType[];

  @Field()
  answeredBy!: string;

  @Field()
  answeredAt!: Date;
}

@ObjectType('MissingAnswer', { simpleResolvers: true })
export class MissingAnswerType {
  @Field()
  questionId!: string;

  @Field()
  dimension!: string;

  @Field(() => MissingReason)
  reason!: MissingReason;
}

@ObjectType('DimensionCompleteness', { simpleResolvers: true })
export class DimensionCompletenessType {
  @Field({ description: 'Identificador de la dimensión.' })
  dimension!: string;

  @Field()
  dimensionName!: string;

  @Field(() => Int)
  questions!: number;

  @Field(() => Int)
  answered!: number;

  @Field(() => Int)
  required!: number;

  @Field(() => Int)
  requiredAnswered!: number;

  @Field(() => Int, { description: 'Respuestas que no traen la evidencia que su pregunta exige.' })
  missingEvidence!: number;

  @Field(() => Float, { description: 'Preguntas respondidas sobre el total, en porcentaje.' })
  percent!: number;

  @Field({ description: 'Si ya no falta nada obligatorio en la dimensión.' })
  complete!: boolean;
}

@ObjectType('AssessmentCompleteness', { simpleResolvers: true })
export class CompletenessType {
  @Field(() => Int)
  questions!: number;

  @Field(() => Int)
  answered!: number;

  @Field(() => Int)
  required!: number;

  @Field(() => Int)
  requiredAnswered!: number;

  @Field(() => Float)
  percent!: number;

  @Field({ description: 'Si puede enviarse: toda pregunta obligatoria respondida y con la evidencia exigida.' })
  complete!: boolean;

  @Field(() => [DimensionCompletenessType])
  dimensions!: DimensionCompletenessType[];

  @Field(() => [MissingAnswerType], { description: 'Lo que falta para poder enviarlo.' })
  missing!: MissingAnswerType[];
}

@ObjectType('SubdimensionScore', { simpleResolvers: true })
export class SubdimensionScoreType {
  @Field()
  subdimension!: string;

  @Field()
  subdimensionName!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => Int)
  level!: number;

  @Field()
  levelName!: string;
}

@ObjectType('DimensionScore', { description: 'Puntaje 0–100 de una dimensión y su nivel.', simpleResolvers: true })
export class DimensionScoreType {
  @Field({ description: 'Identificador de la dimensión, p. ej. GOBERNANZA.' })
  dimension!: string;

  @Field()
  dimensionName!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => Int)
  level!: number;

  @Field()
  levelName!: string;

  @Field(() => [SubdimensionScoreType])
  subdimensions!: SubdimensionScoreType[];
}

/** The root object of an assessment: its case's public facts (the rest is resolved per field, with access checks). */
@ObjectType('MaturityAssessment', { description: 'Autodiagnóstico del Modelo de Madurez de una entidad en una vigencia.' })
export class AssessmentType {
  @Field(() => ID, { description: 'El id del trámite.' })
  id!: string;

  @Field(() => ID)
  cycleId!: string;

  @Field()
  entityCode!: string;

  departmentCode!: string;

  process!: string;

  assignee!: string | null;

  @Field()
  state!: string;

  @Field()
  stateLabel!: string;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'Si la entidad puede cambiar sus respuestas ahora (borrador o ajustes solicitados).' })
  editable!: boolean;
}

@ObjectType('IndexGroupComparison', { simpleResolvers: true })
export class GroupComparisonType {
  @Field({ description: 'El grupo: nombre del departamento o clase de entidad.' })
  label!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { description: 'Índice promedio del grupo.' })
  average!: number;

  @Field(() => Float, { description: 'Índice de la entidad menos el promedio del grupo, en puntos.' })
  difference!: number;

  @Field(() => [DimensionComparisonType])
  dimensions!: DimensionComparisonType[];
}

@ObjectType('DimensionComparison', { simpleResolvers: true })
export class DimensionComparisonType {
  @Field()
  dimension!: string;

  @Field(() => Float)
  average!: number;

  @Field(() => Float)
  difference!: number;
}

@ObjectType('IndexComparison', { simpleResolvers: true })
export class ComparisonType {
  @Field(() => GroupComparisonType, { description: 'Frente a las entidades validadas de su departamento.' })
  department!: GroupComparisonType;

  @Field(() => GroupComparisonType, { description: 'Frente a las entidades de su misma clase (alcaldías o gobernaciones).' })
  kind!: GroupComparisonType;
}

@ObjectType('CtiIndexEntry', { description: 'Una entidad en el Índice CTI de una vigencia.', simpleResolvers: true })
export class IndexEntryType {
  @Field(() => Int, { description: 'Puesto en la vigencia (los empates comparten puesto: 1, 2, 2, 4).' })
  rank!: number;

  @Field(() => ID, { description: 'El id del autodiagnóstico validado.' })
  assessmentId!: string;

  @Field()
  entityCode!: string;

  @Field(() => Float)
  index!: number;

  @Field(() => Int)
  level!: number;

  @Field()
  levelName!: string;

  @Field(() => TerritorialEntityType, { nullable: true })
  entity!: TerritorialEntityType | null;

  @Field(() => [DimensionScoreType], { description: 'Puntajes por dimensión, con sus subdimensiones.' })
  scores!: DimensionScoreType[];

  parts!: AssessmentPartScore[];
  /** The generation of the cycle's scores the page was read at (its aggregates must match it). */
  generation!: string;
  cycleId!: string;
  entityKind!: string;
  departmentCode!: string;
  modelVersion!: string;
}

@ObjectType('IndexDimensionAverage', { simpleResolvers: true })
export class DimensionAverageType {
  @Field()
  dimension!: string;

  @Field()
  dimensionName!: string;

  @Field(() => Float)
  score!: number;
}

@ObjectType('IndexAverage', { simpleResolvers: true })
export class IndexAverageType {
  @Field(() => Int)
  count!: number;

  @Field(() => Float)
  index!: number;

  @Field(() => [DimensionAverageType])
  dimensions!: DimensionAverageType[];
}

@ObjectType('DepartmentIndexAverage', { simpleResolvers: true })
export class DepartmentAverageType extends IndexAverageType {
  @Field()
  departmentCode!: string;

  @Field()
  departmentName!: string;
}

@ObjectType('KindIndexAverage', { simpleResolvers: true })
export class KindAverageType extends IndexAverageType {
  @Field(() => TerritorialEntityKind)
  kind!: TerritorialEntityKind;

  @Field()
  kindLabel!: string;
}

@ObjectType('LevelCount', { simpleResolvers: true })
export class LevelCountType extends LevelType {
  @Field(() => Int)
  count!: number;

  @Field(() => Float, { description: 'Porcentaje de las entidades validadas.' })
  percent!: number;
}

@ObjectType('CtiIndexConnection', {
  description: 'El Índice CTI de una vigencia: ranking paginado y sus agregados (sobre toda la vigencia).',
})
export class IndexConnection extends Connection(IndexEntryType, 'CtiIndex') {
  cycleId!: string;
  generation!: string;
  modelVersion!: string;

  @Field({ description: 'Si la coordinación ya lo publicó (antes solo lo ven el Ministerio y los auditores).' })
  published!: boolean;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;
}
