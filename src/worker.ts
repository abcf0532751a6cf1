// Production worker process: BullMQ workers for deadlines, reminders, notifications and
// maintenance, the outbox relay and the reconciler. Any number can run beside the API processes;
// SIGTERM finishes the jobs in flight (or hands them back) before exiting.
import 'reflect-metadata';

import { initAppOrm } from './app/compose';
import { createServices } from './app/services';
import { createLogger } from './core/logger';
import { startMetricsServer } from './core/metrics/metrics-server';
import { configFromEnv, handleSignals, runMain } from './core/process';
import { closeRedisClient, createRedisClient } from './core/redis/redis';
import { startWorker } from './worker/worker-host';

runMain(async () => {
  const signals = handleSignals();
  const config = configFromEnv();
  const logger = createLogger(config);
  if (!config.redisUrl) throw new Error('El worker necesita REDIS_URL (el predeterminado embebido corre el worker dentro de `npm start`)');
  const redis = createRedisClient(config.redisUrl);
  redis.on('error', (err) => logger.debug({ err }, 'redis no responde'));
  await redis.connect();
  const orm = await initAppOrm(config);
  const services = await createServices({ config, orm, redis, logger });
  const worker = await startWorker({ config, orm, redisUrl: config.redisUrl, logger, services });
  // The worker's own metrics (its jobs and queues, the shared database's outbox and terms), on its own METRICS_PORT.
  const metrics = await startMetricsServer(config, logger, { role: 'worker', orm, clock: services.clock, queues: worker.queues.all() });
  signals.stopWith(async () => {
    await metrics?.stop();
    await worker.stop();
    await services.stop();
    closeRedisClient(redis);
    await orm.close(true);
  });
  logger.info({ pid: process.pid }, 'worker listo');
});
