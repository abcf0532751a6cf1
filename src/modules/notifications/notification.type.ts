import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { Connection, ConnectionArgs } from '../../core/graphql/connection';
import { Audience, NotificationKind } from './notification.entity';

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'Qué causó una notificación.',
  valuesConfig: {
    CASE_UPDATE: { description: 'Un trámite cambió de estado.' },
    DEADLINE_REMINDER: { description: 'Recordatorio de un término que vence pronto.' },
    DEADLINE_OVERDUE: { description: 'Un término del Ministerio venció sin respuesta.' },
    PROGRESS_REPORT_REMINDER: { description: 'Recordatorio: vence el reporte de avance de un periodo del plan de acción.' },
    PROGRESS_REPORT_OVERDUE: { description: 'El reporte de avance de un periodo del plan de acción venció sin todos sus valores.' },
    IMPROVEMENT_ACTION_OVERDUE: {
      description: 'Una acción de mejora de un producto del plan de acción pasó su fecha sin cumplirse ni cancelarse.',
    },
    ENTITY_WITHOUT_REPRESENTATIVE: {
      description:
        'Un aviso a una entidad no llegó a ningún representante (no tiene uno activo, o no tiene correo de contacto): se avisa a la coordinación.',
    },
    SESSION_SCHEDULED: {
      description: 'Se programó, se movió o se canceló una sesión de acompañamiento a la que la persona está invitada.',
    },
    SESSION_REMINDER: { description: 'Recordatorio de una sesión de acompañamiento: un día hábil antes y una hora antes.' },
    COMMITMENT_DUE: { description: 'Un compromiso de una sesión de acompañamiento vence el siguiente día hábil.' },
    COMMITMENT_OVERDUE: { description: 'Un compromiso de una sesión de acompañamiento pasó su fecha sin cumplirse.' },
    ADOPTION_INVITATION: {
      description: 'El Ministerio invita a la entidad a aplicar el autodiagnóstico del Modelo de Madurez (Resolución 1117 de 2022).',
    },
  },
});
registerEnumType(Audience, {
  name: 'NotificationAudience',
  description: 'A quién va dirigida una notificación.',
  valuesConfig: {
    ENTITY: { description: 'Todos los usuarios de la entidad territorial.' },
    COORDINATORS: { description: 'La coordinación del Ministerio.' },
    USER: { description: 'Una persona.' },
  },
});

@ObjectType('Notification', {
  description: 'Una notificación en la plataforma (y, si tiene destinatario, por correo).',
  simpleResolvers: true,
})
export class NotificationType {
  @Field(() => ID, { description: 'Identificador de la notificación.' })
  id!: string;

  @Field(() => NotificationKind, { description: 'Qué la causó.' })
  kind!: NotificationKind;

  @Field(() => ID, { description: 'El trámite del que trata, si trata de uno.', nullable: true })
  caseId!: string | null;

  @Field(() => Audience, { description: 'A quién va dirigida.' })
  audience!: Audience;

  @Field({ description: 'Título corto, para la lista.' })
  title!: string;

  @Field({ description: 'El mensaje completo, en español.' })
  body!: string;

  @Field({ description: 'Cuándo se creó.' })
  createdAt!: Date;

  @Field({ description: 'Si quien consulta ya la leyó.' })
  read!: boolean;

  @Field(() => Date, { description: 'Cuándo la leyó quien consulta; null si no la ha leído.', nullable: true })
  readAt!: Date | null;
}

@ObjectType({ description: 'Una página de notificaciones.' })
export class NotificationConnection extends Connection(NotificationType, 'Notification') {
  @Field(() => Int, { description: 'Cuántas no ha leído quien consulta.' })
  unreadCount!: number;
}

@InputType({ description: 'Filtros de la lista de notificaciones (se combinan con Y).' })
export class NotificationFilter {
  @Field(() => NotificationKind, { nullable: true, description: 'Solo las de este tipo.' })
  @IsOptional()
  kind?: NotificationKind | null;

  @Field(() => ID, { nullable: true, description: 'Solo las de este trámite (su id global o su id de trámite).' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.caseId debe ser un identificador válido' })
  caseId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: solo las no leídas.' })
  @IsOptional()
  unreadOnly?: boolean | null;
}

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field(() => NotificationFilter, { nullable: true, description: 'Filtros; sin filtro, todas las de quien consulta.' })
  @IsOptional()
  @ValidateNested()
  filter?: NotificationFilter | null;

  @Field(() => Boolean, { nullable: true, description: 'true: solo las no leídas (igual que filter.unreadOnly, que la reemplaza).' })
  @IsOptional()
  unreadOnly?: boolean | null;
}

@ObjectType({ description: 'Lo que cambió al marcar notificaciones como leídas.' })
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'Cuántas no estaban leídas y ahora lo están.' })
  marked!: number;

  @Field(() => [NotificationType], { description: 'Las notificaciones marcadas, como quedaron (read y readAt), para actualizar la caché.' })
  notifications!: NotificationType[];

  @Field(() => Int, { description: 'Cuántas notificaciones le quedan sin leer a quien consulta.' })
  unreadCount!: number;
}

@ObjectType({ description: 'Lo que cambió al marcar todas las notificaciones como leídas.' })
export class MarkAllNotificationsReadPayload {
  @Field(() => Int, { description: 'Cuántas no estaban leídas y ahora lo están.' })
  marked!: number;

  @Field(() => Int, { description: 'Cuántas notificaciones le quedan sin leer a quien consulta (0, salvo las llegadas mientras tanto).' })
  unreadCount!: number;
}

@InputType({ description: 'Notificaciones que quien consulta marca como leídas.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], {
    description: 'Ids de las notificaciones; si alguna no existe o no es de quien consulta, NOT_FOUND y no se marca ninguna.',
  })
  @ArrayMinSize(1, { message: 'ids debe tener al menos un identificador' })
  @ArrayMaxSize(200, { message: 'ids admite hasta 200 identificadores' })
  @IsUUID('all', { each: true, message: 'cada id debe ser un identificador válido' })
  ids!: string[];
}
