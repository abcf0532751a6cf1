import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

import { Connection } from '../../core/graphql/connection';
import { TerritorialEntityType } from '../territorial-entities/territorial-entity.type';
import { MembershipRole, PersonStatus } from './person.entity';

registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: 'El rol que da una membresía: uno del Ministerio, o uno dentro de una entidad territorial.',
  valuesConfig: {
    COORDINATOR: { description: 'Coordinador(a) MinTIC de la estrategia CTI.' },
    ADVISOR: { description: 'Asesor(a) de acompañamiento técnico.' },
    EVALUATOR: { description: 'Evaluador(a) de postulaciones de cofinanciación.' },
    AUDITOR: { description: 'Control interno o ente de control: solo lectura.' },
    REPRESENTATIVE: { description: 'Representante de la entidad (alcalde, gobernador o en quien delegue): uno por entidad.' },
    TIC_LEADER: { description: 'Líder TIC (jefe de la oficina TIC) de la entidad: uno por entidad.' },
    MEMBER: { description: 'Funcionario(a) de la entidad.' },
  },
});

registerEnumType(PersonStatus, {
  name: 'PersonStatus',
  description: 'Estado de una persona en el directorio.',
  valuesConfig: {
    ACTIVE: { description: 'Activa: puede ingresar con el rol de su membresía vigente.' },
    DEACTIVATED: { description: 'Desactivada por la coordinación: no puede ingresar.' },
    ANONYMIZED: {
      description: 'Anonimizada (Ley 1581 de 2012): sus datos personales se reemplazaron; el historial conserva su seudónimo.',
    },
  },
});

/** A membership as read from the database (snake or camel case mapped by the reader). */
export interface MembershipRow {
  id: string;
  personId: string;
  role: MembershipRole;
  entityCode: string | null;
  startedAt: Date;
  endedAt: Date | null;
}

/** A person as read from the database, with their current membership when it was read with them. */
export interface PersonRow {
  id: string;
  subject: string;
  pseudonym: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  contactEmail: string | null;
  phone: string | null;
  status: PersonStatus;
  createdAt: Date;
  lastSignInAt: Date | null;
  deactivatedAt: Date | null;
}

/** Its `person` field is resolved in membership.resolver.ts. */
@ObjectType('Membership', {
  description: 'La pertenencia de una persona a un rol del Ministerio o de una entidad territorial, y desde cuándo.',
})
export class MembershipType {
  @Field(() => ID, { description: 'Identificador de la membresía.' })
  id!: string;

  @Field(() => MembershipRole, { description: 'El rol que da.' })
  role!: MembershipRole;

  @Field({ description: 'Nombre del rol en español.' })
  roleLabel!: string;

  @Field(() => String, { nullable: true, description: 'Código DIVIPOLA de la entidad; null para los roles del Ministerio.' })
  entityCode!: string | null;

  @Field(() => TerritorialEntityType, { nullable: true, description: 'La entidad territorial; null para los roles del Ministerio.' })
  entity!: TerritorialEntityType | null;

  @Field({ description: 'Desde cuándo.' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Hasta cuándo; null si está vigente.' })
  endedAt!: Date | null;

  /** Internal: the row it was built from. */
  row!: MembershipRow;
}

/**
 * A person of the directory. Who sees which of its fields is decided field by field (people.resolver.ts):
 * a field the caller may not see answers null with FORBIDDEN at its path. Other modules add fields
 * with FieldResolvers on this class (preferences, workload).
 */
@ObjectType('Person', { description: 'Una persona del directorio: quien ingresa a la plataforma, su contacto y su membresía.' })
export class PersonType {
  @Field(() => ID, { description: 'Identificador de la persona.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Nombre (del proveedor de identidad o de la invitación).' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Correo de contacto verificado, al que la plataforma escribe.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Teléfono de contacto, si lo dio.' })
  phone!: string | null;

  @Field(() => PersonStatus, { description: 'Activa, desactivada o anonimizada.' })
  status!: PersonStatus;

  @Field({ description: 'Seudónimo estable (p. ej. P-3F9A61C2) con que la auditoría la nombra aun después de anonimizada.' })
  pseudonym!: string;

  @Field(() => Date, { nullable: true, description: 'Su último ingreso; null si nunca ha ingresado.' })
  lastSignInAt!: Date | null;

  @Field({ description: 'Cuándo se registró en el directorio.' })
  createdAt!: Date;

  @Field(() => MembershipType, { nullable: true, description: 'Su membresía vigente; null si no tiene ninguna.' })
  membership!: MembershipType | null;

  @Field(() => [MembershipType], { nullable: true, description: 'Todas sus membresías, la más reciente primero.' })
  memberships!: MembershipType[] | null;

  /** Internal: the row it was built from (subject, contact e-mail...). */
  row!: PersonRow;

  /** Internal: the current membership when it was read with the person (undefined: not read yet). */
  current?: MembershipRow | null;

  static from(row: PersonRow, current?: MembershipRow | null): PersonType {
    const p = new PersonType();
    p.id = row.id;
    p.status = row.status;
    p.pseudonym = row.pseudonym;
    p.createdAt = row.createdAt;
    p.row = row;
    if (current !== undefined) p.current = current;
    return p;
  }
}

@ObjectType({ description: 'Una página del directorio de personas.' })
export class PersonConnection extends Connection(PersonType, 'Person') {}
