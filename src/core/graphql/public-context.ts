import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';

import type { AppServices } from './context';

/**
 * What a resolver of the public transparency schema receives: no principal at all (nobody is
 * authenticated there, a token is not even read), a fresh EntityManager fork and the services.
 * Its resolvers answer only what is public by construction (src/api/public-schema.ts).
 */
export interface PublicContext {
  em: EntityManager;
  services: AppServices;
  requestId: string;
  logger: Logger;
}
