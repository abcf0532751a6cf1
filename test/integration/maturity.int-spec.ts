import { readFileSync } from 'node:fs';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { DEFAULT_MODEL_FILE, shippedModel, type PlacedQuestion } from '../../src/modules/maturity/maturity-model';
import {
  AssessmentScoresDocument,
  CloseCycleDocument,
  CycleIndexDocument,
  CycleIndexPageDocument,
  CycleModelDocument,
  EntityAssessmentsDocument,
  MaturityAssessmentDocument,
  MaturityModelDocument,
  MaturityModelsDocument,
  OpenMaturityCycleDocument,
  PublishCycleIndexDocument,
  PublishMaturityModelDocument,
  RejectMaturityAssessmentDocument,
  RequestAssessmentChangesDocument,
  ResubmitAssessmentDocument,
  SaveAssessmentAnswersDocument,
  StartAssessmentDocument,
  StartAssessmentReviewDocument,
  SubmitMaturityAssessmentDocument,
  TerritorialEntityDocument,
  ValidateAssessmentDocument,
  type AnswerInput,
  type CycleIndexQuery,
  type IndexFilter,
  type IndexOrderBy,
  type MaturityAssessmentQuery,
} from '../graphql/generated';
import { errorCode, execute, executeText, type GraphQLResponse } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { clockOf } from '../support/time-travel';
import { actors, municipalities, openProgramme, type Actors } from '../support/workflow';

/*
 * The maturity model through the real HTTP API: answering the versioned questionnaire, submission
 * gated on completeness, review comments, the scores stored at validation, the cycle's Índice CTI
 * (ranks, pages, aggregates), who may see what before and after publication, and the published
 * model versions each cycle freezes.
 *
 * One system for the whole file, on an adjustable clock (left at the real time except in the one
 * test that moves it). Each scenario has entities of its own, and the areas that need a ranking
 * of their own (Índice, visibility, publication) open a cycle of their own under a distinct year.
 */

const DAY = 24 * 3600 * 1000;
const EVIDENCE_DATE = '2025-03-01';
const COORDINATOR_SUBJECT = 'coordinator@test';
const MEMBER_SUBJECT = 'entity_member@test';

let app: TestSystem;
let coordinator: string;
let auditor: string;
let advisor: string;
let evaluator: string;
/** This year's cycle (model 2026.1), opened with openProgramme. */
let mainCycleId: string;
let pool: string[];
const used = new Set<string>();

beforeAll(async () => {
  app = await startTestSystem({ CLOCK: 'adjustable' });
  coordinator = await app.token(Role.COORDINATOR);
  auditor = await app.token(Role.AUDITOR);
  advisor = await app.token(Role.ADVISOR);
  evaluator = await app.token(Role.EVALUATOR);
  mainCycleId = (await openProgramme(app, coordinator)).cycleId;
  // The first 300 municipalities by code: Antioquia (05), Atlántico (08), Bogotá (11), Bolívar (13), Boyacá (15).
  pool = await municipalities(app, 300);
});
afterAll(() => app?.stop());

/** A municipality no other scenario uses (optionally of one department), with its people's tokens. */
async function entity(departmentCode?: string): Promise<{ code: string; who: Actors }> {
  const code = pool.find((c) => !used.has(c) && (!departmentCode || c.startsWith(departmentCode)));
  if (!code) throw new Error(`no quedan municipios libres${departmentCode ? ` en el departamento ${departmentCode}` : ''}`);
  used.add(code);
  return { code, who: await actors(app, code) };
}

// ---------------------------------------------------------------------------------------------
// The shipped model (data read from its YAML) and answer sets built from it
// ---------------------------------------------------------------------------------------------

const model = shippedModel();
const dimensions = model.definition.dimensions;
const allQuestions: PlacedQuestion[] = [...model.questions.values()];
const question = (id: string): PlacedQuestion => {
  const q = model.questions.get(id);
  if (!q) throw new Error(`la pregunta ${id} no está en el modelo`);
  return q;
};
/** The weight of a question, sub-dimension or dimension, as the YAML states it. */
function w(id: string): number {
  for (const d of dimensions) {
    if (d.id === id) return d.weight;
    for (const s of d.subdimensions) {
      if (s.id === id) return s.weight;
      for (const q of s.questions) if (q.id === id) return q.weight;
    }
  }
  throw new Error(`${id} no está en el modelo`);
}
const round2 = (x: number) => Math.round(x * 100) / 100;
const round1 = (x: number) => Math.round(x * 10) / 10;
const bySubdimension = <T extends { subdimension: string }>(list: T[]) =>
  [...list].sort((x, y) => x.subdimension.localeCompare(y.subdimension));

const evidence = (id: string) => [
  { title: `Soporte de ${id}`, url: `https://datos.example.gov.co/cti/${id.toLowerCase()}.pdf`, date: EVIDENCE_DATE },
];

/** One answer: a number for value questions, a boolean for yes/no ones; evidence where the question requires it (unless told). */
function answer(id: string, raw: number | boolean, withEvidence = question(id).evidenceRequired): AnswerInput {
  const base: AnswerInput = typeof raw === 'boolean' ? { questionId: id, yes: raw } : { questionId: id, value: raw };
  return withEvidence ? { ...base, evidence: evidence(id) } : base;
}

type Chooser = (q: PlacedQuestion) => number | boolean | undefined;
/** Answers to every question for which `pick` gives a value, in the model's order. */
const answersBy = (pick: Chooser): AnswerInput[] =>
  allQuestions.flatMap((q) => {
    const raw = pick(q);
    return raw === undefined ? [] : [answer(q.id, raw)];
  });

/** The top of every scale: 4, yes, 100 %, and twice each NUMBER target (capped at the target's score). */
const maxAnswers = () => answersBy((q) => ({ SCALE_0_4: 4, YES_NO: true, PERCENTAGE: 100, NUMBER: q.target! * 2 })[q.type]);
/** The bottom of every scale. */
const minAnswers = () => answersBy((q) => ({ SCALE_0_4: 0, YES_NO: false, PERCENTAGE: 0, NUMBER: 0 })[q.type]);
/** Three quarters everywhere, yes to every yes/no question (so above 75 and below 100). */
const mediumAnswers = () => answersBy((q) => ({ SCALE_0_4: 3, YES_NO: true, PERCENTAGE: 75, NUMBER: q.target! * 0.75 })[q.type]);

/**
 * A mixed set whose index the scoring test works out by hand: Personas and Desarrollo Económico
 * answered question by question, Gobernanza at the top and Calidad de Vida and Hábitat at the
 * bottom (their optional questions left out), Medio Ambiente at the top except an optional
 * question answered 0 (answered optional questions count).
 */
const MIXED: Record<string, number | boolean> = {
  'PER-01': 2,
  'PER-02': 50 /* PER-03 optional, left out */,
  'PER-04': true,
  'PER-05': 0,
  'PER-06': 4,
  'PER-07': 10, // target 5: capped at 1
  'PER-08': 1,
  /* PER-09 optional, left out */ 'PER-10': 3,
  'DEC-01': 50,
  'DEC-02': 12.5,
  'DEC-03': 2,
  'DEC-04': false,
  'DEC-05': 2,
  'DEC-06': true /* DEC-07 optional */,
  /* DEC-08 optional */ 'DEC-09': 2,
  'DEC-10': 4,
  'MAM-07': 0,
};
const mixedAnswers = () =>
  answersBy((q) => {
    if (q.id in MIXED) return MIXED[q.id];
    if (q.dimensionId === 'PERSONAS' || q.dimensionId === 'DESARROLLO_ECONOMICO') return undefined;
    if (!q.required) return undefined;
    const top = q.dimensionId === 'GOBERNANZA' || q.dimensionId === 'MEDIO_AMBIENTE';
    return { SCALE_0_4: top ? 4 : 0, YES_NO: top, PERCENTAGE: top ? 100 : 0, NUMBER: top ? q.target! : 0 }[q.type];
  });

// ---------------------------------------------------------------------------------------------
// HTTP helpers
// ---------------------------------------------------------------------------------------------

/** Fails with the server's message when a request that should work did not. */
function ok<T>(res: GraphQLResponse<T>): T {
  if (res.errors?.length) throw new Error(`error inesperado: ${errorCode(res)} ${res.errors[0].message}`);
  expect(res.status).toBe(200);
  return res.data!;
}

/** One field-level refusal: HTTP 200, no data, one error with this code. */
function expectRefused(res: GraphQLResponse<unknown>, code: string) {
  expect({ status: res.status, code: errorCode(res), errors: res.errors?.length, data: res.data ?? null }).toEqual({
    status: 200,
    code,
    errors: 1,
    data: null,
  });
  return res.errors![0];
}

/** A refused business rule: PRECONDITION_FAILED naming the rule. */
function expectRule(res: GraphQLResponse<unknown>, rule: string) {
  const error = expectRefused(res, 'PRECONDITION_FAILED');
  expect(error.extensions?.rule).toBe(rule);
  return error;
}

async function startAssessment(who: Actors, cycleId: string): Promise<string> {
  return ok(await execute(app.url, StartAssessmentDocument, { input: { cycleId } }, { token: who.member })).startAssessment.case.id;
}

const save = (token: string, caseId: string, answers: AnswerInput[], clear: string[] = []) =>
  execute(app.url, SaveAssessmentAnswersDocument, { input: { caseId, answers, clear } }, { token });

/** Saves many answers in batches of 25, as a form autosaving would. */
async function saveAll(token: string, caseId: string, answers: AnswerInput[]): Promise<void> {
  for (let i = 0; i < answers.length; i += 25) ok(await save(token, caseId, answers.slice(i, i + 25)));
}

async function read(token: string, id: string): Promise<NonNullable<MaturityAssessmentQuery['assessment']>> {
  const assessment = ok(await execute(app.url, MaturityAssessmentDocument, { id }, { token })).assessment;
  if (!assessment) throw new Error(`el autodiagnóstico ${id} no es visible`);
  return assessment;
}

/** What an entity would compare between two reads of its answers (answeredAt is when it was last saved). */
async function answersOf(token: string, id: string) {
  return (await read(token, id)).answers!.map(({ questionId, value, yes, evidence }) => ({ questionId, value, yes, evidence }));
}

const submit = (token: string, caseId: string) => execute(app.url, SubmitMaturityAssessmentDocument, { input: { caseId } }, { token });
const startReview = (caseId: string) => execute(app.url, StartAssessmentReviewDocument, { input: { caseId } }, { token: coordinator });
const validate = (caseId: string) => execute(app.url, ValidateAssessmentDocument, { input: { caseId } }, { token: coordinator });
const resubmit = (token: string, caseId: string) => execute(app.url, ResubmitAssessmentDocument, { input: { caseId } }, { token });
const reject = (caseId: string) =>
  execute(app.url, RejectMaturityAssessmentDocument, { input: { caseId, note: 'No corresponde a la entidad' } }, { token: coordinator });
const requestChanges = (caseId: string, comments: { questionId: string; text: string }[]) =>
  execute(
    app.url,
    RequestAssessmentChangesDocument,
    { input: { caseId, note: 'Revise los comentarios por pregunta', comments } },
    { token: coordinator },
  );

/** A submitted assessment with these answers (the member answers, the representative submits). */
async function submittedWith(who: Actors, cycleId: string, answers: AnswerInput[]): Promise<string> {
  const id = await startAssessment(who, cycleId);
  await saveAll(who.member, id, answers);
  ok(await submit(who.representative, id));
  return id;
}

/** A validated assessment with these answers. */
async function validatedWith(who: Actors, cycleId: string, answers: AnswerInput[]): Promise<string> {
  const id = await submittedWith(who, cycleId, answers);
  ok(await startReview(id));
  ok(await validate(id));
  return id;
}

/** A cycle of its own for an area that needs its own ranking: a distinct year, open now, model 2026.1 unless told. */
async function openCycle(year: number, options: { closesInDays?: number; modelVersion?: string | null } = {}) {
  const now = clockOf(app).now().getTime();
  const res = await execute(
    app.url,
    OpenMaturityCycleDocument,
    {
      input: {
        year,
        opensAt: new Date(now - DAY).toISOString(),
        closesAt: new Date(now + (options.closesInDays ?? 60) * DAY).toISOString(),
        ...(options.modelVersion === null ? {} : { modelVersion: options.modelVersion ?? '2026.1' }),
      },
    },
    { token: coordinator },
  );
  return ok(res).openCycle;
}

