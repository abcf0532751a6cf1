import { randomUUID } from 'node:crypto';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import type { Job } from 'bullmq';

import type { Orm } from '../../core/orm/orm';
import { payloadOf, type OutboxRow } from '../../core/queue/job-deps';
import type { Queues } from '../../core/queue/queues';
import type { Clock } from '../../core/time/clock';
import { asDate, type CaseStore } from '../../core/workflow/case-store';
import { OutboxMessage } from '../../core/workflow/outbox.entity';
import type { NotificationCenter, NotificationDraft } from '../notifications/notification-center';
import { Alarm, AlarmStatus } from './alarm.entity';
import { waitUntil } from './deadline-jobs';

/*
 * Durable notices at instants that are not a state's term (a session's reminders, a commitment's
 * due day): the `alarm` row is the truth, a delayed BullMQ job on the reminders queue (named after
 * the alarm's kind, id `alarm_<id>`) the cache that makes it happen, rebuilt by the reconciler.
 * A module schedules and cancels them inside its own transaction and handles its kinds with
 * `runAlarm`; moving what an alarm is about cancels the row, so its job, when it runs, is a no-op.
 */

/** The outbox row that has the relay queue the jobs of alarms just written (payload `{ alarmIds }`). */
export const ALARM_SCHEDULE = 'alarm.schedule';

/** An alarm to write: what it is about and when it fires. */
export interface AlarmDraft {
  caseId: string;
  kind: string;
  subjectId: string;
  slot: string;
  fireAt: Date;
}

export interface AlarmPayload {
  alarmId: string;
}

/** Deterministic: the relay and the reconciler queueing the same alarm twice queue one job. */
export const alarmJobId = (id: string) => `alarm_${id}`;

/**
 * Writes the alarms and the outbox row that queues their jobs, in the caller's transaction (`em`
 * bound to it), so they exist exactly when the change that needs them commits. `caseVersion` is
 * the version of the change that writes them (the outbox row's; nothing derives a job id from it).
 */
export async function scheduleAlarms(em: EntityManager, drafts: readonly AlarmDraft[], at: Date, caseVersion = 0): Promise<Alarm[]> {
  if (!drafts.length) return [];
  const rows: Alarm[] = drafts.map((d) => ({
    id: randomUUID(),
    caseId: d.caseId,
    kind: d.kind,
    subjectId: d.subjectId,
    slot: d.slot,
    fireAt: d.fireAt,
    status: AlarmStatus.PENDING,
    createdAt: at,
    closedAt: null,
  }));
  await em.insertMany(Alarm, rows);
  // One outbox row per case (the outbox is keyed by case).
  const byCase = new Map<string, string[]>();
  for (const r of rows) (byCase.get(r.caseId!) ?? byCase.set(r.caseId!, []).get(r.caseId!)!).push(r.id);
  await em.insertMany(
    OutboxMessage,
    [...byCase].map(([caseId, alarmIds]) => ({
      id: randomUUID(),
      caseId,
      caseVersion,
      kind: ALARM_SCHEDULE,
      payload: { alarmIds },
      createdAt: at,
      processedAt: null,
    })),
  );
  return rows;
}

/** Cancels the pending alarms of a subject or subjects (a session moved or cancelled, a commitment done); returns how many. */
export async function cancelAlarms(em: EntityManager, subjectId: string | readonly string[], at: Date): Promise<number> {
  const subject = typeof subjectId === 'string' ? subjectId : { $in: [...subjectId] };
  return em.nativeUpdate(Alarm, { subjectId: subject, status: AlarmStatus.PENDING }, { status: AlarmStatus.CANCELLED, closedAt: at });
}

/** An `alarm` row as knex reads it (dates as numbers on SQLite, as dates on PostgreSQL). */
export function alarmFromRow(r: Record<string, unknown>): Alarm {
  return {
    id: String(r.id),
    caseId: r.case_id == null ? null : String(r.case_id),
    kind: String(r.kind),
    subjectId: String(r.subject_id),
    slot: String(r.slot),
    fireAt: asDate(r.fire_at),
    status: String(r.status) as AlarmStatus,
    createdAt: asDate(r.created_at),
    closedAt: r.closed_at == null ? null : asDate(r.closed_at),
  };
}

