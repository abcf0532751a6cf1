import { deadlineFromRow } from '../../core/workflow/case-store';
import { DeadlineStatus } from '../../core/workflow/deadline.entity';
import { OutboxKind } from '../../core/workflow/workflow-runtime';
import { promoteJobs } from '../cofinancing/promote-waitlist.job';
import { deliverJobs } from '../notifications/deliver-notification.job';
import { queueReport } from '../reports/generate-report.job';
import { scheduleDeadlines, type JobDeps } from './deadline-jobs';

/** The reconciler's job scheduler id and job name (maintenance queue). */
export const RECONCILE = 'reconcile';

export interface ReconcileResult {
  deadlines: number;
  mails: number;
  /** Notification effects delivered again because their job was lost. */
  notifications: number;
  /** Waitlist promotions of recently released funds queued again (a no-op where they already ran). */
  promotions: number;
  /** Reports not finished whose job was queued again (a no-op for those still queued or running). */
  reports: number;
  /** Finished reports older than a month, deleted with their files. */
  purgedReports: number;
  /** Failed jobs given another run. */
  retried: number;
  purgedOutbox: number;
  ms: number;
}

const PAGE = 2000;
const KEEP_RELAYED_OUTBOX_MS = 7 * 24 * 3600 * 1000;
const REDELIVER_WITHIN_MS = 3 * 24 * 3600 * 1000;
/** Half the 24 h BullMQ keeps a completed job (`defaultJobOptions.removeOnComplete`). */
const REQUEUE_PROMOTIONS_WITHIN_MS = 12 * 3600 * 1000;
const KEEP_REPORTS_MS = 30 * 24 * 3600 * 1000;

/**
 * Rebuilds the queues from the database, the truth: every PENDING term gets its firing and next
 * reminder queued again (deterministic ids: jobs still in Redis are left as they are), every
 * e-mail still pending and every recent notification effect never delivered are queued again, and
 * failed jobs are retried. Run at worker start, periodically, and when the worker sees
 * that Redis lost its data. Also forgets outbox rows relayed more than a week ago.
 */
export async function reconcile(deps: Pick<JobDeps, 'store' | 'queues' | 'clock' | 'center'>): Promise<ReconcileResult> {
  const started = performance.now();
  await deps.clock.sync();
  const { knex } = deps.store;
  const now = deps.clock.now();
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
  let deadlines = 0;
  let after: string | null = null;
  // The next page is read while the previous one is being queued: Redis and the database work at once.
  let queueing: Promise<void> = Promise.resolve();
  for (;;) {
    const page = knex('deadline').where({ status: DeadlineStatus.PENDING }).orderBy('id').limit(PAGE);
    if (after) page.andWhere('id', '>', after);
    const rows = await page;
    await queueing;
    if (!rows.length) break;
    queueing = scheduleDeadlines(deps.queues, rows.map(deadlineFromRow), now);
    deadlines += rows.length;
    after = rows[rows.length - 1].id;
  }
  let mails = 0;
  let afterMail: string | null = null;
  for (;;) {
    const pending = await deps.center.pendingMail(PAGE, afterMail);
    if (!pending.length) break;
    await deps.center.queueMail(pending.map((p) => p.id));
    mails += pending.length;
    afterMail = pending[pending.length - 1].id;
  }
  // Notification effects relayed recently whose notification was never written (their job was
  // lost with Redis's data) are delivered again; the deterministic job id skips those still queued.
  const lost: { id: string }[] = await knex('outbox as o')
    .leftJoin('notification as n', 'n.dedupe_key', knex.raw(`'outbox:' || o.id`))
    .where('o.kind', OutboxKind.NOTIFICATION)
    .whereNotNull('o.processed_at')
    .andWhere('o.created_at', '>', deps.store.instant(new Date(now.getTime() - REDELIVER_WITHIN_MS)))
    .whereNull('n.id')
    .select('o.id');
  for (let i = 0; i < lost.length; i += PAGE) {
    await deps.queues.notifications.addBulk(deliverJobs(lost.slice(i, i + PAGE).map((r) => r.id)));
  }
  // Promotions asked for by recent releases: their job may have been lost with Redis. Only those
  // younger than the time BullMQ keeps a finished job, so a promotion that ran is recognised by its
  // job id and never runs again later, on a waitlist the committee has changed since.
  const releases: { id: string; payload: unknown }[] = await knex('outbox')
    .where('kind', OutboxKind.WAITLIST_PROMOTION)
    .whereNotNull('processed_at')
    .andWhere('created_at', '>', deps.store.instant(new Date(now.getTime() - REQUEUE_PROMOTIONS_WITHIN_MS)))
    .select('id', 'payload');
  if (releases.length) await deps.queues.maintenance.addBulk(promoteJobs(releases));
  // Reports requested but not finished: their job may have been lost with Redis, or never queued
  // (Redis was away at the request). `queueReport` leaves jobs still waiting or running alone.
  const unfinished: { id: string }[] = await knex('report').whereIn('status', ['QUEUED', 'RUNNING']).select('id');
  for (const r of unfinished) await queueReport(deps.queues.reports, r.id);
  // Finished reports are kept a month after they were last asked for; asked for again later, they
  // are made again (same id). Files and rows go together.
  const cutoff = deps.store.instant(new Date(now.getTime() - KEEP_REPORTS_MS));
  const purgedReports: number = await knex.transaction(async (trx) => {
    const old = trx('report')
      .whereIn('status', ['READY', 'FAILED'])
      .andWhere('finished_at', '<', cutoff)
      .andWhere('requested_at', '<', cutoff)
      .select('id');
    await trx('report_file').whereIn('report_id', old.clone()).delete();
    return Number(await trx('report').whereIn('id', old).delete());
  });
  const purgedOutbox = await knex('outbox')
    .whereNotNull('processed_at')
    .andWhere('processed_at', '<', deps.store.instant(new Date(Date.now() - KEEP_RELAYED_OUTBOX_MS)))
    .delete();
  return {
    deadlines,
    mails,
    notifications: lost.length,
    promotions: releases.length,
    reports: unfinished.length,
    purgedReports,
    retried,
    purgedOutbox,
    ms: Math.round(performance.now() - started),
  };
}
