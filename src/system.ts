import 'reflect-metadata';

import { join } from 'node:path';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

import { startApi, type RunningApi } from './api/server';
import { initAppOrm, seedModules, upgradeModules } from './app/compose';
import { DEMO_USERS, seedDemo } from './app/demo.seed';
import type { Config } from './config/env';
import { createLogger } from './core/logger';
import { startMetricsServer } from './core/metrics/metrics-server';
import { migrate, type Orm } from './core/orm/orm';
import { startEmbeddedRedis, type EmbeddedRedis } from './core/redis/embedded-redis';
import { closeRedisClient, createRedisClient } from './core/redis/redis';
import { withTimeout } from './core/timeout';
import { startWorker, type RunningWorker } from './worker/worker-host';

export interface System {
  config: Config;
  logger: Logger;
  orm: Orm;
  redis: Redis;
  redisUrl: string;
  api: RunningApi;
  /** The BullMQ worker, when this process runs one (embedded default). */
  worker: RunningWorker | null;
  /** Where Prometheus scrapes this process (`…/metrics`, on METRICS_PORT), or null when METRICS_PORT is unset. */
  metricsUrl: string | null;
  stop(): Promise<void>;
}

export interface SystemOptions {
  /** Apply migrations and seed reference data before serving (embedded default, tests). */
  prepareDatabase: boolean;
  /** Also seed the demo cycle, call and cases once (embedded default). */
  demoData?: boolean;
  /** Also run the BullMQ worker in this process (embedded default: one command for everything). */
  worker?: boolean;
  logger?: Logger;
}

/**
 * Brings up one process of the service: Redis (the private one when REDIS_URL is unset), the
 * database, the API and, when asked, the worker. Stopping releases them in reverse order.
 */
export async function startSystem(config: Config, options: SystemOptions): Promise<System> {
  const logger = options.logger ?? createLogger(config);
  const stops: (() => Promise<unknown>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) {
      await stop().catch((err: unknown) => logger.error({ err }, 'error al detener un componente'));
    }
  };
  try {
    let redisUrl = config.redisUrl;
    if (!redisUrl) {
      const embedded: EmbeddedRedis = await startEmbeddedRedis(join(config.varDir, 'redis'));
      stops.push(() => embedded.stop());
      redisUrl = embedded.url;
      if (embedded.stoppedPrevious > 0) {
        logger.warn(
          { stopped: embedded.stoppedPrevious },
          'se detuvo el redis-server privado que dejó un inicio anterior interrumpido (sus datos siguen en var/redis)',
        );
      }
      logger.info({ redisPort: embedded.port }, 'redis-server privado iniciado');
    }
    const redis = createRedisClient(redisUrl);
    redis.on('error', (err) => logger.debug({ err }, 'redis no responde'));
    // Connect now, so the first health probes find a connection rather than each starting one.
    // A Redis that is down does not stop the start: the client keeps retrying and /health says so.
    await withTimeout(redis.connect(), 2000).catch((err: unknown) =>
      logger.warn({ err }, 'redis no responde al iniciar; se seguirá intentando'),
    );
    stops.push(async () => closeRedisClient(redis));

    const orm = await initAppOrm(config);
    stops.push(() => orm.close(true));
    if (options.prepareDatabase) {
      const applied = await migrate(orm);
      if (applied.length) logger.info({ applied }, 'migraciones aplicadas');
      for (const { log } of await seedModules(orm)) if (log) logger.info(log.fields, log.message);
      for (const { fields, message } of await upgradeModules(orm)) logger.info(fields, message);
    }

    const api = await startApi({ config, orm, redis, logger, demoPeople: options.demoData ? DEMO_USERS : undefined });
    stops.push(() => api.stop());
    let worker: RunningWorker | null = null;
    if (options.worker) {
      const running = await startWorker({ config, orm, redisUrl, logger, services: api.services });
      worker = running;
      stops.push(() => running.stop());
    }
    // One metrics server for the process, the worker's queues included when it runs here.
    const metrics = await startMetricsServer(config, logger, {
      role: worker ? 'embedded' : 'api',
      orm,
      clock: api.services.clock,
      queues: worker?.queues.all(),
    });
    if (metrics) stops.push(() => metrics.stop());
    if (options.prepareDatabase && options.demoData) {
      const demo = await seedDemo(orm, api.services);
      if (demo.seeded) logger.info({ cases: demo.cases }, 'datos de demostración sembrados');
    }
    return { config, logger, orm, redis, redisUrl, api, worker, metricsUrl: metrics?.url ?? null, stop: stopAll };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
