import { UnrecoverableError, type Job, type JobsOptions, type Queue } from 'bullmq';
import type { Logger } from 'pino';

import type { WorkflowRegistry } from '../../../workflows/registry';

import { AppError } from '../../core/errors/app-error';
import { instantFor, type Orm } from '../../core/orm/orm';
import type { Broadcast } from '../../core/redis/broadcast';
import { bogotaDay } from '../../core/time/business-calendar';
import type { Clock } from '../../core/time/clock';
import { Cycle } from '../cycles/cycle.entity';
import { ActionPlan } from '../follow-up/action-plan.entity';
import type { CtiIndexService } from '../maturity/cti-index.service';
import type { ModelCatalog } from '../maturity/model-catalog';
import type { TerritorialEntityKind } from '../territorial-entities/territorial-entity-kind';
import type { TerritorialDirectory } from '../territorial-entities/territorial-entity.service';
import { adoptionData } from './adoption-export';
import { renderReport, type ReportData } from './report-render';
import { caseloadData, followUpData, indexData } from './report-sources';
import { Report } from './report.entity';
import { caseScopeOfReport } from './report.policy';
import { caseloadScopeLabel, type ReportProgressMessage } from './report.service';
import { roadmapData } from './roadmap-source';

/** The job that generates a report (reports queue; job id = report id). */
export const GENERATE_REPORT = 'generate-report';
export interface GenerateReportPayload {
  reportId: string;
}

/** Few attempts: a report that fails three times will fail again; the requester asks anew. */
export const reportJobOptions: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * Puts a report's job on the queue unless it is already there: a job waiting or running is left
 * alone, a failed one is retried, a completed one (the row was reset since) is replaced.
 */
export async function queueReport(queue: Queue, reportId: string): Promise<void> {
  const job = await queue.getJob(reportId);
  if (job) {
    const state = await job.getState();
    // Asked again after failing: a fresh set of attempts (BullMQ would otherwise keep the count spent).
    if (state === 'failed') return job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    if (state !== 'completed') return;
    await job.remove();
  }
  await queue.add(GENERATE_REPORT, { reportId }, { ...reportJobOptions, jobId: reportId });
}

/** Runs of one request (a retry after a crash counts) before the report is given up as FAILED. */
export const MAX_RUNS = 5;

export interface ReportJobDeps {
  orm: Orm;
  clock: Clock;
  cti: CtiIndexService;
  models: ModelCatalog;
  registry: WorkflowRegistry;
  directory: TerritorialDirectory;
  events: Broadcast<ReportProgressMessage>;
  logger: Logger;
  /** A pause after each progress step (0 in production; demos and fault tests slow the work down with it). */
  stepDelayMs: number;
}

/**
 * Generates the report its row describes: reads the data as the requester may see it, lays it
 * out, and stores the file and READY in one transaction. At least once: a retry after a crash
 * starts over, and a report already READY (another run finished it) is left as it is, so one file
 * results whatever happened.
 */
