import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { actRaw, applicationInCommittee, extensionsOf, fundsOf, publishedCall, readApplication, type Res } from '../support/cofinancing';
import { errorCode, executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { actors, municipalities, openProgramme, validatedAssessment } from '../support/workflow';

/*
 * A call's fund is never over-committed, even under concurrent approvals: 50 applications from 50
 * municipalities wait in committee, each asking exactly a tenth of the call's budget, and the
 * coordinator's 50 approvals arrive together over HTTP. Exactly ten win; the forty others are
 * refused FUNDS_EXHAUSTED and stay in committee, with nothing reserved. Runs on the database
 * TEST_DB selects (SQLite writes one at a time; PostgreSQL re-checks the conditional UPDATE on the
 * row it waited for).
 */

const M = 1_000_000;
const APPLICATIONS = 50;
const FUNDABLE = 10;
/** The FUTIC total of every application: a tenth of the budget. */
const AMOUNT = 700 * M;
const BUDGET = FUNDABLE * AMOUNT;
const BATCH = 10;

let app: TestSystem;
let coordinator: string;
let callId: string;
let ids: string[];

beforeAll(async () => {
  app = await startTestSystem();
  coordinator = await app.token(Role.COORDINATOR);
  const { cycleId } = await openProgramme(app, coordinator);
  callId = await publishedCall(app, coordinator, {
    title: 'Convocatoria para diez proyectos',
    totalBudget: BUDGET,
    capPerApplication: AMOUNT,
    minCounterpartPercent: 20,
  });
  const codes = await municipalities(app, APPLICATIONS);
  expect(new Set(codes).size).toBe(APPLICATIONS);
  ids = [];
  // Every application through the API, ten entities at a time.
  for (let i = 0; i < codes.length; i += BATCH) {
    const batch = await Promise.all(
      codes.slice(i, i + BATCH).map(async (code) => {
        const who = await actors(app, code);
        await validatedAssessment(app, who, cycleId);
        return applicationInCommittee(app, who, callId, { futic: AMOUNT, counterpart: 200 * M, score: 80 });
      }),
    );
    ids.push(...batch);
  }
}, 600_000);
afterAll(() => app?.stop());

/** The case ids (not the applications' own ids) of the call's applications in `state`. */
async function idsInState(state: string): Promise<string[]> {
  const res: Res = await executeText(
    app.url,
    `query($id: ID!, $state: CaseState!) { call(id: $id) { applications(first: 100, filter: { state: $state }) { totalCount edges { node { case { id } } } } } }`,
    { id: callId, state },
    { token: coordinator },
  );
  expect(res.errors).toBeUndefined();
  const page = res.data.call.applications;
  expect(page.edges).toHaveLength(page.totalCount);
  return page.edges.map((e: { node: { case: { id: string } } }) => e.node.case.id).sort();
}

it('50 concurrent approvals against a budget for 10: exactly 10 succeed, 40 fail FUNDS_EXHAUSTED, nothing over-committed', async () => {
  expect(ids).toHaveLength(APPLICATIONS);
  expect(await idsInState('committee')).toEqual([...ids].sort());
  expect(await fundsOf(app, coordinator, callId)).toEqual({ budget: BUDGET, committed: 0, remaining: BUDGET });

  const results = await Promise.all(ids.map((caseId) => actRaw(app, coordinator, 'approveApplication', { caseId })));

  const approved = ids.filter((_, i) => !results[i].errors);
  const refused = results.filter((r) => r.errors);
  expect(approved).toHaveLength(FUNDABLE);
  expect(refused).toHaveLength(APPLICATIONS - FUNDABLE);
  for (const [i, id] of ids.entries()) {
    if (results[i].errors) continue;
    expect(results[i].data.approveApplication).toEqual({
      case: { id, state: 'approved', version: expect.any(Number) },
      entry: { event: 'APPROVE', toState: 'approved' },
    });
  }
  for (const r of refused) {
    expect(r.errors).toHaveLength(1);
    expect(errorCode(r)).toBe('PRECONDITION_FAILED');
    expect(extensionsOf(r)).toMatchObject({ rule: 'FUNDS_EXHAUSTED', remaining: 0, requested: AMOUNT });
    expect(r.errors![0].message).toMatch(
      /^La convocatoria no tiene recursos suficientes: quedan \$\s?0 por comprometer y la postulación requiere \$\s?700\.000\.000$/,
    );
  }

  // The call: committed is exactly the ten approved FUTIC totals, read one by one.
  const futicApproved = await Promise.all(approved.map(async (id) => (await readApplication(app, coordinator, id)).totals.futic as number));
  expect(futicApproved.reduce((s, n) => s + n, 0)).toBe(BUDGET);
  expect(await fundsOf(app, coordinator, callId)).toEqual({ budget: BUDGET, committed: BUDGET, remaining: 0 });

  // The cases: ten approved (the winners), forty still in committee.
  expect(await idsInState('approved')).toEqual([...approved].sort());
  const losers = ids.filter((id) => !approved.includes(id)).sort();
  expect(await idsInState('committee')).toEqual(losers);
  for (const id of losers.slice(0, 5)) {
    expect(await readApplication(app, coordinator, id)).toMatchObject({ reservation: null, decision: null, case: { state: 'committee' } });
  }

  // The database agrees: ten active reservations, of the winners, adding up to the budget.
  const rows = await app.system.orm.em
    .fork()
    .getConnection()
    .execute<{ case_id: string; amount: number | string; released_at: unknown }[]>(
      'select case_id, amount, released_at from fund_reservation where call_id = ?',
      [fromGlobalId(callId)!.key],
    );
  expect(rows).toHaveLength(FUNDABLE);
  expect(rows.every((r) => r.released_at === null)).toBe(true);
  expect(rows.map((r) => r.case_id).sort()).toEqual(approved.map((id) => fromGlobalId(id)!.key).sort());
  expect(rows.reduce((s, r) => s + Number(r.amount), 0)).toBe(BUDGET);
  const [call] = await app.system.orm.em
    .fork()
    .getConnection()
    .execute<{ committed: number | string; total_budget: number | string }[]>(
      'select committed, total_budget from cofinancing_call where id = ?',
      [fromGlobalId(callId)!.key],
    );
  expect([Number(call.committed), Number(call.total_budget)]).toEqual([BUDGET, BUDGET]);
}, 120_000);
