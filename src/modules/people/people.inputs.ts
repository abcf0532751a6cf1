import { IsEmail, IsOptional, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';

import { ConnectionArgs } from '../../core/graphql/connection';
import { InvitationStatus } from './invitation.type';
import { MembershipRole, PersonStatus } from './person.entity';

export const MAX_EMAIL = 320;
export const MAX_NAME = 200;
export const MAX_REASON = 1000;
export const MAX_SEARCH = 100;
export const MAX_IDEMPOTENCY_KEY = 100;
/** An invitation code: 32 random bytes in base64url (43 characters). */
export const INVITATION_CODE = /^[A-Za-z0-9_-]{43}$/;

const DIVIPOLA = /^(\d{2}|\d{5})$/;

@InputType({ description: 'Filtro del directorio de personas.' })
export class PeopleFilter {
  @Field(() => MembershipRole, { nullable: true, description: 'Solo quienes tienen hoy una membresía con este rol.' })
  @IsOptional()
  role?: MembershipRole | null;

  @Field(() => String, { nullable: true, description: 'Solo quienes pertenecen hoy a esta entidad (código DIVIPOLA).' })
  @IsOptional()
  @Matches(DIVIPOLA, { message: 'entityCode debe ser un código DIVIPOLA de 2 o 5 dígitos' })
  entityCode?: string | null;

  @Field(() => PersonStatus, { nullable: true, description: 'Solo las personas en este estado.' })
  @IsOptional()
  status?: PersonStatus | null;

  @Field(() => String, {
    nullable: true,
    description: `Texto en el nombre, el correo o el seudónimo (a lo sumo ${MAX_SEARCH} caracteres).`,
  })
  @IsOptional()
  @MaxLength(MAX_SEARCH, { message: `search admite a lo sumo ${MAX_SEARCH} caracteres` })
  search?: string | null;
}

@ArgsType()
export class PeopleArgs extends ConnectionArgs {
  @Field(() => PeopleFilter, { nullable: true, description: 'Filtro; sin él, todas las personas.' })
  @IsOptional()
  @ValidateNested()
  filter?: PeopleFilter | null;
}

@InputType({ description: 'Filtro del historial de accesos del directorio.' })
export class MembershipEventFilter {
  @Field(() => ID, { nullable: true, description: 'Solo los hechos de esta persona.' })
  @IsOptional()
  @IsUUID('all', { message: 'personId debe ser un identificador válido' })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'Solo los hechos de esta entidad (código DIVIPOLA).' })
  @IsOptional()
  @Matches(DIVIPOLA, { message: 'entityCode debe ser un código DIVIPOLA de 2 o 5 dígitos' })
  entityCode?: string | null;
}

@ArgsType()
export class MembershipEventsArgs extends ConnectionArgs {
  @Field(() => MembershipEventFilter, { nullable: true, description: 'Filtro; sin él, todo lo que quien consulta puede ver.' })
  @IsOptional()
  @ValidateNested()
  filter?: MembershipEventFilter | null;
}

@InputType({ description: 'Invitar a una persona por correo a un rol del Ministerio o de una entidad.' })
export class InvitePersonInput {
  @Field({ description: `Correo de la persona invitada (a lo sumo ${MAX_EMAIL} caracteres): debe ingresar con ese correo verificado.` })
  @MaxLength(MAX_EMAIL, { message: `email admite a lo sumo ${MAX_EMAIL} caracteres` })
  @IsEmail({}, { message: 'email debe ser un correo electrónico válido' })
  email!: string;

  @Field(() => String, { nullable: true, description: `Nombre de la persona, para el saludo (a lo sumo ${MAX_NAME} caracteres).` })
  @IsOptional()
  @MaxLength(MAX_NAME, { message: `name admite a lo sumo ${MAX_NAME} caracteres` })
  name?: string | null;

  @Field(() => MembershipRole, { description: 'El rol al que se invita.' })
  role!: MembershipRole;

