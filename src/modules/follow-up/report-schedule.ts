import { addWorkingDays } from '../../core/time/business-calendar';
import type { ProgressItemStatus } from './action-plan.entity';
import type { Period } from './measurement';

/** Where a period's progress report stands on a day. */
export type ReportDueStatus = 'UPCOMING' | 'DUE' | 'OVERDUE' | 'SUBMITTED';

export interface ReportDue {
  period: string;
  start: string;
  end: string;
  /** The last day to report the period: `dueDays` días hábiles after it ends. */
  dueOn: string;
  status: ReportDueStatus;
  /** Products with a target in the period (those whose value is due). */
  expected: string[];
  /** Of those, the ones without a standing value for the period (in review, returned or accepted). */
  missing: string[];
  /** When the period was submitted (its first report filed, or its last expected value given), and whether that was after `dueOn`. */
  submittedOn: string | null;
  late: boolean;
}

/** An item of a progress report as the schedule reads it (values recorded before reviews have no case and count as accepted). */
export interface ScheduledItem {
  productCode: string;
  period: string;
  reportedOn: string;
  status?: ProgressItemStatus;
  caseId?: string | null;
}

/** Items that stand as the entity's word for their period: in review, returned for corrections, or accepted. */
const STANDING = new Set<ProgressItemStatus>(['SUBMITTED', 'RETURNED', 'ACCEPTED']);

/**
 * The progress-report schedule of a plan (design choice, configurable: PLAN_REPORT_DUE_DAYS): each
 * period's report is due `dueDays` días hábiles after the period ends, for every product with a
 * target in it. A period is SUBMITTED from the day its first report was filed (a PROGRESS_REPORT
 * case not withdrawn: its review then runs on the case's own terms, so reminders stop), or once
 * each such product has a standing value for it; a report filed late still submits it, marked
 * `late`. Before the period ends it is UPCOMING; after, DUE until its last day and OVERDUE from the
 * next. `missing` lists the products without a standing value. Periods without any target owe
 * nothing and are left out.
 */
export function reportSchedule(
  periods: readonly Period[],
  products: readonly { code: string; targets: Readonly<Record<string, number | null>> }[],
  reports: readonly ScheduledItem[],
  today: string,
  dueDays: number,
): ReportDue[] {
  const firstReport = new Map<string, string>();
  for (const r of reports) {
    if (!STANDING.has(r.status ?? 'ACCEPTED')) continue;
    const key = `${r.productCode}|${r.period}`;
    const known = firstReport.get(key);
    if (!known || r.reportedOn < known) firstReport.set(key, r.reportedOn);
  }
  const filed = filedOn(reports);
  const schedule: ReportDue[] = [];
  for (const p of periods) {
    const expected = products.filter((x) => x.targets[p.key] != null).map((x) => x.code);
    if (!expected.length) continue;
    const dueOn = addWorkingDays(p.end, dueDays);
    const missing = expected.filter((code) => !firstReport.has(`${code}|${p.key}`));
    const complete = missing.length ? null : expected.map((code) => firstReport.get(`${code}|${p.key}`)!).reduce((a, b) => (a > b ? a : b));
    const report = filed.get(p.key) ?? null;
    const submittedOn = report !== null && (complete === null || report < complete) ? report : complete;
    const status: ReportDueStatus = submittedOn ? 'SUBMITTED' : today <= p.end ? 'UPCOMING' : today <= dueOn ? 'DUE' : 'OVERDUE';
    schedule.push({
      period: p.key,
      start: p.start,
      end: p.end,
      dueOn,
      status,
      expected,
      missing,
      submittedOn,
      late: submittedOn !== null && submittedOn > dueOn,
    });
  }
  return schedule;
}

/**
 * The day each period's first report was filed: the first day of any item of a PROGRESS_REPORT case
 * (its first submission, even if since superseded), leaving out withdrawn reports (a withdrawal
 * marks the items it drops WITHDRAWN).
 */
function filedOn(reports: readonly ScheduledItem[]): Map<string, string> {
  const cases = new Map<string, { period: string; first: string; withdrawn: boolean }>();
  for (const r of reports) {
    if (!r.caseId) continue;
    const c = cases.get(r.caseId) ?? { period: r.period, first: r.reportedOn, withdrawn: false };
    if (r.reportedOn < c.first) c.first = r.reportedOn;
    if (r.status === 'WITHDRAWN') c.withdrawn = true;
    cases.set(r.caseId, c);
  }
  const filed = new Map<string, string>();
  for (const c of cases.values()) {
    if (c.withdrawn) continue;
    const known = filed.get(c.period);
    if (!known || c.first < known) filed.set(c.period, c.first);
  }
  return filed;
}
