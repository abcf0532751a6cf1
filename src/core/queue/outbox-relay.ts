import type { Logger } from 'pino';

import { promoteJobs } from '../../modules/cofinancing/promote-waitlist.job';
import { scheduleDeadlines } from '../../modules/deadlines/deadline-jobs';
import { deliverJobs } from '../../modules/notifications/deliver-notification.job';
import type { Clock } from '../time/clock';
import { deadlineFromRow, type CaseStore } from '../workflow/case-store';
import { DeadlineStatus } from '../workflow/deadline.entity';
import { OutboxKind } from '../workflow/workflow-runtime';
import type { Queues } from './queues';

/**
 * Hands committed outbox rows to BullMQ (DESIGN step 6) and marks them relayed. Job ids are
 * deterministic, so a row relayed twice (a crash between adding and marking, or two relays at
 * once) queues nothing twice. It polls, and `nudge()` (on a committed change) makes it look at once.
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
    private readonly batch = 500,
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
    const rows: { id: string; kind: string; payload: unknown }[] = await knex('outbox')
      .whereNull('processed_at')
      .orderBy('created_at')
      .limit(this.batch)
      .select('id', 'kind', 'payload');
    if (!rows.length) return 0;
    await this.clock.sync();
    const notify = rows.filter((r) => r.kind === OutboxKind.NOTIFICATION);
    const deadlineIds = rows
      .filter((r) => r.kind === OutboxKind.DEADLINE_SCHEDULE)
      .map((r) => (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as { deadlineId: string })
      .map((p) => p.deadlineId);
    const deadlines = deadlineIds.length
      ? (await knex('deadline').whereIn('id', deadlineIds).where({ status: DeadlineStatus.PENDING })).map(deadlineFromRow)
      : [];
    const promotions = rows.filter((r) => r.kind === OutboxKind.WAITLIST_PROMOTION);
    await Promise.all([
      notify.length ? this.queues.notifications.addBulk(deliverJobs(notify.map((r) => r.id))) : null,
      promotions.length ? this.queues.maintenance.addBulk(promoteJobs(promotions)) : null,
      scheduleDeadlines(this.queues, deadlines, this.clock.now()),
    ]);
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
