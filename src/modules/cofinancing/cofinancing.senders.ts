import type { CofinancingEvent } from '../../../workflows/cofinancing/cofinancing.machine';

import type { EventSender } from '../../core/auth/policy';

/** Who sends each event of the COFINANCING_APPLICATION machine (every version). */
export const cofinancingSenders: Record<CofinancingEvent['type'], EventSender> = {
  SUBMIT: 'REPRESENTATIVE',
  WITHDRAW: 'REPRESENTATIVE',
  RESUBMIT: 'REPRESENTATIVE',
  SIGN_AGREEMENT: 'REPRESENTATIVE',
  CORRECTIONS_TERM_EXPIRED: 'SYSTEM',
  AGREEMENT_TERM_EXPIRED: 'SYSTEM',
  START_ELIGIBILITY_REVIEW: 'COORDINATOR',
  REQUEST_CORRECTIONS: 'COORDINATOR',
  DECLARE_ELIGIBLE: 'COORDINATOR',
  DECLARE_INELIGIBLE: 'COORDINATOR',
  SEND_TO_COMMITTEE: 'COORDINATOR',
  APPROVE: 'COORDINATOR',
  WAITLIST: 'COORDINATOR',
  REJECT: 'COORDINATOR',
  START_EXECUTION: 'COORDINATOR',
  CLOSE: 'COORDINATOR',
  ASSIGN_EVALUATORS: 'COORDINATOR',
  DECLARE_CONFLICT: 'EVALUATOR',
  SUBMIT_EVALUATION: 'EVALUATOR',
  REMOVE_EVALUATOR: 'COORDINATOR',
  PROMOTE: 'SYSTEM',
};

/**
 * The mutation that sends each event (ApplicationActionsResolver and ApplicationResolver; null: the
 * platform's own); see ProcessRules.mutations.
 */
export const cofinancingMutations: Record<CofinancingEvent['type'], string | null> = {
  SUBMIT: 'submitApplication',
  WITHDRAW: 'withdrawApplication',
  RESUBMIT: 'resubmitApplication',
  SIGN_AGREEMENT: 'signAgreement',
  CORRECTIONS_TERM_EXPIRED: null,
  AGREEMENT_TERM_EXPIRED: null,
  START_ELIGIBILITY_REVIEW: 'startEligibilityReview',
  REQUEST_CORRECTIONS: 'requestCorrections',
  DECLARE_ELIGIBLE: 'declareEligible',
  DECLARE_INELIGIBLE: 'declareIneligible',
  SEND_TO_COMMITTEE: 'sendToCommittee',
  APPROVE: 'approveApplication',
  WAITLIST: 'waitlistApplication',
  REJECT: 'rejectApplication',
  START_EXECUTION: 'startExecution',
  CLOSE: 'closeApplication',
  ASSIGN_EVALUATORS: 'assignEvaluators',
  DECLARE_CONFLICT: 'declareConflictOfInterest',
  SUBMIT_EVALUATION: 'submitEvaluation',
  REMOVE_EVALUATOR: 'removeEvaluator',
  PROMOTE: null,
};
