import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';

import { Action, seesEverything } from '../../core/auth/policy';
import { BadUserInputError, ForbiddenError } from '../../core/errors/app-error';
import { ProblemCode, type Problem } from '../../core/errors/problems';
import type { GraphQLContext } from '../../core/graphql/context';
import { DateScalar } from '../../core/graphql/scalars';
import { problemsText } from '../../core/text';
import { bogotaDay, longDay } from '../../core/time/business-calendar';
import { accompanimentIndicators, type IndicatorGroupBy } from './accompaniment-indicators.service';
import { AccompanimentIndicatorRowType, IndicatorGroupByEnum } from './accompaniment-indicators.type';

/** The days a window may name: the business calendar's range with room to spare (it knows 1583–4099), and nothing before the platform. */
export const INDICATOR_DAYS = { first: '2000-01-01', last: '2099-12-31' } as const;

/** The problems of a window (each at the argument that has it): its days within range, and not ending before it starts. */
export function windowProblems(from: string | null, to: string | null, today: string): Problem[] {
  const problems: Problem[] = [];
  const range = `entre el ${longDay(INDICATOR_DAYS.first)} y el ${longDay(INDICATOR_DAYS.last)}`;
  for (const [path, day] of [
    ['from', from],
    ['to', to],
  ] as const)
    if (day !== null && (day < INDICATOR_DAYS.first || day > INDICATOR_DAYS.last))
      problems.push({ path, code: ProblemCode.OUT_OF_RANGE, message: `el periodo va ${range}; se recibió ${day}` });
  if (problems.length || from === null) return problems;
  if (to !== null && from > to)
    problems.push({
      path: 'to',
      code: ProblemCode.INCONSISTENT,
      message: `el periodo termina antes de empezar: debe ser el ${from} o posterior`,
    });
  // Without `to` the window ends today: a start after today is the start's fault, not the omitted end's.
  else if (to === null && from > today)
    problems.push({
      path: 'from',
      code: ProblemCode.OUT_OF_RANGE,
      message: `sin to, el periodo termina hoy (${today}): from debe ser de hoy o anterior, o indique también to`,
    });
  return problems;
}

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
    const problems = windowProblems(from ?? null, to ?? null, today);
    if (problems.length) throw new BadUserInputError(`No se consultaron los indicadores: ${problemsText(problems)}`, { problems });
    const directory = await ctx.services.directory.current();
    const rows = await accompanimentIndicators(ctx.em, { groupBy, from: from ?? null, to: last, today, scope: { kind: 'ALL' } }, directory);
    return rows.map((r) => Object.assign(new AccompanimentIndicatorRowType(), r));
  }
}
