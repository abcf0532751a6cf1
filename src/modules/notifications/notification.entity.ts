import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** Who a notification is addressed to: every user of an entity, the coordinators, or one user. */
export const Audience = { ENTITY: 'ENTITY', COORDINATORS: 'COORDINATORS', USER: 'USER' } as const;
export type Audience = (typeof Audience)[keyof typeof Audience];

export const NotificationKind = {
  CASE_UPDATE: 'CASE_UPDATE',
  DEADLINE_REMINDER: 'DEADLINE_REMINDER',
  DEADLINE_OVERDUE: 'DEADLINE_OVERDUE',
  PROGRESS_REPORT_REMINDER: 'PROGRESS_REPORT_REMINDER',
  PROGRESS_REPORT_OVERDUE: 'PROGRESS_REPORT_OVERDUE',
  /** An improvement action of an action plan's product passed its due day still open. */
  IMPROVEMENT_ACTION_OVERDUE: 'IMPROVEMENT_ACTION_OVERDUE',
  /** An entity's notice reached no representative (none active, or none with a contact address): the coordinators are told. */
  ENTITY_WITHOUT_REPRESENTATIVE: 'ENTITY_WITHOUT_REPRESENTATIVE',
  /** An accompaniment session one is invited to was scheduled, moved or cancelled. */
  SESSION_SCHEDULED: 'SESSION_SCHEDULED',
  /** An accompaniment session one is invited to is near (a business day, an hour before). */
  SESSION_REMINDER: 'SESSION_REMINDER',
  /** A commitment of an accompaniment session is due the next business day. */
  COMMITMENT_DUE: 'COMMITMENT_DUE',
  /** A commitment of an accompaniment session passed its due day still open. */
  COMMITMENT_OVERDUE: 'COMMITMENT_OVERDUE',
  /** The ministry invites an entity without a validated maturity assessment to take part (Res. 1117 de 2022). */
  ADOPTION_INVITATION: 'ADOPTION_INVITATION',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

export const EmailStatus = { PENDING: 'PENDING', SENT: 'SENT', NONE: 'NONE' } as const;
export type EmailStatus = (typeof EmailStatus)[keyof typeof EmailStatus];

/**
 * An in-app notification and the state of its e-mail. `dedupeKey` names what caused it (an outbox
 * row, a reminder of a due instant, an escalation), so a job that runs twice finds it already there.
 */
@Entity({ tableName: 'notification' })
// With the id, the newest first of one audience is the index's order itself, ties included (a page never sorts the audience's rows).
@Index({ properties: ['audienceKind', 'audience', 'createdAt', 'id'] })
@Index({ properties: ['emailStatus', 'createdAt'] })
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Unique()
  @Property({ type: 'string', length: 200 })
  dedupeKey!: string;

  @Property({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @Property({ type: 'string', length: 30 })
  kind!: NotificationKind;

  @Property({ type: 'string', length: 15 })
  audienceKind!: Audience;

  /** The entity code (ENTITY), the user's subject (USER), or null (COORDINATORS). */
  @Property({ type: 'string', length: 200, nullable: true })
  audience!: string | null;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'string', length: 300, nullable: true })
  emailTo!: string | null;

  @Property({ type: 'string', length: 10 })
  emailStatus!: EmailStatus;

  @Property({ type: 'datetime', nullable: true })
  emailedAt!: Date | null;

  /** Legally significant (corrections requested, a term about to expire, desistimiento): mailed whatever the preferences. */
  @Property({ type: 'boolean', default: false })
  mandatory!: boolean;
}

export const DeliveryStatus = { PENDING: 'PENDING', DIGEST: 'DIGEST', SENT: 'SENT' } as const;
export type DeliveryStatus = (typeof DeliveryStatus)[keyof typeof DeliveryStatus];

/**
 * One person's mail of one notification: who it was for when it was written (the representative
 * then, not whoever holds the office when the job runs), at which address, and whether it went
 * (or waits for the person's daily digest).
 */
@Entity({ tableName: 'notification_delivery' })
@Unique({ properties: ['notificationId', 'email'] })
@Index({ properties: ['status', 'personId'] })
export class NotificationDelivery {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  notificationId!: string;

  /** null: the programme's mailbox (coordinators' notices when no coordinator is active). */
  @Property({ type: 'uuid', nullable: true })
  personId!: string | null;

  @Property({ type: 'string', length: 320 })
  email!: string;

  @Property({ type: 'string', length: 10 })
  status!: DeliveryStatus;

  @Property({ type: 'datetime', nullable: true })
  sentAt!: Date | null;
}

/** That one user has read one notification (notifications to a group are read per person). */
@Entity({ tableName: 'notification_read' })
// A person's unread count and pages join their own reads: by subject first, so that read is narrowed
// to theirs (the primary key leads with the notification).
@Index({ properties: ['subject', 'notificationId'] })
export class NotificationRead {
  @PrimaryKey({ type: 'uuid' })
  notificationId!: string;

  @PrimaryKey({ type: 'string', length: 200 })
  subject!: string;

  @Property({ type: 'datetime' })
  readAt!: Date;
}
