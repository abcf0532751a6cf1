import {
  measurePlan,
  measureProduct,
  periodAt,
  periodsOf,
  semaforo,
  semaforoLabel,
  type Annualization,
  type ProductMeasure,
  type ProductPlan,
  type ProgressReport,
} from '../../src/modules/follow-up/measurement';

/**
 * Hand-computed cases for each annualization type of the Bogotá method (DOMAIN, "Execution
 * follow-up: the Bogotá method"; Anexo 1 of the 2024-1 report) and the design choices listed in the
 * module's header: which periods count "hasta la vigencia", late reports, null for missing or zero
 * targets. Every expected number has its arithmetic next to it.
 */

/** A three-year horizon, 2023–2025, annual. */
const ANNUAL = periodsOf(2023, 2025, 'ANNUAL');

const report = (period: string, value: number, reportedOn: string): ProgressReport => ({ period, value, reportedOn });

const product = (
  annualization: Annualization,
  targets: ProductPlan['targets'],
  reports: ProgressReport[] = [],
  weight = 10,
  code = 'X',
): ProductPlan => ({
  code,
  annualization,
  weight,
  targets,
  reports,
});

type NumericKey =
  'periodValue' | 'periodTarget' | 'pav' | 'accumulated' | 'programmed' | 'pahv' | 'finalTarget' | 'paa' | 'progress' | 'ideal' | 'gap';
const NUMERIC: NumericKey[] = [
  'periodValue',
  'periodTarget',
  'pav',
  'accumulated',
  'programmed',
  'pahv',
  'finalTarget',
  'paa',
  'progress',
  'ideal',
  'gap',
];

/** Each listed field: null when null is expected, otherwise toBeCloseTo (the failure names the field). */
function expectMeasure(m: ProductMeasure, expected: Partial<Record<NumericKey, number | null>>): void {
  for (const [key, value] of Object.entries(expected) as [NumericKey, number | null][]) {
    try {
      if (value === null) expect(m[key]).toBeNull();
      else expect(m[key]).toBeCloseTo(value, 10);
    } catch (error) {
      throw new Error(`${key}: ${(error as Error).message}`);
    }
  }
}

/** No field is NaN or ±Infinity: not applicable is null. */
function expectNoNaNOrInfinity(m: ProductMeasure): void {
  expect(NUMERIC.filter((k) => m[k] !== null && !Number.isFinite(m[k] as number))).toEqual([]);
}

describe('periodsOf and periodAt', () => {
  it('ANNUAL: one period per year, keyed by the year, January 1 to December 31', () => {
    expect(periodsOf(2023, 2025, 'ANNUAL')).toEqual([
      { key: '2023', start: '2023-01-01', end: '2023-12-31' },
      { key: '2024', start: '2024-01-01', end: '2024-12-31' },
      { key: '2025', start: '2025-01-01', end: '2025-12-31' },
    ]);
  });

  it('SEMIANNUAL: 2024-S1 is January 1–June 30 and 2024-S2 July 1–December 31, year after year', () => {
    expect(periodsOf(2024, 2025, 'SEMIANNUAL')).toEqual([
      { key: '2024-S1', start: '2024-01-01', end: '2024-06-30' },
      { key: '2024-S2', start: '2024-07-01', end: '2024-12-31' },
      { key: '2025-S1', start: '2025-01-01', end: '2025-06-30' },
      { key: '2025-S2', start: '2025-07-01', end: '2025-12-31' },
    ]);
  });

  it('QUARTERLY: T1–T4 end on March 31, June 30, September 30 and December 31', () => {
    expect(periodsOf(2024, 2024, 'QUARTERLY')).toEqual([
      { key: '2024-T1', start: '2024-01-01', end: '2024-03-31' },
      { key: '2024-T2', start: '2024-04-01', end: '2024-06-30' },
      { key: '2024-T3', start: '2024-07-01', end: '2024-09-30' },
      { key: '2024-T4', start: '2024-10-01', end: '2024-12-31' },
    ]);
  });

  it('QUARTERLY over three years: 3 × 4 = 12 periods, 2023-T1 to 2025-T4, in order', () => {
    const quarters = periodsOf(2023, 2025, 'QUARTERLY');
    expect(quarters).toHaveLength(12);
    expect(quarters.map((p) => p.key).slice(0, 5)).toEqual(['2023-T1', '2023-T2', '2023-T3', '2023-T4', '2024-T1']);
    expect(quarters[11]).toEqual({ key: '2025-T4', start: '2025-10-01', end: '2025-12-31' });
  });

  it('periodAt: null before the horizon, the containing period on its first and last day, the last one after the horizon', () => {
    expect(periodAt(ANNUAL, '2022-12-31')).toBeNull();
    expect(periodAt(ANNUAL, '2023-01-01')?.key).toBe('2023');
    expect(periodAt(ANNUAL, '2024-12-31')?.key).toBe('2024');
    expect(periodAt(ANNUAL, '2025-01-01')?.key).toBe('2025');
    expect(periodAt(ANNUAL, '2030-06-30')?.key).toBe('2025');
    expect(periodAt([], '2024-06-30')).toBeNull();
  });
});

