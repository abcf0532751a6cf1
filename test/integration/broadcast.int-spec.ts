import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import pino from 'pino';

import { Broadcast } from '../../src/core/redis/broadcast';
import { closeRedisClient, createRedisClient } from '../../src/core/redis/redis';

/**
 * The pub/sub connection as src/app/services.ts makes it. A process whose broadcasts started while
 * that connection was open but not yet ready used to stay deaf to every channel for good (ioredis
 * sent the SUBSCRIBE before its ready check, whose INFO was then refused, and the reconnection
 * restored no channel): notificationAdded and reportUpdated then never delivered anything.
 */
describe('Broadcast over Redis pub/sub', () => {
  const logger = pino({ level: 'silent' });
  const prefix = `test-${randomUUID().slice(0, 8)}`;
  const commands = createRedisClient(process.env.TEST_REDIS_URL!);
  const subscribers: ReturnType<typeof commands.duplicate>[] = [];

  beforeAll(() => commands.connect());
  afterAll(() => {
    for (const s of subscribers) s.disconnect();
    closeRedisClient(commands);
  });

  const subscriberConnection = (connectionName?: string) => {
    const subscriber = commands.duplicate({ lazyConnect: false, enableOfflineQueue: true, maxRetriesPerRequest: null, connectionName });
    subscriber.on('error', () => undefined);
    subscribers.push(subscriber);
    return subscriber;
  };

  async function subscribedCount(channel: string, atLeast: number): Promise<number> {
    let count = 0;
    for (let i = 0; i < 100; i++) {
      const [, n] = (await commands.pubsub('NUMSUB', channel)) as [string, number];
      count = Number(n);
      if (count >= atLeast) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    return count;
  }

  it.each([
    ['before the connection opens', async () => undefined],
    [
      'once its socket is open but before it is ready',
      async (s: ReturnType<typeof subscriberConnection>) => void (await once(s, 'connect')),
    ],
    ['once it is ready', async (s: ReturnType<typeof subscriberConnection>) => void (await once(s, 'ready'))],
  ])('hears its channel when started %s', async (_when, wait) => {
    const subscriber = subscriberConnection();
    await wait(subscriber);
    const name = randomUUID().slice(0, 8);
    const broadcast = new Broadcast<{ n: number }>(prefix, name, commands, subscriber, logger);
    const messages = broadcast.subscribe(() => true);
    await broadcast.start();
    // Judged once the connection is ready (a SUBSCRIBE sent too early is answered, then lost with the connection).
    if (subscriber.status !== 'ready') await once(subscriber, 'ready');
    expect(await subscribedCount(`${prefix}:${name}`, 1)).toBe(1);
    broadcast.publish({ n: 1 });
    expect(await messages.next()).toEqual({ value: { n: 1 }, done: false });
    await messages.return!();
  });

  it('subscribes again after Redis drops the connection', async () => {
    const name = randomUUID().slice(0, 8);
    const subscriber = subscriberConnection(`broadcast-${name}`);
    const broadcast = new Broadcast<{ n: number }>(prefix, name, commands, subscriber, logger);
    const messages = broadcast.subscribe(() => true);
    await broadcast.start();
    expect(await subscribedCount(`${prefix}:${name}`, 1)).toBe(1);
    const clients = String(await commands.client('LIST')).split('\n');
    const id = /\bid=(\d+)/.exec(clients.find((c) => c.includes(`name=broadcast-${name}`))!)![1];
    await commands.client('KILL', 'ID', id);
    await once(subscriber, 'ready');
    expect(await subscribedCount(`${prefix}:${name}`, 1)).toBe(1);
    broadcast.publish({ n: 2 });
    expect(await messages.next()).toEqual({ value: { n: 2 }, done: false });
    await messages.return!();
  });
});
