import type { EntityManager } from '@mikro-orm/knex';
import { LRUCache } from 'lru-cache';

import type { Actor } from '../../core/auth/policy';
import { chunks, groupBy } from '../../core/collections';
import { BadUserInputError, ForbiddenError, NotFoundError, PreconditionFailedError } from '../../core/errors/app-error';
import { ProblemCode } from '../../core/errors/problems';
import { decodeCursor, encodeCursor, toConnection, type ConnectionResult } from '../../core/graphql/connection';
import { sqlOf } from '../../core/orm/orm';
import { isUuid } from '../../core/text';
import type { Clock } from '../../core/time/clock';
import { WorkflowCase } from '../../core/workflow/case.entity';
import { OutboxMessage } from '../../core/workflow/outbox.entity';
import { Cycle } from '../cycles/cycle.entity';
import type { TerritorialDirectory } from '../territorial-entities/territorial-entity.service';
import { answersByCase, ASSESSMENT, scoreRows } from './assessment.service';
import { indexPublishedMessage } from './index-published';
import { AssessmentPartScore, AssessmentScore } from './maturity.entity';
import { canReadIndex } from './maturity.policy';
import type { ModelCatalog } from './model-catalog';

export type IndexOrderBy = 'INDEX_DESC' | 'INDEX_ASC' | 'NAME_ASC';

export interface IndexFilter {
  departmentCode?: string | null;
  kind?: string | null;
  level?: number | null;
}

export interface PageArgs {
  first: number;
  after?: string | null;
  orderBy: IndexOrderBy;
  filter?: IndexFilter | null;
}

/** A ranked row with its dimension and sub-dimension scores. */
export interface RankedEntry extends IndexRow {
  parts: AssessmentPartScore[];
}

/** One ranked row of a cycle's Índice (rank over the whole cycle, whatever the filter). */
export interface IndexRow {
  caseId: string;
  cycleId: string;
  entityCode: string;
  entityName: string;
  departmentCode: string;
  entityKind: string;
  modelVersion: string;
  indexScore: number;
  level: number;
  rank: number;
}

export interface GroupAverage {
  key: string;
  count: number;
  index: number;
  dimensions: { dimensionId: string; score: number }[];
}

/** The Índice's aggregates: national, per department, per kind of entity, and how many at each level. */
export interface IndexAggregates {
  national: GroupAverage;
  departments: GroupAverage[];
  kinds: GroupAverage[];
  levels: Map<number, number>;
}

/** States of an assessment still waiting for the ministry or the entity: the Índice cannot be final while any remains. */
export const PENDING_REVIEW_STATES = ['submitted', 'underReview', 'changesRequested', 'resubmitted'];

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The Índice CTI of a cycle (DOMAIN): the validated assessments ranked by index (ties share a
 * rank: 1, 2, 2, 4), per-dimension scores, averages and the distribution by level. Everything is
 * read from the score rows written at validation.
 */
export class CtiIndexService {
  /**
   * Pages and aggregates already computed, each under the generation of its cycle's scores (see
   * `generation`): a request re-reads the generation and reuses what matches it, so every process
   * answers from the database's current scores, never from a stale copy.
   */
  private readonly pages = new LRUCache<string, { generation: string; page: ConnectionResult<RankedEntry> }>({ max: 500 });
  private readonly summaries = new LRUCache<string, { generation: string; aggregates: IndexAggregates }>({ max: 100 });

  constructor(
    private readonly catalog: ModelCatalog,
    private readonly directory: TerritorialDirectory,
    private readonly clock: Clock,
  ) {}

  /**
   * What identifies a cycle's current set of scores: fixed once the Índice is published (final);
   * before, the number of score rows and the latest scoring instant (a validation adds a row, a
   * rescore rewrites them all with a new instant), read with one indexed statement.
   */
  async generation(em: EntityManager, cycleId: string, publishedAt: Date | null): Promise<string> {
    const instant = (v: unknown) => (v == null ? '' : String(v instanceof Date ? v.getTime() : v));
    if (publishedAt) return `published:${instant(publishedAt)}`;
    const [row] = await em.getKnex()('assessment_score').count({ n: '*' }).max({ at: 'scored_at' }).where('cycle_id', cycleId);
    return `${row.n}:${instant(row.at)}`;
  }

  /** A page of the Índice with each entry's dimension and sub-dimension scores, from the cache when its generation still holds. */
  async cachedPage(em: EntityManager, cycleId: string, generation: string, args: PageArgs): Promise<ConnectionResult<RankedEntry>> {
    const key = JSON.stringify([cycleId, args.first, args.after ?? null, args.orderBy, args.filter ?? null]);
    const hit = this.pages.get(key);
    if (hit?.generation === generation) return hit.page;
    const page = await this.page(em, cycleId, args);
    const parts = await partsOf(
      em,
      page.edges.map((e) => e.node.caseId),
    );
    const withParts: ConnectionResult<RankedEntry> = {
      ...page,
      edges: page.edges.map((e) => ({ ...e, node: { ...e.node, parts: parts.get(e.node.caseId) ?? [] } })),
    };
    this.pages.set(key, { generation, page: withParts });
    return withParts;
  }

