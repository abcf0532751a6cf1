// Accompaniment sessions through the real API: scheduling with invitees told at once and reminded
// one business day and one hour before (in the app and by mail, through the durable alarms),
// moving and cancelling them, recording minutes with attendance and commitments, the first
// session's term, commitments reminded, escalated when overdue and marked done by their side, and
// the refusals (every rule, with its path, nothing written) and authorization of each mutation.
import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import {
  CANCEL_SESSION,
  COMPLETE_COMMITMENT,
  holdSession,
  openAccompaniment,
  personIdOf,
  RECORD_SESSION,
  RESCHEDULE_SESSION,
  SCHEDULE_SESSION,
  scheduleSession,
  SESSION_FIELDS,
  sessionInput,
} from '../support/accompaniment';
import { samplePdf, uploadDocument } from '../support/documents';
import { dataOf, errorCode, executeText, type GraphQLResponse } from '../support/http';
import { startMailCapture, type MailCapture } from '../support/smtp-capture';
import { personToken, startTestSystem, type TestSystem } from '../support/test-system';
import { bogota, clockOf, eventually, openProgrammeAt, settled, timeTravelEnv, travelTo } from '../support/time-travel';
import { actors, type Actors } from '../support/workflow';

/** Friday 20 November 2026, 3 p.m. in Bogotá: the systems below start their clock here. */
const START = bogota('2026-11-20T15:00:00');
const key = (id: string) => fromGlobalId(id)?.key ?? id;

interface Problem {
  path: string;
  code: string;
  message: string;
}
const problemsOf = (res: GraphQLResponse<unknown>): Problem[] => {
  expect(errorCode(res)).toBe('BAD_USER_INPUT');
  return (res.errors![0].extensions!.problems as Problem[]) ?? [];
};
const pathsOf = (res: GraphQLResponse<unknown>) => problemsOf(res).map((p) => `${p.path} ${p.code}`);

const READ = `query Read($id: ID!) { case(id: $id) { id state version deadlines { kind status dueAt } accompaniment {
  sessions { ${SESSION_FIELDS} } commitments { id sessionId description owner responsible dueOn status overdue escalatedAt doneNote doneBy }
} } }`;

interface ReadCase {
  id: string;
  state: string;
  version: number;
  deadlines: { kind: string; status: string; dueAt: string }[];
  accompaniment: {
    sessions: {
      id: string;
      number: number;
      startsAt: string;
      status: string;
      agenda: string;
      minutes: string | null;
      cancelReason: string | null;
      rescheduled: number;
      invitees: { personId: string; name: string | null; attended: boolean | null }[];
      acta: { id: string; name: string } | null;
      commitments: { id: string }[];
    }[];
    commitments: {
      id: string;
      sessionId: string;
      description: string;
      owner: string;
      responsible: string | null;
      dueOn: string;
      status: string;
      overdue: boolean;
      escalatedAt: string | null;
      doneNote: string | null;
      doneBy: string | null;
    }[];
  } | null;
}

async function readCase(app: TestSystem, token: string, id: string): Promise<ReadCase> {
  return dataOf<{ case: ReadCase }>(await executeText(app.url, READ, { id }, { token })).case;
}

