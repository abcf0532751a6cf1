import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';

import type { Actor } from '../../core/auth/policy';
import { BadUserInputError, ForbiddenError, NotFoundError, PreconditionFailedError } from '../../core/errors/app-error';
import { lengthCode, ProblemCode } from '../../core/errors/problems';
import { clip, isCalendarDate, isUuid, problemsText, type Problem } from '../../core/text';
import { bogotaDay } from '../../core/time/business-calendar';
import type { Clock } from '../../core/time/clock';
import { ActionPlan, ImprovementAction, PlanProduct, PlanVersion, ProgressReportRow } from './action-plan.entity';
import type { ActionPlanService } from './action-plan.service';
import { canReadPlan, canWritePlan } from './follow-up.policy';
import { semaforoLabel, type Semaforo } from './measurement';
import { versionAt } from './plan-basis';

/**
 * Improvement actions (Bogotá report §9, "acciones para mejorar"): for each product in low
 * compliance or over-execution, the sector that leads it says what it will do, who answers for it
 * and by when, and follow-up tracks where it stands.
 *
 * Choices (docs/api/follow-up-and-reports.md repeats them):
 * - An action is called for by the product's semáforo against the expected trajectory (PAHV) in
 *   today's official measurement: BAJO or SOBRE_EJECUCION, the two lists of §9 (built from the
 *   distribution of §5). Any other colour is refused (IMPROVEMENT_NOT_CALLED_FOR): a product in
 *   "medio" explains itself in its progress report's narrative, and gets an action once it falls
 *   to "bajo". The colour that called for it is kept (`triggeredBy`).
 * - The entity's representative or TIC leader writes them (they answer for the plan); members,
 *   the coordination and auditors read them. The coordination's instrument is the review of
 *   progress reports and adjustments, not the entity's own commitments.
 * - DONE and CANCELLED close an action, each with a note saying what was done or why it was
 *   dropped; a closed action does not change again (a new one is added instead).
 */

export const IMPROVEMENT_STATUSES = ['PENDING', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];
/** Statuses of an action still to be carried out (the ones that can fall overdue and that can change). */
export const OPEN_IMPROVEMENT: readonly ImprovementStatus[] = ['PENDING', 'IN_PROGRESS'];
/** Statuses of an action that answers for its product (a cancelled one does not). */
export const ADDRESSING_IMPROVEMENT: readonly ImprovementStatus[] = ['PENDING', 'IN_PROGRESS', 'DONE'];

export const improvementStatusLabel: Record<ImprovementStatus, string> = {
  PENDING: 'Pendiente',
  IN_PROGRESS: 'En ejecución',
  DONE: 'Cumplida',
  CANCELLED: 'Cancelada',
};

/** The semáforo colours that call for an improvement action. */
export const CALLS_FOR_ACTION: readonly Semaforo[] = ['BAJO', 'SOBRE_EJECUCION'];

export interface AddImprovementData {
  planId: string;
  productCode: string;
  action: string;
  responsible: string;
  dueOn: string;
}

export interface UpdateImprovementData {
  id: string;
  status: ImprovementStatus;
  statusNote?: string | null;
  dueOn?: string | null;
}

/** Whether an action is overdue on `today`: due before it and still open. */
export function isOverdue(action: Pick<ImprovementAction, 'dueOn' | 'status'>, today: string): boolean {
  return action.dueOn < today && (OPEN_IMPROVEMENT as readonly string[]).includes(action.status);
}

/** Whether a product of `status` (semáforo of its PAHV) still needs an action, given its actions. */
export function needsImprovementAction(status: Semaforo | null, actions: readonly Pick<ImprovementAction, 'status'>[]): boolean {
  if (status === null || !CALLS_FOR_ACTION.includes(status)) return false;
  return !actions.some((a) => (ADDRESSING_IMPROVEMENT as readonly string[]).includes(a.status));
}

const ACTION_LENGTH = { min: 10, max: 2000 };
const RESPONSIBLE_LENGTH = { min: 3, max: 200 };
const NOTE_LENGTH = { min: 10, max: 2000 };

export class ImprovementActionService {
  constructor(
    private readonly clock: Clock,
    private readonly plans: ActionPlanService,
  ) {}

