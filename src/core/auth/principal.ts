export enum Role {
  COORDINATOR = 'COORDINATOR',
  ADVISOR = 'ADVISOR',
  EVALUATOR = 'EVALUATOR',
  ENTITY_REPRESENTATIVE = 'ENTITY_REPRESENTATIVE',
  ENTITY_TIC_LEADER = 'ENTITY_TIC_LEADER',
  ENTITY_MEMBER = 'ENTITY_MEMBER',
  AUDITOR = 'AUDITOR',
  /** Signed in and registered, with no ministry role and no current entity membership (an invitee, a former official). */
  GUEST = 'GUEST',
}

export const roleLabel: Record<Role, string> = {
  [Role.COORDINATOR]: 'Coordinador(a) MinTIC',
  [Role.ADVISOR]: 'Asesor(a) de acompañamiento técnico',
  [Role.EVALUATOR]: 'Evaluador(a)',
  [Role.ENTITY_REPRESENTATIVE]: 'Representante legal de la entidad territorial',
  [Role.ENTITY_TIC_LEADER]: 'Líder TIC de la entidad territorial',
  [Role.ENTITY_MEMBER]: 'Funcionario(a) de la entidad territorial',
  [Role.AUDITOR]: 'Auditor(a)',
  [Role.GUEST]: 'Persona registrada sin rol vigente',
};

/** Roles that act on behalf of one territorial entity and carry its code. */
export const ENTITY_ROLES: ReadonlySet<Role> = new Set([Role.ENTITY_REPRESENTATIVE, Role.ENTITY_TIC_LEADER, Role.ENTITY_MEMBER]);

/** The ministry's own roles (and control), granted by the directory or, where configured, by an identity-provider claim. */
export const MINISTRY_ROLES: ReadonlySet<Role> = new Set([Role.COORDINATOR, Role.ADVISOR, Role.EVALUATOR, Role.AUDITOR]);

/**
 * Who is making a request: the token proves the subject; the people directory decides the role and
 * the entity (src/modules/people). Principals the system builds for itself (seeds, tests of the
 * runtime) carry no person.
 */
export interface Principal {
  subject: string;
  role: Role;
  /** DIVIPOLA code of the entity an entity user acts for; null for ministry and audit roles. */
  entityCode: string | null;
  /** The person in the directory (set by the door for every request). */
  personId?: string;
  /** Set while the person has not accepted the privacy notice in force: only the actions that lead to it are allowed. */
  pendingPrivacyNotice?: boolean;
}

/** What a verified token proves: the identity provider's subject and what it says about them. */
export interface Identity {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  /** The ministry role an identity-provider claim grants through the configured mapping (AUTH_ROLE_CLAIM), if any. */
  claimedRole: Role | null;
}
