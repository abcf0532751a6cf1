import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { CaseActionInput, CaseDecisionInput, CaseNoteInput } from '../cases/case.inputs';
import { CaseTransitionPayload } from '../cases/case.type';

/** The coordination's decisions on a plan version (PLAN_REVIEW), and the entity's withdrawal. */
@Resolver()
export class PlanReviewResolver {
  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description:
      'Aprueba la versión propuesta del plan (coordinación): la primera rige desde el inicio del plan; un ajuste, desde hoy, sin mover las cifras de cortes anteriores.',
  })
  approvePlanVersion(
    @Arg('input', () => CaseDecisionInput, { description: 'El trámite de la propuesta, la versión consultada y un comentario opcional.' })
    input: CaseDecisionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const note = input.note?.trim();
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'PLAN_REVIEW', input, { type: 'APPROVE', ...(note ? { note } : {}) });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, { description: 'Devuelve la propuesta a la entidad con observaciones (coordinación).' })
  returnPlanVersion(
    @Arg('input', () => CaseNoteInput, { description: 'El trámite, la versión consultada y las observaciones (note).' })
    input: CaseNoteInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'PLAN_REVIEW', input, { type: 'RETURN', note: input.note });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description: 'Retira la propuesta (representante legal o líder TIC); si era la primera versión, el plan queda retirado.',
  })
  withdrawPlanVersion(
    @Arg('input', () => CaseActionInput, { description: 'El trámite de la propuesta y la versión consultada.' }) input: CaseActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'PLAN_REVIEW', input, { type: 'WITHDRAW' });
  }
}
