// Fault injection against the durable side of the system: a worker killed while it sends a mail,
// Redis losing all its data, an API process dying between its commit and any enqueue, and a
// graceful stop with a job in flight. Workers and the API run as real child processes (the
// production entry points under ts-node) where the fault is a process dying; Redis is a private
// server of this file, so FLUSHALL cannot touch other test files. The last block covers a passing
// database error at expiry and a notification job lost with Redis's data.
import { outboxRoutesOf } from '../../src/app/compose';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { OutboxRelay } from '../../src/core/queue/outbox-relay';
import type { Queues } from '../../src/core/queue/queues';
import { CaseStore } from '../../src/core/workflow/case-store';
import { fireJobId, jobsOf } from '../../src/modules/deadlines/deadline-jobs';
import { PURGE_DOCUMENTS } from '../../src/modules/documents/purge-documents.job';
import { SWEEP_PLAN_REPORTS } from '../../src/modules/follow-up/sweep-plan-reports.job';
import { SEND_DIGESTS } from '../../src/modules/notifications/send-digest.job';
import { sendMailJobId } from '../../src/modules/notifications/send-mail.job';
import { OPEN_DATA_FIGURES } from '../../src/modules/open-data/open-data.jobs';
import { RECONCILE } from '../../src/worker/reconcile';
import { startWorker } from '../../src/worker/worker-host';
import { CaseDocument, RequestAccompanimentDocument, StartApplicationDocument } from '../graphql/generated';
import { requestInput } from '../support/accompaniment';
import { act, applicationInCommittee, fundsOf, historyOf, publishedCall, stateReached } from '../support/cofinancing';
import {
  closeQueues,
  deadlinesOf,
  eventually,
  knexOf,
  moveClockTo,
  notificationsSettled,
  outboxOf,
  queuesOf,
  startPrivateRedis,
  type PrivateRedis,
} from '../support/fault-injection';
import { execute } from '../support/http';
import { killServiceProcesses, processEnv, startServiceProcess } from '../support/service-process';
import { notificationIdOf, startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { actors, drive, municipalities, openProgramme, sendEvent, validatedAssessment, type Actors } from '../support/workflow';

const ENTITY = '05001';
const WORKER_READY = 'worker listo';
const RECONCILED = 'reconciliación: términos y correos pendientes vueltos a encolar';
/** The raw key of an API (global) id: what the rows read below (`case_id`, outbox, deadlines) hold. */
const keyOf = (id: string) => fromGlobalId(id)!.key;

let redis: PrivateRedis;
/** What each test started, stopped after it in reverse order even when it fails. */
let cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  redis = await startPrivateRedis();
});
afterEach(async () => {
  await killServiceProcesses();
  for (const stop of cleanups.reverse()) await stop().catch(() => undefined);
  cleanups = [];
});
afterAll(async () => {
  await redis?.stop();
});

/** The system of one test: its own database and Redis prefix on this file's Redis, adjustable clock. */
async function system(env: Record<string, string> = {}, options: { worker?: boolean } = {}): Promise<{ app: TestSystem; queues: Queues }> {
  const app = await startTestSystem(
    { REDIS_URL: redis.url, CLOCK: 'adjustable', JOB_LOCK_MS: '2000', RELAY_POLL_MS: '100', ...env },
    options,
  );
  cleanups.push(() => app.stop());
  const queues = queuesOf(app);
  cleanups.push(() => closeQueues(queues));
  return { app, queues };
}

/** An SMTP server for the workers of one test, stopped after it. */
async function smtpSink(): Promise<SmtpSink> {
  const smtp = await startSmtpSink();
  cleanups.push(() => smtp.stop());
  return smtp;
}

async function requestAccompaniment(app: TestSystem, who: Actors): Promise<string> {
  const res = await execute(app.url, RequestAccompanimentDocument, { input: requestInput('ROADMAP') }, { token: who.member });
  if (res.errors) throw new Error(res.errors[0].message);
  return res.data!.requestAccompaniment.case.id;
}

