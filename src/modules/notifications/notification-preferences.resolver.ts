import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { PersonType } from '../people/person.type';
import { updatePreferences } from './notification-preferences.service';
import { NotificationPreferencesType, UpdateNotificationPreferencesInput } from './notification-preferences.type';

@Resolver(() => PersonType)
export class NotificationPreferencesResolver {
  @Authorized(Action.ManageOwnPerson)
  @Mutation(() => NotificationPreferencesType, {
    description:
      'Cambia las preferencias de correo de quien consulta: tipos silenciados, resumen diario y, para los funcionarios de una entidad, si reciben los avisos de su entidad. Los avisos obligatorios llegan siempre.',
  })
  updateNotificationPreferences(
    @Arg('input', () => UpdateNotificationPreferencesInput, { description: 'Lo que cambia; lo ausente queda como estaba.' })
    input: UpdateNotificationPreferencesInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return updatePreferences(ctx.em.getKnex(), ctx.principal, input);
  }

  @FieldResolver(() => NotificationPreferencesType, {
    nullable: true,
    description: 'Sus preferencias de correo: las ve ella misma y la coordinación.',
  })
  notificationPreferences(@Root() person: PersonType, @Ctx() ctx: GraphQLContext) {
    // Their own (allowed before the privacy notice too, like the rest of their own record); anyone's for coordinators.
    ctx.policy.authorize(ctx.principal, person.id === ctx.principal.personId ? Action.ManageOwnPerson : Action.ManagePeople);
    return ctx.notificationPreferences.load(person.id);
  }
}
