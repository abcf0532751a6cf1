import type { Job, Queue } from 'bullmq';

import { payloadOf, type JobDeps, type OutboxRoute } from '../../core/queue/job-deps';
import type { IndexPublishedPayload } from '../maturity/index-published';

/** The job that writes a published cycle's Índice files, the figures and the catalog (maintenance queue). */
export const OPEN_DATA_INDEX = 'open-data-index';
export interface OpenDataIndexPayload {
  cycleId: string;
}
/** One job per cycle: its publication happens once, and the reconciler asks again only for missing files. */
export const openDataIndexJobId = (cycleId: string) => `open-data_index_${cycleId}`;

/** The programme figures' scheduled work (daily, and at worker start). */
export const OPEN_DATA_FIGURES = 'open-data-figures';
export const FIGURES_EVERY_MS = 24 * 3600 * 1000;

/**
 * Puts a job on the queue unless it is already there: waiting or running is left alone, a failed
 * one is retried, a completed one (kept a day under its id, which would swallow a new add) is
 * replaced, so files missing after it ran are written again.
 */
export async function queueOnce(queue: Queue, name: string, data: object, jobId: string): Promise<void> {
  const job = await queue.getJob(jobId);
  if (job) {
    const state = await job.getState();
    if (state === 'failed') return job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    if (state !== 'completed') return;
    await job.remove();
  }
  await queue.add(name, data, { jobId });
}

/** The relay's route for INDEX_PUBLISHED rows: the cycle's open data job. */
export const indexPublishedRoute: OutboxRoute = async (rows, { queues }) => {
  for (const row of rows) {
    const { cycleId } = payloadOf<IndexPublishedPayload>(row);
    await queueOnce(queues.maintenance, OPEN_DATA_INDEX, { cycleId } satisfies OpenDataIndexPayload, openDataIndexJobId(cycleId));
  }
};

/** Writes what a cycle's publication changes (idempotent: unchanged files are not rewritten). */
export async function writeOpenDataOfCycle(deps: JobDeps, job: Job<OpenDataIndexPayload>): Promise<{ changed: string[] }> {
  const changed = await deps.services.openData.onPublication(deps.orm.em.fork(), job.data.cycleId);
  if (changed.length) deps.logger.info({ cycleId: job.data.cycleId, changed }, 'datos abiertos regenerados tras publicar un Índice');
  return { changed };
}

/**
 * The open data part of the reconciler: published cycles whose files are missing (a lost job, an
 * emptied table, a restore) get their job again; missing figures are written here, as the catalog
 * is (a few grouped queries), rather than queued: a queue job would only repeat, as one more job on
 * the maintenance queue, what the figures' own schedule does (run at every worker start, right
 * after this); the catalog is rebuilt from the metadata stored (a no-op when it already matches).
 */
export async function reconcileOpenData(deps: JobDeps): Promise<{ openDataIndices: number; openDataFigures: number }> {
  const em = deps.orm.em.fork();
  const missing = await deps.services.openData.missing(em);
  for (const cycleId of missing.cycles)
    await queueOnce(deps.queues.maintenance, OPEN_DATA_INDEX, { cycleId } satisfies OpenDataIndexPayload, openDataIndexJobId(cycleId));
  if (missing.figures) await deps.services.openData.writeFigures(em);
  await deps.services.openData.writeCatalog(em);
  return { openDataIndices: missing.cycles.length, openDataFigures: missing.figures ? 1 : 0 };
}
