/**
 * Throughput benchmark of durable case transitions: `npm run bench:transitions`.
 *
 * It runs the compiled build (`dist/test/bench/transitions.bench.js`) with NODE_ENV=production and
 * measures, in one run and against one database, one after the other:
 *   1. baseline: CLIENTS concurrent `pg` connections, each looping BEGIN; INSERT one row into
 *      `bench_baseline`; COMMIT: what the database alone gives for the smallest durable write;
 *   2. transitions: CLIENTS concurrent HTTP clients, each driving its own MATURITY_ASSESSMENT case
 *      around the loop underReview → REQUEST_CHANGES → changesRequested → RESUBMIT → resubmitted →
 *      START_REVIEW → underReview → … through the typed GraphQL mutations, always sending the
 *      version the previous answer returned as `expectedVersion`.
 * Each phase has a discarded warm-up, then a measured window; clients stop between the two, so the
 * rows written in the window can be counted exactly: after the run the number of new
 * `case_history` rows (and `bench_baseline` rows) must equal the successful operations counted by
 * the clients, and every case's version must be the last one its client saw.
 *
 * Everything is as in production: a throwaway PostgreSQL 15 cluster with its default durable
 * settings (fsync, synchronous_commit and full_page_writes on) on disk, a private redis-server,
 * the schema and DIVIPOLA applied by `cli migrate` and `cli seed` in child processes, and the API
 * as its own process (`dist/src/api.js`, the production entry, LOG_LEVEL=silent), driven over
 * keep-alive HTTP from this process. The load generator therefore shares the machine's cores with
 * the API and PostgreSQL; the report says how many cores each of them (and anything else running
 * on the machine, which would make the figures suspect) kept busy, and the CPU each one spent per
 * operation, read from /proc.
 *
 * Environment: BENCH_DURATION (measured seconds per phase, 15), BENCH_WARMUP (seconds, 3),
 * BENCH_CLIENTS (16), BENCH_API_PROCESSES (1; more runs that many API processes side by side, as
 * production may, each client bound to one of them). For profiling: BENCH_API_CPU_PROF=<folder>
 * runs the API with `node --cpu-prof` into that folder; BENCH_PG_STAT_STATEMENTS=1 loads
 * pg_stat_statements and prints the statements each transition costs (a little overhead in the
 * database); BENCH_PG_SOCKET=1 connects the API, the CLI and the baseline through PostgreSQL's
 * Unix socket instead of TCP on 127.0.0.1 (DATABASE_URL=postgres://user@%2Fsocket%2Fdir:port/db).
 *
 * It is a report, not a test: missing the target prints NO CUMPLE and still exits 0; any failed
 * request or a durability check that does not add up exits 1, because then the figures mean nothing.
 */
import 'reflect-metadata';

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';

import { type Config } from '../../src/config/env';
import { mintToken } from '../../src/core/auth/jwt';
import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { freePort } from '../../src/core/net';
import { projectRoot } from '../../src/core/paths';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/core/redis/embedded-redis';
import { shippedModel } from '../../src/modules/maturity/maturity-model';
import { sampleAnswers } from '../../src/modules/maturity/sample-answers';
import { type PostgresCluster } from '../support/postgres';
import {
  allStats,
  benchConfig,
  cleanUpOnExit,
  exitCleanups,
  intFromEnv,
  machineBusyMs,
  percentile,
  readStat,
  reportStopFailure,
  runExitCleanups,
  secondsFromEnv,
  sleep,
  startBenchPostgres,
  stopBenchPostgres,
  tempRoot,
} from './bench-support';

/** The table's key of a case the API named by its global id (the raw key passes as is). */
const rowKey = (id: string) => fromGlobalId(id)?.key ?? id;

