// The diagnosis and the roadmap of a technical accompaniment (version 2), through the HTTP API:
// a diagnosis prefilled from a known assessment, the advisor's findings, a draft whose order follows
// the scores, edits, delivery, an adjustment round with comments per line, acceptance, and an
// application and an action-plan template started from chosen lines; bad inputs and authorization.
import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { instantFor } from '../../src/core/orm/orm';
import { RoadmapLine } from '../../src/modules/accompaniment/accompaniment.entity';
import { periodsOf } from '../../src/modules/follow-up/measurement';
import { rowsOfCsv } from '../../src/modules/follow-up/plan-file';
import { parsePlanSheet, type Cell } from '../../src/modules/follow-up/plan-sheet';
import { shippedModel } from '../../src/modules/maturity/maturity-model';
import { normalise, scoreAssessment } from '../../src/modules/maturity/scoring';
import { knownAssessment, toInProgress } from '../support/accompaniment';
import { dataOf, errorCode, executeText, type GraphQLResponse } from '../support/http';
import { personToken, startTestSystem, type TestSystem } from '../support/test-system';
import { timeTravelEnv } from '../support/time-travel';
import {
  actors,
  answerAssessment,
  drive,
  municipalities,
  openProgramme,
  sendEvent,
  validatedAssessment,
  type Actors,
} from '../support/workflow';

jest.setTimeout(120_000);

let app: TestSystem;
let programme: { cycleId: string; callId: string };
let a: Actors;
let b: Actors;
/** An advisor who is not the one assigned. */
let otherAdvisor: string;

