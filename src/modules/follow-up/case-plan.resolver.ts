import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { GraphQLContext } from '../../core/graphql/context';
import { CaseType } from '../cases/case.type';
import { ActionPlan, PeriodReport, PlanVersion } from './action-plan.entity';
import { ActionPlanType, PlanStatusEnum, type PeriodicityEnum } from './action-plan.type';
import { canReadPlan } from './follow-up.policy';

/**
 * The action plan a case is about, batched per request: the plan a PLAN_REVIEW case reviews a
 * version of, the plan a PROGRESS_REPORT case reports on, the plan that follows a cofinanced
 * application's execution.
 */
export function casePlanLoader(em: EntityManager): DataLoader<string, ActionPlan | null> {
  return new DataLoader(async (caseIds) => {
    const ids = [...caseIds];
    const [versions, reports, followed] = await Promise.all([
      em.find(PlanVersion, { caseId: { $in: ids } }, { fields: ['planId', 'number', 'caseId'] }),
      em.find(PeriodReport, { caseId: { $in: ids } }, { fields: ['caseId', 'planId'] }),
      // One plan follows an application while it is not withdrawn (imports and START_EXECUTION see to it).
      em.find(ActionPlan, { caseId: { $in: ids }, status: { $ne: 'WITHDRAWN' } }),
    ]);
    const planIdOf = new Map<string, string>();
    for (const v of versions) planIdOf.set(v.caseId!, v.planId);
    for (const r of reports) planIdOf.set(r.caseId, r.planId);
    const wanted = [...new Set(planIdOf.values())];
    const plans = new Map((wanted.length ? await em.find(ActionPlan, { id: { $in: wanted } }) : []).map((p) => [p.id, p]));
    const byCase = new Map(followed.map((p) => [p.caseId!, p]));
    return ids.map((id) => byCase.get(id) ?? plans.get(planIdOf.get(id) ?? '') ?? null);
  });
}

@Resolver(() => CaseType)
export class CasePlanResolver {
  @FieldResolver(() => ActionPlanType, {
    nullable: true,
    description:
      'El plan de acción del trámite: el que revisa (PLAN_REVIEW), al que reporta (PROGRESS_REPORT) o el que sigue la ejecución del proyecto (postulación); null si no tiene.',
  })
  async actionPlan(@Root() kase: CaseType, @Ctx() ctx: GraphQLContext): Promise<ActionPlanType | null> {
    const plan = await ctx.casePlans.load(kase.id);
    if (!plan || !canReadPlan(ctx.principal, plan.entityCode)) return null;
    return Object.assign(new ActionPlanType(), {
      ...plan,
      periodicity: plan.periodicity as PeriodicityEnum,
      status: plan.status as PlanStatusEnum,
    });
  }
}