/** An application of the entity taken to the eligibility review (the entity has a validated assessment). */
async function applicationInReview(app: TestSystem, who: Actors, callId: string): Promise<string> {
  const res = await execute(app.url, StartApplicationDocument, { input: { callId } }, { token: who.member });
  if (res.errors) throw new Error(res.errors[0].message);
  const id = res.data!.startApplication.case.id;
  for (const event of ['SUBMIT', 'START_ELIGIBILITY_REVIEW']) await drive(app, who, 'COFINANCING_APPLICATION', id, event);
  return id;
}

async function caseOf(app: TestSystem, token: string, id: string) {
  const res = await execute(app.url, CaseDocument, { id }, { token });
  if (res.errors) throw new Error(res.errors[0].message);
  return res.data!.case!;
}

/**
 * The entity's validated assessment on a system of its own, and a first worker process sending its
 * mail to an SMTP sink, once the assessment's own notifications have gone out: from then on, only
 * the mail a test causes is in flight. `workerEnv` starts another worker like it.
 */
async function mailWorker() {
  const smtp = await smtpSink();
  const { app, queues } = await system();
  const knex = knexOf(app);
  const who = await actors(app, ENTITY);
  const { cycleId } = await openProgramme(app, who.coordinator);
  await validatedAssessment(app, who, cycleId);

  const workerEnv = processEnv(app.config, { SMTP_URL: smtp.url, JOB_LOCK_MS: '2000', RELAY_POLL_MS: '100' });
  const first = startServiceProcess('src/worker.ts', workerEnv);
  await first.waitForLog(WORKER_READY);
  await notificationsSettled(app, queues);
  return { smtp, app, queues, knex, who, workerEnv, first };
}

const jobState = async (queues: Queues, queue: 'deadlines' | 'notifications', id: string) =>
  (await (await queues[queue].getJob(id))?.getState()) ?? 'missing';

describe('a worker process killed while it sends a mail', () => {
  it('leaves the job to the next worker, which sends the notification exactly once', async () => {
    const { smtp, app, queues, knex, who, workerEnv, first } = await mailWorker();
    // The first message from now on is read and never answered: the worker waits on it when it dies.
    smtp.setPolicy(() => (smtp.held.length === 0 ? { action: 'hold' } : { action: 'accept' }));

    const caseId = await requestAccompaniment(app, who);
    const held = await eventually('el servidor SMTP recibe y retiene el correo', () => smtp.held[0]);
    const notificationId = notificationIdOf(held)!;
    const notification = await knex('notification').where({ id: notificationId }).first();
    expect(notification).toMatchObject({
      case_id: keyOf(caseId),
      kind: 'CASE_UPDATE',
      audience_kind: 'COORDINATORS',
      email_status: 'PENDING',
    });
    // The coordinators' mail goes to each active coordinator of the directory: here the one `actors` enrolled.
    expect(held.to).toEqual(['coordinator@test']);

    first.kill('SIGKILL');
    expect(await first.exited).toMatchObject({ signal: 'SIGKILL' });
    // The dead worker still holds the job's lock: BullMQ sees it active until the lock lapses.
    expect(await jobState(queues, 'notifications', sendMailJobId(notificationId))).toBe('active');
    expect(smtp.acceptedWithId(held.messageId!)).toHaveLength(0);

    const second = startServiceProcess('src/worker.ts', workerEnv);
    await second.waitForLog(WORKER_READY);
    await eventually(
      'el segundo worker reintenta el trabajo detenido',
      async () => (await jobState(queues, 'notifications', sendMailJobId(notificationId))) === 'completed',
      25_000,
    );

    // Sent once: the held attempt never got its 250, the retry did; the row says SENT; once the job
    // completed, nothing can send it again (the row is no longer PENDING).
    expect(smtp.acceptedWithId(held.messageId!)).toHaveLength(1);
    expect(smtp.received.filter((m) => m.messageId === held.messageId)).toHaveLength(2);
    const job = await queues.notifications.getJob(sendMailJobId(notificationId));
    expect(job!.stalledCounter).toBeGreaterThanOrEqual(1);
    expect(await knex('notification').where({ id: notificationId }).first()).toMatchObject({ email_status: 'SENT' });
    const [cause] = (await outboxOf(app, keyOf(caseId))).filter((r) => r.kind === 'notification');
    const sameCause = await knex('notification').where({ case_id: keyOf(caseId), kind: 'CASE_UPDATE', audience_kind: 'COORDINATORS' });
    expect(sameCause).toHaveLength(1);
    expect(sameCause[0]).toMatchObject({ id: notificationId, dedupe_key: `outbox:${cause.id}` });

    second.kill('SIGTERM');
    expect(await second.exited).toMatchObject({ code: 0 });
  });
});

