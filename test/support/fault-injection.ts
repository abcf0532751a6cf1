import type { Knex } from '@mikro-orm/knex';
import { Redis } from 'ioredis';

import { bullConnection, bullPrefix, Queues } from '../../src/core/queue/queues';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/core/redis/embedded-redis';
import { AdjustableClock } from '../../src/core/time/clock';
import { deadlineFromRow } from '../../src/core/workflow/case-store';
import type { Deadline } from '../../src/core/workflow/deadline.entity';
import { temporaryDir } from './test-db';
import type { TestSystem } from './test-system';

/**
 * Polls `probe` until it returns something other than undefined/false, or fails after `timeoutMs`
 * with the last value seen (tests wait on conditions, never on fixed sleeps).
 */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 20_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline)
      throw new Error(
        `Tiempo agotado (${timeoutMs} ms) esperando: ${what}. Último valor: ${last instanceof Error ? last.message : JSON.stringify(last)}`,
      );
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** A redis-server of this test file alone: it may be flushed without touching other files' data. */
export interface PrivateRedis extends EmbeddedRedis {
  /** A plain client to it, for FLUSHALL and inspection. */
  client: Redis;
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const server = await startEmbeddedRedis(temporaryDir('cti-test-private-redis-'));
  const client = new Redis(server.url, { maxRetriesPerRequest: null });
  return {
    ...server,
    client,
    stop: async () => {
      client.disconnect();
      await server.stop();
    },
  };
}

/** The queues of a system, seen from the test (producer side; no workers). */
export function queuesOf(app: TestSystem): Queues {
  return new Queues(bullConnection(app.system.redisUrl), bullPrefix(app.config.redisPrefix));
}

export async function closeQueues(queues: Queues): Promise<void> {
  await queues.close();
  queues.connection.disconnect();
}

export const knexOf = (app: TestSystem): Knex => app.system.orm.em.getKnex();

/** Moves the shared clock (every process reads it from the database) to `instant`. */
export async function moveClockTo(app: TestSystem, instant: Date): Promise<void> {
  const { clock } = app.system.api.services;
  if (!(clock instanceof AdjustableClock)) throw new Error('El sistema de la prueba necesita CLOCK=adjustable');
  await clock.set(instant);
}

export async function deadlinesOf(app: TestSystem, caseIds: string[]): Promise<Deadline[]> {
  const rows = await knexOf(app)('deadline').whereIn('case_id', caseIds).orderBy('case_id');
  return rows.map(deadlineFromRow);
}

export interface OutboxRow {
  id: string;
  case_id: string;
  /** The case version whose step wrote the row. */
  case_version: number;
  kind: string;
  payload: unknown;
  processed_at: unknown;
}

export async function outboxOf(app: TestSystem, caseId: string): Promise<OutboxRow[]> {
  return knexOf(app)('outbox').where({ case_id: caseId }).orderBy('created_at');
}

/** Outbox rows not relayed yet, notifications whose mail is pending, and notification jobs queued or running. */
export async function notificationBacklog(app: TestSystem, queues: Queues): Promise<{ outbox: number; pendingMail: number; jobs: number }> {
  const knex = knexOf(app);
  const [outbox] = await knex('outbox').whereNull('processed_at').count({ n: '*' });
  const [pendingMail] = await knex('notification').where({ email_status: 'PENDING' }).count({ n: '*' });
  const counts = await queues.notifications.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
  return { outbox: Number(outbox.n), pendingMail: Number(pendingMail.n), jobs: Object.values(counts).reduce((a, b) => a + b, 0) };
}

/** Waits until every committed change was relayed and every notification's mail went out. */
export async function notificationsSettled(app: TestSystem, queues: Queues, timeoutMs = 20_000): Promise<void> {
  await eventually(
    'outbox relevado, correos enviados y cola de notificaciones vacía',
    async () => {
      const backlog = await notificationBacklog(app, queues);
      return backlog.outbox === 0 && backlog.pendingMail === 0 && backlog.jobs === 0 ? backlog : false;
    },
    timeoutMs,
  );
}
