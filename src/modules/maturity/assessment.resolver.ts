import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { CaseActionInput, CaseNoteInput } from '../cases/case.inputs';
import { CaseTransitionPayload } from '../cases/case.type';
import { RequestAssessmentChangesInput, StartAssessmentInput } from './maturity.inputs';

/** One typed mutation per user action of the MATURITY_ASSESSMENT machine; each is one call to the runtime. */
@Resolver()
export class AssessmentResolver {
  @Authorized(Action.OpenCases)
  @Mutation(() => CaseTransitionPayload, {
    description: 'Inicia el autodiagnóstico de la propia entidad en una vigencia abierta (usuarios de la entidad).',
  })
  startAssessment(
    @Arg('input', () => StartAssessmentInput, { description: 'La vigencia abierta y una clave de idempotencia.' })
    input: StartAssessmentInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.open(
      ctx.principal,
      ctx.directory,
      ctx.requestId,
      { process: 'MATURITY_ASSESSMENT', cycleId: input.cycleId, callId: null },
      input.idempotencyKey,
    );
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description: 'Envía el autodiagnóstico al Ministerio (representante legal; la vigencia debe estar abierta).',
  })
  submitAssessment(
    @Arg('input', () => CaseActionInput, {
      description: 'El trámite, la versión que se consultó (expectedVersion) y la clave de idempotencia.',
    })
    input: CaseActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'MATURITY_ASSESSMENT', input, { type: 'SUBMIT' });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, { description: 'Retira el autodiagnóstico en borrador (representante legal).' })
  withdrawAssessment(
    @Arg('input', () => CaseActionInput, {
      description: 'El trámite, la versión que se consultó (expectedVersion) y la clave de idempotencia.',
    })
    input: CaseActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'MATURITY_ASSESSMENT', input, { type: 'WITHDRAW' });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, { description: 'Inicia la revisión (coordinación).' })
  startAssessmentReview(
    @Arg('input', () => CaseActionInput, {
      description: 'El trámite, la versión que se consultó (expectedVersion) y la clave de idempotencia.',
    })
    input: CaseActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'MATURITY_ASSESSMENT', input, { type: 'START_REVIEW' });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description:
      'Solicita ajustes con una nota general y comentarios por pregunta, que la entidad ve en su autodiagnóstico (coordinación).',
  })
  requestAssessmentChanges(
    @Arg('input', () => RequestAssessmentChangesInput, {
      description: 'El trámite, la versión consultada, la nota general y los comentarios por pregunta.',
    })
    input: RequestAssessmentChangesInput,
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
  @Mutation(() => CaseTransitionPayload, { description: 'Reenvía el autodiagnóstico ajustado (representante legal).' })
  resubmitAssessment(
    @Arg('input', () => CaseActionInput, {
      description: 'El trámite, la versión que se consultó (expectedVersion) y la clave de idempotencia.',
    })
    input: CaseActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'MATURITY_ASSESSMENT', input, { type: 'RESUBMIT' });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, { description: 'Valida el autodiagnóstico (coordinación).' })
  validateAssessment(
    @Arg('input', () => CaseActionInput, {
      description: 'El trámite, la versión que se consultó (expectedVersion) y la clave de idempotencia.',
    })
    input: CaseActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'MATURITY_ASSESSMENT', input, { type: 'VALIDATE' });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, { description: 'Rechaza el autodiagnóstico con motivos (coordinación).' })
  rejectAssessment(
    @Arg('input', () => CaseNoteInput, { description: 'El trámite, la versión consultada y los motivos del rechazo (note).' })
    input: CaseNoteInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'MATURITY_ASSESSMENT', input, { type: 'REJECT', note: input.note });
  }
}
