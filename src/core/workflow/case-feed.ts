import { EventEmitter, on } from 'node:events';
import type { Knex } from '@mikro-orm/knex';
import type { Logger } from 'pino';

import type { ProcessId } from '../../../workflows/registry';

import type { CaseEvents } from './case-events';
import { asDate, asJson } from './case-store';
import type { CaseChange } from './ports';

/** A committed change with its place in the feed (`case_history.global_seq`). */
export interface FedChange extends CaseChange {
  position: number;
}

/** A follower of the feed: every change after `from` reaches `changes`, once and in order. */
export interface FeedFollower {
  /** Where a replay stops: the live changes include every change after it (and possibly a few before). */
  from: Promise<number>;
  /** Live changes; `return()` stops following. */
  changes: AsyncIterableIterator<FedChange>;
}

/** Rows stamped, and rows read, per statement. */
const BATCH = 500;
/** A follower is not left waiting for a wake-up Redis lost: the feed looks for new changes this often. */
const POLL_MS = 5000;

/**
 * One order of every case's changes, for `caseChanged` to resume from: each history row gets a
 * position (`global_seq`) after its commit, and a follower receives the rows in that order.
 *
 * Positions could not come from the transition itself: a sequence value taken inside a
 * transaction may commit after a higher one (a reader would skip it for good), and numbering in
 * commit order there would serialise every transition's commit. Instead, committed rows are
 * stamped afterwards, one stamping at a time (the row lock of `case_history_sequence`): a stamping
 * sees the rows committed before it, numbers them after every position given before, and commits
 * them at once. So the positions a reader sees are always every position up to the highest one it
 * sees; nothing can later appear below. A case's rows get increasing positions in their `seq`
 * order (a row is committed only after the case's previous one).
 *
 * Stamping is lazy: it runs while this process has followers (woken by each published change, and
 * every few seconds for a change whose message Redis lost) and before a replay reads, never on the
 * path of a transition.
 */
export class CaseFeed {
  private readonly local = new EventEmitter();
  /** The highest position emitted to followers (valid while active). */
  private high = 0;
  private followers = 0;
  /** Followers whose `from` is known. */
  private started = 0;
  /** Each activation's number: a pump of an earlier activation emits nothing. */
  private generation = 0;
  private wake: AsyncIterableIterator<CaseChange> | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Initialisation and pumps, one at a time. */
  private chain: Promise<unknown> = Promise.resolve();
  private queued = false;
  private pendingCatchUp: Promise<number> | undefined;

  constructor(
    private readonly knex: Knex,
    private readonly events: CaseEvents,
    private readonly logger: Logger,
  ) {
    this.local.setMaxListeners(0);
  }

  /** Starts following: the changes stamped after `from` are delivered, in order. */
  follow(): FeedFollower {
    const controller = new AbortController();
    const inner = on(this.local, 'change', { signal: controller.signal });
    this.followers++;
    if (this.followers === 1) this.activate();
    // Caught up first (every row committed by now stamped and emitted), so `from` is the present
    // rather than wherever the last wake-up got to. The follower also has what was emitted meanwhile,
    // some of it at or before `from`: it drops by position or seq what it already has.
    const from = this.catchUp();
    let following = true;
    let counted = false;
    from.then(
      () => {
        if (!following) return;
        counted = true;
        this.started++;
      },
      () => undefined,
    );
    const stop = () => {
      if (!following) return;
      following = false;
      if (counted) this.started--;
      controller.abort();
      if (--this.followers === 0) this.deactivate();
    };
    const changes: AsyncIterableIterator<FedChange> = {
      async next() {
        try {
          const step = await inner.next();
          if (step.done) return { value: undefined, done: true };
          return { value: (step.value as [FedChange])[0], done: false };
        } catch (err) {
          if (controller.signal.aborted) return { value: undefined, done: true };
          throw err;
        }
      },
      async return() {
        stop();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return changes;
      },
    };
    return { from, changes };
  }

