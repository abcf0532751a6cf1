import { EventEmitter, on } from 'node:events';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * Messages fanned out to every process through Redis pub/sub on one channel and, inside a process,
 * to each subscription. Delivery is live and at most once: a subscriber that was not connected
 * reads what it missed from the database.
 */
export class Broadcast<T> {
  private readonly local = new EventEmitter();
  private readonly channel: string;

  constructor(
    prefix: string,
    name: string,
    private readonly redis: Redis,
    private readonly subscriber: Redis,
    private readonly logger: Logger,
  ) {
    this.local.setMaxListeners(0);
    this.channel = `${prefix}:${name}`;
  }

  async start(): Promise<void> {
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      try {
        this.local.emit('change', JSON.parse(message) as T);
      } catch (err) {
        this.logger.warn({ err, channel }, 'mensaje ilegible en un canal de Redis');
      }
    });
    // SUBSCRIBE only on a ready connection, and again each time it is ready after a reconnection.
    // ioredis writes a SUBSCRIBE at once on a socket that is open but not yet ready (the command is
    // allowed while Redis loads); the ready check's INFO that follows is then refused in subscriber
    // mode, the connection is dropped, and the new one subscribes to nothing (ioredis restores only
    // the channels of a connection that had been ready): the process would stay deaf to every
    // channel for good, and say nothing. Not awaited: with Redis away, the API still starts.
    const subscribe = () => {
      this.subscriber.subscribe(this.channel).catch((err: unknown) => {
        this.logger.warn({ err, channel: this.channel }, 'no se pudo suscribir a un canal de Redis');
      });
    };
    this.subscriber.on('ready', subscribe);
    if (this.subscriber.status === 'ready') subscribe();
  }

  publish(message: T): void {
    this.redis.publish(this.channel, JSON.stringify(message)).catch((err: unknown) => {
      this.logger.warn({ err, channel: this.channel }, 'no se pudo publicar en un canal de Redis');
    });
  }

  /** Many messages in one write to Redis (a batch of changes committed together). */
  publishAll(messages: T[]): void {
    if (!messages.length) return;
    const pipeline = this.redis.pipeline();
    for (const m of messages) pipeline.publish(this.channel, JSON.stringify(m));
    pipeline.exec().catch((err: unknown) => {
      this.logger.warn({ err, channel: this.channel }, 'no se pudo publicar en un canal de Redis');
    });
  }

  /** The messages `accept` lets through, until the consumer returns (unsubscribes). */
  subscribe(accept: (message: T) => boolean): AsyncIterableIterator<T> {
    const controller = new AbortController();
    const inner = on(this.local, 'change', { signal: controller.signal });
    const iterator: AsyncIterableIterator<T> = {
      async next() {
        for (;;) {
          try {
            const step = await inner.next();
            if (step.done) return { value: undefined, done: true };
            const [message] = step.value as [T];
            if (accept(message)) return { value: message, done: false };
          } catch (err) {
            if (controller.signal.aborted) return { value: undefined, done: true };
            throw err;
          }
        }
      },
      async return() {
        controller.abort();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  listenerCount(): number {
    return this.local.listenerCount('change');
  }
}