describe('semáforo (Anexo 1: > 125 % sobre ejecución, > 75 % alto, 51–75 % medio, ≤ 50 % bajo)', () => {
  it.each([
    [1.2501, 'SOBRE_EJECUCION'],
    [1.25, 'ALTO'],
    [0.7501, 'ALTO'],
    [0.75, 'MEDIO'],
    [0.5001, 'MEDIO'],
    [0.5, 'BAJO'],
    [0, 'BAJO'],
  ] as const)('%p → %s', (ratio, expected) => {
    expect(semaforo(ratio)).toBe(expected);
  });

  it('null (no PAHV) → null, and each band has its Spanish label', () => {
    expect(semaforo(null)).toBeNull();
    expect(semaforoLabel).toEqual({
      SOBRE_EJECUCION: 'Sobre ejecución',
      ALTO: 'Cumplimiento alto',
      MEDIO: 'Cumplimiento medio',
      BAJO: 'Cumplimiento bajo',
    });
  });
});

describe('SUM (Suma): values and targets add up', () => {
  // Targets 10 + 20 + 30 = 60 over 2023–2025.
  const TARGETS = { '2023': 10, '2024': 20, '2025': 30 };

  it('the current period reported: it counts, and its whole target enters "programmed"', () => {
    const m = measureProduct(
      product('SUM', TARGETS, [report('2023', 8, '2024-01-15'), report('2024', 12, '2024-06-10')], 10, 'S'),
      ANNUAL,
      '2024-06-30',
    );
    expect(m).toMatchObject({ code: 'S', annualization: 'SUM', weight: 10, period: '2024', status: 'MEDIO' });
    expectMeasure(m, {
      periodValue: 12,
      periodTarget: 20,
      pav: 0.6, // 12 / 20
      accumulated: 20, // 8 + 12
      programmed: 30, // 10 + 20: 2023 ended, 2024 has a value
      pahv: 2 / 3, // 20 / 30 = 0.667 → MEDIO
      finalTarget: 60, // 10 + 20 + 30
      paa: 1 / 3, // 20 / 60
      progress: 1 / 3,
      ideal: 0.5, // 30 / 60
      gap: -1 / 6, // 1/3 − 1/2
    });
  });

  it('the current period not reported: left out of "hasta la vigencia" (its target not programmed), PAV null', () => {
    const m = measureProduct(product('SUM', TARGETS, [report('2023', 8, '2024-01-15')]), ANNUAL, '2024-06-30');
    expect(m).toMatchObject({ period: '2024', status: 'ALTO' });
    expectMeasure(m, {
      periodValue: null,
      periodTarget: 20,
      pav: null,
      accumulated: 8,
      programmed: 10, // 2023 only
      pahv: 0.8, // 8 / 10 → ALTO
      finalTarget: 60,
      paa: 8 / 60, // 0.1333
      ideal: 10 / 60, // 0.1667
      gap: -2 / 60, // 8/60 − 10/60
    });
  });

  it('values above the targets: PAV, PAHV and PAA 150 % (not capped), progress capped at 100 %', () => {
    const periods = periodsOf(2023, 2024, 'ANNUAL');
    const m = measureProduct(
      product('SUM', { '2023': 10, '2024': 10 }, [report('2023', 15, '2024-01-10'), report('2024', 15, '2024-12-20')]),
      periods,
      '2024-12-31',
    );
    expect(m.status).toBe('SOBRE_EJECUCION');
    expectMeasure(m, {
      pav: 1.5, // 15 / 10
      accumulated: 30, // 15 + 15
      programmed: 20, // 10 + 10
      pahv: 1.5, // 30 / 20
      finalTarget: 20,
      paa: 1.5, // 30 / 20
      progress: 1, // min(1, 1.5)
      ideal: 1, // 20 / 20
      gap: 0, // 1 − 1
    });
  });

  it('a null target in the current period: PAV null; the period adds nothing to programmed or final, its value still adds up', () => {
    const m = measureProduct(
      product('SUM', { '2023': 10, '2024': null, '2025': 30 }, [report('2023', 10, '2024-01-10'), report('2024', 4, '2024-12-20')]),
      ANNUAL,
      '2024-12-31',
    );
    expect(m).toMatchObject({ period: '2024', status: 'SOBRE_EJECUCION' });
    expectMeasure(m, {
      periodValue: 4,
      periodTarget: null,
      pav: null, // no target in 2024
      accumulated: 14, // 10 + 4
      programmed: 10, // 2023 only: 2024 has no target
      pahv: 1.4, // 14 / 10
      finalTarget: 40, // 10 + 30
      paa: 0.35, // 14 / 40
      ideal: 0.25, // 10 / 40
    });
  });

  it('an absent target key, with nothing programmed yet: PAHV null (SIN_DATO), PAA against the final target, ideal 0', () => {
    const m = measureProduct(product('SUM', { '2024': 20, '2025': 20 }, [report('2023', 5, '2023-12-15')]), ANNUAL, '2023-12-31');
    expect(m).toMatchObject({ period: '2023', status: null });
    expectMeasure(m, {
      periodValue: 5,
      periodTarget: null,
      pav: null,
      accumulated: 5,
      programmed: null, // 2023, the only period counted, has no target
      pahv: null,
      finalTarget: 40, // 20 + 20
      paa: 0.125, // 5 / 40
      progress: 0.125,
      ideal: 0, // no programmed target
      gap: 0.125, // 0.125 − 0
    });
  });

  it('no target at all: every ratio null, progress and ideal 0', () => {
    const m = measureProduct(product('SUM', {}, [report('2023', 5, '2023-12-15')]), ANNUAL, '2024-06-30');
    expect(m.status).toBeNull();
    expectMeasure(m, {
      accumulated: 5,
      programmed: null,
      finalTarget: null,
      pav: null,
      pahv: null,
      paa: null,
      progress: 0,
      ideal: 0,
      gap: 0,
    });
    expectNoNaNOrInfinity(m);
  });

  it('a zero target in the period: PAV and PAHV null (not Infinity), PAA still against the final target', () => {
    const periods = periodsOf(2023, 2024, 'ANNUAL');
    const m = measureProduct(product('SUM', { '2023': 0, '2024': 10 }, [report('2023', 2, '2023-12-20')]), periods, '2023-12-31');
    expect(m.status).toBeNull();
    expectMeasure(m, {
      periodValue: 2,
      periodTarget: 0,
      pav: null, // 2 / 0
      accumulated: 2,
      programmed: 0,
      pahv: null, // 2 / 0
      finalTarget: 10, // 0 + 10
      paa: 0.2, // 2 / 10
      ideal: 0, // 0 / 10
      gap: 0.2,
    });
    expectNoNaNOrInfinity(m);
  });

  it('every target zero and a zero value: no NaN (0 / 0 is null), progress and ideal 0', () => {
    const periods = periodsOf(2023, 2024, 'ANNUAL');
    const m = measureProduct(
      product('SUM', { '2023': 0, '2024': 0 }, [report('2023', 0, '2024-01-10'), report('2024', 0, '2024-12-20')]),
      periods,
      '2024-12-31',
    );
    expect(m.status).toBeNull();
    expectMeasure(m, { accumulated: 0, programmed: 0, finalTarget: 0, pav: null, pahv: null, paa: null, progress: 0, ideal: 0, gap: 0 });
    expectNoNaNOrInfinity(m);
  });
});

