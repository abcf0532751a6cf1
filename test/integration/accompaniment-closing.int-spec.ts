// The closing of a technical accompaniment through the real API: the roadmap's deliveries (a row
// per round and a PDF made by the reports machinery, downloaded and read), the satisfaction survey
// (answered, refused, lapsed), the advisor's closing of an ASSESSMENT_SUPPORT, the coordinators'
// indicators per advisor and per department, and the caseload report's accompaniment section.
// One system on an adjustable clock with its worker in-process; the tests run in order and build
// on each other (the indicators count what the earlier tests did).
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { holdSession, nowOf, openAccompaniment, scheduleSession, toInProgress } from '../support/accompaniment';
import { dataOf, errorCode, executeText, type GraphQLResponse } from '../support/http';
import { download, finishedReport, generated, openWorkbook, parsePdf, readReport, requestReportRaw, sheetValues } from '../support/reports';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { bogota, clockOf, eventually, openProgrammeAt, settled, timeTravelEnv, travelTo } from '../support/time-travel';
import { actors, ADVISOR, answerAssessment, drive, sendEvent, type Actors } from '../support/workflow';

/** Monday 23 November 2026, 8 a.m. in Bogotá (no holiday near): the system starts here. */
const START = bogota('2026-11-23T08:00:00');
const keyOf = (id: string) => fromGlobalId(id)?.key ?? id;

const TRANSITION = `replayed case { id state version } entry { event payload at }`;
const START_DIAGNOSIS = `mutation S($input: CaseActionInput!) { startDiagnosis(input: $input) { ${TRANSITION} } }`;
const START_FORMULATION = `mutation S($input: CaseActionInput!) { startFormulation(input: $input) { ${TRANSITION} } }`;
const SAVE_ROADMAP = `mutation S($input: SaveRoadmapInput!) { saveRoadmap(input: $input) { ${TRANSITION} } }`;
const DELIVER = `mutation S($input: CaseDecisionInput!) { deliverRoadmap(input: $input) { ${TRANSITION} } }`;
const ADJUST = `mutation S($input: RequestRoadmapAdjustmentsInput!) { requestRoadmapAdjustments(input: $input) { ${TRANSITION} } }`;
const ACCEPT = `mutation S($input: CaseActionInput!) { acceptRoadmap(input: $input) { ${TRANSITION} } }`;
const FINISH = `mutation S($input: CaseNoteInput!) { finishAssessmentSupport(input: $input) { ${TRANSITION} } }`;
const ANSWER = `mutation S($input: AnswerAccompanimentSurveyInput!) { answerAccompanimentSurvey(input: $input) { ${TRANSITION} } }`;
const INDICATORS = `query I($groupBy: AccompanimentIndicatorsGroupBy!, $from: Date, $to: Date) {
  accompanimentIndicators(groupBy: $groupBy, from: $from, to: $to) {
    id key label openCases sessionsHeld commitmentsOverdue medianDaysToFirstSession satisfactionAverage surveys
  }
}`;
const REPORT = 'id kind format status progress title caseId round downloadUrl error';
const CASE = `query C($id: ID!) {
  case(id: $id) {
    id state version final
    history { event payload }
    accompaniment {
      survey { score comment answeredAt }
      roadmap {
        round
        lines { id title }
        deliveries { id round deliveredAt deliveredBy lines { lineId position title dimensionCode dimensionName priority priorityLabel horizonLabel responsible estimatedCost component } report { ${REPORT} } }
      }
    }
  }
}`;

interface ReportRow {
  id: string;
  kind: string;
  format: string;
  status: string;
  title: string;
  caseId: string | null;
  round: number | null;
  downloadUrl: string | null;
  error: string | null;
}
interface CaseView {
  id: string;
  state: string;
  version: number;
  final: boolean;
  history: { event: string; payload: Record<string, unknown> }[];
  accompaniment: {
    survey: { score: number; comment: string | null; answeredAt: string } | null;
    roadmap: {
      round: number;
      lines: { id: string; title: string }[];
      deliveries: {
        id: string;
        round: number;
        deliveredAt: string;
        deliveredBy: string;
        lines: { lineId: string; position: number; title: string; dimensionName: string; estimatedCost: number; priorityLabel: string }[];
        report: ReportRow | null;
      }[];
    } | null;
  };
}
interface IndicatorRow {
  id: string;
  key: string;
  label: string;
  openCases: number;
  sessionsHeld: number;
  commitmentsOverdue: number;
  medianDaysToFirstSession: number | null;
  satisfactionAverage: number | null;
  surveys: number;
}

