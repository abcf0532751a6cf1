import type { EntityManager } from '@mikro-orm/knex';

import type { Actor } from '../../core/auth/policy';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError } from '../../core/errors/app-error';
import { lengthCode, ProblemCode, under } from '../../core/errors/problems';
import { sqlOf } from '../../core/orm/orm';
import { clip, problemsText, type Problem } from '../../core/text';
import { bogotaDateTime, bogotaDay } from '../../core/time/business-calendar';
import { takeCaseRow } from '../../core/workflow/case-store';
import type { WorkflowCase } from '../../core/workflow/case.entity';
import type { WorkflowEvent } from '../../core/workflow/workflow-runtime';
import { isOpenAt } from '../cycles/cycle.service';
import type { AttachmentOwner, DocumentAttachments } from '../documents/document-attachments';
import { Document } from '../documents/document.entity';
import { currentDocumentsOf } from '../documents/document.loaders';
import { ActionPlan, PeriodReport } from '../follow-up/action-plan.entity';
import { createProjectPlan } from '../follow-up/project-plan';
import { assignmentProblems } from '../people/assignable';
import { checklistItemKey, text } from './application-edits';
import { releaseFunds, reserveFunds } from './application-funds';
import { CofinancingCall } from './call.entity';
import { checklistOf, rubricOf, takeCallRow } from './call.service';
import {
  BudgetLine,
  CofinancingAgreement,
  CofinancingApplication,
  Disbursement,
  EligibilityCheck,
  EvaluationScore,
  EvaluatorAssignment,
} from './cofinancing.entity';
import { atLeastPercent, formatPesos } from './money';
import { freshSeat } from './panel-assignment';

export interface SubmissionReason {
  code: string;
  message: string;
  path?: string;
  /** DOCUMENT_REQUIRED: the checklist item without its document, and its text. */
  itemId?: string;
  text?: string;
}

const MAX_EVALUATORS = 10;

/**
 * Events whose checks read what edits outside transitions write (budget, checklist, schedule): they
 * take the case row first, as the edits do, so a check never passes on data an edit is changing.
 */
const READS_EDITS = new Set(['SUBMIT', 'RESUBMIT', 'DECLARE_ELIGIBLE', 'START_EXECUTION', 'CLOSE']);

/** Panel changes that may complete the evaluation (and so move the application to committee). */
const PANEL_EVENTS = new Set(['SUBMIT_EVALUATION', 'DECLARE_CONFLICT', 'REMOVE_EVALUATOR']);

/** Events after which the funds an approval reserved go back to the call (and to its waitlist). */
const RELEASING_EVENTS = new Set(['WITHDRAW', 'AGREEMENT_TERM_EXPIRED']);

