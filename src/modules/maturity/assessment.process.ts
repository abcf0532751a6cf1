import type { AssessmentEvent } from '../../../workflows/assessment/assessment.machine';

import type { EventSender } from '../../core/auth/policy';
import { PreconditionFailedError } from '../../core/errors/app-error';
import { WorkflowCase } from '../../core/workflow/case.entity';
import type { ProcessRules } from '../../core/workflow/ports';
import { noteGuardMessages } from '../cases/guard-messages';
import { Cycle } from '../cycles/cycle.entity';
import { requireCycle, requireCycleOpen } from '../cycles/cycle.service';
import type { AssessmentService } from './assessment.service';

/** Who sends each event of the MATURITY_ASSESSMENT machine. */
export const assessmentSenders: Record<AssessmentEvent['type'], EventSender> = {
  SUBMIT: 'REPRESENTATIVE',
  WITHDRAW: 'REPRESENTATIVE',
  RESUBMIT: 'REPRESENTATIVE',
  CYCLE_CLOSED: 'SYSTEM',
  START_REVIEW: 'COORDINATOR',
  REQUEST_CHANGES: 'COORDINATOR',
  VALIDATE: 'COORDINATOR',
  REJECT: 'COORDINATOR',
};

/** The mutation that sends each event (AssessmentResolver; null: the platform's own); see ProcessRules.mutations. */
export const assessmentMutations: Record<AssessmentEvent['type'], string | null> = {
  SUBMIT: 'submitAssessment',
  WITHDRAW: 'withdrawAssessment',
  RESUBMIT: 'resubmitAssessment',
  CYCLE_CLOSED: null,
  START_REVIEW: 'startAssessmentReview',
  REQUEST_CHANGES: 'requestAssessmentChanges',
  VALIDATE: 'validateAssessment',
  REJECT: 'rejectAssessment',
};

/**
 * The self-assessment's rules (Resolución 1117 de 2022 and DOMAIN's design choices): it is filed
 * while its cycle is open, one validated per entity and cycle, and a draft's term is the cycle's
 * close. The model's own rules (answers complete, comments, scores) are the AssessmentService's.
 */
export function assessmentProcess(assessments: AssessmentService): ProcessRules {
  return {
    senders: assessmentSenders,
    mutations: assessmentMutations,
    guardMessages: noteGuardMessages,
    async beforeOpen(db, _actor, draft, now) {
      const em = db();
      const cycle = await requireCycle(em, draft.cycleId);
      requireCycleOpen(cycle, now);
      const validated = await em.count(WorkflowCase, {
        process: 'MATURITY_ASSESSMENT',
        entityCode: draft.entityCode,
        cycleId: cycle.id,
        state: 'validated',
      });
      if (validated > 0) {
        throw new PreconditionFailedError(
          'ONE_ASSESSMENT_PER_CYCLE',
          `La entidad ya tiene un autodiagnóstico validado en la vigencia ${cycle.year}`,
        );
      }
    },
    async beforeEvent(db, _actor, kase, event, now) {
      if (event.type === 'SUBMIT') requireCycleOpen(await requireCycle(db(), kase.cycleId), now);
      await assessments.beforeEvent(db, kase, event);
    },
    async afterEvent(db, actor, after, event) {
      await assessments.afterEvent(db, actor, after, event);
    },
    async termOf(db, kase, spec) {
      if (spec.until !== 'CYCLE_CLOSE') return undefined;
      const cycle = kase.cycleId ? await db().findOne(Cycle, { id: kase.cycleId }, { fields: ['closesAt'] }) : null;
      return cycle ? { until: cycle.closesAt } : null;
    },
  };
}
