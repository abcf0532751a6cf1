import type { EntityManager } from '@mikro-orm/knex';
import { LRUCache } from 'lru-cache';

import { sqlOf } from '../../core/orm/orm';
import type { Cycle } from '../cycles/cycle.entity';

/**
 * One entity's place in a cycle's Índice set against its previous participation.
 *
 * The rule (docs/domain.md, "Progress across cycles"): an entity's previous participation is its
 * validated assessment in the most recent EARLIER cycle (smaller year) whose Índice is published.
 * A cycle whose Índice was never published is not an edition of the Índice: what it holds was
 * never public, so it neither gives a previous index nor ends a first participation. Publishing an
 * earlier edition late (a historical Índice entered after a later one) updates the later
 * editions' comparison; published scores themselves never change.
 */
export interface EntryProgress {
  entityCode: string;
  /** The cycle this entry belongs to. */
  cycleId: string;
  cycleYear: number;
  /** The entry's own index (0–100), level and rank in its cycle (ties share a rank: 1, 2, 2, 4). */
  index: number;
  level: number;
  rank: number;
  /** The earlier published cycle compared with; null on a first participation. */
  previousCycleId: string | null;
  previousCycleYear: number | null;
  previousIndex: number | null;
  previousLevel: number | null;
  previousRank: number | null;
  /** index − previousIndex, in points (two decimals). */
  indexChange: number | null;
  /** previousRank − rank: positive means the entity moved up. */
  rankChange: number | null;
  /** No validated assessment in any earlier published cycle. */
  firstParticipation: boolean;
}

/** A cycle's Índice set against earlier published cycles: every entry's progress and the seed's two counts. */
export interface CycleProgress {
  cycleId: string;
  year: number;
  /** Keyed by the entity's DIVIPOLA code; shared with the cache: read only. */
  entries: ReadonlyMap<string, EntryProgress>;
  /** Entries taking part for the first time ("33 … por primera vez"). */
  firstTimers: number;
  /** Entries that took part in an earlier published cycle ("nueve … nuevamente"). */
  repeaters: number;
}

/** The cycles `cycleProgress` reads; pass them when already loaded (a history over many cycles). */
export type CycleRow = Pick<Cycle, 'id' | 'year' | 'indexPublishedAt'>;

const round2 = (x: number) => Math.round(x * 100) / 100;
const instant = (v: unknown) => (v == null ? '' : String(v instanceof Date ? v.getTime() : v));

/**
 * Results under the state they were computed from: the cycle's score generation (as the Índice's
 * pages: fixed once published, else the count and latest instant of its score rows) and which
 * earlier cycles are published. A published cycle's scores never change, so that is all that can
 * change a result.
 */
const cache = new LRUCache<string, { key: string; progress: CycleProgress }>({ max: 200 });

/** The generation of a cycle's scores (see CtiIndexService.generation: the same key). */
export async function scoresGeneration(em: EntityManager, cycleId: string, publishedAt: Date | null | undefined): Promise<string> {
  if (publishedAt) return `published:${instant(publishedAt)}`;
  const [row] = await sqlOf(em)('assessment_score').count({ n: '*' }).max({ at: 'scored_at' }).where('cycle_id', cycleId);
  return `${row.n}:${instant(row.at)}`;
}

/** Every cycle's year and publication, as plain rows (not managed entities: nothing partial enters the identity map). */
export async function cycleRows(em: EntityManager): Promise<CycleRow[]> {
  const rows: Record<string, unknown>[] = await sqlOf(em)('cycle').select('id', 'year', 'index_published_at');
  return rows.map((r) => ({
    id: String(r.id),
    year: Number(r.year),
    indexPublishedAt: r.index_published_at == null ? null : new Date(r.index_published_at as string | number | Date),
  }));
}

/**
 * Every entry of a cycle's Índice with its previous participation, and how many take part for
 * the first time and how many again. At most three statements whatever the number of entities
 * (the cycles, unless given; the generation, when unpublished; the ranked score rows of the
 * cycle's entities in the comparable cycles, unless the cache holds the answer for the current
 * state). Statements run one after the other, so it may be called inside a transaction. Unknown
 * cycle: no entries.
 */
export async function cycleProgress(em: EntityManager, cycleId: string, loaded?: readonly CycleRow[]): Promise<CycleProgress> {
  const cycles = loaded ?? (await cycleRows(em));
  const cycle = cycles.find((c) => c.id === cycleId);
  if (!cycle) return { cycleId, year: 0, entries: new Map(), firstTimers: 0, repeaters: 0 };
  const earlier = cycles.filter((c) => c.year < cycle.year && c.indexPublishedAt != null).sort((a, b) => b.year - a.year);
  const generation = await scoresGeneration(em, cycle.id, cycle.indexPublishedAt);
  const key = `${generation}|${earlier.map((c) => `${c.id}@${instant(c.indexPublishedAt)}`).join(',')}`;
  const hit = cache.get(cycleId);
  if (hit?.key === key) return hit.progress;

  const knex = sqlOf(em);
  const ranked = knex('assessment_score')
    .select(
      'cycle_id',
      'entity_code',
      'index_score',
      'level',
      knex.raw('rank() over (partition by cycle_id order by index_score desc) as "rank"'),
    )
    .whereIn('cycle_id', [cycle.id, ...earlier.map((c) => c.id)])
    .as('r');
  const rows: Record<string, unknown>[] = await knex
    .from(ranked)
    .select('*')
    .whereIn('entity_code', knex('assessment_score').select('entity_code').where('cycle_id', cycle.id))
    // Best first within a cycle: should an entity hold two scores in one cycle, its best counts.
    .orderBy([
      { column: 'entity_code', order: 'asc' },
      { column: 'rank', order: 'asc' },
    ]);

  const yearOf = new Map(cycles.map((c) => [c.id, c.year]));
  // entity → cycle id → its best row there
  const byEntity = new Map<string, Map<string, { index: number; level: number; rank: number }>>();
  for (const r of rows) {
    const code = String(r.entity_code);
    let perCycle = byEntity.get(code);
    if (!perCycle) byEntity.set(code, (perCycle = new Map()));
    const id = String(r.cycle_id);
    if (!perCycle.has(id)) perCycle.set(id, { index: Number(r.index_score), level: Number(r.level), rank: Number(r.rank) });
  }
  const entries = new Map<string, EntryProgress>();
  let firstTimers = 0;
  for (const [code, perCycle] of byEntity) {
    const own = perCycle.get(cycle.id);
    if (!own) continue;
    const prevCycle = earlier.find((c) => perCycle.has(c.id)) ?? null;
    const prev = prevCycle ? perCycle.get(prevCycle.id)! : null;
    if (!prev) firstTimers++;
    entries.set(code, {
      entityCode: code,
      cycleId: cycle.id,
      cycleYear: cycle.year,
      index: own.index,
      level: own.level,
      rank: own.rank,
      previousCycleId: prevCycle?.id ?? null,
      previousCycleYear: prevCycle ? yearOf.get(prevCycle.id)! : null,
      previousIndex: prev?.index ?? null,
      previousLevel: prev?.level ?? null,
      previousRank: prev?.rank ?? null,
      indexChange: prev ? round2(own.index - prev.index) : null,
      rankChange: prev ? prev.rank - own.rank : null,
      firstParticipation: prev == null,
    });
  }
  const progress: CycleProgress = { cycleId, year: cycle.year, entries, firstTimers, repeaters: entries.size - firstTimers };
  cache.set(cycleId, { key, progress });
  return progress;
}
