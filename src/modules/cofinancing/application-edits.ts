import type { EntityManager } from '@mikro-orm/knex';

import type { ProcessId, WorkflowRegistry } from '../../../workflows/registry';

import { canReadCase, isSender, type Actor } from '../../core/auth/policy';
import { BadUserInputError, ForbiddenError, NotFoundError, PreconditionFailedError } from '../../core/errors/app-error';
import { lengthCode, ProblemCode, under } from '../../core/errors/problems';
import { sqlOf } from '../../core/orm/orm';
import { clip, isCalendarDate, isUuid, problemsText, type Problem } from '../../core/text';
import type { Clock } from '../../core/time/clock';
import { takeCaseRow } from '../../core/workflow/case-store';
import { WorkflowCase } from '../../core/workflow/case.entity';
import { stateInfo } from '../../core/workflow/definition';
import type { AttachmentOwner, DocumentAttachments } from '../documents/document-attachments';
import type { ModelCatalog } from '../maturity/model-catalog';
import { CofinancingCall } from './call.entity';
import { checklistOf } from './call.service';
import { COMPONENTS, type Component } from './cofinancing-defaults';
import { BudgetLine, CofinancingApplication, Disbursement, EligibilityCheck } from './cofinancing.entity';
import { canEditApplication } from './cofinancing.policy';
import { cofinancingSenders } from './cofinancing.senders';
import { formatPesos } from './money';

export interface BudgetLineData {
  component: Component;
  description: string;
  futicAmount: number;
  counterpartAmount: number;
}

export interface ApplicationData {
  caseId: string;
  title: string;
  description: string;
  dimensions: string[];
  budgetLines: BudgetLineData[];
}

export interface ChecklistEntryData {
  itemId: string;
  met: boolean;
  note?: string | null;
}

export interface InstalmentData {
  dueOn: string;
  amount: number;
}

export const MAX_BUDGET_LINES = 50;
/** Documents attached to one checklist item in one request. */
export const MAX_CHECKLIST_DOCUMENTS = 10;
const MAX_INSTALMENTS = 24;

/** States in which the entity edits its application: before submitting, and while correcting it. */
const EDITABLE_STATES = ['draft', 'correctionsRequested'];

/** Trimmed text from a client, '' for anything else. */
export const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/**
 * What the edits take from the service: the maturity model (its dimensions), the clock, and the
 * machines (a refusal names the state the application is in).
 */
export interface EditDeps {
  models: ModelCatalog;
  clock: Clock;
  registry: WorkflowRegistry;
  attachments: DocumentAttachments;
}

/** The key of an application's checklist item as the owner of its documents. */
export const checklistItemKey = (caseId: string, itemId: string): string => `${caseId}:${itemId}`;

/** A checklist item of an application as the owner of the documents that support it. */
export function checklistItemOwner(kase: Pick<WorkflowCase, 'id' | 'entityCode'>, itemId: string): AttachmentOwner {
  return {
    kind: 'CHECKLIST_ITEM',
    key: checklistItemKey(kase.id, itemId),
    caseId: kase.id,
    entityCode: kase.entityCode,
    purposes: ['ELIGIBILITY_REQUIREMENT'],
  };
}

