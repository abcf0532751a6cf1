import type { Knex } from '@mikro-orm/knex';

/**
 * The time every rule of the system reads: when a transition happened, when a term ends, whether a
 * deadline job is due. Production reads the system clock. The adjustable clock (tests, demos) adds
 * an offset stored in the database, so moving it moves the API and every worker process together;
 * each request and each job starts with `sync()` to pick up a move.
 */
export interface Clock {
  now(): Date;
  /** Re-reads the shared offset (nothing to do for the system clock). */
  sync(): Promise<void>;
}

export const systemClock: Clock = {
  now: () => new Date(),
  sync: async () => undefined,
};

export class AdjustableClock implements Clock {
  private offsetMs = 0;

  constructor(private readonly knex: Knex) {}

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  async sync(): Promise<void> {
    const row = await this.knex('clock_offset').where({ id: 1 }).first();
    this.offsetMs = row ? Number(row.offset_ms) : 0;
  }

  /** Moves the shared clock so that it reads `instant` now. */
  async set(instant: Date): Promise<void> {
    await this.shift(instant.getTime() - Date.now());
  }

  /** Moves the shared clock forward (or back) by `ms` from where it is. */
  async advance(ms: number): Promise<void> {
    await this.sync();
    await this.shift(this.offsetMs + ms);
  }

  private async shift(offsetMs: number): Promise<void> {
    const offset = String(Math.round(offsetMs));
    await this.knex('clock_offset').insert({ id: 1, offset_ms: offset }).onConflict('id').merge({ offset_ms: offset });
    this.offsetMs = Number(offset);
  }
}
