import { randomUUID } from 'node:crypto';

import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { bogotaDay } from '../../src/core/time/business-calendar';
import { Document } from '../../src/modules/documents/document.entity';
import { MAX_PLAN_PRODUCTS } from '../../src/modules/follow-up/plan-bounds';
import { extensionsOf, paymentRaw, problemPaths, scheduleRaw, type Res } from '../support/cofinancing';
import { documentKey, samplePdf, uploadDocument } from '../support/documents';
import { dataOf, errorCode, executeText } from '../support/http';
import { ACCEPT_PROGRESS_REPORT, fillToProductCap, projectPlanOf, SUBMIT_PROGRESS_REPORT } from '../support/progress-reports';
import { startTestSystem, type TestSystem } from '../support/test-system';
import {
  actors,
  drive,
  municipalities,
  openProgramme,
  sendEvent,
  validApplication,
  validatedAssessment,
  type Actors,
} from '../support/workflow';

/*
 * Progress reports reviewed by the coordination (issue 21, items 2 and 4) through the HTTP API: a
 * period's report of an approved plan is filed by the entity's representative or TIC leader (a
 * PROGRESS_REPORT case), and the coordination accepts it or returns it with comments per product;
 * the entity corrects and resubmits. Only accepted items count in the official measurement; the
 * provisional one also counts those in review or returned, and says so. The review and the
 * corrections run on the machine's terms. Every bad input is refused with nothing written; another
 * entity neither reads nor touches the reports. An application that starts execution gets its
 * project plan, and it is closed only with its final report accepted.
 *
 * The plans run from last year to next year (annual): last year's and this year's periods have
 * started, next year's has not.
 */

const TODAY = bogotaDay(new Date());
const YEAR = Number(TODAY.slice(0, 4));
const [Y0, Y1, Y2] = [YEAR - 1, YEAR, YEAR + 1].map(String);
const PLAN_CSV = [
  `objetivo,nombre_objetivo,producto,nombre_producto,indicador,peso,anualizacion,meta_${Y0},meta_${Y1},meta_${Y2}`,
  'O1,Gobierno digital,1.1,Trámites en línea,Trámites realizados en línea en el año,60,Suma,100,100,100',
  'O1,Gobierno digital,1.2,Hogares conectados,Porcentaje de hogares con internet fijo,40,Creciente,50,80,100',
].join('\n');

const REPORT_FIELDS = `caseId planId period final submission planVersion acceptedOn status
  items { id productCode period value narrative status caseId submission reviewComment acceptedOn reportedOn evidence { title url } }
  case { id state version lastNote deadlines { kind status } }`;
const REPORTS = `query R($id: ID!) { actionPlan(id: $id) { progressReports { ${REPORT_FIELDS} } reports { productCode value status submission } } }`;
const MEASURE = `query M($id: ID!, $basis: MeasurementBasis) { actionPlan(id: $id) { measurement(basis: $basis) {
  basis official label progress objectives { products { code accumulated } } } } }`;
const RETURN = `mutation R($input: ReturnProgressReportInput!) { returnProgressReport(input: $input) { case { id state version } } }`;
const RESUBMIT = `mutation R($input: ResubmitProgressReportInput!) { resubmitProgressReport(input: $input) { case { id state version } } }`;
const WITHDRAW = `mutation W($input: CaseActionInput!) { withdrawProgressReport(input: $input) { case { id state version } } }`;
const SCHEDULE = `query S($id: ID!) { actionPlan(id: $id) { reportSchedule { period status missing submittedOn } } }`;

type Who = Actors & { ticLeader: string; code: string };
interface Item {
  productCode: string;
  value: number;
  narrative: string;
  status: string;
  submission: number;
  reviewComment: string | null;
  acceptedOn: string | null;
}
interface Report {
  caseId: string;
  period: string;
  final: boolean;
  submission: number;
  planVersion: number;
  acceptedOn: string | null;
  status: string;
  items: Item[];
  case: { id: string; state: string; version: number; lastNote: string | null; deadlines: { kind: string; status: string }[] };
}

let app: TestSystem;
let coordinator: string;
let codes: string[];
let next = 0;

const keyOf = (id: string) => fromGlobalId(id)?.key ?? id;
const knex = () => app.system.orm.em.getKnex();
const gql = (token: string, query: string, variables: Record<string, unknown> = {}): Promise<Res> =>
  executeText(app.url, query, variables, { token });

beforeAll(async () => {
  app = await startTestSystem();
  coordinator = await app.token(Role.COORDINATOR);
  codes = await municipalities(app, 12);
});
afterAll(() => app?.stop());

/** An entity of its own for a test, with its people. */
async function entity(): Promise<Who> {
  const code = codes[next++];
  return { ...(await actors(app, code)), ticLeader: await app.token(Role.ENTITY_TIC_LEADER, code), code };
}

/** Imports the plan as the entity's representative; with `approve`, the coordinator approves its first version. */
async function importPlan(who: Who, approve = true): Promise<string> {
  const res = await gql(who.representative, `mutation I($input: ImportActionPlanInput!) { importActionPlan(input: $input) { id } }`, {
    input: {
      title: 'Plan de acción de la estrategia CTI',
      startYear: YEAR - 1,
      endYear: YEAR + 1,
      periodicity: 'ANNUAL',
      format: 'CSV',
      content: PLAN_CSV,
    },
  });
  const id = dataOf(res).importActionPlan.id as string;
  if (approve) {
    const version = await knex()('plan_version')
      .where({ plan_id: keyOf(id), number: 1 })
      .first('case_id');
    const approved = await sendEvent(app, coordinator, 'PLAN_REVIEW', version.case_id, 'APPROVE');
    if (approved.errors) throw new Error(`APPROVE: ${approved.errors[0].message}`);
  }
  return id;
}

