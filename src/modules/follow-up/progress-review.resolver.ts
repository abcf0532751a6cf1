import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { Action, canReadCase } from '../../core/auth/policy';
import { NotFoundError } from '../../core/errors/app-error';
import type { GraphQLContext } from '../../core/graphql/context';
import type { WorkflowCase } from '../../core/workflow/case.entity';
import { CaseActionInput, CaseDecisionInput } from '../cases/case.inputs';
import { CaseTransitionPayload, CaseType } from '../cases/case.type';
import { PeriodReport } from './action-plan.entity';
import { reportType } from './action-plan.resolver';
import { ActionPlanType, ProgressReportType } from './action-plan.type';
import { normalizedItems } from './progress-review.service';
import {
  PERIOD_REPORT_STATUS,
  PeriodReportStatusEnum,
  PeriodReportType,
  ResubmitProgressReportInput,
  ReturnProgressReportInput,
  SubmitProgressReportInput,
} from './progress-review.type';

/** The period report of each case, batched per request (null: not a PROGRESS_REPORT case). */
export function progressReviewLoader(em: EntityManager): DataLoader<string, PeriodReport | null> {
  return new DataLoader(async (caseIds) => {
    const rows = await em.find(PeriodReport, { caseId: { $in: [...caseIds] } });
    const byCase = new Map(rows.map((r) => [r.caseId, r]));
    return caseIds.map((id) => byCase.get(id) ?? null);
  });
}

const periodReportType = (r: PeriodReport): PeriodReportType => Object.assign(new PeriodReportType(), r);

/** The filing of a period's progress report and the coordination's review of it (issue 21). */
@Resolver()
export class ProgressReviewResolver {
  @Authorized(Action.WritePlans)
  @Mutation(() => CaseTransitionPayload, {
    description:
      'Radica el reporte de avance de un periodo de un plan aprobado (representante legal o líder TIC de la entidad): abre un trámite PROGRESS_REPORT en revisión de la coordinación. Sus valores cuentan en la medición oficial solo cuando la coordinación lo acepta. Un periodo tiene a lo sumo un reporte abierto; uno ya aceptado se corrige con un reporte nuevo.',
  })
  submitProgressReport(
    @Arg('input', () => SubmitProgressReportInput, { description: 'El plan, el periodo y un ítem por producto reportado.' })
    input: SubmitProgressReportInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.progressReviews.submit(ctx.em, ctx.principal, ctx.requestId, input);
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description:
      'Acepta el reporte (coordinación): sus valores cuentan en la medición oficial desde hoy; si corrige un reporte aceptado antes del mismo periodo, lo reemplaza.',
  })
  acceptProgressReport(
    @Arg('input', () => CaseDecisionInput, { description: 'El trámite del reporte, la versión consultada y un comentario opcional.' })
    input: CaseDecisionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const note = input.note?.trim();
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'PROGRESS_REPORT', input, { type: 'ACCEPT', ...(note ? { note } : {}) });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description:
      'Devuelve el reporte a la entidad (coordinación) con observaciones generales y comentarios por producto; la entidad lo corrige dentro del término PROGRESS_REPORT_CORRECTIONS.',
  })
  returnProgressReport(
    @Arg('input', () => ReturnProgressReportInput, {
      description: 'El trámite, la versión consultada, las observaciones (note) y los comentarios por producto.',
    })
    input: ReturnProgressReportInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const comments = input.comments.map((c) => ({ productCode: c.productCode.trim(), comment: c.comment.trim() }));
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'PROGRESS_REPORT', input, { type: 'RETURN', note: input.note, comments });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description:
      'Radica de nuevo el reporte devuelto, corregido (representante legal o líder TIC): sus ítems reemplazan los de la radicación anterior y vuelve a revisión.',
  })
  resubmitProgressReport(
    @Arg('input', () => ResubmitProgressReportInput, { description: 'El trámite, la versión consultada y los ítems corregidos.' })
    input: ResubmitProgressReportInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'PROGRESS_REPORT', input, {
      type: 'RESUBMIT',
      items: normalizedItems(input.items),
    });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description:
      'Retira el reporte en revisión o devuelto (representante legal o líder TIC): sus valores no cuentan y el periodo queda sin reportar.',
  })
  withdrawProgressReport(
    @Arg('input', () => CaseActionInput, { description: 'El trámite del reporte y la versión consultada.' }) input: CaseActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'PROGRESS_REPORT', input, { type: 'WITHDRAW' });
  }
}

