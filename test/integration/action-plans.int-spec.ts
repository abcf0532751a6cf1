import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';

import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { bogotaDay } from '../../src/core/time/business-calendar';
import { ProgressReportRow, type ProgressItemStatus } from '../../src/modules/follow-up/action-plan.entity';
import { act, applicationInCommittee, extensionsOf, problemPaths, type Res } from '../support/cofinancing';
import { uploadDocument } from '../support/documents';
import { errorCode, executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { actors, municipalities, openProgramme, validatedAssessment, type Actors } from '../support/workflow';

/*
 * Action plans (issue 7) through the real HTTP API: the import of a plan from a CSV (comma or
 * semicolon) or an XLSX by the entity's representative or TIC leader (a draft until the
 * coordination approves its first version, issue 21), every problem of a bad file named by row
 * and column with nothing written, who may import and read, progress reports with their refusals,
 * the Bogotá measurement (PAV, PAHV, PAA, semáforo, weighted progress, ideal trajectory and gap) at
 * a cut, hand-computed, and plans that follow a cofinancing application.
 *
 * The horizon is the four years ending in the current one (2023–2026 when written), so the cut of
 * "today" always falls in the plan's last year and every period has started.
 */

const DAY = 24 * 3600 * 1000;
const TODAY = bogotaDay(new Date());
const YEAR = Number(TODAY.slice(0, 4));
const [Y0, Y1, Y2, Y3] = [YEAR - 3, YEAR - 2, YEAR - 1, YEAR].map(String);
const HORIZON = { startYear: YEAR - 3, endYear: YEAR, periodicity: 'ANNUAL' };

type Cell = string | number | null;

/** The plan as a spreadsheet writes it: objectives O1 (40 %), O2 (35 %), O3 (25 %) and five products. */
const HEADERS = [
  'objetivo',
  'nombre_objetivo',
  'producto',
  'nombre_producto',
  'indicador',
  'peso',
  'anualizacion',
  `meta_${Y0}`,
  `meta_${Y1}`,
  `meta_${Y2}`,
  `meta_${Y3}`,
];
const ROWS: Cell[][] = [
  [
    'O1',
    'Gobierno digital',
    '1.1',
    'Trámites en línea',
    'Trámites realizados en línea en el año',
    '30',
    'Suma',
    '4.500',
    '4.500',
    '4.500',
    '4.500',
  ],
  [
    'O1',
    'Gobierno digital',
    '1.2',
    'Hogares conectados',
    'Porcentaje de hogares con internet fijo',
    '10%',
    'Creciente',
    '20%',
    '40%',
    '60%',
    '80%',
  ],
  [
    'O2',
    'Apropiación TIC',
    '2.1',
    'Satisfacción de los usuarios',
    'Índice de satisfacción con los servicios digitales',
    '20',
    'Constante',
    '0,8',
    '0,8',
    '0,8',
    '0,8',
  ],
  [
    'O2',
    'Apropiación TIC',
    '2.2',
    'Personas formadas',
    'Personas formadas en habilidades digitales',
    '15,00',
    'Suma',
    '100',
    '100',
    '100',
    '100',
  ],
  [
    'O3',
    'Datos abiertos',
    '3.1',
    'Conjuntos de datos abiertos',
    'Conjuntos de datos publicados (acumulado)',
    '25',
    'Creciente',
    '1.000',
    '2.000',
    '3.000',
    '',
  ],
];
/** What the API must give back for ROWS (numbers the Colombian way; a blank target is no target). */
const EXPECTED_PRODUCTS = [
  {
    code: '1.1',
    objectiveCode: 'O1',
    weight: 30,
    annualization: 'SUM',
    targets: [Y0, Y1, Y2, Y3].map((period) => ({ period, value: 4500 })),
  },
  {
    code: '1.2',
    objectiveCode: 'O1',
    weight: 10,
    annualization: 'INCREASING',
    targets: [
      [Y0, 0.2],
      [Y1, 0.4],
      [Y2, 0.6],
      [Y3, 0.8],
    ].map(([period, value]) => ({ period, value })),
  },
  {
    code: '2.1',
    objectiveCode: 'O2',
    weight: 20,
    annualization: 'CONSTANT',
    targets: [Y0, Y1, Y2, Y3].map((period) => ({ period, value: 0.8 })),
  },
  {
    code: '2.2',
    objectiveCode: 'O2',
    weight: 15,
    annualization: 'SUM',
    targets: [Y0, Y1, Y2, Y3].map((period) => ({ period, value: 100 })),
  },
  {
    code: '3.1',
    objectiveCode: 'O3',
    weight: 25,
    annualization: 'INCREASING',
    targets: [
      [Y0, 1000],
      [Y1, 2000],
      [Y2, 3000],
    ].map(([period, value]) => ({ period, value })),
  },
];

/** A CSV of `rows`, quoting the cells that hold the delimiter or a quote. */
function csv(rows: Cell[][], delimiter = ',', eol = '\n'): string {
  const cell = (c: Cell) => {
    const text = c === null ? '' : String(c);
    return text.includes(delimiter) || text.includes('"') ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((r) => r.map(cell).join(delimiter)).join(eol) + eol;
}

/** An XLSX of `rows` (first sheet), in base64 as the API takes it. */
async function xlsx(rows: Cell[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Plan de acción');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** A valid one-product plan file whose target columns are `periods`. */
const singleProduct = (periods: string[]) =>
  csv([
    ['objetivo', 'producto', 'nombre_producto', 'indicador', 'peso', 'anualizacion', ...periods.map((p) => `meta_${p}`)],
    ['O1', '1.1', 'Producto único', 'Indicador único', '100', 'Suma', ...periods.map(() => '10')],
  ]);

const PLAN_FIELDS = `id title entityCode caseId startYear endYear periodicity
  periods { key start end }
  products { code objectiveCode weight annualization targets { period value } }`;
const IMPORT = `mutation I($input: ImportActionPlanInput!) { importActionPlan(input: $input) { id title entityCode caseId startYear endYear periodicity } }`;

let app: TestSystem;
let coordinator: string;
let auditor: string;
let advisor: string;
let evaluator: string;
let pool: string[];
let taken = 0;

beforeAll(async () => {
  app = await startTestSystem();
  coordinator = await app.token(Role.COORDINATOR);
  auditor = await app.token(Role.AUDITOR);
  advisor = await app.token(Role.ADVISOR);
  evaluator = await app.token(Role.EVALUATOR);
  pool = await municipalities(app, 20);
});
afterAll(() => app?.stop());

type Who = Actors & { code: string; tic: string };

/** A municipality no other test uses, with its people's tokens (its TIC leader too). */
async function entity(): Promise<Who> {
  const code = pool[taken++];
  if (!code) throw new Error('no quedan municipios libres');
  return { ...(await actors(app, code)), code, tic: await app.token(Role.ENTITY_TIC_LEADER, code) };
}

/** The row key of an object the API names by its global id. */
const rawId = (id: string) => fromGlobalId(id)?.key ?? id;

function importRaw(token: string, input: Record<string, unknown>): Promise<Res> {
  return executeText(
    app.url,
    IMPORT,
    { input: { title: 'Plan de acción de la estrategia CTI', ...HORIZON, format: 'CSV', content: csv([HEADERS, ...ROWS]), ...input } },
    { token },
  );
}

async function importPlan(token: string, input: Record<string, unknown> = {}): Promise<string> {
  const res = await importRaw(token, input);
  if (res.errors)
    throw new Error(`importActionPlan: ${errorCode(res)} ${res.errors[0].message} ${JSON.stringify(res.errors[0].extensions)}`);
  return res.data.importActionPlan.id;
}

/** A plan imported by `token`'s holder and approved by the coordination: its version 1 in force. */
async function approvedPlan(token: string, input: Record<string, unknown> = {}): Promise<string> {
  const id = await importPlan(token, input);
  const { reviewCase } = await readPlan(coordinator, id, 'reviewCase { id }');
  const res: Res = await executeText(
    app.url,
    `mutation A($input: CaseDecisionInput!) { approvePlanVersion(input: $input) { case { state } } }`,
    { input: { caseId: reviewCase.id } },
    { token: coordinator },
  );
  if (res.errors) throw new Error(`approvePlanVersion: ${errorCode(res)} ${res.errors[0].message}`);
  expect(res.data.approvePlanVersion.case.state).toBe('approved');
  return id;
}

async function readPlan(token: string, id: string, fields = PLAN_FIELDS) {
  const res: Res = await executeText(app.url, `query P($id: ID!) { actionPlan(id: $id) { ${fields} } }`, { id }, { token });
  expect(res.errors).toBeUndefined();
  return res.data.actionPlan;
}

/** The ids of an entity's plans as `token`'s holder sees them. */
async function planIds(token: string, entityCode: string): Promise<string[]> {
  const res: Res = await executeText(
    app.url,
    `query L($code: String!) { actionPlans(entityCode: $code) { id } }`,
    { code: entityCode },
    { token },
  );
  expect(res.errors).toBeUndefined();
  return res.data.actionPlans.map((p: { id: string }) => p.id);
}

interface ProblemShape {
  row: number | null;
  column: string | null;
  code: string;
}

/**
 * A BAD_USER_INPUT whose problems are exactly `expected` (row, column, code), all at the file
 * (`input.content`), each with a Spanish message that starts with its place in the sheet.
 */
function expectProblems(res: Res, expected: ProblemShape[]): void {
  expect(res.errors).toHaveLength(1);
  expect(errorCode(res)).toBe('BAD_USER_INPUT');
  const problems = extensionsOf(res).problems as (ProblemShape & { path: string; message: string })[];
  expect(problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual(expected);
  for (const p of problems) {
    expect(p.path).toBe('input.content');
    expect(p.message).toMatch(/\S{3}/);
    if (p.row !== null) expect(p.message).toMatch(new RegExp(`^fila ${p.row}${p.column ? `, columna ${p.column}` : ''}: `));
  }
}

function expectRefused(res: Res, code: string): void {
  expect(res.errors).toHaveLength(1);
  expect(errorCode(res)).toBe(code);
}

// =============================================================================================
describe('importActionPlan: a CSV or an XLSX read into objectives, products, weights and targets', () => {
  let who: Who;
  beforeAll(async () => {
    who = await entity();
  });

  const variants: [string, () => Promise<Record<string, unknown>>][] = [
    ['a CSV separated by commas (cells with a decimal comma quoted)', async () => ({ format: 'CSV', content: csv([HEADERS, ...ROWS]) })],
    [
      'a CSV separated by semicolons as Excel writes it in Colombia (BOM, CRLF, headers with capitals, spaces and accents)',
      async () => {
        const headers = [
          'Objetivo',
          'Nombre objetivo',
          'Producto',
          'Nombre producto',
          'Indicador',
          'Peso',
          'Anualización',
          ...[Y0, Y1, Y2, Y3].map((y) => `Meta ${y}`),
        ];
        return { format: 'CSV', content: `\uFEFF${csv([headers, ...ROWS], ';', '\r\n')}` };
      },
    ],
    [
      'an XLSX (numbers as numbers where a spreadsheet has them, text where it has text, an empty cell for no target)',
      async () => {
        const rows: Cell[][] = [
          [
            'O1',
            'Gobierno digital',
            '1.1',
            'Trámites en línea',
            'Trámites realizados en línea en el año',
            30,
            'Suma',
            4500,
            4500,
            '4.500',
            4500,
          ],
          [
            'O1',
            'Gobierno digital',
            '1.2',
            'Hogares conectados',
            'Porcentaje de hogares con internet fijo',
            '10%',
            'Creciente',
            '20%',
            0.4,
            '60%',
            '80%',
          ],
          [
            'O2',
            'Apropiación TIC',
            '2.1',
            'Satisfacción de los usuarios',
            'Índice de satisfacción con los servicios digitales',
            20,
            'Constante',
            0.8,
            '0,8',
            0.8,
            0.8,
          ],
          [
            'O2',
            'Apropiación TIC',
            '2.2',
            'Personas formadas',
            'Personas formadas en habilidades digitales',
            '15,00',
            'Suma',
            100,
            100,
            100,
            100,
          ],
          [
            'O3',
            'Datos abiertos',
            '3.1',
            'Conjuntos de datos abiertos',
            'Conjuntos de datos publicados (acumulado)',
            25,
            'Creciente',
            1000,
            '2.000',
            3000,
            null,
          ],
        ];
        return { format: 'XLSX', content: await xlsx([HEADERS, ...rows]) };
      },
    ],
  ];

  it.each(variants)('imports %s by the entity representative, and actionPlan gives back what was sent', async (_name, file) => {
    const before = await planIds(who.member, who.code);
    const res = await importRaw(who.representative, { title: 'Plan de acción CTI 2023–2026', ...(await file()) });
    expect(res.errors).toBeUndefined();
    const id = res.data.importActionPlan.id;
    expect(res.data.importActionPlan).toMatchObject({
      entityCode: who.code,
      caseId: null,
      startYear: YEAR - 3,
      endYear: YEAR,
      periodicity: 'ANNUAL',
    });

    const plan = await readPlan(who.member, id);
    expect(plan).toMatchObject({ id, title: 'Plan de acción CTI 2023–2026', entityCode: who.code, caseId: null });
    expect(plan.periods).toEqual([Y0, Y1, Y2, Y3].map((key) => ({ key, start: `${key}-01-01`, end: `${key}-12-31` })));
    // "4.500" is 4500, "20%" is 0.2, "0,8" is 0.8, "15,00" is 15, "10%" as a weight is 10 points.
    expect(plan.products).toEqual(EXPECTED_PRODUCTS);
    expect(await planIds(who.member, who.code)).toEqual([id, ...before]);
  });

  it('lets the TIC leader import too, and takes a horizon of exactly 20 years', async () => {
    const years = Array.from({ length: 20 }, (_, i) => String(2001 + i));
    const id = await importPlan(who.tic, { startYear: 2001, endYear: 2020, content: singleProduct(years) });
    const plan = await readPlan(who.member, id);
    expect(plan.periods).toHaveLength(20);
    expect(plan.products[0].targets).toHaveLength(20);
  });
});

// =============================================================================================
describe('importActionPlan: a bad file or horizon is refused with every problem named, and nothing is written', () => {
  let who: Who;
  let plans: string[];
  beforeAll(async () => {
    who = await entity();
    await importPlan(who.representative);
    plans = await planIds(who.member, who.code);
    expect(plans).toHaveLength(1);
  });
  afterEach(async () => {
    expect(await planIds(who.member, who.code)).toEqual(plans);
  });

  it('refuses weights that do not sum to 100 % (row null, column peso)', async () => {
    const rows = ROWS.map((r) => [...r]);
    rows[4][5] = '15'; // 30 + 10 + 20 + 15 + 15 = 90
    expectProblems(await importRaw(who.representative, { content: csv([HEADERS, ...rows]) }), [
      { row: null, column: 'peso', code: 'INCONSISTENT' },
    ]);
  });

  it('refuses a target column for a period outside the horizon (row 1, column meta_2040)', async () => {
    const headers = [...HEADERS, 'meta_2040'];
    const rows = ROWS.map((r) => [...r, '5']);
    expectProblems(await importRaw(who.representative, { content: csv([headers, ...rows]) }), [
      { row: 1, column: 'meta_2040', code: 'OUT_OF_RANGE' },
    ]);
  });

  it('reports every malformed row at once, each with its row and column', async () => {
    const headers = ['objetivo', 'producto', 'nombre_producto', 'indicador', 'peso', 'anualizacion', `meta_${Y0}`, `meta_${Y1}`];
    const content = csv([
      headers,
      ['O1', '1.1', 'Producto válido', 'Indicador válido', '50', 'Suma', '10', '10'], // row 2: right
      ['O1', '1.2', 'Producto dos', 'Indicador dos', 'mucho', 'Suma', '10', 'diez'], // row 3: text as weight and as target
      ['O2', '2.1', 'Producto tres', 'Indicador tres', '20', 'Lineal', '10', '10'], // row 4: unknown annualization
      ['O2', '1.1', 'Producto repetido', 'Indicador repetido', '10', 'Constante', '1', '1'], // row 5: 1.1 again
      ['O2', '2.3', 'Producto largo', 'Indicador largo', '20', 'Suma', '1', '1', 'sobra'], // row 6: longer than the header
    ]);
    expectProblems(await importRaw(who.representative, { content }), [
      { row: 3, column: 'peso', code: 'INVALID_FORMAT' },
      { row: 3, column: `meta_${Y1}`, code: 'INVALID_FORMAT' },
      { row: 4, column: 'anualizacion', code: 'NOT_ALLOWED' },
      { row: 5, column: 'producto', code: 'DUPLICATE' },
      { row: 6, column: null, code: 'INCONSISTENT' },
    ]);
  });

  it('refuses a CSV with an unclosed quote, naming the row where the quote opens', async () => {
    // Semicolons, so no other cell is quoted: row 3 (1.2) opens a quote in its product name that never closes.
    const lines = csv([HEADERS, ...ROWS], ';').split('\n');
    lines[2] = lines[2].replace('Hogares conectados', '"Hogares conectados');
    const res = await importRaw(who.representative, { content: lines.join('\n') });
    expectProblems(res, [{ row: 3, column: null, code: 'CSV_MALFORMED' }]);
    expect((extensionsOf(res).problems as { message: string }[])[0].message).toMatch(/CSV/);
  });

  it('refuses bytes that are not an XLSX', async () => {
    const content = Buffer.from(csv([HEADERS, ...ROWS])).toString('base64');
    expectProblems(await importRaw(who.representative, { format: 'XLSX', content }), [{ row: null, column: null, code: 'INVALID_FORMAT' }]);
  });

  it('refuses a start year after the end year, and a horizon longer than 20 years', async () => {
    for (const years of [
      { startYear: YEAR, endYear: YEAR - 1 },
      { startYear: 2000, endYear: 2020 },
    ]) {
      const res = await importRaw(who.representative, { ...years, content: singleProduct([String(years.startYear)]) });
      expectRefused(res, 'BAD_USER_INPUT');
      expect(problemPaths(res)).toEqual(['input.endYear']);
    }
  });

  it('refuses a title too short, before reading the file', async () => {
    const res = await importRaw(who.representative, { title: 'Plan', content: 'no es un plan' });
    expectRefused(res, 'BAD_USER_INPUT');
    expect(problemPaths(res)).toEqual(['input.title']);
  });
});

// =============================================================================================
describe('importActionPlan with an idempotency key: a retry gets the first plan, another request under the key is refused', () => {
  let who: Who;
  let first: { id: string };
  const idempotencyKey = `importar-${randomUUID()}`;
  beforeAll(async () => {
    who = await entity();
  });

  /** The entity's plans and PLAN_REVIEW cases, as stored. */
  async function stored() {
    const knex = app.system.orm.em.getKnex();
    const [plans, cases] = await Promise.all([
      knex('action_plan').where({ entity_code: who.code }).orderBy('id').select('id', 'status', 'current_version'),
      knex('workflow_case').where({ process: 'PLAN_REVIEW', entity_code: who.code }).orderBy('id').select('id', 'state', 'version'),
    ]);
    return { plans, cases };
  }

  it('imports once: the same plan, one plan and one review case, also once the plan was approved', async () => {
    const res = await importRaw(who.representative, { idempotencyKey });
    expect(res.errors).toBeUndefined();
    first = res.data.importActionPlan;
    const again = await importRaw(who.representative, { idempotencyKey });
    expect(again.errors).toBeUndefined();
    expect(again.data.importActionPlan).toEqual(first);
    expect(await stored()).toMatchObject({ plans: [{ id: rawId(first.id) }], cases: [{ state: 'submitted' }] });

    const { reviewCase } = await readPlan(coordinator, first.id, 'reviewCase { id }');
    const approved: Res = await executeText(
      app.url,
      `mutation A($input: CaseDecisionInput!) { approvePlanVersion(input: $input) { case { state } } }`,
      { input: { caseId: reviewCase.id } },
      { token: coordinator },
    );
    expect(approved.errors).toBeUndefined();
    const later = await importRaw(who.representative, { idempotencyKey });
    expect(later.data?.importActionPlan).toEqual(first);
    expect(await stored()).toMatchObject({
      plans: [{ id: rawId(first.id), status: 'APPROVED' }],
      cases: [{ id: rawId(reviewCase.id), state: 'approved' }],
    });
  });

  it('refuses the key with another file or other general data (BAD_USER_INPUT at input.idempotencyKey), writing nothing', async () => {
    const was = await stored();
    for (const other of [
      { content: csv([HEADERS, ...ROWS], ';') },
      { title: 'Otro plan de acción de la entidad' },
      { endYear: YEAR + 1 },
      { startYear: YEAR - 2 },
    ]) {
      const res = await importRaw(who.representative, { idempotencyKey, ...other });
      expectRefused(res, 'BAD_USER_INPUT');
      expect(extensionsOf(res).problems).toEqual([{ path: 'input.idempotencyKey', code: 'DUPLICATE', message: res.errors![0].message }]);
    }
    expect(await stored()).toEqual(was);
  });

  it('imports an uploaded file once: the retry is not refused for the file being attached to the first plan', async () => {
    const upload = await uploadDocument(app.url, who.representative, {
      purpose: 'ACTION_PLAN_FILE',
      name: 'plan.csv',
      content: Buffer.from(csv([HEADERS, ...ROWS]), 'utf8'),
    });
    expect(upload.status).toBe(200);
    const input = { content: null, documentId: upload.documentId, idempotencyKey: `importar-${randomUUID()}` };
    const res = await importRaw(who.tic, input);
    expect(res.errors).toBeUndefined();
    const before = await stored();
    const again = await importRaw(who.tic, input);
    expect(again.errors).toBeUndefined();
    expect(again.data.importActionPlan).toEqual(res.data.importActionPlan);
    expect(await stored()).toEqual(before);
    expect(before.plans).toHaveLength(2);
  });
});

// =============================================================================================
describe('action plans: who may import and read', () => {
  let owner: Who;
  let stranger: Who;
  let id: string;
  beforeAll(async () => {
    owner = await entity();
    stranger = await entity();
    id = await importPlan(owner.representative);
  });

  it("refuses the import to the entity's members, coordinators, advisors, evaluators and auditors (FORBIDDEN), writing nothing", async () => {
    for (const token of [owner.member, coordinator, advisor, evaluator, auditor]) {
      expectRefused(await importRaw(token, {}), 'FORBIDDEN');
    }
    expect(await planIds(coordinator, owner.code)).toEqual([id]);
  });

  it('hides a plan from another entity, advisors and evaluators: null by id, an empty list by entity', async () => {
    for (const token of [stranger.member, stranger.representative, advisor, evaluator]) {
      expect(await readPlan(token, id, 'id title reports { id }')).toBeNull();
      expect(await planIds(token, owner.code)).toEqual([]);
    }
    // An id that is not a uuid is as missing as another entity's plan.
    expect(await readPlan(owner.member, 'no-es-un-id', 'id')).toBeNull();
  });

  it('shows any plan to coordinators and auditors, and the plan to its own entity', async () => {
    for (const token of [coordinator, auditor, owner.member, owner.representative]) {
      const plan = await readPlan(token, id);
      expect(plan).toMatchObject({ id, entityCode: owner.code });
      expect(plan.products).toEqual(EXPECTED_PRODUCTS);
      expect(await planIds(token, owner.code)).toEqual([id]);
    }
  });
});

// =============================================================================================
/**
 * The progress the entity reported for the main plan, every item accepted today (the review of
 * progress reports has its own suite); 1.1's Y3 value was corrected the same day, so its first
 * value is SUPERSEDED and does not count.
 */
const REPORTS: { productCode: string; period: string; value: number; status?: ProgressItemStatus }[] = [
  { productCode: '1.1', period: Y0, value: 4000 },
  { productCode: '1.1', period: Y1, value: 5000 },
  { productCode: '1.1', period: Y2, value: 3000 },
  { productCode: '1.1', period: Y3, value: 1000, status: 'SUPERSEDED' },
  { productCode: '1.2', period: Y1, value: 0.3 },
  { productCode: '1.2', period: Y3, value: 0.5 },
  { productCode: '2.1', period: Y2, value: 0.9 },
  { productCode: '2.1', period: Y3, value: 0.3 },
  { productCode: '2.2', period: Y0, value: 200 },
  { productCode: '2.2', period: Y1, value: 150 },
  { productCode: '2.2', period: Y2, value: 150 },
  { productCode: '2.2', period: Y3, value: 100 },
  { productCode: '1.1', period: Y3, value: 2000 },
];

/** Writes REPORTS straight to the table, accepted today (so every one counts at today's cut and none before). */
async function reportAll(planId: string): Promise<void> {
  const em = app.system.orm.em.fork();
  const key = fromGlobalId(planId)?.key ?? planId;
  for (const [i, r] of REPORTS.entries()) {
    const status = r.status ?? 'ACCEPTED';
    await em.insert(ProgressReportRow, {
      id: randomUUID(),
      caseId: null,
      submission: 1,
      status,
      reviewComment: null,
      acceptedOn: status === 'ACCEPTED' ? TODAY : null,
      planId: key,
      productCode: r.productCode,
      period: r.period,
      value: r.value,
      narrative: 'Avance verificado con los informes de gestión del periodo',
      evidence: [],
      reportedOn: TODAY,
      reportedBy: 'entity_representative@test',
      reportedAt: new Date(Date.now() - (REPORTS.length - i) * 1000),
    });
  }
}

describe('measurement: the Bogotá method at a cut', () => {
  let who: Who;
  let planId: string;
  beforeAll(async () => {
    who = await entity();
    planId = await approvedPlan(who.representative);
    await reportAll(planId);
  });

  const MEASUREMENT = `cut progress ideal gap distribution { status count }
    objectives { code weight progress ideal gap products { code period pav accumulated programmed pahv finalTarget paa progress ideal gap status } }`;

  async function measurement(cut: string) {
    const plan = await readPlan(who.member, planId, `measurement(cut: "${cut}") { ${MEASUREMENT} }`);
    return plan.measurement;
  }

  /** Numbers compared to 1e-6, everything else exactly. */
  function expectClose(actual: unknown, expected: unknown, at = 'measurement'): void {
    if (typeof expected === 'number') {
      if (typeof actual !== 'number') throw new Error(`${at}: se esperaba ${expected} y llegó ${JSON.stringify(actual)}`);
      expect(actual).toBeCloseTo(expected, 6);
    } else if (Array.isArray(expected)) {
      expect(Array.isArray(actual) ? actual.length : actual).toBe(expected.length);
      expected.forEach((e, i) => expectClose((actual as unknown[])[i], e, `${at}[${i}]`));
    } else if (expected !== null && typeof expected === 'object') {
      for (const [k, e] of Object.entries(expected)) expectClose((actual as Record<string, unknown>)[k], e, `${at}.${k}`);
    } else {
      expect({ at, value: actual }).toEqual({ at, value: expected });
    }
  }

  const distribution = (counts: Record<string, number>) =>
    ['SOBRE_EJECUCION', 'ALTO', 'MEDIO', 'BAJO', 'SIN_DATO'].map((status) => ({ status, count: counts[status] ?? 0 }));

  it('measures today with every report: PAV, PAHV, PAA, semáforo, capped progress, ideal and gap', async () => {
    // Today falls in Y3 (the plan's last year); every report is dated today, so all of them count.
    // Y0–Y2 have ended; Y3 counts "hasta la vigencia" for the products with a Y3 value (1.1, 1.2, 2.1, 2.2);
    // 3.1 has no Y3 target, so whether Y3 counts does not change it.
    const m = await measurement(TODAY);
    expectClose(m, {
      cut: TODAY,
      objectives: [
        {
          code: 'O1',
          weight: 40,
          // 30 × 14000/18000 + 10 × 0.625 = 23.3333 + 6.25 = 29.5833; ideal 30 × 1 + 10 × 1 = 40
          progress: 30 * (14000 / 18000) + 10 * 0.625,
          ideal: 40,
          gap: 30 * (14000 / 18000) + 6.25 - 40,
          products: [
            // 1.1 Suma: 4000 + 5000 + 3000 + 2000 (the Y3 value corrected from 1000) = 14000 against 4 × 4500 = 18000.
            // PAV 2000 / 4500 = 0.4444; PAHV 14000 / 18000 = 0.7778 (> 75 %: ALTO); PAA the same; ideal 18000 / 18000 = 1.
            {
              code: '1.1',
              period: Y3,
              pav: 2000 / 4500,
              accumulated: 14000,
              programmed: 18000,
              pahv: 14000 / 18000,
              finalTarget: 18000,
              paa: 14000 / 18000,
              progress: 14000 / 18000,
              ideal: 1,
              gap: 14000 / 18000 - 1,
              status: 'ALTO',
            },
            // 1.2 Creciente: the latest value 0.5 (Y3) against the Y3 level 0.8 (the final one too): 0.625 (MEDIO); ideal 0.8 / 0.8 = 1.
            {
              code: '1.2',
              period: Y3,
              pav: 0.625,
              accumulated: 0.5,
              programmed: 0.8,
              pahv: 0.625,
              finalTarget: 0.8,
              paa: 0.625,
              progress: 0.625,
              ideal: 1,
              gap: -0.375,
              status: 'MEDIO',
            },
          ],
        },
        {
          code: 'O2',
          weight: 35,
          // 20 × 0.375 + 15 × min(1.5, 1) = 7.5 + 15 = 22.5 (uncapped it would be 30); ideal 20 + 15 = 35
          progress: 22.5,
          ideal: 35,
          gap: -12.5,
          products: [
            // 2.1 Constante: Y3 alone, 0.3 / 0.8 = 0.375 (BAJO); Y2's 0.9 does not carry; ideal 1 (a target programmed).
            {
              code: '2.1',
              period: Y3,
              pav: 0.375,
              accumulated: 0.3,
              programmed: 0.8,
              pahv: 0.375,
              finalTarget: 0.8,
              paa: 0.375,
              progress: 0.375,
              ideal: 1,
              gap: -0.625,
              status: 'BAJO',
            },
            // 2.2 Suma over target: 200 + 150 + 150 + 100 = 600 against 400: PAHV = PAA = 1.5 (> 125 %: SOBRE_EJECUCION),
            // progress capped at 1; PAV 100 / 100 = 1.
            {
              code: '2.2',
              period: Y3,
              pav: 1,
              accumulated: 600,
              programmed: 400,
              pahv: 1.5,
              finalTarget: 400,
              paa: 1.5,
              progress: 1,
              ideal: 1,
              gap: 0,
              status: 'SOBRE_EJECUCION',
            },
          ],
        },
        {
          code: 'O3',
          weight: 25,
          progress: 0,
          ideal: 25,
          gap: -25,
          products: [
            // 3.1 Creciente, nothing reported: no PAHV (SIN_DATO), progress 0; programmed the Y2 level 3000, the final one: ideal 1.
            // No Y3 target: PAV not applicable.
            {
              code: '3.1',
              period: Y3,
              pav: null,
              accumulated: null,
              programmed: 3000,
              pahv: null,
              finalTarget: 3000,
              paa: null,
              progress: 0,
              ideal: 1,
              gap: -1,
              status: 'SIN_DATO',
            },
          ],
        },
      ],
      // Plan: 29.5833 + 22.5 + 0 = 52.0833 points; ideal 40 + 35 + 25 = 100; gap −47.9167.
      progress: 30 * (14000 / 18000) + 6.25 + 22.5,
      ideal: 100,
      gap: 30 * (14000 / 18000) + 6.25 + 22.5 - 100,
      distribution: distribution({ SOBRE_EJECUCION: 1, ALTO: 1, MEDIO: 1, BAJO: 1, SIN_DATO: 1 }),
    });
  });

  it('measures yesterday from the targets alone: the reports of today do not count', async () => {
    // Y0–Y2 have ended by yesterday; Y3 has no value reported by then, so it is left out.
    const cut = bogotaDay(new Date(Date.now() - DAY));
    const m = await measurement(cut);
    const none = { pav: null, accumulated: null, pahv: null, paa: null, progress: 0, status: 'SIN_DATO' };
    expectClose(m, {
      cut,
      objectives: [
        {
          code: 'O1',
          weight: 40,
          progress: 0,
          // 30 × 13500/18000 + 10 × 0.6/0.8 = 22.5 + 7.5 = 30
          ideal: 30,
          gap: -30,
          products: [
            { code: '1.1', ...none, programmed: 13500, finalTarget: 18000, ideal: 0.75, gap: -0.75 },
            { code: '1.2', ...none, programmed: 0.6, finalTarget: 0.8, ideal: 0.75, gap: -0.75 },
          ],
        },
        {
          code: 'O2',
          weight: 35,
          progress: 0,
          // 20 × 1 (Constante with Y2's 0.8 programmed) + 15 × 300/400 = 20 + 11.25 = 31.25
          ideal: 31.25,
          gap: -31.25,
          products: [
            { code: '2.1', ...none, programmed: 0.8, finalTarget: 0.8, ideal: 1, gap: -1 },
            { code: '2.2', ...none, programmed: 300, finalTarget: 400, ideal: 0.75, gap: -0.75 },
          ],
        },
        // 25 × 3000/3000 = 25
        {
          code: 'O3',
          weight: 25,
          progress: 0,
          ideal: 25,
          gap: -25,
          products: [{ code: '3.1', ...none, programmed: 3000, finalTarget: 3000, ideal: 1, gap: -1 }],
        },
      ],
      // 30 + 31.25 + 25 = 86.25
      progress: 0,
      ideal: 86.25,
      gap: -86.25,
      distribution: distribution({ SIN_DATO: 5 }),
    });
  });

  it('measures a past cut in the middle of Y2 from the targets of Y0 and Y1', async () => {
    const cut = `${Y2}-06-30`;
    const m = await measurement(cut);
    // Counted: Y0 and Y1 (ended). 1.1: 9000 / 18000 = 0.5; 1.2: 0.4 / 0.8 = 0.5; 2.1: 1; 2.2: 200 / 400 = 0.5; 3.1: 2000 / 3000.
    // O1 30 × 0.5 + 10 × 0.5 = 20; O2 20 × 1 + 15 × 0.5 = 27.5; O3 25 × 2/3 = 16.6667; plan 64.1667.
    expectClose(m, {
      cut,
      progress: 0,
      ideal: 20 + 27.5 + 25 * (2 / 3),
      objectives: [
        {
          code: 'O1',
          ideal: 20,
          products: [
            { code: '1.1', period: Y2, programmed: 9000, ideal: 0.5 },
            { code: '1.2', period: Y2, programmed: 0.4, ideal: 0.5 },
          ],
        },
        {
          code: 'O2',
          ideal: 27.5,
          products: [
            { code: '2.1', period: Y2, programmed: 0.8, ideal: 1 },
            { code: '2.2', period: Y2, programmed: 200, ideal: 0.5 },
          ],
        },
        { code: 'O3', ideal: 25 * (2 / 3), products: [{ code: '3.1', period: Y2, programmed: 2000, ideal: 2 / 3 }] },
      ],
      distribution: distribution({ SIN_DATO: 5 }),
    });
  });

  it('measures a cut before the horizon as nothing programmed: no period, no ratios, ideal 0', async () => {
    const cut = `${YEAR - 4}-12-31`;
    const m = await measurement(cut);
    const product = (code: string) => ({
      code,
      period: null,
      pav: null,
      accumulated: null,
      programmed: null,
      pahv: null,
      progress: 0,
      ideal: 0,
      gap: 0,
      status: 'SIN_DATO',
    });
    expectClose(m, {
      cut,
      progress: 0,
      ideal: 0,
      gap: 0,
      objectives: [
        { code: 'O1', progress: 0, ideal: 0, products: [product('1.1'), product('1.2')] },
        { code: 'O2', progress: 0, ideal: 0, products: [product('2.1'), product('2.2')] },
        { code: 'O3', progress: 0, ideal: 0, products: [product('3.1')] },
      ],
      distribution: distribution({ SIN_DATO: 5 }),
    });
  });

  it('refuses a cut that is not a calendar date (BAD_USER_INPUT)', async () => {
    for (const cut of ['2024-02-30', '30/06/2024', 'hoy']) {
      const res: Res = await executeText(
        app.url,
        `query M($id: ID!) { actionPlan(id: $id) { measurement(cut: "${cut}") { cut progress } } }`,
        { id: planId },
        { token: who.member },
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    }
  });

  it('says a draft plan has no approved version to measure with: no official measurement, no product measured', async () => {
    const draftId = await importPlan(who.representative);
    const plan = await readPlan(
      who.member,
      draftId,
      `status currentVersion measurement(cut: "${TODAY}") { cut planVersion versionInForce official label progress objectives { code } }`,
    );
    expect(plan).toEqual({
      status: 'DRAFT',
      currentVersion: null,
      measurement: {
        cut: TODAY,
        planVersion: null,
        versionInForce: null,
        official: false,
        label: `Sin versión aprobada del plan al ${TODAY}: no hay medición oficial.`,
        progress: 0,
        objectives: [],
      },
    });
  });
});

// =============================================================================================
describe('a plan that follows a cofinancing application (caseId)', () => {
  let callId: string;
  let cycleId: string;
  let draft: Who;
  let draftCase: string;
  let assessmentCase: string;
  beforeAll(async () => {
    ({ callId, cycleId } = await openProgramme(app, coordinator));
    draft = await entity();
    assessmentCase = await validatedAssessment(app, draft, cycleId);
    const started: Res = await executeText(
      app.url,
      `mutation { startApplication(input: {callId: "${callId}"}) { case { id state } } }`,
      undefined,
      { token: draft.member },
    );
    expect(started.errors).toBeUndefined();
    expect(started.data.startApplication.case.state).toBe('draft');
    draftCase = started.data.startApplication.case.id;
  });

  it('refuses an application still in draft (PRECONDITION_FAILED APPLICATION_NOT_IN_EXECUTION), writing nothing', async () => {
    const res = await importRaw(draft.representative, { caseId: draftCase });
    expectRefused(res, 'PRECONDITION_FAILED');
    expect(extensionsOf(res).rule).toBe('APPLICATION_NOT_IN_EXECUTION');
    expect(await planIds(draft.member, draft.code)).toEqual([]);
  });

  it("refuses another entity's application, an unknown case and a case that is not an application (NOT_FOUND), writing nothing", async () => {
    const other = await entity();
    expectRefused(await importRaw(other.representative, { caseId: draftCase }), 'NOT_FOUND');
    expectRefused(await importRaw(other.representative, { caseId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND');
    expectRefused(await importRaw(draft.representative, { caseId: assessmentCase }), 'NOT_FOUND');
    expect(await planIds(coordinator, other.code)).toEqual([]);
    expect(await planIds(coordinator, draft.code)).toEqual([]);
  });

  it('follows an application whose agreement is signed', async () => {
    const signed = await entity();
    await validatedAssessment(app, signed, cycleId);
    const caseId = await applicationInCommittee(app, signed, callId);
    await act(app, coordinator, 'approveApplication', { caseId });
    await act(app, signed.representative, 'signAgreement', { caseId, agreementNumber: 'CONV-PLAN-0001' });
    const id = await importPlan(signed.representative, { caseId, title: 'Plan de acción del proyecto cofinanciado' });
    expect(await readPlan(coordinator, id, 'caseId entityCode')).toEqual({ caseId, entityCode: signed.code });
    expect(await planIds(signed.member, signed.code)).toEqual([id]);
  });
});
