import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';

import { processLabel, type ProcessId, type WorkflowRegistry } from '../../../workflows/registry';
import { deadlineKindLabels, type DeadlineKind, type DeadlineSpec, type Effect, type Side } from '../../../workflows/shared';

import { canExtendTerm, canOpenCase, canReadCase, isSender, type Actor, type CaseAccess, type EventSender } from '../auth/policy';
import { Role } from '../auth/principal';
import type { Settled } from '../coalescer';
import {
  AppError,
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  PreconditionFailedError,
} from '../errors/app-error';
import { ProblemCode, type Problem } from '../errors/problems';
import { workflowTransitions } from '../metrics/metrics';
import type { Orm } from '../orm/orm';
import { dueInstant, type CalendarKind } from '../time/business-calendar';
import { systemClock, type Clock } from '../time/clock';
import type { CaseHistory } from './case-history.entity';
import { CaseStore, isUniqueViolation } from './case-store';
import type { WorkflowCase } from './case.entity';
import { DeadlineStatus, type Deadline } from './deadline.entity';
import { persist, restore, stateInfo, type PersistedCase } from './definition';
import { effectMessages, scheduleMessage } from './outbox-effects';
import type { OutboxMessage } from './outbox.entity';
import {
  EXTEND_TERM,
  REASSIGN,
  type Amendment,
  type CaseChange,
  type CaseChangePublisher,
  type NewCase,
  type OpenInit,
  type Outcome,
  type ProcessRules,
  type ProcessRulesTable,
  type Reassignment,
  type RequestMeta,
  type SendExpectations,
  type Term,
  type TermExtension,
  type WorkflowEvent,
} from './ports';
import { changesOf, StepWrites, type CaseChanges } from './step-writes';

export * from './ports';

