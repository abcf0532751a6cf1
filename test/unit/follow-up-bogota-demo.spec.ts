import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

import { BOGOTA_ANNEX_FILE, bogotaDemoPlan } from '../../src/modules/follow-up/bogota-demo';
import { measurePlan, periodsOf } from '../../src/modules/follow-up/measurement';
import { rowsOfCsv } from '../../src/modules/follow-up/plan-file';
import { parsePlanSheet } from '../../src/modules/follow-up/plan-sheet';

/** The demo's plan must give back, at the report's cut, what Bogotá's 2024-1 annex prints for each product. */
const annex = parse(readFileSync(BOGOTA_ANNEX_FILE, 'utf8'), { columns: true }) as Record<string, string>[];
const periods = periodsOf(2023, 2032, 'ANNUAL');
const { csv, reports } = bogotaDemoPlan();
const read = rowsOfCsv(csv);
const sheet = 'rows' in read ? parsePlanSheet(read.rows, periods) : { objectives: [], problems: [read.problem] };
const measured = measurePlan(
  sheet.objectives.map((o) => ({
    code: o.code,
    products: o.products.map((p) => ({ ...p, reports: reports.filter((r) => r.productCode === p.code) })),
  })),
  periods,
  '2024-06-30',
);
const pct = (x: number | null) => (x === null ? '' : `${Math.round(x * 100)}%`);

describe('the demo action plan (Bogotá, Política Territorio Inteligente)', () => {
  it('is a valid plan of 36 products whose objective weights are DOMAIN’s (O1 15 … O7 16)', () => {
    expect(sheet.problems).toEqual([]);
    expect(sheet.objectives.flatMap((o) => o.products)).toHaveLength(36);
    expect(measured.objectives.map((o) => [o.code, Math.round(o.weight * 100) / 100])).toEqual([
      ['1', 15],
      ['2', 13],
      ['3', 10],
      ['4', 12],
      ['5', 16],
      ['6', 18],
      ['7', 16],
    ]);
  });

  it.each(annex.map((r) => [r.product_code, r]))(
    '%s gives back the annex’s PAHV and PAA (and PAV where printed) at June 30, 2024',
    (code, row) => {
      const product = measured.objectives.flatMap((o) => o.products).find((p) => p.code === code)!;
      expect([pct(product.pahv), pct(product.paa)]).toEqual([row.pct_to_period.trim(), row.pct_accumulated.trim()]);
      if (row.pct_in_period.trim()) expect(pct(product.pav)).toBe(row.pct_in_period.trim());
    },
  );

  it('reaches about the report’s overall progress (43.9 % at June 2024) from the annex alone', () => {
    // The weights of 26 products and the years other than 2024 are the demo's own guesses, so the
    // total is close to, not equal to, the report's.
    expect(measured.overall.progress).toBeGreaterThan(40);
    expect(measured.overall.progress).toBeLessThan(47);
  });
});
