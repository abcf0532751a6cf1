import { Queue, type JobsOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';

/** The BullMQ queues of the system (DESIGN: deadlines, reminders, notifications, maintenance, and report generation). */
export const QueueName = {
  DEADLINES: 'deadlines',
  REMINDERS: 'reminders',
  NOTIFICATIONS: 'notifications',
  MAINTENANCE: 'maintenance',
  REPORTS: 'reports',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

/** BullMQ's keys live under the deployment's prefix, so deployments (and test files) can share a Redis. */
export const bullPrefix = (redisPrefix: string): string => `${redisPrefix}:bull`;

/**
 * At-least-once with backoff: handlers are idempotent (the database says what was done), so a
 * retry after a crash or a lost lock repeats nothing. Finished jobs are kept a while for inspection.
 */
export const defaultJobOptions: JobsOptions = {
  attempts: 12,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/** A connection as BullMQ needs it: commands wait for Redis to come back instead of failing. */
export function bullConnection(url: string, extra: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, ...extra });
}

/** The producer side of every queue, sharing one connection. */
export class Queues {
  readonly deadlines: Queue;
  readonly reminders: Queue;
  readonly notifications: Queue;
  readonly maintenance: Queue;
  readonly reports: Queue;

  constructor(
    readonly connection: Redis,
    readonly prefix: string,
  ) {
    const make = (name: QueueName) => new Queue(name, { connection, prefix, defaultJobOptions });
    this.deadlines = make(QueueName.DEADLINES);
    this.reminders = make(QueueName.REMINDERS);
    this.notifications = make(QueueName.NOTIFICATIONS);
    this.maintenance = make(QueueName.MAINTENANCE);
    this.reports = make(QueueName.REPORTS);
  }

  all(): Queue[] {
    return [this.deadlines, this.reminders, this.notifications, this.maintenance, this.reports];
  }

  async close(): Promise<void> {
    await Promise.all(this.all().map((q) => q.close()));
  }
}
