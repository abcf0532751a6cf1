import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * What became of a term. PENDING runs; OVERDUE passed with the ministry still owing the answer
 * (escalated); MET and MET_LATE: the case left the state in or after the term; EXPIRED: the term
 * ran out and its expiry event was sent.
 */
export const DeadlineStatus = {
  PENDING: 'PENDING',
  OVERDUE: 'OVERDUE',
  MET: 'MET',
  MET_LATE: 'MET_LATE',
  EXPIRED: 'EXPIRED',
} as const;
export type DeadlineStatus = (typeof DeadlineStatus)[keyof typeof DeadlineStatus];

/** A term still running: not yet answered, whether or not it has passed. */
export const OPEN_DEADLINE: DeadlineStatus[] = [DeadlineStatus.PENDING, DeadlineStatus.OVERDUE];

/**
 * A term running on a case, written in the same transaction as the transition that entered its
 * state and closed by the one that leaves it. The database row is the truth; the BullMQ delayed
 * jobs that fire it are a cache the reconciler rebuilds from these rows.
 */
@Entity({ tableName: 'deadline' })
@Unique({ properties: ['caseId', 'state', 'caseVersion'] })
@Index({ properties: ['status', 'dueAt'] })
@Index({ properties: ['caseId', 'status'] })
export class Deadline {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  /** The state that declared the term, and the case version that entered it. */
  @Property({ type: 'string', length: 60 })
  state!: string;

  @Property({ type: 'integer' })
  caseVersion!: number;

  @Property({ type: 'string', length: 40 })
  kind!: string;

  /** The side that owes the answer (the state's owner), reminded before the due date. */
  @Property({ type: 'string', length: 20 })
  owner!: string;

  @Property({ type: 'string', length: 10 })
  calendar!: string;

  /** The length of the term in days of its calendar; null when it ends at a fixed instant. */
  @Property({ type: 'integer', nullable: true })
  days!: number | null;

  @Property({ type: 'string', length: 60, nullable: true })
  onExpire!: string | null;

  @Property({ type: 'json' })
  remindBefore!: number[];

  @Property({ type: 'datetime' })
  startedAt!: Date;

  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Property({ type: 'datetime' })
  originalDueAt!: Date;

  @Property({ type: 'string', length: 12 })
  status!: DeadlineStatus;

  /** How many of `remindBefore` have been sent for the current due instant. */
  @Property({ type: 'integer', default: 0 })
  remindersSent!: number;

  @Property({ type: 'integer', nullable: true })
  extendedDays!: number | null;

  @Property({ type: 'text', nullable: true })
  extensionReason!: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  extendedBy!: string | null;

  @Property({ type: 'datetime', nullable: true })
  closedAt!: Date | null;
}
