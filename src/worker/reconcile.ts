import type { AppModule } from '../core/module';
import type { JobDeps } from '../core/queue/job-deps';

/** The reconciler's job scheduler id and job name (maintenance queue). */
export const RECONCILE = 'reconcile';

/**
 * What one run rebuilt and forgot: each module's counts, plus core's. Today the modules report
 * `deadlines` (pending terms queued again), `mails` (e-mails still pending), `notifications`
 * (notification effects delivered again because their job was lost), `promotions` (waitlist
 * promotions of recently released funds queued again; a no-op where they already ran), `reports`
 * (reports not finished whose job was queued again; a no-op for those still queued or running)
 * and `purgedReports` (finished reports older than a month, deleted with their files).
 */
export type ReconcileResult = Record<string, number> & {
  /** Failed jobs given another run. */
  retried: number;
  purgedOutbox: number;
  ms: number;
};

const KEEP_RELAYED_OUTBOX_MS = 7 * 24 * 3600 * 1000;

/**
 * Rebuilds the queues from the database, the truth: each module's part re-enqueues what its jobs
 * owe (terms, mail, notification effects, promotions, reports; deterministic ids, so jobs still in
 * Redis are left as they are), failed jobs are retried, and outbox rows relayed more than a week
 * ago are forgotten. Run at worker start, periodically, and when the worker sees that Redis lost
 * its data.
 */
export async function reconcile(deps: JobDeps, modules: readonly AppModule[]): Promise<ReconcileResult> {
  const started = performance.now();
  await deps.clock.sync();
  // Jobs that used up their attempts (a database or SMTP outage longer than the backoff) keep
  // their ids, so adding them again would do nothing: they are retried instead. Every handler
  // re-reads the database first, so a retried job whose work is done does nothing.
  const retried = (
    await Promise.all(
      [deps.queues.deadlines, deps.queues.reminders, deps.queues.notifications].map((q) =>
        q.getJobCountByTypes('failed').then(async (n) => (n ? (await q.retryJobs({ state: 'failed' }), n) : 0)),
      ),
    )
  ).reduce((a, b) => a + b, 0);
  const counts: Record<string, number> = {};
  for (const m of modules) Object.assign(counts, await m.reconcile?.(deps));
  const purgedOutbox = await deps.store
    .knex('outbox')
    .whereNotNull('processed_at')
    .andWhere('processed_at', '<', deps.store.instant(new Date(Date.now() - KEEP_RELAYED_OUTBOX_MS)))
    .delete();
  return { ...counts, retried, purgedOutbox, ms: Math.round(performance.now() - started) };
}
