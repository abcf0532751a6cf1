import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';

import type { Principal } from '../../core/auth/principal';
import { BadUserInputError, NotFoundError, PreconditionFailedError } from '../../core/errors/app-error';
import { lengthCode, ProblemCode, under } from '../../core/errors/problems';
import { sqlOf } from '../../core/orm/orm';
import { isUuid, problemsText, type Problem } from '../../core/text';
import { bogotaDateTime } from '../../core/time/business-calendar';
import { takeRows } from '../../core/workflow/case-store';
import { isOpenAt } from '../cycles/cycle.service';
import { CofinancingCall, type ChecklistItem, type RubricCriterion } from './call.entity';
import {
  CallStatus,
  type CallType,
  type ChecklistItemInput,
  type CreateCallInput,
  type RubricCriterionInput,
  type UpdateCallInput,
} from './call.type';
import { DEFAULT_CHECKLIST, DEFAULT_MIN_SCORE, DEFAULT_RUBRIC } from './cofinancing-defaults';
import { CofinancingApplication } from './cofinancing.entity';
import { canReadDraftCalls } from './cofinancing.policy';
import { formatPesos } from './money';

const ID_PATTERN = /^[A-Z][A-Z0-9_]{1,39}$/;

/** The rules a call's applications are submitted under; once one is submitted, they stay. */
const RULE_FIELDS = [
  'opensAt',
  'capPerApplication',
  'minCounterpartPercent',
  'rubric',
  'minScore',
  'eligibilityChecklist',
  'correctionsTermDays',
  'correctionsTermMonths',
  'eligibilityReviewTermDays',
  'agreementTermDays',
] as const;

/** The call's fields a null clears (back to the general term). */
const NULLABLE_FIELDS = new Set([
  'correctionsTermDays',
  'correctionsTermMonths',
  'eligibilityReviewTermDays',
  'agreementTermDays',
  'minScore',
]);

export const rubricOf = (call: Pick<CofinancingCall, 'rubric'>): RubricCriterion[] => call.rubric ?? DEFAULT_RUBRIC;
/** The call's checklist, each item saying whether it requires a document (false where an older call did not say). */
export const checklistOf = (call: Pick<CofinancingCall, 'eligibilityChecklist'>): Required<ChecklistItem>[] =>
  (call.eligibilityChecklist ?? DEFAULT_CHECKLIST).map((i) => ({ id: i.id, text: i.text, requiresDocument: i.requiresDocument === true }));

function rubricProblems(rubric: readonly RubricCriterionInput[]): Problem[] {
  const problems: Problem[] = [];
  if (rubric.length === 0)
    problems.push({ path: 'rubric', code: ProblemCode.REQUIRED, message: 'la rúbrica debe tener al menos un criterio' });
  const seen = new Set<string>();
  rubric.forEach((c, i) => {
    const at = `rubric[${i}]`;
    if (!ID_PATTERN.test(c.id))
      problems.push({
        path: `${at}.id`,
        code: ProblemCode.INVALID_FORMAT,
        message: 'debe tener de 2 a 40 caracteres A–Z, 0–9 o _, empezando por letra',
      });
    else if (seen.has(c.id)) problems.push({ path: `${at}.id`, code: ProblemCode.DUPLICATE, message: `el criterio ${c.id} está repetido` });
    seen.add(c.id);
    if (c.name.trim().length < 3 || c.name.length > 200)
      problems.push({ path: `${at}.name`, code: lengthCode(c.name, 3), message: 'debe tener entre 3 y 200 caracteres' });
    if ((c.description ?? '').length > 1000)
      problems.push({ path: `${at}.description`, code: ProblemCode.TOO_LONG, message: 'admite a lo sumo 1000 caracteres' });
    if (!Number.isInteger(c.weight) || c.weight < 1 || c.weight > 100)
      problems.push({ path: `${at}.weight`, code: ProblemCode.OUT_OF_RANGE, message: 'debe ser un entero entre 1 y 100' });
  });
  const sum = rubric.reduce((s, c) => s + c.weight, 0);
  if (rubric.length && sum !== 100)
    problems.push({ path: 'rubric', code: ProblemCode.INCONSISTENT, message: `los pesos suman ${sum}; deben sumar 100` });
  return problems;
}

