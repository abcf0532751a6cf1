import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { DateScalar } from '../../core/graphql/scalars';
import { CaseActionInput, CaseNoteInput } from '../cases/case.inputs';
import { ProgressEvidenceInput } from './action-plan.type';
import { MAX_PLAN_PRODUCTS } from './plan-bounds';

/**
 * The most items a report (or comments a return) may carry through the wire: one per product of the
 * largest plan allowed, so any plan is reported in one report (its own products bound it further).
 */
export const MAX_REPORT_ITEMS = MAX_PLAN_PRODUCTS;

export enum PeriodReportStatusEnum {
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(PeriodReportStatusEnum, {
  name: 'PeriodReportStatus',
  description: 'Dónde está el reporte de avance de un periodo (el estado de su trámite PROGRESS_REPORT).',
  valuesConfig: {
    SUBMITTED: { description: 'Radicado, en revisión de la coordinación (término PROGRESS_REPORT_REVIEW).' },
    RETURNED: {
      description: 'Devuelto con observaciones: la entidad lo corrige y lo radica de nuevo (término PROGRESS_REPORT_CORRECTIONS).',
    },
    ACCEPTED: { description: 'Aceptado: sus valores cuentan en la medición oficial desde el día de la aceptación.' },
    WITHDRAWN: { description: 'Retirado por la entidad: sus valores no cuentan.' },
  },
});

/** The status a period report shows for each state of its case. */
export const PERIOD_REPORT_STATUS: Readonly<Record<string, PeriodReportStatusEnum>> = {
  submitted: PeriodReportStatusEnum.SUBMITTED,
  returned: PeriodReportStatusEnum.RETURNED,
  accepted: PeriodReportStatusEnum.ACCEPTED,
  withdrawn: PeriodReportStatusEnum.WITHDRAWN,
};

@ObjectType('PeriodReport', {
  description:
    'El reporte de avance de un periodo de un plan de acción (un trámite PROGRESS_REPORT): lo radica el representante legal o el líder TIC y la coordinación lo acepta o lo devuelve con comentarios por producto.',
  simpleResolvers: true,
})
export class PeriodReportType {
  @Field(() => ID, { description: 'El trámite PROGRESS_REPORT del reporte (su estado, historial y términos están en case).' })
  caseId!: string;

  @Field(() => ID, { description: 'El plan de acción reportado.' })
  planId!: string;

  @Field({ description: 'Clave del periodo reportado (2024, 2024-S1, 2024-T1).' })
  period!: string;

  @Field({ description: 'Si es el reporte final del plan: cerrar la postulación cofinanciada que sigue el plan exige uno aceptado.' })
  final!: boolean;

  @Field(() => Int, { description: 'Su radicación vigente: 1 al radicarse, +1 con cada corrección radicada de nuevo.' })
  submission!: number;

  @Field(() => Int, { description: 'La versión del plan con cuyos productos se validó su radicación vigente.' })
  planVersion!: number;

  @Field(() => DateScalar, { nullable: true, description: 'Día en que la coordinación lo aceptó (hora de Colombia); null hasta entonces.' })
  acceptedOn!: string | null;
}

@InputType('ProgressReportItemInput', {
  description: 'El valor de un producto del plan en el periodo, con su narrativa, evidencias y anexos.',
})
export class ProgressReportItemInput {
  @Field({ description: 'Código de un producto de la versión vigente del plan (cada producto a lo sumo una vez por reporte).' })
  @MaxLength(30, { message: 'productCode admite a lo sumo 30 caracteres' })
  productCode!: string;

  @Field(() => Float, {
    description: 'Valor logrado, en la unidad del indicador (de 0 a 1.000.000.000.000; en Creciente, el nivel acumulado).',
  })
  value!: number;

  @Field({ description: 'Lo que se hizo y cómo se logró el valor (entre 10 y 5000 caracteres).' })
  @MaxLength(5000, { message: 'narrative admite a lo sumo 5000 caracteres' })
  narrative!: string;

  @Field(() => [ProgressEvidenceInput], { description: 'Evidencias con su dirección http(s) (a lo sumo 5).', defaultValue: [] })
  @ArrayMaxSize(20, { message: 'evidence admite a lo sumo 20 elementos' })
  @ValidateNested({ each: true })
  evidence!: ProgressEvidenceInput[];

