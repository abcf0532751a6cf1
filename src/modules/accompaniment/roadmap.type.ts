import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

import type { AccompanimentTopic } from '../../../workflows/accompaniment/accompaniment.v2.machine';

import { DateScalar, DateTimeISOScalar } from '../../core/graphql/scalars';
import { CofinancingComponent } from '../cofinancing/cofinancing.type';
import { PesosScalar } from '../cofinancing/money';
import type { RoadmapHorizon, RoadmapPriority } from './accompaniment.entity';
import { MIN_COMPARISON_GROUP } from './diagnosis-comparison';
import { RoadmapHorizonEnum, RoadmapPriorityEnum } from './roadmap.inputs';

/*
 * `case { accompaniment { diagnosis roadmap } }`: what the advisor's diagnosis started from (the
 * entity's validated assessment as it was when the diagnosis started), the advisor's findings, and
 * the structured roadmap with the entity's comments. Read with the case's own rule.
 */

@ObjectType('DiagnosisSubdimension', { description: 'Una subdimensión en el diagnóstico, con su puntaje.', simpleResolvers: true })
export class DiagnosisSubdimensionType {
  @Field({ description: 'El código de la subdimensión en el modelo.' })
  code!: string;

  @Field({ description: 'Su nombre.' })
  name!: string;

  @Field(() => Float, { description: 'Su puntaje (0 a 100).' })
  score!: number;

  @Field(() => Int, { description: 'El nivel del modelo en que cae su puntaje.' })
  level!: number;
}

@ObjectType('DiagnosisDimension', {
  description: 'Una dimensión en el diagnóstico: su puntaje en el autodiagnóstico, su puesto y los hallazgos del asesor o asesora.',
  simpleResolvers: true,
})
export class DiagnosisDimensionType {
  @Field({ description: 'El código de la dimensión en el modelo (p. ej. PERSONAS).' })
  code!: string;

  @Field({ description: 'Su nombre.' })
  name!: string;

  @Field(() => Float, { description: 'Su puntaje (0 a 100).' })
  score!: number;

  @Field(() => Int, { description: 'El nivel del modelo en que cae su puntaje.' })
  level!: number;

  @Field(() => String, { nullable: true, description: 'El nombre de ese nivel (p. ej. Básico).' })
  levelName!: string | null;

  @Field(() => Int, {
    description: 'Su puesto entre las dimensiones de la entidad: 1 es la más débil (los empates siguen el orden del modelo).',
  })
  rank!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Los hallazgos del asesor o asesora sobre la dimensión; null si aún no los registra.',
  })
  findings!: string | null;

  @Field(() => DateTimeISOScalar, { nullable: true, description: 'Cuándo se registraron por última vez los hallazgos.' })
  findingsUpdatedAt!: Date | null;

  @Field(() => [DiagnosisSubdimensionType], { description: 'Sus subdimensiones puntuadas, de la más débil a la más fuerte.' })
  subdimensions!: DiagnosisSubdimensionType[];
}

