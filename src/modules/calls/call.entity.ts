import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

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

  @Property({ type: 'integer', nullable: true })
  agreementTermDays?: number | null;

  @Property({ type: 'string', length: 200 })
  createdBy!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