/** Checks an event against the application's data, in the transition's transaction (throws to refuse). */
export async function beforeApplicationEvent(
  db: () => EntityManager,
  actor: Actor,
  kase: WorkflowCase,
  event: WorkflowEvent,
  now: Date,
  assessmentProblem: () => Promise<string | null>,
  attachments: DocumentAttachments,
): Promise<void> {
  const em = db();
  if (READS_EDITS.has(event.type) && !(await takeCaseRow(sqlOf(em), (q) => q.where({ id: kase.id, version: kase.version })))) {
    throw new ConflictError('La postulación cambió mientras se procesaba su solicitud; consúltela de nuevo e intente otra vez');
  }
  switch (event.type) {
    case 'SUBMIT':
    case 'RESUBMIT': {
      const reasons = await submissionReasons(em, kase, event.type === 'SUBMIT', now);
      const assessment = await assessmentProblem();
      if (assessment) reasons.unshift({ code: 'VALIDATED_ASSESSMENT_REQUIRED', message: assessment });
      if (reasons.length) {
        throw new PreconditionFailedError(
          'APPLICATION_NOT_SUBMITTABLE',
          `La postulación no se puede radicar: ${reasons.map((r) => r.message).join('; ')}`,
          { reasons },
        );
      }
      return;
    }
    case 'DECLARE_ELIGIBLE':
      return requireChecklistMet(em, kase);
    case 'ASSIGN_EVALUATORS':
      return checkAssignment(em, kase, event);
    case 'DECLARE_CONFLICT':
      return checkDeclaration(em, actor, kase, event);
    case 'SUBMIT_EVALUATION':
      return checkEvaluation(em, actor, kase, event);
    case 'REMOVE_EVALUATOR':
      return checkRemoval(em, kase, event);
    case 'APPROVE':
    case 'PROMOTE':
    case 'WAITLIST':
      return requireFundable(em, kase);
    case 'SIGN_AGREEMENT': {
      const number = event.agreementNumber;
      if (number != null && (typeof number !== 'string' || number.trim().length < 3 || number.length > 60)) {
        throw new BadUserInputError('agreementNumber debe tener entre 3 y 60 caracteres', {
          path: 'input.agreementNumber',
          code: typeof number === 'string' ? lengthCode(number, 3) : ProblemCode.INVALID_TYPE,
          problem: 'debe tener entre 3 y 60 caracteres',
        });
      }
      const ref = agreementDocumentRef(event);
      if (ref) {
        // Checked here, where a refusal writes nothing; attached after the transition (afterEvent).
        const { problems } = await attachments.check(em, [{ owner: agreementOwner(kase), refs: [ref] }]);
        if (problems.length) throw new BadUserInputError(`No se firmó el convenio: ${problemsText(problems)}`, { problems });
      }
      return;
    }
    case 'CLOSE': {
      const unpaid = await em.count(Disbursement, { caseId: kase.id, paidOn: null });
      if (unpaid > 0) {
        throw new PreconditionFailedError(
          'DISBURSEMENTS_PENDING',
          `Quedan ${unpaid} ${unpaid === 1 ? 'cuota' : 'cuotas'} del cronograma sin pagar: la postulación no se cierra antes de desembolsarlas`,
          { unpaid },
        );
      }
      return requireFinalReport(em, kase);
    }
    case 'START_EXECUTION': {
      const instalments = await em.count(Disbursement, { caseId: kase.id });
      if (instalments === 0) {
        throw new PreconditionFailedError(
          'DISBURSEMENT_SCHEDULE_REQUIRED',
          'Registre el cronograma de desembolsos del convenio antes de iniciar la ejecución',
        );
      }
      return;
    }
  }
}

/** Writes what an accepted event decides: submission, panel, scores, decisions, funds, agreement. */
export async function afterApplicationEvent(
  db: () => EntityManager,
  actor: Actor,
  after: WorkflowCase,
  event: WorkflowEvent,
  at: Date,
  attachments: DocumentAttachments,
): Promise<void> {
  const em = db();
  switch (event.type) {
    case 'SUBMIT':
      await em.nativeUpdate(CofinancingApplication, { caseId: after.id, submittedAt: null }, { submittedAt: at });
      break;
    case 'ASSIGN_EVALUATORS': {
      const evaluators = [...new Set((event.evaluators as string[]).map((e) => e.trim()))];
      await em.insertMany(
        EvaluatorAssignment,
        evaluators.map((evaluator) => freshSeat(after.id, evaluator, actor.subject, at)),
      );
      break;
    }
    case 'DECLARE_CONFLICT':
      await em.nativeUpdate(
        EvaluatorAssignment,
        { caseId: after.id, evaluator: actor.subject },
        { conflict: event.conflict === true, conflictNote: text(event.note) || null, declaredAt: at },
      );
      break;
    case 'SUBMIT_EVALUATION': {
      const call = await em.findOneOrFail(CofinancingCall, { id: after.callId! });
      const weights = new Map(rubricOf(call).map((c) => [c.id, c.weight]));
      const scores = event.scores as { criterionId: string; score: number; justification: string }[];
      await em.insertMany(
        EvaluationScore,
        scores.map((s) => ({
          caseId: after.id,
          evaluator: actor.subject,
          criterionId: s.criterionId,
          score: s.score,
          justification: s.justification.trim(),
        })),
      );
      const hundredths = scores.reduce((sum, s) => sum + s.score * weights.get(s.criterionId)!, 0);
      await em.nativeUpdate(
        EvaluatorAssignment,
        { caseId: after.id, evaluator: actor.subject },
        { scoreHundredths: hundredths, submittedAt: at },
      );
      break;
    }
    case 'REMOVE_EVALUATOR':
      // The history keeps who was removed, why, and what they had declared.
      await em.nativeDelete(EvaluatorAssignment, { caseId: after.id, evaluator: event.evaluator as string });
      break;
    case 'APPROVE':
    case 'PROMOTE':
      await reserveFunds(em, actor, after, at);
      await decide(em, actor, after, 'APPROVED', event, at);
      break;
    case 'WAITLIST':
      await decide(em, actor, after, 'WAITLISTED', event, at);
      break;
    case 'REJECT':
      await decide(em, actor, after, 'REJECTED', event, at);
      break;
    case 'SIGN_AGREEMENT': {
      await em.insert(CofinancingAgreement, {
        caseId: after.id,
        number: text(event.agreementNumber) || null,
        signedBy: actor.subject,
        signedAt: at,
      });
      const ref = agreementDocumentRef(event);
      if (ref) await attachments.attach(em, actor, [ref], agreementOwner(after));
      break;
    }
    case 'START_EXECUTION':
      await writeProjectPlan(em, actor, after, at);
      break;
  }
  if (after.state === 'committee' && PANEL_EVENTS.has(event.type)) await storeAverage(em, after.id);
  if (RELEASING_EVENTS.has(event.type)) await releaseFunds(em, after, event.type, at);
}

