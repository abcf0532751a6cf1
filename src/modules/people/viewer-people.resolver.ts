import { Ctx, FieldResolver, Resolver } from 'type-graphql';

import type { GraphQLContext } from '../../core/graphql/context';
import { ViewerType } from '../identity/viewer.type';
import { InvitationType } from './invitation.type';
import { MembershipType, PersonType } from './person.type';

/** What the directory adds to `me`: the caller's person, memberships and pending invitations. */
@Resolver(() => ViewerType)
export class ViewerPeopleResolver {
  @FieldResolver(() => PersonType, { nullable: true, description: 'Su registro en el directorio de personas.' })
  async person(@Ctx() ctx: GraphQLContext) {
    const id = ctx.principal.personId;
    const row = id ? await ctx.peopleLoaders.persons.load(id) : null;
    return row ? PersonType.from(row) : null;
  }

  @FieldResolver(() => [MembershipType], { description: 'Todas sus membresías, la más reciente primero.' })
  async memberships(@Ctx() ctx: GraphQLContext) {
    const id = ctx.principal.personId;
    if (!id) return [];
    return Promise.all((await ctx.peopleLoaders.memberships.load(id)).map((m) => ctx.services.peopleService.membership(m)));
  }

  @FieldResolver(() => [InvitationType], {
    description: 'Las invitaciones pendientes y vigentes dirigidas a su correo verificado o a su correo de contacto.',
  })
  pendingInvitations(@Ctx() ctx: GraphQLContext) {
    return ctx.services.invitations.pendingFor(ctx.principal);
  }
}
