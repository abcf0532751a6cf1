import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

import { bullPrefix, QueueName } from '../../core/queue/queues';
import { withTimeout } from '../../core/timeout';
import { queueReport } from './generate-report.job';

const ADD_TIMEOUT_MS = 2000;

/**
 * The API's producer side of the reports queue. A BullMQ Queue whose first connection failed (Redis
 * away at start, or the event loop blocked past the connect timeout) stays broken for good, so a
 * failed hand-over drops the queue and its connection and the next request builds them anew; the
 * report that failed waits QUEUED for the reconciler.
 */
export class ReportQueue {
  private current: { queue: Queue; connection: Redis } | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly redisPrefix: string,
    private readonly logger: Logger,
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
    connection.on('error', (err) => this.logger.debug({ err }, 'redis (cola de informes) no responde'));
    const queue = new Queue(QueueName.REPORTS, { connection, prefix: bullPrefix(this.redisPrefix) });
    queue.on('error', (err) => this.logger.debug({ err }, 'redis (cola de informes) no responde'));
    this.current = { queue, connection };
    return queue;
  }

  async add(reportId: string): Promise<void> {
    const queue = this.open();
    try {
      await withTimeout(queueReport(queue, reportId), ADD_TIMEOUT_MS);
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
