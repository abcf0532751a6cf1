// One technical accompaniment from the request to the survey, on one case, everything through the
// HTTP API, on an adjustable clock with the worker running (the required test): the request
// after a known validated assessment, admission, assignment, two sessions reminded one business day
// and one hour before (in the app and by mail) and recorded with minutes and commitments (the
// entity's left overdue and escalated, the ministry's marked done), the diagnosis prefilled from the
// assessment, the draft weakest dimension first, an adjustment round with a comment per line, a
// second delivery, acceptance and the survey; then the history and the delivered PDF. Last, the
// nested read of a page of accompaniments costs the same SQL statements whatever the page's size.
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { shippedModel } from '../../src/modules/maturity/maturity-model';
import { scoreAssessment } from '../../src/modules/maturity/scoring';
import {
  COMPLETE_COMMITMENT,
  holdSession,
  knownAssessment,
  nowOf,
  openAccompaniment,
  personIdOf,
  RECORD_SESSION,
  requestInput,
  SCHEDULE_SESSION,
  scheduleSession,
  sessionInput,
} from '../support/accompaniment';
import { samplePdf, uploadDocument } from '../support/documents';
import { dataOf, executeText, type GraphQLResponse } from '../support/http';
import { download, finishedReport, parsePdf } from '../support/reports';
import { startMailCapture, type MailCapture } from '../support/smtp-capture';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { bogota, clockOf, eventually, openProgrammeAt, settled, timeTravelEnv, travelTo } from '../support/time-travel';
import { actors, ADVISOR, drive, municipalities, validatedAssessment, type Actors } from '../support/workflow';

jest.setTimeout(240_000);

/** Monday 23 November 2026, 8 a.m. in Bogotá (no holiday before 8 December): the system starts here. */
const START = bogota('2026-11-23T08:00:00');
const HOUR = 3600 * 1000;
const key = (id: string) => fromGlobalId(id)?.key ?? id;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers read loosely, checked field by field
const ok = <T = Record<string, any>>(res: GraphQLResponse<unknown>): T => dataOf<T>(res);

const REQUEST = `mutation Request($input: RequestAccompanimentInput!) { requestAccompaniment(input: $input) { case { id state version } } }`;
const TRANSITION = `replayed case { id state version final } entry { event payload at }`;
const mutation = (field: string, inputType: string) => `mutation M($input: ${inputType}!) { ${field}(input: $input) { ${TRANSITION} } }`;
const START_DIAGNOSIS = mutation('startDiagnosis', 'CaseActionInput');
const SAVE_FINDINGS = mutation('saveDiagnosisFindings', 'SaveDiagnosisFindingsInput');
const START_FORMULATION = mutation('startFormulation', 'CaseActionInput');
const SAVE_ROADMAP = mutation('saveRoadmap', 'SaveRoadmapInput');
const DELIVER = mutation('deliverRoadmap', 'CaseDecisionInput');
const ADJUST = mutation('requestRoadmapAdjustments', 'RequestRoadmapAdjustmentsInput');
const ACCEPT = mutation('acceptRoadmap', 'CaseActionInput');
const ANSWER = mutation('answerAccompanimentSurvey', 'AnswerAccompanimentSurveyInput');

const READ = `query Read($id: ID!) {
  case(id: $id) {
    id state version final assignee
    deadlines { kind status dueAt }
    history { event fromState toState actorSubject payload }
    accompaniment {
      request { topic dimensions description contactPersonId contactName modality assessmentCaseId }
      sessions { id number startsAt status minutes invitees { personId name attended } acta { id name } commitments { id } }
      commitments { id sessionId description owner responsible dueOn status overdue escalatedAt doneBy }
      diagnosis { assessmentCaseId index dimensions { code name score rank findings } }
      roadmap {
        round
        lines { id position dimensionCode dimensionName title description priority horizon responsible estimatedCost component generated }
        comments { round lineId comment }
        deliveries { round deliveredBy lines { lineId title dimensionCode } report { id status kind format round downloadUrl } }
      }
      survey { score comment }
    }
  }
}`;

