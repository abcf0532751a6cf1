import type { EntityManager } from '@mikro-orm/knex';

import { PROCESS_IDS, processLabel, type ProcessId, type WorkflowRegistry } from '../../../workflows/registry';
import { deadlineKindLabels, type DeadlineKind } from '../../../workflows/shared';

import type { CaseScope } from '../../core/auth/policy';
import { chunks, groupBy } from '../../core/collections';
import { instantFor } from '../../core/orm/orm';
import { bogotaDay, longDay } from '../../core/time/business-calendar';
import { asDate } from '../../core/workflow/case-store';
import { OPEN_DEADLINE } from '../../core/workflow/deadline.entity';
import { statesOf } from '../../core/workflow/definition';
import { accompanimentIndicators } from '../accompaniment/accompaniment-indicators.service';
import type { Cycle } from '../cycles/cycle.entity';
import { ActionPlan, ImprovementAction, PlanProduct, PlanVersion, ProgressReportRow } from '../follow-up/action-plan.entity';
import { measureAt } from '../follow-up/action-plan.service';
import { improvementStatusLabel, isOverdue, type ImprovementStatus } from '../follow-up/improvement-action.service';
import { periodsOf, type Periodicity, type Semaforo } from '../follow-up/measurement';
import { versionAt } from '../follow-up/plan-basis';
import { measureBySector } from '../follow-up/sector-measure';
import { partsOf, type CtiIndexService, type GroupAverage } from '../maturity/cti-index.service';
import { cycleProgress, type EntryProgress } from '../maturity/cycle-progress';
import type { ModelCatalog } from '../maturity/model-catalog';
import type { DirectorySnapshot } from '../territorial-entities/territorial-entity.service';
import type {
  CaseloadData,
  CaseloadDepartmentRow,
  CaseloadStateRow,
  FollowUpData,
  IndexData,
  IndexGroupRow,
  IndexRankRow,
} from './report-data';

const DAY_MS = 86_400_000;

/**
 * The follow-up of a plan at `cut`, the official one: the plan version in force at the cut and the
 * accepted reports only (a later adjustment or a report still in review never moves it); the
 * products' words, sectors and baselines, the narratives known by the cut, the products per
 * sector, and the improvement actions as they stand on `today` (they answer the figures of the
 * cut, so they are written after it: the report shows where they stand when it is made).
 */
