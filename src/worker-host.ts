import { Worker, type Job, type Processor } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

import type { Config } from './config/env';
import type { AppServices } from './core/graphql/context';
import type { Orm } from './core/orm/orm';
import { OutboxRelay } from './core/queue/outbox-relay';
import { bullConnection, bullPrefix, QueueName, Queues } from './core/queue/queues';
import { withTimeout } from './core/timeout';
import { CaseStore } from './core/workflow/case-store';
import { PROMOTE_WAITLIST, promoteWaitlist } from './modules/cofinancing/promote-waitlist.job';
import type { JobDeps } from './modules/deadlines/deadline-jobs';
import { fireDeadline } from './modules/deadlines/fire-deadline.job';
import { RECONCILE, reconcile, type ReconcileResult } from './modules/deadlines/reconcile-deadlines.job';
import { sendReminder } from './modules/deadlines/send-reminder.job';
import { SWEEP_PLAN_REPORTS, sweepPlanReports, type SweepResult } from './modules/follow-up/sweep-plan-reports.job';
import { DELIVER_NOTIFICATION, deliverNotification } from './modules/notifications/deliver-notification.job';
import { Mailer } from './modules/notifications/mailer';
import { NotificationCenter } from './modules/notifications/notification-center';
import { SEND_MAIL, sendMail } from './modules/notifications/send-mail.job';
import { generateReport, type ReportJobDeps } from './modules/reports/generate-report.job';

export interface WorkerDeps {
  config: Config;
  orm: Orm;
  redisUrl: string;
  logger: Logger;
  services: AppServices;
}

export interface RunningWorker {
  queues: Queues;
  relay: OutboxRelay;
  /** Runs the reconciler now (also what the scheduled job does). */
  reconcile(): Promise<ReconcileResult>;
  /** Reminds and flags action plans' progress reports now (also what the hourly job does). */
  sweepPlanReports(): Promise<SweepResult>;
  /** Settles when the reconciliation and the progress-report sweep run at start have finished. */
  started: Promise<ReconcileResult>;
  stop(): Promise<void>;
}

/** How long a graceful stop waits for jobs in flight before handing them back to the queue. */
const DRAIN_MS = 10_000;
/** How long a close may wait when Redis is already gone (it can only fail). */
const GONE_MS = 1_000;
/** How often the worker checks that Redis still holds its data (a flush or a restart without persistence). */
const REDIS_LOSS_CHECK_MS = 2_000;
/** How often action plans' report schedules are swept for reminders and overdue notices. */
const SWEEP_EVERY_MS = 3600_000;

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
  const center = new NotificationCenter(store, queues, services.notificationEvents, config.mail, services.clock);
  const mailer = new Mailer(config.mail);
  const jobs: JobDeps = {
    store,
    runtime: services.runtime,
    registry: services.registry,
    directory: services.directory,
    clock: services.clock,
    center,
    queues,
    logger: log,
  };
  const reportDeps: ReportJobDeps = {
    orm: deps.orm,
    clock: services.clock,
    cti: services.cti,
    models: services.models,
    registry: services.registry,
    directory: services.directory,
    events: services.reportEvents,
    logger: log,
    stepDelayMs: config.jobs.reportStepDelayMs,
  };
  const runReconcile = async () => {
    const result = await reconcile(jobs);
    log.info(result, 'reconciliación: términos y correos pendientes vueltos a encolar');
    return result;
  };

  const runSweep = async () => {
    const result = await sweepPlanReports({
      em: deps.orm.em.fork(),
      clock: services.clock,
      plans: services.plans,
      directory: services.directory,
      center,
    });
    if (result.reminders || result.overdue) log.info(result, 'reportes de avance: recordatorios y vencidos notificados');
    return result;
  };
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
    w.on('failed', (job: Job | undefined, err: Error) =>
      log.warn({ err, queue: name, jobId: job?.id, attempts: job?.attemptsMade }, 'trabajo fallido'),
    );
    w.on('error', (err) => log.debug({ err, queue: name }, 'error del worker'));
    return w;
  };
  const workers = [
    worker(QueueName.DEADLINES, 20, (job, token) => fireDeadline(jobs, job, token)),
    worker(QueueName.REMINDERS, 10, (job, token) => sendReminder(jobs, job, token)),
    worker(QueueName.NOTIFICATIONS, 10, async (job) => {
      if (job.name === DELIVER_NOTIFICATION) return deliverNotification(jobs, job);
      if (job.name === SEND_MAIL) return sendMail({ center, mailer }, job);
      throw new Error(`trabajo desconocido en notifications: ${job.name}`);
    }),
    worker(QueueName.MAINTENANCE, 1, async (job) => {
      if (job.name === RECONCILE) return runReconcile();
      if (job.name === PROMOTE_WAITLIST) return promoteWaitlist(jobs, job);
      if (job.name === SWEEP_PLAN_REPORTS) return runSweep();
      throw new Error(`trabajo desconocido en maintenance: ${job.name}`);
    }),
    // One at a time: a report holds its whole table in memory, and the worker stays small.
    worker(QueueName.REPORTS, 1, (job) => generateReport(reportDeps, job)),
  ];

  const relay = new OutboxRelay(store, queues, services.clock, log, config.jobs.relayPollMs);
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
    // Progress reports fall due by the day: an hourly sweep says it within the hour, once. Like the
    // reconciler, its first scheduled run is one period away: this process sweeps at start.
    await queues.maintenance.upsertJobScheduler(
      SWEEP_PLAN_REPORTS,
      { every: SWEEP_EVERY_MS, startDate: Date.now() + SWEEP_EVERY_MS },
      { name: SWEEP_PLAN_REPORTS, data: {} },
    );
  };
  // A key only this worker's start writes: when it is gone, Redis lost its data (FLUSHALL, or a
  // restart without persistence) and with it the delayed jobs; the database has them all.
  const marker = `${config.redisPrefix}:worker:redis-epoch`;
  const watchRedis = async () => {
    if ((await producer.exists(marker)) === 1) return;
    log.warn(
      'Redis no tiene los datos del sistema (vaciado o reiniciado sin persistencia): se reconstruyen las colas desde la base de datos',
    );
    await scheduleReconciler();
    await runReconcile();
    // Written only once the queues are rebuilt, so a failed rebuild is tried again at the next check.
    await producer.set(marker, new Date().toISOString());
  };
  await producer.set(marker, new Date().toISOString());
  await scheduleReconciler();
  // Settles once the start's reconciliation and progress-report sweep are both done.
  const started = runReconcile().then(async (result) => {
    await runSweep().catch((err: unknown) => log.error({ err }, 'el barrido inicial de reportes de avance falló'));
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
    sweepPlanReports: runSweep,
    started,
    stop: async () => {
      clearInterval(watchTimer);
      await changes.return?.();
      await relay.stop();
      // Without Redis nothing can be drained or handed back: the connections go first, so the
      // closes below fail fast instead of waiting for a Redis that may never return.
      const redisAway = await withTimeout(producer.ping(), GONE_MS).then(
        () => false,
        () => true,
      );
      if (redisAway) for (const c of connections) c.disconnect();
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
      mailer.close();
      for (const c of connections) c.disconnect();
    },
  };
}
