import { Field, ID, ObjectType } from 'type-graphql';

import type { AccompanimentTopic } from '../../../workflows/accompaniment/accompaniment.v2.machine';

import { DateTimeISOScalar } from '../../core/graphql/scalars';
import type { SessionModality } from './accompaniment.entity';
import { AccompanimentTopicEnum, SessionModalityEnum } from './accompaniment.inputs';

/*
 * `case { accompaniment { … } }`: the content of an accompaniment case. Each part is a field of
 * `Accompaniment` resolved by the file that owns it (sessions and commitments, diagnosis and
 * roadmap, survey), all read with the case's own rule: whoever may read the case reads its content.
 */

@ObjectType('Accompaniment', {
  description:
    'El contenido de un acompañamiento técnico (versión 2 del proceso): la solicitud, las sesiones, los compromisos, el diagnóstico, la hoja de ruta y la encuesta. Lo leen quienes pueden leer el trámite.',
  simpleResolvers: true,
})
export class AccompanimentType {
  @Field(() => ID, { description: 'El trámite ACCOMPANIMENT (su estado, historial y términos están en case).' })
  caseId!: string;

  /** The entity (internal: what the field resolvers check isolation against). */
  entityCode!: string;
  /** The advisor assigned (internal). */
  assignee!: string | null;
  /** The case's state (internal). */
  state!: string;
}

@ObjectType('AccompanimentRequest', { description: 'Lo que la entidad pidió al solicitar acompañamiento.', simpleResolvers: true })
export class AccompanimentRequestType {
  @Field(() => ID, { description: 'El trámite de la solicitud.' })
  caseId!: string;

  @Field(() => AccompanimentTopicEnum, { description: 'Para qué se pide.' })
  topic!: AccompanimentTopic;

  @Field(() => [String], { description: 'Códigos de las dimensiones de interés (vacío: todas).' })
  dimensions!: string[];

  @Field({ description: 'Qué necesita la entidad.' })
  description!: string;

  @Field(() => ID, { description: 'La persona de contacto de la entidad (id del directorio).' })
  contactPersonId!: string;

  @Field(() => String, { nullable: true, description: 'El nombre de la persona de contacto, según el directorio.' })
  contactName!: string | null;

  @Field(() => String, { nullable: true, description: 'El correo de contacto de esa persona, según el directorio.' })
  contactEmail!: string | null;

  @Field(() => SessionModalityEnum, { description: 'La modalidad preferida.' })
  modality!: SessionModality;

  @Field(() => ID, {
    nullable: true,
    description: 'El autodiagnóstico validado más reciente de la entidad al solicitar (su trámite), si tenía uno.',
  })
  assessmentCaseId!: string | null;

  @Field(() => DateTimeISOScalar, { description: 'Cuándo se solicitó.' })
  createdAt!: Date;
}
