import ExcelJS from 'exceljs';
import JSZip from 'jszip';

import { Role } from '../../src/core/auth/principal';
import { bogotaDay } from '../../src/core/time/business-calendar';
import { startTestSystem, type TestSystem } from '../support/test-system';

/*
 * Issue 16, class 1: a small file must not buy unbounded work. Hostile CSV and XLSX files go
 * through the real `importActionPlan` mutation: a far column (`XFD`) in every row, a `<dimension>`
 * or merged range reaching the sheet's end, one 8 MB cell, a zip that inflates to 40 MB (and the
 * same with a central directory that lies about it), a CSV with far columns, with 40,000 lines and
 * with a thousand bad rows. Each must be refused as BAD_USER_INPUT with a Spanish problem
 * ({path, code, message}), quickly, with a small answer, without stalling `/health`, and with
 * nothing written.
 */

const YEAR = Number(bogotaDay(new Date()).slice(0, 4));
const HORIZON = { startYear: YEAR - 1, endYear: YEAR, periodicity: 'ANNUAL' };
const HEADERS = ['objetivo', 'producto', 'nombre_producto', 'indicador', 'peso', 'anualizacion', `meta_${YEAR - 1}`, `meta_${YEAR}`];
const row = (i: number, weight: string) => ['O1', `P${i}`, `Producto ${i}`, `Indicador del producto ${i}`, weight, 'Suma', '10', '10'];
/** A header and `n` products whose weights sum to 100. */
const plan = (n: number) => [HEADERS, ...Array.from({ length: n }, (_, i) => row(i + 1, i === 0 ? String(100 - (n - 1) * 0.5) : '0,5'))];

const IMPORT = `mutation I($input: ImportActionPlanInput!) { importActionPlan(input: $input) { id } }`;
/** Generous bounds: a bounded refusal takes milliseconds; the unbounded importer took seconds and megabytes. */
const MAX_MS = 2000;
const MAX_BYTES = 20_000;

let app: TestSystem;
let representative: string;

beforeAll(async () => {
  app = await startTestSystem({ RATE_LIMIT_IMPORTS_PER_HOUR: '10000', RATE_LIMIT_MUTATIONS_PER_MINUTE: '10000' });
  // Only the entity's representative or TIC leader imports its plans.
  representative = await app.token(Role.ENTITY_REPRESENTATIVE, '05001');
});
afterAll(() => app?.stop());

interface Sent {
  body: {
    data?: { importActionPlan: { id: string } | null } | null;
    errors?: { message: string; extensions: { code: string; problems?: { path: string; code?: string; message: string }[] } }[];
  };
  bytes: number;
  ms: number;
}

/** Sends an import over HTTP and measures the time and size of its answer. */
async function send(format: 'CSV' | 'XLSX', content: string): Promise<Sent> {
  const started = performance.now();
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${representative}` },
    body: JSON.stringify({ query: IMPORT, variables: { input: { title: 'Plan de acción hostil', ...HORIZON, format, content } } }),
  });
  const text = await res.text();
  return { body: JSON.parse(text), bytes: Buffer.byteLength(text), ms: performance.now() - started };
}

async function rowsIn(table: 'action_plan' | 'plan_version_product'): Promise<number> {
  const [{ n }] = await app.system.orm.em.fork().getConnection().execute<{ n: number | string }[]>(`select count(*) as n from ${table}`);
  return Number(n);
}

/**
 * Imports `content` and expects a quick, small BAD_USER_INPUT whose one problem has `code`, at the
 * file (`input.content`) and with its place in the sheet (`fila 1`) first in its message when it has one.
 */
async function expectRefused(format: 'CSV' | 'XLSX', content: string, code: string, place?: string): Promise<Sent> {
  const before = [await rowsIn('action_plan'), await rowsIn('plan_version_product')];
  const sent = await send(format, content);
  expect(sent.body.data?.importActionPlan ?? null).toBeNull();
  expect(sent.body.errors).toHaveLength(1);
  const error = sent.body.errors![0];
  expect(error.extensions.code).toBe('BAD_USER_INPUT');
  expect(error.message).toMatch(/^No se importó el plan: /);
  const problem = error.extensions.problems?.find((p) => p.code === code);
  expect(problem).toMatchObject({ path: 'input.content', code, message: expect.stringMatching(/[a-záéíóúñ ]{10}/) });
  if (place) expect(problem!.message.startsWith(`${place}: `)).toBe(true);
  expect(sent.ms).toBeLessThan(MAX_MS);
  expect(sent.bytes).toBeLessThan(MAX_BYTES);
  expect([await rowsIn('action_plan'), await rowsIn('plan_version_product')]).toEqual(before);
  return sent;
}

/** An XLSX of `rows` written by exceljs, as a zip to tamper with. */
async function workbook(rows: (string | number)[][]): Promise<JSZip> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Plan');
  for (const r of rows) sheet.addRow(r);
  return JSZip.loadAsync(await book.xlsx.writeBuffer());
}

const SHEET = 'xl/worksheets/sheet1.xml';

/** The workbook with its first sheet's XML changed by `edit`, deflated, in base64. */
async function tampered(zip: JSZip, edit: (xml: string) => string): Promise<string> {
  zip.file(SHEET, edit(await zip.file(SHEET)!.async('string')));
  return (await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } })).toString('base64');
}

/** Every row of the sheet with one more cell, in XFD: the last column an XLSX may have. */
const farColumn = (xml: string) =>
  xml.replace(
    /<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g,
    (_m, r: string, attrs: string, cells: string) =>
      `<row r="${r}"${attrs.replace(/ spans="[^"]*"/, '')}>${cells}<c r="XFD${r}" t="inlineStr"><is><t>x</t></is></c></row>`,
  );

/** A zip whose central directory declares every entry 100 bytes long, whatever it inflates to. */
function lying(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 46 <= out.length; i++) if (out.readUInt32LE(i) === 0x02014b50) out.writeUInt32LE(100, i + 24);
  return out;
}

