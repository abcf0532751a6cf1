import { deadlineFromRow } from '../../core/workflow/case-store';
import { DeadlineStatus } from '../../core/workflow/deadline.entity';
import { type JobDeps, scheduleDeadlines } from './deadline-jobs';

/** The reconciler's job scheduler id and job name (maintenance queue). */
export const RECONCILE = 'reconcile';

export interface ReconcileResult {
  deadlines: number;
  mails: number;
  purgedOutbox: number;
  ms: number;
}

const PAGE = 2000;
const KEEP_RELAYED_OUTBOX_MS = 7 * 24 * 3600 * 1000;

/**
 * Rebuilds the queues from the database, the truth: every PENDING term gets its firing and next
 * reminder queued again (deterministic ids: jobs still in Redis are left as they are), and every
 * e-mail still pending is queued again. Run at worker start, periodically, and when the worker sees
 * that Redis lost its data. Also forgets outbox rows relayed more than a week ago.
 */
export async function reconcile(deps: Pick<JobDeps, 'store' | 'queues' | 'clock' | 'center'>): Promise<ReconcileResult> {
  const started = performance.now();
  await deps.clock.sync();
  const { knex } = deps.store;
  const now = deps.clock.now();
  let deadlines = 0;
  let after = '';
  for (;;) {
    const rows = await knex('deadline').where({ status: DeadlineStatus.PENDING }).andWhere('id', '>', after).orderBy('id').limit(PAGE);
    if (!rows.length) break;
    await scheduleDeadlines(deps.queues, rows.map(deadlineFromRow), now);
    deadlines += rows.length;
    after = rows[rows.length - 1].id;
  }
  let mails = 0;
  for (;;) {
    const pending = await deps.center.pendingMail(PAGE, mails);
    if (!pending.length) break;
    await deps.center.queueMail(pending.map((p) => p.id));
    mails += pending.length;
  }
  const purgedOutbox = await knex('outbox')
    .whereNotNull('processed_at')
    .andWhere('processed_at', '<', deps.store.instant(new Date(Date.now() - KEEP_RELAYED_OUTBOX_MS)))
    .delete();
  return { deadlines, mails, purgedOutbox, ms: Math.round(performance.now() - started) };
}
