import type { JobDeps } from '../../core/queue/job-deps';
import { promoteJobs, WAITLIST_PROMOTION } from './promote-waitlist.job';

/** Half the 24 h BullMQ keeps a completed job (`defaultJobOptions.removeOnComplete`). */
const REQUEUE_PROMOTIONS_WITHIN_MS = 12 * 3600 * 1000;

/**
 * Cofinancing's part of the reconciler: promotions asked for by recent releases, whose job may have
 * been lost with Redis. Only those younger than the time BullMQ keeps a finished job, so a
 * promotion that ran is recognised by its job id and never runs again later, on a waitlist the
 * committee has changed since.
 */
export async function reconcilePromotions(deps: Pick<JobDeps, 'store' | 'queues' | 'clock'>): Promise<{ promotions: number }> {
  const { knex } = deps.store;
  const releases: { id: string; payload: unknown }[] = await knex('outbox')
    .where('kind', WAITLIST_PROMOTION)
    .whereNotNull('processed_at')
    .andWhere('created_at', '>', deps.store.instant(new Date(deps.clock.now().getTime() - REQUEUE_PROMOTIONS_WITHIN_MS)))
    .select('id', 'payload');
  if (releases.length) await deps.queues.maintenance.addBulk(promoteJobs(releases));
  return { promotions: releases.length };
}
