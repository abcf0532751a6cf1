import type { EntityManager } from '@mikro-orm/knex';

import { chunks, groupBy } from '../../core/collections';
import { bogotaDay, endOfDay, remainingWorkingDays } from '../../core/time/business-calendar';
import type { Clock } from '../../core/time/clock';
import type { NotificationCenter, NotificationDraft } from '../notifications/notification-center';
import { planReportOverdueText, planReportReminderText } from '../notifications/notification-templates';
import { Audience, NotificationKind } from '../notifications/notification.entity';
import type { TerritorialDirectory } from '../territorial-entities/territorial-entity.service';
import { ActionPlan, PlanProduct, ProgressReportRow } from './action-plan.entity';
import type { ActionPlanService } from './action-plan.service';
import { overdueImprovementDrafts } from './improvement-overdue';

/** The job that reminds entities of progress reports coming due and flags overdue ones (maintenance queue, on a job scheduler). */
export const SWEEP_PLAN_REPORTS = 'sweep-plan-reports';

export interface SweepResult {
  plans: number;
  /** Notifications this run created (those said before are not said again). */
  reminders: number;
  overdue: number;
  /** Improvement actions newly found past their due day (one notice to the entity each). */
  improvementsOverdue: number;
}

/**
 * Walks every plan's report schedule today: a period DUE within `remindDaysBefore` días hábiles
 * gets one reminder to the entity; an OVERDUE one gets one notice to the entity and one to the
 * coordinators; an improvement action still open after its due day gets one notice to the entity
 * (see `overdueImprovementDrafts`). Each notice has a dedupe key per plan, period and audience, so the sweep can run
 * as often as wanted (and after any crash) and says each thing once; the e-mail follows the
 * notifications' own durable path.
 */
export async function sweepPlanReports(deps: {
  em: EntityManager;
  clock: Clock;
  plans: ActionPlanService;
  directory: TerritorialDirectory;
  center: NotificationCenter;
}): Promise<SweepResult> {
  await deps.clock.sync();
  const now = deps.clock.now();
  const today = bogotaDay(now);
  const em = deps.em;
  // Only plans in force owe reports: a draft is not yet approved, a withdrawn one never will be.
  const plans = await em.find(ActionPlan, { status: 'APPROVED' }, { orderBy: { id: 'asc' } });
  if (!plans.length) return { plans: 0, reminders: 0, overdue: 0, improvementsOverdue: 0 };
  const inForce = new Map(plans.map((p) => [p.id, p.currentVersion]));
  const [products, reports] = await Promise.all([
    // The products of each plan's version in force, read by plan in slices: one OR term per plan
    // would pass SQLite's expression-depth limit with a thousand plans.
    (async () => {
      const rows: PlanProduct[] = [];
      for (const slice of chunks(plans, 500)) rows.push(...(await em.find(PlanProduct, { planId: { $in: slice.map((p) => p.id) } })));
      return rows.filter((r) => r.version === inForce.get(r.planId));
    })(),
    // Every item, whatever its status: a period counts as reported from its first report's filing
    // (its review then runs on the case's own terms), unless that report was withdrawn.
    em.find(ProgressReportRow, {}, { fields: ['planId', 'productCode', 'period', 'reportedOn', 'status', 'caseId'] }),
  ]);
  const productsOf = groupBy(products, (p) => p.planId);
  const reportsOf = groupBy(reports, (r) => r.planId);
  const directory = await deps.directory.current();
  const drafts: NotificationDraft[] = [];
  for (const plan of plans) {
    const facts = { planTitle: plan.title, entityName: directory.find(plan.entityCode)?.name ?? plan.entityCode };
    for (const due of deps.plans.schedule(plan, productsOf.get(plan.id) ?? [], reportsOf.get(plan.id) ?? [], today)) {
      const about = { ...facts, period: due.period, dueOn: due.dueOn, missing: due.missing };
      if (due.status === 'DUE') {
        const left = remainingWorkingDays(now, endOfDay(due.dueOn));
        if (left > deps.plans.followUp.remindDaysBefore) continue;
        drafts.push({
          dedupeKey: `plan-report-reminder:${plan.id}:${due.period}`,
          caseId: plan.caseId,
          kind: NotificationKind.PROGRESS_REPORT_REMINDER,
          audienceKind: Audience.ENTITY,
          audience: plan.entityCode,
          ...planReportReminderText(about, left),
        });
      } else if (due.status === 'OVERDUE') {
        const text = planReportOverdueText(about);
        for (const [audienceKind, audience] of [
          [Audience.ENTITY, plan.entityCode],
          [Audience.COORDINATORS, null],
        ] as const) {
          drafts.push({
            dedupeKey: `plan-report-overdue:${plan.id}:${due.period}:${audienceKind}`,
            caseId: plan.caseId,
            kind: NotificationKind.PROGRESS_REPORT_OVERDUE,
            audienceKind,
            audience,
            ...text,
          });
        }
      }
    }
  }
  drafts.push(...(await overdueImprovementDrafts(em, plans, today, (code) => directory.find(code)?.name ?? code)));
  const created: { kind: string }[] = [];
  for (const slice of chunks(drafts, 500)) created.push(...(await deps.center.writeAndDispatch(slice)));
  const count = (kind: string) => created.filter((n) => n.kind === kind).length;
  return {
    plans: plans.length,
    reminders: count(NotificationKind.PROGRESS_REPORT_REMINDER),
    overdue: count(NotificationKind.PROGRESS_REPORT_OVERDUE),
    improvementsOverdue: count(NotificationKind.IMPROVEMENT_ACTION_OVERDUE),
  };
}
