import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import {
  act,
  actRaw,
  applicationInCommittee,
  applicationInput,
  callIds,
  callInput,
  caseOf,
  checklistMet,
  createCallRaw,
  declaredEligible,
  draftCall,
  evaluatedBy,
  evaluationOf,
  evaluatorToken,
  extensionsOf,
  fundsOf,
  historyOf,
  linesFor,
  notificationsOf,
  paymentRaw,
  problemPaths,
  publishCallRaw,
  publishedCall,
  readApplication,
  readCall,
  reasonCodes,
  recordCheckRaw,
  saveApplication,
  saveApplicationRaw,
  scheduleRaw,
  scoresInput,
  startApplication,
  startApplicationRaw,
  stateReached,
  submittedApplication,
  uniform,
  updateCallRaw,
  type Res,
  type Scores,
} from '../support/cofinancing';
import { errorCode, executeText } from '../support/http';
import { acceptedFinalReport } from '../support/progress-reports';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { bogota, clockOf, eventually, openProgrammeAt, settled, timeTravelEnv, travelTo } from '../support/time-travel';
import { actors, municipalities, openProgramme, validatedAssessment, type Actors } from '../support/workflow';

/*
 * Cofinancing (issue 6) through the real HTTP API: calls (draft, publication, rules that freeze),
 * applications (peso budgets, submission gate), the eligibility checklist and corrections, the
 * evaluators' panel (conflicts of interest, scores, who sees what), committee decisions against the
 * call's funds, the waitlist promoted by the worker when funds are released, and the agreement
 * with its disbursements. Every refusal is checked for its code, rule or paths, and for having
 * written nothing (the application, case or call re-read afterwards).
 *
 * One system (with its worker) for most of the file; each area has calls and entities of its own.
 * Two areas need a system of their own: the submission gate (it opens a later cycle, which makes
 * every validated assessment too old) and the terms that expire (an adjustable clock).
 */

const M = 1_000_000;
const COORDINATOR = 'coordinator@test';
const REPRESENTATIVE = 'entity_representative@test';

/** The default rubric's weights, as the issue states them (not read from the code). */
const WEIGHTS: Scores = { PERTINENCIA: 30, VIABILIDAD_TECNICA: 25, IMPACTO: 25, SOSTENIBILIDAD: 10, PRESUPUESTO: 10 };
const CHECKLIST = ['REPRESENTACION_LEGAL', 'CARTA_COMPROMISO', 'CDP_CONTRAPARTIDA', 'PLAN_DESARROLLO', 'FICHA_TECNICA'];

let app: TestSystem;
let coordinator: string;
let auditor: string;
let advisor: string;
let cycleId: string;
let pool: string[];
let taken = 0;

beforeAll(async () => {
  app = await startTestSystem({ RELAY_POLL_MS: '50' }, { worker: true });
  coordinator = await app.token(Role.COORDINATOR);
  auditor = await app.token(Role.AUDITOR);
  advisor = await app.token(Role.ADVISOR);
  cycleId = (await openProgramme(app, coordinator)).cycleId;
  pool = await municipalities(app, 80);
});
afterAll(() => app?.stop());

/** A municipality no other test uses, with a validated assessment and its people's tokens. */
async function entity(): Promise<Actors & { code: string }> {
  const code = pool[taken++];
  if (!code) throw new Error('no quedan municipios libres');
  const who = await actors(app, code);
  await validatedAssessment(app, who, cycleId);
  return { ...who, code };
}

/** The raw key (a row's uuid) of an id the API gave, to read the database with. */
const keyOf = (id: string): string => fromGlobalId(id)!.key;

/** Everything a refusal must leave as it was: the application with its case, as the coordinator reads it. */
const snapshot = (id: string) => readApplication(app, coordinator, id);

function expectRefused(res: Res, code: string, rule?: string): void {
  expect(res.errors).toHaveLength(1);
  expect(errorCode(res)).toBe(code);
  if (rule) expect(extensionsOf(res).rule).toBe(rule);
}

async function applicationsTotal(token: string, callId: string): Promise<number> {
  const res: Res = await executeText(
    app.url,
    `query($id: ID!) { call(id: $id) { applications(first: 0) { totalCount } } }`,
    { id: callId },
    { token },
  );
  expect(res.errors).toBeUndefined();
  return res.data.call.applications.totalCount;
}

async function activeReservations(callId: string): Promise<number> {
  const rows = await app.system.orm.em
    .fork()
    .getConnection()
    .execute<{ n: number | string }[]>('select count(*) as n from fund_reservation where call_id = ? and released_at is null', [
      keyOf(callId),
    ]);
  return Number(rows[0].n);
}

// =============================================================================================
describe('calls: drafts, publication and the rules that freeze', () => {
  it('createCall makes a DRAFT with the default rubric (5 criteria, weights 30/25/25/10/10), minimum score 60 and the 5-item checklist', async () => {
    const res = await createCallRaw(
      app,
      coordinator,
      callInput({
        title: 'Convocatoria con valores por defecto',
        totalBudget: 7_000 * M,
        capPerApplication: 900 * M,
        eligibilityChecklist: null,
      }),
    );
    expect(res.errors).toBeUndefined();
    const call = res.data.createCall;
    expect(call).toMatchObject({
      status: 'DRAFT',
      publishedAt: null,
      open: false,
      minScore: 60,
      correctionsTermDays: null,
      agreementTermDays: null,
      totalBudget: 7_000 * M,
      capPerApplication: 900 * M,
      minCounterpartPercent: 20,
      budget: 7_000 * M,
      committed: 0,
      remaining: 7_000 * M,
    });
    expect(call.rubric.map((c: { code: string; weight: number }) => [c.code, c.weight])).toEqual(Object.entries(WEIGHTS));
    expect(call.eligibilityChecklist.map((i: { code: string }) => i.code)).toEqual(CHECKLIST);
    expect(await readCall(app, coordinator, call.id)).toEqual(call);
  });

  it('a draft is seen only by coordinators and auditors, and nobody can apply to it (CALL_NOT_PUBLISHED)', async () => {
    const id = await draftCall(app, coordinator, { title: 'Convocatoria aún en preparación' });
    const who = await entity();
    const evaluator = await app.token(Role.EVALUATOR);
    for (const token of [who.member, who.representative, evaluator, advisor]) {
      expect(await readCall(app, token, id)).toBeNull();
      expect(await callIds(app, token)).not.toContain(id);
    }
    for (const token of [coordinator, auditor]) {
      expect((await readCall(app, token, id)).status).toBe('DRAFT');
      expect(await callIds(app, token)).toContain(id);
    }
    const refused = await startApplicationRaw(app, who.member, id);
    expectRefused(refused, 'PRECONDITION_FAILED', 'CALL_NOT_PUBLISHED');
    expect(await applicationsTotal(coordinator, id)).toBe(0);
  });

  it('refusing an application to a draft does not show the entity what it cannot read (the draft’s title)', async () => {
    const id = await draftCall(app, coordinator, { title: 'Convocatoria reservada en borrador' });
    const who = await actors(app, pool[0]);
    const refused = await startApplicationRaw(app, who.member, id);
    expectRefused(refused, 'PRECONDITION_FAILED', 'CALL_NOT_PUBLISHED');
    expect(refused.errors![0].message).not.toContain('Convocatoria reservada en borrador');
  });

  it('a draft whose closing has passed cannot be published (CALL_ALREADY_CLOSED) and stays a draft', async () => {
    const now = Date.now();
    const id = await draftCall(app, coordinator, {
      title: 'Convocatoria que cerró en borrador',
      opensAt: new Date(now - 10 * 86_400_000).toISOString(),
      closesAt: new Date(now - 86_400_000).toISOString(),
    });
    const before = await readCall(app, coordinator, id);
    expectRefused(await publishCallRaw(app, coordinator, id), 'PRECONDITION_FAILED', 'CALL_ALREADY_CLOSED');
    expect(await readCall(app, coordinator, id)).toEqual(before);
    expect(before.status).toBe('DRAFT');
  });

  it('only coordinators create, change and publish calls (FORBIDDEN for the rest), changing nothing', async () => {
    const id = await draftCall(app, coordinator, { title: 'Convocatoria solo de la coordinación' });
    const before = await readCall(app, coordinator, id);
    const who = await actors(app, pool[0]);
    for (const token of [who.member, who.representative, auditor, advisor, await app.token(Role.EVALUATOR)]) {
      expectRefused(await createCallRaw(app, token, callInput()), 'FORBIDDEN');
      expectRefused(await updateCallRaw(app, token, { id, title: 'Título ajeno a la coordinación' }), 'FORBIDDEN');
      expectRefused(await publishCallRaw(app, token, id), 'FORBIDDEN');
    }
    expect(await readCall(app, coordinator, id)).toEqual(before);
  });

  it('refuses a bad call (rubric weights, money as float or text, cap above budget) and writes nothing', async () => {
    const before = await callIds(app, coordinator);
    const rubric90 = [
      { id: 'PERTINENCIA', name: 'Pertinencia', weight: 50 },
      { id: 'IMPACTO', name: 'Impacto', weight: 40 },
    ];
    const weights = await createCallRaw(app, coordinator, { ...callInput(), rubric: rubric90 });
    expectRefused(weights, 'BAD_USER_INPUT');
    expect(problemPaths(weights)).toEqual(['input.rubric']);
    expect(weights.errors![0].message).toContain('suman 90');

    const badId = await createCallRaw(app, coordinator, {
      ...callInput(),
      rubric: [{ id: 'pertinencia', name: 'Pertinencia', weight: 100 }],
    });
    expectRefused(badId, 'BAD_USER_INPUT');
    expect(problemPaths(badId)).toEqual(['input.rubric[0].id']);

    for (const totalBudget of [1_500_000.5, '10000000000']) {
      const money = await createCallRaw(app, coordinator, { ...callInput(), totalBudget });
      expectRefused(money, 'BAD_USER_INPUT');
      expect(money.errors![0].message).toContain('no es un valor en pesos válido');
      expect(money.errors![0].message).toContain('"input.totalBudget"');
    }
    expectRefused(await createCallRaw(app, coordinator, callInput({ totalBudget: 100 * M, capPerApplication: 101 * M })), 'BAD_USER_INPUT');
    expectRefused(await createCallRaw(app, coordinator, callInput({ minScore: 101 })), 'BAD_USER_INPUT');
    const who = await actors(app, pool[0]);
    expectRefused(await createCallRaw(app, who.member, callInput()), 'FORBIDDEN');
    expect(await callIds(app, coordinator)).toEqual(before);
  });

  it('a draft changes freely; publishing makes it public and open; a published call without submissions still changes', async () => {
    const id = await draftCall(app, coordinator, { title: 'Convocatoria que cambia en borrador' });
    const rubric = [
      { id: 'PERTINENCIA', name: 'Pertinencia', description: 'Alineación con la estrategia', weight: 60 },
      { id: 'IMPACTO', name: 'Impacto', description: null, weight: 40 },
    ];
    const checklist = [{ id: 'CARTA_COMPROMISO', text: 'Carta de compromiso firmada' }];
    const changed = await updateCallRaw(app, coordinator, {
      id,
      rubric,
      eligibilityChecklist: checklist,
      minScore: 70,
      correctionsTermDays: 5,
      agreementTermDays: 15,
      capPerApplication: 500 * M,
      minCounterpartPercent: 30,
    });
    expect(changed.errors).toBeUndefined();
    // The inputs' ids are the criteria's and items' codes; their own ids are opaque.
    expect(changed.data.updateCall).toMatchObject({
      status: 'DRAFT',
      rubric: rubric.map(({ id: code, ...c }) => ({ code, ...c })),
      eligibilityChecklist: checklist.map(({ id: code, ...i }) => ({ code, ...i })),
      minScore: 70,
      correctionsTermDays: 5,
      agreementTermDays: 15,
      capPerApplication: 500 * M,
      minCounterpartPercent: 30,
    });
    // Freely, but not into a bad call.
    const draft = await readCall(app, coordinator, id);
    const badWeights = await updateCallRaw(app, coordinator, {
      id,
      title: 'Título que no debe quedar',
      rubric: [{ id: 'PERTINENCIA', name: 'Pertinencia', weight: 110 }],
    });
    expectRefused(badWeights, 'BAD_USER_INPUT');
    expect(problemPaths(badWeights)).toEqual(['input.rubric[0].weight', 'input.rubric']);
    expectRefused(await updateCallRaw(app, coordinator, { id, closesAt: draft.opensAt }), 'BAD_USER_INPUT');
    expectRefused(await updateCallRaw(app, coordinator, { id, totalBudget: 400 * M }), 'BAD_USER_INPUT');
    expect(await readCall(app, coordinator, id)).toEqual(draft);

    const published = await publishCallRaw(app, coordinator, id);
    expect(published.errors).toBeUndefined();
    expect(published.data.publishCall).toMatchObject({ status: 'PUBLISHED', open: true });
    expect(published.data.publishCall.publishedAt).not.toBeNull();
    expectRefused(await publishCallRaw(app, coordinator, id), 'PRECONDITION_FAILED', 'CALL_ALREADY_PUBLISHED');

    const who = await entity();
    expect((await readCall(app, who.member, id)).status).toBe('PUBLISHED');
    expect(await callIds(app, who.member)).toContain(id);
    // An application in draft is not a submission: the rules may still change.
    await startApplication(app, who, id);
    const still = await updateCallRaw(app, coordinator, { id, minScore: 65, correctionsTermDays: 6 });
    expect(still.errors).toBeUndefined();
    expect(still.data.updateCall).toMatchObject({ minScore: 65, correctionsTermDays: 6 });
  });

  describe('a published call with submitted applications', () => {
    let callId: string;
    let call: Record<string, unknown>;
    const RULES = [
      'opensAt',
      'capPerApplication',
      'minCounterpartPercent',
      'rubric',
      'minScore',
      'eligibilityChecklist',
      'correctionsTermDays',
      'agreementTermDays',
      'closesAt',
    ];

    beforeAll(async () => {
      callId = await publishedCall(app, coordinator, {
        title: 'Convocatoria con reglas congeladas',
        totalBudget: 2_000 * M,
        capPerApplication: 600 * M,
        correctionsTermDays: 8,
        agreementTermDays: 20,
      });
      // Two approvals of 500 M each: 1,000 M committed, above the 600 M cap (so a budget cut can fall below it).
      for (let i = 0; i < 2; i++) {
        const who = await entity();
        const id = await applicationInCommittee(app, who, callId, { futic: 500 * M, counterpart: 125 * M });
        await act(app, coordinator, 'approveApplication', { caseId: id });
      }
      call = await readCall(app, coordinator, callId);
      expect(call).toMatchObject({ committed: 1_000 * M, remaining: 1_000 * M });
    });

    it('refuses every rule change at once with CALL_RULES_FROZEN listing the fields, and changes nothing', async () => {
      const closesAt = new Date(call.closesAt as string);
      const everything = {
        id: callId,
        opensAt: new Date(new Date(call.opensAt as string).getTime() - 3600_000).toISOString(),
        capPerApplication: 700 * M,
        minCounterpartPercent: 25,
        rubric: [{ id: 'PERTINENCIA', name: 'Pertinencia', weight: 100 }],
        minScore: 75,
        eligibilityChecklist: [{ id: 'CARTA_COMPROMISO', text: 'Carta de compromiso firmada' }],
        correctionsTermDays: 12,
        agreementTermDays: 30,
        closesAt: new Date(closesAt.getTime() - 24 * 3600_000).toISOString(),
        title: 'Un título nuevo que no debe quedar',
      };
      const res = await updateCallRaw(app, coordinator, everything);
      expectRefused(res, 'PRECONDITION_FAILED', 'CALL_RULES_FROZEN');
      expect([...(extensionsOf(res).fields as string[])].sort()).toEqual([...RULES].sort());
      expect(res.errors![0].message).toContain('no se pueden cambiar sus reglas');
      expect(await readCall(app, coordinator, callId)).toEqual(call);

      // Each rule alone is named alone.
      const one: Record<string, unknown> = { ...everything };
      for (const field of RULES) {
        const single = await updateCallRaw(app, coordinator, { id: callId, [field]: one[field] });
        expectRefused(single, 'PRECONDITION_FAILED', 'CALL_RULES_FROZEN');
        expect(extensionsOf(single).fields).toEqual([field]);
      }
      expect(await readCall(app, coordinator, callId)).toEqual(call);
    });

    it('re-sending the rules as they are is not a change: the title still changes', async () => {
      // As read, sent back as inputs: a criterion's or item's input id is its code.
      const rubric = (call.rubric as { code: string; name: string; description: string | null; weight: number }[]).map(
        ({ code, name, description, weight }) => ({ id: code, name, description, weight }),
      );
      const checklist = (call.eligibilityChecklist as { code: string; text: string }[]).map(({ code, text }) => ({ id: code, text }));
      const res = await updateCallRaw(app, coordinator, {
        id: callId,
        rubric,
        eligibilityChecklist: checklist,
        capPerApplication: call.capPerApplication,
        minScore: call.minScore,
        correctionsTermDays: call.correctionsTermDays,
        opensAt: call.opensAt,
        closesAt: call.closesAt,
        title: 'Convocatoria con reglas congeladas (aclarada)',
      });
      expect(res.errors).toBeUndefined();
      expect(res.data.updateCall).toEqual({ ...call, title: 'Convocatoria con reglas congeladas (aclarada)' });
      call = res.data.updateCall;
    });

    it('the title, a later closing and the budget still change, never below what is committed (BUDGET_BELOW_COMMITTED)', async () => {
      const later = new Date(new Date(call.closesAt as string).getTime() + 10 * 24 * 3600_000).toISOString();
      const ok = await updateCallRaw(app, coordinator, {
        id: callId,
        title: 'Convocatoria ampliada',
        closesAt: later,
        totalBudget: 1_500 * M,
      });
      expect(ok.errors).toBeUndefined();
      expect(ok.data.updateCall).toMatchObject({
        title: 'Convocatoria ampliada',
        closesAt: later,
        totalBudget: 1_500 * M,
        budget: 1_500 * M,
        committed: 1_000 * M,
        remaining: 500 * M,
      });
      call = ok.data.updateCall;

      const below = await updateCallRaw(app, coordinator, { id: callId, totalBudget: 1_000 * M - 1, title: 'Título que no debe quedar' });
      expectRefused(below, 'PRECONDITION_FAILED', 'BUDGET_BELOW_COMMITTED');
      expect(extensionsOf(below).committed).toBe(1_000 * M);
      expect(await readCall(app, coordinator, callId)).toEqual(call);

      const exact = await updateCallRaw(app, coordinator, { id: callId, totalBudget: 1_000 * M });
      expect(exact.errors).toBeUndefined();
      expect(exact.data.updateCall).toMatchObject({ totalBudget: 1_000 * M, committed: 1_000 * M, remaining: 0 });
    });
  });
});

