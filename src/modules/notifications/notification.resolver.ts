import { Arg, Args, Authorized, Ctx, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import type { NotificationMessage } from './notification-center';
import { receivesNotification } from './notification.policy';
import { MarkNotificationsReadInput, NotificationConnection, NotificationsArgs, NotificationType } from './notification.type';

@Resolver()
export class NotificationResolver {
  @Authorized(Action.ReadNotifications)
  @Query(() => NotificationConnection, {
    description: 'Notificaciones de quien consulta (las suyas, las de su entidad o su rol), de la más reciente a la más antigua.',
  })
  notifications(@Args() args: NotificationsArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.notifications.list(ctx.em, ctx.principal, args);
  }

  @Authorized(Action.ReadNotifications)
  @Mutation(() => Int, { description: 'Marca como leídas estas notificaciones para quien consulta; devuelve cuántas no lo estaban.' })
  markNotificationsRead(@Arg('input', () => MarkNotificationsReadInput) input: MarkNotificationsReadInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.notifications.markRead(ctx.em, ctx.principal, input.ids);
  }

  @Authorized(Action.ReadNotifications)
  @Mutation(() => Int, { description: 'Marca como leídas todas las notificaciones de quien consulta; devuelve cuántas eran.' })
  markAllNotificationsRead(@Ctx() ctx: GraphQLContext) {
    return ctx.services.notifications.markAllRead(ctx.em, ctx.principal);
  }

  @Authorized(Action.ReadNotifications)
  @Subscription(() => NotificationType, {
    description: 'Cada notificación nueva para quien se suscribe (graphql-ws).',
    subscribe: ({ context }) => {
      const ctx = context as GraphQLContext;
      const principal = ctx.policy.authorize(ctx.principal, Action.ReadNotifications);
      return ctx.services.notificationEvents.subscribe((n) => receivesNotification(principal, n));
    },
  })
  notificationAdded(@Root() n: NotificationMessage): NotificationType {
    return {
      id: n.id,
      kind: n.kind,
      caseId: n.caseId,
      audience: n.audienceKind,
      title: n.title,
      body: n.body,
      createdAt: new Date(n.createdAt),
      read: false,
      readAt: null,
    };
  }
}
