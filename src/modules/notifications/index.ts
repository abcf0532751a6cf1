import type DataLoader from 'dataloader';

import type { AppModule } from '../../core/module';
import { SqlRows } from '../../core/orm/sql-rows';
import { QueueName } from '../../core/queue/queues';
import { Broadcast } from '../../core/redis/broadcast';
import { OutboxKind } from '../../core/workflow/outbox-effects';
import { DELIVER_NOTIFICATION, deliverJobs, deliverNotification } from './deliver-notification.job';
import { Mailer } from './mailer';
import { NotificationCenter, type NotificationMessage } from './notification-center';
import { NotificationPreferencesResolver } from './notification-preferences.resolver';
import { preferencesLoader } from './notification-preferences.service';
import type { NotificationPreferencesType } from './notification-preferences.type';
import { Notification, NotificationDelivery, NotificationRead } from './notification.entity';
import { notificationActions } from './notification.policy';
import { reconcileNotifications } from './notification.reconcile';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { DIGEST_SWEEP_MS, queueDigests, SEND_DIGEST, SEND_DIGESTS, sendDigest } from './send-digest.job';
import { SEND_MAIL, sendMail } from './send-mail.job';

declare module '../../core/graphql/context' {
  interface AppServices {
    notifications: NotificationService;
    /** New notifications, from whichever process wrote them (for subscriptions). */
    notificationEvents: Broadcast<NotificationMessage>;
  }
  interface RequestScope {
    /** People's mail preferences, by person id (Person.notificationPreferences). */
    notificationPreferences: DataLoader<string, NotificationPreferencesType | null>;
  }
}

declare module '../../core/queue/job-deps' {
  interface JobDeps {
    /** Writes notifications and queues their mail; every job that tells someone something uses it. */
    center: NotificationCenter;
    mailer: Mailer;
  }
}

/** Notifications in the API and by mail: the effects of transitions, and what other modules write. */
export const notificationsModule: AppModule = {
  name: 'notifications',
  entities: [Notification, NotificationRead, NotificationDelivery],
  resolvers: [NotificationResolver, NotificationPreferencesResolver],
  requestScope: { notificationPreferences: (ctx) => preferencesLoader(ctx.em.getKnex()) },
  async services({ config, orm, redis, subscriber, logger, services }) {
    const notificationEvents = new Broadcast<NotificationMessage>(config.redisPrefix, 'notification-added', redis, subscriber, logger);
    await notificationEvents.start();
    return { notificationEvents, notifications: new NotificationService(services.clock, new SqlRows(orm)) };
  },
  policy: notificationActions,
  outbox: {
    [OutboxKind.NOTIFICATION]: (rows, { queues }) => queues.notifications.addBulk(deliverJobs(rows.map((r) => r.id))),
  },
  worker: (deps) => ({
    center: new NotificationCenter(
      deps.store,
      deps.queues,
      deps.services.notificationEvents,
      deps.config.mail,
      deps.clock,
      deps.services.directory,
    ),
    mailer: new Mailer(deps.config.mail),
  }),
  jobs: (deps) => [
    {
      queue: QueueName.NOTIFICATIONS,
      name: DELIVER_NOTIFICATION,
      run: (job) => deliverNotification({ ...deps, registry: deps.services.registry, directory: deps.services.directory }, job),
    },
    { queue: QueueName.NOTIFICATIONS, name: SEND_MAIL, run: (job) => sendMail(deps, job) },
    { queue: QueueName.NOTIFICATIONS, name: SEND_DIGEST, run: (job) => sendDigest(deps, job) },
  ],
  schedules: (deps) => [
    {
      name: SEND_DIGESTS,
      everyMs: DIGEST_SWEEP_MS,
      run: async () => {
        const result = await queueDigests({ ...deps, digestHour: deps.config.people.digestHour });
        if (result.digests) deps.logger.info(result, 'resúmenes diarios de avisos encolados');
        return result;
      },
    },
  ],
  reconcile: reconcileNotifications,
  stopWorker: (deps) => deps.mailer.close(),
  globalIds: {
    inputs: { ids: 'Notification' },
    keys: { NotificationPreferences: (p: { personId: string }) => p.personId },
  },
};