function checklistProblems(items: readonly ChecklistItemInput[]): Problem[] {
  const problems: Problem[] = [];
  if (items.length === 0)
    problems.push({ path: 'eligibilityChecklist', code: ProblemCode.REQUIRED, message: 'debe tener al menos un requisito' });
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const at = `eligibilityChecklist[${i}]`;
    if (!ID_PATTERN.test(item.id))
      problems.push({
        path: `${at}.id`,
        code: ProblemCode.INVALID_FORMAT,
        message: 'debe tener de 2 a 40 caracteres A–Z, 0–9 o _, empezando por letra',
      });
    else if (seen.has(item.id))
      problems.push({ path: `${at}.id`, code: ProblemCode.DUPLICATE, message: `el requisito ${item.id} está repetido` });
    seen.add(item.id);
    if (item.text.trim().length < 5 || item.text.length > 300)
      problems.push({ path: `${at}.text`, code: lengthCode(item.text, 5), message: 'debe tener entre 5 y 300 caracteres' });
  });
  return problems;
}

/**
 * A rule's value in a form that compares by content: a rubric or checklist read back from
 * PostgreSQL's jsonb has its keys in another order than the one just built from the input.
 */
function ruleValue(call: CofinancingCall, field: (typeof RULE_FIELDS)[number]): string {
  switch (field) {
    case 'rubric':
      return JSON.stringify(rubricOf(call).map((c) => [c.id, c.name, c.description ?? null, c.weight]));
    case 'eligibilityChecklist':
      return JSON.stringify(checklistOf(call).map((i) => [i.id, i.text, i.requiresDocument]));
    case 'opensAt':
      return call.opensAt.toISOString();
    default:
      return JSON.stringify(call[field] ?? null);
  }
}

/** Cofinancing calls: drafted, published and adjusted by coordinators; read by everyone once published. */
export class CallService {
  constructor(private readonly now: () => Date = () => new Date()) {}

  callType(c: CofinancingCall): CallType {
    return {
      id: c.id,
      title: c.title,
      opensAt: c.opensAt,
      closesAt: c.closesAt,
      totalBudget: c.totalBudget,
      capPerApplication: c.capPerApplication,
      minCounterpartPercent: c.minCounterpartPercent,
      correctionsTermDays: c.correctionsTermDays ?? null,
      correctionsTermMonths: c.correctionsTermMonths ?? null,
      eligibilityReviewTermDays: c.eligibilityReviewTermDays ?? null,
      agreementTermDays: c.agreementTermDays ?? null,
      rubric: rubricOf(c).map((r) => ({ ...r, description: r.description ?? null })),
      minScore: c.minScore,
      eligibilityChecklist: checklistOf(c),
      status: c.publishedAt ? CallStatus.PUBLISHED : CallStatus.DRAFT,
      publishedAt: c.publishedAt ?? null,
      open: c.publishedAt != null && isOpenAt(c, this.now()),
      budget: c.totalBudget,
      committed: c.committed,
      remaining: c.totalBudget - c.committed,
    };
  }

  /** A draft call is the coordinators' (and auditors') alone; a published one is public programme information. */
  private visible(principal: Principal, c: CofinancingCall): boolean {
    return c.publishedAt != null || canReadDraftCalls(principal);
  }

  async list(em: EntityManager, principal: Principal): Promise<CallType[]> {
    const where = canReadDraftCalls(principal) ? {} : { publishedAt: { $ne: null } };
    return (await em.find(CofinancingCall, where, { orderBy: { opensAt: 'desc', id: 'asc' } })).map((c) => this.callType(c));
  }

  async find(em: EntityManager, principal: Principal, id: string): Promise<CofinancingCall | null> {
    const c = isUuid(id) ? await em.findOne(CofinancingCall, { id }, { refresh: true }) : null;
    return c && this.visible(principal, c) ? c : null;
  }

  async get(em: EntityManager, principal: Principal, id: string): Promise<CallType | null> {
    const c = await this.find(em, principal, id);
    return c ? this.callType(c) : null;
  }

  async create(em: EntityManager, principal: Principal, input: CreateCallInput): Promise<CallType> {
    const call: CofinancingCall = {
      id: randomUUID(),
      title: input.title.trim(),
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      totalBudget: input.totalBudget,
      capPerApplication: input.capPerApplication,
      minCounterpartPercent: input.minCounterpartPercent,
      correctionsTermDays: input.correctionsTermDays ?? null,
      correctionsTermMonths: input.correctionsTermMonths ?? null,
      eligibilityReviewTermDays: input.eligibilityReviewTermDays ?? null,
      agreementTermDays: input.agreementTermDays ?? null,
      rubric: input.rubric ? input.rubric.map(criterionOf) : DEFAULT_RUBRIC,
      minScore: input.minScore ?? DEFAULT_MIN_SCORE,
      eligibilityChecklist: input.eligibilityChecklist ? input.eligibilityChecklist.map(itemOf) : DEFAULT_CHECKLIST,
      publishedAt: null,
      publishedBy: null,
      committed: 0,
      createdBy: principal.subject,
      createdAt: this.now(),
    };
    this.validate(call, { rubric: input.rubric != null, checklist: input.eligibilityChecklist != null });
    await em.insert(CofinancingCall, call);
    return this.callType(call);
  }