const closeCycle = async (id: string) => ok(await execute(app.url, CloseCycleDocument, { id }, { token: coordinator })).closeCycle;
const publishIndex = (token: string, cycleId: string) => execute(app.url, PublishCycleIndexDocument, { input: { cycleId } }, { token });

const indexOf = (
  token: string,
  id: string,
  args: { first?: number; after?: string | null; orderBy?: IndexOrderBy; filter?: IndexFilter | null } = {},
) => execute(app.url, CycleIndexDocument, { id, first: 100, ...args }, { token });

async function indexPage(
  token: string,
  id: string,
  args: { first?: number; after?: string | null; orderBy?: IndexOrderBy; filter?: IndexFilter } = {},
) {
  const cycle = ok(await execute(app.url, CycleIndexPageDocument, { id, ...args }, { token })).cycle;
  return cycle!.index;
}

/** Every row of an ordering, page after page by endCursor. */
async function allPages(token: string, id: string, orderBy: IndexOrderBy, first: number, filter?: IndexFilter) {
  const rows: { rank: number; entityCode: string; index: number }[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const page: Awaited<ReturnType<typeof indexPage>> = await indexPage(token, id, { first, after, orderBy, filter });
    totals.push(page.totalCount);
    rows.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return { rows, pages: pages + 1, totals };
    after = page.pageInfo.endCursor!;
  }
  throw new Error('la paginación no termina');
}

// ---------------------------------------------------------------------------------------------
// 1. Answering in batches
// ---------------------------------------------------------------------------------------------

