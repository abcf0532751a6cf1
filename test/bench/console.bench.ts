/**
 * The web console's speed, measured in the browser: `npm run bench:console`.
 *
 * It runs the compiled build (`dist/test/bench/console.bench.js`) with NODE_ENV=production against a
 * throwaway PostgreSQL cluster with its durable defaults (BENCH_DB=sqlite: a SQLite file), the real
 * service started in this process with the demo data and the worker (`startSystem`, a private
 * redis-server), serving the console `npm run build` left in console/dist, and headless Debian
 * Chromium driven by playwright-core. The coordinator's session is put in sessionStorage before the
 * page loads (the demo sign-in is refused in production); the token is minted for a person enrolled
 * in the directory, as `cli token` does. What it measures, each beside a baseline of the same run:
 *
 *   1. The board's first render: /tablero loaded BENCH_RUNS times after BENCH_WARMUP_RUNS discarded
 *      loads, cold (a new browser context each time: empty HTTP cache, no compiled code cache, no
 *      session state) and warm (one context, navigated to /tablero again: the hashed chunks come
 *      from its cache). Figure: the board's own mark `tablero:primer-render` (its first page of rows
 *      committed to the DOM), in ms since navigation start, with the navigation's responseEnd and
 *      DOMContentLoaded, and the shell's and the board's queries as Chromium saw them (start and end on the same
 *      clock). Baseline: the board's own GraphQL round trip, i.e. the exact request the board sent
 *      (its body and headers, captured on the wire), replayed from inside the page with `fetch`,
 *      timed by `performance.now()` from the call to the parsed answer; twice after each measured
 *      load, so the baseline shares the machine's state with the loads.
 *   2. A subscription's update to the screen: with the board open (no filters), one assessment
 *      that the board shows goes round `requestAssessmentChanges → resubmitAssessment →
 *      startAssessmentReview` (the loop of the API benchmark; the coordinator and the entity's
 *      representative, each with their own token, from this process over HTTP), BENCH_UPDATES
 *      changes after BENCH_WARMUP_RUNS discarded ones, one at a time. Figures: (a) the board's own
 *      measure `tablero:actualizacion`, from the subscription message's arrival to the changed row
 *      on screen; (b) end to end, from the mutation leaving this process to that render, on one
 *      clock (this process's and the page's high-resolution clocks are aligned by round trips
 *      through the DevTools protocol before and after; the precision printed is half the best round
 *      trip plus the drift between the two alignments). Baselines: the board's round trip replayed
 *      once after each change, and each mutation's own round trip measured here.
 *   3. The initial JavaScript (gzip) of the build served, against the 300,000 B budget.
 *
 * The machine's load is printed (load average, and per phase the cores used by this process tree —
 * service, worker, Redis, Chromium —, PostgreSQL, and everything else); other processes' use
 * makes the figures pessimistic.
 *
 * Environment: BENCH_DB (postgresql | sqlite), BENCH_RUNS (loads per kind, 20), BENCH_UPDATES (30),
 * BENCH_WARMUP_RUNS (2), BENCH_TIMEOUT (seconds for the whole run, 300: past it the run stops,
 * cleans up and exits 1).
 *
 * It is a report, not a test: there are no targets on these timings (the size budget is shown as
 * CUMPLE / NO CUMPLE); it exits 1 when a figure could not be taken (the board never rendered, or
 * never rendered a change; a page error; a replayed request that failed).
 */
import 'reflect-metadata';

import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';

import { Role } from '../../src/core/auth/principal';
import { shippedModel } from '../../src/modules/maturity/maturity-model';
import { sampleAnswers } from '../../src/modules/maturity/sample-answers';
import { startSystem, type System } from '../../src/system';
import { chromiumPath } from '../support/chromium';
import { consoleSizes, INITIAL_JS_BUDGET_GZIP_BYTES, type ConsoleSizes } from '../support/console-size';
import { type PostgresCluster } from '../support/postgres';
import {
  allStats,
  ASSESSMENT_LOOP,
  benchConfig,
  cleanUpOnExit,
  enrolledTokens,
  exitedChildrenCpuMs,
  GraphQLClient,
  intFromEnv,
  machineBusyMs,
  nextLoopTransition,
  percentile,
  reportStopFailure,
  runExitCleanups,
  secondsFromEnv,
  startBenchPostgres,
  startWatchdog,
  stopBenchPostgres,
  tempRoot,
  type LoopCase,
  type TransitionAnswer,
} from './bench-support';

