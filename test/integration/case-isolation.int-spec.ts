import { PROCESS_IDS, type ProcessId } from '../../workflows/registry';

import { Role } from '../../src/core/auth/principal';
import { fromGlobalId, toGlobalId } from '../../src/core/graphql/global-ids';
import { CaseHistory } from '../../src/core/workflow/case-history.entity';
import { WorkflowCase } from '../../src/core/workflow/case.entity';
import { IdempotencyKey } from '../../src/core/workflow/idempotency-key.entity';
import { OutboxMessage } from '../../src/core/workflow/outbox.entity';
import { AccompanimentRequest, AccompanimentSession, RoadmapLine } from '../../src/modules/accompaniment/accompaniment.entity';
import { ACCOMPANIMENT_AMENDMENTS } from '../../src/modules/accompaniment/accompaniment.process';
import { CofinancingCall } from '../../src/modules/cofinancing/call.entity';
import { Cycle } from '../../src/modules/cycles/cycle.entity';
import {
  CaseDocument,
  CasesDocument,
  CreateCallDocument,
  JourneyDocument,
  OpenCycleDocument,
  RequestAccompanimentDocument,
  StartApplicationDocument,
  StartAssessmentDocument,
  type CaseFilter,
  type CasesQuery,
} from '../graphql/generated';
import { requestInput } from '../support/accompaniment';
import { errorCode, execute, executeText, type GraphQLResponse } from '../support/http';
import { personToken, startTestSystem, type TestSystem } from '../support/test-system';
import { timeTravelEnv } from '../support/time-travel';
import {
  actors,
  ADVISOR,
  CHECKLIST_WITHOUT_DOCUMENTS,
  defaultRubricScores,
  drive,
  EVALUATOR,
  eventSenders,
  fillApplication,
  mutationOf,
  openProgramme,
  passChecklist,
  publishCall,
  sendEvent,
  validatedAssessment,
  type Actors,
} from '../support/workflow';

/*
 * An entity user cannot read, list or change another entity's case through any query path, and
 * ministry roles see exactly their scope (advisors: their assignments; auditors: everything,
 * read-only; evaluators: the applications whose panel they are on). Everything goes through real
 * HTTP. The subscription path (graphql-ws) is covered elsewhere.
 */

const A = '05001'; // Medellín (Antioquia, 05)
const B = '76001'; // Cali (Valle del Cauca, 76)
const OTHER_ADVISOR = 'otra.asesora@test';
const OTHER_EVALUATOR = 'otro.evaluador@test';
const DAY = 24 * 3600 * 1000;

let app: TestSystem;
let coordinator: string;
let auditor: string;
let evaluator: string;
let advisor: string;
let otherAdvisor: string;
let otherEvaluator: string;
let programme: { cycleId: string; callId: string };
let nextCycleId: string;
let secondCallId: string;

interface EntityCases {
  code: string;
  who: Actors;
  /** Cycle Y: validated (final). */
  validatedAssessment: string;
  /** Cycle Y+1: draft. */
  draftAssessment: string;
  /** A: roadmapDelivered, assigned to ADVISOR. B: diagnosis, assigned to OTHER_ADVISOR. */
  accompaniment: string;
  /** First call: draft. */
  draftApplication: string;
  /** Second call: approved, evaluated by EVALUATOR (A) or OTHER_EVALUATOR (B). */
  approvedApplication: string;
}
let a: EntityCases;
let b: EntityCases;

const mint = (sub: string, role: Role, entityCode?: string) => personToken(app, { sub, role, entityCode });

/** The people of an entity, each with a subject of their own (app.token shares one per role). */
async function entityPeople(code: string, tag: string): Promise<Actors> {
  return {
    ...(await actors(app, code)),
    representative: await mint(`representante.${tag}@test`, Role.ENTITY_REPRESENTATIVE, code),
    member: await mint(`funcionario.${tag}@test`, Role.ENTITY_MEMBER, code),
  };
}

/** Sends one event and fails loudly if it is refused (setup only). */
async function step(token: string, process: ProcessId, caseId: string, event: string, payload?: Record<string, unknown>) {
  const res = await sendEvent(app, token, process, caseId, event, payload ? { payload } : {});
  if (res.errors) throw new Error(`${process}.${event}: ${errorCode(res)} ${res.errors[0].message}`);
  return res.result!;
}

