import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';

import { Action, seesEverything } from '../../core/auth/policy';
import { BadUserInputError, ForbiddenError } from '../../core/errors/app-error';
import { ProblemCode } from '../../core/errors/problems';
import type { GraphQLContext } from '../../core/graphql/context';
import { DateScalar } from '../../core/graphql/scalars';
import { bogotaDay } from '../../core/time/business-calendar';
import { accompanimentIndicators, type IndicatorGroupBy } from './accompaniment-indicators.service';
import { AccompanimentIndicatorRowType, IndicatorGroupByEnum } from './accompaniment-indicators.type';

/** The coordinators' view of the technical accompaniment (auditors read it too). */
@Resolver()
export class AccompanimentIndicatorsResolver {
  @Authorized(Action.ReadCases)
  @Query(() => [AccompanimentIndicatorRowType], {
    description:
      'Indicadores del acompañamiento técnico por asesor(a) o por departamento en un periodo (días de Bogotá): trámites abiertos, sesiones realizadas, compromisos vencidos, mediana de días hábiles hasta la primera sesión y satisfacción. Solo coordinación y auditores.',
  })
  async accompanimentIndicators(
    @Arg('groupBy', () => IndicatorGroupByEnum, { description: 'Por asesor(a) o por departamento.' }) groupBy: IndicatorGroupBy,
    @Arg('from', () => DateScalar, { nullable: true, description: 'Primer día del periodo (incluido); omitido: desde el inicio.' })
    from: string | null | undefined,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Último día del periodo (incluido); omitido: hoy en Bogotá.' })
    to: string | null | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AccompanimentIndicatorRowType[]> {
    if (!seesEverything(ctx.principal)) {
      throw new ForbiddenError('Los indicadores del acompañamiento técnico son de la coordinación y de los auditores');
    }
    const today = bogotaDay(ctx.services.clock.now());
    const last = to ?? today;
    if (from && from > last) {
      const message = `el periodo termina antes de empezar: debe ser el ${from} o posterior`;
      throw new BadUserInputError(`No se consultaron los indicadores: to: ${message}`, {
        problems: [{ path: 'to', code: ProblemCode.INCONSISTENT, message }],
      });
    }
    const directory = await ctx.services.directory.current();
    const rows = await accompanimentIndicators(ctx.em, { groupBy, from: from ?? null, to: last, today, scope: { kind: 'ALL' } }, directory);
    return rows.map((r) => Object.assign(new AccompanimentIndicatorRowType(), r));
  }
}
