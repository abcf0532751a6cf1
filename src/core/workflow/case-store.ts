import { BaseSqlitePlatform, type Knex } from '@mikro-orm/knex';

import { instantFor, type Orm } from '../orm/orm';
import type { CaseHistory } from './case-history.entity';
import type { WorkflowCase } from './case.entity';
import { DeadlineStatus, OPEN_DEADLINE, type Deadline } from './deadline.entity';
import type { IdempotencyKey } from './idempotency-key.entity';
import type { OutboxMessage } from './outbox.entity';

/**
 * The SQL of the transition path, written by hand with bound parameters. The ORM's entity API
 * (identity map, change sets, values inlined into the SQL text) cost more than half the CPU of a
 * transition (see the README's benchmark); these few statements need none of it. The tables are
 * still defined by the entities and migrated by MikroORM; this class writes the same values the
 * ORM would (SQLite: instants as epoch milliseconds and booleans as 0/1; PostgreSQL: native types).
 */
export class CaseStore {
  readonly knex: Knex;
  private readonly sqlite: boolean;

  constructor(orm: Orm) {
    this.knex = orm.em.getKnex();
    this.sqlite = orm.em.getPlatform() instanceof BaseSqlitePlatform;
    this.instant = instantFor(orm.em);
  }

  transaction<T>(work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
    return this.knex.transaction(work);
  }

  readonly instant: (d: Date) => Date | number;
  private flag = (b: boolean): boolean | number => (this.sqlite ? (b ? 1 : 0) : b);
  private json = (v: unknown): string => JSON.stringify(v);

  async findCase(db: Knex | Knex.Transaction, id: string): Promise<WorkflowCase | null> {
    const row = await db('workflow_case').where({ id }).first();
    return row ? caseFromRow(row) : null;
  }

  /** Many cases by id, in one statement. */
  async findCases(db: Knex | Knex.Transaction, ids: string[]): Promise<Map<string, WorkflowCase>> {
    const rows: Row[] = ids.length ? await db('workflow_case').whereIn('id', ids) : [];
    return new Map(rows.map((r) => [r.id as string, caseFromRow(r)]));
  }

  async insertCase(trx: Knex.Transaction, c: WorkflowCase): Promise<void> {
    await trx('workflow_case').insert({
      id: c.id,
      process: c.process,
      machine_version: c.machineVersion,
      entity_code: c.entityCode,
      department_code: c.departmentCode,
      cycle_id: c.cycleId,
      call_id: c.callId,
      state: c.state,
      final: this.flag(c.final),
      snapshot: this.json(c.snapshot),
      version: c.version,
      assignee: c.assignee,
      evaluators: c.evaluators ? this.json(c.evaluators) : null,
      open_key: c.openKey,
      created_by: c.createdBy,
      created_at: this.instant(c.createdAt),
      updated_at: this.instant(c.updatedAt),
    });
  }

  /** The conditional write of the optimistic lock: 1 when `version` was still current, else 0. */
  async updateCase(
    trx: Knex.Transaction,
    id: string,
    version: number,
    changes: Pick<WorkflowCase, 'state' | 'final' | 'snapshot' | 'version' | 'assignee' | 'evaluators' | 'openKey' | 'updatedAt'>,
  ): Promise<number> {
    return trx('workflow_case')
      .where({ id, version })
      .update({
        state: changes.state,
        final: this.flag(changes.final),
        snapshot: this.json(changes.snapshot),
        version: changes.version,
        assignee: changes.assignee,
        evaluators: changes.evaluators ? this.json(changes.evaluators) : null,
        open_key: changes.openKey,
        updated_at: this.instant(changes.updatedAt),
      });
  }

  /**
   * The conditional writes of many steps in one statement: each row changes only if its `version`
   * is still current. Returns the ids that changed.
   */
  async updateCases(
    trx: Knex.Transaction,
    rows: { id: string; version: number; changes: Parameters<CaseStore['updateCase']>[3] }[],
  ): Promise<Set<string>> {
    if (!rows.length) return new Set();
    if (rows.length === 1) {
      const [r] = rows;
      return new Set((await this.updateCase(trx, r.id, r.version, r.changes)) === 1 ? [r.id] : []);
    }
    // PostgreSQL types a VALUES list from its first row, and takes text for what is not cast.
    const cast = this.sqlite
      ? ['?', '?', '?', '?', '?', '?', '?', '?', '?', '?']
      : ['?::uuid', '?::int', '?', '?::boolean', '?::jsonb', '?::int', '?', '?::jsonb', '?', '?::timestamptz'];
    const tuple = `(${cast.join(', ')})`;
    const bindings = rows.flatMap(({ id, version, changes: c }) => [
      id,
      version,
      c.state,
      this.flag(c.final),
      this.json(c.snapshot),
      c.version,
      c.assignee,
      c.evaluators ? this.json(c.evaluators) : null,
      c.openKey,
      this.instant(c.updatedAt),
    ]);
    const result = await trx.raw(
      `with v (id, old_version, state, final, snapshot, version, assignee, evaluators, open_key, updated_at) as (values ${rows.map(() => tuple).join(', ')})
       update workflow_case set state = v.state, final = v.final, snapshot = v.snapshot, version = v.version, assignee = v.assignee,
              evaluators = v.evaluators, open_key = v.open_key, updated_at = v.updated_at
         from v where workflow_case.id = v.id and workflow_case.version = v.old_version
       returning workflow_case.id`,
      bindings,
    );
    const changed: { id: string }[] = this.sqlite ? result : result.rows;
    return new Set(changed.map((r) => r.id));
  }

