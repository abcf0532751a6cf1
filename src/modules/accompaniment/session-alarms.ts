import type { WorkflowRegistry } from '../../../workflows/registry';

import type { JobHandler } from '../../core/queue/job-deps';
import { QueueName } from '../../core/queue/queues';
import { addWorkingDays, atBogotaTime, bogotaDay, endOfDay, reminderInstant } from '../../core/time/business-calendar';
import type { WorkflowCase } from '../../core/workflow/case.entity';
import type { Alarm } from '../deadlines/alarm.entity';
import { runAlarm, type AlarmDraft, type AlarmHandler, type AlarmJobDeps, type AlarmTransaction } from '../deadlines/alarms';
import type { NotificationDraft } from '../notifications/notification-center';
import { audienceOf } from '../notifications/notification-facts';
import {
  commitmentDueText,
  commitmentOverdueText,
  sessionNoticeText,
  sessionReminderText,
  type CommitmentFacts,
  type SessionFacts,
} from '../notifications/notification-templates';
import { Audience, NotificationKind } from '../notifications/notification.entity';
import { Person, PersonStatus } from '../people/person.entity';
import type { TerritorialDirectory } from '../territorial-entities/territorial-entity.service';
import { AccompanimentSession, Commitment, SessionInvitee } from './accompaniment.entity';

/*
 * The accompaniment's alarms (deadlines/alarms.ts): the invitees' notice of a session scheduled,
 * moved or cancelled (due at once, so it is as durable as the change), their reminders a business
 * day and an hour before, and a commitment's reminder to its owner the business day before it is
 * due and its escalation the first instant after its due day.
 */

export const SESSION_NOTICE = 'session-notice';
export const SESSION_REMINDER = 'session-reminder';
export const COMMITMENT_DUE = 'commitment-due';
export const COMMITMENT_OVERDUE = 'commitment-overdue';

export type NoticeSlot = 'SCHEDULED' | 'MOVED' | 'CANCELLED';
export type ReminderSlot = 'DAY_BEFORE' | 'HOUR_BEFORE';

const HOUR_MS = 3_600_000;

/** One business day before the session, at the same time of day (Bogotá). */
export function dayBefore(startsAt: Date): Date {
  const day = bogotaDay(startsAt);
  const timeOfDay = startsAt.getTime() - atBogotaTime(day, 0).getTime();
  return new Date(atBogotaTime(addWorkingDays(day, -1), 0).getTime() + timeOfDay);
}

/** The instants of a session's reminders. */
export function reminderInstants(startsAt: Date): Record<ReminderSlot, Date> {
  return { DAY_BEFORE: dayBefore(startsAt), HOUR_BEFORE: new Date(startsAt.getTime() - HOUR_MS) };
}

/** A session's alarms: the invitees' notice now (unless none) and the reminders still in the future at `at`. */
export function sessionAlarms(caseId: string, sessionId: string, startsAt: Date, at: Date, notice: NoticeSlot | null): AlarmDraft[] {
  const drafts: AlarmDraft[] = notice ? [{ caseId, kind: SESSION_NOTICE, subjectId: sessionId, slot: notice, fireAt: at }] : [];
  for (const [slot, fireAt] of Object.entries(reminderInstants(startsAt)))
    if (fireAt > at) drafts.push({ caseId, kind: SESSION_REMINDER, subjectId: sessionId, slot, fireAt });
  return drafts;
}

/** The reminder to a commitment's owner: 08:00 Bogotá the business day before its due day. */
export const commitmentDueAt = (dueOn: string): Date => reminderInstant(endOfDay(dueOn), 1);
/** Overdue from the first instant after its due day (Bogotá). */
export const commitmentOverdueAt = (dueOn: string): Date => new Date(endOfDay(dueOn).getTime() + 1);