beforeAll(async () => {
  app = await startTestSystem(timeTravelEnv({ LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent' }));
  const coordinator = await app.token(Role.COORDINATOR);
  programme = await openProgramme(app, coordinator);
  const [codeA, codeB] = await municipalities(app, 2);
  a = await actors(app, codeA);
  b = await actors(app, codeB);
  otherAdvisor = await personToken(app, { sub: 'otra.asesora@test', role: Role.ADVISOR });
});

afterAll(async () => {
  await app?.stop();
});

const ok = <T = Record<string, any>>(res: GraphQLResponse<unknown>): T => dataOf<T>(res); // eslint-disable-line @typescript-eslint/no-explicit-any

// ------------------------------------------------------------------------------ the API

const DIAGNOSIS = `assessmentCaseId assessmentId modelVersion index level levelName createdAt
  dimensions { code name score level levelName rank findings findingsUpdatedAt subdimensions { code name score level } }
  lowestQuestions { questionId text dimensionCode subdimensionCode value normalised evidence { title url fileRef date documentId } }`;
const LINE = `id position dimensionCode dimensionName title description priority horizon responsible estimatedCost component generated`;
const ROADMAP = `lines { ${LINE} } round comments { round lineId comment createdAt }`;
const READ = `query Read($id: ID!) { case(id: $id) { id state version accompaniment { diagnosis { ${DIAGNOSIS} } roadmap { ${ROADMAP} } } } }`;

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
interface Dimension {
  code: string;
  name: string;
  score: number;
  level: number;
  levelName: string | null;
  rank: number;
  findings: string | null;
  subdimensions: { code: string; name: string; score: number; level: number }[];
}
interface Read {
  id: string;
  state: string;
  version: number;
  accompaniment: {
    diagnosis: {
      assessmentCaseId: string;
      index: number;
      level: number;
      dimensions: Dimension[];
      lowestQuestions: {
        questionId: string;
        text: string;
        dimensionCode: string;
        value: number;
        normalised: number;
        evidence: { title: string; url: string | null }[];
      }[];
    } | null;
    roadmap: { lines: Line[]; round: number; comments: { round: number; lineId: string | null; comment: string }[] } | null;
  };
}

const readRaw = (token: string, id: string) => executeText(app.url, READ, { id }, { token });
async function read(token: string, id: string): Promise<Read> {
  return ok<{ case: Read }>(await readRaw(token, id)).case;
}

const TRANSITION = `replayed case { id state version } entry { event payload }`;
const mutate = (field: string, inputType: string, input: Record<string, unknown>, token: string) =>
  executeText(app.url, `mutation M($input: ${inputType}!) { ${field}(input: $input) { ${TRANSITION} } }`, { input }, { token });

async function step(field: string, inputType: string, input: Record<string, unknown>, token: string) {
  const res = await mutate(field, inputType, input, token);
  return ok(res)[field] as {
    replayed: boolean;
    case: { id: string; state: string; version: number };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a history entry's payload, read loosely
    entry: { event: string; payload: any };
  };
}

const problemsOf = (res: GraphQLResponse<unknown>) =>
  (res.errors?.[0]?.extensions?.problems as { path: string; code: string }[] | undefined)?.map((p) => `${p.path} ${p.code}`) ?? [];

const findings = (caseId: string, items: { dimensionCode: string; text: string }[], extra: Record<string, unknown> = {}) => ({
  caseId,
  findings: items,
  ...extra,
});
const SAVE_FINDINGS = ['saveDiagnosisFindings', 'SaveDiagnosisFindingsInput'] as const;
const SAVE_ROADMAP = ['saveRoadmap', 'SaveRoadmapInput'] as const;
const ADJUST = ['requestRoadmapAdjustments', 'RequestRoadmapAdjustmentsInput'] as const;
const DELIVER = ['deliverRoadmap', 'CaseDecisionInput'] as const;
const keyOf = (id: string) => fromGlobalId(id)?.key ?? id;

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
const newLine = (extra: Record<string, unknown> = {}) => ({
  dimensionCode: 'MEDIO_AMBIENTE',
  title: 'Red de sensores de calidad del aire',
  description: 'Instalar y operar una red de sensores con datos abiertos para la gestión ambiental.',
  priority: 'MEDIUM',
  horizon: 'MEDIUM',
  responsible: 'Secretaría de Ambiente',
  estimatedCost: 0,
  ...extra,
});

// ------------------------------------------------------------------------------ the journey

describe('a roadmap accompaniment from a known assessment', () => {
  let caseId: string;
  let stored: Map<string, number>;
  let version: number;

  it('prefills the diagnosis from the assessment: dimensions weakest first, the lowest questions', async () => {
    stored = await knownAssessment(app, a, programme.cycleId);
    caseId = await toInProgress(app, a, 'ROADMAP');
    const before = await read(a.member, caseId);
    expect(before.accompaniment.diagnosis).toBeNull();
    expect(before.accompaniment.roadmap).toEqual({ lines: [], round: 0, comments: [] });

    const started = await step('startDiagnosis', 'CaseActionInput', { caseId }, a.advisor);
    expect(started.case.state).toBe('diagnosis');

    const model = shippedModel();
    const scoring = scoreAssessment(model, stored);
    const expected = scoring.parts.filter((p) => p.kind === 'DIMENSION').sort((x, y) => x.score - y.score);
    const { diagnosis } = (await read(a.member, caseId)).accompaniment;
    expect(diagnosis).not.toBeNull();
    expect(diagnosis!.index).toBe(scoring.index);
    expect(diagnosis!.dimensions.map((d) => d.code)).toEqual(expected.map((p) => p.id));
    expect(diagnosis!.dimensions.map((d) => d.code).slice(0, 2)).toEqual(['HABITAT', 'MEDIO_AMBIENTE']);
    diagnosis!.dimensions.forEach((d, i) => {
      expect(d).toMatchObject({ rank: i + 1, score: expected[i].score, level: expected[i].level, name: model.dimensionNames.get(d.code) });
      expect(d.levelName).toBe(model.level(d.level)!.name);
      const subs = scoring.parts.filter((p) => p.kind === 'SUBDIMENSION' && p.dimensionId === d.code);
      expect(d.subdimensions.map((s) => s.score)).toEqual(subs.map((s) => s.score).sort((x, y) => x - y));
      expect(d.subdimensions.map((s) => s.name)).toEqual(d.subdimensions.map((s) => model.subdimensionNames.get(s.code)));
    });

    // The ten lowest normalised answers, lowest first, none lower left out.
    const all = [...stored].map(([id, value]) => ({ id, normalised: normalise(model.questions.get(id)!, value) }));
    const lowest = diagnosis!.lowestQuestions;
    expect(lowest).toHaveLength(10);
    const listed = new Set(lowest.map((q) => q.questionId));
    const worstLeftOut = Math.min(...all.filter((q) => !listed.has(q.id)).map((q) => q.normalised));
    for (const [i, q] of lowest.entries()) {
      const def = model.questions.get(q.questionId)!;
      expect(q).toMatchObject({ text: def.text, dimensionCode: def.dimensionId, value: stored.get(q.questionId) });
      expect(q.normalised).toBeCloseTo(normalise(def, stored.get(q.questionId)!), 4);
      expect(q.normalised).toBeLessThanOrEqual(worstLeftOut);
      if (i > 0) expect(q.normalised).toBeGreaterThanOrEqual(lowest[i - 1].normalised);
      expect(q.evidence).toEqual(def.evidenceRequired ? [expect.objectContaining({ title: `Soporte de ${def.id}` })] : []);
    }
    // The auditor reads it too; the assigned advisor as well.
    expect((await read(a.auditor, caseId)).accompaniment.diagnosis!.dimensions[0].code).toBe('HABITAT');
    expect((await read(a.advisor, caseId)).accompaniment.diagnosis!.dimensions[0].code).toBe('HABITAT');
    version = started.case.version;
  });

  it('refuses bad findings with their paths, and writes nothing', async () => {
    const long = 'x'.repeat(8001);
    const cases: [Record<string, unknown>, string[]][] = [
      [findings(caseId, [{ dimensionCode: 'NO_EXISTE', text: 'Hallazgo' }]), ['input.findings[0].dimensionCode UNKNOWN']],
      [
        findings(caseId, [
          { dimensionCode: 'HABITAT', text: 'Uno' },
          { dimensionCode: 'HABITAT', text: 'Dos' },
        ]),
        ['input.findings[1].dimensionCode DUPLICATE'],
      ],
      [findings(caseId, []), ['input.findings REQUIRED']],
      [
        findings(
          caseId,
          Array.from({ length: 7 }, () => ({ dimensionCode: 'HABITAT', text: 'x' })),
        ),
        ['input.findings TOO_LONG'],
      ],
      [findings(caseId, [{ dimensionCode: 'HABITAT', text: long }]), ['input.findings[0].text TOO_LONG']],
    ];
    for (const [input, expected] of cases) {
      const res = await mutate(...SAVE_FINDINGS, input, a.advisor);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(problemsOf(res)).toEqual(expected);
    }
    const after = await read(a.member, caseId);
    expect(after.version).toBe(version);
    expect(after.accompaniment.diagnosis!.dimensions.every((d) => d.findings === null)).toBe(true);
  });

  it('lets only the assigned advisor record findings', async () => {
    const input = findings(caseId, [{ dimensionCode: 'HABITAT', text: 'Intento' }]);
    expect(errorCode(await mutate(...SAVE_FINDINGS, input, a.member))).toBe('FORBIDDEN');
    expect(errorCode(await mutate(...SAVE_FINDINGS, input, a.coordinator))).toBe('FORBIDDEN');
    expect(errorCode(await mutate(...SAVE_FINDINGS, input, otherAdvisor))).toBe('NOT_FOUND');
    expect(errorCode(await mutate(...SAVE_FINDINGS, input, b.member))).toBe('NOT_FOUND');
    expect((await read(a.member, caseId)).version).toBe(version);
  });

  it('saves findings per dimension; an empty text removes them', async () => {
    let done = await step(
      ...SAVE_FINDINGS,
      findings(caseId, [
        { dimensionCode: 'HABITAT', text: 'El POT no incorpora datos abiertos ni gemelo digital.' },
        { dimensionCode: 'MEDIO_AMBIENTE', text: 'No hay monitoreo de calidad del aire.' },
      ]),
      a.advisor,
    );
    expect(done.case).toMatchObject({ state: 'diagnosis', version: version + 1 });
    expect(done.entry.payload.findings).toHaveLength(2);
    done = await step(...SAVE_FINDINGS, findings(caseId, [{ dimensionCode: 'MEDIO_AMBIENTE', text: '' }]), a.advisor);
    version = done.case.version;
    const dims = (await read(a.member, caseId)).accompaniment.diagnosis!.dimensions;
    expect(dims.find((d) => d.code === 'HABITAT')!.findings).toBe('El POT no incorpora datos abiertos ni gemelo digital.');
    expect(dims.filter((d) => d.findings !== null).map((d) => d.code)).toEqual(['HABITAT']);
  });

  let draft: Line[];

  it('drafts the roadmap from the diagnosis when the formulation starts: the weakest dimension first', async () => {
    const done = await step('startFormulation', 'CaseActionInput', { caseId }, a.advisor);
    expect(done.case.state).toBe('formulation');
    version = done.case.version;
    const read1 = await read(a.member, caseId);
    const ranking = read1.accompaniment.diagnosis!.dimensions;
    const rankOf = new Map(ranking.map((d) => [d.code, d.rank]));
    draft = read1.accompaniment.roadmap!.lines;
    expect(draft.length).toBeGreaterThanOrEqual(3);
    expect(draft[0]).toMatchObject({
      position: 1,
      dimensionCode: 'HABITAT',
      dimensionName: 'Hábitat',
      priority: 'HIGH',
      horizon: 'SHORT',
      responsible: 'Por definir',
      estimatedCost: 0,
      component: null,
      generated: true,
    });
    // Lines follow the ranking: never a stronger dimension before a weaker one.
    const ranks = draft.map((l) => rankOf.get(l.dimensionCode)!);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    // Every dimension under 60, and only those (at least the three weakest).
    const under = ranking.filter((d) => d.score < 60).map((d) => d.code);
    const covered = [...new Set(draft.map((l) => l.dimensionCode))];
    expect(covered).toEqual(under.length >= 3 ? under : ranking.slice(0, 3).map((d) => d.code));
    // The description speaks of the dimension's weakest sub-dimension and carries the findings.
    const weakestSub = ranking[0].subdimensions[0];
    expect(draft[0].title).toContain(weakestSub.name);
    expect(draft[0].description).toContain('El POT no incorpora datos abiertos');
    expect(draft.map((l) => l.position)).toEqual(draft.map((_, i) => i + 1));
  });

  it('refuses bad roadmaps with their paths, and writes nothing', async () => {
    const lines = draft.map(asInput);
    const cases: [Record<string, unknown>[], string[]][] = [
      [[newLine({ dimensionCode: 'NO_EXISTE' })], ['input.lines[0].dimensionCode UNKNOWN']],
      [[lines[0], lines[0]], ['input.lines[1].id DUPLICATE']],
      [[newLine({ title: '     ' })], ['input.lines[0].title REQUIRED']],
      [[newLine({ estimatedCost: -1 })], ['input.lines[0].estimatedCost OUT_OF_RANGE']],
      [[newLine({ estimatedCost: 10_000_000_000_001 })], ['input.lines[0].estimatedCost OUT_OF_RANGE']],
      [[newLine({ priority: 'URGENT' })], []],
      [[], ['input.lines REQUIRED']],
      [Array.from({ length: 61 }, () => newLine()), ['input.lines TOO_LONG']],
    ];
    for (const [input, expected] of cases) {
      const res = await mutate(...SAVE_ROADMAP, { caseId, lines: input }, a.advisor);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      if (expected.length) expect(problemsOf(res)).toEqual(expected);
    }
    // An id that is no line of this roadmap: a line of another case's, or a made-up one.
    const unknown = await mutate(
      ...SAVE_ROADMAP,
      { caseId, lines: [{ ...lines[0], id: '00000000-0000-4000-8000-000000000000' }] },
      a.advisor,
    );
    expect(problemsOf(unknown)).toEqual(['input.lines[0].id UNKNOWN']);
    expect(errorCode(await mutate(...SAVE_ROADMAP, { caseId, lines: [newLine()] }, a.member))).toBe('FORBIDDEN');
    expect(errorCode(await mutate(...SAVE_ROADMAP, { caseId, lines: [newLine()] }, otherAdvisor))).toBe('NOT_FOUND');
    const after = await read(a.member, caseId);
    expect(after.version).toBe(version);
    expect(after.accompaniment.roadmap!.lines).toEqual(draft);
  });

  let edited: Line[];

  it('saves the advisor’s edits: kept lines by id, a new one, the rest removed, in the order given', async () => {
    const [first, second] = draft;
    const input = {
      caseId,
      idempotencyKey: 'hoja-de-ruta-edicion-1',
      lines: [
        { ...asInput(first), title: 'Catastro multipropósito y gemelo digital', estimatedCost: 150_000_000, component: 'EQUIPMENT' },
        newLine(),
        { ...asInput(second), estimatedCost: 45_000_001, component: 'TRAINING', responsible: 'Secretaría de Planeación' },
      ],
    };
    const done = await step(...SAVE_ROADMAP, input, a.advisor);
    expect(done.case).toMatchObject({ state: 'formulation', version: version + 1 });
    version = done.case.version;
    edited = (await read(a.member, caseId)).accompaniment.roadmap!.lines;
    expect(edited.map((l) => [l.position, l.dimensionCode, l.generated])).toEqual([
      [1, 'HABITAT', true],
      [2, 'MEDIO_AMBIENTE', false],
      [3, second.dimensionCode, true],
    ]);
    expect(edited[0]).toMatchObject({
      id: first.id,
      title: 'Catastro multipropósito y gemelo digital',
      estimatedCost: 150_000_000,
      component: 'EQUIPMENT',
    });
    expect(edited[2]).toMatchObject({ id: second.id, component: 'TRAINING', responsible: 'Secretaría de Planeación' });
    // The new line's id is in the history, and a retry with the same key changes nothing.
    expect(done.entry.payload.lines[1].id).toBe(keyOf(edited[1].id));
    const again = await step(...SAVE_ROADMAP, input, a.advisor);
    expect(again).toMatchObject({ replayed: true, case: { version } });
    expect((await read(a.member, caseId)).accompaniment.roadmap!.lines).toEqual(edited);
  });

  it('delivers, takes one adjustment round with comments per line, and a second delivery', async () => {
    let done = await step(...DELIVER, { caseId, note: 'Primera versión de la hoja de ruta.' }, a.advisor);
    expect(done.case.state).toBe('roadmapDelivered');
    version = done.case.version;

    const adjust = (comments: Record<string, unknown>[], note = 'Ajusten los costos y el orden de las líneas.') => ({
      caseId,
      note,
      comments,
    });
    const bad: [Record<string, unknown>, string[]][] = [
      [adjust([{ lineId: '00000000-0000-4000-8000-000000000000', comment: 'Revisar' }]), ['input.comments[0].lineId UNKNOWN']],
      [
        adjust([
          { lineId: edited[0].id, comment: 'Revisar' },
          { lineId: edited[0].id, comment: 'Otra vez' },
        ]),
        ['input.comments[1].lineId DUPLICATE'],
      ],
      [adjust([{ lineId: edited[0].id, comment: '   ' }]), ['input.comments[0].comment REQUIRED']],
      [adjust([], ' '), ['input.note REQUIRED']],
      [adjust(Array.from({ length: 61 }, () => ({ lineId: edited[0].id, comment: 'Revisar' }))), ['input.comments TOO_LONG']],
    ];
    for (const [input, expected] of bad) {
      const res = await mutate(...ADJUST, input, a.member);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(problemsOf(res)[0]).toBe(expected[0]);
    }
    expect(errorCode(await mutate(...ADJUST, adjust([]), a.advisor))).toBe('FORBIDDEN');
    expect(errorCode(await mutate(...ADJUST, adjust([]), b.member))).toBe('NOT_FOUND');
    expect((await read(a.member, caseId)).version).toBe(version);

    done = await step(
      ...ADJUST,
      adjust([
        { lineId: edited[2].id, comment: 'El costo de la formación parece bajo.' },
        { lineId: edited[0].id, comment: 'Incluir el gemelo digital en la primera fase.' },
      ]),
      a.member,
    );
    expect(done.case.state).toBe('adjustmentsRequested');
    let roadmap = (await read(a.member, caseId)).accompaniment.roadmap!;
    expect(roadmap.round).toBe(1);
    // The round's note first, then the comments in the order of the lines.
    expect(roadmap.comments.map((c) => [c.round, c.lineId, c.comment])).toEqual([
      [1, null, 'Ajusten los costos y el orden de las líneas.'],
      [1, edited[0].id, 'Incluir el gemelo digital en la primera fase.'],
      [1, edited[2].id, 'El costo de la formación parece bajo.'],
    ]);
    // The auditor reads the roadmap and its comments.
    expect((await read(a.auditor, caseId)).accompaniment.roadmap!.comments).toHaveLength(3);

    const lines = edited.map(asInput);
    lines[2] = { ...lines[2], estimatedCost: 90_000_001 };
    await step(...SAVE_ROADMAP, { caseId, lines }, a.advisor);
    done = await step(...DELIVER, { caseId }, a.advisor);
    expect(done.case.state).toBe('roadmapDelivered');
    roadmap = (await read(a.member, caseId)).accompaniment.roadmap!;
    expect(roadmap.round).toBe(2);
    edited = roadmap.lines;
    version = done.case.version;
  });

  const START = ['startApplicationFromRoadmap', 'StartApplicationFromRoadmapInput'] as const;
  const template = (token: string, lineIds: string[], years = 'startYear: 2027, endYear: 2029') =>
    executeText(
      app.url,
      `query T($id: ID!, $lineIds: [ID!]!) { case(id: $id) { accompaniment { roadmap { actionPlanTemplate(lineIds: $lineIds, ${years}) } } } }`,
      { id: caseId, lineIds },
      { token },
    );

  it('starts nothing from a roadmap not yet accepted', async () => {
    const res = await mutate(...START, { caseId, lineIds: [edited[0].id], callId: programme.callId }, a.member);
    expect(errorCode(res)).toBe('PRECONDITION_FAILED');
    expect(res.errors![0].extensions!.rule).toBe('ROADMAP_NOT_ACCEPTED');
    const t = await template(a.member, [edited[0].id]);
    expect(errorCode(t)).toBe('PRECONDITION_FAILED');
  });

  it('starts a cofinancing application pre-filled from chosen lines of the accepted roadmap', async () => {
    const accepted = await step('acceptRoadmap', 'CaseActionInput', { caseId }, a.member);
    expect(accepted.case.state).toBe('surveyPending');

    const [withEquipment, noComponent, withTraining] = edited;
    let res = await mutate(...START, { caseId, lineIds: [withEquipment.id, noComponent.id], callId: programme.callId }, a.member);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res)).toEqual(['input.lineIds[1] REQUIRED']);
    res = await mutate(
      ...START,
      { caseId, lineIds: [withEquipment.id, withEquipment.id, '00000000-0000-4000-8000-000000000000'], callId: programme.callId },
      a.member,
    );
    expect(problemsOf(res)).toEqual(['input.lineIds[1] DUPLICATE', 'input.lineIds[2] UNKNOWN']);
    res = await mutate(...START, { caseId, lineIds: [withEquipment.id], callId: programme.callId }, a.advisor);
    expect(errorCode(res)).toBe('FORBIDDEN');
    res = await mutate(...START, { caseId, lineIds: [withEquipment.id], callId: programme.callId }, b.member);
    expect(errorCode(res)).toBe('NOT_FOUND');

    const started = await step(
      ...START,
      { caseId, lineIds: [withTraining.id, withEquipment.id], callId: programme.callId, idempotencyKey: 'postulacion-desde-hoja-de-ruta' },
      a.member,
    );
    expect(started.case.state).toBe('draft');
    const application = ok(
      await executeText(
        app.url,
        `query A($id: ID!) { application(id: $id) { title description dimensions budgetLines { component description futicAmount counterpartAmount } } }`,
        { id: started.case.id },
        { token: a.member },
      ),
    ).application;
    // One budget line per roadmap line, in the order chosen; the counterpart is the call's 20 %, rounded up.
    expect(application.budgetLines).toEqual([
      { component: 'TRAINING', description: withTraining.title, futicAmount: 72_000_000, counterpartAmount: 18_000_001 },
      { component: 'EQUIPMENT', description: withEquipment.title, futicAmount: 120_000_000, counterpartAmount: 30_000_000 },
    ]);
    expect(application.title).toContain(withTraining.title);
    expect(application.description).toContain(withEquipment.title);
    expect(application.description).toContain(withTraining.title);
    expect(application.dimensions.sort()).toEqual([...new Set([withTraining.dimensionCode, withEquipment.dimensionCode])].sort());
    // The same key again: the same application, nothing opened twice.
    const again = await step(
      ...START,
      { caseId, lineIds: [withTraining.id, withEquipment.id], callId: programme.callId, idempotencyKey: 'postulacion-desde-hoja-de-ruta' },
      a.member,
    );
    expect(again).toMatchObject({ replayed: true, case: { id: started.case.id } });
  });

  it('gives an action-plan template with an objective per dimension and a product per line, to complete and import', async () => {
    const ids = [edited[2].id, edited[0].id, edited[1].id];
    const res = await template(a.member, ids);
    const csv: string = ok(res).case.accompaniment.roadmap.actionPlanTemplate;
    const sheet = rowsOfCsv(csv);
    if (!('rows' in sheet)) throw new Error(sheet.problem.message);
    const rows = sheet.rows.filter((r) => r.some((c) => String(c ?? '').trim() !== ''));
    expect(rows[0]).toEqual([
      'objetivo',
      'nombre_objetivo',
      'producto',
      'nombre_producto',
      'indicador',
      'sector',
      'peso',
      'anualizacion',
      'meta_2027',
      'meta_2028',
      'meta_2029',
    ]);
    // In the roadmap's order whatever the order asked: objectives by dimension, products by line.
    const dims = [...new Set(edited.map((l) => l.dimensionCode))];
    const products = new Map<number, number>();
    const expectedRows = edited.map((l) => {
      const o = dims.indexOf(l.dimensionCode) + 1;
      products.set(o, (products.get(o) ?? 0) + 1);
      return [`O${o}`, `${o}.${products.get(o)}`, l.title, '', '', '', ''];
    });
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3], r[4], r[6], r[7], r[8]])).toEqual(expectedRows);
    expect(rows[1][1]).toContain(edited[0].dimensionName);
    expect(rows[1][5]).toBe(edited[0].responsible);
    // As given it is not a plan: the importer refuses the blanks; completed, it reads.
    const periods = periodsOf(2027, 2029, 'ANNUAL');
    expect(parsePlanSheet(rows, periods).problems.length).toBeGreaterThan(0);
    const weights = ['34', '33', '33'];
    const filled: Cell[][] = [
      rows[0],
      ...rows.slice(1).map((r, i) => [...r.slice(0, 4), 'Avance del producto (%)', r[5], weights[i], 'Creciente', '0,3', '0,6', '1']),
    ];
    const parsed = parsePlanSheet(filled, periods);
    expect(parsed.problems).toEqual([]);
    expect(parsed.objectives.map((o) => o.code)).toEqual(dims.map((_, i) => `O${i + 1}`));
    expect(parsed.objectives.flatMap((o) => o.products.map((p) => p.name)).sort()).toEqual(edited.map((l) => l.title).sort());

    // Bad arguments, at their paths.
    const unknown = await template(a.member, ['00000000-0000-4000-8000-000000000000']);
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(problemsOf(unknown)).toEqual(['lineIds[0] UNKNOWN']);
    const backwards = await template(a.member, [edited[0].id], 'startYear: 2029, endYear: 2027');
    expect(problemsOf(backwards)).toEqual(['endYear INCONSISTENT']);
    // Anyone who reads the case reads the template (the auditor); another entity does not see the case.
    expect(ok(await template(a.auditor, [edited[0].id])).case.accompaniment.roadmap.actionPlanTemplate).toContain('O1');
    expect(ok(await readRaw(b.member, caseId)).case).toBeNull();
  });
});

