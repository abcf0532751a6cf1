import type { Queue } from 'bullmq';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

import { ErrorCode } from '../errors/app-error';
import { instantFor, type Orm } from '../orm/orm';
import type { Clock } from '../time/clock';
import { withTimeout } from '../timeout';
import { asDate } from '../workflow/case-store';

/**
 * The process's Prometheus metrics. One registry for the whole process, defined once at load:
 * Jest starts several systems in one process, and prom-client refuses a metric name registered
 * twice. What a running system contributes at scrape time (its database, its queues, its role) is
 * a source it registers while it runs (`registerMetricsSource`), not a metric of its own.
 *
 * Every label's values come from a fixed set (codes, outcomes, queue and job names the code
 * declares, process and event names of the machines) or are capped (GraphQL operation names, see
 * `operationLabel`), so no client can grow the number of series.
 */
export const registry = new Registry();

let defaults = false;
/**
 * Node's process metrics (CPU, memory, heap, event loop lag, GC, handles) under their usual names
 * (`process_*`, `nodejs_*`), which ready-made dashboards expect. Started with the first metrics
 * server, not at import: a process that exposes no metrics (the CLI, most tests) does not run the
 * event-loop monitor or the GC observer.
 */
export function collectProcessMetrics(): void {
  if (defaults) return;
  defaults = true;
  collectDefaultMetrics({ register: registry });
}

// ---------------------------------------------------------------------------------------------
// GraphQL

/** Operation names kept as they are; past this many distinct names, new ones count as `other`. */
export const MAX_OPERATION_NAMES = 200;
/** A GraphQL name of reasonable length (anything else is a client's mistake or noise). */
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,79}$/;
const operationNames = new Set<string>();
/** The labels this module gives itself: an operation a client names so counts as `other`. */
const RESERVED: ReadonlySet<string> = new Set(['anonymous', 'other', 'unauthenticated']);

/**
 * The `operation` label of a request. Only names of operations the server resolved (a document
 * that parsed and validated, from a signed-in caller: requests refused at the door never reach the
 * plugin) take one of the MAX_OPERATION_NAMES places, first come first kept for the life of the
 * process; later names, invalid names and names of unresolved requests not already kept are
 * `other`; an unnamed operation is `anonymous`. The frontends' own operations, used from the
 * start, take their places before any stray name could.
 */
export function operationLabel(name: string | null | undefined, resolved: boolean): string {
  if (!name) return 'anonymous';
  if (operationNames.has(name)) return name;
  if (!resolved || operationNames.size >= MAX_OPERATION_NAMES || !OPERATION_NAME.test(name) || RESERVED.has(name)) return 'other';
  operationNames.add(name);
  return name;
}

/** The `kind` label: the operation type, or `unknown` when the request never resolved one. */
export type OperationKind = 'query' | 'mutation' | 'subscription' | 'unknown';

/** The `code` values kept as they are (the API's stable codes and Apollo's request errors); anything else is INTERNAL_SERVER_ERROR. */
const ERROR_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'INTERNAL_SERVER_ERROR',
]);
export const INTERNAL = 'INTERNAL_SERVER_ERROR';
const errorCodeLabel = (code: unknown): string => (typeof code === 'string' && ERROR_CODES.has(code) ? code : INTERNAL);

