import type { StateMeta } from '../shared';

/**
 * What both versions of the cofinancing machine share. A published version is never edited, so
 * what changes here changes every version: only what all of them must keep alike belongs here.
 */

/** Cofinancing application (postulación) to a call of the Fondo Único de TIC: one per entity per call. */
export type CofinancingEvent =
  | { type: 'SUBMIT' }
  | { type: 'WITHDRAW' }
  | { type: 'START_ELIGIBILITY_REVIEW' }
  | { type: 'REQUEST_CORRECTIONS'; note: string }
  | { type: 'RESUBMIT' }
  | { type: 'CORRECTIONS_TERM_EXPIRED' }
  | { type: 'DECLARE_INELIGIBLE'; note: string }
  | { type: 'DECLARE_ELIGIBLE' }
  | { type: 'SEND_TO_COMMITTEE' }
  | { type: 'APPROVE' }
  | { type: 'WAITLIST'; note: string }
  | { type: 'REJECT'; note: string }
  | { type: 'SIGN_AGREEMENT' }
  | { type: 'AGREEMENT_TERM_EXPIRED' }
  | { type: 'START_EXECUTION' }
  | { type: 'CLOSE'; note: string }
  // Version 2: evaluation by assigned evaluators moves the application to committee on its own,
  // and a waitlisted application is promoted when funds are released.
  | { type: 'ASSIGN_EVALUATORS'; evaluators: string[] }
  | { type: 'DECLARE_CONFLICT'; evaluator: string; conflict: boolean; note?: string | null }
  | { type: 'SUBMIT_EVALUATION'; evaluator: string }
  | { type: 'REMOVE_EVALUATOR'; evaluator: string; note: string }
  | { type: 'PROMOTE' };

export const cofinancingEventLabels: Record<CofinancingEvent['type'], string> = {
  SUBMIT: 'Radicar la postulación',
  WITHDRAW: 'Retirar la postulación',
  START_ELIGIBILITY_REVIEW: 'Iniciar la revisión de requisitos',
  REQUEST_CORRECTIONS: 'Solicitar subsanación',
  RESUBMIT: 'Radicar la subsanación',
  CORRECTIONS_TERM_EXPIRED: 'Vencimiento del término de subsanación',
  DECLARE_INELIGIBLE: 'Declarar no habilitada',
  DECLARE_ELIGIBLE: 'Declarar habilitada',
  SEND_TO_COMMITTEE: 'Enviar al comité',
  APPROVE: 'Aprobar',
  WAITLIST: 'Dejar en lista de espera',
  REJECT: 'Rechazar',
  SIGN_AGREEMENT: 'Firmar el convenio',
  AGREEMENT_TERM_EXPIRED: 'Vencimiento del término para firmar el convenio',
  START_EXECUTION: 'Iniciar la ejecución',
  CLOSE: 'Cerrar',
  ASSIGN_EVALUATORS: 'Asignar evaluadores',
  DECLARE_CONFLICT: 'Declarar conflicto de interés (o su ausencia)',
  SUBMIT_EVALUATION: 'Radicar la evaluación técnica',
  REMOVE_EVALUATOR: 'Retirar a un evaluador del panel',
  PROMOTE: 'Promover desde la lista de espera',
};

export const meta = (m: StateMeta) => m;

export const WITHDRAW = { target: '#COFINANCING_APPLICATION.withdrawn', actions: ['notifyCoordinators'] } as const;
