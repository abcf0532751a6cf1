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

  @Property({ type: 'string', length: 200 })
  createdBy!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

/** A product of a plan, with its objective, one indicator, a weight in points and targets per period. */
@Entity({ tableName: 'plan_product' })
export class PlanProduct {
  @PrimaryKey({ type: 'uuid' })
  planId!: string;

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
}

/** A value reported for a product and a period, with its narrative and evidence; a later one corrects an earlier one. */
@Entity({ tableName: 'progress_report' })
@Index({ properties: ['planId', 'productCode', 'period'] })
export class ProgressReportRow {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

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