/** A commitment's alarms: its reminder (if still ahead at `at`) and its escalation. */
export function commitmentAlarms(caseId: string, commitmentId: string, dueOn: string, at: Date): AlarmDraft[] {
  const due = commitmentDueAt(dueOn);
  return [
    ...(due > at ? [{ caseId, kind: COMMITMENT_DUE, subjectId: commitmentId, slot: 'DUE', fireAt: due }] : []),
    { caseId, kind: COMMITMENT_OVERDUE, subjectId: commitmentId, slot: 'OVERDUE', fireAt: commitmentOverdueAt(dueOn) },
  ];
}

/** What the handlers read beyond the alarm's own transaction. */
export interface SessionAlarmDeps extends AlarmJobDeps {
  directory: TerritorialDirectory;
  registry: WorkflowRegistry;
}

async function entityName(deps: SessionAlarmDeps, code: string): Promise<string> {
  return (await deps.directory.read((d) => d.find(code)?.name)) ?? code;
}

async function caseOf(deps: SessionAlarmDeps, db: AlarmTransaction, alarm: Alarm): Promise<WorkflowCase | null> {
  return alarm.caseId ? deps.store.findCase(db.trx, alarm.caseId) : null;
}

async function sessionFacts(deps: SessionAlarmDeps, kase: WorkflowCase, s: AccompanimentSession): Promise<SessionFacts> {
  return {
    entityName: await entityName(deps, kase.entityCode),
    entityCode: kase.entityCode,
    number: s.number,
    startsAt: s.startsAt,
    durationMinutes: s.durationMinutes,
    modality: s.modality,
    place: s.place,
    meetingUrl: s.meetingUrl,
    agenda: s.agenda,
  };
}

/** Each active invitee, addressed as a user by their subject (mail goes to their contact address). */
async function invitees(db: AlarmTransaction, sessionId: string): Promise<Person[]> {
  const em = db.em();
  const ids = (await em.find(SessionInvitee, { sessionId }, { disableIdentityMap: true })).map((i) => i.personId);
  if (!ids.length) return [];
  return em.find(Person, { id: { $in: ids }, status: PersonStatus.ACTIVE }, { disableIdentityMap: true, orderBy: { id: 'asc' } });
}

function toInvitees(
  alarm: Alarm,
  kase: WorkflowCase,
  people: Person[],
  kind: NotificationKind,
  text: { title: string; body: string },
): NotificationDraft[] {
  return people.map((p) => ({
    dedupeKey: `alarm:${alarm.id}:${p.id}`,
    caseId: kase.id,
    kind,
    audienceKind: Audience.USER,
    audience: p.subject,
    ...text,
  }));
}

/**
 * Whether a notice or reminder still has something to say: an invitation or a reminder only of a
 * session still scheduled in a case still open, a cancellation only of a session cancelled (its
 * case may have ended: a withdrawal cancels the sessions and tells the invitees). The steps cancel
 * the alarms that no longer apply; this is only the belt to those braces.
 */
export function stillTrue(slot: string, kase: Pick<WorkflowCase, 'final'>, session: Pick<AccompanimentSession, 'status'>): boolean {
  if (slot === 'CANCELLED') return session.status === 'CANCELLED';
  return !kase.final && session.status === 'SCHEDULED';
}

const sessionNotice =
  (deps: SessionAlarmDeps): AlarmHandler =>
  async (db, alarm) => {
    const kase = await caseOf(deps, db, alarm);
    const session = await db.em().findOne(AccompanimentSession, { id: alarm.subjectId }, { disableIdentityMap: true });
    if (!kase || !session || !stillTrue(alarm.slot, kase, session)) return [];
    const slot = alarm.slot as NoticeSlot;
    const text = sessionNoticeText(await sessionFacts(deps, kase, session), slot, slot === 'CANCELLED' ? session.cancelReason : null);
    return toInvitees(alarm, kase, await invitees(db, session.id), NotificationKind.SESSION_SCHEDULED, text);
  };

