import { IsOptional, Length, MaxLength } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { DateScalar } from '../../core/graphql/scalars';

export enum PeriodicityEnum {
  ANNUAL = 'ANNUAL',
  SEMIANNUAL = 'SEMIANNUAL',
  QUARTERLY = 'QUARTERLY',
}
registerEnumType(PeriodicityEnum, {
  name: 'Periodicity',
  description: 'Cada cuánto fija metas y reporta un plan de acción.',
  valuesConfig: {
    ANNUAL: { description: 'Anual: periodos 2024, 2025…' },
    SEMIANNUAL: { description: 'Semestral: periodos 2024-S1, 2024-S2…' },
    QUARTERLY: { description: 'Trimestral: periodos 2024-T1 a 2024-T4…' },
  },
});

export enum AnnualizationEnum {
  SUM = 'SUM',
  INCREASING = 'INCREASING',
  CONSTANT = 'CONSTANT',
}
registerEnumType(AnnualizationEnum, {
  name: 'Annualization',
  description: 'Cómo se acumulan las metas y los valores de un producto entre periodos (método de Bogotá).',
  valuesConfig: {
    SUM: { description: 'Suma: cada periodo aporta lo suyo y el avance es la suma de los valores.' },
    INCREASING: { description: 'Creciente: cada meta es un nivel acumulado y el avance es el último valor.' },
    CONSTANT: { description: 'Constante: la misma meta cada periodo; cuenta el valor del último periodo con meta.' },
  },
});

export enum SheetFormatEnum {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(SheetFormatEnum, {
  name: 'SheetFormat',
  description: 'Formato de la hoja de cálculo de un plan de acción.',
  valuesConfig: {
    CSV: { description: 'CSV como texto, separado por , o ;.' },
    XLSX: { description: 'Libro de Excel, en base64.' },
  },
});

export enum SemaforoEnum {
  SOBRE_EJECUCION = 'SOBRE_EJECUCION',
  ALTO = 'ALTO',
  MEDIO = 'MEDIO',
  BAJO = 'BAJO',
  SIN_DATO = 'SIN_DATO',
}
export enum PlanStatusEnum {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(PlanStatusEnum, {
  name: 'PlanStatus',
  description: 'Dónde está un plan de acción.',
  valuesConfig: {
    DRAFT: { description: 'Borrador: su primera versión espera la aprobación de la coordinación.' },
    APPROVED: { description: 'Aprobado: cambia solo por propuestas de ajuste aprobadas.' },
    WITHDRAWN: { description: 'Retirado por la entidad antes de aprobarse.' },
  },
});

export enum MeasurementBasisEnum {
  OFFICIAL = 'OFFICIAL',
  PROVISIONAL = 'PROVISIONAL',
}
registerEnumType(MeasurementBasisEnum, {
  name: 'MeasurementBasis',
  description: 'Qué reportes cuenta una medición.',
  valuesConfig: {
    OFFICIAL: { description: 'Solo los reportes aceptados por la coordinación, cada uno desde el día en que se aceptó.' },
    PROVISIONAL: { description: 'También los reportes radicados aún en revisión o devueltos para corrección: no es la cifra oficial.' },
  },
});

registerEnumType(SemaforoEnum, {
  name: 'Semaforo',
  description: 'El semáforo del método de Bogotá, según el PAHV de un producto.',
  valuesConfig: {
    SOBRE_EJECUCION: { description: 'Sobre ejecución: más de 125 %.' },
    ALTO: { description: 'Cumplimiento alto: más de 75 % y hasta 125 %.' },
    MEDIO: { description: 'Cumplimiento medio: más de 50 % y hasta 75 %.' },
    BAJO: { description: 'Cumplimiento bajo: 50 % o menos.' },
    SIN_DATO: { description: 'Sin dato: el PAHV no aplica (sin meta programada o sin valores).' },
  },
});

@ObjectType('PlanPeriod', {
  description: 'Un periodo del horizonte de un plan (una vigencia, un semestre o un trimestre).',
  simpleResolvers: true,
})
export class PlanPeriodType {
  @Field({ description: 'Clave del periodo: 2024 (anual), 2024-S1 (semestral) o 2024-T1 (trimestral).' })
  key!: string;

  @Field(() => DateScalar, { description: 'Primer día del periodo.' })
  start!: string;

  @Field(() => DateScalar, { description: 'Último día del periodo (incluido).' })
  end!: string;
}

@ObjectType('PeriodTarget', { description: 'La meta de un producto en un periodo.', simpleResolvers: true })
export class PeriodTargetType {
  @Field({ description: 'Clave del periodo (2024, 2024-S1, 2024-T1).' })
  period!: string;