  /** The cycle's aggregates, from the cache when its generation still holds. */
  async cachedAggregates(em: EntityManager, cycleId: string, generation: string): Promise<IndexAggregates> {
    const hit = this.summaries.get(cycleId);
    if (hit?.generation === generation) return hit.aggregates;
    const aggregates = await this.aggregates(em, cycleId);
    this.summaries.set(cycleId, { generation, aggregates });
    return aggregates;
  }

  async cycle(em: EntityManager, cycleId: string): Promise<Cycle> {
    const cycle = isUuid(cycleId) ? await em.findOne(Cycle, { id: cycleId }) : null;
    if (!cycle) throw new NotFoundError(`No existe la vigencia ${cycleId}`, { cycleId });
    return cycle;
  }

  /** The cycle, if the actor may read its Índice; before publication only the ministry and auditors may. */
  requireReadable(actor: Actor, cycle: Pick<Cycle, 'year' | 'indexPublishedAt'>): void {
    if (!canReadIndex(actor, cycle.indexPublishedAt != null)) {
      throw new ForbiddenError(`El Índice CTI de la vigencia ${cycle.year} aún no se ha publicado`);
    }
  }

  async page(em: EntityManager, cycleId: string, args: PageArgs): Promise<ConnectionResult<IndexRow>> {
    const knex = em.getKnex();
    const ranked = knex('assessment_score')
      .select('*', knex.raw('rank() over (order by index_score desc) as "rank"'))
      .where('cycle_id', cycleId)
      .as('r');
    const filtered = () => {
      const q = knex.from(ranked);
      const f = args.filter ?? {};
      if (f.departmentCode) q.where('department_code', f.departmentCode);
      if (f.kind) q.where('entity_kind', f.kind);
      if (f.level != null) q.where('level', f.level);
      return q;
    };
    const rows = filtered().select('*');
    const order = args.orderBy;
    if (args.after) {
      const [key, code] = decodeCursor(args.after, order, 2);
      if (order === 'NAME_ASC')
        rows.where((w) => w.where('entity_name', '>', key).orWhere((o) => o.where('entity_name', key).andWhere('entity_code', '>', code)));
      else {
        const value = Number(key);
        if (!Number.isFinite(value))
          throw new BadUserInputError('Cursor inválido: use el endCursor de una página de esta misma consulta', {
            path: 'after',
            code: ProblemCode.INVALID_FORMAT,
          });
        const op = order === 'INDEX_DESC' ? '<' : '>';
        rows.where((w) =>
          w.where('index_score', op, value).orWhere((o) => o.where('index_score', value).andWhere('entity_code', '>', code)),
        );
      }
    }
    if (order === 'NAME_ASC')
      rows.orderBy([
        { column: 'entity_name', order: 'asc' },
        { column: 'entity_code', order: 'asc' },
      ]);
    else
      rows.orderBy([
        { column: 'index_score', order: order === 'INDEX_DESC' ? 'desc' : 'asc' },
        { column: 'entity_code', order: 'asc' },
      ]);
    rows.limit(args.first + 1);
    const [found, [{ n }]] = await Promise.all([rows, filtered().count({ n: '*' })]);
    return toConnection({
      rows: (found as Record<string, unknown>[]).map(indexRowOf),
      first: args.first,
      after: args.after,
      totalCount: Number(n),
      cursorOf: (r) => encodeCursor(order, [order === 'NAME_ASC' ? r.entityName : String(r.indexScore), r.entityCode]),
      toNode: (r) => r,
    });
  }

  /** Ranks of assessments within their cycles (null for one without scores). */
  async ranks(em: EntityManager, caseIds: readonly string[]): Promise<Map<string, number>> {
    const knex = em.getKnex();
    const cycles = knex('assessment_score')
      .select('cycle_id')
      .whereIn('case_id', [...caseIds]);
    const rows: { case_id: string; rank: number | string }[] = await knex
      .from(
        knex('assessment_score')
          .select('case_id', knex.raw('rank() over (partition by cycle_id order by index_score desc) as "rank"'))
          .whereIn('cycle_id', cycles)
          .as('r'),
      )
      .select('*')
      .whereIn('case_id', [...caseIds]);
    return new Map(rows.map((r) => [r.case_id, Number(r.rank)]));
  }

