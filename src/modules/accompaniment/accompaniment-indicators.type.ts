import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

import { INDICATOR_GROUPS, type IndicatorGroupBy } from './accompaniment-indicators.service';

export const IndicatorGroupByEnum = Object.fromEntries(INDICATOR_GROUPS.map((g) => [g, g])) as { [K in IndicatorGroupBy]: K };
registerEnumType(IndicatorGroupByEnum, {
  name: 'AccompanimentIndicatorsGroupBy',
  description: 'Cómo se agrupan los indicadores del acompañamiento técnico.',
  valuesConfig: {
    ADVISOR: { description: 'Por asesor(a): el asignado hoy a cada trámite (una fila para los trámites aún sin asesor).' },
    DEPARTMENT: { description: 'Por departamento de la entidad (código DIVIPOLA de 2 dígitos).' },
  },
});

@ObjectType('AccompanimentIndicatorRow', {
  description: 'Los indicadores del acompañamiento técnico de un asesor(a) o de un departamento en el periodo consultado.',
  simpleResolvers: true,
})
export class AccompanimentIndicatorRowType {
  @Field({
    description: 'El usuario del asesor(a) o el código DIVIPOLA del departamento; vacío para los trámites aún sin asesor(a).',
  })
  key!: string;

  @Field({ description: 'El nombre del asesor(a) (su usuario si el directorio no lo tiene) o del departamento.' })
  label!: string;

  @Field(() => Int, { description: 'Acompañamientos sin terminar hoy, solicitados hasta el último día del periodo.' })
  openCases!: number;

  @Field(() => Int, { description: 'Sesiones realizadas (con acta registrada) que empezaron en el periodo.' })
  sessionsHeld!: number;

  @Field(() => Int, { description: 'Compromisos abiertos con fecha límite vencida (hoy), de los que vencían en el periodo.' })
  commitmentsOverdue!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Mediana de días hábiles desde la asignación del asesor(a) hasta el inicio de la primera sesión realizada, de los trámites cuya primera sesión fue en el periodo; null si no hay.',
  })
  medianDaysToFirstSession!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Calificación promedio (1 a 5) de las encuestas respondidas en el periodo; null si no hay.',
  })
  satisfactionAverage!: number | null;

  @Field(() => Int, { description: 'Encuestas de satisfacción respondidas en el periodo.' })
  surveys!: number;
}
