import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

import { Broadcast } from '../redis/broadcast';
import type { CaseChange, CaseChangePublisher } from './ports';

/**
 * Committed case changes, published across processes: the wake-up of the case feed that serves
 * `caseChanged` (which reads the changes themselves from the history, see case-feed.ts) and of
 * the worker's outbox relay.
 */
export class CaseEvents extends Broadcast<CaseChange> implements CaseChangePublisher {
  constructor(prefix: string, redis: Redis, subscriber: Redis, logger: Logger) {
    super(prefix, 'case-changed', redis, subscriber, logger);
  }
}