  @Field(() => Float, { description: 'La meta, en la unidad del indicador (en Creciente, el nivel acumulado).' })
  value!: number;
}

@ObjectType('ProgressEvidence', { description: 'Una evidencia de un reporte de avance.', simpleResolvers: true })
export class EvidenceType {
  @Field({ description: 'Título del documento.' })
  title!: string;

  @Field(() => String, { description: 'Dirección http(s) del documento, si se dio.', nullable: true })
  url!: string | null;
}

export enum ProgressItemStatusEnum {
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
  SUPERSEDED = 'SUPERSEDED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ProgressItemStatusEnum, {
  name: 'ProgressItemStatus',
  description: 'Dónde está un valor reportado: en revisión, devuelto, aceptado, reemplazado por una corrección o retirado.',
  valuesConfig: {
    SUBMITTED: { description: 'Radicado, en revisión de la coordinación: solo cuenta en la medición provisional.' },
    RETURNED: { description: 'Devuelto para corrección (con el comentario de la coordinación): solo cuenta en la medición provisional.' },
    ACCEPTED: { description: 'Aceptado por la coordinación: cuenta en la medición oficial desde el día de su aceptación.' },
    SUPERSEDED: { description: 'De una radicación anterior de su reporte, reemplazado por la corrección: no cuenta.' },
    WITHDRAWN: { description: 'Su reporte fue retirado por la entidad: no cuenta.' },
  },
});

@ObjectType('ProgressReport', {
  description: 'Un valor reportado de un producto para un periodo, con su narrativa y evidencias: un ítem de un reporte de avance.',
  simpleResolvers: true,
})
export class ProgressReportType {
  @Field(() => ID, { description: 'Identificador del reporte.' })
  id!: string;

  @Field({ description: 'El producto reportado.' })
  productCode!: string;

  @Field({ description: 'Clave del periodo reportado (2024, 2024-S1, 2024-T1).' })
  period!: string;

  @Field(() => Float, { description: 'El valor logrado en el periodo, en la unidad del indicador.' })
  value!: number;

  @Field({ description: 'Lo que se hizo y cómo se logró el valor.' })
  narrative!: string;

  @Field(() => [EvidenceType], { description: 'Las evidencias que lo sustentan.' })
  evidence!: EvidenceType[];

  @Field(() => DateScalar, { description: 'Día del reporte (hora de Colombia).' })
  reportedOn!: string;

  @Field({ description: 'Usuario de quien lo reportó.' })
  reportedBy!: string;

  @Field(() => ProgressItemStatusEnum, { description: 'Dónde está: en revisión, devuelto, aceptado, reemplazado o retirado.' })
  status!: ProgressItemStatusEnum;

  @Field(() => ID, {
    nullable: true,
    description:
      'El trámite del reporte de avance (PROGRESS_REPORT) al que pertenece; null en valores registrados antes de la revisión de reportes.',
  })
  caseId!: string | null;

  @Field(() => Int, { description: 'La radicación de su reporte a la que pertenece (1, 2 tras una corrección…).' })
  submission!: number;

  @Field(() => String, { nullable: true, description: 'El comentario de la coordinación sobre este producto al devolver el reporte.' })
  reviewComment!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Día en que se aceptó su reporte (hora de Colombia); desde entonces cuenta en la medición oficial.',
  })
  acceptedOn!: string | null;
}

@ObjectType('PlanProduct', { description: 'Un producto del plan de acción, con su indicador, peso y metas.', simpleResolvers: true })
export class PlanProductType {
  @Field({ description: 'Código del producto en el plan (único en el plan).' })
  code!: string;

  @Field({ description: 'Código del objetivo al que pertenece.' })
  objectiveCode!: string;

  @Field(() => String, { nullable: true, description: 'Nombre del objetivo (si el plan lo da).' })
  objectiveName!: string | null;

  @Field({ description: 'Nombre del producto.' })
  name!: string;

  @Field({ description: 'Indicador con que se mide (y su unidad).' })
  indicator!: string;

  @Field(() => Float, { description: 'Importancia relativa en puntos porcentuales (los del plan suman 100).' })
  weight!: number;

  @Field(() => AnnualizationEnum, { description: 'Cómo se acumulan sus metas y valores entre periodos.' })
  annualization!: AnnualizationEnum;

  @Field(() => [PeriodTargetType], { description: 'Sus metas, por periodo (los periodos sin meta no aparecen).' })
  targets!: PeriodTargetType[];

  @Field(() => String, {
    nullable: true,
    description: 'El sector o la entidad responsable del producto (productos por sector responsable).',
  })
  sector!: string | null;

