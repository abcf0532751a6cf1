import { Action, anyRole, isEntityUser, seesEverything, type ActionRule } from '../../core/auth/policy';
import { ENTITY_ROLES, Role, type Principal } from '../../core/auth/principal';

/** An entity's journey (all its cases at a glance): the ministry, auditors and the entity itself. */
export function canReadJourney(p: Principal, entityCode: string): boolean {
  return seesEverything(p) || (ENTITY_ROLES.has(p.role) && p.entityCode === entityCode);
}

/**
 * Every role reads cases (each those `caseScope` allows); only an entity's users open their own;
 * those who may send some event act (which events, on which cases, is each process's sender table).
 */
export const caseActions: Partial<Record<Action, ActionRule>> = {
  [Action.ReadCases]: anyRole,
  [Action.OpenCases]: isEntityUser,
  [Action.ActOnCases]: (p) => p.role === Role.COORDINATOR || p.role === Role.ADVISOR || p.role === Role.EVALUATOR || isEntityUser(p),
};
