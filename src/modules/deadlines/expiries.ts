import { systemActor } from '../../core/auth/policy';
import { Coalescer, type Settled } from '../../core/coalescer';
import { deadlineFromRow, type CaseStore } from '../../core/workflow/case-store';
import type { Deadline } from '../../core/workflow/deadline.entity';
import type { Outcome, WorkflowRuntime } from '../../core/workflow/workflow-runtime';

/** A term and where its case stands now. */
export interface TermAndCase {
  deadline: Deadline;
  /** Null when the case is gone. */
  caseState: string | null;
  caseVersion: number | null;
}

export interface Expiry {
  caseId: string;
  event: string;
  expectedVersion: number;
  requestId: string;
}

/**
 * Terms that end at the same instant (every term of a day ends at 23:59:59.999 Bogotá) arrive as a
 * burst of fire jobs. Each job still decides for itself, from the database, and each expiry still
 * goes through the runtime; what the jobs running at once share are the round trips: one statement
 * reads all their terms with their cases, and one transaction (`sendEach`) applies all their
 * expiries. A statement or a commit costs about as much for twenty rows as for one.
 */
export class Expiries {
  private readonly reads: Coalescer<string, TermAndCase | null>;
  private readonly sends: Coalescer<Expiry, Outcome>;

  constructor(store: CaseStore, runtime: WorkflowRuntime, max = 50) {
    this.reads = new Coalescer(
      async (ids) => {
        const rows: Record<string, unknown>[] = await store
          .knex('deadline as d')
          .leftJoin('workflow_case as c', 'c.id', 'd.case_id')
          .whereIn('d.id', ids)
          .select('d.*', { case_now_state: 'c.state', case_now_version: 'c.version' });
        const byId = new Map(rows.map((r) => [r.id as string, r]));
        return ids.map((id): Settled<TermAndCase | null> => {
          const r = byId.get(id);
          if (!r) return { ok: null };
          return {
            ok: {
              deadline: deadlineFromRow(r),
              caseState: (r.case_now_state as string | null) ?? null,
              caseVersion: r.case_now_version == null ? null : Number(r.case_now_version),
            },
          };
        });
      },
      max,
      2,
    );
    this.sends = new Coalescer(
      (items) =>
        runtime.sendEach(
          systemActor('deadline'),
          items.map((e) => ({
            caseId: e.caseId,
            event: { type: e.event },
            expect: { expectedVersion: e.expectedVersion },
            // No idempotency key: the transition closes the term as EXPIRED in its own transaction,
            // so a retry after a crash finds it no longer PENDING and does nothing.
            meta: { requestId: e.requestId },
          })),
        ),
      max,
      2,
    );
  }

  /** The term with its case's current state and version (null: no such term). */
  read(deadlineId: string): Promise<TermAndCase | null> {
    return this.reads.run(deadlineId);
  }

  /** Sends the term's expiry event through the runtime. */
  expire(expiry: Expiry): Promise<Outcome> {
    return this.sends.run(expiry);
  }
}
