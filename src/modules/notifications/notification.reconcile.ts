import type { JobDeps } from '../../core/queue/job-deps';
import { OutboxKind } from '../../core/workflow/outbox-effects';
import { deliverJobs } from './deliver-notification.job';

const PAGE = 2000;
const REDELIVER_WITHIN_MS = 3 * 24 * 3600 * 1000;

/**
 * The notifications' part of the reconciler: every e-mail still pending is queued again, and so is
 * every recent notification effect never delivered (its job was lost with Redis's data); the
 * deterministic job ids skip those still queued.
 */
export async function reconcileNotifications(
  deps: Pick<JobDeps, 'store' | 'queues' | 'clock' | 'center'>,
): Promise<{ mails: number; notifications: number }> {
  const { knex } = deps.store;
  const now = deps.clock.now();
  let mails = 0;
  let afterMail: string | null = null;
  for (;;) {
    const pending = await deps.center.pendingMail(PAGE, afterMail);
    if (!pending.length) break;
    await deps.center.queueMail(pending.map((p) => p.id));
    mails += pending.length;
    afterMail = pending[pending.length - 1].id;
  }
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
  return { mails, notifications: lost.length };
}