  @Field(() => Float, { nullable: true, description: 'Línea base del indicador: su valor antes del plan.' })
  baseline!: number | null;
}

@ObjectType('ProductMeasurement', {
  description: 'Mediciones de un producto al corte; las razones son fracciones (0.4125 = 41,25 %).',
  simpleResolvers: true,
})
export class ProductMeasurementType {
  @Field({ description: 'Código del producto.' })
  code!: string;

  @Field(() => AnnualizationEnum, { description: 'Anualización del producto.' })
  annualization!: AnnualizationEnum;

  @Field(() => Float, { description: 'Peso del producto en el plan, en puntos porcentuales.' })
  weight!: number;

  @Field(() => String, { nullable: true, description: 'El periodo del corte.' })
  period!: string | null;

  @Field(() => Float, { description: 'Valor reportado en el periodo del corte; null sin reporte.', nullable: true })
  periodValue!: number | null;

  @Field(() => Float, { description: 'Meta del periodo del corte; null si no tiene.', nullable: true })
  periodTarget!: number | null;

  @Field(() => Float, { nullable: true, description: '% de avance en la vigencia.' })
  pav!: number | null;

  @Field(() => Float, {
    description: 'Avance al corte: la suma de los valores (Suma), el último valor (Creciente) o el del último periodo contado (Constante).',
    nullable: true,
  })
  accumulated!: number | null;

  @Field(() => Float, { description: 'Meta programada al corte, con la misma regla que accumulated.', nullable: true })
  programmed!: number | null;

  @Field(() => Float, { nullable: true, description: '% de avance hasta la vigencia.' })
  pahv!: number | null;

  @Field(() => Float, { description: 'Meta final del producto en todo el horizonte del plan.', nullable: true })
  finalTarget!: number | null;

  @Field(() => Float, { nullable: true, description: '% de avance acumulado.' })
  paa!: number | null;

  @Field(() => Float, { description: 'PAA limitado a 100 %.' })
  progress!: number;

  @Field(() => Float, { description: 'Dónde deberían estar las metas programadas al corte (fracción de 0 a 1).' })
  ideal!: number;

  @Field(() => Float, { description: 'progress − ideal.' })
  gap!: number;

  @Field(() => SemaforoEnum, { description: 'Semáforo frente a la trayectoria esperada: el del PAHV (SIN_DATO si no aplica).' })
  status!: SemaforoEnum;

  @Field(() => SemaforoEnum, { description: 'Semáforo frente a la meta del periodo del corte: el del PAV (SIN_DATO si no aplica).' })
  statusInPeriod!: SemaforoEnum;

  @Field(() => String, { nullable: true, description: 'El sector o la entidad responsable del producto.' })
  sector!: string | null;

  /** The plan measured and its entity (no fields): what the product's improvement actions are found and authorized by. */
  planId?: string;
  entityCode?: string;
}

/** Progress, ideal trajectory and gap in points of the plan, as the plan and each objective give them. */
@ObjectType('AdvanceFields', {
  description: 'Avance, trayectoria ideal y brecha (base de los tipos de medición; no se emite).',
  simpleResolvers: true,
})
class AdvanceFields {
  @Field(() => Float, { description: 'Avance en puntos del plan: Σ peso × min(PAA, 100 %).' })
  progress!: number;

  @Field(() => Float, { description: 'Trayectoria ideal en puntos del plan.' })
  ideal!: number;

  @Field(() => Float, { description: 'Brecha (avance − ideal), en puntos.' })
  gap!: number;
}

@ObjectType('ObjectiveMeasurement', {
  description: 'Avance de un objetivo: en puntos del plan, y sobre su propio peso.',
  simpleResolvers: true,
})
export class ObjectiveMeasurementType extends AdvanceFields {
  @Field({ description: 'Código del objetivo.' })
  code!: string;

  @Field(() => String, { description: 'Nombre del objetivo, si el plan lo da.', nullable: true })
  name!: string | null;

  @Field(() => Float, { description: 'Peso del objetivo: la suma de los pesos de sus productos, en puntos.' })
  weight!: number;

  @Field(() => Float, { description: 'Avance sobre su propio peso (fracción de 0 a 1); null si pesa 0.', nullable: true })
  ownProgress!: number | null;

  @Field(() => Float, { description: 'Trayectoria ideal sobre su propio peso (fracción de 0 a 1); null si pesa 0.', nullable: true })
  ownIdeal!: number | null;

  @Field(() => [ProductMeasurementType], { description: 'La medición de cada uno de sus productos.' })
  products!: ProductMeasurementType[];
}