const item = (productCode: string, value: number, extra: Record<string, unknown> = {}) => ({
  productCode,
  value,
  narrative: `Avance del producto ${productCode} según el informe de gestión.`,
  evidence: [{ title: 'Informe de gestión', url: 'https://example.org/informe.pdf' }],
  ...extra,
});

const submitRaw = (token: string, input: Record<string, unknown>) => gql(token, SUBMIT_PROGRESS_REPORT, { input });

/** Files a report that must be accepted by the API; returns its case id. */
async function submit(token: string, planId: string, period: string, items: unknown[], final = false): Promise<string> {
  return dataOf(await submitRaw(token, { planId, period, items, final })).submitProgressReport.case.id;
}

const accept = async (caseId: string) => dataOf(await gql(coordinator, ACCEPT_PROGRESS_REPORT, { input: { caseId } }));

async function reportsOf(
  token: string,
  planId: string,
): Promise<{ progressReports: Report[]; reports: { productCode: string; value: number; status: string; submission: number }[] }> {
  return dataOf(await gql(token, REPORTS, { id: planId })).actionPlan;
}

async function measured(token: string, planId: string, basis: 'OFFICIAL' | 'PROVISIONAL' = 'OFFICIAL') {
  const m = dataOf(await gql(token, MEASURE, { id: planId, basis })).actionPlan.measurement as {
    basis: string;
    official: boolean;
    label: string;
    progress: number;
    objectives: { products: { code: string; accumulated: number | null }[] }[];
  };
  return { ...m, accumulated: Object.fromEntries(m.objectives.flatMap((o) => o.products).map((p) => [p.code, p.accumulated])) };
}

/** What a refused request must leave as it was: the plan's items and reports, and the entity's report cases. */
async function written(who: Who, planId: string) {
  const [items, reports, cases] = await Promise.all([
    knex()('progress_report')
      .where({ plan_id: keyOf(planId) })
      .orderBy('id')
      .select('*'),
    knex()('period_report')
      .where({ plan_id: keyOf(planId) })
      .orderBy('case_id')
      .select('*'),
    knex()('workflow_case').where({ process: 'PROGRESS_REPORT', entity_code: who.code }).orderBy('id').select('id', 'state', 'version'),
  ]);
  return { items, reports, cases };
}

function refused(res: Res, code: string, rule?: string) {
  expect(res.errors).toBeDefined();
  expect(errorCode(res)).toBe(code);
  if (rule) expect(extensionsOf(res).rule).toBe(rule);
}

