import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';

import { groupBy } from '../../core/collections';
import { PeriodReport, PlanProduct, PlanVersion, ProgressReportRow } from './action-plan.entity';

/** Per-request batching of a plan's versions, products, reports (a list of plans costs the same statements as one). */
export class PlanLoaders {
  /** Products of one version, keyed `planId:version`. */
  private readonly byVersion: DataLoader<string, PlanProduct[]>;
  readonly versions: DataLoader<string, PlanVersion[]>;
  /** Every item ever reported for the plan (every status), oldest first. */
  readonly reports: DataLoader<string, ProgressReportRow[]>;
  /** The plan's period reports (PROGRESS_REPORT cases). */
  readonly periodReports: DataLoader<string, PeriodReport[]>;

  constructor(em: EntityManager) {
    const byPlan = <R extends { planId: string }>(rows: R[], ids: readonly string[]) => {
      const by = groupBy(rows, (r) => r.planId);
      return ids.map((id) => by.get(id) ?? []);
    };
    this.byVersion = new DataLoader(async (keys) => {
      const wanted = keys.map((k) => {
        const at = k.lastIndexOf(':');
        return { planId: k.slice(0, at), version: Number(k.slice(at + 1)) };
      });
      const rows = await em.find(
        PlanProduct,
        { $or: wanted.map((w) => ({ planId: w.planId, version: w.version })) },
        { orderBy: { planId: 'asc', version: 'asc', position: 'asc' } },
      );
      const by = groupBy(rows, (r) => `${r.planId}:${r.version}`);
      return keys.map((k) => by.get(k) ?? []);
    });
    this.versions = new DataLoader(async (ids) =>
      byPlan(await em.find(PlanVersion, { planId: { $in: [...ids] } }, { orderBy: { planId: 'asc', number: 'asc' } }), ids),
    );
    this.reports = new DataLoader(async (ids) =>
      byPlan(
        // One report's items share their instant: by product code among them, so the order is stable.
        await em.find(ProgressReportRow, { planId: { $in: [...ids] } }, { orderBy: { reportedAt: 'asc', productCode: 'asc', id: 'asc' } }),
        ids,
      ),
    );
    this.periodReports = new DataLoader(async (ids) =>
      byPlan(await em.find(PeriodReport, { planId: { $in: [...ids] } }, { orderBy: { planId: 'asc', period: 'asc', caseId: 'asc' } }), ids),
    );
  }

  /** The products of a version of a plan (none for a version that does not exist). */
  products(planId: string, version: number | null): Promise<PlanProduct[]> {
    return version === null ? Promise.resolve([]) : this.byVersion.load(`${planId}:${version}`);
  }
}