  /** Today in Bogotá: what `overdue` and the semáforo that calls for an action are measured on. */
  today(): string {
    return bogotaDay(this.clock.now());
  }

  /** Adds an improvement action to a product of an approved plan that today's official measurement shows low or over-executed. */
  async add(em: EntityManager, actor: Actor, data: AddImprovementData): Promise<ImprovementAction> {
    const plan = await this.plans.find(em, actor, data.planId);
    if (!plan) throw new NotFoundError(`No existe el plan de acción ${clip(data.planId)} o no tiene acceso a él`, { planId: data.planId });
    this.requireWriter(actor, plan);
    if (plan.status !== 'APPROVED' || plan.currentVersion === null)
      throw new PreconditionFailedError(
        'PLAN_NOT_APPROVED',
        'El plan aún no está aprobado: las acciones de mejora siguen a un plan vigente',
        {
          planStatus: plan.status,
        },
      );
    const today = this.today();
    const products = await em.find(PlanProduct, { planId: plan.id, version: plan.currentVersion });
    const problems: Problem[] = [];
    const product = products.find((p) => p.code === data.productCode);
    if (!product)
      problems.push({
        path: 'input.productCode',
        code: ProblemCode.UNKNOWN,
        message: `la versión vigente del plan (${plan.currentVersion}) no tiene el producto ${clip(data.productCode)}`,
      });
    const action = data.action.trim();
    const responsible = data.responsible.trim();
    problems.push(...textProblems('input.action', action, ACTION_LENGTH, 'la acción se describe'));
    problems.push(...textProblems('input.responsible', responsible, RESPONSIBLE_LENGTH, 'el responsable se nombra'));
    problems.push(...dueProblems('input.dueOn', data.dueOn, today, plan.endYear));
    if (problems.length) throw new BadUserInputError(`No se registró la acción de mejora: ${problemsText(problems)}`, { problems });

    const status = await this.statusToday(em, plan, today, data.productCode);
    if (status === null || !CALLS_FOR_ACTION.includes(status)) {
      const shown = status ? semaforoLabel[status].toLowerCase() : 'sin dato';
      throw new PreconditionFailedError(
        'IMPROVEMENT_NOT_CALLED_FOR',
        `El producto ${clip(data.productCode)} está en ${shown} en la medición oficial de hoy: las acciones de mejora son para productos en cumplimiento bajo o en sobre ejecución`,
        { productCode: data.productCode, semaforo: status ?? 'SIN_DATO' },
      );
    }
    const at = this.clock.now();
    const row: ImprovementAction = {
      id: randomUUID(),
      planId: plan.id,
      productCode: data.productCode,
      action,
      responsible,
      dueOn: data.dueOn,
      status: 'PENDING',
      statusNote: null,
      triggeredBy: status,
      createdBy: actor.subject,
      createdAt: at,
      updatedBy: actor.subject,
      updatedAt: at,
    };
    await em.insert(ImprovementAction, row);
    return row;
  }

