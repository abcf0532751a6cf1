import { Queue, type DefaultJobOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

import { withTimeout } from '../timeout';
import { bullPrefix, type QueueName } from './queues';

const ADD_TIMEOUT_MS = 2000;
/** How long the queue's connection may take to connect while the command client finds Redis away. */
const AWAY_TIMEOUT_MS = 500;

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
    // While the process's command client finds Redis away, the queue's own connection gets a short
    // limit to connect: a request does not wait ADD_TIMEOUT_MS for the same failure (the reconciler
    // run when Redis returns recovers the work), yet one made just after Redis came back, before
    // that client has reconnected, still reaches the queue.
    const away = this.redis.status !== 'ready' && this.redis.status !== 'wait';
    const queue = this.open();
    try {
      if (away) await withTimeout(this.connected(), AWAY_TIMEOUT_MS);
      await withTimeout(put(queue), ADD_TIMEOUT_MS);
    } catch (err) {
      if (this.current?.queue === queue) await this.drop();
      throw err;
    }
  }

  /** Settles once the queue's connection is ready. */
  private connected(): Promise<void> {
    const connection = this.current?.connection;
    if (!connection || connection.status === 'ready') return Promise.resolve();
    return new Promise((resolve) => connection.once('ready', () => resolve()));
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
