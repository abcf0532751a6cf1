import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A client's idempotency key and what its first use did. Keys are per subject, so one user's key
 * can never replay another's result.
 */
@Entity({ tableName: 'idempotency_key' })
export class IdempotencyKey {
  @PrimaryKey({ type: 'string', length: 200 })
  subject!: string;

  @PrimaryKey({ type: 'string', length: 200 })
  key!: string;

  /** What the first request asked for (operation, case, event, payload), to refuse a reuse for something else. */
  @Property({ type: 'string', length: 64 })
  fingerprint!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  /** The history row the first request wrote. */
  @Property({ type: 'integer' })
  seq!: number;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
