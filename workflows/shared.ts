/**
 * What every process machine shares: the context the runtime starts it with, what a state's `meta`
 * may declare, and the named effect actions the runtime turns into outbox rows. Pure: no IO here.
 */

/** Which side of the relationship owes the next move in a state (for reminders and `nextStep`). */
export type Side = 'ENTITY' | 'MINISTRY' | 'ADVISOR' | 'NONE';

/** The terms the programme tracks; lengths come from the call, the cycle or configuration. */
export const DEADLINE_KINDS = [
  'ASSESSMENT_SUBMISSION',
  'ACCOMPANIMENT_RESPONSE',
  'CORRECTIONS',
  'AGREEMENT_SIGNATURE',
  'PLAN_REVIEW',
  'PROGRESS_REPORT_REVIEW',
  'PROGRESS_REPORT_CORRECTIONS',
  'FIRST_SESSION',
  'ACCOMPANIMENT_SURVEY',
  'ELIGIBILITY_REVIEW',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** Spanish names of the terms, for people. */
export const deadlineKindLabels: Record<DeadlineKind, string> = {
  ASSESSMENT_SUBMISSION: 'Radicación del autodiagnóstico antes del cierre de la vigencia',
  ACCOMPANIMENT_RESPONSE: 'Respuesta a la solicitud de acompañamiento (derecho de petición)',
  CORRECTIONS: 'Subsanación de la postulación',
  AGREEMENT_SIGNATURE: 'Firma del convenio',
  PLAN_REVIEW: 'Revisión del plan de acción o de su propuesta de ajuste por la coordinación',
  PROGRESS_REPORT_REVIEW: 'Revisión del reporte de avance por la coordinación',
  PROGRESS_REPORT_CORRECTIONS: 'Corrección del reporte de avance devuelto',
  FIRST_SESSION: 'Primera sesión de acompañamiento después de la asignación del asesor(a)',
  ACCOMPANIMENT_SURVEY: 'Encuesta de satisfacción del acompañamiento',
  ELIGIBILITY_REVIEW: 'Revisión de requisitos de la postulación radicada (Ley 1755 de 2015, art. 17)',
};

/**
 * A term declared on a state (DESIGN: deadlines live on states, never as XState `after`). On
 * entering the state the runtime writes a deadline row (due instant, status) in the transition's
 * transaction; leaving the state closes it; the worker fires it on time.
 */
export interface DeadlineSpec {
  kind: DeadlineKind;
  /**
   * Default length in units of `calendar` (días hábiles, calendar days, or calendar months),
   * counted from the day after entering the state; the call, the cycle or the configuration may
   * set their own. Ignored when `until` names a fixed instant.
   */
  days: number;
  /** `month`: calendar months (Ley 4 de 1913 art. 59 and 62, Código General del Proceso art. 118). */
  calendar: 'business' | 'calendar' | 'month';
  /** The term ends at the closing instant of the case's cycle instead of after `days`. */
  until?: 'CYCLE_CLOSE';
  /** Sent to the machine on expiry; absent means the case is flagged overdue instead. */
  onExpire?: string;
  /** Business days before the due date at which the owing side is reminded. */
  remindBefore: number[];
  /**
   * A term of the same kind still running when the case enters this state keeps running (same
   * start, due instant and status) instead of starting again: one legal term across several states.
   */
  continues?: boolean;
}

export interface StateMeta {
  /** Spanish name of the state for people. */
  label: string;
  /** Who must act while the case is in this state. */
  owner: Side;
  deadline?: DeadlineSpec;
}

export interface CaseInput {
  entityCode: string;
}

export interface CaseContext {
  entityCode: string;
  /** Subject of the ministry person the case is assigned to (an advisor), if any. */
  assignee: string | null;
  /** The last reasons or comment given with a decision, shown to the other side. */
  lastNote: string | null;
  /** How a case in a final state got there when the state alone does not say (e.g. desistimiento). */
  outcome: CaseOutcome | null;
}

/** Every `outcome` a machine may record, with its Spanish meaning (the API's CaseOutcome enum). */
export const CASE_OUTCOMES = {
  DESISTIMIENTO: 'Rechazada por desistimiento: la subsanación no se radicó dentro del término.',
  CONVENIO_NO_FIRMADO: 'Aprobación sin efecto: el convenio no se firmó dentro del término.',
  EXPIRED_WITH_CYCLE: 'Vencido: la vigencia cerró antes de que se enviara.',
} as const;
export type CaseOutcome = keyof typeof CASE_OUTCOMES;

// XState also calls the context factory without input when it computes a pure `transition()`
// (it builds a throwaway actor); tolerating that avoids a thrown and swallowed error per event.
export const initialContext = (input: CaseInput | undefined): CaseContext => ({
  entityCode: input?.entityCode ?? '',
  assignee: null,
  lastNote: null,
  outcome: null,
});

/**
 * Effect actions. They do nothing inside the machine; the runtime reads their names from the
 * transition it computes and writes one outbox row per effect, in the same transaction.
 */
export const EFFECTS = ['notifyEntity', 'notifyCoordinators', 'notifyAssignee', 'notifyEvaluators'] as const;
export type Effect = (typeof EFFECTS)[number];
export const effectActions: Record<Effect, () => void> = {
  notifyEntity: () => undefined,
  notifyCoordinators: () => undefined,
  notifyAssignee: () => undefined,
  /** The evaluators the event names (`evaluators` in its payload): each is told in person. */
  notifyEvaluators: () => undefined,
};

/** Events that carry a written text (reasons, comments). */
export interface NoteEvent {
  note: string;
}

/** A note of at least a few characters: reasons and comments must say something. */
export const hasNote = ({ event }: { event: { type: string } }): boolean => {
  const note = (event as { note?: unknown }).note;
  return typeof note === 'string' && note.trim().length >= 3;
};
