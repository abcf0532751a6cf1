import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import type { NotificationMessage } from './notification-center';
import { receivesNotification } from './notification.policy';
import {
  MarkAllNotificationsReadPayload,
  MarkNotificationsReadInput,
  MarkNotificationsReadPayload,
  NotificationConnection,
  NotificationsArgs,
  NotificationType,
} from './notification.type';

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
  @Mutation(() => MarkNotificationsReadPayload, {
    description:
      'Marca como leídas estas notificaciones para quien consulta; devuelve cuántas no lo estaban, las notificaciones como quedaron y cuántas le quedan sin leer.',
  })
  async markNotificationsRead(
    @Arg('input', () => MarkNotificationsReadInput, { description: 'Las notificaciones que se marcan como leídas.' })
    input: MarkNotificationsReadInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const marked = await ctx.services.notifications.markRead(ctx.em, ctx.principal, input.ids);
    const [notifications, unreadCount] = await Promise.all([
      ctx.services.notifications.byIds(ctx.em, ctx.principal, input.ids),
      ctx.services.notifications.unreadCount(ctx.em, ctx.principal),
    ]);
    return { marked, notifications, unreadCount };
  }

  @Authorized(Action.ReadNotifications)
  @Mutation(() => MarkAllNotificationsReadPayload, {
    description: 'Marca como leídas todas las notificaciones de quien consulta; devuelve cuántas eran y cuántas le quedan sin leer.',
  })
  async markAllNotificationsRead(@Ctx() ctx: GraphQLContext) {
    const marked = await ctx.services.notifications.markAllRead(ctx.em, ctx.principal);
    return { marked, unreadCount: await ctx.services.notifications.unreadCount(ctx.em, ctx.principal) };
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
