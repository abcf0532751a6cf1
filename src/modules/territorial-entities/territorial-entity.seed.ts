import type { EntityManager } from '@mikro-orm/core';

import { readDivipola, type TerritorialEntityRecord } from './divipola';
import { TerritorialEntity } from './territorial-entity.entity';

export interface SeedResult {
  inserted: number;
  updated: number;
  unchanged: number;
}

const FIELDS = ['name', 'kind', 'departmentCode', 'departmentName', 'searchName', 'latitude', 'longitude'] as const;

/**
 * Brings the territorial entities in line with DIVIPOLA in one transaction: inserts what is
 * missing, corrects what differs, and leaves equal rows untouched, so a second run changes nothing.
 */
export async function seedTerritorialEntities(em: EntityManager, records: TerritorialEntityRecord[] = readDivipola()): Promise<SeedResult> {
  return em.transactional(async (tx) => {
    const existing = new Map((await tx.find(TerritorialEntity, {})).map((e) => [e.code, e]));
    const result: SeedResult = { inserted: 0, updated: 0, unchanged: 0 };
    for (const record of records) {
      const current = existing.get(record.code);
      if (!current) {
        tx.persist(tx.create(TerritorialEntity, record));
        result.inserted++;
      } else if (FIELDS.some((f) => current[f] !== record[f])) {
        tx.assign(current, record);
        result.updated++;
      } else {
        result.unchanged++;
      }
    }
    return result;
  });
}
