import { randomUUID } from 'node:crypto';

import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { bogotaDay } from '../../src/core/time/business-calendar';
import { ProgressReportRow, type ProgressItemStatus } from '../../src/modules/follow-up/action-plan.entity';
import { MAX_PLAN_PRODUCTS } from '../../src/modules/follow-up/plan-bounds';
import { extensionsOf, problemPaths, type Res } from '../support/cofinancing';
import { errorCode, executeText } from '../support/http';
import { fillToProductCap } from '../support/progress-reports';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { actors, municipalities, type Actors } from '../support/workflow';

/*
 * Plans as versioned, approved documents (issue 21, item 1) through the real HTTP API: an imported
 * plan is a draft until the coordination approves its first version; after that the entity's
 * representative or TIC leader changes it only through an adjustment proposal (each change with
 * its justification), which the coordination approves or returns; an approved proposal is a new
 * version in force from the day of its approval, so a measurement at an earlier cut never moves.
 *
 * The horizon runs from two years ago to next year, so a past cut has ended periods and today's
 * cut falls inside the plan.
 */

const TODAY = bogotaDay(new Date());
const YEAR = Number(TODAY.slice(0, 4));
const [Y0, Y1, Y2, Y3] = [YEAR - 2, YEAR - 1, YEAR, YEAR + 1].map(String);
const HORIZON = { startYear: YEAR - 2, endYear: YEAR + 1, periodicity: 'ANNUAL' };
/** A cut in the middle of last year: Y0 has ended, Y1 counts the values reported by then. */
const PAST_CUT = `${Y1}-06-30`;

/** Two objectives, three products; 3.1.1 is the product whose target the adjustment changes (as in Bogotá's plan). */
const PLAN_CSV = [
  `objetivo,nombre_objetivo,producto,nombre_producto,indicador,peso,anualizacion,meta_${Y0},meta_${Y1},meta_${Y2},meta_${Y3}`,
  'O1,Gobierno digital,1.1.1,Trámites en línea,Trámites realizados en línea en el año,50,Suma,100,100,100,100',
  'O1,Gobierno digital,1.1.2,Sedes conectadas,Sedes con conectividad,20,Constante,1,1,1,1',
  'O3,Apropiación TIC,3.1.1,Personas formadas,Porcentaje de personas formadas (acumulado),30,Creciente,20%,40%,60%,80%',
].join('\n');

const IMPORT = `mutation I($input: ImportActionPlanInput!) { importActionPlan(input: $input) { id status currentVersion } }`;
const TRANSITION = `replayed case { id process state version final entityCode } entry { event toState payload }`;
const PROPOSE = `mutation P($input: ProposePlanAdjustmentInput!) { proposePlanAdjustment(input: $input) { ${TRANSITION} } }`;
const RESUBMIT = `mutation R($input: ResubmitPlanVersionInput!) { resubmitPlanVersion(input: $input) { ${TRANSITION} } }`;
const APPROVE = `mutation A($input: CaseDecisionInput!) { approvePlanVersion(input: $input) { ${TRANSITION} } }`;
const RETURN = `mutation D($input: CaseNoteInput!) { returnPlanVersion(input: $input) { ${TRANSITION} } }`;
const WITHDRAW = `mutation W($input: CaseActionInput!) { withdrawPlanVersion(input: $input) { ${TRANSITION} } }`;

const PRODUCT = `code objectiveCode objectiveName name indicator weight annualization targets { period value } sector baseline`;
const VERSION = `number status baseVersion title justification changes { kind code justification } effectiveFrom proposedBy approvedBy approvedAt
  case { id process state } products { ${PRODUCT} }`;
const MEASUREMENT = `cut basis planVersion versionInForce official label progress ideal gap
  objectives { code products { code programmed accumulated pahv paa } }`;

let app: TestSystem;
let coordinator: string;
let auditor: string;
let pool: string[];
let taken = 0;

beforeAll(async () => {
  app = await startTestSystem();
  coordinator = await app.token(Role.COORDINATOR);
  auditor = await app.token(Role.AUDITOR);
  pool = await municipalities(app, 12);
});
afterAll(() => app?.stop());

type Who = Actors & { code: string; tic: string };

/** A municipality no other test uses, with its people's tokens (its TIC leader too). */
async function entity(): Promise<Who> {
  const code = pool[taken++];
  if (!code) throw new Error('no quedan municipios libres');
  return { ...(await actors(app, code)), code, tic: await app.token(Role.ENTITY_TIC_LEADER, code) };
}

/** The subject `app.token` enrolls for an entity role: Medellín's is plain, another entity's carries its code. */
const subjectOf = (role: 'entity_representative' | 'entity_tic_leader', code: string) =>
  code === '05001' ? `${role}@test` : `${role}.${code}@test`;

function must(what: string, res: Res): Res {
  if (res.errors) throw new Error(`${what}: ${errorCode(res)} ${res.errors[0].message} ${JSON.stringify(res.errors[0].extensions)}`);
  return res;
}

const gql = (token: string, query: string, variables?: Record<string, unknown>): Promise<Res> =>
  executeText(app.url, query, variables, { token });

async function readPlan(token: string, id: string, fields: string) {
  return must('actionPlan', await gql(token, `query P($id: ID!) { actionPlan(id: $id) { ${fields} } }`, { id })).data.actionPlan;
}

/** The plan's open review case (its first version's or an adjustment's). */
async function reviewCaseOf(planId: string): Promise<{ id: string; state: string; version: number } | null> {
  return (await readPlan(coordinator, planId, 'reviewCase { id state version }')).reviewCase;
}

