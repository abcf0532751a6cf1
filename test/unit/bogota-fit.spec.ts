import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

import { BOGOTA_ANNEX_FILE, BOGOTA_IMPROVEMENT_ACTIONS, bogotaDemoPlan, bogotaFittedPlan } from '../../src/modules/follow-up/bogota-demo';
import { measurePlan, periodsOf, type ObjectivePlan, type ProductMeasure } from '../../src/modules/follow-up/measurement';
import { rowsOfCsv } from '../../src/modules/follow-up/plan-file';
import { parsePlanSheet } from '../../src/modules/follow-up/plan-sheet';
import { fit } from '../../src/modules/follow-up/seed/fit-bogota-plan';

/**
 * The reconstructed Bogotá plan (seed/bogota-plan-fitted.json) through the system's own measurement
 * at the report's cut, against every figure Bogotá's 2024-1 follow-up report prints. The published
 * figures are written here again, from the report, rather than taken from the fit script.
 */
const CUT = '2024-06-30';
const periods = periodsOf(2023, 2032, 'ANNUAL');
const plan = bogotaFittedPlan();
const annex = parse(readFileSync(BOGOTA_ANNEX_FILE, 'utf8'), { columns: true }) as Record<string, string>[];

/** The report's §4: objective weights and gaps; the ten product weights it names. */
const OBJECTIVES: [string, number, number][] = [
  ['1', 15, 0.2],
  ['2', 13, 0],
  ['3', 10, -3.7],
  ['4', 12, -0.04],
  ['5', 16, -2.4],
  ['6', 18, -2.59],
  ['7', 16, 2.03],
];
const PRODUCT_WEIGHTS: Record<string, number> = {
  '1.1.5': 4,
  '3.1.1': 3,
  '3.1.3': 5,
  '4.1.2': 2,
  '5.1.2': 4,
  '5.1.4': 4,
  '6.1.1': 2,
  '6.1.2': 3,
  '7.1.6': 2,
  '7.1.4': 2,
};

/** The fitted plan as the measurement takes it: each value counts from the day it was accepted (the official basis). */
const objectives: ObjectivePlan[] = [...new Set(plan.products.map((p) => p.objective))].map((code) => ({
  code,
  products: plan.products
    .filter((p) => p.objective === code)
    .map((p) => ({
      code: p.code,
      annualization: p.annualization,
      weight: p.weight.value,
      targets: Object.fromEntries(Object.entries(p.targets).map(([k, v]) => [k, v.value])),
      reports: p.values.map((v) => ({ period: v.period, value: v.value, reportedOn: v.acceptedOn })),
    })),
}));
const measured = measurePlan(objectives, periods, CUT);
const products = new Map<string, ProductMeasure>(measured.objectives.flatMap((o) => o.products).map((p) => [p.code, p]));
const wholePercent = (x: number | null) => (x === null ? '' : `${Math.round(x * 100)}%`);

