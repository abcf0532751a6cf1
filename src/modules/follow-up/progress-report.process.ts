import type { ProgressReportEvent } from '../../../workflows/follow-up/progress-report.machine';

import type { EventSender } from '../../core/auth/policy';
import type { ProcessRules } from '../../core/workflow/ports';
import { noteGuardMessages } from '../cases/guard-messages';

/** Who sends each event of the PROGRESS_REPORT machine. */
export const progressReportSenders: Record<ProgressReportEvent['type'], EventSender> = {
  ACCEPT: 'COORDINATOR',
  RETURN: 'COORDINATOR',
  RESUBMIT: 'ENTITY_LEAD',
  WITHDRAW: 'ENTITY_LEAD',
};

/** The mutation that sends each event (ProgressReviewResolver). */
export const progressReportMutations: Record<ProgressReportEvent['type'], string> = {
  ACCEPT: 'acceptProgressReport',
  RETURN: 'returnProgressReport',
  RESUBMIT: 'resubmitProgressReport',
  WITHDRAW: 'withdrawProgressReport',
};

/** The review of a period's progress report. */
export const progressReportProcess: ProcessRules = {
  senders: progressReportSenders,
  mutations: progressReportMutations,
  guardMessages: noteGuardMessages,
};