  /** Moves an open action to another status (DONE and CANCELLED with a note), or to another due day. */
  async update(em: EntityManager, actor: Actor, data: UpdateImprovementData): Promise<ImprovementAction> {
    const found = isUuid(data.id) ? await em.findOne(ImprovementAction, { id: data.id }) : null;
    const plan = found ? await this.plans.find(em, actor, found.planId) : null;
    // Another entity's action looks missing, as its plan does.
    if (!found || !plan)
      throw new NotFoundError(`No existe la acción de mejora ${clip(data.id)} o no tiene acceso a ella`, { id: data.id });
    this.requireWriter(actor, plan);
    if (!(OPEN_IMPROVEMENT as readonly string[]).includes(found.status))
      throw new PreconditionFailedError(
        'IMPROVEMENT_ACTION_CLOSED',
        `La acción de mejora ya está ${improvementStatusLabel[found.status as ImprovementStatus].toLowerCase()}: no cambia más; registre una nueva si hace falta`,
        { status: found.status },
      );
    const today = this.today();
    const problems: Problem[] = [];
    const note = data.statusNote?.trim() || null;
    const closing = data.status === 'DONE' || data.status === 'CANCELLED';
    if (note === null && closing)
      problems.push({
        path: 'input.statusNote',
        code: ProblemCode.REQUIRED,
        message: data.status === 'DONE' ? 'diga qué se hizo para darla por cumplida' : 'diga por qué se cancela',
      });
    else if (note !== null) problems.push(...textProblems('input.statusNote', note, NOTE_LENGTH, 'la nota se escribe'));
    if (data.dueOn != null && data.dueOn !== found.dueOn) problems.push(...dueProblems('input.dueOn', data.dueOn, today, plan.endYear));
    if (problems.length) throw new BadUserInputError(`No se actualizó la acción de mejora: ${problemsText(problems)}`, { problems });

    const changes = {
      status: data.status,
      // A note speaks of the status it was written with: a new status without one clears it.
      statusNote: note ?? (data.status === found.status ? found.statusNote : null),
      dueOn: data.dueOn ?? found.dueOn,
      updatedBy: actor.subject,
      updatedAt: this.clock.now(),
    };
    // Only while still open: of two people closing it at once, the second finds it closed.
    const updated = await em.nativeUpdate(ImprovementAction, { id: found.id, status: { $in: [...OPEN_IMPROVEMENT] } }, changes);
    if (updated !== 1)
      throw new PreconditionFailedError('IMPROVEMENT_ACTION_CLOSED', 'La acción de mejora acaba de cerrarse: no cambia más', {
        id: found.id,
      });
    return { ...found, ...changes };
  }

  /** The improvement actions of some plans (readable by the caller: resolvers reach them through their plan), oldest first. */
  async ofPlans(em: EntityManager, planIds: readonly string[]): Promise<ImprovementAction[]> {
    if (!planIds.length) return [];
    return em.find(ImprovementAction, { planId: { $in: [...planIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** Whether the actor may read the actions of the plan of `entityCode` (what reading the plan needs). */
  canRead(actor: Actor, entityCode: string): boolean {
    return canReadPlan(actor, entityCode);
  }

  private requireWriter(actor: Actor, plan: Pick<ActionPlan, 'entityCode'>): void {
    if (!canWritePlan(actor, plan.entityCode))
      throw new ForbiddenError('Solo el representante legal o el líder TIC de la entidad registran y actualizan sus acciones de mejora');
  }

  /** The product's semáforo (PAHV) in the official measurement of `today`: the version in force, accepted reports only. */
  private async statusToday(em: EntityManager, plan: ActionPlan, today: string, productCode: string): Promise<Semaforo | null> {
    const [versions, rows] = await Promise.all([
      em.find(PlanVersion, { planId: plan.id }),
      em.find(ProgressReportRow, { planId: plan.id }, { orderBy: { reportedAt: 'asc', id: 'asc' } }),
    ]);
    const version = versionAt(versions, today);
    if (version === null) return null;
    const products = await em.find(PlanProduct, { planId: plan.id, version }, { orderBy: { position: 'asc' } });
    const measure = this.plans.measure(plan, products, rows, today, 'OFFICIAL');
    return measure.objectives.flatMap((o) => o.products).find((p) => p.code === productCode)?.status ?? null;
  }
}

function textProblems(path: string, text: string, length: { min: number; max: number }, what: string): Problem[] {
  if (text.length >= length.min && text.length <= length.max) return [];
  return [{ path, code: lengthCode(text, length.min), message: `${what} con entre ${length.min} y ${length.max} caracteres` }];
}

/** A due day from today to the plan's last day (an action after the plan ends serves no part of it). */
function dueProblems(path: string, dueOn: string, today: string, endYear: number): Problem[] {
  if (!isCalendarDate(dueOn)) return [{ path, code: ProblemCode.INVALID_FORMAT, message: 'debe ser una fecha AAAA-MM-DD' }];
  if (dueOn < today) return [{ path, code: ProblemCode.OUT_OF_RANGE, message: `no puede estar en el pasado (hoy es ${today})` }];
  const last = `${endYear}-12-31`;
  if (dueOn > last)
    return [{ path, code: ProblemCode.OUT_OF_RANGE, message: `debe caer dentro del horizonte del plan (hasta el ${last})` }];
  return [];
}
