/**
 * What the benchmarks share: reading their settings from the environment, cleaning up on any exit,
 * the throwaway PostgreSQL cluster's life, the configuration they run the service with, CPU and
 * memory accounting from /proc, the service's processes, a GraphQL client, and the assessment
 * review loop that write loads drive.
 *
 * Importing it has no side effects: a benchmark that wants its cleanups run on exit and on signals
 * calls `cleanUpOnExit()` once.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { initAppOrm } from '../../src/app/compose';
import { createClock } from '../../src/app/services';
import { loadConfig, type Config } from '../../src/config/env';
import { mintToken } from '../../src/core/auth/jwt';
import { ENTITY_ROLES, Role } from '../../src/core/auth/principal';
import { freePort } from '../../src/core/net';
import { projectRoot } from '../../src/core/paths';
import { shippedModel } from '../../src/modules/maturity/maturity-model';
import { sampleAnswers } from '../../src/modules/maturity/sample-answers';
import { PeopleDirectory, type Enrollment } from '../../src/modules/people/people-directory';
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

// ───────────────────────────── people and their tokens ─────────────────────────────

/** Who a benchmark signs in as: the directory is told the role, the token says only who it is. */
export interface BenchPerson {
  sub: string;
  role: Role;
  entityCode?: string;
}

/**
 * Enrolls the benchmark's people in the directory (privacy notice accepted, as `cli token --role`
 * does) and mints their tokens with `config`: a token carries no role, the directory decides it.
 * With `directory` (an in-process system's `services.people`), through it; otherwise on an ORM
 * opened for the occasion on the database `config` names (DATABASE_URL), so `config` must name the
 * benchmark's database. The API processes serving the benchmark have not read these people yet
 * (enrollment comes before their first request), so nothing needs telling them.
 */
