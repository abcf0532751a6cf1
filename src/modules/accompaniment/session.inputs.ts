import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';

import { DateScalar, DateTimeISOScalar } from '../../core/graphql/scalars';
import { CaseActionInput } from '../cases/case.inputs';
import { COMMITMENT_OWNERS, SESSION_MODALITIES, type CommitmentOwner, type SessionModality } from './accompaniment.entity';
import { SessionModalityEnum } from './accompaniment.inputs';

/*
 * The inputs of the advisor's session work. The decorators bound every field (sizes, lengths,
 * counts) so nothing unbounded reaches the service; the rules that need the case, the clock or
 * the directory (a start in the future, invitees of the entity or the ministry, a session still
 * scheduled) are checked in the transition's transaction (session.service.ts), all at once.
 */

export const CommitmentOwnerEnum = Object.fromEntries(COMMITMENT_OWNERS.map((o) => [o, o])) as { [K in CommitmentOwner]: K };
registerEnumType(CommitmentOwnerEnum, {
  name: 'CommitmentOwner',
  description: 'El lado que responde por un compromiso.',
  valuesConfig: {
    ENTITY: { description: 'La entidad territorial (lo marca cumplido un usuario de la entidad).' },
    MINISTRY: { description: 'El Ministerio (lo marca cumplido el asesor o asesora asignado).' },
  },
});

/** The bounds the service checks again (trimmed texts) and the docs state. */
export const SESSION_LIMITS = {
  durationMin: 15,
  durationMax: 480,
  agendaMin: 10,
  agendaMax: 4000,
  placeMax: 300,
  urlMax: 500,
  inviteesMax: 50,
  minutesMin: 20,
  minutesMax: 20000,
  commitmentsMax: 30,
  descriptionMin: 5,
  descriptionMax: 2000,
  responsibleMax: 200,
  noteMin: 3,
  noteMax: 5000,
  /** How far ahead a session is scheduled (years from now). */
  startsAtMaxYears: 2,
  /** How long after its session's day a commitment may fall due (years). */
  dueOnMaxYears: 5,
} as const;
const L = SESSION_LIMITS;

@InputType({ description: 'Programar una sesión de acompañamiento (asesor o asesora asignado).' })
export class ScheduleSessionInput extends CaseActionInput {
  @Field(() => DateTimeISOScalar, {
    description: `Cuándo empieza: un instante futuro, a lo sumo ${L.startsAtMaxYears} años adelante (se muestra en hora de Colombia), p. ej. 2026-11-24T10:00:00-05:00.`,
  })
  startsAt!: Date;

  @Field(() => Int, { defaultValue: 60, description: `Duración en minutos, de ${L.durationMin} a ${L.durationMax} (60 si se omite).` })
  @IsInt({ message: 'durationMinutes debe ser un número entero de minutos' })
  @Min(L.durationMin, { message: `durationMinutes debe estar entre ${L.durationMin} y ${L.durationMax}` })
  @Max(L.durationMax, { message: `durationMinutes debe estar entre ${L.durationMin} y ${L.durationMax}` })
  durationMinutes!: number;

  @Field(() => SessionModalityEnum, { description: 'VIRTUAL (con enlace de reunión) o IN_PERSON (con lugar).' })
  @IsIn([...SESSION_MODALITIES], { message: `modality debe ser una de ${SESSION_MODALITIES.join(', ')}` })
  modality!: SessionModality;

  @Field(() => String, { nullable: true, description: `El lugar (obligatorio si es presencial), a lo sumo ${L.placeMax} caracteres.` })
  @IsOptional()
  @MaxLength(L.placeMax, { message: `place admite a lo sumo ${L.placeMax} caracteres` })
  place?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `El enlace de la reunión, https (obligatorio si es virtual), a lo sumo ${L.urlMax} caracteres.`,
  })
  @IsOptional()
  @MaxLength(L.urlMax, { message: `meetingUrl admite a lo sumo ${L.urlMax} caracteres` })
  meetingUrl?: string | null;

  @Field({ description: `La agenda: de qué se hablará (${L.agendaMin} a ${L.agendaMax} caracteres).` })
  @MaxLength(L.agendaMax, { message: `agenda admite a lo sumo ${L.agendaMax} caracteres` })
  agenda!: string;

  @Field(() => [ID], {
    description: `Las personas invitadas (ids del directorio), de 1 a ${L.inviteesMax}, distintas: personas activas de la entidad o del Ministerio (coordinación o asesores).`,
  })
  @ArrayMaxSize(L.inviteesMax, { message: `inviteeIds admite a lo sumo ${L.inviteesMax} personas` })
  @MaxLength(100, { each: true, message: 'cada id de inviteeIds admite a lo sumo 100 caracteres' })
  inviteeIds!: string[];
}

