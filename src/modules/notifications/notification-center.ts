import { randomUUID } from 'node:crypto';
import type { Knex } from '@mikro-orm/knex';

import type { Config } from '../../config/env';
import type { Queues } from '../../core/queue/queues';
import type { Broadcast } from '../../core/redis/broadcast';
import { bogotaDay } from '../../core/time/business-calendar';
import type { Clock } from '../../core/time/clock';
import { asDate, type CaseStore } from '../../core/workflow/case-store';
import type { TerritorialDirectory } from '../territorial-entities/territorial-entity.service';
import { mailText, withoutRepresentativeText } from './notification-templates';
import { Audience, DeliveryStatus, EmailStatus, NotificationKind, type Notification } from './notification.entity';
import { MANDATORY_KINDS, RecipientBook, type PlannedDelivery } from './recipients';
import { SEND_MAIL, sendMailJobId, type SendMailPayload } from './send-mail.job';

export interface NotificationDraft {
  /** What caused it; the same cause never makes two notifications. */
  dedupeKey: string;
  caseId: string | null;
  kind: NotificationKind;
  audienceKind: Audience;
  audience: string | null;
  title: string;
  body: string;
  /**
   * Legally significant: mailed at once to everyone it is for, whatever their preferences. Unset:
   * decided by the kind (a term about to expire, a term overrun: MANDATORY_KINDS).
   */
  mandatory?: boolean;
}

/** A notification as published to `notificationAdded` subscribers. */
export type NotificationMessage = Pick<Notification, 'id' | 'caseId' | 'kind' | 'audienceKind' | 'audience' | 'title' | 'body'> & {
  createdAt: string;
};

/** One message of a notification's mail (one per recipient), as the mailer takes it. */
export interface OutgoingMail {
  /** Deterministic: `<notificationId>.<deliveryId>`, so a resend carries the same Message-ID. */
  id: string;
  to: string;
  subject: string;
  text: string;
}

const CHUNK = 500;

/** The Message-ID key (and .eml name) of one delivery of a notification. */
export const deliveryMailId = (notificationId: string, deliveryId: string) => `${notificationId}.${deliveryId}`;

/**
 * Writes notifications once per cause (a unique dedupe key) with their recipients, then queues
 * their e-mail and tells subscribers. Who receives each one by mail is fixed when it is written
 * (`notification_delivery`: one row per person and address, from the people directory, see
 * recipients.ts). Writing can join the caller's transaction; the after-commit part is idempotent
 * (deterministic mail job ids), and the reconciler re-queues e-mail a crash left pending.
 */
export class NotificationCenter {
  constructor(
    private readonly store: CaseStore,
    private readonly queues: Queues,
    private readonly events: Broadcast<NotificationMessage>,
    private readonly mail: Config['mail'],
    private readonly clock: Clock,
    /** Names entities in the coordinators' notice about an entity without a representative (absent: its code). */
    private readonly entities?: TerritorialDirectory,
  ) {}

  /**
   * Inserts the drafts not written before, each with its deliveries; returns the ones this call
   * created. An entity's notice that reaches no representative also tells the coordinators (once a
   * day per entity), in the same transaction.
   */
  async write(db: Knex | Knex.Transaction, drafts: NotificationDraft[]): Promise<Notification[]> {
    if (!drafts.length) return [];
    const first = await this.insert(db, drafts);
    const flags = await this.withoutRepresentative(first.created, first.book);
    const second = flags.length ? await this.insert(db, flags) : { created: [] };
    return [...first.created, ...second.created].map((c) => c.notification);
  }

  private async insert(
    db: Knex | Knex.Transaction,
    drafts: NotificationDraft[],
  ): Promise<{ created: { notification: Notification; deliveries: PlannedDelivery[] }[]; book: RecipientBook }> {
    const at = this.clock.now();
    const book = await RecipientBook.read(db, this.mail.coordinators, drafts);
    const rows = drafts.map((d) => {
      const mandatory = d.mandatory ?? MANDATORY_KINDS.has(d.kind);
      const deliveries = book.deliveriesOf({ ...d, mandatory });
      const notification: Notification = {
        id: randomUUID(),
        dedupeKey: d.dedupeKey,
        caseId: d.caseId,
        kind: d.kind,
        audienceKind: d.audienceKind,
        audience: d.audience,
        title: d.title,
        body: d.body,
        createdAt: at,
        // The addresses are the deliveries' (old rows kept theirs here).
        emailTo: null,
        emailStatus: deliveries.some((x) => x.status === DeliveryStatus.PENDING) ? EmailStatus.PENDING : EmailStatus.NONE,
        emailedAt: null,
        mandatory,
      };
      return { notification, deliveries };
    });
    // Only the rows written here come back: a cause already notified is skipped by its dedupe key.
    const kept = new Set<string>();
    for (let i = 0; i < rows.length; i += CHUNK) {
      const inserted: { id: string }[] = await db('notification')
        .insert(
          rows.slice(i, i + CHUNK).map(({ notification: n }) => ({
            id: n.id,
            dedupe_key: n.dedupeKey,
            case_id: n.caseId,
            kind: n.kind,
            audience_kind: n.audienceKind,
            audience: n.audience,
            title: n.title,
            body: n.body,
            created_at: this.store.instant(n.createdAt),
            email_to: null,
            email_status: n.emailStatus,
            emailed_at: null,
            mandatory: n.mandatory,
          })),
        )
        .onConflict('dedupe_key')
        .ignore()
        .returning('id');
      for (const r of inserted) kept.add(r.id);
    }
    const created = rows.filter((r) => kept.has(r.notification.id));
    const deliveryRows = created.flatMap(({ notification: n, deliveries }) =>
      deliveries.map((d) => ({
        id: randomUUID(),
        notification_id: n.id,
        person_id: d.personId,
        email: d.email,
        status: d.status,
        sent_at: null,
      })),
    );
    for (let i = 0; i < deliveryRows.length; i += CHUNK) await db('notification_delivery').insert(deliveryRows.slice(i, i + CHUNK));
    return { created, book };
  }

