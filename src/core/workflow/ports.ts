import type { EntityManager } from '@mikro-orm/knex';

import type { ProcessId } from '../../../workflows/registry';
import type { DeadlineKind, DeadlineSpec, Effect, Side } from '../../../workflows/shared';

import type { Actor, CaseAccess, EventSender } from '../auth/policy';
import type { Problem } from '../errors/problems';
import type { CalendarKind } from '../time/business-calendar';
import type { CaseHistory } from './case-history.entity';
import type { WorkflowCase } from './case.entity';

/*
 * The runtime's ports: what it takes from the process modules (their rules) and what it gives
 * back (outcomes, published changes). Types only, so a module can name them without the runtime.
 */

export interface WorkflowEvent {
  type: string;
  [field: string]: unknown;
}

export interface NewCase {
  process: ProcessId;
  entityCode: string;
  departmentCode: string;
  cycleId: string | null;
  callId: string | null;
  /**
   * What "one open case per process and entity" is counted within, when it is neither the cycle nor
   * the call (a plan's id: one open proposal per plan). Not stored beyond the case's open key, and
   * not part of what a retry with the same idempotency key must repeat (it may be a fresh id).
   */
  scope?: string;
}

/** The content a case is born with: written in the opening transaction, recorded on its CREATED row. */
export interface OpenInit {
  payload?: Record<string, unknown>;
  /** What the machine starts with beyond the entity (`input` of its context factory: a request's topic). */
  input?: Record<string, unknown>;
  write(db: () => EntityManager, kase: WorkflowCase, at: Date): Promise<void>;
}

/**
 * What a process module tells the runtime about its process (its descriptor's `processes`): who
 * may send each event, the Spanish reason of each guard, and the domain rules the runtime asks at
 * the instant of its own clock. The rules read programme data (cycles, calls, other cases) through
 * `db()`, an EntityManager in the transition's transaction, made on first use because most events
 * need no rule. Every hook is optional: a process without rules is only its machine.
 */
export interface ProcessRules {
  /** Who may send each event of the machine (see `EventSender`); an event without a sender is refused. */
  senders: Readonly<Record<string, EventSender>>;
  /**
   * The root mutation field that sends each event a person may send (`START_REVIEW` →
   * `startAssessmentReview`), null for the platform's own events; `availableEvents` names it so a
   * client calls it without a hand-written map. A unit test checks every one exists in the schema.
   */
  mutations: Readonly<Record<string, string | null>>;
  /**
   * What each of the machine's guards asks of the request, for the BAD_USER_INPUT when one refuses
   * an event: a Spanish reason and the input field it is about (`input.note`, REQUIRED).
   */
  guardMessages?: Readonly<Record<string, Problem>>;
  /**
   * Who, on a side, may extend a term that side owes, when it is not the side's general sender
   * (the entity's side of follow-up answers through its representative or TIC leader, not any member).
   */
  termExtenders?: Readonly<Partial<Record<Side, EventSender>>>;
  /** Throws PreconditionFailedError when the case may not be opened (`init`: the content it would be born with, if any). */
  beforeOpen?(db: () => EntityManager, actor: Actor, draft: NewCase, now: Date, init?: OpenInit): Promise<void>;
  /**
   * Throws PreconditionFailedError when the event may not be sent now. It checks and may lock rows,
   * but writes nothing: a batch (`sendEach`) fails only the refused step and commits the others.
   */
  beforeEvent?(db: () => EntityManager, actor: Actor, kase: WorkflowCase, event: WorkflowEvent, now: Date): Promise<void>;
  /** Writes the domain data an accepted event carries or causes, in the transition's transaction. */
  afterEvent?(db: () => EntityManager, actor: Actor, after: WorkflowCase, event: WorkflowEvent, at: Date): Promise<void>;
  /**
   * How long the term a state declares runs for this case: its own length (a call's, a cycle's),
   * null when no term applies, undefined to take the deployment's configured length or else the
   * machine's default.
   */
  termOf?(db: () => EntityManager, kase: WorkflowCase, spec: DeadlineSpec): Promise<Term | null | undefined>;
  /**
   * What of a case's history this actor may see: a function that hides, in place, the parts of an
   * entry the actor may not read (null: everything is visible). Readers apply it to every entry.
   */
  historyView?(actor: Actor, kase: CaseAccess & { context: Readonly<Record<string, unknown>> }): ((entry: HistoryEntryView) => void) | null;
  /**
   * The ministry people the process assigns its cases to (an advisor, a panel's evaluators): how
   * much open work each holds, and moving it to someone else when they leave (`WorkflowRuntime.reassign`).
   */
  assignments?: ProcessAssignments;
}