describe('Redis loses all its data (FLUSHALL)', () => {
  it('the worker notices, rebuilds every pending term from the database, and each one fires', async () => {
    const { app } = await system({}, { worker: true });
    const worker = app.system.worker!;
    const { queues } = worker;
    const codes = await municipalities(app, 5);
    const coordinator = (await actors(app, codes[0])).coordinator;
    const { cycleId, callId } = await openProgramme(app, coordinator);
    const applications: string[] = [];
    const requests: string[] = [];
    for (const [i, code] of codes.entries()) {
      const who = await actors(app, code);
      await validatedAssessment(app, who, cycleId);
      const id = await applicationInReview(app, who, callId);
      await drive(app, who, 'COFINANCING_APPLICATION', id, 'REQUEST_CORRECTIONS');
      applications.push(id);
      if (i < 2) requests.push(await requestAccompaniment(app, who));
    }
    const terms = await deadlinesOf(app, [...applications, ...requests].map(keyOf));
    expect(
      terms
        .filter((d) => d.status === 'PENDING')
        .map((d) => d.kind)
        .sort(),
    ).toEqual([...Array(2).fill('ACCOMPANIMENT_RESPONSE'), ...Array(5).fill('CORRECTIONS')]);
    const pending = terms.filter((d) => d.status === 'PENDING');
    await eventually('cada término tiene su trabajo diferido en Redis', async () => {
      const states = await Promise.all(pending.map((d) => jobState(queues, 'deadlines', fireJobId(d))));
      return states.every((s) => s === 'delayed');
    });

    // Each term's next reminder is queued beside its firing (both are 5 or more business days away).
    const reminderIds = pending.map((d) => jobsOf(d, new Date()).reminder!.opts.jobId!);
    expect(await Promise.all(reminderIds.map((id) => queues.reminders.getJob(id).then((j) => j?.id)))).toEqual(reminderIds);

    const flushedAt = Date.now();
    expect(await redis.client.flushall()).toBe('OK');

    // The watcher sees its marker gone and reconciles: the same jobs, re-created after the flush.
    await eventually(
      'los trabajos de los términos vuelven a Redis',
      async () => {
        const jobs = await Promise.all(pending.map((d) => queues.deadlines.getJob(fireJobId(d))));
        return jobs.every((job) => job && job.timestamp >= flushedAt) ? jobs : false;
      },
      15_000,
    );
    expect(await queues.deadlines.getDelayedCount()).toBe(pending.length);
    // Each term's next reminder too; the stale reminders of closed terms (the assessments' own) are
    // not brought back.
    await eventually('los recordatorios vuelven a Redis', async () => {
      const jobs = await Promise.all(reminderIds.map((id) => queues.reminders.getJob(id)));
      return jobs.every((job) => job && job.timestamp >= flushedAt);
    });
    expect(await queues.reminders.getDelayedCount()).toBe(pending.length);
    const schedulers = await eventually(
      'el reconciliador, el barrido de reportes, el de resúmenes diarios, la purga de documentos y las cifras de datos abiertos programados vuelven a existir',
      async () => {
        const list = await queues.maintenance.getJobSchedulers();
        return list.length === 5 ? list : false;
      },
    );
    expect(schedulers.map((s) => s.key).sort()).toEqual(
      [RECONCILE, SWEEP_PLAN_REPORTS, SEND_DIGESTS, PURGE_DOCUMENTS, OPEN_DATA_FIGURES].sort(),
    );
    expect(schedulers.find((s) => s.key === RECONCILE)!.every).toBe(app.config.jobs.reconcileEverySeconds * 1000);

    const lastDue = Math.max(...pending.map((d) => d.dueAt.getTime()));
    await moveClockTo(app, new Date(lastDue + 60_000));
    await queues.deadlines.promoteJobs();

    await eventually(
      'cada postulación rechazada por desistimiento y cada solicitud vencida',
      async () => {
        const now = await deadlinesOf(
          app,
          pending.map((d) => d.caseId),
        );
        return now
          .filter((d) => pending.some((p) => p.id === d.id))
          .every((d) => d.status === (d.kind === 'CORRECTIONS' ? 'EXPIRED' : 'OVERDUE'));
      },
      20_000,
    );
    for (const id of applications) {
      expect(await caseOf(app, coordinator, id)).toMatchObject({ state: 'rejected', outcome: 'DESISTIMIENTO', final: true });
    }
    for (const id of requests) {
      // Ministry-side: the request stays open, flagged overdue, and the coordinators are told once.
      expect(await caseOf(app, coordinator, id)).toMatchObject({ state: 'requested', final: false });
      const overdue = await knexOf(app)('notification').where({ case_id: keyOf(id), kind: 'DEADLINE_OVERDUE' });
      expect(overdue).toHaveLength(1);
      expect(overdue[0]).toMatchObject({ audience_kind: 'COORDINATORS' });
    }
  });
});