export async function followUpData(
  em: EntityManager,
  plan: ActionPlan,
  cut: string,
  directory: DirectorySnapshot,
  today: string,
): Promise<FollowUpData> {
  const [versions, rows, actions] = await Promise.all([
    em.find(PlanVersion, { planId: plan.id }),
    em.find(ProgressReportRow, { planId: plan.id }, { orderBy: { reportedAt: 'asc', id: 'asc' } }),
    em.find(ImprovementAction, { planId: plan.id }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
  ]);
  const version = versionAt(versions, cut);
  const current = plan.currentVersion;
  const products = version === null ? [] : await em.find(PlanProduct, { planId: plan.id, version }, { orderBy: { position: 'asc' } });
  const measure = measureAt(plan, products, rows, cut, 'OFFICIAL');
  const periods = periodsOf(plan.startYear, plan.endYear, plan.periodicity as Periodicity);
  const narratives: FollowUpData['narratives'] = {};
  // The latest narrative known at the cut; later reports (by date or by period) are not yet known then.
  for (const r of rows) {
    if (r.status !== 'ACCEPTED' || (r.acceptedOn ?? r.reportedOn) > cut) continue;
    const period = periods.find((p) => p.key === r.period);
    if (!period || period.start > cut) continue;
    const known = narratives[r.productCode];
    if (!known || known.period <= r.period) narratives[r.productCode] = { period: r.period, text: r.narrative };
  }
  const sectorOf = new Map(products.map((p) => [p.code, p.sector]));
  return {
    // The title of the version measured: a later adjustment that renames the plan leaves a past cut's report as it was.
    title: versions.find((v) => v.number === version)?.title ?? plan.title,
    entityCode: plan.entityCode,
    entityName: directory.find(plan.entityCode)?.name ?? plan.entityCode,
    measure,
    basis: { planVersion: version, currentVersion: current, official: version !== null, label: basisLabel(cut, version, current) },
    products: products.map((p) => ({
      code: p.code,
      name: p.name,
      indicator: p.indicator,
      objectiveCode: p.objectiveCode,
      objectiveName: p.objectiveName,
      sector: p.sector,
      baseline: p.baseline,
    })),
    narratives,
    sectors: measureBySector(
      measure.objectives.flatMap((o) => o.products).map((p) => ({ sector: sectorOf.get(p.code) ?? null, status: p.status })),
    ),
    improvements: actions.map((a) => ({
      productCode: a.productCode,
      action: a.action,
      responsible: a.responsible,
      dueOn: a.dueOn,
      status: a.status,
      statusLabel: improvementStatusLabel[a.status as ImprovementStatus] ?? a.status,
      statusNote: a.statusNote,
      overdue: isOverdue(a, today),
      triggeredBy: (a.triggeredBy as Semaforo | null) ?? null,
    })),
    asOf: today,
  };
}

/** What the report's measurement is, in words: the official one of the cut, and whether the plan has changed since. */
function basisLabel(cut: string, version: number | null, current: number | null): string {
  if (version === null) return `Sin versión aprobada del plan al ${longDay(cut)}: no hay medición oficial.`;
  const since =
    current !== null && current !== version
      ? ` El plan tiene hoy la versión ${current}, aprobada después del corte: no cambia esta medición.`
      : '';
  return `Medición oficial: versión ${version} del plan, la vigente al ${longDay(cut)}, y solo los reportes de avance aceptados por la coordinación.${since}`;
}

/**
 * A cycle's Índice as its requester may see it: every ranked entity with its dimensions and the
 * department averages, or (`ownEntity`) only that entity's row with the national figures.
 */
export async function indexData(
  em: EntityManager,
  deps: { cti: CtiIndexService; models: ModelCatalog },
  cycle: Cycle,
  directory: DirectorySnapshot,
  ownEntity: string | null,
): Promise<IndexData> {
  const { model } = await deps.models.ofCycle(em, cycle.id);
  const dimensions = model.definition.dimensions.map((d) => ({ id: d.id, name: d.name }));
  const [page, aggregates, progress] = await Promise.all([
    deps.cti.page(em, cycle.id, { first: 1_000_000, orderBy: 'INDEX_DESC', filter: null }),
    deps.cti.aggregates(em, cycle.id),
    cycleProgress(em, cycle.id),
  ]);
  const all = page.edges.map((e) => e.node);
  const visible = ownEntity === null ? all : all.filter((r) => r.entityCode === ownEntity);
  const parts = new Map<string, Record<string, number>>();
  for (const slice of chunks(
    visible.map((r) => r.caseId),
    1000,
  )) {
    for (const [caseId, list] of await partsOf(em, slice)) {
      parts.set(caseId, Object.fromEntries(list.filter((p) => p.kind === 'DIMENSION').map((p) => [p.partId, p.score])));
    }
  }
  const group = (g: GroupAverage, name: string): IndexGroupRow => ({
    key: g.key,
    name,
    count: g.count,
    index: g.index,
    dimensions: Object.fromEntries(g.dimensions.map((d) => [d.dimensionId, d.score])),
  });
  return {
    cycleYear: cycle.year,
    published: cycle.indexPublishedAt != null,
    dimensions,
    rankedCount: all.length,
    ranking: visible.map((r) => {
      const entity = directory.find(r.entityCode);
      return {
        rank: r.rank,
        entityCode: r.entityCode,
        entityName: r.entityName,
        departmentCode: r.departmentCode,
        departmentName: directory.departmentName(r.departmentCode) ?? r.departmentCode,
        kindLabel: entity?.kindLabel ?? r.entityKind,
        index: r.indexScore,
        level: r.level,
        levelName: model.level(r.level)?.name ?? String(r.level),
        dimensions: parts.get(r.caseId) ?? {},
        ...rankProgress(progress.entries.get(r.entityCode)),
      };
    }),
    ownOnly: ownEntity !== null,
    national: group(aggregates.national, 'Nacional'),
    departments: ownEntity === null ? aggregates.departments.map((g) => group(g, directory.departmentName(g.key) ?? g.key)) : [],
    levels: model.definition.levels.map((l) => ({ level: l.level, name: l.name, count: aggregates.levels.get(l.level) ?? 0 })),
    firstTimers: progress.firstTimers,
    repeaters: progress.repeaters,
  };
}

/** A ranking row's comparison with the entity's previous participation (none found: a first participation). */
function rankProgress(
  p: EntryProgress | undefined,
): Pick<IndexRankRow, 'previousCycleYear' | 'previousIndex' | 'previousRank' | 'indexChange' | 'rankChange' | 'firstParticipation'> {
  return {
    previousCycleYear: p?.previousCycleYear ?? null,
    previousIndex: p?.previousIndex ?? null,
    previousRank: p?.previousRank ?? null,
    indexChange: p?.indexChange ?? null,
    rankChange: p?.rankChange ?? null,
    firstParticipation: p?.firstParticipation ?? true,
  };
}

const ownerLabel: Record<string, string> = { MINISTRY: 'Ministerio', ENTITY: 'Entidad', ADVISOR: 'Asesor(a)', NONE: '—' };

interface CaseRow {
  id: string;
  process: string;
  machine_version: number;
  state: string;
  final: boolean | number;
  entity_code: string;
  department_code: string;
  assignee: string | null;
  evaluators: string | string[] | null;
}

/** The cases a scope covers (evaluators' panels are JSON, so that scope is filtered here). */
async function casesIn(em: EntityManager, scope: CaseScope): Promise<CaseRow[]> {
  const q = em
    .getKnex()('workflow_case')
    .select('id', 'process', 'machine_version', 'state', 'final', 'entity_code', 'department_code', 'assignee', 'evaluators');
  if (scope.kind === 'NONE') return [];
  if (scope.kind === 'ENTITY') q.where('entity_code', scope.entityCode);
  if (scope.kind === 'ASSIGNEE') q.where('assignee', scope.subject);
  if (scope.kind === 'EVALUATOR') q.whereNotNull('evaluators');
  const rows = (await q) as CaseRow[];
  if (scope.kind !== 'EVALUATOR') return rows;
  return rows.filter((r) => {
    const list = typeof r.evaluators === 'string' ? (JSON.parse(r.evaluators) as string[]) : (r.evaluators ?? []);
    return list.includes(scope.subject);
  });
}

/**
 * What a caseload report's data depends on, read only inside its scope: the history rows (count
 * and latest instant) and the overdue terms of the cases the scope covers. A scoped report's id
 * must not move when cases outside the scope change, or it would reveal activity elsewhere.
 */
export async function caseloadGeneration(
  em: EntityManager,
  scope: CaseScope,
  now: Date,
): Promise<{ history: number; at: unknown; overdue: number }> {
  const knex = em.getKnex();
  const history = knex('case_history').count({ n: '*' }).max({ at: 'at' });
  const overdue = knex('deadline').whereIn('status', OPEN_DEADLINE).andWhere('due_at', '<', instantFor(em)(now)).count({ n: '*' });
  if (scope.kind !== 'ALL') {
    const cases =
      scope.kind === 'ENTITY'
        ? knex('workflow_case').select('id').where('entity_code', scope.entityCode)
        : scope.kind === 'ASSIGNEE'
          ? knex('workflow_case').select('id').where('assignee', scope.subject)
          : (await casesIn(em, scope)).map((c) => c.id);
    history.whereIn('case_id', cases);
    overdue.whereIn('case_id', cases);
  }
  const [[h], [o]] = await Promise.all([history, overdue]);
  return { history: Number(h.n), at: h.at, overdue: Number(o.n) };
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const median = (values: number[]): number | null => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * The caseload of a scope at `asOf`: cases per process and state, the median days the cases now
 * in a state have spent there and the median of finished stays, the deadlines overdue (still open,
 * PENDING or already flagged OVERDUE, and due before `asOf`), and per department.
 */
export async function caseloadData(
  em: EntityManager,
  registry: WorkflowRegistry,
  scope: CaseScope,
  scopeLabel: string,
  asOf: Date,
  directory: DirectorySnapshot,
): Promise<CaseloadData> {
  const knex = em.getKnex();
  const cases = await casesIn(em, scope);
  const ids = cases.map((c) => c.id);
  // When each case entered each state: history rows that changed the state (self-loops do not).
  const entries: { case_id: string; seq: number; to_state: string; at: Date | string }[] = [];
  const overdue: { id: string; case_id: string; kind: string; owner: string; due_at: Date | string }[] = [];
  for (const slice of chunks(ids, 1000)) {
    const [history, late] = await Promise.all([
      knex('case_history')
        .select('case_id', 'seq', 'to_state', 'at')
        .whereIn('case_id', slice)
        .andWhere((w) => w.whereNull('from_state').orWhereRaw('from_state <> to_state')),
      knex('deadline')
        .select('id', 'case_id', 'kind', 'owner', 'due_at')
        .whereIn('case_id', slice)
        .whereIn('status', OPEN_DEADLINE)
        .andWhere('due_at', '<', instantFor(em)(asOf)),
    ]);
    entries.push(...(history as typeof entries));
    overdue.push(...(late as typeof overdue));
  }
  const instant = (v: unknown) => asDate(v).getTime();
  const staysOf = groupBy(entries, (e) => e.case_id);
  const current = new Map<string, number[]>();
  const finished = new Map<string, number[]>();
  const byId = new Map(cases.map((c) => [c.id, c]));
  for (const [caseId, list] of staysOf) {
    const kase = byId.get(caseId)!;
    list.sort((a, b) => a.seq - b.seq);
    list.forEach((e, i) => {
      const key = `${kase.process}:${e.to_state}`;
      const next = list[i + 1];
      if (next) {
        const days = (instant(next.at) - instant(e.at)) / DAY_MS;
        push(finished, key, days);
      } else if (!kase.final) {
        push(current, key, (asOf.getTime() - instant(e.at)) / DAY_MS);
      }
    });
  }

  const counts = new Map<string, number>();
  for (const c of cases) counts.set(`${c.process}:${c.state}`, (counts.get(`${c.process}:${c.state}`) ?? 0) + 1);
  const states: CaseloadStateRow[] = [];
  for (const process of PROCESS_IDS) {
    const known = statesOf(registry.latest(process).machine);
    const names = new Set([...known.keys(), ...cases.filter((c) => c.process === process).map((c) => c.state)]);
    for (const state of names) {
      const info =
        known.get(state) ??
        statesOf(registry.get(process, cases.find((c) => c.process === process && c.state === state)!.machine_version).machine).get(state);
      const key = `${process}:${state}`;
      states.push({
        process,
        processLabel: processLabel[process],
        state,
        stateLabel: info?.label ?? state,
        final: info?.final ?? false,
        count: counts.get(key) ?? 0,
        medianDaysInState: median(current.get(key) ?? []),
        medianDaysFinishedStays: median(finished.get(key) ?? []),
      });
    }
  }

  const labelOf = (c: CaseRow) => {
    const info = statesOf(registry.get(c.process as ProcessId, c.machine_version).machine).get(c.state);
    return info?.label ?? c.state;
  };
  const overdueRows = overdue
    .map((d) => {
      const kase = byId.get(d.case_id)!;
      const entity = directory.find(kase.entity_code);
      const dueAt = new Date(instant(d.due_at));
      return {
        caseId: kase.id,
        processLabel: processLabel[kase.process as ProcessId] ?? kase.process,
        entityCode: kase.entity_code,
        entityName: entity?.name ?? kase.entity_code,
        departmentName: directory.departmentName(kase.department_code) ?? kase.department_code,
        stateLabel: labelOf(kase),
        deadlineLabel: deadlineKindLabels[d.kind as DeadlineKind] ?? d.kind,
        ownerLabel: ownerLabel[d.owner] ?? d.owner,
        dueAt,
        // Calendar days in Bogotá: a term ending on the 5th (at 23:59:59) is 1 day overdue on the 6th.
        daysOverdue: Math.round((Date.parse(bogotaDay(asOf)) - Date.parse(bogotaDay(dueAt))) / DAY_MS),
      };
    })
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.entityCode.localeCompare(b.entityCode));

  const lateCases = groupBy(overdue, (d) => byId.get(d.case_id)!.department_code);
  const departments: CaseloadDepartmentRow[] = [...groupBy(cases, (c) => c.department_code)]
    .map(([code, list]) => ({
      departmentCode: code,
      departmentName: directory.departmentName(code) ?? code,
      open: Object.fromEntries(PROCESS_IDS.map((p) => [p, list.filter((c) => c.process === p && !c.final).length])),
      closed: list.filter((c) => Boolean(c.final)).length,
      overdue: lateCases.get(code)?.length ?? 0,
    }))
    .sort((a, b) => a.departmentCode.localeCompare(b.departmentCode));

  const today = bogotaDay(asOf);
  const window = { from: null, to: today, today, scope };
  const byAdvisor = await accompanimentIndicators(em, { ...window, groupBy: 'ADVISOR' }, directory);
  const byDepartment = await accompanimentIndicators(em, { ...window, groupBy: 'DEPARTMENT' }, directory);

  return {
    asOf,
    scopeLabel,
    processes: PROCESS_IDS.map((p) => ({ id: p, label: processLabel[p] })),
    states,
    overdue: overdueRows,
    departments,
    totalCases: cases.length,
    accompaniment: { byAdvisor, byDepartment },
  };
}