/** Saves the whole application (title, description, dimensions and budget lines) as given; all or nothing. */
export async function saveApplication(deps: EditDeps, em: EntityManager, actor: Actor, input: ApplicationData): Promise<WorkflowCase> {
  return em.transactional(async (tx) => {
    const kase = await lockedCase(
      deps.registry,
      tx,
      actor,
      input.caseId,
      EDITABLE_STATES,
      canEditApplication,
      'APPLICATION_NOT_EDITABLE',
      'La postulación solo se edita en borrador o mientras se subsana',
    );
    const problems = under('input', await applicationProblems(deps.models, tx, input));
    if (problems.length) throw new BadUserInputError(`No se guardó la postulación: ${problemsText(problems)}`, { problems });
    const futicTotal = input.budgetLines.reduce((s, l) => s + l.futicAmount, 0);
    const counterpartTotal = input.budgetLines.reduce((s, l) => s + l.counterpartAmount, 0);
    const fields = {
      title: input.title.trim(),
      description: input.description.trim(),
      dimensions: [...new Set(input.dimensions)],
      futicTotal,
      counterpartTotal,
      updatedBy: actor.subject,
      updatedAt: deps.clock.now(),
    };
    const updated = await tx.nativeUpdate(CofinancingApplication, { caseId: kase.id }, fields);
    if (updated === 0) {
      await tx.insert(CofinancingApplication, {
        caseId: kase.id,
        callId: kase.callId!,
        ...fields,
        scoreHundredths: null,
        submittedAt: null,
        decision: null,
        decisionNote: null,
        decidedAt: null,
        decidedBy: null,
      });
    }
    await tx.nativeDelete(BudgetLine, { caseId: kase.id });
    if (input.budgetLines.length) {
      await tx.insertMany(
        BudgetLine,
        input.budgetLines.map((l, i) => ({
          caseId: kase.id,
          position: i + 1,
          component: l.component,
          description: l.description.trim(),
          futicAmount: l.futicAmount,
          counterpartAmount: l.counterpartAmount,
        })),
      );
    }
    return kase;
  });
}

async function applicationProblems(models: ModelCatalog, em: EntityManager, input: ApplicationData): Promise<Problem[]> {
  const problems: Problem[] = [];
  const title = input.title.trim();
  if (title.length < 5 || title.length > 200)
    problems.push({ path: 'title', code: lengthCode(title, 5), message: 'debe tener entre 5 y 200 caracteres' });
  const description = input.description.trim();
  if (description.length < 20 || description.length > 5000)
    problems.push({ path: 'description', code: lengthCode(description, 20), message: 'debe tener entre 20 y 5000 caracteres' });
  const model = await models.latest(em);
  const known = new Set(model ? model.model.dimensionNames.keys() : []);
  input.dimensions.forEach((d, i) => {
    if (!known.has(d))
      problems.push({
        path: `dimensions[${i}]`,
        code: ProblemCode.NOT_ALLOWED,
        message: `${clip(d)} no es una dimensión CTI (${[...known].join(', ')})`,
      });
  });
  if (input.budgetLines.length > MAX_BUDGET_LINES)
    problems.push({ path: 'budgetLines', code: ProblemCode.TOO_LONG, message: `admite a lo sumo ${MAX_BUDGET_LINES} líneas` });
  input.budgetLines.forEach((l, i) => {
    const at = `budgetLines[${i}]`;
    if (!COMPONENTS.includes(l.component))
      problems.push({ path: `${at}.component`, code: ProblemCode.NOT_ALLOWED, message: `debe ser uno de ${COMPONENTS.join(', ')}` });
    const d = l.description.trim();
    if (d.length < 3 || d.length > 300)
      problems.push({ path: `${at}.description`, code: lengthCode(d, 3), message: 'debe tener entre 3 y 300 caracteres' });
    for (const field of ['futicAmount', 'counterpartAmount'] as const) {
      if (!Number.isSafeInteger(l[field]))
        problems.push({ path: `${at}.${field}`, code: ProblemCode.INVALID_FORMAT, message: 'debe ser un número entero de pesos' });
      else if (l[field] < 0)
        problems.push({
          path: `${at}.${field}`,
          code: ProblemCode.OUT_OF_RANGE,
          message: `no puede ser negativo (${formatPesos(l[field])})`,
        });
    }
  });
  const total = input.budgetLines.reduce((s, l) => s + Math.abs(l.futicAmount) + Math.abs(l.counterpartAmount), 0);
  if (!Number.isSafeInteger(total))
    problems.push({ path: 'budgetLines', code: ProblemCode.OUT_OF_RANGE, message: 'el total excede el máximo representable' });
  return problems;
}

