import { randomUUID } from 'node:crypto';

import { EFFECTS, type Effect } from '../../../workflows/shared';

import type { WorkflowCase } from './case.entity';
import type { Deadline } from './deadline.entity';
import type { OutboxMessage } from './outbox.entity';

/**
 * The outbox rows the runtime itself writes. Modules write rows of their own kinds (a module's
 * descriptor names each kind it writes and routes it, see `OutboxRoute`); the relay hands every
 * row to the route of its kind.
 */
export const OutboxKind = {
  /** payload `{ effect, event, state }`: tell a side about the change. */
  NOTIFICATION: 'notification',
  /** payload `{ deadlineId }`: a term started or moved; schedule its firing and reminders from its row. */
  DEADLINE_SCHEDULE: 'deadline.schedule',
} as const;

/** The notification rows of a step: one per named effect action the machine took. */
export function effectMessages(kase: WorkflowCase, actions: { type: string }[], event: string, at: Date): OutboxMessage[] {
  return actions
    .filter((action) => (EFFECTS as readonly string[]).includes(action.type))
    .map((action) => ({
      id: randomUUID(),
      caseId: kase.id,
      caseVersion: kase.version,
      kind: OutboxKind.NOTIFICATION,
      payload: { effect: action.type as Effect, event, state: kase.state },
      createdAt: at,
      processedAt: null,
    }));
}

/** The row that has the relay schedule a term that started or moved. */
export function scheduleMessage(kase: WorkflowCase, deadline: Deadline, at: Date): OutboxMessage {
  return {
    id: randomUUID(),
    caseId: kase.id,
    caseVersion: kase.version,
    kind: OutboxKind.DEADLINE_SCHEDULE,
    payload: { deadlineId: deadline.id },
    createdAt: at,
    processedAt: null,
  };
}
