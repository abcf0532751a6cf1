// The tus uploads' lock across API processes (src/modules/documents/redis-locker.ts): first the
// locker itself, with each "process" its own RedisLocker and Redis connections on the suite's real
// Redis; then through HTTP, with two API systems in this test process sharing one database, one
// Redis prefix and one storage (directory or bucket), as two processes behind a load balancer do.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { ERRORS, type Lock } from '@tus/utils';
import type { Redis } from 'ioredis';
import pino from 'pino';

import { Role } from '../../src/core/auth/principal';
import { closeRedisClient, createRedisClient } from '../../src/core/redis/redis';
import { RedisLocker, type RedisLockerOptions } from '../../src/modules/documents/redis-locker';
import { startSystem, type System } from '../../src/system';
import { createUpload, documentKey, patchUpload, samplePdf, tusHeaders, uploadUrl } from '../support/documents';
import { s3Env } from '../support/s3-server';
import { startTestSystem, type TestSystem } from '../support/test-system';

const logger = pino({ level: 'silent' });

/** Polls a condition (a Redis key appearing, a subscription registered): there is no event to await for those. */
async function until(what: string, condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const giveUpAt = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > giveUpAt) throw new Error(`no ocurrió a tiempo: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const never = () => new AbortController().signal;

describe('RedisLocker: one upload, several processes', () => {
  const prefix = `test-${randomUUID().slice(0, 8)}`;
  const channel = `${prefix}:tus-lock-release`;
  const keyOf = (id: string) => `${prefix}:tus-lock:${id}`;
  const admin = createRedisClient(process.env.TEST_REDIS_URL!);
  const processes: { locker: RedisLocker; crash(): void }[] = [];
  let subscribed = 0;

  beforeAll(() => admin.connect());
  afterAll(async () => {
    for (const p of processes) {
      await p.locker.stop();
      p.crash();
    }
    closeRedisClient(admin);
  });

  /** A "process": its own command and pub/sub connections (as src/app/services.ts makes them) and its own locker. */
  async function startProcess(options: Partial<RedisLockerOptions> = {}) {
    const redis = createRedisClient(process.env.TEST_REDIS_URL!);
    await redis.connect();
    const subscriber: Redis = redis.duplicate({ lazyConnect: false, enableOfflineQueue: true, maxRetriesPerRequest: null });
    subscriber.on('error', () => undefined);
    const locker = new RedisLocker({ prefix, redis, subscriber, logger, ...options });
    await locker.start();
    // Its release channel is subscribed before a test relies on it (the locker also asks again every second).
    subscribed++;
    await until('la suscripción al canal de liberación', async () => {
      const [, count] = (await admin.pubsub('NUMSUB', channel)) as [string, number];
      return Number(count) >= subscribed;
    });
    let alive = true;
    const crash = () => {
      if (alive) subscribed--;
      alive = false;
      closeRedisClient(redis);
      subscriber.disconnect();
    };
    processes.push({ locker, crash });
    return { locker, crash };
  }

  /** A lock held by a "request": its cancelReq counts and announces every call. */
  async function holder(locker: RedisLocker, id: string) {
    const lock = locker.newLock(id);
    const cancels: number[] = [];
    let wake = deferred();
    await lock.lock(never(), () => {
      cancels.push(Date.now());
      wake.resolve();
      wake = deferred();
    });
    return { lock, cancels, cancelled: () => wake.promise };
  }

  /** A lock() in progress, whose settlement the test can look at without awaiting it. */
  function waiter(lock: Lock, signal = never()) {
    const state = { acquired: false, error: undefined as unknown };
    const done = lock
      .lock(signal, () => undefined)
      .then(
        () => void (state.acquired = true),
        (err: unknown) => void (state.error = err),
      );
    return { state, done };
  }

  it('a request on another process asks the holder to let go (its cancelReq), keeps asking, and acquires only once the holder unlocks', async () => {
    const [one, two] = [await startProcess(), await startProcess()];
    const id = randomUUID();
    const first = await holder(one.locker, id);
    const held = await admin.get(keyOf(id));
    expect(held).toEqual(expect.any(String));

    const second = waiter(two.locker.newLock(id));
    await first.cancelled();
    // It asks again while it waits (pub/sub delivers at most once), and waits still.
    await first.cancelled();
    expect(first.cancels.length).toBeGreaterThanOrEqual(2);
    expect(second.state).toEqual({ acquired: false, error: undefined });
    expect(await admin.get(keyOf(id))).toBe(held);

    await first.lock.unlock();
    await second.done;
    expect(second.state).toEqual({ acquired: true, error: undefined });
    const now = await admin.get(keyOf(id));
    expect(now).toEqual(expect.any(String));
    expect(now).not.toBe(held);
  });

  it('locks of different uploads do not block each other', async () => {
    const [one, two] = [await startProcess(), await startProcess()];
    const a = await holder(one.locker, randomUUID());
    const b = await holder(two.locker, randomUUID());
    const c = await holder(one.locker, randomUUID());
    expect([a.cancels, b.cancels, c.cancels]).toEqual([[], [], []]);
    await Promise.all([a.lock.unlock(), b.lock.unlock(), c.lock.unlock()]);
  });

  it('a lock is renewed while held, past its TTL; a crashed holder’s lock expires by its TTL and another process acquires it', async () => {
    const ttlMs = 600;
    const [one, two] = [await startProcess({ ttlMs }), await startProcess({ ttlMs })];
    const id = randomUUID();
    const first = await holder(one.locker, id);
    const acquiredAt = Date.now();
    // Three TTLs later the key is still there: renewed, not merely set once.
    await until('tres TTL', async () => {
      expect(await admin.exists(keyOf(id))).toBe(1);
      return Date.now() - acquiredAt > 3 * ttlMs;
    });

    // The holder's process dies: no renewal, no unlock, nobody to hear the request to let go.
    one.crash();
    const second = await holder(two.locker, id);
    expect(first.cancels).toEqual([]);
    await second.lock.unlock();
    expect(await admin.exists(keyOf(id))).toBe(0);
  });

  it("a waiter whose request is aborted, or that waits longer than its timeout, gives up with tus's lock-timeout error", async () => {
    const [one, two] = [await startProcess(), await startProcess({ acquireTimeoutMs: 300 })];
    const id = randomUUID();
    const first = await holder(one.locker, id);
    const held = await admin.get(keyOf(id));

    const aborting = new AbortController();
    const aborted = waiter(one.locker.newLock(id), aborting.signal);
    await first.cancelled();
    aborting.abort();
    await aborted.done;
    expect(aborted.state).toEqual({ acquired: false, error: ERRORS.ERR_LOCK_TIMEOUT });

    const impatient = waiter(two.locker.newLock(id));
    await impatient.done;
    expect(impatient.state).toEqual({ acquired: false, error: ERRORS.ERR_LOCK_TIMEOUT });

    // The holder keeps its lock through both.
    expect(await admin.get(keyOf(id))).toBe(held);
    await first.lock.unlock();
  });

  it('a holder whose key was lost is told to stop, and its unlock does not delete the lock another request took meanwhile', async () => {
    const [one, two] = [await startProcess({ ttlMs: 900 }), await startProcess()];
    const id = randomUUID();
    const first = await holder(one.locker, id);
    // As if the key had expired while Redis stalled longer than the TTL.
    await admin.del(keyOf(id));
    const second = await holder(two.locker, id);
    const taken = await admin.get(keyOf(id));

    // Its next renewal finds the key someone else's: the request that believed it held it is cancelled.
    await first.cancelled();
    await expect(first.lock.unlock()).resolves.toBeUndefined();
    expect(await admin.get(keyOf(id))).toBe(taken);
    expect(second.cancels).toEqual([]);

    await second.lock.unlock();
    expect(await admin.exists(keyOf(id))).toBe(0);
    await expect(second.lock.unlock()).rejects.toThrow('Releasing an unlocked lock!');
  });
});

/** A valid PDF of about `bytes`, random comment lines after its end (file-type still says application/pdf). */
function largePdf(bytes: number): Buffer {
  const pdf = samplePdf(`cerrojo ${randomUUID()}`);
  const lines: string[] = [];
  for (let size = pdf.length; size < bytes; size += 78) lines.push(`%${randomBytes(57).toString('base64')}\n`);
  return Buffer.concat([pdf, Buffer.from(lines.join(''), 'latin1')]);
}

describe.each([
  ['file', async () => ({}) as NodeJS.ProcessEnv],
  ['s3', s3Env],
] as const)('uploads through HTTP, the %s driver: one upload, two requests', (_driver, env) => {
  let one: TestSystem;
  /** A second API "process": its own services, Redis connections and tus server, on the first one's database, Redis prefix and storage. */
  let two: System;
  let redis: Redis;
  let token: string;
  const stalled: (() => void)[] = [];

  beforeAll(async () => {
    one = await startTestSystem(await env());
    two = await startSystem(one.config, { prepareDatabase: false });
    redis = one.system.redis;
    token = await one.token(Role.ENTITY_REPRESENTATIVE);
  });
  afterEach(() => {
    for (const finish of stalled.splice(0)) finish();
  });
  afterAll(async () => {
    await two?.stop();
    await one?.stop();
  });

  const baseOf = (system: System) => system.api.url.replace(/\/graphql$/, '');

  /**
   * A PATCH that sends `chunk` and then stalls with its body open, as a client on a connection that
   * hangs: it holds the upload's lock until another request makes tus end it.
   */
  function stalledPatch(url: string, chunk: Buffer) {
    let finish = () => undefined as void;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(chunk));
        finish = () => {
          try {
            controller.close();
          } catch {
            // Already cancelled by the server's answer.
          }
        };
      },
    });
    stalled.push(() => finish());
    const init = {
      method: 'PATCH',
      headers: { ...tusHeaders(token), 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
      body,
      duplex: 'half',
    };
    return fetch(url, init as RequestInit).then(
      async (res) => ({ status: res.status, body: await res.text().catch(() => '') }),
      (err: unknown) => ({ status: 0, body: String(err) }),
    );
  }

  it.each([
    ['the same process', () => one.system],
    ['another process', () => two],
  ])(
    'a HEAD on %s while a PATCH hangs: the PATCH is ended, the HEAD answers once it let go, and the upload resumes from that offset to a checked document',
    async (_where, resumer) => {
      const content = largePdf(256 * 1024);
      const sent = 64 * 1024;
      const create = await createUpload(
        baseOf(one.system),
        token,
        { purpose: 'ELIGIBILITY_REQUIREMENT', filename: 'cerrojo.pdf' },
        content.length,
      );
      expect(create.status).toBe(201);
      const path = new URL(uploadUrl(baseOf(one.system), create)).pathname;
      const id = path.split('/').pop()!;
      const key = `${one.config.redisPrefix}:tus-lock:${id}`;

      const order: string[] = [];
      const first = stalledPatch(`${baseOf(one.system)}${path}`, content.subarray(0, sent)).then((answer) => {
        order.push('first PATCH ended');
        return answer;
      });
      // The first PATCH holds the upload's lock (taken after the owner check, before it writes).
      await until('el candado de la primera PATCH', async () => (await redis.exists(key)) === 1);

      const head = await fetch(`${baseOf(resumer())}${path}`, { method: 'HEAD', headers: tusHeaders(token) });
      order.push('HEAD answered');
      expect(order).toEqual(['first PATCH ended', 'HEAD answered']);
      expect(head.status).toBe(200);
      const offset = Number(head.headers.get('upload-offset'));
      // What the first PATCH had received is kept.
      expect(offset).toBe(sent);
      // It did not finish the upload.
      expect((await first).status).not.toBe(200);

      const rest = await patchUpload(`${baseOf(resumer())}${path}`, token, offset, content.subarray(offset));
      const answer = (await rest.json()) as { document: { id: string; status: string; sha256: string } };
      expect(rest.status).toBe(200);
      expect(answer.document).toMatchObject({ status: 'AVAILABLE', sha256: createHash('sha256').update(content).digest('hex') });
      expect(documentKey(answer.document.id)).toBe(id);
      // Every request let go of the lock.
      expect(await redis.exists(key)).toBe(0);
    },
  );
});
