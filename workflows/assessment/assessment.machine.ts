import { assign, setup } from 'xstate';

import { effectActions, hasNote, initialContext, type CaseContext, type CaseInput, type StateMeta } from '../shared';

/** Maturity self-assessment (autodiagnóstico): one per entity per cycle. */
export type AssessmentEvent =
  | { type: 'SUBMIT' }
  | { type: 'WITHDRAW' }
  | { type: 'CYCLE_CLOSED' }
  | { type: 'START_REVIEW' }
  | { type: 'REQUEST_CHANGES'; note: string }
  | { type: 'RESUBMIT' }
  | { type: 'VALIDATE' }
  | { type: 'REJECT'; note: string };

export const assessmentEventLabels: Record<AssessmentEvent['type'], string> = {
  SUBMIT: 'Enviar el autodiagnóstico',
  WITHDRAW: 'Retirar el autodiagnóstico',
  CYCLE_CLOSED: 'Cierre de la vigencia',
  START_REVIEW: 'Iniciar la revisión',
  REQUEST_CHANGES: 'Solicitar ajustes',
  RESUBMIT: 'Reenviar con ajustes',
  VALIDATE: 'Validar',
  REJECT: 'Rechazar',
};

const meta = (m: StateMeta) => m;

export const assessmentMachineV1 = setup({
  types: {
    context: {} as CaseContext,
    events: {} as AssessmentEvent,
    input: {} as CaseInput,
  },
  guards: { hasNote },
  actions: {
    ...effectActions,
    recordNote: assign({ lastNote: ({ event }) => ('note' in event ? event.note.trim() : null) }),
    recordExpiry: assign({ outcome: () => 'EXPIRED_WITH_CYCLE' }),
  },
}).createMachine({
  id: 'MATURITY_ASSESSMENT',
  initial: 'draft',
  context: ({ input }) => initialContext(input),
  states: {
    draft: {
      // A draft not submitted when the cycle closes expires (the cycle's closing instant is the term).
      meta: meta({
        label: 'Borrador',
        owner: 'ENTITY',
        deadline: {
          kind: 'ASSESSMENT_SUBMISSION',
          days: 0,
          calendar: 'calendar',
          until: 'CYCLE_CLOSE',
          onExpire: 'CYCLE_CLOSED',
          remindBefore: [10, 3],
        },
      }),
      on: {
        SUBMIT: { target: 'submitted', actions: ['notifyCoordinators'] },
        WITHDRAW: { target: 'withdrawn' },
        CYCLE_CLOSED: { target: 'expired', actions: ['recordExpiry', 'notifyEntity'] },
      },
    },
    submitted: {
      meta: meta({ label: 'Enviado', owner: 'MINISTRY' }),
      on: { START_REVIEW: { target: 'underReview', actions: ['notifyEntity'] } },
    },
    underReview: {
      meta: meta({ label: 'En revisión', owner: 'MINISTRY' }),
      on: {
        REQUEST_CHANGES: { guard: 'hasNote', target: 'changesRequested', actions: ['recordNote', 'notifyEntity'] },
        VALIDATE: { target: 'validated', actions: ['notifyEntity'] },
        REJECT: { guard: 'hasNote', target: 'rejected', actions: ['recordNote', 'notifyEntity'] },
      },
    },
    changesRequested: {
      meta: meta({ label: 'Ajustes solicitados', owner: 'ENTITY' }),
      on: { RESUBMIT: { target: 'resubmitted', actions: ['notifyCoordinators'] } },
    },
    resubmitted: {
      meta: meta({ label: 'Reenviado', owner: 'MINISTRY' }),
      on: { START_REVIEW: { target: 'underReview', actions: ['notifyEntity'] } },
    },
    validated: { type: 'final', meta: meta({ label: 'Validado', owner: 'NONE' }) },
    rejected: { type: 'final', meta: meta({ label: 'Rechazado', owner: 'NONE' }) },
    withdrawn: { type: 'final', meta: meta({ label: 'Retirado', owner: 'NONE' }) },
    expired: { type: 'final', meta: meta({ label: 'Vencido por cierre de la vigencia', owner: 'NONE' }) },
  },
});
