import { deadlineKindLabels, type DeadlineKind as Kind } from '../../../workflows/shared';

import type { Actor } from '../../core/auth/policy';
import { remainingWorkingDays } from '../../core/time/business-calendar';
import type { Clock } from '../../core/time/clock';
import { DeadlineStatus, OPEN_DEADLINE, type Deadline } from '../../core/workflow/deadline.entity';
import type { WorkflowRuntime } from '../../core/workflow/workflow-runtime';
import type { CaseService } from '../cases/case.service';
import type { CaseTransitionPayload, Side } from '../cases/case.type';
import type { DeadlineKind, DeadlineType, ExtendTermInput, TermCalendar } from './deadline.type';

/** Terms of cases as the API shows them, and their extension. */
export class DeadlineService {
  constructor(
    private readonly runtime: WorkflowRuntime,
    private readonly clock: Clock,
  ) {}

  /** The API's view of a term; `extendable`: whether the person asking may extend it now (WorkflowRuntime.mayExtendTerm). */
  toType(d: Deadline, extendable = false): DeadlineType {
    const now = this.clock.now();
    const open = OPEN_DEADLINE.includes(d.status);
    const view: DeadlineType = {
      id: d.id,
      kind: d.kind as DeadlineKind,
      label: deadlineKindLabels[d.kind as Kind] ?? d.kind,
      state: d.state,
      owner: d.owner as Side,
      calendar: d.calendar as TermCalendar,
      days: d.days,
      startedAt: d.startedAt,
      dueAt: d.dueAt,
      originalDueAt: d.originalDueAt,
      status: d.status,
      remaining: null,
      overdue:
        d.status === DeadlineStatus.OVERDUE ||
        d.status === DeadlineStatus.MET_LATE ||
        d.status === DeadlineStatus.EXPIRED ||
        (open && now > d.dueAt),
      onExpire: d.onExpire,
      extendedDays: d.extendedDays,
      extensionReason: d.extensionReason,
      closedAt: d.closedAt,
      extendable,
    };
    // Counting working days walks the calendar: only for a request that selects it.
    if (open) Object.defineProperty(view, 'remaining', { get: () => remainingWorkingDays(now, d.dueAt), enumerable: true });
    return view;
  }

  /**
   * Extends the case's running term once. `days` absent: by the term's own length (an equal term);
   * `kind`: only that term (another running term is refused).
   */
  async extend(
    actor: Actor,
    requestId: string,
    cases: CaseService,
    input: Pick<ExtendTermInput, 'caseId' | 'reason' | 'expectedVersion' | 'idempotencyKey'> & { days?: number; kind?: Kind },
  ): Promise<CaseTransitionPayload> {
    const outcome = await this.runtime.extendTerm(
      actor,
      input.caseId,
      { days: input.days, reason: input.reason.trim(), ...(input.kind ? { kind: input.kind } : {}) },
      { expectedVersion: input.expectedVersion },
      { requestId, idempotencyKey: input.idempotencyKey },
    );
    return cases.result(outcome);
  }
}