  async insertHistory(trx: Knex.Transaction, rows: CaseHistory[]): Promise<void> {
    if (!rows.length) return;
    await trx('case_history').insert(
      rows.map((h) => ({
        case_id: h.caseId,
        seq: h.seq,
        event: h.event,
        from_state: h.fromState,
        to_state: h.toState,
        actor_subject: h.actorSubject,
        actor_role: h.actorRole,
        payload: this.json(h.payload),
        at: this.instant(h.at),
        request_id: h.requestId,
      })),
    );
  }

  async findHistory(db: Knex, caseId: string, seq: number): Promise<CaseHistory | null> {
    const row = await db('case_history').where({ case_id: caseId, seq }).first();
    return row ? historyFromRow(row) : null;
  }

  async insertOutbox(trx: Knex.Transaction, rows: OutboxMessage[]): Promise<void> {
    if (!rows.length) return;
    await trx('outbox').insert(
      rows.map((o) => ({
        id: o.id,
        case_id: o.caseId,
        case_version: o.caseVersion,
        kind: o.kind,
        payload: this.json(o.payload),
        created_at: this.instant(o.createdAt),
        processed_at: o.processedAt ? this.instant(o.processedAt) : null,
      })),
    );
  }

  async insertDeadlines(trx: Knex.Transaction, rows: Deadline[]): Promise<void> {
    if (!rows.length) return;
    await trx('deadline').insert(
      rows.map((d) => ({
        id: d.id,
        case_id: d.caseId,
        state: d.state,
        case_version: d.caseVersion,
        kind: d.kind,
        owner: d.owner,
        calendar: d.calendar,
        days: d.days,
        on_expire: d.onExpire,
        remind_before: this.json(d.remindBefore),
        started_at: this.instant(d.startedAt),
        due_at: this.instant(d.dueAt),
        original_due_at: this.instant(d.originalDueAt),
        status: d.status,
        reminders_sent: d.remindersSent,
        extended_days: d.extendedDays,
        extension_reason: d.extensionReason,
        extended_by: d.extendedBy,
        closed_at: d.closedAt ? this.instant(d.closedAt) : null,
      })),
    );
  }

  /** Closes the cases' running terms (at most one each: a case is in one state at a time). */
  async closeDeadlines(trx: Knex.Transaction, caseIds: string[], expired: boolean, at: Date): Promise<void> {
    const status = expired
      ? DeadlineStatus.EXPIRED
      : trx.raw(`case when status = ? or due_at < ? then ? else ? end`, [
          DeadlineStatus.OVERDUE,
          this.instant(at),
          DeadlineStatus.MET_LATE,
          DeadlineStatus.MET,
        ]);
    await trx('deadline')
      .whereIn('case_id', caseIds)
      .whereIn('status', OPEN_DEADLINE)
      .update({ status, closed_at: this.instant(at) });
  }

  /** Moves a case's running term to the state (and case version) it continues in. */
  async moveDeadline(trx: Knex.Transaction, caseId: string, state: string, caseVersion: number): Promise<void> {
    await trx('deadline').where({ case_id: caseId }).whereIn('status', OPEN_DEADLINE).update({ state, case_version: caseVersion });
  }

  async findOpenDeadline(db: Knex | Knex.Transaction, caseId: string): Promise<Deadline | null> {
    const row = await db('deadline').where({ case_id: caseId }).whereIn('status', OPEN_DEADLINE).first();
    return row ? deadlineFromRow(row) : null;
  }

  async findDeadline(db: Knex | Knex.Transaction, id: string): Promise<Deadline | null> {
    const row = await db('deadline').where({ id }).first();
    return row ? deadlineFromRow(row) : null;
  }

  async extendDeadline(trx: Knex.Transaction, d: Deadline): Promise<void> {
    await trx('deadline')
      .where({ id: d.id })
      .update({
        due_at: this.instant(d.dueAt),
        reminders_sent: d.remindersSent,
        extended_days: d.extendedDays,
        extension_reason: d.extensionReason,
        extended_by: d.extendedBy,
      });
  }

