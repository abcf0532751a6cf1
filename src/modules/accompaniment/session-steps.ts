import type { EntityManager } from '@mikro-orm/knex';

import type { WorkflowCase } from '../../core/workflow/case.entity';
import type { WorkflowEvent } from '../../core/workflow/ports';
import { cancelAlarms, scheduleAlarms } from '../deadlines/alarms';
import type { AccompanimentStep, StepsFactory } from './accompaniment-steps';
import { AccompanimentSession, Commitment, SessionInvitee } from './accompaniment.entity';
import { commitmentAlarms, sessionAlarms } from './session-alarms';
import {
  actaOwner,
  checkCancel,
  checkRecord,
  checkReschedule,
  checkSchedule,
  movedPlan,
  sessionOf,
  type SessionChanges,
  type SessionPlan,
  type SessionRecord,
} from './session.service';

/*
 * The sessions part of a version 2 accompaniment: SCHEDULE_SESSION, RESCHEDULE_SESSION,
 * CANCEL_SESSION and RECORD_SESSION. The resolver validates the input's shape and puts the data in
 * the event (so the history records it); `before` checks it against the case and the clock, and
 * `after` writes the rows and the alarms in the transition's transaction. The events that end the
 * advisor's work (WITHDRAW, ACCEPT_ROADMAP, FINISH_SUPPORT) cancel the sessions still scheduled.
 */

/** The plan a SCHEDULE_SESSION event carries. */
function planOf(event: WorkflowEvent): SessionPlan {
  return {
    startsAt: new Date(String(event.startsAt)),
    durationMinutes: Number(event.durationMinutes),
    modality: event.modality as SessionPlan['modality'],
    place: (event.place as string | null) ?? null,
    meetingUrl: (event.meetingUrl as string | null) ?? null,
    agenda: String(event.agenda ?? ''),
    inviteeIds: (event.inviteeIds as string[]) ?? [],
  };
}

/** The changes a RESCHEDULE_SESSION event carries (fields it does not name stay). */
function changesOf(event: WorkflowEvent): SessionChanges {
  const changes: SessionChanges = { startsAt: new Date(String(event.startsAt)) };
  if (event.durationMinutes != null) changes.durationMinutes = Number(event.durationMinutes);
  if (event.modality != null) changes.modality = event.modality as SessionPlan['modality'];
  if ('place' in event) changes.place = (event.place as string | null) ?? null;
  if ('meetingUrl' in event) changes.meetingUrl = (event.meetingUrl as string | null) ?? null;
  if (event.agenda != null) changes.agenda = String(event.agenda);
  if (event.inviteeIds != null) changes.inviteeIds = event.inviteeIds as string[];
  return changes;
}

function recordOf(event: WorkflowEvent): SessionRecord {
  return {
    sessionId: String(event.sessionId),
    attendance: (event.attendance as SessionRecord['attendance']) ?? [],
    minutes: String(event.minutes ?? ''),
    actaDocumentId: (event.actaDocumentId as string | null) ?? null,
    commitments: (event.commitments as SessionRecord['commitments']) ?? [],
  };
}

async function inviteAll(em: EntityManager, sessionId: string, personIds: readonly string[]): Promise<void> {
  if (personIds.length)
    await em.insertMany(
      SessionInvitee,
      personIds.map((personId) => ({ sessionId, personId, attended: null })),
    );
}

/**
 * Why a session still scheduled is cancelled when its accompaniment stops taking sessions (what
 * its invitees are told). The case's sessions are only accepted up to these events, so a session
 * left scheduled could neither be cancelled nor recorded afterwards, and would remind people of
 * a meeting that will not happen.
 */
export const ENDING_REASONS = {
  WITHDRAW: 'La entidad desistió del acompañamiento.',
  ACCEPT_ROADMAP: 'El acompañamiento terminó: la entidad aceptó la hoja de ruta.',
  FINISH_SUPPORT: 'El acompañamiento terminó: se dio por terminado el apoyo al autodiagnóstico.',
} as const;

/** Cancels every session of the case still scheduled, with its reminders, and tells its invitees why. */
async function cancelScheduled(em: EntityManager, kase: WorkflowCase, reason: string, at: Date): Promise<void> {
  const ids = (
    await em.find(AccompanimentSession, { caseId: kase.id, status: 'SCHEDULED' }, { fields: ['id'], disableIdentityMap: true })
  ).map((s) => s.id);
  if (!ids.length) return;
  await em.nativeUpdate(
    AccompanimentSession,
    { id: { $in: ids }, status: 'SCHEDULED' },
    { status: 'CANCELLED', cancelReason: reason, updatedAt: at },
  );
  await cancelAlarms(em, ids, at);
  await scheduleAlarms(
    em,
    ids.flatMap((id) => sessionAlarms(kase.id, id, at, at, 'CANCELLED')),
    at,
    kase.version,
  );
}

