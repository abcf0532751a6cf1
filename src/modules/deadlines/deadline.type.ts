import { IsInt, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { DeadlineStatus } from '../../core/workflow/deadline.entity';
import { CaseEvent, CaseState, DeadlineKind, TermCalendar } from '../cases/case.enums';
import { CaseActionInput } from '../cases/case.inputs';
import { Side } from '../cases/case.type';

// Declared with the process definitions (cases), which describe the terms each state declares.
export { DeadlineKind, TermCalendar };

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

@ObjectType('Deadline', {
  description: 'Un término de un trámite, en días hábiles, días calendario o meses calendario, hora de Colombia.',
  simpleResolvers: true,
})
export class DeadlineType {
  @Field(() => ID, { description: 'Identificador del término.' })
  id!: string;

  @Field(() => DeadlineKind, { description: 'Qué término es.' })
  kind!: DeadlineKind;

  @Field({ description: 'Nombre del término.' })
  label!: string;

  @Field(() => CaseState, { description: 'El estado que lo declaró.' })
  state!: string;

  @Field(() => Side, { description: 'Quién debe responder dentro del término.' })
  owner!: Side;

  @Field(() => TermCalendar, { description: 'En qué se cuenta: días hábiles, días calendario o meses calendario.' })
  calendar!: TermCalendar;

  @Field(() => Int, {
    nullable: true,
    description:
      'Duración en unidades de su calendario (días hábiles, días calendario o meses); null si termina en una fecha fija (cierre de la vigencia).',
  })
  days!: number | null;

  @Field({ description: 'Cuándo empezó a correr (al entrar el trámite al estado).' })
  startedAt!: Date;

  @Field({ description: 'Vence al final de este día (23:59:59, hora de Colombia).' })
  dueAt!: Date;

  @Field({ description: 'El vencimiento antes de una prórroga.' })
  originalDueAt!: Date;

  @Field(() => DeadlineStatus, { description: 'En qué quedó.' })
  status!: DeadlineStatus;

  @Field(() => Int, {
    nullable: true,
    description: 'Días hábiles que quedan (0: vence hoy; negativo: días hábiles desde el vencimiento). null si el término ya se cerró.',
  })
  remaining!: number | null;

  @Field({ description: 'Corre o corrió sin respuesta más allá del vencimiento.' })
  overdue!: boolean;

  @Field(() => CaseEvent, { nullable: true, description: 'Evento que se envía al vencer; null: se marca vencido y se escala.' })
  onExpire!: string | null;

  @Field(() => Int, {
    description: 'Lo agregado por la prórroga, en unidades del calendario del término (días o meses); null sin prórroga.',
    nullable: true,
  })
  extendedDays!: number | null;

  @Field(() => String, { description: 'Motivos de la prórroga; null sin prórroga.', nullable: true })
  extensionReason!: string | null;

  @Field({
    description:
      'Si quien consulta puede prorrogarlo ahora con extendTerm: le corresponde responder, corre, no ha vencido, se cuenta en días o meses y no se ha prorrogado.',
  })
  extendable!: boolean;

  @Field(() => Date, {
    description: 'Cuándo se cerró (el trámite salió del estado o se aplicó su consecuencia); null mientras corre.',
    nullable: true,
  })
  closedAt!: Date | null;
}

@InputType({
  description: 'Prórroga de un término (Ley 1755 de 2015, art. 14): una sola vez, con motivos, hasta el doble del término inicial.',
})
export class ExtendTermInput extends CaseActionInput {
  @Field(() => Int, {
    description:
      'Lo que se agrega, en unidades del calendario del término (días hábiles, días calendario o meses); a lo sumo su duración inicial.',
  })
  @IsInt({ message: 'days debe ser un número entero' })
  @Min(1, { message: 'days debe ser 1 o mayor' })
  @Max(120, { message: 'days no puede superar 120' })
  days!: number;

  @Field({ description: 'Motivos de la prórroga, que se informan a la otra parte.' })
  @Length(10, 5000, { message: 'reason debe tener entre 10 y 5000 caracteres' })
  reason!: string;
}
