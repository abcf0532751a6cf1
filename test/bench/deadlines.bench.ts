/**
 * Deadline benchmark: `npm run bench:deadlines`.
 *
 * It runs the compiled build (`dist/test/bench/deadlines.bench.js`) with NODE_ENV=production against
 * a throwaway PostgreSQL cluster with its durable defaults and a private redis-server (AOF on, as the
 * embedded default runs it), and reports two things the issue asks for, each next to a baseline
 * measured in the same run:
 *
 *   1. Reconciliation. BENCH_DEADLINES (100,000) PENDING terms of cofinancing applications in
 *      `correctionsRequested`, due over the coming weeks, are seeded with bulk SQL (their cases carry
 *      a snapshot computed by the registry's machine, so the runtime can restore them). Then:
 *        a. baseline: the same number of fire and reminder jobs, of the same shape (deterministic
 *           ids, delays, default job options), added with `addBulk` in pages of 2,000 as the
 *           reconciler does, but with no database read;
 *        b. the reconciler's paged query alone (no Redis), to split its time;
 *        c. one `reconcile()` run into an empty Redis, with the worker's dependencies: the figure
 *           comparable with the baseline; the deadlines queue must then hold one delayed job per term;
 *        d. the worker (`startWorker`) is started, its start-up reconciliation awaited; then Redis
 *           is flushed (FLUSHALL) under it and the time is taken until the worker noticed, rebuilt
 *           the queues from the database (delayed counts back) and every reconciliation it started
 *           finished. This end-to-end figure is the one held against the target.
 *   2. Lateness. BENCH_DUE (1,000) more terms, on cases of their own, are written with the outbox
 *      row the runtime writes for a new term, so the outbox relay schedules them; they fall due
 *      within one window of BENCH_DUE_SPREAD seconds (60: "in the same minute"; 0 puts them all at
 *      the same instant, as terms really end: 23:59:59.999 Bogotá) on the real clock, and the
 *      worker fires them for real. Lateness of each is from its due instant to the commit of its
 *      CORRECTIONS_TERM_EXPIRED transition (PostgreSQL's commit timestamp, track_commit_timestamp
 *      on). Baseline: as many plain BullMQ delayed no-op jobs, due with the same spacing in an
 *      earlier window, on a worker of the same concurrency: due instant to the handler starting.
 *
 * The worker runs in this process (so `reconcile()` can be called with its dependencies and its
 * log read); the benchmark itself only polls counts while the worker works. CPU used by this
 * process, PostgreSQL, Redis and anything else on the machine is read from /proc for each phase.
 *
 * After the terms' window it waits for what the expiries cause (their notices through the outbox,
 * then their mail) and prints the CPU per expiry of this process (the worker's), PostgreSQL and
 * Redis, up to the last expiry's commit and up to the last mail, and the Redis commands per expiry.
 *
 * Environment: BENCH_DEADLINES (100000), BENCH_DUE (1000), BENCH_DUE_SPREAD (seconds, 60),
 * BENCH_DUE_LEAD (seconds from scheduling to the first window, 20), BENCH_TIMEOUT (seconds for the
 * whole run, 540: past it the run stops, cleans up and exits 1). For profiling: BENCH_CPU_PROF=<folder>
 * writes a CPU profile of this process from the terms' window to the last mail;
 * BENCH_PG_STAT_STATEMENTS=1 prints the SQL statements of that span per expiry; BENCH_PG_VIA=socket
 * has the service reach PostgreSQL over its Unix socket instead of loopback TCP.
 *
 * It is a report, not a test: a missed target prints NO CUMPLE and still exits 0; a check that does
 * not add up (jobs missing after a reconciliation, terms that never expired) exits 1.
 */
import 'reflect-metadata';

import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Queue, Worker, type Job, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import pino from 'pino';
import { initialTransition, transition } from 'xstate';

import { WorkflowRegistry } from '../../workflows/registry';

import { initAppOrm } from '../../src/app/compose';
import { modules } from '../../src/app/modules';
import { createServices } from '../../src/app/services';
import { migrate, type Orm } from '../../src/core/orm/orm';
import type { JobDeps } from '../../src/core/queue/job-deps';
import { bullConnection, bullPrefix, Queues } from '../../src/core/queue/queues';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/core/redis/embedded-redis';
import { closeRedisClient, createRedisClient } from '../../src/core/redis/redis';
import { dueInstant } from '../../src/core/time/business-calendar';
import { CaseStore, deadlineFromRow } from '../../src/core/workflow/case-store';
import { DeadlineStatus, type Deadline } from '../../src/core/workflow/deadline.entity';
import { persist, stateInfo } from '../../src/core/workflow/definition';
import { OutboxKind } from '../../src/core/workflow/outbox-effects';
import {
  FIRE_DEADLINE,
  fireJobId,
  nextReminder,
  reminderJobId,
  SEND_REMINDER,
  type SendReminderPayload,
} from '../../src/modules/deadlines/deadline-jobs';
import { NotificationCenter } from '../../src/modules/notifications/notification-center';
import { seedTerritorialEntities } from '../../src/modules/territorial-entities/territorial-entity.seed';
import { reconcile } from '../../src/worker/reconcile';
import { startWorker, type RunningWorker } from '../../src/worker/worker-host';
import { type PostgresCluster } from '../support/postgres';
import {
  benchConfig,
  cleanUpOnExit,
  intFromEnv,
  percentile,
  reportStopFailure,
  runExitCleanups,
  sampleCpu,
  secondsFromEnv,
  sleep,
  startBenchPostgres,
  startWatchdog,
  stopBenchPostgres,
  tempRoot,
  type CpuSample,
} from './bench-support';

const DEADLINES = intFromEnv('BENCH_DEADLINES', 100_000, 1, 2_000_000);
const DUE = intFromEnv('BENCH_DUE', 1000, 1, 100_000);
const SPREAD_S = secondsFromEnv('BENCH_DUE_SPREAD', 60, { max: 3600 });
const LEAD_S = secondsFromEnv('BENCH_DUE_LEAD', 20, { max: 3600 });
const TIMEOUT_S = secondsFromEnv('BENCH_TIMEOUT', 540, { max: 3600 });
/** A folder: this process (the worker's) is CPU-profiled from the terms' window until their notices and mail are done. */
const CPU_PROF_DIR = process.env.BENCH_CPU_PROF?.trim() || undefined;
/** Loads pg_stat_statements and prints the statements of the terms' window, per expiry. */
const PG_STAT_STATEMENTS = process.env.BENCH_PG_STAT_STATEMENTS === '1';
/** How the service reaches PostgreSQL: `tcp` (loopback, the default) or `socket` (a Unix socket, as a database on the same machine can be). */
const PG_VIA = process.env.BENCH_PG_VIA === 'socket' ? 'socket' : 'tcp';

