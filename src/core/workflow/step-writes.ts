import type { Knex } from '@mikro-orm/knex';
import type { AnyMachineSnapshot } from 'xstate';

import type { CaseHistory } from './case-history.entity';
import type { CaseStore } from './case-store';
import type { WorkflowCase } from './case.entity';
import type { Deadline } from './deadline.entity';
import { persist } from './definition';
import type { OutboxMessage } from './outbox.entity';

export type CaseChanges = Parameters<CaseStore['updateCase']>[3];

/** The case row's new values after a step to `next`. */
export function changesOf(kase: WorkflowCase, next: AnyMachineSnapshot, at: Date): CaseChanges {
  const final = next.status === 'done';
  const context = next.context as { assignee?: string | null; evaluators?: string[] };
  return {
    state: next.value as string,
    final,
    snapshot: persist(next) as unknown as Record<string, unknown>,
    version: kase.version + 1,
    assignee: context.assignee ?? null,
    evaluators: context.evaluators?.length ? context.evaluators : null,
    openKey: final ? null : kase.openKey,
    updatedAt: at,
  };
}

/**
 * The rows steps write besides their case rows, written together: a batch writes each table with
 * one statement. Terms are closed before new ones are written, so a step that leaves and enters a
 * state with a term closes only the old one.
 */
export class StepWrites {
  readonly history: CaseHistory[] = [];
  readonly outbox: OutboxMessage[] = [];
  readonly closes: { caseId: string; expired: boolean; at: Date }[] = [];
  readonly deadlines: Deadline[] = [];
  /** Running terms that continue in the state a step entered (DeadlineSpec.continues). */
  readonly moves: { caseId: string; state: string; caseVersion: number }[] = [];

  async flush(trx: Knex.Transaction, store: CaseStore): Promise<void> {
    await store.insertHistory(trx, this.history);
    const groups = new Map<string, { expired: boolean; at: Date; caseIds: string[] }>();
    for (const c of this.closes) {
      const key = `${c.expired}:${c.at.getTime()}`;
      const group = groups.get(key);
      if (group) group.caseIds.push(c.caseId);
      else groups.set(key, { expired: c.expired, at: c.at, caseIds: [c.caseId] });
    }
    for (const g of groups.values()) await store.closeDeadlines(trx, g.caseIds, g.expired, g.at);
    for (const m of this.moves) await store.moveDeadline(trx, m.caseId, m.state, m.caseVersion);
    await store.insertDeadlines(trx, this.deadlines);
    await store.insertOutbox(trx, this.outbox);
  }
}