describe('reports and the cut: only values reported by the cut count, the latest report of a period wins', () => {
  const TARGETS = { '2023': 10, '2024': 20, '2025': 30 };
  // The 2023 value (9) arrives late: on March 15, 2024.
  const LATE = [report('2023', 9, '2024-03-15')];

  it('a 2023 value reported on 2024-03-15 does not count at the 2023-12-31 cut', () => {
    const m = measureProduct(product('SUM', TARGETS, LATE), ANNUAL, '2023-12-31');
    expect(m).toMatchObject({ period: '2023', status: null });
    expectMeasure(m, {
      periodValue: null,
      pav: null,
      accumulated: null, // nothing reported by the cut
      programmed: 10, // 2023 ends on the cut: counted even without a value
      pahv: null,
      paa: null,
      progress: 0,
      ideal: 10 / 60,
    });
  });

  it("at the 2024-06-30 cut it counts for 2023, not in 2024's PAV", () => {
    const m = measureProduct(product('SUM', TARGETS, LATE), ANNUAL, '2024-06-30');
    expect(m).toMatchObject({ period: '2024', status: 'ALTO' });
    expectMeasure(m, {
      periodValue: null, // 2024 has nothing reported
      periodTarget: 20,
      pav: null,
      accumulated: 9, // the 2023 value
      programmed: 10, // 2023's target
      pahv: 0.9, // 9 / 10
      paa: 0.15, // 9 / 60
    });
  });

  it('it counts from the day it is reported: not on 2024-03-14, yes on 2024-03-15', () => {
    expect(measureProduct(product('SUM', TARGETS, LATE), ANNUAL, '2024-03-14').accumulated).toBeNull();
    expect(measureProduct(product('SUM', TARGETS, LATE), ANNUAL, '2024-03-15').accumulated).toBe(9);
  });

  it('a later report of the same period replaces the earlier one (not added), whatever the order of the list', () => {
    // 2023: 4 on January 10, corrected to 9 on February 20; listed newest first.
    const reports = [report('2023', 9, '2024-02-20'), report('2023', 4, '2024-01-10')];
    // January 31: only the first report exists → 4; 4 / 10 = 0.4.
    expect(measureProduct(product('SUM', TARGETS, reports), ANNUAL, '2024-01-31')).toMatchObject({ accumulated: 4, status: 'BAJO' });
    // June 30: the correction wins → 9, not 4 + 9 = 13; 9 / 10 = 0.9.
    const m = measureProduct(product('SUM', TARGETS, reports), ANNUAL, '2024-06-30');
    expectMeasure(m, { accumulated: 9, pahv: 0.9 });
  });

  it("a report dated after the cut is ignored: neither its value nor its period's target count", () => {
    const reports = [report('2023', 8, '2024-01-15'), report('2024', 12, '2024-07-01'), report('2023', 10, '2024-07-02')];
    const m = measureProduct(product('SUM', TARGETS, reports), ANNUAL, '2024-06-30');
    expectMeasure(m, {
      periodValue: null, // the 2024 report comes the day after the cut
      pav: null,
      accumulated: 8, // the 2023 correction to 10 is also after the cut
      programmed: 10, // 2024 running, unreported by the cut
      pahv: 0.8, // 8 / 10
    });
  });

  it('a period counts once its last day is reached: not on 2023-12-30, yes on 2023-12-31', () => {
    const before = measureProduct(product('SUM', TARGETS), ANNUAL, '2023-12-30');
    expectMeasure(before, { programmed: null, ideal: 0 });
    const on = measureProduct(product('SUM', TARGETS), ANNUAL, '2023-12-31');
    expectMeasure(on, { programmed: 10, ideal: 10 / 60 }); // 10 / 60
  });

  it('a past cut gives the same numbers after later reports arrive', () => {
    const early = [report('2023', 8, '2024-01-15')];
    const later = [...early, report('2024', 20, '2024-12-20'), report('2023', 10, '2025-02-01')];
    const a = measureProduct(product('SUM', TARGETS, early), ANNUAL, '2024-06-30');
    const b = measureProduct(product('SUM', TARGETS, later), ANNUAL, '2024-06-30');
    expect(b).toEqual(a);
  });

  it('a value reported for a period that has not started yet does not count', () => {
    // 2025 reported in advance on 2024-06-01; at the June 2024 cut 2025 has not started.
    const m = measureProduct(
      product('SUM', TARGETS, [report('2023', 8, '2024-01-15'), report('2025', 30, '2024-06-01')]),
      ANNUAL,
      '2024-06-30',
    );
    expectMeasure(m, { accumulated: 8, programmed: 10, pahv: 0.8 });
  });
});

