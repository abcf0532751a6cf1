import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';

import { Person } from '../people/person.entity';
import { AccompanimentRequest } from './accompaniment.entity';

/** A DataLoader of rows by a key column: one query per batch, rows grouped by key in the batch's order. */
export function groupLoader<T>(load: (keys: string[]) => Promise<T[]>, keyOf: (row: T) => string): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<string, T[]>();
    for (const row of await load([...keys])) {
      const k = keyOf(row);
      const list = groups.get(k);
      if (list) list.push(row);
      else groups.set(k, [row]);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/**
 * Per-request batching of an accompaniment's content, so a page of cases with their
 * accompaniment costs the same statements whatever its size. Each part's file adds its own
 * loaders here (sessions, commitments, diagnosis, roadmap).
 */
export class AccompanimentLoaders {
  /** The request of each case (null: a version 1 case, which has none). */
  readonly requests: DataLoader<string, AccompanimentRequest | null>;
  /** People of the directory by id (names and addresses shown beside the ids). */
  readonly people: DataLoader<string, Person | null>;

  constructor(readonly em: EntityManager) {
    this.requests = new DataLoader(async (ids) => {
      const rows = await em.find(AccompanimentRequest, { caseId: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.caseId, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    this.people = new DataLoader(async (ids) => {
      const rows = await em.find(Person, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}
