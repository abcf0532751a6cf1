import { periodsOf } from '../../src/modules/follow-up/measurement';
import { reportSchedule } from '../../src/modules/follow-up/report-schedule';

/** The progress-report schedule: due 10 días hábiles after each period ends (Colombian holidays counted). */
const periods = periodsOf(2024, 2025, 'SEMIANNUAL');
const products: { code: string; targets: Record<string, number> }[] = [
  { code: '1.1', targets: { '2024-S1': 10, '2024-S2': 10, '2025-S1': 10 } },
  { code: '1.2', targets: { '2024-S2': 5, '2025-S1': 5 } },
];

describe('reportSchedule', () => {
  it('dates each period with targets 10 working days after its end, skipping holidays', () => {
    const s = reportSchedule(periods, products, [], '2024-01-15', 10);
    // 2025-S2 has no target: nothing is owed for it.
    expect(s.map((d) => d.period)).toEqual(['2024-S1', '2024-S2', '2025-S1']);
    // June 30, 2024 is a Sunday; July 1 (San Pedro y San Pablo, moved) is a holiday: July 2–15 holds
    // 10 working days (July 5 is a weekday, July 20 comes later).
    expect(s[0]).toMatchObject({
      end: '2024-06-30',
      dueOn: '2024-07-15',
      status: 'UPCOMING',
      expected: ['1.1'],
      missing: ['1.1'],
      submittedOn: null,
      late: false,
    });
    // December 31, 2024 → January 6, 2025 is Reyes (a holiday Monday): Jan 2, 3, 7, 8, 9, 10, 13, 14, 15, 16.
    expect(s[1]).toMatchObject({ end: '2024-12-31', dueOn: '2025-01-16', expected: ['1.1', '1.2'] });
  });

  it('is DUE from the day after the period ends to its due day, then OVERDUE', () => {
    const at = (today: string) => reportSchedule(periods, products, [], today, 10)[0].status;
    expect(at('2024-06-30')).toBe('UPCOMING');
    expect(at('2024-07-01')).toBe('DUE');
    expect(at('2024-07-15')).toBe('DUE');
    expect(at('2024-07-16')).toBe('OVERDUE');
  });

  it('is SUBMITTED once every product with a target has a value, late if the last came after the due day', () => {
    const reports = [
      { productCode: '1.1', period: '2024-S2', reportedOn: '2025-01-10' },
      { productCode: '1.2', period: '2024-S2', reportedOn: '2025-01-20' },
      { productCode: '1.1', period: '2024-S1', reportedOn: '2024-07-03' },
      // A correction later does not move the day it was first reported.
      { productCode: '1.1', period: '2024-S1', reportedOn: '2024-09-01' },
    ];
    const s = reportSchedule(periods, products, reports, '2025-02-01', 10);
    expect(s[0]).toMatchObject({ status: 'SUBMITTED', missing: [], submittedOn: '2024-07-03', late: false });
    expect(s[1]).toMatchObject({ status: 'SUBMITTED', submittedOn: '2025-01-20', late: true });
    expect(s[2]).toMatchObject({ status: 'UPCOMING', missing: ['1.1', '1.2'] });
  });

  it('lists what is missing while some products have reported', () => {
    const s = reportSchedule(periods, products, [{ productCode: '1.2', period: '2024-S2', reportedOn: '2025-01-03' }], '2025-03-01', 10);
    expect(s[1]).toMatchObject({ status: 'OVERDUE', missing: ['1.1'] });
  });

  it('is SUBMITTED from the day its first report is filed, whatever it leaves out, unless that report was withdrawn', () => {
    const reports = [
      // 2024-S1: a report of 1.1 filed on July 20 (late), returned, corrected (its first items superseded).
      { productCode: '1.1', period: '2024-S1', reportedOn: '2024-07-20', status: 'SUPERSEDED' as const, caseId: 'a' },
      { productCode: '1.1', period: '2024-S1', reportedOn: '2024-08-02', status: 'SUBMITTED' as const, caseId: 'a' },
      // 2024-S2: only 1.2, in review: filed, with 1.1 still missing.
      { productCode: '1.2', period: '2024-S2', reportedOn: '2025-01-08', status: 'SUBMITTED' as const, caseId: 'b' },
      // 2025-S1: a report withdrawn: the period is owed again.
      { productCode: '1.1', period: '2025-S1', reportedOn: '2025-07-02', status: 'WITHDRAWN' as const, caseId: 'c' },
      { productCode: '1.2', period: '2025-S1', reportedOn: '2025-07-02', status: 'WITHDRAWN' as const, caseId: 'c' },
    ];
    const s = reportSchedule(periods, products, reports, '2025-08-01', 10);
    expect(s[0]).toMatchObject({ status: 'SUBMITTED', missing: [], submittedOn: '2024-07-20', late: true });
    expect(s[1]).toMatchObject({ status: 'SUBMITTED', missing: ['1.1'], submittedOn: '2025-01-08', late: false });
    expect(s[2]).toMatchObject({ status: 'OVERDUE', missing: ['1.1', '1.2'], submittedOn: null });
  });
});
