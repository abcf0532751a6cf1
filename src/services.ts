import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { WorkflowRegistry } from '../workflows/registry';
import type { AppServices } from './core/graphql/context';
import type { Orm } from './core/orm/orm';
import { WorkflowRuntime } from './core/workflow/workflow-runtime';
import { CaseEvents } from './modules/cases/case-events';
import { ProgrammeRules } from './modules/cases/case-rules';
import { CaseService } from './modules/cases/case.service';
import { ProgrammeService } from './modules/cycles/cycle.service';

export interface ServiceDeps {
  orm: Orm;
  redisPrefix: string;
  /** Commands (publish); subscriptions need a connection of their own, made here as a duplicate. */
  redis: Redis;
  logger: Logger;
  registry?: WorkflowRegistry;
}

/** The services of one process, wired once; `stop` releases the pub/sub connection. */
export async function createServices(deps: ServiceDeps): Promise<AppServices & { stop(): Promise<void> }> {
  const registry = deps.registry ?? new WorkflowRegistry();
  // Unlike the command client, the subscriber queues its SUBSCRIBE until Redis answers and
  // re-subscribes after every reconnection, so a Redis that starts late or restarts is followed.
  const subscriber = deps.redis.duplicate({ lazyConnect: false, enableOfflineQueue: true, maxRetriesPerRequest: null });
  subscriber.on('error', (err) => deps.logger.debug({ err }, 'redis (suscripciones) no responde'));
  const caseEvents = new CaseEvents(deps.redisPrefix, deps.redis, subscriber, deps.logger);
  await caseEvents.start();
  const runtime = new WorkflowRuntime(deps.orm, registry, new ProgrammeRules(), caseEvents);
  return {
    registry,
    runtime,
    caseEvents,
    cases: new CaseService(registry, runtime),
    programme: new ProgrammeService(runtime),
    stop: async () => {
      subscriber.disconnect();
    },
  };
}
