import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';

import { canReadCase } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { TerritorialEntityType } from '../territorial-entities/territorial-entity.type';
import { ASSESSMENT } from './assessment.service';
import type { EntryProgress } from './cycle-progress';
import { EntryProgressType, MaturityHistoryEntryType } from './cycle-progress.type';
import { canReadIndex } from './maturity.policy';
import { IndexConnection, IndexEntryType } from './maturity.type';

function progressType(p: EntryProgress): EntryProgressType {
  return {
    firstParticipation: p.firstParticipation,
    previousCycleYear: p.previousCycleYear,
    previousIndex: p.previousIndex,
    previousLevel: p.previousLevel,
    previousRank: p.previousRank,
    indexChange: p.indexChange,
    rankChange: p.rankChange,
  };
}

/** An Índice entry's progress: the page's cycle is computed once per request (one loader key), whatever the page size. */
@Resolver(() => IndexEntryType)
export class IndexEntryProgressResolver {
  @FieldResolver(() => EntryProgressType, {
    nullable: true,
    description:
      'Su participación anterior (la vigencia anterior más reciente con el Índice publicado en que tuvo un autodiagnóstico validado), el cambio de índice y de puesto, y si es su primera participación.',
  })
  async progress(@Root() root: IndexEntryType, @Ctx() ctx: GraphQLContext): Promise<EntryProgressType | null> {
    const found = (await ctx.maturity.progress.load(root.cycleId)).entries.get(root.entityCode);
    return found ? progressType(found) : null;
  }
}

/** The Índice's participation counts, as the published Índice reports them ("33 … por primera vez … nueve … nuevamente"). */
@Resolver(() => IndexConnection)
export class IndexParticipationResolver {
  @FieldResolver(() => Int, {
    description: 'Entidades del Índice que participan por primera vez (sin autodiagnóstico validado en una vigencia anterior publicada).',
  })
  async firstTimers(@Root() root: IndexConnection, @Ctx() ctx: GraphQLContext) {
    return (await ctx.maturity.progress.load(root.cycleId)).firstTimers;
  }

  @FieldResolver(() => Int, {
    description: 'Entidades del Índice que ya habían participado (con autodiagnóstico validado en una vigencia anterior publicada).',
  })
  async repeaters(@Root() root: IndexConnection, @Ctx() ctx: GraphQLContext) {
    return (await ctx.maturity.progress.load(root.cycleId)).repeaters;
  }
}

@Resolver(() => TerritorialEntityType)
export class EntityMaturityHistoryResolver {
  /**
   * The same visibility as `assessments`: anyone sees the validated assessments of published
   * cycles; the entity itself, the ministry and auditors (whoever may read the case) also those of
   * cycles not yet published. Ranks follow `MaturityAssessment.rank`.
   */
  @FieldResolver(() => [MaturityHistoryEntryType], {
    description:
      'El índice y el nivel de la entidad en cada vigencia en que tuvo un autodiagnóstico validado, del más antiguo al más reciente, con el cambio frente a su participación anterior. Quien no es de la entidad (ni del Ministerio o auditor) ve solo las vigencias con el Índice publicado.',
  })
  async maturityHistory(@Root() entity: TerritorialEntityType, @Ctx() ctx: GraphQLContext): Promise<MaturityHistoryEntryType[]> {
    const cases = (await ctx.loaders.casesOfEntity.load(entity.code)).filter((c) => c.process === ASSESSMENT && c.state === 'validated');
    const cycles = await ctx.maturity.cycles.loadMany(cases.map((c) => c.cycleId!));
    const visible = cases.flatMap((kase, i) => {
      const cycle = cycles[i];
      if (!cycle || cycle instanceof Error) return [];
      const published = cycle.indexPublishedAt != null;
      return published || canReadCase(ctx.principal, kase) ? [{ kase, cycle, published }] : [];
    });
    const progress = await ctx.maturity.progress.loadMany(visible.map((v) => v.cycle.id));
    const entries: MaturityHistoryEntryType[] = [];
    for (const [i, { kase, cycle, published }] of visible.entries()) {
      const cp = progress[i];
      const p = cp instanceof Error ? undefined : cp.entries.get(entity.code);
      if (!p) continue;
      const { model } = await ctx.services.models.get(ctx.em, cycle.modelVersion!);
      const showRank = canReadIndex(ctx.principal, published);
      entries.push({
        ...progressType(p),
        cycleId: cycle.id,
        year: cycle.year,
        published,
        assessmentId: kase.id,
        index: p.index,
        level: p.level,
        levelName: model.level(p.level)?.name ?? String(p.level),
        rank: showRank ? p.rank : null,
        rankChange: showRank ? p.rankChange : null,
      });
    }
    return entries.sort((a, b) => a.year - b.year);
  }
}