/**
 * Attaches the entity's documents (ELIGIBILITY_REQUIREMENT) to one item of its application's
 * checklist while it edits the application (draft, corrections requested), in one transaction with
 * the case row taken as every edit does. Documents already attached to the item are kept (a
 * repeated request changes nothing); a new version of one of them (`replaces`) takes its place.
 */
export async function attachChecklistDocuments(
  deps: EditDeps,
  em: EntityManager,
  actor: Actor,
  input: { caseId: string; itemId: string; documentIds: string[] },
): Promise<WorkflowCase> {
  return em.transactional(async (tx) => {
    const kase = await lockedCase(
      deps.registry,
      tx,
      actor,
      input.caseId,
      EDITABLE_STATES,
      canEditApplication,
      'APPLICATION_NOT_EDITABLE',
      'Los documentos de los requisitos se adjuntan en borrador o mientras se subsana',
    );
    const call = await tx.findOneOrFail(CofinancingCall, { id: kase.callId! });
    const items = checklistOf(call).map((i) => i.id);
    const problems: Problem[] = [];
    if (!items.includes(input.itemId))
      problems.push({
        path: 'input.itemId',
        code: ProblemCode.UNKNOWN,
        message: `${clip(input.itemId)} no es un requisito de la convocatoria (${items.join(', ')})`,
      });
    if (input.documentIds.length === 0 || input.documentIds.length > MAX_CHECKLIST_DOCUMENTS)
      problems.push({
        path: 'input.documentIds',
        code: input.documentIds.length === 0 ? ProblemCode.REQUIRED : ProblemCode.TOO_LONG,
        message: `indique entre 1 y ${MAX_CHECKLIST_DOCUMENTS} documentos`,
      });
    if (problems.length) throw new BadUserInputError(`No se adjuntó ningún documento: ${problemsText(problems)}`, { problems });
    await deps.attachments.attach(
      tx,
      actor,
      input.documentIds.map((id, i) => ({ id, path: `input.documentIds[${i}]` })),
      checklistItemOwner(kase, input.itemId),
    );
    return kase;
  });
}

/** Records the coordinator's findings on checklist items (upserted) while the application is in eligibility review. */
export async function recordChecklist(
  deps: EditDeps,
  em: EntityManager,
  actor: Actor,
  caseId: string,
  entries: ChecklistEntryData[],
): Promise<WorkflowCase> {
  return em.transactional(async (tx) => {
    const kase = await lockedCase(
      deps.registry,
      tx,
      actor,
      caseId,
      ['eligibilityReview'],
      coordinatorOnly('DECLARE_ELIGIBLE'),
      'NOT_IN_ELIGIBILITY_REVIEW',
      'Los requisitos se verifican durante la revisión de requisitos',
    );
    const call = await tx.findOneOrFail(CofinancingCall, { id: kase.callId! });
    const items = new Set(checklistOf(call).map((i) => i.id));
    const problems: Problem[] = [];
    if (entries.length === 0) problems.push({ path: 'input.items', code: ProblemCode.REQUIRED, message: 'indique al menos un requisito' });
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      const at = `input.items[${i}]`;
      if (!items.has(e.itemId))
        problems.push({
          path: `${at}.itemId`,
          code: ProblemCode.UNKNOWN,
          message: `${clip(e.itemId)} no es un requisito de la convocatoria (${[...items].join(', ')})`,
        });
      else if (seen.has(e.itemId))
        problems.push({ path: `${at}.itemId`, code: ProblemCode.DUPLICATE, message: `${e.itemId} aparece más de una vez` });
      seen.add(e.itemId);
      const note = text(e.note);
      if (!e.met && note.length < 5)
        problems.push({
          path: `${at}.note`,
          code: lengthCode(note, 5),
          message: 'un requisito no cumplido debe explicar qué falta (al menos 5 caracteres)',
        });
      if (note.length > 2000)
        problems.push({ path: `${at}.note`, code: ProblemCode.TOO_LONG, message: 'admite a lo sumo 2000 caracteres' });
    });
    if (problems.length) throw new BadUserInputError(`No se registró la verificación: ${problemsText(problems)}`, { problems });
    const at = deps.clock.now();
    await tx.nativeDelete(EligibilityCheck, { caseId, itemId: { $in: entries.map((e) => e.itemId) } });
    await tx.insertMany(
      EligibilityCheck,
      entries.map((e) => ({ caseId, itemId: e.itemId, met: e.met, note: text(e.note) || null, checkedBy: actor.subject, checkedAt: at })),
    );
    return kase;
  });
}

