import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { CallType, CreateCallInput, UpdateCallInput } from '../calls/call.type';
import { CycleType, OpenCycleInput } from './cycle.type';

@ObjectType('CloseCycleResult', { simpleResolvers: true })
class CloseCycleResult {
  @Field(() => CycleType)
  cycle!: CycleType;

  @Field(() => Int, { description: 'Autodiagnósticos en borrador que vencieron con el cierre.' })
  expired!: number;
}

/** The programme's calendar: cycles (vigencias) and cofinancing calls. */
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
