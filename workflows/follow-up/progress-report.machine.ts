import { assign, setup } from 'xstate';

import { effectActions, hasNote, initialContext, type CaseContext, type CaseInput, type StateMeta } from '../shared';

/**
 * A progress report of an action plan for one period (reporte de avance): the entity's
 * representative or TIC leader submits the values, narratives and evidence of the period's
 * products; the coordination accepts it, or returns it with comments per product and the entity
 * corrects and resubmits. Only accepted reports count in the official measurement.
 */
export type ProgressReportEvent =
  { type: 'ACCEPT'; note?: string } | { type: 'RETURN'; note: string } | { type: 'RESUBMIT' } | { type: 'WITHDRAW' };

export const progressReportEventLabels: Record<ProgressReportEvent['type'], string> = {
  ACCEPT: 'Aceptar el reporte de avance',
  RETURN: 'Devolver el reporte con observaciones',
  RESUBMIT: 'Radicar de nuevo el reporte corregido',
  WITHDRAW: 'Retirar el reporte',
};

const meta = (m: StateMeta) => m;

export const progressReportMachineV1 = setup({
  types: { context: {} as CaseContext, events: {} as ProgressReportEvent, input: {} as CaseInput },
  guards: { hasNote },
  actions: {
    ...effectActions,
    recordNote: assign({ lastNote: ({ event }) => ('note' in event && typeof event.note === 'string' ? event.note.trim() || null : null) }),
  },
}).createMachine({
  id: 'PROGRESS_REPORT',
  initial: 'submitted',
  context: ({ input }) => initialContext(input),
  states: {
    submitted: {
      // Design choices (configurable): 10 días hábiles for the coordination's review, 10 for the entity's corrections.
      meta: meta({
        label: 'Radicado, en revisión de la coordinación',
        owner: 'MINISTRY',
        deadline: { kind: 'PROGRESS_REPORT_REVIEW', days: 10, calendar: 'business', remindBefore: [3, 1] },
      }),
      entry: ['notifyCoordinators'],
      on: {
        ACCEPT: { target: 'accepted', actions: ['recordNote', 'notifyEntity'] },
        RETURN: { guard: 'hasNote', target: 'returned', actions: ['recordNote', 'notifyEntity'] },
        WITHDRAW: { target: 'withdrawn', actions: ['notifyCoordinators'] },
      },
    },
    returned: {
      meta: meta({
        label: 'Devuelto para corrección',
        owner: 'ENTITY',
        deadline: { kind: 'PROGRESS_REPORT_CORRECTIONS', days: 10, calendar: 'business', remindBefore: [3, 1] },
      }),
      on: {
        RESUBMIT: { target: 'submitted' },
        WITHDRAW: { target: 'withdrawn', actions: ['notifyCoordinators'] },
      },
    },
    accepted: { type: 'final', meta: meta({ label: 'Aceptado: cuenta en la medición oficial', owner: 'NONE' }) },
    withdrawn: { type: 'final', meta: meta({ label: 'Retirado por la entidad', owner: 'NONE' }) },
  },
});
