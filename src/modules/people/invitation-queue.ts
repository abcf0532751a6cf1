import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

import { bullPrefix, defaultJobOptions, QueueName } from '../../core/queue/queues';
import { withTimeout } from '../../core/timeout';
import { queueInvitation, type SendInvitationPayload } from './send-invitation.job';

const ADD_TIMEOUT_MS = 2000;

/**
 * The API's producer of invitation mail (notifications queue). As the report queue does, a queue
 * whose connection failed is dropped and made anew on the next call; an invitation whose job could
 * not be queued stays unmailed (`mailedAt` null) until someone resends it.
 */
export class InvitationQueue {
  private current: { queue: Queue; connection: Redis } | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly redisPrefix: string,
    private readonly logger: Logger,
  ) {}

  private open(): Queue {
    if (this.current) return this.current.queue;
    const connection = this.redis.duplicate({
      lazyConnect: false,
      enableOfflineQueue: true,
      maxRetriesPerRequest: null,
      connectTimeout: 10_000,
    });
    connection.on('error', (err) => this.logger.debug({ err }, 'redis (cola de invitaciones) no responde'));
    const queue = new Queue(QueueName.NOTIFICATIONS, { connection, prefix: bullPrefix(this.redisPrefix), defaultJobOptions });
    queue.on('error', (err) => this.logger.debug({ err }, 'redis (cola de invitaciones) no responde'));
    this.current = { queue, connection };
    return queue;
  }

  async add(payload: SendInvitationPayload): Promise<void> {
    const queue = this.open();
    try {
      await withTimeout(queueInvitation(queue, payload), ADD_TIMEOUT_MS);
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
