/**
 * Load benchmark of the GraphQL API: `npm run bench` (BENCH_DURATION=<seconds> shortens it).
 * It runs the compiled build (`dist/test/bench/api.bench.js`) with NODE_ENV=production, as the
 * service runs in production: ts-node would add its own per-event overhead to both servers, and
 * graphql-js does extra development-only checks on every resolved field.
 *
 * In one process and one run it measures, one after the other and never concurrently:
 *   1. baseline: a bare Apollo Server on express 5 answering `{ __typename }`, i.e. the cost of the
 *      HTTP + JSON + GraphQL stack with nothing of ours in it;
 *   2. real: the real service (startSystem on a fresh embedded SQLite database with the DIVIPOLA
 *      seed and a private redis-server) answering an authenticated, filtered, paginated query.
 * It prints the figures, the real/baseline throughput ratios and PASS/FAIL against the targets
 * (real ≥ 50 % of baseline throughput; real p99 < 50 ms at 32 connections). It is a report, not a
 * test: missing a target still exits 0, but any failed or non-2xx request, or a wrong answer to the
 * verification request, exits non-zero because then the figures mean nothing.
 *
 * Why the servers run in this process and autocannon in a worker thread (`workers: 1`):
 * the spec asks for one process and one run, and the servers must be measured as they run in
 * production: alone on their event loop. Driving 32 connections from the same event loop would
 * make the load generator and the server take turns, so every request's latency would include
 * autocannon's own work and throughput would be capped by it. A worker thread has its own event
 * loop and V8 heap (its garbage collections do not pause the server), and the OS schedules it on
 * the second core just as it would a forked child, without a second process, IPC to start and
 * stop servers, or a second ts-node compile. On a 2-core machine the load generator still takes
 * CPU the server could otherwise use, but it does so identically in both runs, so the ratio, which
 * is what the throughput target is about, stays fair. A single worker is enough (while the
 * server's event loop is at 100 % of a core the worker uses roughly 10-15 % of the other): more of
 * them would only compete with the server for the two cores.
 */
import 'reflect-metadata';

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import autocannon from 'autocannon';
import express from 'express';
import { buildSchema } from 'graphql';

import { mintToken } from '../../src/core/auth/jwt';
import { Role } from '../../src/core/auth/principal';
import { projectRoot } from '../../src/core/paths';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/core/redis/embedded-redis';
import { startSystem, type System } from '../../src/system';
import { benchConfig, secondsFromEnv } from './bench-support';

const CONNECTIONS = 32;
const WARMUP_SECONDS = 3;
const DURATION_SECONDS = secondsFromEnv('BENCH_DURATION', 10, { positive: true });

const TARGET_MIN_RATIO = 0.5;
const TARGET_MAX_P99_MS = 50;

const BASELINE_QUERY = '{ __typename }';
const REAL_QUERY =
  '{ territorialEntities(first: 20, filter: {departmentCode: "05", kind: MUNICIPALITY}) { totalCount edges { node { code name } } } }';
/** Antioquia (05) has 125 municipalities in DIVIPOLA; the first page holds 20 of them. */
const EXPECTED_TOTAL = 125;
const EXPECTED_EDGES = 20;

/** A benchmarked endpoint: always one POST with a fixed body, as autocannon replays it. */
interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

interface Figures {
  name: string;
  requestsPerSecond: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  warmupFailures: number;
}

function graphqlTarget(name: string, baseUrl: string, query: string, token?: string): Target {
  return {
    name,
    url: `${baseUrl}/graphql`,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query }),
  };
}

/** One request outside the timing, so a misconfigured server cannot produce plausible figures. */
async function fetchJson(target: Target): Promise<unknown> {
  const res = await fetch(target.url, { method: 'POST', headers: target.headers, body: target.body });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${target.name}: HTTP ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text);
}

async function verifyBaseline(target: Target): Promise<void> {
  const json = (await fetchJson(target)) as { data?: { __typename?: string } };
  if (json.data?.__typename !== 'Query') {
    throw new Error(`${target.name}: respuesta inesperada: ${JSON.stringify(json)}`);
  }
}

async function verifyReal(target: Target): Promise<void> {
  const json = (await fetchJson(target)) as {
    data?: { territorialEntities?: { totalCount?: number; edges?: unknown[] } };
    errors?: unknown[];
  };
  const connection = json.data?.territorialEntities;
  if (json.errors?.length || connection?.totalCount !== EXPECTED_TOTAL || connection.edges?.length !== EXPECTED_EDGES) {
    throw new Error(
      `${target.name}: se esperaban totalCount ${EXPECTED_TOTAL} y ${EXPECTED_EDGES} edges; respuesta: ` +
        JSON.stringify(json).slice(0, 500),
    );
  }
}

function load(target: Target, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: target.url,
    method: 'POST',
    headers: target.headers,
    body: target.body,
    connections: CONNECTIONS,
    duration: seconds,
    workers: 1,
  });
}

/** Warm-up first (JIT, connection pools, caches), discarded; then the measured run. */
async function measure(target: Target): Promise<Figures> {
  process.stdout.write(`${target.name}: calentamiento ${WARMUP_SECONDS} s… `);
  const warmup = await load(target, WARMUP_SECONDS);
  process.stdout.write(`medición ${DURATION_SECONDS} s… `);
  const result = await load(target, DURATION_SECONDS);
  process.stdout.write('hecho\n');
  return {
    name: target.name,
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    // Not part of the figures, but a failure while warming up still means something is wrong.
    warmupFailures: warmup.non2xx + warmup.errors + warmup.timeouts,
  };
}