const graphqlRequests = new Counter({
  name: 'cti_graphql_requests_total',
  help: 'Operaciones GraphQL atendidas (HTTP y WebSocket), por nombre de operación, tipo y resultado (ok, client_error, server_error).',
  labelNames: ['operation', 'kind', 'outcome'] as const,
  registers: [registry],
});
const graphqlErrors = new Counter({
  name: 'cti_graphql_errors_total',
  help: 'Errores GraphQL entregados a los clientes, por operación y extensions.code.',
  labelNames: ['operation', 'code'] as const,
  registers: [registry],
});
const graphqlDuration = new Histogram({
  name: 'cti_graphql_request_duration_seconds',
  help: 'Duración de las operaciones GraphQL por HTTP, desde que Apollo recibe la solicitud hasta la respuesta.',
  labelNames: ['operation', 'kind'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

const OUTCOMES = ['ok', 'client_error', 'server_error'] as const;
/** The operation labels' series already made (bounded like the labels: MAX_OPERATION_NAMES + 3 names × 4 kinds). */
const counted = new Set<string>();

/**
 * One GraphQL operation answered: its outcome from the codes of the errors the client got
 * (any internal error: server_error; only expected ones: client_error), each error counted by
 * code, and its duration when it has one (HTTP; a subscription lasts as long as the client wants).
 * prom-client's own instruments: a label lookup costs about a microsecond per request, which the
 * API benchmark does not see beside a request's milliseconds (docs/benchmarks.md).
 */
export function recordOperation(
  operation: string,
  kind: OperationKind,
  codes: readonly unknown[] | undefined,
  durationSeconds?: number,
): void {
  let outcome: (typeof OUTCOMES)[number] = 'ok';
  for (const raw of codes ?? []) {
    const code = errorCodeLabel(raw);
    if (code === INTERNAL) outcome = 'server_error';
    else if (outcome === 'ok') outcome = 'client_error';
    graphqlErrors.labels(operation, code).inc();
  }
  const key = `${kind} ${operation}`;
  if (!counted.has(key)) {
    // Every outcome from an operation's first request on, so a rate of server errors sees the first one.
    counted.add(key);
    for (const each of OUTCOMES) graphqlRequests.labels(operation, kind, each).inc(0);
  }
  graphqlRequests.labels(operation, kind, outcome).inc();
  if (durationSeconds !== undefined) graphqlDuration.labels(operation, kind).observe(durationSeconds);
}

/**
 * A GraphQL request refused before it reached an operation, which Apollo's per-request hooks never
 * see: at the door (no token, a token refused, the address over its limit: `unauthenticated`), or
 * as a malformed request (a body that is not JSON or is too large, a missing query, a CSRF refusal:
 * `other`). Counted with kind `unknown` and the code the client got; no duration.
 */
export function recordRefusal(operation: 'unauthenticated' | 'other', code: unknown): void {
  recordOperation(operation, 'unknown', [code]);
}

/** graphql-ws subscriptions open in this process. */
export const subscriptionsOpen = new Gauge({
  name: 'cti_subscriptions_open',
  help: 'Suscripciones GraphQL (graphql-ws) abiertas en este proceso.',
  registers: [registry],
});

// ---------------------------------------------------------------------------------------------
// Workflow, deadlines, mail

/** Labels: the process ids and event names the machines and modules declare (a fixed set). */
export const workflowTransitions = new Counter({
  name: 'cti_workflow_transitions_total',
  help: 'Cambios de trámites confirmados (transiciones, aperturas, prórrogas, enmiendas), por proceso y evento.',
  labelNames: ['process', 'event'] as const,
  registers: [registry],
});

export const deadlineLateness = new Histogram({
  name: 'cti_deadline_lateness_seconds',
  help: 'Retraso con que se procesa el vencimiento de un término: ahora menos el instante de vencimiento (reloj del sistema).',
  buckets: [0.5, 1, 5, 15, 30, 60, 300, 900, 3600, 6 * 3600, 24 * 3600],
  registers: [registry],
});

/** outcome: sent (SMTP accepted it), file (the embedded default's .eml), failed. */
export const mailDeliveries = new Counter({
  name: 'cti_mail_deliveries_total',
  help: 'Correos entregados al servidor SMTP (sent), escritos como .eml (file) o fallidos (failed).',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

// ---------------------------------------------------------------------------------------------
// Jobs (worker side)

const jobDuration = new Histogram({
  name: 'cti_job_duration_seconds',
  help: 'Duración de cada intento de un trabajo BullMQ, por cola y nombre de trabajo.',
  labelNames: ['queue', 'name'] as const,
  buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
  registers: [registry],
});
const jobs = new Counter({
  name: 'cti_jobs_total',
  help: 'Intentos de trabajos BullMQ terminados: completed, retried (falló y se reintentará) o failed (falló sin más reintentos).',
  labelNames: ['queue', 'name', 'outcome'] as const,
  registers: [registry],
});

export type JobOutcome = 'completed' | 'retried' | 'failed';
const JOB_OUTCOMES: readonly JobOutcome[] = ['completed', 'retried', 'failed'];
const MAIL_OUTCOMES = ['sent', 'file', 'failed'] as const;

/** A job's attempt ended. `name` must come from the handlers the worker registered (or be `other`). */
export function recordJob(queue: string, name: string, outcome: JobOutcome, durationSeconds: number | null): void {
  jobs.labels(queue, name, outcome).inc();
  if (durationSeconds !== null && durationSeconds >= 0) jobDuration.labels(queue, name).observe(durationSeconds);
}

/**
 * Shows every job series a worker can count, and the mail outcomes, at 0 from its start. prom-client
 * creates a labelled series on its first inc, so the first failure of a job type would appear
 * already at 1, and Prometheus's increase() over a series that starts at 1 is 0: CtiJobsFailed
 * would miss the first permanent failure after every deploy. `declared` are the worker's
 * (queue, job name) pairs; each of `queues` gets `other` too (a job with a name no handler declares).
 */
export function declareJobSeries(queues: readonly string[], declared: readonly { queue: string; name: string }[]): void {
  for (const { queue, name } of [...declared, ...queues.map((queue) => ({ queue, name: 'other' }))]) {
    for (const outcome of JOB_OUTCOMES) jobs.labels(queue, name, outcome).inc(0);
  }
  for (const outcome of MAIL_OUTCOMES) mailDeliveries.labels(outcome).inc(0);
}

// ---------------------------------------------------------------------------------------------
// Scrape-time sources

/** Which kind of process this is, for `cti_process_info`. */
export type ProcessRole = 'api' | 'worker' | 'embedded';

/** What a running system lets the scrape read: its database (outbox, terms, pool), its queues, its role. */
export interface MetricsSource {
  role: ProcessRole;
  orm: Orm;
  /** The system's clock: outbox rows and terms carry its instants (the adjustable clock in tests). */
  clock: Clock;
  /** The queues whose depth this process reports (a worker's); none for an API process. */
  queues?: readonly Queue[];
}

const sources = new Set<MetricsSource>();

/** Adds a running system's source; returns its removal (on stop). */
export function registerMetricsSource(source: MetricsSource): () => void {
  sources.add(source);
  return () => {
    sources.delete(source);
  };
}

/** How long a scrape waits for the database or Redis before it leaves their series out. */
const SCRAPE_TIMEOUT_MS = 2_000;
/** How overdue a pending term must be before it counts as not handled: the fire job's own normal delay stays out. */
const UNFIRED_GRACE_MS = 60_000;

const scrapeErrors = new Counter({
  name: 'cti_scrape_errors_total',
  help: 'Lecturas de la base de datos o de Redis que fallaron o tardaron más de 2 s durante un scrape (sus series quedan fuera de ese scrape).',
  labelNames: ['part'] as const,
  registers: [registry],
});

interface DatabaseFacts {
  pending: number;
  oldestSeconds: number;
  dueUnfired: number;
}

async function databaseFacts(source: MetricsSource): Promise<DatabaseFacts> {
  const knex = source.orm.em.getKnex();
  const instant = instantFor(source.orm.em);
  await source.clock.sync();
  const now = source.clock.now();
  // Both use an index: outbox (processed_at, created_at) and deadline (status, due_at).
  const [outbox, terms] = await Promise.all([
    knex('outbox').whereNull('processed_at').count({ pending: '*' }).min({ oldest: 'created_at' }).first(),
    knex('deadline')
      .where('status', 'PENDING')
      .where('due_at', '<', instant(new Date(now.getTime() - UNFIRED_GRACE_MS)))
      .count({ due: '*' })
      .first(),
  ]);
  const oldest = outbox?.oldest == null ? null : asDate(outbox.oldest);
  return {
    pending: Number(outbox?.pending ?? 0),
    oldestSeconds: oldest ? Math.max(0, (now.getTime() - oldest.getTime()) / 1000) : 0,
    dueUnfired: Number(terms?.due ?? 0),
  };
}

/**
 * The database facts of one scrape, read once for the three gauges that show them: prom-client
 * starts every metric's collect of a scrape at once, so the gauges share the reading while it is
 * under way, and the next scrape reads again. Every process reports them: they are the shared
 * database's, so an alert takes the max over processes, and they still show while no worker runs
 * (which is when the outbox grows). Several systems in one process (tests) report the largest.
 */
let reading: Promise<DatabaseFacts | null> | null = null;
function currentFacts(): Promise<DatabaseFacts | null> {
  reading ??= (async () => {
    const all = await Promise.all(
      [...sources].map((s) =>
        withTimeout(databaseFacts(s), SCRAPE_TIMEOUT_MS).catch(() => {
          scrapeErrors.labels('database').inc();
          return null;
        }),
      ),
    );
    const read = all.filter((f): f is DatabaseFacts => f !== null);
    if (!read.length) return null;
    return {
      pending: Math.max(...read.map((f) => f.pending)),
      oldestSeconds: Math.max(...read.map((f) => f.oldestSeconds)),
      dueUnfired: Math.max(...read.map((f) => f.dueUnfired)),
    };
  })().finally(() => {
    reading = null;
  });
  return reading;
}

/** A gauge set from the scrape's database facts; left without a sample when the database did not answer. */
function databaseGauge(name: string, help: string, pick: (f: DatabaseFacts) => number): Gauge {
  return new Gauge({
    name,
    help,
    registers: [registry],
    async collect() {
      const f = await currentFacts();
      if (f) this.set(pick(f));
      else this.reset();
    },
  });
}

databaseGauge('cti_outbox_pending', 'Filas del outbox aún no entregadas a BullMQ.', (f) => f.pending);
databaseGauge(
  'cti_outbox_oldest_pending_seconds',
  'Antigüedad de la fila del outbox más antigua sin entregar (0 si no hay ninguna): el retraso del relevo.',
  (f) => f.oldestSeconds,
);
databaseGauge(
  'cti_terms_due_unfired',
  'Términos PENDING cuyo vencimiento pasó hace más de un minuto: su vencimiento no se ha procesado.',
  (f) => f.dueUnfired,
);

/** tarn's pool, as knex keeps it. */
interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

new Gauge({
  name: 'cti_db_pool_connections',
  help: 'Conexiones del pool de la base de datos de este proceso: used, free, pending_acquires (esperas por una conexión), pending_creates.',
  labelNames: ['state'] as const,
  registers: [registry],
  collect() {
    this.reset();
    // Systems sharing an ORM in one process count its pool once.
    const pools = new Set<TarnPool>();
    for (const s of sources) {
      const pool = (s.orm.em.getKnex().client as { pool?: TarnPool }).pool;
      if (pool) pools.add(pool);
    }
    const sum = (f: (p: TarnPool) => number) => [...pools].reduce((n, p) => n + f(p), 0);
    if (!pools.size) return;
    this.labels('used').set(sum((p) => p.numUsed()));
    this.labels('free').set(sum((p) => p.numFree()));
    this.labels('pending_acquires').set(sum((p) => p.numPendingAcquires()));
    this.labels('pending_creates').set(sum((p) => p.numPendingCreates()));
  },
});

/** BullMQ states reported: what waits, runs, waits for its time, and what failed for good (kept 30 days). */
const JOB_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'failed'] as const;

new Gauge({
  name: 'cti_queue_jobs',
  help: 'Trabajos en cada cola BullMQ por estado (waiting, active, delayed, prioritized, waiting-children, failed), según los workers de este proceso.',
  labelNames: ['queue', 'state'] as const,
  registers: [registry],
  async collect() {
    this.reset();
    const queues = new Map<string, Queue>();
    // Several systems in one process (tests) may hold the same queue: it is read once.
    for (const s of sources) for (const q of s.queues ?? []) queues.set(`${q.opts.prefix ?? ''}/${q.name}`, q);
    const counts = await Promise.all(
      [...queues.values()].map((q) =>
        withTimeout(q.getJobCounts(...JOB_STATES), SCRAPE_TIMEOUT_MS).then(
          (c) => ({ queue: q.name, c }),
          () => {
            scrapeErrors.labels('queues').inc();
            return null;
          },
        ),
      ),
    );
    // Queues of the same name under different prefixes (test systems) add up.
    const total = new Map<string, number>();
    for (const r of counts) {
      if (!r) continue;
      for (const state of JOB_STATES) {
        const key = `${r.queue}\0${state}`;
        total.set(key, (total.get(key) ?? 0) + (r.c[state] ?? 0));
      }
    }
    for (const [key, n] of total) {
      const [queue, state] = key.split('\0');
      this.labels(queue, state).set(n);
    }
  },
});

new Gauge({
  name: 'cti_process_info',
  help: 'Siempre 1; role dice qué clase de proceso es (api, worker o embedded: API y worker en uno).',
  labelNames: ['role'] as const,
  registers: [registry],
  collect() {
    this.reset();
    for (const role of new Set([...sources].map((s) => s.role))) this.labels(role).set(1);
  },
});
