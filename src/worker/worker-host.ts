import { Worker, type Job, type Processor } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

import { outboxRoutesOf } from '../app/compose';
import { modules as allModules } from '../app/modules';
import type { Config } from '../config/env';
import type { AppServices } from '../core/graphql/context';
import { declareJobSeries, recordJob } from '../core/metrics/metrics';
import type { AppModule } from '../core/module';
import type { Orm } from '../core/orm/orm';
import type { JobDeps, JobHandler, ScheduledWork } from '../core/queue/job-deps';
import { OutboxRelay } from '../core/queue/outbox-relay';
import { bullConnection, bullPrefix, QueueName, Queues } from '../core/queue/queues';
import { withTimeout } from '../core/timeout';
import { CaseStore } from '../core/workflow/case-store';
import { RECONCILE, reconcile, type ReconcileResult } from './reconcile';

export interface WorkerDeps {
  config: Config;
  orm: Orm;
  redisUrl: string;
  logger: Logger;
  services: AppServices;
  /** The modules whose jobs this worker runs (tests may pass a subset); default: all of them. */
  modules?: readonly AppModule[];
}

export interface RunningWorker {
  queues: Queues;
  relay: OutboxRelay;
  /** Runs the reconciler now (also what the scheduled job does). */
  reconcile(): Promise<ReconcileResult>;
  /** Runs a module's scheduled maintenance now, by its name (also what its job scheduler does). */
  runScheduled(name: string): Promise<unknown>;
  /** Settles when the reconciliation and the modules' scheduled work run at start have finished. */
  started: Promise<ReconcileResult>;
  stop(): Promise<void>;
}

/** How long a graceful stop waits for jobs in flight before handing them back to the queue. */
const DRAIN_MS = 10_000;
/** How long a close may wait when Redis is already gone (it can only fail). */
const GONE_MS = 1_000;
/** How often the worker checks that Redis still holds its data (a flush or a restart without persistence). */
const REDIS_LOSS_CHECK_MS = 2_000;

/**
 * Terms end together (every term of a day at 23:59:59.999 Bogotá), and the notices and mail of the
 * first expiries would take the process's time from the expiries still waiting. So while a burst
 * of fire jobs runs (at least BURST at once), a notification or mail job, and the outbox relay's
 * next pass, wait for it to pass, at most FOLLOW_UP_WAIT_MS: a long stream of firings delays them
 * without stopping them, and a firing now and then (fewer than BURST at once) delays nothing.
 */
const BURST = 10;
const FOLLOW_UP_WAIT_MS = 5_000;

/** Counts the fire jobs running in this process; `idle()` settles when fewer than `burst` are, or after `maxWaitMs`. */
class FiringGate {
  private running = 0;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly burst: number,
    private readonly maxWaitMs: number,
  ) {}

  async around<T>(work: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await work();
    } finally {
      if (--this.running < this.burst) for (const release of this.waiters.splice(0)) release();
    }
  }

  idle(): Promise<void> {
    if (this.running < this.burst) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const release = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== release);
        resolve();
      }, this.maxWaitMs);
      this.waiters.push(release);
    });
  }
}

/**
 * The BullMQ side of the system: workers for deadlines, reminders, notifications and maintenance,
 * the outbox relay, the reconciler (at start, on a job scheduler, and whenever Redis is found to
 * have lost its data). Started by `src/worker.ts`, or inside the embedded default's one process.
 */