describe('the cut against the horizon', () => {
  it.each(['SUM', 'INCREASING', 'CONSTANT'] as const)(
    '%s, cut before the horizon: period null, every measure null, progress, ideal and gap 0',
    (type) => {
      // A value reported in advance (2022-12-01) for 2023 still does not count: 2023 has not started.
      const m = measureProduct(
        product(type, { '2023': 10, '2024': 20, '2025': 30 }, [report('2023', 5, '2022-12-01')]),
        ANNUAL,
        '2022-12-31',
      );
      expect(m).toMatchObject({ period: null, status: null });
      expectMeasure(m, {
        periodValue: null,
        periodTarget: null,
        pav: null,
        accumulated: null,
        programmed: null,
        pahv: null,
        paa: null,
        progress: 0,
        ideal: 0,
        gap: 0,
      });
    },
  );

  it('after the horizon: the last period is the current one and every period counts', () => {
    const reports = [report('2023', 10, '2024-01-10'), report('2024', 20, '2025-01-10'), report('2025', 25, '2026-01-20')];
    const m = measureProduct(product('SUM', { '2023': 10, '2024': 20, '2025': 30 }, reports), ANNUAL, '2026-03-31');
    expect(m).toMatchObject({ period: '2025', status: 'ALTO' });
    expectMeasure(m, {
      periodValue: 25,
      periodTarget: 30,
      pav: 25 / 30, // 0.833
      accumulated: 55, // 10 + 20 + 25
      programmed: 60, // 10 + 20 + 30
      pahv: 55 / 60, // 0.917
      finalTarget: 60,
      paa: 55 / 60,
      ideal: 1, // 60 / 60
      gap: -5 / 60, // 55/60 − 1
    });
  });

  it('after the horizon with the last period unreported: its whole target is programmed, ideal 1', () => {
    const reports = [report('2023', 10, '2024-01-10'), report('2024', 20, '2025-01-10')];
    const m = measureProduct(product('SUM', { '2023': 10, '2024': 20, '2025': 30 }, reports), ANNUAL, '2026-01-10');
    expect(m).toMatchObject({ period: '2025', status: 'BAJO' });
    expectMeasure(m, {
      pav: null,
      accumulated: 30, // 10 + 20
      programmed: 60, // 2025 ended
      pahv: 0.5, // 30 / 60 → BAJO (≤ 50 %)
      paa: 0.5,
      ideal: 1,
      gap: -0.5, // 0.5 − 1
    });
  });
});