  async insertKey(trx: Knex.Transaction, k: IdempotencyKey): Promise<void> {
    await trx('idempotency_key').insert({
      subject: k.subject,
      key: k.key,
      fingerprint: k.fingerprint,
      case_id: k.caseId,
      seq: k.seq,
      created_at: this.instant(k.createdAt),
    });
  }

  async findKey(subject: string, key: string): Promise<Pick<IdempotencyKey, 'fingerprint' | 'caseId' | 'seq'> | null> {
    const row = await this.knex('idempotency_key').where({ subject, key }).first();
    return row ? { fingerprint: row.fingerprint, caseId: row.case_id, seq: Number(row.seq) } : null;
  }
}

export type Row = Record<string, unknown>;
/**
 * An instant as a driver returns it: a Date, epoch milliseconds (SQLite), or PostgreSQL's text form
 * ("2026-11-21 20:10:00.123+00": MikroORM has pg hand timestamps over as text).
 */
export function asDate(v: unknown): Date {
  if (v instanceof Date) return v;
  if (typeof v === 'number' || /^\d+$/.test(String(v))) return new Date(Number(v));
  const iso = String(v)
    .replace(' ', 'T')
    .replace(/([+-]\d\d)$/, '$1:00');
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`instante ilegible de la base de datos: ${String(v)}`);
  return d;
}
export const asJson = (v: unknown): Record<string, unknown> => (typeof v === 'string' ? JSON.parse(v) : (v as Record<string, unknown>));

export function caseFromRow(r: Row): WorkflowCase {
  return {
    id: r.id as string,
    process: r.process as string,
    machineVersion: Number(r.machine_version),
    entityCode: r.entity_code as string,
    departmentCode: r.department_code as string,
    cycleId: (r.cycle_id as string | null) ?? null,
    callId: (r.call_id as string | null) ?? null,
    state: r.state as string,
    final: Boolean(r.final),
    snapshot: asJson(r.snapshot),
    version: Number(r.version),
    assignee: (r.assignee as string | null) ?? null,
    evaluators: r.evaluators == null ? null : (asJson(r.evaluators) as unknown as string[]),
    openKey: (r.open_key as string | null) ?? null,
    createdBy: r.created_by as string,
    createdAt: asDate(r.created_at),
    updatedAt: asDate(r.updated_at),
  };
}

export function deadlineFromRow(r: Row): Deadline {
  return {
    id: r.id as string,
    caseId: r.case_id as string,
    state: r.state as string,
    caseVersion: Number(r.case_version),
    kind: r.kind as string,
    owner: r.owner as string,
    calendar: r.calendar as string,
    days: r.days == null ? null : Number(r.days),
    onExpire: (r.on_expire as string | null) ?? null,
    remindBefore: asJson(r.remind_before) as unknown as number[],
    startedAt: asDate(r.started_at),
    dueAt: asDate(r.due_at),
    originalDueAt: asDate(r.original_due_at),
    status: r.status as DeadlineStatus,
    remindersSent: Number(r.reminders_sent),
    extendedDays: r.extended_days == null ? null : Number(r.extended_days),
    extensionReason: (r.extension_reason as string | null) ?? null,
    extendedBy: (r.extended_by as string | null) ?? null,
    closedAt: r.closed_at == null ? null : asDate(r.closed_at),
  };
}

export function historyFromRow(r: Row): CaseHistory {
  return {
    caseId: r.case_id as string,
    seq: Number(r.seq),
    event: r.event as string,
    fromState: (r.from_state as string | null) ?? null,
    toState: r.to_state as string,
    actorSubject: r.actor_subject as string,
    actorRole: r.actor_role as string,
    payload: asJson(r.payload),
    at: asDate(r.at),
    requestId: r.request_id as string,
  };
}

/** Unique or primary-key violation, in either database's words. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Takes a case row for the rest of the transaction, if it matches `where`, without changing it
 * (the row is the runtime's to change). Domain edits (assessment answers, an application's budget)
 * and the transitions that check them both take it, so they serialise. Returns whether it matched.
 */
export function takeCaseRow(db: Knex | Knex.Transaction, where: (q: Knex.QueryBuilder) => void): Promise<boolean> {
  return takeRows(db, 'workflow_case', 'version', where);
}

/**
 * Takes the rows of `table` matching `where` for the rest of the transaction with an UPDATE that
 * sets `column` to itself (a row lock on PostgreSQL, the write lock on SQLite; nothing changes).
 * Returns whether exactly one row matched.
 */
export async function takeRows(
  db: Knex | Knex.Transaction,
  table: string,
  column: string,
  where: (q: Knex.QueryBuilder) => void,
): Promise<boolean> {
  const q = db(table);
  where(q);
  return (await q.update({ [column]: db.raw('??', [column]) })) === 1;
}
