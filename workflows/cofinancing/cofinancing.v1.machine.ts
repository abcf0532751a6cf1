import { assign, setup } from 'xstate';

import { effectActions, hasNote, initialContext, type CaseContext, type CaseInput } from '../shared';
import { meta, WITHDRAW, type CofinancingEvent } from './cofinancing.shared';

export const cofinancingMachineV1 = setup({
  types: {
    context: {} as CaseContext,
    events: {} as CofinancingEvent,
    input: {} as CaseInput,
  },
  guards: { hasNote },
  actions: {
    ...effectActions,
    recordNote: assign({ lastNote: ({ event }) => ('note' in event && typeof event.note === 'string' ? event.note.trim() : null) }),
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