/**
 * The project's action plan, approved as written by the platform: one product per budget line,
 * semiannual targets by the disbursement schedule (follow-up/project-plan.ts). From here the
 * entity reports its progress and the coordination reviews it, like any plan.
 */
export async function writeProjectPlan(em: EntityManager, actor: Actor, after: WorkflowCase, at: Date): Promise<boolean> {
  // One plan follows an application: an entity that imported its own before execution keeps it.
  if (await em.count(ActionPlan, { caseId: after.id, status: { $ne: 'WITHDRAWN' } })) return false;
  // One after the other: inside the transition's transaction, statements share one connection.
  const app = await em.findOneOrFail(CofinancingApplication, { caseId: after.id });
  const lines = await em.find(BudgetLine, { caseId: after.id }, { orderBy: { position: 'asc' } });
  const instalments = await em.find(Disbursement, { caseId: after.id }, { orderBy: { instalment: 'asc' } });
  await createProjectPlan(em, {
    caseId: after.id,
    entityCode: after.entityCode,
    title: app.title,
    startedOn: bogotaDay(at),
    approvedBy: actor.subject,
    at,
    lines,
    instalments,
  });
  return true;
}

/** Closing a project needs the final progress report of a plan that follows it, accepted by the coordination. */
async function requireFinalReport(em: EntityManager, kase: WorkflowCase): Promise<void> {
  const plans = await em.find(ActionPlan, { caseId: kase.id }, { fields: ['id'] });
  const accepted = plans.length
    ? await em.count(PeriodReport, { planId: { $in: plans.map((p) => p.id) }, final: true, acceptedOn: { $ne: null } })
    : 0;
  if (accepted === 0) {
    throw new PreconditionFailedError(
      'FINAL_REPORT_REQUIRED',
      'La postulación no se cierra sin el reporte final de avance de su plan de acción aceptado por la coordinación (submitProgressReport con final: true, y acceptProgressReport)',
      { plans: plans.length },
    );
  }
}

