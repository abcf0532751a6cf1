import { Role } from '../../src/core/auth/principal';
import {
  act,
  actRaw,
  checklistMet,
  evaluatedBy,
  executed,
  extensionsOf,
  fundsOf,
  historyOf,
  instalmentsFor,
  linesFor,
  notificationsOf,
  publishedCall,
  readApplication,
  recordCheckRaw,
  saveApplication,
  startApplication,
  stateReached,
  uniform,
  type Panelist,
  type Res,
} from '../support/cofinancing';
import { errorCode, executeText } from '../support/http';
import { acceptedFinalReport } from '../support/progress-reports';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { eventually, settled } from '../support/time-travel';
import { actors, openProgramme, validatedAssessment, type Actors } from '../support/workflow';

/*
 * Issue 6, done when: a coordinator opens a call with 3,000 M of FUTIC funds; ten entities apply;
 * one is asked for corrections and answers in term; three evaluators score each application (Bruno
 * and Carla each declare a conflict on one); the committee approves by score until the budget is
 * used, waitlists the rest that reach the minimum and rejects the one below it; an approved
 * entity withdraws and the worker promotes the best waitlisted application that fits the funds
 * released; the approved entities sign their agreements, and their disbursements are scheduled
 * and paid; each project's final progress report is accepted and the application closed. The real
 * service with its worker, through the API only.
 */

const M = 1_000_000;
const BUDGET = 3_000 * M;
const ANA = 'ana.evaluadora@mintic.gov.co';
const BRUNO = 'bruno.evaluador@mintic.gov.co';
const CARLA = 'carla.evaluadora@mintic.gov.co';

interface Applicant {
  city: string;
  code: string;
  futic: number;
  /** Each evaluator's score (the same on every criterion, so it is also their weighted score); null: a conflict. */
  ana: number;
  bruno: number | null;
  carla: number | null;
  /** The score the committee sees: the mean of the evaluators without a conflict. */
  expected: number;
}

// Ordered by score, best first.
const APPLICANTS: Applicant[] = [
  { city: 'Medellín', code: '05001', futic: 1_000 * M, ana: 92, bruno: 90, carla: 94, expected: 92 },
  { city: 'Barranquilla', code: '08001', futic: 1_100 * M, ana: 86, bruno: null, carla: 90, expected: 88 },
  { city: 'Bogotá', code: '11001', futic: 900 * M, ana: 85, bruno: 84, carla: 86, expected: 85 },
  { city: 'Cartagena', code: '13001', futic: 1_200 * M, ana: 82, bruno: 80, carla: 84, expected: 82 },
  { city: 'Tunja', code: '15001', futic: 800 * M, ana: 78, bruno: 77, carla: 79, expected: 78 },
  { city: 'Manizales', code: '17001', futic: 1_000 * M, ana: 75, bruno: 76, carla: 74, expected: 75 },
  { city: 'Popayán', code: '19001', futic: 950 * M, ana: 72, bruno: 70, carla: 74, expected: 72 },
  { city: 'Montería', code: '23001', futic: 1_000 * M, ana: 66, bruno: 70, carla: null, expected: 68 },
  { city: 'Neiva', code: '41001', futic: 700 * M, ana: 64, bruno: 63, carla: 65, expected: 64 },
  { city: 'Cali', code: '76001', futic: 1_000 * M, ana: 45, bruno: 44, carla: 46, expected: 45 },
];
const byCity = (city: string) => APPLICANTS.find((a) => a.city === city)!;

let app: TestSystem;
let coordinator: string;
let cycleId: string;
let callId: string;
const people = new Map<string, Actors>();
const caseOf = new Map<string, string>();

beforeAll(async () => {
  app = await startTestSystem({ RELAY_POLL_MS: '50' }, { worker: true });
  coordinator = await app.token(Role.COORDINATOR);
  cycleId = (await openProgramme(app, coordinator)).cycleId;
});
afterAll(() => app?.stop());

// ------------------------------------------------------------------------------------- the story's steps