const CLIENTS = intFromEnv('BENCH_CLIENTS', 16, 1, 64);
const WARMUP_SECONDS = secondsFromEnv('BENCH_WARMUP', 3);
const DURATION_SECONDS = secondsFromEnv('BENCH_DURATION', 15, { positive: true });
const API_PROCESSES = intFromEnv('BENCH_API_PROCESSES', 1, 1, 64);
const API_CPU_PROF_DIR = process.env.BENCH_API_CPU_PROF?.trim() || undefined;
const PG_STAT_STATEMENTS = process.env.BENCH_PG_STAT_STATEMENTS === '1';
const PG_UNIX_SOCKET = process.env.BENCH_PG_SOCKET === '1';

/** More CPU than this taken by other processes during a phase makes its figures suspect. */
const OTHERS_TOLERANCE_CORES = 0.1;

const TARGET_MIN_PER_SECOND = 500;
const TARGET_MAX_P99_MS = 100;

const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-01';
const DATABASE = 'cti_bench';
const REQUEST_TIMEOUT_MS = 10_000;
const DAY_MS = 24 * 3600 * 1000;

// Synchronous cleanups run on any exit (normal end, error, signal): kill the API, stop the
// PostgreSQL cluster (pg_ctl detaches it, so nothing else would), remove the temporary folders.
cleanUpOnExit();

// ───────────────────────────── PostgreSQL ─────────────────────────────

async function withClient<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// ───────────────────────────── the API process ─────────────────────────────

interface ApiProcess {
  port: number;
  pid: number;
  stop(): Promise<void>;
}

function runCli(command: string, env: NodeJS.ProcessEnv): void {
  try {
    execFileSync(process.execPath, [join(projectRoot(), 'dist/src/cli.js'), command], { env, stdio: 'pipe' });
  } catch (err) {
    const e = err as { stderr?: Buffer; stdout?: Buffer };
    throw new Error(`cli ${command} falló: ${e.stderr?.toString() ?? ''}${e.stdout?.toString() ?? ''}`.trim());
  }
}

/** `dist/src/api.js` as production runs it, in its own process; ready when /health says 200. */
async function startApi(env: NodeJS.ProcessEnv): Promise<ApiProcess> {
  const port = await freePort();
  const nodeArgs = API_CPU_PROF_DIR ? ['--cpu-prof', '--cpu-prof-dir', API_CPU_PROF_DIR] : [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, join(projectRoot(), 'dist/src/api.js')], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  const cleanupName = `api:${port}`;
  exitCleanups.set(cleanupName, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`la API terminó al iniciar (${child.exitCode ?? child.signalCode}): ${output.join('').trim()}`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`la API no respondió /health en 30 s: ${output.join('').trim()}`);
    await sleep(100);
  }
  return {
    port,
    pid: child.pid!,
    // SIGTERM: the API stops its components and exits 0 (and writes its CPU profile, if asked).
    stop: () =>
      new Promise<void>((resolve) => {
        exitCleanups.delete(cleanupName);
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

// ───────────────────────────── HTTP client ─────────────────────────────

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POST /graphql on a keep-alive agent (one socket per client), returning the parsed body. */
class GraphQLClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: CLIENTS + 2 });

  constructor(private readonly port: number) {}

  post(token: string, query: string, variables: Record<string, unknown>): Promise<GraphQLAnswer> {
    const body = JSON.stringify({ query, variables });
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: this.port,
          path: '/graphql',
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            authorization: `Bearer ${token}`,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            try {
              const json = JSON.parse(text) as GraphQLAnswer;
              if (res.statusCode !== 200 && !json.errors?.length) throw new Error('sin errores');
              resolve(json);
            } catch {
              reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
            }
          });
        },
      );
      req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`sin respuesta en ${REQUEST_TIMEOUT_MS} ms`)));
      req.on('error', reject);
      req.end(body);
    });
  }

  /** The one field of a mutation or query, or an error naming the GraphQL error. */
  async field<T>(token: string, query: string, variables: Record<string, unknown>, name: string): Promise<T> {
    const answer = await this.post(token, query, variables);
    if (answer.errors?.length) {
      const [e] = answer.errors;
      throw new Error(`${name}: ${e.extensions?.code ?? 'ERROR'} ${e.message}`);
    }
    const value = answer.data?.[name];
    if (value == null) throw new Error(`${name}: respuesta sin datos: ${JSON.stringify(answer).slice(0, 300)}`);
    return value as T;
  }

  close(): void {
    this.agent.destroy();
  }
}

