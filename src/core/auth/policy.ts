import type { AuthChecker } from 'type-graphql';

import type { Side } from '../../../workflows/shared';

import { ForbiddenError, PreconditionFailedError, UnauthenticatedError } from '../errors/app-error';
import { ENTITY_ROLES, Role, type Principal } from './principal';

/**
 * The vocabulary of access: every action the API exposes, who an actor may be, which cases a role
 * sees, and who may send an event. The decisions themselves belong to the modules: each declares
 * the rule of the actions it serves (its descriptor's `policy`), and the composition checks that
 * every action below has exactly one rule. Resolvers name an action with @Authorized(action).
 */
export const Action = {
  /** The directory of territorial entities (DIVIPOLA codes, names, places) is public to every role. */
  ReadTerritorialEntities: 'territorialEntities:read',
  /** Anyone signed in can see who they are (a GUEST too: an invitee sees their pending invitations). */
  ReadOwnIdentity: 'me:read',
  /** One's own record in the people directory: the privacy notice, preferences, one's data (Ley 1581), accepting an invitation. */
  ManageOwnPerson: 'me:manage',
  /** The people directory: coordinators and auditors see everyone; an entity's users and ministry staff see the people of an entity. */
  ReadPeople: 'people:read',
  /** Inviting people: coordinators (ministry staff and representatives), representatives (their entity's TIC leader and members). */
  InvitePeople: 'people:invite',
  /** Administering the directory: deactivating, anonymising, handing an entity over, reassigning a departing person's cases. */
  ManagePeople: 'people:manage',
  /** Cycles, calls and process definitions are public programme information. */
  ReadProgramme: 'programme:read',
  /** Opening cycles and calls, and closing cycles, is the ministry coordinators' job. */
  ManageProgramme: 'programme:manage',
  /** Listing and reading cases: every role, each seeing only the cases `caseScope` allows. */
  ReadCases: 'cases:read',
  /** Starting a case (assessment, accompaniment request, application) for one's own entity. */
  OpenCases: 'cases:open',
  /** Sending events to cases; which events on which cases is decided per case by the process's sender table. */
  ActOnCases: 'cases:act',
  /** Reading and marking one's own notifications (those addressed to the user, their entity or their role). */
  ReadNotifications: 'notifications:read',
  /** Reading action plans and their follow-up: each role those the follow-up module's `canReadPlan` allows. */
  ReadPlans: 'plans:read',
  /** Importing an action plan and reporting its progress: the entity's own users. */
  WritePlans: 'plans:write',
  /** Uploading documents (evidence, requirements, agreements, minutes, plan files): every role that works cases; auditors only read. */
  UploadDocuments: 'documents:upload',
  /** The audit trail of document downloads: coordinators and auditors (control interno). */
  ReadDocumentDownloads: 'documents:audit',
  /** Requesting and reading reports: every role, each report holding only what the reports module's `reportScope` lets its requester see. */
  RequestReports: 'reports:request',
  /** The queue console (bull-board at /admin/queues, signed in with a one-time link): ministry coordinators only. */
  OpenQueueConsole: 'queues:console',
  /** Adoption of the maturity model (Res. 1117 de 2022): the entities without a validated assessment; coordinators and auditors. */
  ReadAdoption: 'adoption:read',
  /** Inviting entities without a validated assessment to take part: ministry coordinators only. */
  InviteToAdopt: 'adoption:invite',
} as const;
export type Action = (typeof Action)[keyof typeof Action];

/** Whether a principal may take an action at all (what it may do it to is decided where the data is). */
export type ActionRule = (principal: Principal) => boolean;

/** The roles that give access to the programme's data (everyone but a GUEST, who holds no current role). */
const ACCESS_ROLES: readonly Role[] = Object.values(Role).filter((r) => r !== Role.GUEST);
export const anyRole: ActionRule = (p) => ACCESS_ROLES.includes(p.role);
/** Anyone whose token the door let through, a GUEST included. */
export const signedIn: ActionRule = () => true;

/** What a person may do before accepting the privacy notice: see who they are, and accept it. */
const BEFORE_PRIVACY_NOTICE: ReadonlySet<Action> = new Set([Action.ReadOwnIdentity, Action.ManageOwnPerson]);
export const PRIVACY_NOTICE_MESSAGE =
  'Antes de continuar debe aceptar el aviso de privacidad (Ley 1581 de 2012): léalo en me { privacyNotice } y acéptelo con acceptPrivacyNotice';
export const isEntityUser = (p: Principal): boolean => ENTITY_ROLES.has(p.role) && p.entityCode !== null;

/** The rule of every action, assembled from the modules' descriptors. */
export class Policy {
  constructor(private readonly rules: Readonly<Record<Action, ActionRule>>) {}

  can(principal: Principal, action: Action): boolean {
    return this.rules[action](principal);
  }

  authorize(principal: Principal | null, action: Action): Principal {
    if (!principal) throw new UnauthenticatedError();
    if (principal.pendingPrivacyNotice && !BEFORE_PRIVACY_NOTICE.has(action)) {
      throw new PreconditionFailedError('PRIVACY_NOTICE', PRIVACY_NOTICE_MESSAGE);
    }
    if (!this.can(principal, action)) throw new ForbiddenError();
    return principal;
  }

