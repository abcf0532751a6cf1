/**
 * Load benchmark of the GraphQL API: `npm run bench` (SQLite), `BENCH_DB=postgresql npm run bench`,
 * `npm run bench:all` (both), `npm run bench:scale` (demo scale, then ten years of programme data).
 * It runs the compiled build (`dist/test/bench/api.bench.js`) with NODE_ENV=production.
 *
 * Every server runs in its own child process and the load generator (autocannon, 32 connections)
 * in this one, so no server shares an event loop, or a process, with its load:
 *   - baselines: a bare Apollo Server on `startStandaloneServer` answering `{ __typename }`
 *     (bare-apollo.server.ts), and for the dashboard a plain Node http handler that reads the same
 *     20 cases with the database driver and writes the same JSON (plain-dashboard.server.ts); its
 *     JSON is compared with the GraphQL answer's `data` before anything is measured;
 *   - the real service as production runs it: `cli migrate`, `cli seed --demo` (the demo data of
 *     `npm start`: ~50 cases through the runtime, their notifications, Bogotá's action plan, a
 *     published Índice), then `node dist/src/api.js` with a private redis-server, on SQLite
 *     (default) or a throwaway PostgreSQL with its durable defaults.
 * The real service answers, each query verified once (no errors, plausible counts, a stable
 * answer) and then every answer under load compared with that one: the directory, the
 * coordinator's dashboard and its filters (overdue, department, state), an entity user's journey,
 * notifications with `unreadCount`, and the published Índice's page of 50. Under the dashboard load
 * the API process's resident memory is read from /proc. Then a mixed workload by role: 32 users,
 * entity users reading their own status, coordinators reading lists and filters, and one operation
 * in ten a write through the runtime (the assessment review loop with `expectedVersion`).
 *
 * With BENCH_SCALE=<years> (bench:scale: 10) the read queries are measured again after
 * scale-seed.ts has written that many years of all 1,135 applicants, and each one's p99 is
 * compared with its demo-scale p99.
 *
 * It is a report, not a test: a missed target prints FAIL and still exits 0; a failed request, a
 * non-2xx answer, an answer different from the verified one, or a plain handler that does not
 * answer what GraphQL answers exits 1, because then the figures mean nothing.
 *
 * Environment: BENCH_DB (sqlite | postgresql), BENCH_DURATION (measured seconds, 10), BENCH_WARMUP
 * (3), BENCH_CONNECTIONS (32), BENCH_SCALE (years at programme scale; unset: demo scale only),
 * BENCH_ONLY (comma-separated parts to run: directory, dashboard, overdue, department, state,
 * journey, notifications, index, mixed; the Apollo baseline always runs), BENCH_TIMEOUT.
 */
import 'reflect-metadata';

import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { Client } from 'pg';

import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { projectRoot } from '../../src/core/paths';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/core/redis/embedded-redis';
import { type PostgresCluster } from '../support/postgres';
import {
  allStats,
  benchConfig,
  cleanUpOnExit,
  enrolledTokens,
  exitedChildrenCpuMs,
  GraphQLClient,
  intFromEnv,
  machineBusyMs,
  nextLoopTransition,
  percentile,
  prepareLoopCases,
  processMemory,
  readStat,
  reportStopFailure,
  resyncLoopCase,
  runCli,
  runExitCleanups,
  secondsFromEnv,
  sleep,
  startApiProcess,
  startBenchPostgres,
  startChildServer,
  startWatchdog,
  stopBenchPostgres,
  tempRoot,
  type ChildServer,
  type LoopCase,
} from './bench-support';
import { printSummary, seedScale } from './scale-seed';

