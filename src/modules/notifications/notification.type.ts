import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { Connection, ConnectionArgs } from '../../core/graphql/connection';
import { Audience, NotificationKind } from './notification.entity';

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  valuesConfig: {
    CASE_UPDATE: { description: 'Un trámite cambió de estado.' },
    DEADLINE_REMINDER: { description: 'Recordatorio de un término que vence pronto.' },
    DEADLINE_OVERDUE: { description: 'Un término del Ministerio venció sin respuesta.' },
    PROGRESS_REPORT_REMINDER: { description: 'Recordatorio: vence el reporte de avance de un periodo del plan de acción.' },
    PROGRESS_REPORT_OVERDUE: { description: 'El reporte de avance de un periodo del plan de acción venció sin todos sus valores.' },
  },
});
registerEnumType(Audience, {
  name: 'NotificationAudience',
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
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => ID, { nullable: true })
  caseId!: string | null;

  @Field(() => Audience)
  audience!: Audience;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field()
  createdAt!: Date;

  @Field({ description: 'Si quien consulta ya la leyó.' })
  read!: boolean;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

@ObjectType()
export class NotificationConnection extends Connection(NotificationType, 'Notification') {
  @Field(() => Int, { description: 'Cuántas no ha leído quien consulta.' })
  unreadCount!: number;
}

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: 'true: solo las no leídas.' })
  @IsOptional()
  unreadOnly?: boolean | null;
}

@InputType({ description: 'Notificaciones que quien consulta marca como leídas.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'ids debe tener al menos un identificador' })
  @ArrayMaxSize(200, { message: 'ids admite hasta 200 identificadores' })
  @IsUUID('all', { each: true, message: 'cada id debe ser un identificador válido' })
  ids!: string[];
}