describe('a roadmap without lines', () => {
  it('is not delivered', async () => {
    await validatedAssessment(app, b, programme.cycleId);
    const caseId = await toInProgress(app, b, 'PROJECT_FORMULATION');
    await step('startDiagnosis', 'CaseActionInput', { caseId }, b.advisor);
    const formulated = await step('startFormulation', 'CaseActionInput', { caseId }, b.advisor);
    expect((await read(b.member, caseId)).accompaniment.roadmap!.lines.length).toBeGreaterThan(0);
    // The draft always has lines; a roadmap left without them (here removed underneath) is refused.
    await app.system.orm.em.fork().nativeDelete(RoadmapLine, { caseId: keyOf(caseId) });
    const res = await mutate(...DELIVER, { caseId }, b.advisor);
    expect(errorCode(res)).toBe('PRECONDITION_FAILED');
    expect(res.errors![0].extensions!.rule).toBe('ROADMAP_EMPTY');
    const after = await read(b.member, caseId);
    expect(after).toMatchObject({ state: 'formulation', version: formulated.case.version });
    await step(...SAVE_ROADMAP, { caseId, lines: [newLine()] }, b.advisor);
    expect((await step(...DELIVER, { caseId }, b.advisor)).case.state).toBe('roadmapDelivered');
  });
});

