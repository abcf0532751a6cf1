import type { RequestHandler } from 'express';
import type { Redis } from 'ioredis';

import type { HealthProbe, HealthState } from '../module';
import { databaseAnswers, type Orm } from '../orm/orm';
import { redisAnswers } from '../redis/redis';
import { withTimeout } from '../timeout';

/**
 * How long each probe may take before its part is reported down. They run together, so /health
 * answers within about half a second whatever hangs: well inside a load balancer's check timeout
 * (1 s in the documented HAProxy configuration), which would otherwise take every API process out
 * of service at once for a part that does not decide the status (a hanging Redis: review item 6).
 */
export const HEALTH_PROBE_MS = { redis: 250, database: 500, parts: 500 } as const;

async function stateOf(probe: HealthProbe): Promise<HealthState> {
  try {
    return await withTimeout(probe(), HEALTH_PROBE_MS.parts);
  } catch {
    return 'down';
  }
}

/**
 * GET /health: 503 when the database does not answer (this process can serve nothing, so a load
 * balancer must take it out of service); 200 otherwise. With Redis down the process still answers
 * reads and commits transitions (their effects wait in the outbox), so the answer is 200 with
 * `status: "degraded"` and `redis: "down"`: taking every API process out of service because of
 * Redis would turn a degraded service into none. The parts the modules report (the antivirus, the
 * documents' storage) are shown beside them, `up`, `down` or `off` (not configured), and do not
 * decide the status either.
 */
export function healthHandler(orm: Orm, redis: Redis, parts: Readonly<Record<string, HealthProbe>> = {}): RequestHandler {
  return async (_req, res) => {
    const names = Object.keys(parts);
    const [database, queue, ...states] = await Promise.all([
      databaseAnswers(orm, HEALTH_PROBE_MS.database),
      redisAnswers(redis, HEALTH_PROBE_MS.redis),
      ...names.map((name) => stateOf(parts[name])),
    ]);
    res
      .status(database ? 200 : 503)
      .set('cache-control', 'no-store')
      .json({
        status: !database ? 'unavailable' : queue ? 'ok' : 'degraded',
        database: database ? 'up' : 'down',
        redis: queue ? 'up' : 'down',
        ...Object.fromEntries(names.map((name, i) => [name, states[i]])),
      });
  };
}