  /**
   * Changes the fields given. A draft changes freely. A published call whose applications have
   * started to be submitted keeps its rules (CALL_RULES_FROZEN, naming them): its title may change,
   * its closing be extended and its budget move, never below what is already committed.
   */
  async update(em: EntityManager, principal: Principal, input: UpdateCallInput): Promise<CallType> {
    if (!(await this.find(em, principal, input.id))) throw new NotFoundError(`No existe la convocatoria ${input.id}`, { id: input.id });
    return em.transactional(async (tx) => {
      // The call's row first: a submission takes it too before reading the rules, so a change of
      // rules and the first submission under them cannot interleave.
      await takeCallRow(tx, input.id);
      const current = await tx.findOneOrFail(CofinancingCall, { id: input.id }, { refresh: true });
      return this.change(tx, current, input);
    });
  }

  private async change(em: EntityManager, current: CofinancingCall, input: UpdateCallInput): Promise<CallType> {
    const { id: _id, rubric, eligibilityChecklist, ...scalars } = input;
    const next: CofinancingCall = { ...current };
    for (const [key, value] of Object.entries(scalars) as [keyof typeof scalars, unknown][]) {
      if (value === undefined) continue;
      if (value === null && !NULLABLE_FIELDS.has(key)) continue;
      (next as unknown as Record<string, unknown>)[key] = key === 'title' ? String(value).trim() : value;
    }
    // The corrections term is in days or in months: setting one unit alone clears the other.
    if (input.correctionsTermMonths != null && input.correctionsTermDays === undefined) next.correctionsTermDays = null;
    if (input.correctionsTermDays != null && input.correctionsTermMonths === undefined) next.correctionsTermMonths = null;
    if (input.minScore === null) next.minScore = DEFAULT_MIN_SCORE;
    if (rubric !== undefined) next.rubric = rubric ? rubric.map(criterionOf) : DEFAULT_RUBRIC;
    if (eligibilityChecklist !== undefined)
      next.eligibilityChecklist = eligibilityChecklist ? eligibilityChecklist.map(itemOf) : DEFAULT_CHECKLIST;
    this.validate(next, { rubric: !!rubric, checklist: !!eligibilityChecklist });

    const changedRules: string[] = RULE_FIELDS.filter((f) => ruleValue(current, f) !== ruleValue(next, f));
    if (next.closesAt < current.closesAt) changedRules.push('closesAt');
    if (current.publishedAt && changedRules.length) {
      const submitted = await em.count(CofinancingApplication, { callId: current.id, submittedAt: { $ne: null } });
      if (submitted > 0) {
        throw new PreconditionFailedError(
          'CALL_RULES_FROZEN',
          `La convocatoria está publicada y ya tiene ${submitted} ${submitted === 1 ? 'postulación radicada' : 'postulaciones radicadas'}: no se pueden cambiar sus reglas (${changedRules.join(', ')}). Puede cambiar el título, ampliar el cierre o mover el presupuesto.`,
          { fields: changedRules, submitted },
        );
      }
    }
    const { id, committed: _committed, ...changes } = next;
    // Conditioned on the committed total, so a budget cut never falls below funds reserved meanwhile.
    const updated = await em.nativeUpdate(CofinancingCall, { id, committed: { $lte: next.totalBudget } }, changes);
    if (updated !== 1) {
      const fresh = await em.findOneOrFail(CofinancingCall, { id }, { refresh: true });
      throw new PreconditionFailedError(
        'BUDGET_BELOW_COMMITTED',
        `El presupuesto no puede quedar por debajo de lo ya comprometido (${formatPesos(fresh.committed)})`,
        { committed: fresh.committed },
      );
    }
    return this.callType((await em.findOne(CofinancingCall, { id }, { refresh: true }))!);
  }

