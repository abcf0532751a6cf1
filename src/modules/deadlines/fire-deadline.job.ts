import { UnrecoverableError, type Job } from 'bullmq';

import { AppError, ConflictError } from '../../core/errors/app-error';
import { deadlineLateness } from '../../core/metrics/metrics';
import { DeadlineStatus } from '../../core/workflow/deadline.entity';
import type { NotificationDraft } from '../notifications/notification-center';
import { audienceOf, caseFacts } from '../notifications/notification-facts';
import { overdueText } from '../notifications/notification-templates';
import { Audience, NotificationKind } from '../notifications/notification.entity';
import { waitUntil, type DeadlineJobDeps, type FireDeadlinePayload } from './deadline-jobs';

/**
 * A term's due instant came. The database decides what that means: a term no longer PENDING (the
 * case moved on, or it fired before) is a no-op; a term not yet due (extended, or a job promoted
 * early) waits again; an entity-side term sends its expiry event through the runtime; a
 * ministry-side term is flagged OVERDUE and the coordinators are told.
 */
export async function fireDeadline(deps: DeadlineJobDeps, job: Job<FireDeadlinePayload>, token?: string): Promise<string> {
  await deps.clock.sync();
  const { store } = deps;
  const found = await deps.expiries.read(job.data.deadlineId);
  const d = found?.deadline;
  if (!d || d.status !== DeadlineStatus.PENDING) return 'stale';
  const now = deps.clock.now();
  if (now < d.dueAt) return waitUntil(job, token, d.dueAt, now);
  if (found.caseState !== d.state || found.caseVersion === null) return 'stale';

  if (d.onExpire) {
    try {
      // With the version just read: the runtime refuses the event if the case moved since.
      await deps.expiries.expire({
        caseId: d.caseId,
        event: d.onExpire,
        expectedVersion: found.caseVersion,
        requestId: `job:${job.id ?? d.id}`,
      });
    } catch (err) {
      // Someone acted at the same instant, or the database or Redis failed: the next attempt reads
      // the case again. Only a refusal of the workflow itself cannot succeed by retrying.
      if (err instanceof AppError && !(err instanceof ConflictError)) {
        throw new UnrecoverableError(`el vencimiento ${d.id} no se pudo aplicar: ${err.message}`);
      }
      throw err;
    }
    // How late the expiry was applied, on the system's clock (the one the due instant was computed on).
    deadlineLateness.observe((now.getTime() - d.dueAt.getTime()) / 1000);
    return 'expired';
  }

  const kase = await store.findCase(store.knex, d.caseId);
  if (!kase || kase.state !== d.state) return 'stale';
  // The coordinators always; the owing side too when it is someone else (an assigned advisor).
  const text = overdueText(await caseFacts(deps, kase), d.kind, d.dueAt);
  const owner = audienceOf(d.owner, kase);
  const addressed = [
    { dedupeKey: `overdue:${d.id}`, audienceKind: Audience.COORDINATORS, audience: null },
    ...(owner && owner.audienceKind !== Audience.COORDINATORS ? [{ dedupeKey: `overdue:${d.id}:owner`, ...owner }] : []),
  ];
  const drafts: NotificationDraft[] = addressed.map((a) => ({ ...a, caseId: kase.id, kind: NotificationKind.DEADLINE_OVERDUE, ...text }));
  let flagged = false;
  const created = await store.transaction(async (trx) => {
    flagged = (await trx('deadline').where({ id: d.id, status: DeadlineStatus.PENDING }).update({ status: DeadlineStatus.OVERDUE })) === 1;
    return flagged ? deps.center.write(trx, drafts) : [];
  });
  // Observed once, by the job that flagged the term (a retry finds it flagged already).
  if (flagged) deadlineLateness.observe((now.getTime() - d.dueAt.getTime()) / 1000);
  await deps.center.dispatch(created);
  return 'overdue';
}
