import { BigIntType, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * One committed transition of a case. Append-only: rows are inserted, never updated or deleted,
 * except that anonymising a person who left (Ley 1581) replaces their subject by their pseudonym.
 */
@Entity({ tableName: 'case_history' })
// A person's own entries: their data export (myData) and their anonymisation find them by subject.
@Index({ properties: ['actorSubject', 'at'] })
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

  /**
   * The row's place in one order of every case's changes, the cursor `caseChanged` resumes from.
   * Given after the commit by CaseFeed (null until then), one stamping at a time, so a position is
   * never given below one already visible (see case-feed.ts).
   */
  @Unique()
  @Property({ type: new BigIntType('number'), nullable: true })
  globalSeq?: number | null;
}

/** The last position CaseFeed gave (one row, id 1): its row lock serialises stamping. */
@Entity({ tableName: 'case_history_sequence' })
export class CaseHistorySequence {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Property({ type: new BigIntType('number') })
  last!: number;
}
