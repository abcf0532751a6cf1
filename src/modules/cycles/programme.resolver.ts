import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { CycleType, OpenCycleInput } from './cycle.type';

@ObjectType('CloseCycleResult', { simpleResolvers: true })
class CloseCycleResult {
  @Field(() => CycleType)
  cycle!: CycleType;

  @Field(() => Int, { description: 'Autodiagnósticos en borrador que vencieron con el cierre.' })
  expired!: number;
}

/** The programme's calendar: cycles (vigencias). Calls are cofinancing's (`call.resolver.ts` there). */
@Resolver()
export class ProgrammeResolver {
  @Authorized(Action.ReadProgramme)
  @Query(() => [CycleType], { description: 'Vigencias, la más reciente primero.' })
  cycles(@Ctx() ctx: GraphQLContext) {
    return ctx.services.programme.cycles(ctx.em);
  }

  @Authorized(Action.ReadProgramme)
  @Query(() => CycleType, { nullable: true })
  cycle(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.programme.cycle(ctx.em, id);
  }

  @Authorized(Action.ManageProgramme)
  @Mutation(() => CycleType, { description: 'Abre una vigencia (coordinación); una por año.' })
  openCycle(@Arg('input', () => OpenCycleInput) input: OpenCycleInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.programme.openCycle(ctx.em, ctx.principal, input);
  }

  @Authorized(Action.ManageProgramme)
  @Mutation(() => CloseCycleResult, {
    description: 'Cierra la vigencia ahora y vence los autodiagnósticos que sigan en borrador (coordinación).',
  })
  closeCycle(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.programme.closeCycle(ctx.em, id, ctx.requestId);
  }
}