export async function generateReport(deps: ReportJobDeps, job: Job<GenerateReportPayload>): Promise<string> {
  const em = deps.orm.em.fork();
  const knex = em.getKnex();
  const instant = instantFor(em);
  const { reportId } = job.data;
  const report = await em.findOne(Report, { id: reportId });
  if (!report) return 'missing';
  if (report.status === 'READY') return 'ready';
  // A report that keeps killing its worker (memory, a stall past BullMQ's limit) never reaches the
  // catch below; its runs are counted in the row, and past MAX_RUNS it is given up.
  if (report.attempts >= MAX_RUNS) {
    const error = `se intentó ${report.attempts} veces sin terminar`;
    await knex('report')
      .where({ id: reportId })
      .whereNot({ status: 'READY' })
      .update({ status: 'FAILED', stage: 'Falló', error, finished_at: instant(deps.clock.now()) });
    deps.events.publish({ reportId, status: 'FAILED', progress: report.progress, stage: 'Falló' });
    return 'given-up';
  }

  let last = { progress: -1, stage: '' as string | null };
  // A run after a crash starts its work over, but the progress people see never goes back: it
  // stays where the crashed run left it until this one passes it.
  const floor = report.status === 'RUNNING' ? report.progress : 0;
  const step = async (progress: number, stage: string) => {
    const value = Math.max(floor, Math.min(99, Math.round(progress)));
    if (stage === last.stage && value < last.progress + 5) return;
    last = { progress: value, stage };
    await knex('report').where({ id: reportId }).whereNot({ status: 'READY' }).update({ progress: value, stage });
    await job.updateProgress(value);
    deps.events.publish({ reportId, status: 'RUNNING', progress: value, stage });
    if (deps.stepDelayMs) await new Promise((r) => setTimeout(r, deps.stepDelayMs));
  };

  try {
    await knex('report')
      .where({ id: reportId })
      .whereNot({ status: 'READY' })
      .update({ status: 'RUNNING', attempts: knex.raw('attempts + 1'), started_at: instant(deps.clock.now()), error: null });
    await step(2, 'Leyendo los datos');
    const data = await dataOf(em, deps, report);
    await step(20, 'Componiendo el informe');
    const file = await renderReport(data, report.format, (fraction, stage) => step(20 + fraction * 75, stage));
    await step(97, 'Guardando el archivo');
    const finishedAt = deps.clock.now();
    await knex.transaction(async (trx) => {
      await trx('report_file').insert({ report_id: reportId, content: file.content }).onConflict('report_id').ignore();
      await trx('report')
        .where({ id: reportId })
        .whereNot({ status: 'READY' })
        .update({
          status: 'READY',
          progress: 100,
          stage: 'Listo',
          finished_at: instant(finishedAt),
          content_type: file.contentType,
          size: file.content.length,
        });
    });
    deps.events.publish({ reportId, status: 'READY', progress: 100, stage: 'Listo' });
    deps.logger.info({ reportId, kind: report.kind, format: report.format, bytes: file.content.length }, 'informe generado');
    return 'generated';
  } catch (err) {
    const final = err instanceof UnrecoverableError || err instanceof AppError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (final) {
      const message = err instanceof AppError || err instanceof UnrecoverableError ? err.message : 'error interno al generar el informe';
      await knex('report')
        .where({ id: reportId })
        .whereNot({ status: 'READY' })
        .update({ status: 'FAILED', stage: 'Falló', error: message, finished_at: instant(deps.clock.now()) });
      deps.events.publish({ reportId, status: 'FAILED', progress: last.progress < 0 ? 0 : last.progress, stage: 'Falló' });
      if (!(err instanceof UnrecoverableError)) throw new UnrecoverableError(message);
    }
    throw err;
  }
}

/** The data of the report, as the view it was requested with allows (the scope in its row). */
async function dataOf(em: ReturnType<Orm['em']['fork']>, deps: ReportJobDeps, report: Report): Promise<ReportData> {
  const directory = await deps.directory.current();
  switch (report.kind) {
    case 'FOLLOW_UP': {
      const plan = await em.findOne(ActionPlan, { id: report.params.planId! });
      if (!plan) throw new UnrecoverableError('el plan de acción ya no existe');
      return { kind: 'FOLLOW_UP', data: await followUpData(em, plan, report.params.cut!, directory, bogotaDay(deps.clock.now())) };
    }
    case 'CTI_INDEX': {
      const cycle = await em.findOne(Cycle, { id: report.params.cycleId! });
      if (!cycle) throw new UnrecoverableError('la vigencia ya no existe');
      const own = report.scope.startsWith('ENTITY:') ? report.scope.slice('ENTITY:'.length) : null;
      return { kind: 'CTI_INDEX', data: await indexData(em, deps, cycle, directory, own) };
    }
    case 'CASELOAD': {
      const label = caseloadScopeLabel(report.scope, (code) => directory.find(code)?.name ?? code);
      return {
        kind: 'CASELOAD',
        data: await caseloadData(em, deps.registry, caseScopeOfReport(report.scope), label, deps.clock.now(), directory),
      };
    }
    case 'ROADMAP':
      return { kind: 'ROADMAP', data: await roadmapData(em, deps, report.params.caseId!, report.params.round!, directory) };
    case 'ADOPTION': {
      const query = {
        since: report.params.since!,
        departmentCode: report.params.departmentCode ?? null,
        kind: (report.params.entityKind ?? null) as TerritorialEntityKind | null,
      };
      return { kind: 'ADOPTION', data: await adoptionData(em, directory, query, deps.clock.now()) };
    }
  }
}
