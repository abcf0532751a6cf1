import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

import { Connection } from '../../core/graphql/connection';
import { TerritorialEntityType } from '../territorial-entities/territorial-entity.type';
import { MembershipRole } from './person.entity';

export const InvitationStatus = { PENDING: 'PENDING', ACCEPTED: 'ACCEPTED', REVOKED: 'REVOKED', EXPIRED: 'EXPIRED' } as const;
export type InvitationStatus = (typeof InvitationStatus)[keyof typeof InvitationStatus];

registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  description: 'En qué va una invitación.',
  valuesConfig: {
    PENDING: { description: 'Enviada y vigente: espera que la persona ingrese y la acepte.' },
    ACCEPTED: { description: 'Aceptada: la persona ya tiene la membresía.' },
    REVOKED: { description: 'Revocada (o reemplazada por otra invitación igual).' },
    EXPIRED: { description: 'Venció sin ser aceptada.' },
  },
});

/** An invitation row as read. */
export interface InvitationRow {
  id: string;
  email: string;
  name: string | null;
  role: MembershipRole;
  entityCode: string | null;
  invitedByPersonId: string | null;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  acceptedByPersonId: string | null;
  revokedAt: Date | null;
  mailedAt: Date | null;
}

export function invitationStatus(row: InvitationRow, now: Date): InvitationStatus {
  if (row.acceptedAt) return InvitationStatus.ACCEPTED;
  if (row.revokedAt) return InvitationStatus.REVOKED;
  if (row.expiresAt.getTime() <= now.getTime()) return InvitationStatus.EXPIRED;
  return InvitationStatus.PENDING;
}

@ObjectType('Invitation', {
  description: 'Una invitación por correo a un rol del Ministerio o de una entidad: enlace de un solo uso, con vencimiento.',
})
export class InvitationType {
  @Field(() => ID, { description: 'Identificador de la invitación.' })
  id!: string;

  @Field({ description: 'El correo invitado: quien ingrese con ese correo verificado puede aceptarla.' })
  email!: string;

  @Field(() => String, { nullable: true, description: 'El nombre dado al invitar.' })
  name!: string | null;

  @Field(() => MembershipRole, { description: 'El rol al que se invita.' })
  role!: MembershipRole;

  @Field({ description: 'Nombre del rol en español.' })
  roleLabel!: string;

  @Field(() => String, { nullable: true, description: 'La entidad (código DIVIPOLA); null para los roles del Ministerio.' })
  entityCode!: string | null;

  @Field(() => TerritorialEntityType, { nullable: true, description: 'La entidad; null para los roles del Ministerio.' })
  entity!: TerritorialEntityType | null;

  @Field({ description: 'Cuándo se creó (o se reenvió por última vez).' })
  createdAt!: Date;

  @Field({ description: 'Hasta cuándo sirve el enlace.' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Cuándo salió su correo; null mientras está en cola.' })
  mailedAt!: Date | null;

  @Field(() => InvitationStatus, { description: 'En qué va.' })
  status!: InvitationStatus;

  /** Internal: the row. */
  row!: InvitationRow;
}

@ObjectType('InvitationConnection', { description: 'Una página de invitaciones.' })
export class InvitationConnection extends Connection(InvitationType, 'Invitation') {}