@InputType({
  description: 'Mover una sesión programada: nueva fecha y, si se indican, los demás datos (los omitidos se conservan).',
})
export class RescheduleSessionInput extends CaseActionInput {
  @Field(() => ID, { description: 'La sesión (debe estar programada).' })
  @IsUUID('all', { message: 'sessionId debe ser un identificador de sesión válido' })
  sessionId!: string;

  @Field(() => DateTimeISOScalar, { description: `El nuevo inicio: un instante futuro, a lo sumo ${L.startsAtMaxYears} años adelante.` })
  startsAt!: Date;

  @Field(() => Int, { nullable: true, description: `Nueva duración en minutos, de ${L.durationMin} a ${L.durationMax}.` })
  @IsOptional()
  @IsInt({ message: 'durationMinutes debe ser un número entero de minutos' })
  @Min(L.durationMin, { message: `durationMinutes debe estar entre ${L.durationMin} y ${L.durationMax}` })
  @Max(L.durationMax, { message: `durationMinutes debe estar entre ${L.durationMin} y ${L.durationMax}` })
  durationMinutes?: number | null;

  @Field(() => SessionModalityEnum, { nullable: true, description: 'Nueva modalidad.' })
  @IsOptional()
  @IsIn([...SESSION_MODALITIES], { message: `modality debe ser una de ${SESSION_MODALITIES.join(', ')}` })
  modality?: SessionModality | null;

  @Field(() => String, { nullable: true, description: 'Nuevo lugar (presencial).' })
  @IsOptional()
  @MaxLength(L.placeMax, { message: `place admite a lo sumo ${L.placeMax} caracteres` })
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'Nuevo enlace de reunión https (virtual).' })
  @IsOptional()
  @MaxLength(L.urlMax, { message: `meetingUrl admite a lo sumo ${L.urlMax} caracteres` })
  meetingUrl?: string | null;

  @Field(() => String, { nullable: true, description: `Nueva agenda (${L.agendaMin} a ${L.agendaMax} caracteres).` })
  @IsOptional()
  @MaxLength(L.agendaMax, { message: `agenda admite a lo sumo ${L.agendaMax} caracteres` })
  agenda?: string | null;

  @Field(() => [ID], { nullable: true, description: `Nuevas personas invitadas (reemplazan a las anteriores), de 1 a ${L.inviteesMax}.` })
  @IsOptional()
  @ArrayMaxSize(L.inviteesMax, { message: `inviteeIds admite a lo sumo ${L.inviteesMax} personas` })
  @MaxLength(100, { each: true, message: 'cada id de inviteeIds admite a lo sumo 100 caracteres' })
  inviteeIds?: string[] | null;
}

@InputType({ description: 'Cancelar una sesión programada, con los motivos (se avisa a las personas invitadas).' })
export class CancelSessionInput extends CaseActionInput {
  @Field(() => ID, { description: 'La sesión (debe estar programada).' })
  @IsUUID('all', { message: 'sessionId debe ser un identificador de sesión válido' })
  sessionId!: string;

  @Field({ description: `Los motivos (${L.noteMin} a ${L.noteMax} caracteres).` })
  @Length(L.noteMin, L.noteMax, { message: `note debe tener entre ${L.noteMin} y ${L.noteMax} caracteres` })
  note!: string;
}

@InputType({ description: 'Si una persona invitada asistió.' })
export class AttendanceInput {
  @Field(() => ID, { description: 'La persona (id del directorio); debe estar entre las invitadas.' })
  @MaxLength(100, { message: 'personId admite a lo sumo 100 caracteres' })
  personId!: string;

  @Field({ description: 'true si asistió.' })
  @IsBoolean({ message: 'attended debe ser true o false' })
  attended!: boolean;
}

