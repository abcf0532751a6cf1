import type { ProgressReportEvent } from '../../../workflows/follow-up/progress-report.machine';

import type { EventSender } from '../../core/auth/policy';
import type { ProcessRules } from '../../core/workflow/ports';
import { noteGuardMessages } from '../cases/guard-messages';
import type { ProgressReviewService } from './progress-review.service';

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

/**
 * The review of a period's progress report. Before an event: a return's comments must name
 * products of the report, and a resubmission's items are checked as a submission's are (annexes
 * included), writing nothing. After it, in the transition's transaction: accepting makes the
 * current submission's items ACCEPTED from the Bogotá day of acceptance (from then they count
 * officially); returning makes them RETURNED, each with its comment; resubmitting supersedes them
 * with the new submission's items (and attaches their annexes: a returned item's annexes named again
 * move to the new item); withdrawing drops them.
 */
export function progressReportProcess(reviews: ProgressReviewService): ProcessRules {
  return {
    senders: progressReportSenders,
    mutations: progressReportMutations,
    guardMessages: noteGuardMessages,
    // The corrections term is the entity's representative's or TIC leader's to extend, as the report is theirs to correct.
    termExtenders: { ENTITY: 'ENTITY_LEAD' },
    beforeEvent: (db, _actor, kase, event) => reviews.check(db(), kase, event),
    afterEvent: (db, actor, after, event, at) => reviews.apply(db(), actor, after, event, at),
  };
}