async function submissionReasons(em: EntityManager, kase: WorkflowCase, submitting: boolean, now: Date): Promise<SubmissionReason[]> {
  const reasons: SubmissionReason[] = [];
  // The rules read here are the ones the application is submitted under: no change may slip in between.
  await takeCallRow(em, kase.callId!);
  const call = await em.findOneOrFail(CofinancingCall, { id: kase.callId! }, { refresh: true });
  if (submitting && !(call.publishedAt && isOpenAt(call, now))) {
    reasons.push({
      code: 'CALL_NOT_OPEN',
      message: `la convocatoria "${call.title}" no está abierta (recibe postulaciones del ${bogotaDateTime(call.opensAt)} al ${bogotaDateTime(call.closesAt)})`,
    });
  }
  const app = await em.findOne(CofinancingApplication, { caseId: kase.id });
  const lines = await em.find(BudgetLine, { caseId: kase.id }, { orderBy: { position: 'asc' } });
  if (!app) {
    reasons.push({
      code: 'APPLICATION_INCOMPLETE',
      message: 'la postulación no tiene título, descripción ni presupuesto (guárdela con saveApplication)',
    });
    return reasons;
  }
  if (app.dimensions.length === 0)
    reasons.push({ code: 'NO_DIMENSIONS', message: 'indique al menos una dimensión CTI que aborda el proyecto', path: 'dimensions' });
  if (lines.length === 0) reasons.push({ code: 'NO_BUDGET_LINES', message: 'el presupuesto no tiene líneas', path: 'budgetLines' });
  for (const l of lines) {
    if (l.futicAmount < 0 || l.counterpartAmount < 0 || l.futicAmount + l.counterpartAmount === 0) {
      reasons.push({
        code: 'LINE_WITHOUT_AMOUNT',
        message: `la línea ${l.position} ("${l.description}") tiene un valor negativo o en cero`,
        path: `budgetLines[${l.position - 1}]`,
      });
    }
  }
  if (lines.length && app.futicTotal <= 0)
    reasons.push({ code: 'NO_FUTIC_REQUESTED', message: 'la postulación no solicita recursos FUTIC', path: 'budgetLines' });
  reasons.push(...(await missingDocuments(em, kase, checklistOf(call))));
  if (app.futicTotal > call.capPerApplication) {
    reasons.push({
      code: 'OVER_CAP',
      message: `los recursos FUTIC solicitados (${formatPesos(app.futicTotal)}) superan el tope por postulación (${formatPesos(call.capPerApplication)})`,
      path: 'budgetLines',
    });
  }
  const total = app.futicTotal + app.counterpartTotal;
  if (total > 0 && !atLeastPercent(app.counterpartTotal, total, call.minCounterpartPercent)) {
    reasons.push({
      code: 'COUNTERPART_BELOW_MINIMUM',
      // Truncated, not rounded: a share just under the minimum must not read as the minimum.
      message: `la contrapartida (${formatPesos(app.counterpartTotal)}, ${(Math.floor((app.counterpartTotal * 10000) / total) / 100).toFixed(2)} % del total) es menor que el mínimo de la convocatoria (${call.minCounterpartPercent} %)`,
      path: 'budgetLines',
    });
  }
  return reasons;
}

/** The signed agreement of an application as the owner of its document. */
export function agreementOwner(kase: Pick<WorkflowCase, 'id' | 'entityCode'>): AttachmentOwner {
  return { kind: 'AGREEMENT', key: kase.id, caseId: kase.id, entityCode: kase.entityCode, purposes: ['SIGNED_AGREEMENT'] };
}

/** The signed agreement's document an SIGN_AGREEMENT event names, if any. */
function agreementDocumentRef(event: WorkflowEvent): { id: string; path: string } | null {
  return typeof event.documentId === 'string' && event.documentId ? { id: event.documentId, path: 'input.documentId' } : null;
}

/**
 * Every item of the call's checklist that requires a document and has none current attached. A call
 * made before documents existed requires none, so the applications submitted under it are unaffected.
 */
