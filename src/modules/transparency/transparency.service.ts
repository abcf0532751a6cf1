import type { EntityManager } from '@mikro-orm/knex';

import { ForbiddenError, NotFoundError } from '../../core/errors/app-error';
import type { AppServices } from '../../core/graphql/context';
import { toGlobalId } from '../../core/graphql/global-ids';
import { CofinancingCall } from '../cofinancing/call.entity';
import { componentLabel, COMPONENTS } from '../cofinancing/cofinancing-defaults';
import { Cycle } from '../cycles/cycle.entity';
import type { GroupAverage, RankedEntry } from '../maturity/cti-index.service';
import { cycleProgress, type CycleProgress } from '../maturity/cycle-progress';
import type { MaturityModel } from '../maturity/maturity-model';
import { territorialEntityKindLabel, type TerritorialEntityKind } from '../territorial-entities/territorial-entity-kind';
import { programmeFigures } from './programme-figures';
import {
  PublicCall,
  PublicCycle,
  PublicIndex,
  type PublicDepartmentAverage,
  type PublicDimensionScore,
  type PublicIndexArgs,
  type PublicIndexAverage,
  type PublicIndexConnection,
  type PublicKindAverage,
  type PublicLevelCount,
  type PublicProgrammeFigures,
} from './public.types';

const round1 = (x: number) => Math.round(x * 10) / 10;
const kindLabel = (kind: string) => territorialEntityKindLabel[kind as TerritorialEntityKind] ?? kind;

/**
 * What the public transparency schema reads (issue 24): published Índices through the CTI
 * service (its pages and aggregates, cached per generation), cycles, published calls and the
 * programme figures. Every method returns public types only; an unpublished Índice is refused.
 */
export class TransparencyService {
  constructor(private readonly services: AppServices) {}

  async cycles(em: EntityManager): Promise<PublicCycle[]> {
    const cycles = await em.find(Cycle, {}, { orderBy: { year: 'desc' } });
    return cycles.map((c) =>
      Object.assign(new PublicCycle(), {
        id: toGlobalId('Cycle', c.id),
        year: c.year,
        opensAt: c.opensAt,
        closesAt: c.closesAt,
        indexPublished: c.indexPublishedAt != null,
        indexPublishedAt: c.indexPublishedAt ?? null,
      }),
    );
  }

  async calls(em: EntityManager): Promise<PublicCall[]> {
    const calls = await em.find(CofinancingCall, { publishedAt: { $ne: null } }, { orderBy: { opensAt: 'desc', id: 'asc' } });
    const components = COMPONENTS.map((code) => ({ code, label: componentLabel[code] }));
    return calls.map((c) =>
      Object.assign(new PublicCall(), {
        id: toGlobalId('CofinancingCall', c.id),
        title: c.title,
        opensAt: c.opensAt,
        closesAt: c.closesAt,
        publishedAt: c.publishedAt!,
        totalBudget: c.totalBudget,
        capPerApplication: c.capPerApplication,
        minCounterpartPercent: c.minCounterpartPercent,
        components,
      }),
    );
  }

  /** Every published Índice, the most recent first. */
  async indices(em: EntityManager): Promise<PublicIndex[]> {
    const cycles = await em.find(Cycle, { indexPublishedAt: { $ne: null } }, { orderBy: { year: 'desc' } });
    const out: PublicIndex[] = [];
    for (const cycle of cycles) out.push(await this.indexOf(em, cycle));
    return out;
  }

  /** A cycle's Índice by year: refused unless published (an anonymous caller never sees one before its publication). */
  async index(em: EntityManager, year: number): Promise<PublicIndex> {
    const cycle = await em.findOne(Cycle, { year });
    if (!cycle) throw new NotFoundError(`No existe la vigencia ${year}`, { year });
    if (!cycle.indexPublishedAt) throw new ForbiddenError(`El Índice CTI de la vigencia ${year} aún no se ha publicado`);
    return this.indexOf(em, cycle);
  }

  private async indexOf(em: EntityManager, cycle: Cycle): Promise<PublicIndex> {
    const progress = await this.progress(em, cycle.id);
    return Object.assign(new PublicIndex(), {
      cycleId: cycle.id,
      generation: await this.services.cti.generation(em, cycle.id, cycle.indexPublishedAt ?? null),
      year: cycle.year,
      publishedAt: cycle.indexPublishedAt!,
      modelVersion: cycle.modelVersion ?? '',
      firstTimers: progress.firstTimers,
      repeaters: progress.repeaters,
    });
  }

  private progress(em: EntityManager, cycleId: string): Promise<CycleProgress> {
    return cycleProgress(em, cycleId);
  }

