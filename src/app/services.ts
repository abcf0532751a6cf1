import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

import { WorkflowRegistry, type ProcessId } from '../../workflows/registry';

import type { Config } from '../config/env';
import type { AppServices } from '../core/graphql/context';
import type { AppModule } from '../core/module';
import type { Orm } from '../core/orm/orm';
import { AdjustableClock, systemClock, type Clock } from '../core/time/clock';
import { CaseEvents } from '../core/workflow/case-events';
import { OpenWork } from '../core/workflow/open-work';
import type { ProcessRules } from '../core/workflow/ports';
import { WorkflowRuntime } from '../core/workflow/workflow-runtime';
import { evaluatedCasesOf, fillProcessRules } from './compose';
import { modules } from './modules';

export interface ServiceOptions {
  config: Config;
  orm: Orm;
  /** Commands (publish); subscriptions need a connection of their own, made here as a duplicate. */
  redis: Redis;
  logger: Logger;
  registry?: WorkflowRegistry;
  /** The modules to assemble (tests may pass a subset); default: all of them. */
  modules?: readonly AppModule[];
}

export function createClock(config: Config, orm: Orm): Clock {
  return config.clock === 'adjustable' ? new AdjustableClock(orm.em.getKnex()) : systemClock;
}

/**
 * The services of one process (API or worker), wired once: core's (clock, registry, the runtime
 * and its published changes), then each module's in list order, then the process rules the runtime
 * asks, which need the modules' services. `stop` releases what they opened.
 */
export async function createServices(options: ServiceOptions): Promise<AppServices & { stop(): Promise<void> }> {
  const { config, orm, logger } = options;
  const list = options.modules ?? modules;
  const registry = options.registry ?? new WorkflowRegistry();
  // Unlike the command client, the subscriber waits for a Redis that starts late or restarts, and
  // each broadcast subscribes its channel every time the connection is ready (Broadcast.start).
  const subscriber = options.redis.duplicate({ lazyConnect: false, enableOfflineQueue: true, maxRetriesPerRequest: null });
  subscriber.on('error', (err) => logger.debug({ err }, 'redis (suscripciones) no responde'));
  const caseEvents = new CaseEvents(config.redisPrefix, options.redis, subscriber, logger);
  await caseEvents.start();
  const clock = createClock(config, orm);
  await clock.sync();
  // Filled once every module's services exist (the rules call them); nothing transitions before.
  const processes: Partial<Record<ProcessId, ProcessRules>> = {};
  const runtime = new WorkflowRuntime(orm, registry, processes as Record<ProcessId, ProcessRules>, config.termDays, caseEvents, clock);
  const services = { registry, runtime, clock, caseEvents, openWork: new OpenWork(orm, processes) } as AppServices;
  const deps = { config, orm, redis: options.redis, subscriber, logger, services, evaluatedCases: evaluatedCasesOf(list) };
  for (const m of list) Object.assign(services, await m.services?.(deps));
  fillProcessRules(processes, services, list);
  return Object.assign(services, {
    stop: async () => {
      for (const m of [...list].reverse()) await m.stop?.(services);
      subscriber.disconnect();
    },
  });
}