async function missingDocuments(
  em: EntityManager,
  kase: WorkflowCase,
  checklist: { id: string; text: string; requiresDocument: boolean }[],
): Promise<SubmissionReason[]> {
  const required = checklist.map((item, index) => ({ item, index })).filter(({ item }) => item.requiresDocument);
  if (!required.length) return [];
  const owners = required.map(({ item }) => checklistItemKey(kase.id, item.id));
  const attached = await em.find(Document, currentDocumentsOf('CHECKLIST_ITEM', owners), {
    fields: ['ownerKey'],
    disableIdentityMap: true,
  });
  const supported = new Set(attached.map((d) => d.ownerKey));
  return required
    .filter(({ item }) => !supported.has(checklistItemKey(kase.id, item.id)))
    .map(({ item, index }) => ({
      code: 'DOCUMENT_REQUIRED',
      message: `el requisito ${item.id} ("${item.text}") no tiene su documento adjunto (attachChecklistDocuments)`,
      path: `checklist[${index}]`,
      itemId: item.id,
      text: item.text,
    }));
}

async function requireChecklistMet(em: EntityManager, kase: WorkflowCase): Promise<void> {
  const call = await em.findOneOrFail(CofinancingCall, { id: kase.callId! });
  const checks = new Map((await em.find(EligibilityCheck, { caseId: kase.id })).map((c) => [c.itemId, c]));
  const pending = checklistOf(call)
    .map((item) => ({ itemId: item.id, status: !checks.has(item.id) ? 'NOT_CHECKED' : checks.get(item.id)!.met ? null : 'NOT_MET' }))
    .filter((i) => i.status !== null);
  if (pending.length) {
    throw new PreconditionFailedError(
      'ELIGIBILITY_NOT_MET',
      `La postulación no se puede declarar habilitada: ${pending.map((p) => `${p.itemId} ${p.status === 'NOT_MET' ? 'no se cumple' : 'sin verificar'}`).join(', ')}`,
      { items: pending },
    );
  }
}

async function checkAssignment(em: EntityManager, kase: WorkflowCase, event: WorkflowEvent): Promise<void> {
  const list: unknown[] = Array.isArray(event.evaluators) ? (event.evaluators as unknown[]) : [];
  const badName = list.findIndex((e) => typeof e !== 'string' || e.trim().length < 3 || e.length > 200);
  if (list.length === 0 || list.length > MAX_EVALUATORS || badName >= 0) {
    const at =
      badName >= 0 && list.length <= MAX_EVALUATORS
        ? { path: `input.evaluators[${badName}]`, code: lengthCode(String(list[badName] ?? ''), 3) }
        : { path: 'input.evaluators', code: list.length === 0 ? ProblemCode.REQUIRED : ProblemCode.TOO_LONG };
    throw new BadUserInputError(`evaluators debe traer entre 1 y ${MAX_EVALUATORS} usuarios (de 3 a 200 caracteres)`, at);
  }
  const names = (list as string[]).map((e) => e.trim());
  const repeated = names.findIndex((n, i) => names.indexOf(n) !== i);
  if (repeated >= 0)
    throw new BadUserInputError('evaluators repite un usuario', {
      path: `input.evaluators[${repeated}]`,
      code: ProblemCode.DUPLICATE,
      problem: 'repite un usuario',
    });
  // Only active evaluators of the directory, none who belongs or belonged to the applying entity.
  const refused = await assignmentProblems(em, names, 'EVALUATOR', (i) => `input.evaluators[${i}]`, kase.entityCode);
  if (refused.length) throw new BadUserInputError(`No se asignaron los evaluadores: ${problemsText(refused)}`, { problems: refused });
  const already = await em.find(EvaluatorAssignment, { caseId: kase.id, evaluator: { $in: names } });
  if (already.length) {
    const assigned = new Set(already.map((a) => a.evaluator));
    const problems = names.flatMap((n, i) =>
      assigned.has(n)
        ? [{ path: `input.evaluators[${i}]`, code: ProblemCode.DUPLICATE, message: `${n} ya está asignado a esta postulación` }]
        : [],
    );
    throw new BadUserInputError(`Ya están asignados a esta postulación: ${already.map((a) => a.evaluator).join(', ')}`, { problems });
  }
  const total = (await em.count(EvaluatorAssignment, { caseId: kase.id })) + names.length;
  if (total > MAX_EVALUATORS)
    throw new BadUserInputError(`Una postulación admite a lo sumo ${MAX_EVALUATORS} evaluadores`, {
      path: 'input.evaluators',
      code: ProblemCode.OVER_LIMIT,
    });
}

