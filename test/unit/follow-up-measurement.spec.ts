import { measurePlan, measureProduct, periodsOf, type ProductPlan } from '../../src/modules/follow-up/measurement';

/** Bogotá's horizon: 2023–2032, annual (Política Bogotá Territorio Inteligente, CONPES D.C. 29 de 2023). */
const BOGOTA = periodsOf(2023, 2032, 'ANNUAL');
/** The cut of the 2024-1 follow-up report. */
const JUNE_2024 = '2024-06-30';
const pct = (ratio: number | null) => (ratio === null ? null : Math.round(ratio * 100));

describe('the worked checks of DOMAIN (Bogotá, cut at June 30, 2024)', () => {
  it('3.1.1 (Constante): 0.33 against a 2024 target of 0.8 → PAV 41 %, and PAHV and PAA 41 %', () => {
    const product: ProductPlan = {
      code: '3.1.1',
      annualization: 'CONSTANT',
      weight: 3,
      targets: Object.fromEntries(BOGOTA.map((p) => [p.key, 0.8])),
      reports: [{ period: '2024', value: 0.33, reportedOn: '2024-06-28' }],
    };
    const m = measureProduct(product, BOGOTA, JUNE_2024);
    expect(m).toMatchObject({ period: '2024', periodValue: 0.33, periodTarget: 0.8 });
    // 0.33 / 0.8 = 0.4125.
    expect(m.pav).toBeCloseTo(0.4125, 10);
    expect([pct(m.pav), pct(m.pahv), pct(m.paa)]).toEqual([41, 41, 41]);
    expect(m.status).toBe('BAJO');
  });

  it('7.1.1 (Suma): 14,887 beneficiaries against 7,000 in 2023 → PAHV 213 %; against 7,000 + 9 × 4,500 = 47,500 → PAA 31 %', () => {
    const targets: Record<string, number> = { '2023': 7000 };
    for (let year = 2024; year <= 2032; year++) targets[String(year)] = 4500;
    const product: ProductPlan = {
      code: '7.1.1',
      annualization: 'SUM',
      weight: 3,
      targets,
      reports: [{ period: '2023', value: 14887, reportedOn: '2024-01-20' }],
    };
    const m = measureProduct(product, BOGOTA, JUNE_2024);
    expect(m.finalTarget).toBe(47500);
    // 2024 has nothing reported yet: "hasta la vigencia" stops at 2023.
    expect(m).toMatchObject({ accumulated: 14887, programmed: 7000, periodTarget: 4500, periodValue: null, pav: null });
    expect(m.pahv).toBeCloseTo(14887 / 7000, 10);
    expect(m.paa).toBeCloseTo(14887 / 47500, 10);
    expect([pct(m.pahv), pct(m.paa)]).toEqual([213, 31]);
    expect(m.status).toBe('SOBRE_EJECUCION');
    // The product adds its PAA (31.3 %, under 100 %) of its weight; the ideal is 7,000 / 47,500 of it.
    expect(m.progress).toBeCloseTo(14887 / 47500, 10);
    expect(m.ideal).toBeCloseTo(7000 / 47500, 10);
  });

  it('the plan: each product capped at 100 % of its weight; ideal trajectory and gap in points', () => {
    const plan = measurePlan(
      [
        {
          code: '1',
          products: [
            // 150 % of a 2-point product counts 2 points, not 3.
            {
              code: '1.1',
              annualization: 'CONSTANT',
              weight: 2,
              targets: { '2024': 2 },
              reports: [{ period: '2024', value: 3, reportedOn: '2024-06-01' }],
            },
            // 25 % of an 8-point product: 2 points; ideal 100 % of it (a target programmed this year, reported).
            {
              code: '1.2',
              annualization: 'CONSTANT',
              weight: 8,
              targets: { '2024': 4 },
              reports: [{ period: '2024', value: 1, reportedOn: '2024-06-01' }],
            },
          ],
        },
        {
          code: '2',
          // Nothing reported, 2023 ended: PAA 0 of 90 points; ideal 10/100 of them (9 points).
          products: [{ code: '2.1', annualization: 'SUM', weight: 90, targets: { '2023': 10, '2024': 40, '2025': 50 }, reports: [] }],
        },
      ],
      periodsOf(2023, 2025, 'ANNUAL'),
      JUNE_2024,
    );
    const [one, two] = plan.objectives;
    expect(one).toMatchObject({ weight: 10, progress: 4, ideal: 10, gap: -6 });
    expect(one.ownProgress).toBeCloseTo(0.4, 10);
    expect(two).toMatchObject({ weight: 90, progress: 0, ideal: 9, gap: -9 });
    expect(plan.overall).toMatchObject({ weight: 100, progress: 4, ideal: 19, gap: -15 });
    expect(plan.distribution).toEqual({ SOBRE_EJECUCION: 1, ALTO: 0, MEDIO: 0, BAJO: 1, SIN_DATO: 1 });
  });
});

describe('numbers past any sum (review of issue 21, finding 6)', () => {
  it('a sum that overflows shows no figure for that product, never Infinity or NaN', () => {
    // Refused where they enter since plan-bounds.ts; a value stored before must not blank the plan.
    const product: ProductPlan = {
      code: '9.9',
      annualization: 'SUM',
      weight: 100,
      targets: { '2023': 1e308, '2024': 1e308 },
      reports: [
        { period: '2023', value: 1.7e308, reportedOn: '2024-01-10' },
        { period: '2024', value: 1.7e308, reportedOn: '2024-06-10' },
      ],
    };
    const m = measureProduct(product, BOGOTA, JUNE_2024);
    for (const value of Object.values(m)) if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    expect(m).toMatchObject({ accumulated: null, programmed: null, finalTarget: null, pahv: null, paa: null, progress: 0, ideal: 0 });
    const plan = measurePlan([{ code: '9', products: [product] }], BOGOTA, JUNE_2024);
    expect(plan.overall).toMatchObject({ weight: 100, progress: 0, ideal: 0, gap: 0 });
  });
});