describe('the assessment a diagnosis starts from', () => {
  let c: Actors;
  let newer: string;
  let caseId: string;

  /** An assessment of `cycleId` validated through the API with every answer at `maturity`; returns its case id. */
  async function assessed(who: Actors, cycleId: string, maturity: number): Promise<string> {
    const started = ok(
      await executeText(
        app.url,
        `mutation Start($input: StartAssessmentInput!) { startAssessment(input: $input) { case { id } } }`,
        { input: { cycleId } },
        { token: who.member },
      ),
    );
    const id: string = started.startAssessment.case.id;
    await answerAssessment(app, who.member, id, maturity);
    const submitted = await sendEvent(app, who.representative, 'MATURITY_ASSESSMENT', id, 'SUBMIT');
    expect(submitted.errors).toBeUndefined();
    for (const event of ['START_REVIEW', 'VALIDATE']) await drive(app, who, 'MATURITY_ASSESSMENT', id, event);
    return id;
  }

  it('is the latest by cycle and validation, whatever later entry touched an older one', async () => {
    const [, , codeC] = await municipalities(app, 3);
    c = await actors(app, codeC);
    // Last year's cycle, open too, so the entity has an older validated assessment.
    const now = Date.now();
    const previous = ok(
      await executeText(
        app.url,
        `mutation Open($input: OpenCycleInput!) { openCycle(input: $input) { id } }`,
        {
          input: {
            year: new Date().getUTCFullYear() - 1,
            opensAt: new Date(now - 2 * 86_400_000).toISOString(),
            closesAt: new Date(now + 30 * 86_400_000).toISOString(),
          },
        },
        { token: a.coordinator },
      ),
    ).openCycle.id as string;
    const older = await assessed(c, previous, 0.3);
    newer = await assessed(c, programme.cycleId, 0.8);
    // A later entry on the older assessment's case (an amendment, a reassignment, any runtime entry
    // that bumps its version) moves its updatedAt past the newer one's: here written directly, as
    // no such entry exists for a validated assessment today.
    const em = app.system.orm.em.fork();
    const later = new Date(Date.now() + 86_400_000);
    await em
      .getKnex()('workflow_case')
      .where({ id: keyOf(older) })
      .update({ updated_at: instantFor(em)(later), version: 99 });

    caseId = await toInProgress(app, c, 'ROADMAP');
    const request = ok(
      await executeText(
        app.url,
        `query R($id: ID!) { case(id: $id) { accompaniment { request { assessmentCaseId } } } }`,
        { id: caseId },
        { token: c.member },
      ),
    ).case.accompaniment.request;
    expect(keyOf(request.assessmentCaseId)).toBe(keyOf(newer));
    await step('startDiagnosis', 'CaseActionInput', { caseId }, c.advisor);
    const { diagnosis } = (await read(c.member, caseId)).accompaniment;
    expect(keyOf(diagnosis!.assessmentCaseId)).toBe(keyOf(newer));
    const knex = app.system.orm.em.fork().getKnex();
    const score = (await knex('assessment_score')
      .where({ case_id: keyOf(newer) })
      .first('index_score')) as { index_score: number | string };
    expect(diagnosis!.index).toBe(Number(score.index_score));
  });

  it('names the dimensions of a delivery as the roadmap does: by the diagnosis’s model', async () => {
    // A diagnosis scored with another model version than the accompaniment's cycle's names a
    // dimension otherwise: written directly into its prefill, as the tests have one model.
    const em = app.system.orm.em.fork();
    const knex = em.getKnex();
    const row = (await knex('accompaniment_diagnosis')
      .where({ case_id: keyOf(caseId) })
      .first('prefill')) as { prefill: unknown };
    const prefill = (typeof row.prefill === 'string' ? JSON.parse(row.prefill) : row.prefill) as {
      dimensions: { code: string; name: string }[];
    };
    const renamed = prefill.dimensions[0];
    renamed.name = `${renamed.name} (modelo anterior)`;
    await knex('accompaniment_diagnosis')
      .where({ case_id: keyOf(caseId) })
      .update({ prefill: JSON.stringify(prefill) });

    await step('startFormulation', 'CaseActionInput', { caseId }, c.advisor);
    await step(...DELIVER, { caseId }, c.advisor);
    const roadmap = ok(
      await executeText(
        app.url,
        `query R($id: ID!) { case(id: $id) { accompaniment { roadmap { lines { dimensionCode dimensionName } deliveries { lines { dimensionCode dimensionName } } } } } }`,
        { id: caseId },
        { token: c.member },
      ),
    ).case.accompaniment.roadmap as {
      lines: { dimensionCode: string; dimensionName: string }[];
      deliveries: { lines: { dimensionCode: string; dimensionName: string }[] }[];
    };
    expect(roadmap.lines.map((l) => l.dimensionCode)).toContain(renamed.code);
    expect(roadmap.lines.find((l) => l.dimensionCode === renamed.code)!.dimensionName).toBe(renamed.name);
    expect(roadmap.deliveries).toHaveLength(1);
    expect(roadmap.deliveries[0].lines).toEqual(roadmap.lines);
  });
});