const DB_KIND = (process.env.BENCH_DB?.trim() || 'postgresql') as 'sqlite' | 'postgresql';
if (DB_KIND !== 'sqlite' && DB_KIND !== 'postgresql') throw new Error(`BENCH_DB debe ser sqlite o postgresql (valor: ${DB_KIND})`);
const RUNS = intFromEnv('BENCH_RUNS', 20, 1, 1000);
const UPDATES = intFromEnv('BENCH_UPDATES', 30, 1, 1000);
const WARMUP_RUNS = intFromEnv('BENCH_WARMUP_RUNS', 2, 0, 100);
const TIMEOUT_S = secondsFromEnv('BENCH_TIMEOUT', 300, { positive: true, max: 7200 });

const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-01';
const DATABASE = 'cti_bench_console';
const COORDINATOR_SUBJECT = 'coordinador@bench';
/** Abejorral (Antioquia): no case in the demo, so its new assessment is the board's newest row. */
const LOOP_ENTITY = '05002';
/** The board's query, as its operation is named (console/src/screens/cases/operations.ts). */
const BOARD_OPERATION = 'CasesBoard';
const BOARD_PATH = '/tablero';
/** The shell's query (console/src/viewer.tsx): no screen renders before it answers. */
const VIEWER_OPERATION = 'ConsoleViewer';
/** Longest wait for the board to render (a load or a change) before the run counts it as failed. */
const RENDER_TIMEOUT_MS = 20_000;
/** Average cores used by other processes above which a phase's figures are flagged (as in the other benchmarks). */
const OTHERS_TOLERANCE_CORES = 0.15;

// ───────────────────────────── formatting and statistics ─────────────────────────────

const fmtMs = (ms: number) => (Number.isFinite(ms) ? `${ms.toFixed(ms >= 100 ? 0 : 1)} ms` : '-');
const fmtInt = (n: number) => n.toLocaleString('es-CO');
const fmtRatio = (r: number) => (Number.isFinite(r) ? `×${r.toFixed(2)}` : '-');
const fmtPct = (r: number) => (Number.isFinite(r) ? `${(r * 100).toFixed(0)} %` : '-');

interface Stats {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    min: sorted[0] ?? NaN,
    max: sorted.at(-1) ?? NaN,
  };
}

const fmtStats = (s: Stats) => `mediana ${fmtMs(s.median)} · p95 ${fmtMs(s.p95)} (mín. ${fmtMs(s.min)}, máx. ${fmtMs(s.max)}; n=${s.n})`;

/** This process's high-resolution clock as milliseconds since the epoch: the same scale as the page's `timeOrigin + now()`. */
const nodeNow = () => performance.timeOrigin + performance.now();

// ───────────────────────────── CPU of the machine, by party ─────────────────────────────

interface CpuMark {
  at: number;
  machine: number;
  ours: number;
  postgres: number;
  load1: number;
}

/**
 * CPU ms of this process and all its descendants (service, worker, redis-server, Chromium and its
 * renderers), each with its exited and reaped children, so a renderer closed during a phase still
 * counts; and of PostgreSQL's postmaster and backends, the same way.
 */
function cpuMark(postmasterPid: number | null): CpuMark {
  const all = allStats();
  const children = new Map<number, number[]>();
  for (const s of all) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s.pid]);
  const byPid = new Map(all.map((s) => [s.pid, s]));
  const tree = (root: number): number => {
    let total = 0;
    const queue = [root];
    while (queue.length) {
      const pid = queue.pop()!;
      total += (byPid.get(pid)?.cpuMs ?? 0) + exitedChildrenCpuMs(pid);
      queue.push(...(children.get(pid) ?? []));
    }
    return total;
  };
  return {
    at: performance.now(),
    machine: machineBusyMs(),
    ours: tree(process.pid),
    postgres: postmasterPid === null ? 0 : tree(postmasterPid),
    load1: loadavg()[0],
  };
}

interface PhaseCpu {
  phase: string;
  seconds: number;
  oursCores: number;
  postgresCores: number;
  othersCores: number;
  load1: [number, number];
}

const busyPhases: PhaseCpu[] = [];

function phaseCpu(phase: string, start: CpuMark, end: CpuMark): PhaseCpu {
  const ms = end.at - start.at;
  const ours = (end.ours - start.ours) / ms;
  const postgres = (end.postgres - start.postgres) / ms;
  const machine = (end.machine - start.machine) / ms;
  const result = {
    phase,
    seconds: ms / 1000,
    oursCores: ours,
    postgresCores: postgres,
    othersCores: Math.max(0, machine - ours - postgres),
    load1: [start.load1, end.load1] as [number, number],
  };
  if (result.othersCores > OTHERS_TOLERANCE_CORES) busyPhases.push(result);
  return result;
}

