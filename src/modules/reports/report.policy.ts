import {
  Action,
  anyRole,
  canReadCase,
  caseScope,
  seesEverything,
  type ActionRule,
  type Actor,
  type CaseAccess,
  type CaseScope,
} from '../../core/auth/policy';
import { ENTITY_ROLES, type Role } from '../../core/auth/principal';
import { readsAdoption } from '../adoption/adoption.policy';
import { canReadPlan } from '../follow-up/follow-up.policy';
import type { ReportKind } from './report.entity';

/**
 * Whose view of the data a report of `kind` holds for this actor, or null when the actor may not
 * have one. A report is readable exactly by the actors whose view equals the report's, so a
 * report made for one entity (or one advisor's caseload) is never served to anyone else.
 * - Follow-up of an entity's plan: the same for everyone who may read the plan (`PLAN`).
 * - Índice: ministry and auditors see everything (`ALL`, also a provisional Índice); an entity
 *   only its own row and the national figures; advisors and evaluators the published Índice (`PUBLIC`).
 * - Caseload: the cases `caseScope` lets the actor see.
 * - Roadmap of an accompaniment (its PDF at a delivery): the same for everyone who may read the
 *   case (`CASE`): the entity, its advisor, coordinators and auditors; `kase` is that case.
 * - Adoption of the maturity model: coordinators and auditors (`ALL`), nobody else.
 */
export function reportScope(p: Actor, kind: ReportKind, entityCode: string | null, kase?: CaseAccess | null): string | null {
  switch (kind) {
    case 'ROADMAP':
      return kase && canReadCase(p, kase) ? 'CASE' : null;
    case 'FOLLOW_UP':
      return entityCode !== null && canReadPlan(p, entityCode) ? 'PLAN' : null;
    case 'CTI_INDEX':
      if (seesEverything(p)) return 'ALL';
      if (ENTITY_ROLES.has(p.role as Role)) return p.entityCode ? `ENTITY:${p.entityCode}` : null;
      return 'PUBLIC';
    case 'ADOPTION':
      // The list of entities without a validated assessment: whole, for those who may read it.
      return readsAdoption(p) ? 'ALL' : null;
    case 'CASELOAD': {
      const scope = caseScope(p);
      switch (scope.kind) {
        case 'ALL':
          return 'ALL';
        case 'ENTITY':
          return `ENTITY:${scope.entityCode}`;
        case 'ASSIGNEE':
          return `ASSIGNEE:${scope.subject}`;
        case 'EVALUATOR':
          return `EVALUATOR:${scope.subject}`;
        default:
          return null;
      }
    }
  }
}

/** The case scope a caseload report's view stands for (the inverse of `reportScope` for CASELOAD). */
export function caseScopeOfReport(scope: string): CaseScope {
  if (scope === 'ALL') return { kind: 'ALL' };
  const [kind, value] = [scope.slice(0, scope.indexOf(':')), scope.slice(scope.indexOf(':') + 1)];
  if (kind === 'ENTITY') return { kind: 'ENTITY', entityCode: value };
  if (kind === 'ASSIGNEE') return { kind: 'ASSIGNEE', subject: value };
  if (kind === 'EVALUATOR') return { kind: 'EVALUATOR', subject: value };
  return { kind: 'NONE' };
}

/** Every role may request reports; each report holds only what `reportScope` lets its requester see. */
export const reportActions: Partial<Record<Action, ActionRule>> = {
  [Action.RequestReports]: anyRole,
};
