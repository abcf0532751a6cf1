import type { EntityManager } from '@mikro-orm/knex';

import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError } from '../../core/errors/app-error';
import { ProblemCode, type Problem } from '../../core/errors/problems';
import type { GraphQLContext } from '../../core/graphql/context';
import { sqlOf } from '../../core/orm/orm';
import { clip, problemsText } from '../../core/text';
import type { WorkflowEvent } from '../../core/workflow/ports';
import type { CaseTransitionPayload } from '../cases/case.type';
import { ActionPlan, PlanProduct, PlanVersion, type PlanChangeRecord } from './action-plan.entity';
import { canWritePlan } from './follow-up.policy';
import { periodsOf, type Periodicity } from './measurement';
import {
  applyPlanChanges,
  asksForChanges,
  justificationProblem,
  PROPOSAL_JUSTIFICATION,
  type ChangeBase,
  type PlanChanges,
  type ProductDraft,
} from './plan-changes';

/*
 * Adjustment proposals of an approved plan (propuesta de ajuste) and the corrections of a returned
 * proposal: reading what the changes apply to, and writing the proposed version. The PLAN_REVIEW
 * process rules (plan-review.process.ts) call the resubmission part inside the transition.
 */

/** The statuses of a progress item that make its product part of the plan's record: it cannot be removed. */
const REPORTED_STATUSES = ['SUBMITTED', 'RETURNED', 'ACCEPTED'];

/** The products of the plan with a progress item submitted, returned or accepted. */
export async function reportedProducts(em: EntityManager, planId: string): Promise<Set<string>> {
  const rows: { product_code: string }[] = await sqlOf(em)('progress_report')
    .where({ plan_id: planId })
    .whereIn('status', REPORTED_STATUSES)
    .distinct('product_code');
  return new Set(rows.map((r) => r.product_code));
}

/** A version's products without their plan and version (what a proposal's changes work on). */
const drafts = (products: readonly PlanProduct[]): ProductDraft[] => products.map(({ planId: _p, version: _v, ...rest }) => rest);

/** What changes to a version of the plan apply to: its title and products, the horizon, the reported products. */
export async function changeBaseOf(em: EntityManager, plan: ActionPlan, version: number): Promise<ChangeBase> {
  const [row, products, reported] = await Promise.all([
    em.findOneOrFail(PlanVersion, { planId: plan.id, number: version }),
    em.find(PlanProduct, { planId: plan.id, version }, { orderBy: { position: 'asc' } }),
    reportedProducts(em, plan.id),
  ]);
  return {
    title: row.title,
    products: drafts(products),
    periods: periodsOf(plan.startYear, plan.endYear, plan.periodicity as Periodicity).map((p) => p.key),
    horizon: `${plan.startYear}–${plan.endYear}`,
    reported,
  };
}

/** The input of a proposal or a resubmission, as plain JSON (it is recorded in the case's history). */
export function plainChanges(input: PlanChanges): PlanChanges {
  const text = (v: string | null | undefined) => (v == null ? undefined : v);
  const product = (p: NonNullable<PlanChanges['products']>[number]) =>
    JSON.parse(
      JSON.stringify({
        code: p.code,
        justification: p.justification,
        name: text(p.name),
        indicator: text(p.indicator),
        weight: p.weight ?? undefined,
        annualization: p.annualization ?? undefined,
        targets: p.targets?.map((t) => ({ period: t.period, value: t.value })),
        sector: text(p.sector),
        baseline: p.baseline ?? undefined,
      }),
    ) as NonNullable<PlanChanges['products']>[number];
  const out: PlanChanges = {};
  if (input.title != null && input.title.trim() !== '') out.title = input.title;
  if (input.products?.length) out.products = input.products.map(product);
  if (input.add?.length) out.add = input.add.map((a) => ({ ...product(a), objectiveCode: a.objectiveCode }));
  if (input.remove?.length) out.remove = input.remove.map((r) => ({ code: r.code, justification: r.justification }));
  if (input.objectives?.length)
    out.objectives = input.objectives.map((o) => ({ code: o.code, name: o.name, justification: o.justification }));
  return out;
}

const refused = (what: string, problems: Problem[]) => new BadUserInputError(`${what}: ${problemsText(problems)}`, { problems });

export interface ProposalInput extends PlanChanges {
  planId: string;
  justification: string;
  idempotencyKey?: string | null;
}