@ObjectType('SemaforoCount', { description: 'Cuántos productos del plan hay en un color del semáforo.', simpleResolvers: true })
export class SemaforoCountType {
  @Field(() => SemaforoEnum, { description: 'El color del semáforo.' })
  status!: SemaforoEnum;

  @Field({ description: 'Nombre del color en español, p. ej. Cumplimiento alto.' })
  label!: string;

  @Field(() => Int, { description: 'Productos en ese color.' })
  count!: number;
}

@ObjectType('PlanMeasurement', { description: 'El plan al corte, con el método de Bogotá.', simpleResolvers: true })
export class PlanMeasurementType extends AdvanceFields {
  @Field(() => DateScalar, { description: 'Fecha de corte de la medición.' })
  cut!: string;

  @Field(() => [ObjectiveMeasurementType], { description: 'La medición de cada objetivo, con sus productos.' })
  objectives!: ObjectiveMeasurementType[];

  @Field(() => [SemaforoCountType], { description: 'Cuántos productos hay en cada color del semáforo.' })
  distribution!: SemaforoCountType[];

  @Field(() => MeasurementBasisEnum, {
    description: 'OFICIAL (solo reportes aceptados) o PROVISIONAL (incluye reportes en revisión o devueltos).',
  })
  basis!: MeasurementBasisEnum;

  @Field(() => Int, { nullable: true, description: 'La versión del plan con que se midió (null si el plan no tiene versión aprobada).' })
  planVersion!: number | null;

  @Field(() => Int, { nullable: true, description: 'La versión del plan vigente en la fecha de corte.' })
  versionInForce!: number | null;

  @Field({ description: 'Si la medición es la oficial del corte: reportes aceptados y la versión vigente en el corte.' })
  official!: boolean;

  @Field({ description: 'Qué es esta medición, en palabras (oficial, provisional, o vista de otra versión sobre el corte).' })
  label!: string;
}

@ObjectType('ActionPlan', { description: 'Plan de acción de una estrategia CTI o de un proyecto cofinanciado.' })
export class ActionPlanType {
  @Field(() => ID, { description: 'Identificador del plan.' })
  id!: string;

  @Field({ description: 'Código DIVIPOLA de la entidad dueña del plan.' })
  entityCode!: string;

  @Field(() => ID, { nullable: true, description: 'La postulación cofinanciada que sigue, si la hay.' })
  caseId!: string | null;

  @Field({ description: 'Título del plan.' })
  title!: string;

  @Field(() => Int, { description: 'Primer año del horizonte del plan.' })
  startYear!: number;

  @Field(() => Int, { description: 'Último año del horizonte del plan (incluido).' })
  endYear!: number;

  @Field(() => PeriodicityEnum, { description: 'Cada cuánto se fijan metas y se reporta.' })
  periodicity!: PeriodicityEnum;

  @Field({ description: 'Cuándo se importó.' })
  createdAt!: Date;

  @Field(() => PlanStatusEnum, {
    description: 'DRAFT hasta que la coordinación aprueba su primera versión; APPROVED después; WITHDRAWN si se retiró antes.',
  })
  status!: PlanStatusEnum;

  @Field(() => Int, { nullable: true, description: 'Número de la versión aprobada más reciente (la que rige hoy); null en borrador.' })
  currentVersion!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Qué es el plan y de dónde vienen sus cifras (el de demostración dice cuáles son reconstruidas).',
  })
  description!: string | null;
}

@InputType({
  description:
    'Un plan de acción desde una hoja de cálculo (columnas en el README: objetivo, producto, peso, anualizacion, meta_<periodo>…).',
})
export class ImportActionPlanInput {
  @Field({ description: 'Título del plan (a lo sumo 300 caracteres).' })
  @Length(1, 300, { message: 'title admite a lo sumo 300 caracteres' })
  title!: string;

  @Field(() => Int, { description: 'Primer año del horizonte.' })
  startYear!: number;

  @Field(() => Int, { description: 'Último año del horizonte (incluido; no antes de startYear).' })
  endYear!: number;

  @Field(() => PeriodicityEnum, {
    description: 'Cada cuánto se fijan metas; las columnas meta_<periodo> del archivo la siguen.',
    defaultValue: PeriodicityEnum.ANNUAL,
  })
  periodicity!: PeriodicityEnum;

  @Field(() => SheetFormatEnum, {
    nullable: true,
    description: 'Formato del archivo en content (obligatorio con content); con documentId se toma del contenido del documento.',
  })
  format?: SheetFormatEnum | null;

