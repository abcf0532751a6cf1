import { assign, setup } from 'xstate';

import { effectActions, hasNote, initialContext, type CaseContext, type CaseInput, type StateMeta } from '../shared';

/** Request for technical accompaniment (solicitud de acompañamiento técnico). */
export type AccompanimentEvent =
  | { type: 'ADMIT' }
  | { type: 'DECLINE'; note: string }
  | { type: 'ASSIGN_ADVISOR'; advisor: string }
  | { type: 'START_DIAGNOSIS' }
  | { type: 'START_FORMULATION' }
  | { type: 'DELIVER_ROADMAP'; note: string }
  | { type: 'REQUEST_ADJUSTMENTS'; note: string }
  | { type: 'ACCEPT_ROADMAP' }
  | { type: 'WITHDRAW' };

export const accompanimentEventLabels: Record<AccompanimentEvent['type'], string> = {
  ADMIT: 'Admitir la solicitud',
  DECLINE: 'No admitir la solicitud',
  ASSIGN_ADVISOR: 'Asignar asesor(a)',
  START_DIAGNOSIS: 'Iniciar el diagnóstico',
  START_FORMULATION: 'Iniciar la formulación de la estrategia',
  DELIVER_ROADMAP: 'Entregar la hoja de ruta',
  REQUEST_ADJUSTMENTS: 'Solicitar ajustes a la hoja de ruta',
  ACCEPT_ROADMAP: 'Aceptar la hoja de ruta',
  WITHDRAW: 'Desistir de la solicitud',
};

const meta = (m: StateMeta) => m;

const WITHDRAW = { target: '#ACCOMPANIMENT.withdrawn', actions: ['notifyCoordinators'] } as const;

export const accompanimentMachineV1 = setup({
  types: {
    context: {} as CaseContext,
    events: {} as AccompanimentEvent,
    input: {} as CaseInput,
  },
  guards: {
    hasNote,
    namesAdvisor: ({ event }) => event.type === 'ASSIGN_ADVISOR' && typeof event.advisor === 'string' && event.advisor.trim().length > 0,
  },
  actions: {
    ...effectActions,
    recordNote: assign({ lastNote: ({ event }) => ('note' in event ? event.note.trim() : null) }),
    assignAdvisor: assign({ assignee: ({ event }) => (event.type === 'ASSIGN_ADVISOR' ? event.advisor.trim() : null) }),
  },
}).createMachine({
  id: 'ACCOMPANIMENT',
  initial: 'requested',
  context: ({ input }) => initialContext(input),
  states: {
    requested: {
      // Ley 1755 de 2015, art. 14: a petition is answered within 15 business days.
      meta: meta({
        label: 'Solicitada',
        owner: 'MINISTRY',
        deadline: { kind: 'ACCOMPANIMENT_RESPONSE', days: 15, calendar: 'business', remindBefore: [5, 2] },
      }),
      entry: ['notifyCoordinators'],
      on: {
        ADMIT: { target: 'admitted', actions: ['notifyEntity'] },
        DECLINE: { guard: 'hasNote', target: 'declined', actions: ['recordNote', 'notifyEntity'] },
        WITHDRAW,
      },
    },
    admitted: {
      meta: meta({ label: 'Admitida', owner: 'MINISTRY' }),
      on: {
        ASSIGN_ADVISOR: { guard: 'namesAdvisor', target: 'advisorAssigned', actions: ['assignAdvisor', 'notifyAssignee', 'notifyEntity'] },
        WITHDRAW,
      },
    },
    advisorAssigned: {
      meta: meta({ label: 'Asesor(a) asignado(a)', owner: 'ADVISOR' }),
      on: { START_DIAGNOSIS: { target: 'diagnosis', actions: ['notifyEntity'] }, WITHDRAW },
    },
    diagnosis: {
      meta: meta({ label: 'Diagnóstico', owner: 'ADVISOR' }),
      on: { START_FORMULATION: { target: 'formulation', actions: ['notifyEntity'] }, WITHDRAW },
    },
    formulation: {
      meta: meta({ label: 'Formulación de la estrategia', owner: 'ADVISOR' }),
      on: { DELIVER_ROADMAP: { guard: 'hasNote', target: 'roadmapDelivered', actions: ['recordNote', 'notifyEntity'] }, WITHDRAW },
    },
    roadmapDelivered: {
      meta: meta({ label: 'Hoja de ruta entregada', owner: 'ENTITY' }),
      on: {
        ACCEPT_ROADMAP: { target: 'completed', actions: ['notifyAssignee', 'notifyCoordinators'] },
        REQUEST_ADJUSTMENTS: { guard: 'hasNote', target: 'adjustmentsRequested', actions: ['recordNote', 'notifyAssignee'] },
        WITHDRAW,
      },
    },
    adjustmentsRequested: {
      meta: meta({ label: 'Ajustes solicitados a la hoja de ruta', owner: 'ADVISOR' }),
      on: { DELIVER_ROADMAP: { guard: 'hasNote', target: 'roadmapDelivered', actions: ['recordNote', 'notifyEntity'] }, WITHDRAW },
    },
    completed: { type: 'final', meta: meta({ label: 'Finalizada', owner: 'NONE' }) },
    declined: { type: 'final', meta: meta({ label: 'No admitida', owner: 'NONE' }) },
    withdrawn: { type: 'final', meta: meta({ label: 'Desistida por la entidad', owner: 'NONE' }) },
  },
});