// =============================================================================================
describe('saving and submitting an application (budget in whole pesos)', () => {
  let callId: string;
  beforeAll(async () => {
    callId = await publishedCall(app, coordinator, {
      title: 'Convocatoria de postulaciones',
      totalBudget: 10_000 * M,
      capPerApplication: 1_000 * M,
      minCounterpartPercent: 20,
    });
  });

  it('starting needs an entity user with a validated assessment, once per call (VALIDATED_ASSESSMENT_REQUIRED, ONE_OPEN_CASE)', async () => {
    const before = await applicationsTotal(coordinator, callId);
    const unassessed = await actors(app, pool[taken++]);
    expectRefused(await startApplicationRaw(app, unassessed.member, callId), 'PRECONDITION_FAILED', 'VALIDATED_ASSESSMENT_REQUIRED');
    expectRefused(await startApplicationRaw(app, coordinator, callId), 'FORBIDDEN');
    expect(await applicationsTotal(coordinator, callId)).toBe(before);
    const who = await entity();
    const id = await startApplication(app, who, callId);
    expect(await caseOf(app, who.member, id)).toMatchObject({ state: 'draft', version: 1 });
    expectRefused(await startApplicationRaw(app, who.representative, callId), 'PRECONDITION_FAILED', 'ONE_OPEN_CASE');
    expect(await applicationsTotal(coordinator, callId)).toBe(before + 1);
  });

  it('computes totals and the counterpart share on the server; a save replaces the whole application', async () => {
    const who = await entity();
    const id = await startApplication(app, who, callId);
    expect(await readApplication(app, who.member, id)).toMatchObject({
      title: null,
      totals: { futic: 0, counterpart: 0, total: 0 },
      counterpartShare: 0,
      budgetLines: [],
    });
    const saved = await saveApplication(app, who.member, id, {
      title: 'Semáforos inteligentes',
      dimensions: ['HABITAT', 'GOBERNANZA'],
      budgetLines: [
        { component: 'EQUIPMENT', description: 'Controladores de semáforo', futicAmount: 300_000_000, counterpartAmount: 100_000_000 },
        { component: 'WORK_TEAM', description: 'Equipo de ingeniería', futicAmount: 200_000_001, counterpartAmount: 50_000_000 },
        { component: 'TRAINING', description: 'Formación de operadores', futicAmount: 0, counterpartAmount: 33_333_333 },
      ],
    });
    // 183,333,333 of 683,333,334 = 26.829…% → 26.83.
    expect(saved).toMatchObject({
      title: 'Semáforos inteligentes',
      dimensions: ['HABITAT', 'GOBERNANZA'],
      totals: { futic: 500_000_001, counterpart: 183_333_333, total: 683_333_334 },
      counterpartShare: 26.83,
      submittedAt: null,
      case: { state: 'draft' },
    });
    expect(saved.budgetLines).toEqual([
      {
        position: 1,
        component: 'EQUIPMENT',
        componentLabel: 'Adquisición o servicios de equipamiento tecnológico',
        description: 'Controladores de semáforo',
        futicAmount: 300_000_000,
        counterpartAmount: 100_000_000,
        total: 400_000_000,
      },
      {
        position: 2,
        component: 'WORK_TEAM',
        componentLabel: 'Equipo de trabajo',
        description: 'Equipo de ingeniería',
        futicAmount: 200_000_001,
        counterpartAmount: 50_000_000,
        total: 250_000_001,
      },
      {
        position: 3,
        component: 'TRAINING',
        componentLabel: 'Formación de administradores o beneficiarios',
        description: 'Formación de operadores',
        futicAmount: 0,
        counterpartAmount: 33_333_333,
        total: 33_333_333,
      },
    ]);
    const replaced = await saveApplication(app, who.representative, id, {
      dimensions: ['PERSONAS'],
      budgetLines: [
        { component: 'TECHNOLOGICAL_SERVICES', description: 'Conectividad', futicAmount: 90_000_000, counterpartAmount: 10_000_000 },
      ],
    });
    expect(replaced).toMatchObject({
      dimensions: ['PERSONAS'],
      totals: { futic: 90_000_000, counterpart: 10_000_000, total: 100_000_000 },
      counterpartShare: 10,
    });
    expect(replaced.budgetLines).toHaveLength(1);
    expect(await readApplication(app, coordinator, id)).toEqual(replaced);
  });

  describe('bad money inputs', () => {
    let who: Actors;
    let id: string;
    let before: unknown;
    beforeAll(async () => {
      who = await entity();
      id = await startApplication(app, who, callId);
      await saveApplication(app, who.member, id);
      before = await snapshot(id);
    });

    const withFirstFutic = (futicAmount: unknown) => {
      const input = applicationInput(id, { title: 'Un título que no debe quedar' });
      return { ...input, budgetLines: [{ ...input.budgetLines[0], futicAmount }, input.budgetLines[1]] };
    };

    it('refuses futicAmount as a float (1500000.5) when the request is parsed, in Spanish, and writes nothing', async () => {
      const res = await saveApplicationRaw(app, who.member, withFirstFutic(1_500_000.5));
      expectRefused(res, 'BAD_USER_INPUT');
      expect(res.errors![0].message).toContain('input.budgetLines[0].futicAmount');
      expect(res.errors![0].message).toBe(
        'La variable "$input" trae un valor inválido en "input.budgetLines[0].futicAmount" (1500000.5): no es un valor en pesos válido: debe ser un número entero de pesos colombianos (sin decimales, sin comillas y de a lo sumo 15 cifras)',
      );
      expect(await snapshot(id)).toEqual(before);
    });

    it('refuses futicAmount as a string ("1500000") when the request is parsed, and writes nothing', async () => {
      const res = await saveApplicationRaw(app, who.member, withFirstFutic('1500000'));
      expectRefused(res, 'BAD_USER_INPUT');
      expect(res.errors![0].message).toContain('input.budgetLines[0].futicAmount');
      expect(res.errors![0].message).toContain('("1500000"): no es un valor en pesos válido');
      expect(await snapshot(id)).toEqual(before);
    });

    it('refuses a float written in the query itself', async () => {
      const res = await executeText(
        app.url,
        `mutation { saveApplication(input: { caseId: "${id}", title: "Título que no queda", description: "Descripción suficientemente larga del proyecto", budgetLines: [{ component: EQUIPMENT, description: "Equipos", futicAmount: 1500000.5, counterpartAmount: 1 }] }) { id } }`,
        undefined,
        { token: who.member },
      );
      expect(res.errors![0].message).toBe(
        'El argumento "input" trae un valor inválido en "input.budgetLines[0].futicAmount": un valor en pesos debe ser un número entero de pesos colombianos (sin decimales, sin comillas y de a lo sumo 15 cifras)',
      );
      expect(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(errorCode(res));
      expect(problemPaths(res)).toEqual(['input.budgetLines[0].futicAmount']);
      expect(await snapshot(id)).toEqual(before);
    });

    it('refuses negative amounts naming budgetLines[1].futicAmount and budgetLines[2].counterpartAmount, and writes none of the other changes', async () => {
      const input = applicationInput(id, {
        title: 'Un título que no debe quedar',
        budgetLines: [
          { component: 'EQUIPMENT', description: 'Equipos', futicAmount: 100 * M, counterpartAmount: 50 * M },
          { component: 'TRAINING', description: 'Formación', futicAmount: -1, counterpartAmount: 10 * M },
          { component: 'WORK_TEAM', description: 'Equipo', futicAmount: 10 * M, counterpartAmount: -5_000 },
        ],
      });
      const res = await saveApplicationRaw(app, who.member, input);
      expectRefused(res, 'BAD_USER_INPUT');
      expect(problemPaths(res)).toEqual(['input.budgetLines[1].futicAmount', 'input.budgetLines[2].counterpartAmount']);
      expect(await snapshot(id)).toEqual(before);
    });

    it('reports every content problem at once (title, description, dimension, line description), writing nothing', async () => {
      const res = await saveApplicationRaw(app, who.member, {
        ...applicationInput(id, { title: 'abc', description: 'muy corta', dimensions: ['GOBERNANZA', 'TURISMO'] }),
        budgetLines: [{ component: 'EQUIPMENT', description: 'x', futicAmount: 1, counterpartAmount: 1 }],
      });
      expectRefused(res, 'BAD_USER_INPUT');
      expect(problemPaths(res)).toEqual(['input.title', 'input.description', 'input.dimensions[1]', 'input.budgetLines[0].description']);
      expect(await snapshot(id)).toEqual(before);
    });

    it('refuses others: another entity (NOT_FOUND), the coordinator (FORBIDDEN), and edits after submission (APPLICATION_NOT_EDITABLE)', async () => {
      const other = await actors(app, pool[taken]);
      expectRefused(await saveApplicationRaw(app, other.member, applicationInput(id)), 'NOT_FOUND');
      // Nor can it read it, directly or through its case.
      const read = await executeText(
        app.url,
        `query($id: ID!) { application(id: $id) { id title } case(id: $id) { id application { id } } }`,
        { id },
        { token: other.member },
      );
      expect(read.errors).toBeUndefined();
      expect(read.data).toEqual({ application: null, case: null });
      expectRefused(await saveApplicationRaw(app, coordinator, applicationInput(id)), 'FORBIDDEN');
      expect(await snapshot(id)).toEqual(before);
      // Only the representative submits.
      expectRefused(await actRaw(app, who.member, 'submitApplication', { caseId: id }), 'FORBIDDEN');
      expect(await snapshot(id)).toEqual(before);
      await act(app, who.representative, 'submitApplication', { caseId: id });
      const submitted = await snapshot(id);
      expect(submitted.submittedAt).not.toBeNull();
      const late = await saveApplicationRaw(app, who.member, applicationInput(id, { title: 'Cambio tardío' }));
      expectRefused(late, 'PRECONDITION_FAILED', 'APPLICATION_NOT_EDITABLE');
      expect(await snapshot(id)).toEqual(submitted);
    });
  });

  it('refuses submission with the counterpart one peso below the minimum (COUNTERPART_BELOW_MINIMUM), and submits at exactly the minimum', async () => {
    const who = await entity();
    const id = await startApplication(app, who, callId);
    // 199,999,999 of 1,000,000,000 is one peso short of 20 %.
    await saveApplication(app, who.member, id, { budgetLines: linesFor(800 * M + 1, 200 * M - 1) });
    const before = await snapshot(id);
    const res = await actRaw(app, who.representative, 'submitApplication', { caseId: id });
    expectRefused(res, 'PRECONDITION_FAILED', 'APPLICATION_NOT_SUBMITTABLE');
    expect(extensionsOf(res).reasons).toEqual([
      {
        code: 'COUNTERPART_BELOW_MINIMUM',
        message: expect.stringContaining('menor que el mínimo de la convocatoria (20 %)'),
        path: 'budgetLines',
      },
    ]);
    expect(await snapshot(id)).toEqual(before);
    expect(before.case).toMatchObject({ state: 'draft', version: 1 });

    await saveApplication(app, who.member, id, { budgetLines: linesFor(800 * M, 200 * M) });
    expect((await act(app, who.representative, 'submitApplication', { caseId: id })).state).toBe('submitted');
  });

  it('refuses submission one peso over the cap (OVER_CAP), and submits at exactly the cap', async () => {
    const who = await entity();
    const id = await startApplication(app, who, callId);
    await saveApplication(app, who.member, id, { budgetLines: linesFor(1_000 * M + 1, 300 * M) });
    const before = await snapshot(id);
    const res = await actRaw(app, who.representative, 'submitApplication', { caseId: id });
    expectRefused(res, 'PRECONDITION_FAILED', 'APPLICATION_NOT_SUBMITTABLE');
    expect(reasonCodes(res)).toEqual(['OVER_CAP']);
    expect(await snapshot(id)).toEqual(before);

    await saveApplication(app, who.member, id, { budgetLines: linesFor(1_000 * M, 300 * M) });
    expect((await act(app, who.representative, 'submitApplication', { caseId: id })).state).toBe('submitted');
  });
});

// =============================================================================================
describe('submission refused with every reason at once (a system of its own)', () => {
  let own: TestSystem;
  afterAll(() => own?.stop());

  it('lists every reason in one PRECONDITION_FAILED, and each application stays in draft', async () => {
    own = await startTestSystem();
    const coord = await own.token(Role.COORDINATOR);
    const { cycleId: ownCycle } = await openProgramme(own, coord);
    const codes = await municipalities(own, 4);
    const people = await Promise.all(codes.map((c) => actors(own, c)));
    for (const who of people) await validatedAssessment(own, who, ownCycle);
    const now = Date.now();
    const id = (
      await createCallRaw(
        own,
        coord,
        callInput({
          title: 'Convocatoria que cerrará',
          capPerApplication: 1_000 * M,
          opensAt: new Date(now - 2 * 86_400_000).toISOString(),
        }),
      )
    ).data.createCall.id;
    expect((await publishCallRaw(own, coord, id)).errors).toBeUndefined();
    const [bad, empty, noLines, noFutic] = await Promise.all(people.map((who) => startApplication(own, who, id)));
    await saveApplication(own, people[0].member, bad, {
      dimensions: [],
      budgetLines: [
        { component: 'EQUIPMENT', description: 'Línea sin valores', futicAmount: 0, counterpartAmount: 0 },
        { component: 'TRAINING', description: 'Formación', futicAmount: 1_500 * M, counterpartAmount: 0 },
      ],
    });
    await saveApplication(own, people[2].member, noLines, { dimensions: [], budgetLines: [] });
    await saveApplication(own, people[3].member, noFutic, {
      budgetLines: [{ component: 'WORK_TEAM', description: 'Solo contrapartida', futicAmount: 0, counterpartAmount: 100 * M }],
    });

    const submit = (who: Actors, caseId: string) => actRaw(own, who.representative, 'submitApplication', { caseId });
    const sorted = (list: string[]) => [...list].sort();
    // While the call is open and the assessments current, only the content is wrong.
    expect(sorted(reasonCodes(await submit(people[0], bad)))).toEqual(
      sorted(['NO_DIMENSIONS', 'LINE_WITHOUT_AMOUNT', 'OVER_CAP', 'COUNTERPART_BELOW_MINIMUM']),
    );

    // The call closes (allowed: nothing submitted yet) and a later cycle makes this year's assessments too old.
    expect((await updateCallRaw(own, coord, { id, closesAt: new Date(now - 60_000).toISOString() })).errors).toBeUndefined();
    const year = new Date().getUTCFullYear() + 2;
    const later = await executeText(
      own.url,
      `mutation($input: OpenCycleInput!) { openCycle(input: $input) { id } }`,
      { input: { year, opensAt: new Date(now - 3600_000).toISOString(), closesAt: new Date(now + 60 * 86_400_000).toISOString() } },
      { token: coord },
    );
    expect(later.errors).toBeUndefined();

    const context = ['VALIDATED_ASSESSMENT_REQUIRED', 'CALL_NOT_OPEN'];
    const expected: [Actors, string, string[]][] = [
      [people[0], bad, [...context, 'NO_DIMENSIONS', 'LINE_WITHOUT_AMOUNT', 'OVER_CAP', 'COUNTERPART_BELOW_MINIMUM']],
      [people[1], empty, [...context, 'APPLICATION_INCOMPLETE']],
      [people[2], noLines, [...context, 'NO_DIMENSIONS', 'NO_BUDGET_LINES']],
      [people[3], noFutic, [...context, 'NO_FUTIC_REQUESTED']],
    ];
    for (const [who, caseId, reasons] of expected) {
      const before = await readApplication(own, coord, caseId);
      const res = await submit(who, caseId);
      expectRefused(res, 'PRECONDITION_FAILED', 'APPLICATION_NOT_SUBMITTABLE');
      expect(sorted(reasonCodes(res))).toEqual(sorted(reasons));
      const listed = extensionsOf(res).reasons as { code: string; message: string; path?: string }[];
      for (const r of listed) {
        expect(r.message.length).toBeGreaterThan(10);
        expect(res.errors![0].message).toContain(r.message);
      }
      if (caseId === bad) expect(listed.find((r) => r.code === 'LINE_WITHOUT_AMOUNT')!.path).toBe('budgetLines[0]');
      expect(await readApplication(own, coord, caseId)).toEqual(before);
      expect(before.case).toMatchObject({ state: 'draft', version: 1 });
      expect(before.submittedAt).toBeNull();
    }
  });
});

// =============================================================================================
describe('eligibility review and corrections', () => {
  let callId: string;
  let who: Actors;
  let id: string;
  beforeAll(async () => {
    callId = await publishedCall(app, coordinator, { title: 'Convocatoria con término de subsanación propio', correctionsTermDays: 7 });
    who = await entity();
    id = await submittedApplication(app, who, callId);
  });

  const unchecked = () => CHECKLIST.map((itemId) => expect.objectContaining({ itemId, met: null, note: null, checkedBy: null }));

  it('records checks only by the coordinator and only during the review; bad items are refused and nothing is written', async () => {
    const early = await recordCheckRaw(app, coordinator, id, [{ itemId: 'CARTA_COMPROMISO', met: true }]);
    expectRefused(early, 'PRECONDITION_FAILED', 'NOT_IN_ELIGIBILITY_REVIEW');
    expectRefused(await actRaw(app, who.member, 'startEligibilityReview', { caseId: id }), 'FORBIDDEN');
    expect((await act(app, coordinator, 'startEligibilityReview', { caseId: id })).state).toBe('eligibilityReview');
    const before = await snapshot(id);
    expect(before.eligibility).toEqual(unchecked());

    for (const token of [who.member, who.representative])
      expectRefused(await recordCheckRaw(app, token, id, [{ itemId: 'CARTA_COMPROMISO', met: true }]), 'FORBIDDEN');
    expectRefused(await recordCheckRaw(app, await app.token(Role.EVALUATOR), id, [{ itemId: 'CARTA_COMPROMISO', met: true }]), 'NOT_FOUND');

    const unknown = await recordCheckRaw(app, coordinator, id, [
      { itemId: 'CARTA_COMPROMISO', met: true },
      { itemId: 'NO_EXISTE', met: true },
    ]);
    expectRefused(unknown, 'BAD_USER_INPUT');
    expect(problemPaths(unknown)).toEqual(['input.items[1].itemId']);

    const unexplained = await recordCheckRaw(app, coordinator, id, [
      { itemId: 'CDP_CONTRAPARTIDA', met: false },
      { itemId: 'PLAN_DESARROLLO', met: true },
      { itemId: 'FICHA_TECNICA', met: false, note: 'Poco' },
    ]);
    expectRefused(unexplained, 'BAD_USER_INPUT');
    expect(problemPaths(unexplained)).toEqual(['input.items[0].note', 'input.items[2].note']);
    expect(await snapshot(id)).toEqual(before);

    const recorded = await recordCheckRaw(app, coordinator, id, [
      { itemId: 'REPRESENTACION_LEGAL', met: true },
      { itemId: 'CARTA_COMPROMISO', met: true },
      { itemId: 'PLAN_DESARROLLO', met: true, note: 'Incluida en la línea estratégica 3' },
      { itemId: 'CDP_CONTRAPARTIDA', met: false, note: 'Falta el CDP de la contrapartida' },
    ]);
    expect(recorded.errors).toBeUndefined();
    expect((await readApplication(app, who.member, id)).eligibility).toEqual([
      expect.objectContaining({ itemId: 'REPRESENTACION_LEGAL', met: true, note: null, checkedBy: COORDINATOR }),
      expect.objectContaining({ itemId: 'CARTA_COMPROMISO', met: true, checkedBy: COORDINATOR }),
      expect.objectContaining({
        itemId: 'CDP_CONTRAPARTIDA',
        met: false,
        note: 'Falta el CDP de la contrapartida',
        checkedBy: COORDINATOR,
      }),
      expect.objectContaining({ itemId: 'PLAN_DESARROLLO', met: true, note: 'Incluida en la línea estratégica 3' }),
      expect.objectContaining({
        itemId: 'FICHA_TECNICA',
        met: null,
        checkedBy: null,
        text: 'Ficha técnica con alcance, cronograma y presupuesto detallado',
      }),
    ]);
  });

  it('refuses to declare eligible while items are unmet or unchecked, naming each (ELIGIBILITY_NOT_MET)', async () => {
    const before = await snapshot(id);
    const res = await actRaw(app, coordinator, 'declareEligible', { caseId: id });
    expectRefused(res, 'PRECONDITION_FAILED', 'ELIGIBILITY_NOT_MET');
    expect(extensionsOf(res).items).toEqual([
      { itemId: 'CDP_CONTRAPARTIDA', status: 'NOT_MET' },
      { itemId: 'FICHA_TECNICA', status: 'NOT_CHECKED' },
    ]);
    expect(await snapshot(id)).toEqual(before);
  });

  it('requests corrections with the call’s term; the entity corrects and resubmits, back to the review and on to evaluation', async () => {
    expectRefused(await actRaw(app, coordinator, 'requestCorrections', { caseId: id, note: '' }), 'BAD_USER_INPUT');
    await act(app, coordinator, 'requestCorrections', { caseId: id, note: 'Adjunte el CDP de la contrapartida' });
    const kase = await caseOf(app, who.member, id);
    expect(kase.state).toBe('correctionsRequested');
    // The ministry's own term to review the filing (machine version 3) closed when it asked.
    expect(kase.deadlines).toEqual([
      expect.objectContaining({ kind: 'ELIGIBILITY_REVIEW', days: 10, status: 'MET' }),
      expect.objectContaining({ kind: 'CORRECTIONS', days: 7, status: 'PENDING' }),
    ]);
    expectRefused(
      await recordCheckRaw(app, coordinator, id, [{ itemId: 'FICHA_TECNICA', met: true }]),
      'PRECONDITION_FAILED',
      'NOT_IN_ELIGIBILITY_REVIEW',
    );

    // The resubmission is checked like the submission (here: over the 2,000 M cap), and stays in corrections.
    await saveApplication(app, who.member, id, { budgetLines: linesFor(2_000 * M + 1, 600 * M) });
    const overCap = await actRaw(app, who.representative, 'resubmitApplication', { caseId: id });
    expectRefused(overCap, 'PRECONDITION_FAILED', 'APPLICATION_NOT_SUBMITTABLE');
    expect(reasonCodes(overCap)).toEqual(['OVER_CAP']);
    expect((await caseOf(app, coordinator, id)).state).toBe('correctionsRequested');
    const corrected = await saveApplication(app, who.member, id, { budgetLines: linesFor(800 * M, 250 * M) });
    expect(corrected.totals).toEqual({ futic: 800 * M, counterpart: 250 * M, total: 1_050 * M });
    expectRefused(await actRaw(app, who.member, 'resubmitApplication', { caseId: id }), 'FORBIDDEN');
    expect((await act(app, who.representative, 'resubmitApplication', { caseId: id })).state).toBe('eligibilityReview');
    // The resubmission starts the ministry's review term again.
    expect((await caseOf(app, coordinator, id)).deadlines).toEqual([
      expect.objectContaining({ kind: 'ELIGIBILITY_REVIEW', status: 'MET' }),
      expect.objectContaining({ kind: 'CORRECTIONS', status: 'MET' }),
      expect.objectContaining({ kind: 'ELIGIBILITY_REVIEW', status: 'PENDING' }),
    ]);

    const fixed = await recordCheckRaw(app, coordinator, id, [
      { itemId: 'CDP_CONTRAPARTIDA', met: true, note: 'CDP 2026-114 adjunto' },
      { itemId: 'FICHA_TECNICA', met: true },
    ]);
    expect(fixed.errors).toBeUndefined();
    expect((await act(app, coordinator, 'declareEligible', { caseId: id })).state).toBe('technicalEvaluation');
    expect((await readApplication(app, coordinator, id)).eligibility.map((e: { met: boolean }) => e.met)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });
});

// =============================================================================================
describe('technical evaluation by a panel with a conflict of interest', () => {
  const ANA = 'ana.evaluadora@mintic.gov.co';
  const BRUNO = 'bruno.evaluador@mintic.gov.co';
  const CARLA = 'carla.evaluadora@mintic.gov.co';
  const DIEGO = 'diego.evaluador@mintic.gov.co';
  const ANA_SCORES: Scores = { PERTINENCIA: 90, VIABILIDAD_TECNICA: 80, IMPACTO: 70, SOSTENIBILIDAD: 60, PRESUPUESTO: 50 };
  const CARLA_SCORES: Scores = { PERTINENCIA: 61, VIABILIDAD_TECNICA: 73, IMPACTO: 88, SOSTENIBILIDAD: 47, PRESUPUESTO: 92 };
  /** Σ score × weight, by hand: 2700 + 2000 + 1750 + 600 + 500 = 7550 → 75.50. */
  const ANA_WEIGHTED = 75.5;
  /** 1830 + 1825 + 2200 + 470 + 920 = 7245 → 72.45. */
  const CARLA_WEIGHTED = 72.45;
  /** (7550 + 7245) / 2 = 7397.5 hundredths → 73.98 with two decimals; Bruno, conflicted, does not count. */
  const EXPECTED_SCORE = 73.98;

  let callId: string;
  let who: Actors;
  let id: string;
  let ana: string;
  let bruno: string;
  let carla: string;
  let diego: string;
  const weighted = (s: Scores) => Object.keys(WEIGHTS).reduce((sum, c) => sum + s[c] * WEIGHTS[c], 0);

  beforeAll(async () => {
    callId = await publishedCall(app, coordinator, { title: 'Convocatoria con panel evaluador' });
    who = await entity();
    id = await submittedApplication(app, who, callId);
    await declaredEligible(app, coordinator, id);
    [ana, bruno, carla, diego] = await Promise.all([ANA, BRUNO, CARLA, DIEGO].map((s) => evaluatorToken(app, s)));
  });

  const evaluationsSeenBy = async (token: string) => {
    const res = await evaluationOf(
      app,
      token,
      id,
      'evaluations { evaluator conflict conflictNote score submittedAt scores { criterionId score justification } }',
    );
    expect(res.errors).toBeUndefined();
    return res.data.application.evaluations as {
      evaluator: string;
      conflict: boolean | null;
      score: number | null;
      scores: { criterionId: string; score: number }[];
    }[];
  };
  const scoreSeenBy = (token: string) => evaluationOf(app, token, id, 'score');
  const evaluationPayloads = async (token: string) =>
    (await historyOf(app, token, id))
      .filter((h) => h.event === 'DECLARE_CONFLICT' || h.event === 'SUBMIT_EVALUATION')
      .map((h) => ({ event: h.event, by: h.actorSubject, payload: h.payload }));

  it('checks the hand computation against the issue’s weights', () => {
    expect(weighted(ANA_SCORES) / 100).toBe(ANA_WEIGHTED);
    expect(weighted(CARLA_SCORES) / 100).toBe(CARLA_WEIGHTED);
    expect(Math.round((weighted(ANA_SCORES) + weighted(CARLA_SCORES)) / 2) / 100).toBe(EXPECTED_SCORE);
  });

  it('only the coordinator assigns evaluators, with a list of distinct new ones', async () => {
    expectRefused(await actRaw(app, who.member, 'assignEvaluators', { caseId: id, evaluators: [ANA] }), 'FORBIDDEN');
    expectRefused(await actRaw(app, coordinator, 'assignEvaluators', { caseId: id, evaluators: [] }), 'BAD_USER_INPUT');
    expectRefused(await actRaw(app, coordinator, 'assignEvaluators', { caseId: id, evaluators: [ANA, ANA] }), 'BAD_USER_INPUT');
    // Created, submitted, review started, declared eligible: version 4, untouched by the refusals.
    expect((await caseOf(app, coordinator, id)).version).toBe(4);
    const assigned = await act(app, coordinator, 'assignEvaluators', { caseId: id, evaluators: [ANA, BRUNO, CARLA] });
    expect(assigned).toMatchObject({ state: 'technicalEvaluation', version: 5 });
    expectRefused(await actRaw(app, coordinator, 'assignEvaluators', { caseId: id, evaluators: [ANA] }), 'BAD_USER_INPUT');
    expect((await evaluationsSeenBy(coordinator)).map((e) => [e.evaluator, e.conflict])).toEqual([
      [ANA, null],
      [BRUNO, null],
      [CARLA, null],
    ]);
  });

  it('an evaluator not assigned finds nothing: the application is invisible and evaluating it is NOT_FOUND', async () => {
    const before = await evaluationsSeenBy(coordinator);
    expect((await evaluationOf(app, diego, id, 'title')).data.application).toBeNull();
    expect((await executeText(app.url, `query($id: ID!) { case(id: $id) { id } }`, { id }, { token: diego })).data).toEqual({ case: null });
    expect(await applicationsTotal(diego, callId)).toBe(0);
    expectRefused(await actRaw(app, diego, 'declareConflictOfInterest', { caseId: id, conflict: false }), 'NOT_FOUND');
    expectRefused(await actRaw(app, diego, 'submitEvaluation', { caseId: id, scores: scoresInput(uniform(90)) }), 'NOT_FOUND');
    expect(await evaluationsSeenBy(coordinator)).toEqual(before);
    expect((await caseOf(app, coordinator, id)).version).toBe(5);
  });

  it('refuses scores before the declaration (CONFLICT_DECLARATION_REQUIRED) and a conflict without its reasons', async () => {
    const before = await evaluationsSeenBy(coordinator);
    expectRefused(
      await actRaw(app, ana, 'submitEvaluation', { caseId: id, scores: scoresInput(ANA_SCORES) }),
      'PRECONDITION_FAILED',
      'CONFLICT_DECLARATION_REQUIRED',
    );
    expectRefused(await actRaw(app, bruno, 'declareConflictOfInterest', { caseId: id, conflict: true }), 'BAD_USER_INPUT');
    expectRefused(
      await actRaw(app, bruno, 'declareConflictOfInterest', { caseId: id, conflict: true, note: 'Pariente' }),
      'BAD_USER_INPUT',
    );
    expect(await evaluationsSeenBy(coordinator)).toEqual(before);
    expect((await caseOf(app, coordinator, id)).version).toBe(5);
  });

  it('refuses scores outside 0–100 (−1, 101), non-integers (50.5) and incomplete rubrics, writing nothing', async () => {
    await act(app, ana, 'declareConflictOfInterest', { caseId: id, conflict: false, note: 'Sin relación con la entidad' });
    const before = await evaluationsSeenBy(coordinator);
    const version = (await caseOf(app, coordinator, id)).version;
    const submit = (scores: unknown[]) => actRaw(app, ana, 'submitEvaluation', { caseId: id, scores });
    const valid = scoresInput(ANA_SCORES);
    const withScore = (i: number, score: number) => valid.map((s, j) => (j === i ? { ...s, score } : s));

    const negative = await submit(withScore(0, -1));
    expectRefused(negative, 'BAD_USER_INPUT');
    expect(problemPaths(negative)).toEqual(['input.scores[0].score']);
    const over = await submit(withScore(2, 101));
    expectRefused(over, 'BAD_USER_INPUT');
    expect(problemPaths(over)).toEqual(['input.scores[2].score']);
    const fractional = await submit(withScore(1, 50.5));
    expectRefused(fractional, 'BAD_USER_INPUT');
    expect(fractional.errors![0].message).toContain('input.scores[1].score');

    const missing = await submit(valid.slice(0, 4));
    expectRefused(missing, 'BAD_USER_INPUT');
    expect(problemPaths(missing)).toEqual(['input.scores']);
    const repeated = await submit([...valid, valid[0]]);
    expectRefused(repeated, 'BAD_USER_INPUT');
    expect(problemPaths(repeated)).toEqual(['input.scores[5].criterionId']);
    const unjustified = await submit(valid.map((s, j) => (j === 3 ? { ...s, justification: 'Bien' } : s)));
    expectRefused(unjustified, 'BAD_USER_INPUT');
    expect(problemPaths(unjustified)).toEqual(['input.scores[3].justification']);
    const unknown = await submit([
      ...valid.slice(0, 4),
      { criterionId: 'INNOVACION', score: 80, justification: 'Criterio que no está en la rúbrica' },
    ]);
    expectRefused(unknown, 'BAD_USER_INPUT');
    expect(problemPaths(unknown)).toEqual(['input.scores[4].criterionId', 'input.scores']);

    expect(await evaluationsSeenBy(coordinator)).toEqual(before);
    expect((await caseOf(app, coordinator, id)).version).toBe(version);
  });

  it('before submitting, an evaluator sees only their own evaluation; after submitting, everyone’s', async () => {
    expect((await evaluationsSeenBy(ana)).map((e) => e.evaluator)).toEqual([ANA]);
    expect((await scoreSeenBy(ana)).data.application.score).toBeNull();
    const after = await act(app, ana, 'submitEvaluation', { caseId: id, scores: scoresInput(ANA_SCORES) });
    expect(after.state).toBe('technicalEvaluation');
    const seen = await evaluationsSeenBy(ana);
    expect(seen.map((e) => e.evaluator)).toEqual([ANA, BRUNO, CARLA]);
    expect(seen[0]).toMatchObject({ conflict: false, score: ANA_WEIGHTED });
    expect(Object.fromEntries(seen[0].scores.map((s) => [s.criterionId, s.score]))).toEqual(ANA_SCORES);

    // Carla has not scored: Ana's declaration and scores are hidden from her, in the evaluations and in the history.
    expect((await evaluationsSeenBy(carla)).map((e) => [e.evaluator, e.score, e.scores])).toEqual([[CARLA, null, []]]);
    expect(await evaluationPayloads(carla)).toEqual([
      { event: 'DECLARE_CONFLICT', by: ANA, payload: {} },
      { event: 'SUBMIT_EVALUATION', by: ANA, payload: {} },
    ]);
  });

  it('scoring twice is refused (EVALUATION_ALREADY_SUBMITTED), keeping the first scores', async () => {
    const before = await evaluationsSeenBy(coordinator);
    const res = await actRaw(app, ana, 'submitEvaluation', { caseId: id, scores: scoresInput(uniform(100)) });
    expectRefused(res, 'PRECONDITION_FAILED', 'EVALUATION_ALREADY_SUBMITTED');
    expect(await evaluationsSeenBy(coordinator)).toEqual(before);
  });

  it('a conflicted evaluator is excluded: cannot score, sees only their own evaluation, no score and redacted history', async () => {
    const declared = await act(app, bruno, 'declareConflictOfInterest', {
      caseId: id,
      conflict: true,
      note: 'Fui contratista de la alcaldía en 2025',
    });
    expect(declared.state).toBe('technicalEvaluation');
    const before = await evaluationsSeenBy(coordinator);
    expectRefused(
      await actRaw(app, bruno, 'submitEvaluation', { caseId: id, scores: scoresInput(uniform(100)) }),
      'PRECONDITION_FAILED',
      'EVALUATOR_CONFLICTED',
    );
    expectRefused(
      await actRaw(app, bruno, 'declareConflictOfInterest', { caseId: id, conflict: false }),
      'PRECONDITION_FAILED',
      'CONFLICT_ALREADY_DECLARED',
    );
    expect(await evaluationsSeenBy(coordinator)).toEqual(before);

    expect(await evaluationsSeenBy(bruno)).toEqual([
      expect.objectContaining({
        evaluator: BRUNO,
        conflict: true,
        conflictNote: 'Fui contratista de la alcaldía en 2025',
        score: null,
        scores: [],
      }),
    ]);
    const score = await scoreSeenBy(bruno);
    expect(errorCode(score)).toBe('FORBIDDEN');
    expect(score.errors![0].path).toEqual(['application', 'score']);
    const redacted = [
      { event: 'DECLARE_CONFLICT', by: ANA, payload: {} },
      { event: 'SUBMIT_EVALUATION', by: ANA, payload: {} },
      {
        event: 'DECLARE_CONFLICT',
        by: BRUNO,
        payload: { evaluator: BRUNO, conflict: true, note: 'Fui contratista de la alcaldía en 2025' },
      },
    ];
    expect(await evaluationPayloads(bruno)).toEqual(redacted);
    // The same through the nested paths: application → case → history, and call → applications → case → history.
    const nested: Res = await executeText(
      app.url,
      `query($id: ID!, $call: ID!) {
        application(id: $id) { case { history { event actorSubject payload } } }
        call(id: $call) { applications(first: 10) { edges { node { case { id history { event actorSubject payload } } } } } } }`,
      { id, call: callId },
      { token: bruno },
    );
    expect(nested.errors).toBeUndefined();
    const private_ = (h: { event: string; actorSubject: string; payload: unknown }[]) =>
      h
        .filter((e) => e.event === 'DECLARE_CONFLICT' || e.event === 'SUBMIT_EVALUATION')
        .map((e) => ({ event: e.event, by: e.actorSubject, payload: e.payload }));
    expect(private_(nested.data.application.case.history)).toEqual(redacted);
    const viaCall = nested.data.call.applications.edges.find((e: { node: { case: { id: string } } }) => e.node.case.id === id).node.case
      .history;
    expect(private_(viaCall)).toEqual(redacted);
  });

  it('the last score moves the case to committee by itself; the score is the mean of the two evaluators without a conflict', async () => {
    await act(app, carla, 'declareConflictOfInterest', { caseId: id, conflict: false });
    const res = await actRaw(app, carla, 'submitEvaluation', { caseId: id, scores: scoresInput(CARLA_SCORES) });
    expect(res.errors).toBeUndefined();
    expect(res.data.submitEvaluation.entry).toEqual({ event: 'SUBMIT_EVALUATION', toState: 'committee' });
    expect((await scoreSeenBy(coordinator)).data.application.score).toBe(EXPECTED_SCORE);
    expect((await evaluationsSeenBy(coordinator)).map((e) => [e.evaluator, e.conflict, e.score])).toEqual([
      [ANA, false, ANA_WEIGHTED],
      [BRUNO, true, null],
      [CARLA, false, CARLA_WEIGHTED],
    ]);
    // Carla has submitted: she now sees all, and the score.
    expect((await evaluationsSeenBy(carla)).map((e) => e.evaluator)).toEqual([ANA, BRUNO, CARLA]);
    expect((await scoreSeenBy(carla)).data.application.score).toBe(EXPECTED_SCORE);
    // Bruno still does not.
    expect((await evaluationsSeenBy(bruno)).map((e) => e.evaluator)).toEqual([BRUNO]);
    expect(errorCode(await scoreSeenBy(bruno))).toBe('FORBIDDEN');
    expect((await evaluationPayloads(bruno)).filter((p) => p.by !== BRUNO).map((p) => p.payload)).toEqual([{}, {}, {}, {}]);
  });

  it('the entity sees the score but not the evaluations nor their history; coordinators and auditors see everything', async () => {
    for (const token of [who.member, who.representative]) {
      expect((await scoreSeenBy(token)).data.application.score).toBe(EXPECTED_SCORE);
      const evaluations = await evaluationOf(app, token, id, 'evaluations { evaluator }');
      expect(errorCode(evaluations)).toBe('FORBIDDEN');
      // Nor who evaluated: the panel's entries carry neither payload nor the evaluator's name.
      const seen = await evaluationPayloads(token);
      expect(seen.map((p) => p.payload)).toEqual([{}, {}, {}, {}, {}]);
      expect(new Set(seen.map((p) => p.by))).toEqual(new Set(['evaluador(a) del panel']));
      const assigned = (await historyOf(app, token, id)).filter((h) => h.event === 'ASSIGN_EVALUATORS');
      expect(assigned.map((h) => h.payload)).toEqual([{}]);
    }
    for (const token of [coordinator, auditor]) {
      expect((await evaluationsSeenBy(token)).map((e) => e.evaluator)).toEqual([ANA, BRUNO, CARLA]);
      const payloads = await evaluationPayloads(token);
      expect(payloads.map((p) => [p.event, p.by])).toEqual([
        ['DECLARE_CONFLICT', ANA],
        ['SUBMIT_EVALUATION', ANA],
        ['DECLARE_CONFLICT', BRUNO],
        ['DECLARE_CONFLICT', CARLA],
        ['SUBMIT_EVALUATION', CARLA],
      ]);
      expect(payloads[4].payload).toMatchObject({
        evaluator: CARLA,
        scores: expect.arrayContaining([expect.objectContaining({ criterionId: 'IMPACTO', score: 88 })]),
      });
    }
  });

  it('when the last evaluator pending declares a conflict, the case moves to committee with the others’ mean', async () => {
    const other = await entity();
    const second = await submittedApplication(app, other, callId);
    await declaredEligible(app, coordinator, second);
    await act(app, coordinator, 'assignEvaluators', { caseId: second, evaluators: [ANA, BRUNO] });
    await act(app, ana, 'declareConflictOfInterest', { caseId: second, conflict: false });
    expect((await act(app, ana, 'submitEvaluation', { caseId: second, scores: scoresInput(uniform(70)) })).state).toBe(
      'technicalEvaluation',
    );
    const res = await actRaw(app, bruno, 'declareConflictOfInterest', {
      caseId: second,
      conflict: true,
      note: 'Mi cónyuge trabaja en la secretaría TIC',
    });
    expect(res.data.declareConflictOfInterest.entry).toEqual({ event: 'DECLARE_CONFLICT', toState: 'committee' });
    expect((await evaluationOf(app, coordinator, second, 'score')).data.application.score).toBe(70);
  });

  it('a conflicted evaluator cannot read the score through the applications connection either (fields, order or cursors)', async () => {
    const list = (fields: string, orderBy = 'CREATED_AT_ASC'): Promise<Res> =>
      executeText(
        app.url,
        `query($id: ID!) { call(id: $id) { applications(first: 10, orderBy: ${orderBy}) { edges { ${fields} } } } }`,
        { id: callId },
        { token: bruno },
      );
    const scored = await list('node { score }');
    expect(errorCode(scored)).toBe('FORBIDDEN');
    // Ordering by score would rank the applications by what Bruno may not see: refused to evaluators.
    expect(errorCode(await list('node { id }', 'SCORE_DESC'))).toBe('FORBIDDEN');
    const page = await list('cursor node { case { id } }');
    expect(page.errors).toBeUndefined();
    const edges = page.data.call.applications.edges as { cursor: string; node: { case: { id: string } } }[];
    expect(edges).toHaveLength(2);
    expect(edges.map((e) => e.node.case.id)).toContain(id);
    // Bruno is conflicted on both: 73.98 and 70 must not be readable from the opaque cursors (which carry the case's raw key).
    for (const { cursor, node } of edges) {
      const decoded = Buffer.from(cursor, 'base64url').toString('utf8').replace(keyOf(node.case.id), '');
      expect(decoded).not.toMatch(/7398|7000|73\.98/);
    }
  });
});

// =============================================================================================
describe('removing an evaluator who does not answer', () => {
  const [EVA, LUIS, SARA] = ['eva.panel@mintic.gov.co', 'luis.panel@mintic.gov.co', 'sara.panel@mintic.gov.co'];
  let callId: string;
  let id: string;
  let who: Actors;
  let eva: string;
  let luis: string;

  beforeAll(async () => {
    callId = await publishedCall(app, coordinator, { title: 'Convocatoria con un evaluador que no responde' });
    who = await entity();
    id = await submittedApplication(app, who, callId);
    await declaredEligible(app, coordinator, id);
    // Sara is an evaluator of the directory who never signs in (only directory evaluators are assigned).
    [eva, luis] = await Promise.all([EVA, LUIS, SARA].map((s) => evaluatorToken(app, s)));
    await act(app, coordinator, 'assignEvaluators', { caseId: id, evaluators: [EVA, LUIS, SARA] });
    await act(app, eva, 'declareConflictOfInterest', { caseId: id, conflict: false });
    await act(app, eva, 'submitEvaluation', { caseId: id, scores: scoresInput(uniform(84)) });
    await act(app, luis, 'declareConflictOfInterest', { caseId: id, conflict: false });
  });

  it('tells each assigned evaluator in person (a notification addressed to their own user), and nobody else on the panel’s behalf', async () => {
    for (const [subject, token] of [
      [EVA, eva],
      [LUIS, luis],
      [SARA, await evaluatorToken(app, SARA)],
    ] as const) {
      const mine = await eventually(app, `la notificación de asignación para ${subject}`, async () => {
        const list = (await notificationsOf(app, token)).filter((n) => n.caseId === id && n.title.endsWith('Asignar evaluadores'));
        return list.length ? list : undefined;
      });
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ kind: 'CASE_UPDATE', audience: 'USER' });
    }
    // An evaluator of another panel is not told.
    const outsider = await evaluatorToken(app, 'otro.panel@mintic.gov.co');
    expect((await notificationsOf(app, outsider)).filter((n) => n.caseId === id)).toEqual([]);
  });

  it('refuses a removal by anyone but a coordinator, without reasons, of someone not on the panel, or of a submitted evaluation; nothing changes', async () => {
    const before = await caseOf(app, coordinator, id);
    expectRefused(
      await actRaw(app, eva, 'removeEvaluator', { caseId: id, evaluator: LUIS, note: 'No respondió en el plazo acordado' }),
      'FORBIDDEN',
    );
    expectRefused(
      await actRaw(app, who.member, 'removeEvaluator', { caseId: id, evaluator: LUIS, note: 'No respondió en el plazo acordado' }),
      'FORBIDDEN',
    );
    expectRefused(await actRaw(app, coordinator, 'removeEvaluator', { caseId: id, evaluator: LUIS, note: 'corto' }), 'BAD_USER_INPUT');
    expectRefused(
      await actRaw(app, coordinator, 'removeEvaluator', {
        caseId: id,
        evaluator: 'nadie@mintic.gov.co',
        note: 'No respondió en el plazo acordado',
      }),
      'BAD_USER_INPUT',
    );
    // Eva's evaluation counts in the average: she stays.
    expectRefused(
      await actRaw(app, coordinator, 'removeEvaluator', { caseId: id, evaluator: EVA, note: 'No respondió en el plazo acordado' }),
      'PRECONDITION_FAILED',
      'EVALUATION_ALREADY_SUBMITTED',
    );
    expect(await caseOf(app, coordinator, id)).toEqual(before);
  });

  it('removing one pending evaluator keeps the case in evaluation and takes the application out of their sight', async () => {
    const removed = await act(app, coordinator, 'removeEvaluator', {
      caseId: id,
      evaluator: SARA,
      note: 'No aceptó la asignación en cinco días hábiles',
    });
    expect(removed.state).toBe('technicalEvaluation');
    const sara = await evaluatorToken(app, SARA);
    expect((await evaluationOf(app, sara, id, 'title')).data.application).toBeNull();
    expectRefused(await actRaw(app, sara, 'declareConflictOfInterest', { caseId: id, conflict: false }), 'NOT_FOUND');
    const seen = await evaluationOf(app, coordinator, id, 'evaluations { evaluator }');
    expect((seen.data.application.evaluations as { evaluator: string }[]).map((e) => e.evaluator).sort()).toEqual([EVA, LUIS].sort());
  });

  it('removing the last one pending moves the case to committee with the mean of those who scored', async () => {
    const removed = await act(app, coordinator, 'removeEvaluator', {
      caseId: id,
      evaluator: LUIS,
      note: 'Se retiró del proceso por incapacidad médica',
    });
    expect(removed.state).toBe('committee');
    expect((await evaluationOf(app, coordinator, id, 'score')).data.application.score).toBe(84);
    const history = await historyOf(app, coordinator, id);
    expect(history.filter((h) => h.event === 'REMOVE_EVALUATOR').map((h) => h.payload.evaluator)).toEqual([SARA, LUIS]);
  });
});

