import type { AccompanimentEvent } from '../../../workflows/accompaniment/accompaniment.machine';

import type { EventSender } from '../../core/auth/policy';
import { ProblemCode } from '../../core/errors/problems';
import type { ProcessRules } from '../../core/workflow/ports';
import { noteGuardMessages } from '../cases/guard-messages';
import { Cycle } from '../cycles/cycle.entity';
import { requireValidatedAssessment } from '../maturity/validated-assessment';
import { accompanimentAssignments, checkAdvisor } from './advisor-assignment';

/** Who sends each event of the ACCOMPANIMENT machine. */
export const accompanimentSenders: Record<AccompanimentEvent['type'], EventSender> = {
  ADMIT: 'COORDINATOR',
  DECLINE: 'COORDINATOR',
  ASSIGN_ADVISOR: 'COORDINATOR',
  START_DIAGNOSIS: 'ASSIGNEE',
  START_FORMULATION: 'ASSIGNEE',
  DELIVER_ROADMAP: 'ASSIGNEE',
  REQUEST_ADJUSTMENTS: 'ENTITY',
  ACCEPT_ROADMAP: 'ENTITY',
  WITHDRAW: 'REPRESENTATIVE',
};

/** The mutation that sends each event (AccompanimentResolver); see ProcessRules.mutations. */
export const accompanimentMutations: Record<AccompanimentEvent['type'], string> = {
  ADMIT: 'admitAccompaniment',
  DECLINE: 'declineAccompaniment',
  ASSIGN_ADVISOR: 'assignAdvisor',
  START_DIAGNOSIS: 'startDiagnosis',
  START_FORMULATION: 'startFormulation',
  DELIVER_ROADMAP: 'deliverRoadmap',
  REQUEST_ADJUSTMENTS: 'requestRoadmapAdjustments',
  ACCEPT_ROADMAP: 'acceptRoadmap',
  WITHDRAW: 'withdrawAccompaniment',
};

/**
 * A request for technical accompaniment needs a validated assessment of the entity (current or
 * previous cycle); the ministry's term to answer it is its cycle's, when the cycle sets one.
 */
export const accompanimentProcess: ProcessRules = {
  senders: accompanimentSenders,
  mutations: accompanimentMutations,
  guardMessages: {
    ...noteGuardMessages,
    namesAdvisor: { path: 'input.advisor', code: ProblemCode.REQUIRED, message: 'debe indicar el usuario del asesor o asesora' },
  },
  async beforeOpen(db, _actor, draft, now) {
    await requireValidatedAssessment(db(), draft.entityCode, now);
  },
  async beforeEvent(db, _actor, _kase, event) {
    if (event.type === 'ASSIGN_ADVISOR') await checkAdvisor(db(), event.advisor, 'input.advisor');
  },
  assignments: accompanimentAssignments,
  async termOf(db, kase, spec) {
    if (spec.kind !== 'ACCOMPANIMENT_RESPONSE' || !kase.cycleId) return undefined;
    const days = (await db().findOne(Cycle, { id: kase.cycleId }, { fields: ['accompanimentResponseDays'] }))?.accompanimentResponseDays;
    return days == null ? undefined : { days, calendar: spec.calendar };
  },
};
