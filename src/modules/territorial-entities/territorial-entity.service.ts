import type { Logger } from 'pino';

import { decodeCursor, encodeCursor, toConnection, type ConnectionResult } from '../../core/graphql/connection';
import type { Orm } from '../../core/orm/orm';
import { likeTerm } from '../../core/text';
import { TerritorialEntity } from './territorial-entity.entity';
import { TerritorialEntityOrderBy, type TerritorialEntitiesArgs, type TerritorialEntityFilter } from './territorial-entity.inputs';
import { TerritorialEntityType } from './territorial-entity.type';

interface Entry {
  node: TerritorialEntityType;
  searchName: string;
  /** This entity's cursor in each ordering, made once per snapshot rather than per request. */
  cursors: Partial<Record<TerritorialEntityOrderBy, string>>;
}

/** Sort keys per ordering; the code is always last, so every ordering is total. */
const orderings: Record<TerritorialEntityOrderBy, { arity: number; keyOf: (e: Entry) => string[] }> = {
  [TerritorialEntityOrderBy.CODE_ASC]: { arity: 1, keyOf: (e) => [e.node.code] },
  [TerritorialEntityOrderBy.NAME_ASC]: { arity: 2, keyOf: (e) => [e.searchName, e.node.code] },
};

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  return 0;
}

/**
 * One immutable copy of the directory: every entity sorted once per ordering, and the filtered
 * lists that queries asked for, kept so a repeated filter costs a lookup.
 */
export class DirectorySnapshot {
  private readonly sorted: Record<TerritorialEntityOrderBy, Entry[]>;
  private readonly byCode: Map<string, TerritorialEntityType>;
  private readonly filtered = new Map<string, Entry[]>();

  constructor(entities: readonly TerritorialEntity[]) {
    const entries: Entry[] = entities.map((e) => ({ node: TerritorialEntityType.from(e), searchName: e.searchName, cursors: {} }));
    this.byCode = new Map(entries.map((e) => [e.node.code, e.node]));
    this.sorted = Object.fromEntries(
      Object.values(TerritorialEntityOrderBy).map((o) => {
        const { keyOf } = orderings[o];
        for (const e of entries) e.cursors[o] = encodeCursor(o, keyOf(e));
        return [o, [...entries].sort((a, b) => compareKeys(keyOf(a), keyOf(b)))];
      }),
    ) as Record<TerritorialEntityOrderBy, Entry[]>;
  }

  get size(): number {
    return this.byCode.size;
  }

  find(code: string): TerritorialEntityType | null {
    return this.byCode.get(code) ?? null;
  }

  /** Every entity, by DIVIPOLA code (for lists other modules filter on facts of their own). */
  all(): TerritorialEntityType[] {
    return this.sorted[TerritorialEntityOrderBy.CODE_ASC].map((e) => e.node);
  }

  private departmentNames: Map<string, string> | undefined;
  /** A department's name by its 2-digit code (Bogotá D.C., code 11, has no gobernación of its own). */
  departmentName(code: string): string | null {
    this.departmentNames ??= new Map([...this.byCode.values()].map((e) => [e.departmentCode, e.departmentName]));
    return this.departmentNames.get(code) ?? null;
  }

