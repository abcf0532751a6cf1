import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum PeriodicityEnum {
  ANNUAL = 'ANNUAL',
  SEMIANNUAL = 'SEMIANNUAL',
  QUARTERLY = 'QUARTERLY',
}
registerEnumType(PeriodicityEnum, { name: 'Periodicity', description: 'Anual (2024), semestral (2024-S1) o trimestral (2024-T1).' });

export enum AnnualizationEnum {
  SUM = 'SUM',
  INCREASING = 'INCREASING',
  CONSTANT = 'CONSTANT',
}
registerEnumType(AnnualizationEnum, { name: 'Annualization', description: 'Suma, Creciente o Constante (método de Bogotá).' });

export enum SheetFormatEnum {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(SheetFormatEnum, { name: 'SheetFormat', description: 'CSV (texto, separado por , o ;) o XLSX (en base64).' });

export enum SemaforoEnum {
  SOBRE_EJECUCION = 'SOBRE_EJECUCION',
  ALTO = 'ALTO',
  MEDIO = 'MEDIO',
  BAJO = 'BAJO',
  SIN_DATO = 'SIN_DATO',
}
registerEnumType(SemaforoEnum, {
  name: 'Semaforo',
  description: '> 125 %: sobre ejecución; > 75 %: alto; > 50 %: medio; si no, bajo (del PAHV).',
});

@ObjectType('PlanPeriod', { simpleResolvers: true })
export class PlanPeriodType {
  @Field()
  key!: string;

  @Field({ description: 'AAAA-MM-DD' })
  start!: string;

  @Field({ description: 'AAAA-MM-DD (incluido)' })
  end!: string;
}

@ObjectType('PeriodTarget', { simpleResolvers: true })
export class PeriodTargetType {
  @Field()
  period!: string;

  @Field(() => Float)
  value!: number;
}

@ObjectType('ProgressEvidence', { simpleResolvers: true })
export class EvidenceType {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;
}

@ObjectType('ProgressReport', {
  description: 'Un valor reportado de un producto para un periodo, con su narrativa y evidencias.',
  simpleResolvers: true,
})
export class ProgressReportType {
  @Field(() => ID)
  id!: string;

  @Field()
  productCode!: string;

  @Field()
  period!: string;

  @Field(() => Float)
  value!: number;

  @Field()
  narrative!: string;

  @Field(() => [EvidenceType])
  evidence!: EvidenceType[];

  @Field({ description: 'Día del reporte (AAAA-MM-DD, hora de Colombia).' })
  reportedOn!: string;

  @Field()
  reportedBy!: string;
}

@ObjectType('PlanProduct', { simpleResolvers: true })
export class PlanProductType {
  @Field()
  code!: string;

  @Field()
  objectiveCode!: string;

  @Field(() => String, { nullable: true, description: 'Nombre del objetivo (si el plan lo da).' })
  objectiveName!: string | null;

  @Field()
  name!: string;

  @Field()
  indicator!: string;

  @Field(() => Float, { description: 'Importancia relativa en puntos porcentuales (los del plan suman 100).' })
  weight!: number;

  @Field(() => AnnualizationEnum)
  annualization!: AnnualizationEnum;

  @Field(() => [PeriodTargetType])
  targets!: PeriodTargetType[];
}

@ObjectType('ProductMeasurement', {
  description: 'Mediciones de un producto al corte; las razones son fracciones (0.4125 = 41,25 %).',
  simpleResolvers: true,
})
export class ProductMeasurementType {
  @Field()
  code!: string;

  @Field(() => AnnualizationEnum)
  annualization!: AnnualizationEnum;

  @Field(() => Float)
  weight!: number;

  @Field(() => String, { nullable: true, description: 'El periodo del corte.' })
  period!: string | null;

  @Field(() => Float, { nullable: true })
  periodValue!: number | null;

  @Field(() => Float, { nullable: true })
  periodTarget!: number | null;

  @Field(() => Float, { nullable: true, description: '% de avance en la vigencia.' })
  pav!: number | null;

  @Field(() => Float, { nullable: true })
  accumulated!: number | null;

  @Field(() => Float, { nullable: true })
  programmed!: number | null;

  @Field(() => Float, { nullable: true, description: '% de avance hasta la vigencia.' })
  pahv!: number | null;

  @Field(() => Float, { nullable: true })
  finalTarget!: number | null;

  @Field(() => Float, { nullable: true, description: '% de avance acumulado.' })
  paa!: number | null;

  @Field(() => Float, { description: 'PAA limitado a 100 %.' })
  progress!: number;

  @Field(() => Float)
  ideal!: number;

  @Field(() => Float)
  gap!: number;

  @Field(() => SemaforoEnum)
  status!: SemaforoEnum;
}

/** Progress, ideal trajectory and gap in points of the plan, as the plan and each objective give them. */
@ObjectType('AdvanceFields', { simpleResolvers: true })
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
  @Field()
  code!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => Float)
  weight!: number;

  @Field(() => Float, { nullable: true })
  ownProgress!: number | null;

  @Field(() => Float, { nullable: true })
  ownIdeal!: number | null;

  @Field(() => [ProductMeasurementType])
  products!: ProductMeasurementType[];
}