// ───────────────────────────── the workflow ─────────────────────────────

const TRANSITION_SELECTION = '{ case { id state version } entry { seq event toState } }';

interface TransitionAnswer {
  case: { id: string; state: string; version: number };
  entry: { seq: number; event: string; toState: string };
}

const mutation = (field: string, input: string) =>
  `mutation ${field}($input: ${input}!) { ${field}(input: $input) ${TRANSITION_SELECTION} }`;

/** The loop a case can go around forever; `from` is the state each step starts in. */
const LOOP = [
  { field: 'requestAssessmentChanges', by: 'coordinator', from: 'underReview', to: 'changesRequested', note: true },
  { field: 'resubmitAssessment', by: 'representative', from: 'changesRequested', to: 'resubmitted', note: false },
  { field: 'startAssessmentReview', by: 'coordinator', from: 'resubmitted', to: 'underReview', note: false },
].map((step) => ({ ...step, query: mutation(step.field, step.note ? 'RequestAssessmentChangesInput' : 'CaseActionInput') }));

const START_ASSESSMENT = mutation('startAssessment', 'StartAssessmentInput');
const SUBMIT_ASSESSMENT = mutation('submitAssessment', 'CaseActionInput');
const START_REVIEW = mutation('startAssessmentReview', 'CaseActionInput');
const SAVE_ANSWERS = 'mutation save($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { id version } }';
const CASE_QUERY = 'query case($id: ID!) { case(id: $id) { id state version } }';
const OPEN_CYCLE = 'mutation openCycle($input: OpenCycleInput!) { openCycle(input: $input) { id year open } }';

/** One case and the state its client believes it is in. */
interface CaseDriver {
  /** The API process this client talks to. */
  http: GraphQLClient;
  entityCode: string;
  representative: string;
  caseId: string;
  version: number;
  step: number;
}

/** Sends the next event of the loop to the driver's case; throws on any unexpected answer. */
async function nextTransition(coordinator: string, d: CaseDriver): Promise<void> {
  const step = LOOP[d.step];
  const input: Record<string, unknown> = { caseId: d.caseId, expectedVersion: d.version };
  if (step.note) input.note = 'Ajuste solicitado por la prueba de carga';
  const token = step.by === 'coordinator' ? coordinator : d.representative;
  const result = await d.http.field<TransitionAnswer>(token, step.query, { input }, step.field);
  if (result.case.version !== d.version + 1 || result.case.state !== step.to || result.entry.seq !== result.case.version) {
    throw new Error(
      `${step.field}: respuesta inesperada ${JSON.stringify(result)} (se esperaba versión ${d.version + 1}, estado ${step.to})`,
    );
  }
  d.version = result.case.version;
  d.step = (d.step + 1) % LOOP.length;
}

/** After an error, the case is read back so its client can continue from where it really is. */
async function resync(coordinator: string, d: CaseDriver): Promise<void> {
  const kase = await d.http.field<{ state: string; version: number }>(coordinator, CASE_QUERY, { id: d.caseId }, 'case');
  const step = LOOP.findIndex((s) => s.from === kase.state);
  if (step < 0) throw new Error(`el trámite ${d.caseId} quedó en el estado ${kase.state}, fuera del ciclo`);
  d.version = kase.version;
  d.step = step;
}

