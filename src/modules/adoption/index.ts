import { Action } from '../../core/auth/policy';
import type { AppModule } from '../../core/module';
import { ProducerQueue } from '../../core/queue/producer-queue';
import { defaultJobOptions, QueueName } from '../../core/queue/queues';
import { AdoptionInvitation } from './adoption-invitation.entity';
import { invitesToAdopt, readsAdoption } from './adoption.policy';
import { AdoptionResolver } from './adoption.resolver';
import { AdoptionService, unnotifiedBatches } from './adoption.service';
import {
  NOTIFY_ADOPTION,
  notifyAdoption,
  notifyAdoptionJobId,
  queueAdoptionNotice,
  type NotifyAdoptionPayload,
} from './notify-adoption.job';

declare module '../../core/graphql/context' {
  interface AppServices {
    adoption: AdoptionService;
    /** The API's producer of the invitations' notice jobs. */
    adoptionNotices: ProducerQueue;
  }
}

const PAGE = 500;

/**
 * Adoption of the maturity model (Res. 1117 de 2022): the entities without a validated assessment
 * since a day, and the coordinators' invitations to take part, notified to each entity's people.
 */
export const adoptionModule: AppModule = {
  name: 'adoption',
  entities: [AdoptionInvitation],
  resolvers: [AdoptionResolver],
  services({ config, redis, logger, services }) {
    const adoptionNotices = new ProducerQueue(
      redis,
      config.redisPrefix,
      QueueName.NOTIFICATIONS,
      logger,
      'avisos de adopción del modelo',
      defaultJobOptions,
    );
    const adoption = new AdoptionService({
      clock: services.clock,
      directory: services.directory,
      reinviteDays: config.adoption.reinviteDays,
      enqueue: (batchId) => adoptionNotices.add((queue) => queueAdoptionNotice(queue, batchId)),
      logger,
    });
    return { adoption, adoptionNotices };
  },
  stop: (services) => services.adoptionNotices.close(),
  policy: {
    [Action.ReadAdoption]: readsAdoption,
    [Action.InviteToAdopt]: invitesToAdopt,
  },
  jobs: (deps) => [
    {
      queue: QueueName.NOTIFICATIONS,
      name: NOTIFY_ADOPTION,
      run: (job) => notifyAdoption({ store: deps.store, center: deps.center, directory: deps.services.directory, clock: deps.clock }, job),
    },
  ],
  // An invitation whose notice job Redis lost (or never got) is notified when the reconciler runs.
  async reconcile(deps) {
    const batches = await unnotifiedBatches(deps.store.knex, PAGE);
    if (batches.length) {
      await deps.queues.notifications.addBulk(
        batches.map((batchId) => ({
          name: NOTIFY_ADOPTION,
          data: { batchId } satisfies NotifyAdoptionPayload,
          opts: { jobId: notifyAdoptionJobId(batchId) },
        })),
      );
    }
    return { adoptionNotices: batches.length };
  },
};
