import { randomUUID } from 'node:crypto';
import { setTimeout as pause } from 'node:timers/promises';
import { ERRORS, type Lock, type Locker, type RequestRelease } from '@tus/utils';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

import { Broadcast } from '../../core/redis/broadcast';

/** Deletes the key only while it still holds this lock's token: a lock that expired and was taken by another request stays theirs. */
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
/** Extends the key's life only while it still holds this lock's token. */
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

/** How often a waiter asks the holder again: pub/sub delivers at most once, and a process may have subscribed late. */
const ASK_AGAIN_MS = 1000;

export interface RedisLockerOptions {
  /** The deployment's key prefix (REDIS_PREFIX): keys `<prefix>:tus-lock:<id>`, channel `<prefix>:tus-lock-release`. */
  prefix: string;
  /** Commands. */
  redis: Redis;
  /** The process's pub/sub connection (shared with its broadcasts). */
  subscriber: Redis;
  logger: Logger;
  /** How long a lock outlives a holder that stopped renewing it (a crashed process); renewed every third of it. */
  ttlMs?: number;
  /** How long a request waits for a lock before it gives up, as @tus/server's MemoryLocker (30 s). */
  acquireTimeoutMs?: number;
}

/**
 * Redis did not answer, so no request may write an upload now: another process could be writing
 * it. Answered 503, which tus clients retry after their delay.
 */
export class UploadLockUnavailable extends Error {
  readonly status_code = 503;
  readonly body = JSON.stringify({
    errors: [
      {
        message: 'Las cargas no están disponibles en este momento; reintente en unos segundos.',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      },
    ],
  });
}

/**
 * @tus/server's locker across processes: two requests on the same upload (a PATCH still running
 * and the client's retry, which may reach another API process behind the load balancer) are
 * serialised through a Redis key, as the default MemoryLocker serialises them inside one process.
 * Same semantics: the newcomer asks the holder to let go (tus then ends the older request after its
 * drain delay), waits until the key is free, and gives up with ERR_LOCK_TIMEOUT when its request is
 * aborted or the wait is too long. A holder that dies leaves a key that expires by its TTL.
 */
export class RedisLocker implements Locker {
  readonly ttlMs: number;
  readonly acquireTimeoutMs: number;
  /** The locks this process holds, by upload id: whom to tell when another request wants one. */
  private readonly held = new Map<string, Set<RedisLock>>();
  private readonly releases: Broadcast<string>;
  private listening: AsyncIterableIterator<string> | null = null;

  constructor(private readonly options: RedisLockerOptions) {
    this.ttlMs = options.ttlMs ?? 30_000;
    this.acquireTimeoutMs = options.acquireTimeoutMs ?? 30_000;
    this.releases = new Broadcast<string>(options.prefix, 'tus-lock-release', options.redis, options.subscriber, options.logger);
  }

  /** Listens for other processes' requests to release a lock this one holds. */
  async start(): Promise<void> {
    await this.releases.start();
    const listening = this.releases.subscribe(() => true);
    this.listening = listening;
    void (async () => {
      for await (const id of listening) this.cancelHolders(id);
    })().catch((err: unknown) => this.options.logger.error({ err }, 'se dejó de escuchar la liberación de candados de cargas'));
  }

  /** Stops listening and renewing; locks still held expire by their TTL. */
  async stop(): Promise<void> {
    await this.listening?.return?.();
    this.listening = null;
    for (const locks of this.held.values()) for (const lock of locks) lock.stopRenewing();
  }

  newLock(id: string): Lock {
    return new RedisLock(id, this, this.options);
  }

  /** Asks whoever holds the upload's lock, here or in another process, to end their request. */
  requestRelease(id: string): void {
    this.cancelHolders(id);
    this.releases.publish(id);
  }

  /** @internal */
  hold(id: string, lock: RedisLock): void {
    const locks = this.held.get(id) ?? new Set();
    this.held.set(id, locks.add(lock));
  }

