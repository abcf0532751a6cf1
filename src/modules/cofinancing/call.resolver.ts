import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { CallType, CreateCallInput, UpdateCallInput } from './call.type';

/** Cofinancing calls: published ones are public programme information; coordinators prepare and publish them. */
@Resolver()
export class CallResolver {
  @Authorized(Action.ReadProgramme)
  @Query(() => [CallType], { description: 'Convocatorias de cofinanciación, la más reciente primero.' })
  calls(@Ctx() ctx: GraphQLContext) {
    return ctx.services.calls.list(ctx.em, ctx.principal);
  }

  @Authorized(Action.ReadProgramme)
  @Query(() => CallType, { nullable: true })
  call(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.calls.get(ctx.em, ctx.principal, id);
  }

  @Authorized(Action.ManageProgramme)
  @Mutation(() => CallType, {
    description: 'Crea una convocatoria de cofinanciación en borrador (coordinación); se publica con publishCall.',
  })
  createCall(@Arg('input', () => CreateCallInput) input: CreateCallInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.calls.create(ctx.em, ctx.principal, input);
  }

  @Authorized(Action.ManageProgramme)
  @Mutation(() => CallType, {
    description: 'Cambia una convocatoria (coordinación); publicada y con postulaciones radicadas, sus reglas ya no cambian.',
  })
  updateCall(@Arg('input', () => UpdateCallInput) input: UpdateCallInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.calls.update(ctx.em, ctx.principal, input);
  }

  @Authorized(Action.ManageProgramme)
  @Mutation(() => CallType, {
    description: 'Publica una convocatoria en borrador (coordinación): desde entonces las entidades la ven y se postulan en su ventana.',
  })
  publishCall(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.calls.publish(ctx.em, ctx.principal, id);
  }
}
