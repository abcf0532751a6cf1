import type { JobDeps } from '../../core/queue/job-deps';
import { queueReport } from './generate-report.job';

const KEEP_REPORTS_MS = 30 * 24 * 3600 * 1000;

/**
 * The reports' part of the reconciler. Reports requested but not finished: their job may have been
 * lost with Redis, or never queued (Redis was away at the request); `queueReport` leaves jobs still
 * waiting or running alone. Finished reports are kept a month after they were last asked for;
 * asked for again later, they are made again (same id); a delivered roadmap's PDF is kept with its
 * case. Files and rows go together.
 */
export async function reconcileReports(
  deps: Pick<JobDeps, 'store' | 'queues' | 'clock'>,
): Promise<{ reports: number; purgedReports: number }> {
  const { knex } = deps.store;
  const unfinished: { id: string }[] = await knex('report').whereIn('status', ['QUEUED', 'RUNNING']).select('id');
  for (const r of unfinished) await queueReport(deps.queues.reports, r.id);
  const cutoff = deps.store.instant(new Date(deps.clock.now().getTime() - KEEP_REPORTS_MS));
  const purgedReports: number = await knex.transaction(async (trx) => {
    const old = trx('report')
      .whereIn('status', ['READY', 'FAILED'])
      // A delivered roadmap's PDF is part of its case's record (the delivery points to it): kept.
      .whereNot('kind', 'ROADMAP')
      .andWhere('finished_at', '<', cutoff)
      .andWhere('requested_at', '<', cutoff)
      .select('id');
    await trx('report_file').whereIn('report_id', old.clone()).delete();
    await trx('report_requester').whereIn('report_id', old.clone()).delete();
    return Number(await trx('report').whereIn('id', old).delete());
  });
  return { reports: unfinished.length, purgedReports };
}