const sessionReminder =
  (deps: SessionAlarmDeps): AlarmHandler =>
  async (db, alarm) => {
    const kase = await caseOf(deps, db, alarm);
    const session = await db.em().findOne(AccompanimentSession, { id: alarm.subjectId }, { disableIdentityMap: true });
    if (!kase || !session || !stillTrue(alarm.slot, kase, session)) return [];
    const text = sessionReminderText(await sessionFacts(deps, kase, session), alarm.slot as ReminderSlot);
    return toInvitees(alarm, kase, await invitees(db, session.id), NotificationKind.SESSION_REMINDER, text);
  };

async function commitmentFacts(deps: SessionAlarmDeps, db: AlarmTransaction, kase: WorkflowCase, c: Commitment): Promise<CommitmentFacts> {
  const session = await db.em().findOne(AccompanimentSession, { id: c.sessionId }, { fields: ['number'], disableIdentityMap: true });
  return {
    entityName: await entityName(deps, kase.entityCode),
    entityCode: kase.entityCode,
    description: c.description,
    owner: c.owner,
    responsible: c.responsible,
    dueOn: c.dueOn,
    sessionNumber: session?.number ?? 0,
  };
}

/** The side that owes a commitment: the entity, or the advisor assigned (the coordinators when there is none). */
const ownerAudience = (c: Commitment, kase: WorkflowCase) => audienceOf(c.owner === 'ENTITY' ? 'ENTITY' : 'ADVISOR', kase)!;

async function openCommitment(deps: SessionAlarmDeps, db: AlarmTransaction, alarm: Alarm) {
  const kase = await caseOf(deps, db, alarm);
  const commitment = await db.em().findOne(Commitment, { id: alarm.subjectId }, { disableIdentityMap: true });
  return kase && commitment && commitment.status === 'OPEN' ? { kase, commitment } : null;
}

const commitmentDue =
  (deps: SessionAlarmDeps): AlarmHandler =>
  async (db, alarm) => {
    const found = await openCommitment(deps, db, alarm);
    if (!found) return [];
    const { kase, commitment } = found;
    const text = commitmentDueText(await commitmentFacts(deps, db, kase, commitment));
    return [
      {
        dedupeKey: `alarm:${alarm.id}`,
        caseId: kase.id,
        kind: NotificationKind.COMMITMENT_DUE,
        ...ownerAudience(commitment, kase),
        ...text,
      },
    ];
  };

const commitmentOverdue =
  (deps: SessionAlarmDeps): AlarmHandler =>
  async (db, alarm, now) => {
    const found = await openCommitment(deps, db, alarm);
    if (!found) return [];
    const { kase, commitment } = found;
    // Flagged with the notices, in the alarm's transaction.
    await db.em().nativeUpdate(Commitment, { id: commitment.id, status: 'OPEN', escalatedAt: null }, { escalatedAt: now });
    const text = commitmentOverdueText(await commitmentFacts(deps, db, kase, commitment));
    const owner = ownerAudience(commitment, kase);
    const addressed = [
      { dedupeKey: `alarm:${alarm.id}`, audienceKind: Audience.COORDINATORS, audience: null },
      ...(owner.audienceKind !== Audience.COORDINATORS ? [{ dedupeKey: `alarm:${alarm.id}:owner`, ...owner }] : []),
    ];
    return addressed.map((a) => ({ ...a, caseId: kase.id, kind: NotificationKind.COMMITMENT_OVERDUE, ...text }));
  };

/** The accompaniment module's alarm jobs, on the reminders queue. */
export function sessionAlarmJobs(deps: SessionAlarmDeps): JobHandler[] {
  const handlers: Record<string, AlarmHandler> = {
    [SESSION_NOTICE]: sessionNotice(deps),
    [SESSION_REMINDER]: sessionReminder(deps),
    [COMMITMENT_DUE]: commitmentDue(deps),
    [COMMITMENT_OVERDUE]: commitmentOverdue(deps),
  };
  return Object.entries(handlers).map(([name, handle]) => ({
    queue: QueueName.REMINDERS,
    name,
    run: (job, token) => runAlarm(deps, job, token, handle),
  }));
}
