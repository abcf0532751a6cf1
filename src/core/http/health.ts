import type { RequestHandler } from 'express';
import type { Redis } from 'ioredis';

import type { HealthProbe, HealthState } from '../module';
import { databaseAnswers, type Orm } from '../orm/orm';
import { redisAnswers } from '../redis/redis';
import { withTimeout } from '../timeout';

/** How long a module's probe may take before its part is reported down. */
const PROBE_MS = 1000;

async function stateOf(probe: HealthProbe): Promise<HealthState> {
  try {
    return await withTimeout(probe(), PROBE_MS);
  } catch {
    return 'down';
  }
}

/**
 * GET /health: 200 when the database and Redis both answer, 503 naming what does not. The parts
 * the modules report (the antivirus, the documents' storage) are shown beside them, `up`, `down`
 * or `off` (not configured), but do not decide the status: a load balancer must not take an API
 * process out of service because clamd is down, when every other request still works.
 */
export function healthHandler(orm: Orm, redis: Redis, parts: Readonly<Record<string, HealthProbe>> = {}): RequestHandler {
  return async (_req, res) => {
    const names = Object.keys(parts);
    const [database, queue, ...states] = await Promise.all([
      databaseAnswers(orm),
      redisAnswers(redis),
      ...names.map((name) => stateOf(parts[name])),
    ]);
    const ok = database && queue;
    res
      .status(ok ? 200 : 503)
      .set('cache-control', 'no-store')
      .json({
        status: ok ? 'ok' : 'unavailable',
        database: database ? 'up' : 'down',
        redis: queue ? 'up' : 'down',
        ...Object.fromEntries(names.map((name, i) => [name, states[i]])),
      });
  };
}
