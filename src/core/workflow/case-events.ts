import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

import { Broadcast } from '../redis/broadcast';
import type { CaseChange, CaseChangePublisher } from './ports';

/** Committed case changes for `caseChanged` subscriptions; a subscriber that missed some reads `history`. */
export class CaseEvents extends Broadcast<CaseChange> implements CaseChangePublisher {
  constructor(prefix: string, redis: Redis, subscriber: Redis, logger: Logger) {
    super(prefix, 'case-changed', redis, subscriber, logger);
  }
}
