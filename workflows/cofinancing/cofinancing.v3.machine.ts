import { assign, setup } from 'xstate';

import { effectActions, hasNote, initialContext, type CaseInput, type DeadlineSpec } from '../shared';
import { meta, WITHDRAW, type CofinancingEvent } from './cofinancing.shared';
// Version 2's published helpers (its panel); what v2 keeps private is repeated below unchanged.
import { panelComplete, type CofinancingContext, type EvaluationPanel } from './cofinancing.v2.machine';

const emptyPanel = (): EvaluationPanel => ({ evaluators: [], declared: [], conflicted: [], evaluated: [] });

type PanelEvent = Extract<CofinancingEvent, { evaluator: string }>;
const evaluatorOf = (event: CofinancingEvent): string | null => ('evaluator' in event ? (event as PanelEvent).evaluator : null);

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

/** The ministry's term to review a filed application and ask for what is missing (Ley 1755 art. 17): 10 días hábiles. */
const ELIGIBILITY_TERM: DeadlineSpec = { kind: 'ELIGIBILITY_REVIEW', days: 10, calendar: 'business', remindBefore: [3, 1] };

/**
 * Version 3 (issue 24): the terms of Ley 1755 de 2015, art. 17. The flow, events and guards are
 * version 2's; only the terms differ:
 * - the entity answers a correction request within one calendar month (was 10 días hábiles),
 *   extendable once by an equal term if it asks before it ends (requestCorrectionsExtension);
 *   only when the term and any extension have run out is the application rejected by desistimiento;
 * - the ministry's duty to ask for what is missing within 10 días hábiles of filing is a term of
 *   its own (ELIGIBILITY_REVIEW) from submission (or resubmission) until it declares the
 *   application eligible or not, or asks for corrections; it runs across `submitted` and
 *   `eligibilityReview`, and when it passes the case is flagged overdue and escalated to the
 *   coordinators, never decided on its own.
 */
export const cofinancingMachineV3 = setup({
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
      // The ministry's term to review what was filed starts with the filing (Ley 1755 art. 17).
      meta: meta({ label: 'Radicada', owner: 'MINISTRY', deadline: ELIGIBILITY_TERM }),
      on: { START_ELIGIBILITY_REVIEW: { target: 'eligibilityReview', actions: ['notifyEntity'] }, WITHDRAW },
    },
    eligibilityReview: {
      // The same term keeps running when the review starts; a resubmission starts a new one.
      meta: meta({ label: 'Revisión de requisitos', owner: 'MINISTRY', deadline: { ...ELIGIBILITY_TERM, continues: true } }),
      on: {
        REQUEST_CORRECTIONS: { guard: 'hasNote', target: 'correctionsRequested', actions: ['recordNote', 'notifyEntity'] },
        DECLARE_ELIGIBLE: { target: 'technicalEvaluation', actions: ['notifyEntity'] },
        DECLARE_INELIGIBLE: { guard: 'hasNote', target: 'rejected', actions: ['recordNote', 'notifyEntity'] },
        WITHDRAW,
      },
    },
    correctionsRequested: {
      // One calendar month to complete the request (Ley 1755 art. 17), extendable once by an equal
      // term; each call may set its own length in months or in días hábiles.
      meta: meta({
        label: 'Subsanación solicitada',
        owner: 'ENTITY',
        deadline: { kind: 'CORRECTIONS', days: 1, calendar: 'month', onExpire: 'CORRECTIONS_TERM_EXPIRED', remindBefore: [5, 1] },
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
