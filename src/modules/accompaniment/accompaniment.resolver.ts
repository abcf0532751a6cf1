import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { CaseActionInput, CaseDecisionInput, CaseNoteInput } from '../cases/case.inputs';
import { CaseTransitionPayload } from '../cases/case.type';
import { shippedModel } from '../maturity/maturity-model';
import { assignedSubjects, movedPaths } from '../people/assignable';
import { requestInit, type RequestData } from './accompaniment-request';
import { AssignAdvisorInput, RequestAccompanimentInput } from './accompaniment.inputs';
import { RequestRoadmapAdjustmentsInput } from './roadmap.inputs';

/** One typed mutation per user action of the ACCOMPANIMENT machine; each is one call to the runtime. */
@Resolver()
export class AccompanimentResolver {
  @Authorized(Action.OpenCases)
  @Mutation(() => CaseTransitionPayload, {
    description:
      'Solicita acompañamiento técnico para la propia entidad, con su tema, dimensiones de interés, descripción, contacto y modalidad. El apoyo para aplicar el modelo (ASSESSMENT_SUPPORT) no requiere autodiagnóstico; una hoja de ruta o la formulación de un proyecto requieren uno validado de la vigencia actual o la anterior.',
  })
  async requestAccompaniment(
    @Arg('input', () => RequestAccompanimentInput, { description: 'El contenido de la solicitud y una clave de idempotencia (opcional).' })
    input: RequestAccompanimentInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const cycle = await ctx.services.programme.currentCycle(ctx.em);
    const model = cycle?.modelVersion ? (await ctx.services.models.get(ctx.em, cycle.modelVersion)).model : shippedModel();
    const data: RequestData = {
      topic: input.topic,
      dimensions: input.dimensions ?? [],
      description: input.description,
      contactPersonId: input.contactPersonId ?? ctx.principal.personId ?? null,
      modality: input.modality,
    };
    return ctx.services.cases.open(
      ctx.principal,
      ctx.directory,
      ctx.requestId,
      { process: 'ACCOMPANIMENT', cycleId: cycle?.id ?? null, callId: null },
      input.idempotencyKey,
      requestInit(data, [...model.dimensionNames.keys()]),
    );
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, { description: 'Admite la solicitud (coordinación).' })
  admitAccompaniment(
    @Arg('input', () => CaseActionInput, {
      description: 'El trámite, la versión que se consultó (expectedVersion) y la clave de idempotencia.',
    })
    input: CaseActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'ACCOMPANIMENT', input, { type: 'ADMIT' });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, { description: 'No admite la solicitud, con motivos (coordinación).' })
  declineAccompaniment(
    @Arg('input', () => CaseNoteInput, { description: 'El trámite, la versión consultada y el texto (note): los motivos.' })
    input: CaseNoteInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'ACCOMPANIMENT', input, { type: 'DECLINE', note: input.note });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description: 'Asigna el asesor o asesora (coordinación): una persona activa del directorio con membresía vigente de asesor(a).',
  })
  async assignAdvisor(
    @Arg('input', () => AssignAdvisorInput, {
      description: 'El trámite, la versión consultada y el asesor o asesora: su usuario (advisor) o su id del directorio (advisorId).',
    })
    input: AssignAdvisorInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const { subjects: advisor, byId } = await assignedSubjects(ctx.em, 'ADVISOR', {
      fields: { subject: 'advisor', id: 'advisorId' },
      subject: input.advisor,
      id: input.advisorId,
    });
    try {
      return await ctx.services.cases.act(ctx.principal, ctx.requestId, 'ACCOMPANIMENT', input, { type: 'ASSIGN_ADVISOR', advisor });
    } catch (err) {
      throw byId ? movedPaths(err, 'advisor', 'advisorId') : err;
    }
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, { description: 'Inicia el diagnóstico (asesor asignado).' })
  startDiagnosis(
    @Arg('input', () => CaseActionInput, {
      description: 'El trámite, la versión que se consultó (expectedVersion) y la clave de idempotencia.',
    })
    input: CaseActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'ACCOMPANIMENT', input, { type: 'START_DIAGNOSIS' });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, { description: 'Inicia la formulación de la estrategia (asesor asignado).' })
  startFormulation(
    @Arg('input', () => CaseActionInput, {
      description: 'El trámite, la versión que se consultó (expectedVersion) y la clave de idempotencia.',
    })
    input: CaseActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'ACCOMPANIMENT', input, { type: 'START_FORMULATION' });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description:
      'Entrega la hoja de ruta (asesor asignado): sus líneas de acción tal como están, con su PDF, y un mensaje opcional para la entidad (obligatorio en los trámites de la versión 1, que no tienen líneas).',
  })
  deliverRoadmap(
    @Arg('input', () => CaseDecisionInput, {
      description: 'El trámite, la versión consultada y un mensaje (note) para la entidad.',
    })
    input: CaseDecisionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const note = input.note?.trim() ? { note: input.note } : {};
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'ACCOMPANIMENT', input, { type: 'DELIVER_ROADMAP', ...note });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description: 'Pide ajustes a la hoja de ruta entregada (entidad): una nota general y, si se quiere, un comentario por línea.',
  })
  requestRoadmapAdjustments(
    @Arg('input', () => RequestRoadmapAdjustmentsInput, {
      description: 'El trámite, la versión consultada, el texto (note): los ajustes pedidos, y los comentarios por línea (comments).',
    })
    input: RequestRoadmapAdjustmentsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const comments = input.comments.map((c) => ({ lineId: c.lineId, comment: c.comment.trim() }));
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'ACCOMPANIMENT', input, {
      type: 'REQUEST_ADJUSTMENTS',
      note: input.note,
      ...(comments.length ? { comments } : {}),
    });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, { description: 'Acepta la hoja de ruta y finaliza el acompañamiento (entidad).' })
  acceptRoadmap(
    @Arg('input', () => CaseActionInput, {
      description: 'El trámite, la versión que se consultó (expectedVersion) y la clave de idempotencia.',
    })
    input: CaseActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'ACCOMPANIMENT', input, { type: 'ACCEPT_ROADMAP' });
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, { description: 'Desiste de la solicitud (representante legal).' })
  withdrawAccompaniment(
    @Arg('input', () => CaseActionInput, {
      description: 'El trámite, la versión que se consultó (expectedVersion) y la clave de idempotencia.',
    })
    input: CaseActionInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'ACCOMPANIMENT', input, { type: 'WITHDRAW' });
  }
}