  /**
   * The cycle's aggregates from its score rows as they stand. Also read inside a transaction (an
   * accompaniment's diagnosis freezes its comparison averages when it starts): there the statements
   * go through the transaction's one connection, one after the other.
   */
  async aggregates(em: EntityManager, cycleId: string): Promise<IndexAggregates> {
    const knex = sqlOf(em);
    const statements: (() => PromiseLike<unknown>)[] = [
      () =>
        knex('assessment_score')
          .select('department_code as key')
          .count({ n: '*' })
          .sum({ total: 'index_score' })
          .where('cycle_id', cycleId)
          .groupBy('department_code'),
      () =>
        knex('assessment_score')
          .select('entity_kind as key')
          .count({ n: '*' })
          .sum({ total: 'index_score' })
          .where('cycle_id', cycleId)
          .groupBy('entity_kind'),
      () => knex('assessment_score').select('level as key').count({ n: '*' }).where('cycle_id', cycleId).groupBy('level'),
      () => partSums(knex, cycleId, 's.department_code'),
      () => partSums(knex, cycleId, 's.entity_kind'),
    ];
    const results: unknown[] = [];
    if (em.getTransactionContext()) for (const run of statements) results.push(await run());
    else results.push(...(await Promise.all(statements.map((run) => run()))));
    const [byDepartment, byKind, byLevel, dimByDepartment, dimByKind] = results as [
      Record<string, unknown>[],
      Record<string, unknown>[],
      Record<string, unknown>[],
      PartSum[],
      PartSum[],
    ];
    const groups = (rows: Record<string, unknown>[], dims: PartSum[]): GroupAverage[] =>
      rows
        .map((r) => {
          const key = String(r.key);
          const count = Number(r.n);
          return {
            key,
            count,
            index: round2(Number(r.total) / count),
            dimensions: dims.filter((d) => d.key === key).map((d) => ({ dimensionId: d.dimensionId, score: round2(d.total / d.n) })),
          };
        })
        .sort((a, b) => a.key.localeCompare(b.key));
    const departments = groups(byDepartment as Record<string, unknown>[], dimByDepartment);
    const kinds = groups(byKind as Record<string, unknown>[], dimByKind);
    // The national figures are the departments' sums added up (one pass, no more statements).
    const count = departments.reduce((t, g) => t + g.count, 0);
    const total = (byDepartment as Record<string, unknown>[]).reduce((t, r) => t + Number(r.total), 0);
    const nationalDims = new Map<string, { total: number; n: number }>();
    for (const d of dimByDepartment) {
      const acc = nationalDims.get(d.dimensionId) ?? { total: 0, n: 0 };
      acc.total += d.total;
      acc.n += d.n;
      nationalDims.set(d.dimensionId, acc);
    }
    return {
      national: {
        key: 'NACIONAL',
        count,
        index: count ? round2(total / count) : 0,
        dimensions: [...nationalDims].map(([dimensionId, a]) => ({ dimensionId, score: round2(a.total / a.n) })),
      },
      departments,
      kinds,
      levels: new Map((byLevel as Record<string, unknown>[]).map((r) => [Number(r.key), Number(r.n)])),
    };
  }

  /**
   * Publishes a cycle's Índice: ranks and scores become public and final. The cycle must be closed
   * and no assessment of it may still be in review (it could not join later); publishing again
   * changes nothing.
   */
  async publish(em: EntityManager, actor: Actor, cycleId: string): Promise<Cycle> {
    const cycle = await this.cycle(em, cycleId);
    if (cycle.indexPublishedAt) return cycle;
    const now = this.clock.now();
    if (cycle.closesAt > now) {
      throw new PreconditionFailedError(
        'CYCLE_STILL_OPEN',
        `La vigencia ${cycle.year} sigue abierta; el Índice se publica después de su cierre`,
        { cycleId },
      );
    }
    const pending = await em.count(WorkflowCase, { process: ASSESSMENT, cycleId, state: { $in: PENDING_REVIEW_STATES } });
    if (pending > 0) {
      throw new PreconditionFailedError(
        'ASSESSMENTS_PENDING',
        `Hay ${pending} ${pending === 1 ? 'autodiagnóstico' : 'autodiagnósticos'} de la vigencia ${cycle.year} sin decisión (enviados, en revisión o con ajustes); valídelos o recházelos antes de publicar el Índice`,
        { cycleId, pending },
      );
    }
    const scored = await em.count(AssessmentScore, { cycleId });
    if (scored === 0)
      throw new PreconditionFailedError('INDEX_EMPTY', `La vigencia ${cycle.year} no tiene autodiagnósticos validados`, { cycleId });
    // The publication and its announcement (open data exports) commit together; a concurrent
    // publication that got there first updates nothing here and announces nothing twice.
    await em.transactional(async (tx) => {
      const published = await tx.nativeUpdate(
        Cycle,
        { id: cycleId, indexPublishedAt: null },
        { indexPublishedAt: now, indexPublishedBy: actor.subject },
      );
      if (published) await tx.insert(OutboxMessage, indexPublishedMessage({ cycleId, year: cycle.year }, now));
    });
    return em.findOneOrFail(Cycle, { id: cycleId }, { refresh: true });
  }