/** Replaces the disbursement schedule of a signed agreement; its instalments must add up to the FUTIC total. */
export async function setSchedule(
  deps: EditDeps,
  em: EntityManager,
  actor: Actor,
  caseId: string,
  instalments: InstalmentData[],
): Promise<WorkflowCase> {
  return em.transactional(async (tx) => {
    const kase = await lockedCase(
      deps.registry,
      tx,
      actor,
      caseId,
      ['agreementSigned', 'inExecution'],
      coordinatorOnly('START_EXECUTION'),
      'AGREEMENT_NOT_SIGNED',
      'El cronograma de desembolsos se registra con el convenio firmado',
    );
    const app = await tx.findOneOrFail(CofinancingApplication, { caseId });
    const paid = await tx.count(Disbursement, { caseId, paidOn: { $ne: null } });
    if (paid > 0)
      throw new PreconditionFailedError('DISBURSEMENTS_STARTED', 'Ya hay desembolsos pagados: el cronograma no se puede reemplazar');
    const problems: Problem[] = [];
    if (instalments.length === 0 || instalments.length > MAX_INSTALMENTS)
      problems.push({
        path: 'input.instalments',
        code: instalments.length === 0 ? ProblemCode.REQUIRED : ProblemCode.TOO_LONG,
        message: `debe tener entre 1 y ${MAX_INSTALMENTS} cuotas`,
      });
    const dates = new Set<string>();
    instalments.forEach((d, i) => {
      const at = `input.instalments[${i}]`;
      if (!isCalendarDate(d.dueOn))
        problems.push({ path: `${at}.dueOn`, code: ProblemCode.INVALID_FORMAT, message: 'debe ser una fecha AAAA-MM-DD válida' });
      else if (dates.has(d.dueOn))
        problems.push({ path: `${at}.dueOn`, code: ProblemCode.DUPLICATE, message: `hay dos cuotas el ${d.dueOn}` });
      dates.add(d.dueOn);
      if (!Number.isSafeInteger(d.amount) || d.amount <= 0)
        problems.push({
          path: `${at}.amount`,
          code: Number.isSafeInteger(d.amount) ? ProblemCode.OUT_OF_RANGE : ProblemCode.INVALID_FORMAT,
          message: 'debe ser un número entero de pesos mayor que cero',
        });
    });
    const sum = instalments.reduce((s, d) => s + d.amount, 0);
    if (!problems.length && sum !== app.futicTotal) {
      problems.push({
        path: 'input.instalments',
        code: ProblemCode.INCONSISTENT,
        message: `las cuotas suman ${formatPesos(sum)} y deben sumar el aporte FUTIC aprobado, ${formatPesos(app.futicTotal)}`,
      });
    }
    if (problems.length) throw new BadUserInputError(`No se registró el cronograma: ${problemsText(problems)}`, { problems });
    await tx.nativeDelete(Disbursement, { caseId });
    const ordered = [...instalments].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
    await tx.insertMany(
      Disbursement,
      ordered.map((d, i) => ({
        caseId,
        instalment: i + 1,
        dueOn: d.dueOn,
        amount: d.amount,
        paidOn: null,
        reference: null,
        recordedBy: null,
        recordedAt: null,
      })),
    );
    return kase;
  });
}

