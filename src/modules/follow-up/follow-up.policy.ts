import { Action, anyRole, isEntityUser, seesEverything, type ActionRule, type Actor } from '../../core/auth/policy';
import { ENTITY_ROLES, type Role } from '../../core/auth/principal';

/** An entity's action plans and their follow-up: the ministry, auditors and the entity itself. */
export function canReadPlan(p: Actor, entityCode: string): boolean {
  return seesEverything(p) || (ENTITY_ROLES.has(p.role as Role) && p.entityCode === entityCode);
}

/** Writing an entity's plan and its progress reports: the entity's own users. */
export function canWritePlan(p: Actor, entityCode: string): boolean {
  return ENTITY_ROLES.has(p.role as Role) && p.entityCode === entityCode;
}

/** Every role reads plans (each only those `canReadPlan` allows); the entity's users write theirs. */
export const followUpActions: Partial<Record<Action, ActionRule>> = {
  [Action.ReadPlans]: anyRole,
  [Action.WritePlans]: isEntityUser,
};
