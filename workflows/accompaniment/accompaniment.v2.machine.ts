import { assign, setup } from 'xstate';

import { effectActions, hasNote, initialContext, type CaseContext, type CaseInput, type StateMeta } from '../shared';

/**
 * Version 2 of technical accompaniment: the request carries a topic, the advisor's work is sessions
 * (scheduled, moved, cancelled, recorded with minutes and commitments), a diagnosis and a structured
 * roadmap, and the entity closes it with a satisfaction survey. Version 1 cases stay on version 1.
 *
 * The content of each step (a session's rows, the findings, the roadmap lines) is written by the
 * accompaniment module in the transition's transaction; the machine only says where each step is
 * allowed. Steps that change content without changing state bump `revision`, so each one is a new
 * snapshot, version and history entry like any other change.
 */
export const ACCOMPANIMENT_TOPICS = ['ASSESSMENT_SUPPORT', 'ROADMAP', 'PROJECT_FORMULATION'] as const;
export type AccompanimentTopic = (typeof ACCOMPANIMENT_TOPICS)[number];

export interface AccompanimentV2Input extends CaseInput {
  topic?: AccompanimentTopic;
}

export interface AccompanimentV2Context extends CaseContext {
  topic: AccompanimentTopic | null;
  /** Content changes made in the current state (makes each one a new snapshot). */
  revision: number;
}

export type AccompanimentV2Event =
  | { type: 'ADMIT' }
  | { type: 'DECLINE'; note: string }
  | { type: 'ASSIGN_ADVISOR'; advisor: string }
  | { type: 'SCHEDULE_SESSION'; sessionId: string }
  | { type: 'RESCHEDULE_SESSION'; sessionId: string }
  | { type: 'CANCEL_SESSION'; sessionId: string; note: string }
  | { type: 'RECORD_SESSION'; sessionId: string }
  | { type: 'START_DIAGNOSIS' }
  | { type: 'SAVE_FINDINGS' }
  | { type: 'START_FORMULATION' }
  | { type: 'SAVE_ROADMAP' }
  | { type: 'DELIVER_ROADMAP' }
  | { type: 'REQUEST_ADJUSTMENTS'; note: string }
  | { type: 'ACCEPT_ROADMAP' }
  | { type: 'FINISH_SUPPORT'; note: string }
  | { type: 'ANSWER_SURVEY'; score: number }
  | { type: 'CLOSE_WITHOUT_SURVEY' }
  | { type: 'WITHDRAW' };

/**
 * Spanish names of the events, and of the changes recorded beside them without a machine step
 * (a commitment marked done: `WorkflowRuntime.amend`), so the history and its notices name them too.
 */
export const accompanimentV2EventLabels: Record<
  AccompanimentV2Event['type'] | 'COMPLETE_ENTITY_COMMITMENT' | 'COMPLETE_MINISTRY_COMMITMENT',
  string
> = {
  ADMIT: 'Admitir la solicitud',
  DECLINE: 'No admitir la solicitud',
  ASSIGN_ADVISOR: 'Asignar asesor(a)',
  SCHEDULE_SESSION: 'Programar una sesión',
  RESCHEDULE_SESSION: 'Reprogramar una sesión',
  CANCEL_SESSION: 'Cancelar una sesión',
  RECORD_SESSION: 'Registrar el acta de una sesión (asistencia, acta y compromisos)',
  START_DIAGNOSIS: 'Iniciar el diagnóstico',
  SAVE_FINDINGS: 'Registrar hallazgos del diagnóstico',
  START_FORMULATION: 'Iniciar la formulación de la hoja de ruta',
  SAVE_ROADMAP: 'Editar las líneas de la hoja de ruta',
  DELIVER_ROADMAP: 'Entregar la hoja de ruta',
  REQUEST_ADJUSTMENTS: 'Solicitar ajustes a la hoja de ruta',
  ACCEPT_ROADMAP: 'Aceptar la hoja de ruta',
  FINISH_SUPPORT: 'Dar por terminado el apoyo al autodiagnóstico',
  ANSWER_SURVEY: 'Responder la encuesta de satisfacción',
  CLOSE_WITHOUT_SURVEY: 'Cerrar sin encuesta (venció el término)',
  WITHDRAW: 'Desistir de la solicitud',
  COMPLETE_ENTITY_COMMITMENT: 'Marcar cumplido un compromiso de la entidad',
  COMPLETE_MINISTRY_COMMITMENT: 'Marcar cumplido un compromiso del Ministerio',
};

const meta = (m: StateMeta) => m;

const WITHDRAW = { target: '#ACCOMPANIMENT.withdrawn', actions: ['notifyCoordinators'] } as const;
/** A change of content in the same state. */
const EDIT = { actions: ['revise'] } as const;
/** The advisor's session work, available in every state after the assignment until the roadmap is accepted. */
const SESSIONS = {
  SCHEDULE_SESSION: EDIT,
  RESCHEDULE_SESSION: EDIT,
  CANCEL_SESSION: { guard: 'hasNote', actions: ['revise', 'recordNote'] },
  RECORD_SESSION: EDIT,
} as const;

