import { Redis } from 'ioredis';

import { withTimeout } from '../timeout';

/** A client that fails fast instead of queueing commands while Redis is away, so /health answers. */
export function createRedisClient(url: string): Redis {
  return new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    // A closed client must not keep the process alive waiting on a socket that never opened.
    disconnectTimeout: 200,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
}

/**
 * Whether Redis answers a PING within `timeoutMs`, connecting first if the client never has. The
 * bound covers the connection too: a Redis that accepts connections but never answers (a paused
 * or stuck server, a network black hole) is `false` after `timeoutMs`, not after ioredis's own
 * timeouts.
 */
export async function redisAnswers(redis: Redis, timeoutMs: number): Promise<boolean> {
  const ping = async () => {
    if (redis.status === 'wait') await redis.connect();
    return redis.ping();
  };
  try {
    return (await withTimeout(ping(), timeoutMs)) === 'PONG';
  } catch {
    return false;
  }
}

/** Closes for good: no reconnect attempt may outlive the close, even one in flight. */
export function closeRedisClient(redis: Redis): void {
  redis.options.retryStrategy = () => null;
  redis.disconnect(false);
}
