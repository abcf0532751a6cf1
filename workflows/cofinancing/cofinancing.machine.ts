import { assign, setup } from 'xstate';
import { type CaseContext, type CaseInput, effectActions, hasNote, initialContext, type StateMeta } from '../shared';

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
  | { type: 'CLOSE'; note: string };

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
};

const meta = (m: StateMeta) => m;

const WITHDRAW = { target: '#COFINANCING_APPLICATION.withdrawn', actions: ['notifyCoordinators'] } as const;

export const cofinancingMachineV1 = setup({
  types: {
    context: {} as CaseContext,
    events: {} as CofinancingEvent,
    input: {} as CaseInput,
  },
  guards: { hasNote },
  actions: {
    ...effectActions,
    recordNote: assign({ lastNote: ({ event }) => ('note' in event ? event.note.trim() : null) }),
    recordDesistimiento: assign({
      outcome: () => 'DESISTIMIENTO',
      lastNote: () => 'Rechazada por desistimiento: la subsanación no se radicó dentro del término.',
    }),
    recordAgreementLapsed: assign({
      outcome: () => 'CONVENIO_NO_FIRMADO',
      lastNote: () => 'Aprobación sin efecto: el convenio no se firmó dentro del término.',
    }),
  },
}).createMachine({
  id: 'COFINANCING_APPLICATION',
  initial: 'draft',
  context: ({ input }) => initialContext(input),
  states: {
    draft: {
      meta: meta({ label: 'Borrador', owner: 'ENTITY' }),
      on: { SUBMIT: { target: 'submitted', actions: ['notifyCoordinators'] }, WITHDRAW },
    },
    submitted: {
      meta: meta({ label: 'Radicada', owner: 'MINISTRY' }),
      on: { START_ELIGIBILITY_REVIEW: { target: 'eligibilityReview', actions: ['notifyEntity'] }, WITHDRAW },
    },
    eligibilityReview: {
      meta: meta({ label: 'Revisión de requisitos', owner: 'MINISTRY' }),
      on: {
        REQUEST_CORRECTIONS: { guard: 'hasNote', target: 'correctionsRequested', actions: ['recordNote', 'notifyEntity'] },
        DECLARE_ELIGIBLE: { target: 'technicalEvaluation', actions: ['notifyEntity'] },
        DECLARE_INELIGIBLE: { guard: 'hasNote', target: 'rejected', actions: ['recordNote', 'notifyEntity'] },
        WITHDRAW,
      },
    },
    correctionsRequested: {
      // Default term to answer a correction request; each call configures its own.
      meta: meta({
        label: 'Subsanación solicitada',
        owner: 'ENTITY',
        deadline: { kind: 'CORRECTIONS', days: 10, calendar: 'business', onExpire: 'CORRECTIONS_TERM_EXPIRED', remindBefore: [3, 1] },
      }),
      on: {
        RESUBMIT: { target: 'resubmitted', actions: ['notifyCoordinators'] },
        CORRECTIONS_TERM_EXPIRED: { target: 'rejected', actions: ['recordDesistimiento', 'notifyEntity', 'notifyCoordinators'] },
        WITHDRAW,
      },
    },
    resubmitted: {
      meta: meta({ label: 'Subsanación radicada', owner: 'MINISTRY' }),
      on: { START_ELIGIBILITY_REVIEW: { target: 'eligibilityReview', actions: ['notifyEntity'] }, WITHDRAW },
    },
    technicalEvaluation: {
      meta: meta({ label: 'Evaluación técnica', owner: 'MINISTRY' }),
      on: { SEND_TO_COMMITTEE: { target: 'committee' }, WITHDRAW },
    },
    committee: {
      meta: meta({ label: 'En comité', owner: 'MINISTRY' }),
      on: {
        APPROVE: { target: 'approved', actions: ['notifyEntity'] },
        WAITLIST: { guard: 'hasNote', target: 'waitlisted', actions: ['recordNote', 'notifyEntity'] },
        REJECT: { guard: 'hasNote', target: 'rejected', actions: ['recordNote', 'notifyEntity'] },
        WITHDRAW,
      },
    },
    waitlisted: {
      meta: meta({ label: 'En lista de espera', owner: 'MINISTRY' }),
      on: {
        APPROVE: { target: 'approved', actions: ['notifyEntity'] },
        REJECT: { guard: 'hasNote', target: 'rejected', actions: ['recordNote', 'notifyEntity'] },
        WITHDRAW,
      },
    },
    approved: {
      // The representative signs within the call's term (default here); unsigned, the approval lapses.
      meta: meta({
        label: 'Aprobada',
        owner: 'ENTITY',
        deadline: { kind: 'AGREEMENT_SIGNATURE', days: 20, calendar: 'business', onExpire: 'AGREEMENT_TERM_EXPIRED', remindBefore: [5, 1] },
      }),
      on: {
        SIGN_AGREEMENT: { target: 'agreementSigned', actions: ['notifyCoordinators'] },
        AGREEMENT_TERM_EXPIRED: { target: 'rejected', actions: ['recordAgreementLapsed', 'notifyEntity', 'notifyCoordinators'] },
        WITHDRAW,
      },
    },
    agreementSigned: {
      meta: meta({ label: 'Convenio firmado', owner: 'MINISTRY' }),
      on: { START_EXECUTION: { target: 'inExecution', actions: ['notifyEntity'] } },
    },
    inExecution: {
      meta: meta({ label: 'En ejecución', owner: 'ENTITY' }),
      on: { CLOSE: { guard: 'hasNote', target: 'closed', actions: ['recordNote', 'notifyEntity'] } },
    },
    closed: { type: 'final', meta: meta({ label: 'Cerrada', owner: 'NONE' }) },
    rejected: { type: 'final', meta: meta({ label: 'Rechazada', owner: 'NONE' }) },
    withdrawn: { type: 'final', meta: meta({ label: 'Retirada', owner: 'NONE' }) },
  },
});