/** The lines the advisor writes, in the order delivered: the weakest dimension first. */
const LINES = [
  {
    dimensionCode: 'PERSONAS',
    title: 'Programa de formación en competencias digitales',
    description: 'Formación de servidores públicos y ciudadanía en competencias digitales básicas y avanzadas.',
    priority: 'HIGH',
    horizon: 'SHORT',
    responsible: 'Secretaría de Educación',
    estimatedCost: 120_000_000,
    component: 'TRAINING',
  },
  {
    dimensionCode: 'GOBERNANZA',
    title: 'Portal de datos abiertos del municipio',
    description: 'Publicación de conjuntos de datos priorizados con un portal y un equipo de gobierno de datos.',
    priority: 'MEDIUM',
    horizon: 'MEDIUM',
    responsible: 'Oficina TIC',
    estimatedCost: 350_500_000,
    component: 'TECHNOLOGICAL_SERVICES',
  },
  {
    dimensionCode: 'HABITAT',
    title: 'Sensores de calidad del aire en comunas',
    description: 'Red de sensores con tablero público de calidad del aire por comuna.',
    priority: 'LOW',
    horizon: 'LONG',
    responsible: 'Secretaría de Medio Ambiente',
    estimatedCost: 80_000_000,
    component: null,
  },
];