// =============================================================================================
describe('a report accepted', () => {
  let who: Who;
  let planId: string;
  let caseId: string;

  beforeAll(async () => {
    who = await entity();
    planId = await importPlan(who);
  });

  it('is filed by the representative, in review, and counts only in the provisional measurement', async () => {
    caseId = await submit(who.representative, planId, Y0, [item('1.1', 100), item('1.2', 50)]);
    const [report] = (await reportsOf(who.member, planId)).progressReports;
    expect(report).toMatchObject({
      caseId,
      period: Y0,
      final: false,
      submission: 1,
      planVersion: 1,
      acceptedOn: null,
      status: 'SUBMITTED',
      case: { id: caseId, state: 'submitted' },
    });
    expect(report.items.map((i) => [i.productCode, i.value, i.status, i.submission, i.acceptedOn])).toEqual([
      ['1.1', 100, 'SUBMITTED', 1, null],
      ['1.2', 50, 'SUBMITTED', 1, null],
    ]);
    // The review runs on its term.
    expect(report.case.deadlines).toEqual([{ kind: 'PROGRESS_REPORT_REVIEW', status: 'PENDING' }]);

    const official = await measured(who.member, planId);
    expect(official).toMatchObject({ basis: 'OFFICIAL', official: true, progress: 0 });
    expect(official.accumulated).toEqual({ '1.1': null, '1.2': null });
    const provisional = await measured(who.member, planId, 'PROVISIONAL');
    expect(provisional).toMatchObject({ basis: 'PROVISIONAL', official: false });
    expect(provisional.label).toContain('PROVISIONAL');
    expect(provisional.accumulated).toEqual({ '1.1': 100, '1.2': 50 });
    // 60 × 100/300 + 40 × 50/100.
    expect(provisional.progress).toBeCloseTo(40, 6);

    // Reported once filed: the period owes nothing more.
    const schedule = dataOf(await gql(who.member, SCHEDULE, { id: planId })).actionPlan.reportSchedule;
    expect(schedule[0]).toMatchObject({ period: Y0, status: 'SUBMITTED', missing: [], submittedOn: TODAY });
  });

  it('once accepted, counts in the official measurement from the day of acceptance', async () => {
    await accept(caseId);
    const [report] = (await reportsOf(who.representative, planId)).progressReports;
    expect(report).toMatchObject({ status: 'ACCEPTED', acceptedOn: TODAY, case: { state: 'accepted' } });
    expect(report.items.map((i) => [i.status, i.acceptedOn])).toEqual([
      ['ACCEPTED', TODAY],
      ['ACCEPTED', TODAY],
    ]);
    expect(report.case.deadlines).toEqual([{ kind: 'PROGRESS_REPORT_REVIEW', status: 'MET' }]);
    const official = await measured(who.coordinator, planId);
    expect(official).toMatchObject({ official: true });
    expect(official.accumulated).toEqual({ '1.1': 100, '1.2': 50 });
    expect(official.progress).toBeCloseTo(40, 6);
  });

  it('is corrected by a later report of the period, one open at a time, whose acceptance replaces its values', async () => {
    const correction = await submit(who.representative, planId, Y0, [item('1.1', 120)]);
    // While the correction is in review, the official figure is the accepted one.
    expect((await measured(who.member, planId)).accumulated).toEqual({ '1.1': 100, '1.2': 50 });
    expect((await measured(who.member, planId, 'PROVISIONAL')).accumulated).toEqual({ '1.1': 120, '1.2': 50 });
    const again = await submitRaw(who.representative, { planId, period: Y0, items: [item('1.1', 130)] });
    refused(again, 'PRECONDITION_FAILED', 'REPORT_ALREADY_OPEN');
    expect(again.errors![0].message).toContain(`El periodo ${Y0} ya tiene un reporte de avance en revisión o devuelto`);
    await accept(correction);
    expect((await measured(who.member, planId)).accumulated).toEqual({ '1.1': 120, '1.2': 50 });
    const { progressReports, reports } = await reportsOf(who.member, planId);
    expect(progressReports.map((r) => [r.period, r.status, r.items.length])).toEqual([
      [Y0, 'ACCEPTED', 2],
      [Y0, 'ACCEPTED', 1],
    ]);
    // Every item stays in the record.
    expect(reports.map((r) => [r.productCode, r.value, r.status])).toEqual([
      ['1.1', 100, 'ACCEPTED'],
      ['1.2', 50, 'ACCEPTED'],
      ['1.1', 120, 'ACCEPTED'],
    ]);
  });

  it('is filed once for a repeated idempotency key, and a key reused for another report is refused', async () => {
    const idempotencyKey = `informe-${randomUUID()}`;
    const input = { planId, period: Y1, items: [item('1.2', 60)], idempotencyKey };
    const first = dataOf(await submitRaw(who.representative, input)).submitProgressReport;
    const again = dataOf(await submitRaw(who.representative, input)).submitProgressReport;
    expect(first.replayed).toBe(false);
    expect(again).toEqual({ ...first, replayed: true });
    const reused = await submitRaw(who.representative, { ...input, items: [item('1.2', 61)] });
    expect({ code: errorCode(reused), paths: problemPaths(reused) }).toEqual({ code: 'BAD_USER_INPUT', paths: ['input.idempotencyKey'] });
    expect((await reportsOf(who.member, planId)).progressReports.filter((r) => r.period === Y1)).toHaveLength(1);
    // Withdrawn, so the TIC leader may file the period below.
    dataOf(await gql(who.representative, WITHDRAW, { input: { caseId: first.case.id } }));
  });

  it('is filed by the TIC leader as well; a member, the coordination and an auditor are refused', async () => {
    refused(await submitRaw(who.member, { planId, period: Y1, items: [item('1.1', 40)] }), 'FORBIDDEN');
    refused(await submitRaw(coordinator, { planId, period: Y1, items: [item('1.1', 40)] }), 'FORBIDDEN');
    refused(await submitRaw(who.auditor, { planId, period: Y1, items: [item('1.1', 40)] }), 'FORBIDDEN');
    const byLeader = await submit(who.ticLeader, planId, Y1, [item('1.1', 40)]);
    // Only the coordination decides, and only the entity's leads resubmit or withdraw.
    refused(await gql(who.representative, ACCEPT_PROGRESS_REPORT, { input: { caseId: byLeader } }), 'FORBIDDEN');
    refused(await gql(who.member, WITHDRAW, { input: { caseId: byLeader } }), 'FORBIDDEN');
    refused(await gql(coordinator, WITHDRAW, { input: { caseId: byLeader } }), 'FORBIDDEN');
    const reports = (await reportsOf(who.member, planId)).progressReports;
    expect(reports.map((r) => [r.period, r.status])).toEqual([
      [Y0, 'ACCEPTED'],
      [Y0, 'ACCEPTED'],
      [Y1, 'WITHDRAWN'],
      [Y1, 'SUBMITTED'],
    ]);
    expect(reports.at(-1)).toMatchObject({ caseId: byLeader, case: { version: 1 } });
  });
});

// =============================================================================================
describe('a report retried with its idempotency key', () => {
  it('gets its first result even once the plan has a new version without the reported product', async () => {
    const who = await entity();
    const planId = await importPlan(who);
    const input = { planId, period: Y1, items: [item('1.2', 60)], idempotencyKey: `informe-${randomUUID()}` };
    const first = dataOf(await submitRaw(who.representative, input)).submitProgressReport;
    // Withdrawn, so an adjustment may take 1.2 out; approved, version 2 no longer has it.
    dataOf(await gql(who.representative, WITHDRAW, { input: { caseId: first.case.id } }));
    const why = 'El producto se cumple con otra política de la entidad';
    const proposed = dataOf(
      await gql(
        who.representative,
        `mutation P($input: ProposePlanAdjustmentInput!) { proposePlanAdjustment(input: $input) { case { id } } }`,
        {
          input: {
            planId,
            justification: 'Ajuste acordado con la coordinación en la mesa técnica',
            products: [{ code: '1.1', justification: why, weight: 100 }],
            remove: [{ code: '1.2', justification: why }],
          },
        },
      ),
    ).proposePlanAdjustment;
    const approveVersion = `mutation A($input: CaseDecisionInput!) { approvePlanVersion(input: $input) { case { state } } }`;
    expect(dataOf(await gql(coordinator, approveVersion, { input: { caseId: proposed.case.id } })).approvePlanVersion.case.state).toBe(
      'approved',
    );
    const was = await written(who, planId);
    // Checked against version 2, 1.2 would be an unknown product: the retry is answered first.
    const again = dataOf(await submitRaw(who.representative, input)).submitProgressReport;
    expect(again).toEqual({ replayed: true, case: { ...first.case, state: 'withdrawn', version: 2 } });
    const reused = await submitRaw(who.representative, { ...input, items: [item('1.2', 61)] });
    expect({ code: errorCode(reused), paths: problemPaths(reused) }).toEqual({ code: 'BAD_USER_INPUT', paths: ['input.idempotencyKey'] });
    expect(await written(who, planId)).toEqual(was);
  });
});

