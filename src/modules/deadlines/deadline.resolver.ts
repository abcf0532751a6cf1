import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { CaseTransitionPayload, CaseType } from '../cases/case.type';
import { DeadlineType, ExtendTermInput } from './deadline.type';

@Resolver(() => CaseType)
export class DeadlineResolver {
  @FieldResolver(() => [DeadlineType], { description: 'Términos del trámite (en curso y cerrados), del más antiguo al más reciente.' })
  async deadlines(@Root() kase: CaseType, @Ctx() ctx: GraphQLContext) {
    const rows = await ctx.loaders.deadlines.load(kase.id);
    return rows.map((d) => ctx.services.deadlines.toType(d, ctx.services.runtime.mayExtendTerm(ctx.principal, kase, d)));
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description:
      'Prorroga el término en curso una sola vez, antes de que venza, con motivos y hasta el doble del término inicial (Ley 1755 de 2015, art. 14). La pide quien debe responder; queda en el historial como EXTEND_TERM.',
  })
  extendTerm(
    @Arg('input', () => ExtendTermInput, { description: 'El trámite, la versión consultada, los días que se agregan y los motivos.' })
    input: ExtendTermInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.deadlines.extend(ctx.principal, ctx.requestId, ctx.services.cases, input);
  }
}