/** The programme and one case per client, through the API as the frontends would do it. */
async function prepareCases(https: GraphQLClient[], config: Config, dbUrl: string, coordinator: string): Promise<CaseDriver[]> {
  const now = Date.now();
  const cycle = await https[0].field<{ id: string; open: boolean }>(
    coordinator,
    OPEN_CYCLE,
    {
      input: {
        year: new Date().getUTCFullYear(),
        opensAt: new Date(now - DAY_MS).toISOString(),
        closesAt: new Date(now + 60 * DAY_MS).toISOString(),
      },
    },
    'openCycle',
  );
  if (!cycle.open) throw new Error('la vigencia recién abierta no figura como abierta');
  const codes = await withClient(dbUrl, async (c) =>
    (
      await c.query<{ code: string }>(`select code from territorial_entity where kind = 'MUNICIPALITY' order by code limit $1`, [CLIENTS])
    ).rows.map((r) => r.code),
  );
  if (codes.length < CLIENTS) throw new Error(`solo hay ${codes.length} municipios para ${CLIENTS} clientes`);
  return Promise.all(
    codes.map(async (entityCode, i): Promise<CaseDriver> => {
      const http = https[i % https.length];
      const representative = await mintToken(config, { sub: `alcalde-${entityCode}@bench`, role: Role.ENTITY_REPRESENTATIVE, entityCode });
      const started = await http.field<TransitionAnswer>(
        representative,
        START_ASSESSMENT,
        { input: { cycleId: cycle.id } },
        'startAssessment',
      );
      const caseId = started.case.id;
      // Submission (and each RESUBMIT of the loop) needs the whole questionnaire answered.
      await http.field<{ id: string }>(
        representative,
        SAVE_ANSWERS,
        { input: { caseId, answers: sampleAnswers(shippedModel(), entityCode, 0.6) } },
        'saveAssessmentAnswers',
      );
      const submitted = await http.field<TransitionAnswer>(
        representative,
        SUBMIT_ASSESSMENT,
        { input: { caseId, expectedVersion: started.case.version } },
        'submitAssessment',
      );
      const review = await http.field<TransitionAnswer>(
        coordinator,
        START_REVIEW,
        { input: { caseId, expectedVersion: submitted.case.version } },
        'startAssessmentReview',
      );
      if (review.case.state !== LOOP[0].from)
        throw new Error(`el trámite de ${entityCode} quedó en ${review.case.state}, no en ${LOOP[0].from}`);
      return { http, entityCode, representative, caseId, version: review.case.version, step: 0 };
    }),
  );
}

// ───────────────────────────── load driver ─────────────────────────────

interface PhaseResult {
  ok: number;
  errors: number;
  errorSamples: string[];
  seconds: number;
  /** Latency of every operation, successful or not, in milliseconds. */
  latencies: number[];
}

/**
 * Runs every client in a closed loop (next operation as soon as the previous one answered) until
 * `seconds` have passed; the operation in flight at the deadline is finished and counted, and the
 * phase ends when the last client has stopped, so nothing from it is left running afterwards.
 */
async function runPhase(
  clients: (() => Promise<void>)[],
  seconds: number,
  onError?: (client: number) => Promise<void>,
): Promise<PhaseResult> {
  const result: PhaseResult = { ok: 0, errors: 0, errorSamples: [], seconds: 0, latencies: [] };
  const sampledKinds = new Set<string>();
  const start = performance.now();
  const deadline = start + seconds * 1000;
  await Promise.all(
    clients.map(async (op, i) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          await op();
          result.latencies.push(performance.now() - t0);
          result.ok++;
        } catch (err) {
          result.latencies.push(performance.now() - t0);
          result.errors++;
          const message = (err instanceof Error ? err.message : String(err)).slice(0, 300);
          // One sample per kind of failure: ids and numbers do not make a new kind.
          const kind = message.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/gi, '<id>').replace(/\d+/g, 'N');
          if (result.errorSamples.length < 3 && !sampledKinds.has(kind)) {
            sampledKinds.add(kind);
            result.errorSamples.push(message);
          }
          if (onError) {
            try {
              await onError(i);
            } catch (again) {
              result.errorSamples.push(`cliente ${i} detenido: ${again instanceof Error ? again.message : String(again)}`);
              return;
            }
          }
        }
      }
    }),
  );
  result.seconds = (performance.now() - start) / 1000;
  return result;
}