  @Field(() => String, {
    nullable: true,
    description: 'El CSV como texto, o el XLSX en base64 (a lo sumo unos 2 MB); o bien documentId, uno de los dos.',
  })
  @IsOptional()
  @MaxLength(3_000_000, { message: 'el archivo es demasiado grande' })
  content?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'El archivo del plan subido por la carga reanudable (propósito ACTION_PLAN_FILE: XLSX o CSV, de la entidad, ya verificado), en lugar de content; queda adjunto al plan.',
  })
  @IsOptional()
  @MaxLength(100, { message: 'documentId admite a lo sumo 100 caracteres' })
  documentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'La postulación con convenio firmado que el plan sigue.' })
  @IsOptional()
  @MaxLength(100, { message: 'caseId admite a lo sumo 100 caracteres' })
  caseId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Repetir la misma clave devuelve el plan ya importado sin importar otro (ni abrir otra revisión); la misma clave con otro contenido se rechaza.',
  })
  @IsOptional()
  @Length(8, 200, { message: 'idempotencyKey debe tener entre 8 y 200 caracteres' })
  idempotencyKey?: string | null;
}

@InputType('ProgressEvidenceInput', { description: 'Una evidencia de un reporte de avance.' })
export class ProgressEvidenceInput {
  @Field({ description: 'Título del documento.' })
  @MaxLength(200, { message: 'evidence.title admite a lo sumo 200 caracteres' })
  title!: string;

  @Field(() => String, { description: 'Dirección http(s) del documento.', nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'evidence.url admite a lo sumo 2000 caracteres' })
  url?: string | null;
}

@ArgsType()
export class MeasurementArgs {
  @Field(() => DateScalar, { nullable: true, description: 'Fecha de corte; sin valor, hoy (hora de Colombia).' })
  @IsOptional()
  @MaxLength(10, { message: 'cut debe ser una fecha AAAA-MM-DD' })
  cut?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Medir con esta versión aprobada del plan en vez de la vigente en el corte (p. ej. la actual sobre un corte pasado); la medición lo dice en label y official.',
  })
  @IsOptional()
  version?: number | null;

  @Field(() => MeasurementBasisEnum, {
    nullable: true,
    description: 'OFFICIAL (por defecto): solo reportes aceptados. PROVISIONAL: también los reportes en revisión o devueltos.',
  })
  @IsOptional()
  basis?: MeasurementBasisEnum | null;
}

export const ReportDueStatusEnum = { UPCOMING: 'UPCOMING', DUE: 'DUE', OVERDUE: 'OVERDUE', SUBMITTED: 'SUBMITTED' } as const;
export type ReportDueStatusEnum = (typeof ReportDueStatusEnum)[keyof typeof ReportDueStatusEnum];
registerEnumType(ReportDueStatusEnum, {
  name: 'ReportDueStatus',
  description: 'Dónde está el reporte de avance de un periodo.',
  valuesConfig: {
    UPCOMING: { description: 'El periodo no ha terminado.' },
    DUE: { description: 'El periodo terminó y el reporte está dentro de su término.' },
    OVERDUE: { description: 'Venció el término sin reporte radicado.' },
    SUBMITTED: {
      description:
        'Reportado: se radicó el reporte del periodo (su revisión corre en su propio trámite), o todos sus productos con meta tienen valor.',
    },
  },
});

@ObjectType('PlanReportDue', { description: 'El reporte de avance de un periodo: cuándo vence y qué falta.', simpleResolvers: true })
export class PlanReportDueType {
  @Field({ description: 'Clave del periodo.' })
  period!: string;

  @Field(() => DateScalar, { description: 'Primer día del periodo.' })
  start!: string;

  @Field(() => DateScalar, { description: 'Último día del periodo (incluido).' })
  end!: string;

  @Field(() => DateScalar, {
    description: 'Último día para reportar: un número fijo de días hábiles (10 por defecto) después del fin del periodo.',
  })
  dueOn!: string;

  @Field(() => ReportDueStatusEnum, { description: 'Dónde está el reporte, a hoy.' })
  status!: ReportDueStatusEnum;

  @Field(() => [String], { description: 'Productos con meta en el periodo.' })
  expected!: string[];

  @Field(() => [String], {
    description:
      'Productos sin valor vigente para el periodo (en revisión, devuelto o aceptado): los que un reporte radicado dejó por fuera.',
  })
  missing!: string[];

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Día en que se radicó el primer reporte del periodo (o en que llegó el último valor que faltaba, si fue antes).',
  })
  submittedOn!: string | null;

  @Field({ description: 'Se completó después de su vencimiento.' })
  late!: boolean;
}
