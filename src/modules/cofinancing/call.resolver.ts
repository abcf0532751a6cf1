import { Arg, Args, Authorized, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import { Connection, ConnectionArgs, listConnection } from '../../core/graphql/connection';
import type { GraphQLContext } from '../../core/graphql/context';
import { CallType, CreateCallInput, UpdateCallInput } from './call.type';

@ObjectType({ description: 'Una página de convocatorias.' })
class CofinancingCallConnection extends Connection(CallType, 'CofinancingCall') {}

/** Cofinancing calls: published ones are public programme information; coordinators prepare and publish them. */
@Resolver()
export class CallResolver {
  @Authorized(Action.ReadProgramme)
  @Query(() => CofinancingCallConnection, {
    description: 'Convocatorias de cofinanciación que quien consulta puede ver, la más reciente primero.',
  })
  async calls(@Args() args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return listConnection(await ctx.services.calls.list(ctx.em, ctx.principal), args, 'calls:newest', (c) => c.id);
  }

  @Authorized(Action.ReadProgramme)
  @Query(() => CallType, {
    description: 'Una convocatoria; null si no existe o si es un borrador y quien consulta no es de la coordinación.',
    nullable: true,
  })
  call(@Arg('id', () => ID, { description: 'El id de la convocatoria.' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.calls.get(ctx.em, ctx.principal, id);
  }

  @Authorized(Action.ManageProgramme)
  @Mutation(() => CallType, {
    description: 'Crea una convocatoria de cofinanciación en borrador (coordinación); se publica con publishCall.',
  })
  createCall(
    @Arg('input', () => CreateCallInput, { description: 'La convocatoria: título, ventana, presupuesto y reglas.' }) input: CreateCallInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.calls.create(ctx.em, ctx.principal, input);
  }

  @Authorized(Action.ManageProgramme)
  @Mutation(() => CallType, {
    description: 'Cambia una convocatoria (coordinación); publicada y con postulaciones radicadas, sus reglas ya no cambian.',
  })
  updateCall(
    @Arg('input', () => UpdateCallInput, { description: 'La convocatoria y solo los campos que cambian.' }) input: UpdateCallInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.calls.update(ctx.em, ctx.principal, input);
  }

  @Authorized(Action.ManageProgramme)
  @Mutation(() => CallType, {
    description: 'Publica una convocatoria en borrador (coordinación): desde entonces las entidades la ven y se postulan en su ventana.',
  })
  publishCall(@Arg('id', () => ID, { description: 'El id de la convocatoria en borrador.' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.calls.publish(ctx.em, ctx.principal, id);
  }
}
