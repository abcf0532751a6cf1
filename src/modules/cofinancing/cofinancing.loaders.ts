import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';

import { groupBy } from '../../core/collections';
import { WorkflowCase } from '../../core/workflow/case.entity';
import { CofinancingCall } from './call.entity';
import {
  BudgetLine,
  CofinancingAgreement,
  CofinancingApplication,
  Disbursement,
  EligibilityCheck,
  EvaluationScore,
  EvaluatorAssignment,
  FundReservation,
} from './cofinancing.entity';

/** Per-request batching of what application fields read (constant statements per page of applications). */
export class CofinancingLoaders {
  readonly applications: DataLoader<string, CofinancingApplication | null>;
  readonly cases: DataLoader<string, WorkflowCase | null>;
  readonly calls: DataLoader<string, CofinancingCall | null>;
  readonly budgetLines: DataLoader<string, BudgetLine[]>;
  readonly checks: DataLoader<string, EligibilityCheck[]>;
  readonly assignments: DataLoader<string, EvaluatorAssignment[]>;
  readonly scores: DataLoader<string, EvaluationScore[]>;
  readonly reservations: DataLoader<string, FundReservation | null>;
  readonly agreements: DataLoader<string, CofinancingAgreement | null>;
  readonly disbursements: DataLoader<string, Disbursement[]>;

  constructor(em: EntityManager) {
    const many = <R extends { caseId: string }>(load: (ids: string[]) => Promise<R[]>) =>
      new DataLoader<string, R[]>(async (ids) => {
        const by = groupBy(await load([...ids]), (r) => r.caseId);
        return ids.map((id) => by.get(id) ?? []);
      });
    const one = <R>(load: (ids: string[]) => Promise<R[]>, keyOf: (r: R) => string) =>
      new DataLoader<string, R | null>(async (ids) => {
        const rows = new Map((await load([...ids])).map((r) => [keyOf(r), r]));
        return ids.map((id) => rows.get(id) ?? null);
      });
    this.applications = one(
      (ids) => em.find(CofinancingApplication, { caseId: { $in: ids } }),
      (r) => r.caseId,
    );
    this.cases = one(
      (ids) => em.find(WorkflowCase, { id: { $in: ids } }),
      (r) => r.id,
    );
    this.calls = one(
      (ids) => em.find(CofinancingCall, { id: { $in: ids } }),
      (r) => r.id,
    );
    this.budgetLines = many((ids) => em.find(BudgetLine, { caseId: { $in: ids } }, { orderBy: { caseId: 'asc', position: 'asc' } }));
    this.checks = many((ids) => em.find(EligibilityCheck, { caseId: { $in: ids } }));
    this.assignments = many((ids) =>
      em.find(EvaluatorAssignment, { caseId: { $in: ids } }, { orderBy: { assignedAt: 'asc', evaluator: 'asc' } }),
    );
    this.scores = many((ids) => em.find(EvaluationScore, { caseId: { $in: ids } }));
    this.reservations = one(
      (ids) => em.find(FundReservation, { caseId: { $in: ids } }),
      (r) => r.caseId,
    );
    this.agreements = one(
      (ids) => em.find(CofinancingAgreement, { caseId: { $in: ids } }),
      (r) => r.caseId,
    );
    this.disbursements = many((ids) => em.find(Disbursement, { caseId: { $in: ids } }, { orderBy: { caseId: 'asc', instalment: 'asc' } }));
  }
}
