import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The shift of the adjustable clock (tests and demos only, never production): every process of a
 * deployment reads it, so moving the clock moves the API and the workers together.
 */
@Entity({ tableName: 'clock_offset' })
export class ClockOffset {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Property({ type: 'bigint' })
  offsetMs!: string;
}