const TARGET_RECONCILE_MS = 30_000;
const TARGET_P99_MS = 2_000;

/** The reconciler's page (reconcile-deadlines.job.ts), which the baseline copies. */
const PAGE = 2000;
/** The deadlines worker's concurrency (worker-host.ts), which the lateness baseline copies. */
const DEADLINE_CONCURRENCY = 50;
/** Seconds between the baseline's window and the deadlines' window. */
const GAP_S = 10;

const PROCESS = 'COFINANCING_APPLICATION' as const;
const STATE = 'correctionsRequested';
const EXPIRY_EVENT = 'CORRECTIONS_TERM_EXPIRED';
/** CREATED, SUBMIT, START_ELIGIBILITY_REVIEW, REQUEST_CORRECTIONS: the version that entered the state. */
const CASE_VERSION = 4;
const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-01';
const DATABASE = 'cti_bench_deadlines';
const DAY_MS = 24 * 3600 * 1000;

const fmtMs = (ms: number) =>
  Number.isFinite(ms) ? (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(ms >= 100 ? 0 : 1)} ms`) : '-';
const fmtInt = (n: number) => n.toLocaleString('es-CO');

// Synchronous cleanups on any exit (end, error, signal, watchdog): PostgreSQL is detached by pg_ctl, so nothing else would stop it.
cleanUpOnExit();

// ───────────────────────────── CPU accounting ─────────────────────────────

/** Cores busy on average between two samples: node, PostgreSQL, Redis, and other processes of the machine. */
function cpuLine(a: CpuSample, b: CpuSample): string {
  const seconds = (b.at - a.at) / 1000;
  if (seconds <= 0) return '';
  const cores = (k: keyof CpuSample) => (b[k] - a[k]) / 1000 / seconds;
  const others = Math.max(0, cores('machine') - cores('node') - cores('postgres') - cores('redis'));
  return `núcleos ocupados: node ${cores('node').toFixed(2)} · PostgreSQL ${cores('postgres').toFixed(2)} · Redis ${cores('redis').toFixed(2)} · otros procesos ${others.toFixed(2)} (de ${cpus().length})`;
}

// ───────────────────────────── worker log ─────────────────────────────

interface LogEntry {
  level: number;
  time: number;
  msg: string;
  [field: string]: unknown;
}

/** The worker's pino log, kept in memory: reconciliations are read from it; warnings and errors are reported. */
class LogCapture {
  readonly entries: LogEntry[] = [];
  readonly logger = pino(
    { level: 'info', base: { service: 'cti' } },
    {
      write: (line: string) => {
        try {
          this.entries.push(JSON.parse(line) as LogEntry);
        } catch {
          // not JSON: nothing pino writes
        }
      },
    },
  );

  since(t: number, pred: (e: LogEntry) => boolean = () => true): LogEntry[] {
    return this.entries.filter((e) => e.time >= t && pred(e));
  }
}

const isReconcileLog = (e: LogEntry) => e.msg.startsWith('reconciliación:');
const isRedisLossLog = (e: LogEntry) => e.msg.startsWith('Redis no tiene los datos');

// ───────────────────────────── statistics ─────────────────────────────

interface Distribution {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

function distribution(values: number[]): Distribution {
  const sorted = Array.from(Float64Array.from(values).sort());
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
    mean: sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : NaN,
  };
}

function printDistributions(rows: [string, Distribution][]): void {
  const w = Math.max(...rows.map(([name]) => name.length));
  const col = (s: string) => s.padStart(9);
  console.log(`  ${''.padEnd(w)} ${col('n')} ${col('p50')} ${col('p95')} ${col('p99')} ${col('máx')} ${col('media')}`);
  for (const [name, d] of rows) {
    console.log(
      `  ${name.padEnd(w)} ${col(String(d.count))} ${col(fmtMs(d.p50))} ${col(fmtMs(d.p95))} ${col(fmtMs(d.p99))} ${col(fmtMs(d.max))} ${col(fmtMs(d.mean))}`,
    );
  }
}

// ───────────────────────────── seeding ─────────────────────────────

/** What a term of `correctionsRequested` looks like, read from the machine (the runtime writes the same). */
function termTemplate(registry: WorkflowRegistry) {
  const { machine, version } = registry.latest(PROCESS);
  const info = stateInfo(machine, STATE);
  if (!info.deadline?.onExpire) throw new Error(`${PROCESS}.${STATE} ya no declara un término con evento de vencimiento`);
  // The snapshot a real case has after CREATED, SUBMIT, START_ELIGIBILITY_REVIEW, REQUEST_CORRECTIONS.
  let [snapshot] = initialTransition(machine, { entityCode: '00000' });
  for (const event of [
    { type: 'SUBMIT' },
    { type: 'START_ELIGIBILITY_REVIEW' },
    { type: 'REQUEST_CORRECTIONS', note: 'Falta el certificado de disponibilidad presupuestal' },
  ]) {
    [snapshot] = transition(machine, snapshot, event);
  }
  if (snapshot.value !== STATE) throw new Error(`la máquina no llegó a ${STATE} (quedó en ${JSON.stringify(snapshot.value)})`);
  return {
    machineVersion: version,
    snapshot: persist(snapshot),
    kind: info.deadline.kind,
    owner: info.owner,
    calendar: info.deadline.calendar,
    onExpire: info.deadline.onExpire,
    remindBefore: [...info.deadline.remindBefore].sort((a, b) => b - a),
  };
}
type TermTemplate = ReturnType<typeof termTemplate>;

interface SeedBatch {
  /** Prefix of the titles of the calls the cases apply to (each (entity, call) pair has one open case). */
  label: string;
  count: number;
  /** Row i takes bucket i % buckets.length. */
  buckets: { dueAt: Date; startedAt: Date; days: number }[];
  remindersSent: number;
  /** Also write the outbox row the runtime writes for a new term, so the relay schedules it. */
  outbox: boolean;
}

/**
 * Inserts `count` cases in `correctionsRequested` with their PENDING term, in one transaction of
 * bulk SQL. Cases are spread over the municipalities, each (municipality, call) pair once, as the
 * one-open-case rule requires, so as many calls as needed are created first.
 */
async function seedTerms(db: Client, t: TermTemplate, batch: SeedBatch): Promise<{ id: string; caseId: string; dueAt: Date }[]> {
  await db.query('begin');
  try {
    const municipalities = Number(
      (await db.query<{ n: string }>(`select count(*) as n from territorial_entity where kind = 'MUNICIPALITY'`)).rows[0].n,
    );
    if (!municipalities) throw new Error('no hay municipios sembrados');
    const calls = Math.ceil(batch.count / municipalities);
    await db.query(
      `insert into cofinancing_call (id, title, opens_at, closes_at, total_budget, cap_per_application, min_counterpart_percent, created_by, created_at)
       select gen_random_uuid(), $1::text || ' ' || g, now() - interval '90 days', now() - interval '60 days', 1000000000000, 2000000000, 10, 'coordinador@bench', now() - interval '90 days'
         from generate_series(1, $2::int) as g`,
      [batch.label, calls],
    );
    const inserted = await db.query<{ id: string; case_id: string; due_at: Date }>(
      `with codes as (
         select code, department_code, (row_number() over (order by code) - 1)::int as k
           from territorial_entity where kind = 'MUNICIPALITY'
       ), calls as (
         select id, (row_number() over (order by id) - 1)::int as k from cofinancing_call where title like $1::text || ' %'
       ), src as materialized (
         select gen_random_uuid() as case_id, gen_random_uuid() as deadline_id, c.code, c.department_code, cl.id as call_id,
                ($2::timestamptz[])[1 + g.i % $3::int] as due_at, ($4::timestamptz[])[1 + g.i % $3::int] as started_at, ($5::int[])[1 + g.i % $3::int] as days
           from generate_series(0, $6::int - 1) as g(i)
           join codes c on c.k = g.i % $7::int
           join calls cl on cl.k = g.i / $7::int
       ), cases as (
         insert into workflow_case (id, process, machine_version, entity_code, department_code, cycle_id, call_id, state, final, snapshot, version, assignee, open_key, created_by, created_at, updated_at)
         select case_id, $8::text, $9::int, code, department_code, null, call_id, $10::text, false,
                jsonb_set($11::jsonb, '{context,entityCode}', to_jsonb(code)), $12::int, null,
                $8::text || ':' || code || ':' || call_id, 'representante@bench', started_at, started_at
           from src
       )
       insert into deadline (id, case_id, state, case_version, kind, owner, calendar, days, on_expire, remind_before, started_at, due_at, original_due_at, status, reminders_sent)
       select deadline_id, case_id, $10::text, $12::int, $13::text, $14::text, $15::text, days, $16::text, $17::jsonb, started_at, due_at, due_at, $18::text, $19::int
         from src
       ${batch.outbox ? 'returning id, case_id, due_at' : ''}`,
      [
        batch.label,
        batch.buckets.map((b) => b.dueAt),
        batch.buckets.length,
        batch.buckets.map((b) => b.startedAt),
        batch.buckets.map((b) => b.days),
        batch.count,
        municipalities,
        PROCESS,
        t.machineVersion,
        STATE,
        JSON.stringify(t.snapshot),
        CASE_VERSION,
        t.kind,
        t.owner,
        t.calendar,
        t.onExpire,
        JSON.stringify(t.remindBefore),
        DeadlineStatus.PENDING,
        batch.remindersSent,
      ],
    );
    if (inserted.rowCount !== batch.count) throw new Error(`se sembraron ${inserted.rowCount} términos de ${batch.count}`);
    if (batch.outbox) {
      await db.query(
        `insert into outbox (id, case_id, case_version, kind, payload, created_at, processed_at)
         select gen_random_uuid(), d.case_id, d.case_version, $2::text, jsonb_build_object('deadlineId', d.id, 'dueAt', d.due_at), now(), null
           from deadline d where d.id = any($1::uuid[])`,
        [inserted.rows.map((r) => r.id), OutboxKind.DEADLINE_SCHEDULE],
      );
    }
    await db.query('commit');
    return inserted.rows.map((r) => ({ id: r.id, caseId: r.case_id, dueAt: r.due_at }));
  } catch (err) {
    await db.query('rollback').catch(() => undefined);
    throw err;
  }
}

/** 28 due days, business-day terms of 15 to 42 working days started now: all due weeks ahead, each with its reminders still to come. */
function weeksAheadBuckets(now: Date): SeedBatch['buckets'] {
  const startedAt = new Date(now.getTime() - 60_000);
  return Array.from({ length: 28 }, (_, k) => ({ startedAt, days: 15 + k, dueAt: dueInstant(startedAt, 15 + k, 'business') }));
}

/** How many of the seeded terms have a reminder to queue (all of them with the machine's [3, 1] days). */
function expectedReminders(t: TermTemplate, batch: SeedBatch): number {
  let total = 0;
  batch.buckets.forEach((b, k) => {
    const rows = Math.floor(batch.count / batch.buckets.length) + (k < batch.count % batch.buckets.length ? 1 : 0);
    const d = { remindBefore: t.remindBefore, remindersSent: batch.remindersSent, startedAt: b.startedAt, dueAt: b.dueAt } as Deadline;
    if (nextReminder(d)) total += rows;
  });
  return total;
}

// ───────────────────────────── Redis / BullMQ helpers ─────────────────────────────

async function waitFor(what: string, timeoutMs: number, intervalMs: number, check: () => Promise<boolean>): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (performance.now() > deadline) throw new Error(`tiempo agotado (${fmtMs(timeoutMs)}) esperando: ${what}`);
    await sleep(intervalMs);
  }
}

async function delayedCounts(queues: Queues): Promise<{ deadlines: number; reminders: number }> {
  const [d, r] = await Promise.all([queues.deadlines.getJobCounts('delayed'), queues.reminders.getJobCounts('delayed')]);
  return { deadlines: d.delayed ?? 0, reminders: r.delayed ?? 0 };
}

async function redisMemory(admin: Redis): Promise<string> {
  const info = await admin.info('memory');
  return /used_memory_human:(\S+)/.exec(info)?.[1] ?? '?';
}

/**
 * Baseline of the reconciler: the same jobs (a fire job and a reminder per term, deterministic ids,
 * delays to the same due instants, the queues' default options) added with `addBulk` in pages of
 * PAGE, both queues at once per page, as `scheduleDeadlines` does; ids are made up, nothing is read.
 */
async function addBulkBaseline(queues: Queues, t: TermTemplate, batch: SeedBatch, count: number): Promise<number> {
  const now = Date.now();
  let added = 0;
  for (let from = 0; from < count; from += PAGE) {
    const fire: { name: string; data: object; opts: JobsOptions }[] = [];
    const reminders: { name: string; data: object; opts: JobsOptions }[] = [];
    for (let i = from; i < Math.min(count, from + PAGE); i++) {
      const b = batch.buckets[i % batch.buckets.length];
      const deadlineId = randomUUID();
      fire.push({
        name: FIRE_DEADLINE,
        data: { deadlineId },
        opts: {
          jobId: fireJobId({ id: deadlineId }),
          delay: Math.max(0, b.dueAt.getTime() - now),
        },
      });
      const next = nextReminder({
        remindBefore: t.remindBefore,
        remindersSent: batch.remindersSent,
        startedAt: b.startedAt,
        dueAt: b.dueAt,
      } as Deadline);
      if (next) {
        const data: SendReminderPayload = { deadlineId, index: next.index, dueAt: b.dueAt.getTime() };
        reminders.push({ name: SEND_REMINDER, data, opts: { jobId: reminderJobId(data), delay: Math.max(0, next.at.getTime() - now) } });
      }
    }
    await Promise.all([queues.deadlines.addBulk(fire), reminders.length ? queues.reminders.addBulk(reminders) : null]);
    added += fire.length + reminders.length;
  }
  return added;
}

// ───────────────────────────── main ─────────────────────────────

interface Summary {
  reconcileAloneMs: number;
  baselineMs: number;
  afterFlushMs: number;
  lateness: Distribution | null;
  latenessBaseline: Distribution | null;
  problems: string[];
}

async function main(): Promise<void> {
  const runStarted = performance.now();
  const watchdog = startWatchdog(TIMEOUT_S);

  const root = tempRoot('cti-bench-deadlines-');
  let pg: PostgresCluster | undefined;
  let redis: EmbeddedRedis | undefined;
  let orm: Orm | undefined;
  let db: Client | undefined;
  let admin: Redis | undefined;
  let appRedis: Redis | undefined;
  let services: Awaited<ReturnType<typeof createServices>> | undefined;
  let worker: RunningWorker | undefined;
  const closers: (() => Promise<unknown>)[] = [];
  const summary: Summary = {
    reconcileAloneMs: NaN,
    baselineMs: NaN,
    afterFlushMs: NaN,
    lateness: null,
    latenessBaseline: null,
    problems: [],
  };
  const logs = new LogCapture();

  try {
    process.stdout.write('PostgreSQL… ');
    pg = await startBenchPostgres({
      durable: true,
      settings: [
        'track_commit_timestamp=on',
        ...(PG_STAT_STATEMENTS ? ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=all'] : []),
      ],
    });
    const adminDb = new Client({ connectionString: pg.url('postgres') });
    await adminDb.connect();
    await adminDb.query(`create database ${DATABASE}`);
    await adminDb.end();
    process.stdout.write('Redis… ');
    redis = await startEmbeddedRedis(join(root, 'redis'));
    const config = benchConfig({
      NODE_ENV: 'production',
      DATABASE_URL: pg.url(DATABASE, PG_VIA),
      REDIS_URL: redis.url,
      JWT_SECRET,
      LOG_LEVEL: 'info',
      CLOCK: 'system',
      VAR_DIR: join(root, 'var'),
      MAIL_DIR: join(root, 'mail'),
    });
    process.stdout.write('migraciones… ');
    orm = await initAppOrm(config);
    await migrate(orm);
    await seedTerritorialEntities(orm.em.fork());
    db = new Client({ connectionString: pg.url(DATABASE) });
    await db.connect();
    if (PG_STAT_STATEMENTS) await db.query('create extension if not exists pg_stat_statements');
    admin = new Redis(redis.url, { maxRetriesPerRequest: null });
    process.stdout.write('listo\n');

    const registry = new WorkflowRegistry();
    const template = termTemplate(registry);

    // ── seed ──
    const seedBatch: SeedBatch = {
      label: 'Convocatoria bench',
      count: DEADLINES,
      buckets: weeksAheadBuckets(new Date()),
      remindersSent: 0,
      outbox: false,
    };
    const reminders = expectedReminders(template, seedBatch);
    process.stdout.write(`sembrando ${fmtInt(DEADLINES)} términos PENDING (y sus trámites)… `);
    let t0 = performance.now();
    await seedTerms(db, template, seedBatch);
    await db.query('analyze workflow_case; analyze deadline; analyze cofinancing_call');
    console.log(`${fmtMs(performance.now() - t0)}`);
    const pending = Number((await db.query<{ n: string }>(`select count(*) as n from deadline where status = 'PENDING'`)).rows[0].n);
    if (pending !== DEADLINES) throw new Error(`hay ${pending} términos PENDING, no ${DEADLINES}`);
    const dueRange = await db.query<{ lo: Date; hi: Date }>(`select min(due_at) as lo, max(due_at) as hi from deadline`);
    console.log(
      `  vencen entre ${dueRange.rows[0].lo.toISOString()} y ${dueRange.rows[0].hi.toISOString()}; ${fmtInt(reminders)} con recordatorio pendiente`,
    );

    // ── 1a. baseline: plain addBulk, no database ──
    console.log(
      `\n1. Reconciliación: ${fmtInt(DEADLINES)} disparos + ${fmtInt(reminders)} recordatorios = ${fmtInt(DEADLINES + reminders)} trabajos, en páginas de ${PAGE}`,
    );
    const baseQueues = new Queues(bullConnection(redis.url), bullPrefix('bench-base'));
    closers.push(async () => {
      await baseQueues.close();
      baseQueues.connection.disconnect();
    });
    await addBulkBaseline(baseQueues, template, seedBatch, Math.min(PAGE, DEADLINES)); // warm-up: compile the code paths, load the scripts
    await admin.flushall();
    let cpu0 = sampleCpu(pg.postmasterPid);
    t0 = performance.now();
    const baselineJobs = await addBulkBaseline(baseQueues, template, seedBatch, DEADLINES);
    summary.baselineMs = performance.now() - t0;
    let cpu1 = sampleCpu(pg.postmasterPid);
    const baseCounts = await delayedCounts(baseQueues);
    console.log(
      `  a. línea base: addBulk de ${fmtInt(baselineJobs)} trabajos sin leer la base de datos: ${fmtMs(summary.baselineMs)} (${fmtInt(Math.round(baselineJobs / (summary.baselineMs / 1000)))} trabajos/s); Redis usa ${await redisMemory(admin)}`,
    );
    console.log(`     ${cpuLine(cpu0, cpu1)}`);
    if (baseCounts.deadlines !== DEADLINES || baseCounts.reminders !== reminders) {
      summary.problems.push(
        `línea base: quedaron ${baseCounts.deadlines}/${baseCounts.reminders} trabajos diferidos, se esperaban ${DEADLINES}/${reminders}`,
      );
    }
    await admin.flushall();

    // ── 1b. the reconciler's query alone ──
    const store = new CaseStore(orm);
    t0 = performance.now();
    let read = 0;
    for (let after: string | null = null; ;) {
      const page = store.knex('deadline').where({ status: DeadlineStatus.PENDING }).orderBy('id').limit(PAGE);
      if (after) page.andWhere('id', '>', after);
      const rows = await page;
      if (!rows.length) break;
      rows.map(deadlineFromRow);
      read += rows.length;
      after = rows[rows.length - 1].id;
    }
    const queryMs = performance.now() - t0;
    console.log(`  b. solo la consulta paginada del reconciliador (sin Redis): ${fmtInt(read)} filas en ${fmtMs(queryMs)}`);

    // ── 1c. one reconcile() into an empty Redis ──
    appRedis = createRedisClient(redis.url);
    appRedis.on('error', () => undefined);
    await appRedis.connect();
    services = await createServices({ config, orm, redis: appRedis, logger: logs.logger });
    const queues = new Queues(bullConnection(redis.url), bullPrefix(config.redisPrefix));
    closers.push(async () => {
      await queues.close();
      queues.connection.disconnect();
    });
    const center = new NotificationCenter(store, queues, services.notificationEvents, config.mail, services.clock);
    cpu0 = sampleCpu(pg.postmasterPid);
    t0 = performance.now();
    const jobDeps = { config, orm, store, queues, clock: services.clock, logger: logs.logger, services, center } as unknown as JobDeps; // the reconciler needs no mailer
    const alone = await reconcile(jobDeps, modules).catch((err: unknown) => {
      summary.problems.push(`reconcile() falló: ${(err as Error).message}`);
      return null;
    });
    summary.reconcileAloneMs = alone ? performance.now() - t0 : NaN;
    cpu1 = sampleCpu(pg.postmasterPid);
    const aloneCounts = await delayedCounts(queues);
    if (!alone) {
      console.log(
        `  c. reconcile() con Redis vacío: FALLÓ tras ${fmtMs(performance.now() - t0)}: ${summary.problems[summary.problems.length - 1]}`,
      );
    } else {
      console.log(
        `  c. reconcile() con Redis vacío: ${fmtInt(alone.deadlines)} términos en ${fmtMs(summary.reconcileAloneMs)} ` +
          `(${fmtInt(Math.round(alone.deadlines / (summary.reconcileAloneMs / 1000)))} términos/s) · razón frente a la línea base ×${(summary.reconcileAloneMs / summary.baselineMs).toFixed(2)}`,
      );
      console.log(`     ${cpuLine(cpu0, cpu1)}`);
      console.log(
        `     cola deadlines: ${fmtInt(aloneCounts.deadlines)} diferidos (se esperan ${fmtInt(DEADLINES)}); reminders: ${fmtInt(aloneCounts.reminders)} (se esperan ${fmtInt(reminders)}); Redis usa ${await redisMemory(admin)}`,
      );
    }
    if (alone && (alone.deadlines !== DEADLINES || aloneCounts.deadlines !== DEADLINES || aloneCounts.reminders !== reminders)) {
      summary.problems.push(
        `reconcile(): ${alone.deadlines} términos leídos, ${aloneCounts.deadlines} disparos y ${aloneCounts.reminders} recordatorios en Redis; se esperaban ${DEADLINES}, ${DEADLINES} y ${reminders}`,
      );
    }

    // ── 1d. the worker, then FLUSHALL under it ──
    process.stdout.write('  d. worker: arranque… ');
    let mark = Date.now();
    t0 = performance.now();
    worker = await startWorker({ config, orm, redisUrl: redis.url, logger: logs.logger, services });
    const startError = await worker.started.then(
      () => null,
      (err: unknown) => err as Error,
    );
    if (startError) summary.problems.push(`la reconciliación al arrancar el worker falló: ${startError.message}`);
    await waitFor('las reconciliaciones del arranque', 180_000, 100, async () => (await maintenanceBusy(worker!.queues)) === 0);
    const startMs = performance.now() - t0;
    const startRuns = logs.since(mark, isReconcileLog);
    console.log(
      `${fmtMs(startMs)} hasta terminar ${startRuns.length} reconciliación(es) [${startRuns.map((e) => fmtMs(Number(e.ms))).join(', ')}] con todo ya en Redis` +
        (startError ? `; la del arranque FALLÓ: ${startError.message}` : ''),
    );

    await sleep(2500); // let the Redis-loss watcher look once with the data present
    mark = Date.now();
    cpu0 = sampleCpu(pg.postmasterPid);
    t0 = performance.now();
    await admin.flushall();
    let restoredMs = NaN;
    // A reconciler that already failed gets a short look only: enough to see whether the queues come back.
    const rebuildTimeoutMs = alone && !startError ? 180_000 : 15_000;
    const rebuilt = await waitFor('que el worker reconstruya las colas tras FLUSHALL', rebuildTimeoutMs, 50, async () => {
      if (Number.isNaN(restoredMs)) {
        const c = await delayedCounts(worker!.queues);
        if (c.deadlines >= DEADLINES && c.reminders >= reminders) restoredMs = performance.now() - t0;
        else return false;
      }
      // Every reconciliation started after the flush (the watcher's, and the scheduler's job) has logged its end.
      const started = logs.since(mark, isRedisLossLog).length + (await maintenanceStartedSince(worker!.queues, mark));
      return started > 0 && logs.since(mark, isReconcileLog).length >= started && (await maintenanceBusy(worker!.queues)) === 0;
    }).then(
      () => true,
      (err: unknown) => {
        summary.problems.push((err as Error).message);
        return false;
      },
    );
    summary.afterFlushMs = rebuilt ? performance.now() - t0 : NaN;
    cpu1 = sampleCpu(pg.postmasterPid);
    const noticed = logs.since(mark, isRedisLossLog)[0];
    const flushRuns = logs.since(mark, isReconcileLog);
    const maintenanceRuns = await maintenanceStartedSince(worker.queues, mark);
    const afterCounts = await delayedCounts(worker.queues);
    console.log(
      `     FLUSHALL → el worker lo notó a los ${noticed ? fmtMs(noticed.time - mark) : '?'}; ` +
        (rebuilt
          ? `colas reconstruidas (diferidos de vuelta) a los ${fmtMs(restoredMs)}; todas las reconciliaciones terminadas a los ${fmtMs(summary.afterFlushMs)}`
          : `colas NO reconstruidas tras ${fmtMs(performance.now() - t0)}`),
    );
    console.log(
      `     reconciliaciones terminadas tras el vaciado: ${flushRuns.length} (${flushRuns.map((e) => `${fmtInt(Number(e.deadlines))} términos en ${fmtMs(Number(e.ms))}`).join('; ')}); ` +
        `trabajos de mantenimiento iniciados: ${maintenanceRuns}`,
    );
    console.log(`     ${cpuLine(cpu0, cpu1)}`);
    console.log(
      `     cola deadlines: ${fmtInt(afterCounts.deadlines)} diferidos (se esperan ${fmtInt(DEADLINES)}); reminders: ${fmtInt(afterCounts.reminders)} (se esperan ${fmtInt(reminders)})`,
    );
    if (rebuilt && (afterCounts.deadlines !== DEADLINES || afterCounts.reminders !== reminders)) {
      summary.problems.push(
        `tras FLUSHALL: ${afterCounts.deadlines} disparos y ${afterCounts.reminders} recordatorios en Redis; se esperaban ${DEADLINES} y ${reminders}`,
      );
    }
    if (flushRuns.length > 1) {
      console.log(
        `     AVISO: tras el vaciado corrieron ${flushRuns.length} reconciliaciones completas a la vez (el vigilante de Redis y el primer trabajo del programador recién creado)`,
      );
    }

    // ── 2. lateness ──
    await latenessPhase({ db, admin, pg, template, worker, redisUrl: redis.url, prefix: bullPrefix(config.redisPrefix), logs, summary });
  } finally {
    clearTimeout(watchdog);
    if (worker) await worker.stop().catch(reportStopFailure('el worker'));
    for (const close of closers.reverse()) await close().catch(reportStopFailure('una cola'));
    if (services) await services.stop().catch(reportStopFailure('los servicios'));
    if (appRedis) closeRedisClient(appRedis);
    admin?.disconnect();
    await db?.end().catch(reportStopFailure('el cliente de PostgreSQL'));
    await orm?.close(true).catch(reportStopFailure('el ORM'));
    await redis?.stop().catch(reportStopFailure('redis-server'));
    stopBenchPostgres(pg);
    runExitCleanups();
  }

  const problems = [...summary.problems, ...workerProblems(logs)];
  printSummary(summary, problems, performance.now() - runStarted);
  if (summary.problems.length) process.exitCode = 1;
}

/** Reconciliation jobs of the maintenance queue waiting or running. */
async function maintenanceBusy(queues: Queues): Promise<number> {
  const c = await queues.maintenance.getJobCounts('active', 'wait', 'prioritized');
  return (c.active ?? 0) + (c.wait ?? 0) + (c.prioritized ?? 0);
}

/** Maintenance jobs (scheduled reconciliations) that started at or after `since` (epoch ms). */
async function maintenanceStartedSince(queues: Queues, since: number): Promise<number> {
  const jobs = await queues.maintenance.getJobs(['active', 'completed', 'failed'], 0, 50);
  return jobs.filter((j) => (j.processedOn ?? 0) >= since).length;
}

interface LatenessDeps {
  db: Client;
  admin: Redis;
  pg: PostgresCluster;
  template: TermTemplate;
  worker: RunningWorker;
  redisUrl: string;
  prefix: string;
  logs: LogCapture;
  summary: Summary;
}

/** CPU ms per item of node (this process: the worker), PostgreSQL and Redis between two samples. */
function cpuPer(a: CpuSample, b: CpuSample, items: number): string {
  const ms = (k: keyof CpuSample) => ((b[k] - a[k]) / items).toFixed(2);
  return `node ${ms('node')} ms · PostgreSQL ${ms('postgres')} ms · Redis ${ms('redis')} ms`;
}

/** Calls per Redis command so far (INFO commandstats), to count round trips of a window. */
async function redisCommandCalls(admin: Redis): Promise<Map<string, number>> {
  const info = await admin.info('commandstats');
  const calls = new Map<string, number>();
  for (const m of info.matchAll(/^cmdstat_(\S+?):calls=(\d+)/gm)) calls.set(m[1], Number(m[2]));
  return calls;
}

function diffCalls(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  // The two INFO calls of the measurement itself are left out.
  return new Map(
    [...b].map(([cmd, n]) => [cmd, n - (a.get(cmd) ?? 0) - (cmd === 'info' ? 1 : 0)]).filter(([, n]) => (n as number) > 0) as [
      string,
      number,
    ][],
  );
}

/** Samples this process's CPU with the inspector (the worker runs here) until `stop` writes the profile. */
async function startProfiler(): Promise<{ stop(file: string): Promise<string> }> {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res as T))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
  return {
    async stop(file) {
      const { profile } = await post<{ profile: object }>('Profiler.stop');
      session.disconnect();
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(profile));
      return file;
    },
  };
}

async function latenessPhase(deps: LatenessDeps): Promise<void> {
  const { db, pg, template, worker, logs, summary } = deps;
  const spreadMs = SPREAD_S * 1000;
  const offset = (i: number) => (DUE > 1 ? Math.floor((i * spreadMs) / DUE) : 0);
  const scheduledAt = Date.now();
  const baselineFrom = scheduledAt + LEAD_S * 1000;
  const termsFrom = baselineFrom + spreadMs + GAP_S * 1000;
  console.log(
    `\n2. Retraso al vencer: ${fmtInt(DUE)} términos que vencen ${SPREAD_S > 0 ? `repartidos en ${SPREAD_S} s` : 'en el mismo instante'} ` +
      `(reloj real), a partir de ${new Date(termsFrom).toISOString()}; antes, la línea base con ${fmtInt(DUE)} trabajos diferidos vacíos desde ${new Date(baselineFrom).toISOString()}`,
  );

  // Baseline: plain delayed jobs on a worker of the deadlines worker's concurrency; lateness = handler start − due instant.
  const baseName = 'bench-lateness';
  const baseProducer = bullConnection(deps.redisUrl);
  const latenessQueue = new Queue(baseName, { connection: baseProducer, prefix: deps.prefix });
  const baselineLateness: number[] = [];
  // BullMQ does not close a connection it was handed: this one is closed below, with the producer.
  const baseWorkerConnection = bullConnection(deps.redisUrl);
  const baseWorker = new Worker(
    baseName,
    async (job: Job<{ dueAt: number }>) => {
      baselineLateness.push(Date.now() - job.data.dueAt);
    },
    { connection: baseWorkerConnection, prefix: deps.prefix, concurrency: DEADLINE_CONCURRENCY },
  );
  try {
    const now = Date.now();
    await latenessQueue.addBulk(
      Array.from({ length: DUE }, (_, i) => {
        const dueAt = baselineFrom + offset(i);
        return { name: 'noop', data: { dueAt }, opts: { jobId: `noop_${i}`, delay: dueAt - now, removeOnComplete: true } };
      }),
    );

    // The terms, written with their outbox rows as the runtime commits a new term; the relay schedules them.
    const buckets = Array.from({ length: DUE }, (_, i) => {
      const dueAt = new Date(termsFrom + offset(i));
      return { dueAt, startedAt: new Date(dueAt.getTime() - 14 * DAY_MS), days: 10 };
    });
    // Their reminders went out days ago (remindersSent = 2): only the firing is left.
    const terms = await seedTerms(db, template, {
      label: 'Convocatoria vencimiento',
      count: DUE,
      buckets,
      remindersSent: template.remindBefore.length,
      outbox: true,
    });
    await waitFor('que el relevo del outbox programe los términos', Math.max(5000, baselineFrom - Date.now()), 100, async () => {
      const n = Number((await db.query<{ n: string }>(`select count(*) as n from outbox where processed_at is null`)).rows[0].n);
      return n === 0;
    });
    const fireJobs = await Promise.all(terms.map((t) => worker.queues.deadlines.getJob(fireJobId(t))));
    const missing = fireJobs.filter((j) => !j).length;
    if (missing) summary.problems.push(`${missing} términos de la fase de retraso no quedaron programados en BullMQ`);
    console.log(`  ${fmtInt(DUE - missing)} términos programados por el relevo ${fmtMs(Date.now() - scheduledAt)} después de escribirlos`);

    // Baseline window.
    await waitFor(
      'la línea base de retraso',
      baselineFrom + spreadMs - Date.now() + 60_000,
      100,
      async () => baselineLateness.length >= DUE,
    );
    await baseWorker.close();
    summary.latenessBaseline = distribution(baselineLateness);

    // Terms window.
    await sleep(Math.max(0, termsFrom - Date.now() - 500));
    if (PG_STAT_STATEMENTS) await db.query('select pg_stat_statements_reset()');
    const redisCalls0 = await redisCommandCalls(deps.admin);
    const profiler = CPU_PROF_DIR ? await startProfiler() : null;
    const cpu0 = sampleCpu(pg.postmasterPid);
    const ids = terms.map((t) => t.id);
    await waitFor(`que venzan los ${DUE} términos`, termsFrom + spreadMs - Date.now() + 120_000, 100, async () => {
      const n = Number(
        (await db.query<{ n: string }>(`select count(*) as n from deadline where id = any($1::uuid[]) and status <> 'PENDING'`, [ids]))
          .rows[0].n,
      );
      return n >= DUE;
    }).catch((err: unknown) => summary.problems.push((err as Error).message));
    const cpu1 = sampleCpu(pg.postmasterPid);
    // What the expiries cause (notices through the outbox, then their mail) is part of their cost.
    await waitFor('que se entreguen los avisos y correos de los vencimientos', 180_000, 100, async () => {
      const outbox = Number((await db.query<{ n: string }>(`select count(*) as n from outbox where processed_at is null`)).rows[0].n);
      const mail = Number(
        (await db.query<{ n: string }>(`select count(*) as n from notification where email_status = 'PENDING'`)).rows[0].n,
      );
      const c = await worker.queues.notifications.getJobCounts('active', 'wait', 'prioritized', 'delayed');
      return outbox === 0 && mail === 0 && (c.active ?? 0) + (c.wait ?? 0) + (c.prioritized ?? 0) + (c.delayed ?? 0) === 0;
    }).catch((err: unknown) => summary.problems.push((err as Error).message));
    const cpu2 = sampleCpu(pg.postmasterPid);
    const profile = profiler ? await profiler.stop(join(CPU_PROF_DIR!, `deadlines-${Date.now()}.cpuprofile`)) : null;
    const redisCalls = diffCalls(redisCalls0, await redisCommandCalls(deps.admin));
    const statements = PG_STAT_STATEMENTS
      ? (
          await db.query<{ calls: string; query: string }>(
            `select calls, query from pg_stat_statements
              where dbid = (select oid from pg_database where datname = current_database())
                and query not like '%pg_stat_statements%' and query not like '%count(*) as n%'
              order by calls desc limit 30`,
          )
        ).rows
      : [];

    const rows = (
      await db.query<{ id: string; case_id: string; status: string; state: string; due_at: Date; at: Date | null; committed: Date | null }>(
        `select d.id, d.case_id, d.status, c.state, d.due_at, h.at, pg_xact_commit_timestamp(h.xmin) as committed
           from deadline d join workflow_case c on c.id = d.case_id
           left join case_history h on h.case_id = d.case_id and h.event = $2
          where d.id = any($1::uuid[])`,
        [ids, EXPIRY_EVENT],
      )
    ).rows;
    const expired = rows.filter((r) => r.status === DeadlineStatus.EXPIRED && r.state === 'rejected' && r.committed);
    if (expired.length !== DUE) {
      const states = [...new Set(rows.map((r) => `${r.status}/${r.state}`))].join(', ');
      summary.problems.push(`solo ${expired.length} de ${DUE} términos vencieron con su transición ${EXPIRY_EVENT} (estados: ${states})`);
    }
    const byId = new Map(terms.map((t, i) => [t.id, fireJobs[i]?.id]));
    const jobs = new Map(
      (await Promise.all(expired.map((r) => worker.queues.deadlines.getJob(byId.get(r.id) ?? ''))))
        .filter((j): j is Job => !!j)
        .map((j) => [j.data.deadlineId as string, j]),
    );
    const total = expired.map((r) => r.committed!.getTime() - r.due_at.getTime());
    const pickup: number[] = [];
    const handler: number[] = [];
    const atLateness = expired.map((r) => r.at!.getTime() - r.due_at.getTime());
    let retried = 0;
    for (const r of expired) {
      const job = jobs.get(r.id);
      if (!job?.processedOn) continue;
      pickup.push(job.processedOn - r.due_at.getTime());
      handler.push(r.committed!.getTime() - job.processedOn);
      if (job.attemptsMade > 1 || (job.attemptsStarted ?? 1) > 1) retried++;
    }
    summary.lateness = distribution(total);
    const expiredIn = expired.length ? Math.max(...expired.map((r) => r.committed!.getTime())) - termsFrom : NaN;
    console.log(
      `  vencidos ${fmtInt(expired.length)}/${fmtInt(DUE)} en ${fmtMs(expiredIn)} desde el primer vencimiento; ${retried} disparos con más de un intento`,
    );
    console.log(`  ${cpuLine(cpu0, cpu1)}`);
    const notices = Number(
      (
        await db.query<{ n: string }>(`select count(*) as n from notification where case_id = any($1::uuid[])`, [
          terms.map((t) => t.caseId),
        ])
      ).rows[0].n,
    );
    console.log(
      `  CPU por vencimiento hasta el último commit: ${cpuPer(cpu0, cpu1, DUE)}; con sus ${fmtInt(notices)} avisos y correos (terminados ${fmtMs(cpu2.at - cpu0.at)} después): ${cpuPer(cpu0, cpu2, DUE)}`,
    );
    console.log(`  ${cpuLine(cpu0, cpu2)} (hasta terminar los avisos y correos)`);
    const redisTotal = [...redisCalls.values()].reduce((a, b) => a + b, 0);
    console.log(
      `  órdenes de Redis por vencimiento (con avisos y correos): ${(redisTotal / DUE).toFixed(1)} (` +
        [...redisCalls]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 8)
          .map(([cmd, n]) => `${cmd} ${(n / DUE).toFixed(1)}`)
          .join(', ') +
        ')',
    );
    if (statements.length) {
      const total = statements.reduce((t, r) => t + Number(r.calls), 0);
      console.log(`  sentencias SQL por vencimiento (con avisos y correos): ${(total / DUE).toFixed(1)}`);
      for (const r of statements)
        console.log(`    ${(Number(r.calls) / DUE).toFixed(2).padStart(6)}  ${r.query.replace(/\s+/g, ' ').slice(0, 150)}`);
    }
    if (profile) console.log(`  perfil de CPU del proceso (worker) en ${profile}`);
    printDistributions([
      ['vencimiento → commit de la transición', summary.lateness],
      ['  vencimiento → BullMQ lo entrega', distribution(pickup)],
      ['  entrega → commit (nuestro manejador)', distribution(handler)],
      ['vencimiento → case_history.at', distribution(atLateness)],
      ['línea base: vencimiento → manejador vacío', summary.latenessBaseline],
    ]);
    const ratio = summary.lateness.p99 / summary.latenessBaseline.p99;
    console.log(
      `  razón p99 frente a la línea base: ×${Number.isFinite(ratio) ? ratio.toFixed(1) : '-'} (${fmtMs(summary.lateness.p99)} / ${fmtMs(summary.latenessBaseline.p99)})`,
    );
    const failed = logs.entries.filter((e) => e.msg === 'trabajo fallido');
    if (failed.length)
      console.log(
        `  ${failed.length} intentos fallidos de trabajos (p. ej. ${String((failed[0].err as { message?: string } | undefined)?.message ?? '').slice(0, 160)})`,
      );
  } finally {
    await baseWorker.close().catch(() => undefined);
    await latenessQueue.obliterate({ force: true }).catch(() => undefined);
    await latenessQueue.close().catch(() => undefined);
    baseProducer.disconnect();
    baseWorkerConnection.disconnect();
  }
}

/** Warnings and errors the worker logged during the run, grouped by message (expected ones left out). */
function workerProblems(logs: LogCapture): string[] {
  const counts = new Map<string, number>();
  for (const e of logs.entries) {
    if (e.level < 40 || isRedisLossLog(e)) continue;
    const key = `${e.msg}${e.err ? `: ${String((e.err as { message?: string }).message ?? '').slice(0, 160)}` : ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([msg, n]) => `registro del worker (${n}×): ${msg}`);
}

