import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { GraphQLContext } from '../../core/graphql/context';
import { TerritorialEntityType } from '../territorial-entities/territorial-entity.type';
import { PersonType } from './person.type';

/** An entity's people: for its own users and the ministry; another entity's user gets null with FORBIDDEN. */
@Resolver(() => TerritorialEntityType)
export class EntityPeopleResolver {
  @FieldResolver(() => [PersonType], {
    nullable: true,
    description:
      'Las personas con membresía vigente en la entidad (representante, líder TIC, funcionarios): para sus propios usuarios y el Ministerio.',
  })
  people(@Root() entity: TerritorialEntityType, @Ctx() ctx: GraphQLContext) {
    return ctx.services.peopleService.entityPeople(ctx.principal, entity.code);
  }
}