describe('an API process that dies after its commit', () => {
  it('loses nothing: the outbox row waits for a worker, whose relay schedules the term, which fires', async () => {
    const { app, queues } = await system({ RECONCILE_EVERY_SECONDS: '86400' });
    const knex = knexOf(app);
    const [crashCode, lostCode] = await municipalities(app, 2);
    const crashWho = await actors(app, crashCode);
    const lostWho = await actors(app, lostCode);
    const { cycleId, callId } = await openProgramme(app, crashWho.coordinator);
    await validatedAssessment(app, crashWho, cycleId);
    await validatedAssessment(app, lostWho, cycleId);
    const crashed = await applicationInReview(app, crashWho, callId);
    const lost = await applicationInReview(app, lostWho, callId);

    // A production API process on the same database and Redis commits the transition, and is
    // killed as soon as it has answered. No worker runs anywhere yet.
    const api = startServiceProcess('src/api.ts', processEnv(app.config, { PORT: '0', HOST: '127.0.0.1' }));
    const ready = await api.waitForLog('API lista');
    const apiUrl = String(ready.url).replace(/\/graphql$/, '');
    const res = await sendEvent({ ...app, url: apiUrl }, crashWho.coordinator, 'COFINANCING_APPLICATION', crashed, 'REQUEST_CORRECTIONS');
    api.kill('SIGKILL');
    expect(res.errors).toBeUndefined();
    expect(res.result!.case).toMatchObject({ state: 'correctionsRequested' });
    expect(await api.exited).toMatchObject({ signal: 'SIGKILL' });

    const [term] = (await deadlinesOf(app, [keyOf(crashed)])).filter((d) => d.state === 'correctionsRequested');
    expect(term).toMatchObject({ status: 'PENDING', kind: 'CORRECTIONS', onExpire: 'CORRECTIONS_TERM_EXPIRED' });
    // The corrections term's row (the filing's wrote one for the ministry's review term before it).
    const schedule = (await outboxOf(app, keyOf(crashed))).filter(
      (r) => r.kind === 'deadline.schedule' && r.case_version === term.caseVersion,
    );
    expect(schedule).toHaveLength(1);
    expect(schedule[0].processed_at).toBeNull();
    expect(await queues.deadlines.getJob(fireJobId(term))).toBeUndefined();
    expect(await queues.deadlines.count()).toBe(0);

    // The other application's term is relayed normally; its job is then lost by hand below.
    await drive(app, lostWho, 'COFINANCING_APPLICATION', lost, 'REQUEST_CORRECTIONS');
    const [lostTerm] = (await deadlinesOf(app, [keyOf(lost)])).filter((d) => d.state === 'correctionsRequested');

    const worker = await startWorker({
      config: app.config,
      orm: app.system.orm,
      redisUrl: app.system.redisUrl,
      logger: app.system.logger,
      services: app.system.api.services,
    });
    cleanups.push(() => worker.stop());
    await worker.started;
    await eventually('el relevo entrega la fila del outbox y el término queda programado', async () => {
      const rows = await knex('outbox').whereIn('case_id', [crashed, lost].map(keyOf)).whereNull('processed_at');
      if (rows.length) return false;
      return (
        (await jobState(queues, 'deadlines', fireJobId(term))) === 'delayed' &&
        (await jobState(queues, 'deadlines', fireJobId(lostTerm))) === 'delayed'
      );
    });
    const fire = await queues.deadlines.getJob(fireJobId(term));
    expect(Math.abs(fire!.timestamp + fire!.delay - term.dueAt.getTime())).toBeLessThan(5_000);
    // The schedulers' first runs (the reconciler's, the progress-report sweep's, the daily
    // digests', the documents' purge and the open data figures) are one period away (the worker
    // ran them directly at start), so nothing but the call below restores a job.
    const maintenance = await worker.queues.maintenance.getJobCounts('waiting', 'active', 'completed', 'delayed');
    expect(maintenance).toMatchObject({ waiting: 0, active: 0, completed: 0, delayed: 5 });

    // Variant: a term whose outbox row was relayed but whose job never reached Redis.
    expect(await queues.deadlines.remove(fireJobId(lostTerm))).toBe(1);
    expect(await queues.deadlines.getJob(fireJobId(lostTerm))).toBeUndefined();
    expect((await outboxOf(app, keyOf(lost))).every((r) => r.processed_at !== null)).toBe(true);
    const reconciled = await worker.reconcile();
    expect(reconciled.deadlines).toBeGreaterThanOrEqual(2);
    const restored = await queues.deadlines.getJob(fireJobId(lostTerm));
    expect(await restored!.getState()).toBe('delayed');
    expect(Math.abs(restored!.timestamp + restored!.delay - lostTerm.dueAt.getTime())).toBeLessThan(5_000);

    await moveClockTo(app, new Date(Math.max(term.dueAt.getTime(), lostTerm.dueAt.getTime()) + 60_000));
    await queues.deadlines.promoteJobs();
    await eventually('los dos términos vencen', async () => {
      const rows = await knex('deadline').whereIn('id', [term.id, lostTerm.id]).select('status');
      return rows.length === 2 && rows.every((r: { status: string }) => r.status === 'EXPIRED');
    });
    for (const id of [crashed, lost]) {
      expect(await caseOf(app, crashWho.coordinator, id)).toMatchObject({ state: 'rejected', outcome: 'DESISTIMIENTO' });
    }
  });
});

