import type { Job } from 'bullmq';

import type { ProcessId, WorkflowRegistry } from '../../../workflows/registry';
import type { Effect, Side } from '../../../workflows/shared';

import type { Clock } from '../../core/time/clock';
import { asJson, type CaseStore } from '../../core/workflow/case-store';
import type { WorkflowCase } from '../../core/workflow/case.entity';
import { statesOf } from '../../core/workflow/definition';
import type { TerritorialDirectory } from '../territorial-entities/territorial-entity.service';
import type { NotificationCenter, NotificationDraft } from './notification-center';
import { audienceOf, caseFacts } from './notification-facts';
import { caseUpdateText } from './notification-templates';
import { Audience, NotificationKind } from './notification.entity';

/** What delivering a notification effect needs. */
export interface DeliverDeps {
  store: CaseStore;
  registry: WorkflowRegistry;
  directory: TerritorialDirectory;
  center: NotificationCenter;
  clock: Clock;
}

/** Turns one `notification` outbox row (an effect of a transition) into the notification of its audience. */
export const DELIVER_NOTIFICATION = 'deliver-notification';
export interface DeliverNotificationPayload {
  outboxId: string;
}
export const deliverJobId = (outboxId: string) => `notify_${outboxId}`;
/** The job that delivers the effects of these outbox rows (relay, and reconciler after a loss). */
export const deliverJobs = (outboxIds: string[]) =>
  outboxIds.map((id) => ({
    name: DELIVER_NOTIFICATION,
    data: { outboxId: id } satisfies DeliverNotificationPayload,
    opts: { jobId: deliverJobId(id) },
  }));

/** Who each effect addresses (evaluators: each one the event names, see below). */
const sideOf: Record<Exclude<Effect, 'notifyEvaluators'>, Side> = {
  notifyEntity: 'ENTITY',
  notifyCoordinators: 'MINISTRY',
  notifyAssignee: 'ADVISOR',
};

/** Entries the runtime writes itself, which no machine labels. */
const specialLabels: Record<string, string> = {
  CREATED: 'nuevo trámite',
  EXTEND_TERM: 'prórroga del término',
  REASSIGN: 'reasignación del trámite',
};

function audiencesOf(
  effect: Effect,
  kase: WorkflowCase,
  eventPayload: Record<string, unknown>,
): { audienceKind: Audience; audience: string | null }[] {
  if (effect === 'notifyEvaluators') {
    const named = Array.isArray(eventPayload.evaluators)
      ? (eventPayload.evaluators as unknown[]).filter((e): e is string => typeof e === 'string')
      : [];
    return [...new Set(named.map((e) => e.trim()))].map((subject) => ({ audienceKind: Audience.USER, audience: subject }));
  }
  // A case with no one assigned has nobody to tell for notifyAssignee (no fallback to the coordinators).
  if (effect === 'notifyAssignee' && !kase.assignee) return [];
  const audience = audienceOf(sideOf[effect], kase);
  return audience ? [audience] : [];
}

/**
 * Whether a case update is legally significant, and so mailed at once whatever the preferences:
 * the event is a term's expiry (`onExpire`: desistimiento, an agreement not signed, an assessment
 * expired with its cycle), or it opens a term the entity owes whose expiry ends the case
 * (corrections requested — subsanación —, an approval that starts the agreement's signature term).
 * Read from the machine's declared terms, so a new process's terms follow the same rule.
 */
export function isLegallySignificant(
  machine: Parameters<typeof statesOf>[0],
  entry: { event: string; fromState: string | null; toState: string },
): boolean {
  const states = statesOf(machine);
  const from = entry.fromState ? states.get(entry.fromState) : undefined;
  if (from?.deadline?.onExpire === entry.event) return true;
  if (!entry.fromState || entry.fromState === entry.toState) return false;
  const to = states.get(entry.toState);
  return !!to?.deadline?.onExpire && to.owner === 'ENTITY';
}

export async function deliverNotification(deps: DeliverDeps, job: Job<DeliverNotificationPayload>): Promise<string> {
  await deps.clock.sync();
  const { store } = deps;
  const row = await store.knex('outbox').where({ id: job.data.outboxId }).first();
  if (!row) return 'missing';
  const payload = asJson(row.payload) as { effect: Effect; event: string };
  const [kase, entry] = await Promise.all([
    store.findCase(store.knex, row.case_id),
    store.findHistory(store.knex, row.case_id, Number(row.case_version)),
  ]);
  if (!kase || !entry) return 'missing';
  const audiences = audiencesOf(payload.effect, kase, entry.payload);
  if (!audiences.length) return 'nobody';
  const { eventLabels, machine } = deps.registry.get(kase.process as ProcessId, kase.machineVersion);
  const mandatory = isLegallySignificant(machine, { event: payload.event, fromState: entry.fromState, toState: entry.toState });
  const facts = await caseFacts(deps, { ...kase, state: entry.toState });
  const note = typeof entry.payload.note === 'string' ? entry.payload.note : null;
  const text = caseUpdateText(facts, specialLabels[payload.event] ?? eventLabels[payload.event] ?? payload.event, note);
  const drafts: NotificationDraft[] = audiences.map((audience, i) => ({
    // Each written (and mailed) once however often the job runs. All are inserted by one statement,
    // and the first keeps the plain key the reconciler looks for to know the effect was delivered.
    dedupeKey: i === 0 ? `outbox:${row.id}` : `outbox:${row.id}:${audience.audience}`,
    caseId: kase.id,
    kind: NotificationKind.CASE_UPDATE,
    ...audience,
    ...text,
    mandatory,
  }));
  await deps.center.writeAndDispatch(drafts);
  return 'delivered';
}
