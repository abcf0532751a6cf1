import { BaseSqlitePlatform, type EntityManager, type Knex } from '@mikro-orm/knex';

import type { CaseScope } from '../../core/auth/policy';
import { instantFor, sqlOf } from '../../core/orm/orm';
import { atBogotaTime, endOfDay, remainingWorkingDays } from '../../core/time/business-calendar';
import { asDate } from '../../core/workflow/case-store';
import type { DirectorySnapshot } from '../territorial-entities/territorial-entity.service';

export const INDICATOR_GROUPS = ['ADVISOR', 'DEPARTMENT'] as const;
export type IndicatorGroupBy = (typeof INDICATOR_GROUPS)[number];

/** The key of the cases no advisor has been assigned to yet (ADVISOR grouping). */
export const UNASSIGNED_KEY = '';

/** The accompaniment figures of one advisor or one department. */
export interface IndicatorRow {
  /** The advisor's user or the department's DIVIPOLA code ('' : cases without an advisor). */
  key: string;
  /** The advisor's name (the user when the directory has none) or the department's name. */
  label: string;
  openCases: number;
  sessionsHeld: number;
  commitmentsOverdue: number;
  /** Median business days from the advisor's assignment to the first session held; null when none. */
  medianDaysToFirstSession: number | null;
  /** Average survey score (1–5), two decimals; null when no survey. */
  satisfactionAverage: number | null;
  surveys: number;
}

export interface IndicatorWindow {
  groupBy: IndicatorGroupBy;
  /** First Bogotá day counted (YYYY-MM-DD); null: since the beginning. */
  from: string | null;
  /** Last Bogotá day counted. */
  to: string;
  /** Today in Bogotá: a commitment is overdue when still open after its day. */
  today: string;
  /** Whose cases (the caseload report's view; the query's is ALL). */
  scope: CaseScope;
}