/** An entity with a case of every process, in states where the entity could act on most of them. */
async function setUpEntity(
  code: string,
  tag: string,
  assignTo: { subject: string; token: string },
  evaluateBy: { subject: string; token: string },
  roadmapDelivered: boolean,
): Promise<EntityCases> {
  const who = await entityPeople(code, tag);
  const validated = await validatedAssessment(app, who, programme.cycleId);

  const draft = await execute(app.url, StartAssessmentDocument, { input: { cycleId: nextCycleId } }, { token: who.member });
  if (draft.errors) throw new Error(draft.errors[0].message);

  const requested = await execute(app.url, RequestAccompanimentDocument, { input: requestInput('ROADMAP') }, { token: who.member });
  if (requested.errors) throw new Error(requested.errors[0].message);
  const accompaniment = requested.data!.requestAccompaniment.case.id;
  await step(coordinator, 'ACCOMPANIMENT', accompaniment, 'ADMIT');
  await step(coordinator, 'ACCOMPANIMENT', accompaniment, 'ASSIGN_ADVISOR', { advisor: assignTo.subject });
  // The assigned advisor holds a first session (drive schedules it and moves the clock past it), then works.
  const advised = { ...who, advisor: assignTo.token };
  for (const event of ['RECORD_SESSION', 'START_DIAGNOSIS', ...(roadmapDelivered ? ['START_FORMULATION', 'DELIVER_ROADMAP'] : [])]) {
    await drive(app, advised, 'ACCOMPANIMENT', accompaniment, event);
  }

  const first = await execute(app.url, StartApplicationDocument, { input: { callId: programme.callId } }, { token: who.member });
  if (first.errors) throw new Error(first.errors[0].message);
  const second = await execute(app.url, StartApplicationDocument, { input: { callId: secondCallId } }, { token: who.member });
  if (second.errors) throw new Error(second.errors[0].message);
  const approved = second.data!.startApplication.case.id;
  await fillApplication(app, who.member, approved);
  await step(who.representative, 'COFINANCING_APPLICATION', approved, 'SUBMIT');
  await step(coordinator, 'COFINANCING_APPLICATION', approved, 'START_ELIGIBILITY_REVIEW');
  await passChecklist(app, coordinator, approved);
  await step(coordinator, 'COFINANCING_APPLICATION', approved, 'DECLARE_ELIGIBLE');
  // A panel of one: its evaluation moves the application to committee.
  await step(coordinator, 'COFINANCING_APPLICATION', approved, 'ASSIGN_EVALUATORS', { evaluators: [evaluateBy.subject] });
  await step(evaluateBy.token, 'COFINANCING_APPLICATION', approved, 'DECLARE_CONFLICT', { conflict: false });
  const evaluated = await step(evaluateBy.token, 'COFINANCING_APPLICATION', approved, 'SUBMIT_EVALUATION', {
    scores: defaultRubricScores(),
  });
  if (evaluated.case.state !== 'committee') throw new Error(`tras la evaluación: ${evaluated.case.state}`);
  await step(coordinator, 'COFINANCING_APPLICATION', approved, 'APPROVE');

  return {
    code,
    who,
    validatedAssessment: validated,
    draftAssessment: draft.data!.startAssessment.case.id,
    accompaniment,
    draftApplication: first.data!.startApplication.case.id,
    approvedApplication: approved,
  };
}

const casesOf = (e: EntityCases): { id: string; process: ProcessId }[] => [
  { id: e.validatedAssessment, process: 'MATURITY_ASSESSMENT' },
  { id: e.draftAssessment, process: 'MATURITY_ASSESSMENT' },
  { id: e.accompaniment, process: 'ACCOMPANIMENT' },
  { id: e.draftApplication, process: 'COFINANCING_APPLICATION' },
  { id: e.approvedApplication, process: 'COFINANCING_APPLICATION' },
];

beforeAll(async () => {
  // Recording an accompaniment's session moves the clock past its start.
  app = await startTestSystem(timeTravelEnv());
  coordinator = await app.token(Role.COORDINATOR);
  auditor = await app.token(Role.AUDITOR);
  evaluator = await app.token(Role.EVALUATOR);
  advisor = await app.token(Role.ADVISOR);
  otherAdvisor = await mint(OTHER_ADVISOR, Role.ADVISOR);
  otherEvaluator = await mint(OTHER_EVALUATOR, Role.EVALUATOR);
  programme = await openProgramme(app, coordinator);
  const now = Date.now();
  const next = await execute(
    app.url,
    OpenCycleDocument,
    {
      input: {
        year: new Date().getUTCFullYear() + 1,
        opensAt: new Date(now - DAY).toISOString(),
        closesAt: new Date(now + 60 * DAY).toISOString(),
      },
    },
    { token: coordinator },
  );
  if (next.errors) throw new Error(next.errors[0].message);
  nextCycleId = next.data!.openCycle.id;
  secondCallId = await createCall('Segunda convocatoria CTI de prueba');
  a = await setUpEntity(A, 'medellin', { subject: ADVISOR, token: advisor }, { subject: EVALUATOR, token: evaluator }, true);
  b = await setUpEntity(
    B,
    'cali',
    { subject: OTHER_ADVISOR, token: otherAdvisor },
    { subject: OTHER_EVALUATOR, token: otherEvaluator },
    false,
  );
});
afterAll(() => app?.stop());