describe('INCREASING (Creciente): targets are cumulative levels, the latest value counts', () => {
  // Levels: 20 by 2023, 50 by 2024, 100 by 2025 (final).
  const LEVELS = { '2023': 20, '2024': 50, '2025': 100 };

  it("the latest reported value counts, not the sum; programmed is the latest counted period's level", () => {
    const m = measureProduct(
      product('INCREASING', LEVELS, [report('2023', 25, '2024-01-10'), report('2024', 40, '2024-06-15')]),
      ANNUAL,
      '2024-06-30',
    );
    expect(m.status).toBe('ALTO');
    expectMeasure(m, {
      periodValue: 40,
      periodTarget: 50,
      pav: 0.8, // 40 / 50
      accumulated: 40, // 2024's level, not 25 + 40 = 65
      programmed: 50, // 2024's level (2024 has a value, so it counts)
      pahv: 0.8, // 40 / 50
      finalTarget: 100, // the last period's level, not 20 + 50 + 100
      paa: 0.4, // 40 / 100
      progress: 0.4,
      ideal: 0.5, // 50 / 100
      gap: -0.1, // 0.4 − 0.5
    });
  });

  it('the current period unreported: the previous level against the previous target (25 / 20 = 1.25, exactly ALTO)', () => {
    const m = measureProduct(product('INCREASING', LEVELS, [report('2023', 25, '2024-01-10')]), ANNUAL, '2024-06-30');
    expect(m.status).toBe('ALTO'); // 1.25 is not > 1.25
    expectMeasure(m, {
      periodValue: null,
      periodTarget: 50,
      pav: null,
      accumulated: 25,
      programmed: 20, // 2023's level
      pahv: 1.25, // 25 / 20
      finalTarget: 100,
      paa: 0.25, // 25 / 100
      ideal: 0.2, // 20 / 100
      gap: 0.05, // 0.25 − 0.2
    });
  });

  it('a later period with a lower value than an earlier one: the later, lower value counts (not the maximum)', () => {
    const m = measureProduct(
      product('INCREASING', LEVELS, [report('2023', 30, '2024-01-10'), report('2024', 22, '2024-12-20')]),
      ANNUAL,
      '2024-12-31',
    );
    expect(m.status).toBe('BAJO');
    expectMeasure(m, {
      pav: 0.44, // 22 / 50
      accumulated: 22, // not 30 (max) nor 52 (sum)
      programmed: 50,
      pahv: 0.44, // 22 / 50 → BAJO
      paa: 0.22, // 22 / 100
      ideal: 0.5,
    });
  });

  it('"latest" is by period, not by report date: a late correction of 2023 does not displace 2024\'s level', () => {
    const reports = [report('2023', 25, '2024-01-10'), report('2024', 40, '2024-05-01'), report('2023', 35, '2024-06-01')];
    const m = measureProduct(product('INCREASING', LEVELS, reports), ANNUAL, '2024-06-30');
    expectMeasure(m, { accumulated: 40, pahv: 0.8 }); // 40 / 50
  });

  it("an ended period left unreported: the last reported level against the latest counted period's level", () => {
    // January 15, 2025: 2023 and 2024 ended; only 2023 reported.
    const m = measureProduct(product('INCREASING', LEVELS, [report('2023', 25, '2024-01-10')]), ANNUAL, '2025-01-15');
    expect(m).toMatchObject({ period: '2025', status: 'BAJO' });
    expectMeasure(m, {
      accumulated: 25, // 2023's level still stands
      programmed: 50, // 2024's level
      pahv: 0.5, // 25 / 50 → BAJO
      paa: 0.25, // 25 / 100
      ideal: 0.5, // 50 / 100
      gap: -0.25,
    });
  });

  it('a period without a level: the previous level stays programmed; final is the last period with a level', () => {
    // 2023–2026: 2024 null, 2026 absent.
    const periods = periodsOf(2023, 2026, 'ANNUAL');
    const m = measureProduct(
      product('INCREASING', { '2023': 20, '2024': null, '2025': 60 }, [report('2024', 35, '2024-12-15')]),
      periods,
      '2024-12-31',
    );
    expect(m).toMatchObject({ period: '2024', status: 'SOBRE_EJECUCION' });
    expectMeasure(m, {
      periodValue: 35,
      periodTarget: null,
      pav: null, // no level in 2024
      accumulated: 35,
      programmed: 20, // 2023's level
      pahv: 1.75, // 35 / 20
      finalTarget: 60, // 2025's: 2026 has none
      paa: 35 / 60, // 0.583
      ideal: 20 / 60, // 0.333
    });
  });

  it('a zero level: PAV and PAHV null; PAA against the final level', () => {
    const m = measureProduct(
      product('INCREASING', { '2023': 0, '2024': 0, '2025': 10 }, [report('2023', 0, '2023-12-20')]),
      ANNUAL,
      '2023-12-31',
    );
    expect(m.status).toBeNull();
    expectMeasure(m, { pav: null, accumulated: 0, programmed: 0, pahv: null, finalTarget: 10, paa: 0, ideal: 0, progress: 0 }); // 0 / 10
    expectNoNaNOrInfinity(m);
  });

  it('a zero final level: PAA null, progress and ideal 0', () => {
    const periods = periodsOf(2023, 2024, 'ANNUAL');
    const m = measureProduct(product('INCREASING', { '2023': 0, '2024': 0 }, [report('2023', 3, '2024-01-10')]), periods, '2024-06-30');
    expectMeasure(m, { accumulated: 3, programmed: 0, pahv: null, finalTarget: 0, paa: null, progress: 0, ideal: 0 });
    expectNoNaNOrInfinity(m);
  });
});