  /** @internal */
  letGo(id: string, lock: RedisLock): void {
    const locks = this.held.get(id);
    locks?.delete(lock);
    if (locks?.size === 0) this.held.delete(id);
  }

  private cancelHolders(id: string): void {
    for (const lock of this.held.get(id) ?? []) lock.cancel();
  }
}

class RedisLock implements Lock {
  private readonly key: string;
  private token: string | null = null;
  private cancelReq: RequestRelease | null = null;
  private renewal: NodeJS.Timeout | null = null;

  constructor(
    private readonly id: string,
    private readonly locker: RedisLocker,
    private readonly options: RedisLockerOptions,
  ) {
    this.key = `${options.prefix}:tus-lock:${id}`;
  }

  async lock(signal: AbortSignal, cancelReq: RequestRelease): Promise<void> {
    const { redis } = this.options;
    const token = randomUUID();
    const giveUpAt = Date.now() + this.locker.acquireTimeoutMs;
    let askedAt = -Infinity;
    const take = () =>
      redis.set(this.key, token, 'PX', this.locker.ttlMs, 'NX').catch((err: unknown) => {
        this.options.logger.warn({ err, uploadId: this.id }, 'Redis no responde: no se puede tomar el candado de una carga');
        throw new UploadLockUnavailable();
      });
    while ((await take()) !== 'OK') {
      if (signal.aborted || Date.now() >= giveUpAt) throw ERRORS.ERR_LOCK_TIMEOUT;
      if (Date.now() - askedAt >= ASK_AGAIN_MS) {
        this.locker.requestRelease(this.id);
        askedAt = Date.now();
      }
      // Jittered, so waiters on one upload do not retry in step; an abort wakes it at once.
      await pause(25 + Math.random() * 75, undefined, { signal }).catch(() => undefined);
      if (signal.aborted) throw ERRORS.ERR_LOCK_TIMEOUT;
    }
    this.token = token;
    this.cancelReq = cancelReq;
    this.locker.hold(this.id, this);
    // A PATCH may last longer than the TTL (a slow connection): the key lives as long as the request.
    this.renewal = setInterval(() => void this.renew(), Math.max(1, Math.floor(this.locker.ttlMs / 3)));
    this.renewal.unref();
  }

  async unlock(): Promise<void> {
    const token = this.token;
    if (!token) throw new Error('Releasing an unlocked lock!');
    this.stopRenewing();
    this.locker.letGo(this.id, this);
    this.token = null;
    this.cancelReq = null;
    try {
      await this.options.redis.eval(RELEASE, 1, this.key, token);
    } catch (err) {
      // The request's work is done: failing it now would only lose its answer; the key expires by its TTL.
      this.options.logger.warn({ err, uploadId: this.id }, 'no se pudo liberar el candado de una carga; vencerá solo');
    }
  }

  /** Another request wants the upload: tus ends this one (after its drain delay) and unlocks. */
  cancel(): void {
    void Promise.resolve(this.cancelReq?.()).catch((err: unknown) =>
      this.options.logger.warn({ err, uploadId: this.id }, 'no se pudo cancelar la solicitud que tiene una carga'),
    );
  }

  stopRenewing(): void {
    if (this.renewal) clearInterval(this.renewal);
    this.renewal = null;
  }

  private async renew(): Promise<void> {
    const token = this.token;
    if (!token) return;
    let renewed: unknown;
    try {
      renewed = await this.options.redis.eval(RENEW, 1, this.key, token, String(this.locker.ttlMs));
    } catch (err) {
      // Redis away for a moment: the next renewal may still come in time.
      this.options.logger.debug({ err, uploadId: this.id }, 'no se pudo renovar el candado de una carga');
      return;
    }
    if (renewed === 1 || this.token !== token) return;
    // The key expired (Redis stalled longer than the TTL) and another request may hold it now: this
    // one must stop writing rather than interleave with it.
    this.options.logger.warn({ uploadId: this.id }, 'una carga perdió su candado; se cancela la solicitud que la escribía');
    this.stopRenewing();
    this.cancel();
  }
}