const fmtCpu = (c: PhaseCpu) =>
  `${c.seconds.toFixed(0)} s; núcleos ocupados en promedio: este proceso y sus hijos (servicio, worker, Redis, Chromium) ${c.oursCores.toFixed(2)} · ` +
  `${DB_KIND === 'postgresql' ? `PostgreSQL ${c.postgresCores.toFixed(2)} · ` : ''}otros ${c.othersCores.toFixed(2)}; carga (1 min) ${c.load1[0].toFixed(2)} → ${c.load1[1].toFixed(2)}`;

// ───────────────────────────── the page ─────────────────────────────

/** The board's request as the browser sent it: replayed for the baseline. */
interface CapturedRequest {
  body: string;
  headers: Record<string, string>;
}

/** One load of /tablero: its figures, in ms since the navigation started. */
interface Load {
  firstRender: number;
  responseEnd: number;
  domContentLoaded: number;
  /** The board query on the wire, as Chromium timed it. */
  query: { start: number; end: number };
  /** The shell's query of who is signed in, which the board's screen waits for. */
  viewer: { start: number; end: number };
}

const HEADERS_KEPT = new Set(['content-type', 'accept', 'authorization']);

/** The browser, with the session of `token` in every new page's sessionStorage before it loads, and its page errors collected. */
class BoardBrowser {
  readonly errors: string[] = [];
  private readonly logs = new WeakMap<Page, string[]>();
  private captured: CapturedRequest | null = null;

