import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * One case of one process for one territorial entity. The XState snapshot is the truth; `state`,
 * `assignee` and `openKey` are denormalised from it in the same transaction for queries.
 */
@Entity({ tableName: 'workflow_case' })
@Index({ properties: ['entityCode', 'process'] })
@Index({ properties: ['updatedAt', 'id'] })
@Index({ properties: ['callId', 'state'] })
// The `cases` filters and orders (test/integration/query-plans.int-spec.ts): each filter leads an
// index that also gives the page order, so its count and its page are read from that index alone.
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['departmentCode', 'updatedAt', 'id'] })
@Index({ properties: ['cycleId', 'updatedAt', 'id'] })
@Index({ properties: ['state', 'updatedAt', 'id'] })
@Index({ properties: ['process', 'updatedAt', 'id'] })
export class WorkflowCase {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 40 })
  process!: string;

  /** The machine version the case started on; it is always restored with it. */
  @Property({ type: 'integer' })
  machineVersion!: number;

  @Property({ type: 'string', length: 5 })
  entityCode!: string;

  @Property({ type: 'string', length: 2 })
  departmentCode!: string;

  @Property({ type: 'uuid', nullable: true })
  cycleId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  callId!: string | null;

  @Property({ type: 'string', length: 60 })
  state!: string;

  @Property({ type: 'boolean' })
  final!: boolean;

  @Property({ type: 'json' })
  snapshot!: Record<string, unknown>;

  /** Optimistic lock: every transition is `version + 1` conditioned on the version read. */
  @Property({ type: 'integer' })
  version!: number;

  @Index()
  @Property({ type: 'string', length: 200, nullable: true })
  assignee!: string | null;

  /** Subjects of the evaluators assigned to a cofinancing application (null when none), from its context. */
  @Property({ type: 'json', nullable: true })
  evaluators!: string[] | null;

  /**
   * `process:entity:scope` while the case is open, null once final: a unique index on it makes
   * "one open case per process per entity per cycle or call" hold under concurrent creation.
   */
  @Unique()
  @Property({ type: 'string', length: 120, nullable: true })
  openKey!: string | null;

  @Property({ type: 'string', length: 200 })
  createdBy!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