async function approve(caseId: string, note?: string): Promise<Res> {
  return must('approvePlanVersion', await gql(coordinator, APPROVE, { input: { caseId, ...(note ? { note } : {}) } }));
}

/** A plan imported by the representative and, unless `draft`, approved by the coordination (version 1 in force). */
async function newPlan(who: Who, draft = false): Promise<string> {
  const res = must(
    'importActionPlan',
    await gql(who.representative, IMPORT, {
      input: { title: 'Plan de acción de la estrategia CTI', ...HORIZON, format: 'CSV', content: PLAN_CSV },
    }),
  );
  expect(res.data.importActionPlan).toMatchObject({ status: 'DRAFT', currentVersion: null });
  const id = res.data.importActionPlan.id;
  if (!draft) await approve((await reviewCaseOf(id))!.id);
  return id;
}

/** The row key of an object the API names by its global id. */
const rawId = (id: string) => fromGlobalId(id)?.key ?? id;

/** A progress item written straight to the table (the review of reports is not this suite's subject). */
async function progress(
  planId: string,
  productCode: string,
  period: string,
  value: number,
  on: string,
  status: ProgressItemStatus = 'ACCEPTED',
) {
  const em = app.system.orm.em.fork();
  await em.insert(ProgressReportRow, {
    id: randomUUID(),
    caseId: null,
    submission: 1,
    status,
    reviewComment: null,
    acceptedOn: status === 'ACCEPTED' ? on : null,
    planId: rawId(planId),
    productCode,
    period,
    value,
    narrative: 'Avance verificado con los informes de gestión',
    evidence: [],
    reportedOn: on,
    reportedBy: 'entity_representative@test',
    reportedAt: new Date(`${on}T15:00:00Z`),
  });
}

const propose = (token: string, input: Record<string, unknown>): Promise<Res> => gql(token, PROPOSE, { input });

const WHY = 'La meta se ajusta a la disponibilidad presupuestal de la vigencia';
const OVERALL = 'Ajuste del plan acordado con la coordinación en la mesa técnica';

/** Version 2 of the round trip: 3.1.1's target for Y1 from 40 % to 25 %. */
const lowerTarget = (planId: string, extra: Record<string, unknown> = {}) => ({
  planId,
  justification: OVERALL,
  products: [{ code: '3.1.1', justification: WHY, targets: [{ period: Y1, value: 0.25 }] }],
  ...extra,
});

async function measurement(token: string, planId: string, cut: string, version?: number) {
  const args = `cut: "${cut}"${version ? `, version: ${version}` : ''}`;
  return (await readPlan(token, planId, `measurement(${args}) { ${MEASUREMENT} }`)).measurement;
}

const product = (m: { objectives: { products: { code: string }[] }[] }, code: string) =>
  m.objectives.flatMap((o) => o.products).find((p) => p.code === code) as unknown as Record<string, number | null>;

/** What a refused edit must leave: the plan's versions, their products and its open case, as they were. */
async function snapshot(planId: string) {
  return readPlan(coordinator, planId, `status currentVersion title versions { ${VERSION} } reviewCase { id state version }`);
}