interface Line {
  id: string;
  position: number;
  dimensionCode: string;
  dimensionName: string;
  title: string;
  description: string;
  priority: string;
  horizon: string;
  responsible: string;
  estimatedCost: number;
  component: string | null;
  generated: boolean;
}
interface CaseView {
  id: string;
  state: string;
  version: number;
  final: boolean;
  assignee: string | null;
  deadlines: { kind: string; status: string; dueAt: string }[];
  history: { event: string; fromState: string | null; toState: string; actorSubject: string; payload: Record<string, unknown> }[];
  accompaniment: {
    request: {
      topic: string;
      dimensions: string[];
      description: string;
      contactPersonId: string;
      contactName: string | null;
      modality: string;
      assessmentCaseId: string | null;
    } | null;
    sessions: {
      id: string;
      number: number;
      startsAt: string;
      status: string;
      minutes: string | null;
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
      doneBy: string | null;
    }[];
    diagnosis: {
      assessmentCaseId: string;
      index: number;
      dimensions: { code: string; name: string; score: number; rank: number; findings: string | null }[];
    } | null;
    roadmap: {
      round: number;
      lines: Line[];
      comments: { round: number; lineId: string | null; comment: string }[];
      deliveries: {
        round: number;
        deliveredBy: string;
        lines: { lineId: string; title: string; dimensionCode: string }[];
        report: { id: string; status: string; kind: string; format: string; round: number | null; downloadUrl: string | null } | null;
      }[];
    } | null;
    survey: { score: number; comment: string | null } | null;
  };
}

/** A line as saveRoadmap takes it (what the API gave, minus what it computes). */
const asInput = (l: Line) => ({
  id: l.id,
  dimensionCode: l.dimensionCode,
  title: l.title,
  description: l.description,
  priority: l.priority,
  horizon: l.horizon,
  responsible: l.responsible,
  estimatedCost: l.estimatedCost,
  component: l.component,
});