describe('a worker process stopped with SIGTERM while it sends a mail', () => {
  it('finishes the job before exiting 0, and the next worker does not send it again', async () => {
    const { smtp, app, queues, knex, who, workerEnv, first } = await mailWorker();
    const before = smtp.received.length;
    // From now on the server answers each message 1.5 s after reading it.
    smtp.setPolicy(() => ({ action: 'accept', delayMs: 1500 }));

    const caseId = await requestAccompaniment(app, who);
    const inFlight = await eventually('el servidor SMTP está leyendo el correo', () => smtp.received[before]);
    const notificationId = notificationIdOf(inFlight)!;
    expect(await knex('notification').where({ id: notificationId }).first()).toMatchObject({
      case_id: keyOf(caseId),
      email_status: 'PENDING',
    });
    const signalledAt = Date.now();
    first.kill('SIGTERM');
    const exit = await first.exited;
    expect(exit).toMatchObject({ code: 0, signal: null });

    const accepted = smtp.acceptedWithId(inFlight.messageId!);
    expect(accepted).toHaveLength(1);
    expect(accepted[0].acceptedAt!).toBeGreaterThan(signalledAt);
    expect(accepted[0].acceptedAt!).toBeLessThanOrEqual(exit.at);
    expect(await knex('notification').where({ id: notificationId }).first()).toMatchObject({ email_status: 'SENT' });
    expect(await jobState(queues, 'notifications', sendMailJobId(notificationId))).toBe('completed');

    const second = startServiceProcess('src/worker.ts', workerEnv);
    await second.waitForLog(WORKER_READY);
    const reconciled = await second.waitForLog(RECONCILED);
    expect(reconciled).toMatchObject({ mails: 0 });
    await notificationsSettled(app, queues);
    expect(smtp.received.filter((m) => m.messageId === inFlight.messageId)).toHaveLength(1);
    second.kill('SIGTERM');
    expect(await second.exited).toMatchObject({ code: 0 });
  });
});