  @Field(() => String, {
    nullable: true,
    description: 'La entidad (código DIVIPOLA) para los roles de entidad; el representante que invita puede omitirlo (su propia entidad).',
  })
  @IsOptional()
  @Matches(DIVIPOLA, { message: 'entityCode debe ser un código DIVIPOLA de 2 o 5 dígitos' })
  entityCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Clave para reintentar sin duplicar: la misma clave con la misma invitación devuelve la invitación ya creada.',
  })
  @IsOptional()
  @Length(1, MAX_IDEMPOTENCY_KEY, { message: `idempotencyKey debe tener entre 1 y ${MAX_IDEMPOTENCY_KEY} caracteres` })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Reenviar una invitación pendiente con un enlace nuevo (el anterior deja de servir).' })
export class ResendInvitationInput {
  @Field(() => ID, { description: 'La invitación.' })
  @IsUUID('all', { message: 'invitationId debe ser un identificador válido' })
  invitationId!: string;
}

@InputType({ description: 'Revocar una invitación pendiente.' })
export class RevokeInvitationInput {
  @Field(() => ID, { description: 'La invitación.' })
  @IsUUID('all', { message: 'invitationId debe ser un identificador válido' })
  invitationId!: string;

  @Field({ description: `Por qué (1 a ${MAX_REASON} caracteres).` })
  @Length(1, MAX_REASON, { message: `reason debe tener entre 1 y ${MAX_REASON} caracteres` })
  reason!: string;
}

@InputType({ description: 'Aceptar una invitación con el código de su enlace.' })
export class AcceptInvitationInput {
  @Field({ description: 'El código del enlace /invitaciones/<código>.' })
  @Matches(INVITATION_CODE, { message: 'code no tiene la forma de un código de invitación' })
  code!: string;
}

@InputType({ description: 'Entregar la representación de una entidad a otra persona.' })
export class TransferRepresentationInput {
  @Field({ description: 'La entidad (código DIVIPOLA).' })
  @Matches(DIVIPOLA, { message: 'entityCode debe ser un código DIVIPOLA de 2 o 5 dígitos' })
  entityCode!: string;

  @Field(() => ID, { description: 'La persona que recibe la representación (activa; sin membresía o con una en la misma entidad).' })
  @IsUUID('all', { message: 'personId debe ser un identificador válido' })
  personId!: string;

  @Field({ description: `Por qué (1 a ${MAX_REASON} caracteres): queda en el historial.` })
  @Length(1, MAX_REASON, { message: `reason debe tener entre 1 y ${MAX_REASON} caracteres` })
  reason!: string;
}

@InputType({ description: 'Un cambio sobre una persona, con su motivo.' })
export class PersonChangeInput {
  @Field(() => ID, { description: 'La persona.' })
  @IsUUID('all', { message: 'personId debe ser un identificador válido' })
  personId!: string;

  @Field({ description: `Por qué (1 a ${MAX_REASON} caracteres): queda en el historial.` })
  @Length(1, MAX_REASON, { message: `reason debe tener entre 1 y ${MAX_REASON} caracteres` })
  reason!: string;
}

@InputType({ description: 'Terminar la membresía vigente de una persona.' })
export class EndMembershipInput extends PersonChangeInput {}

@InputType({ description: 'Desactivar a una persona: no podrá ingresar.' })
export class DeactivatePersonInput extends PersonChangeInput {}

@InputType({ description: 'Reactivar a una persona desactivada.' })
export class ReactivatePersonInput extends PersonChangeInput {}

@InputType({ description: 'Filtro de las invitaciones.' })
export class InvitationFilter {
  @Field(() => InvitationStatus, { nullable: true, description: 'Solo las invitaciones en este estado.' })
  @IsOptional()
  status?: InvitationStatus | null;

  @Field(() => String, { nullable: true, description: 'Solo las invitaciones a esta entidad (código DIVIPOLA).' })
  @IsOptional()
  @Matches(DIVIPOLA, { message: 'entityCode debe ser un código DIVIPOLA de 2 o 5 dígitos' })
  entityCode?: string | null;
}

@ArgsType()
export class InvitationsArgs extends ConnectionArgs {
  @Field(() => InvitationFilter, { nullable: true, description: 'Filtro; sin él, todas las que quien consulta gestiona.' })
  @IsOptional()
  @ValidateNested()
  filter?: InvitationFilter | null;
}