/** Queues the delayed jobs of pending alarms (relay and reconciler). */
export async function queueAlarms(queues: Queues, alarms: readonly Alarm[], now: Date): Promise<void> {
  if (!alarms.length) return;
  await queues.reminders.addBulk(
    alarms.map((a) => ({
      name: a.kind,
      data: { alarmId: a.id } satisfies AlarmPayload,
      opts: { jobId: alarmJobId(a.id), delay: Math.max(0, a.fireAt.getTime() - now.getTime()) },
    })),
  );
}

/** The relay's route for `alarm.schedule` rows: the jobs of those of their alarms still pending. */
export async function relayAlarms(
  rows: Pick<OutboxRow, 'payload'>[],
  deps: { store: CaseStore; queues: Queues; clock: Clock },
): Promise<void> {
  const ids = rows.flatMap((r) => payloadOf<{ alarmIds?: string[] }>(r).alarmIds ?? []);
  if (!ids.length) return;
  const pending = await deps.store.knex('alarm').whereIn('id', ids).where({ status: AlarmStatus.PENDING });
  await queueAlarms(deps.queues, pending.map(alarmFromRow), deps.clock.now());
}

const PAGE = 2000;

/**
 * The reconciler's part: every PENDING alarm gets its job queued again (deterministic ids: jobs
 * still in Redis stay). A job that spent its attempts stays in Redis as `failed` (30 days), where
 * adding its id again does nothing: the reconciler retries every failed job of the reminders queue
 * before the modules' parts run (src/worker/reconcile.ts), and `runAlarm` re-reads the row.
 */
export async function reconcileAlarms(deps: { store: CaseStore; queues: Queues; clock: Clock }): Promise<number> {
  const { knex } = deps.store;
  const now = deps.clock.now();
  let count = 0;
  let after: string | null = null;
  for (;;) {
    const page = knex('alarm').where({ status: AlarmStatus.PENDING }).orderBy('id').limit(PAGE);
    if (after) page.andWhere('id', '>', after);
    const rows = await page;
    if (!rows.length) break;
    await queueAlarms(deps.queues, rows.map(alarmFromRow), now);
    count += rows.length;
    after = String(rows[rows.length - 1].id);
  }
  return count;
}

/** What running an alarm needs (taken from the worker's dependencies). */
export interface AlarmJobDeps {
  store: CaseStore;
  orm: Orm;
  clock: Clock;
  center: NotificationCenter;
}

/** The transaction an alarm's handler runs in: as knex, and as an EntityManager bound to it. */
export interface AlarmTransaction {
  trx: Knex.Transaction;
  em(): EntityManager;
}

/**
 * What a kind of alarm does when it fires: it may write its own rows in the transaction (a flag)
 * and returns the notifications to write with it (none: nothing to say any more).
 */
export type AlarmHandler = (db: AlarmTransaction, alarm: Alarm, now: Date) => Promise<NotificationDraft[]>;

/**
 * Runs one alarm's job. The database decides: an alarm no longer PENDING (cancelled, or fired
 * before) is a no-op; one not yet due (promoted early) waits again until its instant; else the
 * handler's notifications and the FIRED mark are written in one transaction, the mark conditioned
 * on the row still being PENDING (a concurrent cancel or a second run writes nothing), and the
 * notifications are dispatched after the commit.
 */
export async function runAlarm(
  deps: AlarmJobDeps,
  job: Job<AlarmPayload>,
  token: string | undefined,
  handle: AlarmHandler,
): Promise<string> {
  await deps.clock.sync();
  const { store } = deps;
  const row = await store.knex('alarm').where({ id: job.data.alarmId }).first();
  const alarm = row ? alarmFromRow(row) : null;
  if (!alarm || alarm.status !== AlarmStatus.PENDING) return 'stale';
  const now = deps.clock.now();
  if (now < alarm.fireAt) return waitUntil(job, token, alarm.fireAt, now);
  const created = await store.transaction(async (trx) => {
    const fired = await trx('alarm')
      .where({ id: alarm.id, status: AlarmStatus.PENDING })
      .update({ status: AlarmStatus.FIRED, closed_at: store.instant(now) });
    if (fired !== 1) return null;
    let em: EntityManager | undefined;
    const db: AlarmTransaction = {
      trx,
      em: () => {
        if (!em) {
          em = deps.orm.em.fork();
          em.setTransactionContext(trx);
        }
        return em;
      },
    };
    return deps.center.write(trx, await handle(db, alarm, now));
  });
  if (!created) return 'stale';
  await deps.center.dispatch(created);
  return 'fired';
}
