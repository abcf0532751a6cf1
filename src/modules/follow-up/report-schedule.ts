import { addWorkingDays } from '../../core/time/business-calendar';
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
  /** Of those, the ones without a value for the period yet. */
  missing: string[];
  /** When the last expected value arrived (SUBMITTED), and whether that was after `dueOn`. */
  submittedOn: string | null;
  late: boolean;
}

/**
 * The progress-report schedule of a plan (design choice, configurable: PLAN_REPORT_DUE_DAYS): each
 * period's values are due `dueDays` días hábiles after the period ends, for every product with a
 * target in it. A period is SUBMITTED once each such product has a value for it (a value sent late
 * still submits it, marked `late`); before it ends it is UPCOMING; after, DUE until its last day
 * and OVERDUE from the next. Periods without any target owe nothing and are left out.
 */
export function reportSchedule(
  periods: readonly Period[],
  products: readonly { code: string; targets: Readonly<Record<string, number | null>> }[],
  reports: readonly { productCode: string; period: string; reportedOn: string }[],
  today: string,
  dueDays: number,
): ReportDue[] {
  const firstReport = new Map<string, string>();
  for (const r of reports) {
    const key = `${r.productCode}|${r.period}`;
    const known = firstReport.get(key);
    if (!known || r.reportedOn < known) firstReport.set(key, r.reportedOn);
  }
  const schedule: ReportDue[] = [];
  for (const p of periods) {
    const expected = products.filter((x) => x.targets[p.key] != null).map((x) => x.code);
    if (!expected.length) continue;
    const dueOn = addWorkingDays(p.end, dueDays);
    const missing = expected.filter((code) => !firstReport.has(`${code}|${p.key}`));
    const submittedOn = missing.length
      ? null
      : expected.map((code) => firstReport.get(`${code}|${p.key}`)!).reduce((a, b) => (a > b ? a : b));
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