export const accompanimentMachineV2 = setup({
  types: {
    context: {} as AccompanimentV2Context,
    events: {} as AccompanimentV2Event,
    input: {} as AccompanimentV2Input,
  },
  guards: {
    hasNote,
    namesAdvisor: ({ event }) => event.type === 'ASSIGN_ADVISOR' && typeof event.advisor === 'string' && event.advisor.trim().length > 0,
    /** Help to apply the model ends with the advisor's closing note, not a roadmap. */
    isAssessmentSupport: ({ context }) => context.topic === 'ASSESSMENT_SUPPORT',
    buildsRoadmap: ({ context }) => context.topic === 'ROADMAP' || context.topic === 'PROJECT_FORMULATION',
    scoreInRange: ({ event }) => event.type === 'ANSWER_SURVEY' && Number.isInteger(event.score) && event.score >= 1 && event.score <= 5,
  },
  actions: {
    ...effectActions,
    recordNote: assign({ lastNote: ({ event }) => ('note' in event ? event.note.trim() : null) }),
    assignAdvisor: assign({ assignee: ({ event }) => (event.type === 'ASSIGN_ADVISOR' ? event.advisor.trim() : null) }),
    revise: assign({ revision: ({ context }) => context.revision + 1 }),
    /** Entering a state starts its count of content changes again. */
    resetRevision: assign({ revision: () => 0 }),
  },
}).createMachine({
  id: 'ACCOMPANIMENT',
  initial: 'requested',
  context: ({ input }) => ({ ...initialContext(input), topic: input?.topic ?? null, revision: 0 }),
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
        ASSIGN_ADVISOR: {
          guard: 'namesAdvisor',
          target: 'advisorAssigned',
          actions: ['assignAdvisor', 'resetRevision', 'notifyAssignee', 'notifyEntity'],
        },
        WITHDRAW,
      },
    },
    advisorAssigned: {
      // The first session is the ministry's to hold within a term after the assignment (design
      // choice, configurable): held (its minutes recorded) it leaves this state and meets the term.
      meta: meta({
        label: 'Asesor(a) asignado(a): primera sesión pendiente',
        owner: 'ADVISOR',
        deadline: { kind: 'FIRST_SESSION', days: 10, calendar: 'business', remindBefore: [3, 1] },
      }),
      on: {
        ...SESSIONS,
        RECORD_SESSION: { target: 'inProgress', actions: ['resetRevision', 'notifyEntity'] },
        WITHDRAW,
      },
    },
    inProgress: {
      meta: meta({ label: 'En acompañamiento', owner: 'ADVISOR' }),
      on: {
        ...SESSIONS,
        START_DIAGNOSIS: { guard: 'buildsRoadmap', target: 'diagnosis', actions: ['resetRevision', 'notifyEntity'] },
        FINISH_SUPPORT: {
          guard: 'isAssessmentSupport',
          target: 'surveyPending',
          actions: ['recordNote', 'resetRevision', 'notifyEntity', 'notifyCoordinators'],
        },
        WITHDRAW,
      },
    },
    diagnosis: {
      meta: meta({ label: 'Diagnóstico', owner: 'ADVISOR' }),
      on: {
        ...SESSIONS,
        SAVE_FINDINGS: EDIT,
        START_FORMULATION: { target: 'formulation', actions: ['resetRevision', 'notifyEntity'] },
        WITHDRAW,
      },
    },
    formulation: {
      meta: meta({ label: 'Formulación de la hoja de ruta', owner: 'ADVISOR' }),
      on: {
        ...SESSIONS,
        SAVE_ROADMAP: EDIT,
        DELIVER_ROADMAP: { target: 'roadmapDelivered', actions: ['resetRevision', 'notifyEntity'] },
        WITHDRAW,
      },
    },
    roadmapDelivered: {
      meta: meta({ label: 'Hoja de ruta entregada', owner: 'ENTITY' }),
      on: {
        ...SESSIONS,
        ACCEPT_ROADMAP: { target: 'surveyPending', actions: ['resetRevision', 'notifyAssignee', 'notifyCoordinators'] },
        REQUEST_ADJUSTMENTS: {
          guard: 'hasNote',
          target: 'adjustmentsRequested',
          actions: ['recordNote', 'resetRevision', 'notifyAssignee'],
        },
        WITHDRAW,
      },
    },
    adjustmentsRequested: {
      meta: meta({ label: 'Ajustes solicitados a la hoja de ruta', owner: 'ADVISOR' }),
      on: {
        ...SESSIONS,
        SAVE_ROADMAP: EDIT,
        DELIVER_ROADMAP: { target: 'roadmapDelivered', actions: ['resetRevision', 'notifyEntity'] },
        WITHDRAW,
      },
    },
    surveyPending: {
      // The entity answers a short survey; if it does not within the term, the case closes anyway.
      meta: meta({
        label: 'Encuesta de satisfacción pendiente',
        owner: 'ENTITY',
        deadline: { kind: 'ACCOMPANIMENT_SURVEY', days: 10, calendar: 'business', onExpire: 'CLOSE_WITHOUT_SURVEY', remindBefore: [3] },
      }),
      on: {
        ANSWER_SURVEY: { guard: 'scoreInRange', target: 'completed', actions: ['notifyAssignee', 'notifyCoordinators'] },
        CLOSE_WITHOUT_SURVEY: { target: 'completed' },
      },
    },
    completed: { type: 'final', meta: meta({ label: 'Finalizada', owner: 'NONE' }) },
    declined: { type: 'final', meta: meta({ label: 'No admitida', owner: 'NONE' }) },
    withdrawn: { type: 'final', meta: meta({ label: 'Desistida por la entidad', owner: 'NONE' }) },
  },
});