  constructor(
    readonly browser: Browser,
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  /** The first board request seen (its body and the headers that matter), once the board has loaded. */
  get request(): CapturedRequest {
    if (!this.captured) throw new Error(`no se vio la petición ${BOARD_OPERATION} del tablero`);
    return this.captured;
  }

  async context(): Promise<BrowserContext> {
    const context = await this.browser.newContext({
      locale: 'es-CO',
      timezoneId: 'America/Bogota',
      viewport: { width: 1280, height: 900 },
    });
    const session = { kind: 'demo', accessToken: this.token, expiresAt: Date.now() + 3_600_000 };
    // A string: the benchmarks' TypeScript has no DOM types. The key and shape of console/src/auth/session.ts;
    // about:blank (where a page goes before its context closes) has no storage.
    await context.addInitScript(
      `if (location.protocol.startsWith('http') && !window.sessionStorage.getItem('cti.session')) window.sessionStorage.setItem('cti.session', ${JSON.stringify(JSON.stringify(session))});`,
    );
    return context;
  }

  async page(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    page.setDefaultTimeout(RENDER_TIMEOUT_MS);
    page.on('pageerror', (err) => this.errors.push(`error en la página: ${err.message}`));
    // What the page said and what it failed to load, for the message when it does not render.
    const log: string[] = [];
    page.on('console', (m) => m.type() === 'error' && log.push(`consola: ${m.text()}`));
    page.on('requestfailed', (r) => log.push(`petición fallida: ${r.url()} (${r.failure()?.errorText ?? '?'})`));
    page.on('response', (r) => r.status() >= 400 && log.push(`HTTP ${r.status()}: ${r.url()}`));
    this.logs.set(page, log);
    return page;
  }

  /** Navigates to the board and waits for its first render; the figures of that load. */
  async load(page: Page): Promise<Load> {
    // The first request of each GraphQL operation this load sends, by name.
    const operations = new Map<string, Request>();
    const onRequest = (request: Request) => {
      if (request.method() !== 'POST' || !request.url().endsWith('/graphql')) return;
      const body = request.postData() ?? '';
      let operation: unknown;
      try {
        operation = (JSON.parse(body) as { operationName?: unknown }).operationName;
      } catch {
        return;
      }
      if (typeof operation !== 'string' || operations.has(operation)) return;
      operations.set(operation, request);
      if (operation === BOARD_OPERATION && !this.captured) {
        const headers = Object.fromEntries(Object.entries(request.headers()).filter(([name]) => HEADERS_KEPT.has(name.toLowerCase())));
        this.captured = { body, headers };
      }
    };
    page.on('request', onRequest);
    await page.goto(`${this.baseUrl}${BOARD_PATH}`, { waitUntil: 'commit' });
    // Functions, not strings: the page's CSP forbids eval.
    await page
      .waitForFunction(() => performance.getEntriesByName('tablero:primer-render', 'mark').length > 0, undefined, {
        timeout: RENDER_TIMEOUT_MS,
        polling: 'raf',
      })
      .catch(async (err: unknown) => {
        const text = await page
          .locator('body')
          .innerText({ timeout: 1000 })
          .catch(() => '');
        throw new Error(
          `el tablero no llegó a su primer render en ${RENDER_TIMEOUT_MS / 1000} s (${page.url()}; la página dice: «${text.replace(/\s+/g, ' ').slice(0, 300)}»)` +
            (this.logs.get(page) ?? []).map((line) => `\n  ${line}`).join(''),
          { cause: err },
        );
      });
    page.off('request', onRequest);
    const request = operations.get(BOARD_OPERATION);
    if (!request) throw new Error(`el tablero se mostró sin que se viera su consulta ${BOARD_OPERATION}`);
    const response = await request.response();
    if (!response || response.status() !== 200) throw new Error(`la consulta del tablero respondió ${response?.status() ?? 'nada'}`);
    await response.finished();
    const viewer = operations.get(VIEWER_OPERATION);
    await (await viewer?.response())?.finished();
    const figures = await page.evaluate(() => {
      // Node's types know no 'navigation' entries; the page's performance has them.
      const byType = performance.getEntriesByType as (type: string) => unknown[];
      const nav = byType.call(performance, 'navigation')[0] as { responseEnd: number; domContentLoadedEventEnd: number };
      return {
        timeOrigin: performance.timeOrigin,
        firstRender: performance.getEntriesByName('tablero:primer-render', 'mark')[0].startTime,
        responseEnd: nav.responseEnd,
        domContentLoaded: nav.domContentLoadedEventEnd,
      };
    });
    // Playwright gives a request's start in ms since the epoch, its phases relative to it.
    const onWire = (r: Request | undefined) => {
      if (!r) return { start: NaN, end: NaN };
      const timing = r.timing();
      const start = timing.startTime - figures.timeOrigin;
      return { start, end: start + timing.responseEnd };
    };
    return {
      firstRender: figures.firstRender,
      responseEnd: figures.responseEnd,
      domContentLoaded: figures.domContentLoaded,
      query: onWire(request),
      viewer: onWire(viewer),
    };
  }

  /** The board's request replayed `times` times from inside `page`, one after another: each from the `fetch` call to the parsed answer, in ms. */
  async roundTrips(page: Page, times: number): Promise<number[]> {
    const { body, headers } = this.request;
    return page.evaluate(
      async ({ body, headers, times }) => {
        const out: number[] = [];
        for (let i = 0; i < times; i++) {
          const t0 = performance.now();
          const res = await fetch('/graphql', { method: 'POST', headers, body });
          const json = (await res.json()) as { data?: { cases?: { edges?: unknown[] } }; errors?: unknown[] };
          const t1 = performance.now();
          if (!res.ok || json.errors || !json.data?.cases?.edges?.length)
            throw new Error(`la consulta del tablero repetida respondió ${res.status}: ${JSON.stringify(json).slice(0, 300)}`);
          out.push(t1 - t0);
        }
        return out;
      },
      { body, headers, times },
    );
  }
}

/**
 * The offset of the page's clock (`timeOrigin + now()`) from this process's, from `rounds` round
 * trips through the DevTools protocol: the one with the shortest round trip, assuming the page read
 * its clock halfway; its error is at most half that round trip.
 */
async function clockOffset(page: Page, rounds = 25): Promise<{ offset: number; error: number }> {
  let best = { offset: NaN, error: Infinity };
  for (let i = 0; i < rounds; i++) {
    const t0 = nodeNow();
    const pageNow = await page.evaluate(() => performance.timeOrigin + performance.now());
    const t1 = nodeNow();
    if ((t1 - t0) / 2 < best.error) best = { offset: pageNow - (t0 + t1) / 2, error: (t1 - t0) / 2 };
  }
  return best;
}

// ───────────────────────────── the case that changes ─────────────────────────────

const step = (field: string, input: string) =>
  `mutation ${field}($input: ${input}!) { ${field}(input: $input) { case { id state version stateLabel } entry { seq event toState } } }`;

/** Abejorral's assessment in the open cycle, taken through the API to the loop's first state (under review). */
async function prepareLoopCase(http: GraphQLClient, coordinator: string, representative: string): Promise<LoopCase> {
  const cycles = await http.field<{ edges: { node: { id: string } }[] }>(
    coordinator,
    '{ cycles(first: 1) { edges { node { id } } } }',
    {},
    'cycles',
  );
  const cycleId = cycles.edges[0]?.node.id;
  if (!cycleId) throw new Error('la demostración no tiene vigencia abierta');
  const started = await http.field<TransitionAnswer>(
    representative,
    step('startAssessment', 'StartAssessmentInput'),
    { input: { cycleId } },
    'startAssessment',
  );
  const caseId = started.case.id;
  await http.field<{ id: string }>(
    representative,
    'mutation save($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { id version } }',
    { input: { caseId, answers: sampleAnswers(shippedModel(), LOOP_ENTITY, 0.6) } },
    'saveAssessmentAnswers',
  );
  const submitted = await http.field<TransitionAnswer>(
    representative,
    step('submitAssessment', 'CaseActionInput'),
    { input: { caseId, expectedVersion: started.case.version } },
    'submitAssessment',
  );
  const review = await http.field<TransitionAnswer>(
    coordinator,
    step('startAssessmentReview', 'CaseActionInput'),
    { input: { caseId, expectedVersion: submitted.case.version } },
    'startAssessmentReview',
  );
  if (review.case.state !== ASSESSMENT_LOOP[0].from) throw new Error(`el trámite de ${LOOP_ENTITY} quedó en ${review.case.state}`);
  return { http, entityCode: LOOP_ENTITY, representative, caseId, version: review.case.version, step: 0 };
}

// ───────────────────────────── phases ─────────────────────────────

interface FirstRenderFigures {
  kind: 'en frío' | 'en caliente';
  loads: Load[];
  roundTrips: number[];
  cpu: PhaseCpu;
}

async function firstRenderPhase(b: BoardBrowser, kind: 'cold' | 'warm', postmasterPid: number | null): Promise<FirstRenderFigures> {
  const label = kind === 'cold' ? 'en frío' : 'en caliente';
  console.log(
    `\n1${kind === 'cold' ? 'a' : 'b'}. Primer render del tablero ${label}: ${RUNS} cargas de ${BOARD_PATH} tras ${WARMUP_RUNS} descartadas` +
      (kind === 'cold'
        ? ' (cada una en un contexto de navegador nuevo: sin caché HTTP ni de código)'
        : ' (un mismo contexto, navegando de nuevo a la página: los fragmentos vienen de su caché)'),
  );
  const loads: Load[] = [];
  const roundTrips: number[] = [];
  const start = cpuMark(postmasterPid);
  const warm = kind === 'warm' ? await b.context() : null;
  const warmPage = warm ? await b.page(warm) : null;
  try {
    // Warm loads need one load before them to warm anything.
    const discarded = warm ? Math.max(1, WARMUP_RUNS) : WARMUP_RUNS;
    for (let i = 0; i < discarded + RUNS; i++) {
      const context = warm ?? (await b.context());
      try {
        const page = warmPage ?? (await b.page(context));
        const load = await b.load(page);
        if (i < discarded) continue;
        loads.push(load);
        // The baseline right after each load, in the same page and state of the machine.
        roundTrips.push(...(await b.roundTrips(page, 2)));
      } finally {
        // Leaving the page first closes its graphql-ws socket as a tab does; a context closed under
        // it cuts the socket mid-conversation and the service logs each as an error.
        if (!warm) {
          for (const p of context.pages()) await p.goto('about:blank').catch(() => undefined);
          await context.close();
        }
      }
    }
  } finally {
    if (warmPage) await warmPage.goto('about:blank').catch(() => undefined);
    await warm?.close();
  }
  const cpu = phaseCpu(`primer render ${label}`, start, cpuMark(postmasterPid));
  const fr = stats(loads.map((l) => l.firstRender));
  const rt = stats(roundTrips);
  const med = (f: (l: Load) => number) => stats(loads.map(f)).median;
  console.log(`  primer render (marca tablero:primer-render): ${fmtStats(fr)}`);
  console.log(
    `  respuesta del HTML (responseEnd): mediana ${fmtMs(stats(loads.map((l) => l.responseEnd)).median)}; DOMContentLoaded: mediana ${fmtMs(stats(loads.map((l) => l.domContentLoaded)).median)}`,
  );
  console.log(
    `  en la red (medianas): la consulta ${VIEWER_OPERATION} del marco de ${fmtMs(med((l) => l.viewer.start))} a ${fmtMs(med((l) => l.viewer.end))}; ` +
      `la consulta ${BOARD_OPERATION} del tablero de ${fmtMs(med((l) => l.query.start))} a ${fmtMs(med((l) => l.query.end))}, ` +
      `del fin de su respuesta a la marca ${fmtMs(med((l) => l.firstRender - l.query.end))}`,
  );
  console.log(`  duración de la consulta del tablero en la red: ${fmtStats(stats(loads.map((l) => l.query.end - l.query.start)))}`);
  console.log(`  línea base, ida y vuelta de la consulta del tablero repetida desde la página (fetch + JSON): ${fmtStats(rt)}`);
  console.log(`  máquina: ${fmtCpu(cpu)}`);
  return { kind: label, loads, roundTrips, cpu };
}

interface Update {
  /** The board's own measure: message arrival → changed row rendered. */
  onPage: number;
  /** Mutation sent (this process) → row rendered (page). */
  endToEnd: number;
  /** Mutation sent → the message reached the page. */
  toArrival: number;
  /** The mutation's own round trip, seen from this process. */
  mutation: number;
}

interface UpdateFigures {
  updates: Update[];
  roundTrips: number[];
  clock: { offset: number; error: number; drift: number };
  cpu: PhaseCpu;
}

async function updatePhase(
  b: BoardBrowser,
  loopCase: LoopCase,
  coordinator: string,
  postmasterPid: number | null,
  problems: string[],
): Promise<UpdateFigures | null> {
  console.log(
    `\n2. Actualización en vivo: el tablero abierto sin filtros; el autodiagnóstico de ${LOOP_ENTITY} da vueltas por ` +
      `${ASSESSMENT_LOOP.map((s) => s.field).join(' → ')} (coordinación y representante de la entidad, cada uno con su token), ` +
      `${UPDATES} cambios tras ${WARMUP_RUNS} descartados, uno a la vez`,
  );
  const context = await b.context();
  try {
    const page = await b.page(context);
    await b.load(page);
    const row = page.locator(`tr[data-case-id="${loopCase.caseId}"]`);
    await row.waitFor({ timeout: RENDER_TIMEOUT_MS });
    const before = await clockOffset(page);
    const start = cpuMark(postmasterPid);
    const updates: Update[] = [];
    const roundTrips: number[] = [];
    let lastState = '';
    for (let i = 0; i < WARMUP_RUNS + UPDATES; i++) {
      const marks = (await page.evaluate(() => performance.getEntriesByName('tablero:actualizacion', 'mark').length)) as number;
      const sent = nodeNow();
      const expected = ASSESSMENT_LOOP[loopCase.step].to;
      await nextLoopTransition(coordinator, loopCase);
      const answered = nodeNow();
      try {
        await page.waitForFunction((before) => performance.getEntriesByName('tablero:actualizacion', 'mark').length > before, marks, {
          timeout: RENDER_TIMEOUT_MS,
          polling: 'raf',
        });
      } catch {
        problems.push(`el tablero no mostró el cambio ${i + 1} (${expected}) en ${RENDER_TIMEOUT_MS / 1000} s`);
        return null;
      }
      const seen = await page.evaluate(() => {
        const mark = performance.getEntriesByName('tablero:actualizacion', 'mark').at(-1)!;
        const measure = performance.getEntriesByName('tablero:actualizacion', 'measure').at(-1)!;
        return { renderedAt: performance.timeOrigin + mark.startTime, duration: measure.duration };
      });
      lastState = expected;
      // The page's clock, read on this process's scale.
      const rendered = seen.renderedAt - before.offset;
      if (i >= WARMUP_RUNS) {
        updates.push({
          onPage: seen.duration,
          endToEnd: rendered - sent,
          toArrival: rendered - seen.duration - sent,
          mutation: answered - sent,
        });
        roundTrips.push(...(await b.roundTrips(page, 1)));
      }
    }
    const cpu = phaseCpu('actualización en vivo', start, cpuMark(postmasterPid));
    const after = await clockOffset(page);
    // The row shows the state the API gave the last change, in words.
    const state = (await row.locator('.board-state').textContent())?.trim() ?? '';
    const api = await loopCase.http.field<{ state: string; stateLabel: string }>(
      coordinator,
      'query c($id: ID!) { case(id: $id) { id state stateLabel } }',
      { id: loopCase.caseId },
      'case',
    );
    if (api.state !== lastState || state !== api.stateLabel)
      problems.push(`tras los cambios la fila muestra «${state}»; la API dice ${api.state} «${api.stateLabel}»`);
    const clock = { offset: before.offset, error: Math.max(before.error, after.error), drift: Math.abs(after.offset - before.offset) };
    const precision = clock.error + clock.drift;
    console.log(
      `  en la página (medida tablero:actualizacion, llegada del mensaje → fila en pantalla): ${fmtStats(stats(updates.map((u) => u.onPage)))}`,
    );
    console.log(`  de extremo a extremo (envío de la mutación → fila en pantalla): ${fmtStats(stats(updates.map((u) => u.endToEnd)))}`);
    console.log(`    de ello, envío → llegada del mensaje a la página: mediana ${fmtMs(stats(updates.map((u) => u.toArrival)).median)}`);
    console.log(`  línea base, ida y vuelta de la mutación (desde este proceso): ${fmtStats(stats(updates.map((u) => u.mutation)))}`);
    console.log(`  línea base, ida y vuelta de la consulta del tablero (desde la página): ${fmtStats(stats(roundTrips))}`);
    console.log(
      `  relojes: la página y este proceso alineados con ${fmtMs(clock.error)} de error como máximo (mitad de la mejor ida y vuelta por DevTools), ` +
        `deriva entre el inicio y el fin ${fmtMs(clock.drift)}: precisión del extremo a extremo ± ${fmtMs(precision)}; en la página, performance.now() de Chromium va en pasos de 0,1 ms`,
    );
    console.log(`  máquina: ${fmtCpu(cpu)}`);
    return { updates, roundTrips, clock, cpu };
  } finally {
    for (const p of context.pages()) await p.goto('about:blank').catch(() => undefined);
    await context.close();
  }
}

// ───────────────────────────── main ─────────────────────────────

async function main(): Promise<void> {
  const runStarted = performance.now();
  cleanUpOnExit();
  const watchdog = startWatchdog(TIMEOUT_S);
  const root = tempRoot('cti-bench-console-');
  const loadAtStart = loadavg();
  let pg: PostgresCluster | undefined;
  let system: System | undefined;
  let browser: Browser | undefined;
  let boardBrowser: BoardBrowser | undefined;
  let http: GraphQLClient | undefined;
  const problems: string[] = [];
  let sizes: ConsoleSizes | null = null;
  const firstRenders: FirstRenderFigures[] = [];
  let live: UpdateFigures | null = null;
  try {
    sizes = consoleSizes();
    let databaseUrl: string;
    if (DB_KIND === 'postgresql') {
      process.stdout.write('PostgreSQL (valores durables)… ');
      pg = await startBenchPostgres({ durable: true });
      const admin = new Client({ connectionString: pg.url('postgres') });
      await admin.connect();
      await admin.query(`create database ${DATABASE}`);
      await admin.end();
      databaseUrl = pg.url(DATABASE);
    } else {
      databaseUrl = `sqlite:${join(root, 'bench.sqlite')}`;
    }
    process.stdout.write('servicio (Redis privado, migraciones, datos de demostración, worker)… ');
    const t0 = performance.now();
    const config = benchConfig({
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      JWT_SECRET,
      PORT: '0',
      LOG_LEVEL: 'warn',
      CLOCK: 'system',
      VAR_DIR: join(root, 'var'),
      MAIL_DIR: join(root, 'mail'),
    });
    system = await startSystem(config, { prepareDatabase: true, demoData: true, worker: true });
    console.log(`listo en ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const postmasterPid = pg?.postmasterPid ?? null;
    const tokens = await enrolledTokens(
      config,
      {
        coordinator: { sub: COORDINATOR_SUBJECT, role: Role.COORDINATOR },
        representative: { sub: `alcalde-${LOOP_ENTITY}@bench`, role: Role.ENTITY_REPRESENTATIVE, entityCode: LOOP_ENTITY },
      },
      system.api.services.people,
    );
    http = new GraphQLClient(system.api.port, 4);
    const loopCase = await prepareLoopCase(http, tokens.coordinator, tokens.representative);
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
    console.log(
      `máquina: ${cpus().length} núcleos compartidos con otros procesos, carga (1/5/15 min) ${loadAtStart.map((l) => l.toFixed(2)).join(' / ')}; ` +
        `base de datos ${DB_KIND === 'postgresql' ? 'PostgreSQL (fsync, synchronous_commit y full_page_writes activos)' : 'SQLite'}; ` +
        `Chromium ${browser.version()} sin interfaz; consola servida por la API en ${system.api.url}`,
    );
    const b = (boardBrowser = new BoardBrowser(browser, system.api.url, tokens.coordinator));
    for (const kind of ['cold', 'warm'] as const) firstRenders.push(await firstRenderPhase(b, kind, postmasterPid));
    live = await updatePhase(b, loopCase, tokens.coordinator, postmasterPid, problems);
  } catch (err) {
    problems.push(err instanceof Error ? (err.stack ?? err.message) : String(err));
  } finally {
    problems.push(...(boardBrowser?.errors ?? []));
    clearTimeout(watchdog);
    http?.close();
    if (browser) await browser.close().catch(reportStopFailure('Chromium'));
    if (system) await system.stop().catch(reportStopFailure('el servicio'));
    stopBenchPostgres(pg);
    runExitCleanups();
  }
  printSummary(sizes, firstRenders, live, problems, performance.now() - runStarted, loadAtStart);
  if (problems.length) process.exitCode = 1;
}

function printSummary(
  sizes: ConsoleSizes | null,
  firstRenders: FirstRenderFigures[],
  live: UpdateFigures | null,
  problems: string[],
  runMs: number,
  loadAtStart: number[],
): void {
  console.log('\n──────────────── resumen ────────────────');
  console.log(
    `máquina: ${cpus().length} núcleos compartidos con otros procesos; carga (1/5/15 min) al empezar ${loadAtStart.map((l) => l.toFixed(2)).join(' / ')}, ` +
      `al terminar ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' / ')}; duración total ${(runMs / 1000).toFixed(0)} s; base de datos ${DB_KIND}`,
  );
  if (sizes) {
    console.log(
      `JavaScript inicial (gzip, nivel 6): ${fmtInt(sizes.initialGzipBytes)} B en ${sizes.initial.length} archivos; presupuesto ${fmtInt(INITIAL_JS_BUDGET_GZIP_BYTES)} B: ` +
        `${sizes.initialGzipBytes <= INITIAL_JS_BUDGET_GZIP_BYTES ? 'CUMPLE' : 'NO CUMPLE'} (${fmtPct(sizes.initialGzipBytes / INITIAL_JS_BUDGET_GZIP_BYTES)}); ` +
        `${sizes.lazy.length} fragmentos diferidos, ${fmtInt(sizes.lazy.reduce((t, c) => t + c.gzipBytes, 0))} B gzip en total`,
    );
  }
  for (const f of firstRenders) {
    if (!f.loads.length) continue;
    const fr = stats(f.loads.map((l) => l.firstRender));
    const rt = stats(f.roundTrips);
    const notQuery = stats(f.loads.map((l) => (l.firstRender - (l.query.end - l.query.start)) / l.firstRender));
    console.log(
      `primer render ${f.kind} (n=${fr.n}): mediana ${fmtMs(fr.median)} · p95 ${fmtMs(fr.p95)}; ida y vuelta de su consulta (n=${rt.n}): mediana ${fmtMs(rt.median)} · p95 ${fmtMs(rt.p95)}; ` +
        `razón primer render / ida y vuelta: mediana ${fmtRatio(fr.median / rt.median)} · p95 ${fmtRatio(fr.p95 / rt.p95)}; ` +
        `parte del primer render que no es la consulta (mediana por carga): ${fmtPct(notQuery.median)}`,
    );
  }
  if (live && live.updates.length) {
    const onPage = stats(live.updates.map((u) => u.onPage));
    const e2e = stats(live.updates.map((u) => u.endToEnd));
    const mutation = stats(live.updates.map((u) => u.mutation));
    const rt = stats(live.roundTrips);
    console.log(
      `actualización en vivo (n=${onPage.n}): en la página (mensaje → pantalla) mediana ${fmtMs(onPage.median)} · p95 ${fmtMs(onPage.p95)}; ` +
        `extremo a extremo (mutación enviada → pantalla, ± ${fmtMs(live.clock.error + live.clock.drift)}) mediana ${fmtMs(e2e.median)} · p95 ${fmtMs(e2e.p95)}`,
    );
    console.log(
      `  líneas base: consulta del tablero mediana ${fmtMs(rt.median)} · p95 ${fmtMs(rt.p95)}; mutación mediana ${fmtMs(mutation.median)} · p95 ${fmtMs(mutation.p95)}; ` +
        `razones (medianas): extremo a extremo / consulta ${fmtRatio(e2e.median / rt.median)} · en la página / consulta ${fmtRatio(onPage.median / rt.median)} · ` +
        `extremo a extremo / mutación ${fmtRatio(e2e.median / mutation.median)}`,
    );
  }
  if (busyPhases.length) {
    console.log(
      `AVISO: otros procesos de la máquina usaron CPU (más de ${OTHERS_TOLERANCE_CORES} núcleos en promedio) durante: ` +
        `${busyPhases.map((b) => `${b.phase} (${b.othersCores.toFixed(2)})`).join(', ')}; las cifras subestiman lo que la consola da con la máquina para sí`,
    );
  }
  for (const p of problems) console.error(`ERROR: ${p}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
