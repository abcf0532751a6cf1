import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';

import { groupBy } from '../../core/collections';
import { Cycle } from '../cycles/cycle.entity';
import { partsOf, type CtiIndexService, type IndexAggregates } from './cti-index.service';
import { cycleProgress, cycleRows, type CycleProgress } from './cycle-progress';
import { AssessmentAnswer, AssessmentComment, AssessmentScore, type AssessmentPartScore } from './maturity.entity';

/** Per-request batching of what assessment and Índice fields read (constant statements per page). */
export class MaturityLoaders {
  readonly cycles: DataLoader<string, Cycle | null>;
  readonly answers: DataLoader<string, AssessmentAnswer[]>;
  readonly comments: DataLoader<string, AssessmentComment[]>;
  readonly scores: DataLoader<string, AssessmentScore | null>;
  readonly parts: DataLoader<string, AssessmentPartScore[]>;
  readonly ranks: DataLoader<string, number | null>;
  /** Keyed by cycle and the generation of its scores the page was read at (see CtiIndexService). */
  readonly aggregates: DataLoader<{ cycleId: string; generation: string }, IndexAggregates, string>;
  /** Each cycle's entries against earlier published cycles (see cycle-progress.ts), by cycle id. */
  readonly progress: DataLoader<string, CycleProgress>;

  constructor(em: EntityManager, index: CtiIndexService) {
    const grouped = <R extends { caseId: string }>(rows: R[], keys: readonly string[]) => {
      const by = groupBy(rows, (r) => r.caseId);
      return keys.map((k) => by.get(k) ?? []);
    };
    this.cycles = new DataLoader(async (ids) => {
      const rows = await em.find(Cycle, { id: { $in: [...ids] } });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    });
    this.answers = new DataLoader(async (ids) =>
      grouped(await em.find(AssessmentAnswer, { caseId: { $in: [...ids] } }, { orderBy: { questionId: 'asc' } }), ids),
    );
    this.comments = new DataLoader(async (ids) =>
      grouped(await em.find(AssessmentComment, { caseId: { $in: [...ids] } }, { orderBy: { round: 'asc', position: 'asc' } }), ids),
    );
    this.scores = new DataLoader(async (ids) => {
      const rows = await em.find(AssessmentScore, { caseId: { $in: [...ids] } });
      return ids.map((id) => rows.find((r) => r.caseId === id) ?? null);
    });
    this.parts = new DataLoader(async (ids) => {
      const parts = await partsOf(em, ids);
      return ids.map((id) => parts.get(id) ?? []);
    });
    this.ranks = new DataLoader(async (ids) => {
      const ranks = await index.ranks(em, ids);
      return ids.map((id) => ranks.get(id) ?? null);
    });
    this.aggregates = new DataLoader((keys) => Promise.all(keys.map((k) => index.cachedAggregates(em, k.cycleId, k.generation))), {
      cacheKeyFn: (k) => `${k.cycleId}@${k.generation}`,
    });
    this.progress = new DataLoader(async (ids) => {
      const cycles = await cycleRows(em);
      const out: CycleProgress[] = [];
      for (const id of ids) out.push(await cycleProgress(em, id, cycles));
      return out;
    });
  }
}
