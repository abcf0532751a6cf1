import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { CaseActionInput, CaseNoteInput } from '../cases/case.inputs';
import { CaseTransitionPayload } from '../cases/case.type';
import { SignAgreementInput, StartApplicationInput } from './cofinancing.inputs';

/** One typed mutation per user action of the COFINANCING_APPLICATION machine; each is one call to the runtime. */
@Resolver()
export class ApplicationActionsResolver {
  @Authorized(Action.OpenCases)
  @Mutation(() => CaseTransitionPayload, {
    description: 'Inicia la postulación de la propia entidad a una convocatoria (requiere un autodiagnóstico validado).',
  })
  startApplication(
    @Arg('input', () => StartApplicationInput, { description: 'La convocatoria y una clave de idempotencia.' })
    input: StartApplicationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.open(
      ctx.principal,
      ctx.directory,
      ctx.requestId,
      { process: 'COFINANCING_APPLICATION', cycleId: null, callId: input.callId },
      input.idempotencyKey,
    );
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description: 'Radica la postulación (representante legal; la convocatoria debe estar abierta).',
  })
  submitApplication(
    @Arg('input', () => CaseActionInput, {
      description: 'El trámite, la versión que se consultó (expectedVersion) y la clave de idempotencia.',
    })
    input: CaseActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'COFINANCING_APPLICATION', input, { type: 'SUBMIT' });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, { description: 'Retira la postulación (representante legal).' })
  withdrawApplication(
    @Arg('input', () => CaseActionInput, {
      description: 'El trámite, la versión que se consultó (expectedVersion) y la clave de idempotencia.',
    })
    input: CaseActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'COFINANCING_APPLICATION', input, { type: 'WITHDRAW' });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, { description: 'Inicia la revisión de requisitos (coordinación).' })
  startEligibilityReview(
    @Arg('input', () => CaseActionInput, {
      description: 'El trámite, la versión que se consultó (expectedVersion) y la clave de idempotencia.',
    })
    input: CaseActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'COFINANCING_APPLICATION', input, { type: 'START_ELIGIBILITY_REVIEW' });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, { description: 'Solicita subsanación con lo que falta (coordinación).' })
  requestCorrections(
    @Arg('input', () => CaseNoteInput, { description: 'El trámite, la versión consultada y lo que falta subsanar (note).' })
    input: CaseNoteInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'COFINANCING_APPLICATION', input, {
      type: 'REQUEST_CORRECTIONS',
      note: input.note,
    });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, { description: 'Radica la subsanación (representante legal).' })
  resubmitApplication(
    @Arg('input', () => CaseActionInput, {
      description: 'El trámite, la versión que se consultó (expectedVersion) y la clave de idempotencia.',
    })
    input: CaseActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'COFINANCING_APPLICATION', input, { type: 'RESUBMIT' });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description: 'Declara la postulación habilitada y la pasa a evaluación técnica (coordinación).',
  })
  declareEligible(
    @Arg('input', () => CaseActionInput, {
      description: 'El trámite, la versión que se consultó (expectedVersion) y la clave de idempotencia.',
    })
    input: CaseActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'COFINANCING_APPLICATION', input, { type: 'DECLARE_ELIGIBLE' });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, { description: 'Declara la postulación no habilitada, con motivos (coordinación).' })
  declareIneligible(
    @Arg('input', () => CaseNoteInput, { description: 'El trámite, la versión consultada y los motivos (note), que la entidad verá.' })
    input: CaseNoteInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'COFINANCING_APPLICATION', input, {
      type: 'DECLARE_INELIGIBLE',
      note: input.note,
    });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description:
      'Envía la postulación evaluada al comité (coordinación; solo postulaciones iniciadas antes de la versión 2, en la que el paso es automático).',
  })
  sendToCommittee(
    @Arg('input', () => CaseActionInput, {
      description: 'El trámite, la versión que se consultó (expectedVersion) y la clave de idempotencia.',
    })
    input: CaseActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'COFINANCING_APPLICATION', input, { type: 'SEND_TO_COMMITTEE' });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, { description: 'Aprueba la postulación en comité (coordinación).' })
  approveApplication(
    @Arg('input', () => CaseActionInput, {
      description: 'El trámite, la versión que se consultó (expectedVersion) y la clave de idempotencia.',
    })
    input: CaseActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'COFINANCING_APPLICATION', input, { type: 'APPROVE' });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, { description: 'Deja la postulación en lista de espera, con motivos (coordinación).' })
  waitlistApplication(
    @Arg('input', () => CaseNoteInput, { description: 'El trámite, la versión consultada y los motivos (note), que la entidad verá.' })
    input: CaseNoteInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'COFINANCING_APPLICATION', input, { type: 'WAITLIST', note: input.note });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, { description: 'Rechaza la postulación en comité, con motivos (coordinación).' })
  rejectApplication(
    @Arg('input', () => CaseNoteInput, { description: 'El trámite, la versión consultada y los motivos (note), que la entidad verá.' })
    input: CaseNoteInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'COFINANCING_APPLICATION', input, { type: 'REJECT', note: input.note });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description: 'Firma el convenio (representante legal), con el PDF del convenio firmado si ya lo tiene (documentId).',
  })
  signAgreement(
    @Arg('input', () => SignAgreementInput, {
      description: 'El trámite, la versión consultada y, si ya los tiene, el número del convenio y el documento firmado.',
    })
    input: SignAgreementInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'COFINANCING_APPLICATION', input, {
      type: 'SIGN_AGREEMENT',
      ...(input.agreementNumber != null ? { agreementNumber: input.agreementNumber } : {}),
      ...(input.documentId != null ? { documentId: input.documentId } : {}),
    });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, { description: 'Inicia la ejecución (coordinación).' })
  startExecution(
    @Arg('input', () => CaseActionInput, {
      description: 'El trámite, la versión que se consultó (expectedVersion) y la clave de idempotencia.',
    })
    input: CaseActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'COFINANCING_APPLICATION', input, { type: 'START_EXECUTION' });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, { description: 'Cierra la ejecución con un balance (coordinación).' })
  closeApplication(
    @Arg('input', () => CaseNoteInput, { description: 'El trámite, la versión consultada y el balance de la ejecución (note).' })
    input: CaseNoteInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'COFINANCING_APPLICATION', input, { type: 'CLOSE', note: input.note });
  }
}