@ObjectType('SemaforoCount', { simpleResolvers: true })
export class SemaforoCountType {
  @Field(() => SemaforoEnum)
  status!: SemaforoEnum;

  @Field()
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('PlanMeasurement', { description: 'El plan al corte, con el método de Bogotá.', simpleResolvers: true })
export class PlanMeasurementType extends AdvanceFields {
  @Field({ description: 'AAAA-MM-DD' })
  cut!: string;

  @Field(() => [ObjectiveMeasurementType])
  objectives!: ObjectiveMeasurementType[];

  @Field(() => [SemaforoCountType])
  distribution!: SemaforoCountType[];
}

@ObjectType('ActionPlan', { description: 'Plan de acción de una estrategia CTI o de un proyecto cofinanciado.' })
export class ActionPlanType {
  @Field(() => ID)
  id!: string;

  @Field()
  entityCode!: string;

  @Field(() => ID, { nullable: true, description: 'La postulación cofinanciada que sigue, si la hay.' })
  caseId!: string | null;

  @Field()
  title!: string;

  @Field(() => Int)
  startYear!: number;

  @Field(() => Int)
  endYear!: number;

  @Field(() => PeriodicityEnum)
  periodicity!: PeriodicityEnum;

  @Field()
  createdAt!: Date;
}

@InputType({
  description:
    'Un plan de acción desde una hoja de cálculo (columnas en el README: objetivo, producto, peso, anualizacion, meta_<periodo>…).',
})
export class ImportActionPlanInput {
  @Field()
  @Length(1, 300, { message: 'title admite a lo sumo 300 caracteres' })
  title!: string;

  @Field(() => Int)
  startYear!: number;

  @Field(() => Int)
  endYear!: number;

  @Field(() => PeriodicityEnum, { defaultValue: PeriodicityEnum.ANNUAL })
  periodicity!: PeriodicityEnum;

  @Field(() => SheetFormatEnum)
  format!: SheetFormatEnum;

  @Field({ description: 'El CSV como texto, o el XLSX en base64 (a lo sumo unos 2 MB).' })
  @MaxLength(3_000_000, { message: 'el archivo es demasiado grande' })
  content!: string;

  @Field(() => ID, { nullable: true, description: 'La postulación con convenio firmado que el plan sigue.' })
  @IsOptional()
  @MaxLength(100, { message: 'caseId admite a lo sumo 100 caracteres' })
  caseId?: string | null;
}

@InputType('PlanTargetChangeInput')
export class PlanTargetChangeInput {
  @Field({ description: 'Periodo del plan: 2024 (anual), 2024-S1 (semestral) o 2024-T1 (trimestral).' })
  @MaxLength(10, { message: 'targets.period admite a lo sumo 10 caracteres' })
  period!: string;

  @Field(() => Float, { nullable: true, description: 'La nueva meta; null la quita.' })
  value!: number | null;
}

@InputType('PlanProductChangeInput', { description: 'Lo que cambia de un producto (lo omitido queda igual).' })
export class PlanProductChangeInput {
  @Field()
  @MaxLength(30, { message: 'code del producto admite a lo sumo 30 caracteres' })
  code!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'name del producto admite a lo sumo 500 caracteres' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'indicator del producto admite a lo sumo 500 caracteres' })
  indicator?: string | null;

  @Field(() => Float, { nullable: true, description: 'Peso en puntos; todos los pesos del plan, tras el cambio, deben sumar 100.' })
  weight?: number | null;

  @Field(() => AnnualizationEnum, { nullable: true })
  annualization?: AnnualizationEnum | null;

  @Field(() => [PlanTargetChangeInput], { nullable: true })
  @ArrayMaxSize(200, { message: 'a lo sumo 200 metas por producto' })
  @IsOptional()
  @ValidateNested({ each: true })
  targets?: PlanTargetChangeInput[] | null;
}

@InputType('PlanProductNewInput', { description: 'Un producto nuevo: todos sus campos son obligatorios.' })
export class PlanProductNewInput extends PlanProductChangeInput {
  @Field({ description: 'El objetivo al que pertenece (uno del plan, o uno nuevo).' })
  @MaxLength(30, { message: 'objectiveCode admite a lo sumo 30 caracteres' })
  objectiveCode!: string;
}

@InputType('PlanObjectiveNameInput')
export class PlanObjectiveNameInput {
  @Field()
  @MaxLength(30, { message: 'code del objetivo admite a lo sumo 30 caracteres' })
  code!: string;

  @Field()
  @MaxLength(500, { message: 'name del objetivo admite a lo sumo 500 caracteres' })
  name!: string;
}

