import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';

import { Role } from '../../src/core/auth/principal';
import { bogotaDay } from '../../src/core/time/business-calendar';
import { callInput } from '../support/cofinancing';
import { executeText, type GraphQLResponse } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';

/*
 * Issue 16, class 2: no text longer than its column reaches the database. A plan import used to
 * store a 90,000-character objective in a 30-character column on SQLite and fail with an internal
 * error on PostgreSQL. Over-long values go through the CSV and XLSX imports and through mutations
 * of several modules; each must be a BAD_USER_INPUT that names the field, with nothing written.
 */

const YEAR = Number(bogotaDay(new Date()).slice(0, 4));
const HORIZON = { startYear: YEAR - 1, endYear: YEAR, periodicity: 'ANNUAL' };
const HEADERS = ['objetivo', 'nombre_objetivo', 'producto', 'nombre_producto', 'indicador', 'peso', 'anualizacion', `meta_${YEAR}`];
const ROW = ['O1', 'Gobierno digital', '1.1', 'Trámites en línea', 'Trámites realizados en línea', '100', 'Suma', '10'];
const LONG = 'x'.repeat(90_000); // ASCII: the request body is capped at 100 kB

let app: TestSystem;
let coordinator: string;
let representative: string;

beforeAll(async () => {
  app = await startTestSystem({ RATE_LIMIT_IMPORTS_PER_HOUR: '10000', RATE_LIMIT_MUTATIONS_PER_MINUTE: '10000' });
  representative = await app.token(Role.ENTITY_REPRESENTATIVE, '05001');
  coordinator = await app.token(Role.COORDINATOR);
});
afterAll(() => app?.stop());

const TABLES = [
  'action_plan',
  'plan_version',
  'plan_version_product',
  'progress_report',
  'cofinancing_call',
  'cofinancing_application',
  'assessment_answer',
];

/** Rows in every table these mutations could write. */
async function counts(): Promise<Record<string, number>> {
  const connection = app.system.orm.em.fork().getConnection();
  const out: Record<string, number> = {};
  for (const table of TABLES)
    out[table] = Number((await connection.execute<{ n: number | string }[]>(`select count(*) as n from ${table}`))[0].n);
  return out;
}

type Res = GraphQLResponse<Record<string, unknown>>;
type Problem = { path: string; code?: string; message: string; column?: string | null };

/** A BAD_USER_INPUT whose message names `field` (a path under the argument for a nested one); nothing written meanwhile. */
async function expectRefused(send: () => Promise<Res>, field: string): Promise<Res> {
  const before = await counts();
  const res = await send();
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(res.errors![0].message).toContain(field);
  expect(JSON.stringify(res).length).toBeLessThan(20_000);
  expect(await counts()).toEqual(before);
  return res;
}

const importPlan = (format: 'CSV' | 'XLSX', content: string) =>
  executeText(
    app.url,
    `mutation I($input: ImportActionPlanInput!) { importActionPlan(input: $input) { id } }`,
    { input: { title: 'Plan con textos largos', ...HORIZON, format, content } },
    { token: representative },
  );

const csv = (rows: string[][]) => rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n');

