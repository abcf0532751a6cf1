import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';

import { CaseHistory } from '../../core/workflow/case-history.entity';
import { WorkflowCase } from '../../core/workflow/case.entity';
import { Deadline } from '../../core/workflow/deadline.entity';

export interface HistoryKey {
  caseId: string;
  /** Only the last N rows; null for all. */
  last: number | null;
}

/**
 * Per-request batching of what nested case fields read, so a page of cases costs the same
 * number of statements whatever its size (one per distinct `last`).
 */
export class CaseLoaders {
  /** Cases by id (null: no such case); who may read each is the caller's to check. */
  readonly cases: DataLoader<string, WorkflowCase | null>;
  readonly history: DataLoader<HistoryKey, CaseHistory[], string>;
  /** Every case of an entity, newest first (for journeys of many entities at once). */
  readonly casesOfEntity: DataLoader<string, WorkflowCase[]>;
  /** Every term of a case, oldest first. */
  readonly deadlines: DataLoader<string, Deadline[]>;

  constructor(private readonly em: EntityManager) {
    this.cases = new DataLoader(async (ids) => {
      const rows = await this.em.find(WorkflowCase, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    this.history = new DataLoader((keys) => this.loadHistory(keys), { cacheKeyFn: (k) => `${k.caseId}:${k.last ?? '*'}` });
    this.casesOfEntity = new DataLoader(async (codes) => {
      const rows = await this.em.find(WorkflowCase, { entityCode: { $in: [...codes] } }, { orderBy: { createdAt: 'desc', id: 'desc' } });
      return codes.map((code) => rows.filter((r) => r.entityCode === code));
    });
    this.deadlines = new DataLoader(async (caseIds) => {
      const rows = await this.em.find(Deadline, { caseId: { $in: [...caseIds] } }, { orderBy: { startedAt: 'asc', id: 'asc' } });
      return caseIds.map((id) => rows.filter((r) => r.caseId === id));
    });
  }

  private async loadHistory(keys: readonly HistoryKey[]): Promise<CaseHistory[][]> {
    const byLast = new Map<number | null, string[]>();
    for (const k of keys) byLast.set(k.last, [...(byLast.get(k.last) ?? []), k.caseId]);
    const found = new Map<string, CaseHistory[]>();
    for (const [last, ids] of byLast) {
      const rows = last === null ? await this.all(ids) : await this.lastRows(ids, last);
      for (const row of rows) {
        const key = `${row.caseId}:${last ?? '*'}`;
        found.set(key, [...(found.get(key) ?? []), row]);
      }
    }
    return keys.map((k) => found.get(`${k.caseId}:${k.last ?? '*'}`) ?? []);
  }

  private all(ids: string[]): Promise<CaseHistory[]> {
    return this.em.find(CaseHistory, { caseId: { $in: ids } }, { orderBy: { caseId: 'asc', seq: 'asc' } });
  }

  /** The last `last` rows of each case in one statement (a window over each case's rows). */
  private async lastRows(ids: string[], last: number): Promise<CaseHistory[]> {
    if (last <= 0) return [];
    const knex = this.em.getKnex();
    const ranked = knex('case_history')
      .select('*', knex.raw('row_number() over (partition by case_id order by seq desc) as rn'))
      .whereIn('case_id', ids);
    const rows: Record<string, unknown>[] = await this.em.getConnection().execute(
      knex
        .select('*')
        .from(ranked.as('ranked'))
        .where('rn', '<=', last)
        .orderBy([{ column: 'case_id' }, { column: 'seq' }]),
    );
    return rows.map(({ rn: _rn, ...row }) => this.em.map(CaseHistory, row));
  }
}
