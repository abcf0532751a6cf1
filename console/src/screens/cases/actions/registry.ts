import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

import { graphql } from '../../../gql';
import type { CaseActionResultFragment } from '../../../gql/graphql';

/**
 * The form of every mutation a case's `availableEvents` may name. The API turns introspection off
 * in production, so the console cannot discover a mutation's input at run time: this registry is
 * the static list, typed by codegen (a field's `path` must be a key of the mutation's input), and
 * test/unit/console-actions.spec.ts checks it against the process rules and the committed schema.
 *
 * Plain TypeScript on purpose (no JSX, no browser globals): the unit test imports it under Node.
 */

// What every action answers: the case as it is now (the page refetches its history afterwards).
graphql(`
  fragment CaseActionResult on Case {
    id
    state
    stateLabel
    version
    final
    updatedAt
    availableEvents {
      id
      event
      label
      mutation
    }
  }
`);

export type FieldKind = 'text' | 'textarea' | 'number' | 'pesos' | 'date' | 'select' | 'checkbox' | 'lines';

export interface ActionField<TInput = Record<string, unknown>> {
  /** Where the value goes, rooted at the argument as the API's `problems[].path` names it. */
  path: `input.${Extract<keyof TInput, string>}`;
  label: string;
  kind: FieldKind;
  /** Marked as required in its label; the API still decides, and says why next to the field. */
  required?: boolean;
  description?: string;
  /** `select`: the values the API accepts, with their Spanish names. */
  options?: readonly { id: string; label: string }[];
  min?: number;
  max?: number;
}

/** The payload every case action returns, under the mutation's own name. */
export type ActionData = Record<string, { replayed: boolean; case: CaseActionResultFragment } | undefined>;

/** The parts of an action's input the form always sends: the case, its version and the repetition key. */
interface CaseActionBase {
  caseId: string;
  expectedVersion?: number | null;
  idempotencyKey?: string | null;
}

export interface ActionForm<TInput extends CaseActionBase = CaseActionBase> {
  kind: 'form';
  document: TypedDocumentNode<ActionData, { input: TInput }>;
  fields: readonly ActionField<TInput>[];
  /** Values sent as they are: list inputs this general form leaves empty (their per-item form lives on the process's screen). */
  fixed?: Partial<Omit<TInput, keyof CaseActionBase>>;
  /** Said above the fields: what the action does, when its label is not enough. */
  hint?: string;
}

/** An action whose input needs the process's own screen (sessions, roadmap lines, scores, report items). */
export interface ActionElsewhere {
  kind: 'elsewhere';
  /** Where the person does it, in Spanish. */
  where: string;
}

export type ActionEntry = ActionForm<never> | ActionElsewhere;

/** The input type of a mutation's document. */
type InputOf<TDoc> = TDoc extends TypedDocumentNode<unknown, { input: infer TInput }> ? TInput : never;

/** Keeps each entry's fields typed against its own mutation's input (inferred from the document alone). */
function form<TDoc extends TypedDocumentNode<unknown, never>>(
  document: TDoc,
  fields: readonly ActionField<InputOf<TDoc>>[] = [],
  extra: { fixed?: Partial<Omit<InputOf<TDoc>, keyof CaseActionBase>>; hint?: string } = {},
): ActionEntry {
  return { kind: 'form', document: document as unknown as ActionForm<never>['document'], fields, ...extra } as ActionEntry;
}

const elsewhere = (where: string): ActionElsewhere => ({ kind: 'elsewhere', where });

const noteRequired = { path: 'input.note', label: 'Motivos para la entidad', kind: 'textarea', required: true } as const;
const noteOptional = { path: 'input.note', label: 'Comentario para la entidad (opcional)', kind: 'textarea' } as const;

const ACCOMPANIMENT_SCREEN = 'Se registra en la pantalla del acompañamiento (sesiones, compromisos, diagnóstico y hoja de ruta).';

