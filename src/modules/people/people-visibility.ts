import { isEntityUser } from '../../core/auth/policy';
import { Role, type Principal } from '../../core/auth/principal';
import { isEntityMembership } from './membership-roles';
import type { MembershipRow } from './person.type';

/**
 * How much of a person a caller sees:
 * - FULL: coordinators, auditors and the person themself (contact, phone, history, last sign-in);
 * - CONTACT: the users of the entity the person belongs to now (name, role, contact e-mail);
 * - NAME: ministry advisors and evaluators, of people who belong to an entity (name and role);
 * - NONE: anyone else (the person is not found for them).
 */
export type PersonView = 'FULL' | 'CONTACT' | 'NAME' | 'NONE';

const RANK: Record<PersonView, number> = { NONE: 0, NAME: 1, CONTACT: 2, FULL: 3 };

export function personView(caller: Principal, target: { id: string; current: MembershipRow | null }): PersonView {
  if (caller.personId && caller.personId === target.id) return 'FULL';
  if (caller.role === Role.COORDINATOR || caller.role === Role.AUDITOR) return 'FULL';
  const current = target.current;
  if (!current || !isEntityMembership(current.role)) return 'NONE';
  if (isEntityUser(caller) && caller.entityCode === current.entityCode) return 'CONTACT';
  if (caller.role === Role.ADVISOR || caller.role === Role.EVALUATOR) return 'NAME';
  return 'NONE';
}

/** Whether the caller is this person: what only they see (a pending contact address) asks this, not a view. */
export const isSelf = (caller: Principal, personId: string): boolean => !!caller.personId && caller.personId === personId;

/** Whether a view shows at least what `needed` shows. */
export const sees = (view: PersonView, needed: PersonView): boolean => RANK[view] >= RANK[needed];

/** Who sees an entity's people (`TerritorialEntity.people`): its own users and the ministry (not a GUEST). */
export function seesEntityPeople(caller: Principal, entityCode: string): boolean {
  if (isEntityUser(caller)) return caller.entityCode === entityCode;
  return caller.role !== Role.GUEST;
}
