import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** An action plan of an entity's CTI strategy or of a cofinanced project: objectives → products, over a horizon. */
@Entity({ tableName: 'action_plan' })
@Index({ properties: ['entityCode'] })
export class ActionPlan {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 5 })
  entityCode!: string;

  /** The cofinancing application the plan follows, if any (null: the entity's own strategy). */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'integer' })
  startYear!: number;

  @Property({ type: 'integer' })
  endYear!: number;

  /** ANNUAL, SEMIANNUAL or QUARTERLY: the periods its targets and reports use. */
  @Property({ type: 'string', length: 12 })
  periodicity!: string;

  /**
   * DRAFT until its first version is approved, APPROVED after (changed only through approved
   * adjustments), WITHDRAWN when the entity withdrew its first version before approval.
   */
  @Property({ type: 'string', length: 12, default: 'APPROVED' })
  status!: PlanStatus;

  /** The number of the latest approved version (null while DRAFT): what `products` shows today. */
  @Property({ type: 'integer', nullable: true })
  currentVersion!: number | null;

  /** What the plan is and where its figures come from (the demo's says which values are reconstructed). */
  @Property({ type: 'text', nullable: true })
  description!: string | null;

  @Property({ type: 'string', length: 200 })
  createdBy!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;

  /**
   * When the entity's representative made the plan's follow-up public (the transparency endpoint
   * shows its progress from then); null: private. Only the entity decides (issue 24).
   */
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  /** Who published it (never shown publicly). */
  @Property({ type: 'string', length: 200, nullable: true })
  publishedBy?: string | null;
}

export type PlanStatus = 'DRAFT' | 'APPROVED' | 'WITHDRAWN';

/** PROPOSED while its review runs, APPROVED once in force, WITHDRAWN when its proposal was withdrawn. */
export type PlanVersionStatus = 'PROPOSED' | 'APPROVED' | 'WITHDRAWN';

/** One change of a proposal, as the entity wrote it, with its justification (propuesta de ajuste). */
export interface PlanChangeRecord {
  /** PRODUCT_CHANGED, PRODUCT_ADDED, PRODUCT_REMOVED, OBJECTIVE_RENAMED or TITLE_CHANGED. */
  kind: string;
  /** The product's or the objective's code (null for the title). */
  code: string | null;
  justification: string;
}

/**
 * A version of a plan: the first one (from the imported file) and one per adjustment. Each has its
 * own full copy of the products (`PlanProduct.version`); a measurement at a cut uses the version in
 * force at that cut, so an approved adjustment never moves a past figure.
 */
@Entity({ tableName: 'plan_version' })
export class PlanVersion {
  @PrimaryKey({ type: 'uuid' })
  planId!: string;

  @PrimaryKey({ type: 'integer' })
  number!: number;

  @Property({ type: 'string', length: 12 })
  status!: PlanVersionStatus;

  /** The PLAN_REVIEW case that proposed it (null for versions written by the platform, e.g. a project's plan at execution). */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  caseId!: string | null;

  /** The version it changes (null for the first). */
  @Property({ type: 'integer', nullable: true })
  baseVersion!: number | null;

  /** The plan's title in this version. */
  @Property({ type: 'string', length: 300 })
  title!: string;

  /** Why the proposal is made, as a whole. */
  @Property({ type: 'text', nullable: true })
  justification!: string | null;

  /** Each change with its own justification (empty for a first version). */
  @Property({ type: 'json' })
  changes!: PlanChangeRecord[];

  /**
   * The first Bogotá day it is in force (YYYY-MM-DD): its approval day; null for the first approved
   * version, which is in force from the plan's start.
   */
  @Property({ type: 'string', length: 10, nullable: true })
  effectiveFrom!: string | null;

  @Property({ type: 'string', length: 200 })
  proposedBy!: string;

  @Property({ type: 'datetime' })
  proposedAt!: Date;

  @Property({ type: 'string', length: 200, nullable: true })
  approvedBy!: string | null;

  @Property({ type: 'datetime', nullable: true })
  approvedAt!: Date | null;
}

/** A product of a plan version, with its objective, one indicator, a weight in points and targets per period. */
@Entity({ tableName: 'plan_version_product' })
export class PlanProduct {
  @PrimaryKey({ type: 'uuid' })
  planId!: string;

  @PrimaryKey({ type: 'integer' })
  version!: number;

  @PrimaryKey({ type: 'string', length: 30 })
  code!: string;

