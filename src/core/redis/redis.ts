import { Redis } from 'ioredis';

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

export async function redisAnswers(redis: Redis, timeoutMs = 1000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    if (redis.status === 'wait') await redis.connect();
    const pong = await Promise.race([
      redis.ping(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
      }),
    ]);
    return pong === 'PONG';
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Closes for good: no reconnect attempt may outlive the close, even one in flight. */
export function closeRedisClient(redis: Redis): void {
  redis.options.retryStrategy = () => null;
  redis.disconnect(false);
}