describe('accompaniment sessions over time: reminders, minutes, commitments and the first session term', () => {
  let app: TestSystem;
  let mail: MailCapture;
  let medellin: Actors;
  let cali: Actors;
  let barranquilla: Actors;
  /** Medellín's case: reminders at their instants, then recorded with commitments. */
  let caseA: string;
  let sessionA: string;
  /** Cali's case: its session moved, never recorded (its first session term lapses). */
  let caseB: string;
  let sessionB: string;
  /** Barranquilla's case: its session cancelled. */
  let caseC: string;
  let sessionC: string;
  let advisorPerson: string;
  let memberPerson: string;

  const knex = () => app.system.orm.em.getKnex();
  const noticesOf = (kind: string, caseId: string) =>
    knex()('notification')
      .where({ kind, case_id: key(caseId) })
      .orderBy(['created_at', 'audience'])
      .select('audience_kind', 'audience', 'title', 'body', 'id');
  const mailsTo = (address: string, subjectPart: string) =>
    mail.messages.filter((m) => m.rcptTo.includes(address) && m.subject.includes(subjectPart));
  const waitForMail = async (address: string, subjectPart: string, count = 1) => {
    const until = Date.now() + 8000;
    while (mailsTo(address, subjectPart).length < count) {
      if (Date.now() > until) throw new Error(`no llegó el correo «${subjectPart}» a ${address}`);
      await new Promise((r) => setTimeout(r, 40));
    }
    return mailsTo(address, subjectPart);
  };

  beforeAll(async () => {
    mail = await startMailCapture();
    app = await startTestSystem(timeTravelEnv({ SMTP_URL: mail.url }), { worker: true });
    await clockOf(app).set(START);
    medellin = await actors(app, '05001');
    cali = await actors(app, '76001');
    barranquilla = await actors(app, '08001');
    await openProgrammeAt(app, medellin.coordinator, START);
    caseA = await openAccompaniment(app, medellin, 'ASSESSMENT_SUPPORT');
    caseB = await openAccompaniment(app, cali, 'ASSESSMENT_SUPPORT');
    caseC = await openAccompaniment(app, barranquilla, 'ASSESSMENT_SUPPORT');
    advisorPerson = await personIdOf(app, medellin.advisor);
    memberPerson = await personIdOf(app, medellin.member);
    await settled(app);
  });
  afterAll(async () => {
    await app?.stop();
    await mail?.close();
  });

  it('schedules a session with its invitees, and tells each of them at once in the app and by mail', async () => {
    const input = await sessionInput(app, medellin.advisor, caseA, {
      startsAt: bogota('2026-11-24T10:00:00'),
      durationMinutes: 90,
      inviteeIds: [advisorPerson, memberPerson],
      agenda: 'Revisión del modelo de madurez y plan para aplicarlo en la alcaldía.',
    });
    const res = await executeText(app.url, SCHEDULE_SESSION, { input }, { token: medellin.advisor });
    const done = dataOf(res).scheduleAccompanimentSession;
    sessionA = done.session.id;
    expect(done.case.state).toBe('advisorAssigned');
    expect(done.entry.event).toBe('SCHEDULE_SESSION');
    expect(done.entry.payload).toMatchObject({ sessionId: key(sessionA), startsAt: '2026-11-24T15:00:00.000Z', durationMinutes: 90 });
    expect(done.session).toMatchObject({
      number: 1,
      startsAt: '2026-11-24T15:00:00.000Z',
      durationMinutes: 90,
      modality: 'VIRTUAL',
      meetingUrl: 'https://meet.example.org/cti-acompanamiento',
      status: 'SCHEDULED',
      minutes: null,
      acta: null,
      commitments: [],
    });
    expect(done.session.invitees.map((i: { personId: string }) => i.personId).sort()).toEqual([advisorPerson, memberPerson].sort());
    expect(done.session.invitees.every((i: { attended: boolean | null }) => i.attended === null)).toBe(true);

    // The reminders are durable rows: one business day before at the same hour, and an hour before.
    const alarms = await knex()('alarm')
      .where({ subject_id: key(sessionA), kind: 'session-reminder' })
      .orderBy('fire_at');
    expect(alarms.map((a: { slot: string; status: string }) => [a.slot, a.status])).toEqual([
      ['DAY_BEFORE', 'PENDING'],
      ['HOUR_BEFORE', 'PENDING'],
    ]);
    expect(alarms.map((a: { fire_at: unknown }) => new Date(a.fire_at as string).toISOString())).toEqual([
      bogota('2026-11-23T10:00:00').toISOString(),
      bogota('2026-11-24T09:00:00').toISOString(),
    ]);

    await settled(app);
    const notices = await noticesOf('SESSION_SCHEDULED', caseA);
    expect(notices.map((n: { audience_kind: string; audience: string }) => `${n.audience_kind} ${n.audience}`).sort()).toEqual([
      'USER advisor@test',
      'USER entity_member@test',
    ]);
    expect(notices[0].title).toBe('Sesión de acompañamiento programada: martes, 24 de noviembre de 2026, 10:00 a. m.');
    expect(notices[0].body).toContain('la sesión 1 del acompañamiento técnico a MEDELLÍN (05001)');
    expect(notices[0].body).toContain('Virtual, en https://meet.example.org/cti-acompanamiento');
    expect(notices[0].body).toContain('(90 minutos)');
    const [toMember] = await waitForMail('entity_member@test', 'Sesión de acompañamiento programada');
    expect(toMember.text).toContain('Revisión del modelo de madurez');
    await waitForMail('advisor@test', 'Sesión de acompañamiento programada');

    // Redis losing a reminder's job loses nothing: the reconciler queues every pending alarm again.
    const reminders = app.system.worker!.queues.reminders;
    const jobId = `alarm_${alarms[0].id}`;
    expect(await reminders.getJobState(jobId)).toBe('delayed');
    await reminders.remove(jobId);
    expect(await reminders.getJob(jobId)).toBeUndefined();
    expect((await app.system.worker!.reconcile()).alarms).toBeGreaterThanOrEqual(2);
    expect(await reminders.getJobState(jobId)).toBe('delayed');

    // The invitee sees it among their own notifications.
    const mine = dataOf(
      await executeText(app.url, `{ notifications(first: 50) { edges { node { kind caseId title } } } }`, {}, { token: medellin.member }),
    );
    expect(mine.notifications.edges.map((e: { node: { kind: string } }) => e.node.kind)).toContain('SESSION_SCHEDULED');
  });

  it('moves a rescheduled session (and its reminders), and cancels one with its reasons', async () => {
    const calePeople = [await personIdOf(app, cali.advisor), await personIdOf(app, cali.member)];
    sessionB = await scheduleSession(app, cali.advisor, caseB, { startsAt: bogota('2026-11-24T11:00:00'), inviteeIds: calePeople });
    // The invitation goes out first (a notice still pending when the session moves is replaced by the move's).
    await settled(app);
    const moved = dataOf(
      await executeText(
        app.url,
        RESCHEDULE_SESSION,
        {
          input: {
            caseId: caseB,
            sessionId: sessionB,
            startsAt: '2026-11-30T11:00:00-05:00',
            modality: 'IN_PERSON',
            place: 'Alcaldía de Cali, sala 2',
          },
        },
        { token: cali.advisor },
      ),
    ).rescheduleAccompanimentSession;
    expect(moved.session).toMatchObject({
      startsAt: bogota('2026-11-30T11:00:00').toISOString(),
      modality: 'IN_PERSON',
      place: 'Alcaldía de Cali, sala 2',
      rescheduled: 1,
      status: 'SCHEDULED',
    });
    expect(moved.entry.event).toBe('RESCHEDULE_SESSION');
    // Monday's session is reminded the business day before: Friday, at the same hour.
    const alarms = await knex()('alarm')
      .where({ subject_id: key(sessionB), kind: 'session-reminder' })
      .orderBy('fire_at');
    expect(
      alarms.map((a: { slot: string; status: string; fire_at: unknown }) => [
        a.slot,
        a.status,
        new Date(a.fire_at as string).toISOString(),
      ]),
    ).toEqual([
      ['DAY_BEFORE', 'CANCELLED', bogota('2026-11-23T11:00:00').toISOString()],
      ['HOUR_BEFORE', 'CANCELLED', bogota('2026-11-24T10:00:00').toISOString()],
      ['DAY_BEFORE', 'PENDING', bogota('2026-11-27T11:00:00').toISOString()],
      ['HOUR_BEFORE', 'PENDING', bogota('2026-11-30T10:00:00').toISOString()],
    ]);

    sessionC = await scheduleSession(app, barranquilla.advisor, caseC, {
      startsAt: bogota('2026-11-24T12:00:00'),
      inviteeIds: [await personIdOf(app, barranquilla.member)],
    });
    const cancelled = dataOf(
      await executeText(
        app.url,
        CANCEL_SESSION,
        { input: { caseId: caseC, sessionId: sessionC, note: 'La alcaldía pidió aplazarla por el consejo de gobierno.' } },
        { token: barranquilla.advisor },
      ),
    ).cancelAccompanimentSession;
    expect(cancelled.session).toMatchObject({
      status: 'CANCELLED',
      cancelReason: 'La alcaldía pidió aplazarla por el consejo de gobierno.',
    });
    expect(cancelled.entry.payload).toMatchObject({ note: 'La alcaldía pidió aplazarla por el consejo de gobierno.' });
    expect(
      (await knex()('alarm').where({ subject_id: key(sessionC), kind: 'session-reminder' })).map((a: { status: string }) => a.status),
    ).toEqual(['CANCELLED', 'CANCELLED']);

    await settled(app);
    // Each invitee heard of the session, of its move, of its cancellation.
    expect((await noticesOf('SESSION_SCHEDULED', caseB)).map((n: { title: string }) => n.title.split(':')[0]).sort()).toEqual([
      'Sesión de acompañamiento programada',
      'Sesión de acompañamiento programada',
      'Sesión de acompañamiento reprogramada',
      'Sesión de acompañamiento reprogramada',
    ]);
    const toBarranquilla = await waitForMail('entity_member.08001@test', 'Sesión de acompañamiento cancelada');
    expect(toBarranquilla[0].text).toContain('Motivos: La alcaldía pidió aplazarla por el consejo de gobierno.');

    // Only a scheduled session is moved, cancelled or recorded.
    const again = await executeText(
      app.url,
      CANCEL_SESSION,
      { input: { caseId: caseC, sessionId: sessionC, note: 'Otra vez' } },
      { token: barranquilla.advisor },
    );
    expect(problemsOf(again)).toEqual([expect.objectContaining({ path: 'input.sessionId', code: 'NOT_ALLOWED' })]);
    const move = await executeText(
      app.url,
      RESCHEDULE_SESSION,
      { input: { caseId: caseC, sessionId: sessionC, startsAt: '2026-12-01T10:00:00-05:00' } },
      { token: barranquilla.advisor },
    );
    expect(pathsOf(move)).toEqual(['input.sessionId NOT_ALLOWED']);
  });

  it('reminds the invitees one business day and one hour before, at those instants only; moved and cancelled sessions send nothing at their old instants', async () => {
    const reminders = async (caseId: string) => (await noticesOf('SESSION_REMINDER', caseId)).length;
    await travelTo(app, bogota('2026-11-23T09:59:00'));
    expect(await reminders(caseA)).toBe(0);

    await travelTo(app, bogota('2026-11-23T10:00:30'));
    const dayBefore = await noticesOf('SESSION_REMINDER', caseA);
    expect(dayBefore.map((n: { audience: string }) => n.audience).sort()).toEqual(['advisor@test', 'entity_member@test']);
    expect(dayBefore[0].title).toBe('Recordatorio: sesión de acompañamiento el martes, 24 de noviembre de 2026, 10:00 a. m.');
    const mailed = await waitForMail('entity_member@test', 'Recordatorio: sesión de acompañamiento el');
    expect(mailed).toHaveLength(1);
    expect(mailed[0].subject).toBe(dayBefore[0].title);

    // Cali's old day-before instant and Barranquilla's: nothing.
    await travelTo(app, bogota('2026-11-23T12:00:30'));
    expect(await reminders(caseB)).toBe(0);
    expect(await reminders(caseC)).toBe(0);
    expect(await reminders(caseA)).toBe(2);

    await travelTo(app, bogota('2026-11-24T08:59:00'));
    expect(await reminders(caseA)).toBe(2);
    await travelTo(app, bogota('2026-11-24T09:00:30'));
    const hourBefore = (await noticesOf('SESSION_REMINDER', caseA)).filter((n: { title: string }) => n.title.includes('en una hora'));
    expect(hourBefore).toHaveLength(2);
    expect(hourBefore[0].title).toBe(
      'Recordatorio: la sesión de acompañamiento empieza en una hora (martes, 24 de noviembre de 2026, 10:00 a. m.)',
    );
    await waitForMail('advisor@test', 'empieza en una hora');

    await travelTo(app, bogota('2026-11-24T12:00:30'));
    expect(await reminders(caseB)).toBe(0);
    expect(await reminders(caseC)).toBe(0);

    // Cali's session moved to Monday 30: reminded on Friday 27 at 11:00 and on Monday at 10:00.
    await travelTo(app, bogota('2026-11-27T10:59:00'));
    expect(await reminders(caseB)).toBe(0);
    await travelTo(app, bogota('2026-11-27T11:00:30'));
    const moved = await noticesOf('SESSION_REMINDER', caseB);
    expect(moved).toHaveLength(2);
    expect(moved[0].title).toBe('Recordatorio: sesión de acompañamiento el lunes, 30 de noviembre de 2026, 11:00 a. m.');
    expect(moved[0].body).toContain('Presencial, en Alcaldía de Cali, sala 2');
    await waitForMail('entity_member.76001@test', 'Recordatorio: sesión de acompañamiento el lunes, 30');
    await travelTo(app, bogota('2026-11-30T10:00:30'));
    expect(await reminders(caseB)).toBe(4);
    expect(await reminders(caseC)).toBe(0);
    expect(
      mail.messages.filter((m) => m.rcptTo.includes('entity_member.08001@test') && m.subject.startsWith('Recordatorio: sesión')),
    ).toEqual([]);
  });

  let entityCommitment: string;
  let ministryCommitment: string;
  let doneEarly: string;

  it('records the first session: attendance, minutes, acta and commitments; the case is in progress and the first session term met', async () => {
    // The signed acta, uploaded by the advisor for Medellín.
    const upload = await uploadDocument(app.url, medellin.advisor, {
      purpose: 'ACCOMPANIMENT_MINUTES',
      name: 'acta-sesion-1.pdf',
      content: samplePdf('Acta 1'),
      metadata: { entityCode: '05001' },
    });
    expect(upload.status).toBe(200);
    const res = await executeText(
      app.url,
      RECORD_SESSION,
      {
        input: {
          caseId: caseA,
          sessionId: sessionA,
          attendance: [
            { personId: advisorPerson, attended: true },
            { personId: memberPerson, attended: false },
          ],
          minutes: '  Se revisó el modelo de madurez con la oficina TIC y se acordó un plan para aplicarlo.  ',
          actaDocumentId: upload.documentId,
          commitments: [
            {
              description: 'Designar el equipo que responde el autodiagnóstico',
              owner: 'ENTITY',
              responsible: 'Secretaría TIC',
              dueOn: '2026-12-02',
            },
            { description: 'Enviar la guía de aplicación del modelo', owner: 'MINISTRY', dueOn: '2026-12-02' },
            { description: 'Reunir las evidencias de la dimensión Personas', owner: 'ENTITY', dueOn: '2026-12-03' },
          ],
        },
      },
      { token: medellin.advisor },
    );
    const done = dataOf(res).recordAccompanimentSession;
    expect(done.case.state).toBe('inProgress');
    expect(done.entry).toMatchObject({ event: 'RECORD_SESSION' });
    expect(done.session).toMatchObject({
      status: 'HELD',
      minutes: 'Se revisó el modelo de madurez con la oficina TIC y se acordó un plan para aplicarlo.',
    });
    expect(done.session.acta).toMatchObject({ id: upload.documentId, name: 'acta-sesion-1.pdf' });
    expect(done.session.commitments).toHaveLength(3);
    [entityCommitment, ministryCommitment, doneEarly] = ['Designar', 'Enviar', 'Reunir'].map(
      (w) => done.session.commitments.find((c: { description: string }) => c.description.startsWith(w)).id,
    );

    // The entity's member reads it all through the case.
    const read = await readCase(app, medellin.member, caseA);
    expect(read.deadlines.find((d) => d.kind === 'FIRST_SESSION')).toMatchObject({ status: 'MET' });
    const [session] = read.accompaniment!.sessions;
    expect(session.invitees.find((i) => i.personId === advisorPerson)).toMatchObject({ attended: true, name: null });
    expect(session.invitees.find((i) => i.personId === memberPerson)).toMatchObject({ attended: false });
    expect(session.acta).toMatchObject({ name: 'acta-sesion-1.pdf' });
    // Soonest due first.
    expect(read.accompaniment!.commitments.map((c) => c.dueOn)).toEqual(['2026-12-02', '2026-12-02', '2026-12-03']);
    expect(read.accompaniment!.commitments.map((c) => [c.owner, c.dueOn, c.status, c.overdue, c.responsible]).sort()).toEqual([
      ['ENTITY', '2026-12-02', 'OPEN', false, 'Secretaría TIC'],
      ['ENTITY', '2026-12-03', 'OPEN', false, null],
      ['MINISTRY', '2026-12-02', 'OPEN', false, null],
    ]);
    // The reminder of each commitment is 08:00 the business day before; its escalation the first instant after its day.
    const alarms = await knex()('alarm')
      .where({ subject_id: key(entityCommitment) })
      .orderBy('fire_at');
    expect(alarms.map((a: { kind: string; fire_at: unknown }) => [a.kind, new Date(a.fire_at as string).toISOString()])).toEqual([
      ['commitment-due', bogota('2026-12-01T08:00:00').toISOString()],
      ['commitment-overdue', bogota('2026-12-03T00:00:00').toISOString()],
    ]);

    // A second session in progress leaves the state as it is.
    const second = await scheduleSession(app, medellin.advisor, caseA, {
      startsAt: bogota('2026-11-30T15:00:00'),
      inviteeIds: [memberPerson],
    });
    expect((await readCase(app, medellin.auditor, caseA)).accompaniment!.sessions.map((s) => [s.number, s.status])).toEqual([
      [1, 'HELD'],
      [2, 'SCHEDULED'],
    ]);
    // Recorded once only.
    const twice = await executeText(
      app.url,
      RECORD_SESSION,
      { input: { caseId: caseA, sessionId: sessionA, minutes: 'Otra acta de la misma sesión que ya se registró.' } },
      { token: medellin.advisor },
    );
    expect(pathsOf(twice)).toEqual(['input.sessionId NOT_ALLOWED']);
    await travelTo(app, bogota('2026-11-30T16:00:00'));
    const held = await holdSession(app, medellin.advisor, caseA, second);
    expect(held.case.state).toBe('inProgress');
  });

  it('reminds each commitment to its owner, lets each side mark its own done, and escalates the overdue one to the coordinators', async () => {
    await travelTo(app, bogota('2026-12-01T08:00:30'));
    const due = [...(await noticesOf('COMMITMENT_DUE', caseA))];
    expect(due.map((n: { audience_kind: string; audience: string | null }) => `${n.audience_kind} ${n.audience}`).sort()).toEqual([
      'ENTITY 05001',
      'USER advisor@test',
    ]);
    expect(due[0].title).toBe('Recordatorio: un compromiso de acompañamiento vence el miércoles, 2 de diciembre de 2026');
    await waitForMail('entity_representative@test', 'Recordatorio: un compromiso de acompañamiento');

    // The entity cannot mark the ministry's, another entity's user cannot see it, the advisor marks it.
    const forbidden = await executeText(
      app.url,
      COMPLETE_COMMITMENT,
      { input: { commitmentId: ministryCommitment } },
      { token: medellin.member },
    );
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
    const hidden = await executeText(app.url, COMPLETE_COMMITMENT, { input: { commitmentId: entityCommitment } }, { token: cali.member });
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    const missing = await executeText(
      app.url,
      COMPLETE_COMMITMENT,
      { input: { commitmentId: '00000000-0000-4000-8000-000000000000' } },
      { token: cali.member },
    );
    expect(errorCode(missing)).toBe('NOT_FOUND');
    expect(hidden.errors![0].message).toBe(
      missing.errors![0].message.replace('00000000-0000-4000-8000-000000000000', key(entityCommitment)),
    );
    const byAdvisor = await executeText(
      app.url,
      COMPLETE_COMMITMENT,
      { input: { commitmentId: ministryCommitment, note: 'Guía enviada por correo.' } },
      { token: medellin.advisor },
    );
    expect(dataOf(byAdvisor).completeAccompanimentCommitment).toMatchObject({
      commitment: { status: 'DONE', doneNote: 'Guía enviada por correo.', doneBy: 'advisor@test' },
      entry: { event: 'COMPLETE_MINISTRY_COMMITMENT' },
      case: { state: 'inProgress' },
    });
    // The advisor cannot mark the entity's.
    expect(
      errorCode(await executeText(app.url, COMPLETE_COMMITMENT, { input: { commitmentId: doneEarly } }, { token: medellin.advisor })),
    ).toBe('FORBIDDEN');
    const byEntity = dataOf(
      await executeText(
        app.url,
        COMPLETE_COMMITMENT,
        { input: { commitmentId: doneEarly, idempotencyKey: 'cumplido-evidencias' } },
        { token: medellin.member },
      ),
    ).completeAccompanimentCommitment;
    expect(byEntity).toMatchObject({ commitment: { status: 'DONE' }, entry: { event: 'COMPLETE_ENTITY_COMMITMENT' }, replayed: false });
    // The same key again: the first result, nothing done twice; a new key finds it done.
    const replay = dataOf(
      await executeText(
        app.url,
        COMPLETE_COMMITMENT,
        { input: { commitmentId: doneEarly, idempotencyKey: 'cumplido-evidencias' } },
        { token: medellin.member },
      ),
    ).completeAccompanimentCommitment;
    expect(replay.replayed).toBe(true);
    expect(
      errorCode(await executeText(app.url, COMPLETE_COMMITMENT, { input: { commitmentId: doneEarly } }, { token: medellin.member })),
    ).toBe('PRECONDITION_FAILED');
    expect((await knex()('alarm').where({ subject_id: key(doneEarly) })).map((a: { status: string }) => a.status)).toEqual([
      'CANCELLED',
      'CANCELLED',
    ]);

    // Thursday 3 December, the first instant after the due day: only the open one is escalated.
    await travelTo(app, bogota('2026-12-02T23:59:00'));
    expect(await noticesOf('COMMITMENT_OVERDUE', caseA)).toEqual([]);
    await travelTo(app, bogota('2026-12-03T00:00:30'));
    const overdue = await noticesOf('COMMITMENT_OVERDUE', caseA);
    expect(overdue.map((n: { audience_kind: string; audience: string | null }) => `${n.audience_kind} ${n.audience}`).sort()).toEqual([
      'COORDINATORS null',
      'ENTITY 05001',
    ]);
    expect(overdue[0].title).toBe('Compromiso de acompañamiento vencido: MEDELLÍN (05001)');
    expect(overdue[0].body).toContain('Designar el equipo que responde el autodiagnóstico');
    await waitForMail('coordinator@test', 'Compromiso de acompañamiento vencido');
    const read = await readCase(app, medellin.member, caseA);
    const commitments = Object.fromEntries(read.accompaniment!.commitments.map((c) => [c.id, c]));
    expect(commitments[entityCommitment]).toMatchObject({ status: 'OPEN', overdue: true });
    expect(commitments[entityCommitment].escalatedAt).not.toBeNull();
    expect(commitments[ministryCommitment]).toMatchObject({ status: 'DONE', overdue: false, escalatedAt: null });
    expect(commitments[doneEarly]).toMatchObject({ status: 'DONE', overdue: false, escalatedAt: null });

    // Done late, it is done: the entity marks it.
    const late = dataOf(
      await executeText(app.url, COMPLETE_COMMITMENT, { input: { commitmentId: entityCommitment } }, { token: medellin.representative }),
    );
    expect(late.completeAccompanimentCommitment.commitment).toMatchObject({ status: 'DONE', overdue: false });
  });

  it('flags the first session term overdue and tells the coordinators when no session was held within it', async () => {
    await travelTo(app, bogota('2026-12-04T23:59:00'));
    expect((await readCase(app, cali.member, caseB)).deadlines.find((d) => d.kind === 'FIRST_SESSION')).toMatchObject({
      status: 'PENDING',
    });
    await travelTo(app, bogota('2026-12-05T00:00:30'));
    const read = await readCase(app, cali.member, caseB);
    expect(read.state).toBe('advisorAssigned');
    expect(read.deadlines.find((d) => d.kind === 'FIRST_SESSION')).toMatchObject({ status: 'OVERDUE', dueAt: '2026-12-05T04:59:59.999Z' });
    const notices = await noticesOf('DEADLINE_OVERDUE', caseB);
    expect(notices.map((n: { audience_kind: string }) => n.audience_kind).sort()).toEqual(['COORDINATORS', 'USER']);
    // Medellín held its first session in time: nothing overdue there.
    expect(await noticesOf('DEADLINE_OVERDUE', caseA)).toEqual([]);
  });
});