@InputType({ description: 'Cambios a un plan de acción: se aplican todos o ninguno (los pesos deben seguir sumando 100 %).' })
export class UpdateActionPlanInput {
  @Field(() => ID)
  @MaxLength(100, { message: 'planId admite a lo sumo 100 caracteres' })
  planId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'title admite a lo sumo 300 caracteres' })
  title?: string | null;

  @Field(() => [PlanProductChangeInput], { defaultValue: [], description: 'Productos que cambian.' })
  @ArrayMaxSize(1000, { message: 'a lo sumo 1000 productos por edición' })
  @ValidateNested({ each: true })
  products!: PlanProductChangeInput[];

  @Field(() => [PlanProductNewInput], { defaultValue: [], description: 'Productos nuevos.' })
  @ArrayMaxSize(1000, { message: 'a lo sumo 1000 productos nuevos por edición' })
  @ValidateNested({ each: true })
  add!: PlanProductNewInput[];

  @Field(() => [String], {
    defaultValue: [],
    description: 'Códigos de productos que se quitan (solo los que no tienen avances reportados).',
  })
  @ArrayMaxSize(1000, { message: 'a lo sumo 1000 productos quitados por edición' })
  @MaxLength(30, { each: true, message: 'cada código de remove admite a lo sumo 30 caracteres' })
  remove!: string[];

  @Field(() => [PlanObjectiveNameInput], { defaultValue: [], description: 'Nuevos nombres de objetivos.' })
  @ArrayMaxSize(100, { message: 'a lo sumo 100 objetivos por edición' })
  @ValidateNested({ each: true })
  objectives!: PlanObjectiveNameInput[];
}

@InputType('ProgressEvidenceInput')
export class ProgressEvidenceInput {
  @Field()
  @MaxLength(200, { message: 'evidence.title admite a lo sumo 200 caracteres' })
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'evidence.url admite a lo sumo 2000 caracteres' })
  url?: string | null;
}

@InputType({ description: 'El valor de un producto en un periodo (un nuevo reporte del mismo periodo lo corrige).' })
export class ReportProgressInput {
  @Field(() => ID)
  @MaxLength(100, { message: 'planId admite a lo sumo 100 caracteres' })
  planId!: string;

  @Field()
  @MaxLength(30, { message: 'productCode admite a lo sumo 30 caracteres' })
  productCode!: string;

  @Field()
  @MaxLength(10, { message: 'period admite a lo sumo 10 caracteres' })
  period!: string;

  @Field(() => Float)
  value!: number;

  @Field()
  @MaxLength(5000, { message: 'narrative admite a lo sumo 5000 caracteres' })
  narrative!: string;

  @Field(() => [ProgressEvidenceInput], { defaultValue: [] })
  @ArrayMaxSize(20, { message: 'evidence admite a lo sumo 20 elementos' })
  @ValidateNested({ each: true })
  evidence!: ProgressEvidenceInput[];
}

@ArgsType()
export class MeasurementArgs {
  @Field(() => String, { nullable: true, description: 'Fecha de corte AAAA-MM-DD; sin valor, hoy (hora de Colombia).' })
  @IsOptional()
  @MaxLength(10, { message: 'cut debe ser una fecha AAAA-MM-DD' })
  cut?: string | null;
}

export const ReportDueStatusEnum = { UPCOMING: 'UPCOMING', DUE: 'DUE', OVERDUE: 'OVERDUE', SUBMITTED: 'SUBMITTED' } as const;
export type ReportDueStatusEnum = (typeof ReportDueStatusEnum)[keyof typeof ReportDueStatusEnum];
registerEnumType(ReportDueStatusEnum, {
  name: 'ReportDueStatus',
  description: 'Dónde está el reporte de avance de un periodo.',
  valuesConfig: {
    UPCOMING: { description: 'El periodo no ha terminado.' },
    DUE: { description: 'El periodo terminó y el reporte está dentro de su término.' },
    OVERDUE: { description: 'Venció el término y faltan valores.' },
    SUBMITTED: { description: 'Todos los productos con meta en el periodo tienen su valor.' },
  },
});

@ObjectType('PlanReportDue', { description: 'El reporte de avance de un periodo: cuándo vence y qué falta.', simpleResolvers: true })
export class PlanReportDueType {
  @Field()
  period!: string;

  @Field()
  start!: string;

  @Field()
  end!: string;

  @Field({ description: 'Último día para reportar: un número fijo de días hábiles (10 por defecto) después del fin del periodo.' })
  dueOn!: string;

  @Field(() => ReportDueStatusEnum)
  status!: ReportDueStatusEnum;

  @Field(() => [String], { description: 'Productos con meta en el periodo.' })
  expected!: string[];

  @Field(() => [String], { description: 'Productos sin valor reportado para el periodo.' })
  missing!: string[];

  @Field(() => String, { nullable: true, description: 'Día en que llegó el último valor que faltaba.' })
  submittedOn!: string | null;

  @Field({ description: 'Se completó después de su vencimiento.' })
  late!: boolean;
}
