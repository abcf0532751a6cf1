import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';

import { ActionPlan, PlanProduct, PlanVersion } from './action-plan.entity';
import { periodsOf } from './measurement';

/**
 * The action plan of a cofinanced project, written by the platform when its execution starts
 * (issue 21, item 4): what the project delivers, line by line of its budget, and when, by the
 * agreement's disbursement schedule. Plain facts in, rows out: follow-up knows nothing of
 * cofinancing's tables, and cofinancing calls this from its START_EXECUTION.
 */
export interface ProjectFacts {
  /** The application (COFINANCING_APPLICATION case) the plan follows. */
  caseId: string;
  entityCode: string;
  /** The application's title. */
  title: string;
  /** The Bogotá day execution started (YYYY-MM-DD). */
  startedOn: string;
  /** Who started execution: the plan's version 1 is approved in their name. */
  approvedBy: string;
  at: Date;
  /** The budget lines, in the application's order. */
  lines: readonly { position: number; description: string; futicAmount: number; counterpartAmount: number }[];
  /** The disbursement schedule's instalments (any order). */
  instalments: readonly { dueOn: string; amount: number }[];
}

export const PROJECT_OBJECTIVE = { code: 'O1', name: 'Ejecución del proyecto cofinanciado' } as const;
export const PROJECT_INDICATOR = 'Porcentaje de ejecución de la línea';

/**
 * Weights in hundredths of a point proportional to `amounts`, summing exactly 100 points: each gets
 * its share rounded down, and the hundredths left go to the largest remainders (the earlier line
 * on a tie). Lines all at zero share the points equally.
 */
export function proportionalWeights(amounts: readonly number[]): number[] {
  if (!amounts.length) return [];
  const total = amounts.reduce((s, a) => s + Math.max(0, a), 0);
  const exact = amounts.map((a) => (total > 0 ? (Math.max(0, a) * 10_000) / total : 10_000 / amounts.length));
  const cents = exact.map(Math.floor);
  let left = 10_000 - cents.reduce((s, c) => s + c, 0);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    cents[i]++;
    left--;
  }
  return cents.map((c) => c / 100);
}

/**
 * The plan's rows. Horizon: from the year execution starts to the year of the last instalment,
 * semiannual. Each line is a product (`P<position>`, Creciente): its target in a semester is the
 * share of the disbursement schedule due by the semester's end (cumulative, 4 decimals), from the
 * semester execution starts in to the one of the last instalment, which reaches 1. Earlier
 * semesters of the first year owe nothing (they ended before the project ran).
 */
export function projectPlan(facts: ProjectFacts): { plan: ActionPlan; version: PlanVersion; products: PlanProduct[] } {
  const planId = randomUUID();
  const dues = [...facts.instalments].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  const startYear = Number(facts.startedOn.slice(0, 4));
  // A schedule due entirely before execution started is owed by the first semester.
  const lastDue = dues.length && dues[dues.length - 1].dueOn > facts.startedOn ? dues[dues.length - 1].dueOn : facts.startedOn;
  const endYear = Math.max(startYear, Number(lastDue.slice(0, 4)));
  const periods = periodsOf(startYear, endYear, 'SEMIANNUAL');
  const total = dues.reduce((s, d) => s + d.amount, 0);
  const lastPeriod = periods.find((p) => p.start <= lastDue && lastDue <= p.end) ?? periods[periods.length - 1];
  const targets: Record<string, number> = {};
  for (const p of periods) {
    if (p.end < facts.startedOn || p.start > lastPeriod.start) continue;
    const due = dues.filter((d) => d.dueOn <= p.end).reduce((s, d) => s + d.amount, 0);
    targets[p.key] = p.key === lastPeriod.key || total <= 0 ? 1 : Math.round((due / total) * 10_000) / 10_000;
  }
  const title = `Plan de acción — ${facts.title}`.slice(0, 300);
  const weights = proportionalWeights(facts.lines.map((l) => l.futicAmount + l.counterpartAmount));
  const plan: ActionPlan = {
    id: planId,
    entityCode: facts.entityCode,
    caseId: facts.caseId,
    title,
    startYear,
    endYear,
    periodicity: 'SEMIANNUAL',
    status: 'APPROVED',
    currentVersion: 1,
    description:
      'Plan del proyecto cofinanciado, escrito por la plataforma al iniciar la ejecución del convenio: un producto por línea del presupuesto (peso según su valor FUTIC más contrapartida), con metas semestrales acumuladas según el cronograma de desembolsos. Cambia solo por propuestas de ajuste aprobadas.',
    createdBy: facts.approvedBy,
    createdAt: facts.at,
    updatedAt: facts.at,
  };
  const version: PlanVersion = {
    planId,
    number: 1,
    status: 'APPROVED',
    caseId: null,
    baseVersion: null,
    title,
    justification: null,
    changes: [],
    effectiveFrom: null,
    proposedBy: facts.approvedBy,
    proposedAt: facts.at,
    approvedBy: facts.approvedBy,
    approvedAt: facts.at,
  };
  const products: PlanProduct[] = facts.lines.map((line, i) => ({
    planId,
    version: 1,
    code: `P${line.position}`,
    position: i + 1,
    objectiveCode: PROJECT_OBJECTIVE.code,
    objectiveName: PROJECT_OBJECTIVE.name,
    name: line.description,
    indicator: PROJECT_INDICATOR,
    weight: weights[i],
    annualization: 'INCREASING',
    targets: { ...targets },
    sector: null,
    baseline: 0,
  }));
  return { plan, version, products };
}

/** Writes the project's plan, approved as version 1, in the caller's transaction. */
export async function createProjectPlan(em: EntityManager, facts: ProjectFacts): Promise<ActionPlan> {
  const { plan, version, products } = projectPlan(facts);
  await em.insert(ActionPlan, plan);
  await em.insert(PlanVersion, version);
  if (products.length) await em.insertMany(PlanProduct, products);
  return plan;
}
