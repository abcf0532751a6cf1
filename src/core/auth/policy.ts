import type { AuthChecker } from 'type-graphql';

import type { AccompanimentEvent } from '../../../workflows/accompaniment/accompaniment.machine';
import type { AssessmentEvent } from '../../../workflows/assessment/assessment.machine';
import type { CofinancingEvent } from '../../../workflows/cofinancing/cofinancing.machine';
import type { ProcessId } from '../../../workflows/registry';
import type { Side } from '../../../workflows/shared';

import { ForbiddenError, UnauthenticatedError } from '../errors/app-error';
import type { GraphQLContext } from '../graphql/context';
import { ENTITY_ROLES, Role, type Principal } from './principal';

/**
 * Every action the API exposes, and who may take it. This is the one module that decides
 * access; resolvers name an action with @Authorized(action), services call `authorize`.
 */
export const Action = {
  /** The directory of territorial entities (DIVIPOLA codes, names, places) is public to every role. */
  ReadTerritorialEntities: 'territorialEntities:read',
  /** Anyone signed in can see who they are. */
  ReadOwnIdentity: 'me:read',
  /** Cycles, calls and process definitions are public programme information. */
  ReadProgramme: 'programme:read',
  /** Opening cycles and calls, and closing cycles, is the ministry coordinators' job. */
  ManageProgramme: 'programme:manage',
  /** Listing and reading cases: every role, each seeing only the cases `caseScope` allows. */
  ReadCases: 'cases:read',
  /** Starting a case (assessment, accompaniment request, application) for one's own entity. */
  OpenCases: 'cases:open',
  /** Sending events to cases; which events on which cases is decided per case by `canSendEvent`. */
  ActOnCases: 'cases:act',
  /** Reading and marking one's own notifications (those addressed to the user, their entity or their role). */
  ReadNotifications: 'notifications:read',
  /** Reading action plans and their follow-up: each role those `canReadPlan` allows. */
  ReadPlans: 'plans:read',
  /** Importing an action plan and reporting its progress: the entity's own users. */
  WritePlans: 'plans:write',
  /** Requesting and reading reports: every role, each report holding only what `reportScope` lets its requester see. */
  RequestReports: 'reports:request',
} as const;
export type Action = (typeof Action)[keyof typeof Action];

const ALL_ROLES = Object.values(Role);

const isEntityUser = (p: Principal) => ENTITY_ROLES.has(p.role) && p.entityCode !== null;

const rules: Record<Action, (principal: Principal) => boolean> = {
  [Action.ReadTerritorialEntities]: (p) => ALL_ROLES.includes(p.role),
  [Action.ReadOwnIdentity]: (p) => ALL_ROLES.includes(p.role),
  [Action.ReadProgramme]: (p) => ALL_ROLES.includes(p.role),
  [Action.ManageProgramme]: (p) => p.role === Role.COORDINATOR,
  [Action.ReadCases]: (p) => ALL_ROLES.includes(p.role),
  [Action.OpenCases]: isEntityUser,
  [Action.ActOnCases]: (p) => p.role === Role.COORDINATOR || p.role === Role.ADVISOR || p.role === Role.EVALUATOR || isEntityUser(p),
  [Action.ReadNotifications]: (p) => ALL_ROLES.includes(p.role),
  [Action.ReadPlans]: (p) => ALL_ROLES.includes(p.role),
  [Action.WritePlans]: isEntityUser,
  [Action.RequestReports]: (p) => ALL_ROLES.includes(p.role),
};

export function can(principal: Principal, action: Action): boolean {
  return rules[action](principal);
}

export function authorize(principal: Principal | null, action: Action): Principal {
  if (!principal) throw new UnauthenticatedError();
  if (!can(principal, action)) throw new ForbiddenError();
  return principal;
}

export const authChecker: AuthChecker<GraphQLContext, Action> = ({ context }, actions) => {
  for (const action of actions) authorize(context.principal, action);
  return true;
};

