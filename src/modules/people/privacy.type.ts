import { IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

import { MAX_REASON } from './people.inputs';

@ObjectType('PrivacyNotice', {
  description:
    'El aviso de privacidad vigente (Ley 1581 de 2012 y Decreto 1377 de 2013) y si quien consulta ya lo aceptó. Hasta aceptarlo solo puede consultar `me` y aceptarlo.',
})
export class PrivacyNoticeType {
  @Field({ description: 'Versión del texto (una fecha AAAA-MM-DD); un texto nuevo es una versión nueva que todos aceptan de nuevo.' })
  version!: string;

  @Field({ description: 'Título del aviso.' })
  title!: string;

  @Field({ description: 'El texto completo, en español, en párrafos separados por una línea en blanco.' })
  text!: string;

  @Field({ description: 'Si quien consulta aceptó esta versión.' })
  accepted!: boolean;

  @Field(() => Date, { nullable: true, description: 'Cuándo la aceptó; null si no la ha aceptado.' })
  acceptedAt!: Date | null;
}

@InputType({ description: 'La aceptación del aviso de privacidad.' })
export class AcceptPrivacyNoticeInput {
  @Field({ description: 'La versión que la persona leyó (`me { privacyNotice { version } }`); otra versión se rechaza.' })
  @MaxLength(20, { message: 'version admite a lo sumo 20 caracteres' })
  version!: string;
}

@InputType({ description: 'La anonimización de una persona que dejó de participar (Ley 1581 de 2012: supresión).' })
export class AnonymizePersonInput {
  @Field(() => ID, { description: 'La persona (su id global o su identificador).' })
  @IsUUID('all', { message: 'personId debe ser un identificador válido' })
  personId!: string;

  @Field({ description: `Por qué se anonimiza (queda en el historial del directorio); de 3 a ${MAX_REASON} caracteres.` })
  @Length(3, MAX_REASON, { message: `reason debe tener entre 3 y ${MAX_REASON} caracteres` })
  reason!: string;
}