/** Waits until a queue has nothing waiting, running or delayed (what was queued has been handled). */
const queueIdle = (queues: Queues, queue: 'deadlines' | 'notifications') =>
  eventually(`cola ${queue} sin trabajos pendientes`, async () => {
    const counts = await queues[queue].getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
    return Object.values(counts).every((n) => n === 0);
  });

describe('faults the reconciler repairs', () => {
  it('a term whose expiry hit a passing database error still expires once the database is back', async () => {
    // A failed job keeps its deterministic id in the failed set: the reconciler retries it.
    const { app } = await system({ RECONCILE_EVERY_SECONDS: '86400' }, { worker: true });
    const worker = app.system.worker!;
    const { queues } = worker;
    const knex = knexOf(app);
    const who = await actors(app, ENTITY);
    const { cycleId, callId } = await openProgramme(app, who.coordinator);
    await validatedAssessment(app, who, cycleId);
    const id = await applicationInReview(app, who, callId);
    await drive(app, who, 'COFINANCING_APPLICATION', id, 'REQUEST_CORRECTIONS');
    const [term] = (await deadlinesOf(app, [keyOf(id)])).filter((d) => d.status === 'PENDING');
    await eventually('el término está programado', async () => (await jobState(queues, 'deadlines', fireJobId(term))) === 'delayed');

    // The database refuses the expiry's write (a table is missing for a moment).
    await knex.schema.renameTable('case_history', 'case_history_unavailable');
    try {
      await moveClockTo(app, new Date(term.dueAt.getTime() + 60_000));
      await queues.deadlines.promoteJobs();
      await eventually('el primer intento falla', async () => ((await queues.deadlines.getJob(fireJobId(term)))?.attemptsMade ?? 0) >= 1);
    } finally {
      await knex.schema.renameTable('case_history_unavailable', 'case_history');
    }
    await worker.reconcile();
    await queues.deadlines.promoteJobs();
    await queueIdle(queues, 'deadlines');
    expect((await deadlinesOf(app, [keyOf(id)])).find((d) => d.id === term.id)).toMatchObject({ status: 'EXPIRED' });
    expect(await caseOf(app, who.coordinator, id)).toMatchObject({ state: 'rejected', outcome: 'DESISTIMIENTO' });
  });

  it('a change relayed to Redis and lost with it before delivery still notifies its audience', async () => {
    // The relay marks the outbox row processed once the deliver-notification job is in Redis; the
    // reconciler delivers again recent effects that left no notification.
    const { app, queues } = await system({ RECONCILE_EVERY_SECONDS: '86400' });
    const who = await actors(app, ENTITY);
    const { cycleId } = await openProgramme(app, who.coordinator);
    await validatedAssessment(app, who, cycleId);
    const caseId = await requestAccompaniment(app, who);
    // Relayed by a relay whose process then stops (no worker ran the job), and Redis loses it.
    const relay = new OutboxRelay(
      new CaseStore(app.system.orm),
      queues,
      app.system.api.services.clock,
      app.system.logger,
      60_000,
      outboxRoutesOf(),
    );
    expect(await relay.relayOnce()).toBeGreaterThan(0);
    expect((await outboxOf(app, keyOf(caseId))).every((r) => r.processed_at !== null)).toBe(true);
    expect(await redis.client.flushall()).toBe('OK');

    const worker = await startWorker({
      config: app.config,
      orm: app.system.orm,
      redisUrl: app.system.redisUrl,
      logger: app.system.logger,
      services: app.system.api.services,
    });
    cleanups.push(() => worker.stop());
    await worker.started;
    await worker.reconcile();
    await queueIdle(queues, 'notifications');
    const notifications = await knexOf(app)('notification').where({ case_id: keyOf(caseId), audience_kind: 'COORDINATORS' });
    expect(notifications).toHaveLength(1);
  });
});