const DB_KIND = (process.env.BENCH_DB?.trim() || 'sqlite') as 'sqlite' | 'postgresql';
if (DB_KIND !== 'sqlite' && DB_KIND !== 'postgresql') throw new Error(`BENCH_DB debe ser sqlite o postgresql (valor: ${DB_KIND})`);
const CONNECTIONS = intFromEnv('BENCH_CONNECTIONS', 32, 1, 512);
const WARMUP_SECONDS = secondsFromEnv('BENCH_WARMUP', 3);
const DURATION_SECONDS = secondsFromEnv('BENCH_DURATION', 10, { positive: true });
const SCALE_YEARS = intFromEnv('BENCH_SCALE', 0, 0, 30);
const ONLY = new Set(
  (process.env.BENCH_ONLY ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);
const TIMEOUT_SECONDS = secondsFromEnv('BENCH_TIMEOUT', SCALE_YEARS ? 3600 : 900, { positive: true });

const TARGETS = {
  dashboardVsApollo: 0.1,
  dashboardVsPlain: 0.5,
  dashboardP99Ms: 150,
  directoryVsApollo: 0.5,
  /** From the first API benchmark (issue of 2026-11-21); kept so a regression shows. */
  directoryP99Ms: 50,
  scaleP99Ratio: 1.5,
  apiRssMb: 250,
};

/** The mixed workload's share of each operation, out of 20 slots (two writes: 10 %). */
const MIX: [MixedOp, number][] = [
  ['journey', 5],
  ['ownCases', 4],
  ['entityNotifications', 1],
  ['dashboard', 4],
  ['overdue', 1],
  ['department', 1],
  ['state', 1],
  ['notifications', 1],
  ['write', 2],
];

/** More CPU than this taken by other processes during a measurement makes it suspect. */
const OTHERS_TOLERANCE_CORES = 0.15;
const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-01';
const BOGOTA = '11001';

cleanUpOnExit();

// ───────────────────────────── queries ─────────────────────────────

const CASE_NODE =
  'id entityCode process stateLabel version availableEvents { event label } entity { name } deadlines { label status dueAt } history(last: 3) { eventLabel at }';
const casesQuery = (filter?: string) =>
  `{ cases(first: 20${filter ? `, filter: ${filter}` : ''}) { totalCount edges { node { ${CASE_NODE} } } pageInfo { hasNextPage endCursor } } }`;
const DASHBOARD = casesQuery();
const DIRECTORY =
  '{ territorialEntities(first: 20, filter: {departmentCode: "05", kind: MUNICIPALITY}) { totalCount edges { node { code name } } } }';
const CASE_FIELDS = 'id process state stateLabel final owner version machineVersion entityCode cycleId callId assignee lastNote outcome';
/** As test/graphql/cases.graphql's Journey: what an entity's home screen asks. */
const JOURNEY = `query Journey($code: String!) { territorialEntity(code: $code) { code name journey { assessment { ${CASE_FIELDS} } advisory { ${CASE_FIELDS} } application { ${CASE_FIELDS} } nextStep { code description caseId } } } }`;
/** An entity user's own list: its cases with what it can do in each and its terms. */
const OWN_CASES =
  '{ cases(first: 20) { totalCount edges { node { id process stateLabel version availableEvents { event label } deadlines { label status dueAt } } } pageInfo { hasNextPage endCursor } } }';
const NOTIFICATIONS =
  '{ notifications(first: 20) { totalCount unreadCount edges { node { id kind title body caseId createdAt read } } pageInfo { hasNextPage endCursor } } }';
/** As maturity.bench.ts: the published Índice's first page, best first. */
const INDEX =
  'query($id: ID!) { cycle(id: $id) { index(first: 50, orderBy: INDEX_DESC) { totalCount edges { cursor node { rank entityCode index level levelName entity { name departmentName } scores { dimension score level } } } pageInfo { hasNextPage endCursor } } } }';

type Json = Record<string, unknown>;
interface Connection {
  totalCount: number;
  edges: { node: Json }[];
}

/** A request autocannon replays, and what its (verified) answer must hold. */
interface QuerySpec {
  key: string;
  name: string;
  token: string;
  query: string;
  variables?: Json;
  /** Why the answer is implausible, or null. */
  check(data: Json): string | null;
}

/** No error and a page as long as the count allows (and at least one row unless `empty` is fine). */
function pageProblem(c: Connection | undefined, size: number, empty = false): string | null {
  if (!c) return 'sin conexión en la respuesta';
  if (!empty && c.totalCount < 1) return 'totalCount 0';
  if (c.edges.length !== Math.min(size, c.totalCount)) return `${c.edges.length} edges para totalCount ${c.totalCount}`;
  return null;
}

interface Tokens {
  coordinator: string;
  bogota: string;
}

function readQueries(tokens: Tokens, indexCycleId: string): QuerySpec[] {
  const cases = (d: Json) => d.cases as Connection;
  return [
    {
      key: 'directory',
      name: 'directorio (05, municipios)',
      token: tokens.coordinator,
      query: DIRECTORY,
      check: (d) => {
        const c = d.territorialEntities as Connection;
        // Antioquia has 125 municipalities in DIVIPOLA.
        return c?.totalCount === 125 && c.edges.length === 20 ? null : `se esperaban 125 y 20 edges: ${JSON.stringify(d).slice(0, 200)}`;
      },
    },
    {
      key: 'dashboard',
      name: 'tablero (cases first 20)',
      token: tokens.coordinator,
      query: DASHBOARD,
      check: (d) => pageProblem(cases(d), 20),
    },
    {
      key: 'overdue',
      name: 'filtro vencidos (overdue)',
      token: tokens.coordinator,
      query: casesQuery('{overdue: true}'),
      check: (d) => pageProblem(cases(d), 20),
    },
    {
      key: 'department',
      name: 'filtro departamento (11)',
      token: tokens.coordinator,
      query: casesQuery('{departmentCode: "11"}'),
      check: (d) =>
        pageProblem(cases(d), 20) ??
        (cases(d).edges.every((e) => String(e.node.entityCode).startsWith('11')) ? null : 'trámites de otro departamento'),
    },
    {
      key: 'state',
      name: 'filtro estado (validated)',
      token: tokens.coordinator,
      query: casesQuery('{state: validated}'),
      check: (d) =>
        pageProblem(cases(d), 20) ?? (cases(d).edges.every((e) => e.node.stateLabel === 'Validado') ? null : 'trámites en otro estado'),
    },
    {
      key: 'journey',
      name: 'camino de la entidad (Bogotá)',
      token: tokens.bogota,
      query: JOURNEY,
      variables: { code: BOGOTA },
      check: (d) => {
        const journey = (d.territorialEntity as Json | null)?.journey as Json | null;
        return journey?.assessment && (journey.nextStep as Json)?.code ? null : `camino incompleto: ${JSON.stringify(d).slice(0, 300)}`;
      },
    },
    {
      key: 'notifications',
      name: 'notificaciones (coordinación)',
      token: tokens.coordinator,
      query: NOTIFICATIONS,
      check: (d) => {
        const n = d.notifications as Connection & { unreadCount: number };
        return pageProblem(n, 20) ?? (n.unreadCount > 0 ? null : 'unreadCount 0');
      },
    },
    {
      key: 'index',
      name: 'Índice publicado (50)',
      token: tokens.coordinator,
      query: INDEX,
      variables: { id: indexCycleId },
      check: (d) => {
        const index = (d.cycle as Json | null)?.index as Connection | undefined;
        const problem = pageProblem(index, 50);
        if (problem) return problem;
        const ranks = index!.edges.map((e) => Number(e.node.rank));
        return ranks.every((r, i) => i === 0 || r >= ranks[i - 1]) ? null : 'puestos fuera de orden';
      },
    },
  ];
}

// ───────────────────────────── verification ─────────────────────────────

async function post(url: string, token: string | null, body: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return { status: res.status, text: await res.text() };
}

const bodyOf = (spec: Pick<QuerySpec, 'query' | 'variables'>) => JSON.stringify({ query: spec.query, variables: spec.variables ?? {} });

/**
 * Asks twice outside the timing: the answer must be 200, free of errors, plausible, and the same
 * both times (so every answer under load can be compared with it byte for byte).
 */
async function verify(api: ChildServer, spec: QuerySpec): Promise<{ text: string; data: Json; ms: number }> {
  const url = `${api.origin}/graphql`;
  const t0 = performance.now();
  const first = await post(url, spec.token, bodyOf(spec));
  const ms = performance.now() - t0;
  const json = JSON.parse(first.text) as { data?: Json; errors?: unknown[] };
  if (first.status !== 200 || json.errors?.length || !json.data) {
    throw new Error(`${spec.name}: HTTP ${first.status}: ${first.text.slice(0, 500)}`);
  }
  const problem = spec.check(json.data);
  if (problem) throw new Error(`${spec.name}: respuesta inverosímil (${problem})`);
  const again = await post(url, spec.token, bodyOf(spec));
  if (again.text !== first.text) throw new Error(`${spec.name}: dos respuestas seguidas difieren; no se puede comparar bajo carga`);
  return { text: first.text, data: json.data, ms };
}

/** The first place two JSON values differ, as a path, or null. */
function firstDifference(a: unknown, b: unknown, path = 'data'): string | null {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) {
    return `${path}: ${JSON.stringify(a)?.slice(0, 120)} ≠ ${JSON.stringify(b)?.slice(0, 120)}`;
  }
  if (a && typeof a === 'object') {
    const ka = Object.keys(a as object);
    const kb = Object.keys(b as object);
    if (Array.isArray(a) && ka.length !== kb.length) return `${path}: ${ka.length} elementos ≠ ${kb.length}`;
    for (const k of new Set([...ka, ...kb])) {
      const d = firstDifference((a as Json)[k], (b as Json)[k], `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}

// ───────────────────────────── measuring ─────────────────────────────

interface Figures {
  key: string;
  name: string;
  perSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** non-2xx + errors + timeouts + answers unlike the verified one, warm-up included. */
  failures: number;
  /** Cores busy on average during the measured window. */
  cores: { server: number; load: number; database: number; others: number };
  /** The server's resident memory during the window (sampled) and its lifetime peak after it, MB. */
  memory?: { maxRssMb: number; meanRssMb: number; hwmMb: number };
}

interface CpuMark {
  server: number;
  load: number;
  database: number;
  machine: number;
  at: number;
}

/** Cumulative CPU ms of the server, this process (the load), the database server and the machine. */
function cpuMark(serverPid: number, postmasterPid: number | null): CpuMark {
  const own = process.cpuUsage();
  const database =
    postmasterPid === null
      ? 0
      : allStats()
          .filter((s) => s.pid === postmasterPid || s.ppid === postmasterPid)
          .reduce((t, s) => t + s.cpuMs, exitedChildrenCpuMs(postmasterPid));
  return {
    server: readStat(serverPid)?.cpuMs ?? 0,
    load: (own.user + own.system) / 1000,
    database,
    machine: machineBusyMs(),
    at: performance.now(),
  };
}

function coresBetween(a: CpuMark, b: CpuMark): Figures['cores'] {
  const ms = b.at - a.at;
  const used = (k: keyof CpuMark) => (b[k] - a[k]) / ms;
  return {
    server: used('server'),
    load: used('load'),
    database: used('database'),
    others: Math.max(0, used('machine') - used('server') - used('load') - used('database')),
  };
}

interface Target {
  key: string;
  name: string;
  url: string;
  token: string | null;
  body: string;
  /** The verified answer every answer must equal. */
  expected: string;
}

function load(target: Target, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(target.token ? { authorization: `Bearer ${target.token}` } : {}) },
    body: target.body,
    connections: CONNECTIONS,
    duration: seconds,
    expectBody: target.expected,
  });
}

const failuresOf = (r: autocannon.Result) => r.non2xx + r.errors + r.timeouts + r.mismatches;

/** Warm-up (JIT, pools, caches) discarded, then the measured window; `sampleMemory` reads the server's RSS meanwhile. */
async function measure(target: Target, server: ChildServer, postmasterPid: number | null, sampleMemory = false): Promise<Figures> {
  process.stdout.write(`  ${target.name}: calentamiento ${WARMUP_SECONDS} s… `);
  const warmup = WARMUP_SECONDS > 0 ? await load(target, WARMUP_SECONDS) : null;
  process.stdout.write(`medición ${DURATION_SECONDS} s… `);
  const rss: number[] = [];
  const sampler = sampleMemory
    ? setInterval(() => {
        const m = processMemory(server.pid);
        if (m) rss.push(m.rssMb);
      }, 200)
    : null;
  const before = cpuMark(server.pid, postmasterPid);
  const result = await load(target, DURATION_SECONDS);
  const after = cpuMark(server.pid, postmasterPid);
  if (sampler) clearInterval(sampler);
  const figures: Figures = {
    key: target.key,
    name: target.name,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    // A request slower than the whole window never answers in it and autocannon counts nothing.
    failures: failuresOf(result) + (warmup ? failuresOf(warmup) : 0) + (result.requests.total === 0 ? 1 : 0),
    cores: coresBetween(before, after),
  };
  if (sampleMemory) {
    const hwm = processMemory(server.pid)?.hwmMb ?? NaN;
    figures.memory = { maxRssMb: Math.max(...rss), meanRssMb: rss.reduce((a, b) => a + b, 0) / rss.length, hwmMb: hwm };
  }
  process.stdout.write(
    `${figures.perSecond.toFixed(0)} req/s, p99 ${figures.p99.toFixed(1)} ms${figures.failures ? `, ${figures.failures} FALLOS` : ''}\n`,
  );
  await settle(server, postmasterPid);
  return figures;
}

/**
 * Autocannon stops at the deadline, but the server still finishes the requests it had received:
 * the next measurement waits until the server (and PostgreSQL) are idle, and says how long that
 * took when it is more than a moment, which means requests were still queued.
 */
async function settle(server: ChildServer, postmasterPid: number | null): Promise<void> {
  const t0 = performance.now();
  let last = cpuMark(server.pid, postmasterPid);
  for (;;) {
    await sleep(250);
    const now = cpuMark(server.pid, postmasterPid);
    const cores = coresBetween(last, now);
    last = now;
    if (cores.server < 0.05 && cores.database < 0.05) break;
    if (performance.now() - t0 > 300_000) {
      console.log(`  AVISO: ${server.name} sigue ocupado 5 min después de la medición; se continúa`);
      return;
    }
  }
  const waited = (performance.now() - t0) / 1000;
  if (waited > 1) console.log(`  (${server.name} terminó las peticiones pendientes ${fmt(waited)} s después de la medición)`);
}

// ───────────────────────────── the mixed workload ─────────────────────────────

type MixedOp =
  'journey' | 'ownCases' | 'entityNotifications' | 'dashboard' | 'overdue' | 'department' | 'state' | 'notifications' | 'write';

const MIXED_NAMES: Record<MixedOp, string> = {
  journey: 'entidad: su camino',
  ownCases: 'entidad: sus trámites',
  entityNotifications: 'entidad: notificaciones',
  dashboard: 'coordinación: tablero',
  overdue: 'coordinación: vencidos',
  department: 'coordinación: por departamento',
  state: 'coordinación: por estado',
  notifications: 'coordinación: notificaciones',
  write: 'escritura: transición',
};

interface MixedFigures {
  seconds: number;
  total: number;
  errors: number;
  errorSamples: string[];
  ops: { op: MixedOp; name: string; perSecond: number; p50: number; p99: number; count: number }[];
  all: { perSecond: number; p50: number; p99: number };
  cores: Figures['cores'];
}

/**
 * One closed loop per user (the next request as soon as the previous one answered): each user is
 * an entity with its own assessment on the review loop, and walks a shuffled round of MIX, starting
 * at its own place in it, so at any instant the users are doing different things in MIX's shares.
 */
async function runMixed(
  http: GraphQLClient,
  users: LoopCase[],
  tokens: Tokens,
  seconds: number,
): Promise<{ latencies: Map<MixedOp, number[]>; errors: number; errorSamples: string[]; seconds: number }> {
  const round = MIX.flatMap(([op, n]) => Array<MixedOp>(n).fill(op));
  // A fixed shuffle, so every run does the same thing.
  for (let i = round.length - 1, seed = 7; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [round[i], round[j]] = [round[j], round[i]];
  }
  const latencies = new Map<MixedOp, number[]>(MIX.map(([op]) => [op, []]));
  let errors = 0;
  const errorSamples: string[] = [];
  const read = async (token: string, query: string, variables: Json = {}) => {
    const answer = await http.post(token, query, variables);
    if (answer.errors?.length || !answer.data) throw new Error(`${answer.errors?.[0]?.message ?? 'sin datos'}`);
  };
  const run = (op: MixedOp, u: LoopCase): Promise<void> => {
    switch (op) {
      case 'journey':
        return read(u.representative, JOURNEY, { code: u.entityCode });
      case 'ownCases':
        return read(u.representative, OWN_CASES);
      case 'entityNotifications':
        return read(u.representative, NOTIFICATIONS);
      case 'dashboard':
        return read(tokens.coordinator, DASHBOARD);
      case 'overdue':
        return read(tokens.coordinator, casesQuery('{overdue: true}'));
      case 'department':
        return read(tokens.coordinator, casesQuery(`{departmentCode: "${u.entityCode.slice(0, 2)}"}`));
      case 'state':
        return read(tokens.coordinator, casesQuery('{state: underReview}'));
      case 'notifications':
        return read(tokens.coordinator, NOTIFICATIONS);
      case 'write':
        return nextLoopTransition(tokens.coordinator, u);
    }
  };
  const start = performance.now();
  const deadline = start + seconds * 1000;
  await Promise.all(
    users.map(async (u, i) => {
      for (let k = Math.floor((i * round.length) / users.length); performance.now() < deadline; k++) {
        const op = round[k % round.length];
        const t0 = performance.now();
        try {
          await run(op, u);
        } catch (err) {
          errors++;
          if (errorSamples.length < 3) errorSamples.push(`${MIXED_NAMES[op]}: ${err instanceof Error ? err.message : String(err)}`);
          if (op === 'write') await resyncLoopCase(tokens.coordinator, u).catch(() => undefined);
        }
        latencies.get(op)!.push(performance.now() - t0);
      }
    }),
  );
  return { latencies, errors, errorSamples, seconds: (performance.now() - start) / 1000 };
}

async function measureMixed(
  http: GraphQLClient,
  users: LoopCase[],
  tokens: Tokens,
  api: ChildServer,
  postmasterPid: number | null,
): Promise<MixedFigures> {
  process.stdout.write(`  carga mixta (${users.length} usuarios): calentamiento ${WARMUP_SECONDS} s… `);
  const warmup = WARMUP_SECONDS > 0 ? await runMixed(http, users, tokens, WARMUP_SECONDS) : null;
  process.stdout.write(`medición ${DURATION_SECONDS} s… `);
  const before = cpuMark(api.pid, postmasterPid);
  const r = await runMixed(http, users, tokens, DURATION_SECONDS);
  const after = cpuMark(api.pid, postmasterPid);
  const sorted = (xs: number[]) => Array.from(Float64Array.from(xs).sort());
  const everything = sorted([...r.latencies.values()].flat());
  const figures: MixedFigures = {
    seconds: r.seconds,
    total: everything.length,
    errors: r.errors + (warmup?.errors ?? 0),
    errorSamples: [...(warmup?.errorSamples ?? []), ...r.errorSamples].slice(0, 5),
    ops: MIX.map(([op]) => {
      const xs = sorted(r.latencies.get(op)!);
      return {
        op,
        name: MIXED_NAMES[op],
        perSecond: xs.length / r.seconds,
        p50: percentile(xs, 50),
        p99: percentile(xs, 99),
        count: xs.length,
      };
    }),
    all: { perSecond: everything.length / r.seconds, p50: percentile(everything, 50), p99: percentile(everything, 99) },
    cores: coresBetween(before, after),
  };
  process.stdout.write(`${figures.all.perSecond.toFixed(0)} op/s, p99 ${figures.all.p99.toFixed(1)} ms\n`);
  return figures;
}

// ───────────────────────────── the database ─────────────────────────────

interface BenchDatabase {
  kind: 'sqlite' | 'postgresql';
  url: string;
  /** PostgreSQL's postmaster, for its CPU; null for SQLite (it runs inside the API process). */
  postmasterPid: number | null;
  /** Rows of a statement with `?` placeholders. */
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

async function startDatabase(root: string): Promise<BenchDatabase & { cluster?: PostgresCluster }> {
  if (DB_KIND === 'sqlite') {
    const file = join(root, 'bench.sqlite');
    return {
      kind: 'sqlite',
      url: `sqlite:${file}`,
      postmasterPid: null,
      async query<T>(sql: string, params: unknown[] = []) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const Database = require('better-sqlite3') as new (
          file: string,
          options: object,
        ) => { prepare(sql: string): { all(...p: unknown[]): unknown[] }; close(): void };
        const db = new Database(file, { readonly: true });
        try {
          return db.prepare(sql).all(...params) as T[];
        } finally {
          db.close();
        }
      },
      close: async () => undefined,
    };
  }
  // As production runs it: fsync, synchronous commit and full-page writes on.
  const cluster = await startBenchPostgres({ durable: true });
  const admin = new Client({ connectionString: cluster.url('postgres') });
  await admin.connect();
  await admin.query('create database cti_bench_api');
  await admin.end();
  const url = cluster.url('cti_bench_api');
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    kind: 'postgresql',
    url,
    postmasterPid: cluster.postmasterPid,
    cluster,
    async query<T>(sql: string, params: unknown[] = []) {
      let n = 0;
      return (
        await client.query(
          sql.replace(/\?/g, () => `$${++n}`),
          params,
        )
      ).rows as T[];
    },
    close: () => client.end(),
  };
}

// ───────────────────────────── report ─────────────────────────────

const fmt = (v: number, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : '-');
const pct = (r: number) => `${fmt(r * 100, 1)} %`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

function printTable(title: string, rows: Figures[]): void {
  const w = Math.max(...rows.map((r) => r.name.length), 8);
  console.log(`\n${title}`);
  console.log(
    `  ${'consulta'.padEnd(w)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'total'.padStart(7)} ${'fallos'.padStart(6)}` +
      `   núcleos: ${'servidor'.padStart(8)} ${'carga'.padStart(5)} ${'BD'.padStart(4)} ${'otros'.padStart(5)}`,
  );
  for (const r of rows) {
    console.log(
      `  ${r.name.padEnd(w)} ${fmt(r.perSecond).padStart(8)} ${fmt(r.p50, 1).padStart(7)} ${fmt(r.p99, 1).padStart(7)} ${String(r.requests).padStart(7)} ${String(r.failures).padStart(6)}` +
        `            ${fmt(r.cores.server, 2).padStart(8)} ${fmt(r.cores.load, 2).padStart(5)} ${fmt(r.cores.database, 2).padStart(4)} ${fmt(r.cores.others, 2).padStart(5)}`,
    );
  }
  const noisy = rows.filter((r) => r.cores.others > OTHERS_TOLERANCE_CORES);
  if (noisy.length) {
    console.log(
      `  AVISO: otros procesos de la máquina usaron CPU durante ${noisy.map((r) => r.name).join(', ')}: ` +
        'esas cifras subestiman lo que el servicio da con la máquina para sí; repita con la máquina en reposo',
    );
  }
}

function printMixed(m: MixedFigures): void {
  const w = Math.max(...m.ops.map((o) => o.name.length), 8);
  console.log(
    `\ncarga mixta por rol: ${CONNECTIONS} usuarios, ${fmt(m.seconds, 1)} s medidos; ${pct(m.ops.find((o) => o.op === 'write')!.count / m.total)} escrituras`,
  );
  console.log(`  ${'operación'.padEnd(w)} ${'op/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'total'.padStart(7)}`);
  for (const o of m.ops) {
    console.log(
      `  ${o.name.padEnd(w)} ${fmt(o.perSecond).padStart(8)} ${fmt(o.p50).padStart(7)} ${fmt(o.p99).padStart(7)} ${String(o.count).padStart(7)}`,
    );
  }
  console.log(
    `  ${'todas'.padEnd(w)} ${fmt(m.all.perSecond).padStart(8)} ${fmt(m.all.p50).padStart(7)} ${fmt(m.all.p99).padStart(7)} ${String(m.total).padStart(7)}`,
  );
  const c = m.cores;
  console.log(`  núcleos: API ${fmt(c.server, 2)} · carga ${fmt(c.load, 2)} · BD ${fmt(c.database, 2)} · otros ${fmt(c.others, 2)}`);
  if (m.errors) console.log(`  ERRORES: ${m.errors}: ${m.errorSamples.join(' | ')}`);
}

interface ScaleRun {
  label: string;
  plain: Figures | null;
  reads: Figures[];
}

/** PASS/FAIL against each target: throughput ratios and p99 per scale, memory, and growth from demo to programme scale. */
function printTargets(apollo: Figures, runs: ScaleRun[]): void {
  console.log('\nobjetivos');
  for (const run of runs) {
    const by = (key: string) => run.reads.find((r) => r.key === key);
    const dashboard = by('dashboard');
    const directory = by('directory');
    const prefix = runs.length > 1 ? `[${run.label}] ` : '';
    if (dashboard) {
      const vsApollo = dashboard.perSecond / apollo.perSecond;
      console.log(
        `  ${verdict(vsApollo >= TARGETS.dashboardVsApollo)}  ${prefix}tablero / Apollo standalone: ${pct(vsApollo)} (≥ ${pct(TARGETS.dashboardVsApollo)})`,
      );
      if (run.plain) {
        const vsPlain = dashboard.perSecond / run.plain.perSecond;
        console.log(
          `  ${verdict(vsPlain >= TARGETS.dashboardVsPlain)}  ${prefix}tablero / manejador HTTP simple: ${pct(vsPlain)} (≥ ${pct(TARGETS.dashboardVsPlain)})`,
        );
      }
      console.log(
        `  ${verdict(dashboard.p99 < TARGETS.dashboardP99Ms)}  ${prefix}tablero p99 ${fmt(dashboard.p99)} ms (< ${TARGETS.dashboardP99Ms} ms con ${CONNECTIONS} conexiones)`,
      );
      if (dashboard.memory) {
        const m = dashboard.memory;
        console.log(
          `  ${verdict(m.hwmMb < TARGETS.apiRssMb)}  ${prefix}RSS de la API bajo el tablero: media ${fmt(m.meanRssMb, 0)} MB, máx ${fmt(m.maxRssMb, 0)} MB, pico del proceso (VmHWM) ${fmt(m.hwmMb, 0)} MB (< ${TARGETS.apiRssMb} MB)`,
        );
      }
    }
    if (directory) {
      const vsApollo = directory.perSecond / apollo.perSecond;
      console.log(
        `  ${verdict(vsApollo >= TARGETS.directoryVsApollo)}  ${prefix}directorio / Apollo standalone: ${pct(vsApollo)} (≥ ${pct(TARGETS.directoryVsApollo)})`,
      );
      console.log(
        `  ${verdict(directory.p99 < TARGETS.directoryP99Ms)}  ${prefix}directorio p99 ${fmt(directory.p99)} ms (< ${TARGETS.directoryP99Ms} ms)`,
      );
    }
  }
  if (runs.length > 1) {
    const [demo, scale] = runs;
    console.log(`\np99 a ${scale.label} ÷ p99 a ${demo.label} (objetivo ≤ ${TARGETS.scaleP99Ratio})`);
    const w = Math.max(...scale.reads.map((r) => r.name.length));
    for (const s of scale.reads) {
      const d = demo.reads.find((r) => r.key === s.key);
      if (!d) continue;
      if (!s.requests || !d.requests) {
        console.log(`  FAIL  ${s.name.padEnd(w)} sin respuestas en la ventana medida de una de las dos escalas`);
        continue;
      }
      const ratio = s.p99 / d.p99;
      console.log(
        `  ${verdict(ratio <= TARGETS.scaleP99Ratio)}  ${s.name.padEnd(w)} ${fmt(d.p99).padStart(7)} → ${fmt(s.p99).padStart(7)} ms  ×${fmt(ratio, 2)}`,
      );
    }
  }
}

// ───────────────────────────── main ─────────────────────────────

interface Services {
  api: ChildServer;
  plain: ChildServer;
}

async function main(): Promise<void> {
  startWatchdog(TIMEOUT_SECONDS);
  const root = tempRoot('cti-bench-api-');
  let db: (BenchDatabase & { cluster?: PostgresCluster }) | undefined;
  let redis: EmbeddedRedis | undefined;
  const children: ChildServer[] = [];
  const stopChild = async (c: ChildServer | undefined) => {
    if (!c) return;
    children.splice(children.indexOf(c), 1);
    await c.stop().catch(reportStopFailure(c.name));
  };
  const http: GraphQLClient[] = [];
  let failed = false;
  const fail = (message: string) => {
    console.error(`ERROR: ${message}`);
    failed = true;
  };
  try {
    console.log(
      `Base de datos: ${DB_KIND}; ${CONNECTIONS} conexiones; ${WARMUP_SECONDS} s de calentamiento y ${DURATION_SECONDS} s medidos por consulta`,
    );
    process.stdout.write(`${DB_KIND === 'postgresql' ? 'PostgreSQL' : 'SQLite'}… `);
    db = await startDatabase(root);
    process.stdout.write('Redis… ');
    redis = await startEmbeddedRedis(join(root, 'redis'));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      JWT_SECRET,
      LOG_LEVEL: 'silent',
      VAR_DIR: join(root, 'var'),
      // Each connection is one person at machine speed: the per-person mutation limit is not what is measured.
      RATE_LIMIT_MUTATIONS_PER_MINUTE: '0',
    };
    process.stdout.write('migrate… ');
    runCli('migrate', { ...env, LOG_LEVEL: 'warn' });
    process.stdout.write('seed --demo… ');
    const seeded = runCli('seed', { ...env, LOG_LEVEL: 'warn' }, ['--demo']);
    if (!/Datos de demostración sembrados/.test(seeded)) throw new Error(`cli seed --demo no sembró los datos de demostración: ${seeded}`);

    // The bench's database: its people are enrolled there before their tokens are minted.
    const config = benchConfig({ JWT_SECRET, LOG_LEVEL: 'silent', DATABASE_URL: db.url });
    const tokens: Tokens = await enrolledTokens(config, {
      coordinator: { sub: 'coordinador@bench', role: Role.COORDINATOR },
      bogota: { sub: 'lider-tic@bogota.gov.co', role: Role.ENTITY_MEMBER, entityCode: BOGOTA },
    });
    const startServices = async (): Promise<Services> => {
      const api = await startApiProcess(env);
      children.push(api);
      const plain = await startChildServer(
        'el manejador HTTP simple',
        join(projectRoot(), 'dist/test/bench/plain-dashboard.server.js'),
        env,
        async (origin) => (await post(origin, null, '{}')).status === 200,
      );
      children.push(plain);
      return { api, plain };
    };
    process.stdout.write('API y manejador simple… ');
    let services = await startServices();
    process.stdout.write('Apollo standalone… ');
    const apolloServer = await startChildServer(
      'Apollo standalone',
      join(projectRoot(), 'dist/test/bench/bare-apollo.server.js'),
      env,
      async (origin) => (await post(origin, null, bodyOf({ query: '{ __typename }' }))).status === 200,
    );
    children.push(apolloServer);
    console.log('listo');

    // The published Índice of the demo (last year's cycle), the same one at every scale.
    const client = new GraphQLClient(services.api.port);
    const cycles = await client.field<{ edges: { node: { id: string; year: number; open: boolean } }[] }>(
      tokens.coordinator,
      '{ cycles(first: 100) { edges { node { id year open } } } }',
      {},
      'cycles',
    );
    let indexCycleId: string | undefined;
    for (const { node } of cycles.edges.filter((e) => !e.node.open)) {
      const cycle = await client.field<{ index: { published: boolean } }>(
        tokens.coordinator,
        'query($id: ID!) { cycle(id: $id) { index(first: 0) { published } } }',
        { id: node.id },
        'cycle',
      );
      if (cycle.index.published) indexCycleId = node.id;
    }
    client.close();
    if (!indexCycleId) throw new Error('los datos de demostración no tienen un Índice publicado');
    const queries = readQueries(tokens, indexCycleId).filter((q) => !ONLY.size || ONLY.has(q.key));

    // 1. Baselines.
    const apolloTarget: Target = {
      key: 'apollo',
      name: 'Apollo standalone { __typename }',
      url: apolloServer.origin,
      token: null,
      body: bodyOf({ query: '{ __typename }' }),
      expected: (await post(apolloServer.origin, null, bodyOf({ query: '{ __typename }' }))).text,
    };
    if (JSON.parse(apolloTarget.expected).data?.__typename !== 'Query')
      throw new Error(`Apollo standalone respondió ${apolloTarget.expected}`);
    console.log('\nlíneas base');
    const apollo = await measure(apolloTarget, apolloServer, null);
    await stopChild(apolloServer);

    const runs: ScaleRun[] = [];
    const readPhase = async (label: string): Promise<void> => {
      console.log(`\n${label}: verificación`);
      const verified = new Map<string, string>();
      for (const q of queries) {
        const { text, ms } = await verify(services.api, q);
        verified.set(q.key, text);
        console.log(`  ${q.name}: correcta (${text.length} bytes; ${fmt(ms)} ms sola, en frío)`);
      }
      // The plain handler must answer exactly what GraphQL answers, or it is not the same work.
      let plain: Figures | null = null;
      if (verified.has('dashboard')) {
        const graphql = JSON.parse(verified.get('dashboard')!) as { data: Json };
        const handler = await post(services.plain.origin, null, '{}');
        const difference =
          handler.status === 200
            ? firstDifference(graphql.data, (JSON.parse(handler.text) as { data: Json }).data)
            : `HTTP ${handler.status}: ${handler.text.slice(0, 300)}`;
        if (difference) throw new Error(`el manejador HTTP simple no responde lo mismo que el tablero GraphQL: ${difference}`);
        console.log('  manejador HTTP simple: mismo `data` que el tablero GraphQL');
        console.log(`\n${label}: medición`);
        plain = await measure(
          {
            key: 'plain',
            name: 'manejador HTTP simple (tablero)',
            url: services.plain.origin,
            token: null,
            body: '{}',
            expected: handler.text,
          },
          services.plain,
          db!.postmasterPid,
        );
      } else {
        console.log(`\n${label}: medición`);
      }
      const reads: Figures[] = [];
      for (const q of queries) {
        const target: Target = {
          key: q.key,
          name: q.name,
          url: `${services.api.origin}/graphql`,
          token: q.token,
          body: bodyOf(q),
          expected: verified.get(q.key)!,
        };
        reads.push(await measure(target, services.api, db!.postmasterPid, q.key === 'dashboard'));
      }
      runs.push({ label, plain, reads });
    };

    await readPhase('escala de demostración');

    if (SCALE_YEARS > 0) {
      // Restarted afterwards, so nothing either process read before the data grew is still in its memory.
      await stopChild(services.api);
      await stopChild(services.plain);
      console.log(
        `\nescala del programa: ${SCALE_YEARS} ${SCALE_YEARS === 1 ? 'vigencia' : 'vigencias'} de todas las entidades (scale-seed.ts)…`,
      );
      const t0 = performance.now();
      const summary = await seedScale(db.url, { years: SCALE_YEARS, log: (line) => console.log(`  ${line}`) });
      printSummary(summary, (line) => console.log(`  ${line}`));
      console.log(`  sembrado en ${fmt((performance.now() - t0) / 1000, 0)} s`);
      services = await startServices();
      await readPhase(`escala de ${SCALE_YEARS} ${SCALE_YEARS === 1 ? 'año' : 'años'}`);
    }
    await stopChild(services.plain);

    // 2. Mixed workload, last: its writes change what the read queries answer.
    let mixed: MixedFigures | null = null;
    if (!ONLY.size || ONLY.has('mixed')) {
      console.log('\ncarga mixta: preparación');
      const mixedClient = new GraphQLClient(services.api.port, CONNECTIONS + 4, 60_000);
      http.push(mixedClient);
      const cycleId = await openCycleFor(mixedClient, db, tokens.coordinator);
      const cycleUuid = fromGlobalId(cycleId)?.key ?? cycleId;
      const free = await db.query<{ code: string }>(
        `select code from territorial_entity e where kind = 'MUNICIPALITY'
         and not exists (select 1 from workflow_case c where c.entity_code = e.code and c.cycle_id = ? and c.process = 'MATURITY_ASSESSMENT')
       order by code limit ?`,
        [cycleUuid, CONNECTIONS],
      );
      if (free.length < CONNECTIONS)
        throw new Error(`solo ${free.length} municipios sin autodiagnóstico en la vigencia abierta para ${CONNECTIONS} usuarios`);
      const users = await prepareLoopCases(
        [mixedClient],
        config,
        tokens.coordinator,
        cycleId,
        free.map((r) => r.code),
      );
      console.log(`  ${users.length} autodiagnósticos en revisión, uno por usuario`);
      mixed = await measureMixed(mixedClient, users, tokens, services.api, db.postmasterPid);
    }

    // Report.
    console.log(`\n═══ resultados (${DB_KIND}) ═══`);
    printTable('líneas base', [
      apollo,
      ...runs.flatMap((r) => (r.plain ? [{ ...r.plain, name: runs.length > 1 ? `${r.plain.name} [${r.label}]` : r.plain.name }] : [])),
    ]);
    for (const run of runs) printTable(`servicio real, ${run.label}`, run.reads);
    if (mixed) printMixed(mixed);
    printTargets(apollo, runs);

    const all = [apollo, ...runs.flatMap((r) => [...(r.plain ? [r.plain] : []), ...r.reads])];
    for (const f of all.filter((f) => f.failures > 0)) {
      fail(
        f.requests
          ? `${f.name}: ${f.failures} respuestas fallidas, no 2xx o distintas de la verificada`
          : `${f.name}: ninguna respuesta en los ${DURATION_SECONDS} s medidos`,
      );
    }
    if (mixed?.errors) fail(`carga mixta: ${mixed.errors} operaciones fallidas: ${mixed.errorSamples.join(' | ')}`);
  } finally {
    for (const c of http) c.close();
    for (const c of [...children].reverse()) await stopChild(c);
    await db?.close().catch(reportStopFailure('el cliente de la base de datos'));
    await redis?.stop().catch(reportStopFailure('redis-server'));
    stopBenchPostgres(db?.cluster);
    runExitCleanups();
  }
  if (failed) process.exitCode = 1;
}

/** The open cycle, or one opened now for the year after the last (a 10-year dataset may have none open). */
async function openCycleFor(client: GraphQLClient, db: BenchDatabase, coordinator: string): Promise<string> {
  const cycles = await client.field<{ edges: { node: { id: string; year: number; open: boolean } }[] }>(
    coordinator,
    '{ cycles(first: 100) { edges { node { id year open } } } }',
    {},
    'cycles',
  );
  const open = cycles.edges.find((e) => e.node.open)?.node;
  if (open) {
    // The API's ids are global (base64url of `Cycle:<uuid>`); the table holds the uuid.
    const uuid = fromGlobalId(open.id)?.key ?? open.id;
    const [{ n }] = await db.query<{ n: number | string }>(
      `select count(*) as n from territorial_entity e where kind = 'MUNICIPALITY'
         and not exists (select 1 from workflow_case c where c.entity_code = e.code and c.cycle_id = ? and c.process = 'MATURITY_ASSESSMENT')`,
      [uuid],
    );
    if (Number(n) >= CONNECTIONS) return open.id;
  }
  const now = Date.now();
  const year = Math.max(...cycles.edges.map((e) => e.node.year), new Date().getUTCFullYear() - 1) + 1;
  const opened = await client.field<{ id: string }>(
    coordinator,
    'mutation openCycle($input: OpenCycleInput!) { openCycle(input: $input) { id } }',
    { input: { year, opensAt: new Date(now - 86_400_000).toISOString(), closesAt: new Date(now + 60 * 86_400_000).toISOString() } },
    'openCycle',
  );
  return opened.id;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
