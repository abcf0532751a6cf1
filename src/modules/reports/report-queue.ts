import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

import { ProducerQueue } from '../../core/queue/producer-queue';
import { QueueName } from '../../core/queue/queues';
import { queueReport } from './generate-report.job';

/**
 * The API's producer side of the reports queue: a report whose hand-over failed waits QUEUED for
 * the reconciler (see ProducerQueue for why a failed queue is made anew).
 */
export class ReportQueue {
  private readonly producer: ProducerQueue;

  constructor(redis: Redis, redisPrefix: string, logger: Logger) {
    this.producer = new ProducerQueue(redis, redisPrefix, QueueName.REPORTS, logger, 'cola de informes');
  }

  add(reportId: string): Promise<void> {
    return this.producer.add((queue) => queueReport(queue, reportId));
  }

  close(): Promise<void> {
    return this.producer.close();
  }
}