  /**
   * Recomputes and stores the scores of every validated assessment of a cycle with its frozen
   * model, in one transaction (an operator's repair, and what the benchmark times). A published
   * Índice is final and is not rescored.
   */
  async rescoreCycle(em: EntityManager, cycleId: string): Promise<{ scored: number }> {
    const cycle = await this.cycle(em, cycleId);
    if (cycle.indexPublishedAt) {
      throw new PreconditionFailedError(
        'INDEX_PUBLISHED',
        `El Índice CTI de la vigencia ${cycle.year} ya se publicó; sus puntajes son definitivos`,
      );
    }
    const { model } = await this.catalog.get(em, cycle.modelVersion!);
    const directory = await this.directory.current();
    const now = this.clock.now();
    return em.transactional(async (tx) => {
      const cases = await tx.find(
        WorkflowCase,
        { process: ASSESSMENT, cycleId, state: 'validated' },
        { fields: ['id', 'cycleId', 'entityCode', 'departmentCode'] },
      );
      const answers = await answersByCase(
        tx,
        cases.map((c) => c.id),
      );
      const scores: AssessmentScore[] = [];
      const parts: AssessmentPartScore[] = [];
      for (const kase of cases) {
        const entity = directory.find(kase.entityCode);
        const rows = scoreRows(
          model,
          kase,
          { name: entity?.name ?? kase.entityCode, kind: entity?.kind ?? 'MUNICIPALITY' },
          answers.get(kase.id) ?? [],
          now,
        );
        if (!rows) continue;
        scores.push(rows.score);
        parts.push(...rows.parts);
      }
      const db = sqlOf(tx);
      await db('assessment_part_score').whereIn('case_id', db('assessment_score').select('case_id').where('cycle_id', cycleId)).delete();
      await db('assessment_score').where('cycle_id', cycleId).delete();
      for (const slice of chunks(scores, 500)) await tx.insertMany(AssessmentScore, slice);
      for (const slice of chunks(parts, 2000)) await tx.insertMany(AssessmentPartScore, slice);
      return { scored: scores.length };
    });
  }
}

/** Dimension and sub-dimension scores of some assessments, as plain rows (not managed entities: a page reads 28 per entry). */
export async function partsOf(em: EntityManager, caseIds: readonly string[]): Promise<Map<string, AssessmentPartScore[]>> {
  if (!caseIds.length) return new Map();
  const rows: Record<string, unknown>[] = await em
    .getKnex()('assessment_part_score')
    .select('case_id', 'part_id', 'kind', 'dimension_id', 'score', 'level', 'answered')
    .whereIn('case_id', [...caseIds]);
  const parts = rows.map((r): AssessmentPartScore => ({
    caseId: String(r.case_id),
    partId: String(r.part_id),
    kind: r.kind as AssessmentPartScore['kind'],
    dimensionId: String(r.dimension_id),
    score: Number(r.score),
    level: Number(r.level),
    answered: Number(r.answered),
  }));
  return groupBy(parts, (p) => p.caseId);
}

interface PartSum {
  key: string;
  dimensionId: string;
  total: number;
  n: number;
}

async function partSums(knex: ReturnType<typeof sqlOf>, cycleId: string, groupColumn: string): Promise<PartSum[]> {
  const rows: Record<string, unknown>[] = await knex('assessment_part_score as p')
    .join('assessment_score as s', 's.case_id', 'p.case_id')
    .select(`${groupColumn} as key`, 'p.part_id as dimension_id')
    .count({ n: '*' })
    .sum({ total: 'p.score' })
    .where('s.cycle_id', cycleId)
    .andWhere('p.kind', 'DIMENSION')
    .groupBy(groupColumn, 'p.part_id');
  return rows.map((r) => ({ key: String(r.key), dimensionId: String(r.dimension_id), total: Number(r.total), n: Number(r.n) }));
}

function indexRowOf(r: Record<string, unknown>): IndexRow {
  return {
    caseId: String(r.case_id),
    cycleId: String(r.cycle_id),
    entityCode: String(r.entity_code),
    entityName: String(r.entity_name),
    departmentCode: String(r.department_code),
    entityKind: String(r.entity_kind),
    modelVersion: String(r.model_version),
    indexScore: Number(r.index_score),
    level: Number(r.level),
    rank: Number(r.rank),
  };
}
