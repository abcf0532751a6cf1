import type { Job } from 'bullmq';
import type { ProcessId } from '../../../workflows/registry';
import type { Effect, Side } from '../../../workflows/shared';
import { asJson } from '../../core/workflow/case-store';
import { audienceOf, caseFacts, type JobDeps } from '../deadlines/deadline-jobs';
import { NotificationKind } from './notification.entity';
import type { NotificationDraft } from './notification-center';
import { caseUpdateText } from './notification-templates';

/** Turns one `notification` outbox row (an effect of a transition) into the notification of its audience. */
export const DELIVER_NOTIFICATION = 'deliver-notification';
export interface DeliverNotificationPayload {
  outboxId: string;
}
export const deliverJobId = (outboxId: string) => `notify_${outboxId}`;
/** The job that delivers the effects of these outbox rows (relay, and reconciler after a loss). */
export const deliverJobs = (outboxIds: string[]) =>
  outboxIds.map((id) => ({ name: DELIVER_NOTIFICATION, data: { outboxId: id } satisfies DeliverNotificationPayload, opts: { jobId: deliverJobId(id) } }));

/** Who each effect addresses. */
const sideOf: Record<Effect, Side> = { notifyEntity: 'ENTITY', notifyCoordinators: 'MINISTRY', notifyAssignee: 'ADVISOR' };

/** Entries the runtime writes itself, which no machine labels. */
const specialLabels: Record<string, string> = { CREATED: 'nuevo trámite', EXTEND_TERM: 'prórroga del término' };

export async function deliverNotification(deps: JobDeps, job: Job<DeliverNotificationPayload>): Promise<string> {
  await deps.clock.sync();
  const { store } = deps;
  const row = await store.knex('outbox').where({ id: job.data.outboxId }).first();
  if (!row) return 'missing';
  const payload = asJson(row.payload) as { effect: Effect; event: string };
  const [kase, entry] = await Promise.all([store.findCase(store.knex, row.case_id), store.findHistory(store.knex, row.case_id, Number(row.case_version))]);
  if (!kase || !entry) return 'missing';
  // A case with no one assigned has nobody to tell for notifyAssignee (no fallback to the coordinators).
  const audience = payload.effect === 'notifyAssignee' && !kase.assignee ? null : audienceOf(sideOf[payload.effect], kase);
  if (!audience) return 'nobody';
  const { eventLabels } = deps.registry.get(kase.process as ProcessId, kase.machineVersion);
  const facts = await caseFacts(deps, { ...kase, state: entry.toState });
  const note = typeof entry.payload.note === 'string' ? entry.payload.note : null;
  const draft: NotificationDraft = {
    dedupeKey: `outbox:${row.id}`,
    caseId: kase.id,
    kind: NotificationKind.CASE_UPDATE,
    ...audience,
    ...caseUpdateText(facts, specialLabels[payload.event] ?? eventLabels[payload.event] ?? payload.event, note),
  };
  await deps.center.writeAndDispatch([draft]);
  return 'delivered';
}
