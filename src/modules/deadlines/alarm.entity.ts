import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** PENDING until its instant; FIRED once its notice was written; CANCELLED when what it was about moved or ended. */
export const AlarmStatus = { PENDING: 'PENDING', FIRED: 'FIRED', CANCELLED: 'CANCELLED' } as const;
export type AlarmStatus = (typeof AlarmStatus)[keyof typeof AlarmStatus];

/**
 * A notice due at an instant that is not a state's term: a session's reminders, a commitment's due
 * reminder and its overdue flag. Like a deadline, the row is the truth and the BullMQ delayed job
 * (named after `kind`, id `alarm_<id>`) a cache the reconciler rebuilds; moving or cancelling what
 * it is about cancels the row (and schedules new ones), so a stale job finds it no longer PENDING.
 */
@Entity({ tableName: 'alarm' })
@Index({ properties: ['status', 'fireAt'] })
@Index({ properties: ['subjectId', 'status'] })
export class Alarm {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The case it belongs to, if any. */
  @Property({ type: 'uuid', nullable: true })
  caseId!: string | null;

  /** What it is (the job name that handles it): `session-reminder`, `commitment-due`, … */
  @Property({ type: 'string', length: 40 })
  kind!: string;

  /** The row it is about (a session's id, a commitment's id). */
  @Property({ type: 'string', length: 64 })
  subjectId!: string;

  /** Which of the subject's notices of this kind (`DAY_BEFORE`, `HOUR_BEFORE`, …). */
  @Property({ type: 'string', length: 20 })
  slot!: string;

  @Property({ type: 'datetime' })
  fireAt!: Date;

  @Property({ type: 'string', length: 10 })
  status!: AlarmStatus;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  closedAt!: Date | null;
}
