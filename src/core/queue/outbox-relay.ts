import type { Logger } from 'pino';

import type { Clock } from '../time/clock';
import type { CaseStore } from '../workflow/case-store';
import type { OutboxRoute, OutboxRow } from './job-deps';
import type { Queues } from './queues';

/**
 * Hands committed outbox rows to BullMQ (DESIGN step 6) and marks them relayed. Job ids are
 * deterministic, so a row relayed twice (a crash between adding and marking, or two relays at
 * once) queues nothing twice. Each row goes to the route its module declared for its kind. It polls, and `nudge()` (on a committed change) makes it look at once.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private again = false;

  constructor(
    private readonly store: CaseStore,
    private readonly queues: Queues,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly pollMs: number,
    /** The modules' routes, by outbox kind. */
    private readonly routes: Readonly<Record<string, OutboxRoute>>,
    private readonly batch = 500,
    /** Awaited before each pass: the worker holds the relay back while a burst of expiries runs. */
    private readonly yieldTo: () => Promise<void> = async () => undefined,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  nudge(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
  }

  private async tick(): Promise<void> {
    this.timer = null;
    if (this.stopped || this.running) return;
    let full = false;
    this.running = (async () => {
      try {
        await this.yieldTo();
        full = (await this.relayOnce()) === this.batch;
      } catch (err) {
        this.logger.warn({ err }, 'el relevo del outbox falló; se reintentará');
      }
    })();
    await this.running;
    this.running = null;
    if (this.stopped) return;
    const now = full || this.again;
    this.again = false;
    this.schedule(now ? 0 : this.pollMs);
  }

  /** Relays one batch of pending rows; returns how many. */
  async relayOnce(): Promise<number> {
    const { knex } = this.store;
    const rows: OutboxRow[] = await knex('outbox')
      .whereNull('processed_at')
      .orderBy('created_at')
      .limit(this.batch)
      .select('id', 'kind', 'payload');
    if (!rows.length) return 0;
    await this.clock.sync();
    const byKind = new Map<string, OutboxRow[]>();
    for (const row of rows) {
      const list = byKind.get(row.kind);
      if (list) list.push(row);
      else byKind.set(row.kind, [row]);
    }
    await Promise.all(
      [...byKind].map(([kind, list]) => {
        const route = this.routes[kind];
        if (!route) this.logger.warn({ kind, rows: list.length }, 'filas del outbox sin ruta: ningún módulo declara este tipo');
        return route?.(list, { store: this.store, queues: this.queues, clock: this.clock });
      }),
    );
    await knex('outbox')
      .whereIn(
        'id',
        rows.map((r) => r.id),
      )
      .update({ processed_at: this.store.instant(new Date()) });
    return rows.length;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}
