import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A criterion of a call's evaluation rubric: scored 0–100 by each evaluator; weights sum to 100. */
export interface RubricCriterion {
  id: string;
  name: string;
  description: string | null;
  weight: number;
}

/** An item of a call's eligibility checklist (requisitos habilitantes). */
export interface ChecklistItem {
  id: string;
  text: string;
  /**
   * Whether the entity must attach at least one document to the item before submitting (absent in
   * calls made before documents existed: none required, so their applications are not affected).
   */
  requiresDocument?: boolean;
}

/**
 * A cofinancing call (convocatoria) of the Fondo Único de TIC. Money is in whole Colombian pesos,
 * stored as 64-bit integers and handled as JavaScript numbers (exact up to 9 × 10^15).
 */
@Entity({ tableName: 'cofinancing_call' })
export class CofinancingCall {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'datetime' })
  opensAt!: Date;

  @Property({ type: 'datetime' })
  closesAt!: Date;

  @Property({ type: new BigIntType('number') })
  totalBudget!: number;

  @Property({ type: new BigIntType('number') })
  capPerApplication!: number;

  /** Minimum counterpart (contrapartida) as a whole percentage of the application's total. */
  @Property({ type: 'integer' })
  minCounterpartPercent!: number;

  /** Días hábiles to answer a correction request, and to sign the agreement (null: the default). */
  @Property({ type: 'integer', nullable: true })
  correctionsTermDays?: number | null;

  /**
   * Calendar months to answer a correction request (Ley 1755 art. 17 gives one); at most one of
   * this and `correctionsTermDays` is set. Both null: the process's default (one month from
   * machine version 3).
   */
  @Property({ type: 'integer', nullable: true })
  correctionsTermMonths?: number | null;

  /** Días hábiles the ministry has to review a filed application and ask for what is missing (null: the default, 10). */
  @Property({ type: 'integer', nullable: true })
  eligibilityReviewTermDays?: number | null;

  @Property({ type: 'integer', nullable: true })
  agreementTermDays?: number | null;

  /** The evaluation rubric (null only for calls made before rubrics existed; the default applies). */
  @Property({ type: 'json', nullable: true })
  rubric!: RubricCriterion[] | null;

  /** The weighted score (0–100) an application needs to be approved or waitlisted. */
  @Property({ type: 'integer', default: 60 })
  minScore!: number;

  @Property({ type: 'json', nullable: true })
  eligibilityChecklist!: ChecklistItem[] | null;

  /** When a coordinator published the call; until then only coordinators see it and nobody applies. */
  @Property({ type: 'datetime', nullable: true })
  publishedAt!: Date | null;

  @Property({ type: 'string', length: 200, nullable: true })
  publishedBy!: string | null;

  /** Funds reserved for approved applications; never above `totalBudget` (a conditional UPDATE keeps it so). */
  @Property({ type: new BigIntType('number'), default: 0 })
  committed!: number;

  @Property({ type: 'string', length: 200 })
  createdBy!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