  /** Followers whose starting point is fixed: each receives every change committed from now on. */
  listenerCount(): number {
    return this.started;
  }

  /**
   * Gives a position to every committed row without one, in as many stampings as it takes (each
   * of about BATCH rows at most).
   */
  async stamp(): Promise<void> {
    // Most wake-ups find every row stamped already (by this process or another): no transaction then.
    while (await this.knex('case_history').whereNull('global_seq').first('seq')) {
      const full = await this.knex.transaction((trx) => this.stampOnce(trx));
      if (!full) return;
    }
  }

  /**
   * The feed's present position: every change committed before the call is at or below it, and
   * every later one gets a position above it. The committed rows are stamped first; the highest
   * position alone would leave a row committed but not yet stamped to be numbered above it, and a
   * client resuming from it would receive that change again.
   */
  async position(): Promise<number> {
    await this.stamp();
    return this.highest();
  }

  /** Changes after a position (and up to another), in order, joined with their case; `where` narrows them (aliases h and c). */
  async read(after: number, options: { upTo?: number; limit: number; where?: (q: Knex.QueryBuilder) => void }): Promise<FedChange[]> {
    const q = this.knex('case_history as h')
      .join('workflow_case as c', 'c.id', 'h.case_id')
      .where('h.global_seq', '>', after)
      .orderBy('h.global_seq')
      .limit(options.limit)
      .select(
        'h.case_id',
        'h.seq',
        'h.event',
        'h.from_state',
        'h.to_state',
        'h.at',
        'h.global_seq',
        'c.process',
        'c.entity_code',
        'c.department_code',
        'c.cycle_id',
        'c.call_id',
        'c.assignee',
        'c.evaluators',
      );
    if (options.upTo !== undefined) q.where('h.global_seq', '<=', options.upTo);
    options.where?.(q);
    return ((await q) as Record<string, unknown>[]).map(fedChangeOf);
  }

  stop(): void {
    this.deactivate();
  }

  private activate(): void {
    const generation = ++this.generation;
    // Nothing before this is emitted: the followers start from the present.
    this.step(async () => {
      await this.stamp();
      if (generation === this.generation) this.high = await this.highest();
    }).catch((err: unknown) => this.logger.warn({ err }, 'no se pudo iniciar el flujo de cambios de trámites'));
    this.wake = this.events.subscribe(() => true);
    const wake = this.wake;
    void (async () => {
      for await (const _ of wake) this.kick(generation);
    })().catch((err: unknown) => this.logger.warn({ err }, 'el flujo de cambios de trámites dejó de escuchar Redis'));
    this.timer = setInterval(() => this.kick(generation), POLL_MS);
    this.timer.unref();
  }

  private deactivate(): void {
    this.generation++;
    this.pendingCatchUp = undefined;
    clearInterval(this.timer);
    this.timer = undefined;
    void this.wake?.return?.();
    this.wake = undefined;
  }

  /**
   * A pump for followers that just started, resolving with the position it reached; followers
   * arriving before it starts share it (many clients reconnecting at once cost one pump).
   */
  private catchUp(): Promise<number> {
    if (this.pendingCatchUp) return this.pendingCatchUp;
    const generation = this.generation;
    const caughtUp = this.step(async () => {
      if (this.pendingCatchUp === caughtUp) this.pendingCatchUp = undefined;
      await this.pump(generation);
      return this.high;
    });
    this.pendingCatchUp = caughtUp;
    return caughtUp;
  }

  /** Stamps and emits what is new, once the current step is done (wake-ups meanwhile make one more step). */
  private kick(generation: number): void {
    if (this.queued) return;
    this.queued = true;
    void this.step(async () => {
      this.queued = false;
      await this.pump(generation);
    }).catch((err: unknown) => this.logger.warn({ err }, 'no se pudieron leer los cambios de trámites'));
  }

