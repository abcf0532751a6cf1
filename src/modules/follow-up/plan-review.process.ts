import type { PlanReviewEvent } from '../../../workflows/follow-up/plan-review.machine';

import type { EventSender } from '../../core/auth/policy';
import { bogotaDay } from '../../core/time/business-calendar';
import type { ProcessRules } from '../../core/workflow/ports';
import { noteGuardMessages } from '../cases/guard-messages';
import { ActionPlan, PlanVersion } from './action-plan.entity';
import { checkApprovable, resubmission, writeResubmission, type ResubmitEvent } from './plan-adjustment';

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
 * drops it (and a draft plan with it); resubmitting may carry corrected changes, checked before the
 * transition and written with it (see `resubmission`). All write in the transition's transaction.
 */
export const planReviewProcess: ProcessRules = {
  senders: planReviewSenders,
  mutations: planReviewMutations,
  guardMessages: noteGuardMessages,
  // A returned proposal is the representative's or TIC leader's to correct (and any term the entity owes, theirs to extend).
  termExtenders: { ENTITY: 'ENTITY_LEAD' },
  async beforeEvent(db, _actor, kase, event) {
    // A resubmission's changes are refused whole (BAD_USER_INPUT) before the case moves.
    if (event.type === 'RESUBMIT') await resubmission(db(), kase.id, event as ResubmitEvent);
    if (event.type === 'APPROVE') await checkApprovable(db(), kase.id);
  },
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
      case 'RESUBMIT':
        await writeResubmission(em, await resubmission(em, after.id, event as ResubmitEvent));
        break;
      case 'WITHDRAW':
        await em.nativeUpdate(PlanVersion, { planId: version.planId, number: version.number }, { status: 'WITHDRAWN' });
        if (plan.status === 'DRAFT') await em.nativeUpdate(ActionPlan, { id: plan.id }, { status: 'WITHDRAWN', updatedAt: at });
        break;
    }
  },
};