// =============================================================================================
describe('a report returned with comments per product', () => {
  let who: Who;
  let planId: string;
  let caseId: string;

  beforeAll(async () => {
    who = await entity();
    planId = await importPlan(who);
    caseId = await submit(who.representative, planId, Y0, [item('1.1', 80), item('1.2', 40)]);
  });

  it('is returned with the note and each product’s comment, and runs on the corrections term', async () => {
    const res = await gql(coordinator, RETURN, {
      input: {
        caseId,
        note: 'Revise los valores del primer año antes de radicar de nuevo.',
        comments: [{ productCode: '1.1', comment: 'El valor no coincide con el informe de gestión de la secretaría.' }],
      },
    });
    expect(dataOf(res).returnProgressReport.case.state).toBe('returned');
    const [report] = (await reportsOf(who.member, planId)).progressReports;
    expect(report).toMatchObject({
      status: 'RETURNED',
      submission: 1,
      case: { lastNote: 'Revise los valores del primer año antes de radicar de nuevo.' },
    });
    expect(report.items.map((i) => [i.productCode, i.status, i.reviewComment])).toEqual([
      ['1.1', 'RETURNED', 'El valor no coincide con el informe de gestión de la secretaría.'],
      ['1.2', 'RETURNED', null],
    ]);
    expect(report.case.deadlines).toEqual([
      { kind: 'PROGRESS_REPORT_REVIEW', status: 'MET' },
      { kind: 'PROGRESS_REPORT_CORRECTIONS', status: 'PENDING' },
    ]);
  });

  it('is left out of the official measurement and counted, labelled, in the provisional one', async () => {
    const official = await measured(who.member, planId);
    expect(official).toMatchObject({ basis: 'OFFICIAL', official: true, progress: 0 });
    expect(official.accumulated).toEqual({ '1.1': null, '1.2': null });
    const provisional = await measured(who.member, planId, 'PROVISIONAL');
    expect(provisional).toMatchObject({ basis: 'PROVISIONAL', official: false });
    expect(provisional.label).toMatch(/PROVISIONAL: incluye reportes aún en revisión o devueltos/);
    expect(provisional.accumulated).toEqual({ '1.1': 80, '1.2': 40 });
  });

  it('is resubmitted corrected (the earlier items superseded), and once accepted its corrected values count', async () => {
    const res = await gql(who.ticLeader, RESUBMIT, { input: { caseId, items: [item('1.1', 90), item('1.2', 40)] } });
    expect(dataOf(res).resubmitProgressReport.case.state).toBe('submitted');
    const { progressReports, reports } = await reportsOf(who.member, planId);
    expect(progressReports[0]).toMatchObject({ status: 'SUBMITTED', submission: 2 });
    expect(progressReports[0].items.map((i) => [i.productCode, i.value, i.status, i.submission, i.reviewComment])).toEqual([
      ['1.1', 90, 'SUBMITTED', 2, null],
      ['1.2', 40, 'SUBMITTED', 2, null],
    ]);
    expect(reports.map((r) => [r.productCode, r.value, r.status, r.submission])).toEqual([
      ['1.1', 80, 'SUPERSEDED', 1],
      ['1.2', 40, 'SUPERSEDED', 1],
      ['1.1', 90, 'SUBMITTED', 2],
      ['1.2', 40, 'SUBMITTED', 2],
    ]);
    expect(progressReports[0].case.deadlines).toEqual([
      { kind: 'PROGRESS_REPORT_REVIEW', status: 'MET' },
      { kind: 'PROGRESS_REPORT_CORRECTIONS', status: 'MET' },
      { kind: 'PROGRESS_REPORT_REVIEW', status: 'PENDING' },
    ]);
    // Only the latest submission is provisional.
    expect((await measured(who.member, planId, 'PROVISIONAL')).accumulated).toEqual({ '1.1': 90, '1.2': 40 });

    await accept(caseId);
    expect((await measured(who.member, planId)).accumulated).toEqual({ '1.1': 90, '1.2': 40 });
    expect((await reportsOf(who.member, planId)).reports.map((r) => r.status)).toEqual([
      'SUPERSEDED',
      'SUPERSEDED',
      'ACCEPTED',
      'ACCEPTED',
    ]);
  });

  it('is withdrawn by the entity: its items stop counting and the period is owed again', async () => {
    const other = await entity();
    const plan = await importPlan(other);
    const filed = await submit(other.representative, plan, Y0, [item('1.1', 10)]);
    expect(dataOf(await gql(other.member, SCHEDULE, { id: plan })).actionPlan.reportSchedule[0].status).toBe('SUBMITTED');
    expect(dataOf(await gql(other.representative, WITHDRAW, { input: { caseId: filed } })).withdrawProgressReport.case.state).toBe(
      'withdrawn',
    );
    const [report] = (await reportsOf(other.member, plan)).progressReports;
    expect(report).toMatchObject({ status: 'WITHDRAWN', items: [{ status: 'WITHDRAWN' }] });
    expect((await measured(other.member, plan, 'PROVISIONAL')).accumulated).toEqual({ '1.1': null, '1.2': null });
    const [due] = dataOf(await gql(other.member, SCHEDULE, { id: plan })).actionPlan.reportSchedule;
    expect(due).toMatchObject({ period: Y0, submittedOn: null, missing: ['1.1', '1.2'] });
    expect(['DUE', 'OVERDUE']).toContain(due.status);
    // The period may be reported again.
    await submit(other.representative, plan, Y0, [item('1.1', 12)]);
  });
});