async function startBaseline(): Promise<{ url: string; stop(): Promise<void> }> {
  const app = express();
  const httpServer: Server = createServer(app);
  const apollo = new ApolloServer({
    schema: buildSchema('type Query { ok: Boolean }'),
    // Drain closes the keep-alive sockets autocannon leaves behind, so stop() does not hang.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(0, '127.0.0.1', resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => apollo.stop() };
}

async function benchBaseline(name: string): Promise<Figures> {
  const baseline = await startBaseline();
  try {
    const target = graphqlTarget(name, baseline.url, BASELINE_QUERY);
    await verifyBaseline(target);
    return await measure(target);
  } finally {
    await baseline.stop();
  }
}

interface RealSystem {
  target: Target;
  stop(): Promise<void>;
}

/**
 * Starts the real service as production runs it: the database is migrated and seeded by the CLI
 * in its own process (`cli migrate`, `cli seed`), then the API starts here without touching the
 * schema, like `dist/src/api.js`.
 */
async function startReal(dir: string): Promise<RealSystem> {
  let redis: EmbeddedRedis | undefined;
  let system: System | undefined;
  const stop = async () => {
    await system?.stop();
    await redis?.stop();
  };
  try {
    // startTestSystem needs Jest's global setup for Redis; this is the same wiring done directly.
    redis = await startEmbeddedRedis(join(dir, 'redis'));
    const databaseUrl = `sqlite:${join(dir, 'bench.sqlite')}`;
    const config = benchConfig({
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-01',
      PORT: '0',
      LOG_LEVEL: 'silent',
      VAR_DIR: dir,
    });
    for (const command of ['migrate', 'seed']) {
      execFileSync(process.execPath, [join(projectRoot(), 'dist/src/cli.js'), command], {
        env: { ...process.env, DATABASE_URL: databaseUrl, JWT_SECRET: 'x'.repeat(32), LOG_LEVEL: 'warn' },
        stdio: 'ignore',
      });
    }
    system = await startSystem(config, { prepareDatabase: false });
    const token = await mintToken(config, { sub: 'bench@test', role: Role.COORDINATOR });
    const target = graphqlTarget('real', system.api.url, REAL_QUERY, token);
    await verifyReal(target);
    return { target, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * The throughput target is judged against the faster baseline (the conservative ratio): the one
 * measured in the pristine process before the real service existed, or the one measured beside it.
 */
function report(baselines: Figures[], real: Figures): boolean {
  const width = Math.max(...[...baselines, real].map((f) => f.name.length));
  const row = (f: Figures) =>
    `${f.name.padEnd(width)} ${f.requestsPerSecond.toFixed(1).padStart(10)} ${f.p99Ms.toFixed(2).padStart(9)} ` +
    `${String(f.requests).padStart(9)} ${String(f.non2xx).padStart(7)} ${String(f.errors).padStart(7)} ${String(f.timeouts).padStart(9)}`;
  const ratios = baselines.map((b) => ({ name: b.name, ratio: real.requestsPerSecond / b.requestsPerSecond }));
  const worst = Math.min(...ratios.map((r) => r.ratio));
  const failed = [...baselines, real].filter((f) => f.non2xx + f.errors + f.timeouts + f.warmupFailures > 0);
  // Throughput made of error responses is no achievement: with failures no target can pass.
  const verdict = (ok: boolean) => (ok && failed.length === 0 ? 'PASS' : 'FAIL');

  console.log(`\n${CONNECTIONS} conexiones, ${DURATION_SECONDS} s medidos tras ${WARMUP_SECONDS} s de calentamiento\n`);
  console.log(
    `${'servidor'.padEnd(width)} ${'req/s'.padStart(10)} ${'p99 ms'.padStart(9)} ${'total'.padStart(9)} ${'non-2xx'.padStart(7)} ${'errores'.padStart(7)} ${'timeouts'.padStart(9)}`,
  );
  for (const f of [...baselines, real]) console.log(row(f));
  console.log('');
  for (const r of ratios) console.log(`real / ${r.name}: ${(r.ratio * 100).toFixed(1)} % (${r.ratio.toFixed(3)})`);
  console.log(
    `${verdict(worst >= TARGET_MIN_RATIO)}  rendimiento real ≥ ${TARGET_MIN_RATIO * 100} % del baseline (el más rápido de los dos)`,
  );
  console.log(`${verdict(real.p99Ms < TARGET_MAX_P99_MS)}  p99 real < ${TARGET_MAX_P99_MS} ms con ${CONNECTIONS} conexiones`);

  for (const f of failed) {
    console.error(
      `ERROR: ${f.name} tuvo ${f.non2xx} respuestas no 2xx, ${f.errors} errores y ${f.timeouts} timeouts ` +
        `(más ${f.warmupFailures} fallos durante el calentamiento)`,
    );
  }
  return failed.length === 0;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cti-bench-'));
  try {
    // Sequential on purpose: each server has the machine (and its warm-up) to itself. The bare
    // server is measured twice: in the pristine process, and again once the real service (idle
    // meanwhile) has started, under the same process-wide conditions as the real run.
    const pristine = await benchBaseline('baseline (proceso limpio)');
    const realSystem = await startReal(dir);
    try {
      const beside = await benchBaseline('baseline (junto al servicio)');
      const real = await measure(realSystem.target);
      if (!report([pristine, beside], real)) process.exitCode = 1;
    } finally {
      await realSystem.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