  /** The coordinators' notices about entities whose new notices reached no representative: one per entity and Bogotá day. */
  private async withoutRepresentative(
    created: { notification: Notification; deliveries: PlannedDelivery[] }[],
    book: RecipientBook,
  ): Promise<NotificationDraft[]> {
    const day = bogotaDay(this.clock.now());
    const flagged = new Map<string, NotificationDraft>();
    for (const { notification: n, deliveries } of created) {
      if (n.audienceKind !== Audience.ENTITY || !n.audience || flagged.has(n.audience)) continue;
      const gap = book.representativeGap(n.audience);
      if (gap === null) continue;
      const name = (this.entities && (await this.entities.read((d) => d.find(n.audience!)?.name))) ?? n.audience;
      flagged.set(n.audience, {
        dedupeKey: `without-representative:${n.audience}:${day}`,
        caseId: n.caseId,
        kind: NotificationKind.ENTITY_WITHOUT_REPRESENTATIVE,
        audienceKind: Audience.COORDINATORS,
        audience: null,
        ...withoutRepresentativeText({ code: n.audience, name }, n, gap, deliveries.length),
      });
    }
    return [...flagged.values()];
  }

  /** After the commit: queue the e-mail of each new notification and tell subscribers. */
  async dispatch(created: Notification[]): Promise<void> {
    const mails = created.filter((n) => n.emailStatus === EmailStatus.PENDING);
    if (mails.length) await this.queueMail(mails.map((n) => n.id));
    for (const n of created) {
      this.events.publish({
        id: n.id,
        caseId: n.caseId,
        kind: n.kind,
        audienceKind: n.audienceKind,
        audience: n.audience,
        title: n.title,
        body: n.body,
        createdAt: n.createdAt.toISOString(),
      });
    }
  }

  async queueMail(ids: string[]): Promise<void> {
    await this.queues.notifications.addBulk(
      ids.map((id) => ({ name: SEND_MAIL, data: { notificationId: id } satisfies SendMailPayload, opts: { jobId: sendMailJobId(id) } })),
    );
  }

  async writeAndDispatch(drafts: NotificationDraft[]): Promise<Notification[]> {
    const created = await this.write(this.store.knex, drafts);
    await this.dispatch(created);
    return created;
  }

  /**
   * Sends a notification's pending mail, one message per recipient, each marked SENT once it went:
   * a retry after a failure sends only those still pending, under the same Message-IDs. Rows
   * written before deliveries existed still have their one address on the notification.
   */
  async sendMail(notificationId: string, send: (mail: OutgoingMail) => Promise<void>): Promise<'sent' | 'skipped'> {
    const { knex } = this.store;
    const row = await knex('notification').where({ id: notificationId }).first('id', 'title', 'body', 'email_to', 'email_status');
    if (!row) return 'skipped';
    const text = mailText({ title: row.title, body: row.body });
    const deliveries: { id: string; email: string }[] = await knex('notification_delivery')
      .where({ notification_id: notificationId, status: DeliveryStatus.PENDING })
      .orderBy('id')
      .select('id', 'email');
    let sent = 0;
    if (deliveries.length) {
      for (const d of deliveries) {
        await send({ id: deliveryMailId(row.id, d.id), to: d.email, subject: row.title, text });
        await knex('notification_delivery')
          .where({ id: d.id, status: DeliveryStatus.PENDING })
          .update({ status: DeliveryStatus.SENT, sent_at: this.store.instant(this.clock.now()) });
        sent++;
      }
    } else if (row.email_status === EmailStatus.PENDING && row.email_to) {
      const legacy = !(await knex('notification_delivery').where({ notification_id: notificationId }).first('id'));
      if (legacy) {
        await send({ id: row.id, to: row.email_to, subject: row.title, text });
        sent++;
      }
    }
    if (row.email_status === EmailStatus.PENDING) {
      await knex('notification')
        .where({ id: notificationId, email_status: EmailStatus.PENDING })
        .update({ email_status: EmailStatus.SENT, emailed_at: this.store.instant(this.clock.now()) });
    }
    return sent ? 'sent' : 'skipped';
  }

  /** Notifications with e-mail still to send, by id after `after` (for the reconciler): the flag on the row, or a pending delivery. */
  async pendingMail(limit: number, after: string | null = null): Promise<{ id: string; createdAt: Date }[]> {
    const { knex } = this.store;
    const flagged = knex('notification').where({ email_status: EmailStatus.PENDING }).orderBy('id').limit(limit).select('id');
    const delivering = knex('notification_delivery')
      .where({ status: DeliveryStatus.PENDING })
      .orderBy('notification_id')
      .limit(limit)
      .distinct('notification_id');
    if (after) {
      flagged.andWhere('id', '>', after);
      delivering.andWhere('notification_id', '>', after);
    }
    const [a, b] = await Promise.all([flagged, delivering]);
    const ids = [
      ...new Set([...a.map((r: { id: string }) => String(r.id)), ...b.map((r: { notification_id: string }) => String(r.notification_id))]),
    ]
      .sort()
      .slice(0, limit);
    if (!ids.length) return [];
    const rows = await knex('notification').whereIn('id', ids).orderBy('id').select('id', 'created_at');
    return rows.map((r: { id: string; created_at: unknown }) => ({ id: r.id, createdAt: asDate(r.created_at) }));
  }
}
