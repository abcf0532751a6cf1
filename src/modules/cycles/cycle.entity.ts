import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** A yearly edition of the maturity model and the Índice CTI (vigencia), opened by a coordinator. */
@Entity({ tableName: 'cycle' })
export class Cycle {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Unique()
  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'datetime' })
  opensAt!: Date;

  @Property({ type: 'datetime' })
  closesAt!: Date;

  /** Días hábiles the ministry has to answer an accompaniment request in this cycle (null: the default). */
  @Property({ type: 'integer', nullable: true })
  accompanimentResponseDays?: number | null;

  /** The maturity model version this cycle's assessments answer, frozen when the cycle is opened. */
  @Property({ type: 'string', length: 40, nullable: true })
  modelVersion?: string | null;

  /** When a coordinator published the cycle's Índice CTI (ranks and scores become public; scores are final). */
  @Property({ type: 'datetime', nullable: true })
  indexPublishedAt?: Date | null;

  @Property({ type: 'string', length: 200, nullable: true })
  indexPublishedBy?: string | null;

  @Property({ type: 'string', length: 200 })
  createdBy!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
