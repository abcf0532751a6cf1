import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';

import { groupBy } from '../../core/collections';
import { PlanProduct, ProgressReportRow } from './action-plan.entity';

/** Per-request batching of a plan's products and reports (a list of plans costs the same statements as one). */
export class PlanLoaders {
  readonly products: DataLoader<string, PlanProduct[]>;
  readonly reports: DataLoader<string, ProgressReportRow[]>;

  constructor(em: EntityManager) {
    const byPlan = <R extends { planId: string }>(rows: R[], ids: readonly string[]) => {
      const by = groupBy(rows, (r) => r.planId);
      return ids.map((id) => by.get(id) ?? []);
    };
    this.products = new DataLoader(async (ids) =>
      byPlan(await em.find(PlanProduct, { planId: { $in: [...ids] } }, { orderBy: { planId: 'asc', position: 'asc' } }), ids),
    );
    this.reports = new DataLoader(async (ids) =>
      byPlan(await em.find(ProgressReportRow, { planId: { $in: [...ids] } }, { orderBy: { reportedAt: 'asc', id: 'asc' } }), ids),
    );
  }
}
