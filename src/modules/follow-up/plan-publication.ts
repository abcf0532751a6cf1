import type { EntityManager } from '@mikro-orm/knex';

import type { Actor } from '../../core/auth/policy';
import { Role } from '../../core/auth/principal';
import { ForbiddenError, NotFoundError, PreconditionFailedError } from '../../core/errors/app-error';
import { clip } from '../../core/text';
import type { Clock } from '../../core/time/clock';
import { ActionPlan } from './action-plan.entity';
import type { ActionPlanService } from './action-plan.service';

/**
 * Makes an action plan's follow-up public (the transparency endpoint shows its progress), or
 * withdraws it. The plan's figures are the entity's to disclose: only its legal representative
 * decides, never the ministry for it, nor a TIC leader or member. Publishing again keeps the first
 * instant; withdrawing a private plan changes nothing.
 */
export async function setPlanPublication(
  em: EntityManager,
  deps: { plans: ActionPlanService; clock: Clock },
  actor: Actor,
  planId: string,
  published: boolean,
): Promise<ActionPlan> {
  // Another entity's plan looks missing, as everywhere else (plans.find applies canReadPlan).
  const plan = await deps.plans.find(em, actor, planId);
  if (!plan) throw new NotFoundError(`No existe el plan de acción ${clip(planId)} o no tiene acceso a él`, { planId });
  if (actor.role !== Role.ENTITY_REPRESENTATIVE || actor.entityCode !== plan.entityCode) {
    throw new ForbiddenError('Solo el representante legal de la entidad publica o retira la publicación de su plan de acción');
  }
  if (published && plan.status !== 'APPROVED') {
    throw new PreconditionFailedError(
      'PLAN_NOT_APPROVED',
      'Solo se publica un plan de acción aprobado: su avance se mide sobre la versión vigente',
      { planStatus: plan.status },
    );
  }
  if (published === (plan.publishedAt != null)) return plan;
  const changes = published ? { publishedAt: deps.clock.now(), publishedBy: actor.subject } : { publishedAt: null, publishedBy: null };
  // Conditional on the state read, so two concurrent requests do not overwrite each other's instant.
  await em.nativeUpdate(ActionPlan, { id: plan.id, publishedAt: published ? null : { $ne: null } }, changes);
  return em.findOneOrFail(ActionPlan, { id: plan.id }, { refresh: true });
}
