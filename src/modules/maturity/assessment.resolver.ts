import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { CaseActionInput, CaseNoteInput } from '../cases/case.inputs';
import { CaseTransitionResult } from '../cases/case.type';
import { RequestAssessmentChangesInput, StartAssessmentInput } from './maturity.inputs';

/** One typed mutation per user action of the MATURITY_ASSESSMENT machine; each is one call to the runtime. */
@Resolver()
export class AssessmentResolver {
  @Authorized(Action.OpenCases)
  @Mutation(() => CaseTransitionResult, {
    description: 'Inicia el autodiagnóstico de la propia entidad en una vigencia abierta (usuarios de la entidad).',
  })
  startAssessment(@Arg('input', () => StartAssessmentInput) input: StartAssessmentInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.open(
      ctx.principal,
      ctx.directory,
      ctx.requestId,
      { process: 'MATURITY_ASSESSMENT', cycleId: input.cycleId, callId: null },
      input.idempotencyKey,
    );
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionResult, {
    description: 'Envía el autodiagnóstico al Ministerio (representante legal; la vigencia debe estar abierta).',
  })
  submitAssessment(@Arg('input', () => CaseActionInput) input: CaseActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'MATURITY_ASSESSMENT', input, { type: 'SUBMIT' });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionResult, { description: 'Retira el autodiagnóstico en borrador (representante legal).' })
  withdrawAssessment(@Arg('input', () => CaseActionInput) input: CaseActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'MATURITY_ASSESSMENT', input, { type: 'WITHDRAW' });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionResult, { description: 'Inicia la revisión (coordinación).' })
  startAssessmentReview(@Arg('input', () => CaseActionInput) input: CaseActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'MATURITY_ASSESSMENT', input, { type: 'START_REVIEW' });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionResult, {
    description:
      'Solicita ajustes con una nota general y comentarios por pregunta, que la entidad ve en su autodiagnóstico (coordinación).',
  })
  requestAssessmentChanges(
    @Arg('input', () => RequestAssessmentChangesInput) input: RequestAssessmentChangesInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const comments = input.comments.map((c) => ({ questionId: c.questionId, text: c.text.trim() }));
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'MATURITY_ASSESSMENT', input, {
      type: 'REQUEST_CHANGES',
      note: input.note,
      ...(comments.length ? { comments } : {}),
    });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionResult, { description: 'Reenvía el autodiagnóstico ajustado (representante legal).' })
  resubmitAssessment(@Arg('input', () => CaseActionInput) input: CaseActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'MATURITY_ASSESSMENT', input, { type: 'RESUBMIT' });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionResult, { description: 'Valida el autodiagnóstico (coordinación).' })
  validateAssessment(@Arg('input', () => CaseActionInput) input: CaseActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'MATURITY_ASSESSMENT', input, { type: 'VALIDATE' });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionResult, { description: 'Rechaza el autodiagnóstico con motivos (coordinación).' })
  rejectAssessment(@Arg('input', () => CaseNoteInput) input: CaseNoteInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'MATURITY_ASSESSMENT', input, { type: 'REJECT', note: input.note });
  }
}
