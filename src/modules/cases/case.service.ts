import type { EntityManager } from '@mikro-orm/knex';

import type { ProcessId, WorkflowRegistry } from '../../../workflows/registry';

import { canReadCase, caseScope, type Actor } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import { BadUserInputError, NotFoundError, PreconditionFailedError } from '../../core/errors/app-error';
import { ProblemCode } from '../../core/errors/problems';
import { decodeCursor, encodeCursor, toConnection, type ConnectionResult } from '../../core/graphql/connection';
import { SqlList } from '../../core/orm/sql-rows';
import { isUuid } from '../../core/text';
import type { CaseFeed, FedChange } from '../../core/workflow/case-feed';
import type { CaseHistory } from '../../core/workflow/case-history.entity';
import { CaseConditions, type CaseReader } from '../../core/workflow/case-reader';
import type { WorkflowCase } from '../../core/workflow/case.entity';
import { stateInfo } from '../../core/workflow/definition';
import type { Amendment } from '../../core/workflow/ports';
import type { NewCase, OpenInit, Outcome, WorkflowEvent, WorkflowRuntime } from '../../core/workflow/workflow-runtime';
import type { TerritorialDirectory } from '../territorial-entities/territorial-entity.service';
import { CaseOrderBy, type CaseActionInput, type CaseFilterFields, type CasesArgs } from './case.inputs';
import { CaseTransitionPayload, CaseType, historyEntryType, type CaseEventOption, type CaseHistoryEntryType } from './case.type';

/** Reading cases for the API, and the bridge from typed mutations to the workflow runtime. */
export class CaseService {
  constructor(
    readonly registry: WorkflowRegistry,
    readonly runtime: WorkflowRuntime,
    /** Plain-row reads of cases and their nested fields (the loaders use it too). */
    readonly reader: CaseReader,
    /** The cases an evaluator is assigned to (few per evaluator), read first like overdue ones; the cofinancing module answers it. */
    private readonly evaluatedCases: (em: EntityManager, evaluator: string) => Promise<string[]> = async () => [],
  ) {}

  /** The same service over another runtime (the demo seed files cases in the past with one on another clock). */
  withRuntime(runtime: WorkflowRuntime): CaseService {
    return new CaseService(this.registry, runtime, this.reader, this.evaluatedCases);
  }

  toType(row: WorkflowCase): CaseType {
    return CaseType.from(row, this.registry);
  }

  historyType(row: CaseHistory, kase: Pick<CaseType, 'process' | 'machineVersion'>): CaseHistoryEntryType {
    return historyEntryType(row, kase.process as ProcessId, kase.machineVersion, this.registry);
  }

  result(outcome: Outcome): CaseTransitionPayload {
    const kase = this.toType(outcome.kase);
    return Object.assign(new CaseTransitionPayload(), {
      case: kase,
      entry: this.historyType(outcome.entry, kase),
      replayed: outcome.replayed,
    });
  }

