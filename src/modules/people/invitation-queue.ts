import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

import { ProducerQueue } from '../../core/queue/producer-queue';
import { defaultJobOptions, QueueName } from '../../core/queue/queues';
import { queueInvitation, type SendInvitationPayload } from './send-invitation.job';

/**
 * The API's producer of invitation mail (notifications queue). An invitation whose job could not
 * be queued stays unmailed (`mailedAt` null) until someone resends it: only the code's hash is
 * stored, so no reconciler can queue it again.
 */
export class InvitationQueue {
  private readonly producer: ProducerQueue;

  constructor(redis: Redis, redisPrefix: string, logger: Logger) {
    this.producer = new ProducerQueue(redis, redisPrefix, QueueName.NOTIFICATIONS, logger, 'cola de invitaciones', defaultJobOptions);
  }

  add(payload: SendInvitationPayload): Promise<void> {
    return this.producer.add((queue) => queueInvitation(queue, payload));
  }

  close(): Promise<void> {
    return this.producer.close();
  }
}
