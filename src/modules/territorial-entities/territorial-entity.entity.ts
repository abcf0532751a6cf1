import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';

import { TerritorialEntityKind } from './territorial-entity-kind';

/**
 * An alcaldía, a gobernación or an área no municipalizada, keyed by its DIVIPOLA code. The API
 * filters and orders these in memory (TerritorialDirectory), so only the primary key is indexed.
 */
@Entity({ tableName: 'territorial_entity' })
export class TerritorialEntity {
  /** 2 digits for a department, 5 for a municipality. */
  @PrimaryKey({ type: 'string', length: 5 })
  code!: string;

  @Property({ type: 'string', length: 120 })
  name!: string;

  @Enum({ items: () => TerritorialEntityKind, type: 'string', length: 32 })
  kind!: TerritorialEntityKind;

  @Property({ type: 'string', length: 2 })
  departmentCode!: string;

  @Property({ type: 'string', length: 120 })
  departmentName!: string;

  /** The name lower-cased and without accents, so search and ordering ignore both. */
  @Property({ type: 'string', length: 120 })
  searchName!: string;

  @Property({ type: 'double' })
  latitude!: number;

  @Property({ type: 'double' })
  longitude!: number;
}