  /** The product's place in the plan as written (the objectives keep the order of their first product). */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'string', length: 30 })
  objectiveCode!: string;

  @Property({ type: 'string', length: 500, nullable: true })
  objectiveName!: string | null;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  indicator!: string;

  /** Relative weight in percentage points; a plan's weights sum to 100. */
  @Property({ type: 'double' })
  weight!: number;

  /** SUM, INCREASING or CONSTANT. */
  @Property({ type: 'string', length: 12 })
  annualization!: string;

  /** Target per period key (INCREASING: cumulative levels). */
  @Property({ type: 'json' })
  targets!: Record<string, number>;

  /** The sector or entity responsible for it (Bogotá report §6, "productos por sector responsable"). */
  @Property({ type: 'string', length: 120, nullable: true })
  sector!: string | null;

  /** The indicator's value before the plan (línea base). */
  @Property({ type: 'double', nullable: true })
  baseline!: number | null;
}

/** SUBMITTED (in review), RETURNED (to correct), ACCEPTED (counts), SUPERSEDED (an earlier submission of its report), WITHDRAWN. */
export type ProgressItemStatus = 'SUBMITTED' | 'RETURNED' | 'ACCEPTED' | 'SUPERSEDED' | 'WITHDRAWN';

/**
 * A period's progress report of a plan (a PROGRESS_REPORT case): its items are `ProgressReportRow`s
 * of its latest submission.
 */
@Entity({ tableName: 'period_report' })
@Index({ properties: ['planId', 'period'] })
export class PeriodReport {
  /** The id of its PROGRESS_REPORT case. */
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'uuid' })
  planId!: string;

  @Property({ type: 'string', length: 10 })
  period!: string;

  /** The plan version the report was made against. */
  @Property({ type: 'integer' })
  planVersion!: number;

  /** The final report of a plan that follows a cofinanced project: closing the project needs it accepted. */
  @Property({ type: 'boolean', default: false })
  final!: boolean;

  /** 1 on submission, +1 on each resubmission. */
  @Property({ type: 'integer' })
  submission!: number;

  /** The Bogotá day it was accepted (null until then): from that day it counts in the official measurement. */
  @Property({ type: 'string', length: 10, nullable: true })
  acceptedOn!: string | null;
}

/**
 * An improvement action of a product in low compliance or over-execution (Bogotá report §9,
 * "acciones de mejora"): what, who, by when, and where it stands.
 */
@Entity({ tableName: 'improvement_action' })
@Index({ properties: ['planId', 'productCode'] })
export class ImprovementAction {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  planId!: string;

  @Property({ type: 'string', length: 30 })
  productCode!: string;

  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'string', length: 200 })
  responsible!: string;

  /** The Bogotá day it is due (YYYY-MM-DD). */
  @Property({ type: 'string', length: 10 })
  dueOn!: string;

  /** PENDING, IN_PROGRESS, DONE or CANCELLED. */
  @Property({ type: 'string', length: 12 })
  status!: string;

  /** The last word on its status (why cancelled, what was done). */
  @Property({ type: 'text', nullable: true })
  statusNote!: string | null;

  /** The semáforo that called for it when it was written (BAJO or SOBRE_EJECUCION), at that day's official measurement. */
  @Property({ type: 'string', length: 20, nullable: true })
  triggeredBy!: string | null;

  @Property({ type: 'string', length: 200 })
  createdBy!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'string', length: 200 })
  updatedBy!: string;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

/**
 * A value reported for a product and a period, with its narrative and evidence: an item of a
 * period's progress report (`caseId`). It counts in the official measurement once its report is
 * accepted; a later accepted report of the same period corrects it.
 */
@Entity({ tableName: 'progress_report' })
@Index({ properties: ['planId', 'productCode', 'period'] })
export class ProgressReportRow {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Its PROGRESS_REPORT case (null for values recorded before reports were reviewed, which count as accepted). */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  caseId!: string | null;

  /** The submission of its report it belongs to (1, 2 after a resubmission, …). */
  @Property({ type: 'integer', default: 1 })
  submission!: number;

  @Property({ type: 'string', length: 12, default: 'ACCEPTED' })
  status!: ProgressItemStatus;

  /** The coordination's comment on this item when it returned the report. */
  @Property({ type: 'text', nullable: true })
  reviewComment!: string | null;

  /** The Bogotá day its report was accepted (YYYY-MM-DD); the official measurement counts it from then. */
  @Property({ type: 'string', length: 10, nullable: true })
  acceptedOn!: string | null;

  @Property({ type: 'uuid' })
  planId!: string;

  @Property({ type: 'string', length: 30 })
  productCode!: string;

  @Property({ type: 'string', length: 10 })
  period!: string;

  @Property({ type: 'double' })
  value!: number;

  @Property({ type: 'text' })
  narrative!: string;

  @Property({ type: 'json' })
  evidence!: { title: string; url: string | null }[];

  /** The day it was reported, Bogotá time (YYYY-MM-DD): the measurement's cut compares with it. */
  @Property({ type: 'string', length: 10 })
  reportedOn!: string;

  @Property({ type: 'string', length: 200 })
  reportedBy!: string;

  @Property({ type: 'datetime' })
  reportedAt!: Date;
}