/** The entity gets its assessment validated, then applies: saves its budget (a third of it counterpart) and submits. */
async function applies(a: Applicant): Promise<void> {
  const who = await actors(app, a.code);
  people.set(a.city, who);
  await validatedAssessment(app, who, cycleId);
  const id = await startApplication(app, who, callId);
  caseOf.set(a.city, id);
  await saveApplication(app, who.member, id, { title: `Territorio inteligente ${a.city}`, budgetLines: linesFor(a.futic, a.futic / 2) });
  await act(app, who.representative, 'submitApplication', { caseId: id });
}

/** The coordinator reviews the checklist and declares the application eligible. */
async function reviewed(a: Applicant): Promise<void> {
  const id = caseOf.get(a.city)!;
  await act(app, coordinator, 'startEligibilityReview', { caseId: id });
  await checklistMet(app, coordinator, id);
  await act(app, coordinator, 'declareEligible', { caseId: id });
}

/** The review finds the counterpart's CDP missing; the entity answers in term with a larger counterpart. */
async function reviewedWithCorrections(a: Applicant): Promise<void> {
  const id = caseOf.get(a.city)!;
  const who = people.get(a.city)!;
  await act(app, coordinator, 'startEligibilityReview', { caseId: id });
  const missing = await recordCheckRaw(app, coordinator, id, [
    { itemId: 'CDP_CONTRAPARTIDA', met: false, note: 'Falta el CDP de la contrapartida' },
  ]);
  expect(missing.errors).toBeUndefined();
  await act(app, coordinator, 'requestCorrections', { caseId: id, note: 'Adjunte el CDP de la contrapartida' });
  await saveApplication(app, who.member, id, { title: `Territorio inteligente ${a.city}`, budgetLines: linesFor(a.futic, a.futic) });
  const answered = await act(app, who.representative, 'resubmitApplication', { caseId: id });
  expect(answered.state).toBe('eligibilityReview');
  await checklistMet(app, coordinator, id);
  await act(app, coordinator, 'declareEligible', { caseId: id });
}

/** Ana, Bruno and Carla score it; one with a conflict declares it and scores nothing. */
async function evaluated(a: Applicant): Promise<void> {
  const panel: Panelist[] = [
    { subject: ANA, scores: uniform(a.ana) },
    a.bruno === null
      ? { subject: BRUNO, conflict: `Asesoré a la alcaldía de ${a.city} en 2025` }
      : { subject: BRUNO, scores: uniform(a.bruno) },
    a.carla === null
      ? { subject: CARLA, conflict: `Tengo un familiar en la secretaría TIC de ${a.city}` }
      : { subject: CARLA, scores: uniform(a.carla) },
  ];
  await evaluatedBy(app, coordinator, caseOf.get(a.city)!, panel);
}

const decide = (mutation: string, a: Applicant, note?: string): Promise<Res> =>
  actRaw(app, coordinator, mutation, { caseId: caseOf.get(a.city)!, ...(note ? { note } : {}) });

async function application(a: Applicant) {
  return readApplication(app, coordinator, caseOf.get(a.city)!);
}

async function scoreOf(a: Applicant): Promise<number | null> {
  const res: Res = await executeText(
    app.url,
    `query($id: ID!) { application(id: $id) { score } }`,
    { id: caseOf.get(a.city)! },
    { token: coordinator },
  );
  expect(res.errors).toBeUndefined();
  return res.data.application.score;
}

// ------------------------------------------------------------------------------------- the story