/** The runtime itself, sending the events time and other processes cause (never a token). */
export interface SystemActor {
  subject: string;
  role: 'SYSTEM';
  entityCode: null;
}
export type Actor = Principal | SystemActor;
export const systemActor = (what: string): SystemActor => ({ subject: `system:${what}`, role: 'SYSTEM', entityCode: null });

/** The facts about a case that decide who may see it and act on it (a case row has them all). */
export interface CaseAccess {
  process: string;
  entityCode: string;
  assignee: string | null;
  /** The evaluators assigned to a cofinancing application (null: none). */
  evaluators?: readonly string[] | null;
}

/**
 * Who may send each event: the entity's representative alone, any user of the entity, a ministry
 * coordinator, the ministry person assigned to the case, or only the system (time, other
 * processes). The machine decides what an event does; this table decides who may send it.
 * Typed per machine, so an event without a rule does not compile.
 */
export type EventSender = 'REPRESENTATIVE' | 'ENTITY' | 'COORDINATOR' | 'ASSIGNEE' | 'EVALUATOR' | 'SYSTEM';

export const eventSenders: {
  MATURITY_ASSESSMENT: Record<AssessmentEvent['type'], EventSender>;
  ACCOMPANIMENT: Record<AccompanimentEvent['type'], EventSender>;
  COFINANCING_APPLICATION: Record<CofinancingEvent['type'], EventSender>;
} = {
  MATURITY_ASSESSMENT: {
    SUBMIT: 'REPRESENTATIVE',
    WITHDRAW: 'REPRESENTATIVE',
    RESUBMIT: 'REPRESENTATIVE',
    CYCLE_CLOSED: 'SYSTEM',
    START_REVIEW: 'COORDINATOR',
    REQUEST_CHANGES: 'COORDINATOR',
    VALIDATE: 'COORDINATOR',
    REJECT: 'COORDINATOR',
  },
  ACCOMPANIMENT: {
    ADMIT: 'COORDINATOR',
    DECLINE: 'COORDINATOR',
    ASSIGN_ADVISOR: 'COORDINATOR',
    START_DIAGNOSIS: 'ASSIGNEE',
    START_FORMULATION: 'ASSIGNEE',
    DELIVER_ROADMAP: 'ASSIGNEE',
    REQUEST_ADJUSTMENTS: 'ENTITY',
    ACCEPT_ROADMAP: 'ENTITY',
    WITHDRAW: 'REPRESENTATIVE',
  },
  COFINANCING_APPLICATION: {
    SUBMIT: 'REPRESENTATIVE',
    WITHDRAW: 'REPRESENTATIVE',
    RESUBMIT: 'REPRESENTATIVE',
    SIGN_AGREEMENT: 'REPRESENTATIVE',
    CORRECTIONS_TERM_EXPIRED: 'SYSTEM',
    AGREEMENT_TERM_EXPIRED: 'SYSTEM',
    START_ELIGIBILITY_REVIEW: 'COORDINATOR',
    REQUEST_CORRECTIONS: 'COORDINATOR',
    DECLARE_ELIGIBLE: 'COORDINATOR',
    DECLARE_INELIGIBLE: 'COORDINATOR',
    SEND_TO_COMMITTEE: 'COORDINATOR',
    APPROVE: 'COORDINATOR',
    WAITLIST: 'COORDINATOR',
    REJECT: 'COORDINATOR',
    START_EXECUTION: 'COORDINATOR',
    CLOSE: 'COORDINATOR',
    ASSIGN_EVALUATORS: 'COORDINATOR',
    DECLARE_CONFLICT: 'EVALUATOR',
    SUBMIT_EVALUATION: 'EVALUATOR',
    REMOVE_EVALUATOR: 'COORDINATOR',
    PROMOTE: 'SYSTEM',
  },
};

export function senderOf(process: string, event: string): EventSender | undefined {
  return (eventSenders[process as ProcessId] as Record<string, EventSender> | undefined)?.[event];
}

const ownsCase = (p: Actor, c: CaseAccess) => p.entityCode !== null && p.entityCode === c.entityCode;