export async function startWorker(deps: WorkerDeps): Promise<RunningWorker> {
  const { config, logger, services } = deps;
  const log = logger.child({ component: 'worker' });
  const prefix = bullPrefix(config.redisPrefix);
  const producer = bullConnection(deps.redisUrl);
  producer.on('error', (err) => log.debug({ err }, 'redis (colas) no responde'));
  const queues = new Queues(producer, prefix);
  // Without a listener BullMQ prints every connection error to the console while Redis is away.
  for (const q of queues.all()) q.on('error', (err) => log.debug({ err, queue: q.name }, 'redis (cola) no responde'));
  const store = new CaseStore(deps.orm);
  const list = deps.modules ?? allModules;
  // Core's dependencies, then each module's worker-side services (the notification center, the mailer).
  const jobs = { config, orm: deps.orm, store, queues, clock: services.clock, logger: log, services } as JobDeps;
  for (const m of list) Object.assign(jobs, m.worker?.(jobs));
  const handlers = new Map<string, JobHandler>();
  for (const h of list.flatMap((m) => m.jobs?.(jobs) ?? [])) {
    if (handlers.has(`${h.queue}/${h.name}`)) throw new Error(`dos módulos atienden el trabajo ${h.name} en ${h.queue}`);
    handlers.set(`${h.queue}/${h.name}`, h);
  }
  const scheduled = new Map<string, ScheduledWork>(list.flatMap((m) => m.schedules?.(jobs) ?? []).map((w) => [w.name, w]));
  const runReconcile = async () => {
    const result = await reconcile(jobs, list);
    log.info(result, 'reconciliación: términos y correos pendientes vueltos a encolar');
    return result;
  };
  const runScheduled = (name: string): Promise<unknown> => {
    if (name === RECONCILE) return runReconcile();
    const work = scheduled.get(name);
    if (!work) throw new Error(`trabajo programado desconocido: ${name}`);
    return work.run();
  };
  const firing = new FiringGate(BURST, FOLLOW_UP_WAIT_MS);
  /** A queue's processor: each job goes to the handler its module declared for the job's name. */
  const route =
    (queue: QueueName): Processor =>
    async (job, token) => {
      if (queue === QueueName.MAINTENANCE && (job.name === RECONCILE || scheduled.has(job.name))) return runScheduled(job.name);
      const handler = handlers.get(`${queue}/${job.name}`);
      if (!handler) throw new Error(`trabajo desconocido en ${queue}: ${job.name}`);
      if (queue === QueueName.DEADLINES) return firing.around(() => handler.run(job, token));
      if (queue === QueueName.NOTIFICATIONS) await firing.idle();
      return handler.run(job, token);
    };
  /** A job's name as a metric label: one the worker declares, else `other` (anything can be put in a queue). */
  const jobLabel = (queue: QueueName, name: string): string =>
    handlers.has(`${queue}/${name}`) || (queue === QueueName.MAINTENANCE && (name === RECONCILE || scheduled.has(name))) ? name : 'other';
  /** BullMQ's own instants of the attempt (processedOn, finishedOn once it is final), in seconds. */
  const attemptSeconds = (job: Job): number | null => (job.processedOn ? ((job.finishedOn ?? Date.now()) - job.processedOn) / 1000 : null);
  const connections: Redis[] = [producer];
  const worker = (name: QueueName, concurrency: number, processor: Processor) => {
    const connection = bullConnection(deps.redisUrl);
    connection.on('error', (err) => log.debug({ err }, 'redis (worker) no responde'));
    connections.push(connection);
    const w = new Worker(name, processor, {
      connection,
      prefix,
      concurrency,
      lockDuration: config.jobs.lockMs,
      stalledInterval: Math.max(500, Math.floor(config.jobs.lockMs / 2)),
      maxStalledCount: 3,
    });
    w.on('completed', (job: Job) => recordJob(name, jobLabel(name, job.name), 'completed', attemptSeconds(job)));
    w.on('failed', (job: Job | undefined, err: Error) => {
      log.warn({ err, queue: name, jobId: job?.id, attempts: job?.attemptsMade }, 'trabajo fallido');
      // finishedOn is set only when the job went to the failed set for good (no attempt left, or unrecoverable).
      if (job) recordJob(name, jobLabel(name, job.name), job.finishedOn ? 'failed' : 'retried', attemptSeconds(job));
    });
    w.on('error', (err) => log.debug({ err, queue: name }, 'error del worker'));
    return w;
  };
  // Every series the workers below can count, at 0 before the first job ends (see declareJobSeries).
  declareJobSeries(Object.values(QueueName), [
    ...[...handlers.values()].map(({ queue, name }) => ({ queue, name })),
    ...[RECONCILE, ...scheduled.keys()].map((name) => ({ queue: QueueName.MAINTENANCE, name })),
  ]);
  const workers = [
    // Enough at once that the fire jobs of a burst of terms share round trips (see Expiries).
    worker(QueueName.DEADLINES, 50, route(QueueName.DEADLINES)),
    worker(QueueName.REMINDERS, 10, route(QueueName.REMINDERS)),
    // Few at once: when many terms end at the same instant, the expiries come first and the
    // notices and mail they cause follow; with as many slots as the deadlines, they took half
    // the process's time from the expiries still waiting.
    worker(QueueName.NOTIFICATIONS, 2, route(QueueName.NOTIFICATIONS)),
    worker(QueueName.MAINTENANCE, 1, route(QueueName.MAINTENANCE)),
    // One at a time: a report holds its whole table in memory, and the worker stays small.
    worker(QueueName.REPORTS, 1, route(QueueName.REPORTS)),
  ];

  // Relaying hands the notices of the expiries to BullMQ: it can wait for a burst of them to pass too.
  const relay = new OutboxRelay(store, queues, services.clock, log, config.jobs.relayPollMs, outboxRoutesOf(list), undefined, () =>
    firing.idle(),
  );
  relay.start();
  // A committed change anywhere (any API process) wakes the relay at once instead of at its next poll.
  const changes = services.caseEvents.subscribe(() => true);
  void (async () => {
    for await (const _change of changes) relay.nudge();
  })();

  // The first scheduled run comes one period from now: this process reconciles directly at start
  // and after a Redis loss, and a new scheduler's immediate run would repeat that work alongside.
  const everyMs = config.jobs.reconcileEverySeconds * 1000;
  const scheduleReconciler = async () => {
    await queues.maintenance.upsertJobScheduler(
      RECONCILE,
      { every: everyMs, startDate: Date.now() + everyMs },
      { name: RECONCILE, data: {} },
    );
    // The modules' maintenance: like the reconciler, each first scheduled run is one period away,
    // since this process runs them at start.
    for (const work of scheduled.values()) {
      await queues.maintenance.upsertJobScheduler(
        work.name,
        { every: work.everyMs, startDate: Date.now() + work.everyMs },
        { name: work.name, data: {} },
      );
    }
  };
  // A key only this worker's start writes: when it is gone, Redis lost its data (FLUSHALL, or a
  // restart without persistence) and with it the delayed jobs; the database has them all.
  const marker = `${config.redisPrefix}:worker:redis-epoch`;
  // Redis away for a while (a restart with its data, a network cut): the outbox keeps the
  // transitions' effects for the relay, but what the API processes could not queue meanwhile (a
  // report requested, a mail) waits in the database for the reconciler, which runs as soon as
  // Redis answers again rather than at its next period.
  let redisWasAway = false;
  producer.on('close', () => {
    redisWasAway = true;
  });
  const watchRedis = async () => {
    // Not while the connection is down: the check would only wait in the client's offline queue.
    if (producer.status !== 'ready') return;
    const lost = (await producer.exists(marker)) !== 1;
    if (!lost && !redisWasAway) return;
    if (lost) {
      log.warn(
        'Redis no tiene los datos del sistema (vaciado o reiniciado sin persistencia): se reconstruyen las colas desde la base de datos',
      );
    } else {
      log.info('Redis volvió: se encola desde la base de datos lo que no pudo encolarse mientras no respondía');
    }
    // Cleared first, so Redis going away again during the rebuild asks for another one.
    redisWasAway = false;
    try {
      await scheduleReconciler();
      await runReconcile();
      // Written only once the queues are rebuilt, so a failed rebuild is tried again at the next check.
      await producer.set(marker, new Date().toISOString());
    } catch (err) {
      redisWasAway = true;
      throw err;
    }
  };
  await producer.set(marker, new Date().toISOString());
  await scheduleReconciler();
  // Settles once the start's reconciliation and the modules' scheduled work are all done.
  const started = runReconcile().then(async (result) => {
    for (const work of scheduled.values()) {
      await work.run().catch((err: unknown) => log.error({ err, work: work.name }, 'un trabajo programado falló al iniciar'));
    }
    return result;
  });
  started.catch((err: unknown) => log.error({ err }, 'la reconciliación inicial falló'));
  let watching: Promise<void> | null = null;
  const watchTimer = setInterval(() => {
    if (watching) return;
    watching = watchRedis()
      .catch((err: unknown) => log.debug({ err }, 'no se pudo comprobar Redis'))
      .finally(() => {
        watching = null;
      });
  }, REDIS_LOSS_CHECK_MS);

  return {
    queues,
    relay,
    reconcile: runReconcile,
    runScheduled,
    started,
    stop: async () => {
      clearInterval(watchTimer);
      await changes.return?.();
      const relayStopped = relay.stop();
      // Without Redis nothing can be drained or handed back: the connections go first, so the
      // closes below fail fast instead of waiting for a Redis that may never return.
      const redisAway = await withTimeout(producer.ping(), GONE_MS).then(
        () => false,
        () => true,
      );
      if (redisAway) for (const c of connections) c.disconnect();
      // A relay pass waiting on that Redis is left behind: its rows stay unrelayed for the next worker.
      await withTimeout(relayStopped, redisAway ? 0 : DRAIN_MS).catch(() => undefined);
      // A reconciliation under way is left to finish on its own: with Redis away it would wait.
      await withTimeout(Promise.allSettled([watching, started]), redisAway ? 0 : DRAIN_MS).catch(() => undefined);
      // Jobs in flight are finished within DRAIN_MS; past that the workers are closed anyway and
      // their jobs, whose locks lapse, go back to the queue for another worker (at-least-once).
      await Promise.all(
        workers.map(async (w) => {
          const drained = redisAway
            ? false
            : await withTimeout(w.close(), DRAIN_MS).then(
                () => true,
                () => false,
              );
          if (!drained) await withTimeout(w.close(true), redisAway ? GONE_MS : DRAIN_MS).catch(() => undefined);
        }),
      );
      await withTimeout(queues.close(), redisAway ? GONE_MS : DRAIN_MS).catch(() => undefined);
      for (const m of list) await m.stopWorker?.(jobs);
      for (const c of connections) c.disconnect();
    },
  };
}
