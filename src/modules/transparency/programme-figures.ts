import type { EntityManager } from '@mikro-orm/knex';

import { PROCESS_IDS, processLabel, type ProcessId, type WorkflowRegistry } from '../../../workflows/registry';

import { groupBy } from '../../core/collections';
import { sqlOf } from '../../core/orm/orm';
import { bogotaDay } from '../../core/time/business-calendar';
import type { Clock } from '../../core/time/clock';
import { statesOf } from '../../core/workflow/definition';
import { componentLabel, COMPONENTS, type Component } from '../cofinancing/cofinancing-defaults';
import { ActionPlan, PlanProduct, PlanVersion, ProgressReportRow } from '../follow-up/action-plan.entity';
import { measureAt } from '../follow-up/action-plan.service';
import { versionAt } from '../follow-up/plan-basis';

/**
 * The programme's public figures (issue 24, Ley 1712 de 2014): how many entities are at each stage
 * of each process, the cofinancing approved per department and component, and the follow-up
 * progress of the action plans their entities made public. Plain data (no GraphQL, no HTTP), so the
 * public GraphQL endpoint and the open data exports give the same numbers. Nothing here names a
 * person: only public bodies (entities, departments), states, amounts and the plans' own figures.
 */

/** An application counts as approved cofinancing from the committee's approval on (the funds are reserved then). */
export const APPROVED_STATES = ['approved', 'agreementSigned', 'inExecution', 'closed'] as const;

/** Where the names of entities and departments come from (the territorial directory's current snapshot). */
export interface NameDirectory {
  find(code: string): { name: string; kind: string; departmentCode: string; departmentName: string } | null;
  departmentName(code: string): string | null;
}

export interface ProgrammeFiguresDeps {
  registry: WorkflowRegistry;
  directory: NameDirectory;
  clock: Clock;
}

export interface StageCount {
  /** The state's name in the machines (stable, English). */
  state: string;
  /** Its Spanish name. */
  label: string;
  final: boolean;
  /** Entities whose latest case of the process is in this state. */
  entities: number;
  /** Cases of the process in this state (an entity may have several: one per cycle or call). */
  cases: number;
}

export interface ProcessStages {
  process: ProcessId;
  label: string;
  /** Entities with at least one case of the process. */
  entities: number;
  /** Every state of every version of the process's machine, in definition order (zero counts included). */
  states: StageCount[];
}

export interface ComponentAmount {
  component: Component;
  label: string;
  /** Whole pesos of FUTIC resources. */
  futicAmount: number;
  /** Whole pesos of the entities' counterpart. */
  counterpartAmount: number;
}

export interface DepartmentCofinancing {
  departmentCode: string;
  departmentName: string;
  /** Approved applications of the department's entities. */
  applications: number;
  futicAmount: number;
  counterpartAmount: number;
  /** The four components, in the resolution's order (zero where nothing was approved). */
  components: ComponentAmount[];
}

export interface ApprovedCofinancing {
  /** The states counted as approved (APPROVED_STATES). */
  states: string[];
  applications: number;
  futicAmount: number;
  counterpartAmount: number;
  components: ComponentAmount[];
  /** Departments with approved applications, by code. */
  departments: DepartmentCofinancing[];
}

export interface ObjectiveProgress {
  code: string;
  name: string | null;
  /** Weight in percentage points of the plan. */
  weight: number;
  /** Progress, ideal trajectory and gap in percentage points of the plan (Bogotá method). */
  progress: number;
  ideal: number;
  gap: number;
}

export interface PublicPlanProgress {
  planId: string;
  entityCode: string;
  entityName: string;
  entityKind: string;
  departmentCode: string;
  departmentName: string;
  title: string;
  startYear: number;
  endYear: number;
  periodicity: string;
  /** When the entity made it public. */
  publishedAt: Date;
  /** The cut of the measurement (YYYY-MM-DD, Bogotá): the day the figures were computed. */
  cut: string;
  /** The version of the plan in force at the cut. */
  planVersion: number | null;
  /** Official measurement (accepted reports only), in percentage points of the plan. */
  progress: number;
  ideal: number;
  gap: number;
  objectives: ObjectiveProgress[];
}

