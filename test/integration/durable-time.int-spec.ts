// Durable time through the real API: business-day terms, reminders, escalation, expiry, term
// extensions and notifications (in-app, e-mail, graphql-ws). Every system here runs its worker
// in-process on an adjustable clock; a test moves the clock, promotes the delayed jobs and waits
// on what the jobs write, never on sleeps.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

import { fromGlobalId } from '../../src/core/graphql/global-ids';
import {
  CaseDeadlinesDocument,
  ExtendTermDocument,
  MarkAllNotificationsReadDocument,
  MarkNotificationsReadDocument,
  NotificationsDocument,
  OverdueCasesDocument,
  RequestAccompanimentDocument,
  StartApplicationDocument,
  TermExtendableDocument,
  type DeadlineFieldsFragment,
  type NotificationFieldsFragment,
} from '../graphql/generated';
import { requestInput } from '../support/accompaniment';
import { errorCode, execute, executeText } from '../support/http';
import { notificationOfMessageId, parseMail, startMailCapture, type CapturedMail, type MailCapture } from '../support/smtp-capture';
import { listening, startTestSystem, type TestSystem } from '../support/test-system';
import {
  bogota,
  clockOf,
  createCallAt,
  eventually,
  finished,
  openProgrammeAt,
  settled,
  timeTravelEnv,
  travelTo,
} from '../support/time-travel';
import { actors, drive, validatedAssessment, type Actors } from '../support/workflow';

/** Friday 20 November 2026, 3 p.m. in Bogotá: every system below starts its clock here. */
const START = bogota('2026-11-20T15:00:00');
/** The coordinators' mail goes to each active coordinator of the directory: here the one `app.token` enrolls. */
const COORDINATORS_MAIL = 'coordinator@test';
/** An entity's mail goes to its representative (and TIC leader, and members who opted in): here the one `app.token` enrolls. */
const representativeMail = (code: string) => (code === '05001' ? 'entity_representative@test' : `entity_representative.${code}@test`);
const MAIL_FOOTER = 'Consulte el detalle en la plataforma de Ciudades y Territorios Inteligentes.';
/** The raw key of an API (global) id: what rows, jobs, mail Message-IDs and file names are keyed by. */
const keyOf = (id: string) => fromGlobalId(id)!.key;