/**
 * Proposes an adjustment of an approved plan: its representative or TIC leader, with a
 * justification for the proposal and one per change. A retry with the same idempotency key gets
 * its first result before anything is checked against the plan as it is now. Everything is checked
 * before the case opens, so a refusal writes nothing; the proposed version (the next number,
 * PROPOSED, with a full copy of its products) is written in the case's opening transaction. One
 * proposal per plan is open at a time (the case's scope is the plan).
 */
export async function proposePlanAdjustment(ctx: GraphQLContext, input: ProposalInput): Promise<CaseTransitionPayload> {
  const actor = ctx.principal;
  const plan = await ctx.services.plans.find(ctx.em, actor, input.planId);
  if (!plan) throw new NotFoundError(`No existe el plan de acción ${clip(input.planId)} o no tiene acceso a él`, { planId: input.planId });
  if (!canWritePlan(actor, plan.entityCode))
    throw new ForbiddenError('Solo el representante legal o el líder TIC de la entidad proponen ajustes a su plan de acción');
  const changes = plainChanges(input);
  const justification = input.justification.trim();
  const draft = { process: 'PLAN_REVIEW' as const, cycleId: null, callId: null, scope: plan.id };
  // What the proposal says, as sent (every change with its values), from the request alone: recorded
  // on the case's CREATED entry, and what a retry with the same idempotency key must repeat.
  const payload = { planId: plan.id, justification, ...changes };
  // A retry gets its first result even if the plan changed since (the proposal approved meanwhile).
  const replayed = await ctx.services.cases.openedBefore(actor, ctx.directory, ctx.requestId, draft, input.idempotencyKey, payload);
  if (replayed) return replayed;
  if (plan.status !== 'APPROVED' || plan.currentVersion === null) {
    throw new PreconditionFailedError(
      'PLAN_NOT_APPROVED',
      plan.status === 'WITHDRAWN'
        ? 'El plan fue retirado: no admite propuestas de ajuste'
        : 'El plan aún está en borrador: su primera versión se corrige en su propia revisión (resubmitPlanVersion), no con una propuesta de ajuste',
      { planId: plan.id, status: plan.status },
    );
  }
  const baseVersion = plan.currentVersion;
  const base = await changeBaseOf(ctx.em, plan, baseVersion);
  const overall = justificationProblem(input.justification, 'input.justification', PROPOSAL_JUSTIFICATION);
  const result = applyPlanChanges(base, changes, justification);
  const problems = [...(overall ? [overall] : []), ...(result.ok ? [] : result.problems)];
  if (problems.length || !result.ok) throw refused('No se radicó la propuesta de ajuste', problems);

  try {
    return await ctx.services.cases.open(actor, ctx.directory, ctx.requestId, draft, input.idempotencyKey, {
      payload,
      write: async (db, kase, at) => {
        const tx = db();
        // The base checked above must still be the plan's version in force (another proposal approved meanwhile would move it).
        const current = await tx.findOneOrFail(ActionPlan, { id: plan.id }, { refresh: true });
        if (current.currentVersion !== baseVersion)
          throw new ConflictError('El plan cambió de versión mientras se radicaba la propuesta; consúltelo de nuevo', {
            planId: plan.id,
            expectedVersion: baseVersion,
            currentVersion: current.currentVersion,
          });
        const [{ max }] = await sqlOf(tx)('plan_version').where({ plan_id: plan.id }).max({ max: 'number' });
        const number = Number(max ?? 0) + 1;
        await tx.insert(PlanVersion, {
          planId: plan.id,
          number,
          status: 'PROPOSED',
          caseId: kase.id,
          baseVersion,
          title: result.title,
          justification,
          changes: result.changes,
          effectiveFrom: null,
          proposedBy: actor.subject,
          proposedAt: at,
          approvedBy: null,
          approvedAt: null,
        });
        await tx.insertMany(
          PlanProduct,
          result.products.map((p) => ({ ...p, planId: plan.id, version: number })),
        );
      },
    });
  } catch (err) {
    if (err instanceof PreconditionFailedError && err.rule === 'ONE_OPEN_CASE')
      throw new PreconditionFailedError(
        'ONE_OPEN_CASE',
        'El plan ya tiene una propuesta en revisión: espere la decisión de la coordinación, o corríjala o retírela antes de radicar otra',
        { process: 'PLAN_REVIEW', planId: plan.id },
      );
    throw err;
  }
}