describe('CONSTANT (Constante): each period measured on its own, PAA = PAHV', () => {
  const EVERY_YEAR = { '2023': 100, '2024': 100, '2025': 100 };

  it('the latest counted period alone: 60 / 100, not (100 + 60) / 200; ideal 1', () => {
    const m = measureProduct(
      product('CONSTANT', EVERY_YEAR, [report('2023', 100, '2024-01-10'), report('2024', 60, '2024-06-20')]),
      ANNUAL,
      '2024-06-30',
    );
    expect(m.status).toBe('MEDIO');
    expectMeasure(m, {
      periodValue: 60,
      periodTarget: 100,
      pav: 0.6, // 60 / 100
      accumulated: 60, // 2024's value
      programmed: 100, // 2024's target
      pahv: 0.6, // → MEDIO
      finalTarget: 100, // the same target
      paa: 0.6, // = PAHV
      progress: 0.6,
      ideal: 1, // a target programmed to the cut
      gap: -0.4, // 0.6 − 1
    });
  });

  it('the current period unreported: the previous period stands (PAA = PAHV = 80 %), PAV null', () => {
    const m = measureProduct(product('CONSTANT', EVERY_YEAR, [report('2023', 80, '2024-01-10')]), ANNUAL, '2024-06-30');
    expect(m.status).toBe('ALTO');
    expectMeasure(m, {
      periodValue: null,
      periodTarget: 100,
      pav: null,
      accumulated: 80,
      programmed: 100,
      pahv: 0.8,
      finalTarget: 100,
      paa: 0.8,
      ideal: 1,
      gap: -0.2,
    }); // 80 / 100
    expect(m.paa).toBe(m.pahv);
  });

  it('above the target: 150 % for PAHV and PAA, progress capped at 100 %, gap 0', () => {
    const m = measureProduct(product('CONSTANT', EVERY_YEAR, [report('2024', 150, '2024-06-20')]), ANNUAL, '2024-06-30');
    expect(m.status).toBe('SOBRE_EJECUCION');
    expectMeasure(m, { pav: 1.5, pahv: 1.5, paa: 1.5, progress: 1, ideal: 1, gap: 0 }); // 150 / 100
  });

  it('a period without a target, reported: PAV null, and the latest period with a target is still the measure', () => {
    const m = measureProduct(
      product('CONSTANT', { '2023': 100, '2024': null, '2025': 100 }, [report('2023', 90, '2024-01-10'), report('2024', 40, '2024-12-20')]),
      ANNUAL,
      '2024-12-31',
    );
    expect(m).toMatchObject({ period: '2024', status: 'ALTO' });
    expectMeasure(m, {
      periodValue: 40,
      periodTarget: null,
      pav: null,
      accumulated: 90, // 2023's value: 2024 has no target
      programmed: 100, // 2023's target
      pahv: 0.9, // 90 / 100
      finalTarget: 100,
      paa: 0.9,
      ideal: 1,
    });
  });

  it('the latest counted period with a target ended unreported: no measure (null), ideal 1, gap −1', () => {
    // January 15, 2025: 2024 ended without a report; the 2023 value is not carried over.
    const m = measureProduct(product('CONSTANT', EVERY_YEAR, [report('2023', 100, '2024-01-10')]), ANNUAL, '2025-01-15');
    expect(m.status).toBeNull();
    expectMeasure(m, { accumulated: null, programmed: 100, pahv: null, finalTarget: 100, paa: null, progress: 0, ideal: 1, gap: -1 });
  });

  it('a zero target: every ratio null, ideal 0 (nothing programmed above zero)', () => {
    const m = measureProduct(product('CONSTANT', { '2024': 0 }, [report('2024', 5, '2024-06-20')]), ANNUAL, '2024-06-30');
    expect(m.status).toBeNull();
    expectMeasure(m, {
      periodTarget: 0,
      pav: null,
      accumulated: 5,
      programmed: 0,
      pahv: null,
      finalTarget: 0,
      paa: null,
      progress: 0,
      ideal: 0,
      gap: 0,
    });
    expectNoNaNOrInfinity(m);
  });

  it('nothing counted yet (the first period running, unreported): ideal 0, final null', () => {
    const m = measureProduct(product('CONSTANT', EVERY_YEAR), ANNUAL, '2023-06-30');
    expect(m).toMatchObject({ period: '2023', status: null });
    expectMeasure(m, { periodTarget: 100, programmed: null, finalTarget: null, pahv: null, paa: null, progress: 0, ideal: 0, gap: 0 });
  });
});