  private async model(em: EntityManager, version: string): Promise<MaturityModel> {
    return (await this.services.models.get(em, version)).model;
  }

  async entries(em: EntityManager, index: PublicIndex, args: PublicIndexArgs): Promise<PublicIndexConnection> {
    const page = await this.services.cti.cachedPage(em, index.cycleId, index.generation, {
      first: args.first,
      after: args.after ?? null,
      orderBy: args.orderBy,
      filter: args.filter ?? null,
    });
    const [directory, progress] = [await this.services.directory.current(), await this.progress(em, index.cycleId)];
    const models = new Map<string, MaturityModel>();
    const edges = [];
    for (const e of page.edges) {
      const r: RankedEntry = e.node;
      let model = models.get(r.modelVersion);
      if (!model) models.set(r.modelVersion, (model = await this.model(em, r.modelVersion)));
      const p = progress.entries.get(r.entityCode);
      edges.push({
        cursor: e.cursor,
        node: {
          rank: r.rank,
          entityCode: r.entityCode,
          entityName: r.entityName,
          entityKind: r.entityKind,
          entityKindLabel: kindLabel(r.entityKind),
          departmentCode: r.departmentCode,
          departmentName: directory.departmentName(r.departmentCode) ?? r.departmentCode,
          index: r.indexScore,
          level: r.level,
          levelName: model.level(r.level)?.name ?? String(r.level),
          scores: dimensionScores(
            model,
            r.parts.filter((x) => x.kind === 'DIMENSION').map((x) => ({ dimensionId: x.partId, score: x.score })),
          ),
          firstParticipation: p?.firstParticipation ?? true,
          previousYear: p?.previousCycleYear ?? null,
          previousIndex: p?.previousIndex ?? null,
          previousRank: p?.previousRank ?? null,
          indexChange: p?.indexChange ?? null,
          rankChange: p?.rankChange ?? null,
        },
      });
    }
    return {
      edges,
      pageInfo: { hasNextPage: page.pageInfo.hasNextPage, endCursor: page.pageInfo.endCursor ?? null },
      totalCount: page.totalCount,
    };
  }

  private async summary(em: EntityManager, index: PublicIndex) {
    const aggregates = await this.services.cti.cachedAggregates(em, index.cycleId, index.generation);
    return { aggregates, model: await this.model(em, index.modelVersion) };
  }

  async national(em: EntityManager, index: PublicIndex): Promise<PublicIndexAverage> {
    const { aggregates, model } = await this.summary(em, index);
    return average(aggregates.national, model);
  }

  async departments(em: EntityManager, index: PublicIndex): Promise<PublicDepartmentAverage[]> {
    const { aggregates, model } = await this.summary(em, index);
    const directory = await this.services.directory.current();
    return aggregates.departments.map((g) => ({
      ...average(g, model),
      departmentCode: g.key,
      departmentName: directory.departmentName(g.key) ?? g.key,
    }));
  }

  async kinds(em: EntityManager, index: PublicIndex): Promise<PublicKindAverage[]> {
    const { aggregates, model } = await this.summary(em, index);
    return aggregates.kinds.map((g) => ({ ...average(g, model), kind: g.key, kindLabel: kindLabel(g.key) }));
  }

  async distribution(em: EntityManager, index: PublicIndex): Promise<PublicLevelCount[]> {
    const { aggregates, model } = await this.summary(em, index);
    const total = aggregates.national.count;
    return model.definition.levels.map((l) => {
      const count = aggregates.levels.get(l.level) ?? 0;
      return { level: l.level, name: l.name, count, percent: total ? round1((count / total) * 100) : 0 };
    });
  }

  async programmeFigures(em: EntityManager): Promise<PublicProgrammeFigures> {
    const { registry, clock } = this.services;
    const figures = await programmeFigures(em, { registry, clock, directory: await this.services.directory.current() });
    return {
      ...figures,
      plans: figures.plans.map(({ planId, entityKind: _kind, ...plan }) => ({ ...plan, id: toGlobalId('ActionPlan', planId) })),
    };
  }
}

/** Dimension figures with their names, in the order the model lists its dimensions. */
function dimensionScores(model: MaturityModel, items: readonly { dimensionId: string; score: number }[]): PublicDimensionScore[] {
  const order = [...model.dimensionNames.keys()];
  return [...items]
    .sort((a, b) => order.indexOf(a.dimensionId) - order.indexOf(b.dimensionId))
    .map((d) => ({ dimension: d.dimensionId, dimensionName: model.dimensionNames.get(d.dimensionId) ?? d.dimensionId, score: d.score }));
}

function average(g: GroupAverage, model: MaturityModel): PublicIndexAverage {
  return { count: g.count, index: g.index, dimensions: dimensionScores(model, g.dimensions) };
}
