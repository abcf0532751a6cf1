import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import { Connection } from '../../core/graphql/connection';
import { DateScalar } from '../../core/graphql/scalars';
import { CaseState } from '../cases/case.enums';
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
  description: 'Por qué una pregunta impide enviar el autodiagnóstico.',
  valuesConfig: {
    UNANSWERED: { description: 'Pregunta obligatoria sin responder.' },
    EVIDENCE_REQUIRED: { description: 'Respuesta sin la evidencia obligatoria.' },
  },
});

export enum IndexOrderBy {
  INDEX_DESC = 'INDEX_DESC',
  INDEX_ASC = 'INDEX_ASC',
  NAME_ASC = 'NAME_ASC',
}
registerEnumType(IndexOrderBy, {
  name: 'IndexOrderBy',
  description: 'Orden del ranking del Índice CTI.',
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
  @Field(() => Int, { description: 'Número del nivel (1 el más bajo).' })
  level!: number;

  @Field({ description: 'Nombre del nivel, p. ej. Inicial.' })
  name!: string;

  @Field(() => Float, { description: 'Índice mínimo del nivel (incluido).' })
  min!: number;

  @Field(() => Float, { description: 'Índice máximo del nivel (excluido, salvo 100 en el último).' })
  max!: number;

  @Field(() => String, { description: 'Qué caracteriza a una entidad en este nivel.', nullable: true })
  description?: string | null;
}

@ObjectType('MaturityScaleLabel', { description: 'Etiqueta de un valor de la escala 0–4.', simpleResolvers: true })
export class ScaleLabelType {
  @Field(() => Int, { description: 'Valor de la escala (0 a 4).' })
  value!: number;

  @Field({ description: 'Nombre del valor, p. ej. No existe.' })
  label!: string;

  @Field(() => String, { description: 'Qué significa elegir este valor.', nullable: true })
  description?: string | null;
}

@ObjectType('MaturityQuestion', { description: 'Una pregunta del modelo de madurez.', simpleResolvers: true })
export class QuestionType_ {
  @Field(() => ID, { description: 'Identificador estable entre versiones del modelo.' })
  id!: string;

  @Field({ description: 'El enunciado.' })
  text!: string;

  @Field(() => String, { description: 'Ayuda para responderla (qué cuenta, qué evidencia sirve).', nullable: true })
  help?: string | null;

  @Field(() => QuestionType, { description: 'Cómo se responde (escala, sí o no, porcentaje o número).' })
  type!: QuestionType;

  @Field(() => Lens, { description: 'Lente de medición de la pregunta.' })
  lens!: Lens;

  @Field(() => Float, { description: 'Peso dentro de su subdimensión (los pesos no tienen que sumar 1).' })
  weight!: number;

  @Field({ description: 'Si debe responderse para enviar el autodiagnóstico.' })
  required!: boolean;

  @Field({ description: 'Si su respuesta debe llevar al menos una evidencia.' })
  evidenceRequired!: boolean;

  @Field(() => Float, { nullable: true, description: 'Meta de una pregunta NUMBER: ese valor o más obtiene el puntaje máximo.' })
  target?: number | null;

  @Field(() => String, { description: 'Unidad de una pregunta NUMBER (p. ej. conjuntos de datos).', nullable: true })
  unit?: string | null;
}

/** What a dimension and a sub-dimension share (a base class only: no type of its own is emitted). */
@ObjectType('MaturityWeightedPart', { description: 'Base de una dimensión y una subdimensión (no se emite como tipo).' })
abstract class WeightedPart {
  @Field(() => ID, { description: 'Identificador estable, p. ej. GOBERNANZA.' })
  id!: string;

  @Field({ description: 'Nombre en español.' })
  name!: string;

  @Field(() => String, { description: 'Qué mide.', nullable: true })
  description?: string | null;

  @Field(() => Float, { description: 'Peso en el nivel superior (los pesos no tienen que sumar 1).' })
  weight!: number;
}

@ObjectType('MaturitySubdimension', { description: 'Una subdimensión del modelo de madurez, con sus preguntas.', simpleResolvers: true })
export class SubdimensionType extends WeightedPart {
  @Field(() => [QuestionType_], { description: 'Sus preguntas, en el orden del modelo.' })
  questions!: QuestionType_[];
}

@ObjectType('MaturityDimension', { description: 'Una dimensión del modelo de madurez, con sus subdimensiones.', simpleResolvers: true })
export class DimensionType extends WeightedPart {
  @Field(() => [SubdimensionType], { description: 'Sus subdimensiones, en el orden del modelo.' })
  subdimensions!: SubdimensionType[];
}

@ObjectType('MaturityModel', { description: 'Una versión publicada (inmutable) del Modelo de Madurez CTI.', simpleResolvers: true })
export class MaturityModelType {
  @Field(() => ID, { description: 'Versión del modelo, p. ej. 2026.1 (la fija cada vigencia al abrirse).' })
  version!: string;

  @Field({ description: 'Título del modelo.' })
  title!: string;

  @Field(() => String, { description: 'Presentación del modelo.', nullable: true })
  description?: string | null;

  @Field({ description: 'Cuándo se publicó.' })
  publishedAt!: Date;

  @Field({ description: 'Usuario de quien lo publicó.' })
  publishedBy!: string;

  @Field(() => Int, { description: 'Número total de preguntas.' })
  questionCount!: number;

  @Field(() => [ScaleLabelType], { description: 'Etiquetas de la escala 0–4.' })
  scale!: ScaleLabelType[];

  @Field(() => [LevelType], { description: 'Niveles de madurez, del más bajo al más alto.' })
  levels!: LevelType[];

  @Field(() => [DimensionType], { description: 'Dimensiones, con sus subdimensiones y preguntas.' })
  dimensions!: DimensionType[];
}

@ObjectType('PublishMaturityModelPayload', {
  description: 'Resultado de publicar una versión del modelo de madurez.',
  simpleResolvers: true,
})
export class PublishModelResult {
  @Field({ description: 'false: esa versión ya estaba publicada con el mismo contenido; no se hizo nada.' })
  created!: boolean;

  @Field(() => MaturityModelType, { description: 'La versión publicada (o la que ya estaba, igual).' })
  model!: MaturityModelType;
}

@ObjectType('Evidence', {
  description: 'Evidencia de una respuesta: un documento por URL, por referencia de archivo o subido (document).',
  simpleResolvers: true,
})
export class EvidenceType {
  @Field({ description: 'Título del documento.' })
  title!: string;

  @Field(() => String, { description: 'Dirección http(s) del documento, si se dio.', nullable: true })
  url!: string | null;

  @Field(() => String, { description: 'Referencia al archivo en el gestor documental de la entidad, si se dio.', nullable: true })
  fileRef!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Fecha del documento.' })
  date!: string | null;

  /** Internal: the uploaded document it names, and its answer as that document's owner (resolved by `document`). */
  documentId?: string | null;
  ownerKey!: string;
}

@ObjectType('ReviewComment', {
  description: 'Comentario de la coordinación sobre una pregunta, hecho al solicitar ajustes.',
  simpleResolvers: true,
})
export class ReviewCommentType {
  @Field(() => ID, { description: 'Identificador del comentario.' })
  id!: string;

  @Field({ description: 'La pregunta comentada.' })
  questionId!: string;

  @Field({ description: 'El comentario.' })
  text!: string;

  @Field(() => Int, { description: 'Versión del trámite en la que se solicitaron los ajustes (una ronda de revisión).' })
  round!: number;

  @Field({ description: 'Usuario de quien lo escribió (coordinación).' })
  author!: string;

  @Field({ description: 'Cuándo se escribió.' })
  createdAt!: Date;
}

@ObjectType('AssessmentAnswer', { description: 'La respuesta guardada a una pregunta del autodiagnóstico.', simpleResolvers: true })
export class AnswerType {
  @Field({ description: 'La pregunta respondida.' })
  questionId!: string;

  @Field(() => QuestionType_, { description: 'La pregunta, como la define el modelo de la vigencia.' })
  question!: QuestionType_;

  @Field(() => Float, { nullable: true, description: 'Respuesta de escala, porcentaje o número; null en las de sí o no.' })
  value!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Respuesta de sí o no; null en las demás.' })
  yes!: boolean | null;

  @Field(() => Float, { description: 'La respuesta normalizada a 0–1, como entra al puntaje.' })
  normalised!: number;

  @Field(() => [EvidenceType], { description: 'Sus evidencias.' })
  evidence!: EvidenceType[];

  @Field({ description: 'Usuario de quien la guardó por última vez.' })
  answeredBy!: string;

  @Field({ description: 'Cuándo se guardó por última vez.' })
  answeredAt!: Date;
}

@ObjectType('MissingAnswer', { description: 'Algo que falta para poder enviar el autodiagnóstico.', simpleResolvers: true })
export class MissingAnswerType {
  @Field({ description: 'La pregunta.' })
  questionId!: string;

  @Field({ description: 'Identificador de la dimensión de la pregunta.' })
  dimension!: string;

  @Field(() => MissingReason, { description: 'Qué falta.' })
  reason!: MissingReason;
}

@ObjectType('DimensionCompleteness', { description: 'Avance de las respuestas de una dimensión.', simpleResolvers: true })
export class DimensionCompletenessType {
  @Field({ description: 'Identificador de la dimensión.' })
  dimension!: string;

  @Field({ description: 'Nombre de la dimensión.' })
  dimensionName!: string;

  @Field(() => Int, { description: 'Preguntas de la dimensión.' })
  questions!: number;

  @Field(() => Int, { description: 'Preguntas respondidas.' })
  answered!: number;

  @Field(() => Int, { description: 'Preguntas obligatorias.' })
  required!: number;

  @Field(() => Int, { description: 'Preguntas obligatorias respondidas.' })
  requiredAnswered!: number;

  @Field(() => Int, { description: 'Respuestas que no traen la evidencia que su pregunta exige.' })
  missingEvidence!: number;

  @Field(() => Float, { description: 'Preguntas respondidas sobre el total, en porcentaje.' })
  percent!: number;

  @Field({ description: 'Si ya no falta nada obligatorio en la dimensión.' })
  complete!: boolean;
}

@ObjectType('AssessmentCompleteness', {
  description: 'Avance de las respuestas de un autodiagnóstico y lo que falta para enviarlo.',
  simpleResolvers: true,
})
export class CompletenessType {
  @Field(() => Int, { description: 'Preguntas del modelo.' })
  questions!: number;

  @Field(() => Int, { description: 'Preguntas respondidas.' })
  answered!: number;

  @Field(() => Int, { description: 'Preguntas obligatorias.' })
  required!: number;

  @Field(() => Int, { description: 'Preguntas obligatorias respondidas.' })
  requiredAnswered!: number;

  @Field(() => Float, { description: 'Preguntas respondidas sobre el total, en porcentaje.' })
  percent!: number;

  @Field({ description: 'Si puede enviarse: toda pregunta obligatoria respondida y con la evidencia exigida.' })
  complete!: boolean;

  @Field(() => [DimensionCompletenessType], { description: 'El mismo avance por dimensión, en el orden del modelo.' })
  dimensions!: DimensionCompletenessType[];

  @Field(() => [MissingAnswerType], { description: 'Lo que falta para poder enviarlo.' })
  missing!: MissingAnswerType[];
}

@ObjectType('SubdimensionScore', { description: 'Puntaje 0–100 de una subdimensión y su nivel.', simpleResolvers: true })
export class SubdimensionScoreType {
  @Field({ description: 'Identificador de la subdimensión.' })
  subdimension!: string;

  @Field({ description: 'Nombre de la subdimensión.' })
  subdimensionName!: string;

  @Field(() => Float, { description: 'Puntaje de 0 a 100.' })
  score!: number;

  @Field(() => Int, { description: 'Nivel de madurez que corresponde al puntaje.' })
  level!: number;

  @Field({ description: 'Nombre de ese nivel.' })
  levelName!: string;
}

@ObjectType('DimensionScore', { description: 'Puntaje 0–100 de una dimensión y su nivel.', simpleResolvers: true })
export class DimensionScoreType {
  @Field({ description: 'Identificador de la dimensión, p. ej. GOBERNANZA.' })
  dimension!: string;

  @Field({ description: 'Nombre de la dimensión.' })
  dimensionName!: string;

  @Field(() => Float, { description: 'Puntaje de 0 a 100.' })
  score!: number;

  @Field(() => Int, { description: 'Nivel de madurez que corresponde al puntaje.' })
  level!: number;

  @Field({ description: 'Nombre de ese nivel.' })
  levelName!: string;

  @Field(() => [SubdimensionScoreType], { description: 'Puntajes de sus subdimensiones.' })
  subdimensions!: SubdimensionScoreType[];
}

/** The root object of an assessment: its case's public facts (the rest is resolved per field, with access checks). */
@ObjectType('MaturityAssessment', { description: 'Autodiagnóstico del Modelo de Madurez de una entidad en una vigencia.' })
export class AssessmentType {
  @Field(() => ID, { description: 'El id del trámite.' })
  id!: string;

  @Field(() => ID, { description: 'La vigencia del autodiagnóstico.' })
  cycleId!: string;

  @Field({ description: 'Código DIVIPOLA de la entidad.' })
  entityCode!: string;

  departmentCode!: string;

  process!: string;

  assignee!: string | null;

  @Field(() => CaseState, { description: 'Estado del trámite del autodiagnóstico.' })
  state!: string;

  @Field({ description: 'Nombre del estado en español.' })
  stateLabel!: string;

  @Field(() => Int, { description: 'Versión del trámite (para expectedVersion).' })
  version!: number;

  @Field({ description: 'Si la entidad puede cambiar sus respuestas ahora (borrador o ajustes solicitados).' })
  editable!: boolean;
}

@ObjectType('IndexGroupComparison', {
  description: 'Una entidad frente a un grupo de entidades validadas en la misma vigencia.',
  simpleResolvers: true,
})
export class GroupComparisonType {
  @Field({ description: 'El grupo: nombre del departamento o clase de entidad.' })
  label!: string;

  @Field(() => Int, { description: 'Entidades validadas del grupo.' })
  count!: number;

  @Field(() => Float, { description: 'Índice promedio del grupo.' })
  average!: number;

  @Field(() => Float, { description: 'Índice de la entidad menos el promedio del grupo, en puntos.' })
  difference!: number;

  @Field(() => [DimensionComparisonType], { description: 'La misma comparación por dimensión.' })
  dimensions!: DimensionComparisonType[];
}

@ObjectType('DimensionComparison', { description: 'Una dimensión de una entidad frente al promedio de un grupo.', simpleResolvers: true })
export class DimensionComparisonType {
  @Field({ description: 'Identificador de la dimensión.' })
  dimension!: string;

  @Field(() => Float, { description: 'Puntaje promedio del grupo en la dimensión.' })
  average!: number;

  @Field(() => Float, { description: 'Puntaje de la entidad menos el promedio del grupo, en puntos.' })
  difference!: number;
}

@ObjectType('IndexComparison', { description: 'Una entidad frente a su departamento y a su clase de entidad.', simpleResolvers: true })
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

  @Field({ description: 'Código DIVIPOLA de la entidad.' })
  entityCode!: string;

  @Field(() => Float, { description: 'Índice CTI de la entidad (0 a 100).' })
  index!: number;

  @Field(() => Int, { description: 'Nivel de madurez que corresponde al índice.' })
  level!: number;

  @Field({ description: 'Nombre de ese nivel.' })
  levelName!: string;

  @Field(() => TerritorialEntityType, { description: 'La entidad territorial.', nullable: true })
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

@ObjectType('IndexDimensionAverage', { description: 'Puntaje promedio de una dimensión en un grupo.', simpleResolvers: true })
export class DimensionAverageType {
  @Field({ description: 'Identificador de la dimensión.' })
  dimension!: string;

  @Field({ description: 'Nombre de la dimensión.' })
  dimensionName!: string;

  @Field(() => Float, { description: 'Puntaje promedio (0 a 100).' })
  score!: number;
}

@ObjectType('IndexAverage', { description: 'Promedios del Índice CTI de un grupo de entidades validadas.', simpleResolvers: true })
export class IndexAverageType {
  @Field(() => Int, { description: 'Entidades validadas del grupo.' })
  count!: number;

  @Field(() => Float, { description: 'Índice promedio (0 a 100).' })
  index!: number;

  @Field(() => [DimensionAverageType], { description: 'Promedio de cada dimensión, en el orden del modelo.' })
  dimensions!: DimensionAverageType[];
}

@ObjectType('DepartmentIndexAverage', {
  description: 'Promedios del Índice CTI de las entidades validadas de un departamento.',
  simpleResolvers: true,
})
export class DepartmentAverageType extends IndexAverageType {
  @Field({ description: 'Código DIVIPOLA del departamento (2 dígitos).' })
  departmentCode!: string;

  @Field({ description: 'Nombre del departamento.' })
  departmentName!: string;
}

@ObjectType('KindIndexAverage', {
  description: 'Promedios del Índice CTI de una clase de entidad (alcaldías o gobernaciones).',
  simpleResolvers: true,
})
export class KindAverageType extends IndexAverageType {
  @Field(() => TerritorialEntityKind, { description: 'La clase de entidad.' })
  kind!: TerritorialEntityKind;

  @Field({ description: 'Nombre de la clase en español.' })
  kindLabel!: string;
}

@ObjectType('LevelCount', { description: 'Cuántas entidades validadas hay en un nivel de madurez.', simpleResolvers: true })
export class LevelCountType extends LevelType {
  @Field(() => Int, { description: 'Entidades en el nivel.' })
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

  @Field(() => Date, { description: 'Cuándo se publicó; null si aún no.', nullable: true })
  publishedAt!: Date | null;
}