async function xlsx(rows: string[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Plan');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

/** The plan's one row with `column` set to `value`. */
const withValue = (column: string, value: string) => [HEADERS, ROW.map((c, i) => (HEADERS[i] === column ? value : c))];

describe('importActionPlan refuses a cell longer than its column, naming the column', () => {
  const cases: [string, number][] = [
    ['objetivo', 30],
    ['producto', 30],
    ['nombre_objetivo', 500],
    ['nombre_producto', 500],
    ['indicador', 500],
  ];
  for (const format of ['CSV', 'XLSX'] as const) {
    it.each(cases)(`${format}: %s with 90,000 characters (its column holds %d)`, async (column, max) => {
      const rows = withValue(column, LONG);
      const content = format === 'CSV' ? csv(rows) : await xlsx(rows);
      const res = await expectRefused(() => importPlan(format, content), column);
      const problems = res.errors![0].extensions!.problems as Problem[];
      expect(problems).toEqual([
        {
          row: 2,
          column,
          path: 'input.content',
          code: 'TOO_LONG',
          message: `fila 2, columna ${column}: admite a lo sumo ${max} caracteres (tiene 90000)`,
        },
      ]);
    });

    it(`${format}: a code one character longer than 30 is refused; 30 are stored`, async () => {
      await expectRefused(
        async () =>
          importPlan(
            format,
            format === 'CSV' ? csv(withValue('producto', 'P'.repeat(31))) : await xlsx(withValue('producto', 'P'.repeat(31))),
          ),
        'producto',
      );
      const rows = withValue('producto', 'P'.repeat(30));
      const res = await importPlan(format, format === 'CSV' ? csv(rows) : await xlsx(rows));
      expect(res.errors).toBeUndefined();
    });
  }
});

describe('mutations of every module refuse a text longer than its column at the boundary', () => {
  const gql = (token: string, query: string, input: unknown) => () => executeText(app.url, query, { input }, { token });

  it('cofinancing createCall: rubric.name (JSON criteria of 200 characters)', async () => {
    const input = callInput({ rubric: [{ id: 'PERTINENCIA', name: LONG, weight: 100 }] as never });
    await expectRefused(
      gql(coordinator, `mutation C($input: CreateCallInput!) { createCall(input: $input) { id } }`, input),
      'input.rubric[0].name',
    );
  });

  it('cofinancing saveApplication: title (a 200-character column)', async () => {
    const input = {
      caseId: randomUUID(),
      title: LONG,
      description: 'Descripción suficiente del proyecto',
      dimensions: [],
      budgetLines: [],
    };
    await expectRefused(
      gql(representative, `mutation S($input: SaveApplicationInput!) { saveApplication(input: $input) { id } }`, input),
      'title',
    );
  });

  it('cofinancing saveApplication: budgetLines.description (a 300-character column)', async () => {
    const line = { component: 'EQUIPMENT', description: 'd'.repeat(301), futicAmount: 1, counterpartAmount: 1 };
    const input = {
      caseId: randomUUID(),
      title: 'Proyecto CTI',
      description: 'Descripción suficiente del proyecto',
      dimensions: [],
      budgetLines: [line],
    };
    await expectRefused(
      gql(representative, `mutation S($input: SaveApplicationInput!) { saveApplication(input: $input) { id } }`, input),
      'input.budgetLines[0].description',
    );
  });

  it('cofinancing recordDisbursementPayment: reference (a 100-character column)', async () => {
    const input = { caseId: randomUUID(), instalment: 1, reference: 'r'.repeat(101), paidOn: bogotaDay(new Date()) };
    await expectRefused(
      gql(coordinator, `mutation D($input: DisbursementPaymentInput!) { recordDisbursementPayment(input: $input) { id } }`, input),
      'reference',
    );
  });

  it('maturity saveAssessmentAnswers: evidence.title', async () => {
    const input = {
      caseId: randomUUID(),
      answers: [{ questionId: 'P1', value: 3, evidence: [{ title: LONG, url: 'https://example.org' }] }],
    };
    await expectRefused(
      gql(representative, `mutation A($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { __typename } }`, input),
      'input.answers[0].evidence[0].title',
    );
  });

  it('follow-up proposePlanAdjustment: a new product’s objectiveCode (a 30-character column)', async () => {
    const add = {
      code: '9.9',
      objectiveCode: LONG,
      justification: 'Producto nuevo del ajuste propuesto',
      name: 'Producto',
      indicator: 'Indicador',
      weight: 1,
      annualization: 'SUM',
      targets: [],
    };
    await expectRefused(
      gql(representative, `mutation P($input: ProposePlanAdjustmentInput!) { proposePlanAdjustment(input: $input) { case { id } } }`, {
        planId: randomUUID(),
        justification: 'Ajuste con un objetivo demasiado largo',
        add: [add],
      }),
      'objectiveCode',
    );
  });

  it('follow-up proposePlanAdjustment: a change’s justification (at most 2000 characters)', async () => {
    await expectRefused(
      gql(representative, `mutation P($input: ProposePlanAdjustmentInput!) { proposePlanAdjustment(input: $input) { case { id } } }`, {
        planId: randomUUID(),
        justification: 'Ajuste con una justificación larga',
        products: [{ code: '1.1', justification: LONG, weight: 1 }],
      }),
      'justification',
    );
  });

  it('follow-up submitProgressReport: an item’s productCode (a 30-character column)', async () => {
    const input = {
      planId: randomUUID(),
      period: String(YEAR),
      items: [{ productCode: LONG, value: 1, narrative: 'Avance del periodo reportado' }],
    };
    await expectRefused(
      gql(representative, `mutation R($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { case { id } } }`, input),
      'productCode',
    );
  });
});
