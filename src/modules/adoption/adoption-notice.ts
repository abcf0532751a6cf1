import type { Text } from '../notifications/notification-templates';
import type { Validation } from './adoption-facts';

/** The invitation an entity's people receive (in the platform and by mail), in Spanish. */
export function adoptionInvitationText(entity: { code: string; name: string; kindLabel: string }, last: Validation | null): Text {
  const before = last
    ? `Su último autodiagnóstico validado es ${last.cycleYear ? `de la vigencia ${last.cycleYear}` : `del ${last.validatedAt.toLocaleDateString('es-CO', { timeZone: 'America/Bogota', dateStyle: 'long' })}`}.`
    : 'La entidad aún no tiene un autodiagnóstico validado.';
  return {
    title: `Invitación a aplicar el autodiagnóstico del Modelo de Madurez CTI: ${entity.name}`,
    body: [
      `El Ministerio de Tecnologías de la Información y las Comunicaciones invita a la ${entity.kindLabel.toLowerCase()} de ${entity.name} (${entity.code}) a aplicar el autodiagnóstico del Modelo de Madurez de Ciudades y Territorios Inteligentes.`,
      'La Resolución 1117 de 2022 adopta el modelo: desde el 1 de abril de 2023, las entidades que incluyan estrategias de Ciudades y Territorios Inteligentes en su plan de desarrollo deben haberlo adoptado e implementado.',
      before,
      'Con un autodiagnóstico validado, la entidad puede además solicitar acompañamiento técnico y postularse a las convocatorias de cofinanciación. Ingrese a la plataforma e inicie el autodiagnóstico en la vigencia abierta.',
    ].join('\n'),
  };
}