/** The change fields a RESUBMIT event may carry (see ResubmitPlanVersionInput). */
export interface ResubmitEvent extends WorkflowEvent, PlanChanges {
  justification?: string;
}

/** What a resubmission writes: the version's new title, products and records, or only its justification. */
export interface Resubmission {
  version: PlanVersion;
  justification: string | null;
  /** Null when the proposal is resubmitted as it was (no change fields). */
  rewrite: { title: string; products: ProductDraft[]; changes: PlanChangeRecord[] } | null;
}

/**
 * A returned proposal resubmitted, checked (throws BAD_USER_INPUT, writing nothing). Without any
 * change field it goes back as it was (a new overall justification, if given, replaces the old
 * one). With change fields:
 * - an adjustment's changes are computed again from its BASE version, so they replace the earlier
 *   proposal's changes (they never stack on them);
 * - a first version (no base) is corrected in place: the changes apply to its own current
 *   products, and their records add to the earlier corrections'.
 */
export async function resubmission(em: EntityManager, caseId: string, event: ResubmitEvent): Promise<Resubmission> {
  const version = await em.findOneOrFail(PlanVersion, { caseId }, { refresh: true });
  const plan = await em.findOneOrFail(ActionPlan, { id: version.planId }, { refresh: true });
  const problems: Problem[] = [];
  const given = typeof event.justification === 'string' ? event.justification.trim() : null;
  if (given !== null) {
    const problem = justificationProblem(given, 'input.justification', PROPOSAL_JUSTIFICATION);
    if (problem) problems.push(problem);
  }
  const justification = given ?? version.justification;
  if (!asksForChanges(event)) {
    if (problems.length) throw refused('No se radicó de nuevo la propuesta', problems);
    return { version, justification, rewrite: null };
  }
  const first = version.baseVersion === null;
  if (justification === null && !problems.length)
    problems.push({
      path: 'input.justification',
      code: ProblemCode.REQUIRED,
      message: 'la corrección de la versión propuesta necesita una justificación de conjunto',
    });
  const base = await changeBaseOf(em, plan, first ? version.number : version.baseVersion!);
  const result = applyPlanChanges(base, event, justification ?? '');
  if (!result.ok) problems.push(...result.problems);
  if (problems.length || !result.ok) throw refused('No se radicó de nuevo la propuesta', problems);
  return {
    version,
    justification,
    rewrite: { title: result.title, products: result.products, changes: first ? [...version.changes, ...result.changes] : result.changes },
  };
}

/** Writes a checked resubmission in the transition's transaction. */
export async function writeResubmission(em: EntityManager, r: Resubmission): Promise<void> {
  const key = { planId: r.version.planId, number: r.version.number };
  if (!r.rewrite) {
    await em.nativeUpdate(PlanVersion, key, { justification: r.justification });
    return;
  }
  await em.nativeDelete(PlanProduct, { planId: key.planId, version: key.number });
  await em.insertMany(
    PlanProduct,
    r.rewrite.products.map((p) => ({ ...p, planId: key.planId, version: key.number })),
  );
  await em.nativeUpdate(PlanVersion, key, { title: r.rewrite.title, changes: r.rewrite.changes, justification: r.justification });
}

/**
 * Refuses approving a version that drops a product which has been reported meanwhile (a progress
 * item submitted after the proposal): the proposal must be returned and corrected.
 */
export async function checkApprovable(em: EntityManager, caseId: string): Promise<void> {
  const version = await em.findOneOrFail(PlanVersion, { caseId });
  if (version.baseVersion === null) return;
  const [base, proposed, reported] = await Promise.all([
    em.find(PlanProduct, { planId: version.planId, version: version.baseVersion }),
    em.find(PlanProduct, { planId: version.planId, version: version.number }),
    reportedProducts(em, version.planId),
  ]);
  const kept = new Set(proposed.map((p) => p.code));
  const lost = base.filter((p) => !kept.has(p.code) && reported.has(p.code)).map((p) => p.code);
  if (lost.length)
    throw new PreconditionFailedError(
      'PLAN_PRODUCT_REPORTED',
      `La propuesta quita productos que ya tienen avances reportados (${lost.map((c) => clip(c)).join(', ')}): devuélvala para que la entidad la corrija`,
      { products: lost },
    );
}