async function createCall(title: string): Promise<string> {
  const now = Date.now();
  const call = await execute(
    app.url,
    CreateCallDocument,
    {
      input: {
        title,
        opensAt: new Date(now - DAY).toISOString(),
        closesAt: new Date(now + 30 * DAY).toISOString(),
        totalBudget: 10_000_000_000,
        capPerApplication: 1_000_000_000,
        minCounterpartPercent: 10,
        eligibilityChecklist: CHECKLIST_WITHOUT_DOCUMENTS,
      },
    },
    { token: coordinator },
  );
  if (call.errors) throw new Error(call.errors[0].message);
  await publishCall(app, coordinator, call.data!.createCall.id);
  return call.data!.createCall.id;
}

const em = () => app.system.orm.em.fork();
/** The raw key (a row's uuid) of an id the API gave. */
const keyOf = (id: string): string => fromGlobalId(id)!.key;
/** The cases matching `where` in the database, as the API's ids; `cycleId` and `callId` are given as the API's ids too. */
const idsWhere = async (where: Partial<Pick<WorkflowCase, 'entityCode' | 'assignee' | 'process' | 'cycleId' | 'callId' | 'state'>>) => {
  const raw = {
    ...where,
    ...(where.cycleId ? { cycleId: keyOf(where.cycleId) } : {}),
    ...(where.callId ? { callId: keyOf(where.callId) } : {}),
  };
  return (await em().find(WorkflowCase, raw, { fields: ['id'] })).map((c) => toGlobalId('Case', c.id)).sort();
};

/** Rows of every table a change or a creation writes to. */
const tableCounts = async () => ({
  cases: await em().count(WorkflowCase),
  history: await em().count(CaseHistory),
  outbox: await em().count(OutboxMessage),
  keys: await em().count(IdempotencyKey),
  cycles: await em().count(Cycle),
  calls: await em().count(CofinancingCall),
  requests: await em().count(AccompanimentRequest),
  sessions: await em().count(AccompanimentSession),
  roadmapLines: await em().count(RoadmapLine),
});

/** What a coordinator sees of a case: enough to tell whether anything about it changed. */
async function observe(id: string) {
  const res = await execute(app.url, CaseDocument, { id }, { token: coordinator });
  expect(res.errors).toBeUndefined();
  const c = res.data!.case!;
  return { id: c.id, state: c.state, version: c.version, assignee: c.assignee, lastNote: c.lastNote, history: c.history.map((h) => h.seq) };
}
const observeAll = (ids: string[]) => Promise.all(ids.map(observe));

/**
 * The response says nothing about any of these cases: not its id, wherever in the body, nor its
 * raw key, nor the id of its application or assessment (keyed by the case's key).
 */
function expectNoneOf(res: unknown, ids: string[]) {
  const body = JSON.stringify(res);
  for (const id of ids) {
    const key = keyOf(id);
    for (const trace of [id, key, toGlobalId('CofinancingApplication', key), toGlobalId('MaturityAssessment', key)])
      expect(body).not.toContain(trace);
  }
}

/** Every page of `cases` the token sees under the filter, walked with small pages. */
async function listAll(token: string, filter: CaseFilter | null, pageSize = 2) {
  const nodes: CasesQuery['cases']['edges'][number]['node'][] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const res: GraphQLResponse<CasesQuery> = await execute(app.url, CasesDocument, { filter, first: pageSize, after, last: 1 }, { token });
    expect(res.errors).toBeUndefined();
    const conn = res.data!.cases;
    totals.add(conn.totalCount);
    nodes.push(...conn.edges.map((e) => e.node));
    if (!conn.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor ?? null;
  }
  expect(totals.size).toBe(1);
  return { nodes, totalCount: [...totals][0] };
}

/**
 * Every event a person (not the runtime) can send, with its process. An accompaniment's commitments
 * are marked done by commitment, not by case (amendments: the sessions suite isolates them).
 */
const userEvents = (process: ProcessId) =>
  Object.entries(eventSenders[process] as Record<string, string>)
    .filter(([event, sender]) => sender !== 'SYSTEM' && !(ACCOMPANIMENT_AMENDMENTS as readonly string[]).includes(event))
    .map(([event]) => event);

