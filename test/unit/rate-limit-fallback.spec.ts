// Rate limits when Redis hangs and then fails (issue 23, review item 11): a request that waited its
// 500 ms on a hanging Redis counts its point in memory; Redis's late error must not count it there
// a second time, or people hit the limit at half their budget. The Redis here is a stand-in that
// holds each command until the test answers it with an error, as a connection that hangs and then
// drops does; the limiter under test is the real one.
import type { Redis } from 'ioredis';
import pino from 'pino';

import { RateLimits } from '../../src/api/rate-limit';
import { RateLimitedError } from '../../src/core/errors/app-error';

const BUDGET = 4;

/** An ioredis look-alike as rate-limiter-flexible uses it: `status`, and the Lua command it defines. */
function hangingRedis() {
  const pending: ((err: Error) => void)[] = [];
  const client = {
    status: 'ready',
    defineCommand(name: string) {
      (client as unknown as Record<string, unknown>)[name] = () =>
        new Promise((_resolve, reject) => {
          pending.push(reject);
        });
    },
  };
  return {
    client,
    pending,
    /** Redis finally answers every held command with an error, and the connection is gone. */
    fail(): void {
      client.status = 'reconnecting';
      for (const reject of pending.splice(0)) reject(new Error('Connection is closed.'));
    },
  };
}

const limitsOn = (redis: Redis) =>
  new RateLimits(
    redis,
    {
      redisPrefix: 'test',
      rateLimits: {
        mutationsPerMinute: 0,
        reportsPerHour: 0,
        importsPerHour: 0,
        uploadsPerHour: 0,
        anonymousPerMinute: BUDGET,
        publicPerMinute: 0,
      },
    },
    pino({ level: 'silent' }),
  );

/** How many points `key` can spend before RATE_LIMITED (at most `tries`). */
async function spendable(limits: RateLimits, key: string, tries: number): Promise<number> {
  for (let i = 0; i < tries; i++) {
    try {
      await limits.take('ANONYMOUS', key);
    } catch (err) {
      if (err instanceof RateLimitedError) return i;
      throw err;
    }
  }
  return tries;
}

describe('rate limits falling back to memory', () => {
  it('counts a point once when Redis answers a timed-out request late, with an error', async () => {
    const redis = hangingRedis();
    const limits = limitsOn(redis.client as unknown as Redis);
    // Two requests wait out Redis (500 ms each) and are counted in memory.
    expect(await spendable(limits, '203.0.113.7', 2)).toBe(2);
    expect(redis.pending).toHaveLength(2);
    // Then Redis fails those two commands: the points they stood for are already counted.
    redis.fail();
    await new Promise((resolve) => setImmediate(resolve));
    // Redis is down now: every point is counted in memory at once; the rest of the budget is there.
    const rest = await spendable(limits, '203.0.113.7', BUDGET);
    console.log(`presupuesto ${BUDGET}: 2 gastados mientras Redis colgaba, ${rest} después de su error tardío`);
    expect(rest).toBe(BUDGET - 2);
  });

  it('still refuses past the budget when Redis is down from the start', async () => {
    const redis = hangingRedis();
    redis.fail();
    const limits = limitsOn(redis.client as unknown as Redis);
    expect(await spendable(limits, '203.0.113.8', BUDGET + 2)).toBe(BUDGET);
  });
});