/** Whether the actor may send `event` to the case (the machine then decides if the state accepts it). */
export function canSendEvent(actor: Actor, c: CaseAccess, event: string): boolean {
  return isSender(actor, c, senderOf(c.process, event));
}

/** The sender that speaks for the side owing the answer in a state (for extending its term). */
const senderForSide: Record<Side, EventSender | undefined> = {
  MINISTRY: 'COORDINATOR',
  ENTITY: 'ENTITY',
  ADVISOR: 'ASSIGNEE',
  NONE: undefined,
};

/** Whether the actor is the side that owes the answer within a term, and so may extend it. */
export function canExtendTerm(actor: Actor, c: CaseAccess, owner: Side): boolean {
  return isSender(actor, c, senderForSide[owner]);
}

function isSender(actor: Actor, c: CaseAccess, sender: EventSender | undefined): boolean {
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
    case 'ENTITY':
      return (actor.role === Role.ENTITY_REPRESENTATIVE || actor.role === Role.ENTITY_MEMBER) && ownsCase(actor, c);
    default:
      return false;
  }
}

/** Whether the actor may change the answers of an assessment: any user of its entity (the machine's state decides when). */
export function canAnswerAssessment(actor: Actor, c: CaseAccess): boolean {
  return c.process === 'MATURITY_ASSESSMENT' && isSender(actor, c, 'ENTITY');
}

/**
 * A cycle's Índice CTI (ranking, averages, every entity's scores): the ministry and auditors at any
 * time (a provisional ranking), everyone once a coordinator has published it.
 */
export function canReadIndex(p: Actor, published: boolean): boolean {
  return published || p.role === 'SYSTEM' || p.role === Role.COORDINATOR || p.role === Role.AUDITOR;
}

const isAssignedEvaluator = (actor: Actor, c: CaseAccess) => actor.role === Role.EVALUATOR && (c.evaluators ?? []).includes(actor.subject);

/** Whether the actor may write an application's content (title, budget): any user of its entity (the state decides when). */
export function canEditApplication(actor: Actor, c: CaseAccess): boolean {
  return c.process === 'COFINANCING_APPLICATION' && isSender(actor, c, 'ENTITY');
}

/**
 * Ordering a call's applications by score: those who see every score (ministry, auditors) and the
 * entity (it sees only its own); not evaluators, for whom the order would reveal scores of
 * applications they may not see scored (a conflict, or before submitting their own).
 */
export function canOrderByScore(p: Actor): boolean {
  return p.role !== Role.EVALUATOR && p.role !== Role.ADVISOR;
}

/** An entity's action plans and their follow-up: the ministry, auditors and the entity itself. */
export function canReadPlan(p: Actor, entityCode: string): boolean {
  return (
    p.role === 'SYSTEM' ||
    p.role === Role.COORDINATOR ||
    p.role === Role.AUDITOR ||
    (ENTITY_ROLES.has(p.role as Role) && p.entityCode === entityCode)
  );
}

/** Writing an entity's plan and its progress reports: the entity's own users. */
export function canWritePlan(p: Actor, entityCode: string): boolean {
  return ENTITY_ROLES.has(p.role as Role) && p.entityCode === entityCode;
}

/** A call still in draft: coordinators (who prepare it) and auditors only; published calls are public. */
export function canReadDraftCalls(p: Actor): boolean {
  return p.role === 'SYSTEM' || p.role === Role.COORDINATOR || p.role === Role.AUDITOR;
}

/** Which cases a principal may see: all of them, one entity's, those assigned to them (advisors), or those they evaluate. */
export type CaseScope =
  | { kind: 'ALL' }
  | { kind: 'ENTITY'; entityCode: string }
  | { kind: 'ASSIGNEE'; subject: string }
  | { kind: 'EVALUATOR'; subject: string }
  | { kind: 'NONE' };

