import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import { DateScalar, DateTimeISOScalar } from '../../core/graphql/scalars';
import {
  COMMITMENT_STATUSES,
  SESSION_STATUSES,
  type CommitmentOwner,
  type CommitmentStatus,
  type SessionModality,
  type SessionStatus,
} from './accompaniment.entity';
import { SessionModalityEnum } from './accompaniment.inputs';
import { CommitmentOwnerEnum } from './session.inputs';

export const SessionStatusEnum = Object.fromEntries(SESSION_STATUSES.map((s) => [s, s])) as { [K in SessionStatus]: K };
registerEnumType(SessionStatusEnum, {
  name: 'AccompanimentSessionStatus',
  description: 'En qué va una sesión de acompañamiento.',
  valuesConfig: {
    SCHEDULED: { description: 'Programada (se puede mover, cancelar o, una vez empezada, registrar).' },
    HELD: { description: 'Realizada: su asistencia, acta y compromisos están registrados.' },
    CANCELLED: { description: 'Cancelada, con sus motivos.' },
  },
});

export const CommitmentStatusEnum = Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, s])) as { [K in CommitmentStatus]: K };
registerEnumType(CommitmentStatusEnum, {
  name: 'CommitmentStatus',
  description: 'Si un compromiso está pendiente o cumplido.',
  valuesConfig: { OPEN: { description: 'Pendiente.' }, DONE: { description: 'Marcado cumplido por su lado.' } },
});

@ObjectType('AccompanimentSessionInvitee', { description: 'Una persona invitada a una sesión y si asistió.', simpleResolvers: true })
export class SessionInviteeType {
  @Field(() => ID, { description: 'La persona (id del directorio).' })
  personId!: string;

  @Field(() => String, { nullable: true, description: 'Su nombre, según el directorio.' })
  name!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Si asistió; null mientras la sesión no se haya registrado.' })
  attended!: boolean | null;
}

@ObjectType('AccompanimentSession', { description: 'Una sesión de acompañamiento técnico: programada, movida, cancelada o realizada.' })
export class AccompanimentSessionType {
  @Field(() => ID, { description: 'La sesión.' })
  id!: string;

  @Field(() => Int, { description: 'Su número en el acompañamiento (1, 2, … en el orden en que se programaron).' })
  number!: number;

  @Field(() => DateTimeISOScalar, { description: 'Cuándo empieza (o empezaba).' })
  startsAt!: Date;

  @Field(() => Int, { description: 'Duración en minutos.' })
  durationMinutes!: number;

  @Field(() => SessionModalityEnum, { description: 'Virtual o presencial.' })
  modality!: SessionModality;

  @Field(() => String, { nullable: true, description: 'El lugar (presencial).' })
  place!: string | null;

  @Field(() => String, { nullable: true, description: 'El enlace de la reunión (virtual).' })
  meetingUrl!: string | null;

  @Field({ description: 'La agenda.' })
  agenda!: string;

  @Field(() => SessionStatusEnum, { description: 'Programada, realizada o cancelada.' })
  status!: SessionStatus;

  @Field(() => String, { nullable: true, description: 'Por qué se canceló.' })
  cancelReason!: string | null;

  @Field(() => String, { nullable: true, description: 'El acta (texto), una vez realizada.' })
  minutes!: string | null;

  @Field(() => Int, { description: 'Cuántas veces se reprogramó.' })
  rescheduled!: number;

  @Field({ description: 'Quién la programó (usuario).' })
  scheduledBy!: string;

  @Field(() => DateTimeISOScalar, { description: 'Cuándo se programó.' })
  createdAt!: Date;

  @Field(() => DateTimeISOScalar, { description: 'Su último cambio.' })
  updatedAt!: Date;

  @Field(() => DateTimeISOScalar, { nullable: true, description: 'Cuándo se registró su acta.' })
  recordedAt!: Date | null;

  /** The case (internal: the commitments field reads the case's commitments). */
  caseId!: string;
  /** The acta's document (internal: the `acta` field reads it through the documents module's rule). */
  actaDocumentId!: string | null;
}

@ObjectType('AccompanimentCommitment', {
  description: 'Un compromiso que dejó una sesión: qué, quién y para cuándo.',
  simpleResolvers: true,
})
export class CommitmentType {
  @Field(() => ID, { description: 'El compromiso.' })
  id!: string;

  @Field(() => ID, { description: 'La sesión que lo dejó.' })
  sessionId!: string;

  @Field({ description: 'Qué se hará.' })
  description!: string;

  @Field(() => CommitmentOwnerEnum, { description: 'El lado que responde: la entidad o el Ministerio.' })
  owner!: CommitmentOwner;

  @Field(() => String, { nullable: true, description: 'Quién, en ese lado.' })
  responsible!: string | null;

  @Field(() => DateScalar, { description: 'El día (Colombia) en que vence.' })
  dueOn!: string;

  @Field(() => CommitmentStatusEnum, { description: 'Pendiente o cumplido.' })
  status!: CommitmentStatus;

  @Field({ description: 'true si sigue pendiente y su día de vencimiento ya pasó (hoy en Colombia).' })
  overdue!: boolean;

  @Field(() => DateTimeISOScalar, { nullable: true, description: 'Cuándo se avisó a la coordinación que venció sin cumplirse.' })
  escalatedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Cómo se cumplió.' })
  doneNote!: string | null;

  @Field(() => String, { nullable: true, description: 'Quién lo marcó cumplido (usuario).' })
  doneBy!: string | null;

  @Field(() => DateTimeISOScalar, { nullable: true, description: 'Cuándo se marcó cumplido.' })
  doneAt!: Date | null;

  @Field(() => DateTimeISOScalar, { description: 'Cuándo se registró.' })
  createdAt!: Date;
}