  /** A Relay page: the same filters, ordering and keyset cursors as a SQL query would give. */
  list(args: TerritorialEntitiesArgs): ConnectionResult<TerritorialEntityType> {
    const { arity, keyOf } = orderings[args.orderBy];
    const matches = this.matching(args.filter, args.orderBy);
    let start = 0;
    if (args.after) {
      const after = decodeCursor(args.after, args.orderBy, arity);
      // First entry strictly after the cursor's keys (binary search: the list is sorted by them).
      let lo = 0;
      let hi = matches.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compareKeys(keyOf(matches[mid]), after) <= 0) lo = mid + 1;
        else hi = mid;
      }
      start = lo;
    }
    return toConnection({
      // Asked for nothing, told of nothing more: no extra row to look ahead with.
      rows: args.first === 0 ? [] : matches.slice(start, start + args.first + 1),
      first: args.first,
      after: args.after,
      totalCount: matches.length,
      cursorOf: (e) => e.cursors[args.orderBy]!,
      toNode: (e) => e.node,
    });
  }

  private matching(filter: TerritorialEntityFilter | null | undefined, orderBy: TerritorialEntityOrderBy): Entry[] {
    const term = filter?.search ? likeTerm(filter.search) : '';
    const key = JSON.stringify([orderBy, filter?.departmentCode ?? null, filter?.kind ?? null, term]);
    let found = this.filtered.get(key);
    if (!found) {
      const byCodePrefix = /^\d+$/.test(term);
      found = this.sorted[orderBy].filter(
        (e) =>
          (!filter?.departmentCode || e.node.departmentCode === filter.departmentCode) &&
          (!filter?.kind || e.node.kind === filter.kind) &&
          (!term || e.searchName.includes(term) || (byCodePrefix && e.node.code.startsWith(term))),
      );
      // Searches are open-ended; forget the oldest rather than grow without bound.
      if (this.filtered.size >= MAX_REMEMBERED_FILTERS) this.filtered.delete(this.filtered.keys().next().value!);
      this.filtered.set(key, found);
    }
    return found;
  }
}

const MAX_REMEMBERED_FILTERS = 1000;

/**
 * The territorial-entity directory as each API process serves it. DIVIPOLA is reference data that
 * changes only when `cli seed` runs, yet it is read on nearly every screen; reading it from the
 * database on every request cost more than the rest of the request together. So each process
 * keeps a snapshot and reloads it from the database (the source of truth):
 * - older than `maxAgeMs`: in the background, answering from the previous snapshot meanwhile;
 * - older than twice that (a process that sat idle): before answering, so no answer is ever
 *   based on a snapshot older than 2 × maxAgeMs, unless the database cannot be read; then the
 *   previous snapshot keeps serving and a new attempt waits RETRY_AFTER_FAILURE_MS.
 */
export class TerritorialDirectory {
  private snapshot: DirectorySnapshot | undefined;
  private loadedAt = 0;
  private failedAt = 0;
  private loading: Promise<DirectorySnapshot> | undefined;

  constructor(
    private readonly orm: Orm,
    private readonly maxAgeMs: number,
    private readonly logger: Logger,
  ) {}

  /**
   * The snapshot to answer from: at once when a fresh enough one is loaded (a plain value, so
   * resolvers on this hot path create no promise), otherwise once a load finishes.
   */
  current(): DirectorySnapshot | Promise<DirectorySnapshot> {
    const snapshot = this.snapshot;
    if (!snapshot) return this.reload();
    const age = Date.now() - this.loadedAt;
    if (age <= this.maxAgeMs || Date.now() - this.failedAt < RETRY_AFTER_FAILURE_MS) return snapshot;
    const reloaded = this.reload().catch((err: unknown) => {
      this.logger.error({ err }, 'no se pudo recargar el directorio de entidades territoriales; se sigue usando el anterior');
      return snapshot;
    });
    return age > 2 * this.maxAgeMs ? reloaded : snapshot;
  }

  /** Answers from the current snapshot, synchronously when one is loaded and fresh. */
  read<T>(answer: (snapshot: DirectorySnapshot) => T): T | Promise<T> {
    const current = this.current();
    return current instanceof Promise ? current.then(answer) : answer(current);
  }

  /** Loads the directory now (one load at a time; concurrent callers share it). */
  reload(): Promise<DirectorySnapshot> {
    this.loading ??= this.load().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async load(): Promise<DirectorySnapshot> {
    try {
      const entities = await this.orm.em.fork().find(TerritorialEntity, {});
      this.snapshot = new DirectorySnapshot(entities);
      this.loadedAt = Date.now();
      return this.snapshot;
    } catch (err) {
      this.failedAt = Date.now();
      throw err;
    }
  }
}

const RETRY_AFTER_FAILURE_MS = 5000;
