import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import { Connection } from '../../core/graphql/connection';
import { TerritorialEntityType } from '../territorial-entities/territorial-entity.type';

@ObjectType('AdoptionAssessment', { description: 'Un autodiagnóstico validado de una entidad.', simpleResolvers: true })
export class AdoptionAssessmentType {
  @Field(() => ID, { description: 'El trámite del autodiagnóstico (case).' })
  caseId!: string;

  @Field(() => Int, { nullable: true, description: 'Año de la vigencia en que se aplicó; null si no tenía vigencia.' })
  cycleYear!: number | null;

  @Field({ description: 'Cuándo lo validó la coordinación.' })
  validatedAt!: Date;
}

@ObjectType('AdoptionEntry', {
  description: 'Una entidad sin autodiagnóstico validado desde la fecha pedida, con lo que se sabe de su adopción del modelo.',
  simpleResolvers: true,
})
export class AdoptionEntryType {
  @Field(() => TerritorialEntityType, { description: 'La entidad (alcaldía o gobernación).' })
  entity!: TerritorialEntityType;

  @Field(() => AdoptionAssessmentType, {
    nullable: true,
    description: 'Su último autodiagnóstico validado antes de la fecha; null si nunca ha tenido uno.',
  })
  lastValidatedAssessment!: AdoptionAssessmentType | null;

  @Field({ description: 'Si tiene un autodiagnóstico en curso (borrador, enviado, en revisión o con ajustes pedidos).' })
  assessmentInProgress!: boolean;

  @Field(() => Date, { nullable: true, description: 'Cuándo se la invitó por última vez a aplicar el autodiagnóstico; null si nunca.' })
  lastInvitedAt!: Date | null;

  @Field(() => Int, { description: 'Cuántas veces se la ha invitado.' })
  invitationCount!: number;
}

@ObjectType({ description: 'Una página de entidades sin autodiagnóstico validado.', simpleResolvers: true })
export class AdoptionEntryConnection extends Connection(AdoptionEntryType, 'AdoptionEntry') {}

export enum AdoptionOutcome {
  INVITED = 'INVITED',
  ALREADY_ASSESSED = 'ALREADY_ASSESSED',
  INVITED_RECENTLY = 'INVITED_RECENTLY',
  NO_PEOPLE = 'NO_PEOPLE',
}
registerEnumType(AdoptionOutcome, {
  name: 'AdoptionOutcome',
  description: 'Qué pasó con una entidad en una invitación a aplicar el autodiagnóstico.',
  valuesConfig: {
    INVITED: { description: 'Invitada: se notifica a sus personas en la plataforma y por correo.' },
    ALREADY_ASSESSED: { description: 'No se invitó: tiene un autodiagnóstico validado desde la fecha.' },
    INVITED_RECENTLY: { description: 'No se invitó: ya se la invitó dentro del plazo mínimo entre invitaciones (ADOPTION_REINVITE_DAYS).' },
    NO_PEOPLE: { description: 'No se invitó: no tiene ninguna persona activa en el directorio (invite primero a su representante).' },
  },
});

@ObjectType('AdoptionInvitationResult', { description: 'El resultado de una invitación para una entidad.', simpleResolvers: true })
export class AdoptionInvitationResultType {
  @Field({ description: 'Código DIVIPOLA de la entidad.' })
  entityCode!: string;

  @Field(() => TerritorialEntityType, { description: 'La entidad.' })
  entity!: TerritorialEntityType;

  @Field(() => AdoptionOutcome, { description: 'Si se invitó o por qué no.' })
  outcome!: AdoptionOutcome;

  @Field({ description: 'El resultado en español.' })
  message!: string;
}

@ObjectType('InviteToAdoptPayload', {
  description: 'Lo que hizo una invitación a aplicar el autodiagnóstico, entidad por entidad.',
  simpleResolvers: true,
})
export class InviteToAdoptPayload {
  @Field(() => [AdoptionInvitationResultType], { description: 'Una entrada por entidad pedida, en el orden de la solicitud.' })
  results!: AdoptionInvitationResultType[];

  @Field(() => Int, { description: 'Cuántas entidades se invitaron.' })
  invitedCount!: number;

  @Field({ description: 'true si la clave de idempotencia ya se había usado: es el resultado de la primera vez, y no se invitó de nuevo.' })
  replayed!: boolean;
}
