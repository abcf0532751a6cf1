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

  @Property({ type: 'string', length: 200 })
  createdBy!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
