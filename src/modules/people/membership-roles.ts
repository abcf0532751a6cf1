import { Role } from '../../core/auth/principal';
import { MembershipRole } from './person.entity';

/** The platform role each membership gives. */
export const roleOfMembership: Record<MembershipRole, Role> = {
  [MembershipRole.COORDINATOR]: Role.COORDINATOR,
  [MembershipRole.ADVISOR]: Role.ADVISOR,
  [MembershipRole.EVALUATOR]: Role.EVALUATOR,
  [MembershipRole.AUDITOR]: Role.AUDITOR,
  [MembershipRole.REPRESENTATIVE]: Role.ENTITY_REPRESENTATIVE,
  [MembershipRole.TIC_LEADER]: Role.ENTITY_TIC_LEADER,
  [MembershipRole.MEMBER]: Role.ENTITY_MEMBER,
};

/** The membership that gives a platform role (GUEST has none). */
export function membershipOfRole(role: Role): MembershipRole | null {
  const found = (Object.entries(roleOfMembership) as [MembershipRole, Role][]).find(([, r]) => r === role);
  return found ? found[0] : null;
}

export const ENTITY_MEMBERSHIPS: ReadonlySet<MembershipRole> = new Set([
  MembershipRole.REPRESENTATIVE,
  MembershipRole.TIC_LEADER,
  MembershipRole.MEMBER,
]);

export const isEntityMembership = (role: MembershipRole): boolean => ENTITY_MEMBERSHIPS.has(role);

export const membershipLabel: Record<MembershipRole, string> = {
  [MembershipRole.COORDINATOR]: 'Coordinador(a) MinTIC',
  [MembershipRole.ADVISOR]: 'Asesor(a) de acompañamiento técnico',
  [MembershipRole.EVALUATOR]: 'Evaluador(a)',
  [MembershipRole.AUDITOR]: 'Auditor(a)',
  [MembershipRole.REPRESENTATIVE]: 'Representante de la entidad',
  [MembershipRole.TIC_LEADER]: 'Líder TIC de la entidad',
  [MembershipRole.MEMBER]: 'Funcionario(a) de la entidad',
};