// =============================================================================================
describe('bad input', () => {
  let who: Who;
  let planId: string;

  beforeAll(async () => {
    who = await entity();
    planId = await importPlan(who);
  });

  it('refuses every bad submission with its problems, writing nothing', async () => {
    const before = await written(who, planId);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ period: 'MMXXIV', items: [item('1.1', 1)] }, ['input.period']],
      [{ period: Y2, items: [item('1.1', 1)] }, ['input.period']],
      [{ period: Y0, items: [] }, ['input.items']],
      [{ period: Y0, items: [item('1.1', 1), item('1.2', 1), item('1.1', 2)] }, ['input.items', 'input.items[2].productCode']],
      [{ period: Y0, items: [item('9.9', 1)] }, ['input.items[0].productCode']],
      [{ period: Y0, items: [item('1.1', 1), item('1.1', 2)] }, ['input.items[1].productCode']],
      [{ period: Y0, items: [item('1.1', -1)] }, ['input.items[0].value']],
      // Finite is not enough: two values of 1.7e308 sum to Infinity in the provisional measurement.
      [{ period: Y0, items: [item('1.1', 1.7e308)] }, ['input.items[0].value']],
      [{ period: Y0, items: [item('1.1', 1e12 + 1)] }, ['input.items[0].value']],
      [{ period: Y0, items: [item('1.1', 1, { narrative: 'corto' })] }, ['input.items[0].narrative']],
      [
        { period: Y0, items: [item('1.1', 1, { evidence: Array.from({ length: 6 }, (_, i) => ({ title: `Acta ${i + 1}` })) })] },
        ['input.items[0].evidence'],
      ],
      [
        { period: Y0, items: [item('1.1', 1, { evidence: [{ title: 'Acta', url: 'ftp://example.org/acta' }] })] },
        ['input.items[0].evidence[0].url'],
      ],
      [{ period: Y0, items: [item('1.1', 1, { evidence: [{ title: 'ab' }] })] }, ['input.items[0].evidence[0].title']],
      // An annex that does not exist: refused while attaching, in the opening transaction, so no case is left behind.
      [{ period: Y0, items: [item('1.1', 1), item('1.2', 1, { annexes: [randomUUID()] })] }, ['input.items[1].annexes[0]']],
    ];
    for (const [input, paths] of cases) {
      const res = await submitRaw(who.representative, { planId, ...input });
      expect({ input, code: errorCode(res), paths: problemPaths(res) }).toEqual({ input, code: 'BAD_USER_INPUT', paths });
    }
    const tooMany = await submitRaw(who.representative, {
      planId,
      period: Y0,
      items: [item('1.1', 1, { annexes: Array.from({ length: 11 }, () => randomUUID()) })],
    });
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    refused(await submitRaw(who.representative, { planId: randomUUID(), period: Y0, items: [item('1.1', 1)] }), 'NOT_FOUND');
    const draft = await importPlan(who, false);
    refused(
      await submitRaw(who.representative, { planId: draft, period: Y0, items: [item('1.1', 1)] }),
      'PRECONDITION_FAILED',
      'PLAN_NOT_APPROVED',
    );
    expect(await written(who, planId)).toEqual(before);
    expect(
      Number(
        (
          await knex()('progress_report')
            .where({ plan_id: keyOf(draft) })
            .count({ n: '*' })
        )[0].n,
      ),
    ).toBe(0);
  });

  it('refuses a bad return or resubmission, leaving the report as it was', async () => {
    const caseId = await submit(who.representative, planId, Y0, [item('1.1', 70)]);
    let before = await written(who, planId);
    const returns: [Record<string, unknown>, string[]][] = [
      [
        { note: 'Revise el valor.', comments: [{ productCode: '1.2', comment: 'No está en el reporte.' }] },
        ['input.comments[0].productCode'],
      ],
      [
        {
          note: 'Revise el valor.',
          comments: [
            { productCode: '1.1', comment: 'Primer comentario.' },
            { productCode: '1.1', comment: 'Segundo comentario.' },
          ],
        },
        ['input.comments[1].productCode'],
      ],
      [{ note: 'Revise el valor.', comments: [{ productCode: '1.1', comment: 'no' }] }, ['input.comments[0].comment']],
      [{ note: ' ' }, ['input.note']],
    ];
    for (const [input, paths] of returns) {
      const res = await gql(coordinator, RETURN, { input: { caseId, ...input } });
      expect({ input, code: errorCode(res), paths: problemPaths(res) }).toEqual({ input, code: 'BAD_USER_INPUT', paths });
    }
    expect(await written(who, planId)).toEqual(before);

    dataOf(await gql(coordinator, RETURN, { input: { caseId, note: 'Revise el valor reportado.' } }));
    before = await written(who, planId);
    const resubmissions: [unknown[], string[]][] = [
      [[], ['input.items']],
      [[item('9.9', 1)], ['input.items[0].productCode']],
      [[item('1.1', -5)], ['input.items[0].value']],
      [[item('1.1', 1, { annexes: [randomUUID()] })], ['input.items[0].annexes[0]']],
    ];
    for (const [items, paths] of resubmissions) {
      const res = await gql(who.representative, RESUBMIT, { input: { caseId, items } });
      expect({ items, code: errorCode(res), paths: problemPaths(res) }).toEqual({ items, code: 'BAD_USER_INPUT', paths });
    }
    expect(await written(who, planId)).toEqual(before);
    // A member may not resubmit it either.
    refused(await gql(who.member, RESUBMIT, { input: { caseId, items: [item('1.1', 71)] } }), 'FORBIDDEN');
    expect(await written(who, planId)).toEqual(before);
  });
});

