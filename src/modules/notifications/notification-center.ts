import { randomUUID } from 'node:crypto';
import type { Knex } from '@mikro-orm/knex';

import type { Config } from '../../config/env';
import type { Queues } from '../../core/queue/queues';
import type { Broadcast } from '../../core/redis/broadcast';
import type { Clock } from '../../core/time/clock';
import { asDate, type CaseStore } from '../../core/workflow/case-store';
import { mailText } from './notification-templates';
import { Audience, EmailStatus, type Notification, type NotificationKind } from './notification.entity';
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
}

/** A notification as published to `notificationAdded` subscribers. */
export type NotificationMessage = Pick<Notification, 'id' | 'caseId' | 'kind' | 'audienceKind' | 'audience' | 'title' | 'body'> & {
  createdAt: string;
};

/**
 * Writes notifications once per cause (a unique dedupe key), then queues their e-mail and tells
 * subscribers. Writing can join the caller's transaction; the after-commit part is idempotent
 * (deterministic mail job ids), and the reconciler re-queues e-mail a crash left pending.
 */
export class NotificationCenter {
  constructor(
    private readonly store: CaseStore,
    private readonly queues: Queues,
    private readonly events: Broadcast<NotificationMessage>,
    private readonly mail: Config['mail'],
    private readonly clock: Clock,
  ) {}

  private emailOf(d: NotificationDraft): string | null {
    switch (d.audienceKind) {
      case Audience.ENTITY:
        return null;
      case Audience.COORDINATORS:
        return this.mail.coordinators;
      default:
        return d.audience && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(d.audience) ? d.audience : null;
    }
  }

  /** Inserts the drafts not written before; returns the ones this call created. */
  async write(db: Knex | Knex.Transaction, drafts: NotificationDraft[]): Promise<Notification[]> {
    if (!drafts.length) return [];
    const at = this.clock.now();
    const rows: Notification[] = drafts.map((d) => {
      const emailTo = this.emailOf(d);
      return {
        id: randomUUID(),
        ...d,
        createdAt: at,
        emailTo,
        emailStatus: emailTo ? EmailStatus.PENDING : EmailStatus.NONE,
        emailedAt: null,
        mandatory: false,
      };
    });
    // Only the rows written here come back: a cause already notified is skipped by its dedupe key.
    const inserted: { id: string }[] = await db('notification')
      .insert(
        rows.map((n) => ({
          id: n.id,
          dedupe_key: n.dedupeKey,
          case_id: n.caseId,
          kind: n.kind,
          audience_kind: n.audienceKind,
          audience: n.audience,
          title: n.title,
          body: n.body,
          created_at: this.store.instant(n.createdAt),
          email_to: n.emailTo,
          email_status: n.emailStatus,
          emailed_at: null,
        })),
      )
      .onConflict('dedupe_key')
      .ignore()
      .returning('id');
    const kept = new Set(inserted.map((r) => r.id));
    return rows.filter((n) => kept.has(n.id));
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

  /** Sends a notification's e-mail unless it went already; marks it sent. */
  async sendMail(
    notificationId: string,
    send: (n: { id: string; to: string; subject: string; text: string }) => Promise<void>,
  ): Promise<'sent' | 'skipped'> {
    const row = await this.store.knex('notification').where({ id: notificationId }).first();
    if (!row || row.email_status !== EmailStatus.PENDING || !row.email_to) return 'skipped';
    await send({ id: row.id, to: row.email_to, subject: row.title, text: mailText({ title: row.title, body: row.body }) });
    await this.store
      .knex('notification')
      .where({ id: notificationId, email_status: EmailStatus.PENDING })
      .update({ email_status: EmailStatus.SENT, emailed_at: this.store.instant(this.clock.now()) });
    return 'sent';
  }

  /** Notifications whose e-mail is still to be sent (for the reconciler). */
  async pendingMail(limit: number, after: string | null = null): Promise<{ id: string; createdAt: Date }[]> {
    const query = this.store
      .knex('notification')
      .where({ email_status: EmailStatus.PENDING })
      .orderBy('id')
      .limit(limit)
      .select('id', 'created_at');
    if (after) query.andWhere('id', '>', after);
    const rows = await query;
    return rows.map((r: { id: string; created_at: unknown }) => ({ id: r.id, createdAt: asDate(r.created_at) }));
  }
}
