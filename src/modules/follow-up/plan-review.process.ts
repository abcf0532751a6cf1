import type { PlanReviewEvent } from '../../../workflows/follow-up/plan-review.machine';

import type { EventSender } from '../../core/auth/policy';
import { bogotaDay } from '../../core/time/business-calendar';
import type { ProcessRules } from '../../core/workflow/ports';
import { noteGuardMessages } from '../cases/guard-messages';
import { ActionPlan, PlanVersion } from './action-plan.entity';

/** Who sends each event of the PLAN_REVIEW machine. */
export const planReviewSenders: Record<PlanReviewEvent['type'], EventSender> = {
  APPROVE: 'COORDINATOR',
  RETURN: 'COORDINATOR',
  RESUBMIT: 'ENTITY_LEAD',
  WITHDRAW: 'ENTITY_LEAD',
};

/** The mutation that sends each event (PlanReviewResolver). */
export const planReviewMutations: Record<PlanReviewEvent['type'], string> = {
  APPROVE: 'approvePlanVersion',
  RETURN: 'returnPlanVersion',
  RESUBMIT: 'resubmitPlanVersion',
  WITHDRAW: 'withdrawPlanVersion',
};

/**
 * The review of a plan version: approving puts it in force (the first version from the plan's
 * start, a later one from the Bogotá day of its approval, so no earlier cut moves); withdrawing
 * drops it (and a draft plan with it). Both write in the transition's transaction.
 */
export const planReviewProcess: ProcessRules = {
  senders: planReviewSenders,
  mutations: planReviewMutations,
  guardMessages: noteGuardMessages,
  async afterEvent(db, actor, after, event, at) {
    const em = db();
    const version = await em.findOneOrFail(PlanVersion, { caseId: after.id });
    const plan = await em.findOneOrFail(ActionPlan, { id: version.planId });
    switch (event.type) {
      case 'APPROVE': {
        const first = plan.currentVersion === null;
        await em.nativeUpdate(
          PlanVersion,
          { planId: version.planId, number: version.number },
          { status: 'APPROVED', effectiveFrom: first ? null : bogotaDay(at), approvedBy: actor.subject, approvedAt: at },
        );
        await em.nativeUpdate(
          ActionPlan,
          { id: plan.id },
          { status: 'APPROVED', currentVersion: version.number, title: version.title, updatedAt: at },
        );
        break;
      }
      case 'WITHDRAW':
        await em.nativeUpdate(PlanVersion, { planId: version.planId, number: version.number }, { status: 'WITHDRAWN' });
        if (plan.status === 'DRAFT') await em.nativeUpdate(ActionPlan, { id: plan.id }, { status: 'WITHDRAWN', updatedAt: at });
        break;
    }
  },
};
