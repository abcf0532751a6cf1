export enum Role {
  COORDINATOR = 'COORDINATOR',
  ADVISOR = 'ADVISOR',
  EVALUATOR = 'EVALUATOR',
  ENTITY_REPRESENTATIVE = 'ENTITY_REPRESENTATIVE',
  ENTITY_MEMBER = 'ENTITY_MEMBER',
  AUDITOR = 'AUDITOR',
}

export const roleLabel: Record<Role, string> = {
  [Role.COORDINATOR]: 'Coordinador(a) MinTIC',
  [Role.ADVISOR]: 'Asesor(a) de acompañamiento técnico',
  [Role.EVALUATOR]: 'Evaluador(a)',
  [Role.ENTITY_REPRESENTATIVE]: 'Representante legal de la entidad territorial',
  [Role.ENTITY_MEMBER]: 'Funcionario(a) de la entidad territorial',
  [Role.AUDITOR]: 'Auditor(a)',
};

/** Roles that act on behalf of one territorial entity and carry its code. */
export const ENTITY_ROLES: ReadonlySet<Role> = new Set([Role.ENTITY_REPRESENTATIVE, Role.ENTITY_MEMBER]);

/** Who is making a request, as established from a verified token. */
export interface Principal {
  subject: string;
  role: Role;
  /** DIVIPOLA code of the entity an entity user acts for; null for ministry and audit roles. */
  entityCode: string | null;
}