// =============================================================================================
describe('committee decisions against the call’s funds', () => {
  let callId: string;
  let people: Actors[];
  let [low, edge, mid, third] = ['', '', '', ''];

  beforeAll(async () => {
    callId = await publishedCall(app, coordinator, {
      title: 'Convocatoria con puntaje mínimo 70',
      totalBudget: 2_000 * M,
      capPerApplication: 1_000 * M,
      minScore: 70,
    });
    people = [];
    for (let i = 0; i < 4; i++) people.push(await entity());
    [low, edge, mid, third] = await Promise.all(
      [69, 70, 80, 75].map((score, i) => applicationInCommittee(app, people[i], callId, { futic: 1_000 * M, counterpart: 250 * M, score })),
    );
  });

  it('approves and waitlists only at or above the minimum score (SCORE_BELOW_MINIMUM); rejects with reasons', async () => {
    const before = await snapshot(low);
    for (const [mutation, input] of [
      ['approveApplication', { caseId: low }],
      ['waitlistApplication', { caseId: low, note: 'En espera de recursos' }],
    ] as const) {
      const res = await actRaw(app, coordinator, mutation, input);
      expectRefused(res, 'PRECONDITION_FAILED', 'SCORE_BELOW_MINIMUM');
      expect(extensionsOf(res)).toMatchObject({ score: 69, minScore: 70 });
    }
    expect(await snapshot(low)).toEqual(before);
    expect(before).toMatchObject({ decision: null, reservation: null, case: { state: 'committee' } });
    expect(await fundsOf(app, coordinator, callId)).toEqual({ budget: 2_000 * M, committed: 0, remaining: 2_000 * M });

    expectRefused(
      await actRaw(app, people[0].representative, 'rejectApplication', { caseId: low, note: 'Puntaje insuficiente' }),
      'FORBIDDEN',
    );
    await act(app, coordinator, 'rejectApplication', { caseId: low, note: 'Puntaje inferior al mínimo de la convocatoria' });
    expect(await readApplication(app, people[0].member, low)).toMatchObject({
      decision: { outcome: 'REJECTED', note: 'Puntaje inferior al mínimo de la convocatoria', decidedBy: COORDINATOR },
      reservation: null,
      case: { state: 'rejected' },
    });

    expectRefused(await actRaw(app, people[1].representative, 'approveApplication', { caseId: edge }), 'FORBIDDEN');
    await act(app, coordinator, 'approveApplication', { caseId: edge });
    expect(await readApplication(app, people[1].member, edge)).toMatchObject({
      decision: { outcome: 'APPROVED', note: null },
      reservation: { amount: 1_000 * M, releasedAt: null, releaseReason: null },
      case: { state: 'approved' },
    });
    expect(await fundsOf(app, coordinator, callId)).toEqual({ budget: 2_000 * M, committed: 1_000 * M, remaining: 1_000 * M });
  });

  it('refuses an approval the funds cannot cover (FUNDS_EXHAUSTED, with remaining and requested), reserving nothing', async () => {
    await act(app, coordinator, 'approveApplication', { caseId: mid });
    expect(await fundsOf(app, coordinator, callId)).toEqual({ budget: 2_000 * M, committed: 2_000 * M, remaining: 0 });
    const before = await snapshot(third);
    const res = await actRaw(app, coordinator, 'approveApplication', { caseId: third });
    expectRefused(res, 'PRECONDITION_FAILED', 'FUNDS_EXHAUSTED');
    expect(extensionsOf(res)).toMatchObject({ remaining: 0, requested: 1_000 * M });
    expect(res.errors![0].message).toMatch(
      /^La convocatoria no tiene recursos suficientes: quedan \$\s?0 por comprometer y la postulación requiere \$\s?1\.000\.000\.000$/,
    );
    expect(await snapshot(third)).toEqual(before);
    expect(await fundsOf(app, coordinator, callId)).toEqual({ budget: 2_000 * M, committed: 2_000 * M, remaining: 0 });
    expect(await activeReservations(callId)).toBe(2);

    await act(app, coordinator, 'waitlistApplication', { caseId: third, note: 'Sin recursos disponibles por ahora' });
    expect(await readApplication(app, coordinator, third)).toMatchObject({
      decision: { outcome: 'WAITLISTED', note: 'Sin recursos disponibles por ahora' },
      reservation: null,
      case: { state: 'waitlisted' },
    });
  });

  it('the same approval sent five times at once reserves its funds once', async () => {
    const roomy = await publishedCall(app, coordinator, {
      title: 'Convocatoria para aprobar una vez',
      totalBudget: 5_000 * M,
      capPerApplication: 1_000 * M,
    });
    const id = await applicationInCommittee(app, await entity(), roomy, { futic: 600 * M, counterpart: 150 * M });
    const results = await Promise.all(Array.from({ length: 5 }, () => actRaw(app, coordinator, 'approveApplication', { caseId: id })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) expect(['CONFLICT', 'INVALID_TRANSITION']).toContain(errorCode(r));
    expect(await fundsOf(app, coordinator, roomy)).toEqual({ budget: 5_000 * M, committed: 600 * M, remaining: 4_400 * M });
    expect(await activeReservations(roomy)).toBe(1);
    expect((await historyOf(app, auditor, id)).filter((h) => h.event === 'APPROVE')).toHaveLength(1);
  });
});

// =============================================================================================
describe('the minimum score is compared with the unrounded mean', () => {
  it('a mean of 59.995, shown as 60, does not reach a minimum of 60 (SCORE_BELOW_MINIMUM); exactly 60 does', async () => {
    const rubric = [
      { id: 'UNO', name: 'Criterio uno', weight: 33 },
      { id: 'DOS', name: 'Criterio dos', weight: 33 },
      { id: 'TRES', name: 'Criterio tres', weight: 34 },
    ];
    const callId = await publishedCall(app, coordinator, { title: 'Convocatoria con rúbrica de tres criterios', minScore: 60, rubric });
    // 61·33 + 60·33 + 59·34 = 5999 and 60·100 = 6000: the mean is 5999.5 hundredths, 59.995.
    const short = await applicationInCommittee(app, await entity(), callId, {
      panel: [
        { subject: 'eva.redondeo@mintic.gov.co', scores: { UNO: 61, DOS: 60, TRES: 59 } },
        { subject: 'leo.redondeo@mintic.gov.co', scores: { UNO: 60, DOS: 60, TRES: 60 } },
      ],
    });
    expect((await evaluationOf(app, coordinator, short, 'score')).data.application.score).toBe(60);
    for (const [mutation, input] of [
      ['approveApplication', { caseId: short }],
      ['waitlistApplication', { caseId: short, note: 'En espera de recursos' }],
    ] as const) {
      const res = await actRaw(app, coordinator, mutation, input);
      expectRefused(res, 'PRECONDITION_FAILED', 'SCORE_BELOW_MINIMUM');
      expect(res.errors![0].message).toContain('59.995');
    }
    expect((await caseOf(app, coordinator, short)).state).toBe('committee');
    const exact = await applicationInCommittee(app, await entity(), callId, {
      panel: [{ subject: 'eva.redondeo@mintic.gov.co', scores: { UNO: 60, DOS: 60, TRES: 60 } }],
    });
    expect((await act(app, coordinator, 'approveApplication', { caseId: exact })).state).toBe('approved');
  });
});

// =============================================================================================
describe('an edit in flight and the transition that checks it (PostgreSQL: several connections at once)', () => {
  const pg = process.env.TEST_DB === 'postgresql';
  const knex = () => app.system.orm.em.getKnex();
  /** Waits until some statement of this database is waiting for a row lock. */
  const someoneWaits = () =>
    eventually(app, 'una transición esperando el trámite', async () => {
      const res = await knex().raw(
        `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`,
      );
      return (res.rows[0].n as number) > 0 || undefined;
    });

  (pg ? it : it.skip)('a submission waits for a budget edit in flight and judges the edited budget (OVER_CAP)', async () => {
    const callId = await publishedCall(app, coordinator, { title: 'Convocatoria con tope de mil millones', capPerApplication: 1_000 * M });
    const who = await entity();
    const id = await startApplication(app, who, callId);
    await saveApplication(app, who.member, id, { budgetLines: linesFor(800 * M, 200 * M) });
    // What saveApplication does, held open: the case row taken, then the budget raised over the cap.
    const trx = await knex().transaction();
    try {
      await trx('workflow_case')
        .where({ id: keyOf(id) })
        .update({ version: trx.raw('??', ['version']) });
      await trx('budget_line')
        .where({ case_id: keyOf(id) })
        .update({ futic_amount: 3_000 * M });
      await trx('cofinancing_application')
        .where({ case_id: keyOf(id) })
        .update({
          futic_total: trx('budget_line')
            .where({ case_id: keyOf(id) })
            .sum('futic_amount'),
        });
      const submitting = actRaw(app, who.representative, 'submitApplication', { caseId: id });
      await someoneWaits();
      await trx.commit();
      const res = await submitting;
      expectRefused(res, 'PRECONDITION_FAILED', 'APPLICATION_NOT_SUBMITTABLE');
      expect(reasonCodes(res)).toContain('OVER_CAP');
      expect((await caseOf(app, coordinator, id)).state).toBe('draft');
    } finally {
      if (!trx.isCompleted()) await trx.rollback();
    }
  });

  (pg ? it : it.skip)(
    'a declaration of eligibility waits for a checklist finding in flight and sees the unmet item (ELIGIBILITY_NOT_MET)',
    async () => {
      const callId = await publishedCall(app, coordinator, { title: 'Convocatoria con revisión concurrente' });
      const who = await entity();
      const id = await submittedApplication(app, who, callId);
      await act(app, coordinator, 'startEligibilityReview', { caseId: id });
      await checklistMet(app, coordinator, id);
      const trx = await knex().transaction();
      try {
        await trx('workflow_case')
          .where({ id: keyOf(id) })
          .update({ version: trx.raw('??', ['version']) });
        await trx('eligibility_check')
          .where({ case_id: keyOf(id), item_id: 'CDP_CONTRAPARTIDA' })
          .update({ met: false, note: 'El CDP no cubre la contrapartida' });
        const declaring = actRaw(app, coordinator, 'declareEligible', { caseId: id });
        await someoneWaits();
        await trx.commit();
        const res = await declaring;
        expectRefused(res, 'PRECONDITION_FAILED', 'ELIGIBILITY_NOT_MET');
        expect(extensionsOf(res).items).toEqual([{ itemId: 'CDP_CONTRAPARTIDA', status: 'NOT_MET' }]);
        expect((await caseOf(app, coordinator, id)).state).toBe('eligibilityReview');
      } finally {
        if (!trx.isCompleted()) await trx.rollback();
      }
    },
  );
});

// =============================================================================================
describe('applications started on machine version 1', () => {
  it('keep the old path: no budget, checklist or schedule can be written to them (APPLICATION_VERSION_UNSUPPORTED)', async () => {
    const callId = await publishedCall(app, coordinator, { title: 'Convocatoria con una postulación antigua' });
    const who = await entity();
    const id = await startApplication(app, who, callId);
    // As if it had been started before version 2 existed (draft means the same in both).
    const updated = await app.system.orm.em
      .getKnex()('workflow_case')
      .where({ id: keyOf(id) })
      .update({ machine_version: 1 });
    expect(updated).toBe(1);
    const res = await saveApplicationRaw(app, who.member, applicationInput(id));
    expectRefused(res, 'PRECONDITION_FAILED', 'APPLICATION_VERSION_UNSUPPORTED');
    expect((await readApplication(app, coordinator, id)).title).toBeNull();
  });
});

// =============================================================================================
describe('waitlist promotion when a reservation is released (worker running)', () => {
  it('withdrawing the approved application promotes the best-scored waitlisted one (B, not C), keeping the budget fully committed', async () => {
    const callId = await publishedCall(app, coordinator, {
      title: 'Convocatoria para una sola aprobación',
      totalBudget: 1_000 * M,
      capPerApplication: 1_000 * M,
    });
    const [a, b, c] = [await entity(), await entity(), await entity()];
    const A = await applicationInCommittee(app, a, callId, { futic: 1_000 * M, counterpart: 250 * M, score: 70 });
    const B = await applicationInCommittee(app, b, callId, { futic: 1_000 * M, counterpart: 250 * M, score: 90 });
    const C = await applicationInCommittee(app, c, callId, { futic: 1_000 * M, counterpart: 250 * M, score: 75 });
    await act(app, coordinator, 'approveApplication', { caseId: A });
    expectRefused(await actRaw(app, coordinator, 'approveApplication', { caseId: B }), 'PRECONDITION_FAILED', 'FUNDS_EXHAUSTED');
    await act(app, coordinator, 'waitlistApplication', { caseId: B, note: 'Lista de espera por recursos' });
    await act(app, coordinator, 'waitlistApplication', { caseId: C, note: 'Lista de espera por recursos' });
    expect(await fundsOf(app, coordinator, callId)).toEqual({ budget: 1_000 * M, committed: 1_000 * M, remaining: 0 });
    const cBefore = await caseOf(app, coordinator, C);

    expectRefused(await actRaw(app, a.member, 'withdrawApplication', { caseId: A }), 'FORBIDDEN');
    expect((await caseOf(app, coordinator, A)).state).toBe('approved');
    expect((await act(app, a.representative, 'withdrawApplication', { caseId: A })).state).toBe('withdrawn');
    expect((await readApplication(app, coordinator, A)).reservation).toMatchObject({
      amount: 1_000 * M,
      releaseReason: 'WITHDRAW',
      releasedAt: expect.any(String),
    });

    await stateReached(app, coordinator, B, 'approved');
    const promoted = (await historyOf(app, auditor, B)).at(-1)!;
    expect(promoted).toMatchObject({ event: 'PROMOTE', actorSubject: 'system:lista-de-espera' });
    expect(await readApplication(app, b.member, B)).toMatchObject({
      decision: { outcome: 'APPROVED' },
      reservation: { amount: 1_000 * M, releasedAt: null },
      case: { state: 'approved' },
    });
    // Promoted, B now has its term to sign the agreement.
    expect((await caseOf(app, b.member, B)).deadlines).toEqual([
      expect.objectContaining({ kind: 'ELIGIBILITY_REVIEW', status: 'MET' }),
      expect.objectContaining({ kind: 'AGREEMENT_SIGNATURE', status: 'PENDING' }),
    ]);
    await settled(app, 15_000);
    expect(await fundsOf(app, coordinator, callId)).toEqual({ budget: 1_000 * M, committed: 1_000 * M, remaining: 0 });
    expect(await caseOf(app, coordinator, C)).toEqual(cBefore);
    expect((await readApplication(app, coordinator, C)).reservation).toBeNull();
    expect(await activeReservations(callId)).toBe(1);

    const told = await eventually(app, 'el aviso de la promoción a la entidad de B', async () =>
      (await notificationsOf(app, b.member)).find(
        (n) => n.caseId === B && n.kind === 'CASE_UPDATE' && n.title.includes('Promover desde la lista de espera'),
      ),
    );
    expect(told.audience).toBe('ENTITY');
    expect((await notificationsOf(app, c.member)).filter((n) => n.title.includes('Promover desde la lista de espera'))).toEqual([]);
  });

  it('between equal scores, promotes the earlier submission', async () => {
    const callId = await publishedCall(app, coordinator, {
      title: 'Convocatoria con empate en la lista',
      totalBudget: 1_000 * M,
      capPerApplication: 1_000 * M,
    });
    const [a, first, second] = [await entity(), await entity(), await entity()];
    const A = await applicationInCommittee(app, a, callId, { futic: 1_000 * M, counterpart: 250 * M, score: 90 });
    // `second` starts first but submits last: submission order decides, not creation.
    const late = await startApplication(app, second, callId);
    const early = await submittedApplication(app, first, callId, { futic: 900 * M, counterpart: 250 * M });
    await saveApplication(app, second.member, late, { budgetLines: linesFor(900 * M, 250 * M) });
    await act(app, second.representative, 'submitApplication', { caseId: late });
    for (const id of [early, late]) {
      await declaredEligible(app, coordinator, id);
      await evaluatedBy(app, coordinator, id, [{ subject: 'evaluador.unico@mintic.gov.co', scores: uniform(80) }]);
    }
    await act(app, coordinator, 'approveApplication', { caseId: A });
    for (const id of [late, early])
      await act(app, coordinator, 'waitlistApplication', { caseId: id, note: 'Lista de espera por recursos' });
    await act(app, a.representative, 'withdrawApplication', { caseId: A });
    await stateReached(app, coordinator, early, 'approved');
    await settled(app, 15_000);
    expect((await caseOf(app, coordinator, late)).state).toBe('waitlisted');
    expect(await fundsOf(app, coordinator, callId)).toEqual({ budget: 1_000 * M, committed: 900 * M, remaining: 100 * M });
  });
});

// =============================================================================================
describe('agreement and execution', () => {
  it('goes from draft to closed with every disbursement paid, refusing what is out of turn and writing nothing then', async () => {
    const callId = await publishedCall(app, coordinator, {
      title: 'Convocatoria hasta el cierre',
      totalBudget: 5_000 * M,
      capPerApplication: 1_000 * M,
      agreementTermDays: 15,
    });
    const who = await entity();
    const id = await startApplication(app, who, callId);
    await saveApplication(app, who.member, id, { budgetLines: linesFor(900 * M, 250 * M) });
    await act(app, who.representative, 'submitApplication', { caseId: id });
    await act(app, coordinator, 'startEligibilityReview', { caseId: id });
    await act(app, coordinator, 'requestCorrections', { caseId: id, note: 'Aumente la contrapartida en equipos' });
    await saveApplication(app, who.member, id, { budgetLines: linesFor(900 * M, 300 * M) });
    // Answered in term, the application goes straight back to the eligibility review.
    expect((await act(app, who.representative, 'resubmitApplication', { caseId: id })).state).toBe('eligibilityReview');
    await checklistMet(app, coordinator, id);
    await act(app, coordinator, 'declareEligible', { caseId: id });
    await evaluatedBy(app, coordinator, id, [{ subject: 'evaluador.unico@mintic.gov.co', scores: uniform(85) }]);
    await act(app, coordinator, 'approveApplication', { caseId: id });
    expect((await caseOf(app, who.member, id)).deadlines.at(-1)).toMatchObject({
      kind: 'AGREEMENT_SIGNATURE',
      days: 15,
      status: 'PENDING',
    });
    expect(await fundsOf(app, coordinator, callId)).toEqual({ budget: 5_000 * M, committed: 900 * M, remaining: 4_100 * M });

    // Signing: the representative alone.
    const approved = await snapshot(id);
    for (const token of [who.member, coordinator]) {
      expectRefused(await actRaw(app, token, 'signAgreement', { caseId: id, agreementNumber: 'CONV-2026-0042' }), 'FORBIDDEN');
    }
    const stranger = await actors(app, pool[taken]);
    expectRefused(
      await actRaw(app, stranger.representative, 'signAgreement', { caseId: id, agreementNumber: 'CONV-2026-0042' }),
      'NOT_FOUND',
    );
    expectRefused(await actRaw(app, who.representative, 'signAgreement', { caseId: id, agreementNumber: 'ab' }), 'BAD_USER_INPUT');
    expectRefused(
      await scheduleRaw(app, coordinator, id, [{ dueOn: '2027-01-15', amount: 900 * M }]),
      'PRECONDITION_FAILED',
      'AGREEMENT_NOT_SIGNED',
    );
    expect(await snapshot(id)).toEqual(approved);
    expect(approved).toMatchObject({ agreement: null, disbursements: [], case: { state: 'approved' } });

    await act(app, who.representative, 'signAgreement', { caseId: id, agreementNumber: 'CONV-2026-0042' });
    // Signed by the entity's own representative (`app.token` gives an entity other than Medellín a person of its own).
    const signer = who.code === '05001' ? REPRESENTATIVE : REPRESENTATIVE.replace('@', `.${who.code}@`);
    expect((await readApplication(app, who.member, id)).agreement).toEqual({ number: 'CONV-2026-0042', signedBy: signer });

    // The schedule: the coordinator, instalments adding up to the FUTIC total exactly.
    expectRefused(
      await actRaw(app, coordinator, 'startExecution', { caseId: id }),
      'PRECONDITION_FAILED',
      'DISBURSEMENT_SCHEDULE_REQUIRED',
    );
    const signed = await snapshot(id);
    const short = await scheduleRaw(app, coordinator, id, [
      { dueOn: '2027-01-15', amount: 400 * M },
      { dueOn: '2027-06-01', amount: 500 * M - 1 },
    ]);
    expectRefused(short, 'BAD_USER_INPUT');
    expect(problemPaths(short)).toEqual(['input.instalments']);
    const badDate = await scheduleRaw(app, coordinator, id, [
      { dueOn: '2027-02-30', amount: 400 * M },
      { dueOn: '2027-06-01', amount: 500 * M },
    ]);
    // The Date scalar refuses it while the request is parsed, at its path under the argument.
    expect(problemPaths(badDate)).toEqual(['input.instalments[0].dueOn']);
    expectRefused(await scheduleRaw(app, who.member, id, [{ dueOn: '2027-01-15', amount: 900 * M }]), 'FORBIDDEN');
    expect(await snapshot(id)).toEqual(signed);

    const scheduled = await scheduleRaw(app, coordinator, id, [
      { dueOn: '2027-06-01', amount: 500 * M },
      { dueOn: '2027-01-15', amount: 400 * M },
    ]);
    expect(scheduled.errors).toBeUndefined();
    expect(scheduled.data.setDisbursementSchedule.disbursements).toEqual([
      { instalment: 1, dueOn: '2027-01-15', amount: 400 * M, paidOn: null },
      { instalment: 2, dueOn: '2027-06-01', amount: 500 * M, paidOn: null },
    ]);
    expectRefused(
      await paymentRaw(app, coordinator, { caseId: id, instalment: 1, reference: 'OP-001', paidOn: '2027-01-16' }),
      'PRECONDITION_FAILED',
      'NOT_IN_EXECUTION',
    );
    expect((await act(app, coordinator, 'startExecution', { caseId: id })).state).toBe('inExecution');

    // Payments: once per instalment.
    const paid = await paymentRaw(app, coordinator, { caseId: id, instalment: 1, reference: 'OP-2027-001', paidOn: '2027-01-16' });
    expect(paid.errors).toBeUndefined();
    const afterFirst = await snapshot(id);
    expectRefused(
      await paymentRaw(app, coordinator, { caseId: id, instalment: 1, reference: 'OP-2027-999', paidOn: '2027-01-20' }),
      'PRECONDITION_FAILED',
      'DISBURSEMENT_ALREADY_PAID',
    );
    expectRefused(
      await paymentRaw(app, coordinator, { caseId: id, instalment: 3, reference: 'OP-2027-003', paidOn: '2027-01-20' }),
      'BAD_USER_INPUT',
    );
    expectRefused(
      await paymentRaw(app, who.member, { caseId: id, instalment: 2, reference: 'OP-2027-002', paidOn: '2027-06-02' }),
      'FORBIDDEN',
    );
    expectRefused(
      await scheduleRaw(app, coordinator, id, [{ dueOn: '2027-01-15', amount: 900 * M }]),
      'PRECONDITION_FAILED',
      'DISBURSEMENTS_STARTED',
    );
    // Not closed with an instalment still to pay.
    expectRefused(
      await actRaw(app, coordinator, 'closeApplication', { caseId: id, note: 'Cierre anticipado' }),
      'PRECONDITION_FAILED',
      'DISBURSEMENTS_PENDING',
    );
    expect(await snapshot(id)).toEqual(afterFirst);
    expect(
      (await paymentRaw(app, coordinator, { caseId: id, instalment: 2, reference: 'OP-2027-002', paidOn: '2027-06-02' })).errors,
    ).toBeUndefined();

    // Nor without the project plan's final progress report accepted (progress-review.int-spec.ts).
    expectRefused(
      await actRaw(app, coordinator, 'closeApplication', { caseId: id, note: 'Proyecto ejecutado y liquidado' }),
      'PRECONDITION_FAILED',
      'FINAL_REPORT_REQUIRED',
    );
    await acceptedFinalReport(app, { representative: who.representative, coordinator }, id);
    await act(app, coordinator, 'closeApplication', { caseId: id, note: 'Proyecto ejecutado y liquidado' });
    const closed = await readApplication(app, who.member, id);
    expect(closed.case).toMatchObject({ state: 'closed', lastNote: 'Proyecto ejecutado y liquidado' });
    expect(closed.disbursements).toEqual([
      { instalment: 1, dueOn: '2027-01-15', amount: 400 * M, paidOn: '2027-01-16', reference: 'OP-2027-001' },
      { instalment: 2, dueOn: '2027-06-01', amount: 500 * M, paidOn: '2027-06-02', reference: 'OP-2027-002' },
    ]);
    expect(closed.reservation).toMatchObject({ amount: 900 * M, releasedAt: null });
    expect(await fundsOf(app, coordinator, callId)).toEqual({ budget: 5_000 * M, committed: 900 * M, remaining: 4_100 * M });
    expect((await historyOf(app, auditor, id)).map((h) => h.event)).toEqual([
      'CREATED',
      'SUBMIT',
      'START_ELIGIBILITY_REVIEW',
      'REQUEST_CORRECTIONS',
      'RESUBMIT',
      'DECLARE_ELIGIBLE',
      'ASSIGN_EVALUATORS',
      'DECLARE_CONFLICT',
      'SUBMIT_EVALUATION',
      'APPROVE',
      'SIGN_AGREEMENT',
      'START_EXECUTION',
      'CLOSE',
    ]);
  });
});

// =============================================================================================
describe('a call’s applications connection', () => {
  let callId: string;
  let ids: Record<'P' | 'R' | 'T' | 'Q' | 'S', string>;
  let owners: Record<'P' | 'S', Actors>;
  let ev: string[];
  const [EV1, EV2, EV3] = ['eva.uno@mintic.gov.co', 'eva.dos@mintic.gov.co', 'eva.tres@mintic.gov.co'];

  beforeAll(async () => {
    callId = await publishedCall(app, coordinator, { title: 'Convocatoria para listar' });
    const people = [];
    for (let i = 0; i < 5; i++) people.push(await entity());
    const panel = (score: number, ...subjects: string[]) => subjects.map((subject) => ({ subject, scores: uniform(score) }));
    // Created in this order: P (90), R (80), T (80), Q (70), and S left in draft.
    const P = await applicationInCommittee(app, people[0], callId, { panel: panel(90, EV1) });
    const R = await applicationInCommittee(app, people[1], callId, { panel: panel(80, EV1, EV2) });
    const T = await applicationInCommittee(app, people[2], callId, { panel: panel(80, EV3) });
    const Q = await applicationInCommittee(app, people[3], callId, { panel: panel(70, EV2) });
    const S = await startApplication(app, people[4], callId);
    ids = { P, R, T, Q, S };
    owners = { P: people[0], S: people[4] };
    ev = await Promise.all([EV1, EV2, EV3].map((s) => evaluatorToken(app, s)));
  });

  type Page = {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { case: { id: string }; score: number | null } }[];
  };
  async function page(
    token: string,
    args: { first?: number; after?: string | null; orderBy?: string; filter?: { state: string } } = {},
  ): Promise<Res> {
    return executeText(
      app.url,
      `query($id: ID!, $first: Int!, $after: String, $orderBy: ApplicationOrderBy!, $filter: ApplicationFilter) {
        call(id: $id) { applications(first: $first, after: $after, orderBy: $orderBy, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { case { id } score } } } } }`,
      {
        id: callId,
        first: args.first ?? 100,
        after: args.after ?? null,
        orderBy: args.orderBy ?? 'CREATED_AT_ASC',
        filter: args.filter ?? null,
      },
      { token },
    );
  }
  const listed = async (token: string, args: Parameters<typeof page>[1] = {}): Promise<Page> => {
    const res = await page(token, args);
    expect(res.errors).toBeUndefined();
    return res.data.call.applications;
  };
  /** The case ids of a page's applications (an application's own id is not its case's). */
  const idsOf = (p: Page) => p.edges.map((e) => e.node.case.id);

  it('scopes the list: coordinators and auditors all, an entity its own, an evaluator those assigned, an advisor none', async () => {
    const all = [ids.P, ids.R, ids.T, ids.Q, ids.S];
    for (const token of [coordinator, auditor]) {
      const p = await listed(token);
      expect(p.totalCount).toBe(5);
      expect(idsOf(p)).toEqual(all);
    }
    expect(idsOf(await listed(owners.P.member))).toEqual([ids.P]);
    expect(idsOf(await listed(owners.P.representative))).toEqual([ids.P]);
    expect(await listed(owners.S.member)).toMatchObject({ totalCount: 1, edges: [{ node: { case: { id: ids.S }, score: null } }] });
    expect(await listed(ev[0])).toMatchObject({
      totalCount: 2,
      edges: [{ node: { case: { id: ids.P } } }, { node: { case: { id: ids.R } } }],
    });
    expect(idsOf(await listed(ev[1]))).toEqual([ids.R, ids.Q]);
    expect(idsOf(await listed(ev[2]))).toEqual([ids.T]);
    expect(await listed(advisor)).toMatchObject({ totalCount: 0, edges: [] });
    const stranger = await actors(app, pool[taken]);
    expect((await listed(stranger.member)).totalCount).toBe(0);
  });

  it('orders by score, best first and unscored last, with cursors that hold across ties', async () => {
    // Ties go by the case's raw key (a uuid), which the order of the opaque ids does not follow.
    const [tieFirst, tieSecond] = [ids.R, ids.T].sort((x, y) => (keyOf(x) < keyOf(y) ? -1 : 1));
    const seen: string[] = [];
    const scores: (number | null)[] = [];
    const more: boolean[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const p: Page = await listed(coordinator, { first: 2, after, orderBy: 'SCORE_DESC' });
      expect(p.totalCount).toBe(5);
      seen.push(...idsOf(p));
      scores.push(...p.edges.map((e) => e.node.score));
      more.push(p.pageInfo.hasNextPage);
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual([ids.P, tieFirst, tieSecond, ids.Q, ids.S]);
    expect(scores).toEqual([90, 80, 80, 70, null]);
    expect(more).toEqual([true, true, false]);
    expect(idsOf(await listed(coordinator, { orderBy: 'SCORE_DESC' }))).toEqual(seen);
    // The first page of one: its cursor continues right after the tie's first member.
    const one = await listed(coordinator, { first: 2, orderBy: 'SCORE_DESC' });
    expect(idsOf(await listed(coordinator, { first: 1, after: one.edges[1].cursor, orderBy: 'SCORE_DESC' }))).toEqual([tieSecond]);

    // A cursor of the other ordering is refused.
    const byCreation = await listed(coordinator, { first: 1 });
    expectRefused(await page(coordinator, { after: byCreation.pageInfo.endCursor, orderBy: 'SCORE_DESC' }), 'BAD_USER_INPUT');
    // Evaluators may not order by score: the order itself would rank what some of them may not see scored.
    expectRefused(await page(ev[1], { orderBy: 'SCORE_DESC' }), 'FORBIDDEN');
    expect(idsOf(await listed(ev[1]))).toEqual([ids.R, ids.Q]); // by creation
  });

  it('filters by state', async () => {
    expect(await listed(coordinator, { filter: { state: 'committee' } })).toMatchObject({ totalCount: 4 });
    expect(idsOf(await listed(coordinator, { filter: { state: 'draft' } }))).toEqual([ids.S]);
    expect(idsOf(await listed(owners.P.member, { filter: { state: 'draft' } }))).toEqual([]);
  });
});

// =============================================================================================
describe('terms that expire (adjustable clock, a system of its own)', () => {
  /** Friday 20 November 2026, 3 p.m. in Bogotá. */
  const START = bogota('2026-11-20T15:00:00');
  let own: TestSystem;
  let coord: string;
  let callId: string;
  let lapsing: { who: Actors; id: string };
  let unsigned: { who: Actors; id: string };
  let waiting: { who: Actors; id: string };

  beforeAll(async () => {
    own = await startTestSystem(timeTravelEnv(), { worker: true });
    await clockOf(own).set(START);
    coord = await own.token(Role.COORDINATOR);
    const { cycleId: ownCycle } = await openProgrammeAt(own, coord, START);
    const codes = await municipalities(own, 3);
    const [d, u, w] = await Promise.all(codes.map((c) => actors(own, c)));
    for (const who of [d, u, w]) await validatedAssessment(own, who, ownCycle);
    const created = await createCallRaw(
      own,
      coord,
      callInput({
        title: 'Convocatoria con términos cortos',
        opensAt: new Date(START.getTime() - 86_400_000).toISOString(),
        closesAt: new Date(START.getTime() + 60 * 86_400_000).toISOString(),
        totalBudget: 1_000 * M,
        capPerApplication: 1_000 * M,
        correctionsTermDays: 3,
        agreementTermDays: 2,
      }),
    );
    callId = created.data.createCall.id;
    expect((await publishCallRaw(own, coord, callId)).errors).toBeUndefined();

    lapsing = { who: d, id: await submittedApplication(own, d, callId) };
    await act(own, coord, 'startEligibilityReview', { caseId: lapsing.id });
    await act(own, coord, 'requestCorrections', { caseId: lapsing.id, note: 'Falta la carta de compromiso' });

    unsigned = { who: u, id: await applicationInCommittee(own, u, callId, { futic: 1_000 * M, counterpart: 250 * M, score: 80 }) };
    waiting = { who: w, id: await applicationInCommittee(own, w, callId, { futic: 1_000 * M, counterpart: 250 * M, score: 75 }) };
    await act(own, coord, 'approveApplication', { caseId: unsigned.id });
    await act(own, coord, 'waitlistApplication', { caseId: waiting.id, note: 'Lista de espera por recursos' });
    await settled(own);
  });
  afterAll(() => own?.stop());

  it('runs the call’s own terms: 3 business days to correct, 2 to sign', async () => {
    // From Friday 20 Nov (the day itself does not count): 23, 24, 25 Nov → Wednesday 25, end of day Bogotá.
    // After the ministry's 10 business days to review the filing, closed when it asked for corrections.
    expect((await caseOf(own, lapsing.who.member, lapsing.id)).deadlines).toEqual([
      { kind: 'ELIGIBILITY_REVIEW', days: 10, status: 'MET', dueAt: '2026-12-05T04:59:59.999Z' },
      { kind: 'CORRECTIONS', days: 3, status: 'PENDING', dueAt: '2026-11-26T04:59:59.999Z' },
    ]);
    // 23, 24 Nov → Tuesday 24, end of day.
    expect((await caseOf(own, unsigned.who.member, unsigned.id)).deadlines.at(-1)).toEqual({
      kind: 'AGREEMENT_SIGNATURE',
      days: 2,
      status: 'PENDING',
      dueAt: '2026-11-25T04:59:59.999Z',
    });
    await travelTo(own, bogota('2026-11-24T23:00:00'));
    expect((await caseOf(own, coord, unsigned.id)).state).toBe('approved');
    expect((await caseOf(own, coord, lapsing.id)).state).toBe('correctionsRequested');
  });

  it('an approval not signed in term lapses (CONVENIO_NO_FIRMADO), releasing its funds to the waitlist', async () => {
    await travelTo(own, bogota('2026-11-25T00:00:30'));
    await stateReached(own, coord, unsigned.id, 'rejected');
    const kase = await caseOf(own, coord, unsigned.id);
    expect(kase.outcome).toBe('CONVENIO_NO_FIRMADO');
    expect((await readApplication(own, coord, unsigned.id)).reservation).toMatchObject({
      amount: 1_000 * M,
      releaseReason: 'AGREEMENT_TERM_EXPIRED',
      releasedAt: expect.any(String),
    });
    await stateReached(own, coord, waiting.id, 'approved');
    expect((await historyOf(own, coord, waiting.id)).at(-1)).toMatchObject({ event: 'PROMOTE', actorSubject: 'system:lista-de-espera' });
    expect(await fundsOf(own, coord, callId)).toEqual({ budget: 1_000 * M, committed: 1_000 * M, remaining: 0 });
  });

  it('corrections not answered in term: rejected for desistimiento by the system, and no longer editable', async () => {
    await travelTo(own, bogota('2026-11-26T00:00:30'));
    await stateReached(own, coord, lapsing.id, 'rejected');
    const kase = await caseOf(own, lapsing.who.member, lapsing.id);
    expect(kase).toMatchObject({
      outcome: 'DESISTIMIENTO',
      deadlines: [
        expect.objectContaining({ kind: 'ELIGIBILITY_REVIEW', status: 'MET' }),
        expect.objectContaining({ kind: 'CORRECTIONS', status: 'EXPIRED' }),
      ],
    });
    expect((await historyOf(own, coord, lapsing.id)).at(-1)).toMatchObject({
      event: 'CORRECTIONS_TERM_EXPIRED',
      actorSubject: 'system:deadline',
    });
    const before = await readApplication(own, coord, lapsing.id);
    expectRefused(
      await saveApplicationRaw(own, lapsing.who.member, applicationInput(lapsing.id, { title: 'Subsanación tardía' })),
      'PRECONDITION_FAILED',
      'APPLICATION_NOT_EDITABLE',
    );
    expectRefused(await actRaw(own, lapsing.who.representative, 'resubmitApplication', { caseId: lapsing.id }), 'INVALID_TRANSITION');
    expect(await readApplication(own, coord, lapsing.id)).toEqual(before);
  });
});
