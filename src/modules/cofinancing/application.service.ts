import { randomUUID } from 'node:crypto';
import { BaseSqlitePlatform, type EntityManager } from '@mikro-orm/knex';

import type { ProcessId, WorkflowRegistry } from '../../../workflows/registry';

import { canEditApplication, canOrderByScore, canReadCase, canSendEvent, caseScope, type Actor } from '../../core/auth/policy';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError } from '../../core/errors/app-error';
import { decodeCursor, encodeCursor, toConnection, type ConnectionResult } from '../../core/graphql/connection';
import { sqlOf } from '../../core/orm/orm';
import { isCalendarDate, isUuid, problemsText, type Problem } from '../../core/text';
import { bogotaDateTime } from '../../core/time/business-calendar';
import type { Clock } from '../../core/time/clock';
import { asDate, takeCaseRow } from '../../core/workflow/case-store';
import { WorkflowCase } from '../../core/workflow/case.entity';
import { stateInfo } from '../../core/workflow/definition';
import { OutboxMessage } from '../../core/workflow/outbox.entity';
import { OutboxKind, type WorkflowEvent } from '../../core/workflow/workflow-runtime';
import { CofinancingCall } from '../calls/call.entity';
import { checklistOf, rubricOf, takeCallRow } from '../calls/call.service';
import { isOpenAt } from '../cycles/cycle.service';
import type { ModelCatalog } from '../maturity/model-catalog';
import { COMPONENTS, type Component } from './cofinancing-defaults';
import {
  BudgetLine,
  CofinancingAgreement,
  CofinancingApplication,
  Disbursement,
  EligibilityCheck,
  EvaluationScore,
  EvaluatorAssignment,
  FundReservation,
} from './cofinancing.entity';
import type { ApplicationsArgs } from './cofinancing.inputs';
import { ApplicationOrderBy, ApplicationType } from './cofinancing.type';
import { atLeastPercent, formatPesos } from './money';

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

export interface SubmissionReason {
  code: string;
  message: string;
  path?: string;
}

export const MAX_BUDGET_LINES = 50;
const MAX_EVALUATORS = 10;
const MAX_INSTALMENTS = 24;

/** States in which the entity edits its application: before submitting, and while correcting it. */
const EDITABLE_STATES = ['draft', 'correctionsRequested'];

/**
 * Events whose checks read what edits outside transitions write (budget, checklist, schedule): they
 * take the case row first, as the edits do, so a check never passes on data an edit is changing.
 */
const READS_EDITS = new Set(['SUBMIT', 'RESUBMIT', 'DECLARE_ELIGIBLE', 'START_EXECUTION', 'CLOSE']);

/** Panel changes that may complete the evaluation (and so move the application to committee). */
const PANEL_EVENTS = new Set(['SUBMIT_EVALUATION', 'DECLARE_CONFLICT', 'REMOVE_EVALUATOR']);

/** Events after which the funds an approval reserved go back to the call (and to its waitlist). */
const RELEASING_EVENTS = new Set(['WITHDRAW', 'AGREEMENT_TERM_EXPIRED']);

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/**
 * Cofinancing applications (issue 6): the entity's budget and description, the coordinator's
 * eligibility checklist, the evaluators' declarations and scores, the committee's decisions with
 * the call's funds, the agreement and its disbursements. The case itself moves only through the
 * workflow runtime; this service's rules are called by it in the transition's transaction.
 */
export class ApplicationService {
  constructor(
    private readonly models: ModelCatalog,
    private readonly clock: Clock,
    private readonly registry: WorkflowRegistry,
  ) {}

  // ---------------------------------------------------------------- reading

  /** The application of a case the actor may read (null otherwise: another entity's looks missing). */
  async find(em: EntityManager, actor: Actor, caseId: string): Promise<ApplicationType | null> {
    const kase = isUuid(caseId)
      ? await em.findOne(WorkflowCase, { id: caseId, process: 'COFINANCING_APPLICATION' }, { refresh: true })
      : null;
    if (!kase || !canReadCase(actor, kase)) return null;
    return ApplicationType.from(kase, await em.findOne(CofinancingApplication, { caseId }, { refresh: true }));
  }

