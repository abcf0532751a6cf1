import { Action, anyRole, isEntityLead, isEntityUser, seesEverything, type ActionRule, type Actor } from '../../core/auth/policy';
import { ENTITY_ROLES, type Role } from '../../core/auth/principal';

/** An entity's action plans and their follow-up: the ministry, auditors and the entity itself. */
export function canReadPlan(p: Actor, entityCode: string): boolean {
  return seesEverything(p) || (ENTITY_ROLES.has(p.role as Role) && p.entityCode === entityCode);
}

/**
 * Writing an entity's plan (importing it, proposing adjustments) and its progress reports: the
 * entity's representative or TIC leader, who answer for it; a member reads it.
 */
export function canWritePlan(p: Actor, entityCode: string): boolean {
  return isEntityLead(p) && p.entityCode === entityCode;
}

/** Every role reads plans (each only those `canReadPlan` allows); the entity's users write theirs. */
export const followUpActions: Partial<Record<Action, ActionRule>> = {
  [Action.ReadPlans]: anyRole,
  [Action.WritePlans]: isEntityUser,
};