describe.each(['representative', 'member'] as const)('B’s %s and A’s cases', (person) => {
  const token = () => b.who[person];
  const aIds = () => casesOf(a).map((c) => c.id);

  it('gets null for case(id) of each of A’s cases, with its nested fields, exactly as for a missing one', async () => {
    for (const id of aIds()) {
      const res = await execute(app.url, CaseDocument, { id }, { token: token() });
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ case: null });
    }
    const missing = await execute(app.url, CaseDocument, { id: '00000000-0000-4000-8000-000000000000' }, { token: token() });
    expect(missing.data).toEqual({ case: null });
    // Its own case, by contrast, is there.
    const own = await execute(app.url, CaseDocument, { id: b.draftApplication }, { token: token() });
    expect(own.data!.case).toMatchObject({ id: b.draftApplication, entityCode: B, entity: { code: B } });
  });

  it('lists only B’s cases, with a totalCount of B’s alone, whatever the filter', async () => {
    const bIds = await idsWhere({ entityCode: B });
    expect(bIds.length).toBeGreaterThanOrEqual(5);
    const everything = await listAll(coordinator, null, 100);
    expect(everything.nodes.some((n) => n.entityCode === A)).toBe(true);

    const mine = await listAll(token(), null);
    expect(mine.nodes.map((n) => n.id).sort()).toEqual(bIds);
    expect(mine.totalCount).toBe(bIds.length);
    expect(mine.nodes.every((n) => n.entityCode === B && n.entity.code === B)).toBe(true);
    expectNoneOf(mine, aIds());

    const filters: { filter: CaseFilter; expected: string[] }[] = [
      { filter: { entityCode: A }, expected: [] },
      { filter: { departmentCode: '05' }, expected: [] },
      { filter: { entityCode: A, departmentCode: '05' }, expected: [] },
      { filter: { entityCode: B }, expected: bIds },
      { filter: { departmentCode: '76' }, expected: bIds },
      { filter: { cycleId: programme.cycleId }, expected: await idsWhere({ entityCode: B, cycleId: programme.cycleId }) },
      { filter: { cycleId: programme.cycleId, entityCode: A }, expected: [] },
      { filter: { callId: programme.callId }, expected: await idsWhere({ entityCode: B, callId: programme.callId }) },
      { filter: { state: 'roadmapDelivered' }, expected: [] },
      { filter: { state: 'draft' }, expected: await idsWhere({ entityCode: B, state: 'draft' }) },
      { filter: { state: 'approved', departmentCode: '05' }, expected: [] },
    ];
    for (const process of PROCESS_IDS) {
      filters.push({ filter: { process }, expected: await idsWhere({ entityCode: B, process }) });
      filters.push({ filter: { process, entityCode: A }, expected: [] });
    }
    for (const f of filters) {
      const seen = await listAll(token(), f.filter);
      expect([f.filter, seen.nodes.map((n) => n.id).sort()]).toEqual([f.filter, [...f.expected].sort()]);
      expect([f.filter, seen.totalCount]).toEqual([f.filter, f.expected.length]);
      expectNoneOf(seen, aIds());
    }
    // The filters that name A do match A's cases for someone who may see them.
    expect((await listAll(coordinator, { entityCode: A })).totalCount).toBe((await idsWhere({ entityCode: A })).length);
    expect((await listAll(coordinator, { state: 'roadmapDelivered' })).nodes.map((n) => n.id)).toEqual([a.accompaniment]);
  });

  it('is FORBIDDEN A’s journey but reads B’s, and no nested path reaches A’s cases', async () => {
    // The entity is public; its journey is refused where it is: null there, FORBIDDEN at its path.
    const theirs = await execute(app.url, JourneyDocument, { code: A }, { token: token() });
    expect(errorCode(theirs)).toBe('FORBIDDEN');
    expect(theirs.errors).toHaveLength(1);
    expect(theirs.errors![0].path).toEqual(['territorialEntity', 'journey']);
    expect(theirs.data?.territorialEntity).toEqual({ code: A, name: 'MEDELLÍN', journey: null });
    expectNoneOf(theirs, aIds());

    const own = await execute(app.url, JourneyDocument, { code: B }, { token: token() });
    expect(own.errors).toBeUndefined();
    const j = own.data!.territorialEntity!.journey!;
    const bIds = await idsWhere({ entityCode: B });
    for (const c of [j.assessment, j.advisory, j.application]) expect(bIds).toContain(c!.id);

    // A's public directory entry is readable; only its journey is not.
    const directory = await executeText(app.url, `{ territorialEntity(code: "${A}") { code name } }`, undefined, { token: token() });
    expect(directory).toMatchObject({ status: 200, data: { territorialEntity: { code: A, name: 'MEDELLÍN' } } });

    // Through the directory list, the journey of A is refused as well.
    const listed = await executeText(
      app.url,
      `query($search: String) { territorialEntities(filter: { search: $search }) { edges { node { code journey { assessment { id } advisory { id } application { id } nextStep { caseId } } } } } }`,
      { search: A },
      { token: token() },
    );
    expect(errorCode(listed)).toBe('FORBIDDEN');
    expectNoneOf(listed, aIds());

    // Through its own identity and its own cases, it reaches only its own journey.
    const me = await executeText(
      app.url,
      `{ me { entity { code journey { assessment { id entityCode } application { id entityCode } } } } }`,
      undefined,
      { token: token() },
    );
    expect(me.errors).toBeUndefined();
    expect(me).toMatchObject({
      data: { me: { entity: { code: B, journey: { assessment: { entityCode: B }, application: { entityCode: B } } } } },
    });
    const nested = await executeText(
      app.url,
      `query($id: ID!) { case(id: $id) { entity { code journey { assessment { id entityCode } advisory { id entityCode } application { id entityCode } } } } }`,
      { id: b.draftApplication },
      { token: token() },
    );
    expect(nested.errors).toBeUndefined();
    expectNoneOf(nested, aIds());
    const viaA = await executeText(
      app.url,
      `query($id: ID!) { case(id: $id) { entity { code journey { assessment { id } } } history { seq } availableEvents { event } } }`,
      { id: a.accompaniment },
      { token: token() },
    );
    expect(viaA).toMatchObject({ status: 200, data: { case: null } });
    expect(viaA.errors).toBeUndefined();
  });

  it('gets NOT_FOUND for every event on each of A’s cases, and nothing about them changes', async () => {
    const targets = casesOf(a);
    const before = await observeAll(targets.map((t) => t.id));
    const counts = await tableCounts();
    const tried = new Set<string>();
    const missingId = '00000000-0000-4000-8000-00000000beef';

    for (const [i, target] of targets.entries()) {
      for (const event of userEvents(target.process)) {
        const { field } = mutationOf(target.process, event);
        tried.add(field);
        const res = await sendEvent(app, token(), target.process, target.id, event, {
          expectedVersion: before[i].version,
          idempotencyKey: `intento-${person}-${field}-${i}`,
        });
        expect([field, errorCode(res)]).toEqual([field, 'NOT_FOUND']);
        expect(res.data ?? null).toBeNull();
        // The refusal is word for word the one for a case that does not exist (both name the case by its raw key).
        const missing = await sendEvent(app, token(), target.process, missingId, event);
        expect(res.errors![0].message.replace(keyOf(target.id), '<id>')).toBe(missing.errors![0].message.replace(missingId, '<id>'));
        expect(res.errors![0].extensions).toEqual({ code: 'NOT_FOUND', caseId: target.id });
      }
      // A mutation of another process does not reveal which process the case belongs to.
      for (const other of PROCESS_IDS.filter((p) => p !== target.process)) {
        const res = await sendEvent(app, token(), other, target.id, userEvents(other)[0]);
        expect([other, errorCode(res)]).toEqual([other, 'NOT_FOUND']);
      }
    }
    for (const field of [
      'submitApplication',
      'withdrawAssessment',
      'acceptRoadmap',
      'requestRoadmapAdjustments',
      'withdrawAccompaniment',
      'signAgreement',
    ]) {
      expect(tried).toContain(field);
    }

    expect(await observeAll(targets.map((t) => t.id))).toEqual(before);
    expect(await tableCounts()).toEqual(counts);
  });
});

