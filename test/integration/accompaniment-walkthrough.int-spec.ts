// The "done when", on the embedded default's demo data, through the HTTP API with the demo
// people `npm start` prints: Medellín (left untouched by the demo) asks for help applying the model
// without a validated assessment; the demo advisor holds a session whose minutes and commitments
// Medellín reads; once Medellín's assessment is validated, a roadmap request ends in a delivered PDF
// roadmap whose first lines address Medellín's weakest dimension.
import { seedDemo } from '../../src/app/demo.seed';
import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { personIdOf, requestInput } from '../support/accompaniment';
import { dataOf, errorCode, executeText, type GraphQLResponse } from '../support/http';
import { download, finishedReport, parsePdf } from '../support/reports';
import { personToken, startTestSystem, type TestSystem } from '../support/test-system';
import { clockOf, eventually, timeTravelEnv, travelTo } from '../support/time-travel';
import { answerAssessment } from '../support/workflow';

jest.setTimeout(180_000);

/** Tuesday 24 November 2026, 9 a.m. in Bogotá: the demo is seeded at this instant. */
const START = new Date('2026-11-24T14:00:00Z');
const HOUR = 3600_000;

let app: TestSystem;
const tokens: Record<'coordinator' | 'advisor' | 'representative' | 'member', string> = {
  coordinator: '',
  advisor: '',
  representative: '',
  member: '',
};

