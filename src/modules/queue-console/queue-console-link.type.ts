import { Field, ObjectType } from 'type-graphql';

@ObjectType('QueueConsoleLink', {
  description:
    'Enlace de ingreso a la consola de colas de trabajo (/admin/queues): se abre en un navegador, sirve una sola vez y vence en un minuto; abre una sesión de 30 minutos.',
})
export class QueueConsoleLinkType {
  @Field({ description: 'La dirección que se abre en el navegador para entrar a la consola.' })
  url!: string;

  @Field({ description: 'Cuándo deja de servir el enlace si no se ha abierto.' })
  expiresAt!: Date;
}
