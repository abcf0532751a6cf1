import { EventEmitter, on } from 'node:events';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { CaseChange, CaseChangePublisher } from '../../core/workflow/workflow-runtime';


/**
 * Committed case changes, fanned out to every API process through Redis pub/sub and, inside a
 * process, to each subscription. Delivery is live and at most once: a subscriber that was not
 * connected reads what it missed from `history`.
 */
export class CaseEvents implements CaseChangePublisher {
  private readonly local = new EventEmitter();
  private readonly channel: string;

  constructor(
    prefix: string,
    private readonly redis: Redis,
    private readonly subscriber: Redis,
    private readonly logger: Logger,
  ) {
    this.local.setMaxListeners(0);
    this.channel = `${prefix}:case-changed`;
  }

  async start(): Promise<void> {
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      try {
        this.local.emit('change', JSON.parse(message) as CaseChange);
      } catch (err) {
        this.logger.warn({ err }, 'mensaje de cambio de trámite ilegible');
      }
    });
    // Not awaited: with Redis away the SUBSCRIBE waits in the queue, and the API still starts.
    this.subscriber.subscribe(this.channel).catch((err: unknown) => {
      this.logger.warn({ err }, 'no se pudo suscribir a los cambios de trámites');
    });
  }

  publish(change: CaseChange): void {
    this.redis.publish(this.channel, JSON.stringify(change)).catch((err: unknown) => {
      this.logger.warn({ err, caseId: change.caseId }, 'no se pudo publicar un cambio de trámite');
    });
  }

  /** The changes `accept` lets through, until the consumer returns (unsubscribes). */
  subscribe(accept: (change: CaseChange) => boolean): AsyncIterableIterator<CaseChange> {
    const controller = new AbortController();
    const inner = on(this.local, 'change', { signal: controller.signal });
    const iterator: AsyncIterableIterator<CaseChange> = {
      async next() {
        for (;;) {
          try {
            const step = await inner.next();
            if (step.done) return { value: undefined, done: true };
            const [change] = step.value as [CaseChange];
            if (accept(change)) return { value: change, done: false };
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
