import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A side effect of a committed transition (notify, schedule or cancel a deadline), written in the
 * transition's transaction so it can never be lost or happen for a rolled-back change. The relay
 * that hands rows to BullMQ marks them processed.
 */
@Entity({ tableName: 'outbox' })
@Index({ properties: ['processedAt', 'createdAt'] })
export class OutboxMessage {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  /** The case version the effect belongs to (deterministic job ids derive from it). */
  @Property({ type: 'integer' })
  caseVersion!: number;

  @Property({ type: 'string', length: 60 })
  kind!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  processedAt!: Date | null;
}
