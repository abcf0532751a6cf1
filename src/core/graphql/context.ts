import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import type { TerritorialDirectory } from '../../modules/territorial-entities/territorial-entity.service';
import type { Principal } from '../auth/principal';

/** What every resolver receives: who asks, a fresh EntityManager fork for this request, and ids for logs. */
export interface GraphQLContext {
  principal: Principal;
  em: EntityManager;
  /** The territorial-entity directory this process serves (reference data, see the service). */
  directory: TerritorialDirectory;
  requestId: string;
  logger: Logger;
}