const round = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The accompaniment as coordinators follow it, per advisor (the case's current advisor) or per
 * department, for a window of Bogotá days:
 * - open cases: not finished today, requested by the window's last day;
 * - sessions held: sessions recorded as held that started in the window;
 * - commitments overdue: still open past their due day, due in the window;
 * - median time to the first session: business days from the advisor's assignment (ASSIGN_ADVISOR
 *   in the history) to the start of the first session held, for the cases whose first session
 *   was held in the window;
 * - satisfaction: the surveys answered in the window, their count and average score.
 * At most seven statements whatever the number of cases, advisors or departments (each groups in
 * SQL or reads one row per case; the last reads the advisors' names).
 */
export async function accompanimentIndicators(
  em: EntityManager,
  w: IndicatorWindow,
  directory: DirectorySnapshot,
): Promise<IndicatorRow[]> {
  if (w.scope.kind === 'NONE' || w.scope.kind === 'EVALUATOR') return [];
  const db = sqlOf(em);
  const instant = instantFor(em);
  const fromAt = w.from ? instant(atBogotaTime(w.from, 0)) : null;
  const toAt = instant(endOfDay(w.to));
  const group = w.groupBy === 'ADVISOR' ? 'c.assignee' : 'c.department_code';
  const notFinal = em.getPlatform() instanceof BaseSqlitePlatform ? 0 : false;
  /** The accompaniment cases of the scope, as `c`. */
  const cases = (q: Knex.QueryBuilder) => {
    q.where('c.process', 'ACCOMPANIMENT');
    if (w.scope.kind === 'ENTITY') q.andWhere('c.entity_code', w.scope.entityCode);
    if (w.scope.kind === 'ASSIGNEE') q.andWhere('c.assignee', w.scope.subject);
    return q;
  };
  const within = (q: Knex.QueryBuilder, column: string) => {
    if (fromAt !== null) q.andWhere(column, '>=', fromAt);
    return q.andWhere(column, '<=', toAt);
  };
  type Count = { key: string | null; n: number | string };

  const open: Promise<Count[]> = cases(db('workflow_case as c'))
    .andWhere('c.final', notFinal)
    .andWhere('c.created_at', '<=', toAt)
    .groupBy(group)
    .select(db.raw(`${group} as "key"`))
    .count({ n: '*' });
  const held: Promise<Count[]> = within(
    cases(db('accompaniment_session as s').join('workflow_case as c', 'c.id', 's.case_id')).andWhere('s.status', 'HELD'),
    's.starts_at',
  )
    .groupBy(group)
    .select(db.raw(`${group} as "key"`))
    .count({ n: '*' });
  const overdueQuery = cases(db('accompaniment_commitment as m').join('workflow_case as c', 'c.id', 'm.case_id'))
    .andWhere('m.status', 'OPEN')
    .andWhere('m.due_on', '<', w.today)
    .andWhere('m.due_on', '<=', w.to);
  if (w.from) overdueQuery.andWhere('m.due_on', '>=', w.from);
  const overdue: Promise<Count[]> = overdueQuery
    .groupBy(group)
    .select(db.raw(`${group} as "key"`))
    .count({ n: '*' });
  const surveys: Promise<(Count & { total: number | string | null })[]> = within(
    cases(db('accompaniment_request as r').join('workflow_case as c', 'c.id', 'r.case_id')).whereNotNull('r.survey_at'),
    'r.survey_at',
  )
    .groupBy(group)
    .select(db.raw(`${group} as "key"`))
    .count({ n: '*' })
    .sum({ total: 'r.survey_score' });
  // Each case's first session held, kept when it falls in the window.
  const firstHeld = cases(db('accompaniment_session as s').join('workflow_case as c', 'c.id', 's.case_id'))
    .andWhere('s.status', 'HELD')
    .groupBy('c.id', group)
    .select('c.id as case_id', db.raw(`${group} as "key"`))
    .min({ first: 's.starts_at' });
  if (fromAt !== null) firstHeld.havingRaw('min(s.starts_at) >= ?', [fromAt]);
  firstHeld.havingRaw('min(s.starts_at) <= ?', [toAt]);
  const firsts: Promise<{ case_id: string; key: string | null; first: unknown }[]> = firstHeld;
  // When each of those cases got its advisor (the first assignment).
  const assigned: Promise<{ case_id: string; at: unknown }[]> = cases(
    db('case_history as h').join('workflow_case as c', 'c.id', 'h.case_id'),
  )
    .andWhere('h.event', 'ASSIGN_ADVISOR')
    .whereIn('h.case_id', db('accompaniment_session').where('status', 'HELD').select('case_id'))
    .groupBy('h.case_id')
    .select('h.case_id')
    .min({ at: 'h.at' });

  // One after the other: a caller may hold a transaction's single connection.
  const openRows = await open;
  const heldRows = await held;
  const overdueRows = await overdue;
  const surveyRows = await surveys;
  const firstRows = await firsts;
  const assignedRows = await assigned;

  const rows = new Map<string, IndicatorRow>();
  const row = (key: string | null) => {
    const k = key ?? UNASSIGNED_KEY;
    let r = rows.get(k);
    if (!r) {
      r = {
        key: k,
        label: '',
        openCases: 0,
        sessionsHeld: 0,
        commitmentsOverdue: 0,
        medianDaysToFirstSession: null,
        satisfactionAverage: null,
        surveys: 0,
      };
      rows.set(k, r);
    }
    return r;
  };
  for (const r of openRows) row(r.key).openCases = Number(r.n);
  for (const r of heldRows) row(r.key).sessionsHeld = Number(r.n);
  for (const r of overdueRows) row(r.key).commitmentsOverdue = Number(r.n);
  for (const r of surveyRows) {
    const target = row(r.key);
    target.surveys = Number(r.n);
    target.satisfactionAverage = target.surveys ? round(Number(r.total ?? 0) / target.surveys, 2) : null;
  }
  const assignedAt = new Map(assignedRows.map((a) => [a.case_id, asDate(a.at)]));
  const days = new Map<string, number[]>();
  for (const f of firstRows) {
    const at = assignedAt.get(f.case_id);
    if (!at) continue;
    const key = f.key ?? UNASSIGNED_KEY;
    const list = days.get(key) ?? [];
    list.push(Math.max(0, remainingWorkingDays(at, asDate(f.first))));
    days.set(key, list);
  }
  for (const [key, list] of days) {
    const m = median(list);
    row(key).medianDaysToFirstSession = m === null ? null : round(m, 1);
  }

  const keys = [...rows.keys()];
  if (w.groupBy === 'ADVISOR') {
    const names: { subject: string; name: string | null }[] = keys.filter((k) => k !== UNASSIGNED_KEY).length
      ? await db('person')
          .whereIn(
            'subject',
            keys.filter((k) => k !== UNASSIGNED_KEY),
          )
          .select('subject', 'name')
      : [];
    const nameOf = new Map(names.map((p) => [p.subject, p.name]));
    for (const r of rows.values()) r.label = r.key === UNASSIGNED_KEY ? 'Sin asesor(a) asignado(a)' : (nameOf.get(r.key) ?? r.key);
  } else {
    for (const r of rows.values()) r.label = directory.departmentName(r.key) ?? r.key;
  }
  return [...rows.values()].sort(
    (a, b) =>
      Number(a.key === UNASSIGNED_KEY) - Number(b.key === UNASSIGNED_KEY) ||
      a.label.localeCompare(b.label, 'es') ||
      a.key.localeCompare(b.key),
  );
}