async function assignmentOf(em: EntityManager, actor: Actor, kase: WorkflowCase, event: WorkflowEvent): Promise<EvaluatorAssignment> {
  if (event.evaluator !== actor.subject) throw new ForbiddenError('Cada evaluador declara y califica solo por sí mismo');
  const assignment = await em.findOne(EvaluatorAssignment, { caseId: kase.id, evaluator: actor.subject });
  if (!assignment) throw new NotFoundError(`No existe la postulación ${kase.id} o no tiene acceso a ella`, { caseId: kase.id });
  return assignment;
}

async function checkDeclaration(em: EntityManager, actor: Actor, kase: WorkflowCase, event: WorkflowEvent): Promise<void> {
  const assignment = await assignmentOf(em, actor, kase, event);
  if (assignment.declaredAt) {
    throw new PreconditionFailedError(
      'CONFLICT_ALREADY_DECLARED',
      `Ya declaró ${assignment.conflict ? 'un conflicto de interés' : 'que no tiene conflicto de interés'} en esta postulación`,
    );
  }
  if (typeof event.conflict !== 'boolean')
    throw new BadUserInputError('conflict debe ser true o false', {
      path: 'input.conflict',
      code: ProblemCode.INVALID_TYPE,
      problem: 'debe ser true o false',
    });
  const note = text(event.note);
  if (event.conflict && note.length < 10) {
    throw new BadUserInputError('Un conflicto de interés se declara con sus motivos (al menos 10 caracteres)', {
      path: 'input.note',
      code: lengthCode(note, 10),
    });
  }
  if (note.length > 2000)
    throw new BadUserInputError('note admite a lo sumo 2000 caracteres', {
      path: 'input.note',
      code: ProblemCode.TOO_LONG,
      problem: 'admite a lo sumo 2000 caracteres',
    });
}

async function checkEvaluation(em: EntityManager, actor: Actor, kase: WorkflowCase, event: WorkflowEvent): Promise<void> {
  const assignment = await assignmentOf(em, actor, kase, event);
  if (!assignment.declaredAt) {
    throw new PreconditionFailedError(
      'CONFLICT_DECLARATION_REQUIRED',
      'Antes de calificar, declare si tiene conflicto de interés con esta postulación (declareConflictOfInterest)',
    );
  }
  if (assignment.conflict) {
    throw new PreconditionFailedError(
      'EVALUATOR_CONFLICTED',
      'Declaró un conflicto de interés: está excluido de la evaluación de esta postulación',
    );
  }
  if (assignment.submittedAt)
    throw new PreconditionFailedError('EVALUATION_ALREADY_SUBMITTED', 'Ya radicó su evaluación de esta postulación');
  const call = await em.findOneOrFail(CofinancingCall, { id: kase.callId! });
  const rubric = rubricOf(call);
  const scores = Array.isArray(event.scores) ? (event.scores as { criterionId: string; score: number; justification: string }[]) : [];
  const problems: Problem[] = [];
  const known = new Set(rubric.map((c) => c.id));
  const seen = new Set<string>();
  scores.forEach((s, i) => {
    const at = `scores[${i}]`;
    if (!known.has(s.criterionId))
      problems.push({
        path: `${at}.criterionId`,
        code: ProblemCode.UNKNOWN,
        message: `${clip(s.criterionId)} no es un criterio de la rúbrica (${[...known].join(', ')})`,
      });
    else if (seen.has(s.criterionId))
      problems.push({ path: `${at}.criterionId`, code: ProblemCode.DUPLICATE, message: `${s.criterionId} está calificado más de una vez` });
    seen.add(s.criterionId);
    if (!Number.isInteger(s.score) || s.score < 0 || s.score > 100)
      problems.push({
        path: `${at}.score`,
        code: Number.isInteger(s.score) ? ProblemCode.OUT_OF_RANGE : ProblemCode.INVALID_TYPE,
        message: `debe ser un entero entre 0 y 100 (recibido ${clip(String(s.score))})`,
      });
    const j = text(s.justification);
    if (j.length < 10 || j.length > 2000)
      problems.push({
        path: `${at}.justification`,
        code: lengthCode(j, 10),
        message: 'debe justificar la calificación con entre 10 y 2000 caracteres',
      });
  });
  for (const c of rubric)
    if (!seen.has(c.id))
      problems.push({ path: 'scores', code: ProblemCode.REQUIRED, message: `falta calificar el criterio ${c.id} (${c.name})` });
  if (problems.length) {
    const rooted = under('input', problems);
    throw new BadUserInputError(`No se radicó la evaluación: ${problemsText(rooted)}`, { problems: rooted });
  }
}

