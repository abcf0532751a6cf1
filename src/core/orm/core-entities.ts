import { ClockOffset } from '../time/clock-offset.entity';
import { CaseHistory, CaseHistorySequence } from '../workflow/case-history.entity';
import { WorkflowCase } from '../workflow/case.entity';
import { Deadline } from '../workflow/deadline.entity';
import { IdempotencyKey } from '../workflow/idempotency-key.entity';
import { OutboxMessage } from '../workflow/outbox.entity';

/** The tables core owns: cases, their history (and its feed's sequence), terms, the outbox, idempotency keys and the adjustable clock. */
export const coreEntities = [WorkflowCase, CaseHistory, CaseHistorySequence, OutboxMessage, IdempotencyKey, Deadline, ClockOffset];
