import type { JobDeps } from '../../core/queue/job-deps';
import { deadlineFromRow } from '../../core/workflow/case-store';
import { DeadlineStatus } from '../../core/workflow/deadline.entity';
import { scheduleDeadlines } from './deadline-jobs';

const PAGE = 2000;

/**
 * The deadlines' part of the reconciler: every PENDING term gets its firing and next reminder
 * queued again (deterministic ids: jobs still in Redis are left as they are).
 */
export async function reconcileDeadlines(deps: Pick<JobDeps, 'store' | 'queues' | 'clock'>): Promise<{ deadlines: number }> {
  const { knex } = deps.store;
  const now = deps.clock.now();
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
  return { deadlines };
}
