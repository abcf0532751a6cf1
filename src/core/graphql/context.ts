import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { Principal } from '../auth/principal';

/** What every resolver receives: who asks, a fresh EntityManager fork for this request, and ids for logs. */
export interface GraphQLContext {
  principal: Principal;
  em: EntityManager;
  requestId: string;
  logger: Logger;
}