// =============================================================================================
describe('annexes across a resubmission (review of issue 21, finding 4)', () => {
  let who: Who;
  let planId: string;
  let caseId: string;
  const ANNEXED = `query R($id: ID!) { actionPlan(id: $id) { progressReports { caseId submission items { id productCode status annexes { id } } } } }`;

  /** An uploaded PROGRESS_EVIDENCE document of the entity, AVAILABLE and free: its id. */
  async function upload(token: string, name: string): Promise<string> {
    const result = await uploadDocument(app.url, token, { purpose: 'PROGRESS_EVIDENCE', name, content: samplePdf(name) });
    if (result.status !== 200 || !result.documentId) throw new Error(`carga de ${name}: ${result.status} ${JSON.stringify(result.body)}`);
    return result.documentId;
  }
  const owner = async (id: string) => {
    const doc = await app.system.orm.em.fork().findOneOrFail(Document, { id: documentKey(id) });
    return { ownerKind: doc.ownerKind, ownerKey: doc.ownerKey, supersededBy: doc.supersededBy };
  };
  /** The report's items of its current submission, each with its annexes' ids. */
  async function current(caseId: string) {
    const reports = dataOf(await gql(who.member, ANNEXED, { id: planId })).actionPlan.progressReports as {
      caseId: string;
      submission: number;
      items: { id: string; productCode: string; status: string; annexes: { id: string }[] }[];
    }[];
    return reports.find((r) => r.caseId === caseId)!;
  }
  const returnIt = async (id: string) =>
    dataOf(await gql(coordinator, RETURN, { input: { caseId: id, note: 'Revise los valores y radique de nuevo.' } }));

  let a: string;
  let b: string;
  let c: string;

  beforeAll(async () => {
    who = await entity();
    planId = await importPlan(who);
    [a, b, c] = [await upload(who.member, 'acta.pdf'), await upload(who.member, 'fotos.pdf'), await upload(who.member, 'lista.pdf')];
    caseId = await submit(who.representative, planId, Y0, [item('1.1', 80, { annexes: [a, b] }), item('1.2', 40, { annexes: [c] })]);
    await returnIt(caseId);
  });

  it('moves the returned items’ annexes named again to the new items, in the resubmission’s step', async () => {
    const returned = await current(caseId);
    const d = await upload(who.representative, 'acta-corregida.pdf');
    // a stays with 1.1, c moves to 1.1 too, b is left behind; d is new.
    const res = await gql(who.representative, RESUBMIT, {
      input: { caseId, items: [item('1.1', 90, { annexes: [a, c, d] }), item('1.2', 40)] },
    });
    expect(dataOf(res).resubmitProgressReport.case.state).toBe('submitted');
    const now = await current(caseId);
    expect(now.submission).toBe(2);
    const [p11, p12] = now.items;
    expect(new Set(p11.annexes.map((x) => documentKey(x.id)))).toEqual(new Set([a, c, d].map(documentKey)));
    expect(p12.annexes).toEqual([]);
    for (const id of [a, c, d])
      expect(await owner(id)).toEqual({ ownerKind: 'PROGRESS_REPORT', ownerKey: documentKey(p11.id), supersededBy: null });
    // b, not named again, stays with the superseded item it was attached to.
    expect(await owner(b)).toMatchObject({ ownerKind: 'PROGRESS_REPORT', ownerKey: documentKey(returned.items[0].id) });
  });

  it('refuses an annex of another report of the plan, and one left on an earlier submission, writing nothing', async () => {
    // Another report of the plan (this year's), with its own annex.
    const e = await upload(who.member, 'otro-informe.pdf');
    const other = await submit(who.representative, planId, Y1, [item('1.1', 10, { annexes: [e] })]);
    const otherItem = (await current(other)).items[0];
    await returnIt(caseId);
    const before = await written(who, planId);
    const res = await gql(who.representative, RESUBMIT, {
      input: { caseId, items: [item('1.1', 95, { annexes: [a, e] }), item('1.2', 40, { annexes: [b] })] },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    // e belongs to the other report; b to submission 1, which this resubmission does not supersede.
    expect(problemPaths(res)).toEqual(['input.items[0].annexes[1]', 'input.items[1].annexes[0]']);
    expect(res.errors![0].message).toContain('ya está adjunto a un reporte de avance');
    expect(await written(who, planId)).toEqual(before);
    expect(await owner(e)).toMatchObject({ ownerKey: documentKey(otherItem.id) });
    expect(await owner(a)).toMatchObject({ ownerKey: documentKey((await current(caseId)).items[0].id) });
    // The other report cannot take this report's annexes either, on its own resubmission.
    await returnIt(other);
    const stolen = await gql(who.representative, RESUBMIT, { input: { caseId: other, items: [item('1.1', 11, { annexes: [a] })] } });
    expect(problemPaths(stolen)).toEqual(['input.items[0].annexes[0]']);
  });
});

// =============================================================================================
describe('the final report (review of issue 21, finding 11)', () => {
  it('is refused for a period that is neither the plan’s last with targets, nor later, nor the running one', async () => {
    const who = await entity();
    const planId = await importPlan(who);
    const before = await written(who, planId);
    // Last year's period: ended, and the plan's targets run to next year.
    const res = await submitRaw(who.representative, { planId, period: Y0, final: true, items: [item('1.1', 100)] });
    expect({ code: errorCode(res), paths: problemPaths(res) }).toEqual({ code: 'BAD_USER_INPUT', paths: ['input.final'] });
    expect(res.errors![0].message).toContain(`el reporte final es el del periodo en que termina el plan (${Y2}`);
    expect(await written(who, planId)).toEqual(before);
    // This year's, the running period: a project that ends early files it.
    const running = await submit(who.representative, planId, Y1, [item('1.1', 100)], true);
    expect((await reportsOf(who.member, planId)).progressReports).toEqual([
      expect.objectContaining({ caseId: running, period: Y1, final: true }),
    ]);
  });

  it('is taken for the plan’s last period with targets, once it has ended', async () => {
    const who = await entity();
    // Targets in last year only: the plan's figures end there.
    const csv = [
      `objetivo,producto,nombre_producto,indicador,peso,anualizacion,meta_${Y0},meta_${Y1},meta_${Y2}`,
      'O1,1.1,Trámites en línea,Trámites realizados en línea,100,Suma,100,,',
    ].join('\n');
    const res = await gql(who.representative, `mutation I($input: ImportActionPlanInput!) { importActionPlan(input: $input) { id } }`, {
      input: { title: 'Plan de un año', startYear: YEAR - 1, endYear: YEAR + 1, periodicity: 'ANNUAL', format: 'CSV', content: csv },
    });
    const planId = dataOf(res).importActionPlan.id as string;
    const version = await knex()('plan_version')
      .where({ plan_id: keyOf(planId), number: 1 })
      .first('case_id');
    expect((await sendEvent(app, coordinator, 'PLAN_REVIEW', version.case_id, 'APPROVE')).errors).toBeUndefined();
    const final = await submit(who.representative, planId, Y0, [item('1.1', 100)], true);
    expect((await reportsOf(who.member, planId)).progressReports).toEqual([expect.objectContaining({ caseId: final, final: true })]);
  });
});

// =============================================================================================
describe('a plan of the most products allowed (review of issue 21, finding 5)', () => {
  it('is reported in one report, one item per product; one item more is refused', async () => {
    const who = await entity();
    const planId = await importPlan(who);
    await fillToProductCap(app, keyOf(planId), Y0);
    // Short narratives: a thousand items must fit the 100 kB request body.
    const items = Array.from({ length: MAX_PLAN_PRODUCTS }, (_, i) => ({ productCode: `P${i + 1}`, value: 1, narrative: 'Avance hecho.' }));
    const tooMany = await submitRaw(who.representative, { planId, period: Y0, items: [...items, { ...items[0], productCode: 'P0' }] });
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(problemPaths(tooMany)).toEqual(['input.items']);
    expect(tooMany.errors![0].message).toContain(`admite a lo sumo ${MAX_PLAN_PRODUCTS} elementos`);
    const caseId = await submit(who.representative, planId, Y0, items);
    expect(
      Number(
        (
          await knex()('progress_report')
            .where({ case_id: keyOf(caseId) })
            .count({ n: '*' })
        )[0].n,
      ),
    ).toBe(MAX_PLAN_PRODUCTS);
  });
});

// =============================================================================================
describe('isolation', () => {
  it('lets another entity neither file, read, review nor withdraw a plan’s reports', async () => {
    const who = await entity();
    const stranger = await entity();
    const planId = await importPlan(who);
    const caseId = await submit(who.representative, planId, Y0, [item('1.1', 30)]);
    const before = await written(who, planId);

    refused(await submitRaw(stranger.representative, { planId, period: Y0, items: [item('1.1', 1)] }), 'NOT_FOUND');
    refused(await submitRaw(stranger.ticLeader, { planId, period: Y1, items: [item('1.1', 1)] }), 'NOT_FOUND');
    expect(dataOf(await gql(stranger.representative, REPORTS, { id: planId })).actionPlan).toBeNull();
    expect(
      dataOf(await gql(stranger.member, `query C($id: ID!) { case(id: $id) { id progressReport { period } } }`, { id: caseId })).case,
    ).toBeNull();
    for (const [query, input] of [
      [RESUBMIT, { caseId, items: [item('1.1', 1)] }],
      [WITHDRAW, { caseId }],
      [ACCEPT_PROGRESS_REPORT, { caseId }],
      [RETURN, { caseId, note: 'Intento de otra entidad.' }],
    ] as const) {
      const res = await gql(stranger.representative, query, { input });
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain(errorCode(res));
    }
    expect(await written(who, planId)).toEqual(before);

    // The plan's own readers see the report through its case as well.
    const own = dataOf(
      await gql(who.member, `query C($id: ID!) { case(id: $id) { progressReport { period status items { productCode } } } }`, {
        id: caseId,
      }),
    );
    expect(own.case.progressReport).toEqual({ period: Y0, status: 'SUBMITTED', items: [{ productCode: '1.1' }] });
    expect((await reportsOf(who.auditor, planId)).progressReports).toHaveLength(1);
  });

  it('reads a list of plans’ reports in the same SQL statements for one plan as for two (DataLoaders)', async () => {
    const who = await entity();
    const query = `query P($code: String!) { actionPlans(entityCode: $code) { progressReports { ${REPORT_FIELDS} } } }`;
    const TABLES = /\b(action_plan|plan_version|plan_version_product|progress_report|period_report|workflow_case|deadline)\b/;
    const count = async () => {
      let statements = 0;
      const listener = (q: { sql: string }) => {
        if (TABLES.test(q.sql)) statements++;
      };
      knex().on('query', listener);
      try {
        dataOf(await gql(coordinator, query, { code: who.code }));
      } finally {
        knex().off('query', listener);
      }
      return statements;
    };
    const first = await importPlan(who);
    await submit(who.representative, first, Y0, [item('1.1', 1), item('1.2', 2)]);
    const one = await count();
    const second = await importPlan(who);
    await submit(who.representative, second, Y0, [item('1.1', 3)]);
    await submit(who.representative, second, Y1, [item('1.2', 4)]);
    expect(await count()).toBe(one);
  });
});

// =============================================================================================
describe('follow-up of a cofinanced project', () => {
  let who: Who;
  let caseId: string;
  /** Two instalments, the first due in this semester's last month and the second a year later. */
  const semesterEnd = (day: string) => `${day.slice(0, 4)}-${Number(day.slice(5, 7)) <= 6 ? '06-30' : '12-31'}`;
  const FIRST = semesterEnd(TODAY);
  const SECOND = `${Number(FIRST.slice(0, 4)) + 1}${FIRST.slice(4)}`;
  const semesterOf = (day: string) => `${day.slice(0, 4)}-S${Number(day.slice(5, 7)) <= 6 ? 1 : 2}`;

  beforeAll(async () => {
    who = await entity();
    const { cycleId, callId } = await openProgramme(app, coordinator);
    await validatedAssessment(app, who, cycleId);
    const started = await gql(
      who.member,
      `mutation S($input: StartApplicationInput!) { startApplication(input: $input) { case { id } } }`,
      {
        input: { callId },
      },
    );
    caseId = dataOf(started).startApplication.case.id;
    for (const event of [
      'SUBMIT',
      'START_ELIGIBILITY_REVIEW',
      'DECLARE_ELIGIBLE',
      'ASSIGN_EVALUATORS',
      'DECLARE_CONFLICT',
      'SUBMIT_EVALUATION',
      'APPROVE',
      'SIGN_AGREEMENT',
    ])
      await drive(app, who, 'COFINANCING_APPLICATION', caseId, event);
    const schedule = await scheduleRaw(app, coordinator, caseId, [
      { dueOn: FIRST, amount: 360_000_000 },
      { dueOn: SECOND, amount: 240_000_000 },
    ]);
    expect(schedule.errors).toBeUndefined();
    expect((await sendEvent(app, coordinator, 'COFINANCING_APPLICATION', caseId, 'START_EXECUTION')).errors).toBeUndefined();
  });

  it('gets its action plan, approved, when execution starts: a product per budget line, targets by the disbursement schedule', async () => {
    const plan = await projectPlanOf(app, who.member, caseId);
    const { title } = validApplication(caseId);
    expect(plan).toMatchObject({
      title: `Plan de acción — ${title}`,
      status: 'APPROVED',
      currentVersion: 1,
      startYear: YEAR,
      endYear: YEAR + 1,
      periodicity: 'SEMIANNUAL',
    });
    // From the semester execution starts in to the last instalment's: 60 % of the schedule is due
    // by the end of the first, all of it by the end of the last.
    const semesters: string[] = [];
    for (let y = YEAR; y <= YEAR + 1; y++) for (const s of ['S1', 'S2']) semesters.push(`${y}-${s}`);
    const expected = semesters
      .filter((s) => s >= semesterOf(TODAY) && s <= semesterOf(SECOND))
      .map((period) => ({ period, value: period === semesterOf(SECOND) ? 1 : 0.6 }));
    // Lines of 500 M and 300 M (FUTIC and counterpart): 62.5 and 37.5 points.
    expect(plan.products).toEqual([
      {
        code: 'P1',
        name: 'Servidores y almacenamiento',
        indicator: 'Porcentaje de ejecución de la línea',
        weight: 62.5,
        annualization: 'INCREASING',
        targets: expected,
      },
      {
        code: 'P2',
        name: 'Formación de servidores públicos',
        indicator: 'Porcentaje de ejecución de la línea',
        weight: 37.5,
        annualization: 'INCREASING',
        targets: expected,
      },
    ]);
    const versions = dataOf(
      await gql(who.member, `query V($id: ID!) { actionPlan(id: $id) { versions { number status effectiveFrom approvedBy } } }`, {
        id: plan.id,
      }),
    ).actionPlan.versions;
    expect(versions).toEqual([{ number: 1, status: 'APPROVED', effectiveFrom: null, approvedBy: 'coordinator@test' }]);
  });

  it('is closed only once its final progress report is accepted', async () => {
    for (const instalment of [1, 2]) {
      const paid = await paymentRaw(app, coordinator, { caseId, instalment, reference: `OP-PRUEBA-${instalment}`, paidOn: TODAY });
      expect(paid.errors).toBeUndefined();
    }
    const close = () => sendEvent(app, coordinator, 'COFINANCING_APPLICATION', caseId, 'CLOSE');
    const noReport = await close();
    refused(noReport, 'PRECONDITION_FAILED', 'FINAL_REPORT_REQUIRED');
    expect(noReport.errors![0].message).toContain('reporte final de avance');

    const plan = await projectPlanOf(app, who.member, caseId);
    const period = semesterOf(TODAY);
    const items = [item('P1', 1), item('P2', 1)];
    // A report that is not the final one does not close it; nor does a final one still in review.
    await accept(await submit(who.representative, plan.id, period, items));
    refused(await close(), 'PRECONDITION_FAILED', 'FINAL_REPORT_REQUIRED');
    const final = await submit(who.representative, plan.id, period, items, true);
    refused(await close(), 'PRECONDITION_FAILED', 'FINAL_REPORT_REQUIRED');
    const [, last] = (await reportsOf(who.member, plan.id)).progressReports;
    expect(last).toMatchObject({ final: true, status: 'SUBMITTED' });

    await accept(final);
    const closed = await close();
    expect(closed.errors).toBeUndefined();
    expect(closed.result!.case.state).toBe('closed');
  });
});
