import { DelayedError, type Job, type JobsOptions } from 'bullmq';
import type { Logger } from 'pino';

import type { WorkflowRegistry } from '../../../workflows/registry';

import type { Queues } from '../../core/queue/queues';
import { reminderInstant } from '../../core/time/business-calendar';
import type { Clock } from '../../core/time/clock';
import type { CaseStore } from '../../core/workflow/case-store';
import type { Deadline } from '../../core/workflow/deadline.entity';
import type { WorkflowRuntime } from '../../core/workflow/workflow-runtime';
import type { NotificationCenter } from '../notifications/notification-center';
import type { TerritorialDirectory } from '../territorial-entities/territorial-entity.service';
import type { Expiries } from './expiries';

/** What the deadline jobs need, taken from the worker's dependencies by the module's descriptor. */
export interface DeadlineJobDeps {
  store: CaseStore;
  runtime: WorkflowRuntime;
  registry: WorkflowRegistry;
  directory: TerritorialDirectory;
  clock: Clock;
  center: NotificationCenter;
  queues: Queues;
  logger: Logger;
  /** Reads and expiries of the fire jobs running at once, batched. */
  expiries: Expiries;
}

export const FIRE_DEADLINE = 'fire-deadline';
export interface FireDeadlinePayload {
  deadlineId: string;
}
/**
 * A deterministic id (written with `_` because BullMQ 6 refuses `:` in custom ids): re-scheduling
 * the same term duplicates nothing. It is the term's own id rather than DESIGN's
 * `deadline:<caseId>:<state>:<version>`: a term that continues in the next state (DeadlineSpec
 * `continues`) changes its state and case version but stays one term, so it keeps one job.
 */
export const fireJobId = (d: Pick<Deadline, 'id'>) => `deadline_${d.id}`;

export const SEND_REMINDER = 'send-reminder';
export interface SendReminderPayload {
  deadlineId: string;
  /** Which of the term's `remindBefore` offsets, and the due instant it was computed for. */
  index: number;
  dueAt: number;
}
export const reminderJobId = (p: SendReminderPayload) => `reminder_${p.deadlineId}_${p.index}_${p.dueAt}`;

export interface JobSpec {
  name: string;
  data: object;
  opts: JobsOptions;
}

/**
 * The reminder a term still owes: the first of its offsets not sent yet whose instant falls inside
 * the term (a reminder "10 days before" a 5-day term has nothing to remind). Null when none is left.
 */
export function nextReminder(d: Deadline, from = d.remindersSent): { index: number; at: Date } | null {
  for (let index = from; index < d.remindBefore.length; index++) {
    const at = reminderInstant(d.dueAt, d.remindBefore[index]);
    if (at > d.startedAt && at < d.dueAt) return { index, at };
  }
  return null;
}

/** The BullMQ jobs that make a pending term happen: its firing at the due instant and its next reminder. */
export function jobsOf(d: Deadline, now: Date): { fire: JobSpec; reminder: JobSpec | null } {
  const delay = (at: Date) => Math.max(0, at.getTime() - now.getTime());
  const fire: JobSpec = {
    name: FIRE_DEADLINE,
    data: { deadlineId: d.id } satisfies FireDeadlinePayload,
    opts: { jobId: fireJobId(d), delay: delay(d.dueAt) },
  };
  const next = nextReminder(d);
  if (!next) return { fire, reminder: null };
  const data: SendReminderPayload = { deadlineId: d.id, index: next.index, dueAt: d.dueAt.getTime() };
  return { fire, reminder: { name: SEND_REMINDER, data, opts: { jobId: reminderJobId(data), delay: delay(next.at) } } };
}

/** Queues the jobs of many pending terms in bulk (relay and reconciler). */
export async function scheduleDeadlines(queues: Queues, deadlines: Deadline[], now: Date): Promise<void> {
  if (!deadlines.length) return;
  const specs = deadlines.map((d) => jobsOf(d, now));
  await Promise.all([
    queues.deadlines.addBulk(specs.map((s) => s.fire)),
    queues.reminders.addBulk(specs.flatMap((s) => (s.reminder ? [s.reminder] : []))),
  ]);
}

/** A job that ran before its instant (promoted early, or its term was extended) waits again until then. */
export async function waitUntil(job: Job, token: string | undefined, at: Date, now: Date): Promise<never> {
  await job.moveToDelayed(Date.now() + (at.getTime() - now.getTime()), token);
  throw new DelayedError();
}
