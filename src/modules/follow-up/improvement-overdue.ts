import type { EntityManager } from '@mikro-orm/knex';

import { chunks } from '../../core/collections';
import type { NotificationDraft } from '../notifications/notification-center';
import { improvementActionOverdueText } from '../notifications/notification-templates';
import { Audience, NotificationKind } from '../notifications/notification.entity';
import { ActionPlan, ImprovementAction } from './action-plan.entity';
import { OPEN_IMPROVEMENT } from './improvement-action.service';

/**
 * One notice to the entity per improvement action found open after its due day. The dedupe key
 * names the action and its due day: the hourly sweep says it once, and again only if the action is
 * moved to a later day and misses that one too.
 */
export async function overdueImprovementDrafts(
  em: EntityManager,
  plans: readonly ActionPlan[],
  today: string,
  entityName: (code: string) => string,
): Promise<NotificationDraft[]> {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const drafts: NotificationDraft[] = [];
  for (const slice of chunks([...byId.keys()], 1000)) {
    const late = await em.find(
      ImprovementAction,
      { planId: { $in: slice }, status: { $in: [...OPEN_IMPROVEMENT] }, dueOn: { $lt: today } },
      { orderBy: { dueOn: 'asc', id: 'asc' } },
    );
    for (const a of late) {
      const plan = byId.get(a.planId)!;
      drafts.push({
        dedupeKey: `improvement-action-overdue:${a.id}:${a.dueOn}`,
        caseId: plan.caseId,
        kind: NotificationKind.IMPROVEMENT_ACTION_OVERDUE,
        audienceKind: Audience.ENTITY,
        audience: plan.entityCode,
        ...improvementActionOverdueText({
          planTitle: plan.title,
          entityName: entityName(plan.entityCode),
          productCode: a.productCode,
          action: a.action,
          responsible: a.responsible,
          dueOn: a.dueOn,
        }),
      });
    }
  }
  return drafts;
}