describe('a technical accompaniment from the request to the survey, on one case, through HTTP', () => {
  let app: TestSystem;
  let mail: MailCapture;
  let who: Actors;
  let cycleId: string;
  /** The values the known assessment stored (its scores are computed from them). */
  let stored: Map<string, number>;
  let assessmentCaseId: string;
  let advisorPerson: string;
  let memberPerson: string;
  let caseId: string;
  let sessionOne: string;
  let sessionTwo: string;
  let entityCommitment: string;
  let ministryCommitment: string;
  let draft: Line[];

  const knex = () => app.system.orm.em.getKnex();
  const run = (query: string, variables: Record<string, unknown>, token: string) => executeText(app.url, query, variables, { token });
  const read = async (token: string): Promise<CaseView> => ok<{ case: CaseView }>(await run(READ, { id: caseId }, token)).case;
  /** A step through its mutation: the case and the history entry it wrote (fails the test with the API's reason when refused). */
  const act = async (query: string, input: Record<string, unknown>, token: string) =>
    Object.values(
      ok<
        Record<
          string,
          { case: { state: string; version: number; final: boolean }; entry: { event: string; payload: Record<string, unknown> } }
        >
      >(await run(query, { input }, token)),
    )[0];
  const noticesOf = (kind: string) =>
    knex()('notification')
      .where({ kind, case_id: key(caseId) })
      .orderBy(['created_at', 'audience'])
      .select('audience_kind', 'audience', 'title', 'body') as Promise<
      { audience_kind: string; audience: string | null; title: string; body: string }[]
    >;
  const audiences = (notices: { audience_kind: string; audience: string | null }[]) =>
    notices.map((n) => `${n.audience_kind} ${n.audience}`).sort();
  const mailsTo = (address: string, subject: string) => mail.messages.filter((m) => m.rcptTo.includes(address) && m.subject === subject);
  const waitForMail = (address: string, subject: string, count = 1) =>
    eventually(
      app,
      `el correo «${subject}» a ${address}`,
      async () => mailsTo(address, subject).length >= count && mailsTo(address, subject),
    );

  beforeAll(async () => {
    mail = await startMailCapture();
    app = await startTestSystem(timeTravelEnv({ SMTP_URL: mail.url, LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent' }), { worker: true });
    await clockOf(app).set(START);
    who = await actors(app, '05001');
    ({ cycleId } = await openProgrammeAt(app, who.coordinator, START));
    stored = await knownAssessment(app, who, cycleId);
    const assessments = ok(
      await run(
        `query A { cases(first: 5, filter: { process: MATURITY_ASSESSMENT, entityCode: "05001" }) { edges { node { id state } } } }`,
        {},
        who.coordinator,
      ),
    ).cases.edges as { node: { id: string; state: string } }[];
    expect(assessments.map((e) => e.node.state)).toEqual(['validated']);
    assessmentCaseId = assessments[0].node.id;
    advisorPerson = await personIdOf(app, who.advisor);
    memberPerson = await personIdOf(app, who.member);
    await settled(app);
  });
  afterAll(async () => {
    await app?.stop();
    await mail?.close();
  });

  it('1. takes the request with its content, admits it and assigns the advisor: the first session term runs', async () => {
    const input = requestInput('ROADMAP', {
      dimensions: ['HABITAT', 'MEDIO_AMBIENTE'],
      contactPersonId: memberPerson,
      modality: 'VIRTUAL',
      description: 'Queremos una hoja de ruta de ciudad inteligente a partir del autodiagnóstico validado de este año.',
    });
    const requested = ok(await run(REQUEST, { input }, who.member)).requestAccompaniment;
    caseId = requested.case.id;
    expect(requested.case.state).toBe('requested');
    await drive(app, who, 'ACCOMPANIMENT', caseId, 'ADMIT');
    const assigned = await drive(app, who, 'ACCOMPANIMENT', caseId, 'ASSIGN_ADVISOR');
    expect(assigned.case).toMatchObject({ state: 'advisorAssigned', assignee: ADVISOR });

    const view = await read(who.member);
    expect(view.accompaniment.request).toMatchObject({
      topic: 'ROADMAP',
      dimensions: ['HABITAT', 'MEDIO_AMBIENTE'],
      contactPersonId: memberPerson,
      modality: 'VIRTUAL',
      assessmentCaseId,
    });
    // Ten business days from Monday 23 November: through Monday 7 December, to its last instant.
    expect(view.deadlines.find((d) => d.kind === 'FIRST_SESSION')).toEqual({
      kind: 'FIRST_SESSION',
      status: 'PENDING',
      dueAt: '2026-12-08T04:59:59.999Z',
    });
  });

  it('2. schedules the first session and reminds its invitees one business day before at the same time, and one hour before', async () => {
    const input = await sessionInput(app, who.advisor, caseId, {
      startsAt: bogota('2026-11-25T10:00:00'),
      inviteeIds: [advisorPerson, memberPerson],
      agenda: 'Presentación del equipo, revisión del autodiagnóstico validado y cronograma del acompañamiento.',
    });
    const scheduled = ok(await run(SCHEDULE_SESSION, { input }, who.advisor)).scheduleAccompanimentSession;
    sessionOne = scheduled.session.id;
    expect(scheduled).toMatchObject({ case: { state: 'advisorAssigned' }, session: { number: 1, status: 'SCHEDULED' } });
    await settled(app);
    expect(audiences(await noticesOf('SESSION_SCHEDULED'))).toEqual(['USER advisor@test', 'USER entity_member@test']);

    const dayBefore = 'Recordatorio: sesión de acompañamiento el miércoles, 25 de noviembre de 2026, 10:00 a. m.';
    const hourBefore = 'Recordatorio: la sesión de acompañamiento empieza en una hora (miércoles, 25 de noviembre de 2026, 10:00 a. m.)';
    // Tuesday 24 at 10:00, not a minute earlier.
    await travelTo(app, bogota('2026-11-24T09:59:00'));
    expect(await noticesOf('SESSION_REMINDER')).toEqual([]);
    await travelTo(app, bogota('2026-11-24T10:00:30'));
    let reminders = await noticesOf('SESSION_REMINDER');
    expect(audiences(reminders)).toEqual(['USER advisor@test', 'USER entity_member@test']);
    expect(reminders.map((n) => n.title)).toEqual([dayBefore, dayBefore]);
    expect(reminders[0].body).toContain('https://meet.example.org/cti-acompanamiento');
    await waitForMail('entity_member@test', dayBefore);
    await waitForMail('advisor@test', dayBefore);

    // Wednesday 25 at 9:00, an hour before.
    await travelTo(app, bogota('2026-11-25T08:59:00'));
    expect(await noticesOf('SESSION_REMINDER')).toHaveLength(2);
    await travelTo(app, bogota('2026-11-25T09:00:30'));
    reminders = await noticesOf('SESSION_REMINDER');
    expect(
      reminders
        .filter((n) => n.title === hourBefore)
        .map((n) => n.audience)
        .sort(),
    ).toEqual(['advisor@test', 'entity_member@test']);
    await waitForMail('entity_member@test', hourBefore);
    await waitForMail('advisor@test', hourBefore);
    // Each reminder went out once.
    expect(mailsTo('entity_member@test', dayBefore)).toHaveLength(1);
    expect(mailsTo('entity_member@test', hourBefore)).toHaveLength(1);
  });

  it('3. records the first session with its minutes, signed acta and commitments: in progress, the first session term met', async () => {
    await travelTo(app, bogota('2026-11-25T11:30:00'));
    const acta = await uploadDocument(app.url, who.advisor, {
      purpose: 'ACCOMPANIMENT_MINUTES',
      name: 'acta-sesion-1.pdf',
      content: samplePdf('Acta 1'),
      metadata: { entityCode: '05001' },
    });
    expect(acta.status).toBe(200);
    const recorded = ok(
      await run(
        RECORD_SESSION,
        {
          input: {
            caseId,
            sessionId: sessionOne,
            attendance: [
              { personId: advisorPerson, attended: true },
              { personId: memberPerson, attended: true },
            ],
            minutes: 'Se revisó el autodiagnóstico validado, se acordó el alcance de la hoja de ruta y el cronograma.',
            actaDocumentId: acta.documentId,
            commitments: [
              {
                description: 'Designar el equipo de la alcaldía para la hoja de ruta',
                owner: 'ENTITY',
                responsible: 'Secretaría TIC',
                dueOn: '2026-11-27',
              },
              { description: 'Enviar la guía de formulación de líneas de acción', owner: 'MINISTRY', dueOn: '2026-12-04' },
            ],
          },
        },
        who.advisor,
      ),
    ).recordAccompanimentSession;
    expect(recorded.case.state).toBe('inProgress');
    expect(recorded.session).toMatchObject({ status: 'HELD', acta: { id: acta.documentId, name: 'acta-sesion-1.pdf' } });
    [entityCommitment, ministryCommitment] = ['ENTITY', 'MINISTRY'].map(
      (owner) => recorded.session.commitments.find((c: { owner: string }) => c.owner === owner).id as string,
    );

    const view = await read(who.member);
    expect(view.deadlines.find((d) => d.kind === 'FIRST_SESSION')!.status).toBe('MET');
    const [session] = view.accompaniment.sessions;
    expect(session.minutes).toBe('Se revisó el autodiagnóstico validado, se acordó el alcance de la hoja de ruta y el cronograma.');
    expect(session.invitees.every((i) => i.attended === true)).toBe(true);
    expect(session.commitments.map((c) => c.id).sort()).toEqual([entityCommitment, ministryCommitment].sort());
    expect(view.accompaniment.commitments.map((c) => [c.owner, c.dueOn, c.status, c.overdue])).toEqual([
      ['ENTITY', '2026-11-27', 'OPEN', false],
      ['MINISTRY', '2026-12-04', 'OPEN', false],
    ]);
  });

  it('4. schedules the second session, reminds it at its instants, escalates the overdue commitment, records it; the advisor marks the ministry’s commitment done', async () => {
    sessionTwo = await scheduleSession(app, who.advisor, caseId, {
      startsAt: bogota('2026-11-30T10:00:00'),
      inviteeIds: [memberPerson, advisorPerson],
      agenda: 'Revisión de los hallazgos del diagnóstico por dimensión y priorización de líneas de acción.',
    });
    const dayBefore = 'Recordatorio: sesión de acompañamiento el lunes, 30 de noviembre de 2026, 10:00 a. m.';
    const hourBefore = 'Recordatorio: la sesión de acompañamiento empieza en una hora (lunes, 30 de noviembre de 2026, 10:00 a. m.)';
    const remindersOf = async (title: string) => (await noticesOf('SESSION_REMINDER')).filter((n) => n.title === title);

    // The business day before Monday is Friday 27, at the same hour.
    await travelTo(app, bogota('2026-11-27T09:59:00'));
    expect(await remindersOf(dayBefore)).toEqual([]);
    await travelTo(app, bogota('2026-11-27T10:00:30'));
    expect((await remindersOf(dayBefore)).map((n) => n.audience).sort()).toEqual(['advisor@test', 'entity_member@test']);
    await waitForMail('entity_member@test', dayBefore);

    // The entity's commitment, due Friday 27, is overdue from the first instant of Saturday: flagged to the coordinators.
    await travelTo(app, bogota('2026-11-27T23:59:00'));
    expect(await noticesOf('COMMITMENT_OVERDUE')).toEqual([]);
    await travelTo(app, bogota('2026-11-28T00:00:30'));
    const overdue = await noticesOf('COMMITMENT_OVERDUE');
    expect(audiences(overdue)).toEqual(['COORDINATORS null', 'ENTITY 05001']);
    expect(overdue[0].title).toBe('Compromiso de acompañamiento vencido: MEDELLÍN (05001)');
    expect(overdue[0].body).toContain('Designar el equipo de la alcaldía para la hoja de ruta');
    await waitForMail('coordinator@test', 'Compromiso de acompañamiento vencido: MEDELLÍN (05001)');
    let commitments = (await read(who.coordinator)).accompaniment.commitments;
    expect(commitments.find((c) => c.id === entityCommitment)).toMatchObject({ status: 'OPEN', overdue: true });
    expect(commitments.find((c) => c.id === entityCommitment)!.escalatedAt).not.toBeNull();
    expect(commitments.find((c) => c.id === ministryCommitment)).toMatchObject({ status: 'OPEN', overdue: false, escalatedAt: null });

    // Monday 30 at 9:00, an hour before.
    await travelTo(app, bogota('2026-11-30T08:59:00'));
    expect(await remindersOf(hourBefore)).toEqual([]);
    await travelTo(app, bogota('2026-11-30T09:00:30'));
    expect((await remindersOf(hourBefore)).map((n) => n.audience).sort()).toEqual(['advisor@test', 'entity_member@test']);
    await waitForMail('entity_member@test', hourBefore);
    expect(await noticesOf('SESSION_REMINDER')).toHaveLength(8);

    await travelTo(app, bogota('2026-11-30T11:15:00'));
    const held = await holdSession(app, who.advisor, caseId, sessionTwo, {
      minutes: 'Se revisaron las dimensiones más débiles del autodiagnóstico y se priorizaron las líneas de acción.',
    });
    expect(held.case.state).toBe('inProgress');

    const done = ok(
      await run(COMPLETE_COMMITMENT, { input: { commitmentId: ministryCommitment, note: 'Guía enviada por correo.' } }, who.advisor),
    ).completeAccompanimentCommitment;
    expect(done).toMatchObject({ entry: { event: 'COMPLETE_MINISTRY_COMMITMENT' }, commitment: { status: 'DONE', doneBy: ADVISOR } });

    const view = await read(who.member);
    expect(view.accompaniment.sessions.map((s) => [s.number, s.status])).toEqual([
      [1, 'HELD'],
      [2, 'HELD'],
    ]);
    commitments = view.accompaniment.commitments;
    // The entity's is still open and overdue: left as it was.
    expect(commitments.map((c) => [c.owner, c.status, c.overdue])).toEqual([
      ['ENTITY', 'OPEN', true],
      ['MINISTRY', 'DONE', false],
    ]);
  });

  it('5. prefills the diagnosis from the known assessment, ranked by its scores, and takes the advisor’s findings', async () => {
    expect((await act(START_DIAGNOSIS, { caseId }, who.advisor)).case.state).toBe('diagnosis');
    const scoring = scoreAssessment(shippedModel(), stored);
    const expected = scoring.parts.filter((p) => p.kind === 'DIMENSION').sort((x, y) => x.score - y.score);
    const { diagnosis } = (await read(who.member)).accompaniment;
    expect(diagnosis!.assessmentCaseId).toBe(assessmentCaseId);
    expect(diagnosis!.index).toBe(scoring.index);
    expect(diagnosis!.dimensions.map((d) => [d.code, d.score, d.rank])).toEqual(expected.map((p, i) => [p.id, p.score, i + 1]));
    // The chosen answers make Hábitat the weakest, then Medio ambiente.
    expect(diagnosis!.dimensions.slice(0, 2).map((d) => d.code)).toEqual(['HABITAT', 'MEDIO_AMBIENTE']);

    const saved = await act(
      SAVE_FINDINGS,
      { caseId, findings: [{ dimensionCode: 'HABITAT', text: 'El POT no incorpora datos abiertos ni un catastro multipropósito.' }] },
      who.advisor,
    );
    expect(saved.case.state).toBe('diagnosis');
  });

  it('6. drafts the roadmap weakest dimension first, delivers it, takes an adjustment round with a comment per line, delivers it again', async () => {
    expect((await act(START_FORMULATION, { caseId }, who.advisor)).case.state).toBe('formulation');
    const view = await read(who.member);
    const ranking = view.accompaniment.diagnosis!.dimensions;
    const rankOf = new Map(ranking.map((d) => [d.code, d.rank]));
    draft = view.accompaniment.roadmap!.lines;
    expect(draft.length).toBeGreaterThanOrEqual(3);
    // The first lines address the weakest dimension; no line of a stronger dimension comes before a weaker one.
    expect(draft[0]).toMatchObject({ position: 1, dimensionCode: 'HABITAT', dimensionName: 'Hábitat', priority: 'HIGH', generated: true });
    expect(draft[0].description).toContain('El POT no incorpora datos abiertos');
    const ranks = draft.map((l) => rankOf.get(l.dimensionCode)!);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));

    let step = await act(DELIVER, { caseId, note: 'Primera versión de la hoja de ruta para su revisión.' }, who.advisor);
    expect(step.case.state).toBe('roadmapDelivered');

    const commented = draft[1];
    step = await act(
      ADJUST,
      {
        caseId,
        note: 'Ajusten el costo y el responsable de la segunda línea.',
        comments: [{ lineId: commented.id, comment: 'El responsable debe ser la Secretaría de Planeación y el costo no puede ser cero.' }],
      },
      who.member,
    );
    expect(step.case.state).toBe('adjustmentsRequested');
    let roadmap = (await read(who.advisor)).accompaniment.roadmap!;
    expect(roadmap.round).toBe(1);
    expect(roadmap.comments).toEqual([
      { round: 1, lineId: null, comment: 'Ajusten el costo y el responsable de la segunda línea.' },
      { round: 1, lineId: commented.id, comment: 'El responsable debe ser la Secretaría de Planeación y el costo no puede ser cero.' },
    ]);

    const lines = draft.map(asInput);
    lines[1] = { ...lines[1], responsible: 'Secretaría de Planeación', estimatedCost: 85_000_000, component: 'TRAINING' };
    expect((await act(SAVE_ROADMAP, { caseId, lines }, who.advisor)).case.state).toBe('adjustmentsRequested');
    step = await act(DELIVER, { caseId }, who.advisor);
    expect(step.case.state).toBe('roadmapDelivered');

    roadmap = (await read(who.member)).accompaniment.roadmap!;
    expect(roadmap.round).toBe(2);
    expect(roadmap.lines.map((l) => l.id)).toEqual(draft.map((l) => l.id));
    expect(roadmap.lines[1]).toMatchObject({ responsible: 'Secretaría de Planeación', estimatedCost: 85_000_000, component: 'TRAINING' });
    expect(roadmap.deliveries.map((d) => [d.round, d.deliveredBy, d.lines.map((l) => l.lineId)])).toEqual([
      [1, ADVISOR, draft.map((l) => l.id)],
      [2, ADVISOR, draft.map((l) => l.id)],
    ]);
  });

  it('7. is accepted by the entity, answered in the survey, and completed', async () => {
    let step = await act(ACCEPT, { caseId }, who.member);
    expect(step.case.state).toBe('surveyPending');
    expect((await read(who.member)).deadlines.find((d) => d.kind === 'ACCOMPANIMENT_SURVEY')!.status).toBe('PENDING');
    step = await act(ANSWER, { caseId, score: 5, comment: 'La hoja de ruta responde a lo que más nos falta.' }, who.member);
    expect(step.case).toMatchObject({ state: 'completed', final: true });
    expect((await read(who.auditor)).accompaniment.survey).toEqual({
      score: 5,
      comment: 'La hoja de ruta responde a lo que más nos falta.',
    });
  });

  it('8. lists every step in the history in order, and the delivered roadmap is a READY PDF, weakest dimension first', async () => {
    const view = await read(who.coordinator);
    expect(view.history.map((h) => [h.event, h.toState])).toEqual([
      ['CREATED', 'requested'],
      ['ADMIT', 'admitted'],
      ['ASSIGN_ADVISOR', 'advisorAssigned'],
      ['SCHEDULE_SESSION', 'advisorAssigned'],
      ['RECORD_SESSION', 'inProgress'],
      ['SCHEDULE_SESSION', 'inProgress'],
      ['RECORD_SESSION', 'inProgress'],
      ['COMPLETE_MINISTRY_COMMITMENT', 'inProgress'],
      ['START_DIAGNOSIS', 'diagnosis'],
      ['SAVE_FINDINGS', 'diagnosis'],
      ['START_FORMULATION', 'formulation'],
      ['DELIVER_ROADMAP', 'roadmapDelivered'],
      ['REQUEST_ADJUSTMENTS', 'adjustmentsRequested'],
      ['SAVE_ROADMAP', 'adjustmentsRequested'],
      ['DELIVER_ROADMAP', 'roadmapDelivered'],
      ['ACCEPT_ROADMAP', 'surveyPending'],
      ['ANSWER_SURVEY', 'completed'],
    ]);
    // The ids of what each step wrote are in its entry.
    const entries = view.history;
    expect(entries.filter((h) => h.event === 'SCHEDULE_SESSION').map((h) => h.payload.sessionId)).toEqual([
      key(sessionOne),
      key(sessionTwo),
    ]);
    expect(entries.find((h) => h.event === 'COMPLETE_MINISTRY_COMMITMENT')!.payload).toMatchObject({
      commitmentId: key(ministryCommitment),
    });

    const deliveries = view.accompaniment.roadmap!.deliveries;
    expect(deliveries.map((d) => d.report && [d.report.kind, d.report.format, d.report.round])).toEqual([
      ['ROADMAP', 'PDF', 1],
      ['ROADMAP', 'PDF', 2],
    ]);
    for (const delivery of deliveries) expect((await finishedReport(app, who.member, delivery.report!.id)).status).toBe('READY');
    const last = await finishedReport(app, who.member, deliveries[1].report!.id);
    const got = await download(app, last.downloadUrl!, who.member);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    const text = (await parsePdf(got.body)).text.replace(/\s+/g, ' ');
    expect(text).toContain('Hoja de ruta de Ciudades y Territorios Inteligentes');
    expect(text).toContain('(entrega 2)');
    // The table of lines starts with the weakest dimension.
    expect(text).toMatch(/Líneas de acción.*?\b1 Hábitat\b/);
    expect((await read(who.coordinator)).accompaniment.roadmap!.deliveries.map((d) => d.report!.status)).toEqual(['READY', 'READY']);
  });

  describe('a page of accompaniments read with everything nested', () => {
    const PAGE = `query Page($first: Int!) {
      cases(first: $first, filter: { process: ACCOMPANIMENT }) {
        edges { node { id accompaniment {
          request { contactName }
          sessions { invitees { name attended } acta { id } commitments { id } }
          commitments { id overdue }
          diagnosis { dimensions { code } }
          roadmap { lines { id dimensionName } comments { lineId } deliveries { round report { id status } } }
          survey { score }
        } } }
      }
    }`;

    /**
     * An accompaniment of the entity `code` with some of everything the page reads: a session with
     * invitees, a signed acta and commitments, a diagnosis, a roadmap delivered twice with a comment
     * between the deliveries, and the survey answered.
     */
    async function fullCase(code: string): Promise<string> {
      const other = await actors(app, code);
      await validatedAssessment(app, other, cycleId);
      const id = await openAccompaniment(app, other, 'ROADMAP');
      const startsAt = new Date(nowOf(app).getTime() + 2 * HOUR);
      const member = await personIdOf(app, other.member);
      const sessionId = await scheduleSession(app, other.advisor, id, { startsAt, inviteeIds: [advisorPerson, member] });
      await travelTo(app, new Date(startsAt.getTime() + 60_000));
      const acta = await uploadDocument(app.url, other.advisor, {
        purpose: 'ACCOMPANIMENT_MINUTES',
        name: `acta-${code}.pdf`,
        content: samplePdf(`Acta ${code}`),
        metadata: { entityCode: code },
      });
      expect(acta.status).toBe(200);
      // A week after the session, as a Bogotá calendar day.
      const dueOn = new Date(startsAt.getTime() - 5 * HOUR + 7 * 24 * HOUR).toISOString().slice(0, 10);
      await holdSession(app, other.advisor, id, sessionId, {
        actaDocumentId: acta.documentId,
        commitments: [
          { description: 'Enviar el inventario de sistemas de información', owner: 'ENTITY', responsible: 'Oficina TIC', dueOn },
          { description: 'Enviar la guía de formulación de líneas de acción', owner: 'MINISTRY', dueOn },
        ],
      });
      await act(START_DIAGNOSIS, { caseId: id }, other.advisor);
      await act(START_FORMULATION, { caseId: id }, other.advisor);
      await act(DELIVER, { caseId: id }, other.advisor);
      const lines = ok(await run(READ, { id }, other.member)).case.accompaniment.roadmap.lines as Line[];
      await act(
        ADJUST,
        { caseId: id, note: 'Revisen la primera línea.', comments: [{ lineId: lines[0].id, comment: 'Falta el costo estimado.' }] },
        other.member,
      );
      await act(DELIVER, { caseId: id }, other.advisor);
      await act(ACCEPT, { caseId: id }, other.member);
      await act(ANSWER, { caseId: id, score: 4 }, other.member);
      return id;
    }

    it('costs the same SQL statements for a few cases as for several times more (DataLoaders, no N+1)', async () => {
      const codes = (await municipalities(app, 6)).filter((c) => c !== '05001').slice(0, 5);
      for (const code of codes) await fullCase(code);
      await settled(app);
      // Every delivery has its PDF by now (the page reads the reports too).
      await eventually(app, 'los reportes de todas las entregas', async () => {
        const [row] = await knex()('roadmap_delivery').whereNull('report_id').count({ c: '*' });
        return Number(row.c) === 0;
      });

      const count = async (first: number) => {
        await settled(app);
        const statements: string[] = [];
        // The worker shares this process's connection: its relay's polls are not the query's.
        const listener = (q: { sql: string }) => {
          if (!/\boutbox\b/.test(q.sql)) statements.push(q.sql);
        };
        knex().on('query', listener);
        let page: { node: { accompaniment: CaseView['accompaniment'] } }[];
        try {
          page = ok(await run(PAGE, { first }, who.coordinator)).cases.edges;
        } finally {
          knex().removeListener('query', listener);
        }
        expect(page).toHaveLength(first);
        // Every case of the page has some of everything, so every nested loader runs for each size.
        for (const { node } of page) {
          const a = node.accompaniment;
          expect(a.request).not.toBeNull();
          expect(a.sessions.length).toBeGreaterThan(0);
          expect(a.sessions[0].invitees.length).toBeGreaterThan(0);
          expect(a.sessions[0].acta).not.toBeNull();
          expect(a.commitments.length).toBeGreaterThan(0);
          expect(a.diagnosis!.dimensions.length).toBeGreaterThan(0);
          expect(a.roadmap!.comments.length).toBeGreaterThan(0);
          expect(a.roadmap!.deliveries.map((d) => d.report!.status)).toEqual(['READY', 'READY']);
          expect(a.survey).not.toBeNull();
        }
        if (process.env.DEBUG_STATEMENTS) console.log(first, statements.join('\n'));
        return statements.length;
      };
      // A token's first request signs in (writes the person): not the query's work, so one read first.
      await count(1);
      const few = await count(2);
      const many = await count(6);
      expect(few).toBeGreaterThan(0);
      expect(many).toBe(few);
    });
  });
});