function fingerprint(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/**
 * What identifies an `open` request for its idempotency key: the draft without its `scope` (the
 * server's choice, possibly a fresh id, and else derived from what the payload names) and the payload.
 */
function openPrint(draft: NewCase, payload: Record<string, unknown> | undefined): string {
  const { scope: _scope, ...asked } = draft;
  return fingerprint(['open', asked, payload ?? null]);
}

/**
 * The one path every state change of a case takes (DESIGN, "How a state change happens"): in one
 * transaction, load the case, authorize the sender, run the machine version the case started on,
 * and write the snapshot, `version + 1` (conditioned on the version read), a history row and the
 * outbox rows of its effects; after the commit, publish the change.
 */
export class WorkflowRuntime {
  private readonly store: CaseStore;

  constructor(
    private readonly orm: Orm,
    readonly registry: WorkflowRegistry,
    private readonly processes: ProcessRulesTable,
    /** The deployment's configured term lengths by kind, taken when a process sets none. */
    private readonly termDays: Readonly<Partial<Record<DeadlineKind, number>>>,
    private readonly publisher: CaseChangePublisher,
    readonly clock: Clock = systemClock,
  ) {
    this.store = new CaseStore(orm);
  }

  /** The same runtime reading another clock (the demo seed files cases in the past with it). */
  withClock(clock: Clock): WorkflowRuntime {
    return new WorkflowRuntime(this.orm, this.registry, this.processes, this.termDays, this.publisher, clock);
  }

  /**
   * An EntityManager for the rules, made on first use and bound to the transition's transaction
   * (consistent reads; and SQLite's single connection is held by that transaction).
   */
  private lazyEm(trx: Knex.Transaction): () => EntityManager {
    let em: EntityManager | undefined;
    return () => {
      if (!em) {
        em = this.orm.em.fork();
        em.setTransactionContext(trx);
      }
      return em;
    };
  }

  /** The rules its module declared for a process. */
  rulesOf(process: ProcessId): ProcessRules {
    return this.processes[process];
  }

  /** Who may send `event` to a case of `process` (undefined: nobody, the event has no sender). */
  senderOf(process: string, event: string): EventSender | undefined {
    return senderIn(this.processes, process, event);
  }

  /** Whether the actor may send `event` to the case (the machine then decides if the state accepts it). */
  canSend(actor: Actor, c: CaseAccess, event: string): boolean {
    return canSendIn(this.processes, actor, c, event);
  }

  /**
   * Whether `actor` may extend this term of the case now: what `extendTerm` checks before it reads
   * the request (the side that owes the answer, a running term not yet due, counted in days, not
   * extended before). A client offers the extension only where this holds.
   */
  mayExtendTerm(
    actor: Actor,
    c: CaseAccess & { process: string },
    term: Pick<Deadline, 'owner' | 'status' | 'dueAt' | 'days' | 'extendedDays'>,
  ): boolean {
    return (
      term.status === DeadlineStatus.PENDING &&
      this.clock.now() <= term.dueAt &&
      term.days !== null &&
      term.extendedDays === null &&
      canExtendTerm(actor, c, term.owner as Side, this.processes[c.process as ProcessId].termExtenders)
    );
  }

  /**
   * Opens a case on the latest machine version; its history starts with a `CREATED` row. `init`,
   * when given, writes the module's own rows of the new case in the same transaction (a case that
   * is born with its content, like a plan's proposal), and its `payload` is recorded on that row.
   */
  async open(actor: Actor, draft: NewCase, meta: RequestMeta, init?: OpenInit): Promise<Outcome> {
    if (!canOpenCase(actor, draft.entityCode)) {
      throw new ForbiddenError('Solo los usuarios de la entidad territorial pueden iniciar sus propios trámites');
    }
    const print = openPrint(draft, init?.payload);
    const { scope, ...row } = draft;
    return this.idempotent(actor, meta, print, async (trx) => {
      const db = this.lazyEm(trx);
      await this.processes[draft.process].beforeOpen?.(db, actor, draft, this.clock.now(), init);
      const { machine, version: machineVersion } = this.registry.latest(draft.process);
      const [snapshot, actions] = initialTransition(machine, { ...init?.input, entityCode: draft.entityCode });
      const at = this.clock.now();
      const kase: WorkflowCase = {
        id: randomUUID(),
        ...row,
        machineVersion,
        state: snapshot.value as string,
        final: snapshot.status === 'done',
        snapshot: persist(snapshot) as unknown as Record<string, unknown>,
        version: 1,
        assignee: null,
        evaluators: null,
        openKey: openKeyOf(draft.process, draft.entityCode, scope ?? draft.cycleId ?? draft.callId, snapshot.status === 'done'),
        createdBy: actor.subject,
        createdAt: at,
        updatedAt: at,
      };
      try {
        await this.store.insertCase(trx, kase);
      } catch (err) {
        if (isUniqueViolation(err)) throw oneOpenCase(draft.process);
        throw err;
      }
      await init?.write(db, kase, at);
      const entry = await this.record(trx, actor, kase, { ...init?.payload, type: 'CREATED' }, null, actions, meta, at);
      return { kase, entry };
    });
  }

  /**
   * The first result of an `open` the same subject already made with `meta.idempotencyKey` (the
   * same draft and payload), or null when no key is given or it is new; BAD_USER_INPUT, as `open`
   * refuses it, when the key was used for another request. A module asks before checking a request
   * against the current state, which the first request may have changed since (a retried proposal
   * that was approved meanwhile): a retry gets its first result, not a refusal of the state it made.
   */
  async openedBefore(actor: Actor, draft: NewCase, meta: RequestMeta, payload?: Record<string, unknown>): Promise<Outcome | null> {
    const key = meta.idempotencyKey ?? null;
    if (key === null) return null;
    if (!canOpenCase(actor, draft.entityCode)) {
      throw new ForbiddenError('Solo los usuarios de la entidad territorial pueden iniciar sus propios trámites');
    }
    return this.replay(actor, key, openPrint(draft, payload));
  }

  /**
   * Sends an event to a case. `expectedVersion`, when given, must be the case's current version;
   * `process`, when given, must be the case's process (typed mutations name theirs).
   */
  async send(actor: Actor, caseId: string, event: WorkflowEvent, expect: SendExpectations, meta: RequestMeta): Promise<Outcome> {
    const print = fingerprint(['send', caseId, expect.process ?? null, event]);
    return this.idempotent(actor, meta, print, (trx) => this.sendStep(trx, actor, caseId, event, expect, meta));
  }

  /**
   * Sends one event to each of many cases (no idempotency keys) in one transaction: each step is
   * the one `send` takes, with its history and outbox rows in the same transaction as its case row,
   * but the batch pays BEGIN, COMMIT and its flush to disk once, and writes each table once. A step
   * the workflow refuses before writing anything (not found, forbidden, invalid, stale version)
   * fails alone; any other failure rolls the batch back and each event is sent on its own.
   */
  async sendEach(actor: Actor, items: BatchSend[]): Promise<Settled<Outcome>[]> {
    if (items.some((i) => i.meta.idempotencyKey != null)) throw new Error('sendEach no admite claves de idempotencia');
    const results: Settled<Outcome>[] = new Array(items.length);
    const done: { index: number; kase: WorkflowCase; entry: CaseHistory }[] = [];
    // One order for every batch, so two batches that share cases take their rows in the same order.
    const order = items
      .map((_, i) => i)
      .sort((a, b) => (items[a].caseId < items[b].caseId ? -1 : items[a].caseId > items[b].caseId ? 1 : 0));
    try {
      await this.store.transaction(async (trx) => {
        // One instant for the batch: its rows commit together, and their terms close in one statement.
        const at = this.clock.now();
        const cases = await this.store.findCases(trx, [...new Set(items.map((i) => i.caseId))]);
        const steps: (Prepared & { index: number; changes: CaseChanges })[] = [];
        const taken = new Set<string>();
        for (const index of order) {
          const { caseId, event, expect } = items[index];
          try {
            // A second event to the same case would be computed from the row before the first.
            if (taken.has(caseId)) throw staleVersion(caseId, expect.expectedVersion ?? 0, null);
            const step = await this.prepareStep(trx, actor, caseId, event, expect, () => at, cases.get(caseId) ?? null);
            taken.add(caseId);
            steps.push({ ...step, index, changes: changesOf(step.kase, step.next, at) });
          } catch (err) {
            if (!(err instanceof AppError)) throw err;
            results[index] = { error: err };
          }
        }
        const updated = await this.store.updateCases(
          trx,
          steps.map((s) => ({ id: s.kase.id, version: s.kase.version, changes: s.changes })),
        );
        const writes = new StepWrites();
        for (const { index, kase, rules, actions, db, changes } of steps) {
          const { event, expect, meta } = items[index];
          if (!updated.has(kase.id)) {
            results[index] = { error: staleVersion(kase.id, expect.expectedVersion ?? kase.version, null) };
            continue;
          }
          const after: WorkflowCase = { ...kase, ...changes };
          await rules.afterEvent?.(db, actor, after, event, at);
          const entry = await this.record(trx, actor, after, event, kase.state, actions, meta, at, [], writes);
          done.push({ index, kase: after, entry });
        }
        await writes.flush(trx, this.store);
      });
    } catch {
      return Promise.all(
        items.map((i) =>
          this.send(actor, i.caseId, i.event, i.expect, i.meta).then(
            (ok): Settled<Outcome> => ({ ok }),
            (error: unknown): Settled<Outcome> => ({ error }),
          ),
        ),
      );
    }
    for (const { kase, entry } of done) workflowTransitions.labels(kase.process, entry.event).inc();
    const changes = done.map(({ kase, entry }) => changeOf(kase, entry));
    if (this.publisher.publishAll) this.publisher.publishAll(changes);
    else for (const change of changes) this.publisher.publish(change);
    for (const { index, kase, entry } of done) results[index] = { ok: { kase, entry, replayed: false } };
    return results;
  }

  /** One event to one case in the transaction `trx`. */
  private async sendStep(
    trx: Knex.Transaction,
    actor: Actor,
    caseId: string,
    event: WorkflowEvent,
    expect: SendExpectations,
    meta: RequestMeta,
  ): Promise<{ kase: WorkflowCase; entry: CaseHistory }> {
    const now = () => this.clock.now();
    const { kase, rules, next, actions, db } = await this.prepareStep(trx, actor, caseId, event, expect, now);
    const at = now();
    const changes = changesOf(kase, next, at);
    const updated = await this.store.updateCase(trx, kase.id, kase.version, changes);
    if (updated !== 1) throw staleVersion(kase.id, expect.expectedVersion ?? kase.version, null);
    const after: WorkflowCase = { ...kase, ...changes };
    await rules.afterEvent?.(db, actor, after, event, at);
    const entry = await this.record(trx, actor, after, event, kase.state, actions, meta, at);
    return { kase: after, entry };
  }

  /** Everything a step checks and computes before it writes. */
  private async prepareStep(
    trx: Knex.Transaction,
    actor: Actor,
    caseId: string,
    event: WorkflowEvent,
    expect: SendExpectations,
    now: () => Date,
    loaded?: WorkflowCase | null,
  ): Promise<Prepared> {
    const { expectedVersion } = expect;
    const kase = await this.readableCase(trx, actor, caseId, loaded);
    const process = kase.process as ProcessId;
    if (expect.process && expect.process !== process) {
      throw new BadUserInputError(`El trámite ${caseId} no pertenece al proceso "${processLabel[expect.process]}"`, {
        path: 'input.caseId',
        code: ProblemCode.NOT_ALLOWED,
      });
    }
    const rules = this.processes[process];
    if (!this.canSend(actor, kase, event.type)) {
      throw new ForbiddenError(`Su rol no puede enviar el evento ${event.type} a este trámite`);
    }
    if (expectedVersion != null && expectedVersion !== kase.version) {
      throw staleVersion(kase.id, expectedVersion, kase.version);
    }
    const { machine } = this.registry.get(process, kase.machineVersion);
    const current = restore(machine, kase.snapshot as unknown as PersistedCase);
    const info = stateInfo(machine, kase.state);
    if (!info.events.includes(event.type)) {
      throw new InvalidTransitionError(
        `El estado "${info.label}" no acepta el evento ${event.type}; acepta: ${info.events.join(', ') || 'ninguno (estado final)'}`,
        { state: kase.state, event: event.type, acceptedEvents: info.events },
      );
    }
    const db = this.lazyEm(trx);
    await rules.beforeEvent?.(db, actor, kase, event, now());
    const [next, actions] = transition(machine, current, event);
    // The state accepts the event type (checked above), so the same snapshot back means a guard refused it.
    if (next === current) {
      const refusals = new Map<string, Problem>();
      for (const t of info.transitions.filter((t) => t.event === event.type && t.guard)) {
        const refusal = rules.guardMessages?.[t.guard!] ?? { path: 'input', code: ProblemCode.NOT_ALLOWED, message: t.guard! };
        refusals.set(`${refusal.path} ${refusal.message}`, refusal);
      }
      const problems = refusals.size
        ? [...refusals.values()]
        : [{ path: 'input', code: ProblemCode.NOT_ALLOWED, message: 'no cumple las condiciones del estado' }];
      throw new BadUserInputError(`El evento ${event.type} ${problems.map((p) => p.message).join('; ')}`, {
        event: event.type,
        problems,
      });
    }
    return { kase, rules, next, actions, db };
  }

  /** The case, read in the transaction; another entity's case looks exactly like a missing one. */
  private async readableCase(trx: Knex.Transaction, actor: Actor, caseId: string, loaded?: WorkflowCase | null): Promise<WorkflowCase> {
    const kase = loaded === undefined ? await this.store.findCase(trx, caseId) : loaded;
    if (!kase || !canReadCase(actor, kase)) {
      throw new NotFoundError(`No existe el trámite ${caseId} o no tiene acceso a él`, { caseId });
    }
    return kase;
  }

  /**
   * Runs `work` in a transaction and publishes the change after the commit. With an idempotency
   * key, a key already used by the same subject returns its first result (or BAD_USER_INPUT if it
   * was used for a different request); a concurrent first use that loses the race is answered the
   * same way once the winner has committed.
   */
  private async idempotent(
    actor: Actor,
    meta: RequestMeta,
    print: string,
    work: (trx: Knex.Transaction) => Promise<{ kase: WorkflowCase; entry: CaseHistory }>,
  ): Promise<Outcome> {
    const key = meta.idempotencyKey ?? null;
    if (key !== null) {
      const replay = await this.replay(actor, key, print);
      if (replay) return replay;
    }
    let result: { kase: WorkflowCase; entry: CaseHistory };
    try {
      result = await this.store.transaction(async (trx) => {
        const done = await work(trx);
        if (key !== null) {
          await this.store.insertKey(trx, {
            subject: actor.subject,
            key,
            fingerprint: print,
            caseId: done.kase.id,
            seq: done.entry.seq,
            createdAt: done.entry.at,
          });
        }
        return done;
      });
    } catch (err) {
      if (key !== null) {
        const replay = await this.replay(actor, key, print);
        if (replay) return replay;
      }
      if (isUniqueViolation(err)) {
        throw new ConflictError('Otro cambio se registró al mismo tiempo; vuelva a consultar el trámite e intente de nuevo');
      }
      throw err;
    }
    // Counted once committed (a replay is not a change): the event is a machine's, CREATED, or a module's amendment.
    workflowTransitions.labels(result.kase.process, result.entry.event).inc();
    this.publisher.publish(changeOf(result.kase, result.entry));
    return { ...result, replayed: false };
  }

  private async replay(actor: Actor, key: string, print: string): Promise<Outcome | null> {
    const seen = await this.store.findKey(actor.subject, key);
    if (!seen) return null;
    if (seen.fingerprint !== print) {
      throw new BadUserInputError('La clave de idempotencia ya se usó para otra solicitud; use una clave nueva para cada operación', {
        path: 'input.idempotencyKey',
        code: ProblemCode.DUPLICATE,
      });
    }
    const [kase, entry] = await Promise.all([
      this.store.findCase(this.store.knex, seen.caseId),
      this.store.findHistory(this.store.knex, seen.caseId, seen.seq),
    ]);
    if (!kase || !entry) throw new Error(`clave de idempotencia sin su trámite o historial: ${seen.caseId}/${seen.seq}`);
    // The same subject may since act for another entity (or lose an assignment): a replay must
    // not show a case the caller can no longer read.
    if (!canReadCase(actor, kase)) {
      throw new NotFoundError(`No existe el trámite ${kase.id} o no tiene acceso a él`, { caseId: kase.id });
    }
    return { kase, entry, replayed: true };
  }

  /** The history row and the outbox rows of one committed step. */
  private async record(
    trx: Knex.Transaction,
    actor: Actor,
    kase: WorkflowCase,
    event: WorkflowEvent,
    fromState: string | null,
    actions: { type: string }[],
    meta: RequestMeta,
    at: Date,
    /** Outbox rows the caller adds beyond the effects and term changes of the step. */
    extra: OutboxMessage[] = [],
    /** Where the rows go; without it they are written before this returns. */
    into?: StepWrites,
  ): Promise<CaseHistory> {
    const writes = into ?? new StepWrites();
    const { type, ...payload } = event;
    const entry: CaseHistory = {
      caseId: kase.id,
      seq: kase.version,
      event: type,
      fromState,
      toState: kase.state,
      actorSubject: actor.subject,
      actorRole: actor.role,
      payload,
      at,
      requestId: meta.requestId,
    };
    writes.history.push(entry);
    writes.outbox.push(...effectMessages(kase, actions, type, at), ...extra);
    const scheduled = await this.moveDeadlines(trx, kase, fromState, type, at, writes);
    if (scheduled) writes.outbox.push(scheduleMessage(kase, scheduled, at));
    if (!into) await writes.flush(trx, this.store);
    return entry;
  }

  /** The process's own length for a term, else the deployment's configured one, else the machine's default. */
  private async termOf(trx: Knex.Transaction, kase: WorkflowCase, spec: DeadlineSpec): Promise<Term | null> {
    const own = await this.processes[kase.process as ProcessId].termOf?.(this.lazyEm(trx), kase, spec);
    if (own !== undefined) return own;
    const configured = this.termDays[spec.kind];
    // The deployment's lengths are días hábiles, also over a machine default counted in months.
    if (configured !== undefined) return { days: configured, calendar: spec.calendar === 'month' ? 'business' : spec.calendar };
    return { days: spec.days, calendar: spec.calendar };
  }

  /**
   * Leaving a state closes its term (EXPIRED when the leaving event is the term's own expiry event,
   * MET_LATE when it had passed, else MET); entering a state that declares one writes its row, due
   * at the instant the calendar gives. Returns the new term, if any, for the relay to schedule.
   */
  private async moveDeadlines(
    trx: Knex.Transaction,
    kase: WorkflowCase,
    fromState: string | null,
    event: string,
    at: Date,
    writes: StepWrites,
  ): Promise<Deadline | null> {
    if (fromState === kase.state) return null;
    const { machine } = this.registry.get(kase.process as ProcessId, kase.machineVersion);
    const left = fromState === null ? null : stateInfo(machine, fromState);
    const entered = stateInfo(machine, kase.state);
    // One term across several states (the ministry's review from filing to its answer): the running
    // term moves to the new state with its start, due instant, status and jobs (they find it by id).
    if (left?.deadline && entered.deadline?.continues && entered.deadline.kind === left.deadline.kind && event !== left.deadline.onExpire) {
      writes.moves.push({ caseId: kase.id, state: kase.state, caseVersion: kase.version });
      return null;
    }
    if (left?.deadline) writes.closes.push({ caseId: kase.id, expired: event === left.deadline.onExpire, at });
    if (!entered.deadline) return null;
    const spec = entered.deadline;
    const term = await this.termOf(trx, kase, spec);
    if (!term) return null;
    const dueAt = 'until' in term ? term.until : dueInstant(at, term.days, term.calendar);
    const deadline: Deadline = {
      id: randomUUID(),
      caseId: kase.id,
      state: kase.state,
      caseVersion: kase.version,
      kind: spec.kind,
      owner: entered.owner,
      calendar: 'until' in term ? 'calendar' : term.calendar,
      days: 'until' in term ? null : term.days,
      onExpire: spec.onExpire ?? null,
      remindBefore: [...spec.remindBefore].sort((a, b) => b - a),
      startedAt: at,
      dueAt,
      originalDueAt: dueAt,
      status: DeadlineStatus.PENDING,
      remindersSent: 0,
      extendedDays: null,
      extensionReason: null,
      extendedBy: null,
      closedAt: null,
    };
    writes.deadlines.push(deadline);
    return deadline;
  }

  /**
   * Extends the running term of a case once (Ley 1755 de 2015, art. 14): by the side that owes the
   * answer, before the term ends, with written reasons, by at most the original length (so at most
   * double). Recorded like any change: version + 1, a history row, and the new due instant scheduled.
   */
  async extendTerm(actor: Actor, caseId: string, extension: TermExtension, expect: SendExpectations, meta: RequestMeta): Promise<Outcome> {
    const print = fingerprint(['extend', caseId, extension]);
    return this.idempotent(actor, meta, print, async (trx) => {
      const kase = await this.readableCase(trx, actor, caseId);
      const deadline = await this.store.findOpenDeadline(trx, kase.id);
      if (!deadline) {
        throw new PreconditionFailedError('NO_RUNNING_TERM', 'El trámite no tiene un término en curso que se pueda prorrogar');
      }
      if (extension.kind && deadline.kind !== extension.kind) {
        throw new PreconditionFailedError(
          'NO_RUNNING_TERM',
          `El trámite no tiene en curso el término de ${deadlineKindLabels[extension.kind].toLowerCase()}: no hay qué prorrogar`,
          { kind: extension.kind, running: deadline.kind },
        );
      }
      if (!canExtendTerm(actor, kase, deadline.owner as Side, this.processes[kase.process as ProcessId].termExtenders)) {
        throw new ForbiddenError('Solo quien debe responder dentro del término puede prorrogarlo');
      }
      if (expect.expectedVersion != null && expect.expectedVersion !== kase.version) {
        throw staleVersion(kase.id, expect.expectedVersion, kase.version);
      }
      const at = this.clock.now();
      if (extension.reason.trim().length < 10) {
        throw new BadUserInputError('La prórroga debe explicar sus motivos en al menos 10 caracteres', {
          path: 'input.reason',
          code: extension.reason.trim() ? ProblemCode.TOO_SHORT : ProblemCode.REQUIRED,
        });
      }
      if (deadline.days === null) {
        throw new PreconditionFailedError(
          'TERM_NOT_EXTENSIBLE',
          'Este término termina en una fecha fija (el cierre de la vigencia) y no admite prórroga',
        );
      }
      if (deadline.extendedDays !== null) {
        throw new PreconditionFailedError(
          'TERM_ALREADY_EXTENDED',
          'El término ya fue prorrogado una vez; la ley permite una sola prórroga',
        );
      }
      if (deadline.status !== DeadlineStatus.PENDING || at > deadline.dueAt) {
        throw new PreconditionFailedError('TERM_ALREADY_ENDED', 'El término ya venció: la prórroga debe informarse antes del vencimiento');
      }
      // Without `days`, the term is extended by its own length (Ley 1755 art. 17: "un término igual").
      const days = extension.days ?? deadline.days;
      if (days > deadline.days) {
        // In the term's own unit: a term of months is extended in months.
        const unit = deadline.calendar === 'month' ? (deadline.days === 1 ? 'mes' : 'meses') : deadline.days === 1 ? 'día' : 'días';
        throw new BadUserInputError(
          `La prórroga no puede superar el término inicial de ${deadline.days} ${unit} (a lo sumo el doble del término)`,
          { path: 'input.days', code: ProblemCode.OVER_LIMIT, maxDays: deadline.days },
        );
      }
      // Counted like the term itself, from the day after its last day.
      const dueAt = dueInstant(deadline.dueAt, days, deadline.calendar as CalendarKind);
      const after = await this.bumpInState(trx, kase, {}, at, expect.expectedVersion);
      const extended: Deadline = {
        ...deadline,
        dueAt,
        remindersSent: 0,
        extendedDays: days,
        extensionReason: extension.reason,
        extendedBy: actor.subject,
      };
      await this.store.extendDeadline(trx, extended);
      const event = {
        type: EXTEND_TERM,
        kind: deadline.kind,
        days,
        calendar: deadline.calendar,
        note: extension.reason,
        previousDueAt: deadline.dueAt.toISOString(),
        dueAt: dueAt.toISOString(),
      };
      // The other side is told of the new term and its reasons (Ley 1755 art. 14).
      const tell: Effect = deadline.owner === 'ENTITY' ? 'notifyCoordinators' : 'notifyEntity';
      const entry = await this.record(trx, actor, after, event, kase.state, [{ type: tell }], meta, at, [
        scheduleMessage(after, extended, at),
      ]);
      return { kase: after, entry };
    });
  }

  /**
   * The case's next version in the same state (an entry the runtime writes itself: a term's
   * extension, a reassignment), with the given context changes; a concurrent writer, or an
   * `expectedVersion` already passed, is a CONFLICT.
   */
  private async bumpInState(
    trx: Knex.Transaction,
    kase: WorkflowCase,
    changes: Partial<Pick<WorkflowCase, 'snapshot' | 'assignee' | 'evaluators'>>,
    at: Date,
    expectedVersion?: number | null,
  ): Promise<WorkflowCase> {
    const after: WorkflowCase = { ...kase, ...changes, version: kase.version + 1, updatedAt: at };
    const updated = await this.store.updateCase(trx, kase.id, kase.version, {
      state: after.state,
      final: after.final,
      snapshot: after.snapshot,
      version: after.version,
      assignee: after.assignee,
      evaluators: after.evaluators,
      openKey: after.openKey,
      updatedAt: at,
    });
    if (updated !== 1) throw staleVersion(kase.id, expectedVersion ?? kase.version, null);
    return after;
  }

  /**
   * Records an `Amendment` (see ports): authorized by the process's sender of its type, refused on
   * an ended case unless it allows it, written by the module in the same transaction as the new
   * version and its history row.
   */
  async amend(actor: Actor, caseId: string, change: Amendment, expect: SendExpectations, meta: RequestMeta): Promise<Outcome> {
    const print = fingerprint(['amend', caseId, expect.process ?? null, change.type, change.payload]);
    return this.idempotent(actor, meta, print, async (trx) => {
      const kase = await this.readableCase(trx, actor, caseId);
      if (expect.process && expect.process !== kase.process) {
        throw new BadUserInputError(`El trámite ${caseId} no pertenece al proceso "${processLabel[expect.process]}"`, {
          path: 'input.caseId',
          code: ProblemCode.NOT_ALLOWED,
        });
      }
      if (!this.canSend(actor, kase, change.type)) throw new ForbiddenError(`Su rol no puede registrar ${change.type} en este trámite`);
      if (expect.expectedVersion != null && expect.expectedVersion !== kase.version) {
        throw staleVersion(kase.id, expect.expectedVersion, kase.version);
      }
      if (kase.final && !change.allowFinal)
        throw new PreconditionFailedError('CASE_CLOSED', 'El trámite ya terminó: no admite este cambio');
      const at = this.clock.now();
      const done = await change.write(this.lazyEm(trx), kase, at);
      const after = await this.bumpInState(trx, kase, {}, at, expect.expectedVersion);
      const effects = (done && done.effects) ?? [];
      const entry = await this.record(
        trx,
        actor,
        after,
        { ...change.payload, type: change.type },
        kase.state,
        effects.map((type) => ({ type })),
        meta,
        at,
      );
      return { kase: after, entry };
    });
  }

  /**
   * Moves a departing person's seat on an open case (its advisor, a panel seat) to another person,
   * a coordinator's decision recorded like any change: version + 1 and a `REASSIGN` history row
   * `{ from, to, reason }`, in the same state (no machine declares the event, so every machine
   * version takes it) and with the effects that tell the new holder. The process checks the move.
   */
  async reassign(actor: Actor, caseId: string, move: Reassignment, meta: RequestMeta): Promise<Outcome> {
    const print = fingerprint(['reassign', caseId, move]);
    return this.idempotent(actor, meta, print, async (trx) => {
      if (actor.role !== Role.COORDINATOR && actor.role !== 'SYSTEM') {
        throw new ForbiddenError('Solo la coordinación reasigna los trámites de una persona');
      }
      const kase = await this.readableCase(trx, actor, caseId);
      const assignments = this.processes[kase.process as ProcessId].assignments;
      if (!assignments) {
        throw new PreconditionFailedError(
          'NOT_REASSIGNABLE',
          `Los trámites de "${processLabel[kase.process as ProcessId]}" no se asignan a personas`,
        );
      }
      if (kase.final) throw new PreconditionFailedError('CASE_CLOSED', 'El trámite ya terminó: no tiene trabajo pendiente que reasignar');
      const at = this.clock.now();
      const moved = await assignments.reassign(this.lazyEm(trx), actor, kase, move, at);
      const context = moved.context as { assignee?: string | null; evaluators?: string[] };
      const after = await this.bumpInState(
        trx,
        kase,
        {
          snapshot: { value: kase.state, context: moved.context },
          assignee: context.assignee ?? null,
          evaluators: context.evaluators?.length ? context.evaluators : null,
        },
        at,
      );
      const event = { type: REASSIGN, from: move.from, to: move.to, reason: move.reason, ...moved.payload };
      const entry = await this.record(
        trx,
        actor,
        after,
        event,
        kase.state,
        moved.effects.map((type) => ({ type })),
        meta,
        at,
      );
      return { kase: after, entry };
    });
  }
}

/** One event of a `sendEach` batch. */
export interface BatchSend {
  caseId: string;
  event: WorkflowEvent;
  expect: SendExpectations;
  meta: RequestMeta;
}

/** A step checked and computed, not yet written. */
interface Prepared {
  kase: WorkflowCase;
  rules: ProcessRules;
  next: AnyMachineSnapshot;
  actions: { type: string }[];
  db: () => EntityManager;
}

function openKeyOf(process: ProcessId, entityCode: string, scope: string | null, final: boolean): string | null {
  return final ? null : `${process}:${entityCode}:${scope ?? '-'}`;
}

function oneOpenCase(process: ProcessId): PreconditionFailedError {
  return new PreconditionFailedError(
    'ONE_OPEN_CASE',
    'La entidad ya tiene un trámite abierto de este proceso en la misma vigencia o convocatoria',
    {
      process,
    },
  );
}

function staleVersion(caseId: string, expected: number, current: number | null): ConflictError {
  return new ConflictError(
    current === null
      ? 'El trámite cambió mientras se procesaba su solicitud; consúltelo de nuevo e intente otra vez'
      : `El trámite está en la versión ${current}, no en la ${expected} que usted consultó; consúltelo de nuevo`,
    { caseId, expectedVersion: expected, ...(current === null ? {} : { currentVersion: current }) },
  );
}

/** Who may send `event` to a case of `process`, by its module's sender table (undefined: nobody). */
export function senderIn(processes: ProcessRulesTable, process: string, event: string): EventSender | undefined {
  return processes[process as ProcessId]?.senders[event];
}

/** Whether the actor may send `event` to the case, by its process's sender table. */
export function canSendIn(processes: ProcessRulesTable, actor: Actor, c: CaseAccess, event: string): boolean {
  return isSender(actor, c, senderIn(processes, c.process, event));
}

export function changeOf(kase: WorkflowCase, entry: CaseHistory): CaseChange {
  return {
    caseId: kase.id,
    process: kase.process as ProcessId,
    entityCode: kase.entityCode,
    departmentCode: kase.departmentCode,
    cycleId: kase.cycleId,
    callId: kase.callId,
    assignee: kase.assignee,
    evaluators: kase.evaluators,
    seq: entry.seq,
    event: entry.event,
    fromState: entry.fromState,
    toState: entry.toState,
    version: kase.version,
    at: entry.at.toISOString(),
  };
}
