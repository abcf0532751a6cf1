/**
 * What a measurement stands on: which version of the plan, and which reported values. Pure.
 *
 * - The version in force at a cut is the latest APPROVED version whose `effectiveFrom` is on or
 *   before the cut; the first approved version (effectiveFrom null) is in force from the plan's
 *   start. So a version approved today leaves every earlier cut as it was.
 * - The official measurement counts the items of accepted reports, each from the day its report was
 *   accepted (values recorded before reports were reviewed count from the day they were reported).
 *   The provisional one also counts the items of reports still in review or returned, from the day
 *   they were submitted, and says so.
 */
import type { PlanVersion, ProgressReportRow } from './action-plan.entity';
import type { ProgressReport } from './measurement';

/** The version in force at `cut`, or null when no version is approved yet. */
export function versionAt(versions: readonly Pick<PlanVersion, 'number' | 'status' | 'effectiveFrom'>[], cut: string): number | null {
  let found: number | null = null;
  for (const v of versions) {
    if (v.status !== 'APPROVED') continue;
    if (v.effectiveFrom !== null && v.effectiveFrom > cut) continue;
    if (found === null || v.number > found) found = v.number;
  }
  return found;
}

export type ReportBasis = 'OFFICIAL' | 'PROVISIONAL';

/**
 * The values a measurement counts, each dated by the day it starts to count: accepted items by
 * their acceptance; with PROVISIONAL, items of reports still in review or returned by their
 * submission (the latest submission of each report only).
 */
export function countedReports(
  rows: readonly Pick<ProgressReportRow, 'productCode' | 'period' | 'value' | 'reportedOn' | 'status' | 'acceptedOn'>[],
  basis: ReportBasis,
): (ProgressReport & { productCode: string; pending: boolean })[] {
  const out: (ProgressReport & { productCode: string; pending: boolean })[] = [];
  for (const r of rows) {
    if (r.status === 'ACCEPTED')
      out.push({ productCode: r.productCode, period: r.period, value: r.value, reportedOn: r.acceptedOn ?? r.reportedOn, pending: false });
    else if (basis === 'PROVISIONAL' && (r.status === 'SUBMITTED' || r.status === 'RETURNED'))
      out.push({ productCode: r.productCode, period: r.period, value: r.value, reportedOn: r.reportedOn, pending: true });
  }
  return out;
}