export function caseScope(p: Actor): CaseScope {
  if (p.role === 'SYSTEM' || p.role === Role.COORDINATOR || p.role === Role.AUDITOR) return { kind: 'ALL' };
  if (ENTITY_ROLES.has(p.role) && p.entityCode) return { kind: 'ENTITY', entityCode: p.entityCode };
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

/**
 * How much of an application's technical evaluation an actor sees: every evaluation and the average
 * (ministry, auditors; an evaluator without a conflict once their own is submitted, so the others'
 * scores cannot anchor theirs), only their own (an evaluator before submitting), only their own and
 * no score at all (EXCLUDED: one who declared a conflict never sees the others' scores), or the
 * final score alone (the entity, once evaluation is complete).
 */
export type EvaluationView = 'ALL' | 'OWN' | 'EXCLUDED' | 'SCORE' | 'NONE';
export function evaluationView(
  p: Actor,
  c: CaseAccess,
  panel: { conflicted: readonly string[]; evaluated: readonly string[] },
): EvaluationView {
  if (p.role === 'SYSTEM' || p.role === Role.COORDINATOR || p.role === Role.AUDITOR) return 'ALL';
  if (isAssignedEvaluator(p, c)) {
    if (panel.conflicted.includes(p.subject)) return 'EXCLUDED';
    return panel.evaluated.includes(p.subject) ? 'ALL' : 'OWN';
  }
  if (ENTITY_ROLES.has(p.role as Role) && p.entityCode === c.entityCode) return 'SCORE';
  return 'NONE';
}

/** Whether the actor may start a case of a process for the entity: only the entity's own users. */
export function canOpenCase(p: Actor, entityCode: string): boolean {
  return (p.role === Role.ENTITY_REPRESENTATIVE || p.role === Role.ENTITY_MEMBER) && p.entityCode === entityCode;
}

/** An entity's journey (all its cases at a glance): the ministry, auditors and the entity itself. */
export function canReadJourney(p: Principal, entityCode: string): boolean {
  return p.role === Role.COORDINATOR || p.role === Role.AUDITOR || (ENTITY_ROLES.has(p.role) && p.entityCode === entityCode);
}

/** Who a notification is for: every user of an entity, the coordinators, or one user (by subject). */
export interface NotificationAddress {
  audienceKind: 'ENTITY' | 'COORDINATORS' | 'USER';
  audience: string | null;
}

/** The addresses whose notifications a principal receives: always their own, plus their entity's or their role's. */
export function notificationAddresses(p: Principal): NotificationAddress[] {
  const own: NotificationAddress = { audienceKind: 'USER', audience: p.subject };
  if (isEntityUser(p)) return [own, { audienceKind: 'ENTITY', audience: p.entityCode }];
  if (p.role === Role.COORDINATOR) return [own, { audienceKind: 'COORDINATORS', audience: null }];
  return [own];
}

export function receivesNotification(p: Principal, n: NotificationAddress): boolean {
  return notificationAddresses(p).some((a) => a.audienceKind === n.audienceKind && (a.audience ?? null) === (n.audience ?? null));
}

/**
 * Whose view of the data a report of `kind` holds for this actor, or null when the actor may not
 * have one. A report is readable exactly by the actors whose view equals the report's, so a
 * report made for one entity (or one advisor's caseload) is never served to anyone else.
 * - Follow-up of an entity's plan: the same for everyone who may read the plan (`PLAN`).
 * - Índice: ministry and auditors see everything (`ALL`, also a provisional Índice); an entity
 *   only its own row and the national figures; advisors and evaluators the published Índice (`PUBLIC`).
 * - Caseload: the cases `caseScope` lets the actor see.
 */
export function reportScope(p: Actor, kind: 'FOLLOW_UP' | 'CTI_INDEX' | 'CASELOAD', entityCode: string | null): string | null {
  switch (kind) {
    case 'FOLLOW_UP':
      return entityCode !== null && canReadPlan(p, entityCode) ? 'PLAN' : null;
    case 'CTI_INDEX':
      if (p.role === 'SYSTEM' || p.role === Role.COORDINATOR || p.role === Role.AUDITOR) return 'ALL';
      if (ENTITY_ROLES.has(p.role as Role)) return p.entityCode ? `ENTITY:${p.entityCode}` : null;
      return 'PUBLIC';
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
