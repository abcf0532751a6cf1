import type { Job } from 'bullmq';
import type { Logger } from 'pino';

import { systemActor } from '../../core/auth/policy';
import { AppError, ErrorCode, PreconditionFailedError } from '../../core/errors/app-error';
import type { CaseStore } from '../../core/workflow/case-store';
import type { WorkflowRuntime } from '../../core/workflow/workflow-runtime';

/** The outbox kind of a release of a call's funds; payload `{ callId }`: promote its best-scored waitlisted applications that fit. */
export const WAITLIST_PROMOTION = 'cofinancing.promote-waitlist';

/** Promotes a call's waitlist after funds were released (maintenance queue; one job per release). */
export const PROMOTE_WAITLIST = 'promote-waitlist';
export interface PromoteWaitlistPayload {
  callId: string;
}
export const promoteJobId = (outboxId: string) => `promote_${outboxId}`;
/** The jobs of these release outbox rows (relay, and reconciler after a loss); ids from the rows. */
export const promoteJobs = (rows: { id: string; payload: unknown }[]) =>
  rows.map((r) => ({
    name: PROMOTE_WAITLIST,
    data: (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as PromoteWaitlistPayload,
    opts: { jobId: promoteJobId(r.id) },
  }));

/** More attempts than a call could have waitlisted applications competing for one release. */
const MAX_ROUNDS = 200;

/**
 * While the call has funds for one, the best-scored waitlisted application that fits the remaining
 * budget (ties: the earlier submission) is PROMOTEd through the runtime, which reserves its funds
 * atomically and notifies the entity and the coordinators. Idempotent: a retry or a second job
 * finds the state the first one left (promoted applications are no longer waitlisted); a
 * concurrent approval that takes the funds first only makes the next candidate be chosen again.
 */
export async function promoteWaitlist(
  deps: { store: CaseStore; runtime: WorkflowRuntime; logger: Logger },
  job: Job<PromoteWaitlistPayload>,
): Promise<string[]> {
  const { knex } = deps.store;
  const promoted: string[] = [];
  // A candidate the machine or the rules refused is not chosen again in this run.
  const refused: string[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const call = await knex('cofinancing_call').where('id', job.data.callId).first('total_budget', 'committed');
    if (!call) return promoted;
    const remaining = Number(call.total_budget) - Number(call.committed);
    const candidate = await knex('workflow_case as c')
      .join('cofinancing_application as a', 'a.case_id', 'c.id')
      .where({ 'c.call_id': job.data.callId, 'c.state': 'waitlisted' })
      // Machine version 1 has no PROMOTE and no scores: its waitlist is worked by hand.
      .andWhere('c.machine_version', '>=', 2)
      .whereNotNull('a.score_hundredths')
      .whereNotIn('c.id', refused)
      .andWhere('a.futic_total', '<=', remaining)
      .orderBy([
        { column: 'a.score_hundredths', order: 'desc' },
        { column: 'a.submitted_at', order: 'asc' },
        { column: 'c.id', order: 'asc' },
      ])
      .first('c.id', 'c.version');
    if (!candidate) return promoted;
    try {
      await deps.runtime.send(
        systemActor('lista-de-espera'),
        candidate.id,
        { type: 'PROMOTE' },
        { expectedVersion: Number(candidate.version) },
        { requestId: `promote-${job.id ?? job.data.callId}-${round}` },
      );
      promoted.push(candidate.id);
    } catch (err) {
      // Someone else moved the case or took the funds meanwhile: look again at what is left.
      const expected =
        err instanceof AppError &&
        (err.code === ErrorCode.CONFLICT ||
          err.code === ErrorCode.INVALID_TRANSITION ||
          (err instanceof PreconditionFailedError && err.rule === 'FUNDS_EXHAUSTED'));
      if (!expected) throw err;
      if (!(err instanceof AppError && err.code === ErrorCode.CONFLICT)) refused.push(candidate.id);
      deps.logger.info({ err, caseId: candidate.id }, 'promoción desde la lista de espera: el caso cambió, se busca de nuevo');
    }
  }
  return promoted;
}
