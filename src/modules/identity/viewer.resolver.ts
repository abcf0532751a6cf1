import { Authorized, Ctx, Query, Resolver } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { viewer } from './viewer.service';
import { ViewerType } from './viewer.type';

@Resolver(() => ViewerType)
export class ViewerResolver {
  @Authorized(Action.ReadOwnIdentity)
  @Query(() => ViewerType, { description: 'El usuario autenticado y, si actúa por una entidad, esa entidad.' })
  me(@Ctx() ctx: GraphQLContext) {
    return viewer(ctx.directory, ctx.principal);
  }
}
