import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The data of a cofinancing application (postulación) beyond its case: written by the entity while
 * the case is editable, then frozen; the committee's decision and the evaluation's average are
 * recorded here in the transition that makes them. Money is in whole pesos (64-bit integers).
 */
@Entity({ tableName: 'cofinancing_application' })
@Index({ properties: ['callId', 'scoreHundredths'] })
export class CofinancingApplication {
  /** The id of the application's case (COFINANCING_APPLICATION). */
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'uuid' })
  callId!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  /** Ids of the CTI dimensions the project addresses (the maturity model's). */
  @Property({ type: 'json' })
  dimensions!: string[];

  /** Sums of the budget lines, computed by the server whenever the lines are saved. */
  @Property({ type: new BigIntType('number') })
  futicTotal!: number;

  @Property({ type: new BigIntType('number') })
  counterpartTotal!: number;

  /** The technical evaluation's weighted average in hundredths of a point (0–10000), once complete. */
  @Property({ type: 'integer', nullable: true })
  scoreHundredths!: number | null;

  /** When the application was first submitted (ties in the waitlist go to the earlier one). */
  @Property({ type: 'datetime', nullable: true })
  submittedAt!: Date | null;

  /** The committee's decision: APPROVED, WAITLISTED or REJECTED (a promotion is APPROVED). */
  @Property({ type: 'string', length: 20, nullable: true })
  decision!: string | null;

  @Property({ type: 'text', nullable: true })
  decisionNote!: string | null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt!: Date | null;

  @Property({ type: 'string', length: 200, nullable: true })
  decidedBy!: string | null;

  @Property({ type: 'string', length: 200 })
  updatedBy!: string;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

/** One line of an application's budget: a cofinanceable component with its FUTIC and counterpart amounts. */
@Entity({ tableName: 'budget_line' })
export class BudgetLine {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  /** The line's place in the budget as the entity wrote it (1-based). */
  @PrimaryKey({ type: 'integer' })
  position!: number;

  @Property({ type: 'string', length: 30 })
  component!: string;

  @Property({ type: 'string', length: 300 })
  description!: string;

  @Property({ type: new BigIntType('number') })
  futicAmount!: number;

  @Property({ type: new BigIntType('number') })
  counterpartAmount!: number;
}

/** The coordinator's finding on one item of the call's eligibility checklist (updated while reviewing). */
@Entity({ tableName: 'eligibility_check' })
export class EligibilityCheck {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @PrimaryKey({ type: 'string', length: 40 })
  itemId!: string;

  @Property({ type: 'boolean' })
  met!: boolean;

  @Property({ type: 'text', nullable: true })
  note!: string | null;

  @Property({ type: 'string', length: 200 })
  checkedBy!: string;

  @Property({ type: 'datetime' })
  checkedAt!: Date;
}

/** An evaluator assigned to an application: their declaration of conflict of interest and their result. */
@Entity({ tableName: 'evaluator_assignment' })
@Index({ properties: ['evaluator'] })
export class EvaluatorAssignment {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @PrimaryKey({ type: 'string', length: 200 })
  evaluator!: string;

  @Property({ type: 'string', length: 200 })
  assignedBy!: string;

  @Property({ type: 'datetime' })
  assignedAt!: Date;

  /** null until declared; true excludes the evaluator from the average and from the others' scores. */
  @Property({ type: 'boolean', nullable: true })
  conflict!: boolean | null;

  @Property({ type: 'text', nullable: true })
  conflictNote!: string | null;

  @Property({ type: 'datetime', nullable: true })
  declaredAt!: Date | null;

  /** The evaluator's weighted score in hundredths (Σ score × weight, weights summing to 100). */
  @Property({ type: 'integer', nullable: true })
  scoreHundredths!: number | null;

  @Property({ type: 'datetime', nullable: true })
  submittedAt!: Date | null;
}

/** One evaluator's score (0–100) on one criterion of the call's rubric, with its justification. */
@Entity({ tableName: 'evaluation_score' })
export class EvaluationScore {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @PrimaryKey({ type: 'string', length: 200 })
  evaluator!: string;

  @PrimaryKey({ type: 'string', length: 40 })
  criterionId!: string;

  @Property({ type: 'integer' })
  score!: number;

  @Property({ type: 'text' })
  justification!: string;
}

/**
 * Funds of a call reserved for an approved application. The call's `committed` column moves with
 * these rows in the same transaction, under a condition that keeps it within the budget.
 */
@Entity({ tableName: 'fund_reservation' })
@Index({ properties: ['callId', 'releasedAt'] })
export class FundReservation {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'uuid' })
  callId!: string;

  @Property({ type: new BigIntType('number') })
  amount!: number;

  @Property({ type: 'string', length: 200 })
  reservedBy!: string;

  @Property({ type: 'datetime' })
  reservedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  releasedAt!: Date | null;

  /** The event that released the funds (WITHDRAW, AGREEMENT_TERM_EXPIRED). */
  @Property({ type: 'string', length: 40, nullable: true })
  releaseReason!: string | null;
}

/** The signed agreement (convenio) of an approved application. */
@Entity({ tableName: 'cofinancing_agreement' })
export class CofinancingAgreement {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'string', length: 60, nullable: true })
  number!: string | null;

  @Property({ type: 'string', length: 200 })
  signedBy!: string;

  @Property({ type: 'datetime' })
  signedAt!: Date;
}

/** One instalment of an agreement's disbursement schedule; paid once, with a reference. */
@Entity({ tableName: 'disbursement' })
export class Disbursement {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  /** 1-based, in order of due date. */
  @PrimaryKey({ type: 'integer' })
  instalment!: number;

  /** A calendar day, YYYY-MM-DD (America/Bogota). */
  @Property({ type: 'string', length: 10 })
  dueOn!: string;

  @Property({ type: new BigIntType('number') })
  amount!: number;

  @Property({ type: 'string', length: 10, nullable: true })
  paidOn!: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  reference!: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  recordedBy!: string | null;

  @Property({ type: 'datetime', nullable: true })
  recordedAt!: Date | null;
}