export const actionRegistry: Readonly<Record<string, ActionEntry>> = {
  // Maturity self-assessment.
  submitAssessment: form(
    graphql(`
      mutation CasesSubmitAssessment($input: CaseActionInput!) {
        submitAssessment(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
  ),
  resubmitAssessment: form(
    graphql(`
      mutation CasesResubmitAssessment($input: CaseActionInput!) {
        resubmitAssessment(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
  ),
  withdrawAssessment: form(
    graphql(`
      mutation CasesWithdrawAssessment($input: CaseActionInput!) {
        withdrawAssessment(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
  ),
  startAssessmentReview: form(
    graphql(`
      mutation CasesStartAssessmentReview($input: CaseActionInput!) {
        startAssessmentReview(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
  ),
  requestAssessmentChanges: form(
    graphql(`
      mutation CasesRequestAssessmentChanges($input: RequestAssessmentChangesInput!) {
        requestAssessmentChanges(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
    [{ path: 'input.note', label: 'Cambios que se piden a la entidad', kind: 'textarea', required: true }],
    { fixed: { comments: [] }, hint: 'Los comentarios por pregunta se escriben en la revisión del autodiagnóstico.' },
  ),
  validateAssessment: form(
    graphql(`
      mutation CasesValidateAssessment($input: CaseActionInput!) {
        validateAssessment(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
  ),
  rejectAssessment: form(
    graphql(`
      mutation CasesRejectAssessment($input: CaseNoteInput!) {
        rejectAssessment(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
    [noteRequired],
  ),

  // Technical accompaniment.
  admitAccompaniment: form(
    graphql(`
      mutation CasesAdmitAccompaniment($input: CaseActionInput!) {
        admitAccompaniment(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
  ),
  declineAccompaniment: form(
    graphql(`
      mutation CasesDeclineAccompaniment($input: CaseNoteInput!) {
        declineAccompaniment(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
    [noteRequired],
  ),
  assignAdvisor: form(
    graphql(`
      mutation CasesAssignAdvisor($input: AssignAdvisorInput!) {
        assignAdvisor(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
    [
      {
        path: 'input.advisor',
        label: 'Usuario del asesor o asesora',
        kind: 'text',
        required: true,
        description: 'Su usuario en el directorio (p. ej. su correo institucional).',
      },
    ],
  ),
  scheduleAccompanimentSession: elsewhere(ACCOMPANIMENT_SCREEN),
  rescheduleAccompanimentSession: elsewhere(ACCOMPANIMENT_SCREEN),
  cancelAccompanimentSession: elsewhere(ACCOMPANIMENT_SCREEN),
  recordAccompanimentSession: elsewhere(ACCOMPANIMENT_SCREEN),
  completeAccompanimentCommitment: elsewhere(ACCOMPANIMENT_SCREEN),
  saveDiagnosisFindings: elsewhere(ACCOMPANIMENT_SCREEN),
  saveRoadmap: elsewhere(ACCOMPANIMENT_SCREEN),
  startDiagnosis: form(
    graphql(`
      mutation CasesStartDiagnosis($input: CaseActionInput!) {
        startDiagnosis(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
  ),
  startFormulation: form(
    graphql(`
      mutation CasesStartFormulation($input: CaseActionInput!) {
        startFormulation(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
  ),
  deliverRoadmap: form(
    graphql(`
      mutation CasesDeliverRoadmap($input: CaseDecisionInput!) {
        deliverRoadmap(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
    [noteOptional],
  ),
  finishAssessmentSupport: form(
    graphql(`
      mutation CasesFinishAssessmentSupport($input: CaseNoteInput!) {
        finishAssessmentSupport(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
    [{ path: 'input.note', label: 'Nota de cierre: qué se hizo y qué queda para la entidad', kind: 'textarea', required: true }],
  ),
  requestRoadmapAdjustments: form(
    graphql(`
      mutation CasesRequestRoadmapAdjustments($input: RequestRoadmapAdjustmentsInput!) {
        requestRoadmapAdjustments(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
    [{ path: 'input.note', label: 'Ajustes que se piden', kind: 'textarea', required: true }],
    { fixed: { comments: [] }, hint: 'Los comentarios por línea de la hoja de ruta se escriben en la pantalla del acompañamiento.' },
  ),
  acceptRoadmap: form(
    graphql(`
      mutation CasesAcceptRoadmap($input: CaseActionInput!) {
        acceptRoadmap(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
  ),
  answerAccompanimentSurvey: form(
    graphql(`
      mutation CasesAnswerAccompanimentSurvey($input: AnswerAccompanimentSurveyInput!) {
        answerAccompanimentSurvey(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
    [
      {
        path: 'input.score',
        label: 'Calificación del acompañamiento',
        kind: 'number',
        required: true,
        min: 1,
        max: 5,
        description: 'De 1 (muy insatisfecha) a 5 (muy satisfecha).',
      },
      { path: 'input.comment', label: 'Comentario (opcional)', kind: 'textarea' },
    ],
  ),
  withdrawAccompaniment: form(
    graphql(`
      mutation CasesWithdrawAccompaniment($input: CaseActionInput!) {
        withdrawAccompaniment(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
  ),

  // Cofinancing application.
  submitApplication: form(
    graphql(`
      mutation CasesSubmitApplication($input: CaseActionInput!) {
        submitApplication(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
  ),
  resubmitApplication: form(
    graphql(`
      mutation CasesResubmitApplication($input: CaseActionInput!) {
        resubmitApplication(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
  ),
  withdrawApplication: form(
    graphql(`
      mutation CasesWithdrawApplication($input: CaseActionInput!) {
        withdrawApplication(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
  ),
  signAgreement: form(
    graphql(`
      mutation CasesSignAgreement($input: SignAgreementInput!) {
        signAgreement(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
    [{ path: 'input.agreementNumber', label: 'Número del convenio (si ya lo tiene)', kind: 'text' }],
  ),
  startEligibilityReview: form(
    graphql(`
      mutation CasesStartEligibilityReview($input: CaseActionInput!) {
        startEligibilityReview(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
  ),
  requestCorrections: form(
    graphql(`
      mutation CasesRequestCorrections($input: CaseNoteInput!) {
        requestCorrections(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
    [{ path: 'input.note', label: 'Qué debe subsanar la entidad', kind: 'textarea', required: true }],
  ),
  declareEligible: form(
    graphql(`
      mutation CasesDeclareEligible($input: CaseActionInput!) {
        declareEligible(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
  ),
  declareIneligible: form(
    graphql(`
      mutation CasesDeclareIneligible($input: CaseNoteInput!) {
        declareIneligible(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
    [noteRequired],
  ),
  assignEvaluators: form(
    graphql(`
      mutation CasesAssignEvaluators($input: AssignEvaluatorsInput!) {
        assignEvaluators(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
    [
      {
        path: 'input.evaluators',
        label: 'Usuarios de los evaluadores',
        kind: 'lines',
        required: true,
        description: 'Uno por línea (su usuario en el directorio); se suman a los ya asignados.',
      },
    ],
  ),
  removeEvaluator: form(
    graphql(`
      mutation CasesRemoveEvaluator($input: RemoveEvaluatorInput!) {
        removeEvaluator(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
    [
      { path: 'input.evaluator', label: 'Usuario del evaluador que sale del panel', kind: 'text', required: true },
      { path: 'input.note', label: 'Motivos', kind: 'textarea', required: true },
    ],
  ),
  declareConflictOfInterest: form(
    graphql(`
      mutation CasesDeclareConflictOfInterest($input: DeclareConflictInput!) {
        declareConflictOfInterest(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
    [
      { path: 'input.conflict', label: 'Tengo conflicto de interés con esta postulación', kind: 'checkbox' },
      { path: 'input.note', label: 'Motivos (obligatorios si hay conflicto)', kind: 'textarea' },
    ],
  ),
  submitEvaluation: elsewhere('Se califica criterio por criterio en la pantalla de evaluación de la convocatoria.'),
  sendToCommittee: form(
    graphql(`
      mutation CasesSendToCommittee($input: CaseActionInput!) {
        sendToCommittee(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
  ),
  approveApplication: form(
    graphql(`
      mutation CasesApproveApplication($input: CaseActionInput!) {
        approveApplication(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
  ),
  waitlistApplication: form(
    graphql(`
      mutation CasesWaitlistApplication($input: CaseNoteInput!) {
        waitlistApplication(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
    [noteRequired],
  ),
  rejectApplication: form(
    graphql(`
      mutation CasesRejectApplication($input: CaseNoteInput!) {
        rejectApplication(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
    [noteRequired],
  ),
  startExecution: form(
    graphql(`
      mutation CasesStartExecution($input: CaseActionInput!) {
        startExecution(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
  ),
  closeApplication: form(
    graphql(`
      mutation CasesCloseApplication($input: CaseNoteInput!) {
        closeApplication(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
    [{ path: 'input.note', label: 'Nota de cierre', kind: 'textarea', required: true }],
  ),

  // Action plan review and progress reports.
  approvePlanVersion: form(
    graphql(`
      mutation CasesApprovePlanVersion($input: CaseDecisionInput!) {
        approvePlanVersion(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
    [noteOptional],
  ),
  returnPlanVersion: form(
    graphql(`
      mutation CasesReturnPlanVersion($input: CaseNoteInput!) {
        returnPlanVersion(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
    [{ path: 'input.note', label: 'Qué debe ajustar la entidad', kind: 'textarea', required: true }],
  ),
  resubmitPlanVersion: form(
    graphql(`
      mutation CasesResubmitPlanVersion($input: ResubmitPlanVersionInput!) {
        resubmitPlanVersion(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
    [
      { path: 'input.title', label: 'Nuevo título (opcional)', kind: 'text' },
      { path: 'input.justification', label: 'Nueva justificación (opcional)', kind: 'textarea' },
    ],
    { hint: 'Los cambios de productos, metas y objetivos se proponen en la pantalla de seguimiento.' },
  ),
  withdrawPlanVersion: form(
    graphql(`
      mutation CasesWithdrawPlanVersion($input: CaseActionInput!) {
        withdrawPlanVersion(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
  ),
  acceptProgressReport: form(
    graphql(`
      mutation CasesAcceptProgressReport($input: CaseDecisionInput!) {
        acceptProgressReport(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
    [noteOptional],
  ),
  returnProgressReport: form(
    graphql(`
      mutation CasesReturnProgressReport($input: ReturnProgressReportInput!) {
        returnProgressReport(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
    [{ path: 'input.note', label: 'Qué debe corregir la entidad', kind: 'textarea', required: true }],
    { fixed: { comments: [] }, hint: 'Los comentarios por producto se escriben en la pantalla de seguimiento.' },
  ),
  resubmitProgressReport: elsewhere('El reporte corregido, con sus valores y anexos, se radica en la pantalla de seguimiento.'),
  withdrawProgressReport: form(
    graphql(`
      mutation CasesWithdrawProgressReport($input: CaseActionInput!) {
        withdrawProgressReport(input: $input) {
          replayed
          case {
            ...CaseActionResult
          }
        }
      }
    `),
  ),
};

/** The registry's entry for a mutation the API named; undefined for one this console does not know yet. */
export const actionFor = (mutation: string): ActionEntry | undefined =>
  Object.prototype.hasOwnProperty.call(actionRegistry, mutation) ? actionRegistry[mutation] : undefined;

/**
 * The input an action sends: the case, the version the person saw, a fresh repetition key per
 * submission (a double click sends the same key and changes nothing twice), the fixed parts and
 * the form's values.
 */
export function actionInput(
  entry: ActionForm<never>,
  kase: { id: string; version: number },
  values: Readonly<Record<string, unknown>>,
  idempotencyKey: string,
): Record<string, unknown> {
  const input: Record<string, unknown> = { caseId: kase.id, expectedVersion: kase.version, idempotencyKey, ...(entry.fixed ?? {}) };
  for (const field of entry.fields) {
    const key = field.path.slice('input.'.length);
    const value = values[field.path];
    if (field.kind === 'checkbox') input[key] = value === true;
    else if (field.kind === 'lines')
      input[key] = String(value ?? '')
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (field.kind === 'number' || field.kind === 'pesos') input[key] = typeof value === 'number' ? value : null;
    else if (field.required) input[key] = String(value ?? '');
    // An optional text left blank is not sent: the API keeps what it had.
    else if (typeof value === 'string' && value.trim() !== '') input[key] = value;
  }
  return input;
}
