import type { RequestHandler } from 'express';
import type { Redis } from 'ioredis';

import { databaseAnswers, type Orm } from '../orm/orm';
import { redisAnswers } from '../redis/redis';

/** GET /health: 200 when the database and Redis both answer, 503 naming what does not. */
export function healthHandler(orm: Orm, redis: Redis): RequestHandler {
  return async (_req, res) => {
    const [database, queue] = await Promise.all([databaseAnswers(orm), redisAnswers(redis)]);
    const ok = database && queue;
    res
      .status(ok ? 200 : 503)
      .set('cache-control', 'no-store')
      .json({
        status: ok ? 'ok' : 'unavailable',
        database: database ? 'up' : 'down',
        redis: queue ? 'up' : 'down',
      });
  };
}