/**
 * A change of a case's own records that is not a step of its machine (a commitment marked done,
 * possibly after the case ended): recorded like any change, version + 1 and a history row under
 * `type` in the same state, published to subscribers. Who may make it is the process's sender of
 * `type`; what it writes, and whether the case allows it now, is `write`'s to decide (it throws a
 * typed error to refuse). `payload` is what the history entry records.
 */
export interface Amendment {
  type: string;
  payload: Record<string, unknown>;
  /** Allowed on a case in a final state (records that outlive the case). */
  allowFinal?: boolean;
  write(db: () => EntityManager, kase: WorkflowCase, at: Date): Promise<{ effects?: Effect[] } | void>;
}

/** A move of one person's seat on a case to another person, with the coordinator's reasons. */
export interface Reassignment {
  /** Subject of the person who leaves the seat. */
  from: string;
  /** Subject of the person who takes it. */
  to: string;
  reason: string;
}

/** What the runtime asks a process about the people assigned to its cases. */
export interface ProcessAssignments {
  /** For each subject that holds any, how many open cases of the process await their work (a seat they can still fill). */
  openWork(em: EntityManager, subjects: readonly string[]): Promise<Map<string, number>>;
  /** The open cases of the process where the subject holds a seat a reassignment would move. */
  openCases(em: EntityManager, subject: string): Promise<string[]>;
  /**
   * Checks the move in the case's transaction (throws a typed error to refuse it), writes the
   * module's own rows, and returns the machine context after it, the effects that tell the new
   * holder, and what the history entry records beyond `{ from, to, reason }`. The state stays.
   */
  reassign(
    db: () => EntityManager,
    actor: Actor,
    kase: WorkflowCase,
    move: Reassignment,
    at: Date,
  ): Promise<{ context: Record<string, unknown>; effects: Effect[]; payload?: Record<string, unknown> }>;
}

/** A history entry as a reader is about to see it. */
export interface HistoryEntryView {
  event: string;
  actorSubject: string;
  payload: Record<string, unknown>;
}

/** The rules of every process, assembled from the process modules. */
export type ProcessRulesTable = Readonly<Record<ProcessId, ProcessRules>>;

/** A term's length in days of a calendar, or the fixed instant it ends at. */
export type Term = { days: number; calendar: CalendarKind } | { until: Date };

export interface TermExtension {
  /** Units of the term's calendar to add; absent: the term's own length (an equal term). */
  days?: number;
  reason: string;
  /** The term the request is about: another term running is refused (NO_RUNNING_TERM). */
  kind?: DeadlineKind;
}

/** The event name under which a term extension is recorded in a case's history. */
export const EXTEND_TERM = 'EXTEND_TERM';

/** The event name under which moving a case from a departing person to another is recorded (no machine declares it). */
export const REASSIGN = 'REASSIGN';

/** A committed change, as published to subscribers. */
export interface CaseChange {
  caseId: string;
  process: ProcessId;
  entityCode: string;
  departmentCode: string;
  cycleId: string | null;
  callId: string | null;
  assignee: string | null;
  evaluators: string[] | null;
  seq: number;
  event: string;
  fromState: string | null;
  toState: string;
  version: number;
  at: string;
}

export interface CaseChangePublisher {
  publish(change: CaseChange): void;
  /** The changes of one batch, sent to Redis together (one write instead of one per change). */
  publishAll?(changes: CaseChange[]): void;
}

export interface Outcome {
  kase: WorkflowCase;
  entry: CaseHistory;
  /** True when an idempotency key was seen before: nothing was done, the first result is returned. */
  replayed: boolean;
}

export interface SendExpectations {
  expectedVersion?: number | null;
  process?: ProcessId;
}

export interface RequestMeta {
  requestId: string;
  idempotencyKey?: string | null;
}
