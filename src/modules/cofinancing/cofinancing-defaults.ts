import type { ChecklistItem, RubricCriterion } from './call.entity';

/** The four cofinanceable components of Resolución 1117 de 2022 (FUTIC). */
export const COMPONENTS = ['EQUIPMENT', 'TECHNOLOGICAL_SERVICES', 'WORK_TEAM', 'TRAINING'] as const;
export type Component = (typeof COMPONENTS)[number];

export const componentLabel: Record<Component, string> = {
  EQUIPMENT: 'Adquisición o servicios de equipamiento tecnológico',
  TECHNOLOGICAL_SERVICES: 'Servicios tecnológicos',
  WORK_TEAM: 'Equipo de trabajo',
  TRAINING: 'Formación de administradores o beneficiarios',
};

/**
 * The rubric a call gets when the coordinator gives none (design choice, configurable per call):
 * criteria scored 0–100, weights summing to 100.
 */
export const DEFAULT_RUBRIC: RubricCriterion[] = [
  {
    id: 'PERTINENCIA',
    name: 'Pertinencia',
    description: 'Alineación con la estrategia CTI, el plan de desarrollo y las brechas del autodiagnóstico.',
    weight: 30,
  },
  {
    id: 'VIABILIDAD_TECNICA',
    name: 'Viabilidad técnica',
    description: 'Solidez de la solución, arquitectura, interoperabilidad y seguridad digital.',
    weight: 25,
  },
  { id: 'IMPACTO', name: 'Impacto', description: 'Beneficiarios, resultados medibles e indicadores con línea base y meta.', weight: 25 },
  {
    id: 'SOSTENIBILIDAD',
    name: 'Sostenibilidad',
    description: 'Operación y mantenimiento después de la cofinanciación; apropiación.',
    weight: 10,
  },
  {
    id: 'PRESUPUESTO',
    name: 'Coherencia presupuestal',
    description: 'Costos razonables y coherentes con las actividades y los componentes.',
    weight: 10,
  },
];

/** The score (0–100) an application needs to be fundable when the call sets none. */
export const DEFAULT_MIN_SCORE = 60;

/**
 * The requisitos habilitantes a call checks when the coordinator gives none (design choice). The
 * items that are documents (the act and identity of the legal representative, the signed letter,
 * the CDP, the technical sheet) need one attached before submission; that the initiative is in
 * the development plan the ministry verifies against the plan itself.
 */
export const DEFAULT_CHECKLIST: ChecklistItem[] = [
  {
    id: 'REPRESENTACION_LEGAL',
    text: 'Acto de posesión y documento de identidad del representante legal',
    requiresDocument: true,
  },
  { id: 'CARTA_COMPROMISO', text: 'Carta de compromiso firmada por el representante legal', requiresDocument: true },
  { id: 'CDP_CONTRAPARTIDA', text: 'Certificado de disponibilidad presupuestal de la contrapartida', requiresDocument: true },
  { id: 'PLAN_DESARROLLO', text: 'La iniciativa está incluida en el plan de desarrollo territorial', requiresDocument: false },
  { id: 'FICHA_TECNICA', text: 'Ficha técnica con alcance, cronograma y presupuesto detallado', requiresDocument: true },
];