describe('a call from publication to paid disbursements, with ten entities', () => {
  it('the coordinator creates and publishes the call', async () => {
    callId = await publishedCall(app, coordinator, {
      title: 'Convocatoria FUTIC 2026: territorios inteligentes',
      totalBudget: BUDGET,
      capPerApplication: 1_200 * M,
      minCounterpartPercent: 20,
      minScore: 60,
      correctionsTermDays: 10,
    });
    expect(await fundsOf(app, coordinator, callId)).toEqual({ budget: BUDGET, committed: 0, remaining: BUDGET });
  });

  it('ten entities apply', async () => {
    for (const a of APPLICANTS) await applies(a);
    const res: Res = await executeText(
      app.url,
      `query($id: ID!) { call(id: $id) { applications(first: 20) { totalCount edges { node { case { state } } } } } }`,
      { id: callId },
      { token: coordinator },
    );
    expect(res.data.call.applications.totalCount).toBe(10);
    expect(res.data.call.applications.edges.every((e: { node: { case: { state: string } } }) => e.node.case.state === 'submitted')).toBe(
      true,
    );
  });

  it('eligibility: Manizales is asked for corrections and answers in term; all ten are declared eligible', async () => {
    for (const a of APPLICANTS) {
      if (a.city === 'Manizales') await reviewedWithCorrections(a);
      else await reviewed(a);
    }
    const manizales = await application(byCity('Manizales'));
    expect(manizales).toMatchObject({ case: { state: 'technicalEvaluation' }, totals: { futic: 1_000 * M, counterpart: 1_000 * M } });
    const history = (await historyOf(app, coordinator, caseOf.get('Manizales')!)).map((h) => h.event);
    expect(history).toEqual(['CREATED', 'SUBMIT', 'START_ELIGIBILITY_REVIEW', 'REQUEST_CORRECTIONS', 'RESUBMIT', 'DECLARE_ELIGIBLE']);
  });

  it('three evaluators score each application, conflicts excluded from the mean', async () => {
    for (const a of APPLICANTS) await evaluated(a);
    for (const a of APPLICANTS) {
      expect((await application(a)).case.state).toBe('committee');
      expect(await scoreOf(a)).toBe(a.expected);
    }
    // Barranquilla's 88 is Ana's 86 and Carla's 90; Bruno, conflicted, does not count (with him it could not be 88).
    expect(
      (await historyOf(app, coordinator, caseOf.get('Barranquilla')!)).filter((h) => h.actorSubject === BRUNO).map((h) => h.event),
    ).toEqual(['DECLARE_CONFLICT']);
  });

  it('the committee approves by score until the budget is used, waitlists the rest above the minimum and rejects the one below', async () => {
    for (const city of ['Medellín', 'Barranquilla', 'Bogotá'])
      expect((await decide('approveApplication', byCity(city))).errors).toBeUndefined();
    expect(await fundsOf(app, coordinator, callId)).toEqual({ budget: BUDGET, committed: BUDGET, remaining: 0 });

    const noFunds = await decide('approveApplication', byCity('Cartagena'));
    expect(extensionsOf(noFunds)).toMatchObject({
      code: 'PRECONDITION_FAILED',
      rule: 'FUNDS_EXHAUSTED',
      remaining: 0,
      requested: 1_200 * M,
    });
    for (const city of ['Cartagena', 'Tunja', 'Manizales', 'Popayán', 'Montería', 'Neiva']) {
      expect((await decide('waitlistApplication', byCity(city), 'Puntaje suficiente; sin recursos disponibles')).errors).toBeUndefined();
    }
    const belowMinimum = await decide('waitlistApplication', byCity('Cali'), 'Lista de espera');
    expect(errorCode(belowMinimum)).toBe('PRECONDITION_FAILED');
    expect(extensionsOf(belowMinimum).rule).toBe('SCORE_BELOW_MINIMUM');
    expect((await decide('rejectApplication', byCity('Cali'), 'Puntaje de 45, inferior al mínimo de 60')).errors).toBeUndefined();
    expect(await fundsOf(app, coordinator, callId)).toEqual({ budget: BUDGET, committed: BUDGET, remaining: 0 });
  });

  it('Bogotá withdraws: its 900 M go to Tunja, the best waitlisted that fits (Cartagena asks 1,200 M)', async () => {
    const bogota = people.get('Bogotá')!;
    expect((await act(app, bogota.representative, 'withdrawApplication', { caseId: caseOf.get('Bogotá')! })).state).toBe('withdrawn');
    await stateReached(app, coordinator, caseOf.get('Tunja')!, 'approved');
    await settled(app, 15_000);
    expect((await historyOf(app, coordinator, caseOf.get('Tunja')!)).at(-1)).toMatchObject({
      event: 'PROMOTE',
      actorSubject: 'system:lista-de-espera',
    });
    // 3,000 − 900 + 800: the 100 M left fit nobody else (Neiva, the smallest, asks 700 M).
    expect(await fundsOf(app, coordinator, callId)).toEqual({ budget: BUDGET, committed: 2_900 * M, remaining: 100 * M });
    const tunja = people.get('Tunja')!;
    const told = await eventually(app, 'el aviso de la promoción a Tunja', async () =>
      (await notificationsOf(app, tunja.member)).find(
        (n) => n.caseId === caseOf.get('Tunja') && n.kind === 'CASE_UPDATE' && n.title.includes('Promover desde la lista de espera'),
      ),
    );
    expect(told.audience).toBe('ENTITY');
  });

  it('the approved entities sign their agreements; their disbursements are scheduled and paid, and their final reports accepted', async () => {
    for (const [i, city] of ['Medellín', 'Barranquilla', 'Tunja'].entries()) {
      const a = byCity(city);
      await executed(app, people.get(city)!, caseOf.get(city)!, a.futic, `CONV-FUTIC-2026-${String(i + 1).padStart(3, '0')}`);
      // Execution started with the project's action plan; closing needs its final progress report accepted.
      await acceptedFinalReport(app, people.get(city)!, caseOf.get(city)!);
      await act(app, coordinator, 'closeApplication', { caseId: caseOf.get(city)!, note: 'Proyecto ejecutado y liquidado' });
    }
  });

  it('ends with each application where the story left it, and the call’s funds accounted for', async () => {
    const expected: Record<string, { state: string; outcome: string | null; reserved: number | null }> = {
      Medellín: { state: 'closed', outcome: 'APPROVED', reserved: 1_000 * M },
      Barranquilla: { state: 'closed', outcome: 'APPROVED', reserved: 1_100 * M },
      Bogotá: { state: 'withdrawn', outcome: 'APPROVED', reserved: null },
      Cartagena: { state: 'waitlisted', outcome: 'WAITLISTED', reserved: null },
      Tunja: { state: 'closed', outcome: 'APPROVED', reserved: 800 * M },
      Manizales: { state: 'waitlisted', outcome: 'WAITLISTED', reserved: null },
      Popayán: { state: 'waitlisted', outcome: 'WAITLISTED', reserved: null },
      Montería: { state: 'waitlisted', outcome: 'WAITLISTED', reserved: null },
      Neiva: { state: 'waitlisted', outcome: 'WAITLISTED', reserved: null },
      Cali: { state: 'rejected', outcome: 'REJECTED', reserved: null },
    };
    for (const a of APPLICANTS) {
      const seen = await application(a);
      const want = expected[a.city];
      expect({ city: a.city, state: seen.case.state, outcome: seen.decision.outcome }).toEqual({
        city: a.city,
        state: want.state,
        outcome: want.outcome,
      });
      const active = seen.reservation && seen.reservation.releasedAt === null ? seen.reservation.amount : null;
      expect({ city: a.city, reserved: active }).toEqual({ city: a.city, reserved: want.reserved });
      if (want.state === 'closed') {
        // Signed by the entity's own representative (`app.token`: Medellín's is the plain subject, another entity's carries its code).
        expect(seen.agreement).toMatchObject({
          signedBy: a.code === '05001' ? 'entity_representative@test' : `entity_representative.${a.code}@test`,
        });
        expect(seen.disbursements.map((d: { amount: number; paidOn: string | null }) => [d.amount, d.paidOn !== null])).toEqual(
          instalmentsFor(a.futic).map((d) => [d.amount, true]),
        );
      }
    }
    expect((await application(byCity('Bogotá'))).reservation).toMatchObject({ amount: 900 * M, releaseReason: 'WITHDRAW' });
    const committed = Object.values(expected).reduce((s, e) => s + (e.reserved ?? 0), 0);
    expect(committed).toBe(2_900 * M);
    expect(await fundsOf(app, coordinator, callId)).toEqual({ budget: BUDGET, committed, remaining: BUDGET - committed });
  });
});