  /** Stamps what is committed, and emits every change after the last one emitted. */
  private async pump(generation: number): Promise<void> {
    if (generation !== this.generation) return;
    await this.stamp();
    for (;;) {
      const rows = await this.read(this.high, { limit: BATCH });
      if (generation !== this.generation) return;
      for (const row of rows) {
        this.high = row.position;
        this.local.emit('change', row);
      }
      if (rows.length < BATCH) return;
    }
  }

  private step<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.then(work);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async highest(): Promise<number> {
    const row = (await this.knex('case_history').max({ n: 'global_seq' }).first()) as { n: unknown } | undefined;
    return row?.n == null ? 0 : Number(row.n);
  }

  /** One stamping; true when it stamped a full batch (there may be more). */
  private async stampOnce(trx: Knex.Transaction): Promise<boolean> {
    // Taking the sequence row first serialises stampings: the rows read next are read after the
    // previous stamping committed, and numbered after its last position.
    const taken = await trx('case_history_sequence')
      .where({ id: 1 })
      .update({ last: trx.ref('last') });
    if (!taken) {
      const max = (await trx('case_history').max({ n: 'global_seq' }).first()) as { n: unknown } | undefined;
      await trx('case_history_sequence').insert({ id: 1, last: Number(max?.n ?? 0) });
    }
    const { last } = (await trx('case_history_sequence').where({ id: 1 }).first('last')) as { last: unknown };
    let position = Number(last);
    const batch: HistoryKey[] = await trx('case_history')
      .whereNull('global_seq')
      .orderBy([{ column: 'at' }, { column: 'case_id' }, { column: 'seq' }])
      .limit(BATCH)
      .select('case_id', 'seq', 'at');
    if (!batch.length) return false;
    // Every row still without a position of the cases in the batch, so none of a case's rows is
    // numbered before an earlier one of the same case.
    const cases = [...new Set(batch.map((r) => r.case_id))];
    const rows: HistoryKey[] = await trx('case_history').whereNull('global_seq').whereIn('case_id', cases).select('case_id', 'seq', 'at');
    for (const row of inCaseOrder(rows)) {
      position++;
      await trx('case_history').where({ case_id: row.case_id, seq: row.seq }).update({ global_seq: position });
    }
    await trx('case_history_sequence').where({ id: 1 }).update({ last: position });
    return batch.length === BATCH;
  }
}

type HistoryKey = { case_id: string; seq: number | string; at: unknown };

/**
 * Rows in time order, except that each case's rows keep their own order: a row sorts by the
 * latest instant of its case up to it (a clock moved back cannot put a change before its case's
 * previous one).
 */
function inCaseOrder(rows: HistoryKey[]): HistoryKey[] {
  const byCase = new Map<string, HistoryKey[]>();
  for (const r of rows) byCase.set(r.case_id, [...(byCase.get(r.case_id) ?? []), r]);
  const keyed: { row: HistoryKey; t: number }[] = [];
  for (const list of byCase.values()) {
    let t = -Infinity;
    for (const row of list.sort((a, b) => Number(a.seq) - Number(b.seq))) {
      t = Math.max(t, asDate(row.at).getTime());
      keyed.push({ row, t });
    }
  }
  return keyed
    .sort((a, b) => a.t - b.t || a.row.case_id.localeCompare(b.row.case_id) || Number(a.row.seq) - Number(b.row.seq))
    .map((k) => k.row);
}

function fedChangeOf(r: Record<string, unknown>): FedChange {
  return {
    caseId: r.case_id as string,
    process: r.process as ProcessId,
    entityCode: r.entity_code as string,
    departmentCode: r.department_code as string,
    cycleId: (r.cycle_id as string | null) ?? null,
    callId: (r.call_id as string | null) ?? null,
    assignee: (r.assignee as string | null) ?? null,
    evaluators: r.evaluators == null ? null : (asJson(r.evaluators) as unknown as string[]),
    seq: Number(r.seq),
    event: r.event as string,
    fromState: (r.from_state as string | null) ?? null,
    toState: r.to_state as string,
    version: Number(r.seq),
    at: asDate(r.at).toISOString(),
    position: Number(r.global_seq),
  };
}
