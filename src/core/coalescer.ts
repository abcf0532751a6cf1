/** The result of one item of a batch: its value, or what it failed with. */
export type Settled<T> = { ok: T; error?: undefined } | { error: unknown; ok?: undefined };

/**
 * Group commit for calls that arrive concurrently (the jobs a worker runs at once): a call waits at
 * most for the batch under way, then goes with every call that arrived meanwhile. Idle, a call goes
 * alone on the next turn of the event loop; under a burst, batches grow by themselves and each
 * round trip to the database serves many calls.
 */
export class Coalescer<T, R> {
  private pending: { item: T; resolve: (value: R) => void; reject: (err: unknown) => void }[] = [];
  private draining = 0;

  constructor(
    /** Works one batch; returns one result per item, in order. Throwing fails the whole batch. */
    private readonly work: (items: T[]) => Promise<Settled<R>[]>,
    private readonly max: number,
    /** Batches under way at once: more keep several connections busy while each waits on its round trips. */
    private readonly parallel = 1,
  ) {}

  run(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.draining < this.parallel) {
        this.draining++;
        // Calls made in the same turn (replies read from one socket) share the first batch.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.length) {
        const batch = this.pending.splice(0, this.max);
        try {
          const results = await this.work(batch.map((b) => b.item));
          batch.forEach((b, i) => {
            const r = results[i];
            if ('error' in r) b.reject(r.error);
            else b.resolve(r.ok as R);
          });
        } catch (err) {
          for (const b of batch) b.reject(err);
        }
      }
    } finally {
      this.draining--;
    }
  }
}
