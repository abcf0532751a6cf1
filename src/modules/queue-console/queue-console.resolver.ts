import { Authorized, Ctx, Mutation, Resolver } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { QueueConsoleLinkType } from './queue-console-link.type';

@Resolver()
export class QueueConsoleResolver {
  @Authorized(Action.OpenQueueConsole)
  @Mutation(() => QueueConsoleLinkType, {
    description:
      'Pide un enlace de ingreso a la consola de colas de trabajo (solo la coordinación): un enlace firmado para quien lo pide, de un solo uso, que vence en un minuto.',
  })
  async queueConsoleLink(@Ctx() ctx: GraphQLContext): Promise<QueueConsoleLinkType> {
    const link = await ctx.services.queueConsole.linkFor(ctx.principal);
    ctx.logger.info({ expiresAt: link.expiresAt.toISOString() }, 'enlace de ingreso a la consola de colas emitido');
    return link;
  }
}