  /** A case the principal may read, or null: another entity's case looks exactly like a missing one. */
  async find(_em: EntityManager, principal: Principal, id: string): Promise<CaseType | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.reader.byIds([id]);
    return row && canReadCase(principal, row) ? this.toType(row) : null;
  }

  /** `em` is asked for only by an evaluator's scope: the rest of a page never forks one (2 % of its CPU in the profile). */
  async list(em: () => EntityManager, principal: Principal, args: CasesArgs): Promise<ConnectionResult<CaseType>> {
    const scope = caseScope(principal);
    const evaluated = scope.kind === 'EVALUATOR' ? await this.evaluatedCases(em(), scope.subject) : null;
    const f = args.filter ?? {};
    const now = this.runtime.clock.now();
    // The scope first: the rest only narrows what the principal may read.
    const where = new CaseConditions();
    if (scope.kind === 'ENTITY') where.add('c.entity_code = ?', scope.entityCode);
    if (scope.kind === 'ASSIGNEE') where.add('c.assignee = ?', scope.subject);
    if (evaluated) where.add('c.id in (??)', new SqlList(evaluated));
    if (f.process) where.add('c.process = ?', f.process);
    if (f.state) where.add('c.state = ?', f.state);
    if (f.entityCode) where.add('c.entity_code = ?', f.entityCode);
    if (f.departmentCode) where.add('c.department_code = ?', f.departmentCode);
    if (f.cycleId) where.add('c.cycle_id = ?', f.cycleId);
    if (f.callId) where.add('c.call_id = ?', f.callId);
    if (f.overdue != null) this.reader.overdue(where, f.overdue, now);

    const desc = args.orderBy === CaseOrderBy.UPDATED_AT_DESC;
    const field = desc ? 'updatedAt' : 'createdAt';
    let after: { at: Date; id: string } | undefined;
    if (args.after) {
      const [at, id] = decodeCursor(args.after, args.orderBy, 2);
      const instant = new Date(at);
      if (Number.isNaN(instant.getTime()) || !isUuid(id))
        throw new BadUserInputError('Cursor inválido', { path: 'after', code: ProblemCode.INVALID_FORMAT });
      after = { at: instant, id };
    }
    const [rows, totalCount] = await Promise.all([
      args.first === 0 || scope.kind === 'NONE'
        ? Promise.resolve([] as WorkflowCase[])
        : this.reader.page(where, { column: desc ? 'updated_at' : 'created_at', desc, after }, args.first + 1),
      scope.kind === 'NONE' ? Promise.resolve(0) : this.reader.count(where),
    ]);
    return toConnection({
      rows,
      first: args.first,
      after: args.after,
      totalCount,
      cursorOf: (r) => encodeCursor(args.orderBy, [r[field].toISOString(), r.id]),
      toNode: (r) => this.toType(r),
    });
  }

  /**
   * The changes a resuming `caseChanged` subscriber missed, read from the history within the
   * principal's scope (an entity user, only its own cases), with the subscription's filter, in
   * order: those after a feed position, or of the filter's one case after a seq; only those up to
   * the position `upTo`, the live feed bringing the rest. At most `limit` of them.
   */
  async missedChanges(
    em: EntityManager,
    feed: CaseFeed,
    principal: Principal,
    filter: (CaseFilterFields & { caseId?: string | null }) | null | undefined,
    since: { position: number } | { seq: number },
    upTo: number,
    limit: number,
  ): Promise<FedChange[]> {
    const scope = caseScope(principal);
    if (scope.kind === 'NONE') return [];
    const evaluated = scope.kind === 'EVALUATOR' ? await this.evaluatedCases(em, scope.subject) : null;
    const f = filter ?? {};
    const rows = await feed.read('position' in since ? since.position : 0, {
      upTo,
      limit,
      where: (q) => {
        if (scope.kind === 'ENTITY') q.where('c.entity_code', scope.entityCode);
        if (scope.kind === 'ASSIGNEE') q.where('c.assignee', scope.subject);
        if (evaluated) q.whereIn('c.id', evaluated);
        if ('seq' in since) q.where('h.seq', '>', since.seq);
        if (f.caseId) q.where('h.case_id', f.caseId);
        if (f.process) q.where('c.process', f.process);
        if (f.state) q.where('h.to_state', f.state);
        if (f.entityCode) q.where('c.entity_code', f.entityCode);
        if (f.departmentCode) q.where('c.department_code', f.departmentCode);
        if (f.cycleId) q.where('c.cycle_id', f.cycleId);
        if (f.callId) q.where('c.call_id', f.callId);
      },
    });
    // The scope again, by the rule itself (the statement's scope is only its fast path).
    return rows.filter((r) => canReadCase(principal, r));
  }

  /**
   * The events of the case's current state this principal may send (guards and rules are checked on
   * sending), each with the mutation that sends it; an event no mutation sends is the platform's own.
   */
  availableEvents(principal: Principal, kase: CaseType): CaseEventOption[] {
    const process = kase.process as ProcessId;
    const { machine, eventLabels } = this.registry.get(process, kase.machineVersion);
    const { mutations } = this.runtime.rulesOf(process);
    return stateInfo(machine, kase.state).events.flatMap((event) => {
      const mutation = mutations[event];
      return mutation && this.runtime.canSend(principal, kase, event) ? [{ event, label: eventLabels[event] ?? event, mutation }] : [];
    });
  }

  /** Sends a typed mutation's event; the case must belong to the mutation's process. */
  async act(
    actor: Actor,
    requestId: string,
    process: ProcessId,
    input: CaseActionInput,
    event: WorkflowEvent,
  ): Promise<CaseTransitionPayload> {
    const outcome = await this.runtime.send(
      actor,
      input.caseId,
      event,
      { expectedVersion: input.expectedVersion, process },
      { requestId, idempotencyKey: input.idempotencyKey },
    );
    return this.result(outcome);
  }

  /**
   * Records a change of the case's own records that is not a machine step (`WorkflowRuntime.amend`),
   * authorized by the process's sender of its type; the case must belong to the mutation's process.
   */
  async amend(
    actor: Actor,
    requestId: string,
    process: ProcessId,
    input: Pick<CaseActionInput, 'caseId' | 'expectedVersion' | 'idempotencyKey'>,
    change: Amendment,
  ): Promise<CaseTransitionPayload> {
    const outcome = await this.runtime.amend(
      actor,
      input.caseId,
      change,
      { expectedVersion: input.expectedVersion, process },
      { requestId, idempotencyKey: input.idempotencyKey },
    );
    return this.result(outcome);
  }

  /** Opens a case for the principal's own entity, which must exist and be allowed to apply. */
  async open(
    principal: Principal,
    directory: TerritorialDirectory,
    requestId: string,
    draft: { process: ProcessId; cycleId: string | null; callId: string | null; scope?: string },
    idempotencyKey: string | null | undefined,
    init?: OpenInit,
  ): Promise<CaseTransitionPayload> {
    const outcome = await this.runtime.open(
      principal,
      await this.newCase(principal, directory, draft),
      { requestId, idempotencyKey },
      init,
    );
    return this.result(outcome);
  }

  /**
   * The first result of an `open` already made with `idempotencyKey` (same draft and payload), or
   * null (see `WorkflowRuntime.openedBefore`): asked before checks against the current state.
   */
  async openedBefore(
    principal: Principal,
    directory: TerritorialDirectory,
    requestId: string,
    draft: { process: ProcessId; cycleId: string | null; callId: string | null; scope?: string },
    idempotencyKey: string | null | undefined,
    payload?: Record<string, unknown>,
  ): Promise<CaseTransitionPayload | null> {
    if (idempotencyKey == null) return null;
    const outcome = await this.runtime.openedBefore(
      principal,
      await this.newCase(principal, directory, draft),
      { requestId, idempotencyKey },
      payload,
    );
    return outcome && this.result(outcome);
  }

  /** The case to open for the principal's own entity, which must exist and be allowed to apply. */
  private async newCase(
    principal: Principal,
    directory: TerritorialDirectory,
    draft: { process: ProcessId; cycleId: string | null; callId: string | null; scope?: string },
  ): Promise<NewCase> {
    const entity = await directory.read((d) => d.find(principal.entityCode ?? ''));
    if (!entity) throw new NotFoundError(`La entidad ${principal.entityCode ?? ''} no está en DIVIPOLA`);
    if (!entity.eligibleToApply) {
      throw new PreconditionFailedError(
        'ENTITY_NOT_ELIGIBLE',
        `${entity.name} es un área no municipalizada: no tiene alcaldía y no puede adelantar trámites`,
      );
    }
    // The key order is part of the idempotency fingerprint: keep it.
    return { ...draft, entityCode: entity.code, departmentCode: entity.departmentCode };
  }
}
