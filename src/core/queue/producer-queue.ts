import { Queue, type DefaultJobOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

import { withTimeout } from '../timeout';
import { bullPrefix, type QueueName } from './queues';

const ADD_TIMEOUT_MS = 2000;

/**
 * The API's producer side of one BullMQ queue (reports, invitation mail). A BullMQ Queue whose
 * first connection failed (Redis away at start, or the event loop blocked past the connect
 * timeout) stays broken for good, so a failed hand-over drops the queue and its connection and the
 * next call builds them anew; what failed to be queued is the caller's to recover (the reconciler,
 * or a resend).
 */
export class ProducerQueue {
  private current: { queue: Queue; connection: Redis } | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly redisPrefix: string,
    private readonly name: QueueName,
    private readonly logger: Logger,
    /** Spanish name of the queue for the logs, e.g. «cola de informes». */
    private readonly label: string,
    private readonly defaultJobOptions?: DefaultJobOptions,
  ) {}

  private open(): Queue {
    if (this.current) return this.current.queue;
    // Its own connection, connected now and waiting (not failing) while Redis blinks; the caller's time limit bounds the wait.
    const connection = this.redis.duplicate({
      lazyConnect: false,
      enableOfflineQueue: true,
      maxRetriesPerRequest: null,
      connectTimeout: 10_000,
    });
    connection.on('error', (err) => this.logger.debug({ err }, `redis (${this.label}) no responde`));
    const queue = new Queue(this.name, {
      connection,
      prefix: bullPrefix(this.redisPrefix),
      ...(this.defaultJobOptions ? { defaultJobOptions: this.defaultJobOptions } : {}),
    });
    queue.on('error', (err) => this.logger.debug({ err }, `redis (${this.label}) no responde`));
    this.current = { queue, connection };
    return queue;
  }

  /** Hands jobs to the queue within a time limit; on failure the queue is dropped and the error thrown. */
  async add(put: (queue: Queue) => Promise<unknown>): Promise<void> {
    // The process's command client knows Redis is away: fail now rather than make the request wait
    // ADD_TIMEOUT_MS for the same answer (the reconciler run when Redis returns recovers the work).
    if (this.redis.status !== 'ready' && this.redis.status !== 'wait') throw new Error(`Redis no está disponible (${this.label})`);
    const queue = this.open();
    try {
      await withTimeout(put(queue), ADD_TIMEOUT_MS);
    } catch (err) {
      if (this.current?.queue === queue) await this.drop();
      throw err;
    }
  }

  private async drop(): Promise<void> {
    const current = this.current;
    this.current = null;
    if (!current) return;
    await withTimeout(current.queue.close(), 500).catch(() => undefined);
    current.connection.disconnect();
  }

  close(): Promise<void> {
    return this.drop();
  }
}
