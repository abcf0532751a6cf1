import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import { BadUserInputError } from '../../core/errors/app-error';
import { ProblemCode } from '../../core/errors/problems';
import type { GraphQLContext } from '../../core/graphql/context';
import { selectsField } from '../../core/graphql/selection';
import { TerritorialEntityType } from '../territorial-entities/territorial-entity.type';
import { feedCursorOf } from './case-feed-cursor';
import { CasesArgs } from './case.inputs';
import { CaseConnection, CaseEventOption, CaseHistoryEntryType, CaseType } from './case.type';

const MAX_HISTORY = 500;

@Resolver(() => CaseType)
export class CaseResolver {
  @Authorized(Action.ReadCases)
  @Query(() => CaseConnection, { description: 'Trámites visibles para quien consulta, filtrados y paginados.' })
  async cases(@Args() args: CasesArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    // The feed's position before the list is read: a change committed after it reaches a
    // `caseChanged(after: feedCursor)`, and one committed before is already in the list. Only
    // when asked for: it stamps the feed, which a plain list does not need.
    const feedCursor = selectsField(info, 'feedCursor') ? feedCursorOf(await ctx.services.caseFeed.position()) : '';
    const page = await ctx.services.cases.list(() => ctx.em, ctx.principal, args);
    return { ...page, feedCursor };
  }

  @Authorized(Action.ReadCases)
  @Query(() => CaseType, { nullable: true, description: 'Un trámite; null si no existe o si quien consulta no tiene acceso.' })
  case(@Arg('id', () => ID, { description: 'El id del trámite.' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.find(ctx.em, ctx.principal, id);
  }

  @FieldResolver(() => TerritorialEntityType, { description: 'La entidad territorial del trámite.' })
  entity(@Root() kase: CaseType, @Ctx() ctx: GraphQLContext) {
    return ctx.directory.read((d) => d.find(kase.entityCode));
  }

  @FieldResolver(() => [CaseEventOption], { description: 'Eventos que el estado acepta y que quien consulta puede enviar.' })
  availableEvents(@Root() kase: CaseType, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.availableEvents(ctx.principal, kase);
  }

  @FieldResolver(() => [CaseHistoryEntryType], { description: 'Historial en orden; con `last`, solo las últimas filas.' })
  async history(
    @Root() kase: CaseType,
    @Ctx() ctx: GraphQLContext,
    @Arg('last', () => Int, { description: 'Cuántas filas, las más recientes (0 a 500); sin valor, todo el historial.', nullable: true })
    last?: number | null,
  ) {
    if (last != null && (last < 0 || last > MAX_HISTORY)) {
      throw new BadUserInputError(`last debe estar entre 0 y ${MAX_HISTORY}`, {
        path: 'last',
        code: ProblemCode.OUT_OF_RANGE,
        problem: `debe estar entre 0 y ${MAX_HISTORY}`,
      });
    }
    const rows = await ctx.loaders.history.load({ caseId: kase.id, version: kase.version, last: last ?? null });
    const hide = ctx.services.runtime.rulesOf(kase.process).historyView?.(ctx.principal, kase) ?? null;
    return rows.map((r) => {
      const entry = ctx.services.cases.historyType(r, kase);
      hide?.(entry);
      return entry;
    });
  }
}
