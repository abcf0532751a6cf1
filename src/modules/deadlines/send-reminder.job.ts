import type { Job } from 'bullmq';

import { remainingWorkingDays } from '../../core/time/business-calendar';
import { DeadlineStatus } from '../../core/workflow/deadline.entity';
import { audienceOf, caseFacts } from '../notifications/notification-facts';
import { correctionsTermNote, reminderText } from '../notifications/notification-templates';
import { NotificationKind } from '../notifications/notification.entity';
import { jobsOf, nextReminder, waitUntil, type DeadlineJobDeps, type SendReminderPayload } from './deadline-jobs';

/**
 * Reminds the side that owes the answer, N business days before the due date. Only for the term
 * and due instant it was scheduled for (an extension schedules its own reminders). When several
 * reminders are late (Redis was lost for days), only the latest is sent. The reminder and the count
 * of sent reminders are written together, then the next reminder is queued.
 */
export async function sendReminder(deps: DeadlineJobDeps, job: Job<SendReminderPayload>, token?: string): Promise<string> {
  await deps.clock.sync();
  const { store } = deps;
  const { deadlineId, index, dueAt } = job.data;
  const d = await store.findDeadline(store.knex, deadlineId);
  if (!d || d.status !== DeadlineStatus.PENDING || d.dueAt.getTime() !== dueAt || d.remindersSent > index) return 'stale';
  const now = deps.clock.now();
  const due = nextReminder(d, index);
  if (!due || due.index !== index || now >= d.dueAt) return 'stale';
  if (now < due.at) return waitUntil(job, token, due.at, now);
  const later = nextReminder(d, index + 1);
  const skip = later !== null && later.at <= now;
  const kase = await store.findCase(store.knex, d.caseId);
  const audience = kase && audienceOf(d.owner, kase);
  const drafts =
    kase && audience && !skip
      ? [
          {
            dedupeKey: `reminder:${d.id}:${dueAt}:${d.remindBefore[index]}`,
            caseId: kase.id,
            kind: NotificationKind.DEADLINE_REMINDER,
            ...audience,
            ...reminderText(
              await caseFacts(deps, kase),
              d.kind,
              d.dueAt,
              remainingWorkingDays(now, d.dueAt),
              // The entity's corrections term ends in desistimiento: it is told so, and of its one extension.
              d.kind === 'CORRECTIONS' && d.onExpire ? correctionsTermNote(d.extendedDays !== null) : undefined,
            ),
          },
        ]
      : [];
  // The reminder and the count of sent reminders are written together.
  const created = await store.transaction(async (trx) => {
    await trx('deadline')
      .where({ id: d.id, reminders_sent: d.remindersSent })
      .update({ reminders_sent: index + 1 });
    return deps.center.write(trx, drafts);
  });
  await deps.center.dispatch(created);
  const { reminder } = jobsOf({ ...d, remindersSent: index + 1 }, now);
  if (reminder) await deps.queues.reminders.add(reminder.name, reminder.data, reminder.opts);
  return skip ? 'skipped' : 'sent';
}
