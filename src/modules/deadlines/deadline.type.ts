import { IsInt, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { DEADLINE_KINDS, deadlineKindLabels } from '../../../workflows/shared';

import { DeadlineStatus } from '../../core/workflow/deadline.entity';
import { CaseActionInput } from '../cases/case.inputs';
import { Side } from '../cases/case.type';

export enum DeadlineKind {
  ASSESSMENT_SUBMISSION = 'ASSESSMENT_SUBMISSION',
  ACCOMPANIMENT_RESPONSE = 'ACCOMPANIMENT_RESPONSE',
  CORRECTIONS = 'CORRECTIONS',
  AGREEMENT_SIGNATURE = 'AGREEMENT_SIGNATURE',
}
registerEnumType(DeadlineKind, {
  name: 'DeadlineKind',
  description: 'Los términos que el programa vigila.',
  valuesConfig: Object.fromEntries(DEADLINE_KINDS.map((k) => [k, { description: deadlineKindLabels[k] }])),
});

registerEnumType(DeadlineStatus, {
  name: 'DeadlineStatus',
  description: 'En qué quedó un término.',
  valuesConfig: {
    PENDING: { description: 'Corriendo.' },
    OVERDUE: { description: 'Vencido sin respuesta del Ministerio: escalado a la coordinación.' },
    MET: { description: 'Atendido dentro del término.' },
    MET_LATE: { description: 'Atendido después del vencimiento.' },
    EXPIRED: { description: 'Vencido: se aplicó su consecuencia (p. ej. desistimiento).' },
  },
});

export enum TermCalendar {
  BUSINESS = 'business',
  CALENDAR = 'calendar',
}
registerEnumType(TermCalendar, {
  name: 'TermCalendar',
  valuesConfig: {
    BUSINESS: { description: 'Días hábiles (lunes a viernes sin festivos de Colombia).' },
    CALENDAR: { description: 'Días calendario.' },
  },
});

@ObjectType('Deadline', { description: 'Un término de un trámite, en días hábiles o calendario, hora de Colombia.', simpleResolvers: true })
export class DeadlineType {
  @Field(() => ID)
  id!: string;

  @Field(() => DeadlineKind)
  kind!: DeadlineKind;

  @Field({ description: 'Nombre del término.' })
  label!: string;

  @Field({ description: 'El estado que lo declaró.' })
  state!: string;

  @Field(() => Side, { description: 'Quién debe responder dentro del término.' })
  owner!: Side;

  @Field(() => TermCalendar)
  calendar!: TermCalendar;

  @Field(() => Int, {
    nullable: true,
    description: 'Duración en días de su calendario; null si termina en una fecha fija (cierre de la vigencia).',
  })
  days!: number | null;

  @Field()
  startedAt!: Date;

  @Field({ description: 'Vence al final de este día (23:59:59, hora de Colombia).' })
  dueAt!: Date;

  @Field({ description: 'El vencimiento antes de una prórroga.' })
  originalDueAt!: Date;

  @Field(() => DeadlineStatus)
  status!: DeadlineStatus;

  @Field(() => Int, {
    nullable: true,
    description: 'Días hábiles que quedan (0: vence hoy; negativo: días hábiles desde el vencimiento). null si el término ya se cerró.',
  })
  remaining!: number | null;

  @Field({ description: 'Corre o corrió sin respuesta más allá del vencimiento.' })
  overdue!: boolean;

  @Field(() => String, { nullable: true, description: 'Evento que se envía al vencer; null: se marca vencido y se escala.' })
  onExpire!: string | null;

  @Field(() => Int, { nullable: true })
  extendedDays!: number | null;

  @Field(() => String, { nullable: true })
  extensionReason!: string | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;
}

@InputType({
  description: 'Prórroga de un término (Ley 1755 de 2015, art. 14): una sola vez, con motivos, hasta el doble del término inicial.',
})
export class ExtendTermInput extends CaseActionInput {
  @Field(() => Int, { description: 'Días que se agregan, en el calendario del término; a lo sumo su duración inicial.' })
  @IsInt({ message: 'days debe ser un número entero' })
  @Min(1, { message: 'days debe ser 1 o mayor' })
  @Max(120, { message: 'days no puede superar 120' })
  days!: number;

  @Field({ description: 'Motivos de la prórroga, que se informan a la otra parte.' })
  @Length(10, 5000, { message: 'reason debe tener entre 10 y 5000 caracteres' })
  reason!: string;
}
