/**
 * What the benchmarks share: reading their settings from the environment, cleaning up on any exit,
 * the throwaway PostgreSQL cluster's life, the configuration they run the service with, and CPU
 * accounting from /proc.
 *
 * Importing it has no side effects: a benchmark that wants its cleanups run on exit and on signals
 * calls `cleanUpOnExit()` once.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadConfig, type Config } from '../../src/config/env';
import { startPostgres, type PostgresCluster, type PostgresOptions } from '../support/postgres';

// ───────────────────────────── environment ─────────────────────────────

/** A number from the environment variable `name`, `fallback` if it is unset or blank; anything `valid` rejects throws. */
function numberFromEnv(name: string, fallback: number, valid: (n: number) => boolean, expected: string): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!valid(n)) throw new Error(`${name} debe ser ${expected} (valor recibido: ${JSON.stringify(raw)})`);
  return n;
}

/** An integer from `min` to `max`. */
export function intFromEnv(name: string, fallback: number, min: number, max: number): number {
  return numberFromEnv(name, fallback, (n) => Number.isInteger(n) && n >= min && n <= max, `un entero entre ${min} y ${max}`);
}

/** A number of seconds: 0 or more (more than 0 with `positive`), and at most `max` when given. */
export function secondsFromEnv(name: string, fallback: number, limits: { positive?: boolean; max?: number } = {}): number {
  const { positive = false, max } = limits;
  return numberFromEnv(
    name,
    fallback,
    (s) => Number.isFinite(s) && (positive ? s > 0 : s >= 0) && (max === undefined || s <= max),
    max === undefined ? 'un número de segundos positivo' : `un número de segundos entre 0 y ${max}`,
  );
}

// ───────────────────────────── cleanup ─────────────────────────────

/**
 * Synchronous cleanups run on any exit (normal end, error, signal, watchdog): PostgreSQL is
 * detached by pg_ctl, so nothing else would stop it; child processes, temporary folders. The
 * graceful path stops things first and removes their entries from here.
 */
export const exitCleanups = new Map<string, () => void>();

/** Runs the cleanups still registered, newest first, each once; a failure is reported and the rest still run. */
export function runExitCleanups(): void {
  for (const [name, cleanup] of [...exitCleanups].reverse()) {
    exitCleanups.delete(name);
    try {
      cleanup();
    } catch (err) {
      console.error(`limpieza de ${name} falló:`, err);
    }
  }
}

/** Runs the exit cleanups when the process exits, and exits (130) on SIGINT, SIGTERM and SIGHUP so they run then too. */
export function cleanUpOnExit(): void {
  process.on('exit', runExitCleanups);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      console.error(`\n${signal} recibido: limpiando…`);
      process.exit(130);
    });
  }
}

/** A temporary folder, removed on exit. */
export function tempRoot(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  exitCleanups.set('temporales', () => rmSync(root, { recursive: true, force: true }));
  return root;
}

/** For a graceful stop's `.catch`: reports what failed to stop and carries on. */
export const reportStopFailure = (what: string) => (err: unknown) => console.error(`al detener ${what}:`, err);

/** A throwaway PostgreSQL cluster, stopped on exit unless `stopBenchPostgres` stopped it first. */
export async function startBenchPostgres(options: PostgresOptions): Promise<PostgresCluster> {
  const cluster = await startPostgres(options);
  exitCleanups.set('postgresql', () => cluster.stop());
  return cluster;
}

/** Stops the cluster (if it was started), reporting a failure instead of throwing. */
export function stopBenchPostgres(pg: PostgresCluster | undefined): void {
  try {
    pg?.stop();
    exitCleanups.delete('postgresql');
  } catch (err) {
    reportStopFailure('PostgreSQL')(err);
  }
}

// ───────────────────────────── configuration ─────────────────────────────

/** The service's configuration from `env`, which always sets JWT_SECRET (no generated secret is ever read). */
export function benchConfig(env: NodeJS.ProcessEnv): Config {
  return loadConfig(env, () => {
    throw new Error('el benchmark siempre define JWT_SECRET');
  });
}

// ───────────────────────────── time and statistics ─────────────────────────────

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The nearest-rank percentile `p` (0-100) of ascending `sorted`; NaN if it is empty. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

// ───────────────────────────── CPU accounting ─────────────────────────────

let clockTicks: number | undefined;

/** Clock ticks per second (the unit of /proc's CPU times), read once. */
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

export interface ProcStat {
  pid: number;
  comm: string;
  ppid: number;
  /** utime + stime, in ms. */
  cpuMs: number;
}

/** A process's line of /proc/<pid>/stat; null if it is gone. */
export function readStat(pid: number | string): ProcStat | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const fields = stat.slice(close + 2).split(' ');
    return {
      pid: Number(pid),
      comm: stat.slice(stat.indexOf('(') + 1, close),
      ppid: Number(fields[1]),
      cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond(),
    };
  } catch {
    return null;
  }
}

/** Every process of the machine still there when read. */
export function allStats(): ProcStat[] {
  return readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .map(readStat)
    .filter((s): s is ProcStat => s !== null);
}

/** Busy CPU time of the whole machine (all cores), in ms, from the first line of /proc/stat. */
export function machineBusyMs(): number {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const [user, nice, system, , , irq, softirq, steal] = ticks.map(Number);
    return ((user + nice + system + irq + softirq + steal) * 1000) / ticksPerSecond();
  } catch {
    return NaN;
  }
}

/** Cumulative CPU ms of this process, PostgreSQL (postmaster and its children), our redis-server, and the machine. */
export interface CpuSample {
  at: number;
  node: number;
  postgres: number;
  redis: number;
  machine: number;
}

export function sampleCpu(postmasterPid: number): CpuSample {
  const own = process.cpuUsage();
  const stats = allStats();
  const sum = (pred: (s: ProcStat) => boolean) => stats.filter(pred).reduce((t, s) => t + s.cpuMs, 0);
  return {
    at: performance.now(),
    node: (own.user + own.system) / 1000,
    postgres: sum((s) => s.pid === postmasterPid || s.ppid === postmasterPid),
    redis: sum((s) => s.ppid === process.pid && s.comm.startsWith('redis-server')),
    machine: machineBusyMs(),
  };
}

/** Ends the run (its exit cleanups stop what it started) if it lasts longer than `seconds`. */
export function startWatchdog(seconds: number): NodeJS.Timeout {
  const watchdog = setTimeout(() => {
    console.error(`\nERROR: el benchmark superó BENCH_TIMEOUT=${seconds} s: se detiene y limpia`);
    process.exit(1);
  }, seconds * 1000);
  watchdog.unref();
  return watchdog;
}