async function caseWithDeadlines(app: TestSystem, token: string, id: string) {
  const res = await execute(app.url, CaseDeadlinesDocument, { id }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.case!;
}

/** The case's one term (of `kind`, when given: an application also has the ministry's eligibility review term). */
async function onlyDeadline(app: TestSystem, token: string, id: string, kind?: string): Promise<DeadlineFieldsFragment> {
  const kase = await caseWithDeadlines(app, token, id);
  const terms = kase.deadlines.filter((d) => kind === undefined || d.kind === kind);
  expect(terms).toHaveLength(1);
  return terms[0];
}

async function notificationsOf(app: TestSystem, token: string, args: { first?: number; after?: string | null; unreadOnly?: boolean } = {}) {
  const res = await execute(app.url, NotificationsDocument, { first: 100, ...args }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.notifications;
}

async function listOf(app: TestSystem, token: string): Promise<NotificationFieldsFragment[]> {
  return (await notificationsOf(app, token)).edges.map((e) => e.node);
}

/** Waits for the one notification of `kind` about `caseId` that `token`'s holder sees. */
function notificationFor(app: TestSystem, token: string, caseId: string, kind: NotificationFieldsFragment['kind']) {
  return eventually(app, `una notificación ${kind} del trámite ${caseId}`, async () => {
    const found = (await listOf(app, token)).filter((n) => n.caseId === caseId && n.kind === kind);
    return found.length ? found : undefined;
  }).then((found) => {
    expect(found).toHaveLength(1);
    return found[0];
  });
}

function mailOf(app: TestSystem, mail: MailCapture, notificationId: string): Promise<CapturedMail> {
  return eventually(app, `el correo de la notificación ${notificationId}`, async () =>
    mail.messages.find((m) => notificationOfMessageId(m.messageId) === keyOf(notificationId)),
  );
}

const mailsFor = (mail: MailCapture, notificationId: string) =>
  mail.messages.filter((m) => notificationOfMessageId(m.messageId) === keyOf(notificationId));

async function overdueIds(app: TestSystem, token: string, overdue: boolean): Promise<string[]> {
  const res = await execute(app.url, OverdueCasesDocument, { overdue }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.cases.edges.map((e) => e.node.id);
}

async function requestAccompaniment(app: TestSystem, token: string): Promise<string> {
  const res = await execute(app.url, RequestAccompanimentDocument, { input: requestInput('ROADMAP') }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.requestAccompaniment.case.id;
}

/** Opens an application to `callId` and takes it to correctionsRequested (the entity's term starts). */
async function toCorrections(app: TestSystem, who: Actors, callId: string): Promise<string> {
  const started = await execute(app.url, StartApplicationDocument, { input: { callId } }, { token: who.member });
  expect(started.errors).toBeUndefined();
  const id = started.data!.startApplication.case.id;
  for (const event of ['SUBMIT', 'START_ELIGIBILITY_REVIEW', 'REQUEST_CORRECTIONS'])
    await drive(app, who, 'COFINANCING_APPLICATION', id, event);
  return id;
}

/**
 * Sets `app`'s clock to START and opens the programme then, with a validated assessment for each
 * entity of `codes`; their actors come back in the same order, with the programme's call.
 */
async function programmeAtStart(app: TestSystem, codes: string[]): Promise<{ entities: Actors[]; callId: string }> {
  await clockOf(app).set(START);
  const entities = await Promise.all(codes.map((code) => actors(app, code)));
  // The call gives 10 días hábiles to complete a request: this suite counts business days (the
  // default month of machine version 3 is corrections-term.int-spec.ts's).
  const { cycleId, callId } = await openProgrammeAt(app, entities[0].coordinator, START, { correctionsTermDays: 10 });
  for (const who of entities) await validatedAssessment(app, who, cycleId);
  return { entities, callId };
}

describe('a ministry-side term: the answer to an accompaniment request (15 business days)', () => {
  let app: TestSystem;
  let mail: MailCapture;
  let who: Actors;
  let caseId: string;
  // Counted by hand from Friday 20 Nov 2026 (the request day does not count): 23–27 Nov (5),
  // 30 Nov–4 Dec (10), 7 Dec (11), 8 Dec is a holiday (Inmaculada Concepción), 9–11 Dec (14),
  // Monday 14 Dec (15). The term ends at 23:59:59.999 Bogotá that day.
  const DUE = '2026-12-15T04:59:59.999Z';
  // Five business days before Monday 14 Dec (skipping the 8th): 11, 10, 9, 7, 4 → Friday 4 Dec, 08:00 Bogotá.
  const FIRST_REMINDER = bogota('2026-12-04T08:00:00');

  beforeAll(async () => {
    mail = await startMailCapture();
    app = await startTestSystem(timeTravelEnv({ SMTP_URL: mail.url }), { worker: true });
    [who] = (await programmeAtStart(app, ['05001'])).entities;
    caseId = await requestAccompaniment(app, who.member);
    await settled(app);
  });
  afterAll(async () => {
    await app?.stop();
    await mail?.close();
  });

  it('shows the running term on the case: kind, exact due instant, status and business days left', async () => {
    const d = await onlyDeadline(app, who.member, caseId);
    expect(d).toMatchObject({
      kind: 'ACCOMPANIMENT_RESPONSE',
      label: 'Respuesta a la solicitud de acompañamiento (derecho de petición)',
      state: 'requested',
      owner: 'MINISTRY',
      calendar: 'BUSINESS',
      days: 15,
      dueAt: DUE,
      originalDueAt: DUE,
      status: 'PENDING',
      remaining: 15,
      overdue: false,
      onExpire: null,
      extendedDays: null,
      extensionReason: null,
      closedAt: null,
    });
    // Started on the moved clock, not on the machine's.
    expect(new Date(d.startedAt as string).getTime() - START.getTime()).toBeGreaterThanOrEqual(0);
    expect(new Date(d.startedAt as string).getTime() - START.getTime()).toBeLessThan(60_000);
    expect(await overdueIds(app, who.coordinator, true)).not.toContain(caseId);
    expect(await overdueIds(app, who.coordinator, false)).toContain(caseId);
  });

  it('reminds the coordinators at 08:00 five business days before, not a minute earlier, in the app and by e-mail', async () => {
    await travelTo(app, new Date(FIRST_REMINDER.getTime() - 60_000));
    expect((await listOf(app, who.coordinator)).filter((n) => n.kind === 'DEADLINE_REMINDER')).toEqual([]);
    const term = await onlyDeadline(app, who.coordinator, caseId);
    // Promoted a minute early, the reminder went back to wait for its instant.
    expect((await app.system.worker!.queues.reminders.getDelayed()).filter((j) => j.data.deadlineId === keyOf(term.id))).toHaveLength(1);
    // Business days after today up to the due day: 7, 9, 10, 11 and 14 December.
    expect(term.remaining).toBe(5);

    await travelTo(app, new Date(FIRST_REMINDER.getTime() + 30_000));
    const reminder = await notificationFor(app, who.coordinator, caseId, 'DEADLINE_REMINDER');
    expect(reminder).toMatchObject({
      audience: 'COORDINATORS',
      read: false,
      title: 'Recordatorio: Respuesta a la solicitud de acompañamiento (derecho de petición) vence el lunes, 14 de diciembre de 2026',
    });
    expect(reminder.body).toContain('Quedan 5 días hábiles para respuesta a la solicitud de acompañamiento (derecho de petición)');
    expect(reminder.body).toContain('MEDELLÍN (05001)');
    expect(reminder.body).toContain('11:59 p. m., hora de Colombia');
    expect((await onlyDeadline(app, who.coordinator, caseId)).remaining).toBe(5);

    const sent = await mailOf(app, mail, reminder.id);
    expect(sent.rcptTo).toEqual([COORDINATORS_MAIL]);
    expect(sent.to).toBe(COORDINATORS_MAIL);
    expect(sent.subject).toBe(reminder.title);
    expect(sent.text).toContain(reminder.body);
    expect(sent.text).toContain(MAIL_FOOTER);
    expect(mail.messages.filter((m) => m.subject.startsWith('Recordatorio:'))).toHaveLength(1);
    // The entity does not owe this answer: nothing about the term reaches it.
    expect((await listOf(app, who.member)).filter((n) => n.kind !== 'CASE_UPDATE')).toEqual([]);
  });

  it('flags the case overdue after the due instant and escalates to the coordinators only', async () => {
    await travelTo(app, bogota('2026-12-15T00:00:30'));
    const overdue = await notificationFor(app, who.coordinator, caseId, 'DEADLINE_OVERDUE');
    expect(overdue).toMatchObject({
      audience: 'COORDINATORS',
      title: 'Término vencido sin respuesta: Respuesta a la solicitud de acompañamiento (derecho de petición)',
    });
    expect(overdue.body).toContain('venció el lunes, 14 de diciembre de 2026 sin respuesta del Ministerio');
    expect(await onlyDeadline(app, who.coordinator, caseId)).toMatchObject({
      status: 'OVERDUE',
      overdue: true,
      remaining: -1,
      closedAt: null,
    });
    expect(await overdueIds(app, who.coordinator, true)).toEqual([caseId]);
    expect(await overdueIds(app, who.coordinator, false)).not.toContain(caseId);
    // The entity sees its case flagged too, but none of the coordinators' notifications.
    expect(await overdueIds(app, who.member, true)).toEqual([caseId]);
    const entityOwn = await listOf(app, who.member);
    expect(entityOwn.map((n) => n.audience).every((a) => a === 'ENTITY')).toBe(true);
    expect(entityOwn.map((n) => n.id)).not.toContain(overdue.id);

    const sent = await mailOf(app, mail, overdue.id);
    expect(sent.rcptTo).toEqual([COORDINATORS_MAIL]);
    expect(sent.subject).toBe(overdue.title);
    expect(sent.text).toContain(overdue.body);
    // The second reminder (2 business days before) was still queued when the term ran out: it is not sent late.
    expect((await listOf(app, who.coordinator)).filter((n) => n.caseId === caseId && n.kind === 'DEADLINE_REMINDER')).toHaveLength(1);
    // The firing job run again finds the term already escalated: no second escalation.
    const { deadlines } = app.system.worker!.queues;
    await deadlines.add(
      'fire-deadline',
      { deadlineId: keyOf((await onlyDeadline(app, who.coordinator, caseId)).id) },
      { jobId: 'fire-again' },
    );
    expect(await finished(app, deadlines, 'fire-again')).toBe('stale');
    await settled(app);
    expect((await listOf(app, who.coordinator)).filter((n) => n.caseId === caseId && n.kind === 'DEADLINE_OVERDUE')).toHaveLength(1);
    expect(mailsFor(mail, overdue.id)).toHaveLength(1);
  });

  it('answering late closes the term as MET_LATE and takes the case out of the overdue filter', async () => {
    await drive(app, who, 'ACCOMPANIMENT', caseId, 'ADMIT');
    const d = await onlyDeadline(app, who.coordinator, caseId);
    expect(d).toMatchObject({ status: 'MET_LATE', overdue: true, remaining: null });
    expect(d.closedAt).not.toBeNull();
    expect(await overdueIds(app, who.coordinator, true)).toEqual([]);
    expect(await overdueIds(app, who.coordinator, false)).toContain(caseId);
    const admitted = await notificationFor(app, who.member, caseId, 'CASE_UPDATE');
    expect(admitted).toMatchObject({ audience: 'ENTITY', title: 'Solicitud de acompañamiento técnico: Admitir la solicitud' });
  });

  it('sends one e-mail per notification however many times its job runs', async () => {
    const reminder = (await listOf(app, who.coordinator)).find((n) => n.caseId === caseId && n.kind === 'DEADLINE_REMINDER')!;
    expect(mailsFor(mail, reminder.id)).toHaveLength(1);
    const { notifications } = app.system.worker!.queues;
    await notifications.add('send-mail', { notificationId: keyOf(reminder.id) }, { jobId: 'again' });
    expect(await finished(app, notifications, 'again')).toBe('skipped');
    await settled(app);
    expect(mailsFor(mail, reminder.id)).toHaveLength(1);
  });
});

describe('an entity-side term: corrections to an application (desistimiento when unanswered)', () => {
  let app: TestSystem;
  let mail: MailCapture;
  let cali: Actors;
  let bogotaDc: Actors;
  let barranquilla: Actors;
  /** Cali never answers; Bogotá answers in time; Barranquilla applied to a call with its own 5-day term. */
  let lapsing: string;
  let answered: string;
  let shortTerm: string;
  // 10 business days from Friday 20 Nov 2026: 23–27 Nov (5), 30 Nov–4 Dec (10) → Friday 4 Dec, end of day.
  const DUE = '2026-12-05T04:59:59.999Z';
  // Machine version 3 reminds 5 business days before Friday 4 Dec: 3, 2, 1 Dec, 30 Nov, 27 Nov → Friday 27 Nov, 08:00 Bogotá.
  const FIRST_REMINDER = bogota('2026-11-27T08:00:00');

  beforeAll(async () => {
    mail = await startMailCapture();
    app = await startTestSystem(timeTravelEnv({ SMTP_URL: mail.url }), { worker: true });
    const { entities, callId } = await programmeAtStart(app, ['76001', '11001', '08001']);
    [cali, bogotaDc, barranquilla] = entities;
    const ownTermCall = await createCallAt(app, cali.coordinator, START, {
      title: 'Convocatoria con término propio',
      correctionsTermDays: 5,
    });
    lapsing = await toCorrections(app, cali, callId);
    answered = await toCorrections(app, bogotaDc, callId);
    shortTerm = await toCorrections(app, barranquilla, ownTermCall);
    await settled(app);
  });
  afterAll(async () => {
    await app?.stop();
    await mail?.close();
  });

  it('runs the días hábiles the call sets: 10 on the programme’s call, 5 on another', async () => {
    expect(await onlyDeadline(app, cali.member, lapsing, 'CORRECTIONS')).toMatchObject({
      kind: 'CORRECTIONS',
      label: 'Subsanación de la postulación',
      state: 'correctionsRequested',
      owner: 'ENTITY',
      calendar: 'BUSINESS',
      days: 10,
      dueAt: DUE,
      originalDueAt: DUE,
      status: 'PENDING',
      remaining: 10,
      overdue: false,
      onExpire: 'CORRECTIONS_TERM_EXPIRED',
    });
    // correctionsTermDays: 5 → 23, 24, 25, 26, 27 Nov → Friday 27 Nov, end of day.
    expect(await onlyDeadline(app, barranquilla.member, shortTerm, 'CORRECTIONS')).toMatchObject({
      days: 5,
      dueAt: '2026-11-28T04:59:59.999Z',
      remaining: 5,
    });
  });

  it('a term the entity owes is extended by the entity, within the call’s own term, not by the coordinators', async () => {
    const version = (await caseWithDeadlines(app, barranquilla.member, shortTerm)).version;
    const input = { caseId: shortTerm, days: 2, reason: 'Falta el certificado de disponibilidad presupuestal de la entidad' };
    expect(errorCode(await execute(app.url, ExtendTermDocument, { input }, { token: barranquilla.coordinator }))).toBe('FORBIDDEN');
    // Another entity cannot even see the case.
    expect(errorCode(await execute(app.url, ExtendTermDocument, { input }, { token: cali.representative }))).toBe('NOT_FOUND');
    // At most the term's own length: the call's 5 days, not the default 10.
    const tooLong = await execute(app.url, ExtendTermDocument, { input: { ...input, days: 6 } }, { token: barranquilla.member });
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
    expect(tooLong.errors![0].extensions).toMatchObject({ maxDays: 5 });
    expect((await caseWithDeadlines(app, barranquilla.member, shortTerm)).version).toBe(version);

    const ok = await execute(app.url, ExtendTermDocument, { input }, { token: barranquilla.member });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.extendTerm.case.version).toBe(version + 1);
    expect(ok.data!.extendTerm.entry).toMatchObject({ event: 'EXTEND_TERM', actorRole: 'ENTITY_MEMBER' });
    // Two more business days after Friday 27 Nov: 30 Nov, 1 Dec.
    expect(await onlyDeadline(app, barranquilla.member, shortTerm, 'CORRECTIONS')).toMatchObject({
      dueAt: '2026-12-02T04:59:59.999Z',
      originalDueAt: '2026-11-28T04:59:59.999Z',
      extendedDays: 2,
      status: 'PENDING',
    });
  });

  it('reminds the entity (its users; by mail its representative), not the coordinators', async () => {
    await travelTo(app, new Date(FIRST_REMINDER.getTime() - 60_000));
    expect((await listOf(app, cali.member)).filter((n) => n.kind === 'DEADLINE_REMINDER')).toEqual([]);
    await travelTo(app, new Date(FIRST_REMINDER.getTime() + 30_000));
    const reminder = await notificationFor(app, cali.member, lapsing, 'DEADLINE_REMINDER');
    expect(reminder).toMatchObject({
      audience: 'ENTITY',
      title: 'Recordatorio: Subsanación de la postulación vence el viernes, 4 de diciembre de 2026',
    });
    expect(reminder.body).toContain(
      'Quedan 5 días hábiles para subsanación de la postulación en el trámite Postulación a cofinanciación de CALI (76001)',
    );
    // Every user of the entity sees it; the coordinators and other entities do not.
    expect((await listOf(app, cali.representative)).map((n) => n.id)).toContain(reminder.id);
    expect((await listOf(app, cali.coordinator)).map((n) => n.id)).not.toContain(reminder.id);
    expect((await listOf(app, bogotaDc.member)).map((n) => n.id)).not.toContain(reminder.id);

    const sent = await mailOf(app, mail, reminder.id);
    expect(sent.rcptTo).toEqual([representativeMail('76001')]);
    // The member did not ask for the entity's mail: only the representative's copy went.
    expect(mailsFor(mail, reminder.id)).toHaveLength(1);
    expect(sent.subject).toBe(reminder.title);
    expect(sent.text).toContain(reminder.body);
    const bogotaReminder = await notificationFor(app, bogotaDc.member, answered, 'DEADLINE_REMINDER');
    expect((await mailOf(app, mail, bogotaReminder.id)).rcptTo).toEqual([representativeMail('11001')]);
  });

  it('answering in time closes the term as MET', async () => {
    await travelTo(app, bogota('2026-12-02T10:00:00'));
    await drive(app, bogotaDc, 'COFINANCING_APPLICATION', answered, 'RESUBMIT');
    const d = await onlyDeadline(app, bogotaDc.member, answered, 'CORRECTIONS');
    expect(d).toMatchObject({ status: 'MET', overdue: false, remaining: null });
    // Closed on the moved clock, when the entity answered.
    expect(new Date(d.closedAt as string).getTime() - bogota('2026-12-02T10:00:00').getTime()).toBeGreaterThanOrEqual(0);
    expect(new Date(d.closedAt as string).getTime() - bogota('2026-12-02T10:00:00').getTime()).toBeLessThan(60_000);
  });

  it('after the due instant an unanswered application is rejected for desistimiento by the system', async () => {
    await travelTo(app, bogota('2026-12-05T00:00:30'));
    const kase = await eventually(app, 'el rechazo por desistimiento', async () => {
      const k = await caseWithDeadlines(app, cali.member, lapsing);
      return k.state === 'rejected' ? k : undefined;
    });
    expect(kase).toMatchObject({
      outcome: 'DESISTIMIENTO',
      lastNote: 'Rechazada por desistimiento: la subsanación no se radicó dentro del término.',
    });
    expect(kase.history.at(-1)).toMatchObject({
      event: 'CORRECTIONS_TERM_EXPIRED',
      eventLabel: 'Vencimiento del término de subsanación',
      fromState: 'correctionsRequested',
      toState: 'rejected',
      actorRole: 'SYSTEM',
      actorSubject: 'system:deadline',
    });
    const corrections = kase.deadlines.filter((d) => d.kind === 'CORRECTIONS');
    expect(corrections).toHaveLength(1);
    expect(corrections[0]).toMatchObject({ status: 'EXPIRED', remaining: null });
    expect(corrections[0].closedAt).not.toBeNull();
    // An expired term is settled, not an open overdue one.
    expect(await overdueIds(app, cali.coordinator, true)).not.toContain(lapsing);
    const update = await eventually(app, 'el aviso del rechazo a la entidad', async () =>
      (await listOf(app, cali.member)).find(
        (n) => n.caseId === lapsing && n.kind === 'CASE_UPDATE' && n.title.endsWith('Vencimiento del término de subsanación'),
      ),
    );
    expect(update.body).toContain('está ahora en «Rechazada»');
    expect((await mailOf(app, mail, update.id)).rcptTo).toEqual([representativeMail('76001')]);
    // The call's own 5-day term, extended to 1 December, expired the same way.
    const short = await caseWithDeadlines(app, barranquilla.member, shortTerm);
    expect(short).toMatchObject({ state: 'rejected', outcome: 'DESISTIMIENTO' });
    expect(short.deadlines.find((d) => d.kind === 'CORRECTIONS')).toMatchObject({ status: 'EXPIRED', dueAt: '2026-12-02T04:59:59.999Z' });
  });

  it('a stale deadline job changes nothing', async () => {
    const knex = app.system.orm.em.getKnex();
    const before = await caseWithDeadlines(app, bogotaDc.member, answered);
    const met = before.deadlines.find((d) => d.kind === 'CORRECTIONS')!;
    expect(met.status).toBe('MET');
    const notificationsBefore = await knex('notification')
      .where({ case_id: keyOf(answered) })
      .count({ c: '*' });
    const { deadlines } = app.system.worker!.queues;
    await deadlines.add('fire-deadline', { deadlineId: keyOf(met.id) }, { jobId: 'stale-test', delay: 3600_000 });
    await travelTo(app, bogota('2026-12-07T10:00:00'));
    expect(await finished(app, deadlines, 'stale-test')).toBe('stale');
    await settled(app);
    const after = await caseWithDeadlines(app, bogotaDc.member, answered);
    expect({ state: after.state, version: after.version, history: after.history.length }).toEqual({
      state: 'eligibilityReview',
      version: before.version,
      history: before.history.length,
    });
    // The same terms (the ministry's review, started again by the resubmission, still runs: its days left move with the clock).
    const withoutRemaining = (ds: DeadlineFieldsFragment[]) => ds.map(({ remaining: _remaining, ...d }) => d);
    expect(withoutRemaining(after.deadlines)).toEqual(withoutRemaining(before.deadlines));
    expect(
      await knex('notification')
        .where({ case_id: keyOf(answered) })
        .count({ c: '*' }),
    ).toEqual(notificationsBefore);
  });
});

describe('extending a term (Ley 1755 de 2015, art. 14)', () => {
  let app: TestSystem;
  let medellin: Actors;
  let cali: Actors;
  let bogotaDc: Actors;
  /** Medellín's request gets the extension; Cali's is left to run out; Bogotá's meets a padded reason. */
  let extended: string;
  let lapsed: string;
  let padded: string;
  const DUE = '2026-12-15T04:59:59.999Z';
  // Five more business days after Monday 14 Dec: 15, 16, 17, 18, 21 → Monday 21 Dec, end of day.
  const NEW_DUE = '2026-12-22T04:59:59.999Z';
  const REASON = 'Se requiere concepto técnico de otra dependencia del Ministerio';

  const extend = (token: string, input: { caseId: string; days: number; reason: string; expectedVersion?: number }) =>
    execute(app.url, ExtendTermDocument, { input }, { token });
  const versionOf = async (id: string) => (await caseWithDeadlines(app, medellin.coordinator, id)).version;

  beforeAll(async () => {
    app = await startTestSystem(timeTravelEnv(), { worker: true });
    [medellin, cali, bogotaDc] = (await programmeAtStart(app, ['05001', '76001', '11001'])).entities;
    extended = await requestAccompaniment(app, medellin.member);
    lapsed = await requestAccompaniment(app, cali.member);
    padded = await requestAccompaniment(app, bogotaDc.member);
    await settled(app);
  });
  afterAll(() => app?.stop());

  it('is refused to anyone but the side that owes the answer, and to bad input, changing nothing', async () => {
    const version = await versionOf(extended);
    const ok = { caseId: extended, days: 5, reason: REASON };
    expect(errorCode(await extend(medellin.member, ok))).toBe('FORBIDDEN');
    expect(errorCode(await extend(medellin.representative, ok))).toBe('FORBIDDEN');
    expect(errorCode(await extend(medellin.auditor, ok))).toBe('FORBIDDEN');
    expect(errorCode(await extend(cali.representative, ok))).toBe('NOT_FOUND');
    expect(errorCode(await extend(medellin.coordinator, { ...ok, reason: 'Corto' }))).toBe('BAD_USER_INPUT');
    const tooLong = await extend(medellin.coordinator, { ...ok, days: 16 });
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
    expect(tooLong.errors![0].extensions).toMatchObject({ maxDays: 15, problems: [{ path: 'input.days', code: 'OVER_LIMIT' }] });
    expect(errorCode(await extend(medellin.coordinator, { ...ok, days: 0 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await extend(medellin.coordinator, { ...ok, expectedVersion: version + 1 }))).toBe('CONFLICT');
    const kase = await caseWithDeadlines(app, medellin.coordinator, extended);
    expect(kase.version).toBe(version);
    expect(kase.history.map((h) => h.event)).not.toContain('EXTEND_TERM');
    expect(kase.deadlines[0]).toMatchObject({ dueAt: DUE, extendedDays: null, extensionReason: null });
  });

  it('tells each person whether they may extend the running term: only the side that owes the answer, once, before it ends', async () => {
    const extendable = async (token: string, id: string) =>
      (await execute(app.url, TermExtendableDocument, { id }, { token })).data!.case!.deadlines.map((d) => d.extendable);
    expect(await extendable(medellin.coordinator, extended)).toEqual([true]);
    expect(await extendable(medellin.member, extended)).toEqual([false]);
    expect(await extendable(medellin.representative, extended)).toEqual([false]);
    expect(await extendable(medellin.auditor, extended)).toEqual([false]);
  });

  it('does not count padding as reasons: the reason is kept trimmed, so it is checked trimmed', async () => {
    const version = await versionOf(padded);
    const res = await extend(bogotaDc.coordinator, { caseId: padded, days: 5, reason: '    Corto     ' });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(await versionOf(padded)).toBe(version);
    expect((await onlyDeadline(app, bogotaDc.coordinator, padded)).extensionReason).toBeNull();
  });

  it('extends once, by at most the original length, recorded in the history', async () => {
    const version = await versionOf(extended);
    const res = await extend(medellin.coordinator, { caseId: extended, days: 5, reason: REASON, expectedVersion: version });
    expect(res.errors).toBeUndefined();
    const result = res.data!.extendTerm;
    expect(result.case).toMatchObject({ id: extended, state: 'requested', version: version + 1 });
    expect(result.entry).toMatchObject({
      seq: version + 1,
      event: 'EXTEND_TERM',
      eventLabel: 'Prórroga del término',
      fromState: 'requested',
      toState: 'requested',
      actorRole: 'COORDINATOR',
      payload: { kind: 'ACCOMPANIMENT_RESPONSE', days: 5, note: REASON, previousDueAt: DUE, dueAt: NEW_DUE },
    });
    const kase = await caseWithDeadlines(app, medellin.member, extended);
    expect(kase.history.at(-1)).toMatchObject({ event: 'EXTEND_TERM', seq: version + 1 });
    expect(kase.deadlines).toHaveLength(1);
    expect(kase.deadlines[0]).toMatchObject({
      status: 'PENDING',
      days: 15,
      dueAt: NEW_DUE,
      originalDueAt: DUE,
      extendedDays: 5,
      extensionReason: REASON,
      remaining: 20,
    });

    // Extended once: no longer offered, as extendTerm would refuse it.
    expect(
      (await execute(app.url, TermExtendableDocument, { id: extended }, { token: medellin.coordinator })).data!.case!.deadlines,
    ).toEqual([expect.objectContaining({ status: 'PENDING', extendable: false })]);
    const again = await extend(medellin.coordinator, { caseId: extended, days: 1, reason: REASON });
    expect(errorCode(again)).toBe('PRECONDITION_FAILED');
    expect(again.errors![0].extensions).toMatchObject({ rule: 'TERM_ALREADY_EXTENDED' });
    expect(await versionOf(extended)).toBe(version + 1);
  });

  it('tells the petitioner about the extension and its reasons', async () => {
    // ExtendTermInput.reason: "Motivos de la prórroga, que se informan a la otra parte" (and art. 14 requires it).
    await settled(app);
    const told = (await listOf(app, medellin.member)).filter((n) => n.caseId === extended && n.body.includes(REASON));
    expect(told).toHaveLength(1);
  });

  it('fires at the new instant, not the old one; a term already ended cannot be extended', async () => {
    await travelTo(app, bogota('2026-12-16T10:00:00'));
    // Past the original due instant: Medellín's extended term still runs, Cali's was escalated.
    expect(await onlyDeadline(app, medellin.coordinator, extended)).toMatchObject({ status: 'PENDING', overdue: false, remaining: 3 });
    await notificationFor(app, cali.coordinator, lapsed, 'DEADLINE_OVERDUE');
    expect((await listOf(app, medellin.coordinator)).filter((n) => n.caseId === extended && n.kind === 'DEADLINE_OVERDUE')).toEqual([]);
    // Its reminders follow the new due date (the old ones, for 14 December, are stale).
    const reminders = (await listOf(app, medellin.coordinator)).filter((n) => n.caseId === extended && n.kind === 'DEADLINE_REMINDER');
    expect(reminders.map((n) => n.title)).toEqual([
      'Recordatorio: Respuesta a la solicitud de acompañamiento (derecho de petición) vence el lunes, 21 de diciembre de 2026',
    ]);
    expect(await overdueIds(app, medellin.coordinator, true)).toContain(lapsed);
    expect(await overdueIds(app, medellin.coordinator, true)).not.toContain(extended);

    const version = await versionOf(lapsed);
    const ended = await extend(cali.coordinator, { caseId: lapsed, days: 5, reason: REASON });
    expect(errorCode(ended)).toBe('PRECONDITION_FAILED');
    expect(ended.errors![0].extensions).toMatchObject({ rule: 'TERM_ALREADY_ENDED' });
    expect(await versionOf(lapsed)).toBe(version);
    expect((await onlyDeadline(app, cali.coordinator, lapsed)).extendedDays).toBeNull();

    await travelTo(app, bogota('2026-12-22T00:00:30'));
    await notificationFor(app, medellin.coordinator, extended, 'DEADLINE_OVERDUE');
    expect(await onlyDeadline(app, medellin.coordinator, extended)).toMatchObject({
      status: 'OVERDUE',
      dueAt: NEW_DUE,
      originalDueAt: DUE,
    });
    expect(await overdueIds(app, medellin.coordinator, true)).toEqual(expect.arrayContaining([extended, lapsed]));
  });
});

const NOTIFICATION_SUBSCRIPTION = 'subscription { notificationAdded { id kind caseId audience title body createdAt read } }';
type Pushed = Pick<NotificationFieldsFragment, 'id' | 'kind' | 'caseId' | 'audience' | 'title' | 'body' | 'read'>;

describe('notifications: the list, read receipts and notificationAdded', () => {
  let app: TestSystem;
  let medellin: Actors;
  let cali: Actors;
  let correcting: string;
  let submitted: string;
  const clients: Client[] = [];

  /** A graphql-ws subscriber to notificationAdded; `ready` resolves once the server acknowledged it. */
  function subscribe(token: string) {
    const received: Pushed[] = [];
    const errors: unknown[] = [];
    let acknowledged!: () => void;
    const ready = new Promise<void>((resolve) => (acknowledged = resolve));
    const client = createClient({
      url: app.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: false,
      on: { connected: () => acknowledged() },
    });
    clients.push(client);
    client.subscribe<{ notificationAdded: Pushed }>(
      { query: NOTIFICATION_SUBSCRIPTION },
      { next: (v) => v.data && received.push(v.data.notificationAdded), error: (e) => errors.push(e), complete: () => undefined },
    );
    return { received, errors, ready };
  }

  beforeAll(async () => {
    app = await startTestSystem(timeTravelEnv(), { worker: true });
    const { entities, callId } = await programmeAtStart(app, ['05001', '76001']);
    [medellin, cali] = entities;
    correcting = await toCorrections(app, medellin, callId);
    const started = await execute(app.url, StartApplicationDocument, { input: { callId } }, { token: cali.member });
    submitted = started.data!.startApplication.case.id;
    await drive(app, cali, 'COFINANCING_APPLICATION', submitted, 'SUBMIT');
    await settled(app);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await app?.stop();
  });

  it('notificationAdded brings an entity its reminder and its case updates, never another entity’s', async () => {
    const events = app.system.api.services.notificationEvents;
    const before = events.listenerCount();
    const mine = subscribe(medellin.member);
    const theirs = subscribe(cali.member);
    const ministry = subscribe(medellin.coordinator);
    await Promise.all([mine.ready, theirs.ready, ministry.ready]);
    // The subscriptions are registered on the server before anything is written.
    await listening(events, before, 3);

    // Medellín's corrections term (10 business days from 20 Nov) reminds it 5 business days before 4 Dec.
    await travelTo(app, bogota('2026-11-27T08:00:30'));
    await eventually(app, 'el recordatorio por la suscripción', async () => mine.received.length >= 1);
    expect(mine.received).toEqual([
      expect.objectContaining({
        kind: 'DEADLINE_REMINDER',
        caseId: correcting,
        audience: 'ENTITY',
        read: false,
        title: 'Recordatorio: Subsanación de la postulación vence el viernes, 4 de diciembre de 2026',
      }),
    ]);
    const listed = (await listOf(app, medellin.member)).find((n) => n.kind === 'DEADLINE_REMINDER')!;
    expect(mine.received[0].id).toBe(listed.id);

    // The coordinator acts on Cali's application: outbox → relay → worker → Cali's notification.
    await drive(app, cali, 'COFINANCING_APPLICATION', submitted, 'START_ELIGIBILITY_REVIEW');
    await eventually(app, 'el aviso a Cali por la suscripción', async () => theirs.received.length >= 1);
    const update = await notificationFor(app, cali.member, submitted, 'CASE_UPDATE');
    expect(update).toMatchObject({
      audience: 'ENTITY',
      title: 'Postulación a cofinanciación: Iniciar la revisión de requisitos',
      read: false,
    });
    expect(update.body).toBe('El trámite Postulación a cofinanciación de CALI (76001) está ahora en «Revisión de requisitos».');
    // The first and only thing Cali's subscriber ever received is its own update.
    expect(theirs.received.map((n) => n.id)).toEqual([update.id]);
    await settled(app);
    expect(mine.received.map((n) => n.id)).toEqual([listed.id]);
    expect(ministry.received.map((n) => n.audience).every((a) => a === 'COORDINATORS')).toBe(true);
    expect(ministry.received.map((n) => n.id)).not.toContain(listed.id);
    expect([...mine.errors, ...theirs.errors, ...ministry.errors]).toEqual([]);
  });

  it('lists a user’s notifications newest first, in stable pages, with the unread count', async () => {
    const all = await notificationsOf(app, medellin.member);
    // Assessment under review and validated, eligibility review, corrections requested, the reminder.
    expect(all.totalCount).toBe(5);
    expect(all.unreadCount).toBe(5);
    expect(all.pageInfo.hasNextPage).toBe(false);
    const nodes = all.edges.map((e) => e.node);
    expect(nodes.every((n) => n.audience === 'ENTITY' && !n.read && n.readAt === null)).toBe(true);
    const times = nodes.map((n) => new Date(n.createdAt as string).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(nodes[0].kind).toBe('DEADLINE_REMINDER');

    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const res = await notificationsOf(app, medellin.member, { first: 2, after });
      expect(res.totalCount).toBe(5);
      paged.push(...res.edges.map((e) => e.node.id));
      if (!res.pageInfo.hasNextPage) break;
      after = res.pageInfo.endCursor!;
    }
    expect(paged).toEqual(nodes.map((n) => n.id));
    const empty = await notificationsOf(app, medellin.member, { first: 0 });
    expect(empty).toMatchObject({ edges: [], totalCount: 5, unreadCount: 5 });
    expect(errorCode(await execute(app.url, NotificationsDocument, { first: 2, after: 'not-a-cursor' }, { token: medellin.member }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await execute(app.url, NotificationsDocument, { first: 101 }, { token: medellin.member }))).toBe('BAD_USER_INPUT');
  });

  it('filters notifications by kind, case and unread, each combined with the others', async () => {
    const all = await listOf(app, medellin.member);
    const sample = all.find((n) => n.caseId)!;
    const filtered = async (filter: Record<string, unknown>) => {
      const res = await executeText(
        app.url,
        `query($filter: NotificationFilter) { notifications(first: 100, filter: $filter) { totalCount edges { node { id kind caseId read } } } }`,
        { filter },
        { token: medellin.member },
      );
      expect(res.errors).toBeUndefined();
      return (
        res.data as unknown as {
          notifications: { totalCount: number; edges: { node: { id: string; kind: string; caseId: string | null; read: boolean } }[] };
        }
      ).notifications;
    };
    const byKind = await filtered({ kind: sample.kind });
    expect(byKind.edges.map((e) => e.node.id)).toEqual(all.filter((n) => n.kind === sample.kind).map((n) => n.id));
    // The filter takes the case's global id (as the API gives it) or its raw key.
    const byCase = await filtered({ caseId: sample.caseId });
    expect(byCase.totalCount).toBe(all.filter((n) => n.caseId === sample.caseId).length);
    expect(byCase.edges.every((e) => e.node.caseId === sample.caseId)).toBe(true);
    const combined = await filtered({ kind: sample.kind, caseId: keyOf(sample.caseId!), unreadOnly: true });
    expect(combined.edges.map((e) => e.node.id)).toEqual(
      all.filter((n) => n.kind === sample.kind && n.caseId === sample.caseId && !n.read).map((n) => n.id),
    );
    const wrong = await executeText(app.url, `{ notifications(filter: { kind: NO_EXISTE }) { totalCount } }`, undefined, {
      token: medellin.member,
    });
    // An unknown enum value, even written in the document, is an input refusal at its path (issue 17, item 6).
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: 'filter.kind', code: 'NOT_ALLOWED' })]);
  });

  it('marks read per person; another’s or a malformed id is refused and marks nothing', async () => {
    const nodes = await listOf(app, medellin.member);
    const [first, second, third] = nodes;
    const mark = (token: string, ids: string[]) => execute(app.url, MarkNotificationsReadDocument, { ids }, { token });

    const marked = await mark(medellin.member, [first.id, second.id, first.id]);
    expect(marked.errors).toBeUndefined();
    // The payload carries what changed, so a client cache updates `read` and the unread count itself.
    expect(marked.data!.markNotificationsRead).toEqual({
      marked: 2,
      unreadCount: 3,
      notifications: [
        { id: first.id, read: true },
        { id: second.id, read: true },
      ],
    });
    expect((await mark(medellin.member, [first.id])).data!.markNotificationsRead.marked).toBe(0);
    const after = await notificationsOf(app, medellin.member);
    expect(after.unreadCount).toBe(3);
    expect(after.edges.find((e) => e.node.id === first.id)!.node).toMatchObject({ read: true, readAt: expect.any(String) });
    const unread = await notificationsOf(app, medellin.member, { unreadOnly: true });
    expect(unread.totalCount).toBe(3);
    expect(unread.edges.map((e) => e.node.id)).toEqual(nodes.slice(2).map((n) => n.id));
    // Receipts are per person: the representative of the same entity has read nothing.
    expect((await notificationsOf(app, medellin.representative)).unreadCount).toBe(5);

    const caliUpdate = (await listOf(app, cali.member))[0];
    const coordinatorOnly = (await listOf(app, medellin.coordinator))[0];
    expect(coordinatorOnly.audience).toBe('COORDINATORS');
    for (const foreign of [caliUpdate.id, coordinatorOnly.id, '00000000-0000-4000-8000-000000000000']) {
      const refused = await mark(medellin.member, [third.id, foreign]);
      expect(errorCode(refused)).toBe('NOT_FOUND');
    }
    expect(errorCode(await mark(medellin.member, ['not-an-id']))).toBe('BAD_USER_INPUT');
    expect(errorCode(await mark(medellin.member, []))).toBe('BAD_USER_INPUT');
    expect((await notificationsOf(app, medellin.member)).unreadCount).toBe(3);
    expect((await listOf(app, medellin.member)).find((n) => n.id === third.id)!.read).toBe(false);
    expect((await listOf(app, cali.member)).find((n) => n.id === caliUpdate.id)!.read).toBe(false);

    const all = await execute(app.url, MarkAllNotificationsReadDocument, {}, { token: medellin.member });
    expect(all.data!.markAllNotificationsRead).toEqual({ marked: 3, unreadCount: 0 });
    expect(
      (await execute(app.url, MarkAllNotificationsReadDocument, {}, { token: medellin.member })).data!.markAllNotificationsRead.marked,
    ).toBe(0);
    expect(await notificationsOf(app, medellin.member, { unreadOnly: true })).toMatchObject({ totalCount: 0, unreadCount: 0, edges: [] });
    expect((await notificationsOf(app, cali.member)).unreadCount).toBeGreaterThan(0);
    expect((await notificationsOf(app, medellin.representative)).unreadCount).toBe(5);
  });
});

describe('the embedded default writes mail as .eml files', () => {
  let app: TestSystem;
  let who: Actors;
  let caseId: string;

  beforeAll(async () => {
    app = await startTestSystem(timeTravelEnv(), { worker: true });
    [who] = (await programmeAtStart(app, ['05001'])).entities;
    caseId = await requestAccompaniment(app, who.member);
    await settled(app);
  });
  afterAll(() => app?.stop());

  it('writes the reminder under VAR_DIR/mail, named after the notification and its recipient, with its Spanish subject', async () => {
    expect(app.config.mail.smtpUrl).toBeUndefined();
    const dir = join(app.config.varDir, 'mail');
    expect(app.config.mail.dir).toBe(dir);
    await travelTo(app, bogota('2026-12-04T08:00:30'));
    const reminder = await notificationFor(app, who.coordinator, caseId, 'DEADLINE_REMINDER');
    // One file per recipient: `<notification>.<delivery>.eml`.
    const name = await eventually(app, `el archivo de ${keyOf(reminder.id)}`, async () =>
      existsSync(dir) ? readdirSync(dir).find((f) => f.startsWith(`${keyOf(reminder.id)}.`) && f.endsWith('.eml')) : undefined,
    );
    const written = parseMail(readFileSync(join(dir, name), 'utf8'));
    expect(written.to).toBe(COORDINATORS_MAIL);
    expect(written.subject).toBe(
      'Recordatorio: Respuesta a la solicitud de acompañamiento (derecho de petición) vence el lunes, 14 de diciembre de 2026',
    );
    expect(written.messageId).toBe(`<${name.slice(0, -'.eml'.length)}@ciudadesinteligentes.mintic.gov.co>`);
    expect(notificationOfMessageId(written.messageId)).toBe(keyOf(reminder.id));
    // Answers reach the programme, not the automatic sender.
    expect(written.headers['reply-to']).toBe(app.config.mail.coordinators);
    expect(written.headers['content-language']).toBe('es-CO');
    expect(written.text).toContain(reminder.body);
    expect(written.text).toContain(MAIL_FOOTER);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
