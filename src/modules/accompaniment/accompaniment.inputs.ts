import { ArrayMaxSize, IsIn, IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';

import { ACCOMPANIMENT_TOPICS, type AccompanimentTopic } from '../../../workflows/accompaniment/accompaniment.v2.machine';

import { CaseActionInput, OpenCaseInput } from '../cases/case.inputs';
import { SESSION_MODALITIES, type SessionModality } from './accompaniment.entity';

export const AccompanimentTopicEnum = Object.fromEntries(ACCOMPANIMENT_TOPICS.map((t) => [t, t])) as { [K in AccompanimentTopic]: K };
registerEnumType(AccompanimentTopicEnum, {
  name: 'AccompanimentTopic',
  description: 'Para qué pide la entidad acompañamiento técnico.',
  valuesConfig: {
    ASSESSMENT_SUPPORT: { description: 'Apoyo para aplicar el Modelo de Madurez (no requiere un autodiagnóstico validado).' },
    ROADMAP: { description: 'Una hoja de ruta diferenciada a partir de un autodiagnóstico validado.' },
    PROJECT_FORMULATION: { description: 'Preparar un proyecto para postularlo a cofinanciación (requiere un autodiagnóstico validado).' },
  },
});

export const SessionModalityEnum = Object.fromEntries(SESSION_MODALITIES.map((m) => [m, m])) as { [K in SessionModality]: K };
registerEnumType(SessionModalityEnum, {
  name: 'SessionModality',
  description: 'Cómo se realiza el acompañamiento o una sesión.',
  valuesConfig: { VIRTUAL: { description: 'Virtual, con un enlace de reunión.' }, IN_PERSON: { description: 'Presencial, en un lugar.' } },
});

@InputType({ description: 'Una solicitud de acompañamiento técnico con su contenido.' })
export class RequestAccompanimentInput extends OpenCaseInput {
  @Field(() => AccompanimentTopicEnum, { description: 'Para qué se pide el acompañamiento.' })
  @IsIn([...ACCOMPANIMENT_TOPICS], { message: `topic debe ser uno de ${ACCOMPANIMENT_TOPICS.join(', ')}` })
  topic!: AccompanimentTopic;

  @Field(() => [String], {
    nullable: true,
    description: 'Códigos de las dimensiones del modelo de interés (p. ej. PERSONAS); vacío u omitido: todas. A lo sumo 6.',
  })
  @IsOptional()
  @ArrayMaxSize(6, { message: 'dimensions admite a lo sumo 6 dimensiones' })
  @Length(1, 40, { each: true, message: 'cada dimensión es un código de 1 a 40 caracteres' })
  dimensions?: string[] | null;

  @Field({ description: 'Qué necesita la entidad y por qué (20 a 4000 caracteres).' })
  @Length(20, 4000, { message: 'description debe tener entre 20 y 4000 caracteres' })
  description!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'La persona de contacto de la entidad (su id del directorio, activa y con membresía vigente en la entidad); omitida: quien solicita.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'contactPersonId debe ser un identificador de persona válido' })
  contactPersonId?: string | null;

  @Field(() => SessionModalityEnum, { description: 'La modalidad preferida.' })
  @IsIn([...SESSION_MODALITIES], { message: `modality debe ser una de ${SESSION_MODALITIES.join(', ')}` })
  modality!: SessionModality;
}

@InputType({
  description:
    'El asesor o asesora que acompañará a la entidad: por su usuario (advisor) o por su id del directorio (advisorId), uno de los dos.',
})
export class AssignAdvisorInput extends CaseActionInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Usuario (sub del token) del asesor o asesora; debe ser una persona activa del directorio con membresía vigente de asesor(a).',
  })
  @IsOptional()
  @Length(3, 200, { message: 'advisor debe tener entre 3 y 200 caracteres' })
  advisor?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'La persona del directorio (su id) que asesorará; debe estar activa y tener membresía vigente de asesor(a).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'advisorId debe ser un identificador de persona válido' })
  advisorId?: string | null;
}
