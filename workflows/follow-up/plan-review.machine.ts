import { assign, setup } from 'xstate';

import { effectActions, hasNote, initialContext, type CaseContext, type CaseInput, type StateMeta } from '../shared';

/**
 * A proposal of a version of an action plan (propuesta de ajuste, Bogotá report §9): the first
 * version of an imported plan, or a later adjustment of an approved one. The entity's
 * representative or TIC leader submits it, the coordination approves it or returns it with
 * comments, and the entity corrects and resubmits, or withdraws it. What the proposal says lives in
 * the follow-up module's rows; the machine keeps only the flow.
 */
export type PlanReviewEvent =
  { type: 'APPROVE'; note?: string } | { type: 'RETURN'; note: string } | { type: 'RESUBMIT' } | { type: 'WITHDRAW' };

export const planReviewEventLabels: Record<PlanReviewEvent['type'], string> = {
  APPROVE: 'Aprobar la versión propuesta del plan',
  RETURN: 'Devolver la propuesta con observaciones',
  RESUBMIT: 'Radicar de nuevo la propuesta corregida',
  WITHDRAW: 'Retirar la propuesta',
};

const meta = (m: StateMeta) => m;

export const planReviewMachineV1 = setup({
  types: { context: {} as CaseContext, events: {} as PlanReviewEvent, input: {} as CaseInput },
  guards: { hasNote },
  actions: {
    ...effectActions,
    recordNote: assign({ lastNote: ({ event }) => ('note' in event && typeof event.note === 'string' ? event.note.trim() || null : null) }),
  },
}).createMachine({
  id: 'PLAN_REVIEW',
  initial: 'submitted',
  context: ({ input }) => initialContext(input),
  states: {
    submitted: {
      // Design choice: the coordination answers a proposal within 15 días hábiles, the general term of a petition (Ley 1755, art. 14).
      meta: meta({
        label: 'Radicada, en revisión de la coordinación',
        owner: 'MINISTRY',
        deadline: { kind: 'PLAN_REVIEW', days: 15, calendar: 'business', remindBefore: [5, 2] },
      }),
      entry: ['notifyCoordinators'],
      on: {
        APPROVE: { target: 'approved', actions: ['recordNote', 'notifyEntity'] },
        RETURN: { guard: 'hasNote', target: 'returned', actions: ['recordNote', 'notifyEntity'] },
        WITHDRAW: { target: 'withdrawn', actions: ['notifyCoordinators'] },
      },
    },
    returned: {
      meta: meta({ label: 'Devuelta con observaciones', owner: 'ENTITY' }),
      on: {
        RESUBMIT: { target: 'submitted' },
        WITHDRAW: { target: 'withdrawn', actions: ['notifyCoordinators'] },
      },
    },
    approved: { type: 'final', meta: meta({ label: 'Aprobada: versión vigente del plan', owner: 'NONE' }) },
    withdrawn: { type: 'final', meta: meta({ label: 'Retirada por la entidad', owner: 'NONE' }) },
  },
});