describe('idempotency keys are per subject', () => {
  it('gives B its own result for the key A used, and never A’s', async () => {
    const callId = await createCall('Convocatoria de las claves de idempotencia');
    const openKey = 'clave-compartida-apertura';
    const submitKey = 'clave-compartida-radicacion';

    const openedByA = await execute(
      app.url,
      StartApplicationDocument,
      { input: { callId, idempotencyKey: openKey } },
      { token: a.who.representative },
    );
    const openedByB = await execute(
      app.url,
      StartApplicationDocument,
      { input: { callId, idempotencyKey: openKey } },
      { token: b.who.representative },
    );
    expect(openedByA.errors).toBeUndefined();
    expect(openedByB.errors).toBeUndefined();
    const aApp = openedByA.data!.startApplication;
    const bApp = openedByB.data!.startApplication;
    expect(aApp).toMatchObject({ replayed: false, case: { entityCode: A, state: 'draft' } });
    expect(bApp).toMatchObject({ replayed: false, case: { entityCode: B, state: 'draft' } });
    expect(bApp.case.id).not.toBe(aApp.case.id);
    await fillApplication(app, a.who.member, aApp.case.id);
    await fillApplication(app, b.who.member, bApp.case.id);

    const submittedByA = await sendEvent(app, a.who.representative, 'COFINANCING_APPLICATION', aApp.case.id, 'SUBMIT', {
      idempotencyKey: submitKey,
    });
    expect(submittedByA.result).toMatchObject({ replayed: false, case: { id: aApp.case.id, state: 'submitted', version: 2 } });
    const aAfterSubmit = await observe(aApp.case.id);
    const keysBefore = await em().count(IdempotencyKey);

    // B repeats A's request word for word, key included: A's case is not B's to see or change.
    const copied = await sendEvent(app, b.who.representative, 'COFINANCING_APPLICATION', aApp.case.id, 'SUBMIT', {
      idempotencyKey: submitKey,
    });
    expect(errorCode(copied)).toBe('NOT_FOUND');
    expectNoneOf(copied.data ?? null, [aApp.case.id]);
    expect(await em().count(IdempotencyKey)).toBe(keysBefore);

    // The same key on B's own case is a first use for B.
    const submittedByB = await sendEvent(app, b.who.representative, 'COFINANCING_APPLICATION', bApp.case.id, 'SUBMIT', {
      idempotencyKey: submitKey,
    });
    expect(submittedByB.errors).toBeUndefined();
    expect(submittedByB.result).toMatchObject({
      replayed: false,
      case: { id: bApp.case.id, state: 'submitted', version: 2 },
      entry: { actorSubject: 'representante.cali@test' },
    });

    // Each replay returns its own subject's first result.
    const replayA = await execute(
      app.url,
      StartApplicationDocument,
      { input: { callId, idempotencyKey: openKey } },
      { token: a.who.representative },
    );
    const replayB = await execute(
      app.url,
      StartApplicationDocument,
      { input: { callId, idempotencyKey: openKey } },
      { token: b.who.representative },
    );
    expect(replayA.data!.startApplication).toMatchObject({ replayed: true, case: { id: aApp.case.id, entityCode: A } });
    expect(replayB.data!.startApplication).toMatchObject({ replayed: true, case: { id: bApp.case.id, entityCode: B } });
    expectNoneOf(replayB, [aApp.case.id]);
    const resubmitB = await sendEvent(app, b.who.representative, 'COFINANCING_APPLICATION', bApp.case.id, 'SUBMIT', {
      idempotencyKey: submitKey,
    });
    expect(resubmitB.result).toMatchObject({ replayed: true, case: { id: bApp.case.id, state: 'submitted' } });

    expect(await observe(aApp.case.id)).toEqual(aAfterSubmit);
  });

  it('does not replay A’s result to a subject who used the key for A but now acts for B', async () => {
    // The same person (same `sub`) whom the directory moves to another entity: e.g. an official
    // who moved from Medellín to Cali. The key's first result is A's case, which this principal
    // cannot see once they act for B.
    const callId = await createCall('Convocatoria del cambio de entidad');
    const key = 'clave-de-quien-cambio-de-entidad';
    const sub = 'persona.que.cambia@test';
    const asA = await mint(sub, Role.ENTITY_REPRESENTATIVE, A);
    const opened = await execute(app.url, StartApplicationDocument, { input: { callId } }, { token: asA });
    expect(opened.errors).toBeUndefined();
    const aCase = opened.data!.startApplication.case.id;
    await fillApplication(app, asA, aCase);
    const submitted = await sendEvent(app, asA, 'COFINANCING_APPLICATION', aCase, 'SUBMIT', { idempotencyKey: key });
    expect(submitted.result).toMatchObject({ replayed: false });

    // A's case moves on after the key's first use; the person moves to B, and may not see it at all.
    await step(coordinator, 'COFINANCING_APPLICATION', aCase, 'START_ELIGIBILITY_REVIEW');
    const asB = await mint(sub, Role.ENTITY_REPRESENTATIVE, B);
    expect((await execute(app.url, CaseDocument, { id: aCase }, { token: asB })).data).toEqual({ case: null });
    const before = await observe(aCase);
    const replayed = await sendEvent(app, asB, 'COFINANCING_APPLICATION', aCase, 'SUBMIT', { idempotencyKey: key });
    // Compared as one object so that a failure shows what was handed over.
    expect({ code: errorCode(replayed), data: replayed.data ?? null }).toEqual({ code: 'NOT_FOUND', data: null });
    expectNoneOf(replayed.data ?? null, [aCase]);
    expect(await observe(aCase)).toEqual(before);
  });
});