describe('a worker process stopped with SIGTERM after its Redis went away', () => {
  it('exits 0 without waiting for the Redis that is gone, and without printing connection errors', async () => {
    const { app } = await system();
    // A Redis of its own, so stopping it touches nobody else.
    const own = await startPrivateRedis();
    cleanups.push(() => own.stop());
    const worker = startServiceProcess('src/worker.ts', processEnv(app.config, { REDIS_URL: own.url }));
    await worker.waitForLog(WORKER_READY);
    await own.stop();
    worker.kill('SIGTERM');
    // Before, the queues and workers waited for Redis forever and BullMQ printed every failed reconnection.
    expect(await worker.exited).toMatchObject({ code: 0, signal: null });
    expect(worker.stderr.join('')).not.toContain('ECONNREFUSED');
  });
});

describe('a waitlist promotion whose job was lost with Redis', () => {
  it('is queued again by the reconciler from the release’s outbox row, and promotes once', async () => {
    const { app } = await system();
    const codes = await municipalities(app, 2);
    const [first, second] = await Promise.all(codes.map((code) => actors(app, code)));
    const { coordinator } = first;
    const { cycleId } = await openProgramme(app, coordinator);
    const M = 1_000_000;
    const callId = await publishedCall(app, coordinator, {
      title: 'Convocatoria para un solo proyecto',
      totalBudget: 1_000 * M,
      capPerApplication: 1_000 * M,
    });
    const ids: string[] = [];
    for (const who of [first, second]) {
      await validatedAssessment(app, who, cycleId);
      ids.push(await applicationInCommittee(app, who, callId, { futic: 1_000 * M, counterpart: 250 * M, score: 80 }));
    }
    await act(app, coordinator, 'approveApplication', { caseId: ids[0] });
    await act(app, coordinator, 'waitlistApplication', { caseId: ids[1], note: 'Sin recursos por ahora' });
    await act(app, first.representative, 'withdrawApplication', { caseId: ids[0] });
    // The release asked for a promotion. Its row is marked relayed, as if the job had then been lost with Redis's data.
    const knex = knexOf(app);
    const releases = await knex('outbox').where({ case_id: keyOf(ids[0]), kind: 'cofinancing.promote-waitlist' });
    expect(releases).toHaveLength(1);
    await knex('outbox')
      .where({ id: releases[0].id })
      .update({ processed_at: new CaseStore(app.system.orm).instant(new Date()) });
    expect(await fundsOf(app, coordinator, callId)).toEqual({ budget: 1_000 * M, committed: 0, remaining: 1_000 * M });

    const worker = startServiceProcess('src/worker.ts', processEnv(app.config, { RELAY_POLL_MS: '100' }));
    expect(await worker.waitForLog(RECONCILED)).toMatchObject({ promotions: 1 });
    await stateReached(app, coordinator, ids[1], 'approved');
    const promotions = (await historyOf(app, coordinator, ids[1])).filter((h) => h.event === 'PROMOTE');
    expect(promotions.map((h) => h.actorSubject)).toEqual(['system:lista-de-espera']);
    expect(await fundsOf(app, coordinator, callId)).toEqual({ budget: 1_000 * M, committed: 1_000 * M, remaining: 0 });
  });
});
