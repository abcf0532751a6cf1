import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { TerritorialEntitiesArgs } from './territorial-entity.inputs';
import { TerritorialEntityConnection, TerritorialEntityType } from './territorial-entity.type';

@Resolver(() => TerritorialEntityType)
export class TerritorialEntityResolver {
  @Authorized(Action.ReadTerritorialEntities)
  @Query(() => TerritorialEntityConnection, { description: 'Entidades territoriales de DIVIPOLA, filtradas y paginadas.' })
  territorialEntities(@Args() args: TerritorialEntitiesArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.directory.read((directory) => directory.list(args));
  }

  @Authorized(Action.ReadTerritorialEntities)
  @Query(() => TerritorialEntityType, { nullable: true, description: 'Una entidad por su código DIVIPOLA; null si no existe.' })
  territorialEntity(
    @Arg('code', () => String, { description: 'Código DIVIPOLA: 2 dígitos (gobernación) o 5 (municipio).' }) code: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.directory.read((directory) => directory.find(code));
  }
}