/** Marks one instalment paid, once, with the payment's reference. */
export async function recordPayment(
  deps: EditDeps,
  em: EntityManager,
  actor: Actor,
  caseId: string,
  payment: { instalment: number; reference: string; paidOn: string },
): Promise<WorkflowCase> {
  return em.transactional(async (tx) => {
    const kase = await lockedCase(
      deps.registry,
      tx,
      actor,
      caseId,
      ['inExecution'],
      coordinatorOnly('CLOSE'),
      'NOT_IN_EXECUTION',
      'Los desembolsos se pagan con la postulación en ejecución',
    );
    const problems: Problem[] = [];
    const reference = payment.reference.trim();
    if (reference.length < 3 || reference.length > 100)
      problems.push({ path: 'input.reference', code: lengthCode(reference, 3), message: 'debe tener entre 3 y 100 caracteres' });
    if (!isCalendarDate(payment.paidOn))
      problems.push({ path: 'input.paidOn', code: ProblemCode.INVALID_FORMAT, message: 'debe ser una fecha AAAA-MM-DD válida' });
    if (problems.length) throw new BadUserInputError(`No se registró el pago: ${problemsText(problems)}`, { problems });
    const row = await tx.findOne(Disbursement, { caseId, instalment: payment.instalment });
    if (!row)
      throw new BadUserInputError(`El cronograma no tiene la cuota ${payment.instalment}`, {
        path: 'input.instalment',
        code: ProblemCode.UNKNOWN,
      });
    const updated = await tx.nativeUpdate(
      Disbursement,
      { caseId, instalment: payment.instalment, paidOn: null },
      { paidOn: payment.paidOn, reference, recordedBy: actor.subject, recordedAt: deps.clock.now() },
    );
    if (updated !== 1) {
      throw new PreconditionFailedError(
        'DISBURSEMENT_ALREADY_PAID',
        `La cuota ${payment.instalment} ya se registró como pagada (referencia ${row.reference ?? ''})`,
      );
    }
    return kase;
  });
}

/**
 * The case, readable by the actor (else NOT_FOUND), who must be allowed (else FORBIDDEN), taken
 * with a no-op UPDATE conditioned on one of `states` so a concurrent transition waits for us.
 */
async function lockedCase(
  registry: WorkflowRegistry,
  tx: EntityManager,
  actor: Actor,
  caseId: string,
  states: string[],
  allowed: (actor: Actor, kase: WorkflowCase) => boolean,
  rule: string,
  why: string,
): Promise<WorkflowCase> {
  const kase = isUuid(caseId) ? await tx.findOne(WorkflowCase, { id: caseId }, { refresh: true }) : null;
  if (!kase || kase.process !== 'COFINANCING_APPLICATION' || !canReadCase(actor, kase)) {
    throw new NotFoundError(`No existe la postulación ${caseId} o no tiene acceso a ella`, { caseId });
  }
  if (!allowed(actor, kase)) throw new ForbiddenError('Su rol no puede hacer este cambio en la postulación');
  if (kase.machineVersion < 2) {
    throw new PreconditionFailedError(
      'APPLICATION_VERSION_UNSUPPORTED',
      'Esta postulación se inició antes de que existieran presupuestos y cronogramas; sigue el trámite anterior sin ellos',
    );
  }
  if (!(await takeCaseRow(sqlOf(tx), (q) => q.where('id', kase.id).whereIn('state', states)))) {
    const current = await tx.findOneOrFail(WorkflowCase, { id: kase.id }, { refresh: true });
    const { machine } = registry.get(current.process as ProcessId, current.machineVersion);
    throw new PreconditionFailedError(rule, `${why}; está en "${stateInfo(machine, current.state).label}"`, { state: current.state });
  }
  return kase;
}

/** Who may send `event` to the case may also do the work that prepares it (the coordinator). */
const coordinatorOnly = (event: string) => (actor: Actor, kase: WorkflowCase) =>
  isSender(actor, kase, cofinancingSenders[event as keyof typeof cofinancingSenders]);