describe('measurement on semiannual and quarterly periods', () => {
  const HALVES = periodsOf(2024, 2025, 'SEMIANNUAL');
  // Targets 10 + 10 + 20 + 20 = 60; the first half's 12 reported on July 10.
  const SEMI = product('SUM', { '2024-S1': 10, '2024-S2': 10, '2025-S1': 20, '2025-S2': 20 }, [report('2024-S1', 12, '2024-07-10')]);

  it('SUM at September 30: 2024-S2 running and unreported, 2024-S1 counted', () => {
    const m = measureProduct(SEMI, HALVES, '2024-09-30');
    expect(m).toMatchObject({ period: '2024-S2', status: 'ALTO' });
    expectMeasure(m, {
      periodValue: null,
      periodTarget: 10,
      pav: null,
      accumulated: 12,
      programmed: 10, // 2024-S1
      pahv: 1.2, // 12 / 10
      finalTarget: 60,
      paa: 0.2, // 12 / 60
      ideal: 10 / 60,
    });
  });

  it('SUM at June 30: 2024-S1 ends on the cut, its July report not yet in', () => {
    const m = measureProduct(SEMI, HALVES, '2024-06-30');
    expect(m).toMatchObject({ period: '2024-S1', status: null });
    expectMeasure(m, { periodValue: null, pav: null, accumulated: null, programmed: 10, pahv: null, ideal: 10 / 60 });
  });

  it("INCREASING by quarters: the second quarter's level at July 31", () => {
    const quarters = periodsOf(2024, 2024, 'QUARTERLY');
    const m = measureProduct(
      product('INCREASING', { '2024-T1': 10, '2024-T2': 20, '2024-T3': 30, '2024-T4': 40 }, [
        report('2024-T1', 12, '2024-04-05'),
        report('2024-T2', 18, '2024-07-03'),
      ]),
      quarters,
      '2024-07-31',
    );
    expect(m).toMatchObject({ period: '2024-T3', status: 'ALTO' });
    expectMeasure(m, { periodTarget: 30, pav: null, accumulated: 18, programmed: 20, pahv: 0.9, finalTarget: 40, paa: 0.45, ideal: 0.5 }); // 18/20, 18/40, 20/40
  });
});