// =============================================================================================
describe('the adjustment round trip: a past cut keeps its figures, the new version shows its own', () => {
  let who: Who;
  let planId: string;
  let before: Record<string, unknown>;
  let caseId: string;

  beforeAll(async () => {
    who = await entity();
    planId = await newPlan(who);
    // Accepted before the past cut: Y0 in full and part of Y1.
    await progress(planId, '1.1.1', Y0, 80, `${Y1}-01-20`);
    await progress(planId, '1.1.2', Y0, 1, `${Y1}-01-20`);
    await progress(planId, '3.1.1', Y0, 0.1, `${Y1}-01-20`);
    await progress(planId, '3.1.1', Y1, 0.2, `${Y1}-06-01`);
    before = await measurement(who.member, planId, PAST_CUT);
  });

  it('measures the past cut officially with version 1, the only one', () => {
    expect(before).toMatchObject({ cut: PAST_CUT, basis: 'OFFICIAL', planVersion: 1, versionInForce: 1, official: true });
    expect(before.label).toMatch(/^Medición oficial al .* con la versión 1/);
    // 3.1.1 Creciente: the latest value 0.2 against Y1's level 0.4.
    expect(product(before as never, '3.1.1')).toMatchObject({ programmed: 0.4, accumulated: 0.2 });
    expect(product(before as never, '3.1.1').pahv).toBeCloseTo(0.5, 9);
  });

  it('proposes the change as the representative: a PLAN_REVIEW case with version 2 proposed, version 1 still in force', async () => {
    const res = must('proposePlanAdjustment', await propose(who.representative, lowerTarget(planId)));
    const out = res.data.proposePlanAdjustment;
    expect(out).toMatchObject({
      replayed: false,
      case: { process: 'PLAN_REVIEW', state: 'submitted', entityCode: who.code, final: false },
    });
    expect(out.entry).toMatchObject({ event: 'CREATED', toState: 'submitted' });
    // The proposal as sent, every change with its values.
    expect(out.entry.payload).toEqual({
      planId: rawId(planId),
      justification: OVERALL,
      products: [{ code: '3.1.1', justification: WHY, targets: [{ period: Y1, value: 0.25 }] }],
    });
    caseId = out.case.id;

    const plan = await readPlan(who.member, planId, `status currentVersion reviewCase { id } versions { ${VERSION} }`);
    expect(plan).toMatchObject({ status: 'APPROVED', currentVersion: 1, reviewCase: { id: caseId } });
    expect(plan.versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([
      [1, 'APPROVED'],
      [2, 'PROPOSED'],
    ]);
    const v2 = plan.versions[1];
    expect(v2).toMatchObject({
      baseVersion: 1,
      justification: OVERALL,
      changes: [{ kind: 'PRODUCT_CHANGED', code: '3.1.1', justification: WHY }],
      effectiveFrom: null,
      proposedBy: subjectOf('entity_representative', who.code),
      approvedBy: null,
      case: { id: caseId, process: 'PLAN_REVIEW', state: 'submitted' },
    });
    // A full copy of the products, with the one change.
    expect(v2.products.map((p: { code: string }) => p.code)).toEqual(['1.1.1', '1.1.2', '3.1.1']);
    expect(v2.products[2].targets).toEqual([
      { period: Y0, value: 0.2 },
      { period: Y1, value: 0.25 },
      { period: Y2, value: 0.6 },
      { period: Y3, value: 0.8 },
    ]);
    expect(plan.versions[0].products[2].targets[1]).toEqual({ period: Y1, value: 0.4 });
    // Today's measurement still uses version 1; a proposal is no approved version to measure with.
    expect(await measurement(who.member, planId, TODAY)).toMatchObject({ planVersion: 1, versionInForce: 1, official: true });
    const res2 = await gql(who.member, `query M($id: ID!) { actionPlan(id: $id) { measurement(version: 2) { cut } } }`, { id: planId });
    expect(errorCode(res2)).toBe('BAD_USER_INPUT');
  });

  it('approves it: version 2 in force from today; the past cut is unchanged and official', async () => {
    const res = await approve(caseId, 'Ajuste aprobado en comité');
    expect(res.data.approvePlanVersion.case).toMatchObject({ state: 'approved', final: true });
    const plan = await readPlan(
      who.member,
      planId,
      `status currentVersion reviewCase { id } products { code targets { period value } } version(number: 2) { ${VERSION} }`,
    );
    expect(plan).toMatchObject({ status: 'APPROVED', currentVersion: 2, reviewCase: null });
    expect(plan.version).toMatchObject({
      status: 'APPROVED',
      effectiveFrom: TODAY,
      approvedBy: 'coordinator@test',
      case: { state: 'approved' },
    });
    expect(plan.version.approvedAt).toEqual(expect.any(String));
    expect(plan.products[2].targets[1]).toEqual({ period: Y1, value: 0.25 });

    const after = await measurement(who.member, planId, PAST_CUT);
    expect(after).toEqual(before);
  });

  it("shows version 2's view of the past cut on request, changed and labelled as not official", async () => {
    const view = await measurement(who.member, planId, PAST_CUT, 2);
    expect(view).toMatchObject({ cut: PAST_CUT, planVersion: 2, versionInForce: 1, official: false });
    expect(view.label).toMatch(/^Vista de la versión 2 sobre el corte .* en que regía la versión 1: no es la cifra oficial/);
    expect(product(view, '3.1.1')).toMatchObject({ programmed: 0.25, accumulated: 0.2 });
    expect(product(view, '3.1.1').pahv).toBeCloseTo(0.8, 9);
    // PAA compares with the final target (the same 0.8), so progress stays; the ideal trajectory at the cut drops
    // by 30 points × (0.4 − 0.25) / 0.8 = 5.625, and the gap narrows as much.
    expect(view.progress).toBeCloseTo(before.progress as number, 9);
    expect((before.ideal as number) - view.ideal).toBeCloseTo(5.625, 9);
    expect(view.gap - (before.gap as number)).toBeCloseTo(5.625, 9);
    // The first version's view of the same cut is the official figure itself.
    expect(await measurement(who.member, planId, PAST_CUT, 1)).toEqual(before);
  });

  it("measures today's cut with version 2, the one in force", async () => {
    const m = await measurement(auditor, planId, TODAY);
    expect(m).toMatchObject({ planVersion: 2, versionInForce: 2, official: true });
    expect(m.label).toMatch(/con la versión 2, la vigente en el corte/);
  });
});

// =============================================================================================
describe('who proposes: the representative or the TIC leader, one proposal at a time', () => {
  let who: Who;
  let planId: string;

  beforeAll(async () => {
    who = await entity();
    planId = await newPlan(who);
  });

  it("refuses a member's proposal (FORBIDDEN), writing nothing", async () => {
    const was = await snapshot(planId);
    expect(errorCode(await propose(who.member, lowerTarget(planId)))).toBe('FORBIDDEN');
    expect(await snapshot(planId)).toEqual(was);
  });

  it("refuses the ministry's and the auditor's proposals (FORBIDDEN)", async () => {
    const was = await snapshot(planId);
    for (const token of [coordinator, auditor]) expect(errorCode(await propose(token, lowerTarget(planId)))).toBe('FORBIDDEN');
    expect(await snapshot(planId)).toEqual(was);
  });

  it("accepts the representative's, replays it for the same idempotency key, and refuses a second while it is open", async () => {
    const key = `ajuste-${randomUUID()}`;
    const first = must('propose', await propose(who.representative, lowerTarget(planId, { idempotencyKey: key })));
    const again = must('propose', await propose(who.representative, lowerTarget(planId, { idempotencyKey: key })));
    expect(again.data.proposePlanAdjustment).toMatchObject({ replayed: true, case: { id: first.data.proposePlanAdjustment.case.id } });

    const was = await snapshot(planId);
    expect(was.versions).toHaveLength(2);
    const second = await propose(who.tic, { planId, justification: OVERALL, title: 'Plan de acción CTI ajustado' });
    expect(errorCode(second)).toBe('PRECONDITION_FAILED');
    expect(extensionsOf(second).rule).toBe('ONE_OPEN_CASE');
    expect(second.errors![0].message).toMatch(/ya tiene una propuesta en revisión/);
    expect(await snapshot(planId)).toEqual(was);
  });

  it('lets the TIC leader withdraw it: the version is WITHDRAWN, the plan keeps version 1 and takes a new proposal', async () => {
    const open = (await reviewCaseOf(planId))!;
    // A member sends no PLAN_REVIEW event.
    expect(errorCode(await gql(who.member, WITHDRAW, { input: { caseId: open.id } }))).toBe('FORBIDDEN');
    must('withdraw', await gql(who.tic, WITHDRAW, { input: { caseId: open.id } }));
    const plan = await readPlan(who.member, planId, 'status currentVersion reviewCase { id } versions { number status case { state } }');
    expect(plan).toMatchObject({ status: 'APPROVED', currentVersion: 1, reviewCase: null });
    expect(plan.versions).toEqual([
      { number: 1, status: 'APPROVED', case: { state: 'approved' } },
      { number: 2, status: 'WITHDRAWN', case: { state: 'withdrawn' } },
    ]);

    // The TIC leader proposes the next one: it is version 3 (2 stays, withdrawn).
    const res = must('propose', await propose(who.tic, { planId, justification: OVERALL, title: 'Plan de acción CTI ajustado' }));
    const v3 = await readPlan(who.member, planId, `version(number: 3) { ${VERSION} }`);
    expect(v3.version).toMatchObject({
      status: 'PROPOSED',
      baseVersion: 1,
      title: 'Plan de acción CTI ajustado',
      changes: [{ kind: 'TITLE_CHANGED', code: null, justification: OVERALL }],
      proposedBy: subjectOf('entity_tic_leader', who.code),
      case: { id: res.data.proposePlanAdjustment.case.id },
    });
    // Approved, the title is the plan's.
    await approve(res.data.proposePlanAdjustment.case.id);
    expect(await readPlan(who.member, planId, 'title currentVersion')).toEqual({ title: 'Plan de acción CTI ajustado', currentVersion: 3 });
  });

  it('refuses a proposal on a draft plan or a withdrawn one (PRECONDITION_FAILED PLAN_NOT_APPROVED), writing nothing', async () => {
    const draft = await newPlan(who, true);
    const was = await snapshot(draft);
    const res = await propose(who.representative, lowerTarget(draft));
    expect(errorCode(res)).toBe('PRECONDITION_FAILED');
    expect(extensionsOf(res).rule).toBe('PLAN_NOT_APPROVED');
    expect(await snapshot(draft)).toEqual(was);

    must('withdraw', await gql(who.representative, WITHDRAW, { input: { caseId: was.reviewCase.id } }));
    expect(await readPlan(who.member, draft, 'status currentVersion')).toEqual({ status: 'WITHDRAWN', currentVersion: null });
    const withdrawn = await propose(who.representative, lowerTarget(draft));
    expect(extensionsOf(withdrawn).rule).toBe('PLAN_NOT_APPROVED');
  });
});

// =============================================================================================
describe('a proposal retried with its idempotency key', () => {
  let who: Who;
  let planId: string;
  let first: { replayed: boolean; case: { id: string }; entry: unknown };
  const idempotencyKey = `ajuste-${randomUUID()}`;

  beforeAll(async () => {
    who = await entity();
    planId = await newPlan(who);
  });

  it('gets its first result even once the proposal was approved: the same case, no further version', async () => {
    first = must('propose', await propose(who.representative, lowerTarget(planId, { idempotencyKey }))).data.proposePlanAdjustment;
    expect(first.replayed).toBe(false);
    await approve(first.case.id);
    const was = await snapshot(planId);
    expect(was).toMatchObject({ currentVersion: 2, reviewCase: null });
    // Checked against version 2 the same change would change nothing: the retry is answered first.
    const again = must('retry', await propose(who.representative, lowerTarget(planId, { idempotencyKey }))).data.proposePlanAdjustment;
    expect(again).toMatchObject({ replayed: true, case: { id: first.case.id, state: 'approved' }, entry: first.entry });
    expect(await snapshot(planId)).toEqual(was);
  });

  it('refuses the same key with other values (BAD_USER_INPUT at input.idempotencyKey), writing nothing', async () => {
    const was = await snapshot(planId);
    const other = lowerTarget(planId, {
      idempotencyKey,
      products: [{ code: '3.1.1', justification: WHY, targets: [{ period: Y1, value: 0.3 }] }],
    });
    const res = await propose(who.representative, other);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(extensionsOf(res).problems).toEqual([{ path: 'input.idempotencyKey', code: 'DUPLICATE', message: res.errors![0].message }]);
    expect(await snapshot(planId)).toEqual(was);
  });
});

// =============================================================================================
describe('return with comments, resubmit with corrected changes, approve', () => {
  let who: Who;
  let planId: string;

  beforeAll(async () => {
    who = await entity();
    planId = await newPlan(who);
  });

  it('replaces the earlier proposal with the corrected one (computed from the base version, not stacked)', async () => {
    const proposed = must(
      'propose',
      await propose(who.representative, {
        planId,
        justification: OVERALL,
        products: [
          { code: '3.1.1', justification: WHY, targets: [{ period: Y1, value: 0.25 }] },
          { code: '1.1.1', justification: 'Se redistribuyen los pesos entre objetivos', weight: 40 },
          { code: '1.1.2', justification: 'Se redistribuyen los pesos entre objetivos', weight: 30 },
        ],
      }),
    ).data.proposePlanAdjustment.case;

    // Only the coordination returns, and only with a note.
    expect(errorCode(await gql(who.representative, RETURN, { input: { caseId: proposed.id, note: 'Revise las metas' } }))).toBe(
      'FORBIDDEN',
    );
    const returned = must(
      'return',
      await gql(coordinator, RETURN, {
        input: { caseId: proposed.id, note: 'Los pesos no cambian; corrija solo el nombre del producto 1.1.1' },
      }),
    ).data.returnPlanVersion.case;
    expect(returned.state).toBe('returned');

    // A member does not resubmit; a bad correction is refused whole and the case stays returned.
    const fix = {
      caseId: proposed.id,
      justification: 'Se atienden las observaciones de la coordinación',
      products: [{ code: '1.1.1', justification: 'El nombre refleja los servicios digitales', name: 'Trámites y servicios en línea' }],
    };
    const was = await snapshot(planId);
    expect(errorCode(await gql(who.member, RESUBMIT, { input: fix }))).toBe('FORBIDDEN');
    const bad = await gql(who.representative, RESUBMIT, {
      input: { ...fix, products: [{ code: '1.1.1', justification: 'corta', weight: 90 }] },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(problemPaths(bad)).toEqual(['input.products[0].justification', 'input.products']);
    expect(await snapshot(planId)).toEqual(was);

    const resubmitted = must('resubmit', await gql(who.tic, RESUBMIT, { input: fix })).data.resubmitPlanVersion;
    expect(resubmitted.case.state).toBe('submitted');
    expect(resubmitted.entry).toMatchObject({ event: 'RESUBMIT', payload: { justification: fix.justification, products: fix.products } });

    const v2 = (await readPlan(coordinator, planId, `version(number: 2) { ${VERSION} }`)).version;
    expect(v2).toMatchObject({
      status: 'PROPOSED',
      justification: 'Se atienden las observaciones de la coordinación',
      changes: [{ kind: 'PRODUCT_CHANGED', code: '1.1.1', justification: 'El nombre refleja los servicios digitales' }],
    });
    // The earlier target and weights are gone: version 2 is version 1 with the new name alone.
    expect(v2.products.map((p: { code: string; name: string; weight: number }) => [p.code, p.name, p.weight])).toEqual([
      ['1.1.1', 'Trámites y servicios en línea', 50],
      ['1.1.2', 'Sedes conectadas', 20],
      ['3.1.1', 'Personas formadas', 30],
    ]);
    expect(v2.products[2].targets[1]).toEqual({ period: Y1, value: 0.4 });

    await approve(proposed.id);
    const plan = await readPlan(who.member, planId, `currentVersion products { code name }`);
    expect(plan.currentVersion).toBe(2);
    expect(plan.products[0]).toEqual({ code: '1.1.1', name: 'Trámites y servicios en línea' });
  });

  it('resubmits a returned proposal as it was when no change is sent', async () => {
    const kase = must('propose', await propose(who.representative, lowerTarget(planId))).data.proposePlanAdjustment.case;
    must('return', await gql(coordinator, RETURN, { input: { caseId: kase.id, note: 'Adjunte el acta del comité' } }));
    const was = (await readPlan(coordinator, planId, `version(number: 3) { ${VERSION} }`)).version;
    must('resubmit', await gql(who.representative, RESUBMIT, { input: { caseId: kase.id } }));
    const now = (await readPlan(coordinator, planId, `version(number: 3) { ${VERSION} }`)).version;
    expect(now).toEqual({ ...was, case: { ...was.case, state: 'submitted' } });
    await approve(kase.id);
  });

  it('corrects a returned first version in place: the changes apply to its own products', async () => {
    const draft = await newPlan(who, true);
    const kase = (await reviewCaseOf(draft))!;
    must('return', await gql(coordinator, RETURN, { input: { caseId: kase.id, note: 'El peso de 1.1.2 debe ser 30 y el de 3.1.1, 20' } }));
    const corrected = must(
      'resubmit',
      await gql(who.representative, RESUBMIT, {
        input: {
          caseId: kase.id,
          justification: 'Se corrigen los pesos como pidió la coordinación',
          products: [
            { code: '1.1.2', justification: 'Peso corregido según la observación', weight: 30 },
            { code: '3.1.1', justification: 'Peso corregido según la observación', weight: 20 },
          ],
        },
      }),
    );
    expect(corrected.data.resubmitPlanVersion.case.state).toBe('submitted');
    await approve(kase.id);
    const plan = await readPlan(
      who.member,
      draft,
      `status currentVersion versions { number status baseVersion changes { kind code } } products { code weight }`,
    );
    expect(plan).toMatchObject({ status: 'APPROVED', currentVersion: 1 });
    expect(plan.versions).toEqual([
      {
        number: 1,
        status: 'APPROVED',
        baseVersion: null,
        changes: [
          { kind: 'PRODUCT_CHANGED', code: '1.1.2' },
          { kind: 'PRODUCT_CHANGED', code: '3.1.1' },
        ],
      },
    ]);
    expect(plan.products).toEqual([
      { code: '1.1.1', weight: 50 },
      { code: '1.1.2', weight: 30 },
      { code: '3.1.1', weight: 20 },
    ]);
  });
});

// =============================================================================================
describe('diff between any two versions', () => {
  let who: Who;
  let planId: string;

  beforeAll(async () => {
    who = await entity();
    planId = await newPlan(who);
    const v2 = must('propose', await propose(who.representative, lowerTarget(planId))).data.proposePlanAdjustment.case;
    await approve(v2.id);
    // Version 3, proposed: a new title, a product added under a new objective, one removed, one renamed, an objective renamed.
    must(
      'propose',
      await propose(who.representative, {
        planId,
        justification: OVERALL,
        title: 'Plan de acción CTI, segundo ajuste',
        remove: [{ code: '1.1.2', justification: 'Las sedes quedaron conectadas por otro programa' }],
        products: [
          {
            code: '1.1.1',
            justification: 'El nombre refleja los servicios digitales',
            name: 'Trámites y servicios en línea',
            sector: 'Secretaría General',
          },
        ],
        add: [
          {
            code: '4.1.1',
            objectiveCode: 'O4',
            justification: 'Nuevo objetivo de datos abiertos acordado con el sector',
            name: 'Conjuntos de datos abiertos',
            indicator: 'Conjuntos de datos publicados',
            weight: 20,
            annualization: 'SUM',
            targets: [{ period: Y3, value: 10 }],
            baseline: 2,
          },
        ],
        objectives: [
          { code: 'O1', name: 'Gobierno y servicios digitales', justification: 'El objetivo abarca ahora los servicios' },
          { code: 'O4', name: 'Datos abiertos', justification: 'Nombre del objetivo nuevo' },
        ],
      }),
    );
  });

  const DIFF = `title { before after } objectives { code change before after }
    products { code change before { code weight } after { code weight sector baseline } fields { field before after } targets { period before after } }`;

  it('from version 1 to version 2: the one target changed', async () => {
    const { diff } = await readPlan(auditor, planId, `diff(from: 1, to: 2) { from to ${DIFF} }`);
    expect(diff).toEqual({
      from: 1,
      to: 2,
      title: null,
      objectives: [],
      products: [
        {
          code: '3.1.1',
          change: 'CHANGED',
          before: { code: '3.1.1', weight: 30 },
          after: { code: '3.1.1', weight: 30, sector: null, baseline: null },
          fields: [],
          targets: [{ period: Y1, before: 0.4, after: 0.25 }],
        },
      ],
    });
  });

  it('from version 1 to the proposed version 3: title, objectives, products added, removed and changed', async () => {
    const { diff } = await readPlan(who.member, planId, `diff(from: 1, to: 3) { from to ${DIFF} }`);
    expect(diff.title).toEqual({ before: 'Plan de acción de la estrategia CTI', after: 'Plan de acción CTI, segundo ajuste' });
    expect(diff.objectives).toEqual([
      { code: 'O1', change: 'RENAMED', before: 'Gobierno digital', after: 'Gobierno y servicios digitales' },
      { code: 'O4', change: 'ADDED', before: null, after: 'Datos abiertos' },
    ]);
    expect(diff.products).toEqual([
      {
        code: '1.1.1',
        change: 'CHANGED',
        before: { code: '1.1.1', weight: 50 },
        after: { code: '1.1.1', weight: 50, sector: 'Secretaría General', baseline: null },
        fields: [
          { field: 'NAME', before: 'Trámites en línea', after: 'Trámites y servicios en línea' },
          { field: 'SECTOR', before: null, after: 'Secretaría General' },
        ],
        targets: [],
      },
      {
        code: '3.1.1',
        change: 'CHANGED',
        before: { code: '3.1.1', weight: 30 },
        after: { code: '3.1.1', weight: 30, sector: null, baseline: null },
        fields: [],
        targets: [{ period: Y1, before: 0.4, after: 0.25 }],
      },
      {
        code: '4.1.1',
        change: 'ADDED',
        before: null,
        after: { code: '4.1.1', weight: 20, sector: null, baseline: 2 },
        fields: [],
        targets: [],
      },
      { code: '1.1.2', change: 'REMOVED', before: { code: '1.1.2', weight: 20 }, after: null, fields: [], targets: [] },
    ]);
    const v3 = (await readPlan(who.member, planId, 'version(number: 3) { changes { kind code } }')).version;
    expect(v3.changes).toEqual([
      { kind: 'TITLE_CHANGED', code: null },
      { kind: 'PRODUCT_CHANGED', code: '1.1.1' },
      { kind: 'PRODUCT_ADDED', code: '4.1.1' },
      { kind: 'PRODUCT_REMOVED', code: '1.1.2' },
      { kind: 'OBJECTIVE_RENAMED', code: 'O1' },
      { kind: 'OBJECTIVE_RENAMED', code: 'O4' },
    ]);
  });

  it('compares backwards too, and refuses a version the plan does not have', async () => {
    const { diff } = await readPlan(coordinator, planId, `diff(from: 2, to: 1) { products { code targets { period before after } } }`);
    expect(diff.products).toEqual([{ code: '3.1.1', targets: [{ period: Y1, before: 0.25, after: 0.4 }] }]);
    const res = await gql(coordinator, `query D($id: ID!) { actionPlan(id: $id) { diff(from: 1, to: 9) { from } } }`, { id: planId });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(problemPaths(res)).toEqual(['to']);
  });
});

// =============================================================================================
describe('every bad proposal is refused whole, naming each problem, with nothing written', () => {
  let who: Who;
  let planId: string;
  let was: unknown;

  beforeAll(async () => {
    who = await entity();
    planId = await newPlan(who);
    await progress(planId, '1.1.2', Y0, 1, `${Y1}-01-20`, 'SUBMITTED');
    was = await snapshot(planId);
  });
  afterEach(async () => {
    expect(await snapshot(planId)).toEqual(was);
  });

  const ok = { justification: WHY };
  const cases: [string, Record<string, unknown>, string[]][] = [
    ['a short overall justification', { justification: 'corta', title: 'Plan de acción ajustado' }, ['input.justification']],
    ['no change at all', {}, ['input']],
    ['a title too short, and the title in force', { title: 'Plan' }, ['input.title']],
    ['the title in force', { title: 'Plan de acción de la estrategia CTI' }, ['input.title']],
    [
      'a change without its justification',
      { products: [{ code: '3.1.1', justification: '  ', targets: [{ period: Y1, value: 0.3 }] }] },
      ['input.products[0].justification'],
    ],
    [
      'a justification over 2000 characters',
      { products: [{ code: '3.1.1', justification: 'x'.repeat(2001), targets: [{ period: Y1, value: 0.3 }] }] },
      ['input.products[0].justification'],
    ],
    ['an unknown product', { products: [{ code: '9.9.9', ...ok, name: 'Otro nombre' }] }, ['input.products[0].code']],
    ['a product entry that changes nothing', { products: [{ code: '3.1.1', ...ok }] }, ['input.products[0]']],
    [
      'a product repeated',
      {
        products: [
          { code: '3.1.1', ...ok, name: 'Personas formadas en TIC' },
          { code: '3.1.1', ...ok, name: 'Otra vez' },
        ],
      },
      ['input.products[1].code'],
    ],
    ['weights that no longer sum 100 %', { products: [{ code: '1.1.1', ...ok, weight: 60 }] }, ['input.products']],
    ['a weight of 0', { products: [{ code: '1.1.1', ...ok, weight: 0 }] }, ['input.products[0].weight']],
    [
      'targets outside the horizon and negative',
      {
        products: [
          {
            code: '3.1.1',
            ...ok,
            targets: [
              { period: '2040', value: 1 },
              { period: Y1, value: -1 },
            ],
          },
        ],
      },
      ['input.products[0].targets[0].period', 'input.products[0].targets[1].value'],
    ],
    [
      'a product left without targets',
      { products: [{ code: '1.1.2', ...ok, targets: [Y0, Y1, Y2, Y3].map((period) => ({ period, value: null })) }] },
      ['input.products[0].targets'],
    ],
    ['removing a product with progress reported', { remove: [{ code: '1.1.2', ...ok }] }, ['input.remove[0].code']],
    ['removing an unknown product', { remove: [{ code: '7.7.7', ...ok }] }, ['input.remove[0].code']],
    [
      'removing a product twice',
      {
        remove: [
          { code: '1.1.1', ...ok },
          { code: '1.1.1', ...ok },
        ],
      },
      ['input.remove[1].code', 'input.products'],
    ],
    [
      'a new product without its fields, and one with a code the plan has',
      {
        add: [
          { code: '5.1.1', objectiveCode: 'O5', ...ok, targets: [] },
          {
            code: '1.1.1',
            objectiveCode: 'O1',
            ...ok,
            name: 'Repetido',
            indicator: 'Repetido',
            weight: 1,
            annualization: 'SUM',
            targets: [{ period: Y1, value: 1 }],
          },
        ],
      },
      [
        'input.add[0].name',
        'input.add[0].indicator',
        'input.add[0].weight',
        'input.add[0].annualization',
        'input.add[0].targets',
        'input.add[1].code',
      ],
    ],
    ['an unknown objective renamed', { objectives: [{ code: 'O9', name: 'Objetivo inexistente', ...ok }] }, ['input.objectives[0].code']],
    [
      'an objective renamed to its own name',
      { objectives: [{ code: 'O1', name: 'Gobierno digital', ...ok }] },
      ['input.objectives[0].name'],
    ],
    ['a sector over 120 characters', { products: [{ code: '1.1.1', ...ok, sector: 's'.repeat(121) }] }, ['input.products[0].sector']],
    ['a negative baseline', { products: [{ code: '1.1.1', ...ok, baseline: -3 }] }, ['input.products[0].baseline']],
    // Finite is not enough: two targets of 1e308 sum to Infinity, and the measurement's ideal to NaN.
    [
      'targets over a billón',
      {
        products: [
          {
            code: '1.1.1',
            ...ok,
            targets: [
              { period: Y2, value: 1e308 },
              { period: Y3, value: 1e12 + 1 },
            ],
          },
        ],
      },
      ['input.products[0].targets[0].value', 'input.products[0].targets[1].value'],
    ],
    ['a baseline over a billón', { products: [{ code: '1.1.1', ...ok, baseline: 2e12 }] }, ['input.products[0].baseline']],
    [
      'a new product with a target over a billón',
      {
        products: [{ code: '1.1.1', ...ok, weight: 49 }],
        add: [
          {
            code: '1.1.3',
            objectiveCode: 'O1',
            ...ok,
            name: 'Sedes nuevas',
            indicator: 'Sedes conectadas',
            weight: 1,
            annualization: 'SUM',
            targets: [{ period: Y2, value: 5e12 }],
          },
        ],
      },
      // Its one target refused, it is also left without targets.
      ['input.add[0].targets[0].value', 'input.add[0].targets'],
    ],
  ];

  it.each(cases)('refuses %s', async (_name, change, paths) => {
    const res = await propose(who.representative, { planId, justification: OVERALL, ...change });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(problemPaths(res)).toEqual(paths);
    if (res.errors![0].message.startsWith('No se radicó')) expect(res.errors![0].message).toMatch(/^No se radicó la propuesta de ajuste: /);
  });

  it('refuses a plan that does not exist (NOT_FOUND)', async () => {
    expect(errorCode(await propose(who.representative, lowerTarget('00000000-0000-4000-8000-000000000000')))).toBe('NOT_FOUND');
  });

  it('refuses leaving the plan without products', async () => {
    const bare = await newPlan(who);
    const before = await snapshot(bare);
    const res = await propose(who.representative, {
      planId: bare,
      justification: OVERALL,
      remove: ['1.1.1', '1.1.2', '3.1.1'].map((code) => ({ code, ...ok })),
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(problemPaths(res)).toEqual(['input.remove']);
    expect(await snapshot(bare)).toEqual(before);
  });
});

// =============================================================================================
describe('a plan keeps at most MAX_PLAN_PRODUCTS products, whatever its adjustments (review of issue 21, finding 5)', () => {
  let who: Who;
  let planId: string;
  const ok = { justification: WHY };
  const extra = (code: string) => ({
    code,
    objectiveCode: 'O1',
    ...ok,
    name: 'Producto adicional',
    indicator: 'Trámites en línea',
    weight: 0.05,
    annualization: 'SUM',
    targets: [{ period: Y2, value: 1 }],
  });

  beforeAll(async () => {
    who = await entity();
    planId = await newPlan(who);
    await fillToProductCap(app, rawId(planId), Y2);
  });

  it('refuses a proposal that would leave it with one product more (OVER_LIMIT at input.add), writing nothing', async () => {
    const before = await snapshot(planId);
    // P1's weight halved, the new product takes the other half: the weights still sum 100 %.
    const res = await propose(who.representative, {
      planId,
      justification: OVERALL,
      products: [{ code: 'P1', ...ok, weight: 0.05 }],
      add: [extra('N1')],
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(extensionsOf(res).problems).toEqual([
      {
        path: 'input.add',
        code: 'OVER_LIMIT',
        message: `el plan quedaría con ${MAX_PLAN_PRODUCTS + 1} productos; admite a lo sumo ${MAX_PLAN_PRODUCTS}`,
      },
    ]);
    expect(await snapshot(planId)).toEqual(before);
  });

  it('takes one that replaces a product with another, staying at the bound', async () => {
    const res = must(
      'proposePlanAdjustment',
      await propose(who.representative, {
        planId,
        justification: OVERALL,
        remove: [{ code: 'P2', ...ok }],
        add: [{ ...extra('N1'), weight: 100 / MAX_PLAN_PRODUCTS }],
      }),
    );
    expect(res.data.proposePlanAdjustment.case.state).toBe('submitted');
    const count = await app.system.orm.em
      .getKnex()('plan_version_product')
      .where({ plan_id: rawId(planId), version: 2 })
      .count({ n: '*' });
    expect(Number(count[0].n)).toBe(MAX_PLAN_PRODUCTS);
  });
});

// =============================================================================================
describe('isolation: only the entity and the ministry see a plan’s versions; only the entity proposes', () => {
  let who: Who;
  let other: Who;
  let planId: string;
  let caseId: string;

  beforeAll(async () => {
    who = await entity();
    other = await entity();
    planId = await newPlan(who);
    caseId = must('propose', await propose(who.representative, lowerTarget(planId))).data.proposePlanAdjustment.case.id;
  });

  it("hides the plan, its versions and its review case from another entity's people", async () => {
    for (const token of [other.representative, other.tic, other.member]) {
      expect(await readPlan(token, planId, 'id versions { number }')).toBeNull();
      const kase = await gql(token, `query C($id: ID!) { case(id: $id) { id } }`, { id: caseId });
      expect(kase.data.case).toBeNull();
    }
  });

  it("refuses another entity's proposal (NOT_FOUND), resubmission and approval (NOT_FOUND), writing nothing", async () => {
    const was = await snapshot(planId);
    expect(errorCode(await propose(other.representative, lowerTarget(planId)))).toBe('NOT_FOUND');
    expect(errorCode(await gql(other.representative, RESUBMIT, { input: { caseId } }))).toBe('NOT_FOUND');
    expect(errorCode(await gql(other.representative, APPROVE, { input: { caseId } }))).toBe('NOT_FOUND');
    expect(errorCode(await gql(other.tic, WITHDRAW, { input: { caseId } }))).toBe('NOT_FOUND');
    expect(await snapshot(planId)).toEqual(was);
  });

  it('lets neither the entity nor the auditor approve (FORBIDDEN); the auditor reads versions, diff and case', async () => {
    const was = await snapshot(planId);
    for (const token of [who.representative, who.tic, who.member, auditor])
      expect(errorCode(await gql(token, APPROVE, { input: { caseId } }))).toBe('FORBIDDEN');
    expect(await snapshot(planId)).toEqual(was);
    const seen = await readPlan(
      auditor,
      planId,
      'versions { number status case { id } } diff(from: 1, to: 2) { products { code } } reviewCase { id }',
    );
    expect(seen).toEqual({
      versions: [
        { number: 1, status: 'APPROVED', case: { id: expect.any(String) } },
        { number: 2, status: 'PROPOSED', case: { id: caseId } },
      ],
      diff: { products: [{ code: '3.1.1' }] },
      reviewCase: { id: caseId },
    });
  });
});
