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

import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';

import { type Config } from '../../src/config/env';
import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/core/redis/embedded-redis';
import { type PostgresCluster } from '../support/postgres';
import {
  allStats,
  ASSESSMENT_LOOP,
  benchConfig,
  cleanUpOnExit,
  enrolledTokens,
  GraphQLClient,
  intFromEnv,
  machineBusyMs,
  nextLoopTransition,
  percentile,
  prepareLoopCases,
  productionNodeArgs,
  readStat,
  reportStopFailure,
  resyncLoopCase,
  runCli,
  runExitCleanups,
  secondsFromEnv,
  startApiProcess,
  startBenchPostgres,
  stopBenchPostgres,
  tempRoot,
  type ChildServer,
  type LoopCase,
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

// ───────────────────────────── the API and the cases ─────────────────────────────

/** `dist/src/api.js` as `npm run api` runs it, with a CPU profile when asked. */
function startApi(env: NodeJS.ProcessEnv): Promise<ChildServer> {
  const profile = API_CPU_PROF_DIR ? ['--cpu-prof', '--cpu-prof-dir', API_CPU_PROF_DIR] : [];
  return startApiProcess(env, [...productionNodeArgs('api'), ...profile]);
}

const OPEN_CYCLE = 'mutation openCycle($input: OpenCycleInput!) { openCycle(input: $input) { id year open } }';

/** The programme and one case per client on the assessment loop, through the API as the frontends would do it. */
async function prepareCases(https: GraphQLClient[], config: Config, dbUrl: string, coordinator: string): Promise<LoopCase[]> {
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
  return prepareLoopCases(https, config, coordinator, cycle.id, codes);
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
  const apis: ChildServer[] = [];
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
    // The bench's database: its people are enrolled there before their tokens are minted.
    const config = benchConfig({ JWT_SECRET, LOG_LEVEL: 'silent', DATABASE_URL: dbUrl });
    const { coordinator } = await enrolledTokens(config, { coordinator: { sub: 'coordinador@bench', role: Role.COORDINATOR } });
    https.push(...apis.map((a) => new GraphQLClient(a.port, CLIENTS + 2, REQUEST_TIMEOUT_MS)));
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
    const transitionOps = drivers.map((d) => () => nextLoopTransition(coordinator, d));
    const onError = (i: number) => resyncLoopCase(coordinator, drivers[i]);
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
      `${CLIENTS} clientes concurrentes (un trámite cada uno) sobre ${API_PROCESSES} proceso(s) de la API, ${DURATION_SECONDS} s medidos tras ${WARMUP_SECONDS} s de calentamiento; ${ASSESSMENT_LOOP.length} mutaciones en ciclo: ${ASSESSMENT_LOOP.map((s) => s.field).join(' → ')}\n`,
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
