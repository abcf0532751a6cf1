import type { AppModule } from '../../core/module';
import { payloadOf } from '../../core/queue/job-deps';
import { QueueName } from '../../core/queue/queues';
import { deadlineFromRow } from '../../core/workflow/case-store';
import { DeadlineStatus } from '../../core/workflow/deadline.entity';
import { OutboxKind } from '../../core/workflow/outbox-effects';
import { Alarm } from './alarm.entity';
import { ALARM_SCHEDULE, reconcileAlarms, relayAlarms } from './alarms';
import { FIRE_DEADLINE, scheduleDeadlines, SEND_REMINDER, type DeadlineJobDeps } from './deadline-jobs';
import { DeadlineResolver } from './deadline.resolver';
import { DeadlineService } from './deadline.service';
import { Expiries } from './expiries';
import { fireDeadline } from './fire-deadline.job';
import { reconcileDeadlines } from './reconcile-deadlines.job';
import { sendReminder } from './send-reminder.job';

declare module '../../core/graphql/context' {
  interface AppServices {
    deadlines: DeadlineService;
  }
}

/**
 * Durable time: the terms the runtime writes on entering a state fire and remind on BullMQ, are
 * repaired from the database by the reconciler, and can be extended once by the side that owes;
 * alarms (alarms.ts) are the same machinery for notices at instants other modules choose.
 */
export const deadlinesModule: AppModule = {
  name: 'deadlines',
  entities: [Alarm],
  resolvers: [DeadlineResolver],
  services: ({ services }) => ({ deadlines: new DeadlineService(services.runtime, services.clock) }),
  outbox: {
    async [OutboxKind.DEADLINE_SCHEDULE](rows, { store, queues, clock }) {
      const ids = rows.map((r) => payloadOf<{ deadlineId: string }>(r).deadlineId);
      const pending = await store.knex('deadline').whereIn('id', ids).where({ status: DeadlineStatus.PENDING });
      await scheduleDeadlines(queues, pending.map(deadlineFromRow), clock.now());
    },
    [ALARM_SCHEDULE]: (rows, deps) => relayAlarms(rows, deps),
  },
  jobs: (deps) => {
    const d: DeadlineJobDeps = {
      ...deps,
      runtime: deps.services.runtime,
      registry: deps.services.registry,
      directory: deps.services.directory,
      expiries: new Expiries(deps.store, deps.services.runtime),
    };
    return [
      { queue: QueueName.DEADLINES, name: FIRE_DEADLINE, run: (job, token) => fireDeadline(d, job, token) },
      { queue: QueueName.REMINDERS, name: SEND_REMINDER, run: (job, token) => sendReminder(d, job, token) },
    ];
  },
  // Terms and alarms: every pending one gets its jobs queued again.
  reconcile: async (deps) => ({ ...(await reconcileDeadlines(deps)), alarms: await reconcileAlarms(deps) }),
};