// ───────────────────────────── CPU accounting ─────────────────────────────

/** utime + stime of a process in ms, from /proc (0 if it is gone). */
function processCpuMs(pid: number): number {
  return readStat(pid)?.cpuMs ?? 0;
}

/** The postmaster and all its children (backends, WAL writer, checkpointer…), in ms of CPU. */
function postgresCpuMs(postmasterPid: number): number {
  return allStats()
    .filter((s) => s.pid === postmasterPid || s.ppid === postmasterPid)
    .reduce((total, s) => total + s.cpuMs, 0);
}

/** Cumulative CPU time in ms: the API process(es), PostgreSQL, this process, the whole machine. */
interface CpuSample {
  api: number;
  postgres: number;
  bench: number;
  machine: number;
}

function sampleCpu(apiPids: number[], postmasterPid: number): CpuSample {
  const own = process.cpuUsage();
  return {
    api: apiPids.reduce((sum, pid) => sum + processCpuMs(pid), 0),
    postgres: postgresCpuMs(postmasterPid),
    bench: (own.user + own.system) / 1000,
    machine: machineBusyMs(),
  };
}

interface CpuUse {
  /** ms of CPU per successful operation. */
  perOp: { api: number; postgres: number; bench: number };
  /** Cores busy on average during the phase; `others` is whatever else ran on the machine. */
  cores: { api: number; postgres: number; bench: number; others: number };
}

function cpuUse(before: CpuSample, after: CpuSample, ops: number, seconds: number): CpuUse {
  const used = (k: keyof CpuSample) => after[k] - before[k];
  const per = (k: keyof CpuSample) => (ops ? used(k) / ops : 0);
  const cores = (ms: number) => ms / (seconds * 1000);
  return {
    perOp: { api: per('api'), postgres: per('postgres'), bench: per('bench') },
    cores: {
      api: cores(used('api')),
      postgres: cores(used('postgres')),
      bench: cores(used('bench')),
      others: Math.max(0, cores(used('machine') - used('api') - used('postgres') - used('bench'))),
    },
  };
}

// ───────────────────────────── figures ─────────────────────────────

interface Figures {
  name: string;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  ok: number;
  errors: number;
  cpu: CpuUse;
}

function figuresOf(name: string, r: PhaseResult, before: CpuSample, after: CpuSample): Figures {
  const sorted = Float64Array.from(r.latencies).sort();
  const arr = Array.from(sorted);
  return {
    name,
    perSecond: r.ok / r.seconds,
    p50: percentile(arr, 50),
    p99: percentile(arr, 99),
    max: arr.length ? arr[arr.length - 1] : NaN,
    ok: r.ok,
    errors: r.errors,
    cpu: cpuUse(before, after, r.ok, r.seconds),
  };
}

function printTable(rows: Figures[]): void {
  const w = Math.max(...rows.map((r) => r.name.length), 4);
  const n = (v: number, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : '-');
  console.log(
    `${'fase'.padEnd(w)} ${'op/s'.padStart(9)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'máx ms'.padStart(8)} ${'total'.padStart(8)} ${'errores'.padStart(7)}` +
      `   CPU ms/op: ${'API'.padStart(6)} ${'PG'.padStart(6)} ${'cliente'.padStart(7)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(w)} ${n(r.perSecond).padStart(9)} ${n(r.p50, 2).padStart(8)} ${n(r.p99, 2).padStart(8)} ${n(r.max, 2).padStart(8)} ` +
        `${String(r.ok).padStart(8)} ${String(r.errors).padStart(7)}              ${n(r.cpu.perOp.api, 3).padStart(6)} ${n(r.cpu.perOp.postgres, 3).padStart(6)} ${n(r.cpu.perOp.bench, 3).padStart(7)}`,
    );
  }
  console.log(`\nnúcleos ocupados en promedio (la máquina tiene ${cpus().length}):`);
  for (const r of rows) {
    const c = r.cpu.cores;
    console.log(
      `  ${r.name.padEnd(w)} API ${n(c.api, 2)} · PostgreSQL ${n(c.postgres, 2)} · cliente ${n(c.bench, 2)} · otros procesos ${n(c.others, 2)}`,
    );
  }
  const noisy = rows.filter((r) => r.cpu.cores.others > OTHERS_TOLERANCE_CORES);
  if (noisy.length) {
    console.log(
      `AVISO: otros procesos de la máquina usaron CPU durante ${noisy.map((r) => r.name).join(' y ')}: ` +
        'las cifras subestiman lo que el servicio da con la máquina para sí; repita la medición con la máquina en reposo',
    );
  }
}