describe('an advisor', () => {
  it('lists and reads only the cases assigned to them', async () => {
    const assigned = await idsWhere({ assignee: ADVISOR });
    expect(assigned).toEqual([a.accompaniment]);
    const seen = await listAll(advisor, null);
    expect(seen.nodes.map((n) => n.id)).toEqual(assigned);
    expect(seen.totalCount).toBe(1);
    for (const filter of [
      { entityCode: B },
      { process: 'MATURITY_ASSESSMENT' as const },
      { departmentCode: '76' },
      { state: 'diagnosis' as const },
    ]) {
      expect(await listAll(advisor, filter)).toEqual({ nodes: [], totalCount: 0 });
    }
    const other = await listAll(otherAdvisor, null);
    expect(other.nodes.map((n) => n.id)).toEqual([b.accompaniment]);

    expect((await execute(app.url, CaseDocument, { id: a.accompaniment }, { token: advisor })).data!.case).toMatchObject({
      id: a.accompaniment,
      assignee: ADVISOR,
    });
    for (const id of [b.accompaniment, a.validatedAssessment, a.draftApplication, b.draftAssessment]) {
      const res = await execute(app.url, CaseDocument, { id }, { token: advisor });
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ case: null });
    }
    expect(errorCode(await execute(app.url, JourneyDocument, { code: A }, { token: advisor }))).toBe('FORBIDDEN');
  });

  it('gets NOT_FOUND for any event on an accompaniment assigned to someone else', async () => {
    // The other advisor could move it on: the state accepts their next step.
    const forAssignee = await execute(app.url, CaseDocument, { id: b.accompaniment }, { token: otherAdvisor });
    expect(forAssignee.data!.case).toMatchObject({ state: 'diagnosis', assignee: OTHER_ADVISOR });
    expect(forAssignee.data!.case!.availableEvents.map((e) => e.event)).toEqual([
      'SCHEDULE_SESSION',
      'RESCHEDULE_SESSION',
      'CANCEL_SESSION',
      'RECORD_SESSION',
      'SAVE_FINDINGS',
      'START_FORMULATION',
    ]);

    const before = await observe(b.accompaniment);
    const counts = await tableCounts();
    for (const event of userEvents('ACCOMPANIMENT')) {
      const res = await sendEvent(app, advisor, 'ACCOMPANIMENT', b.accompaniment, event, { expectedVersion: before.version });
      expect([event, errorCode(res)]).toEqual([event, 'NOT_FOUND']);
    }
    expect(await observe(b.accompaniment)).toEqual(before);
    expect(await tableCounts()).toEqual(counts);
  });
});