  /** type-graphql's check of @Authorized(action), reading the principal from the request context. */
  authChecker(): AuthChecker<{ principal: Principal | null }, Action> {
    return ({ context }, actions) => {
      for (const action of actions) this.authorize(context.principal, action);
      return true;
    };
  }
}

/** The runtime itself, sending the events time and other processes cause (never a token). */
export interface SystemActor {
  subject: string;
  role: 'SYSTEM';
  entityCode: null;
}
export type Actor = Principal | SystemActor;
export const systemActor = (what: string): SystemActor => ({ subject: `system:${what}`, role: 'SYSTEM', entityCode: null });

/** The ministry and control roles that see every case (and the system). */
export const seesEverything = (p: Actor): boolean => p.role === 'SYSTEM' || p.role === Role.COORDINATOR || p.role === Role.AUDITOR;

/** The facts about a case that decide who may see it and act on it (a case row has them all). */
export interface CaseAccess {
  process: string;
  entityCode: string;
  assignee: string | null;
  /** The evaluators assigned to a cofinancing application (null: none). */
  evaluators?: readonly string[] | null;
}

/**
 * Who may send an event: the entity's representative alone, any user of the entity, a ministry
 * coordinator, the ministry person assigned to the case, an evaluator of its panel, or only the
 * system (time, other processes). The machine decides what an event does; each process module's
 * sender table (typed per machine, so an event without a rule does not compile) decides who may send it.
 */
export type EventSender = 'REPRESENTATIVE' | 'ENTITY_LEAD' | 'ENTITY' | 'COORDINATOR' | 'ASSIGNEE' | 'EVALUATOR' | 'SYSTEM';

/** The entity's representative or its TIC leader: who answers for its action plan and its progress reports. */
export const isEntityLead = (p: Actor): boolean => p.role === Role.ENTITY_REPRESENTATIVE || p.role === Role.ENTITY_TIC_LEADER;

const ownsCase = (p: Actor, c: CaseAccess) => p.entityCode !== null && p.entityCode === c.entityCode;

export const isAssignedEvaluator = (actor: Actor, c: CaseAccess): boolean =>
  actor.role === Role.EVALUATOR && (c.evaluators ?? []).includes(actor.subject);

/** Whether the actor is the sender a rule names, for this case. */
export function isSender(actor: Actor, c: CaseAccess, sender: EventSender | undefined): boolean {
  switch (sender) {
    case 'SYSTEM':
      return actor.role === 'SYSTEM';
    case 'COORDINATOR':
      return actor.role === Role.COORDINATOR;
    case 'ASSIGNEE':
      return actor.role === Role.ADVISOR && c.assignee !== null && actor.subject === c.assignee;
    case 'EVALUATOR':
      return isAssignedEvaluator(actor, c);
    case 'REPRESENTATIVE':
      return actor.role === Role.ENTITY_REPRESENTATIVE && ownsCase(actor, c);
    case 'ENTITY_LEAD':
      return isEntityLead(actor) && ownsCase(actor, c);
    case 'ENTITY':
      return ENTITY_ROLES.has(actor.role as Role) && ownsCase(actor, c);
    default:
      return false;
  }
}

/** The sender that speaks for the side owing the answer in a state (for extending its term). */
const senderForSide: Record<Side, EventSender | undefined> = {
  MINISTRY: 'COORDINATOR',
  ENTITY: 'ENTITY',
  ADVISOR: 'ASSIGNEE',
  NONE: undefined,
};

/** Whether the actor is the side that owes the answer within a term, and so may extend it. */
export function canExtendTerm(actor: Actor, c: CaseAccess, owner: Side, extenders?: Partial<Record<Side, EventSender>>): boolean {
  return isSender(actor, c, extenders?.[owner] ?? senderForSide[owner]);
}

/** Whether the actor may start a case of a process for the entity: only the entity's own users. */
export function canOpenCase(p: Actor, entityCode: string): boolean {
  return ENTITY_ROLES.has(p.role as Role) && p.entityCode === entityCode;
}

/** Which cases a principal may see: all of them, one entity's, those assigned to them (advisors), or those they evaluate. */
export type CaseScope =
  | { kind: 'ALL' }
  | { kind: 'ENTITY'; entityCode: string }
  | { kind: 'ASSIGNEE'; subject: string }
  | { kind: 'EVALUATOR'; subject: string }
  | { kind: 'NONE' };

export function caseScope(p: Actor): CaseScope {
  if (seesEverything(p)) return { kind: 'ALL' };
  if (ENTITY_ROLES.has(p.role as Role) && p.entityCode) return { kind: 'ENTITY', entityCode: p.entityCode };
  if (p.role === Role.ADVISOR) return { kind: 'ASSIGNEE', subject: p.subject };
  if (p.role === Role.EVALUATOR) return { kind: 'EVALUATOR', subject: p.subject };
  return { kind: 'NONE' };
}

export function canReadCase(p: Actor, c: CaseAccess): boolean {
  const scope = caseScope(p);
  switch (scope.kind) {
    case 'ALL':
      return true;
    case 'ENTITY':
      return scope.entityCode === c.entityCode;
    case 'ASSIGNEE':
      return c.assignee === scope.subject;
    case 'EVALUATOR':
      return isAssignedEvaluator(p, c);
    default:
      return false;
  }
}
