import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';

import type { PublicContext } from '../../core/graphql/public-context';
import {
  PublicCall,
  PublicCycle,
  PublicDepartmentAverage,
  PublicIndex,
  PublicIndexArgs,
  PublicIndexAverage,
  PublicIndexConnection,
  PublicKindAverage,
  PublicLevelCount,
  PublicProgrammeFigures,
} from './public.types';

/**
 * The public transparency schema's reads (issue 24): no token, no principal. Each field answers
 * only what is public: published Índices, cycles, published calls and the programme figures.
 */
@Resolver()
export class TransparencyResolver {
  @Query(() => [PublicCycle], { description: 'Las vigencias del programa, la más reciente primero, y si su Índice está publicado.' })
  cycles(@Ctx() ctx: PublicContext): Promise<PublicCycle[]> {
    return ctx.services.transparency.cycles(ctx.em);
  }

  @Query(() => [PublicCall], { description: 'Las convocatorias de cofinanciación publicadas, la más reciente primero.' })
  calls(@Ctx() ctx: PublicContext): Promise<PublicCall[]> {
    return ctx.services.transparency.calls(ctx.em);
  }

  @Query(() => [PublicIndex], { description: 'Los Índices CTI publicados, el más reciente primero.' })
  indices(@Ctx() ctx: PublicContext): Promise<PublicIndex[]> {
    return ctx.services.transparency.indices(ctx.em);
  }

  @Query(() => PublicIndex, {
    nullable: true,
    description:
      'El Índice CTI publicado de una vigencia. Un Índice aún no publicado se rechaza (FORBIDDEN); una vigencia que no existe, NOT_FOUND.',
  })
  index(@Arg('year', () => Int, { description: 'Año de la vigencia.' }) year: number, @Ctx() ctx: PublicContext): Promise<PublicIndex> {
    return ctx.services.transparency.index(ctx.em, year);
  }

  @Query(() => PublicProgrammeFigures, {
    description:
      'Cifras del programa: entidades en cada etapa de cada proceso, cofinanciación aprobada por departamento y componente (pesos), y avance de los planes de acción que sus entidades hicieron públicos.',
  })
  programmeFigures(@Ctx() ctx: PublicContext): Promise<PublicProgrammeFigures> {
    return ctx.services.transparency.programmeFigures(ctx.em);
  }
}

@Resolver(() => PublicIndex)
export class PublicIndexResolver {
  @FieldResolver(() => PublicIndexConnection, {
    description: 'Las entidades del Índice, por páginas, con su puesto, puntajes y cambio frente al Índice anterior.',
  })
  entries(@Root() index: PublicIndex, @Args(() => PublicIndexArgs) args: PublicIndexArgs, @Ctx() ctx: PublicContext) {
    return ctx.services.transparency.entries(ctx.em, index, args);
  }

  @FieldResolver(() => PublicIndexAverage, { description: 'Promedio nacional del índice y de cada dimensión.' })
  national(@Root() index: PublicIndex, @Ctx() ctx: PublicContext) {
    return ctx.services.transparency.national(ctx.em, index);
  }

  @FieldResolver(() => [PublicDepartmentAverage], { description: 'Promedios por departamento.' })
  departments(@Root() index: PublicIndex, @Ctx() ctx: PublicContext) {
    return ctx.services.transparency.departments(ctx.em, index);
  }

  @FieldResolver(() => [PublicKindAverage], { description: 'Promedios por clase de entidad (alcaldías, gobernaciones).' })
  kinds(@Root() index: PublicIndex, @Ctx() ctx: PublicContext) {
    return ctx.services.transparency.kinds(ctx.em, index);
  }

  @FieldResolver(() => [PublicLevelCount], { description: 'Cuántas entidades quedaron en cada nivel de madurez.' })
  distribution(@Root() index: PublicIndex, @Ctx() ctx: PublicContext) {
    return ctx.services.transparency.distribution(ctx.em, index);
  }
}