function printSummary(s: Summary, problems: string[], runMs: number): void {
  const verdict = (ok: boolean) => (ok ? 'CUMPLE' : 'NO CUMPLE');
  const reconcileOk = s.afterFlushMs < TARGET_RECONCILE_MS;
  const latenessOk = s.lateness !== null && s.lateness.count === DUE && s.lateness.p99 < TARGET_P99_MS;
  console.log('\n──────────────── resumen ────────────────');
  console.log(`máquina: ${cpus().length} núcleos compartidos con otros procesos; duración total ${fmtMs(runMs)}`);
  console.log(
    `reconciliación de ${fmtInt(DEADLINES)} términos tras FLUSHALL (worker en marcha, de extremo a extremo): ${fmtMs(s.afterFlushMs)} · ` +
      `objetivo < ${TARGET_RECONCILE_MS / 1000} s: ${verdict(reconcileOk)}`,
  );
  console.log(
    `  reconcile() solo, Redis vacío: ${fmtMs(s.reconcileAloneMs)}; línea base addBulk: ${fmtMs(s.baselineMs)}; razón ×${(s.reconcileAloneMs / s.baselineMs).toFixed(2)}`,
  );
  if (s.lateness && s.latenessBaseline) {
    console.log(
      `retraso al vencer (${fmtInt(s.lateness.count)} de ${fmtInt(DUE)} términos, ${SPREAD_S > 0 ? `en ${SPREAD_S} s` : 'en el mismo instante'}): ` +
        `p50 ${fmtMs(s.lateness.p50)} · p99 ${fmtMs(s.lateness.p99)} · máx ${fmtMs(s.lateness.max)} · objetivo p99 < ${TARGET_P99_MS / 1000} s: ${verdict(latenessOk)}`,
    );
    console.log(
      `  línea base BullMQ (trabajo vacío): p50 ${fmtMs(s.latenessBaseline.p50)} · p99 ${fmtMs(s.latenessBaseline.p99)}; razón p99 ×${(s.lateness.p99 / s.latenessBaseline.p99).toFixed(1)}`,
    );
  } else {
    console.log(`retraso al vencer: sin medir · objetivo p99 < ${TARGET_P99_MS / 1000} s: ${verdict(false)}`);
  }
  for (const p of problems) console.error(`ERROR: ${p}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