describe('an auditor', () => {
  it('reads every case and every journey', async () => {
    const all = await listAll(auditor, null, 100);
    expect(all.totalCount).toBe(await em().count(WorkflowCase));
    expect(all.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([...casesOf(a), ...casesOf(b)].map((c) => c.id)));
    for (const id of [a.accompaniment, b.draftApplication]) {
      const res = await execute(app.url, CaseDocument, { id }, { token: auditor });
      expect(res.data!.case).toMatchObject({ id, availableEvents: [] });
    }
    for (const code of [A, B]) {
      const res = await execute(app.url, JourneyDocument, { code }, { token: auditor });
      expect(res.errors).toBeUndefined();
      expect(res.data!.territorialEntity!.journey!.application).not.toBeNull();
    }
  });

  it('is FORBIDDEN every mutation, and nothing is written', async () => {
    const targets = casesOf(a);
    const before = await observeAll(targets.map((t) => t.id));
    const counts = await tableCounts();
    for (const target of targets) {
      for (const event of userEvents(target.process)) {
        const res = await sendEvent(app, auditor, target.process, target.id, event);
        expect([target.process, event, errorCode(res)]).toEqual([target.process, event, 'FORBIDDEN']);
      }
    }
    const now = Date.now();
    const others: [string, unknown][] = [
      ['mutation($i: StartAssessmentInput!) { startAssessment(input: $i) { replayed } }', { i: { cycleId: nextCycleId } }],
      [
        'mutation($i: RequestAccompanimentInput!) { requestAccompaniment(input: $i) { replayed } }',
        { i: requestInput('ASSESSMENT_SUPPORT') },
      ],
      ['mutation($i: StartApplicationInput!) { startApplication(input: $i) { replayed } }', { i: { callId: programme.callId } }],
      [
        'mutation($i: OpenCycleInput!) { openCycle(input: $i) { id } }',
        { i: { year: 2090, opensAt: new Date(now).toISOString(), closesAt: new Date(now + DAY).toISOString() } },
      ],
      ['mutation($id: ID!) { closeCycle(id: $id) { expired } }', { id: programme.cycleId }],
      [
        'mutation($i: CreateCallInput!) { createCall(input: $i) { id } }',
        {
          i: {
            title: 'Convocatoria del auditor',
            opensAt: new Date(now).toISOString(),
            closesAt: new Date(now + DAY).toISOString(),
            totalBudget: 10,
            capPerApplication: 1,
            minCounterpartPercent: 0,
          },
        },
      ],
    ];
    for (const [query, variables] of others) {
      const res = await executeText(app.url, query, variables, { token: auditor });
      expect([query, errorCode(res)]).toEqual([query, 'FORBIDDEN']);
    }
    expect(await observeAll(targets.map((t) => t.id))).toEqual(before);
    expect(await tableCounts()).toEqual(counts);
    expect((await execute(app.url, CaseDocument, { id: a.draftAssessment }, { token: coordinator })).data!.case).toMatchObject({
      state: 'draft',
    });
  });
});