describe('measurePlan: objectives and the plan in points of the plan (weights sum to 100)', () => {
  const CUT = '2024-06-30';
  const plan = measurePlan(
    [
      {
        code: 'A',
        products: [
          // PAHV 20/30 = 0.667 (MEDIO), progress 20/60 = 1/3 → 30 × 1/3 = 10 points; ideal 30/60 → 15 points.
          product(
            'SUM',
            { '2023': 10, '2024': 20, '2025': 30 },
            [report('2023', 8, '2024-01-15'), report('2024', 12, '2024-06-10')],
            30,
            'A1',
          ),
          // PAHV 25/20 = 1.25 (ALTO), progress 25/100 → 20 × 0.25 = 5 points; ideal 20/100 → 4 points.
          product('INCREASING', { '2023': 20, '2024': 50, '2025': 100 }, [report('2023', 25, '2024-01-10')], 20, 'A2'),
        ],
      },
      {
        code: 'B',
        products: [
          // PAHV 150/100 = 1.5 (SOBRE_EJECUCION), progress capped at 1 → 40 points (not 60); ideal 1 → 40 points.
          product('CONSTANT', { '2023': 100, '2024': 100, '2025': 100 }, [report('2024', 150, '2024-06-20')], 40, 'B1'),
          // Nothing programmed or reported yet (2023 had no target, 2024 running): SIN_DATO, 0 points, ideal 0.
          product('SUM', { '2024': 5, '2025': 5 }, [], 5, 'B2'),
        ],
      },
      {
        code: 'C',
        // PAHV 8/20 = 0.4 (BAJO), progress 8/100 → 5 × 0.08 = 0.4 points; ideal 20/100 → 1 point.
        products: [product('INCREASING', { '2023': 20, '2024': 50, '2025': 100 }, [report('2023', 8, '2024-01-10')], 5, 'C1')],
      },
      { code: 'D', products: [] },
    ],
    ANNUAL,
    CUT,
  );
  const [a, b, c, d] = plan.objectives;

  it('keeps the cut, the objectives and their products in order', () => {
    expect(plan.cut).toBe(CUT);
    expect(plan.objectives.map((o) => [o.code, o.products.map((p) => p.code)])).toEqual([
      ['A', ['A1', 'A2']],
      ['B', ['B1', 'B2']],
      ['C', ['C1']],
      ['D', []],
    ]);
    expect(b.products.map((p) => p.status)).toEqual(['SOBRE_EJECUCION', null]);
  });

  it('objective A: weight 30 + 20 = 50; progress 10 + 5 = 15, ideal 15 + 4 = 19, gap −4 points; own 15/50 and 19/50', () => {
    expect(a.weight).toBe(50);
    expect(a.progress).toBeCloseTo(15, 10);
    expect(a.ideal).toBeCloseTo(19, 10);
    expect(a.gap).toBeCloseTo(-4, 10);
    expect(a.ownProgress).toBeCloseTo(0.3, 10); // 15 / 50
    expect(a.ownIdeal).toBeCloseTo(0.38, 10); // 19 / 50
  });

  it('objective B: weight 40 + 5 = 45; the 150 % product adds its 40 points, no more; progress 40, ideal 40, gap 0; own 40/45', () => {
    expect(b.weight).toBe(45);
    expect(b.progress).toBeCloseTo(40, 10);
    expect(b.ideal).toBeCloseTo(40, 10);
    expect(b.gap).toBeCloseTo(0, 10);
    expect(b.ownProgress).toBeCloseTo(40 / 45, 10); // 0.889
    expect(b.ownIdeal).toBeCloseTo(40 / 45, 10);
  });

  it('objective C: weight 5; progress 0.4, ideal 1, gap −0.6 points; own 0.08 and 0.2', () => {
    expect(c.weight).toBe(5);
    expect(c.progress).toBeCloseTo(0.4, 10);
    expect(c.ideal).toBeCloseTo(1, 10);
    expect(c.gap).toBeCloseTo(-0.6, 10);
    expect(c.ownProgress).toBeCloseTo(0.08, 10); // 0.4 / 5
    expect(c.ownIdeal).toBeCloseTo(0.2, 10); // 1 / 5
  });

  it('an objective without products: weight 0, 0 points, own progress and ideal null', () => {
    expect(d).toMatchObject({ weight: 0, progress: 0, ideal: 0, gap: 0, ownProgress: null, ownIdeal: null });
  });

  it('overall: weights 50 + 45 + 5 = 100, so progress 15 + 40 + 0.4 = 55.4 points = 55.4 %; ideal 19 + 40 + 1 = 60; gap −4.6', () => {
    expect(plan.overall.weight).toBe(100);
    expect(plan.overall.progress).toBeCloseTo(55.4, 10);
    expect(plan.overall.ideal).toBeCloseTo(60, 10);
    expect(plan.overall.gap).toBeCloseTo(-4.6, 10);
    expect(plan.overall.ownProgress).toBeCloseTo(0.554, 10); // 55.4 / 100
    expect(plan.overall.ownIdeal).toBeCloseTo(0.6, 10); // 60 / 100
    // The overall is the sum of its objectives.
    expect(plan.overall.progress).toBeCloseTo(a.progress + b.progress + c.progress + d.progress, 10);
  });

  it('distribution: one product in each band and one SIN_DATO (5 products)', () => {
    expect(plan.distribution).toEqual({ SOBRE_EJECUCION: 1, ALTO: 1, MEDIO: 1, BAJO: 1, SIN_DATO: 1 });
  });

  it('an empty plan: weight 0, 0 points, own progress null, an all-zero distribution', () => {
    const empty = measurePlan([], ANNUAL, CUT);
    expect(empty).toEqual({
      cut: CUT,
      overall: { weight: 0, progress: 0, ideal: 0, gap: 0, ownProgress: null, ownIdeal: null },
      objectives: [],
      distribution: { SOBRE_EJECUCION: 0, ALTO: 0, MEDIO: 0, BAJO: 0, SIN_DATO: 0 },
    });
  });
});