describe('the reconstructed Bogotá plan at June 30, 2024 (issue 21, item 5)', () => {
  it('is what the fit script writes from the annex and the report (npm run fit:bogota)', () => {
    expect(JSON.parse(JSON.stringify(fit()))).toEqual(plan);
  });

  it.each(annex.map((r) => [r.product_code, r.pct_to_period.trim(), r.pct_accumulated.trim()]))(
    '%s gives back the annex’s PAHV %s and PAA %s (blank: no data)',
    (code, pahv, paa) => {
      const p = products.get(code)!;
      expect(wholePercent(p.pahv)).toBe(pahv);
      expect(wholePercent(p.paa)).toBe(paa);
    },
  );

  it('keeps every weight the report states, and its source', () => {
    for (const [code, weight] of Object.entries(PRODUCT_WEIGHTS)) {
      expect(products.get(code)!.weight).toBe(weight);
      expect(plan.products.find((p) => p.code === code)!.weight.source).toBe('report');
    }
    expect(measured.objectives.map((o) => [o.code, Number(o.weight.toFixed(9))])).toEqual(
      OBJECTIVES.map(([code, weight]) => [code, weight]),
    );
    expect(measured.overall.weight).toBeCloseTo(100, 9);
  });

  it('reconstructs the other 26 weights with two decimals, none under 0.5, labelled as reconstructed', () => {
    const rest = plan.products.filter((p) => PRODUCT_WEIGHTS[p.code] === undefined);
    expect(rest).toHaveLength(26);
    for (const p of rest) {
      expect(p.weight.source).toBe('reconstructed');
      expect(p.weight.value).toBeGreaterThanOrEqual(0.5);
      expect(Math.round(p.weight.value * 100) / 100).toBe(p.weight.value);
    }
  });

  it.each(OBJECTIVES)('objective %s (weight %d) has the report’s gap of %d, well within ±0.05', (code, _weight, gap) => {
    const objective = measured.objectives.find((o) => o.code === code)!;
    expect(Math.abs(objective.gap - gap)).toBeLessThanOrEqual(0.05);
    // Aimed well inside: the 0.06 between the objectives' sum (−6.50) and the overall gap (−6.56) is shared by four.
    expect(Math.abs(objective.gap - gap)).toBeLessThanOrEqual(0.016);
  });

  it('reads 43.9 % of progress against an ideal of 50.48 %, a gap of −6.56, as the report prints them', () => {
    const { progress, ideal, gap } = measured.overall;
    expect(Math.abs(progress - 43.9)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(ideal - 50.48)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(gap - -6.56)).toBeLessThanOrEqual(0.1);
    // The report prints progress with one decimal and the ideal and the gap with two.
    expect(progress.toFixed(1)).toBe('43.9');
    expect(ideal).toBeCloseTo(50.48, 2);
    expect(gap).toBeCloseTo(-6.56, 2);
    expect(progress - ideal).toBeCloseTo(gap, 9);
  });

  it('puts the products in the semáforo as §9 and the annex do: 8 low, 7 over-executed, 18 high, 3 without data', () => {
    expect(measured.distribution).toEqual({ SOBRE_EJECUCION: 7, ALTO: 18, MEDIO: 0, BAJO: 8, SIN_DATO: 3 });
    const low = [...products.values()].filter((p) => p.status === 'BAJO').map((p) => p.code);
    expect(low).toEqual(['3.1.1', '3.1.3', '5.1.2', '5.1.4', '6.1.1', '6.1.2', '7.1.2', '7.1.3']);
    const over = [...products.values()].filter((p) => p.status === 'SOBRE_EJECUCION').map((p) => p.code);
    expect(over).toEqual(['1.1.5', '2.1.2', '4.1.4', '6.1.5', '7.1.1', '7.1.4', '7.1.6']);
  });

  it('keeps the report’s worked checks: 3.1.1 at 0.33 of 0.8, 7.1.1 at 14,887 of 7,000 and of 47,500', () => {
    expect(products.get('3.1.1')).toMatchObject({ periodValue: 0.33, periodTarget: 0.8 });
    expect(products.get('3.1.1')!.pav).toBeCloseTo(0.4125, 10);
    expect(products.get('7.1.1')).toMatchObject({ accumulated: 14887, programmed: 7000, finalTarget: 47500 });
  });

  it('gives every product a reconstructed sector so §6 holds, and no baseline (the report gives none)', () => {
    const by = new Map<string, { n: number; bajo: number; sobre: number }>();
    for (const p of plan.products) {
      expect(p.sector.source).toBe('reconstructed');
      expect(p.baseline).toBeNull();
      const e = by.get(p.sector.value) ?? { n: 0, bajo: 0, sobre: 0 };
      e.n++;
      if (products.get(p.code)!.status === 'BAJO') e.bajo++;
      if (products.get(p.code)!.status === 'SOBRE_EJECUCION') e.sobre++;
      by.set(p.sector.value, e);
    }
    for (const sector of ['Hábitat', 'Movilidad', 'Hacienda']) expect(by.get(sector)).toMatchObject({ bajo: 0, sobre: 0 });
    expect(by.get('Desarrollo Económico')).toMatchObject({ bajo: 0, sobre: 1 });
    expect(by.get('Gobierno')).toMatchObject({ bajo: 0, sobre: 1 });
    expect(by.get('Educación')).toEqual({ n: 4, bajo: 2, sobre: 2 });
    expect(by.get('Gestión Pública')).toMatchObject({ bajo: 6, sobre: 3 });
    expect(Math.max(...[...by.values()].map((e) => e.n))).toBe(by.get('Gestión Pública')!.n);
  });

  it('marks what the report prints as such: the 2024 targets of the annex, 3.1.1’s 2024 value and §9’s 2023 figures', () => {
    for (const row of annex) {
      const p = plan.products.find((x) => x.code === row.product_code)!;
      const printed = row.target_2024.trim();
      if (printed) expect(p.targets['2024']).toMatchObject({ source: 'report' });
      else expect(p.targets['2024']?.source).not.toBe('report');
    }
    const otherYears = plan.products.flatMap((p) =>
      Object.entries(p.targets)
        .filter(([year, t]) => year !== '2024' && t.source === 'report')
        .map(([year, t]) => [p.code, year, t.value]),
    );
    expect(otherYears).toEqual([
      ['1.1.5', '2023', 2],
      ['7.1.1', '2023', 7000],
      ['7.1.4', '2023', 10],
    ]);
    const fromReport = plan.products.flatMap((p) => p.values.filter((v) => v.source === 'report').map((v) => [p.code, v.period, v.value]));
    expect(fromReport).toEqual([
      ['1.1.5', '2023', 3],
      ['3.1.1', '2024', 0.33],
      ['7.1.1', '2023', 14887],
    ]);
  });

  it('imports as the same plan: the demo CSV (with its sector column) measures as the JSON does', () => {
    const { csv, reports, description } = bogotaDemoPlan();
    const read = rowsOfCsv(csv);
    if (!('rows' in read)) throw new Error(read.problem.message);
    const sheet = parsePlanSheet(read.rows, periods);
    expect(sheet.problems).toEqual([]);
    expect(sheet.objectives.flatMap((o) => o.products.map((p) => [p.code, p.sector]))).toEqual(
      plan.products.map((p) => [p.code, p.sector.value]),
    );
    const viaImport = measurePlan(
      sheet.objectives.map((o) => ({
        code: o.code,
        products: o.products.map((p) => ({
          ...p,
          reports: reports
            .filter((r) => r.productCode === p.code)
            .map((r) => ({ period: r.period, value: r.value, reportedOn: r.acceptedOn })),
        })),
      })),
      periods,
      CUT,
    );
    expect(viaImport.overall).toEqual(measured.overall);
    expect(viaImport.objectives.map((o) => o.gap)).toEqual(measured.objectives.map((o) => o.gap));
    // The description labels the reconstructed values, points to the script and says which reading of the semáforo it follows.
    expect(description).toContain('Valores reconstruidos');
    expect(description).toContain('src/modules/follow-up/seed/fit-bogota-plan.ts');
    expect(description).toContain('43,9 %');
    expect(description).toContain('50,48 %');
    expect(description).toContain('−6,56');
    expect(description).toMatch(/sección 9.*8 productos en cumplimiento bajo \(22 %\)/s);
  });

  it('has an improvement action for each §9 product, called for by its semáforo', () => {
    expect(BOGOTA_IMPROVEMENT_ACTIONS).toHaveLength(15);
    for (const a of BOGOTA_IMPROVEMENT_ACTIONS) expect(products.get(a.productCode)!.status).toBe(a.triggeredBy);
    expect(new Set(BOGOTA_IMPROVEMENT_ACTIONS.map((a) => a.productCode)).size).toBe(15);
  });
});
