import type { Queue } from 'bullmq';

import { AdjustableClock } from '../../src/core/time/clock';
import { CreateCallDocument, OpenCycleDocument } from '../graphql/generated';
import { execute } from './http';
import type { TestSystem } from './test-system';
import { CHECKLIST_WITHOUT_DOCUMENTS, publishCall } from './workflow';

const DAY = 24 * 3600 * 1000;

/** The environment of a system whose time a test moves: adjustable clock, short job locks, a quick relay. */
export const timeTravelEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  CLOCK: 'adjustable',
  JOB_LOCK_MS: '2000',
  RELAY_POLL_MS: '50',
  ...extra,
});

export function clockOf(app: TestSystem): AdjustableClock {
  const clock = app.system.api.services.clock;
  if (!(clock instanceof AdjustableClock)) throw new Error('el sistema de prueba no tiene CLOCK=adjustable');
  return clock;
}

function queuesOf(app: TestSystem) {
  const worker = app.system.worker;
  if (!worker) throw new Error('el sistema de prueba no corre el worker: startTestSystem(env, { worker: true })');
  return worker.queues;
}

/**
 * Polls `probe` until it returns a value other than undefined/false, or fails after `timeoutMs`
 * saying what did not happen (and which jobs failed, the usual reason).
 */
export async function eventually<T>(
  app: TestSystem,
  what: string,
  probe: () => Promise<T | undefined | false | null>,
  timeoutMs = 8000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false && value !== null) return value;
    if (Date.now() > deadline) throw new Error(`no ocurrió a tiempo: ${what}${await failuresText(app)}`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

/** Failed jobs and jobs waiting for a retry, for the message of a test that timed out. */
export async function failuresText(app: TestSystem): Promise<string> {
  if (!app.system.worker) return '';
  const lines: string[] = [];
  for (const q of queuesOf(app).all()) {
    const jobs = [...(await q.getFailed()), ...(await q.getDelayed()).filter((j) => j.attemptsMade > 0 || j.failedReason)];
    for (const j of jobs) lines.push(`${q.name}/${j.id} (${j.name}, intentos ${j.attemptsMade}): ${j.failedReason}`);
  }
  return lines.length ? `\ntrabajos fallidos:\n${lines.join('\n')}` : '';
}

async function busy(queues: Queue[]): Promise<number> {
  const counts = await Promise.all(queues.map((q) => q.getJobCounts('wait', 'active', 'prioritized')));
  return counts.reduce((sum, c) => sum + (c.wait ?? 0) + (c.active ?? 0) + (c.prioritized ?? 0), 0);
}

/**
 * Waits until everything already committed has been worked off: no outbox row left to relay and no
 * job waiting or running in any queue (delayed jobs are the future, not work). Twice in a row, so
 * a job that queued another on its way out is seen.
 */
export async function settled(app: TestSystem, timeoutMs = 8000): Promise<void> {
  const queues = queuesOf(app).all();
  const knex = app.system.orm.em.getKnex();
  let quiet = 0;
  let unrelayed = 0;
  try {
    await eventually(
      app,
      'que el outbox y las colas quedaran sin trabajo pendiente',
      async () => {
        const [outbox] = await knex('outbox').whereNull('processed_at').count({ c: '*' });
        unrelayed = Number(outbox.c);
        const idle = unrelayed === 0 && (await busy(queues)) === 0;
        quiet = idle ? quiet + 1 : 0;
        return quiet >= 2;
      },
      timeoutMs,
    );
  } catch (err) {
    if (!unrelayed) throw err;
    // The relay only logs its failures: run it once here so the test says why the outbox is stuck.
    const why = await app.system.worker!.relay.relayOnce().then(
      () => 'el relevo ya no falla',
      (e: unknown) => (e as Error).message,
    );
    throw new Error(`${(err as Error).message}\n${unrelayed} filas del outbox sin relevar; relayOnce(): ${why}`);
  }
}

/** Moves the shared clock to `instant`, promotes the delayed deadline and reminder jobs, and waits until they are worked off. */
export async function travelTo(app: TestSystem, instant: Date): Promise<void> {
  await settled(app);
  await clockOf(app).set(instant);
  const queues = queuesOf(app);
  await Promise.all([queues.deadlines.promoteJobs(), queues.reminders.promoteJobs()]);
  await settled(app);
}

/** Waits until a job has finished; returns its return value. */
export async function finished(app: TestSystem, queue: Queue, jobId: string): Promise<unknown> {
  return eventually(app, `que terminara el trabajo ${queue.name}/${jobId}`, async () => {
    const state = await queue.getJobState(jobId);
    if (state !== 'completed' && state !== 'failed') return undefined;
    // Read after the state: a job read before it finished carries no return value.
    const job = (await queue.getJob(jobId))!;
    if (state === 'failed') throw new Error(`el trabajo ${queue.name}/${jobId} falló: ${job.failedReason}`);
    return { value: job.returnvalue as unknown };
  }).then((r) => r.value);
}

/** An open cycle and an open call around the (moved) clock's now, created by a coordinator over HTTP. */
export async function openProgrammeAt(app: TestSystem, coordinator: string, now: Date, call: CallOptions = {}) {
  const cycle = await execute(
    app.url,
    OpenCycleDocument,
    {
      input: {
        year: now.getUTCFullYear(),
        opensAt: new Date(now.getTime() - 30 * DAY).toISOString(),
        closesAt: new Date(now.getTime() + 90 * DAY).toISOString(),
      },
    },
    { token: coordinator },
  );
  if (cycle.errors) throw new Error(cycle.errors[0].message);
  const created = await createCallAt(app, coordinator, now, call);
  return { cycleId: cycle.data!.openCycle.id, callId: created };
}

export interface CallOptions {
  closesInDays?: number;
  title?: string;
  correctionsTermDays?: number;
  agreementTermDays?: number;
}

/** A published call open around the (moved) clock's now; it may set its own terms. */
export async function createCallAt(app: TestSystem, coordinator: string, now: Date, options: CallOptions = {}): Promise<string> {
  const { closesInDays = 60, title = 'Convocatoria CTI de prueba', correctionsTermDays, agreementTermDays } = options;
  const res = await execute(
    app.url,
    CreateCallDocument,
    {
      input: {
        title,
        opensAt: new Date(now.getTime() - 30 * DAY).toISOString(),
        closesAt: new Date(now.getTime() + closesInDays * DAY).toISOString(),
        totalBudget: 50_000_000_000,
        capPerApplication: 2_000_000_000,
        minCounterpartPercent: 20,
        correctionsTermDays,
        agreementTermDays,
        eligibilityChecklist: CHECKLIST_WITHOUT_DOCUMENTS,
      },
    },
    { token: coordinator },
  );
  if (res.errors) throw new Error(res.errors[0].message);
  await publishCall(app, coordinator, res.data!.createCall.id);
  return res.data!.createCall.id;
}

/** An instant given as Bogotá wall-clock time (UTC−5, no DST). */
export const bogota = (local: string): Date => new Date(`${local}-05:00`);