describe('answering the questionnaire in batches', () => {
  const inDimension = (id: string) => allQuestions.filter((q) => q.dimensionId === id);
  const requiredOf = (id: string) => inDimension(id).filter((q) => q.required).length;
  const totalRequired = allQuestions.filter((q) => q.required).length;

  it('shows the progress of each dimension, is idempotent, replaces and clears answers', async () => {
    const { who } = await entity();
    const id = await startAssessment(who, mainCycleId);

    let a = await read(who.member, id);
    expect(a).toMatchObject({ state: 'draft', editable: true, modelVersion: '2026.1', answers: [], comments: [] });
    expect(a.completeness).toMatchObject({
      questions: 60,
      answered: 0,
      required: totalRequired,
      requiredAnswered: 0,
      percent: 0,
      complete: false,
    });
    expect(a.completeness!.dimensions.map((d) => [d.dimension, d.questions, d.answered, d.required])).toEqual(
      dimensions.map((d) => [d.id, 10, 0, requiredOf(d.id)]),
    );
    expect(a.completeness!.missing).toHaveLength(totalRequired);
    expect(a.completeness!.missing.every((m) => m.reason === 'UNANSWERED')).toBe(true);

    // Batch 1: the whole of Personas, with the evidence its questions require.
    const personas = inDimension('PERSONAS').map((q) =>
      answer(q.id, q.type === 'YES_NO' ? true : q.type === 'SCALE_0_4' ? 3 : q.type === 'PERCENTAGE' ? 80 : 4),
    );
    const saved = ok(await save(who.member, id, personas)).saveAssessmentAnswers;
    // The assessment (its own id, not its case's), as assessment(id:) gives it.
    expect(saved).toEqual({ id: a.id, state: 'draft', version: 1, editable: true });
    a = await read(who.member, id);
    const dim = (name: string) => a.completeness!.dimensions.find((d) => d.dimension === name)!;
    expect(dim('PERSONAS')).toEqual({
      dimension: 'PERSONAS',
      dimensionName: 'Personas',
      questions: 10,
      answered: 10,
      required: requiredOf('PERSONAS'),
      requiredAnswered: requiredOf('PERSONAS'),
      missingEvidence: 0,
      percent: 100,
      complete: true,
    });
    expect(dim('GOBERNANZA')).toMatchObject({ answered: 0, percent: 0, complete: false });
    expect(a.completeness).toMatchObject({
      answered: 10,
      requiredAnswered: requiredOf('PERSONAS'),
      percent: round1((10 / 60) * 100),
      complete: false,
    });
    expect(a.completeness!.missing.filter((m) => m.dimension === 'PERSONAS')).toEqual([]);
    expect(a.completeness!.missing).toHaveLength(totalRequired - requiredOf('PERSONAS'));
    // Each type of answer reads back in its own field; evidence as sent.
    const byId = new Map(a.answers!.map((x) => [x.questionId, x]));
    expect(byId.get('PER-01')).toMatchObject({
      value: 3,
      yes: null,
      normalised: 0.75,
      answeredBy: MEMBER_SUBJECT,
      evidence: evidence('PER-01'),
    });
    expect(byId.get('PER-04')).toMatchObject({ value: null, yes: true, normalised: 1, evidence: evidence('PER-04') });
    expect(byId.get('PER-02')).toMatchObject({ value: 80, yes: null, normalised: 0.8, evidence: [] });
    expect(byId.get('PER-07')).toMatchObject({ value: 4, normalised: 0.8 }); // NUMBER: 4 against a target of 5

    // Batch 2: part of Gobernanza; GOB-01 requires evidence and comes without it.
    const gobernanza = [answer('GOB-01', true, false), answer('GOB-02', 2), answer('GOB-04', 55), answer('GOB-05', 8)];
    ok(await save(who.member, id, gobernanza));
    a = await read(who.member, id);
    expect(dim('GOBERNANZA')).toMatchObject({
      questions: 10,
      answered: 4,
      required: requiredOf('GOBERNANZA'),
      requiredAnswered: 4,
      missingEvidence: 1,
      percent: 40,
      complete: false,
    });
    expect(a.completeness!.missing.filter((m) => m.dimension === 'GOBERNANZA')).toEqual([
      { questionId: 'GOB-01', dimension: 'GOBERNANZA', reason: 'EVIDENCE_REQUIRED' },
      { questionId: 'GOB-03', dimension: 'GOBERNANZA', reason: 'UNANSWERED' },
      { questionId: 'GOB-07', dimension: 'GOBERNANZA', reason: 'UNANSWERED' },
      { questionId: 'GOB-08', dimension: 'GOBERNANZA', reason: 'UNANSWERED' },
      { questionId: 'GOB-09', dimension: 'GOBERNANZA', reason: 'UNANSWERED' },
    ]);
    expect(a.completeness).toMatchObject({ answered: 14, percent: round1((14 / 60) * 100) });

    // The same batch again (an autosave retried) changes nothing.
    const before = { answers: await answersOf(who.member, id), completeness: (await read(who.member, id)).completeness };
    ok(await save(who.member, id, gobernanza));
    ok(await save(who.member, id, gobernanza));
    const after = await read(who.member, id);
    expect({ answers: await answersOf(who.member, id), completeness: after.completeness }).toEqual(before);
    expect(after.version).toBe(1);

    // Batch 3: GOB-01 again with its evidence (replacing the answer), GOB-02 changed by the representative.
    ok(await save(who.member, id, [answer('GOB-01', false)]));
    ok(await save(who.representative, id, [answer('GOB-02', 4)]));
    a = await read(who.member, id);
    expect(dim('GOBERNANZA')).toMatchObject({ answered: 4, missingEvidence: 0 });
    const gob = new Map(a.answers!.map((x) => [x.questionId, x]));
    expect(gob.get('GOB-01')).toMatchObject({ yes: false, value: null, normalised: 0, evidence: evidence('GOB-01') });
    expect(gob.get('GOB-02')).toMatchObject({ value: 4, answeredBy: 'entity_representative@test' });

    // clear removes answers (and clearing one never answered is harmless).
    ok(await save(who.member, id, [], ['GOB-04', 'PER-03', 'CVI-01']));
    a = await read(who.member, id);
    expect(a.answers!.map((x) => x.questionId)).not.toContain('GOB-04');
    expect(a.answers!.map((x) => x.questionId)).not.toContain('PER-03');
    expect(a.answers).toHaveLength(12);
    expect(dim('GOBERNANZA')).toMatchObject({ answered: 3, requiredAnswered: 3, percent: 30 });
    // PER-03 is optional: Personas stays complete without it.
    expect(dim('PERSONAS')).toMatchObject({ answered: 9, complete: true, percent: 90 });
    expect(a.completeness!.missing).toContainEqual({ questionId: 'GOB-04', dimension: 'GOBERNANZA', reason: 'UNANSWERED' });
    expect(a.completeness).toMatchObject({ answered: 12, percent: 20 });

    // Answers and clear in one batch.
    ok(await save(who.member, id, [answer('GOB-04', 70)], ['GOB-05']));
    a = await read(who.member, id);
    expect(a.answers!.map((x) => x.questionId).sort()).toEqual(
      [
        ...inDimension('PERSONAS')
          .map((q) => q.id)
          .filter((q) => q !== 'PER-03'),
        'GOB-01',
        'GOB-02',
        'GOB-04',
      ].sort(),
    );
    expect(a.version).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Submission gated on completeness
// ---------------------------------------------------------------------------------------------

describe('submission', () => {
  it('is refused while required answers or their evidence are missing, and lists them', async () => {
    const { who } = await entity();
    const id = await startAssessment(who, mainCycleId);
    // Everything at the top, except: HAB-10 (required) unanswered, CVI-02 (evidence required)
    // without evidence, PER-09 (optional, but its answer requires evidence) without evidence,
    // and MAM-07 (optional) unanswered, which is fine.
    const answers = maxAnswers()
      .filter((x) => !['HAB-10', 'MAM-07'].includes(String(x.questionId)))
      .map((x) => (['CVI-02', 'PER-09'].includes(String(x.questionId)) ? { ...x, evidence: [] } : x));
    await saveAll(who.member, id, answers);

    const error = expectRule(await submit(who.representative, id), 'ASSESSMENT_INCOMPLETE');
    expect(error.extensions!.missing).toEqual([
      { questionId: 'PER-09', dimension: 'PERSONAS', reason: 'EVIDENCE_REQUIRED' },
      { questionId: 'CVI-02', dimension: 'CALIDAD_DE_VIDA', reason: 'EVIDENCE_REQUIRED' },
      { questionId: 'HAB-10', dimension: 'HABITAT', reason: 'UNANSWERED' },
    ]);
    expect(error.message).toContain('HAB-10');
    expect(error.message).toContain('CVI-02');
    let a = await read(who.member, id);
    expect(a).toMatchObject({ state: 'draft', version: 1, editable: true });
    expect(a.completeness!.missing.map((m) => [m.questionId, m.reason])).toEqual([
      ['PER-09', 'EVIDENCE_REQUIRED'],
      ['CVI-02', 'EVIDENCE_REQUIRED'],
      ['HAB-10', 'UNANSWERED'],
    ]);

    // With nothing answered at all every required question is listed.
    const { who: empty } = await entity();
    const emptyId = await startAssessment(empty, mainCycleId);
    const all = expectRule(await submit(empty.representative, emptyId), 'ASSESSMENT_INCOMPLETE');
    expect(all.extensions!.missing).toEqual(
      allQuestions.filter((q) => q.required).map((q) => ({ questionId: q.id, dimension: q.dimensionId, reason: 'UNANSWERED' })),
    );

    ok(await save(who.member, id, [answer('HAB-10', 1), answer('CVI-02', true), answer('PER-09', false)]));
    a = await read(who.member, id);
    expect(a.completeness).toMatchObject({ complete: true, missing: [], answered: 59, requiredAnswered: a.completeness!.required });

    // Submitting is the representative's: a member is refused even when it is complete.
    expectRefused(await submit(who.member, id), 'FORBIDDEN');
    expect((await read(who.member, id)).state).toBe('draft');

    const submitted = ok(await submit(who.representative, id)).submitAssessment;
    expect(submitted).toMatchObject({
      replayed: false,
      case: { id, state: 'submitted', version: 2 },
      entry: { event: 'SUBMIT', fromState: 'draft', toState: 'submitted' },
    });
    a = await read(who.member, id);
    expect(a).toMatchObject({ state: 'submitted', editable: false });
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Bad input
// ---------------------------------------------------------------------------------------------

describe('bad answers', () => {
  let who: Actors;
  let id: string;
  let baseline: Awaited<ReturnType<typeof answersOf>>;
  const good = answer('PER-05', 60);
  const nextYear = new Date().getUTCFullYear() + 1;

  beforeAll(async () => {
    ({ who } = await entity());
    id = await startAssessment(who, mainCycleId);
    ok(await save(who.member, id, [answer('PER-01', 2), answer('PER-02', 40)]));
    baseline = await answersOf(who.member, id);
    expect(baseline.map((a) => a.questionId)).toEqual(['PER-01', 'PER-02']);
  });

  /** Refused as BAD_USER_INPUT with exactly these problems, and nothing of the batch saved. */
  async function refusedBatch(answers: AnswerInput[], problems: { path: string; message?: RegExp }[], clear: string[] = []) {
    const error = expectRefused(await save(who.member, id, answers, clear), 'BAD_USER_INPUT');
    const got = error.extensions!.problems as { path: string; code: string; message: string }[];
    // Checked relative to the input; the API roots them at the argument (`input.answers[1].value`).
    expect(got.map((p) => p.path)).toEqual(problems.map((p) => `input.${p.path}`));
    for (const p of got) expect(p.code).toMatch(/^[A-Z_]+$/);
    problems.forEach((p, i) => {
      expect(typeof got[i].message).toBe('string');
      if (p.message) expect(got[i].message).toMatch(p.message);
    });
    expect(error.message).toMatch(/^No se guardó ninguna respuesta/);
    expect(await answersOf(who.member, id)).toEqual(baseline);
    return error;
  }

  it.each([
    ['5 on a SCALE_0_4 question', answer('PER-06', 5), 'answers[1].value', /PER-06.*entero de 0 a 4/],
    ['2.5 on a SCALE_0_4 question', answer('PER-06', 2.5), 'answers[1].value', /entero de 0 a 4/],
    ['-1 on a SCALE_0_4 question', answer('PER-10', -1), 'answers[1].value', /entero de 0 a 4/],
    ['101 on a PERCENTAGE question', answer('GOB-04', 101), 'answers[1].value', /porcentaje/],
    ['-0.5 on a PERCENTAGE question', answer('GOB-04', -0.5), 'answers[1].value', /porcentaje/],
    ['-1 on a NUMBER question', answer('PER-07', -1), 'answers[1].value', /no negativo/],
    ['a question that is not in version 2026.1', answer('PER-99', 2, false), 'answers[1].questionId', /PER-99.*2026\.1/],
    ['a question id of another kind', answer('per-01', 2, false), 'answers[1].questionId', /per-01/],
  ])('refuses %s', async (_label, bad, path, message) => {
    await refusedBatch([good, bad], [{ path, message }]);
  });

  it('refuses value on a YES_NO question (and yes on a scale), naming the field that does not belong there', async () => {
    // The problem is the value sent, so its path is answers[1].value, as for a value out of scale.
    await refusedBatch([good, { questionId: 'CVI-08', value: 1 }], [{ path: 'answers[1].value', message: /CVI-08.*yes/ }]);
    await refusedBatch([good, { questionId: 'CVI-08', yes: true, value: 1 }], [{ path: 'answers[1].value', message: /yes/ }]);
    await refusedBatch([good, { questionId: 'PER-06', yes: true }], [{ path: 'answers[1].yes', message: /PER-06.*value/ }]);
  });

  it('refuses a YES_NO question without yes', async () => {
    await refusedBatch([good, { questionId: 'CVI-08' }], [{ path: 'answers[1].yes', message: /falta yes/ }]);
  });

  it.each([
    ['a URL that is not one', { title: 'Acta del comité', url: 'notaurl' }, 'answers[1].evidence[0].url'],
    ['an ftp URL', { title: 'Acta del comité', url: 'ftp://x.y/z' }, 'answers[1].evidence[0].url'],
    ['a javascript: URL', { title: 'Acta del comité', url: 'javascript:alert(1)' }, 'answers[1].evidence[0].url'],
    ['a URL without a domain', { title: 'Acta del comité', url: 'http://localhost/acta.pdf' }, 'answers[1].evidence[0].url'],
    ['evidence without URL or file reference', { title: 'Acta del comité' }, 'answers[1].evidence[0]'],
    ['evidence with blank URL and file reference', { title: 'Acta del comité', url: '  ', fileRef: '' }, 'answers[1].evidence[0]'],
    [
      'a future evidence date',
      { title: 'Acta del comité', url: 'https://www.example.gov.co/acta.pdf', date: `${nextYear}-01-15` },
      'answers[1].evidence[0].date',
    ],
    ['a too short title', { title: 'A', url: 'https://www.example.gov.co/acta.pdf' }, 'answers[1].evidence[0].title'],
  ])('refuses evidence with %s', async (_label, item, path) => {
    await refusedBatch([good, { questionId: 'PER-06', value: 2, evidence: [item] }], [{ path }]);
  });

  it.each([
    ['an impossible date', '2024-02-30'],
    ['a date in another format', '15/01/2024'],
    ['a date that is not one', 'ayer'],
  ])('refuses evidence with %s while parsing the request (the Date scalar): HTTP 400, its path, nothing saved', async (_label, date) => {
    const item = { title: 'Acta del comité', url: 'https://www.example.gov.co/acta.pdf', date };
    const res = await save(who.member, id, [good, { questionId: 'PER-06', value: 2, evidence: [item] }]);
    expect({ status: res.status, code: errorCode(res), data: res.data ?? null }).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
      data: null,
    });
    const problems = res.errors![0].extensions!.problems as { path: string }[];
    expect(problems.map((p) => p.path)).toEqual(['input.answers[1].evidence[0].date']);
    expect(await answersOf(who.member, id)).toEqual(baseline);
  });

  it('accepts evidence by file reference alone, and a date of today', async () => {
    const today = new Date(Date.now() - 5 * 3600 * 1000).toISOString().slice(0, 10);
    ok(
      await save(who.member, id, [
        { questionId: 'PER-06', value: 2, evidence: [{ title: 'Acta del comité', fileRef: 'GD-2024-0012', date: today }] },
      ]),
    );
    const saved = (await answersOf(who.member, id)).find((a) => a.questionId === 'PER-06');
    expect(saved!.evidence).toEqual([{ title: 'Acta del comité', url: null, fileRef: 'GD-2024-0012', date: today }]);
    ok(await save(who.member, id, [], ['PER-06']));
    expect(await answersOf(who.member, id)).toEqual(baseline);
  });

  it('lists every problem of a batch, each with its path', async () => {
    await refusedBatch(
      [
        answer('PER-06', 7),
        good,
        { questionId: 'PER-08', value: 3, evidence: [{ title: 'Acta', url: 'notaurl' }] },
        answer('ZZZ-1', 1, false),
        answer('PER-05', 10),
      ],
      [
        { path: 'answers[0].value' },
        { path: 'answers[2].evidence[0].url' },
        { path: 'answers[3].questionId' },
        { path: 'answers[4].questionId', message: /más de una vez/ },
      ],
    );
    await refusedBatch([good], [{ path: 'clear[0]', message: /NOPE-1/ }], ['NOPE-1']);
    await refusedBatch([good], [{ path: 'clear[0]', message: /mismo lote/ }], ['PER-05']);
  });

  it('refuses too much in one batch or one answer', async () => {
    await refusedBatch(
      [
        good,
        {
          ...answer('PER-06', 2),
          evidence: Array.from({ length: 6 }, (_, i) => ({ title: `Acta ${i + 1}`, url: `https://www.example.gov.co/acta-${i + 1}.pdf` })),
        },
      ],
      [{ path: 'answers[1].evidence', message: /5 evidencias/ }],
    );
    const tooMany = Array.from({ length: 101 }, () => good);
    const error = expectRefused(await save(who.member, id, tooMany), 'BAD_USER_INPUT');
    expect(error.extensions!.problems).toEqual([
      { path: 'input.answers', code: 'TOO_LONG', message: 'un lote admite como máximo 100 respuestas' },
    ]);
    expect(await answersOf(who.member, id)).toEqual(baseline);
  });

  it('refuses an empty batch and malformed requests', async () => {
    expectRefused(await save(who.member, id, []), 'BAD_USER_INPUT');
    const malformedId = expectRefused(await save(who.member, 'no-es-un-id', [good]), 'BAD_USER_INPUT');
    expect(malformedId.extensions!.problems).toEqual([
      { path: 'input.caseId', code: 'INVALID_FORMAT', message: 'debe ser un identificador válido' },
    ]);
    const text = await executeText(
      app.url,
      'mutation($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { id } }',
      { input: { caseId: id, answers: [{ questionId: 'PER-06', value: 'cuatro' }] } },
      { token: who.member },
    );
    expect({ status: text.status, code: errorCode(text) }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    expect(text.errors![0].extensions!.problems).toEqual([
      { path: 'input.answers[0].value', code: 'INVALID_TYPE', message: expect.stringMatching(/^debe ser un número/) },
    ]);
    expect(await answersOf(who.member, id)).toEqual(baseline);
  });

  it('answers NOT_FOUND to another entity’s user, as if the assessment did not exist', async () => {
    const { who: other } = await entity();
    const error = expectRefused(await save(other.member, id, [good]), 'NOT_FOUND');
    // The error names the case by its key (the id sent was its global id).
    expect(error.extensions).toEqual({ code: 'NOT_FOUND', caseId: id });
    expectRefused(await save(other.representative, id, [good]), 'NOT_FOUND');
    expect(ok(await execute(app.url, MaturityAssessmentDocument, { id }, { token: other.member })).assessment).toBeNull();
    expect(await answersOf(who.member, id)).toEqual(baseline);
  });

  it('refuses the ministry: only the entity answers', async () => {
    for (const token of [coordinator, auditor, advisor, evaluator]) expectRefused(await save(token, id, [good]), 'FORBIDDEN');
    expect(await answersOf(who.member, id)).toEqual(baseline);
  });

  it('refuses answers to a submitted and to a validated assessment (ASSESSMENT_NOT_EDITABLE)', async () => {
    const { who: owner } = await entity();
    const submittedId = await submittedWith(owner, mainCycleId, maxAnswers());
    const before = await answersOf(owner.member, submittedId);
    let error = expectRule(await save(owner.member, submittedId, [answer('PER-06', 1)]), 'ASSESSMENT_NOT_EDITABLE');
    expect(error.extensions!.state).toBe('submitted');
    expectRule(await save(owner.member, submittedId, [], ['PER-06']), 'ASSESSMENT_NOT_EDITABLE');
    expect(await answersOf(owner.member, submittedId)).toEqual(before);

    ok(await startReview(submittedId));
    error = expectRule(await save(owner.representative, submittedId, [answer('PER-06', 1)]), 'ASSESSMENT_NOT_EDITABLE');
    expect(error.extensions!.state).toBe('underReview');
    ok(await validate(submittedId));
    error = expectRule(await save(owner.member, submittedId, [answer('PER-06', 1)]), 'ASSESSMENT_NOT_EDITABLE');
    expect(error.extensions!.state).toBe('validated');
    expect(error.message).toContain('validado');
    expect(await answersOf(owner.member, submittedId)).toEqual(before);
    // A bad batch to a frozen assessment is still bad input first.
    expectRefused(await save(owner.member, submittedId, [answer('PER-06', 9)]), 'BAD_USER_INPUT');
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Review with comments per question
// ---------------------------------------------------------------------------------------------

describe('review', () => {
  it('carries comments per question to the entity, which adjusts and resubmits until validated', async () => {
    const { who } = await entity();
    const id = await submittedWith(who, mainCycleId, mediumAnswers());
    expect(ok(await startReview(id)).startAssessmentReview.case).toMatchObject({ state: 'underReview', version: 3 });

    // A comment on a question the model does not have: refused, and nothing changes.
    const bad = expectRefused(
      await requestChanges(id, [
        { questionId: 'PER-01', text: 'Adjunte el programa vigente' },
        { questionId: 'PER-77', text: 'Esta pregunta no existe' },
      ]),
      'BAD_USER_INPUT',
    );
    expect(bad.extensions!.problems).toEqual([
      { path: 'input.comments[1].questionId', code: 'UNKNOWN', message: expect.stringContaining('PER-77') },
    ]);
    let a = await read(coordinator, id);
    expect(a).toMatchObject({ state: 'underReview', version: 3, comments: [] });

    const requested = ok(
      await requestChanges(id, [
        { questionId: 'PER-01', text: 'El programa adjunto es de 2019; adjunte el vigente' },
        { questionId: 'GOB-05', text: 'Los conjuntos de datos deben estar publicados en datos.gov.co' },
      ]),
    ).requestAssessmentChanges;
    expect(requested.case).toMatchObject({ state: 'changesRequested', version: 4 });

    // The entity reads the comments (the member and the representative alike).
    a = await read(who.member, id);
    expect(a).toMatchObject({ state: 'changesRequested', editable: true });
    // (In which order the comments of one round come back is the subject of the next test.)
    const byQuestion = (list: typeof a.comments) => [...list!].sort((x, y) => x.questionId.localeCompare(y.questionId));
    expect(byQuestion(a.comments)).toEqual([
      {
        questionId: 'GOB-05',
        text: 'Los conjuntos de datos deben estar publicados en datos.gov.co',
        round: 4,
        author: COORDINATOR_SUBJECT,
      },
      { questionId: 'PER-01', text: 'El programa adjunto es de 2019; adjunte el vigente', round: 4, author: COORDINATOR_SUBJECT },
    ]);
    expect(byQuestion((await read(who.representative, id)).comments)).toEqual(byQuestion(a.comments));

    // The entity adjusts: a new answer and new evidence, and an answer cleared by mistake.
    ok(
      await save(who.member, id, [
        {
          questionId: 'PER-01',
          value: 4,
          evidence: [
            { title: 'Programa de habilidades digitales 2025', url: 'https://www.example.gov.co/programa-2025.pdf', date: EVIDENCE_DATE },
          ],
        },
      ]),
    );
    ok(await save(who.member, id, [], ['GOB-05']));
    // Resubmitting checks completeness again.
    const incomplete = expectRule(await resubmit(who.representative, id), 'ASSESSMENT_INCOMPLETE');
    expect(incomplete.extensions!.missing).toEqual([{ questionId: 'GOB-05', dimension: 'GOBERNANZA', reason: 'UNANSWERED' }]);
    ok(await save(who.member, id, [answer('GOB-05', 25)]));
    expectRefused(await resubmit(who.member, id), 'FORBIDDEN');
    expect(ok(await resubmit(who.representative, id)).resubmitAssessment.case).toMatchObject({ state: 'resubmitted', version: 5 });
    expectRule(await save(who.member, id, [answer('PER-01', 1)]), 'ASSESSMENT_NOT_EDITABLE');

    ok(await startReview(id));
    expect(ok(await validate(id)).validateAssessment.case).toMatchObject({ state: 'validated', version: 7 });

    // Validated: the answers are frozen with what was resubmitted; the comments remain.
    a = await read(who.member, id);
    expect(a).toMatchObject({ state: 'validated', editable: false });
    expect(a.answers!.find((x) => x.questionId === 'PER-01')).toMatchObject({
      value: 4,
      evidence: [{ title: 'Programa de habilidades digitales 2025' }],
    });
    expect(a.answers!.find((x) => x.questionId === 'GOB-05')).toMatchObject({ value: 25 });
    expect(a.comments).toHaveLength(2);
    const frozen = await answersOf(who.member, id);
    expectRule(await save(who.member, id, [answer('PER-01', 0)]), 'ASSESSMENT_NOT_EDITABLE');
    expectRule(await save(who.member, id, [], ['PER-01']), 'ASSESSMENT_NOT_EDITABLE');
    expect(await answersOf(who.member, id)).toEqual(frozen);
  });

  it('keeps the comments of every round apart', async () => {
    const { who } = await entity();
    const id = await submittedWith(who, mainCycleId, maxAnswers());
    ok(await startReview(id));
    ok(await requestChanges(id, [{ questionId: 'HAB-01', text: 'Primera ronda: falta el acto de adopción' }]));
    ok(await resubmit(who.representative, id));
    ok(await startReview(id));
    ok(await requestChanges(id, [{ questionId: 'HAB-02', text: 'Segunda ronda: el catastro no está actualizado' }]));
    const a = await read(who.member, id);
    expect(a.comments!.map((c) => [c.questionId, c.round])).toEqual([
      ['HAB-01', 4],
      ['HAB-02', 7],
    ]);
    // The entity may not read another entity's comments.
    const { who: other } = await entity();
    expect(ok(await execute(app.url, MaturityAssessmentDocument, { id }, { token: other.member })).assessment).toBeNull();
  });

  it('refuses blank comments as it refuses a blank note', async () => {
    const { who } = await entity();
    const id = await submittedWith(who, mainCycleId, maxAnswers());
    ok(await startReview(id));
    // A note of spaces is refused (the machine's guard trims it) ...
    const note = await execute(
      app.url,
      RequestAssessmentChangesDocument,
      { input: { caseId: id, note: '      ', comments: [] } },
      { token: coordinator },
    );
    expectRefused(note, 'BAD_USER_INPUT');
    // ... and so must be a comment of spaces, or one that is under 3 characters once trimmed.
    for (const text of ['      ', '  ok  ']) {
      const res = await requestChanges(id, [{ questionId: 'PER-01', text }]);
      expect([JSON.stringify(text), errorCode(res)]).toEqual([JSON.stringify(text), 'BAD_USER_INPUT']);
      const a = await read(coordinator, id);
      expect([JSON.stringify(text), a.state, a.version, a.comments]).toEqual([JSON.stringify(text), 'underReview', 3, []]);
    }
  });

  it('returns the comments of a round in the order the coordinator wrote them', async () => {
    const { who } = await entity();
    const id = await submittedWith(who, mainCycleId, maxAnswers());
    ok(await startReview(id));
    // Eight comments in questionnaire order: in any other order a reviewer's list reads scrambled.
    const comments = ['PER-01', 'PER-04', 'PER-08', 'GOB-01', 'GOB-05', 'CVI-02', 'MAM-08', 'HAB-01'].map((questionId, i) => ({
      questionId,
      text: `Observación ${i + 1} sobre ${questionId}`,
    }));
    ok(await requestChanges(id, comments));
    const read1 = (await read(who.member, id)).comments!;
    expect(read1.map((c) => c.questionId)).toEqual(comments.map((c) => c.questionId));
    // And the same order on every read.
    expect((await read(coordinator, id)).comments!.map((c) => c.questionId)).toEqual(read1.map((c) => c.questionId));
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Scores stored at validation
// ---------------------------------------------------------------------------------------------

describe('scoring on validation', () => {
  const scoresOf = async (token: string, id: string) => ok(await execute(app.url, AssessmentScoresDocument, { id }, { token })).assessment!;

  it('gives 100 and level 5 "Optimizado" to the top of every scale', async () => {
    const { who } = await entity();
    const id = await submittedWith(who, mainCycleId, maxAnswers());
    expect(await scoresOf(who.member, id)).toMatchObject({ index: null, level: null, levelName: null, scores: null });
    ok(await startReview(id));
    ok(await validate(id));
    const s = await scoresOf(who.member, id);
    expect(s).toMatchObject({ state: 'validated', modelVersion: '2026.1', index: 100, level: 5, levelName: 'Optimizado' });
    expect(s.scores!.map((d) => [d.dimension, d.dimensionName, d.score, d.level, d.levelName])).toEqual(
      dimensions.map((d) => [d.id, d.name, 100, 5, 'Optimizado']),
    );
    // (The order of the sub-dimensions is the subject of its own test below.)
    for (const d of dimensions) {
      const got = s.scores!.find((x) => x.dimension === d.id)!;
      expect(bySubdimension(got.subdimensions).map((x) => [x.subdimension, x.subdimensionName, x.score, x.level])).toEqual(
        bySubdimension(d.subdimensions.map((x) => ({ subdimension: x.id, subdimensionName: x.name, score: 100, level: 5 }))).map((x) => [
          x.subdimension,
          x.subdimensionName,
          x.score,
          x.level,
        ]),
      );
    }
  });

  it('gives 0 and level 1 "Inicial" to the bottom of every scale', async () => {
    const { who } = await entity();
    const id = await validatedWith(who, mainCycleId, minAnswers());
    const s = await scoresOf(who.member, id);
    expect(s).toMatchObject({ index: 0, level: 1, levelName: 'Inicial' });
    expect(s.scores!.map((d) => [d.dimension, d.score, d.level, d.levelName])).toEqual(dimensions.map((d) => [d.id, 0, 1, 'Inicial']));
    expect(s.scores!.flatMap((d) => d.subdimensions.map((x) => x.score))).toEqual(dimensions.flatMap((d) => d.subdimensions.map(() => 0)));
  });

  it('weighs a mixed questionnaire as the model says (worked out by hand here)', async () => {
    const { who } = await entity();
    const id = await validatedWith(who, mainCycleId, mixedAnswers());
    const s = await scoresOf(coordinator, id);

    // Each answer on 0–1: scale / 4, yes = 1, percentage / 100, number / target capped at 1.
    // Personas (PER-03 and PER-09, optional, unanswered: left out of the means, not zeros).
    const perHabilidades = ((2 / 4) * w('PER-01') + (50 / 100) * w('PER-02')) / (w('PER-01') + w('PER-02'));
    const perInclusion =
      (1 * w('PER-04') + 0 * w('PER-05') + (4 / 4) * w('PER-06') + Math.min(10 / 5, 1) * w('PER-07')) /
      (w('PER-04') + w('PER-05') + w('PER-06') + w('PER-07'));
    const perParticipacion = ((1 / 4) * w('PER-08') + (3 / 4) * w('PER-10')) / (w('PER-08') + w('PER-10'));
    const personas =
      (perHabilidades * w('PER.HABILIDADES') + perInclusion * w('PER.INCLUSION') + perParticipacion * w('PER.PARTICIPACION')) /
      (w('PER.HABILIDADES') + w('PER.INCLUSION') + w('PER.PARTICIPACION'));
    // Gobernanza at the top, Calidad de Vida and Hábitat at the bottom.
    const gobernanza = 1;
    const calidadDeVida = 0;
    const habitat = 0;
    // Desarrollo Económico (DEC-07 and DEC-08, optional, unanswered).
    const decConectividad =
      ((50 / 100) * w('DEC-01') + (12.5 / 25) * w('DEC-02') + (2 / 4) * w('DEC-03') + 0 * w('DEC-04')) /
      (w('DEC-01') + w('DEC-02') + w('DEC-03') + w('DEC-04'));
    const decEmprendimiento = ((2 / 4) * w('DEC-05') + 1 * w('DEC-06')) / (w('DEC-05') + w('DEC-06'));
    const decEconomia = ((2 / 4) * w('DEC-09') + (4 / 4) * w('DEC-10')) / (w('DEC-09') + w('DEC-10'));
    const desarrollo =
      (decConectividad * w('DEC.CONECTIVIDAD') + decEmprendimiento * w('DEC.EMPRENDIMIENTO') + decEconomia * w('DEC.ECONOMIA_DIGITAL')) /
      (w('DEC.CONECTIVIDAD') + w('DEC.EMPRENDIMIENTO') + w('DEC.ECONOMIA_DIGITAL'));
    // Medio Ambiente at the top, but MAM-07 (optional) answered 0: it counts.
    const mamEnergia = (1 * w('MAM-06') + 0 * w('MAM-07')) / (w('MAM-06') + w('MAM-07'));
    const medioAmbiente =
      (1 * w('MAM.MONITOREO') + 1 * w('MAM.RESIDUOS') + mamEnergia * w('MAM.ENERGIA_AGUA') + 1 * w('MAM.RIESGO')) /
      (w('MAM.MONITOREO') + w('MAM.RESIDUOS') + w('MAM.ENERGIA_AGUA') + w('MAM.RIESGO'));
    const index =
      (personas * w('PERSONAS') +
        gobernanza * w('GOBERNANZA') +
        calidadDeVida * w('CALIDAD_DE_VIDA') +
        desarrollo * w('DESARROLLO_ECONOMICO') +
        medioAmbiente * w('MEDIO_AMBIENTE') +
        habitat * w('HABITAT')) /
      (w('PERSONAS') + w('GOBERNANZA') + w('CALIDAD_DE_VIDA') + w('DESARROLLO_ECONOMICO') + w('MEDIO_AMBIENTE') + w('HABITAT'));

    // With the shipped weights: Personas (0.5·1.5 + 5/6·1 + 0.375·1) / 3.5 = 55.95; Desarrollo
    // (0.4375·2 + 2/3·1.5 + 2/3·1) / 4.5 = 56.48; Medio Ambiente (1.5 + 1 + 2/3 + 2) / 5.5 = 93.94;
    // the index (55.95… + 100 + 0 + 56.48… + 93.93… + 0) / 6 = 51.06, level 3.
    expect(round2(index * 100)).toBe(51.06);
    expect(s.index).toBe(round2(index * 100));
    expect(s).toMatchObject({ level: 3, levelName: 'Intermedio' });
    const dims = new Map(s.scores!.map((d) => [d.dimension, d]));
    expect(s.scores!.map((d) => [d.dimension, d.score])).toEqual([
      ['PERSONAS', round2(personas * 100)],
      ['GOBERNANZA', 100],
      ['CALIDAD_DE_VIDA', 0],
      ['DESARROLLO_ECONOMICO', round2(desarrollo * 100)],
      ['MEDIO_AMBIENTE', round2(medioAmbiente * 100)],
      ['HABITAT', 0],
    ]);
    expect(s.scores!.map((d) => d.level)).toEqual([3, 5, 1, 3, 5, 1]);
    const sub = (dimension: string) =>
      new Map(dims.get(dimension)!.subdimensions.map((x) => [x.subdimension, [x.score, x.level, x.levelName]]));
    expect(sub('PERSONAS')).toEqual(
      new Map([
        ['PER.HABILIDADES', [round2(perHabilidades * 100), 3, 'Intermedio']],
        ['PER.INCLUSION', [round2(perInclusion * 100), 5, 'Optimizado']],
        ['PER.PARTICIPACION', [round2(perParticipacion * 100), 2, 'Básico']],
      ]),
    );
    expect([...sub('PERSONAS').values()].map(([score]) => score)).toEqual([50, 83.33, 37.5]);
    expect(sub('DESARROLLO_ECONOMICO')).toEqual(
      new Map([
        ['DEC.CONECTIVIDAD', [round2(decConectividad * 100), 3, 'Intermedio']],
        ['DEC.EMPRENDIMIENTO', [round2(decEmprendimiento * 100), 4, 'Avanzado']],
        ['DEC.ECONOMIA_DIGITAL', [round2(decEconomia * 100), 4, 'Avanzado']],
      ]),
    );
    expect([round2(decConectividad * 100), round2(decEmprendimiento * 100)]).toEqual([43.75, 66.67]);
    expect(sub('MEDIO_AMBIENTE')).toEqual(
      new Map([
        ['MAM.MONITOREO', [100, 5, 'Optimizado']],
        ['MAM.RESIDUOS', [100, 5, 'Optimizado']],
        ['MAM.ENERGIA_AGUA', [round2(mamEnergia * 100), 4, 'Avanzado']],
        ['MAM.RIESGO', [100, 5, 'Optimizado']],
      ]),
    );
    // The entity reads the same scores as the coordinator.
    expect(await scoresOf(who.member, id)).toMatchObject({ index: s.index, level: 3, scores: s.scores });
  });

  it('lists dimensions and their sub-dimensions in the model’s order', async () => {
    const { who } = await entity();
    const id = await validatedWith(who, mainCycleId, mediumAnswers());
    const s = await scoresOf(who.member, id);
    expect(s.scores!.map((d) => d.dimension)).toEqual(dimensions.map((d) => d.id));
    // As maturityModel { dimensions { subdimensions } } lists them, on either database.
    expect(s.scores!.map((d) => [d.dimension, d.subdimensions.map((x) => x.subdimension)])).toEqual(
      dimensions.map((d) => [d.id, d.subdimensions.map((x) => x.id)]),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 6. The Índice CTI of a cycle
// ---------------------------------------------------------------------------------------------

describe('the Índice CTI', () => {
  let cycleId: string;
  /** The five validated assessments: a and b tied at the top, the gobernación, c (mixed), d at the bottom. */
  const entities: Record<'a' | 'b' | 'c' | 'gov' | 'd', { code: string; id: string }> = {} as never;
  let names: Map<string, string>;
  type Node = NonNullable<CycleIndexQuery['cycle']>['index']['edges'][number]['node'];
  let full: NonNullable<CycleIndexQuery['cycle']>['index'];
  let nodes: Node[];

  beforeAll(async () => {
    cycleId = (await openCycle(2090)).id;
    const a = await entity('05');
    const b = await entity('08');
    const c = await entity('05');
    const d = await entity('13');
    const gov = { code: '08', who: await actors(app, '08') }; // the Gobernación del Atlántico
    // a and b answer identically (a tie at the top), c the mixed set, the gobernación three
    // quarters, d the bottom.
    entities.a = { code: a.code, id: await validatedWith(a.who, cycleId, maxAnswers()) };
    entities.b = { code: b.code, id: await validatedWith(b.who, cycleId, maxAnswers()) };
    entities.c = { code: c.code, id: await validatedWith(c.who, cycleId, mixedAnswers()) };
    entities.gov = { code: gov.code, id: await validatedWith(gov.who, cycleId, mediumAnswers()) };
    entities.d = { code: d.code, id: await validatedWith(d.who, cycleId, minAnswers()) };
    // Not in the Índice: a rejected assessment and one still in draft.
    const rejected = await entity('15');
    const rejectedId = await submittedWith(rejected.who, cycleId, maxAnswers());
    ok(await startReview(rejectedId));
    ok(await reject(rejectedId));
    await startAssessment((await entity('15')).who, cycleId);

    names = new Map();
    for (const { code } of Object.values(entities)) {
      names.set(code, ok(await execute(app.url, TerritorialEntityDocument, { code }, { token: coordinator })).territorialEntity!.name);
    }
    full = ok(await indexOf(coordinator, cycleId)).cycle!.index;
    nodes = full.edges.map((e) => e.node);
  });

  it('ranks the validated assessments, ties sharing a rank (1, 1, 3)', async () => {
    const { a, b, c, gov, d } = entities;
    // An entry names its assessment by the assessment's id (assessment(id:) takes its case's id too).
    const assessmentIds = await Promise.all([a, b, gov, c, d].map(async (e) => (await read(coordinator, e.id)).id));
    expect(full.totalCount).toBe(5);
    expect(full.published).toBe(false);
    expect(full.pageInfo.hasNextPage).toBe(false);
    expect(nodes.map((n) => n.entityCode)).toEqual([a.code, b.code, gov.code, c.code, d.code]);
    expect(nodes.map((n) => n.rank)).toEqual([1, 1, 3, 4, 5]);
    expect(nodes.map((n) => n.assessmentId)).toEqual(assessmentIds);
    const [na, nb, ngov, nc, nd] = nodes;
    expect(na).toMatchObject({ index: 100, level: 5, levelName: 'Optimizado' });
    expect(nb).toMatchObject({ index: 100, level: 5, levelName: 'Optimizado' });
    expect(nc).toMatchObject({ index: 51.06, level: 3, levelName: 'Intermedio' });
    expect(nd).toMatchObject({ index: 0, level: 1, levelName: 'Inicial' });
    expect(ngov.index).toBeGreaterThan(75);
    expect(ngov.index).toBeLessThan(100);
    // Ranks from the values read: one plus how many are strictly higher.
    expect(nodes.map((n) => n.rank)).toEqual(nodes.map((n) => 1 + nodes.filter((m) => m.index > n.index).length));
    for (const n of nodes) {
      expect(n.entity!.name).toBe(names.get(n.entityCode));
      expect(n.scores.map((s) => s.dimension)).toEqual(dimensions.map((x) => x.id));
    }
    expect(names.get('08')).toBe('ATLÁNTICO');
    expect(na.scores.every((s) => s.score === 100 && s.level === 5)).toBe(true);
    expect(nd.scores.every((s) => s.score === 0 && s.level === 1)).toBe(true);
  });

  it('costs the same number of SQL statements for a page of 1 and a page of 5, aggregates and nested fields included', async () => {
    const knex = app.system.orm.em.getKnex();
    const count = async (first: number) => {
      let statements = 0;
      const listener = () => statements++;
      knex.on('query', listener);
      try {
        const page = ok(await execute(app.url, CycleIndexDocument, { id: cycleId, first }, { token: coordinator })).cycle!.index;
        expect(page.edges).toHaveLength(first);
        expect(
          page.edges.every((e) => e.node.scores.length === 6 && e.node.entity !== null && e.node.comparison.department.count > 0),
        ).toBe(true);
      } finally {
        knex.removeListener('query', listener);
      }
      return statements;
    };
    const small = await count(1);
    const large = await count(5);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });

  it('aggregates nationally, by department, by kind and by level (checked against the values read)', async () => {
    const { a, b, c, gov, d } = entities;
    const byCode = new Map(nodes.map((n) => [n.entityCode, n]));
    const avg = (codes: string[]) => round2(codes.reduce((t, code) => t + byCode.get(code)!.index, 0) / codes.length);

    expect(full.national.count).toBe(5);
    expect(full.national.index).toBe(avg([a.code, b.code, c.code, gov.code, d.code]));
    expect(full.national.dimensions.map((x) => x.dimension).sort()).toEqual(dimensions.map((x) => x.id).sort());
    for (const dim of full.national.dimensions) {
      const scores = nodes.map((n) => n.scores.find((s) => s.dimension === dim.dimension)!.score);
      expect([dim.dimension, dim.score]).toEqual([dim.dimension, round2(scores.reduce((t, s) => t + s, 0) / scores.length)]);
    }

    expect(full.departments).toEqual([
      { departmentCode: '05', departmentName: 'ANTIOQUIA', count: 2, index: avg([a.code, c.code]) },
      { departmentCode: '08', departmentName: 'ATLÁNTICO', count: 2, index: avg([b.code, gov.code]) },
      { departmentCode: '13', departmentName: 'BOLÍVAR', count: 1, index: avg([d.code]) },
    ]);
    expect(full.kinds).toEqual([
      { kind: 'DEPARTMENT', count: 1, index: avg([gov.code]) },
      { kind: 'MUNICIPALITY', count: 4, index: avg([a.code, b.code, c.code, d.code]) },
    ]);

    const levels = model.definition.levels;
    expect(full.distribution).toEqual(
      levels.map((l) => {
        const count = nodes.filter((n) => n.level === l.level).length;
        return { level: l.level, name: l.name, count, percent: round1((count / 5) * 100) };
      }),
    );
    expect(full.distribution.reduce((t, l) => t + l.count, 0)).toBe(5);

    // Each entity against its department and its kind.
    const nc = byCode.get(c.code)!;
    expect(nc.comparison.department).toEqual({
      label: 'ANTIOQUIA',
      count: 2,
      average: avg([a.code, c.code]),
      difference: round2(nc.index - avg([a.code, c.code])),
    });
    expect(nc.comparison.kind).toEqual({ label: 'Alcaldía', average: avg([a.code, b.code, c.code, d.code]) });
    const ngov = byCode.get(gov.code)!;
    expect(ngov.comparison.department).toEqual({
      label: 'ATLÁNTICO',
      count: 2,
      average: avg([b.code, gov.code]),
      difference: round2(ngov.index - avg([b.code, gov.code])),
    });
    expect(ngov.comparison.kind).toEqual({ label: 'Gobernación', average: ngov.index });
    const nd = byCode.get(d.code)!;
    expect(nd.comparison.department).toEqual({ label: 'BOLÍVAR', count: 1, average: 0, difference: 0 });

    // The aggregates are the cycle's, whatever the page or filter.
    const filtered = ok(await indexOf(coordinator, cycleId, { first: 1, filter: { departmentCode: '13' } })).cycle!.index;
    expect({
      national: filtered.national,
      departments: filtered.departments,
      kinds: filtered.kinds,
      distribution: filtered.distribution,
    }).toEqual({
      national: full.national,
      departments: full.departments,
      kinds: full.kinds,
      distribution: full.distribution,
    });
  });

  it.each([
    ['INDEX_DESC', 2],
    ['INDEX_ASC', 2],
    ['NAME_ASC', 2],
    ['INDEX_DESC', 1],
    ['NAME_ASC', 3],
  ] as const)('pages through %s by %i with cursors, every row exactly once', async (orderBy, first) => {
    const { a, b, c, gov, d } = entities;
    const whole = await indexPage(coordinator, cycleId, { first: 100, orderBy });
    const { rows, pages, totals } = await allPages(coordinator, cycleId, orderBy, first);
    expect(rows.map((r) => r.entityCode)).toEqual(whole.edges.map((e) => e.node.entityCode));
    expect(new Set(rows.map((r) => r.entityCode)).size).toBe(5);
    expect(pages).toBe(Math.ceil(5 / first));
    expect(totals.every((t) => t === 5)).toBe(true);
    // Ranks are the cycle's, on any page and in any order.
    const rankOf = new Map(nodes.map((n) => [n.entityCode, n.rank]));
    expect(rows.map((r) => r.rank)).toEqual(rows.map((r) => rankOf.get(r.entityCode)));
    if (orderBy === 'INDEX_ASC') expect(rows.map((r) => r.entityCode)).toEqual([d.code, c.code, gov.code, a.code, b.code]);
    if (orderBy === 'INDEX_DESC') expect(rows.map((r) => r.entityCode)).toEqual([a.code, b.code, gov.code, c.code, d.code]);
    if (orderBy === 'NAME_ASC')
      expect([...rows.map((r) => r.entityCode)].sort()).toEqual([a.code, b.code, c.code, d.code, gov.code].sort());
  });

  it('recomputes the same scores when the whole cycle is rescored in one transaction, and the page follows the new generation', async () => {
    const before = ok(await execute(app.url, CycleIndexDocument, { id: cycleId, first: 10 }, { token: coordinator })).cycle!.index;
    const em = app.system.orm.em.fork();
    expect(await app.system.api.services.cti.rescoreCycle(em, fromGlobalId(cycleId)!.key)).toEqual({ scored: before.totalCount });
    const after = ok(await execute(app.url, CycleIndexDocument, { id: cycleId, first: 10 }, { token: coordinator })).cycle!.index;
    expect(after.edges.map((e) => [e.node.entityCode, e.node.rank, e.node.index, e.node.scores])).toEqual(
      before.edges.map((e) => [e.node.entityCode, e.node.rank, e.node.index, e.node.scores]),
    );
    expect(after.national).toEqual(before.national);
  });

  it('filters by department, kind and level keeping the rank of the whole cycle', async () => {
    const { a, b, gov, c } = entities;
    const atlantico = await allPages(coordinator, cycleId, 'INDEX_DESC', 1, { departmentCode: '08' });
    expect(atlantico.rows.map((r) => [r.entityCode, r.rank])).toEqual([
      [b.code, 1],
      [gov.code, 3],
    ]);
    expect(atlantico.totals).toEqual([2, 2]);
    const antioquia = await indexPage(coordinator, cycleId, { filter: { departmentCode: '05' } });
    expect(antioquia.edges.map((e) => [e.node.entityCode, e.node.rank])).toEqual([
      [a.code, 1],
      [c.code, 4],
    ]);
    const governorships = await indexPage(coordinator, cycleId, { filter: { kind: 'DEPARTMENT' } });
    expect(governorships.edges.map((e) => [e.node.entityCode, e.node.rank])).toEqual([[gov.code, 3]]);
    const municipal = await indexPage(coordinator, cycleId, { filter: { kind: 'MUNICIPALITY', departmentCode: '08' } });
    expect(municipal.edges.map((e) => [e.node.entityCode, e.node.rank])).toEqual([[b.code, 1]]);
    const top = await indexPage(coordinator, cycleId, { filter: { level: 5 } });
    expect(top.edges.map((e) => e.node.entityCode)).toEqual(nodes.filter((n) => n.level === 5).map((n) => n.entityCode));
    const empty = await indexPage(coordinator, cycleId, { first: 0 });
    expect({ totalCount: empty.totalCount, edges: empty.edges, hasNextPage: empty.pageInfo.hasNextPage }).toEqual({
      totalCount: 5,
      edges: [],
      hasNextPage: true,
    });
    const none = await indexPage(coordinator, cycleId, { filter: { departmentCode: '99' } });
    expect({ totalCount: none.totalCount, edges: none.edges, hasNextPage: none.pageInfo.hasNextPage }).toEqual({
      totalCount: 0,
      edges: [],
      hasNextPage: false,
    });
  });

  it('lists the dimension averages in the model’s order, as the entries’ scores are', async () => {
    expect(nodes[0].scores.map((x) => x.dimension)).toEqual(dimensions.map((d) => d.id));
    expect(full.national.dimensions.map((x) => x.dimension)).toEqual(dimensions.map((d) => d.id));
  });

  it('refuses a cursor of its shape whose index is not a number', async () => {
    // Well-formed base64url JSON of the INDEX_DESC shape, but "cien" is no index a page ever ends at.
    const forged = Buffer.from(JSON.stringify(['INDEX_DESC', 'cien', entities.a.code])).toString('base64url');
    const res = await execute(
      app.url,
      CycleIndexPageDocument,
      { id: cycleId, first: 2, after: forged, orderBy: 'INDEX_DESC' },
      { token: coordinator },
    );
    expect({ code: errorCode(res), edges: res.data?.cycle?.index.edges.map((e) => e.node.entityCode) ?? null }).toEqual({
      code: 'BAD_USER_INPUT',
      edges: null,
    });
  });

  it('treats a null filter as no filter', async () => {
    const res = await indexOf(coordinator, cycleId, { filter: null });
    expect(res.errors).toBeUndefined();
    expect(res.data!.cycle!.index.totalCount).toBe(5);
  });

  it('refuses cursors that are not its own and bad arguments', async () => {
    const descCursor = (await indexPage(coordinator, cycleId, { first: 1 })).pageInfo.endCursor!;
    for (const [after, orderBy] of [
      ['no-es-un-cursor', 'INDEX_DESC'],
      [descCursor, 'NAME_ASC'],
      [descCursor, 'INDEX_ASC'],
    ] as const) {
      const res = await execute(app.url, CycleIndexPageDocument, { id: cycleId, first: 2, after, orderBy }, { token: coordinator });
      expect([after, orderBy, errorCode(res)]).toEqual([after, orderBy, 'BAD_USER_INPUT']);
    }
    for (const args of [{ first: 101 }, { first: -1 }, { filter: { departmentCode: '5' } }, { filter: { level: 0 } }]) {
      const res = await execute(app.url, CycleIndexPageDocument, { id: cycleId, ...args }, { token: coordinator });
      expect([args, errorCode(res)]).toEqual([args, 'BAD_USER_INPUT']);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 7. Who sees what, before and after publication
// ---------------------------------------------------------------------------------------------

describe('visibility of scores and the Índice', () => {
  it('keeps the Índice to the ministry and auditors, and scores to their entity, until publication', async () => {
    const cycleId = (await openCycle(2091)).id;
    const owner = await entity();
    const outsider = await entity();
    // The owner's first assessment is rejected; its second is validated.
    const rejectedId = await submittedWith(owner.who, cycleId, maxAnswers());
    ok(await startReview(rejectedId));
    ok(await reject(rejectedId));
    const id = await validatedWith(owner.who, cycleId, mediumAnswers());

    // Before publication.
    for (const token of [owner.who.member, owner.who.representative, outsider.who.member, advisor, evaluator]) {
      const res = await indexOf(token, cycleId);
      expect({ code: errorCode(res), cycle: res.data?.cycle ?? null }).toEqual({ code: 'FORBIDDEN', cycle: null });
      expect(res.errors![0].message).toContain('2091');
    }
    for (const token of [coordinator, auditor]) {
      const index = ok(await indexOf(token, cycleId)).cycle!.index;
      expect({
        totalCount: index.totalCount,
        published: index.published,
        rank: index.edges[0].node.rank,
        code: index.edges[0].node.entityCode,
      }).toEqual({
        totalCount: 1,
        published: false,
        rank: 1,
        code: owner.code,
      });
    }
    const scores = (token: string) => execute(app.url, AssessmentScoresDocument, { id }, { token });
    const own = ok(await scores(owner.who.member)).assessment!;
    expect(own.index).toBeGreaterThan(75);
    expect(own).toMatchObject({ state: 'validated', level: expect.any(Number), levelName: expect.any(String), rank: null });
    expect(own.scores).toHaveLength(6);
    // The assessments as the API names them (their own ids, not their cases').
    const assessmentId = own.id;
    const rejectedAssessmentId = (await read(coordinator, rejectedId)).id;
    expect(ok(await scores(coordinator)).assessment).toMatchObject({ index: own.index, rank: 1 });
    expect(ok(await scores(auditor)).assessment).toMatchObject({ index: own.index, rank: 1 });
    expect(ok(await scores(outsider.who.member)).assessment).toBeNull();

    const listed = (token: string) => execute(app.url, EntityAssessmentsDocument, { code: owner.code }, { token });
    for (const token of [outsider.who.member, advisor, evaluator]) {
      const res = await listed(token);
      expect(res.errors).toBeUndefined();
      expect(res.data!.territorialEntity).toEqual({ code: owner.code, assessments: [] });
    }
    const forOwner = ok(await listed(owner.who.member)).territorialEntity!.assessments;
    expect(forOwner.map((x) => [x.id, x.state, x.rank])).toEqual([
      [assessmentId, 'validated', null],
      [rejectedAssessmentId, 'rejected', null],
    ]);
    expect(forOwner[0]).toMatchObject({
      index: own.index,
      scores: own.scores!.map(({ dimension, score, level }) => ({ dimension, score, level })),
    });
    expect(forOwner[0].answers).toHaveLength(60);
    expect(forOwner[1]).toMatchObject({ index: null, scores: null });
    expect(ok(await listed(coordinator)).territorialEntity!.assessments.map((x) => [x.id, x.rank, x.answers!.length])).toEqual([
      [assessmentId, 1, 60],
      [rejectedAssessmentId, null, 60],
    ]);

    // Publication.
    expect((await closeCycle(cycleId)).cycle.open).toBe(false);
    ok(await publishIndex(coordinator, cycleId));

    // Everyone reads the Índice, and the owner its rank.
    for (const token of [owner.who.member, outsider.who.member, advisor, evaluator, auditor, coordinator]) {
      const index = ok(await indexOf(token, cycleId)).cycle!.index;
      expect({ published: index.published, rows: index.edges.map((e) => [e.node.entityCode, e.node.rank, e.node.index]) }).toEqual({
        published: true,
        rows: [[owner.code, 1, own.index]],
      });
    }
    expect(ok(await scores(owner.who.member)).assessment).toMatchObject({ index: own.index, rank: 1 });
    // The assessment itself stays the entity's: another entity still cannot open it by id.
    expect(ok(await scores(outsider.who.member)).assessment).toBeNull();

    // An outsider sees the validated assessment with its scores, not the rejected one, and not its answers.
    const res = await listed(outsider.who.member);
    expect(res.data!.territorialEntity!.assessments).toEqual([
      {
        id: assessmentId,
        cycleId,
        state: 'validated',
        index: own.index,
        level: own.level,
        rank: 1,
        scores: own.scores!.map(({ dimension, score, level }) => ({ dimension, score, level })),
        answers: null,
      },
    ]);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, path: ['territorialEntity', 'assessments', 0, 'answers'] });
    for (const token of [advisor, evaluator]) {
      const r = await listed(token);
      expect(r.data!.territorialEntity!.assessments.map((x) => [x.id, x.answers])).toEqual([[assessmentId, null]]);
      expect(r.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    // The owner and the coordinator still get the answers of both.
    for (const token of [owner.who.member, coordinator, auditor]) {
      const r = await listed(token);
      expect(r.errors).toBeUndefined();
      expect(r.data!.territorialEntity!.assessments.map((x) => [x.id, x.rank, x.answers!.length])).toEqual([
        [assessmentId, 1, 60],
        [rejectedAssessmentId, null, 60],
      ]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 8. Publishing a cycle's Índice
// ---------------------------------------------------------------------------------------------

describe('publishCycleIndex', () => {
  it('waits for the cycle to close and every assessment to be decided, then publishes once', async () => {
    const cycle = await openCycle(2092);
    const [one, two, three, reader] = [await entity(), await entity(), await entity(), await entity()];
    const validatedId = await validatedWith(one.who, cycle.id, maxAnswers());
    const pendingId = await submittedWith(two.who, cycle.id, maxAnswers());
    const draftId = await startAssessment(three.who, cycle.id);
    ok(await save(three.who.member, draftId, [answer('PER-01', 1)]));

    expectRule(await publishIndex(coordinator, cycle.id), 'CYCLE_STILL_OPEN');
    for (const token of [one.who.representative, one.who.member, advisor, evaluator, auditor])
      expectRefused(await publishIndex(token, cycle.id), 'FORBIDDEN');
    expect(ok(await indexOf(coordinator, cycle.id)).cycle!.index).toMatchObject({ published: false, publishedAt: null, totalCount: 1 });

    const closed = await closeCycle(cycle.id);
    expect(closed).toMatchObject({ expired: 1, cycle: { id: cycle.id, open: false } });
    expect((await read(three.who.member, draftId)).state).toBe('expired');

    let error = expectRule(await publishIndex(coordinator, cycle.id), 'ASSESSMENTS_PENDING');
    expect(error.extensions!.pending).toBe(1);
    ok(await startReview(pendingId));
    expectRule(await publishIndex(coordinator, cycle.id), 'ASSESSMENTS_PENDING');
    ok(await requestChanges(pendingId, [{ questionId: 'PER-02', text: 'Indique la fuente del dato' }]));
    expectRule(await publishIndex(coordinator, cycle.id), 'ASSESSMENTS_PENDING');
    // The entity may still answer the changes requested after the cycle closed.
    ok(await save(two.who.member, pendingId, [answer('PER-02', 90)]));
    ok(await resubmit(two.who.representative, pendingId));
    error = expectRule(await publishIndex(coordinator, cycle.id), 'ASSESSMENTS_PENDING');
    expect(error.extensions!.pending).toBe(1);
    ok(await startReview(pendingId));
    ok(await validate(pendingId));
    expect(errorCode(await indexOf(reader.who.member, cycle.id))).toBe('FORBIDDEN');

    const published = ok(await publishIndex(coordinator, cycle.id)).publishCycleIndex;
    expect(published).toMatchObject({ id: cycle.id, open: false, indexPublishedAt: expect.any(String) });
    // Publishing again changes nothing.
    const again = ok(await publishIndex(coordinator, cycle.id)).publishCycleIndex;
    expect(again).toEqual(published);

    // Everyone reads the index and its ranks now.
    for (const token of [reader.who.member, reader.who.representative, advisor, evaluator, auditor, coordinator]) {
      const index = ok(await indexOf(token, cycle.id)).cycle!.index;
      expect(index).toMatchObject({ published: true, publishedAt: published.indexPublishedAt, totalCount: 2 });
      // two answered PER-02 with 90 instead of 100 when asked for changes.
      expect(index.edges.map((e) => [e.node.entityCode, e.node.rank, e.node.index === 100])).toEqual([
        [one.code, 1, true],
        [two.code, 2, false],
      ]);
    }
    // The owners read their rank.
    expect(ok(await execute(app.url, AssessmentScoresDocument, { id: validatedId }, { token: one.who.member })).assessment!.rank).toBe(1);
    // The final assessments stay final.
    expectRefused(await validate(validatedId), 'INVALID_TRANSITION');
  });

  it('refuses to publish a closed cycle without validated assessments', async () => {
    const cycle = await openCycle(2097);
    await closeCycle(cycle.id);
    expectRule(await publishIndex(coordinator, cycle.id), 'INDEX_EMPTY');
    expectRefused(await publishIndex(coordinator, '00000000-0000-4000-8000-000000000000'), 'NOT_FOUND');
    expect(expectRefused(await publishIndex(coordinator, 'vigencia-2097'), 'BAD_USER_INPUT').extensions!.problems).toEqual([
      { path: 'input.cycleId', code: 'INVALID_FORMAT', message: 'debe ser un identificador válido' },
    ]);
  });

  it('makes VALIDATE impossible once the Índice is published', async () => {
    // The only way to have an assessment in review in a published cycle: the cycle ends by time
    // while one is still a draft (no worker expires it here), the Índice is published, and the
    // clock is set back so that the draft can be submitted.
    const clock = clockOf(app);
    const cycle = await openCycle(2093, { closesInDays: 1 });
    const [one, two] = [await entity(), await entity()];
    await validatedWith(one.who, cycle.id, minAnswers());
    const draftId = await startAssessment(two.who, cycle.id);
    await saveAll(two.who.member, draftId, maxAnswers());
    try {
      await clock.set(new Date(Date.now() + 2 * DAY));
      ok(await publishIndex(coordinator, cycle.id));
      await clock.set(new Date());
      ok(await submit(two.who.representative, draftId));
      ok(await startReview(draftId));
      const error = expectRule(await validate(draftId), 'INDEX_PUBLISHED');
      expect(error.message).toContain('2093');
      expect((await read(coordinator, draftId)).state).toBe('underReview');
      const index = ok(await indexOf(two.who.member, cycle.id)).cycle!.index;
      expect(index.edges.map((e) => e.node.entityCode)).toEqual([one.code]);
    } finally {
      await clock.set(new Date());
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 9. Model versions
// ---------------------------------------------------------------------------------------------

describe('maturity model versions', () => {
  type Definition = {
    version: string;
    title: string;
    levels: { level: number; name: string; min: number; max: number }[];
    dimensions: { id: string; subdimensions: { id: string; questions: Record<string, unknown>[] }[] }[];
  };
  const shippedText = readFileSync(DEFAULT_MODEL_FILE, 'utf8');
  const definition = (): Definition => parseYaml(shippedText) as Definition;
  /** 2027.1: PER-03 retired, PER-11 and GOB-11 added. */
  function next(): Definition {
    const d = definition();
    d.version = '2027.1';
    const habilidades = d.dimensions[0].subdimensions[0];
    habilidades.questions = habilidades.questions.filter((q) => q.id !== 'PER-03');
    habilidades.questions.push({
      id: 'PER-11',
      text: '¿La entidad mide el uso de sus servicios digitales por la ciudadanía?',
      type: 'YES_NO',
      lens: 'RESULTS',
      weight: 1,
      required: true,
      evidenceRequired: false,
    });
    d.dimensions[1].subdimensions[0].questions.push({
      id: 'GOB-11',
      text: '¿Qué porcentaje de los trámites de la entidad se puede hacer en línea?',
      type: 'PERCENTAGE',
      lens: 'RESULTS',
      weight: 1,
      required: false,
      evidenceRequired: false,
    });
    return d;
  }
  const nextText = stringifyYaml(next());
  const publish = (token: string, text: string) =>
    execute(app.url, PublishMaturityModelDocument, { input: { definition: text } }, { token });
  let outsider: string;
  beforeAll(async () => {
    outsider = (await entity()).who.member;
  });

  it('lists the shipped version and describes it', async () => {
    const models = ok(await execute(app.url, MaturityModelsDocument, {}, { token: evaluator })).maturityModels;
    expect(models.find((m) => m.version === '2026.1')).toEqual({
      version: '2026.1',
      title: 'Modelo de Madurez de Ciudades y Territorios Inteligentes',
      questionCount: 60,
      publishedBy: 'system:modelo-por-defecto',
    });
    const m = ok(await execute(app.url, MaturityModelDocument, { version: '2026.1' }, { token: outsider })).maturityModel!;
    expect(m.questionCount).toBe(60);
    expect(m.dimensions.map((d) => d.code)).toEqual([
      'PERSONAS',
      'GOBERNANZA',
      'CALIDAD_DE_VIDA',
      'DESARROLLO_ECONOMICO',
      'MEDIO_AMBIENTE',
      'HABITAT',
    ]);
    expect(m.dimensions.flatMap((d) => d.subdimensions.flatMap((s) => s.questions))).toHaveLength(60);
    // Each dimension, sub-dimension and question has an id of its own: 6 + 22 + 60 distinct ones.
    const ids = m.dimensions.flatMap((d) => [d.id, ...d.subdimensions.flatMap((s) => [s.id, ...s.questions.map((x) => x.id)])]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(m.dimensions[0].subdimensions[1].questions[3]).toEqual({
      id: expect.any(String),
      code: 'PER-07',
      type: 'NUMBER',
      weight: 2,
      required: true,
      evidenceRequired: false,
      target: 5,
    });
    expect(m.levels).toEqual([
      { level: 1, name: 'Inicial', min: 0, max: 20 },
      { level: 2, name: 'Básico', min: 20, max: 40 },
      { level: 3, name: 'Intermedio', min: 40, max: 60 },
      { level: 4, name: 'Avanzado', min: 60, max: 80 },
      { level: 5, name: 'Optimizado', min: 80, max: 100 },
    ]);
    expect(ok(await execute(app.url, MaturityModelDocument, { version: '1999.9' }, { token: coordinator })).maturityModel).toBeNull();
    const cycle = ok(await execute(app.url, CycleModelDocument, { id: mainCycleId }, { token: outsider })).cycle!;
    expect(cycle).toMatchObject({ modelVersion: '2026.1', model: { version: '2026.1' } });
    expect(cycle.model.dimensions.flatMap((d) => d.subdimensions.flatMap((s) => s.questions.map((q) => q.code)))).toEqual(
      allQuestions.map((q) => q.id),
    );
    expect(cycle.model.levels.map((l) => [l.name, l.min, l.max])).toEqual(model.definition.levels.map((l) => [l.name, l.min, l.max]));
  });

  it('publishes a new version once; the same content again is a no-op, other content under it is refused', async () => {
    // The shipped text itself is already published.
    expect(ok(await publish(coordinator, shippedText)).publishMaturityModel).toMatchObject({
      created: false,
      model: { version: '2026.1', questionCount: 60 },
    });

    expect(ok(await publish(coordinator, nextText)).publishMaturityModel).toEqual({
      created: true,
      model: { version: '2027.1', title: 'Modelo de Madurez de Ciudades y Territorios Inteligentes', questionCount: 61 },
    });
    expect(ok(await publish(coordinator, nextText)).publishMaturityModel).toMatchObject({ created: false, model: { version: '2027.1' } });
    // The same content written as JSON, even with every key in another order, is the same version.
    expect(ok(await publish(coordinator, JSON.stringify(next()))).publishMaturityModel).toMatchObject({
      created: false,
      model: { version: '2027.1' },
    });
    const reversed = (o: unknown): unknown =>
      Array.isArray(o)
        ? o.map(reversed)
        : o && typeof o === 'object'
          ? Object.fromEntries(
              Object.entries(o)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : o;
    expect(ok(await publish(coordinator, JSON.stringify(reversed(next()), null, 2))).publishMaturityModel).toMatchObject({
      created: false,
      model: { version: '2027.1' },
    });

    const changed = next();
    changed.title = 'Modelo de Madurez CTI (revisado)';
    const error = expectRule(await publish(coordinator, stringifyYaml(changed)), 'MODEL_VERSION_EXISTS');
    expect(error.extensions!.version).toBe('2027.1');
    const shippedChanged = definition();
    shippedChanged.dimensions[0].subdimensions[0].questions[0].weight = 3;
    expectRule(await publish(coordinator, stringifyYaml(shippedChanged)), 'MODEL_VERSION_EXISTS');

    const models = ok(await execute(app.url, MaturityModelsDocument, {}, { token: coordinator })).maturityModels;
    expect(models.map((m) => [m.version, m.title, m.questionCount, m.publishedBy])).toEqual([
      ['2027.1', 'Modelo de Madurez de Ciudades y Territorios Inteligentes', 61, COORDINATOR_SUBJECT],
      ['2026.1', 'Modelo de Madurez de Ciudades y Territorios Inteligentes', 60, 'system:modelo-por-defecto'],
    ]);
  });

  it('refuses invalid definitions naming the path of each problem', async () => {
    const invalid = (change: (d: Definition) => void) => {
      const d = next();
      d.version = '2027.9';
      change(d);
      return stringifyYaml(d);
    };
    const q = (d: Definition, di: number, si: number, qi: number) => d.dimensions[di].subdimensions[si].questions[qi];
    const cases: [string, string, string, RegExp][] = [
      ['weight 0', invalid((d) => (q(d, 0, 0, 0).weight = 0)), 'dimensions[0].subdimensions[0].questions[0].weight', /mayor que 0/],
      [
        'a negative weight',
        invalid((d) => (q(d, 0, 0, 1).weight = -2)),
        'dimensions[0].subdimensions[0].questions[1].weight',
        /mayor que 0/,
      ],
      [
        'a NUMBER without target',
        invalid((d) => delete q(d, 0, 1, 3).target),
        'dimensions[0].subdimensions[1].questions[3].target',
        /NUMBER/,
      ],
      [
        'a target on a SCALE question',
        invalid((d) => (q(d, 1, 0, 1).target = 3)),
        'dimensions[1].subdimensions[0].questions[1].target',
        /NUMBER/,
      ],
      [
        'an unknown question type',
        invalid((d) => (q(d, 2, 0, 0).type = 'SLIDER')),
        'dimensions[2].subdimensions[0].questions[0].type',
        /SCALE_0_4/,
      ],
      ['overlapping level bands', invalid((d) => (d.levels[1].min = 15)), 'levels[1].min', /20/],
      ['a gap between level bands', invalid((d) => (d.levels[3].min = 65)), 'levels[3].min', /60/],
      ['a last band short of 100', invalid((d) => (d.levels[4].max = 95)), 'levels[4].max', /100/],
      [
        'a duplicate question id',
        invalid((d) => (q(d, 0, 0, 1).id = 'PER-01')),
        'dimensions[0].subdimensions[0].questions[1].id',
        /PER-01/,
      ],
      [
        'a sub-dimension id used by a dimension',
        invalid((d) => (d.dimensions[5].subdimensions[0].id = 'GOBERNANZA')),
        'dimensions[5].subdimensions[0].id',
        /GOBERNANZA/,
      ],
      [
        'a subdimension without questions',
        invalid((d) => (d.dimensions[3].subdimensions[2].questions = [])),
        'dimensions[3].subdimensions[2].questions',
        /al menos una pregunta/,
      ],
      ['an unknown key', invalid((d) => Object.assign(d, { autor: 'MinTIC' })), 'autor', /autor/],
      ['a version that is not an identifier', invalid((d) => (d.version = 'versión 3')), 'version', /versión/],
      ['duplicate keys', 'version: "2027.9"\nversion: "2027.8"\n', '', /YAML/],
      ['not YAML at all', 'version: "2027.9"\ntitle: [sin cerrar\n  dimensions: {', '', /YAML/],
      ['a YAML scalar', 'esto no es un modelo de madurez', '', /.+/],
    ];
    for (const [label, text, path, message] of cases) {
      const error = expectRefused(await publish(coordinator, text), 'BAD_USER_INPUT');
      // The definition is one text: every problem is at input.definition, and `location` says where inside it.
      const problems = error.extensions!.problems as { path: string; code: string; message: string; location: string }[];
      expect([label, problems.map((p) => p.path), problems.map((p) => p.location)]).toEqual([label, ['input.definition'], [path]]);
      expect([label, problems[0].code, problems[0].message]).toEqual([
        label,
        expect.stringMatching(/^[A-Z_]+$/),
        expect.stringMatching(message),
      ]);
    }
    expect(ok(await execute(app.url, MaturityModelDocument, { version: '2027.9' }, { token: coordinator })).maturityModel).toBeNull();
    expect(ok(await execute(app.url, MaturityModelsDocument, {}, { token: coordinator })).maturityModels.map((m) => m.version)).toEqual([
      '2027.1',
      '2026.1',
    ]);
  });

  it('is published by coordinators only', async () => {
    const { who } = await entity();
    const other = next();
    other.version = '2027.5';
    for (const token of [who.member, who.representative, advisor, evaluator, auditor])
      expectRefused(await publish(token, stringifyYaml(other)), 'FORBIDDEN');
    expect(ok(await execute(app.url, MaturityModelDocument, { version: '2027.5' }, { token: coordinator })).maturityModel).toBeNull();
  });

  it('freezes its version in each cycle: new cycles take 2027.1, older ones keep 2026.1', async () => {
    // Published after 2027.1 without a version: the latest; with one: that one.
    const newer = await openCycle(2094, { modelVersion: null });
    expect(newer.modelVersion).toBe('2027.1');
    const explicit = await openCycle(2095, { modelVersion: '2026.1' });
    expect(explicit.modelVersion).toBe('2026.1');
    const unknown = await execute(
      app.url,
      OpenMaturityCycleDocument,
      {
        input: {
          year: 2096,
          opensAt: new Date(Date.now() - DAY).toISOString(),
          closesAt: new Date(Date.now() + DAY).toISOString(),
          modelVersion: '2030.1',
        },
      },
      { token: coordinator },
    );
    expectRefused(unknown, 'BAD_USER_INPUT');

    const newerModel = ok(await execute(app.url, CycleModelDocument, { id: newer.id }, { token: coordinator })).cycle!;
    expect(newerModel.model.version).toBe('2027.1');
    const newerIds = newerModel.model.dimensions.flatMap((d) => d.subdimensions.flatMap((s) => s.questions.map((x) => x.code)));
    expect(newerIds).toContain('PER-11');
    expect(newerIds).not.toContain('PER-03');
    expect(ok(await execute(app.url, CycleModelDocument, { id: mainCycleId }, { token: coordinator })).cycle).toMatchObject({
      modelVersion: '2026.1',
      model: { version: '2026.1' },
    });

    // The same entity answers both cycles, each against its own version.
    const { who } = await entity();
    const oldId = await startAssessment(who, mainCycleId);
    const newId = await startAssessment(who, newer.id);
    let error = expectRefused(await save(who.member, oldId, [answer('PER-11', true, false)]), 'BAD_USER_INPUT');
    expect(error.extensions!.problems).toEqual([
      { path: 'input.answers[0].questionId', code: 'UNKNOWN', message: expect.stringContaining('2026.1') },
    ]);
    error = expectRefused(await save(who.member, newId, [answer('PER-03', 2)]), 'BAD_USER_INPUT');
    expect(error.extensions!.problems).toEqual([
      { path: 'input.answers[0].questionId', code: 'UNKNOWN', message: expect.stringContaining('2027.1') },
    ]);
    ok(await save(who.member, oldId, [answer('PER-03', 2)]));
    ok(await save(who.member, newId, [answer('PER-11', true, false), answer('GOB-11', 40, false)]));

    const oldRead = await read(who.member, oldId);
    const newRead = await read(who.member, newId);
    expect([oldRead.modelVersion, oldRead.completeness!.questions]).toEqual(['2026.1', 60]);
    expect([newRead.modelVersion, newRead.completeness!.questions]).toEqual(['2027.1', 61]);
    expect(newRead.completeness!.missing.map((m) => m.questionId)).not.toContain('PER-11');
    expect(newRead.completeness!.dimensions.find((d) => d.dimension === 'PERSONAS')).toMatchObject({ questions: 10, answered: 1 });

    // The older cycle's assessment goes all the way with the 2026.1 questionnaire and is scored with it.
    await saveAll(who.member, oldId, maxAnswers());
    ok(await submit(who.representative, oldId));
    ok(await startReview(oldId));
    ok(await validate(oldId));
    const scored = ok(await execute(app.url, AssessmentScoresDocument, { id: oldId }, { token: who.member })).assessment!;
    expect(scored).toMatchObject({ modelVersion: '2026.1', index: 100, level: 5 });
    // The newer one needs the 2027.1 questions (PER-11 answered, PER-03 gone).
    const forNew = maxAnswers().filter((x) => x.questionId !== 'PER-03');
    await saveAll(who.member, newId, forNew);
    expect((await read(who.member, newId)).completeness).toMatchObject({ complete: true, answered: 61 });
    ok(await submit(who.representative, newId));
  });
});

// ---------------------------------------------------------------------------------------------
// 10. A model of its own: the whole path driven by the data
// ---------------------------------------------------------------------------------------------

describe('a cycle on a model of its own', () => {
  it('answers, scores and ranks with that model’s questions and level bands (band edges included)', async () => {
    const scale = ['Nada', 'Poco', 'Algo', 'Bastante', 'Todo'].map((label, value) => ({ value, label }));
    const tiny = {
      version: '2099.1',
      title: 'Modelo mínimo de prueba',
      scale,
      levels: [
        { level: 1, name: 'Bajo', min: 0, max: 25 },
        { level: 2, name: 'Medio', min: 25, max: 50 },
        { level: 3, name: 'Alto', min: 50, max: 75 },
        { level: 4, name: 'Muy alto', min: 75, max: 100 },
      ],
      dimensions: [
        {
          id: 'DATOS',
          name: 'Datos abiertos',
          weight: 1,
          subdimensions: [
            {
              id: 'DAT.APERTURA',
              name: 'Apertura',
              weight: 1,
              questions: [
                {
                  id: 'DAT-01',
                  text: '¿Qué porcentaje de los conjuntos de datos de la entidad está publicado como dato abierto?',
                  type: 'PERCENTAGE',
                  lens: 'RESULTS',
                  weight: 1,
                  required: true,
                  evidenceRequired: false,
                },
              ],
            },
          ],
        },
      ],
    };
    expect(
      ok(await execute(app.url, PublishMaturityModelDocument, { input: { definition: JSON.stringify(tiny) } }, { token: coordinator }))
        .publishMaturityModel,
    ).toEqual({
      created: true,
      model: { version: '2099.1', title: 'Modelo mínimo de prueba', questionCount: 1 },
    });
    const cycle = await openCycle(2098, { modelVersion: '2099.1' });
    expect(cycle.modelVersion).toBe('2099.1');

    const values = [100, 75, 74.99, 50, 25, 24.99, 0];
    const expected = [
      [4, 'Muy alto'],
      [4, 'Muy alto'],
      [3, 'Alto'],
      [3, 'Alto'],
      [2, 'Medio'],
      [1, 'Bajo'],
      [1, 'Bajo'],
    ];
    const codes: string[] = [];
    for (const [i, value] of values.entries()) {
      const { code, who } = await entity();
      codes.push(code);
      const id = await startAssessment(who, cycle.id);
      if (i === 0) {
        // The shipped model's questions are not this cycle's.
        const error = expectRefused(await save(who.member, id, [answer('PER-01', 2)]), 'BAD_USER_INPUT');
        expect(error.extensions!.problems).toEqual([
          { path: 'input.answers[0].questionId', code: 'UNKNOWN', message: expect.stringContaining('2099.1') },
        ]);
        expect((await read(who.member, id)).completeness).toMatchObject({ questions: 1, required: 1, answered: 0, complete: false });
      }
      ok(await save(who.member, id, [{ questionId: 'DAT-01', value }]));
      ok(await submit(who.representative, id));
      ok(await startReview(id));
      ok(await validate(id));
      const s = ok(await execute(app.url, AssessmentScoresDocument, { id }, { token: who.member })).assessment!;
      expect([value, s.modelVersion, s.index, s.level, s.levelName]).toEqual([value, '2099.1', value, ...expected[i]]);
      expect(s.scores).toEqual([
        {
          dimension: 'DATOS',
          dimensionName: 'Datos abiertos',
          score: value,
          level: expected[i][0],
          levelName: expected[i][1],
          subdimensions: [
            { subdimension: 'DAT.APERTURA', subdimensionName: 'Apertura', score: value, level: expected[i][0], levelName: expected[i][1] },
          ],
        },
      ]);
    }

    const index = ok(await indexOf(coordinator, cycle.id)).cycle!.index;
    expect(index.edges.map((e) => [e.node.entityCode, e.node.rank, e.node.index, e.node.levelName])).toEqual(
      codes.map((code, i) => [code, i + 1, values[i], expected[i][1]]),
    );
    expect(index.distribution).toEqual([
      { level: 1, name: 'Bajo', count: 2, percent: round1((2 / 7) * 100) },
      { level: 2, name: 'Medio', count: 1, percent: round1((1 / 7) * 100) },
      { level: 3, name: 'Alto', count: 2, percent: round1((2 / 7) * 100) },
      { level: 4, name: 'Muy alto', count: 2, percent: round1((2 / 7) * 100) },
    ]);
    expect(index.national).toEqual({
      count: 7,
      index: round2(values.reduce((t, v) => t + v, 0) / 7),
      dimensions: [{ dimension: 'DATOS', score: round2(values.reduce((t, v) => t + v, 0) / 7) }],
    });
  });
});
