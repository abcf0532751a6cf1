import { Action } from '../../core/auth/policy';
import { Role } from '../../core/auth/principal';
import { publicBase } from '../../core/http/public-url';
import type { AppModule } from '../../core/module';
import { queueConsoleRoutes } from './console-routes';
import { QueueConsoleResolver } from './queue-console.resolver';
import { CONSOLE_PATH, QueueConsole } from './queue-console.service';

declare module '../../core/graphql/context' {
  interface AppServices {
    /** The queue console (bull-board at /admin/queues): sign-in links, sessions, and the board over every queue. */
    queueConsole: QueueConsole;
  }
}

/**
 * The queue console: bull-board over every BullMQ queue of the system at /admin/queues, for
 * coordinators, who sign in from a browser with a one-time link the API gives them
 * (queueConsoleLink). Read-only but for retrying failed jobs.
 */
export const queueConsoleModule: AppModule = {
  name: 'queue-console',
  resolvers: [QueueConsoleResolver],
  services: ({ config, redis, logger, services }) => ({
    queueConsole: new QueueConsole(
      redis,
      config.redisPrefix,
      config.documents.linkSecret,
      services.clock,
      services.people,
      publicBase(config, services),
      logger,
    ),
  }),
  async stop(services) {
    await services.queueConsole.close();
  },
  http: ({ config, spend, clientAddress, policy, services, logger }) => [
    {
      path: CONSOLE_PATH,
      method: 'ALL',
      handler: queueConsoleRoutes({
        console: services.queueConsole,
        people: services.people,
        clock: services.clock,
        policy,
        spend,
        clientAddress,
        secure: config.publicUrl?.startsWith('https:') ?? false,
        logger,
      }),
    },
  ],
  policy: {
    [Action.OpenQueueConsole]: (p) => p.role === Role.COORDINATOR,
  },
};