export async function enrolledTokens<K extends string>(
  config: Config,
  people: Record<K, BenchPerson>,
  directory?: Pick<PeopleDirectory, 'enroll'>,
): Promise<Record<K, string>> {
  const enrollments: Enrollment[] = Object.values<BenchPerson>(people).map((p) => {
    if (ENTITY_ROLES.has(p.role) !== (p.entityCode !== undefined))
      throw new Error(`${p.sub}: entityCode va con los roles de entidad, y solo con ellos`);
    return { subject: p.sub, role: p.role, entityCode: p.entityCode ?? null, acceptPrivacy: true };
  });
  if (directory) {
    for (const e of enrollments) await directory.enroll(e);
  } else {
    const orm = await initAppOrm(config);
    try {
      // Its changes need telling no other process (see above): a broadcast that goes nowhere.
      const silent = { publish: () => undefined, subscribe: () => (async function* () {})() };
      const people = new PeopleDirectory(orm, createClock(config, orm), silent);
      for (const e of enrollments) await people.enroll(e);
    } finally {
      await orm.close(true);
    }
  }
  const tokens = {} as Record<K, string>;
  for (const [key, person] of Object.entries<BenchPerson>(people)) tokens[key as K] = await mintToken(config, { sub: person.sub });
  return tokens;
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

/**
 * CPU ms of a process's children that have exited and been waited for (cutime + cstime): a
 * PostgreSQL backend that ends during a measurement takes its CPU out of the live processes' sum,
 * and its parent's count is where it goes. 0 if the process is gone.
 */
export function exitedChildrenCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticksPerSecond();
  } catch {
    return 0;
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

// ───────────────────────────── service processes ─────────────────────────────

/** Runs `dist/src/cli.js <command> [args]` in its own process, as an operator would; its output is returned, a failure throws with it. */
export function runCli(command: string, env: NodeJS.ProcessEnv, args: string[] = []): string {
  try {
    return execFileSync(process.execPath, [join(projectRoot(), 'dist/src/cli.js'), command, ...args], { env, stdio: 'pipe' }).toString();
  } catch (err) {
    const e = err as { stderr?: Buffer; stdout?: Buffer };
    throw new Error(`cli ${[command, ...args].join(' ')} falló: ${e.stderr?.toString() ?? ''}${e.stdout?.toString() ?? ''}`.trim());
  }
}

/** A server the benchmark started as a child process. */
export interface ChildServer {
  name: string;
  pid: number;
  port: number;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** SIGTERM, then SIGKILL after 10 s; resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * Spawns `node [nodeArgs] script` and resolves once `ready(port)` says it serves (polled every
 * 100 ms for up to 30 s). `port` is chosen here and passed as PORT; a child that dies while
 * starting fails with its output. It is killed on exit if nothing stopped it first.
 */
export async function startChildServer(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  ready: (origin: string) => Promise<boolean>,
  nodeArgs: string[] = [],
): Promise<ChildServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, script], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const cleanupName = `${name}:${port}`;
  exitCleanups.set(cleanupName, () => {
    if (!gone()) child.kill('SIGKILL');
  });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (gone()) throw new Error(`${name} terminó al iniciar (${child.exitCode ?? child.signalCode}): ${output.join('').trim()}`);
    if (await ready(origin).catch(() => false)) break;
    if (Date.now() > deadline) throw new Error(`${name} no estuvo listo en 30 s: ${output.join('').trim()}`);
    await sleep(100);
  }
  return {
    name,
    pid: child.pid!,
    port,
    origin,
    stop: () =>
      new Promise<void>((resolve) => {
        exitCleanups.delete(cleanupName);
        if (gone()) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Ready when GET /health answers 200 (the API's own probe). */
export const healthReady = async (origin: string) => (await fetch(`${origin}/health`)).status === 200;

/** The node flags an npm script (`api`, `worker`) starts a production process with (package.json), so a bench measures that process. */
export function productionNodeArgs(script: 'api' | 'worker'): string[] {
  const pkg = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return pkg.scripts[script]
    .trim()
    .split(/\s+/)
    .slice(1)
    .filter((w) => w.startsWith('--'));
}

/** `dist/src/api.js` as production runs it (`npm run api`'s flags), in its own process; `env` carries DATABASE_URL, REDIS_URL, JWT_SECRET… */
export function startApiProcess(env: NodeJS.ProcessEnv, nodeArgs: string[] = productionNodeArgs('api')): Promise<ChildServer> {
  return startChildServer('la API', join(projectRoot(), 'dist/src/api.js'), env, healthReady, nodeArgs);
}

/** Resident memory of a process from /proc/<pid>/status, in MB: now (VmRSS) and its peak (VmHWM); null if it is gone. */
export function processMemory(pid: number): { rssMb: number; hwmMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

// ───────────────────────────── GraphQL over keep-alive HTTP ─────────────────────────────

export interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** POST /graphql on a keep-alive agent, returning the parsed body; a non-200 answer without GraphQL errors rejects. */
export class GraphQLClient {
  private readonly agent: Agent;

  constructor(
    private readonly port: number,
    sockets = 64,
    private readonly timeoutMs = 10_000,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: sockets });
  }

  post(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLAnswer> {
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
            ...(token ? { authorization: `Bearer ${token}` } : {}),
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
      req.setTimeout(this.timeoutMs, () => req.destroy(new Error(`sin respuesta en ${this.timeoutMs} ms`)));
      req.on('error', reject);
      req.end(body);
    });
  }

  /** The one root field `name` of the answer, or an error naming the GraphQL error. */
  async field<T>(token: string | null, query: string, variables: Record<string, unknown>, name: string): Promise<T> {
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

// ───────────────────────────── the assessment review loop ─────────────────────────────

const TRANSITION_SELECTION = '{ case { id state version } entry { seq event toState } }';

export interface TransitionAnswer {
  case: { id: string; state: string; version: number };
  entry: { seq: number; event: string; toState: string };
}

const transitionMutation = (field: string, input: string) =>
  `mutation ${field}($input: ${input}!) { ${field}(input: $input) ${TRANSITION_SELECTION} }`;

/**
 * The loop a MATURITY_ASSESSMENT case can go around forever (underReview → changesRequested →
 * resubmitted → underReview), so a write load never runs out of cases; `from` is the state each
 * step starts in.
 */
export const ASSESSMENT_LOOP = [
  { field: 'requestAssessmentChanges', by: 'coordinator', from: 'underReview', to: 'changesRequested', note: true },
  { field: 'resubmitAssessment', by: 'representative', from: 'changesRequested', to: 'resubmitted', note: false },
  { field: 'startAssessmentReview', by: 'coordinator', from: 'resubmitted', to: 'underReview', note: false },
].map((step) => ({
  ...step,
  query: transitionMutation(step.field, step.note ? 'RequestAssessmentChangesInput' : 'CaseActionInput'),
}));

/** One case on the loop and the state its client believes it is in. */
export interface LoopCase {
  http: GraphQLClient;
  entityCode: string;
  representative: string;
  caseId: string;
  version: number;
  step: number;
}

/** Sends the next event of the loop with `expectedVersion`; throws on any unexpected answer. */
export async function nextLoopTransition(coordinator: string, d: LoopCase): Promise<void> {
  const step = ASSESSMENT_LOOP[d.step];
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
  d.step = (d.step + 1) % ASSESSMENT_LOOP.length;
}

/** After an error, reads the case back so its client continues from where it really is. */
export async function resyncLoopCase(coordinator: string, d: LoopCase): Promise<void> {
  const kase = await d.http.field<{ state: string; version: number }>(
    coordinator,
    'query case($id: ID!) { case(id: $id) { id state version } }',
    { id: d.caseId },
    'case',
  );
  const step = ASSESSMENT_LOOP.findIndex((s) => s.from === kase.state);
  if (step < 0) throw new Error(`el trámite ${d.caseId} quedó en el estado ${kase.state}, fuera del ciclo`);
  d.version = kase.version;
  d.step = step;
}

/**
 * One assessment per entity of `entityCodes` in the open cycle `cycleId`, taken to the loop's
 * first state through the API as the frontends would (start, answer the whole questionnaire,
 * submit, start the review); each entity's representative is enrolled in the directory of the
 * database `config` names (see `enrolledTokens`) and their token minted with `config`.
 */
export async function prepareLoopCases(
  https: GraphQLClient[],
  config: Config,
  coordinator: string,
  cycleId: string,
  entityCodes: string[],
): Promise<LoopCase[]> {
  const step = (field: string, input: string) => transitionMutation(field, input);
  const representatives = await enrolledTokens(
    config,
    Object.fromEntries(
      entityCodes.map((entityCode) => [entityCode, { sub: `alcalde-${entityCode}@bench`, role: Role.ENTITY_REPRESENTATIVE, entityCode }]),
    ),
  );
  return Promise.all(
    entityCodes.map(async (entityCode, i): Promise<LoopCase> => {
      const http = https[i % https.length];
      const representative = representatives[entityCode];
      const started = await http.field<TransitionAnswer>(
        representative,
        step('startAssessment', 'StartAssessmentInput'),
        { input: { cycleId } },
        'startAssessment',
      );
      const caseId = started.case.id;
      // Submission (and each RESUBMIT of the loop) needs the whole questionnaire answered.
      await http.field<{ id: string }>(
        representative,
        'mutation save($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { id version } }',
        { input: { caseId, answers: sampleAnswers(shippedModel(), entityCode, 0.6) } },
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
      if (review.case.state !== ASSESSMENT_LOOP[0].from) {
        throw new Error(`el trámite de ${entityCode} quedó en ${review.case.state}, no en ${ASSESSMENT_LOOP[0].from}`);
      }
      return { http, entityCode, representative, caseId, version: review.case.version, step: 0 };
    }),
  );
}
