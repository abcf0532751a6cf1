import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import { NotFoundError } from '../../core/errors/app-error';
import type { GraphQLContext } from '../../core/graphql/context';
import { CaseTransitionPayload } from '../cases/case.type';
import { readableDocuments } from '../documents/document-access';
import { documentOwnerRef } from '../documents/document.loaders';
import { DocumentType } from '../documents/document.type';
import { AccompanimentSession, Commitment } from './accompaniment.entity';
import { AccompanimentType } from './accompaniment.type';
import {
  CancelSessionInput,
  CompleteCommitmentInput,
  RecordSessionInput,
  RescheduleSessionInput,
  ScheduleSessionInput,
} from './session.inputs';
import { cleanText, completion, findCommitment, isOverdue, planPayload, requestRowId } from './session.service';
import { AccompanimentSessionType, CommitmentType, SessionInviteeType } from './session.type';

@ObjectType('AccompanimentSessionPayload', { description: 'Resultado de un cambio de una sesión: el trámite, su historial y la sesión.' })
export class AccompanimentSessionPayload extends CaseTransitionPayload {
  @Field(() => AccompanimentSessionType, { description: 'La sesión tal como quedó.' })
  session!: AccompanimentSessionType;
}

@ObjectType('AccompanimentCommitmentPayload', {
  description: 'Resultado de marcar un compromiso cumplido: el trámite, su historial y el compromiso.',
})
export class AccompanimentCommitmentPayload extends CaseTransitionPayload {
  @Field(() => CommitmentType, { description: 'El compromiso tal como quedó.' })
  commitment!: CommitmentType;
}

const sessionType = (row: AccompanimentSession): AccompanimentSessionType => Object.assign(new AccompanimentSessionType(), row);
const commitmentType = (row: Commitment, now: Date): CommitmentType =>
  Object.assign(new CommitmentType(), row, { overdue: isOverdue(row, now) });

async function withSession(ctx: GraphQLContext, result: CaseTransitionPayload, sessionId: string): Promise<AccompanimentSessionPayload> {
  const row = await ctx.em.findOneOrFail(AccompanimentSession, { id: sessionId }, { disableIdentityMap: true });
  return Object.assign(new AccompanimentSessionPayload(), result, { session: sessionType(row) });
}

/**
 * The advisor's session work, one mutation per step of the ACCOMPANIMENT machine (version 2): the
 * resolver builds the event from the input (ids generated here, derived from the idempotency key
 * when there is one, so a retry is the same request) and the sessions part's steps check and write
 * it in the transition (session-steps.ts); marking a commitment done is an amendment of the case.
 */