  /**
   * A page of a call's applications the actor may see (all, their entity's, or those they
   * evaluate), by creation or by score (unscored last), with keyset cursors.
   */
  async page(em: EntityManager, actor: Actor, callId: string, args: ApplicationsArgs): Promise<ConnectionResult<ApplicationType>> {
    const db = sqlOf(em);
    const sqlite = em.getPlatform() instanceof BaseSqlitePlatform;
    const scope = caseScope(actor);
    const base = db('workflow_case as c')
      .leftJoin('cofinancing_application as a', 'a.case_id', 'c.id')
      .where({ 'c.call_id': callId, 'c.process': 'COFINANCING_APPLICATION' });
    if (scope.kind === 'NONE') base.whereRaw('1 = 0');
    if (scope.kind === 'ENTITY') base.where('c.entity_code', scope.entityCode);
    if (scope.kind === 'ASSIGNEE') base.where('c.assignee', scope.subject);
    if (scope.kind === 'EVALUATOR') base.whereIn('c.id', db('evaluator_assignment').select('case_id').where('evaluator', scope.subject));
    if (args.filter?.state) base.where('c.state', args.filter.state);
    const byScore = args.orderBy === ApplicationOrderBy.SCORE_DESC;
    if (byScore && !canOrderByScore(actor)) {
      throw new ForbiddenError('El orden por puntaje es de la coordinación y los auditores: revelaría puntajes que su rol no ve');
    }
    const score = db.raw('coalesce(a.score_hundredths, -1)');
    const page = base.clone().select('c.id', 'c.created_at');
    if (args.after) {
      if (byScore) {
        // The cursor names the last application only; its score is looked up, never carried.
        const [id] = decodeCursor(args.after, args.orderBy, 1);
        if (!isUuid(id)) throw new BadUserInputError('Cursor inválido', { argument: 'after' });
        const anchor = db.raw('(select coalesce(max(x.score_hundredths), -1) from cofinancing_application as x where x.case_id = ?)', [id]);
        page.where((q) => q.where(score, '<', anchor).orWhere((q2) => q2.where(score, '=', anchor).andWhere('c.id', '>', id)));
      } else {
        const [key, id] = decodeCursor(args.after, args.orderBy, 2);
        const at = new Date(key);
        if (Number.isNaN(at.getTime())) throw new BadUserInputError('Cursor inválido', { argument: 'after' });
        const instant = sqlite ? at.getTime() : at;
        page.where((q) =>
          q.where('c.created_at', '>', instant).orWhere((q2) => q2.where('c.created_at', '=', instant).andWhere('c.id', '>', id)),
        );
      }
    }
    if (byScore) page.orderByRaw('coalesce(a.score_hundredths, -1) desc, c.id asc');
    else
      page.orderBy([
        { column: 'c.created_at', order: 'asc' },
        { column: 'c.id', order: 'asc' },
      ]);
    const [rows, [{ n }]] = await Promise.all([
      args.first === 0 ? Promise.resolve([]) : page.limit(args.first + 1),
      base.clone().count({ n: '*' }),
    ]);
    const ids = (rows as { id: string }[]).map((r) => r.id);
    const [cases, apps] = ids.length
      ? await Promise.all([em.find(WorkflowCase, { id: { $in: ids } }), em.find(CofinancingApplication, { caseId: { $in: ids } })])
      : [[], []];
    const caseById = new Map(cases.map((c) => [c.id, c]));
    const appById = new Map(apps.map((a) => [a.caseId, a]));
    return toConnection({
      rows: rows as { id: string; created_at: Date | number | string }[],
      first: args.first,
      after: args.after,
      totalCount: Number(n),
      cursorOf: (r) => encodeCursor(args.orderBy, byScore ? [r.id] : [asDate(r.created_at).toISOString(), r.id]),
      toNode: (r) => ApplicationType.from(caseById.get(r.id)!, appById.get(r.id) ?? null),
    });
  }

