import { Field, ID, ObjectType } from 'type-graphql';

import { Connection } from '../../core/graphql/connection';
import { MembershipRole } from './person.entity';

/** A row of the directory's audit trail as read. */
export interface MembershipEventRow {
  id: string;
  at: Date;
  actorPersonId: string | null;
  personId: string | null;
  entityCode: string | null;
  action: string;
  role: MembershipRole | null;
  reason: string | null;
}

@ObjectType('MembershipEvent', {
  description: 'Un hecho del historial de accesos del directorio: quién hizo qué al acceso de quién, cuándo y por qué.',
})
export class MembershipEventType {
  @Field(() => ID, { description: 'Identificador del hecho.' })
  id!: string;

  @Field({ description: 'Cuándo.' })
  at!: Date;

  @Field({
    description:
      'Qué: INVITED, INVITATION_RESENT, INVITATION_REVOKED, JOINED, ENDED, TRANSFERRED, DEACTIVATED, REACTIVATED, ANONYMIZED, ENROLLED, REASSIGNED, CONTACT_UPDATED.',
  })
  action!: string;

  @Field(() => MembershipRole, { nullable: true, description: 'El rol de que se trata, si aplica.' })
  role!: MembershipRole | null;

  @Field(() => String, { nullable: true, description: 'La entidad (código DIVIPOLA), si aplica.' })
  entityCode!: string | null;

  @Field(() => String, { nullable: true, description: 'El motivo dado.' })
  reason!: string | null;

  /** Internal: the row. */
  row!: MembershipEventRow;

  static from(row: MembershipEventRow): MembershipEventType {
    const e = new MembershipEventType();
    Object.assign(e, { id: row.id, at: row.at, action: row.action, role: row.role, entityCode: row.entityCode, reason: row.reason, row });
    return e;
  }
}

@ObjectType({ description: 'Una página del historial de accesos.' })
export class MembershipEventConnection extends Connection(MembershipEventType, 'MembershipEvent') {}
