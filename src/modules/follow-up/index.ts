import type DataLoader from 'dataloader';

import type { AppModule } from '../../core/module';
import { ActionPlan, ImprovementAction, PeriodReport, PlanProduct, PlanVersion, ProgressReportRow } from './action-plan.entity';
import { ActionPlanResolver, ProgressReportAnnexesResolver } from './action-plan.resolver';
import { ActionPlanService } from './action-plan.service';
import { casePlanLoader, CasePlanResolver } from './case-plan.resolver';
import { followUpActions } from './follow-up.policy';
import { ImprovementLoaders } from './improvement-action.loaders';
import {
  ImprovementActionResolver,
  PlanImprovementsResolver,
  ProductImprovementsResolver,
  SectorMeasurementResolver,
} from './improvement-action.resolver';
import { ImprovementActionService } from './improvement-action.service';
import { PlanPublicationResolver } from './plan-publication.resolver';
import { planReviewProcess } from './plan-review.process';
import { PlanReviewResolver } from './plan-review.resolver';
import { PlanAdjustmentResolver, PlanVersionFieldsResolver, PlanVersionResolver } from './plan-version.resolver';
import { PlanLoaders } from './plan.loaders';
import { progressReportProcess } from './progress-report.process';
import {
  CaseProgressReportResolver,
  PeriodReportFieldsResolver,
  PlanProgressReportsResolver,
  progressReviewLoader,
  ProgressReviewResolver,
} from './progress-review.resolver';
import { ProgressReviewService } from './progress-review.service';
import { SWEEP_PLAN_REPORTS, sweepPlanReports } from './sweep-plan-reports.job';

declare module '../../core/graphql/context' {
  interface AppServices {
    plans: ActionPlanService;
    /** Improvement actions of low and over-executed products (Bogotá report §9). */
    improvements: ImprovementActionService;
    /** Progress reports reviewed by the coordination (PROGRESS_REPORT cases). */
    progressReviews: ProgressReviewService;
  }
  interface RequestScope {
    /** DataLoaders of action plans' products and reports. */
    plans: PlanLoaders;
    /** DataLoaders of plans' improvement actions. */
    improvements: ImprovementLoaders;
    /** The action plan each case is about (CaseType.actionPlan). */
    casePlans: DataLoader<string, ActionPlan | null>;
    /** The period report of each PROGRESS_REPORT case (CaseType.progressReport). */
    caseReports: DataLoader<string, PeriodReport | null>;
  }
}

/** Progress reports fall due by the day: an hourly sweep says it within the hour, once. */
const SWEEP_EVERY_MS = 3600_000;

/**
 * Execution follow-up: action plans imported from spreadsheets, progress reports on a schedule
 * (reminders and overdue notices by an hourly sweep), and the Bogotá method's measurement.
 */
export const followUpModule: AppModule = {
  name: 'follow-up',
  entities: [ActionPlan, PlanVersion, PlanProduct, PeriodReport, ProgressReportRow, ImprovementAction],
  limitedMutations: { importActionPlan: 'IMPORT' },
  resolvers: [
    ActionPlanResolver,
    ProgressReportAnnexesResolver,
    PlanReviewResolver,
    PlanVersionResolver,
    PlanVersionFieldsResolver,
    PlanAdjustmentResolver,
    CasePlanResolver,
    ImprovementActionResolver,
    PlanImprovementsResolver,
    ProductImprovementsResolver,
    SectorMeasurementResolver,
    ProgressReviewResolver,
    PlanProgressReportsResolver,
    PeriodReportFieldsResolver,
    CaseProgressReportResolver,
    PlanPublicationResolver,
  ],
  services: ({ config, services }) => {
    const plans = new ActionPlanService(
      services.clock,
      config.followUp,
      services.attachments,
      services.documents.storage,
      services.runtime,
    );
    return {
      plans,
      improvements: new ImprovementActionService(services.clock, plans),
      progressReviews: new ProgressReviewService(services.clock, services.attachments, plans, services.cases, services.directory),
    };
  },
  processes: (services) => ({ PLAN_REVIEW: planReviewProcess, PROGRESS_REPORT: progressReportProcess(services.progressReviews) }),
  requestScope: {
    plans: (ctx) => new PlanLoaders(ctx.em),
    casePlans: (ctx) => casePlanLoader(ctx.em),
    caseReports: (ctx) => progressReviewLoader(ctx.em),
    improvements: (ctx) => new ImprovementLoaders(ctx.em, ctx.services.improvements),
  },
  policy: followUpActions,
  schedules: (deps) => [
    {
      name: SWEEP_PLAN_REPORTS,
      everyMs: SWEEP_EVERY_MS,
      run: async () => {
        const { services } = deps;
        const result = await sweepPlanReports({ ...deps, em: deps.orm.em.fork(), plans: services.plans, directory: services.directory });
        if (result.reminders || result.overdue || result.improvementsOverdue)
          deps.logger.info(result, 'reportes de avance y acciones de mejora: recordatorios y vencidos notificados');
        return result;
      },
    },
  ],
  globalIds: {
    inputs: { planId: 'ActionPlan' },
    rootIds: { 'UpdateImprovementActionInput.id': 'ImprovementAction' },
    naturalKeys: {
      SectorMeasurement: (s: { sector: string }) => s.sector,
      ProductDiff: (d: { code: string }) => d.code,
      ObjectiveDiff: (d: { code: string }) => d.code,
    },
    keys: {
      PeriodReport: (r: { caseId: string }) => r.caseId,
      // One version of one plan: the same id in versions, version(number:) and wherever else it appears.
      PlanVersion: (v: { planId: string; number: number }) => `${v.planId}:${v.number}`,
    },
  },
};
