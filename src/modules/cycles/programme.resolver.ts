import { Arg, Args, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import { Connection, ConnectionArgs, listConnection } from '../../core/graphql/connection';
import type { GraphQLContext } from '../../core/graphql/context';
import { CycleType, OpenCycleInput } from './cycle.type';

@ObjectType('CloseCyclePayload', { description: 'Resultado de cerrar una vigencia.', simpleResolvers: true })
class CloseCyclePayload {
  @Field(() => CycleType, { description: 'La vigencia, ya cerrada.' })
  cycle!: CycleType;

  @Field(() => Int, { description: 'Autodiagnósticos en borrador que vencieron con el cierre.' })
  expired!: number;
}

@ObjectType({ description: 'Una página de vigencias.' })
class CycleConnection extends Connection(CycleType, 'Cycle') {}

/** The programme's calendar: cycles (vigencias). Calls are cofinancing's (`call.resolver.ts` there). */
@Resolver()
export class ProgrammeResolver {
  @Authorized(Action.ReadProgramme)
  @Query(() => CycleConnection, { description: 'Vigencias, la más reciente primero.' })
  async cycles(@Args() args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return listConnection(await ctx.services.programme.cycles(ctx.em), args, 'cycles:newest', (c) => c.id);
  }

  @Authorized(Action.ReadProgramme)
  @Query(() => CycleType, { description: 'Una vigencia; null si no existe.', nullable: true })
  cycle(@Arg('id', () => ID, { description: 'El id de la vigencia.' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.programme.cycle(ctx.em, id);
  }

  @Authorized(Action.ManageProgramme)
  @Mutation(() => CycleType, { description: 'Abre una vigencia (coordinación); una por año.' })
  openCycle(
    @Arg('input', () => OpenCycleInput, {
      description: 'Año, apertura, cierre y, si se quiere, la versión del modelo y el término de acompañamiento.',
    })
    input: OpenCycleInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.programme.openCycle(ctx.em, ctx.principal, input);
  }

  @Authorized(Action.ManageProgramme)
  @Mutation(() => CloseCyclePayload, {
    description: 'Cierra la vigencia ahora y vence los autodiagnósticos que sigan en borrador (coordinación).',
  })
  closeCycle(@Arg('id', () => ID, { description: 'El id de la vigencia abierta.' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.programme.closeCycle(ctx.em, id, ctx.requestId);
  }
}
