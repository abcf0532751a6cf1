import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { Role } from '../../core/auth/principal';
import { TerritorialEntityType } from '../territorial-entities/territorial-entity.type';

registerEnumType(Role, {
  name: 'Role',
  description: 'El rol de una persona en la plataforma: qué puede ver y hacer.',
  valuesConfig: {
    COORDINATOR: { description: 'Coordinador(a) MinTIC de la estrategia CTI.' },
    ADVISOR: { description: 'Asesor(a) de acompañamiento técnico.' },
    EVALUATOR: { description: 'Evaluador(a) de postulaciones de cofinanciación.' },
    ENTITY_REPRESENTATIVE: { description: 'Representante legal de una entidad territorial.' },
    ENTITY_TIC_LEADER: { description: 'Líder TIC (jefe de la oficina TIC) de una entidad territorial: dirige el trabajo de la entidad.' },
    ENTITY_MEMBER: { description: 'Funcionario(a) de una entidad territorial.' },
    AUDITOR: { description: 'Control interno o ente de control: solo lectura.' },
    GUEST: { description: 'Persona registrada sin rol vigente: puede ver quién es, aceptar el aviso de privacidad y sus invitaciones.' },
  },
});

@ObjectType('Viewer', { description: 'Quien hace la solicitud: su identidad según el token y su rol según el directorio de personas.' })
export class ViewerType {
  @Field({ description: 'Identificador del usuario (claim sub).' })
  subject!: string;

  @Field(() => Role, { description: 'Su rol en la plataforma.' })
  role!: Role;

  @Field({ description: 'Nombre del rol en español.' })
  roleLabel!: string;

  @Field(() => String, { nullable: true, description: 'Código DIVIPOLA de la entidad, para usuarios de entidad.' })
  entityCode!: string | null;

  @Field(() => TerritorialEntityType, {
    description: 'Su entidad territorial, para usuarios de entidad; null para el Ministerio.',
    nullable: true,
  })
  entity!: TerritorialEntityType | null;
}