@InputType({ description: 'Un compromiso que deja la sesión: qué, quién y para cuándo.' })
export class CommitmentInput {
  @Field({ description: `Qué se hará (${L.descriptionMin} a ${L.descriptionMax} caracteres).` })
  @MaxLength(L.descriptionMax, { message: `description admite a lo sumo ${L.descriptionMax} caracteres` })
  description!: string;

  @Field(() => CommitmentOwnerEnum, { description: 'El lado que responde: ENTITY o MINISTRY.' })
  @IsIn([...COMMITMENT_OWNERS], { message: `owner debe ser uno de ${COMMITMENT_OWNERS.join(', ')}` })
  owner!: CommitmentOwner;

  @Field(() => String, {
    nullable: true,
    description: `Quién, en ese lado (una dependencia, una persona), a lo sumo ${L.responsibleMax} caracteres.`,
  })
  @IsOptional()
  @MaxLength(L.responsibleMax, { message: `responsible admite a lo sumo ${L.responsibleMax} caracteres` })
  responsible?: string | null;

  @Field(() => DateScalar, {
    description: `El día (Colombia) en que vence: no antes del día de la sesión ni más de ${L.dueOnMaxYears} años después.`,
  })
  @MaxLength(10, { message: 'dueOn debe ser una fecha AAAA-MM-DD' })
  dueOn!: string;
}

@InputType({ description: 'El registro de una sesión realizada: asistencia, acta y compromisos (asesor o asesora asignado).' })
export class RecordSessionInput extends CaseActionInput {
  @Field(() => ID, { description: 'La sesión (programada, y cuyo inicio ya pasó).' })
  @IsUUID('all', { message: 'sessionId debe ser un identificador de sesión válido' })
  sessionId!: string;

  @Field(() => [AttendanceInput], {
    defaultValue: [],
    description: `La asistencia de las personas invitadas (solo invitadas; las omitidas quedan como no asistentes), a lo sumo ${L.inviteesMax}.`,
  })
  @ArrayMaxSize(L.inviteesMax, { message: `attendance admite a lo sumo ${L.inviteesMax} personas` })
  @ValidateNested({ each: true })
  attendance!: AttendanceInput[];

  @Field({ description: `El acta: lo tratado y lo acordado (${L.minutesMin} a ${L.minutesMax} caracteres).` })
  @MaxLength(L.minutesMax, { message: `minutes admite a lo sumo ${L.minutesMax} caracteres` })
  minutes!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'El acta firmada (opcional): un documento subido con propósito ACCOMPANIMENT_MINUTES, de la entidad, ya verificado.',
  })
  @IsOptional()
  @MaxLength(100, { message: 'actaDocumentId admite a lo sumo 100 caracteres' })
  actaDocumentId?: string | null;

  @Field(() => [CommitmentInput], { defaultValue: [], description: `Los compromisos, de 0 a ${L.commitmentsMax}.` })
  @ArrayMaxSize(L.commitmentsMax, { message: `commitments admite a lo sumo ${L.commitmentsMax} compromisos` })
  @ValidateNested({ each: true })
  commitments!: CommitmentInput[];
}

@InputType({ description: 'Marcar cumplido un compromiso: la entidad los suyos, el asesor o asesora asignado los del Ministerio.' })
export class CompleteCommitmentInput {
  @Field(() => ID, { description: 'El compromiso.' })
  @IsUUID('all', { message: 'commitmentId debe ser un identificador de compromiso válido' })
  commitmentId!: string;

  @Field(() => String, { nullable: true, description: 'Cómo se cumplió (opcional, a lo sumo 2000 caracteres).' })
  @IsOptional()
  @MaxLength(2000, { message: 'note admite a lo sumo 2000 caracteres' })
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'La versión del trámite que el cliente consultó; si cambió desde entonces, CONFLICT.' })
  @IsOptional()
  @Min(1, { message: 'expectedVersion debe ser 1 o mayor' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'Repetir la misma clave devuelve el primer resultado sin repetir el cambio.' })
  @IsOptional()
  @Length(8, 200, { message: 'idempotencyKey debe tener entre 8 y 200 caracteres' })
  idempotencyKey?: string | null;
}