describe('importActionPlan bounds the work of an XLSX before and while reading it', () => {
  it('refuses 150 rows that each touch column XFD, the last of a sheet', async () => {
    const content = await tampered(await workbook(plan(150)), farColumn);
    const sent = await expectRefused('XLSX', content, 'SHEET_TOO_LARGE');
    expect(sent.body.errors![0].extensions.problems![0].message).toMatch(/fuera de 1000 productos y 100 columnas/);
  });

  it('refuses a sheet whose <dimension> reaches XFD1048576', async () => {
    const content = await tampered(await workbook(plan(3)), (xml) =>
      xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'),
    );
    await expectRefused('XLSX', content, 'SHEET_TOO_LARGE');
  });

  it('refuses a merged range down to row 1,048,576 (exceljs would build every cell of it)', async () => {
    const content = await tampered(await workbook(plan(3)), (xml) =>
      xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A20:CV1048576"/></mergeCells>'),
    );
    await expectRefused('XLSX', content, 'SHEET_TOO_LARGE');
  });

  it.each([
    ['8 MB', 8 * 1024 * 1024, 'ARCHIVE_TOO_LARGE'],
    ['1 MB', 1024 * 1024, 'CELL_TOO_LONG'],
  ])('refuses one %s header cell without echoing it', async (_size, length, code) => {
    const zip = await workbook([['x'.repeat(length), ...HEADERS.slice(1)], row(1, '100')]);
    const content = (await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } })).toString(
      'base64',
    );
    const sent = await expectRefused('XLSX', content, code);
    expect(JSON.stringify(sent.body)).not.toContain('x'.repeat(100));
  });

  it('refuses a zip that inflates to 40 MB, and the same zip when its directory declares 100 bytes per entry', async () => {
    const zip = await workbook(plan(3));
    const bomb = await tampered(zip, (xml) => xml.replace('<sheetData>', `<sheetData>${' '.repeat(40 * 1024 * 1024)}`));
    await expectRefused('XLSX', bomb, 'ARCHIVE_TOO_LARGE');
    await expectRefused('XLSX', lying(Buffer.from(bomb, 'base64')).toString('base64'), 'ARCHIVE_TOO_LARGE');
  });

  it.each([
    ['150 rows reaching column XFD (3 s of stalled event loop before the bounds)', 'far'],
    ['a zip that inflates to 40 MB', 'bomb'],
  ])('answers /health at once while a hostile import is in flight: %s', async (_name, kind) => {
    const zip = await workbook(plan(150));
    const content = await tampered(zip, (xml) =>
      kind === 'far' ? farColumn(xml) : xml.replace('<sheetData>', `<sheetData>${' '.repeat(40 * 1024 * 1024)}`),
    );
    const inFlight = send('XLSX', content);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const started = performance.now();
    const health = await fetch(`${app.url}/health`);
    const ms = performance.now() - started;
    expect(health.status).toBe(200);
    expect(ms).toBeLessThan(500);
    expect((await inFlight).body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('still imports an ordinary XLSX (the bounds refuse only what lies beyond them)', async () => {
    const zip = await workbook(plan(200));
    const content = (await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })).toString('base64');
    const sent = await send('XLSX', content);
    expect(sent.body.errors).toBeUndefined();
    expect(sent.body.data?.importActionPlan?.id).toEqual(expect.any(String));
    expect(sent.ms).toBeLessThan(MAX_MS);
  });
});

describe('importActionPlan bounds the work of a CSV', () => {
  const csv = (rows: string[][]) => rows.map((r) => r.join(',')).join('\n') + '\n';

  it('refuses 120 rows that reach a far column', async () => {
    const rows = plan(120).map((r, i) => (i === 0 ? r : [...r, ...Array<string>(600).fill(''), 'x']));
    await expectRefused('CSV', csv(rows), 'TOO_MANY_COLUMNS');
  });

  it('refuses 40,000 lines', async () => {
    await expectRefused('CSV', csv(plan(1)) + '\n'.repeat(40_000), 'TOO_MANY_ROWS');
  });

  it('refuses a 90,000-character header without echoing it', async () => {
    const sent = await expectRefused('CSV', csv([['y'.repeat(90_000), ...HEADERS.slice(1)], row(1, '100')]), 'TOO_LONG', 'fila 1');
    expect(JSON.stringify(sent.body)).not.toContain('y'.repeat(100));
  });

  it('lists at most 50 problems of a file with a thousand bad rows, and counts the rest', async () => {
    const rows = [HEADERS, ...Array.from({ length: 1000 }, (_, i) => row(i + 1, 'mucho'))];
    const sent = await expectRefused('CSV', csv(rows), 'TOO_MANY_PROBLEMS');
    const problems = sent.body.errors![0].extensions.problems!;
    expect(problems).toHaveLength(51);
    expect(problems[50].message).toMatch(/^y 950 problemas más/);
  });
});