export interface ProgrammeFigures {
  /** When they were computed. */
  computedAt: Date;
  stages: ProcessStages[];
  cofinancing: ApprovedCofinancing;
  plans: PublicPlanProgress[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Every public figure of the programme, read now (statements one after the other: safe inside a transaction too). */
export async function programmeFigures(em: EntityManager, deps: ProgrammeFiguresDeps): Promise<ProgrammeFigures> {
  const computedAt = deps.clock.now();
  const stages = await stagesOf(em, deps.registry);
  const cofinancing = await approvedCofinancing(em, deps.directory);
  const plans = await publishedPlans(em, deps.directory, bogotaDay(computedAt));
  return { computedAt, stages, cofinancing, plans };
}

/** Entities per state of each process: each entity counted once, at the state of its latest case. */
export async function stagesOf(em: EntityManager, registry: WorkflowRegistry): Promise<ProcessStages[]> {
  const knex = sqlOf(em);
  const latest = knex('workflow_case')
    .select(
      'process',
      'entity_code',
      'state',
      knex.raw('row_number() over (partition by process, entity_code order by created_at desc, id desc) as "n"'),
    )
    .as('l');
  const [byEntity, byCase] = [
    (await knex.from(latest).select('process', 'state').count({ n: '*' }).where('n', 1).groupBy('process', 'state')) as Record<
      string,
      unknown
    >[],
    (await knex('workflow_case').select('process', 'state').count({ n: '*' }).groupBy('process', 'state')) as Record<string, unknown>[],
  ];
  const key = (r: Record<string, unknown>) => `${String(r.process)}:${String(r.state)}`;
  const entities = new Map(byEntity.map((r) => [key(r), Number(r.n)]));
  const cases = new Map(byCase.map((r) => [key(r), Number(r.n)]));
  return PROCESS_IDS.map((process) => {
    const states = new Map<string, StageCount>();
    for (const { machine } of registry.all().filter((v) => v.process === process)) {
      for (const info of statesOf(machine).values()) {
        // The latest version's label wins where versions share a state.
        states.set(info.name, { state: info.name, label: info.label, final: info.final, entities: 0, cases: 0 });
      }
    }
    for (const stage of states.values()) {
      stage.entities = entities.get(`${process}:${stage.state}`) ?? 0;
      stage.cases = cases.get(`${process}:${stage.state}`) ?? 0;
    }
    const list = [...states.values()];
    return { process, label: processLabel[process], entities: list.reduce((t, s) => t + s.entities, 0), states: list };
  });
}

/** FUTIC and counterpart pesos of the applications approved and later, per department and component. */
export async function approvedCofinancing(em: EntityManager, directory: NameDirectory): Promise<ApprovedCofinancing> {
  const knex = sqlOf(em);
  const approved = () =>
    knex('workflow_case as c')
      .where('c.process', 'COFINANCING_APPLICATION')
      .whereIn('c.state', [...APPROVED_STATES]);
  const lines = (await approved()
    .join('budget_line as b', 'b.case_id', 'c.id')
    .select('c.department_code as department', 'b.component as component')
    .sum({ futic: 'b.futic_amount', counterpart: 'b.counterpart_amount' })
    .groupBy('c.department_code', 'b.component')) as Record<string, unknown>[];
  const counts = (await approved().select('c.department_code as department').count({ n: '*' }).groupBy('c.department_code')) as Record<
    string,
    unknown
  >[];
  const componentsOf = (rows: Record<string, unknown>[]): ComponentAmount[] =>
    COMPONENTS.map((component) => {
      const mine = rows.filter((r) => r.component === component);
      return {
        component,
        label: componentLabel[component],
        futicAmount: mine.reduce((t, r) => t + Number(r.futic ?? 0), 0),
        counterpartAmount: mine.reduce((t, r) => t + Number(r.counterpart ?? 0), 0),
      };
    });
  const byDepartment = groupBy(lines, (r) => String(r.department));
  const departments = counts
    .map((r): DepartmentCofinancing => {
      const code = String(r.department);
      const components = componentsOf(byDepartment.get(code) ?? []);
      return {
        departmentCode: code,
        departmentName: directory.departmentName(code) ?? code,
        applications: Number(r.n),
        futicAmount: components.reduce((t, c) => t + c.futicAmount, 0),
        counterpartAmount: components.reduce((t, c) => t + c.counterpartAmount, 0),
        components,
      };
    })
    .sort((a, b) => a.departmentCode.localeCompare(b.departmentCode));
  const components = componentsOf(lines);
  return {
    states: [...APPROVED_STATES],
    applications: departments.reduce((t, d) => t + d.applications, 0),
    futicAmount: components.reduce((t, c) => t + c.futicAmount, 0),
    counterpartAmount: components.reduce((t, c) => t + c.counterpartAmount, 0),
    components,
    departments,
  };
}

/** The official Bogotá-method measurement at `cut` of every approved plan its entity made public. */
export async function publishedPlans(em: EntityManager, directory: NameDirectory, cut: string): Promise<PublicPlanProgress[]> {
  const plans = await em.find(
    ActionPlan,
    { publishedAt: { $ne: null }, status: 'APPROVED' },
    { orderBy: { entityCode: 'asc', createdAt: 'asc', id: 'asc' } },
  );
  if (!plans.length) return [];
  const ids = plans.map((p) => p.id);
  const versions = groupBy(
    await em.find(PlanVersion, { planId: { $in: ids } }, { orderBy: { planId: 'asc', number: 'asc' } }),
    (v) => v.planId,
  );
  const inForce = new Map(plans.map((p) => [p.id, versionAt(versions.get(p.id) ?? [], cut)]));
  const wanted = plans.filter((p) => inForce.get(p.id) != null).map((p) => ({ planId: p.id, version: inForce.get(p.id)! }));
  const products = wanted.length
    ? groupBy(await em.find(PlanProduct, { $or: wanted }, { orderBy: { planId: 'asc', version: 'asc', position: 'asc' } }), (p) => p.planId)
    : new Map<string, PlanProduct[]>();
  const reports = groupBy(
    await em.find(ProgressReportRow, { planId: { $in: ids } }, { orderBy: { reportedAt: 'asc', productCode: 'asc', id: 'asc' } }),
    (r) => r.planId,
  );
  return plans.map((plan) => {
    const mine = products.get(plan.id) ?? [];
    const m = measureAt(plan, mine, reports.get(plan.id) ?? [], cut, 'OFFICIAL');
    const names = new Map(mine.map((p) => [p.objectiveCode, p.objectiveName]));
    const entity = directory.find(plan.entityCode);
    const departmentCode = plan.entityCode.slice(0, 2);
    return {
      planId: plan.id,
      entityCode: plan.entityCode,
      entityName: entity?.name ?? plan.entityCode,
      entityKind: entity?.kind ?? (plan.entityCode.length === 2 ? 'DEPARTMENT' : 'MUNICIPALITY'),
      departmentCode,
      departmentName: entity?.departmentName ?? directory.departmentName(departmentCode) ?? departmentCode,
      title: plan.title,
      startYear: plan.startYear,
      endYear: plan.endYear,
      periodicity: plan.periodicity,
      publishedAt: plan.publishedAt!,
      cut,
      planVersion: inForce.get(plan.id) ?? null,
      progress: round2(m.overall.progress),
      ideal: round2(m.overall.ideal),
      gap: round2(m.overall.gap),
      objectives: m.objectives.map((o) => ({
        code: o.code,
        name: names.get(o.code) ?? null,
        weight: round2(o.weight),
        progress: round2(o.progress),
        ideal: round2(o.ideal),
        gap: round2(o.gap),
      })),
    };
  });
}