/** A plan's period reports. */
@Resolver(() => ActionPlanType)
export class PlanProgressReportsResolver {
  @FieldResolver(() => [PeriodReportType], {
    description:
      'Sus reportes de avance por periodo (trámites PROGRESS_REPORT), de todos los estados, por periodo y en el orden en que se radicaron.',
  })
  async progressReports(@Root() plan: ActionPlanType, @Ctx() ctx: GraphQLContext): Promise<PeriodReportType[]> {
    const reports = await ctx.plans.periodReports.load(plan.id);
    const cases = await ctx.loaders.cases.loadMany(reports.map((r) => r.caseId));
    const filed = new Map(reports.map((r, i) => [r.caseId, (cases[i] as WorkflowCase | null)?.createdAt?.getTime() ?? 0]));
    return [...reports]
      .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : filed.get(a.caseId)! - filed.get(b.caseId)!))
      .map(periodReportType);
  }
}

/** A period report's case, status and items. */
@Resolver(() => PeriodReportType)
export class PeriodReportFieldsResolver {
  @FieldResolver(() => PeriodReportStatusEnum, {
    description: 'Dónde está: el estado de su trámite (en revisión, devuelto, aceptado o retirado).',
  })
  async status(@Root() report: PeriodReportType, @Ctx() ctx: GraphQLContext): Promise<PeriodReportStatusEnum> {
    return PERIOD_REPORT_STATUS[(await caseOf(report, ctx)).state];
  }

  @FieldResolver(() => CaseType, {
    description: 'Su trámite PROGRESS_REPORT: estado, versión, eventos disponibles, historial y términos (deadlines).',
  })
  async case(@Root() report: PeriodReportType, @Ctx() ctx: GraphQLContext): Promise<CaseType> {
    return ctx.services.cases.toType(await caseOf(report, ctx));
  }

  @FieldResolver(() => [ProgressReportType], {
    description:
      'Los ítems de su radicación vigente, con su estado y el comentario de la coordinación (las radicaciones anteriores están en ActionPlan.reports).',
  })
  async items(@Root() report: PeriodReportType, @Ctx() ctx: GraphQLContext): Promise<ProgressReportType[]> {
    const [rows, products] = await Promise.all([
      ctx.plans.reports.load(report.planId),
      ctx.plans.products(report.planId, report.planVersion),
    ]);
    // In the plan's order (one submission's items share their instant).
    const position = new Map(products.map((p) => [p.code, p.position]));
    return rows
      .filter((r) => r.caseId === report.caseId && r.submission === report.submission)
      .sort((a, b) => (position.get(a.productCode) ?? Infinity) - (position.get(b.productCode) ?? Infinity))
      .map(reportType);
  }
}

/** The case of a report its reader may read (the plan's readers read its reports' cases). */
async function caseOf(report: PeriodReportType, ctx: GraphQLContext): Promise<WorkflowCase> {
  const kase = await ctx.loaders.cases.load(report.caseId);
  if (!kase || !canReadCase(ctx.principal, kase)) throw new NotFoundError(`No existe el trámite ${report.caseId} o no tiene acceso a él`);
  return kase;
}

/** A PROGRESS_REPORT case's report. */
@Resolver(() => CaseType)
export class CaseProgressReportResolver {
  @FieldResolver(() => PeriodReportType, { nullable: true, description: 'El reporte de avance, si el trámite es un PROGRESS_REPORT.' })
  async progressReport(@Root() kase: CaseType, @Ctx() ctx: GraphQLContext): Promise<PeriodReportType | null> {
    if (kase.process !== 'PROGRESS_REPORT') return null;
    const report = await ctx.caseReports.load(kase.id);
    return report ? periodReportType(report) : null;
  }
}