// ───────────────────────────── main ─────────────────────────────

async function main(): Promise<void> {
  const root = tempRoot('cti-bench-tx-');
  let redis: EmbeddedRedis | undefined;
  let pg: PostgresCluster | undefined;
  const apis: ApiProcess[] = [];
  const https: GraphQLClient[] = [];
  let failed = false;
  try {
    process.stdout.write('PostgreSQL… ');
    // The benchmark is about durable transitions: fsync and synchronous commit stay on.
    pg = await startBenchPostgres({
      durable: true,
      settings: PG_STAT_STATEMENTS ? ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=all'] : [],
    });
    const via = PG_UNIX_SOCKET ? 'socket' : 'tcp';
    const adminUrl = pg.url('postgres', via);
    await withClient(adminUrl, (c) => c.query(`create database ${DATABASE}`));
    const dbUrl = pg.url(DATABASE, via);
    process.stdout.write('Redis… ');
    redis = await startEmbeddedRedis(join(root, 'redis'));

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: dbUrl,
      REDIS_URL: redis.url,
      JWT_SECRET,
      LOG_LEVEL: 'silent',
      VAR_DIR: join(root, 'var'),
      // 16 clients as one person each at machine speed: the per-person mutation limit is not what is measured.
      RATE_LIMIT_MUTATIONS_PER_MINUTE: '0',
    };
    process.stdout.write('migrate… ');
    runCli('migrate', { ...env, LOG_LEVEL: 'warn' });
    process.stdout.write('seed… ');
    runCli('seed', { ...env, LOG_LEVEL: 'warn' });
    process.stdout.write(API_PROCESSES > 1 ? `${API_PROCESSES} procesos de la API… ` : 'API… ');
    for (let i = 0; i < API_PROCESSES; i++) apis.push(await startApi(env));
    const apiPids = apis.map((a) => a.pid);
    process.stdout.write('listo\n');

    const settings = await withClient(dbUrl, async (c) => {
      const show = async (name: string) => (await c.query<Record<string, string>>(`show ${name}`)).rows[0][name];
      const names = ['server_version', 'fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method', 'shared_buffers'];
      const values: string[] = [];
      for (const name of names) values.push(`${name}=${await show(name)}`);
      if (PG_STAT_STATEMENTS) await c.query('create extension if not exists pg_stat_statements');
      await c.query('create table bench_baseline (id uuid primary key, payload jsonb not null, at timestamptz not null)');
      return values.join(' ');
    });

    // Setup through the API.
    const config = benchConfig({ JWT_SECRET, LOG_LEVEL: 'silent' });
    const coordinator = await mintToken(config, { sub: 'coordinador@bench', role: Role.COORDINATOR });
    https.push(...apis.map((a) => new GraphQLClient(a.port)));
    const drivers = await prepareCases(https, config, dbUrl, coordinator);

    // 1. Baseline: single-row insert transactions, CLIENTS connections.
    const pgClients = await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        const c = new Client({ connectionString: dbUrl });
        await c.connect();
        return c;
      }),
    );
    const baselineOps = pgClients.map((c) => async () => {
      await c.query('begin');
      try {
        await c.query('insert into bench_baseline (id, payload, at) values ($1, $2, $3)', [
          randomUUID(),
          JSON.stringify({ note: 'Ajuste solicitado por la prueba de carga' }),
          new Date(),
        ]);
        await c.query('commit');
      } catch (err) {
        await c.query('rollback').catch(() => undefined);
        throw err;
      }
    });
    const countRows = (table: string) =>
      withClient(dbUrl, async (c) => Number((await c.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0].n));

    let baseline: PhaseResult;
    let baselineFigures: Figures;
    let baselineRows: number;
    try {
      process.stdout.write(`línea base: calentamiento ${WARMUP_SECONDS} s… `);
      const baselineWarmup = await runPhase(baselineOps, WARMUP_SECONDS);
      const rowsBefore = await countRows('bench_baseline');
      process.stdout.write(`medición ${DURATION_SECONDS} s… `);
      const cpu0 = sampleCpu(apiPids, pg.postmasterPid);
      baseline = await runPhase(baselineOps, DURATION_SECONDS);
      const cpu1 = sampleCpu(apiPids, pg.postmasterPid);
      baselineRows = (await countRows('bench_baseline')) - rowsBefore;
      baselineFigures = figuresOf('línea base (BEGIN; INSERT; COMMIT)', baseline, cpu0, cpu1);
      baseline.errors += baselineWarmup.errors;
      baseline.errorSamples.push(...baselineWarmup.errorSamples);
      process.stdout.write('hecho\n');
    } finally {
      await Promise.all(pgClients.map((c) => c.end().catch(() => undefined)));
    }

    // 2. Transitions through the API, one case per client.
    const transitionOps = drivers.map((d) => () => nextTransition(coordinator, d));
    const onError = (i: number) => resync(coordinator, drivers[i]);
    process.stdout.write(`transiciones: calentamiento ${WARMUP_SECONDS} s… `);
    const warmup = await runPhase(transitionOps, WARMUP_SECONDS, onError);
    const historyBefore = await countRows('case_history');
    if (PG_STAT_STATEMENTS) await withClient(dbUrl, (c) => c.query('select pg_stat_statements_reset()'));
    process.stdout.write(`medición ${DURATION_SECONDS} s… `);
    const cpu0 = sampleCpu(apiPids, pg.postmasterPid);
    const measured = await runPhase(transitionOps, DURATION_SECONDS, onError);
    const cpu1 = sampleCpu(apiPids, pg.postmasterPid);
    const historyRows = (await countRows('case_history')) - historyBefore;
    process.stdout.write('hecho\n');
    const transitions = figuresOf('transiciones (GraphQL/HTTP)', measured, cpu0, cpu1);

    const statements = PG_STAT_STATEMENTS
      ? await withClient(
          dbUrl,
          async (c) =>
            (
              await c.query<{ calls: string; ms: string; query: string }>(
                `select calls, total_exec_time as ms, query from pg_stat_statements
                where dbid = (select oid from pg_database where datname = current_database())
                  and query not like '%pg_stat_statements%' and query not ilike '%bench_baseline%'
                order by calls desc limit 25`,
              )
            ).rows,
        )
      : [];

    // Durability: what the clients counted is what the database holds.
    const versions = await withClient(
      dbUrl,
      async (c) =>
        (
          await c.query<{ id: string; version: number; last_seq: number }>(
            'select c.id, c.version, (select max(seq) from case_history h where h.case_id = c.id) as last_seq from workflow_case c where c.id = any($1::uuid[])',
            [drivers.map((d) => rowKey(d.caseId))],
          )
        ).rows,
    );
    const versionMismatches = drivers.filter((d) => {
      const row = versions.find((v) => v.id === rowKey(d.caseId));
      return !row || row.version !== d.version || row.last_seq !== d.version;
    });

    // Report.
    const ratio = transitions.perSecond / baselineFigures.perSecond;
    console.log(`\nPostgreSQL: ${settings} conexión=${PG_UNIX_SOCKET ? 'socket Unix' : 'TCP 127.0.0.1'}`);
    console.log(
      `${CLIENTS} clientes concurrentes (un trámite cada uno) sobre ${API_PROCESSES} proceso(s) de la API, ${DURATION_SECONDS} s medidos tras ${WARMUP_SECONDS} s de calentamiento; ${LOOP.length} mutaciones en ciclo: ${LOOP.map((s) => s.field).join(' → ')}\n`,
    );
    printTable([transitions, baselineFigures]);
    console.log('');
    const historyOk = historyRows === measured.ok;
    const baselineOk = baselineRows === baseline.ok;
    console.log(
      `durabilidad: ${historyRows} filas nuevas en case_history durante la medición; ${measured.ok} transiciones confirmadas al cliente: ${historyOk ? 'COINCIDEN' : 'NO COINCIDEN'}`,
    );
    console.log(
      `durabilidad: ${baselineRows} filas nuevas en bench_baseline; ${baseline.ok} transacciones confirmadas: ${baselineOk ? 'COINCIDEN' : 'NO COINCIDEN'}`,
    );
    console.log(
      `versiones: ${drivers.length - versionMismatches.length}/${drivers.length} trámites con versión = última seq del historial = última versión vista por su cliente`,
    );
    if (statements.length) {
      const perTx = (calls: string) => (measured.ok ? Number(calls) / measured.ok : 0);
      const total = statements.reduce((s, r) => s + perTx(r.calls), 0);
      console.log(`\npg_stat_statements (medición de transiciones): ${total.toFixed(2)} sentencias por transición`);
      for (const r of statements) {
        const calls = perTx(r.calls);
        if (calls < 0.01) continue;
        console.log(
          `  ${calls.toFixed(2).padStart(6)}/tx ${(Number(r.ms) / Number(r.calls)).toFixed(3).padStart(8)} ms  ${r.query.replace(/\s+/g, ' ').slice(0, 150)}`,
        );
      }
    }

    const errors = [
      ...(warmup.errors ? [`transiciones (calentamiento): ${warmup.errors} errores: ${warmup.errorSamples.join(' | ')}`] : []),
      ...(measured.errors ? [`transiciones: ${measured.errors} errores: ${measured.errorSamples.join(' | ')}`] : []),
      ...(baseline.errors ? [`línea base: ${baseline.errors} errores: ${baseline.errorSamples.join(' | ')}`] : []),
      ...(historyOk ? [] : [`case_history: ${historyRows} filas para ${measured.ok} transiciones`]),
      ...(baselineOk ? [] : [`bench_baseline: ${baselineRows} filas para ${baseline.ok} transacciones`]),
      ...versionMismatches.map((d) => `el trámite ${d.caseId} (${d.entityCode}) no está en la versión ${d.version} que vio su cliente`),
    ];
    for (const e of errors) console.error(`ERROR: ${e}`);
    failed = errors.length > 0;

    const meets = failed === false && transitions.perSecond >= TARGET_MIN_PER_SECOND && transitions.p99 < TARGET_MAX_P99_MS;
    console.log(
      `\ntransiciones: ${transitions.perSecond.toFixed(0)}/s p99 ${transitions.p99.toFixed(1)} ms · línea base: ${baselineFigures.perSecond.toFixed(0)} tx/s · ` +
        `razón ${(ratio * 100).toFixed(1)}% · objetivo ≥${TARGET_MIN_PER_SECOND}/s y p99<${TARGET_MAX_P99_MS}ms: ${meets ? 'CUMPLE' : 'NO CUMPLE'}`,
    );
  } finally {
    for (const http of https) http.close();
    await Promise.all(apis.map((api) => api.stop().catch(reportStopFailure('la API'))));
    if (API_CPU_PROF_DIR) console.log(`perfil de CPU de la API en ${API_CPU_PROF_DIR}`);
    await redis?.stop().catch(reportStopFailure('redis-server'));
    stopBenchPostgres(pg);
    runExitCleanups();
  }
  if (failed) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
