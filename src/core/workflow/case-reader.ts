import type { Orm } from '../orm/orm';
import { SqlList, SqlRows } from '../orm/sql-rows';
import type { CaseHistory } from './case-history.entity';
import { caseFromRow, deadlineFromRow, historyFromRow } from './case-store';
import type { WorkflowCase } from './case.entity';
import { OPEN_DEADLINE, type Deadline } from './deadline.entity';

/** The conditions of a statement on `workflow_case` (aliased `c`), each with its parameters: a scope, a filter. */
export class CaseConditions {
  readonly sql: string[] = [];
  readonly params: unknown[] = [];

  add(sql: string, ...params: unknown[]): this {
    this.sql.push(sql);
    this.params.push(...params);
    return this;
  }
}

export interface CasePageOrder {
  column: 'created_at' | 'updated_at';
  desc: boolean;
  /** Keyset: the page starts after this instant and id. */
  after?: { at: Date; id: string };
}

/**
 * The open statuses written into the text (constants of the code, not input): SQLite's planner
 * takes the (status, due_at) index for a list it can see, and read every term for a bound list.
 */
const OPEN_STATUSES = OPEN_DEADLINE.map((s) => `'${s}'`).join(', ');

const whereOf = (sql: string[]) => (sql.length ? ` where ${sql.join(' and ')}` : '');

/**
 * The read side of cases: lists, counts and the nested fields' batches, as plain rows mapped by
 * the store's own mappers. A page of 20 cases through the ORM's entity API spent most of its CPU
 * on hydration and the identity map, and then through knex's query builder on building statements
 * (docs/benchmarks.md, profiles): these are fixed texts run on the driver (SqlRows). Like the case
 * store, the tables stay defined by the entities and migrated by MikroORM.
 */
export class CaseReader {
  private readonly sql: SqlRows;

  constructor(orm: Orm) {
    this.sql = new SqlRows(orm);
  }

  async page(where: CaseConditions, order: CasePageOrder, limit: number): Promise<WorkflowCase[]> {
    const { column, desc, after } = order;
    const sql = [...where.sql];
    const params = [...where.params];
    if (after) {
      const cmp = desc ? '<' : '>';
      const at = this.sql.instant(after.at);
      sql.push(`(c.${column} ${cmp} ? or (c.${column} = ? and c.id ${cmp} ?))`);
      params.push(at, at, after.id);
    }
    const dir = desc ? 'desc' : 'asc';
    const rows = await this.sql.all(`select c.* from workflow_case c${whereOf(sql)} order by c.${column} ${dir}, c.id ${dir} limit ?`, [
      ...params,
      limit,
    ]);
    return rows.map(caseFromRow);
  }

  async count(where: CaseConditions): Promise<number> {
    const [row] = await this.sql.all(`select count(*) as n from workflow_case c${whereOf(where.sql)}`, where.params);
    return Number(row.n);
  }

  /**
   * Narrows to cases with a term still open past `now` (flagged OVERDUE, or due and not yet
   * fired), or (`overdue` false) without one. The overdue are few: their ids come from the
   * (status, due_at) index. The others are nearly all: each case is checked by its own terms (the
   * case_id index) as the page is read in order, where `not in` read every open term first.
   */
  overdue(where: CaseConditions, overdue: boolean, now: Date): CaseConditions {
    const at = this.sql.instant(now);
    return overdue
      ? where.add(`c.id in (select d.case_id from deadline d where d.status in (${OPEN_STATUSES}) and d.due_at < ?)`, at)
      : where.add(`not exists (select 1 from deadline d where d.case_id = c.id and d.status in (${OPEN_STATUSES}) and d.due_at < ?)`, at);
  }

  async byIds(ids: readonly string[]): Promise<WorkflowCase[]> {
    const rows = await this.sql.all('select * from workflow_case where id in (??)', [new SqlList(ids)]);
    return rows.map(caseFromRow);
  }

  /** Every case of these entities, newest first. */
  async ofEntities(codes: readonly string[]): Promise<WorkflowCase[]> {
    const rows = await this.sql.all('select * from workflow_case where entity_code in (??) order by created_at desc, id desc', [
      new SqlList(codes),
    ]);
    return rows.map(caseFromRow);
  }

  /** Every term of these cases, oldest first. */
  async deadlinesOf(caseIds: readonly string[]): Promise<Deadline[]> {
    const rows = await this.sql.all('select * from deadline where case_id in (??) order by started_at, id', [new SqlList(caseIds)]);
    return rows.map(deadlineFromRow);
  }

  /** Each case's whole history, in order. */
  async historyOf(caseIds: readonly string[]): Promise<CaseHistory[]> {
    const rows = await this.sql.all('select * from case_history where case_id in (??) order by case_id, seq', [new SqlList(caseIds)]);
    return rows.map(historyFromRow);
  }

  /**
   * The last `last` rows of each case as of its `version`. A case's version is its last history
   * seq and seqs run 1, 2, 3…, so they are the rows with seq in (version − last, version]: one
   * range of the primary key per case, where a window over all of each case's rows cost more
   * than the rest of a page of cases. Rows a transition added since the case was read stay out,
   * so the history matches the version shown.
   */
  async lastHistoryOf(cases: readonly { id: string; version: number }[], last: number): Promise<CaseHistory[]> {
    if (last <= 0 || cases.length === 0) return [];
    const rows = this.sql.sqlite
      ? await this.sql.all(
          `select h.* from json_each(?) k cross join case_history h
            where h.case_id = json_extract(k.value, '$[0]') and h.seq > json_extract(k.value, '$[1]') - ? and h.seq <= json_extract(k.value, '$[1]')
            order by h.case_id, h.seq`,
          [JSON.stringify(cases.map((c) => [c.id, c.version])), last],
        )
      : await this.sql.all(
          `select h.* from unnest(?::uuid[], ?::int[]) as k(id, v) join case_history h on h.case_id = k.id and h.seq > k.v - ? and h.seq <= k.v
            order by h.case_id, h.seq`,
          [cases.map((c) => c.id), cases.map((c) => c.version), last],
        );
    return rows.map(historyFromRow);
  }
}