@ObjectType('DiagnosisEvidence', {
  description: 'Una evidencia de la respuesta a una pregunta del autodiagnóstico.',
  simpleResolvers: true,
})
export class DiagnosisEvidenceType {
  @Field({ description: 'Título del documento.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Dirección http(s) del documento, si se dio.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'Referencia al archivo en el gestor documental de la entidad, si se dio.' })
  fileRef!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Fecha del documento.' })
  date!: string | null;

  @Field(() => ID, { nullable: true, description: 'El documento subido, si la evidencia es uno.' })
  documentId!: string | null;
}

@ObjectType('DiagnosisQuestion', {
  description: 'Una de las preguntas peor puntuadas del autodiagnóstico, con la respuesta y sus evidencias.',
  simpleResolvers: true,
})
export class DiagnosisQuestionType {
  @Field({ description: 'La pregunta (su código en el modelo).' })
  questionId!: string;

  @Field({ description: 'El texto de la pregunta.' })
  text!: string;

  @Field({ description: 'La dimensión de la pregunta (su código).' })
  dimensionCode!: string;

  @Field({ description: 'La subdimensión de la pregunta (su código).' })
  subdimensionCode!: string;

  @Field(() => Float, { description: 'La respuesta en la escala de la pregunta (sí = 1, no = 0).' })
  value!: number;

  @Field(() => Float, { description: 'La respuesta normalizada a 0–1, como entra al puntaje.' })
  normalised!: number;

  @Field(() => [DiagnosisEvidenceType], { description: 'Las evidencias de la respuesta.' })
  evidence!: DiagnosisEvidenceType[];
}

@ObjectType('DiagnosisComparisonDimension', {
  description: 'El promedio de una dimensión en un grupo de comparación.',
  simpleResolvers: true,
})
export class DiagnosisComparisonDimensionType {
  @Field({ description: 'El código de la dimensión en el modelo.' })
  code!: string;

  @Field(() => Float, { description: 'El promedio de sus puntajes (0 a 100, dos decimales, como en el Índice CTI).' })
  score!: number;
}

@ObjectType('DiagnosisComparisonGroup', {
  description: `Un promedio de autodiagnósticos validados de la vigencia del autodiagnóstico, tal como estaba al iniciar el diagnóstico. Si lo forman menos de ${MIN_COMPARISON_GROUP} entidades (la propia incluida) no se muestra: count es 0, index es null y dimensions está vacía.`,
  simpleResolvers: true,
})
export class DiagnosisComparisonGroupType {
  @Field({ description: 'Su nombre (p. ej. «Promedio de Antioquia», «Promedio nacional»).' })
  label!: string;

  @Field(() => Int, { description: 'Cuántos autodiagnósticos validados promedia; 0 si no se muestra.' })
  count!: number;

  @Field(() => Float, { nullable: true, description: 'El promedio del índice CTI (0 a 100, dos decimales); null si no se muestra.' })
  index!: number | null;

  @Field(() => [DiagnosisComparisonDimensionType], { description: 'El promedio de cada dimensión; vacía si no se muestra.' })
  dimensions!: DiagnosisComparisonDimensionType[];
}

@ObjectType('DiagnosisComparison', {
  description:
    'Los promedios con que se compara el diagnóstico, congelados al iniciarlo: los del departamento del autodiagnóstico y los del país en su vigencia. Cada entrega de la hoja de ruta (su PDF) muestra estos mismos.',
  simpleResolvers: true,
})
export class DiagnosisComparisonType {
  @Field(() => DiagnosisComparisonGroupType, { description: 'El promedio del departamento.' })
  department!: DiagnosisComparisonGroupType;

  @Field(() => DiagnosisComparisonGroupType, { description: 'El promedio nacional.' })
  national!: DiagnosisComparisonGroupType;
}

@ObjectType('AccompanimentDiagnosis', {
  description:
    'El diagnóstico del acompañamiento: el autodiagnóstico validado más reciente de la entidad al iniciarlo (dimensiones y subdimensiones ordenadas de la más débil a la más fuerte, las preguntas peor puntuadas) y los hallazgos del asesor o asesora.',
  simpleResolvers: true,
})
export class DiagnosisType {
  /** The accompaniment (internal: the key of its identity). */
  caseId!: string;

  @Field(() => ID, { description: 'El trámite del autodiagnóstico validado del que parte.' })
  assessmentCaseId!: string;

  @Field(() => ID, { nullable: true, description: 'El autodiagnóstico validado del que parte (su id como MaturityAssessment).' })
  assessmentId!: string | null;

  @Field({ description: 'La versión del modelo de madurez con que se puntuó.' })
  modelVersion!: string;

  @Field(() => Float, { description: 'El índice CTI de la entidad en ese autodiagnóstico (0 a 100).' })
  index!: number;

  @Field(() => Int, { description: 'El nivel del modelo en que cae el índice.' })
  level!: number;

  @Field(() => String, { nullable: true, description: 'El nombre de ese nivel.' })
  levelName!: string | null;

  @Field(() => [DiagnosisDimensionType], { description: 'Las dimensiones puntuadas, de la más débil (rank 1) a la más fuerte.' })
  dimensions!: DiagnosisDimensionType[];

  @Field(() => [DiagnosisQuestionType], {
    description: 'Las preguntas respondidas con menor puntaje normalizado (a lo sumo 10), de la más baja a la más alta.',
  })
  lowestQuestions!: DiagnosisQuestionType[];

  @Field(() => DiagnosisComparisonType, {
    nullable: true,
    description:
      'Los promedios del departamento y del país en la vigencia del autodiagnóstico, congelados al iniciar el diagnóstico; null en un diagnóstico iniciado antes de que se congelaran.',
  })
  comparison!: DiagnosisComparisonType | null;

  @Field(() => DateTimeISOScalar, { description: 'Cuándo empezó el diagnóstico (cuándo se tomó la foto del autodiagnóstico).' })
  createdAt!: Date;
}

@ObjectType('RoadmapLine', { description: 'Una línea de acción de la hoja de ruta.', simpleResolvers: true })
export class RoadmapLineType {
  @Field(() => ID, {
    description: 'La línea (la nombran saveRoadmap, los comentarios de la entidad y la postulación o el plan que salgan de ella).',
  })
  id!: string;

  @Field(() => Int, { description: 'Su lugar en la hoja de ruta: 1, 2, …' })
  position!: number;

  @Field({ description: 'La dimensión del modelo que atiende (su código).' })
  dimensionCode!: string;

  @Field({ description: 'El nombre de esa dimensión.' })
  dimensionName!: string;

  @Field({ description: 'El título.' })
  title!: string;

  @Field({ description: 'Qué se hará y por qué.' })
  description!: string;

  @Field(() => RoadmapPriorityEnum, { description: 'La prioridad.' })
  priority!: RoadmapPriority;

  @Field(() => RoadmapHorizonEnum, { description: 'El horizonte.' })
  horizon!: RoadmapHorizon;

  @Field({ description: 'Quién responde por ella en la entidad, en palabras.' })
  responsible!: string;

  @Field(() => PesosScalar, { description: 'El costo estimado en pesos (0: aún sin estimar).' })
  estimatedCost!: number;

  @Field(() => CofinancingComponent, {
    nullable: true,
    description: 'El componente cofinanciable con que podría financiarse, si se indicó.',
  })
  component!: CofinancingComponent | null;

  @Field({
    description:
      'true si la generó el borrador a partir del diagnóstico (aunque luego se editara); false si la escribió el asesor o asesora.',
  })
  generated!: boolean;
}

@ObjectType('RoadmapComment', { description: 'Un comentario de la entidad en una ronda de ajustes.', simpleResolvers: true })
export class RoadmapCommentType {
  @Field(() => Int, { description: 'La entrega que el comentario responde (1 la primera).' })
  round!: number;

  @Field(() => ID, { nullable: true, description: 'La línea comentada; null: la nota general de la ronda.' })
  lineId!: string | null;

  @Field({ description: 'El comentario.' })
  comment!: string;

  @Field(() => DateTimeISOScalar, { description: 'Cuándo se hizo.' })
  createdAt!: Date;
}

@ObjectType('Roadmap', {
  description:
    'La hoja de ruta del acompañamiento: sus líneas de acción en orden y los comentarios de la entidad en cada ronda de ajustes.',
  simpleResolvers: true,
})
export class RoadmapType {
  /** The accompaniment and what the field resolvers check (internal). */
  caseId!: string;
  entityCode!: string;
  state!: string;
  topic!: AccompanimentTopic | null;

  @Field(() => [RoadmapLineType], { description: 'Las líneas de acción, en orden.' })
  lines!: RoadmapLineType[];

  @Field(() => Int, { description: 'Cuántas veces se ha entregado (0: aún no se entrega).' })
  round!: number;

  @Field(() => [RoadmapCommentType], {
    description: 'Los comentarios de la entidad, por ronda (la nota general primero, luego por línea en orden).',
  })
  comments!: RoadmapCommentType[];
}