describe('accompaniment sessions: refusals and authorization', () => {
  let app: TestSystem;
  let who: Actors;
  let other: Actors;
  let caseId: string;
  let advisorPerson: string;
  let memberPerson: string;
  let otherAdvisor: string;

  beforeAll(async () => {
    app = await startTestSystem(timeTravelEnv());
    await clockOf(app).set(START);
    who = await actors(app, '05001');
    other = await actors(app, '76001');
    await openProgrammeAt(app, who.coordinator, START);
    caseId = await openAccompaniment(app, who, 'ASSESSMENT_SUPPORT');
    advisorPerson = await personIdOf(app, who.advisor);
    memberPerson = await personIdOf(app, who.member);
    otherAdvisor = await personToken(app, { sub: 'otro.asesor@test', role: Role.ADVISOR });
  });
  afterAll(() => app?.stop());

  const stored = async () => ({
    sessions: Number((await app.system.orm.em.getKnex()('accompaniment_session').count({ c: '*' }))[0].c),
    alarms: Number((await app.system.orm.em.getKnex()('alarm').count({ c: '*' }))[0].c),
    version: (await readCase(app, who.coordinator, caseId)).version,
  });

  it('refuses every broken rule of a session at its path, all at once, and writes nothing', async () => {
    const before = await stored();
    const schedule = (input: Record<string, unknown>) => executeText(app.url, SCHEDULE_SESSION, { input }, { token: who.advisor });
    const valid = await sessionInput(app, who.advisor, caseId, { inviteeIds: [advisorPerson, memberPerson] });

    const bad = await schedule({
      ...valid,
      startsAt: '2026-11-20T14:00:00-05:00',
      meetingUrl: 'http://meet.example.org/sala',
      agenda: '  corta   ',
      inviteeIds: [memberPerson, memberPerson, await personIdOf(app, other.member), await personIdOf(app, who.auditor)],
    });
    expect(pathsOf(bad)).toEqual([
      'input.startsAt OUT_OF_RANGE',
      'input.meetingUrl INVALID_FORMAT',
      'input.agenda TOO_SHORT',
      'input.inviteeIds[1] DUPLICATE',
      'input.inviteeIds[2] UNKNOWN',
      'input.inviteeIds[3] UNKNOWN',
    ]);
    expect(problemsOf(bad)[0].message).toContain('20 de noviembre de 2026 a las 2:00 p. m. (hora de Colombia) ya pasó');
    expect(pathsOf(await schedule({ ...valid, meetingUrl: null }))).toEqual(['input.meetingUrl REQUIRED']);
    expect(pathsOf(await schedule({ ...valid, modality: 'IN_PERSON', meetingUrl: null, place: '   ' }))).toEqual(['input.place REQUIRED']);
    expect(pathsOf(await schedule({ ...valid, inviteeIds: [] }))).toEqual(['input.inviteeIds REQUIRED']);
    expect(pathsOf(await schedule({ ...valid, durationMinutes: 10 }))).toEqual(['input.durationMinutes OUT_OF_RANGE']);
    expect(pathsOf(await schedule({ ...valid, durationMinutes: 481 }))).toEqual(['input.durationMinutes OUT_OF_RANGE']);
    expect(pathsOf(await schedule({ ...valid, agenda: 'x'.repeat(4001) }))).toEqual(['input.agenda TOO_LONG']);
    expect(pathsOf(await schedule({ ...valid, inviteeIds: Array.from({ length: 51 }, () => memberPerson) }))).toEqual([
      'input.inviteeIds TOO_LONG',
    ]);
    expect(pathsOf(await schedule({ ...valid, meetingUrl: 'https://' + 'a'.repeat(500) }))).toEqual(['input.meetingUrl TOO_LONG']);
    expect(errorCode(await schedule({ ...valid, startsAt: 'mañana' }))).toBe('BAD_USER_INPUT');
    // Two years ahead at most, the limit said in Colombian time; no year breaks the business calendar (no 500).
    // (The adjustable clock runs on from START: the limit is a few seconds past 3:00 p. m.)
    const far = await schedule({ ...valid, startsAt: '2028-11-20T15:10:00-05:00' });
    expect(pathsOf(far)).toEqual(['input.startsAt OUT_OF_RANGE']);
    expect(problemsOf(far)[0].message).toMatch(/hasta el 20 de noviembre de 2028 a las 3:0\d p\. m\. \(hora de Colombia\)/);
    for (const startsAt of ['4200-06-01T15:00:00Z', '9999-12-31T23:59:59Z'])
      expect(pathsOf(await schedule({ ...valid, startsAt }))).toEqual(['input.startsAt OUT_OF_RANGE']);
    expect(await stored()).toEqual(before);
  });

  it('lets only the assigned advisor schedule; others are refused, another entity sees nothing; auditors read', async () => {
    const input = await sessionInput(app, who.advisor, caseId, { inviteeIds: [memberPerson] });
    const as = (token: string) => executeText(app.url, SCHEDULE_SESSION, { input }, { token });
    expect(errorCode(await as(otherAdvisor))).toBe('NOT_FOUND');
    expect(errorCode(await as(who.member))).toBe('FORBIDDEN');
    expect(errorCode(await as(who.representative))).toBe('FORBIDDEN');
    expect(errorCode(await as(who.coordinator))).toBe('FORBIDDEN');
    expect(errorCode(await as(who.auditor))).toBe('FORBIDDEN');
    expect(errorCode(await as(other.member))).toBe('NOT_FOUND');

    const sessionId = await scheduleSession(app, who.advisor, caseId, {
      startsAt: bogota('2026-11-23T10:00:00'),
      inviteeIds: [advisorPerson, memberPerson],
      idempotencyKey: 'sesion-uno-0001',
    });
    // A retry with the same key is the same session, not a second one.
    const retry = dataOf(
      await executeText(
        app.url,
        SCHEDULE_SESSION,
        {
          input: await sessionInput(app, who.advisor, caseId, {
            startsAt: bogota('2026-11-23T10:00:00'),
            inviteeIds: [advisorPerson, memberPerson],
            idempotencyKey: 'sesion-uno-0001',
          }),
        },
        { token: who.advisor },
      ),
    ).scheduleAccompanimentSession;
    expect(retry).toMatchObject({ replayed: true, session: { id: sessionId } });

    for (const [token, code] of [
      [otherAdvisor, 'NOT_FOUND'],
      [who.member, 'FORBIDDEN'],
      [other.member, 'NOT_FOUND'],
    ] as const) {
      const move = await executeText(
        app.url,
        RESCHEDULE_SESSION,
        { input: { caseId, sessionId, startsAt: '2026-11-25T10:00:00-05:00' } },
        { token },
      );
      expect(errorCode(move)).toBe(code);
      const cancel = await executeText(app.url, CANCEL_SESSION, { input: { caseId, sessionId, note: 'Sin motivo real' } }, { token });
      expect(errorCode(cancel)).toBe(code);
      const record = await executeText(
        app.url,
        RECORD_SESSION,
        { input: { caseId, sessionId, minutes: 'Un acta que nadie autorizado escribió.' } },
        { token },
      );
      expect(errorCode(record)).toBe(code);
    }

    // Whoever reads the case reads its sessions: the entity, the auditor, the coordinator; not another entity, not another advisor.
    for (const token of [who.member, who.auditor, who.coordinator])
      expect((await readCase(app, token, caseId)).accompaniment!.sessions).toHaveLength(1);
    expect((await readCase(app, other.member, caseId)) ?? null).toBeNull();
    expect((await readCase(app, otherAdvisor, caseId)) ?? null).toBeNull();
  });

  it('refuses a bad move, a bad cancel and a bad record at their paths, writing nothing', async () => {
    const sessionId = (await readCase(app, who.advisor, caseId)).accompaniment!.sessions[0].id;
    const before = await stored();
    const move = (input: Record<string, unknown>) =>
      executeText(app.url, RESCHEDULE_SESSION, { input: { caseId, sessionId, ...input } }, { token: who.advisor });
    expect(pathsOf(await move({ startsAt: '2026-11-19T10:00:00-05:00', modality: 'IN_PERSON' }))).toEqual([
      'input.startsAt OUT_OF_RANGE',
      'input.place REQUIRED',
    ]);
    expect(pathsOf(await move({ startsAt: '2026-11-25T10:00:00-05:00', inviteeIds: [] }))).toEqual(['input.inviteeIds REQUIRED']);
    for (const startsAt of ['2028-11-21T10:00:00-05:00', '4200-06-01T15:00:00Z'])
      expect(pathsOf(await move({ startsAt }))).toEqual(['input.startsAt OUT_OF_RANGE']);
    expect(pathsOf(await move({ sessionId: '00000000-0000-4000-8000-000000000000', startsAt: '2026-11-25T10:00:00-05:00' }))).toEqual([
      'input.sessionId UNKNOWN',
    ]);
    const cancel = await executeText(app.url, CANCEL_SESSION, { input: { caseId, sessionId, note: ' ' } }, { token: who.advisor });
    expect(errorCode(cancel)).toBe('BAD_USER_INPUT');

    const record = (input: Record<string, unknown>) =>
      executeText(
        app.url,
        RECORD_SESSION,
        { input: { caseId, sessionId, minutes: 'Acta de la sesión con lo tratado y lo acordado.', ...input } },
        { token: who.advisor },
      );
    // Before it starts, it cannot be recorded.
    expect(pathsOf(await record({}))).toEqual(['input.sessionId NOT_ALLOWED']);
    expect(await stored()).toEqual(before);

    await clockOf(app).set(bogota('2026-11-23T11:30:00'));
    const upload = await uploadDocument(app.url, who.advisor, {
      purpose: 'ASSESSMENT_EVIDENCE',
      name: 'no-es-acta.pdf',
      content: samplePdf('Evidencia'),
      metadata: { entityCode: '05001' },
    });
    expect(upload.status).toBe(200);
    const bad = await record({
      minutes: 'corta',
      attendance: [
        { personId: memberPerson, attended: true },
        { personId: memberPerson, attended: false },
        { personId: await personIdOf(app, who.coordinator), attended: true },
      ],
      actaDocumentId: upload.documentId,
      commitments: [
        { description: 'Ok', owner: 'ENTITY', dueOn: '2026-12-01' },
        { description: 'Entregar el inventario de sistemas', owner: 'MINISTRY', dueOn: '2026-11-22' },
      ],
    });
    expect(pathsOf(bad)).toEqual([
      'input.attendance[1].personId DUPLICATE',
      'input.attendance[2].personId UNKNOWN',
      'input.minutes TOO_SHORT',
      'input.commitments[0].description TOO_SHORT',
      'input.commitments[1].dueOn INCONSISTENT',
      'input.actaDocumentId NOT_ALLOWED',
    ]);
    // Due five years after the session's day at most (Monday 23 November 2026: until 23 November 2031); no 500 for any year.
    const farDue = await record({
      commitments: [
        { description: 'Un compromiso a cinco años', owner: 'ENTITY', dueOn: '2031-11-23' },
        { description: 'Un compromiso pasado el límite', owner: 'ENTITY', dueOn: '2031-11-24' },
        { description: 'Un compromiso de otro milenio', owner: 'MINISTRY', dueOn: '4100-01-01' },
        { description: 'Un compromiso del fin de los tiempos', owner: 'MINISTRY', dueOn: '9999-12-31' },
      ],
    });
    expect(pathsOf(farDue)).toEqual([
      'input.commitments[1].dueOn OUT_OF_RANGE',
      'input.commitments[2].dueOn OUT_OF_RANGE',
      'input.commitments[3].dueOn OUT_OF_RANGE',
    ]);
    expect(problemsOf(farDue)[0].message).toContain('hasta el 23 de noviembre de 2031');
    const tooMany = await record({
      commitments: Array.from({ length: 31 }, () => ({ description: 'Un compromiso', owner: 'ENTITY', dueOn: '2026-12-01' })),
    });
    expect(pathsOf(tooMany)).toEqual(['input.commitments TOO_LONG']);
    expect(errorCode(await record({ commitments: [{ description: 'Un compromiso', owner: 'NADIE', dueOn: '2026-12-01' }] }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await record({ commitments: [{ description: 'Un compromiso', owner: 'ENTITY', dueOn: '2026-02-30' }] }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(pathsOf(await record({ actaDocumentId: '00000000-0000-4000-8000-000000000000' }))).toEqual(['input.actaDocumentId UNKNOWN']);
    const after = await stored();
    expect(after).toEqual(before);
    expect((await readCase(app, who.advisor, caseId)).state).toBe('advisorAssigned');
  });
});

describe('accompaniment sessions end with the accompaniment; a failed reminder job is retried by the reconciler', () => {
  let app: TestSystem;
  let mail: MailCapture;
  let medellin: Actors;
  let cali: Actors;
  let barranquilla: Actors;
  /** Medellín's case: withdrawn with a session scheduled. */
  let withdrawnCase: string;
  let withdrawnSession: string;
  /** Cali's case: its support finished with a second session scheduled, and a commitment open. */
  let finishedCase: string;
  let finishedSession: string;
  /** Barranquilla's case: still open, its session reminded (one reminder job made to fail first). */
  let openCase: string;
  let openSession: string;

  const WITHDRAW = `mutation W($input: CaseActionInput!) { withdrawAccompaniment(input: $input) { case { id state final } } }`;
  const FINISH = `mutation F($input: CaseNoteInput!) { finishAssessmentSupport(input: $input) { case { id state } } }`;
  const ANSWER = `mutation A($input: AnswerAccompanimentSurveyInput!) { answerAccompanimentSurvey(input: $input) { case { id state final } } }`;
  const knex = () => app.system.orm.em.getKnex();
  const noticesOf = (kind: string, caseId: string) =>
    knex()('notification')
      .where({ kind, case_id: key(caseId) })
      .orderBy(['created_at', 'audience'])
      .select('audience_kind', 'audience', 'title', 'body');
  const remindersOf = async (caseId: string) => (await noticesOf('SESSION_REMINDER', caseId)).length;
  const cancellationsOf = async (caseId: string) =>
    (await noticesOf('SESSION_SCHEDULED', caseId)).filter((n: { title: string }) =>
      n.title.startsWith('Sesión de acompañamiento cancelada'),
    );
  const alarmsOf = async (sessionId: string) =>
    (
      await knex()('alarm')
        .where({ subject_id: key(sessionId) })
        .orderBy(['kind', 'slot'])
    ).map((a: { kind: string; slot: string; status: string }) => `${a.kind} ${a.slot} ${a.status}`);
  const mailsTo = (address: string, subjectPart: string) =>
    mail.messages.filter((m) => m.rcptTo.includes(address) && m.subject.includes(subjectPart));

  beforeAll(async () => {
    mail = await startMailCapture();
    app = await startTestSystem(timeTravelEnv({ SMTP_URL: mail.url }), { worker: true });
    await clockOf(app).set(START);
    medellin = await actors(app, '05001');
    cali = await actors(app, '76001');
    barranquilla = await actors(app, '08001');
    await openProgrammeAt(app, medellin.coordinator, START);

    // Cali holds its first session today (Friday), with a commitment due Monday 30 November.
    finishedCase = await openAccompaniment(app, cali, 'ASSESSMENT_SUPPORT');
    // Half an hour ahead: its reminders' instants have passed already, so it sends none.
    const first = await scheduleSession(app, cali.advisor, finishedCase, { startsAt: bogota('2026-11-20T15:30:00') });
    await travelTo(app, bogota('2026-11-20T15:31:00'));
    const held = await holdSession(app, cali.advisor, finishedCase, first, {
      commitments: [{ description: 'Enviar el inventario de sistemas de información', owner: 'ENTITY', dueOn: '2026-11-30' }],
    });
    expect(held.case.state).toBe('inProgress');

    // Each case has a session on Tuesday 24 November, its invitees told at once.
    const people = async (who: Actors) => [await personIdOf(app, who.advisor), await personIdOf(app, who.member)];
    withdrawnCase = await openAccompaniment(app, medellin, 'ASSESSMENT_SUPPORT');
    withdrawnSession = await scheduleSession(app, medellin.advisor, withdrawnCase, {
      startsAt: bogota('2026-11-24T10:00:00'),
      inviteeIds: await people(medellin),
    });
    finishedSession = await scheduleSession(app, cali.advisor, finishedCase, {
      startsAt: bogota('2026-11-24T11:00:00'),
      inviteeIds: await people(cali),
    });
    openCase = await openAccompaniment(app, barranquilla, 'ASSESSMENT_SUPPORT');
    openSession = await scheduleSession(app, barranquilla.advisor, openCase, {
      startsAt: bogota('2026-11-24T12:00:00'),
      inviteeIds: [await personIdOf(app, barranquilla.member)],
    });
    await settled(app);
  });
  afterAll(async () => {
    await app?.stop();
    await mail?.close();
  });

  it('cancels the sessions still scheduled when the entity withdraws or the support is finished, with the reason, and tells each invitee once', async () => {
    const withdrawn = dataOf(
      await executeText(app.url, WITHDRAW, { input: { caseId: withdrawnCase } }, { token: medellin.representative }),
    );
    expect(withdrawn.withdrawAccompaniment.case).toMatchObject({ state: 'withdrawn', final: true });
    const finished = dataOf(
      await executeText(
        app.url,
        FINISH,
        { input: { caseId: finishedCase, note: 'La entidad ya aplica el modelo por su cuenta; terminamos el apoyo.' } },
        { token: cali.advisor },
      ),
    );
    expect(finished.finishAssessmentSupport.case.state).toBe('surveyPending');

    // Everyone who reads the case sees why the session will not happen.
    for (const [caseId, token, reason] of [
      [withdrawnCase, medellin.member, 'La entidad desistió del acompañamiento.'],
      [finishedCase, cali.auditor, 'El acompañamiento terminó: se dio por terminado el apoyo al autodiagnóstico.'],
    ] as const) {
      const sessions = (await readCase(app, token, caseId)).accompaniment!.sessions;
      expect(sessions.find((s) => s.status !== 'HELD')).toMatchObject({ status: 'CANCELLED', cancelReason: reason });
    }
    // The reminders are cancelled with them; the held session's commitment keeps its alarms.
    for (const sessionId of [withdrawnSession, finishedSession])
      expect(await alarmsOf(sessionId)).toEqual([
        expect.stringMatching(/^session-notice CANCELLED (PENDING|FIRED)$/),
        'session-notice SCHEDULED FIRED',
        'session-reminder DAY_BEFORE CANCELLED',
        'session-reminder HOUR_BEFORE CANCELLED',
      ]);
    const commitment = (await readCase(app, cali.member, finishedCase)).accompaniment!.commitments[0];
    expect(await alarmsOf(commitment.id)).toEqual(['commitment-due DUE PENDING', 'commitment-overdue OVERDUE PENDING']);
    expect((await readCase(app, barranquilla.member, openCase)).accompaniment!.sessions[0].status).toBe('SCHEDULED');

    await settled(app);
    const toMedellin = await cancellationsOf(withdrawnCase);
    expect(toMedellin.map((n: { audience: string }) => n.audience).sort()).toEqual(['advisor@test', 'entity_member@test']);
    expect(toMedellin[0].body).toContain('Motivos: La entidad desistió del acompañamiento.');
    const toCali = await cancellationsOf(finishedCase);
    expect(toCali.map((n: { audience: string }) => n.audience).sort()).toEqual(['advisor@test', 'entity_member.76001@test']);
    expect(toCali[0].body).toContain('Motivos: El acompañamiento terminó');
    await eventually(
      app,
      'el correo de la cancelación',
      async () => mailsTo('entity_member@test', 'Sesión de acompañamiento cancelada').length > 0,
    );
    // Once: the case ending twice over is impossible, and a later reconciliation does not repeat it.
    await app.system.worker!.reconcile();
    await settled(app);
    expect(mailsTo('entity_member@test', 'Sesión de acompañamiento cancelada')).toHaveLength(1);
    expect(await cancellationsOf(withdrawnCase)).toHaveLength(2);
  });

  it('retries a reminder job that had failed (its attempts spent) when the reconciler runs', async () => {
    const reminders = app.system.worker!.queues.reminders;
    const [alarm] = await knex()('alarm').where({ subject_id: key(openSession), kind: 'session-reminder', slot: 'DAY_BEFORE' });
    const jobId = `alarm_${alarm.id}`;
    expect(await reminders.getJobState(jobId)).toBe('delayed');
    // The job gives up for good (its one attempt fails: a job without its alarm's id cannot be run)...
    await reminders.remove(jobId);
    await reminders.add('session-reminder', {}, { jobId, attempts: 1 });
    await eventually(app, 'que el trabajo del recordatorio fallara', async () => (await reminders.getJobState(jobId)) === 'failed');
    // ...as one that failed for a passing reason would be kept: failed, with the alarm's data.
    const failed = (await reminders.getJob(jobId))!;
    await failed.updateData({ alarmId: alarm.id });
    expect(failed.attemptsMade).toBe(1);
    // Queueing the same id again would do nothing: the reconciler retries the failed jobs, then queues the pending alarms.
    const reconciled = await app.system.worker!.reconcile();
    expect(reconciled.retried).toBeGreaterThanOrEqual(1);
    expect(reconciled.alarms).toBeGreaterThanOrEqual(1);
    // Retried, it runs, finds its instant ahead and waits for it (the next test sees it fire on Monday).
    await eventually(app, 'que el reconciliador reintentara el trabajo', async () => (await reminders.getJobState(jobId)) === 'delayed');
    expect((await knex()('alarm').where({ id: alarm.id }).first()).status).toBe('PENDING');
  });

  it('sends no reminder of a session whose accompaniment ended, at either instant; the open one is reminded at both (the retried job too)', async () => {
    await travelTo(app, bogota('2026-11-23T12:00:30'));
    expect(await remindersOf(openCase)).toBe(1);
    expect(await remindersOf(withdrawnCase)).toBe(0);
    expect(await remindersOf(finishedCase)).toBe(0);
    await travelTo(app, bogota('2026-11-24T11:00:30'));
    expect(await remindersOf(openCase)).toBe(2);
    expect(await remindersOf(withdrawnCase)).toBe(0);
    expect(await remindersOf(finishedCase)).toBe(0);
    expect(mailsTo('entity_member@test', 'Recordatorio: sesión')).toEqual([]);
    expect(mailsTo('entity_member.76001@test', 'Recordatorio')).toEqual([]);
    // And it cannot be cancelled or recorded any more: the sessions are already cancelled, the case takes no session step.
    const cancel = await executeText(
      app.url,
      CANCEL_SESSION,
      { input: { caseId: withdrawnCase, sessionId: withdrawnSession, note: 'Ya no hace falta.' } },
      { token: medellin.advisor },
    );
    expect(errorCode(cancel)).toBe('INVALID_TRANSITION');
  });

  it('keeps reminding a commitment after its accompaniment ended: commitments outlive the case', async () => {
    const answered = dataOf(await executeText(app.url, ANSWER, { input: { caseId: finishedCase, score: 5 } }, { token: cali.member }));
    expect(answered.answerAccompanimentSurvey.case).toMatchObject({ state: 'completed', final: true });
    // Due Monday 30 November: reminded on Friday 27 at 08:00.
    await travelTo(app, bogota('2026-11-27T08:00:30'));
    expect(
      (await noticesOf('COMMITMENT_DUE', finishedCase)).map(
        (n: { audience_kind: string; audience: string }) => `${n.audience_kind} ${n.audience}`,
      ),
    ).toEqual(['ENTITY 76001']);
  });
});