@Resolver()
export class AccompanimentSessionResolver {
  @Authorized(Action.ActOnCases)
  @Mutation(() => AccompanimentSessionPayload, {
    description:
      'Programa una sesión de acompañamiento (asesor o asesora asignado): fecha y hora futuras, modalidad con lugar o enlace, agenda y personas invitadas (de la entidad o del Ministerio). Se avisa a las invitadas y se les recuerda un día hábil antes y una hora antes.',
  })
  async scheduleAccompanimentSession(
    @Arg('input', () => ScheduleSessionInput, { description: 'El trámite, la versión consultada y los datos de la sesión.' })
    input: ScheduleSessionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AccompanimentSessionPayload> {
    const sessionId = requestRowId(ctx.principal, input.idempotencyKey, 'session', input.caseId);
    const plan = planPayload({
      startsAt: input.startsAt,
      durationMinutes: input.durationMinutes,
      modality: input.modality,
      place: cleanText(input.place),
      meetingUrl: cleanText(input.meetingUrl),
      agenda: input.agenda.trim(),
      inviteeIds: input.inviteeIds,
    });
    const result = await ctx.services.cases.act(ctx.principal, ctx.requestId, 'ACCOMPANIMENT', input, {
      type: 'SCHEDULE_SESSION',
      sessionId,
      ...plan,
    });
    return withSession(ctx, result, sessionId);
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => AccompanimentSessionPayload, {
    description:
      'Reprograma una sesión programada (asesor o asesora asignado): su nuevo inicio y, si se indican, los demás datos. Sus recordatorios se mueven y se avisa a las personas invitadas.',
  })
  async rescheduleAccompanimentSession(
    @Arg('input', () => RescheduleSessionInput, { description: 'El trámite, la versión consultada, la sesión y lo que cambia.' })
    input: RescheduleSessionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AccompanimentSessionPayload> {
    const changes = planPayload({
      startsAt: input.startsAt,
      durationMinutes: input.durationMinutes ?? undefined,
      modality: input.modality ?? undefined,
      place: input.place === undefined ? undefined : cleanText(input.place),
      meetingUrl: input.meetingUrl === undefined ? undefined : cleanText(input.meetingUrl),
      agenda: input.agenda == null ? undefined : input.agenda.trim(),
      inviteeIds: input.inviteeIds ?? undefined,
    });
    const event = { type: 'RESCHEDULE_SESSION', sessionId: input.sessionId, ...changes };
    const result = await ctx.services.cases.act(ctx.principal, ctx.requestId, 'ACCOMPANIMENT', input, event);
    return withSession(ctx, result, input.sessionId);
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => AccompanimentSessionPayload, {
    description:
      'Cancela una sesión programada, con los motivos (asesor o asesora asignado): sus recordatorios no se envían y se avisa a las invitadas.',
  })
  async cancelAccompanimentSession(
    @Arg('input', () => CancelSessionInput, { description: 'El trámite, la versión consultada, la sesión y los motivos (note).' })
    input: CancelSessionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AccompanimentSessionPayload> {
    const event = { type: 'CANCEL_SESSION', sessionId: input.sessionId, note: input.note.trim() };
    const result = await ctx.services.cases.act(ctx.principal, ctx.requestId, 'ACCOMPANIMENT', input, event);
    return withSession(ctx, result, input.sessionId);
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => AccompanimentSessionPayload, {
    description:
      'Registra una sesión realizada (asesor o asesora asignado): asistencia de las invitadas, acta (texto y, opcionalmente, el acta firmada) y compromisos. El registro de la primera sesión inicia el acompañamiento (inProgress) y cumple el término de la primera sesión.',
  })
  async recordAccompanimentSession(
    @Arg('input', () => RecordSessionInput, { description: 'El trámite, la versión consultada, la sesión y su registro.' })
    input: RecordSessionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AccompanimentSessionPayload> {
    const event = {
      type: 'RECORD_SESSION',
      sessionId: input.sessionId,
      attendance: input.attendance.map((a) => ({ personId: a.personId, attended: a.attended })),
      minutes: input.minutes.trim(),
      actaDocumentId: input.actaDocumentId ?? null,
      commitments: input.commitments.map((c, i) => ({
        id: requestRowId(ctx.principal, input.idempotencyKey, 'commitment', input.caseId, input.sessionId, i),
        description: c.description.trim(),
        owner: c.owner,
        responsible: cleanText(c.responsible),
        dueOn: c.dueOn,
      })),
    };
    const result = await ctx.services.cases.act(ctx.principal, ctx.requestId, 'ACCOMPANIMENT', input, event);
    return withSession(ctx, result, input.sessionId);
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => AccompanimentCommitmentPayload, {
    description:
      'Marca cumplido un compromiso de una sesión: la entidad los suyos (ENTITY), el asesor o asesora asignado los del Ministerio (MINISTRY). Queda en el historial del trámite, también después de que el acompañamiento terminó.',
  })
  async completeAccompanimentCommitment(
    @Arg('input', () => CompleteCommitmentInput, {
      description: 'El compromiso, una nota opcional, la versión consultada y la clave de idempotencia.',
    })
    input: CompleteCommitmentInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AccompanimentCommitmentPayload> {
    const commitment = await findCommitment(ctx.em, input.commitmentId);
    // Another entity's commitment looks exactly like a missing one.
    if (!(await ctx.services.cases.find(ctx.em, ctx.principal, commitment.caseId)))
      throw new NotFoundError(`No existe el compromiso ${input.commitmentId}`);
    const result = await ctx.services.cases.amend(
      ctx.principal,
      ctx.requestId,
      'ACCOMPANIMENT',
      { caseId: commitment.caseId, expectedVersion: input.expectedVersion, idempotencyKey: input.idempotencyKey },
      completion(commitment, ctx.principal, cleanText(input.note)),
    );
    const row = await ctx.em.findOneOrFail(Commitment, { id: commitment.id }, { disableIdentityMap: true });
    return Object.assign(new AccompanimentCommitmentPayload(), result, { commitment: commitmentType(row, ctx.services.clock.now()) });
  }
}

/** `case { accompaniment { sessions commitments } }`: read by whoever may read the case. */
@Resolver(() => AccompanimentType)
export class AccompanimentSessionsResolver {
  @FieldResolver(() => [AccompanimentSessionType], {
    description: 'Las sesiones, en el orden en que se programaron (las canceladas incluidas).',
  })
  async sessions(@Root() root: AccompanimentType, @Ctx() ctx: GraphQLContext): Promise<AccompanimentSessionType[]> {
    return (await ctx.accompaniment.sessions.load(root.caseId)).map(sessionType);
  }

  @FieldResolver(() => [CommitmentType], { description: 'Los compromisos de todas las sesiones, los que vencen antes primero.' })
  async commitments(@Root() root: AccompanimentType, @Ctx() ctx: GraphQLContext): Promise<CommitmentType[]> {
    const now = ctx.services.clock.now();
    return (await ctx.accompaniment.commitments.load(root.caseId)).map((c) => commitmentType(c, now));
  }
}

/** A session's invitees (with their names), its signed acta and its commitments. */
@Resolver(() => AccompanimentSessionType)
export class AccompanimentSessionFieldsResolver {
  @FieldResolver(() => [SessionInviteeType], { description: 'Las personas invitadas y, una vez registrada, si asistieron.' })
  async invitees(@Root() session: AccompanimentSessionType, @Ctx() ctx: GraphQLContext): Promise<SessionInviteeType[]> {
    const rows = await ctx.accompaniment.invitees.load(session.id);
    const people = await ctx.peopleLoaders.persons.loadMany(rows.map((r) => r.personId));
    return rows.map((r, i) => {
      const person = people[i];
      return Object.assign(new SessionInviteeType(), {
        personId: r.personId,
        name: person && !(person instanceof Error) ? person.name : null,
        attended: r.attended,
      });
    });
  }

  @FieldResolver(() => DocumentType, {
    nullable: true,
    description: 'El acta firmada (documento ACCOMPANIMENT_MINUTES), si se adjuntó y quien consulta puede leerla.',
  })
  async acta(@Root() session: AccompanimentSessionType, @Ctx() ctx: GraphQLContext): Promise<DocumentType | null> {
    if (!session.actaDocumentId) return null;
    const [doc] = await readableDocuments(
      ctx,
      await ctx.documentLoaders.byOwner.load(documentOwnerRef('ACCOMPANIMENT_SESSION', session.id)),
    );
    return doc ?? null;
  }

  @FieldResolver(() => [CommitmentType], { description: 'Los compromisos que dejó esta sesión.' })
  async commitments(@Root() session: AccompanimentSessionType, @Ctx() ctx: GraphQLContext): Promise<CommitmentType[]> {
    const now = ctx.services.clock.now();
    return (await ctx.accompaniment.commitments.load(session.caseId))
      .filter((c) => c.sessionId === session.id)
      .map((c) => commitmentType(c, now));
  }
}
