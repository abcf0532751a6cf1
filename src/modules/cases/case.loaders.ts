import DataLoader from 'dataloader';

import type { CaseHistory } from '../../core/workflow/case-history.entity';
import type { CaseReader } from '../../core/workflow/case-reader';
import type { WorkflowCase } from '../../core/workflow/case.entity';
import type { Deadline } from '../../core/workflow/deadline.entity';

export interface HistoryKey {
  caseId: string;
  /** The case's version as read: its history up to it. */
  version: number;
  /** Only the last N rows; null for all. */
  last: number | null;
}

const historyKey = (k: HistoryKey) => `${k.caseId}:${k.version}:${k.last ?? '*'}`;

/** Groups `rows` by `key` in the order of `keys` (an empty list for a key without rows). */
function groupedBy<T>(keys: readonly string[], rows: T[], key: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return keys.map((k) => groups.get(k) ?? []);
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

  constructor(private readonly reader: CaseReader) {
    this.cases = new DataLoader(async (ids) => {
      const byId = new Map((await reader.byIds(ids)).map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    this.history = new DataLoader((keys) => this.loadHistory(keys), { cacheKeyFn: historyKey });
    this.casesOfEntity = new DataLoader(async (codes) => groupedBy(codes, await reader.ofEntities(codes), (r) => r.entityCode));
    this.deadlines = new DataLoader(async (caseIds) => groupedBy(caseIds, await reader.deadlinesOf(caseIds), (r) => r.caseId));
  }

  private async loadHistory(keys: readonly HistoryKey[]): Promise<CaseHistory[][]> {
    const byLast = new Map<number | null, Map<string, number>>();
    for (const k of keys) {
      // The newest version asked for a case in this batch; each key then takes its own rows.
      const versions = byLast.get(k.last) ?? byLast.set(k.last, new Map()).get(k.last)!;
      versions.set(k.caseId, Math.max(versions.get(k.caseId) ?? 0, k.version));
    }
    const rowsByLast = new Map<number | null, Map<string, CaseHistory[]>>();
    await Promise.all(
      [...byLast].map(async ([last, versions]) => {
        const ids = [...versions.keys()];
        const rows =
          last === null
            ? await this.reader.historyOf(ids)
            : await this.reader.lastHistoryOf(
                ids.map((id) => ({ id, version: versions.get(id)! })),
                last,
              );
        const grouped = groupedBy(ids, rows, (r) => r.caseId);
        rowsByLast.set(last, new Map(ids.map((id, i) => [id, grouped[i]])));
      }),
    );
    // Up to the version read, so the history matches the case shown (the whole history too).
    return keys.map((k) =>
      (rowsByLast.get(k.last)?.get(k.caseId) ?? []).filter((r) => r.seq <= k.version && (k.last === null || r.seq > k.version - k.last)),
    );
  }
}
