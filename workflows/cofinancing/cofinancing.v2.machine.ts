import { assign, setup } from 'xstate';

import { effectActions, hasNote, initialContext, type CaseContext, type CaseInput } from '../shared';
import { meta, WITHDRAW, type CofinancingEvent } from './cofinancing.shared';

/** The evaluation panel of an application, kept in the machine so its guards stay pure. */
export interface EvaluationPanel {
  /** Subjects of the evaluators assigned, in assignment order. */
  evaluators: string[];
  /** Evaluators who declared no conflict of interest (they may score). */
  declared: string[];
  /** Evaluators who declared a conflict: excluded from the average and from the others' scores. */
  conflicted: string[];
  /** Evaluators who have submitted their scores. */
  evaluated: string[];
}
export type CofinancingContext = CaseContext & EvaluationPanel;

const emptyPanel = (): EvaluationPanel => ({ evaluators: [], declared: [], conflicted: [], evaluated: [] });

type PanelEvent = Extract<CofinancingEvent, { evaluator: string }>;
const evaluatorOf = (event: CofinancingEvent): string | null => ('evaluator' in event ? (event as PanelEvent).evaluator : null);

/** Whether every assigned evaluator without a conflict has scored, and at least one has. */
export function panelComplete(panel: EvaluationPanel): boolean {
  const scoring = panel.evaluators.filter((e) => !panel.conflicted.includes(e));
  return scoring.length > 0 && scoring.every((e) => panel.evaluated.includes(e));
}

const declarable = ({ context, event }: { context: CofinancingContext; event: CofinancingEvent }) => {
  const e = evaluatorOf(event);
  return e !== null && context.evaluators.includes(e) && !context.declared.includes(e) && !context.conflicted.includes(e);
};
const afterDeclaration = (context: CofinancingContext, event: CofinancingEvent): EvaluationPanel => {
  const e = evaluatorOf(event)!;
  const conflict = event.type === 'DECLARE_CONFLICT' && event.conflict;
  return {
    ...context,
    declared: conflict ? context.declared : [...context.declared, e],
    conflicted: conflict ? [...context.conflicted, e] : context.conflicted,
  };
};
/** An evaluator who has not submitted may leave the panel (an unanswered or mistaken assignment). */
const removable = ({ context, event }: { context: CofinancingContext; event: CofinancingEvent }) => {
  const e = evaluatorOf(event);
  return event.type === 'REMOVE_EVALUATOR' && e !== null && context.evaluators.includes(e) && !context.evaluated.includes(e);
};
const withoutEvaluator = (context: CofinancingContext, event: CofinancingEvent): EvaluationPanel => {
  const e = evaluatorOf(event)!;
  const drop = (list: string[]) => list.filter((x) => x !== e);
  return {
    evaluators: drop(context.evaluators),
    declared: drop(context.declared),
    conflicted: drop(context.conflicted),
    evaluated: context.evaluated,
  };
};

const evaluable = ({ context, event }: { context: CofinancingContext; event: CofinancingEvent }) => {
  const e = evaluatorOf(event);
  return e !== null && context.declared.includes(e) && !context.evaluated.includes(e);
};

/**
 * Version 2 (issue 6). Differences from version 1:
 * - corrections answered in term go straight back to the eligibility review;
 * - technical evaluation: the coordinator assigns evaluators, each declares a conflict of interest
 *   (or none) and those without one score; the last score moves the application to committee on
 *   its own (no SEND_TO_COMMITTEE), as does a conflict declared by the last one pending, or the
 *   removal of the last one pending (an evaluator who never answers must not hold it forever);
 * - a waitlisted application is PROMOTEd by the system when funds are released.
 * Budgets, checklists, scores and reservations live in the cofinancing tables; the programme's
 * rules check and write them in the transition's transaction.
 */
export const cofinancingMachineV2 = setup({
  types: {
    context: {} as CofinancingContext,
    events: {} as CofinancingEvent,
    input: {} as CaseInput,
  },
  guards: {
    hasNote,
    namesEvaluators: ({ event }) =>
      event.type === 'ASSIGN_EVALUATORS' &&
      Array.isArray(event.evaluators) &&
      event.evaluators.length > 0 &&
      event.evaluators.every((e) => typeof e === 'string' && e.trim() !== ''),
    declarable,
    declarationCompletesPanel: ({ context, event }) =>
      declarable({ context, event }) && panelComplete({ ...context, ...afterDeclaration(context, event) }),
    evaluable,
    removable,
    removalCompletesPanel: ({ context, event }) => removable({ context, event }) && panelComplete(withoutEvaluator(context, event)),
    evaluationCompletesPanel: ({ context, event }) =>
      evaluable({ context, event }) && panelComplete({ ...context, evaluated: [...context.evaluated, evaluatorOf(event)!] }),
  },
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
    assignEvaluators: assign({
      evaluators: ({ context, event }) =>
        event.type === 'ASSIGN_EVALUATORS'
          ? [...new Set([...context.evaluators, ...event.evaluators.map((e) => e.trim())])]
          : context.evaluators,
    }),
    recordDeclaration: assign(({ context, event }) => afterDeclaration(context, event)),
    recordEvaluation: assign({ evaluated: ({ context, event }) => [...context.evaluated, evaluatorOf(event)!] }),
    removeEvaluator: assign(({ context, event }) => withoutEvaluator(context, event)),
  },
}).createMachine({
  id: 'COFINANCING_APPLICATION',
  initial: 'draft',
  context: ({ input }) => ({ ...initialContext(input), ...emptyPanel() }),
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
        RESUBMIT: { target: 'eligibilityReview', actions: ['notifyCoordinators'] },
        CORRECTIONS_TERM_EXPIRED: { target: 'rejected', actions: ['recordDesistimiento', 'notifyEntity', 'notifyCoordinators'] },
        WITHDRAW,
      },
    },
    technicalEvaluation: {
      meta: meta({ label: 'Evaluación técnica', owner: 'MINISTRY' }),
      on: {
        ASSIGN_EVALUATORS: { guard: 'namesEvaluators', actions: ['assignEvaluators', 'notifyEvaluators'] },
        DECLARE_CONFLICT: [
          { guard: 'declarationCompletesPanel', target: 'committee', actions: ['recordDeclaration', 'notifyCoordinators'] },
          { guard: 'declarable', actions: ['recordDeclaration'] },
        ],
        SUBMIT_EVALUATION: [
          { guard: 'evaluationCompletesPanel', target: 'committee', actions: ['recordEvaluation', 'notifyCoordinators'] },
          { guard: 'evaluable', actions: ['recordEvaluation'] },
        ],
        REMOVE_EVALUATOR: [
          { guard: 'removalCompletesPanel', target: 'committee', actions: ['removeEvaluator', 'notifyCoordinators'] },
          { guard: 'removable', actions: ['removeEvaluator'] },
        ],
        WITHDRAW,
      },
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
        PROMOTE: { target: 'approved', actions: ['notifyEntity', 'notifyCoordinators'] },
        REJECT: { guard: 'hasNote', target: 'rejected', actions: ['recordNote', 'notifyEntity'] },
        WITHDRAW,
      },
    },
    approved: {
      // The representative signs within the call's term (default here); unsigned, the approval lapses
      // and its reserved funds go to the waitlist.
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