beforeAll(async () => {
  app = await startTestSystem(timeTravelEnv({ LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent' }), { worker: true });
  await clockOf(app).set(START);
  await seedDemo(app.system.orm, app.system.api.services, START);
  tokens.coordinator = await personToken(app, { sub: 'coordinador@mintic.gov.co', role: Role.COORDINATOR });
  tokens.advisor = await personToken(app, { sub: 'asesor@mintic.gov.co', role: Role.ADVISOR });
  tokens.representative = await personToken(app, { sub: 'alcalde@medellin.gov.co', role: Role.ENTITY_REPRESENTATIVE, entityCode: '05001' });
  tokens.member = await personToken(app, { sub: 'funcionario@medellin.gov.co', role: Role.ENTITY_MEMBER, entityCode: '05001' });
});
afterAll(() => app?.stop());

const run = (query: string, variables: Record<string, unknown>, token: string) => executeText(app.url, query, variables, { token });
/** The first (only) root field of a mutation's answer; fails the test with the API's reason when refused. */
async function act<T = { case: { id: string; state: string; version: number } }>(
  query: string,
  input: Record<string, unknown>,
  token: string,
): Promise<T> {
  return Object.values(dataOf<Record<string, T>>(await run(query, { input }, token)))[0];
}
const mutation = (field: string, input: string, fields = 'case { id state version }') =>
  `mutation M($input: ${input}!) { ${field}(input: $input) { ${fields} } }`;

const REQUEST = mutation('requestAccompaniment', 'RequestAccompanimentInput');
const ADMIT = mutation('admitAccompaniment', 'CaseActionInput');
const ASSIGN = mutation('assignAdvisor', 'AssignAdvisorInput');
const SCHEDULE = mutation('scheduleAccompanimentSession', 'ScheduleSessionInput', 'case { id state version } session { id }');
const RECORD = mutation('recordAccompanimentSession', 'RecordSessionInput');
const FINISH = mutation('finishAssessmentSupport', 'CaseNoteInput');
const SURVEY = mutation('answerAccompanimentSurvey', 'AnswerAccompanimentSurveyInput');
const START_DIAGNOSIS = mutation('startDiagnosis', 'CaseActionInput');
const START_FORMULATION = mutation('startFormulation', 'CaseActionInput');
const DELIVER = mutation('deliverRoadmap', 'CaseDecisionInput');

/** The coordinator admits the request and assigns the demo advisor (by the directory's id). */
async function admitAndAssign(caseId: string): Promise<void> {
  await act(ADMIT, { caseId }, tokens.coordinator);
  const advisorId = await personIdOf(app, tokens.advisor);
  const assigned = await act(ASSIGN, { caseId, advisorId }, tokens.coordinator);
  expect(assigned.case.state).toBe('advisorAssigned');
}

/** The advisor holds a session tomorrow at 10:00 Bogotá with Medellín's representative, and records it. */
async function holdSession(caseId: string, minutes: string, commitments: Record<string, unknown>[]): Promise<string> {
  const now = clockOf(app).now();
  const startsAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 15, 0, 0));
  const invitees = [await personIdOf(app, tokens.representative), await personIdOf(app, tokens.advisor)];
  const scheduled = await act<{ session: { id: string } }>(
    SCHEDULE,
    {
      caseId,
      startsAt: startsAt.toISOString(),
      durationMinutes: 90,
      modality: 'VIRTUAL',
      meetingUrl: 'https://meet.mintic.gov.co/cti-medellin',
      agenda: 'Alcance del acompañamiento, estado del autodiagnóstico y próximos pasos.',
      inviteeIds: invitees,
    },
    tokens.advisor,
  );
  await travelTo(app, new Date(startsAt.getTime() + 2 * HOUR));
  const recorded = await act(
    RECORD,
    {
      caseId,
      sessionId: scheduled.session.id,
      attendance: invitees.map((personId) => ({ personId, attended: true })),
      minutes,
      commitments,
    },
    tokens.advisor,
  );
  expect(recorded.case.state).not.toBe('advisorAssigned');
  return scheduled.session.id;
}

const ACCOMPANIMENT = `query A($id: ID!) { case(id: $id) { state accompaniment {
  request { topic description modality }
  sessions { id status minutes invitees { name attended } }
  commitments { description owner dueOn status }
  diagnosis { dimensions { code name score rank } }
  roadmap { lines { position dimensionCode dimensionName title } deliveries { round report { id status downloadUrl } } }
  survey { score comment }
} } }`;
interface AccompanimentView {
  state: string;
  accompaniment: {
    request: { topic: string };
    sessions: { id: string; status: string; minutes: string | null; invitees: { name: string | null; attended: boolean | null }[] }[];
    commitments: { description: string; owner: string; dueOn: string; status: string }[];
    diagnosis: { dimensions: { code: string; name: string; score: number; rank: number }[] } | null;
    roadmap: {
      lines: { position: number; dimensionCode: string; dimensionName: string; title: string }[];
      deliveries: { round: number; report: { id: string; status: string; downloadUrl: string | null } | null }[];
    } | null;
    survey: { score: number; comment: string | null } | null;
  };
}
const view = async (caseId: string, token: string) =>
  dataOf<{ case: AccompanimentView }>(await run(ACCOMPANIMENT, { id: caseId }, token)).case;

describe('technical accompaniment on the embedded default (issue 22, done when)', () => {
  let supportCase: string;

  it('takes Medellín’s request for help applying the model without a validated assessment, and refuses a roadmap without one', async () => {
    const roadmap = (await run(REQUEST, { input: requestInput('ROADMAP') }, tokens.member)) as GraphQLResponse<unknown>;
    expect(errorCode(roadmap)).toBe('PRECONDITION_FAILED');
    expect(roadmap.errors![0].extensions!.rule).toBe('VALIDATED_ASSESSMENT_REQUIRED');

    const requested = await act(
      REQUEST,
      requestInput('ASSESSMENT_SUPPORT', {
        dimensions: [],
        description: 'Queremos aplicar el Modelo de Madurez por primera vez y necesitamos apoyo para reunir las evidencias.',
      }),
      tokens.member,
    );
    supportCase = requested.case.id;
    expect(requested.case.state).toBe('requested');
    expect((await view(supportCase, tokens.member)).accompaniment.request.topic).toBe('ASSESSMENT_SUPPORT');
  });

  it('has the demo advisor hold a session whose minutes and commitments Medellín reads', async () => {
    await admitAndAssign(supportCase);
    await holdSession(supportCase, 'Se revisó el modelo dimensión por dimensión y se definió quién reúne cada evidencia en la alcaldía.', [
      {
        description: 'Reunir las evidencias de la dimensión Gobernanza',
        owner: 'ENTITY',
        responsible: 'Secretaría de Gobierno',
        dueOn: '2026-12-04',
      },
      { description: 'Enviar la guía de evidencias del modelo', owner: 'MINISTRY', responsible: 'Asesoría técnica', dueOn: '2026-11-30' },
    ]);

    const seen = await view(supportCase, tokens.representative);
    expect(seen.state).toBe('inProgress');
    const [session] = seen.accompaniment.sessions;
    expect(session).toMatchObject({ status: 'HELD', minutes: expect.stringContaining('dimensión por dimensión') });
    expect(session.invitees.every((i) => i.attended === true)).toBe(true);
    expect(seen.accompaniment.commitments.map((c) => [c.owner, c.dueOn, c.status])).toEqual([
      ['MINISTRY', '2026-11-30', 'OPEN'],
      ['ENTITY', '2026-12-04', 'OPEN'],
    ]);

    // The advisor closes the support; Medellín answers the survey.
    expect(
      (await act(FINISH, { caseId: supportCase, note: 'Medellín ya tiene el equipo y el plan para responder el modelo.' }, tokens.advisor))
        .case.state,
    ).toBe('surveyPending');
    const answered = await act(
      SURVEY,
      { caseId: supportCase, score: 5, comment: 'Muy útil para organizar las evidencias.' },
      tokens.representative,
    );
    expect(answered.case.state).toBe('completed');
    expect((await view(supportCase, tokens.member)).accompaniment.survey).toEqual({
      score: 5,
      comment: 'Muy útil para organizar las evidencias.',
    });
  });

  it('after Medellín’s assessment is validated, ends a roadmap request in a delivered PDF whose first lines address its weakest dimension', async () => {
    // Medellín answers the model in the demo's open cycle, submits it, and the coordination validates it.
    const cycles = dataOf<{ cycles: { edges: { node: { id: string; open: boolean } }[] } }>(
      await run(`{ cycles(first: 5) { edges { node { id open } } } }`, {}, tokens.member),
    );
    const cycleId = cycles.cycles.edges.find((e) => e.node.open)!.node.id;
    const started = dataOf<{ startAssessment: { case: { id: string } } }>(
      await run(
        `mutation S($input: StartAssessmentInput!) { startAssessment(input: $input) { case { id } } }`,
        { input: { cycleId } },
        tokens.member,
      ),
    );
    const assessment = started.startAssessment.case.id;
    await answerAssessment(app, tokens.member, assessment, 0.45);
    await act(mutation('submitAssessment', 'CaseActionInput'), { caseId: assessment }, tokens.representative);
    await act(mutation('startAssessmentReview', 'CaseActionInput'), { caseId: assessment }, tokens.coordinator);
    await act(mutation('validateAssessment', 'CaseActionInput'), { caseId: assessment }, tokens.coordinator);
    const scores = dataOf<{ assessment: { scores: { dimension: string; dimensionName: string; score: number }[] } }>(
      await run(
        `query Q($id: ID!) { assessment(id: $id) { scores { dimension dimensionName score } } }`,
        { id: assessment },
        tokens.member,
      ),
    ).assessment.scores;
    const weakest = [...scores].sort((x, y) => x.score - y.score)[0];

    const requested = await act(
      REQUEST,
      requestInput('ROADMAP', { description: 'Queremos una hoja de ruta diferenciada a partir de nuestro autodiagnóstico validado.' }),
      tokens.member,
    );
    const caseId = requested.case.id;
    await admitAndAssign(caseId);
    await holdSession(caseId, 'Se presentaron los resultados del autodiagnóstico y se acordó el calendario del diagnóstico.', []);
    await act(START_DIAGNOSIS, { caseId }, tokens.advisor);
    const diagnosed = await view(caseId, tokens.member);
    expect(diagnosed.accompaniment.diagnosis!.dimensions[0]).toMatchObject({ code: weakest.dimension, rank: 1 });
    await act(START_FORMULATION, { caseId }, tokens.advisor);
    const delivered = await act(DELIVER, { caseId, note: 'Les entregamos la hoja de ruta.' }, tokens.advisor);
    expect(delivered.case.state).toBe('roadmapDelivered');

    // The draft's first lines address the weakest dimension, and Medellín downloads the delivery's PDF.
    const read = await eventually(app, 'el PDF de la hoja de ruta', async () => {
      const v = await view(caseId, tokens.member);
      return v.accompaniment.roadmap!.deliveries[0]?.report ? v : null;
    });
    const { lines, deliveries } = read.accompaniment.roadmap!;
    expect(lines[0]).toMatchObject({ position: 1, dimensionCode: weakest.dimension });
    const report = await finishedReport(app, tokens.member, deliveries[0].report!.id);
    expect(report.status).toBe('READY');
    const file = await download(app, report.downloadUrl!, tokens.member);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    const text = (await parsePdf(file.body)).text.replace(/\s+/g, ' ');
    expect(text).toContain('Hoja de ruta de Ciudades y Territorios Inteligentes');
    expect(text).toContain('Líneas de acción');
    // The table's first row: line 1, the weakest dimension, its title.
    expect(text).toContain(`1 ${weakest.dimensionName} ${lines[0].title}`);
    expect(fromGlobalId(caseId)).not.toBeNull();
  });
});
