import { systemActor } from '../../core/auth/policy';
import type { JobDeps } from '../../core/queue/job-deps';
import { WorkflowCase } from '../../core/workflow/case.entity';
import { writeProjectPlan } from './application-rules';
import { promoteJobs, WAITLIST_PROMOTION } from './promote-waitlist.job';

/** Half the 24 h BullMQ keeps a completed job (`defaultJobOptions.removeOnComplete`). */
const REQUEUE_PROMOTIONS_WITHIN_MS = 12 * 3600 * 1000;

/**
 * Cofinancing's part of the reconciler: promotions asked for by recent releases, whose job may have
 * been lost with Redis. Only those younger than the time BullMQ keeps a finished job, so a
 * promotion that ran is recognised by its job id and never runs again later, on a waitlist the
 * committee has changed since.
 */
export async function reconcilePromotions(
  deps: Pick<JobDeps, 'store' | 'queues' | 'clock' | 'orm'>,
): Promise<{ promotions: number; projectPlans: number }> {
  const projectPlans = await backfillProjectPlans(deps);
  const { knex } = deps.store;
  const releases: { id: string; payload: unknown }[] = await knex('outbox')
    .where('kind', WAITLIST_PROMOTION)
    .whereNotNull('processed_at')
    .andWhere('created_at', '>', deps.store.instant(new Date(deps.clock.now().getTime() - REQUEUE_PROMOTIONS_WITHIN_MS)))
    .select('id', 'payload');
  if (releases.length) await deps.queues.maintenance.addBulk(promoteJobs(releases));
  return { promotions: releases.length, projectPlans };
}

/**
 * Applications that started execution before projects got their plan at START_EXECUTION (issue
 * 21) have none, and closing one needs its plan's final report: the reconciler writes it, once,
 * as START_EXECUTION would have (each in its own transaction; writeProjectPlan skips a case a plan
 * already follows, so two workers starting together write one).
 */
export async function backfillProjectPlans(deps: Pick<JobDeps, 'orm' | 'clock'>): Promise<number> {
  const knex = deps.orm.em.getKnex();
  const ids: { id: string }[] = await knex('workflow_case as c')
    .where({ 'c.process': 'COFINANCING_APPLICATION', 'c.state': 'inExecution' })
    .whereNotExists(knex('action_plan as p').whereRaw('p.case_id = c.id').select(knex.raw('1')))
    .select('c.id');
  let written = 0;
  for (const { id } of ids) {
    await deps.orm.em.fork().transactional(async (em) => {
      const kase = await em.findOneOrFail(WorkflowCase, { id });
      // Touching the case's row first serialises two workers' backfills of one case (PostgreSQL's row lock).
      await em.nativeUpdate(WorkflowCase, { id }, { updatedAt: kase.updatedAt });
      if (await writeProjectPlan(em, systemActor('reconciler'), kase, deps.clock.now())) written++;
    });
  }
  return written;
}