  // ---------------------------------------------------------------- entity edits

  /** Saves the whole application (title, description, dimensions and budget lines) as given; all or nothing. */
  async save(em: EntityManager, actor: Actor, input: ApplicationData): Promise<WorkflowCase> {
    return em.transactional(async (tx) => {
      const kase = await this.lockedCase(
        tx,
        actor,
        input.caseId,
        EDITABLE_STATES,
        canEditApplication,
        'APPLICATION_NOT_EDITABLE',
        'La postulación solo se edita en borrador o mientras se subsana',
      );
      const problems = await this.applicationProblems(tx, input);
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
        updatedAt: this.clock.now(),
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

  private async applicationProblems(em: EntityManager, input: ApplicationData): Promise<Problem[]> {
    const problems: Problem[] = [];
    const title = input.title.trim();
    if (title.length < 5 || title.length > 200) problems.push({ path: 'title', message: 'debe tener entre 5 y 200 caracteres' });
    const description = input.description.trim();
    if (description.length < 20 || description.length > 5000)
      problems.push({ path: 'description', message: 'debe tener entre 20 y 5000 caracteres' });
    const model = await this.models.latest(em);
    const known = new Set(model ? model.model.dimensionNames.keys() : []);
    input.dimensions.forEach((d, i) => {
      if (!known.has(d)) problems.push({ path: `dimensions[${i}]`, message: `${d} no es una dimensión CTI (${[...known].join(', ')})` });
    });
    if (input.budgetLines.length > MAX_BUDGET_LINES)
      problems.push({ path: 'budgetLines', message: `admite a lo sumo ${MAX_BUDGET_LINES} líneas` });
    input.budgetLines.forEach((l, i) => {
      const at = `budgetLines[${i}]`;
      if (!COMPONENTS.includes(l.component))
        problems.push({ path: `${at}.component`, message: `debe ser uno de ${COMPONENTS.join(', ')}` });
      const d = l.description.trim();
      if (d.length < 3 || d.length > 300) problems.push({ path: `${at}.description`, message: 'debe tener entre 3 y 300 caracteres' });
      for (const field of ['futicAmount', 'counterpartAmount'] as const) {
        if (!Number.isSafeInteger(l[field])) problems.push({ path: `${at}.${field}`, message: 'debe ser un número entero de pesos' });
        else if (l[field] < 0) problems.push({ path: `${at}.${field}`, message: `no puede ser negativo (${formatPesos(l[field])})` });
      }
    });
    const total = input.budgetLines.reduce((s, l) => s + Math.abs(l.futicAmount) + Math.abs(l.counterpartAmount), 0);
    if (!Number.isSafeInteger(total)) problems.push({ path: 'budgetLines', message: 'el total excede el máximo representable' });
    return problems;
  }

  /** Records the coordinator's findings on checklist items (upserted) while the application is in eligibility review. */
  async recordChecklist(em: EntityManager, actor: Actor, caseId: string, entries: ChecklistEntryData[]): Promise<WorkflowCase> {
    return em.transactional(async (tx) => {
      const kase = await this.lockedCase(
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
      if (entries.length === 0) problems.push({ path: 'items', message: 'indique al menos un requisito' });
      const seen = new Set<string>();
      entries.forEach((e, i) => {
        if (!items.has(e.itemId))
          problems.push({
            path: `items[${i}].itemId`,
            message: `${e.itemId} no es un requisito de la convocatoria (${[...items].join(', ')})`,
          });
        else if (seen.has(e.itemId)) problems.push({ path: `items[${i}].itemId`, message: `${e.itemId} aparece más de una vez` });
        seen.add(e.itemId);
        const note = text(e.note);
        if (!e.met && note.length < 5)
          problems.push({ path: `items[${i}].note`, message: 'un requisito no cumplido debe explicar qué falta (al menos 5 caracteres)' });
        if (note.length > 2000) problems.push({ path: `items[${i}].note`, message: 'admite a lo sumo 2000 caracteres' });
      });
      if (problems.length) throw new BadUserInputError(`No se registró la verificación: ${problemsText(problems)}`, { problems });
      const at = this.clock.now();
      await tx.nativeDelete(EligibilityCheck, { caseId, itemId: { $in: entries.map((e) => e.itemId) } });
      await tx.insertMany(
        EligibilityCheck,
        entries.map((e) => ({ caseId, itemId: e.itemId, met: e.met, note: text(e.note) || null, checkedBy: actor.subject, checkedAt: at })),
      );
      return kase;
    });
  }

  /** Replaces the disbursement schedule of a signed agreement; its instalments must add up to the FUTIC total. */
  async setSchedule(em: EntityManager, actor: Actor, caseId: string, instalments: InstalmentData[]): Promise<WorkflowCase> {
    return em.transactional(async (tx) => {
      const kase = await this.lockedCase(
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
        problems.push({ path: 'instalments', message: `debe tener entre 1 y ${MAX_INSTALMENTS} cuotas` });
      const dates = new Set<string>();
      instalments.forEach((d, i) => {
        if (!isCalendarDate(d.dueOn)) problems.push({ path: `instalments[${i}].dueOn`, message: 'debe ser una fecha AAAA-MM-DD válida' });
        else if (dates.has(d.dueOn)) problems.push({ path: `instalments[${i}].dueOn`, message: `hay dos cuotas el ${d.dueOn}` });
        dates.add(d.dueOn);
        if (!Number.isSafeInteger(d.amount) || d.amount <= 0)
          problems.push({ path: `instalments[${i}].amount`, message: 'debe ser un número entero de pesos mayor que cero' });
      });
      const sum = instalments.reduce((s, d) => s + d.amount, 0);
      if (!problems.length && sum !== app.futicTotal) {
        problems.push({
          path: 'instalments',
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
  async recordPayment(
    em: EntityManager,
    actor: Actor,
    caseId: string,
    payment: { instalment: number; reference: string; paidOn: string },
  ): Promise<WorkflowCase> {
    return em.transactional(async (tx) => {
      const kase = await this.lockedCase(
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
        problems.push({ path: 'reference', message: 'debe tener entre 3 y 100 caracteres' });
      if (!isCalendarDate(payment.paidOn)) problems.push({ path: 'paidOn', message: 'debe ser una fecha AAAA-MM-DD válida' });
      if (problems.length) throw new BadUserInputError(`No se registró el pago: ${problemsText(problems)}`, { problems });
      const row = await tx.findOne(Disbursement, { caseId, instalment: payment.instalment });
      if (!row) throw new BadUserInputError(`El cronograma no tiene la cuota ${payment.instalment}`, { argument: 'instalment' });
      const updated = await tx.nativeUpdate(
        Disbursement,
        { caseId, instalment: payment.instalment, paidOn: null },
        { paidOn: payment.paidOn, reference, recordedBy: actor.subject, recordedAt: this.clock.now() },
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
  private async lockedCase(
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
      const { machine } = this.registry.get(current.process as ProcessId, current.machineVersion);
      throw new PreconditionFailedError(rule, `${why}; está en "${stateInfo(machine, current.state).label}"`, { state: current.state });
    }
    return kase;
  }

  // ---------------------------------------------------------------- rules of the transitions

  /** Checks an event against the application's data, in the transition's transaction (throws to refuse). */
  async beforeEvent(
    db: () => EntityManager,
    actor: Actor,
    kase: WorkflowCase,
    event: WorkflowEvent,
    now: Date,
    assessmentProblem: () => Promise<string | null>,
  ): Promise<void> {
    const em = db();
    if (READS_EDITS.has(event.type) && !(await takeCaseRow(sqlOf(em), (q) => q.where({ id: kase.id, version: kase.version })))) {
      throw new ConflictError('La postulación cambió mientras se procesaba su solicitud; consúltela de nuevo e intente otra vez');
    }
    switch (event.type) {
      case 'SUBMIT':
      case 'RESUBMIT': {
        const reasons = await this.submissionReasons(em, kase, event.type === 'SUBMIT', now);
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
        return this.requireChecklistMet(em, kase);
      case 'ASSIGN_EVALUATORS':
        return this.checkAssignment(em, kase, event);
      case 'DECLARE_CONFLICT':
        return this.checkDeclaration(em, actor, kase, event);
      case 'SUBMIT_EVALUATION':
        return this.checkEvaluation(em, actor, kase, event);
      case 'REMOVE_EVALUATOR':
        return this.checkRemoval(em, kase, event);
      case 'APPROVE':
      case 'PROMOTE':
      case 'WAITLIST':
        return this.requireFundable(em, kase);
      case 'SIGN_AGREEMENT': {
        const number = event.agreementNumber;
        if (number != null && (typeof number !== 'string' || number.trim().length < 3 || number.length > 60)) {
          throw new BadUserInputError('agreementNumber debe tener entre 3 y 60 caracteres', { argument: 'agreementNumber' });
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
        return;
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
  async afterEvent(db: () => EntityManager, actor: Actor, after: WorkflowCase, event: WorkflowEvent, at: Date): Promise<void> {
    const em = db();
    switch (event.type) {
      case 'SUBMIT':
        await em.nativeUpdate(CofinancingApplication, { caseId: after.id, submittedAt: null }, { submittedAt: at });
        break;
      case 'ASSIGN_EVALUATORS': {
        const evaluators = [...new Set((event.evaluators as string[]).map((e) => e.trim()))];
        await em.insertMany(
          EvaluatorAssignment,
          evaluators.map((evaluator) => ({
            caseId: after.id,
            evaluator,
            assignedBy: actor.subject,
            assignedAt: at,
            conflict: null,
            conflictNote: null,
            declaredAt: null,
            scoreHundredths: null,
            submittedAt: null,
          })),
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
        await this.reserve(em, actor, after, at);
        await this.decide(em, actor, after, 'APPROVED', event, at);
        break;
      case 'WAITLIST':
        await this.decide(em, actor, after, 'WAITLISTED', event, at);
        break;
      case 'REJECT':
        await this.decide(em, actor, after, 'REJECTED', event, at);
        break;
      case 'SIGN_AGREEMENT':
        await em.insert(CofinancingAgreement, {
          caseId: after.id,
          number: text(event.agreementNumber) || null,
          signedBy: actor.subject,
          signedAt: at,
        });
        break;
    }
    if (after.state === 'committee' && PANEL_EVENTS.has(event.type)) await this.storeAverage(em, after.id);
    if (RELEASING_EVENTS.has(event.type)) await this.release(em, after, event.type, at);
  }

  private async submissionReasons(em: EntityManager, kase: WorkflowCase, submitting: boolean, now: Date): Promise<SubmissionReason[]> {
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

  private async requireChecklistMet(em: EntityManager, kase: WorkflowCase): Promise<void> {
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

  private async checkAssignment(em: EntityManager, kase: WorkflowCase, event: WorkflowEvent): Promise<void> {
    const list = event.evaluators;
    if (
      !Array.isArray(list) ||
      list.length === 0 ||
      list.length > MAX_EVALUATORS ||
      !list.every((e) => typeof e === 'string' && e.trim().length >= 3 && e.length <= 200)
    ) {
      throw new BadUserInputError(`evaluators debe traer entre 1 y ${MAX_EVALUATORS} usuarios (de 3 a 200 caracteres)`, {
        argument: 'evaluators',
      });
    }
    const names = list.map((e: string) => e.trim());
    if (new Set(names).size !== names.length) throw new BadUserInputError('evaluators repite un usuario', { argument: 'evaluators' });
    const already = await em.find(EvaluatorAssignment, { caseId: kase.id, evaluator: { $in: names } });
    if (already.length) {
      throw new BadUserInputError(`Ya están asignados a esta postulación: ${already.map((a) => a.evaluator).join(', ')}`, {
        argument: 'evaluators',
      });
    }
    const total = (await em.count(EvaluatorAssignment, { caseId: kase.id })) + names.length;
    if (total > MAX_EVALUATORS)
      throw new BadUserInputError(`Una postulación admite a lo sumo ${MAX_EVALUATORS} evaluadores`, { argument: 'evaluators' });
  }

  private async assignmentOf(em: EntityManager, actor: Actor, kase: WorkflowCase, event: WorkflowEvent): Promise<EvaluatorAssignment> {
    if (event.evaluator !== actor.subject) throw new ForbiddenError('Cada evaluador declara y califica solo por sí mismo');
    const assignment = await em.findOne(EvaluatorAssignment, { caseId: kase.id, evaluator: actor.subject });
    if (!assignment) throw new NotFoundError(`No existe la postulación ${kase.id} o no tiene acceso a ella`, { caseId: kase.id });
    return assignment;
  }

  private async checkDeclaration(em: EntityManager, actor: Actor, kase: WorkflowCase, event: WorkflowEvent): Promise<void> {
    const assignment = await this.assignmentOf(em, actor, kase, event);
    if (assignment.declaredAt) {
      throw new PreconditionFailedError(
        'CONFLICT_ALREADY_DECLARED',
        `Ya declaró ${assignment.conflict ? 'un conflicto de interés' : 'que no tiene conflicto de interés'} en esta postulación`,
      );
    }
    if (typeof event.conflict !== 'boolean') throw new BadUserInputError('conflict debe ser true o false', { argument: 'conflict' });
    const note = text(event.note);
    if (event.conflict && note.length < 10) {
      throw new BadUserInputError('Un conflicto de interés se declara con sus motivos (al menos 10 caracteres)', { argument: 'note' });
    }
    if (note.length > 2000) throw new BadUserInputError('note admite a lo sumo 2000 caracteres', { argument: 'note' });
  }

  private async checkEvaluation(em: EntityManager, actor: Actor, kase: WorkflowCase, event: WorkflowEvent): Promise<void> {
    const assignment = await this.assignmentOf(em, actor, kase, event);
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
          message: `${s.criterionId} no es un criterio de la rúbrica (${[...known].join(', ')})`,
        });
      else if (seen.has(s.criterionId))
        problems.push({ path: `${at}.criterionId`, message: `${s.criterionId} está calificado más de una vez` });
      seen.add(s.criterionId);
      if (!Number.isInteger(s.score) || s.score < 0 || s.score > 100)
        problems.push({ path: `${at}.score`, message: `debe ser un entero entre 0 y 100 (recibido ${String(s.score)})` });
      const j = text(s.justification);
      if (j.length < 10 || j.length > 2000)
        problems.push({ path: `${at}.justification`, message: 'debe justificar la calificación con entre 10 y 2000 caracteres' });
    });
    for (const c of rubric)
      if (!seen.has(c.id)) problems.push({ path: 'scores', message: `falta calificar el criterio ${c.id} (${c.name})` });
    if (problems.length) throw new BadUserInputError(`No se radicó la evaluación: ${problemsText(problems)}`, { problems });
  }

  private async checkRemoval(em: EntityManager, kase: WorkflowCase, event: WorkflowEvent): Promise<void> {
    const evaluator = text(event.evaluator);
    const assignment = evaluator ? await em.findOne(EvaluatorAssignment, { caseId: kase.id, evaluator }) : null;
    if (!assignment)
      throw new BadUserInputError(`${evaluator || 'evaluator'} no está asignado a esta postulación`, { argument: 'evaluator' });
    if (assignment.submittedAt) {
      throw new PreconditionFailedError(
        'EVALUATION_ALREADY_SUBMITTED',
        `${evaluator} ya radicó su evaluación: cuenta en el promedio y no se retira`,
      );
    }
    if (text(event.note).length < 10)
      throw new BadUserInputError('Retirar a un evaluador exige sus motivos (al menos 10 caracteres)', { argument: 'note' });
  }

  /**
   * The minimum is compared with the unrounded mean (Σ of the evaluators' weighted hundredths ≥
   * minimum × 100 × n): a mean of 59.995 shows as 60.00 but does not reach a minimum of 60.
   */
  private async requireFundable(em: EntityManager, kase: WorkflowCase): Promise<void> {
    const [app, call, panel] = await Promise.all([
      em.findOne(CofinancingApplication, { caseId: kase.id }),
      em.findOneOrFail(CofinancingCall, { id: kase.callId! }),
      em.find(EvaluatorAssignment, { caseId: kase.id, conflict: false, submittedAt: { $ne: null } }, { refresh: true }),
    ]);
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

  /**
   * Reserves the application's FUTIC amount against its call with one conditional UPDATE: it adds
   * to `committed` only while the sum stays within the budget, so no interleaving of concurrent
   * approvals (PostgreSQL re-checks the condition on the row it waited for; SQLite writes one at a
   * time) can ever over-commit the fund.
   */
  private async reserve(em: EntityManager, actor: Actor, kase: WorkflowCase, at: Date): Promise<void> {
    const app = await em.findOneOrFail(CofinancingApplication, { caseId: kase.id });
    const amount = app.futicTotal;
    const db = sqlOf(em);
    const reserved = await db('cofinancing_call')
      .where('id', kase.callId!)
      .andWhereRaw('?? + ? <= ??', ['committed', amount, 'total_budget'])
      .update({ committed: db.raw('?? + ?', ['committed', amount]) });
    if (reserved !== 1) {
      const call = await em.findOneOrFail(CofinancingCall, { id: kase.callId! }, { refresh: true });
      const remaining = call.totalBudget - call.committed;
      throw new PreconditionFailedError(
        'FUNDS_EXHAUSTED',
        `La convocatoria no tiene recursos suficientes: quedan ${formatPesos(remaining)} por comprometer y la postulación requiere ${formatPesos(amount)}`,
        { remaining, requested: amount },
      );
    }
    await em.insert(FundReservation, {
      caseId: kase.id,
      callId: kase.callId!,
      amount,
      reservedBy: actor.subject,
      reservedAt: at,
      releasedAt: null,
      releaseReason: null,
    });
  }

  /** Returns an approval's funds to the call and asks the worker to promote the waitlist (through the outbox). */
  private async release(em: EntityManager, kase: WorkflowCase, reason: string, at: Date): Promise<void> {
    const reservation = await em.findOne(FundReservation, { caseId: kase.id, releasedAt: null });
    if (!reservation) return;
    await em.nativeUpdate(FundReservation, { caseId: kase.id, releasedAt: null }, { releasedAt: at, releaseReason: reason });
    const db = sqlOf(em);
    await db('cofinancing_call')
      .where('id', reservation.callId)
      .update({ committed: db.raw('?? - ?', ['committed', reservation.amount]) });
    await em.insert(OutboxMessage, {
      id: randomUUID(),
      caseId: kase.id,
      caseVersion: kase.version,
      kind: OutboxKind.WAITLIST_PROMOTION,
      payload: { callId: reservation.callId },
      createdAt: at,
      processedAt: null,
    });
  }

  private async decide(
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
  private async storeAverage(em: EntityManager, caseId: string): Promise<void> {
    // Refreshed: this transition's own evaluator was loaded before its score was written.
    const rows = await em.find(EvaluatorAssignment, { caseId, conflict: false, submittedAt: { $ne: null } }, { refresh: true });
    const sum = rows.reduce((s, r) => s + r.scoreHundredths!, 0);
    await em.nativeUpdate(CofinancingApplication, { caseId }, { scoreHundredths: rows.length ? Math.round(sum / rows.length) : null });
  }
}

/** Who may send `event` to the case may also do the work that prepares it (the coordinator). */
const coordinatorOnly = (event: string) => (actor: Actor, kase: WorkflowCase) => canSendEvent(actor, kase, event);
