/**
 * The privacy notice (aviso de privacidad, Ley 1581 de 2012 and Decreto 1377 de 2013) every person
 * accepts at their first sign-in. A new text is a new version: everyone accepts it again.
 */
export const PRIVACY_NOTICE = {
  version: '2026-12-01',
  title: 'Aviso de privacidad: plataforma Ciudades y Territorios Inteligentes',
  text: [
    'El Ministerio de Tecnologías de la Información y las Comunicaciones (MinTIC), como responsable del tratamiento, recoge en esta plataforma su nombre, su correo electrónico, su teléfono (si lo da), la entidad territorial y el rol con que actúa, y el registro de sus actuaciones en los trámites de la estrategia Ciudades y Territorios Inteligentes (Resolución 1117 de 2022).',
    'Finalidad: identificarle, autorizar lo que puede ver y hacer, comunicarle avisos y términos de sus trámites, y conservar la trazabilidad que exigen el control interno y los entes de control.',
    'Sus derechos (Ley 1581 de 2012, artículo 8): conocer, actualizar y rectificar sus datos; solicitar prueba de esta autorización; ser informado del uso de sus datos; presentar quejas ante la Superintendencia de Industria y Comercio; revocar la autorización y pedir la supresión cuando no exista un deber legal de conservarlos. Puede consultar todo lo que la plataforma guarda de usted con la consulta myData.',
    'Cuando usted deje de participar, la coordinación puede anonimizar sus datos: su nombre y sus datos de contacto se reemplazan y el historial de los trámites conserva un seudónimo estable.',
    'Canal de atención: ciudadesyterritoriosinteligentes@mintic.gov.co.',
  ].join('\n\n'),
} as const;
