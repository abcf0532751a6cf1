import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

import { eventually } from './fault-injection';
import { errorCode, executeText, type GraphQLResponse } from './http';
import type { TestSystem } from './test-system';

/** Reports (issue 7) as a frontend uses them: request, follow, read, download; and readers of the files. */

export const REPORT_FIELDS =
  'id kind format title status progress stage error planId cut cycleId requestedAt startedAt finishedAt size contentType fileName downloadUrl';

export interface ReportView {
  id: string;
  kind: string;
  format: string;
  title: string;
  status: 'QUEUED' | 'RUNNING' | 'READY' | 'FAILED';
  progress: number;
  stage: string | null;
  error: string | null;
  planId: string | null;
  cut: string | null;
  cycleId: string | null;
  requestedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  size: number | null;
  contentType: string | null;
  fileName: string;
  downloadUrl: string | null;
}

export interface ReportInput {
  kind: 'FOLLOW_UP' | 'CTI_INDEX' | 'CASELOAD';
  format: 'XLSX' | 'PDF' | 'CSV';
  planId?: string | null;
  cut?: string | null;
  cycleId?: string | null;
}

const REQUEST = `mutation R($input: RequestReportInput!) { requestReport(input: $input) { reused report { ${REPORT_FIELDS} } } }`;
const READ = `query Q($id: ID!) { report(id: $id) { ${REPORT_FIELDS} } }`;

export function requestReportRaw(
  app: TestSystem,
  token: string | undefined,
  input: ReportInput | Record<string, unknown>,
): Promise<GraphQLResponse<never>> {
  return executeText(app.url, REQUEST, { input }, { token });
}

/** requestReport that must succeed. */
export async function requestReport(app: TestSystem, token: string, input: ReportInput): Promise<{ reused: boolean; report: ReportView }> {
  const res = (await requestReportRaw(app, token, input)) as GraphQLResponse<{ requestReport: { reused: boolean; report: ReportView } }>;
  if (res.errors) throw new Error(`requestReport: ${errorCode(res)} ${res.errors[0].message}`);
  return res.data!.requestReport;
}

/** The `report` query: the report, or null when missing or not readable by the token's holder. */
export async function readReport(app: TestSystem, token: string, id: string): Promise<ReportView | null> {
  const res = (await executeText(app.url, READ, { id }, { token })) as GraphQLResponse<{ report: ReportView | null }>;
  if (res.errors) throw new Error(`report: ${errorCode(res)} ${res.errors[0].message}`);
  return res.data!.report;
}

/** Polls the `report` query until the report is READY or FAILED. */
export async function finishedReport(app: TestSystem, token: string, id: string, timeoutMs = 20_000): Promise<ReportView> {
  return eventually(
    `que el informe ${id} termine`,
    async () => {
      const r = await readReport(app, token, id);
      return r && (r.status === 'READY' || r.status === 'FAILED') ? r : undefined;
    },
    timeoutMs,
    50,
  );
}

export interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** GET {app.url}{path} with the bearer token (or none). */
export async function download(app: TestSystem, path: string, token?: string): Promise<Download> {
  const res = await fetch(app.url + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

export const downloadPathOf = (id: string) => `/reports/${id}/download`;

/** Requests a report, waits until it is READY, downloads it (200) and returns the report and its file. */
export async function generated(
  app: TestSystem,
  token: string,
  input: ReportInput,
): Promise<{ report: ReportView; file: Buffer; reused: boolean }> {
  const { report: requested, reused } = await requestReport(app, token, input);
  const report = await finishedReport(app, token, requested.id);
  if (report.status !== 'READY') throw new Error(`el informe ${report.id} falló: ${report.error}`);
  const got = await download(app, report.downloadUrl!, token);
  if (got.status !== 200) throw new Error(`descarga de ${report.id}: ${got.status} ${got.body.toString().slice(0, 300)}`);
  return { report, file: got.body, reused };
}

/** Rows of `report` (all, or those matching `where`), counted in the database. */
export async function reportRowCount(app: TestSystem, where: Record<string, unknown> = {}): Promise<number> {
  const [row] = await app.system.orm.em.getKnex()('report').where(where).count({ n: '*' });
  return Number(row.n);
}

export interface ReportFollower {
  updates: ReportView[];
  errors: unknown[];
  /** Resolves once the server acknowledged the connection. */
  connected: Promise<void>;
  /** Settles when the subscription completes (or errors, or the socket closes). */
  ended: Promise<'complete' | 'error' | 'closed'>;
  dispose(): Promise<void>;
}

/** `subscription reportUpdated(id)` over graphql-ws, collecting every update until the server completes it. */
export function followReport(app: TestSystem, token: string | null, id: string): ReportFollower {
  const updates: ReportView[] = [];
  const errors: unknown[] = [];
  let connectedNow!: () => void;
  const connected = new Promise<void>((r) => (connectedNow = r));
  let endedNow!: (how: 'complete' | 'error' | 'closed') => void;
  const ended = new Promise<'complete' | 'error' | 'closed'>((r) => (endedNow = r));
  const client = createClient({
    url: `${app.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: {
      connected: () => connectedNow(),
      closed: (event) => {
        errors.push({ closed: (event as { code?: number }).code });
        connectedNow();
        endedNow('closed');
      },
    },
  });
  client.subscribe<{ reportUpdated: ReportView }>(
    { query: `subscription S($id: ID!) { reportUpdated(id: $id) { ${REPORT_FIELDS} } }`, variables: { id } },
    {
      next: (value) => {
        if (value.errors) errors.push(...value.errors);
        if (value.data?.reportUpdated) updates.push(value.data.reportUpdated);
      },
      error: (err) => {
        errors.push(err);
        endedNow('error');
      },
      complete: () => endedNow('complete'),
    },
  );
  return { updates, errors, connected, ended, dispose: () => client.dispose() as Promise<void> };
}

/** The reports queue of a system that runs its worker in-process (to hold jobs back while a test subscribes). */
export function reportsQueueOf(app: TestSystem) {
  if (!app.system.worker) throw new Error('el sistema de la prueba no corre el worker: startTestSystem(env, { worker: true })');
  return app.system.worker.queues.reports;
}

export interface Followed {
  /** What requestReport answered. */
  requested: ReportView;
  reused: boolean;
  /** Every update the subscription delivered, the current state first. */
  updates: ReportView[];
  /** The report read with the `report` query once the subscription completed. */
  report: ReportView;
  /** The downloaded file (200). */
  file: Download;
}

/**
 * Requests a report and follows it with `reportUpdated` from its very first state: the reports
 * queue is paused while the subscription is set up (so no step can happen before it), resumed
 * once the current state has arrived; then the subscription must complete on its own. Finally
 * the report is read with the `report` query and downloaded.
 */
export async function requestAndFollow(app: TestSystem, token: string, input: ReportInput): Promise<Followed> {
  const queue = reportsQueueOf(app);
  await queue.pause();
  let follower: ReportFollower | undefined;
  try {
    const { report: requested, reused } = await requestReport(app, token, input);
    follower = followReport(app, token, requested.id);
    await follower.connected;
    await eventually('el estado actual del informe por la suscripción', () => follower!.updates.length > 0 || follower!.errors.length > 0);
    await queue.resume();
    let timer: NodeJS.Timeout | undefined;
    const how = await Promise.race([follower.ended, new Promise((r) => (timer = setTimeout(() => r('timeout'), 30_000)))]).finally(() =>
      clearTimeout(timer),
    );
    if (how !== 'complete') throw new Error(`la suscripción terminó con «${String(how)}»: ${JSON.stringify(follower.errors)}`);
    const report = (await readReport(app, token, requested.id))!;
    const file = await download(app, report.downloadUrl ?? downloadPathOf(requested.id), token);
    return { requested, reused, updates: follower.updates, report, file };
  } finally {
    await queue.resume();
    await follower?.dispose();
  }
}

// ---------------------------------------------------------------------------------------------
// Reading the files.

export async function openWorkbook(file: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as unknown as ExcelJS.Buffer);
  return book;
}

/** The values of a sheet's rows (1-based columns dropped), as ExcelJS reads them. */
export function sheetValues(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return Array.from(rows, (r) => r ?? []);
}

export interface CsvFile {
  bom: boolean;
  lineBreak: string;
  rows: string[][];
}

/** A `;`-separated CSV as Excel writes it in Colombia (quoted cells with `""` for a quote), read independently of the app's reader. */
export function parseSemicolonCsv(file: Buffer): CsvFile {
  let text = file.toString('utf8');
  const bom = text.startsWith('\uFEFF');
  if (bom) text = text.slice(1);
  const lineBreak = text.includes('\r\n') ? '\r\n' : '\n';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      // the \n ends the row
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return { bom, lineBreak, rows };
}

export interface PdfContent {
  /** Number of pages. */
  total: number;
  /** The text of every page, in order. */
  pages: string[];
  text: string;
}

const repoRoot = resolve(__dirname, '..', '..');

/**
 * The text of a PDF with pdf-parse 2 (`new PDFParse({ data }).getText()`). pdf.js loads its worker
 * with a dynamic import, which Jest's module system refuses, so it runs in a plain Node process.
 */
export function parsePdf(file: Buffer): Promise<PdfContent> {
  const script = `
    const { PDFParse } = require('pdf-parse');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', async () => {
      const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
      try {
        const result = await parser.getText();
        process.stdout.write(JSON.stringify({ total: result.total, text: result.text, pages: result.pages.map((p) => p.text) }));
      } finally {
        await parser.destroy();
      }
    });`;
  return new Promise((resolvePdf, reject) => {
    const child = execFile(process.execPath, ['-e', script], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`pdf-parse no pudo leer el PDF: ${err.message}\n${stderr}`));
      resolvePdf(JSON.parse(stdout) as PdfContent);
    });
    child.stdin!.end(file);
  });
}

/** A file name as RFC 5987 writes it in `filename*` (encodeURIComponent leaves ' ( ) * ! as they are). */
export const rfc5987 = (name: string) =>
  encodeURIComponent(name).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