export const sessionSteps: StepsFactory = (services) => {
  const steps: AccompanimentStep[] = [
    {
      event: 'SCHEDULE_SESSION',
      before: (db, _actor, kase, event, now) => checkSchedule(db(), kase, planOf(event), now),
      async after(db, actor, kase, event, at) {
        const em = db();
        const plan = planOf(event);
        const sessionId = String(event.sessionId);
        const number = (await em.count(AccompanimentSession, { caseId: kase.id })) + 1;
        await em.insert(AccompanimentSession, {
          id: sessionId,
          caseId: kase.id,
          number,
          startsAt: plan.startsAt,
          durationMinutes: plan.durationMinutes,
          modality: plan.modality,
          place: plan.place,
          meetingUrl: plan.meetingUrl,
          agenda: plan.agenda,
          status: 'SCHEDULED',
          cancelReason: null,
          minutes: null,
          actaDocumentId: null,
          rescheduled: 0,
          scheduledBy: actor.subject,
          createdAt: at,
          updatedAt: at,
          recordedAt: null,
        });
        await inviteAll(em, sessionId, plan.inviteeIds);
        await scheduleAlarms(em, sessionAlarms(kase.id, sessionId, plan.startsAt, at, 'SCHEDULED'), at, kase.version);
      },
    },
    {
      event: 'RESCHEDULE_SESSION',
      before: (db, _actor, kase, event, now) => checkReschedule(db(), kase, String(event.sessionId), changesOf(event), now),
      async after(db, _actor, kase, event, at) {
        const em = db();
        const sessionId = String(event.sessionId);
        const session = await sessionOf(em, kase, sessionId, 'No se reprogramó la sesión');
        const moved = movedPlan(session, changesOf(event));
        await em.nativeUpdate(
          AccompanimentSession,
          { id: sessionId, status: 'SCHEDULED' },
          {
            startsAt: moved.startsAt,
            durationMinutes: moved.durationMinutes,
            modality: moved.modality,
            place: moved.place,
            meetingUrl: moved.meetingUrl,
            agenda: moved.agenda,
            rescheduled: session.rescheduled + 1,
            updatedAt: at,
          },
        );
        if (moved.inviteeIds) {
          await em.nativeDelete(SessionInvitee, { sessionId });
          await inviteAll(em, sessionId, moved.inviteeIds);
        }
        // The old instants send nothing; the new ones are scheduled, with the notice of the move.
        await cancelAlarms(em, sessionId, at);
        await scheduleAlarms(em, sessionAlarms(kase.id, sessionId, moved.startsAt, at, 'MOVED'), at, kase.version);
      },
    },
    {
      event: 'CANCEL_SESSION',
      before: (db, _actor, kase, event) => checkCancel(db(), kase, String(event.sessionId)),
      async after(db, _actor, kase, event, at) {
        const em = db();
        const sessionId = String(event.sessionId);
        await em.nativeUpdate(
          AccompanimentSession,
          { id: sessionId, status: 'SCHEDULED' },
          { status: 'CANCELLED', cancelReason: String(event.note).trim(), updatedAt: at },
        );
        await cancelAlarms(em, sessionId, at);
        await scheduleAlarms(em, sessionAlarms(kase.id, sessionId, at, at, 'CANCELLED'), at, kase.version);
      },
    },
    {
      event: 'RECORD_SESSION',
      async before(db, _actor, kase, event, now) {
        await checkRecord(db(), kase, recordOf(event), now, async (owner) => {
          const ref = { id: String(event.actaDocumentId), path: 'input.actaDocumentId' };
          return (await services.attachments.check(db(), [{ owner, refs: [ref] }])).problems;
        });
      },
      async after(db, actor, kase, event, at) {
        const em = db();
        const record = recordOf(event);
        await em.nativeUpdate(
          AccompanimentSession,
          { id: record.sessionId, status: 'SCHEDULED' },
          { status: 'HELD', minutes: record.minutes.trim(), actaDocumentId: record.actaDocumentId, recordedAt: at, updatedAt: at },
        );
        const attended = new Set(record.attendance.filter((a) => a.attended).map((a) => a.personId));
        const present = [...attended];
        if (present.length)
          await em.nativeUpdate(SessionInvitee, { sessionId: record.sessionId, personId: { $in: present } }, { attended: true });
        // Everyone else invited is recorded as absent.
        await em.nativeUpdate(SessionInvitee, { sessionId: record.sessionId, attended: null }, { attended: false });
        if (record.commitments.length)
          await em.insertMany(
            Commitment,
            record.commitments.map((c) => ({
              id: c.id,
              caseId: kase.id,
              sessionId: record.sessionId,
              description: c.description.trim(),
              owner: c.owner,
              responsible: c.responsible,
              dueOn: c.dueOn,
              status: 'OPEN' as const,
              doneNote: null,
              doneBy: null,
              doneAt: null,
              escalatedAt: null,
              createdAt: at,
            })),
          );
        if (record.actaDocumentId)
          await services.attachments.attach(
            em,
            actor,
            [{ id: record.actaDocumentId, path: 'input.actaDocumentId' }],
            actaOwner(kase, record.sessionId),
          );
        // A reminder not yet sent has nothing left to remind of.
        await cancelAlarms(em, record.sessionId, at);
        await scheduleAlarms(
          em,
          record.commitments.flatMap((c) => commitmentAlarms(kase.id, c.id, c.dueOn, at)),
          at,
          kase.version,
        );
      },
    },
    // Commitments are not touched: they outlive the accompaniment (marked done, reminded and escalated after it ends).
    ...(Object.keys(ENDING_REASONS) as (keyof typeof ENDING_REASONS)[]).map((event): AccompanimentStep => ({
      event,
      after: (db, _actor, kase, _event, at) => cancelScheduled(db(), kase, ENDING_REASONS[event], at),
    })),
  ];
  return steps;
};