async function checkRemoval(em: EntityManager, kase: WorkflowCase, event: WorkflowEvent): Promise<void> {
  const evaluator = text(event.evaluator);
  const assignment = evaluator ? await em.findOne(EvaluatorAssignment, { caseId: kase.id, evaluator }) : null;
  if (!assignment)
    throw new BadUserInputError(`${clip(evaluator) || 'evaluator'} no está asignado a esta postulación`, {
      path: 'input.evaluator',
      code: evaluator ? ProblemCode.UNKNOWN : ProblemCode.REQUIRED,
    });
  if (assignment.submittedAt) {
    throw new PreconditionFailedError(
      'EVALUATION_ALREADY_SUBMITTED',
      `${evaluator} ya radicó su evaluación: cuenta en el promedio y no se retira`,
    );
  }
  if (text(event.note).length < 10)
    throw new BadUserInputError('Retirar a un evaluador exige sus motivos (al menos 10 caracteres)', {
      path: 'input.note',
      code: lengthCode(text(event.note), 10),
    });
}

/**
 * The minimum is compared with the unrounded mean (Σ of the evaluators' weighted hundredths ≥
 * minimum × 100 × n): a mean of 59.995 shows as 60.00 but does not reach a minimum of 60.
 */
async function requireFundable(em: EntityManager, kase: WorkflowCase): Promise<void> {
  // One after the other: inside the transition's transaction, statements share one connection.
  const app = await em.findOne(CofinancingApplication, { caseId: kase.id });
  const call = await em.findOneOrFail(CofinancingCall, { id: kase.callId! });
  const panel = await em.find(EvaluatorAssignment, { caseId: kase.id, conflict: false, submittedAt: { $ne: null } }, { refresh: true });
  const score = app?.scoreHundredths ?? null;
  const sum = panel.reduce((total, a) => total + a.scoreHundredths!, 0);
  if (score === null || panel.length === 0 || sum < call.minScore * 100 * panel.length) {
    throw new PreconditionFailedError(
      'SCORE_BELOW_MINIMUM',
      score === null
        ? 'La postulación no tiene puntaje de evaluación técnica'
        : `El puntaje de la evaluación (${(sum / panel.length / 100).toFixed(3).replace(/0$/, '')}) es menor que el mínimo de la convocatoria (${call.minScore}): solo puede rechazarse`,
      { score: score === null ? null : score / 100, minScore: call.minScore },
    );
  }
}

async function decide(
  em: EntityManager,
  actor: Actor,
  kase: WorkflowCase,
  decision: string,
  event: WorkflowEvent,
  at: Date,
): Promise<void> {
  await em.nativeUpdate(
    CofinancingApplication,
    { caseId: kase.id },
    { decision, decisionNote: text(event.note) || null, decidedAt: at, decidedBy: actor.subject },
  );
}

/** The application's score: the mean of the weighted scores of the evaluators without a conflict. */
async function storeAverage(em: EntityManager, caseId: string): Promise<void> {
  // Refreshed: this transition's own evaluator was loaded before its score was written.
  const rows = await em.find(EvaluatorAssignment, { caseId, conflict: false, submittedAt: { $ne: null } }, { refresh: true });
  const sum = rows.reduce((s, r) => s + r.scoreHundredths!, 0);
  await em.nativeUpdate(CofinancingApplication, { caseId }, { scoreHundredths: rows.length ? Math.round(sum / rows.length) : null });
}