describe('an evaluator', () => {
  it('lists and reads only the applications whose panel they are on', async () => {
    expect(await em().count(WorkflowCase)).toBeGreaterThan(2);
    const seen = await listAll(evaluator, null);
    expect(seen.nodes.map((n) => n.id)).toEqual([a.approvedApplication]);
    expect(seen.totalCount).toBe(1);
    for (const filter of [
      { callId: secondCallId },
      { process: 'COFINANCING_APPLICATION' as const },
      { entityCode: A },
      { state: 'approved' as const },
    ]) {
      expect([filter, (await listAll(evaluator, filter)).nodes.map((n) => n.id)]).toEqual([filter, [a.approvedApplication]]);
    }
    for (const filter of [
      { entityCode: B },
      { process: 'MATURITY_ASSESSMENT' as const },
      { callId: programme.callId },
      { departmentCode: '76' },
      { state: 'draft' as const },
    ]) {
      expect([filter, await listAll(evaluator, filter)]).toEqual([filter, { nodes: [], totalCount: 0 }]);
    }
    const other = await listAll(otherEvaluator, null);
    expect(other.nodes.map((n) => n.id)).toEqual([b.approvedApplication]);
    expect(other.totalCount).toBe(1);

    // Its own panel's application is there, and the evaluator has nothing left to send to it.
    const own = await execute(app.url, CaseDocument, { id: a.approvedApplication }, { token: evaluator });
    expect(own.data!.case).toMatchObject({ id: a.approvedApplication, state: 'approved', availableEvents: [] });
    for (const id of [b.approvedApplication, a.draftApplication, b.draftApplication, a.accompaniment, a.validatedAssessment]) {
      const res = await execute(app.url, CaseDocument, { id }, { token: evaluator });
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ case: null });
    }
    expect((await execute(app.url, CaseDocument, { id: a.approvedApplication }, { token: otherEvaluator })).data).toEqual({ case: null });
    expect(errorCode(await execute(app.url, JourneyDocument, { code: A }, { token: evaluator }))).toBe('FORBIDDEN');
  });

  it('gets NOT_FOUND for every event on a case outside their panel, FORBIDDEN for the others’ events on their own, and nothing is written', async () => {
    const targets = [...casesOf(a), ...casesOf(b)];
    const before = await observeAll(targets.map((t) => t.id));
    const counts = await tableCounts();
    for (const target of targets.filter((t) => t.id !== a.approvedApplication)) {
      for (const event of userEvents(target.process)) {
        const res = await sendEvent(app, evaluator, target.process, target.id, event);
        expect([target.process, event, errorCode(res)]).toEqual([target.process, event, 'NOT_FOUND']);
      }
    }
    for (const event of userEvents('COFINANCING_APPLICATION')) {
      const res = await sendEvent(app, evaluator, 'COFINANCING_APPLICATION', a.approvedApplication, event);
      // Its own events are the evaluator's to send, but an approved application no longer takes them.
      const expected =
        eventSenders.COFINANCING_APPLICATION[event as keyof typeof eventSenders.COFINANCING_APPLICATION] === 'EVALUATOR'
          ? 'INVALID_TRANSITION'
          : 'FORBIDDEN';
      expect([event, errorCode(res)]).toEqual([event, expected]);
    }
    expect(await observeAll(targets.map((t) => t.id))).toEqual(before);
    expect(await tableCounts()).toEqual(counts);
  });
});