  /** Publishes a draft call: from then on entities see it and apply within its window. */
  async publish(em: EntityManager, principal: Principal, id: string): Promise<CallType> {
    const call = await this.find(em, principal, id);
    if (!call) throw new NotFoundError(`No existe la convocatoria ${id}`, { id });
    if (call.publishedAt) throw new PreconditionFailedError('CALL_ALREADY_PUBLISHED', `La convocatoria "${call.title}" ya está publicada`);
    const now = this.now();
    if (call.closesAt <= now) {
      throw new PreconditionFailedError(
        'CALL_ALREADY_CLOSED',
        `La convocatoria "${call.title}" cierra antes de publicarse; amplíe su cierre primero`,
      );
    }
    const updated = await em.nativeUpdate(CofinancingCall, { id, publishedAt: null }, { publishedAt: now, publishedBy: principal.subject });
    if (updated !== 1) throw new PreconditionFailedError('CALL_ALREADY_PUBLISHED', `La convocatoria "${call.title}" ya está publicada`);
    return this.callType({ ...call, publishedAt: now, publishedBy: principal.subject });
  }

  /**
   * Calls made before calls had rubrics and publication were live from their creation: they get
   * the default rubric and checklist and count as published then. Idempotent; run at start-up.
   */
  async adoptEarlierCalls(em: EntityManager): Promise<number> {
    const earlier = await em.find(CofinancingCall, { rubric: null, publishedAt: null });
    for (const c of earlier) {
      await em.nativeUpdate(
        CofinancingCall,
        { id: c.id },
        {
          rubric: DEFAULT_RUBRIC,
          // Without the documents the default now requires: their applications were made without any.
          eligibilityChecklist: c.eligibilityChecklist ?? DEFAULT_CHECKLIST.map(({ id, text }) => ({ id, text })),
          publishedAt: c.createdAt,
          publishedBy: c.createdBy,
        },
      );
    }
    return earlier.length;
  }

  private validate(call: CofinancingCall, given: { rubric: boolean; checklist: boolean }): void {
    if (!(call.closesAt > call.opensAt))
      throw new BadUserInputError('closesAt debe ser posterior a opensAt', {
        path: 'input.closesAt',
        code: ProblemCode.INCONSISTENT,
        problem: 'debe ser posterior a opensAt',
      });
    if (call.capPerApplication > call.totalBudget) {
      throw new BadUserInputError('capPerApplication no puede superar totalBudget', {
        path: 'input.capPerApplication',
        code: ProblemCode.OVER_LIMIT,
        problem: 'no puede superar totalBudget',
      });
    }
    const problems = under('input', [
      ...(call.correctionsTermDays != null && call.correctionsTermMonths != null
        ? [
            {
              path: 'correctionsTermMonths',
              code: ProblemCode.INCONSISTENT,
              message: 'el término para subsanar se fija en días (correctionsTermDays) o en meses, no en ambos',
            },
          ]
        : []),
      ...(given.rubric ? rubricProblems(call.rubric!) : []),
      ...(given.checklist ? checklistProblems(call.eligibilityChecklist!) : []),
    ]);
    if (problems.length) throw new BadUserInputError(`La convocatoria no se guardó: ${problemsText(problems)}`, { problems });
  }
}

const criterionOf = (c: RubricCriterionInput): RubricCriterion => ({
  id: c.id,
  name: c.name.trim(),
  description: c.description?.trim() || null,
  weight: c.weight,
});
const itemOf = (i: ChecklistItemInput): ChecklistItem => ({ id: i.id, text: i.text.trim(), requiresDocument: i.requiresDocument === true });

/**
 * Takes a call's row for the rest of the transaction without changing it. Rule changes and
 * submissions (which read the rules) both take it first, so they serialise.
 */
export async function takeCallRow(em: EntityManager, id: string): Promise<void> {
  await takeRows(sqlOf(em), 'cofinancing_call', 'committed', (q) => q.where('id', id));
}

/** The case's call, which a rule needs (a case or draft without one is refused). */
export async function requireCall(em: EntityManager, id: string | null): Promise<CofinancingCall> {
  const call = id ? await em.findOne(CofinancingCall, { id }) : null;
  if (!call) throw new PreconditionFailedError('CALL_REQUIRED', `No existe la convocatoria ${id ?? ''}`.trim());
  return call;
}

export function requireCallOpen(call: CofinancingCall, now: Date): void {
  if (!isOpenAt(call, now)) {
    throw new PreconditionFailedError(
      'CALL_NOT_OPEN',
      `La convocatoria "${call.title}" no está abierta: recibe postulaciones del ${bogotaDateTime(call.opensAt)} al ${bogotaDateTime(call.closesAt)}`,
      { callId: call.id },
    );
  }
}
