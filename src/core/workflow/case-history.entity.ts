import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** One committed transition of a case. Append-only: rows are inserted, never updated or deleted. */
@Entity({ tableName: 'case_history' })
export class CaseHistory {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  /** 1 for the creation, then the case's version after each transition. */
  @PrimaryKey({ type: 'integer' })
  seq!: number;

  @Property({ type: 'string', length: 60 })
  event!: string;

  @Property({ type: 'string', length: 60, nullable: true })
  fromState!: string | null;

  @Property({ type: 'string', length: 60 })
  toState!: string;

  @Property({ type: 'string', length: 200 })
  actorSubject!: string;

  @Property({ type: 'string', length: 40 })
  actorRole!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'datetime' })
  at!: Date;

  @Property({ type: 'string', length: 100 })
  requestId!: string;
}
