import type { AppModule } from '../../core/module';
import { ActionPlan, ImprovementAction, PeriodReport, PlanProduct, PlanVersion, ProgressReportRow } from './action-plan.entity';
import { ActionPlanResolver, ProgressReportAnnexesResolver } from './action-plan.resolver';
import { ActionPlanService } from './action-plan.service';
import { followUpActions } from './follow-up.policy';
import { planReviewProcess } from './plan-review.process';
import { PlanReviewResolver } from './plan-review.resolver';
import { PlanLoaders } from './plan.loaders';
import { progressReportProcess } from './progress-report.process';
import { SWEEP_PLAN_REPORTS, sweepPlanReports } from './sweep-plan-reports.job';

declare module '../../core/graphql/context' {
  interface AppServices {
    plans: ActionPlanService;
  }
  interface RequestScope {
    /** DataLoaders of action plans' products and reports. */
    plans: PlanLoaders;
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
  resolvers: [ActionPlanResolver, ProgressReportAnnexesResolver, PlanReviewResolver],
  services: ({ config, services }) => ({
    plans: new ActionPlanService(services.clock, config.followUp, services.attachments, services.documents.storage, services.runtime),
  }),
  processes: () => ({ PLAN_REVIEW: planReviewProcess, PROGRESS_REPORT: progressReportProcess }),
  requestScope: { plans: (ctx) => new PlanLoaders(ctx.em) },
  policy: followUpActions,
  schedules: (deps) => [
    {
      name: SWEEP_PLAN_REPORTS,
      everyMs: SWEEP_EVERY_MS,
      run: async () => {
        const { services } = deps;
        const result = await sweepPlanReports({ ...deps, em: deps.orm.em.fork(), plans: services.plans, directory: services.directory });
        if (result.reminders || result.overdue) deps.logger.info(result, 'reportes de avance: recordatorios y vencidos notificados');
        return result;
      },
    },
  ],
  globalIds: { inputs: { planId: 'ActionPlan' } },
};
