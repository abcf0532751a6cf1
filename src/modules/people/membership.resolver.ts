import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { GraphQLContext } from '../../core/graphql/context';
import { MembershipEventType } from './membership-event.type';
import { MembershipType, PersonType } from './person.type';

/** A person reached through a membership or an audit line (what of them the caller sees is decided on the person's fields). */
async function personById(id: string | null, ctx: GraphQLContext): Promise<PersonType | null> {
  if (!id) return null;
  const row = await ctx.peopleLoaders.persons.load(id);
  return row ? PersonType.from(row) : null;
}

@Resolver(() => MembershipType)
export class MembershipResolver {
  @FieldResolver(() => PersonType, { description: 'La persona.' })
  async person(@Root() membership: MembershipType, @Ctx() ctx: GraphQLContext) {
    return personById(membership.row.personId, ctx);
  }
}

@Resolver(() => MembershipEventType)
export class MembershipEventResolver {
  @FieldResolver(() => PersonType, {
    nullable: true,
    description: 'Quién lo hizo; null si fue el sistema (semillas, la línea de comandos).',
  })
  actor(@Root() event: MembershipEventType, @Ctx() ctx: GraphQLContext) {
    return personById(event.row.actorPersonId, ctx);
  }

  @FieldResolver(() => PersonType, { nullable: true, description: 'A quién; null para una invitación aún no aceptada.' })
  person(@Root() event: MembershipEventType, @Ctx() ctx: GraphQLContext) {
    return personById(event.row.personId, ctx);
  }
}