/** es-CO with one decimal, as the PDF's tables print scores. */
const one = (n: number) => n.toLocaleString('es-CO', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

describe('closing a technical accompaniment: roadmap deliveries, survey, indicators, caseload', () => {
  let app: TestSystem;
  let a: Actors; // Medellín: the ROADMAP accompaniment
  let b: Actors; // Barranquilla: ASSESSMENT_SUPPORT, answered
  let c: Actors; // Baranoa: ASSESSMENT_SUPPORT, lapsed survey
  let d: Actors; // Abejorral: an open accompaniment with an overdue commitment
  let e: Actors; // Abriaquí: a third validated assessment in Antioquia
  let advisorName: string;
  let names: { a: string; antioquia: string; atlantico: string };
  let roadmapCase: string;
  let supportCase: string;
  let lapsedCase: string;
  /** The index scores of the validated assessments: Medellín, Abejorral, Abriaquí, Barranquilla. */
  let indexOf: Record<string, number>;
  /** The averages the roadmap's diagnosis froze when it started (Antioquia's and the nation's index). */
  let frozen: { department: number; national: number };
  const COMPARISON = `query D($id: ID!) { case(id: $id) { accompaniment { diagnosis { comparison {
    department { label count index dimensions { code score } } national { label count index dimensions { code score } } } } } } }`;
  type Group = { label: string; count: number; index: number | null; dimensions: { code: string; score: number }[] };
  const comparisonOf = async (id: string, token: string) =>
    dataOf<{ case: { accompaniment: { diagnosis: { comparison: { department: Group; national: Group } | null } } } }>(
      await run(COMPARISON, { id }, token),
    ).case.accompaniment.diagnosis.comparison;

  const run = (query: string, variables: Record<string, unknown>, token: string) => executeText(app.url, query, variables, { token });
  const act = async (query: string, input: Record<string, unknown>, token: string) => {
    const res = await run(query, { input }, token);
    const data =
      dataOf<
        Record<string, { case: { state: string; version: number }; entry: { event: string; payload: Record<string, unknown>; at: string } }>
      >(res);
    return Object.values(data)[0];
  };
  const read = async (id: string, token: string): Promise<CaseView> => dataOf<{ case: CaseView }>(await run(CASE, { id }, token)).case;
  const indicators = async (token: string, vars: Record<string, unknown>) =>
    (await run(INDICATORS, vars, token)) as GraphQLResponse<{ accompanimentIndicators: IndicatorRow[] }>;

  /** An assessment validated with every answer at `maturity` (so entities score differently). */
  async function assessed(who: Actors, cycleId: string, maturity: number): Promise<void> {
    const started = await run(
      `mutation S($input: StartAssessmentInput!) { startAssessment(input: $input) { case { id } } }`,
      { input: { cycleId } },
      who.member,
    );
    const id = dataOf<{ startAssessment: { case: { id: string } } }>(started).startAssessment.case.id;
    await answerAssessment(app, who.member, id, maturity);
    const submitted = await sendEvent(app, who.representative, 'MATURITY_ASSESSMENT', id, 'SUBMIT');
    if (submitted.errors) throw new Error(`SUBMIT: ${errorCode(submitted)} ${submitted.errors[0].message}`);
    for (const event of ['START_REVIEW', 'VALIDATE']) await drive(app, who, 'MATURITY_ASSESSMENT', id, event);
  }

  /** Waits for a delivery's report to be READY; returns the report and its PDF's text (whitespace collapsed). */
  async function readyPdf(report: ReportRow, token: string) {
    const done = await finishedReport(app, token, report.id);
    expect(done).toMatchObject({ status: 'READY', kind: 'ROADMAP', format: 'PDF' });
    const got = await download(app, done.downloadUrl!, token);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    const pdf = await parsePdf(got.body);
    pdf.pages.forEach((text, i) => expect(text).toContain(`Página ${i + 1} de ${pdf.total}`));
    return { report: done, text: pdf.text.replace(/\s+/g, ' ') };
  }

  beforeAll(async () => {
    app = await startTestSystem(timeTravelEnv(), { worker: true });
    await clockOf(app).set(START);
    [a, b, c, d, e] = await Promise.all(['05001', '08001', '08078', '05002', '05004'].map((code) => actors(app, code)));
    const { cycleId } = await openProgrammeAt(app, a.coordinator, START);
    await assessed(a, cycleId, 0.35);
    await assessed(d, cycleId, 0.8);
    // Three in Antioquia, so its average is shown (with two it would give the other's scores away).
    await assessed(e, cycleId, 0.5);
    await assessed(b, cycleId, 0.6);
    const knex = app.system.orm.em.getKnex();
    const scores: { entity_code: string; index_score: number | string }[] = await knex('assessment_score').select(
      'entity_code',
      'index_score',
    );
    indexOf = Object.fromEntries(scores.map((s) => [s.entity_code, Number(s.index_score)]));
    const directory = await app.system.api.services.directory.current();
    names = { a: directory.find('05001')!.name, antioquia: directory.departmentName('05')!, atlantico: directory.departmentName('08')! };
    advisorName = ((await knex('person').where({ subject: ADVISOR }).first('name')) as { name: string | null }).name ?? ADVISOR;
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('delivers a roadmap: a delivery row with the lines as delivered, and a READY PDF in Spanish with the entity, the lines in order and the chart', async () => {
    roadmapCase = await toInProgress(app, a, 'ROADMAP');
    // A roadmap accompaniment ends with an accepted roadmap, not with the advisor's closing note.
    const finished = await run(FINISH, { input: { caseId: roadmapCase, note: 'Terminamos el acompañamiento.' } }, a.advisor);
    expect(errorCode(finished)).toBe('BAD_USER_INPUT');
    expect(finished.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: 'input.caseId', code: 'NOT_ALLOWED' })]);
    await act(START_DIAGNOSIS, { caseId: roadmapCase }, a.advisor);
    await act(START_FORMULATION, { caseId: roadmapCase }, a.advisor);
    await act(SAVE_ROADMAP, { caseId: roadmapCase, lines: LINES }, a.advisor);
    const delivered = await act(DELIVER, { caseId: roadmapCase, note: 'Les entregamos la hoja de ruta para su revisión.' }, a.advisor);
    expect(delivered.case.state).toBe('roadmapDelivered');

    // The row: round 1, who and when, the lines as delivered (with their dimensions' names), and its
    // report, which the reports module makes once the delivery's announcement is relayed.
    const rows = await eventually(app, 'el reporte de la entrega', async () => {
      const found = await app.system.orm.em
        .getKnex()('roadmap_delivery')
        .where({ case_id: keyOf(roadmapCase) });
      return found.length === 1 && found[0].report_id ? found : null;
    });
    expect(rows[0]).toMatchObject({ round: 1, delivered_by: ADVISOR });
    const snapshot = (typeof rows[0].lines === 'string' ? JSON.parse(rows[0].lines) : rows[0].lines) as {
      title: string;
      dimensionName: string;
    }[];
    expect(snapshot.map((l) => l.title)).toEqual(LINES.map((l) => l.title));
    expect(snapshot[0].dimensionName).toBe('Personas');

    // Through the API: the delivery, its lines and its report, the same for the entity and the advisor.
    const view = await read(roadmapCase, a.member);
    expect(view.accompaniment.roadmap!.round).toBe(1);
    const [delivery] = view.accompaniment.roadmap!.deliveries;
    expect(delivery).toMatchObject({ round: 1, deliveredBy: ADVISOR, deliveredAt: delivered.entry.at });
    expect(delivery.lines.map((l) => [l.position, l.title])).toEqual(LINES.map((l, i) => [i + 1, l.title]));
    expect(delivery.lines[1]).toMatchObject({ dimensionName: 'Gobernanza', estimatedCost: 350_500_000, priorityLabel: 'Media' });
    expect(delivery.report).toMatchObject({ kind: 'ROADMAP', format: 'PDF', caseId: roadmapCase, round: 1 });
    expect(keyOf(delivery.report!.id)).toBe(rows[0].report_id);

    const { report, text } = await readyPdf(delivery.report!, a.member);
    expect(report.title).toContain(names.a);
    expect(text).toContain('Hoja de ruta de Ciudades y Territorios Inteligentes');
    expect(text).toContain(`Entidad: ${names.a}`);
    expect(text).toContain(`Asesor(a): ${advisorName}`);
    for (const heading of [
      'Resumen del diagnóstico',
      'Líneas de acción',
      'Detalle de las líneas de acción',
      'Gráfico 1. Puntaje por dimensión',
    ])
      expect(text).toContain(heading);
    // The lines in the table in the roadmap's order, with their priority, horizon, responsible, cost in pesos and component.
    expect(text).toMatch(
      /1 Personas Programa de formación en competencias digitales Alta Corto plazo Secretaría de Educación \$ 120\.000\.000 Formación de/,
    );
    expect(text).toMatch(
      /2 Gobernanza Portal de datos abiertos del municipio Media Mediano plazo Oficina TIC \$ 350\.500\.000 Servicios tecnológicos/,
    );
    expect(text).toMatch(
      /3 Hábitat Sensores de calidad del aire en comunas Baja Largo plazo Secretaría de Medio Ambiente \$ 80\.000\.000 —/,
    );
    const at = LINES.map((l) => text.indexOf(l.title));
    expect(at.every((p) => p > -1)).toBe(true);
    expect(at).toEqual([...at].sort((x, y) => x - y));
    expect(text).toContain('Costo estimado total $ 550.500.000');
    // The diagnosis against the department (Medellín, Abejorral) and the nation (those and Barranquilla).
    // Averages as the Índice computes them (two decimals), printed with one.
    const round2 = (x: number) => Math.round(x * 100) / 100;
    const department = round2((indexOf['05001'] + indexOf['05002'] + indexOf['05004']) / 3);
    const national = round2((indexOf['05001'] + indexOf['05002'] + indexOf['05004'] + indexOf['08001']) / 4);
    expect(text).toContain(`Índice ${one(indexOf['05001'])} ${one(department)} ${one(national)}`);
    // The chart's legend: the entity against its department's and the nation's averages.
    expect(text).toContain(`${names.a} Promedio de ${names.antioquia} Promedio nacional`);
    // Those averages are the ones the diagnosis froze when it started, which the API gives too.
    frozen = { department, national };
    const comparison = await comparisonOf(roadmapCase, a.member);
    expect(comparison!.department).toMatchObject({ label: `Promedio de ${names.antioquia}`, count: 3, index: department });
    expect(comparison!.national).toMatchObject({ label: 'Promedio nacional', count: 4, index: national });
    expect(comparison!.department.dimensions.map((d) => d.code).sort()).toEqual(
      ['CALIDAD_DE_VIDA', 'DESARROLLO_ECONOMICO', 'GOBERNANZA', 'HABITAT', 'MEDIO_AMBIENTE', 'PERSONAS'].sort(),
    );

    // Whoever may read the case downloads it; another entity does not even see it.
    for (const token of [a.representative, a.advisor, a.coordinator, a.auditor]) {
      expect((await download(app, report.downloadUrl!, token)).status).toBe(200);
    }
    expect(await readReport(app, b.member, report.id)).toBeNull();
    expect((await download(app, report.downloadUrl!, b.member)).status).toBe(404);
    expect((await run(CASE, { id: roadmapCase }, b.member)).data).toEqual({ case: null });

    // A roadmap report is made by its delivery, never requested.
    const asked = await requestReportRaw(app, a.advisor, { kind: 'ROADMAP', format: 'PDF' });
    expect(errorCode(asked)).toBe('BAD_USER_INPUT');
    expect(asked.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: 'input.kind', code: 'NOT_ALLOWED' })]);
  });

  it('delivers again after an adjustment round: round 2 with the adjusted lines, round 1 kept as it was', async () => {
    const before = await read(roadmapCase, a.member);
    const firstLine = before.accompaniment.roadmap!.lines[0];
    await act(
      ADJUST,
      {
        caseId: roadmapCase,
        note: 'Pedimos priorizar los datos abiertos.',
        comments: [{ lineId: firstLine.id, comment: 'Esta línea puede ir después del portal de datos.' }],
      },
      a.member,
    );
    const current = (await read(roadmapCase, a.advisor)).accompaniment.roadmap!.lines;
    const [training, portal, sensors] = LINES.map((l) => ({ ...l, id: current.find((c) => c.title === l.title)!.id }));
    const adjusted = [
      { ...portal, priority: 'HIGH' },
      { ...training, title: 'Programa de formación en datos y competencias digitales' },
      sensors,
    ];
    await act(SAVE_ROADMAP, { caseId: roadmapCase, lines: adjusted }, a.advisor);
    // Another entity of Antioquia is validated in between: the live averages move (over 4 and 5), so
    // a recomputed comparison would give its scores away; the PDF keeps the diagnosis's.
    const knex = app.system.orm.em.getKnex();
    const { cycle_id: cycleId } = (await knex('assessment_score').where({ entity_code: '05001' }).first('cycle_id')) as {
      cycle_id: string;
    };
    const { code } = (await knex('territorial_entity')
      .where({ department_code: '05', kind: 'MUNICIPALITY' })
      .whereNotIn('code', ['05001', '05002', '05004'])
      .orderBy('code')
      .first('code')) as { code: string };
    await assessed(await actors(app, code), cycleId, 0.95);
    const live = (await knex('assessment_score')
      .where({ cycle_id: cycleId, department_code: '05' })
      .count({ n: '*' })
      .sum({ total: 'index_score' })
      .first()) as { n: number | string; total: number | string };
    expect(Number(live.n)).toBe(4);
    expect(one(Number(live.total) / 4)).not.toBe(one(frozen.department));
    await act(DELIVER, { caseId: roadmapCase }, a.advisor);

    // The delivery's PDF is made once its announcement is relayed.
    const view = await eventually(app, 'el reporte de la segunda entrega', async () => {
      const v = await read(roadmapCase, a.member);
      return v.accompaniment.roadmap!.deliveries[1]?.report ? v : null;
    });
    expect(view.state).toBe('roadmapDelivered');
    expect(view.accompaniment.roadmap!.round).toBe(2);
    const [first, second] = view.accompaniment.roadmap!.deliveries;
    expect([first.round, second.round]).toEqual([1, 2]);
    expect(first.lines.map((l) => l.title)).toEqual(LINES.map((l) => l.title));
    expect(second.lines.map((l) => l.title)).toEqual(adjusted.map((l) => l.title));
    expect(second.lines[0].priorityLabel).toBe('Alta');
    expect(second.report!.id).not.toBe(first.report!.id);
    expect(second.report).toMatchObject({ round: 2 });

    const { text } = await readyPdf(second.report!, a.advisor);
    expect(text).toContain('(entrega 2)');
    // The same averages as the first delivery's, from the same 3 and 4 assessments.
    expect(text).toContain(`Índice ${one(indexOf['05001'])} ${one(frozen.department)} ${one(frozen.national)}`);
    expect(text).toContain('3 entidades con autodiagnóstico validado');
    expect(text).toContain('tomados al iniciar el diagnóstico');
    expect(await comparisonOf(roadmapCase, a.member)).toMatchObject({ department: { count: 3, index: frozen.department } });
    const at = adjusted.map((l) => text.indexOf(l.title));
    expect(at.every((p) => p > -1)).toBe(true);
    expect(at).toEqual([...at].sort((x, y) => x - y));
    const rows = await app.system.orm.em
      .getKnex()('roadmap_delivery')
      .where({ case_id: keyOf(roadmapCase) })
      .orderBy('round');
    expect(rows.map((r: { round: number }) => r.round)).toEqual([1, 2]);
  });

  it('asks the entity for the survey on acceptance; refuses bad answers and other people without writing anything; answered, completes', async () => {
    // A session still scheduled when the roadmap is accepted is cancelled with it, and its reminders.
    const leftOver = keyOf(await scheduleSession(app, a.advisor, roadmapCase));
    const accepted = await act(ACCEPT, { caseId: roadmapCase }, a.member);
    expect(accepted.case.state).toBe('surveyPending');
    const knex = app.system.orm.em.getKnex();
    expect(await knex('accompaniment_session').where({ id: leftOver }).first('status', 'cancel_reason')).toEqual({
      status: 'CANCELLED',
      cancel_reason: 'El acompañamiento terminó: la entidad aceptó la hoja de ruta.',
    });
    expect(
      (await knex('alarm').where({ subject_id: leftOver, kind: 'session-reminder' })).map((r: { status: string }) => r.status),
    ).toEqual(['CANCELLED']);
    const pending = await read(roadmapCase, a.member);
    expect(pending.accompaniment.survey).toBeNull();

    const answer = (token: string, extra: Record<string, unknown>) => run(ANSWER, { input: { caseId: roadmapCase, ...extra } }, token);
    for (const [score, problem] of [
      [0, { path: 'input.score', code: 'OUT_OF_RANGE' }],
      [6, { path: 'input.score', code: 'OUT_OF_RANGE' }],
    ] as const) {
      const res = await answer(a.member, { score });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.problems).toEqual([expect.objectContaining(problem)]);
    }
    const long = await answer(a.member, { score: 4, comment: 'x'.repeat(2001) });
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
    expect(long.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: 'input.comment', code: 'TOO_LONG' })]);
    // Another entity's user: the case does not exist for them; the advisor does not answer for the entity.
    expect(errorCode(await answer(b.member, { score: 5 }))).toBe('NOT_FOUND');
    expect(errorCode(await answer(a.advisor, { score: 5 }))).toBe('FORBIDDEN');
    const unchanged = await read(roadmapCase, a.member);
    expect(unchanged.version).toBe(pending.version);
    expect(unchanged.accompaniment.survey).toBeNull();

    const done = await act(
      ANSWER,
      { caseId: roadmapCase, expectedVersion: pending.version, score: 4, comment: '  Muy útil el acompañamiento.  ' },
      a.member,
    );
    expect(done.case.state).toBe('completed');
    expect(done.entry).toMatchObject({ event: 'ANSWER_SURVEY', payload: { score: 4, comment: 'Muy útil el acompañamiento.' } });
    for (const token of [a.member, a.advisor, a.auditor]) {
      expect((await read(roadmapCase, token)).accompaniment.survey).toEqual({
        score: 4,
        comment: 'Muy útil el acompañamiento.',
        answeredAt: done.entry.at,
      });
    }
  });

  it("closes an ASSESSMENT_SUPPORT with the advisor's note: surveyPending, then answered, completed", async () => {
    supportCase = await toInProgress(app, b, 'ASSESSMENT_SUPPORT');
    const note = 'Acompañamos el diligenciamiento del autodiagnóstico; la entidad queda lista para enviarlo.';
    // Only the assigned advisor, with a note; a roadmap accompaniment does not end this way.
    expect(errorCode(await run(FINISH, { input: { caseId: supportCase, note } }, b.member))).toBe('FORBIDDEN');
    const short = await run(FINISH, { input: { caseId: supportCase, note: 'ok' } }, b.advisor);
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(short.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: 'input.note' })]);
    const finished = await act(FINISH, { caseId: supportCase, note }, b.advisor);
    expect(finished.case.state).toBe('surveyPending');
    expect(finished.entry).toMatchObject({ event: 'FINISH_SUPPORT', payload: { note } });
    const view = await read(supportCase, b.member);
    expect(view.accompaniment.roadmap).toBeNull();
    expect(view.accompaniment.survey).toBeNull();

    const answered = await act(ANSWER, { caseId: supportCase, score: 5 }, b.member);
    expect(answered.case.state).toBe('completed');
    expect((await read(supportCase, b.member)).accompaniment.survey).toMatchObject({ score: 5, comment: null });
  });

  it('closes without a survey when its term lapses (10 business days), and leaves the survey null', async () => {
    lapsedCase = await toInProgress(app, c, 'ASSESSMENT_SUPPORT');
    await act(FINISH, { caseId: lapsedCase, note: 'Terminamos el apoyo para aplicar el modelo de madurez.' }, c.advisor);
    await settled(app);
    // From Monday 23 Nov: 24–27 Nov (4), 30 Nov–4 Dec (9), Monday 7 Dec (10); the term ends that day at 23:59:59.999.
    await travelTo(app, bogota('2026-12-07T23:00:00'));
    expect((await read(lapsedCase, c.member)).state).toBe('surveyPending');
    await travelTo(app, bogota('2026-12-08T00:00:30'));
    const view = await read(lapsedCase, c.member);
    expect(view).toMatchObject({ state: 'completed', final: true });
    expect(view.history.at(-1)!.event).toBe('CLOSE_WITHOUT_SURVEY');
    expect(view.accompaniment.survey).toBeNull();
  });

  it('gives coordinators and auditors the indicators per advisor and per department, for a window; refuses everyone else', async () => {
    // Abejorral: assigned on Tuesday 8 Dec (a holiday), first session on Friday 11 Dec (9, 10, 11: three business
    // days), which leaves a commitment due Monday 14 Dec that is still open on Wednesday 16 Dec.
    const openCase = await openAccompaniment(app, d, 'ASSESSMENT_SUPPORT');
    const startsAt = bogota('2026-12-11T10:00:00');
    const sessionId = await scheduleSession(app, d.advisor, openCase, { startsAt });
    await travelTo(app, new Date(startsAt.getTime() + 60_000));
    await holdSession(app, d.advisor, openCase, sessionId, {
      commitments: [
        {
          description: 'Enviar el inventario de sistemas de información',
          owner: 'ENTITY',
          responsible: 'Oficina TIC',
          dueOn: '2026-12-14',
        },
      ],
    });
    await travelTo(app, bogota('2026-12-16T09:00:00'));

    const byAdvisor = await indicators(a.coordinator, { groupBy: 'ADVISOR' });
    expect(byAdvisor.errors).toBeUndefined();
    expect(byAdvisor.data!.accompanimentIndicators).toEqual([
      {
        id: expect.any(String),
        key: ADVISOR,
        label: advisorName,
        openCases: 1,
        sessionsHeld: 4,
        commitmentsOverdue: 1,
        // Medellín, Barranquilla and Baranoa held theirs the day of the assignment (0), Abejorral three days after.
        medianDaysToFirstSession: 0,
        satisfactionAverage: 4.5,
        surveys: 2,
      },
    ]);
    const byDepartment = await indicators(a.auditor, { groupBy: 'DEPARTMENT' });
    expect(byDepartment.errors).toBeUndefined();
    const rows = byDepartment.data!.accompanimentIndicators.map(({ id: _id, ...r }) => r);
    expect(rows).toEqual(
      [
        {
          key: '05',
          label: names.antioquia,
          openCases: 1,
          sessionsHeld: 2,
          commitmentsOverdue: 1,
          medianDaysToFirstSession: 1.5,
          satisfactionAverage: 4,
          surveys: 1,
        },
        {
          key: '08',
          label: names.atlantico,
          openCases: 0,
          sessionsHeld: 2,
          commitmentsOverdue: 0,
          medianDaysToFirstSession: 0,
          satisfactionAverage: 5,
          surveys: 1,
        },
      ].sort((x, y) => x.label.localeCompare(y.label, 'es')),
    );

    // A window: the Monday everything else happened, then December.
    const monday = (await indicators(a.coordinator, { groupBy: 'ADVISOR', from: '2026-11-23', to: '2026-11-23' })).data!
      .accompanimentIndicators;
    expect(monday).toEqual([
      expect.objectContaining({
        openCases: 0,
        sessionsHeld: 3,
        commitmentsOverdue: 0,
        medianDaysToFirstSession: 0,
        satisfactionAverage: 4.5,
        surveys: 2,
      }),
    ]);
    const december = (await indicators(a.coordinator, { groupBy: 'ADVISOR', from: '2026-12-01' })).data!.accompanimentIndicators;
    expect(december).toEqual([
      expect.objectContaining({
        openCases: 1,
        sessionsHeld: 1,
        commitmentsOverdue: 1,
        medianDaysToFirstSession: 3,
        satisfactionAverage: null,
        surveys: 0,
      }),
    ]);

    const backwards = await indicators(a.coordinator, { groupBy: 'ADVISOR', from: '2026-12-10', to: '2026-12-01' });
    expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
    expect(backwards.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: 'to', code: 'INCONSISTENT' })]);
    // Only days of 2000–2099 (no 500 for a year the business calendar does not know), each refused at its own argument.
    for (const [vars, paths] of [
      [{ from: '1500-01-01' }, ['from OUT_OF_RANGE']],
      [{ to: '9999-12-31' }, ['to OUT_OF_RANGE']],
      [{ from: '1999-12-31', to: '2100-01-01' }, ['from OUT_OF_RANGE', 'to OUT_OF_RANGE']],
      // Without `to` the window ends today (Wednesday 16 December): a start after it is the start's fault.
      [{ from: '2026-12-17' }, ['from OUT_OF_RANGE']],
    ] as const) {
      const refused = await indicators(a.coordinator, { groupBy: 'ADVISOR', ...vars });
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      const problems = refused.errors![0].extensions!.problems as { path: string; code: string }[];
      expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(paths);
    }
    expect((await indicators(a.coordinator, { groupBy: 'ADVISOR', from: '2000-01-01', to: '2099-12-31' })).errors).toBeUndefined();
    expect((await indicators(a.coordinator, { groupBy: 'ADVISOR', from: '2026-12-16' })).errors).toBeUndefined();
    for (const token of [a.member, a.representative, a.advisor, a.evaluator]) {
      expect(errorCode(await indicators(token, { groupBy: 'DEPARTMENT' }))).toBe('FORBIDDEN');
    }
  });

  it('counts the indicators in constant SQL statements whatever the number of cases', async () => {
    const knex = app.system.orm.em.getKnex();
    // The worker runs in this process too (relay polls, jobs): only the accompaniment's tables' statements are the query's.
    const TABLES = /\b(workflow_case|accompaniment_\w+|case_history|person)\b/;
    const count = async () => {
      await settled(app);
      let n = 0;
      const listener = (q: { sql: string }) => {
        if (TABLES.test(q.sql)) n++;
      };
      knex.on('query', listener);
      try {
        await indicators(a.coordinator, { groupBy: 'ADVISOR' });
        await indicators(a.coordinator, { groupBy: 'DEPARTMENT' });
      } finally {
        knex.removeListener('query', listener);
      }
      return n;
    };
    const before = await count();
    expect(before).toBeLessThanOrEqual(14);
    // One more open case for another entity of another department (its request, admitted and assigned).
    await openAccompaniment(app, await actors(app, '11001'), 'ASSESSMENT_SUPPORT');
    expect(await count()).toBe(before);
  });

  it('adds the technical accompaniment to the caseload report, per advisor and per department', async () => {
    const pdf = await generated(app, a.coordinator, { kind: 'CASELOAD', format: 'PDF' });
    const text = (await parsePdf(pdf.file)).text.replace(/\s+/g, ' ');
    expect(text).toContain('Acompañamiento técnico');
    expect(text).toContain('Tabla. Acompañamiento técnico por asesor(a)');
    // Abejorral and Bogotá's new request are open now; the figures are those of the indicators since the beginning.
    expect(text).toContain(`${advisorName} 2 4 1 0,0 4,50 2`);
    expect(text).toContain(`${names.antioquia} 1 2 1 1,5 4,00 1`);

    const book = await openWorkbook((await generated(app, a.coordinator, { kind: 'CASELOAD', format: 'XLSX' })).file);
    const sheet = sheetValues(book.getWorksheet('Acompañamiento')!);
    expect(sheet[0]).toContain('Sesiones realizadas');
    expect(sheet.slice(1)).toContainEqual(['Asesor(a)', ADVISOR, advisorName, 2, 4, 1, 0, 4.5, 2]);
    expect(sheet.slice(1)).toContainEqual(['Departamento', '08', names.atlantico, 0, 2, 0, 0, 5, 1]);

    // An entity's caseload shows only its own accompaniment.
    const own = await openWorkbook((await generated(app, a.member, { kind: 'CASELOAD', format: 'XLSX' })).file);
    expect(sheetValues(own.getWorksheet('Acompañamiento')!).slice(1)).toEqual([
      ['Asesor(a)', ADVISOR, advisorName, 0, 1, 0, 0, 4, 1],
      ['Departamento', '05', names.antioquia, 0, 1, 0, 0, 4, 1],
    ]);
  });

  it("keeps a delivered roadmap's PDF when the reconciler forgets old reports", async () => {
    const view = await read(roadmapCase, a.coordinator);
    const ids = view.accompaniment.roadmap!.deliveries.map((dd) => keyOf(dd.report!.id));
    // Two months on, old reports are purged; the roadmap's stay with their case.
    await clockOf(app).set(new Date(nowOf(app).getTime() + 62 * 24 * 3600 * 1000));
    await app.system.worker!.reconcile();
    const left = await app.system.orm.em.getKnex()('report').whereIn('id', ids).count({ n: '*' });
    expect(Number(left[0].n)).toBe(2);
    const still = await read(roadmapCase, a.member);
    expect(still.accompaniment.roadmap!.deliveries.map((dd) => dd.report?.status)).toEqual(['READY', 'READY']);
  });
});
