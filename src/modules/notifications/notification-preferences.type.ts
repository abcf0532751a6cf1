import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';

import { NotificationKind } from './notification.entity';

const MANDATORY_NOTE =
  'Los avisos con efectos legales llegan siempre por correo y de inmediato, aunque su tipo esté silenciado o se haya pedido el resumen diario: ' +
  'recordatorios de términos por vencer (DEADLINE_REMINDER), términos vencidos (DEADLINE_OVERDUE), la solicitud de subsanación, ' +
  'el desistimiento y los demás vencimientos que cierran un trámite, y la aprobación que abre el término de firma del convenio.';

@ObjectType('NotificationPreferences', {
  description: `Cómo quiere una persona recibir por correo los avisos de la plataforma. ${MANDATORY_NOTE}`,
})
export class NotificationPreferencesType {
  @Field(() => [NotificationKind], {
    description: `Tipos de aviso que no quiere recibir por correo (los sigue viendo en la plataforma). Silenciar un tipo no tiene efecto sobre los avisos obligatorios. ${MANDATORY_NOTE}`,
  })
  mutedKinds!: NotificationKind[];

  @Field({
    description:
      'true: los avisos no obligatorios le llegan juntos en un resumen diario (a la hora DIGEST_HOUR de Colombia) en vez de uno por uno.',
  })
  digest!: boolean;

  @Field({
    description:
      'true: recibe por correo los avisos dirigidos a su entidad. Solo cuenta para los funcionarios (MEMBER) de una entidad: el representante y el líder TIC los reciben siempre.',
  })
  entityMail!: boolean;

  /** Internal: whose preferences (the key of the type's global id). */
  personId!: string;
}

@InputType({ description: 'Preferencias de correo que cambia quien consulta; un campo ausente o null queda como estaba.' })
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationKind], {
    nullable: true,
    description: `Los tipos de aviso que no quiere recibir por correo (reemplaza la lista anterior; [] no silencia ninguno). Silenciar un tipo no tiene efecto sobre los avisos obligatorios. ${MANDATORY_NOTE}`,
  })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'mutedKinds admite a lo sumo 20 tipos' })
  mutedKinds?: NotificationKind[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: resumen diario de los avisos no obligatorios; false: cada aviso en su momento.',
  })
  @IsOptional()
  digest?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: los avisos de su entidad le llegan por correo. Solo cuenta para los funcionarios (MEMBER) de una entidad.',
  })
  @IsOptional()
  entityMail?: boolean | null;
}