  @Field(() => [ID], {
    defaultValue: [],
    description:
      'Anexos subidos por la carga reanudable (propósito PROGRESS_EVIDENCE, de la entidad, ya verificados), a lo sumo 10; quedan adjuntos a este ítem del reporte. Al radicar de nuevo un reporte devuelto, también los anexos de sus ítems devueltos: pasan al nuevo ítem.',
  })
  @ArrayMaxSize(10, { message: 'annexes admite a lo sumo 10 documentos' })
  @MaxLength(100, { each: true, message: 'cada documento de annexes admite a lo sumo 100 caracteres' })
  annexes!: string[];
}

@InputType('SubmitProgressReportInput', {
  description: 'El reporte de avance de un periodo de un plan aprobado: de 1 a tantos ítems como productos tiene el plan.',
})
export class SubmitProgressReportInput {
  @Field(() => ID, { description: 'El plan de acción (aprobado) de la propia entidad.' })
  @MaxLength(100, { message: 'planId admite a lo sumo 100 caracteres' })
  planId!: string;

  @Field({ description: 'Clave del periodo (2024, 2024-S1, 2024-T1): uno del horizonte del plan, ya empezado.' })
  @MaxLength(10, { message: 'period admite a lo sumo 10 caracteres' })
  period!: string;

  @Field({
    defaultValue: false,
    description:
      'Si es el reporte final del plan (el de cierre del proyecto cofinanciado que sigue, si lo sigue). Solo para el periodo en que termina el plan: el de su última meta o uno posterior, o el periodo en curso si el proyecto termina antes.',
  })
  final!: boolean;

  @Field(() => [ProgressReportItemInput], { description: 'Un ítem por producto reportado.' })
  @ArrayMaxSize(MAX_REPORT_ITEMS, { message: `items admite a lo sumo ${MAX_REPORT_ITEMS} elementos` })
  @ValidateNested({ each: true })
  items!: ProgressReportItemInput[];

  @Field(() => String, { nullable: true, description: 'Repetir la misma clave devuelve el reporte ya radicado sin radicar otro.' })
  @IsOptional()
  @Length(8, 200, { message: 'idempotencyKey debe tener entre 8 y 200 caracteres' })
  idempotencyKey?: string | null;
}

@InputType('ProgressProductCommentInput', { description: 'El comentario de la coordinación sobre un producto del reporte.' })
export class ProgressProductCommentInput {
  @Field({ description: 'Un producto del reporte.' })
  @MaxLength(30, { message: 'comments.productCode admite a lo sumo 30 caracteres' })
  productCode!: string;

  @Field({ description: 'Qué debe corregir la entidad en ese producto (entre 3 y 2000 caracteres).' })
  @MaxLength(2000, { message: 'comments.comment admite a lo sumo 2000 caracteres' })
  comment!: string;
}

@InputType('ReturnProgressReportInput', { description: 'La devolución de un reporte con observaciones generales (note) y por producto.' })
export class ReturnProgressReportInput extends CaseNoteInput {
  @Field(() => [ProgressProductCommentInput], {
    defaultValue: [],
    description: 'Comentarios por producto (cada producto del reporte a lo sumo una vez).',
  })
  @ArrayMaxSize(MAX_REPORT_ITEMS, { message: `comments admite a lo sumo ${MAX_REPORT_ITEMS} elementos` })
  @ValidateNested({ each: true })
  comments!: ProgressProductCommentInput[];
}

@InputType('ResubmitProgressReportInput', {
  description: 'El reporte devuelto, corregido: reemplaza todos los ítems de la radicación anterior.',
})
export class ResubmitProgressReportInput extends CaseActionInput {
  @Field(() => [ProgressReportItemInput], {
    description: 'Un ítem por producto reportado (los de la radicación anterior quedan reemplazados).',
  })
  @ArrayMaxSize(MAX_REPORT_ITEMS, { message: `items admite a lo sumo ${MAX_REPORT_ITEMS} elementos` })
  @ValidateNested({ each: true })
  items!: ProgressReportItemInput[];
}
