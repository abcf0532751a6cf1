import type { Job } from 'bullmq';

import type { Queues } from '../../core/queue/queues';
import { atBogotaTime, bogotaDay } from '../../core/time/business-calendar';
import type { Clock } from '../../core/time/clock';
import { asDate, type CaseStore } from '../../core/workflow/case-store';
import type { Mailer } from './mailer';
import { digestText, mailText } from './notification-templates';
import { DeliveryStatus } from './notification.entity';

/**
 * The daily digest. People who chose it (`person.mail_digest`) get their non-mandatory notices
 * held (deliveries in DIGEST) and, once a day at DIGEST_HOUR Bogotá time, one mail listing them.
 * A scheduled sweep (maintenance queue, every DIGEST_SWEEP_MS and at worker start) queues one job
 * per person and day with a deterministic id; the job sends the mail under a deterministic
 * Message-ID and marks what it listed SENT, so a retry or a second sweep sends nothing twice.
 */
export const SEND_DIGESTS = 'send-digests';
export const SEND_DIGEST = 'send-digest';
/** The sweep looks every quarter of an hour: a digest leaves within 15 minutes of its hour. */
export const DIGEST_SWEEP_MS = 15 * 60_000;
/** At most this many notices are listed in one digest (the rest are counted). */
const LISTED = 200;
const DAY_MS = 24 * 3600_000;

export interface SendDigestPayload {
  personId: string;
  /** The Bogotá day of the digest (YYYY-MM-DD). */
  day: string;
  /** Epoch ms: the digest lists notices written before this instant (the day's digest hour). */
  cutoff: number;
}

export const digestJobId = (personId: string, day: string) => `digest_${personId}_${day}`;
export const digestMailId = (personId: string, day: string) => `digest.${personId}.${day}`;

/** The latest digest instant at or before `now`: today's digest hour once it has come, else yesterday's. */
export function digestCutoff(now: Date, hour: number): Date {
  const today = atBogotaTime(bogotaDay(now), hour);
  return today.getTime() <= now.getTime() ? today : new Date(today.getTime() - DAY_MS);
}

/** Queues the digest of every person with notices held before the latest digest hour. */
export async function queueDigests(deps: {
  store: CaseStore;
  queues: Queues;
  clock: Clock;
  digestHour: number;
}): Promise<{ digests: number }> {
  await deps.clock.sync();
  const cutoff = digestCutoff(deps.clock.now(), deps.digestHour);
  const day = bogotaDay(cutoff);
  const { knex } = deps.store;
  const rows: { person_id: string }[] = await knex('notification_delivery as d')
    .join('notification as n', 'n.id', 'd.notification_id')
    .where('d.status', DeliveryStatus.DIGEST)
    .whereNotNull('d.person_id')
    .andWhere('n.created_at', '<', deps.store.instant(cutoff))
    .distinct('d.person_id');
  for (let i = 0; i < rows.length; i += 500) {
    await deps.queues.notifications.addBulk(
      rows.slice(i, i + 500).map((r) => ({
        name: SEND_DIGEST,
        data: { personId: String(r.person_id), day, cutoff: cutoff.getTime() } satisfies SendDigestPayload,
        opts: { jobId: digestJobId(String(r.person_id), day) },
      })),
    );
  }
  return { digests: rows.length };
}

/** Mails one person's digest of one day and marks what it listed SENT. */
export async function sendDigest(
  deps: { store: CaseStore; clock: Clock; mailer: Pick<Mailer, 'send'> },
  job: Job<SendDigestPayload>,
): Promise<'sent' | 'skipped'> {
  const { personId, day, cutoff } = job.data;
  const { knex } = deps.store;
  const held: { id: string; email: string; title: string; body: string; created_at: unknown }[] = await knex('notification_delivery as d')
    .join('notification as n', 'n.id', 'd.notification_id')
    .where({ 'd.person_id': personId, 'd.status': DeliveryStatus.DIGEST })
    .andWhere('n.created_at', '<', deps.store.instant(new Date(cutoff)))
    .orderBy([{ column: 'n.created_at' }, { column: 'n.id' }])
    .select('d.id', 'd.email', 'n.title', 'n.body', 'n.created_at');
  if (!held.length) return 'skipped';
  // Normally one address per person; one written to another address (changed since) gets its own digest.
  const byEmail = new Map<string, typeof held>();
  for (const h of held) byEmail.set(h.email, [...(byEmail.get(h.email) ?? []), h]);
  const groups = [...byEmail.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [index, [email, items]] of groups.entries()) {
    const listed = items.slice(0, LISTED).map((h) => ({ title: h.title, body: h.body, createdAt: asDate(h.created_at) }));
    const text = digestText(day, listed, items.length);
    await deps.mailer.send({
      id: groups.length > 1 ? `${digestMailId(personId, day)}.${index}` : digestMailId(personId, day),
      to: email,
      subject: text.title,
      text: mailText(text),
    });
    const ids = items.map((h) => h.id);
    for (let i = 0; i < ids.length; i += 500) {
      await knex('notification_delivery')
        .whereIn('id', ids.slice(i, i + 500))
        .where('status', DeliveryStatus.DIGEST)
        .update({ status: DeliveryStatus.SENT, sent_at: deps.store.instant(deps.clock.now()) });
    }
  }
  return 'sent';
}
