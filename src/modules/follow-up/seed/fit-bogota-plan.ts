/**
 * Reconstructs the values of Bogotá's action plan that its 2024-1 follow-up report does not print,
 * so that the system's own measurement (measurement.ts, unchanged) gives back every figure the
 * report does print at its cut of June 30, 2024.
 *
 *   npm run fit:bogota              fits, writes bogota-plan-fitted.json and verifies it
 *   npm run fit:bogota -- --check   verifies the committed bogota-plan-fitted.json only
 *
 * Either way it prints product by product and objective by objective what the report says and what
 * the measurement gives, and exits non-zero when any figure misses.
 *
 * Source: shared/seeds/bogota-conpes-29-informe-seguimiento-2024.txt (Secretaría Distrital de
 * Planeación, Política Pública Bogotá Territorio Inteligente, CONPES D.C. 29 de 2023, corte 30 de
 * junio de 2024). It prints:
 * - the objectives' weights (O1 15 … O7 16) and ten products' weights (§4);
 * - each objective's gap (§4) and the policy's progress, ideal trajectory and gap (§3);
 * - per product, the 2024 target and the PAHV and PAA in whole percent, some cells blank (annex 1,
 *   `bogota-action-plan-2024.csv`), and a few values and 2023 targets in its text (§9: 1.1.5
 *   programmed 2 and did 3 in 2023; 7.1.1 programmed 7,000 and reached 14,887; 7.1.4 programmed 10).
 *
 * What it does not print is reconstructed here, in this order:
 * 1. Targets and values by rule, product by product (`reconstruct`): the 2024 target as printed;
 *    a 2023 target wherever the annex has a PAHV (the period counted "hasta la vigencia" at the cut);
 *    Suma: the 2024 target every year, for as many years as the final target PAA implies; Creciente:
 *    a 2023 level of value ÷ PAHV, then a straight line from the 2024 level to the final level (100 %
 *    for a percentage); Constante: the 2024 target every year. The 2023 value is PAHV × the 2023
 *    target (Suma, Constante) or PAA × the final level (Creciente). Each number is the simplest (fewest
 *    decimals) that still gives back the printed whole percentages.
 * 2. The three gaps that depend on values the annex prints as 0 % or within rounding: 3.1.3's and
 *    5.1.2's 2023 levels (PAHV 0 %: their ideal is that level over the final one) and 6.1.2's value
 *    and 2023 level (PAHV 22 %, PAA 6 %). Each is solved so its objective gives the report's gap.
 *    The report's objective gaps add up to −6.50, its overall gap is −6.56: the 0.06 between them is
 *    split evenly over the four objectives whose gaps depend on reconstructed values (O3, O5, O6,
 *    O7), 0.015 each; O1, O2 and O4 follow from printed figures alone and are exact.
 * 3. The 26 weights the report does not give: least squares from an even split of each objective's
 *    remaining weight, under linear constraints (each objective's weight; overall progress; O7's gap,
 *    which depends on the weights of 7.1.1–7.1.3), solved with a small Gaussian elimination; each
 *    weight at least MIN_WEIGHT; then rounded to two decimals (0.01 moves within an objective bring
 *    the rounded result back to its targets), and 3.1.3's level re-solved to 4 decimals so the
 *    overall gap stays exact.
 *    Overall progress is fitted to 43.92, not 43.9: the report prints progress with one decimal and
 *    the ideal and the gap with two (50.48, −6.56), and since the gap is progress − ideal, the progress
 *    it rounded to 43.9 was 50.48 − 6.56 = 43.92. The three printed figures then all hold as printed.
 * 4. Sectors (§6, "productos por sector responsable"): the report gives counts, not the list; each
 *    product gets a plausible sector so §6's statements hold. No baselines: the report gives none.
 *
 * The semáforo follows the annex's PAHV (§9's reading): 8 products in "bajo" (22 %), 7 in "sobre
 * ejecución" (19 %), 18 in "alto" and 3 without data (together the 58 % §5 calls "alto"). §5 calls the
 * 22 % "medio"; no product's PAHV lies between 51 % and 75 %, so the demo follows §9.
 *
 * One annex figure is not reproduced: 3.1.3's PAV of 0 %. A value reported for 2024 counts 2024's whole
 * target as programmed (the method's rule), which would make 3.1.3's ideal 80 % and O3's gap −5.76
 * instead of −3.7; the demo reports 3.1.3's 2023 value (0) only, so its PAV has no data.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

import { projectRoot } from '../../../core/paths';
import { measurePlan, periodsOf, semaforo, type Annualization, type ObjectivePlan, type PlanMeasure, type Semaforo } from '../measurement';
import { numberOf } from '../plan-sheet';
import {
  FROM_TEXT,
  MIN_WEIGHT,
  OBJECTIVE_NAMES,
  REPORTING,
  SECTOR_STATEMENTS,
  SECTORS,
  STATED,
  TOLERANCE,
  type FittedPlan,
  type FittedProduct,
  type FittedValue,
  type Source,
  type Sourced,
} from './bogota-report';
import { nearestWithConstraints } from './least-squares';

export type { FittedPlan, FittedProduct, FittedValue, Source, Sourced } from './bogota-report';
export { MIN_WEIGHT, REPORTING, SECTOR_STATEMENTS, STATED, TOLERANCE } from './bogota-report';

export const SEED_DIR = join(projectRoot(), 'src/modules/follow-up/seed');
export const ANNEX_FILE = join(SEED_DIR, 'bogota-action-plan-2024.csv');
export const FITTED_FILE = join(SEED_DIR, 'bogota-plan-fitted.json');
export const FIT_SCRIPT = 'src/modules/follow-up/seed/fit-bogota-plan.ts';

// ---------------------------------------------------------------------------------------------
// Reading the annex.

interface AnnexRow {
  product_code: string;
  product: string;
  indicator: string;
  annualization: string;
  progress_2024: string;
  target_2024: string;
  pct_in_period: string;
  pct_to_period: string;
  pct_accumulated: string;
}

/** A cell of the annex as a number (a % cell as a fraction), null when blank. */
export function annexNumber(text: string): number | null {
  const n = numberOf(text);
  if (n === 'INVALID') throw new Error(`celda del anexo ilegible: ${text}`);
  return n === null ? null : n.percent ? n.value / 100 : n.value;
}

export function readAnnex(): AnnexRow[] {
  return parse(readFileSync(ANNEX_FILE, 'utf8'), { columns: true }) as AnnexRow[];
}

const ANNUALIZATION: Record<string, Annualization> = { suma: 'SUM', creciente: 'INCREASING', constante: 'CONSTANT' };
const YEARS = Array.from({ length: STATED.endYear - STATED.startYear + 1 }, (_, i) => STATED.startYear + i);

/** A printed whole percentage ("41%") as a number of percent, null when blank. */
const printedPercent = (text: string): number | null => {
  const t = text.trim();
  return t === '' ? null : Number(t.replace('%', ''));
};
/** A fraction as the annex prints it: whole percent. */
const wholePercent = (x: number | null): number | null => (x === null ? null : Math.round(x * 100 + 1e-9));
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The number with the fewest decimals (0 to `max`) near x that `ok` accepts; x rounded to `max` when none is. */
function simplest(x: number, ok: (n: number) => boolean, max = 4): number {
  for (let d = 0; d <= max; d++) {
    const n = round(x, d);
    if (n > 0 && ok(n)) return n;
  }
  return round(x, max);
}

// ---------------------------------------------------------------------------------------------
// 1. Targets and values by rule.

/** The quantities the fit chooses (step 2), by product. */
export interface GapParameters {
  /** 2023 level of a Creciente product whose annex PAHV is 0 % (its ideal at the cut). */
  level2023: Record<string, number>;
  /** 2023 value and level of a Creciente product whose gap is fitted within its printed rounding. */
  valueAndLevel: Record<string, { value: number; level: number }>;
}

/** The products whose gap a fitted parameter sets (step 2): a 2023 level, or a value and a level. */
const LEVEL_FITTED = ['3.1.3', '5.1.2'];
const VALUE_FITTED = ['6.1.2'];

/** A product's targets and values by the rules of the header, before weights. */
export function reconstruct(row: AnnexRow, params: GapParameters): Omit<FittedProduct, 'weight' | 'objective'> {
  const code = row.product_code.trim();
  const kind = ANNUALIZATION[row.annualization.trim().toLowerCase()];
  if (!kind) throw new Error(`${code}: anualización desconocida ${row.annualization}`);
  const text = FROM_TEXT[code] ?? {};
  const t24 = annexNumber(row.target_2024);
  const pahvPrinted = printedPercent(row.pct_to_period);
  const paaPrinted = printedPercent(row.pct_accumulated);
  const value2024 = annexNumber(row.progress_2024);
  const pahv = annexNumber(row.pct_to_period);
  const paa = annexNumber(row.pct_accumulated);
  const hasData = pahv !== null;
  const percentage = /^porcentaje/i.test(row.indicator.trim()) || (t24 !== null && t24 <= 1);
  const targets: Record<string, Sourced<number>> = {};
  const values: FittedValue[] = [];
  const notes: string[] = [];
  const rec = (v: number): Sourced<number> => ({ value: v, source: 'reconstructed' });
  const rep = (v: number): Sourced<number> => ({ value: v, source: 'report' });
  const put = (year: number, v: Sourced<number>) => (targets[String(year)] = v);
  const report = (period: string, value: number, source: Source) => values.push({ period, value, source, ...REPORTING[period] });
  /** Whether accumulated ÷ programmed and accumulated ÷ final print as the annex does. */
  const prints = (accumulated: number, programmed: number, final: number) =>
    wholePercent(accumulated / programmed) === pahvPrinted && wholePercent(accumulated / final) === paaPrinted;

  if (t24 !== null) put(2024, rep(t24));
  switch (kind) {
    case 'SUM': {
      const T = t24 ?? 1;
      if (!hasData) {
        // Nothing reported: no 2023 target (a 2023 target would be programmed at the cut with no value).
        for (const y of YEARS.slice(1)) if (y !== 2024 || t24 === null) put(y, rec(T));
        notes.push('Sin dato en el anexo: metas desde 2024, la meta de 2024 cada año; ninguna en 2023.');
        break;
      }
      const t23 = text.target2023 ?? T;
      put(2023, text.target2023 !== undefined ? rep(t23) : rec(t23));
      const v = text.value2023 ?? simplest(pahv! * t23, (n) => wholePercent(n / t23) === pahvPrinted);
      let years: number;
      if (paa! > 0) {
        // As many years of T as the final target PAA implies (v ÷ PAA), within the horizon.
        years = Math.min(YEARS.length, Math.max(1, Math.round(1 + (v / paa! - t23) / T)));
      } else {
        // PAA 0 % implies no final target: a percentage ends at 100 %, a count runs the whole horizon.
        years = percentage ? Math.max(1, Math.round(1 + (1 - t23) / T)) : YEARS.length;
      }
      for (const y of YEARS.slice(1, years)) if (y !== 2024) put(y, rec(T));
      report('2023', v, text.value2023 !== undefined ? 'report' : 'reconstructed');
      notes.push(
        `Suma: meta de 2023 ${text.target2023 !== undefined ? 'del texto del informe (§9)' : 'igual a la de 2024'}, ` +
          `${T} por año durante ${years} años (meta final ${round(t23 + T * (years - 1), 4)})` +
          (text.value2023 !== undefined ? '; valor de 2023 del texto del informe (§9).' : `; valor de 2023 = PAHV × meta de 2023.`),
      );
      break;
    }
    case 'INCREASING': {
      // A cumulative level: a percentage ends at 100 %; a count where PAA puts it.
      if (!hasData) {
        const final = percentage ? 1 : (t24 ?? 1) * 5;
        line(put, rec, t24 ?? final, final, percentage);
        notes.push('Sin dato en el anexo: niveles desde 2024 (ninguno en 2023), en línea recta hasta el nivel final.');
        break;
      }
      if (t24 === null) {
        // No 2024 target (1.1.2): a level reached in 2023, the only one.
        const level = 1;
        put(2023, rec(level));
        report('2023', round(paa! * level, 4), 'reconstructed');
        notes.push('Sin meta de 2024 en el anexo: un nivel de 100 % programado y alcanzado en 2023.');
        break;
      }
      let value: number;
      let level23: number;
      let final: number;
      if (params.valueAndLevel[code]) {
        ({ value, level: level23 } = params.valueAndLevel[code]);
        final = 1;
        notes.push('Valor y nivel de 2023 ajustados dentro del redondeo del anexo para dar la brecha del objetivo (paso 2 del script).');
      } else if (pahv === 0) {
        value = 0;
        level23 = params.level2023[code];
        final = 1;
        notes.push(
          'PAHV 0 %: el nivel de 2023 (su trayectoria ideal al corte) ajustado para dar la brecha del objetivo (paso 2 del script).',
        );
      } else if (percentage) {
        final = 1;
        value = simplest(paa! * final, (n) => wholePercent(n / final) === paaPrinted);
        level23 = simplest(value / pahv!, (n) => prints(value, n, final));
        notes.push('Creciente: nivel final 100 %; valor de 2023 = PAA; nivel de 2023 = valor ÷ PAHV.');
      } else {
        // A count (4.1.5): half the 2024 level in 2023, reached, and the final level PAA implies.
        level23 = t24 / 2;
        value = simplest(level23 * pahv!, (n) => wholePercent(n / level23) === pahvPrinted);
        final = Math.round(value / paa!);
        notes.push('Creciente (conteo): nivel de 2023 la mitad del de 2024; nivel final el que da el PAA, en enteros.');
      }
      put(2023, rec(level23));
      line(put, rec, t24, final, percentage);
      report('2023', value, 'reconstructed');
      break;
    }
    case 'CONSTANT': {
      const T = t24 ?? 1;
      if (!hasData) {
        for (const y of YEARS.slice(1)) if (y !== 2024 || t24 === null) put(y, rec(T));
        notes.push('Sin dato en el anexo: la meta de 2024 cada año desde 2024; ninguna en 2023.');
      } else if (t24 === null) {
        // No 2024 target (a model designed once): a single target in 2023.
        put(2023, rec(T));
        notes.push('Sin meta de 2024 en el anexo: una sola meta (100 %) en 2023.');
      } else {
        for (const y of YEARS) if (y !== 2024) put(y, rec(T));
        notes.push('Constante: la meta de 2024 cada año.');
      }
      if (value2024 !== null) report('2024', value2024, 'report');
      else if (hasData)
        report(
          '2023',
          simplest(pahv! * T, (n) => wholePercent(n / T) === pahvPrinted),
          'reconstructed',
        );
      if (value2024 !== null)
        notes.push('Valor de 2024 del anexo; el de 2023 no se conoce y no se reporta (una meta constante mide cada año por sí solo).');
      break;
    }
  }
  if (code === '3.1.3')
    notes.push(
      'El anexo imprime un PAV de 0 % (un valor de 2024 igual a 0); con el método, un valor de 2024 haría contar toda la meta de 2024 y la brecha de O3 sería −5,76 en lugar de −3,7: no se reporta 2024.',
    );
  const name = text.name ?? row.product.trim();
  return {
    code,
    name: { value: name, source: 'report' },
    indicator: row.indicator.trim(),
    annualization: kind,
    annualizationText: row.annualization.trim().replace(/^./, (c) => c.toUpperCase()),
    sector: { value: SECTORS[code], source: 'reconstructed' },
    baseline: null,
    targets: Object.fromEntries(Object.entries(targets).sort(([a], [b]) => a.localeCompare(b))),
    values,
    annex: {
      target2024: row.target_2024.trim(),
      pav: row.pct_in_period.trim(),
      pahv: row.pct_to_period.trim(),
      paa: row.pct_accumulated.trim(),
    },
    notes,
  };
}

/** Creciente levels after 2024: a straight line from the 2024 level to the final one (counts in whole numbers). */
function line(
  put: (year: number, v: Sourced<number>) => void,
  rec: (v: number) => Sourced<number>,
  level2024: number,
  final: number,
  percentage: boolean,
): void {
  const after = YEARS.filter((y) => y > 2024);
  after.forEach((y, i) => {
    const level = level2024 + ((final - level2024) * (i + 1)) / after.length;
    put(y, rec(percentage ? round(level, 4) : Math.round(level)));
  });
}

// ---------------------------------------------------------------------------------------------
// Measuring a fitted plan with the system's own method.

/** The fitted plan as the measurement takes it: accepted values count from the day they were accepted. */
export function objectivesOfFitted(
  products: readonly Pick<FittedProduct, 'code' | 'objective' | 'annualization' | 'weight' | 'targets' | 'values'>[],
): ObjectivePlan[] {
  const objectives = new Map<string, ObjectivePlan>();
  for (const p of products) {
    const o = objectives.get(p.objective) ?? { code: p.objective, products: [] };
    o.products.push({
      code: p.code,
      annualization: p.annualization,
      weight: p.weight.value,
      targets: Object.fromEntries(Object.entries(p.targets).map(([k, v]) => [k, v.value])),
      reports: p.values.map((v) => ({ period: v.period, value: v.value, reportedOn: v.acceptedOn })),
    });
    objectives.set(p.objective, o);
  }
  return [...objectives.values()];
}

export function measureFitted(products: Parameters<typeof objectivesOfFitted>[0], cut = STATED.cut): PlanMeasure {
  return measurePlan(objectivesOfFitted(products), periodsOf(STATED.startYear, STATED.endYear, 'ANNUAL'), cut);
}

// ---------------------------------------------------------------------------------------------
// 2 and 3. The fit.

const objectiveOf = (code: string) => code.split('.')[0];

/** Fits the plan (steps 1–4 of the header). */
export function fit(annex: readonly AnnexRow[] = readAnnex()): FittedPlan {
  const stated = STATED;
  const codes = annex.map((r) => r.product_code.trim());
  const objectiveCodes = [...new Set(codes.map(objectiveOf))];
  // The aims: the report's figures made consistent (see the header).
  const aimGap = stated.overall.gap;
  const aimIdeal = stated.overall.ideal;
  const aimProgress = round(aimIdeal + aimGap, 4);
  // The objectives whose gaps hang on reconstructed values: O3, O5, O6 (step 2) and O7 (its weights, step 3).
  const adjustable = ['3', '5', '6', '7'];
  const statedSum = objectiveCodes.reduce((s, o) => s + stated.objectiveGaps[o], 0);
  const share = (aimGap - statedSum) / adjustable.length;
  const aimObjective: Record<string, number> = Object.fromEntries(
    objectiveCodes.map((o) => [o, round(stated.objectiveGaps[o] + (adjustable.includes(o) ? share : 0), 6)]),
  );

  // Start: an even split of each objective's weight not stated, and the gap parameters at 0.
  const unknown = codes.filter((c) => stated.productWeights[c] === undefined);
  const evenWeight = (c: string) => {
    const o = objectiveOf(c);
    const known = codes.filter((k) => objectiveOf(k) === o && stated.productWeights[k] !== undefined);
    const rest = stated.objectiveWeights[o] - known.reduce((s, k) => s + stated.productWeights[k], 0);
    return rest / codes.filter((k) => objectiveOf(k) === o && stated.productWeights[k] === undefined).length;
  };
  const params: GapParameters = { level2023: {}, valueAndLevel: {} };
  for (const c of LEVEL_FITTED) params.level2023[c] = 0;
  for (const c of VALUE_FITTED) params.valueAndLevel[c] = { value: 0, level: 0 };
  const build = (weights: Record<string, number>): FittedProduct[] =>
    annex.map((row) => {
      const code = row.product_code.trim();
      const known = stated.productWeights[code];
      const product = reconstruct(row, params);
      if (known === undefined)
        product.notes.push(
          'Peso reconstruido: el más cercano al reparto parejo del peso restante del objetivo que da el avance y las brechas (paso 3 del script).',
        );
      return {
        objective: objectiveOf(code),
        weight:
          known !== undefined ? { value: known, source: 'report' as const } : { value: weights[code], source: 'reconstructed' as const },
        ...product,
      } as FittedProduct;
    });
  const weights: Record<string, number> = Object.fromEntries(unknown.map((c) => [c, evenWeight(c)]));
  const gapOf = (m: PlanMeasure, o: string) => m.objectives.find((x) => x.code === o)!.gap;
  const productOf = (m: PlanMeasure, code: string) => m.objectives.flatMap((o) => o.products).find((p) => p.code === code)!;

  // Step 2: each level-fitted product's ideal (its 2023 level over a final level of 1) so its objective gives its aim.
  let measured = measureFitted(build(weights));
  for (const code of LEVEL_FITTED) {
    const o = objectiveOf(code);
    const w = stated.productWeights[code];
    // With its level at 0 the product adds nothing; its gap is −w × level.
    params.level2023[code] = round((gapOf(measured, o) - aimObjective[o]) / w, 4);
  }
  for (const code of VALUE_FITTED) {
    const o = objectiveOf(code);
    const w = stated.productWeights[code];
    const row = annex.find((r) => r.product_code.trim() === code)!;
    const [pahvP, paaP] = [printedPercent(row.pct_to_period)!, printedPercent(row.pct_accumulated)!];
    // Its gap is w × (value − level) with a final level of 1: the level is value + d.
    const d = (gapOf(measured, o) - aimObjective[o]) / w;
    // value/(value + d) rounds to PAHV and value rounds to PAA: the middle of where both hold.
    const lo = Math.max((paaP - 0.5) / 100, ((pahvP - 0.5) / 100) * (d / (1 - (pahvP - 0.5) / 100)));
    const hi = Math.min((paaP + 0.5) / 100, ((pahvP + 0.5) / 100) * (d / (1 - (pahvP + 0.5) / 100)));
    if (!(lo < hi)) throw new Error(`${code}: ningún valor da la brecha con el PAHV y el PAA impresos`);
    const value = round((lo + hi) / 2, 3);
    params.valueAndLevel[code] = { value, level: round(value + d, 4) };
  }

  // Step 3: the weights. Unknowns: the weights not stated. Constraints: each objective's weight,
  // overall progress, and the gap of each objective whose gap depends on those weights.
  measured = measureFitted(build(weights));
  const unit = (code: string) => productOf(measured, code);
  const rows: number[][] = [];
  const rhs: number[] = [];
  const fixedSum = (pick: (c: string) => boolean, f: (c: string) => number) =>
    codes.filter((c) => stated.productWeights[c] !== undefined && pick(c)).reduce((s, c) => s + stated.productWeights[c] * f(c), 0);
  /** An objective's weight less its stated products' weights. */
  const remaining = (o: string) =>
    stated.objectiveWeights[o] -
    fixedSum(
      (c) => objectiveOf(c) === o,
      () => 1,
    );
  for (const o of objectiveCodes) {
    if (!unknown.some((c) => objectiveOf(c) === o)) continue;
    rows.push(unknown.map((c) => (objectiveOf(c) === o ? 1 : 0)));
    rhs.push(remaining(o));
    const gaps = unknown.filter((c) => objectiveOf(c) === o).map((c) => unit(c).gap);
    if (gaps.some((g) => Math.abs(g) > 1e-12)) {
      rows.push(unknown.map((c) => (objectiveOf(c) === o ? unit(c).gap : 0)));
      rhs.push(
        aimObjective[o] -
          fixedSum(
            (c) => objectiveOf(c) === o,
            (c) => unit(c).gap,
          ),
      );
    }
  }
  rows.push(unknown.map((c) => unit(c).progress));
  rhs.push(
    aimProgress -
      fixedSum(
        () => true,
        (c) => unit(c).progress,
      ),
  );
  const solved = nearestWithConstraints(
    unknown.map((c) => weights[c]),
    rows,
    rhs,
    MIN_WEIGHT,
  );
  unknown.forEach((c, j) => (weights[c] = solved[j]));

  // Rounded to hundredths, each objective's sum kept exact (in cents), then 0.01 moves within an
  // objective while they bring progress and the weight-dependent gaps closer to their aims.
  for (const o of objectiveCodes) {
    const own = unknown.filter((c) => objectiveOf(c) === o);
    if (!own.length) continue;
    const target = Math.round(remaining(o) * 100);
    const cents = own.map((c) => Math.round(weights[c] * 100));
    let diff = target - cents.reduce((s, x) => s + x, 0);
    // The largest rounding residues take the difference.
    const residue = (j: number) => (weights[own[j]] * 100 - cents[j]) * Math.sign(diff);
    const order = own.map((_, j) => j).sort((a, b) => residue(b) - residue(a));
    for (let k = 0; diff !== 0; k = (k + 1) % own.length) {
      cents[order[k]] += Math.sign(diff);
      diff -= Math.sign(diff);
    }
    own.forEach((c, j) => (weights[c] = cents[j] / 100));
  }
  const miss = (m: PlanMeasure) =>
    ((m.overall.progress - aimProgress) / 0.001) ** 2 +
    objectiveCodes
      .filter((o) => !LEVEL_FITTED.some((c) => objectiveOf(c) === o))
      .reduce((s, o) => s + ((gapOf(m, o) - aimObjective[o]) / 0.001) ** 2, 0);
  let best = miss(measureFitted(build(weights)));
  for (let improved = true; improved;) {
    improved = false;
    for (const from of unknown)
      for (const to of unknown) {
        if (from === to || objectiveOf(from) !== objectiveOf(to) || weights[from] - 0.01 < MIN_WEIGHT) continue;
        weights[from] = round(weights[from] - 0.01, 2);
        weights[to] = round(weights[to] + 0.01, 2);
        const score = miss(measureFitted(build(weights)));
        if (score < best - 1e-9) {
          best = score;
          improved = true;
        } else {
          weights[from] = round(weights[from] + 0.01, 2);
          weights[to] = round(weights[to] - 0.01, 2);
        }
      }
  }
  // 3.1.3's level (O3 is the objective the report prints with one decimal) takes what rounding left of the overall gap.
  measured = measureFitted(build(weights));
  const residual = measured.overall.gap - aimGap;
  const absorber = LEVEL_FITTED[0];
  params.level2023[absorber] = round(params.level2023[absorber] + residual / stated.productWeights[absorber], 4);

  const products = build(weights);
  measured = measureFitted(products);
  return {
    about:
      'Plan de acción de la Política Pública Bogotá Territorio Inteligente (CONPES D.C. 29 de 2023) reconstruido para la demostración: ' +
      'lo que el informe de seguimiento 2024-1 imprime lleva source "report"; lo que no imprime (26 pesos, las metas de otros años, los valores, ' +
      'los sectores) lleva source "reconstructed" y lo calcula el script de ajuste para que la medición del sistema dé las cifras publicadas al 30 de junio de 2024.',
    source:
      'Secretaría Distrital de Planeación, Informe de Seguimiento Plan de Acción Política Pública Bogotá Territorio Inteligente, corte 30 de junio de 2024 (octubre de 2024); anexo 1 en bogota-action-plan-2024.csv.',
    fitScript: FIT_SCRIPT,
    cut: stated.cut,
    startYear: stated.startYear,
    endYear: stated.endYear,
    periodicity: 'ANNUAL',
    stated,
    aims: { progress: aimProgress, ideal: aimIdeal, gap: aimGap, objectiveGaps: aimObjective },
    objectives: objectiveCodes.map((o) => ({
      code: o,
      name: { value: OBJECTIVE_NAMES[o], source: 'reconstructed' as const },
      weight: { value: stated.objectiveWeights[o], source: 'report' as const },
    })),
    products,
    measured: summary(measured),
  };
}

function summary(m: PlanMeasure): FittedPlan['measured'] {
  const r = (x: number) => round(x, 4);
  return {
    progress: r(m.overall.progress),
    ideal: r(m.overall.ideal),
    gap: r(m.overall.gap),
    objectives: m.objectives.map((o) => ({ code: o.code, weight: r(o.weight), progress: r(o.progress), ideal: r(o.ideal), gap: r(o.gap) })),
  };
}

// ---------------------------------------------------------------------------------------------
// Verification.

export interface Check {
  what: string;
  report: string;
  measured: string;
  ok: boolean;
}

const fmt = (x: number | null, digits = 2) => (x === null ? '—' : x.toFixed(digits));
const pctText = (x: number | null) => (x === null ? '' : `${wholePercent(x)}%`);

/** Every figure of the report against the fitted plan's measurement at the cut. */
export function verify(plan: FittedPlan): Check[] {
  const m = measureFitted(plan.products);
  const checks: Check[] = [];
  const add = (what: string, report: string, measured: string, ok: boolean) => checks.push({ what, report, measured, ok });
  const all = m.objectives.flatMap((o) => o.products);
  for (const p of plan.products) {
    const got = all.find((x) => x.code === p.code)!;
    add(`${p.code} PAHV`, p.annex.pahv || '—', pctText(got.pahv) || '—', pctText(got.pahv) === p.annex.pahv);
    add(`${p.code} PAA`, p.annex.paa || '—', pctText(got.paa) || '—', pctText(got.paa) === p.annex.paa);
    const stated = STATED.productWeights[p.code];
    if (stated !== undefined)
      add(`${p.code} peso`, String(stated), String(got.weight), got.weight === stated && p.weight.source === 'report');
    else
      add(
        `${p.code} peso (reconstruido)`,
        `≥ ${MIN_WEIGHT}, 2 decimales`,
        String(got.weight),
        got.weight >= MIN_WEIGHT && round(got.weight, 2) === got.weight,
      );
  }
  for (const o of m.objectives) {
    add(
      `O${o.code} peso`,
      String(STATED.objectiveWeights[o.code]),
      fmt(o.weight),
      Math.abs(o.weight - STATED.objectiveWeights[o.code]) < 1e-9,
    );
    const stated = STATED.objectiveGaps[o.code];
    add(
      `O${o.code} brecha`,
      `${fmt(stated)} ±${TOLERANCE.objectiveGap}`,
      fmt(o.gap, 3),
      Math.abs(o.gap - stated) <= TOLERANCE.objectiveGap,
    );
  }
  const { overall } = m;
  const s = STATED.overall;
  add(
    'avance',
    `${s.progress} ±${TOLERANCE.progress}`,
    fmt(overall.progress, 3),
    Math.abs(overall.progress - s.progress) <= TOLERANCE.progress,
  );
  add('trayectoria ideal', `${s.ideal} ±${TOLERANCE.ideal}`, fmt(overall.ideal, 3), Math.abs(overall.ideal - s.ideal) <= TOLERANCE.ideal);
  add('brecha', `${s.gap} ±${TOLERANCE.gap}`, fmt(overall.gap, 3), Math.abs(overall.gap - s.gap) <= TOLERANCE.gap);
  // As the report prints them: progress with one decimal, the ideal and the gap with two.
  add(
    'avance impreso (1 decimal)',
    s.progress.toFixed(1),
    overall.progress.toFixed(1),
    overall.progress.toFixed(1) === s.progress.toFixed(1),
  );
  add('ideal impreso (2 decimales)', s.ideal.toFixed(2), overall.ideal.toFixed(2), overall.ideal.toFixed(2) === s.ideal.toFixed(2));
  add('brecha impresa (2 decimales)', s.gap.toFixed(2), overall.gap.toFixed(2), overall.gap.toFixed(2) === s.gap.toFixed(2));
  add('pesos suman 100', '100', fmt(overall.weight), Math.abs(overall.weight - 100) < 1e-9);
  for (const [band, count] of Object.entries(STATED.distribution))
    add(
      `semáforo ${band}`,
      String(count),
      String(m.distribution[band as Semaforo | 'SIN_DATO']),
      m.distribution[band as Semaforo | 'SIN_DATO'] === count,
    );
  // §6: products per sector.
  const bySector = new Map<string, { n: number; bajo: number; sobre: number }>();
  for (const p of plan.products) {
    const status = semaforo(all.find((x) => x.code === p.code)!.pahv);
    const e = bySector.get(p.sector.value) ?? { n: 0, bajo: 0, sobre: 0 };
    e.n++;
    if (status === 'BAJO') e.bajo++;
    if (status === 'SOBRE_EJECUCION') e.sobre++;
    bySector.set(p.sector.value, e);
  }
  const most = Math.max(...[...bySector.values()].map((e) => e.n));
  for (const [sector, want] of Object.entries(SECTOR_STATEMENTS)) {
    const got = bySector.get(sector) ?? { n: 0, bajo: 0, sobre: 0 };
    const ok =
      got.bajo === want.bajo &&
      got.sobre === want.sobre &&
      (want.products === undefined || got.n === want.products) &&
      (!want.most || got.n === most);
    add(
      `§6 ${sector}`,
      `bajo ${want.bajo}, sobre ${want.sobre}${want.products ? `, ${want.products} productos` : ''}${want.most ? ', el que más' : ''}`,
      `bajo ${got.bajo}, sobre ${got.sobre}, ${got.n} productos`,
      ok,
    );
  }
  return checks;
}

export function readFitted(): FittedPlan {
  return JSON.parse(readFileSync(FITTED_FILE, 'utf8')) as FittedPlan;
}

function main(): void {
  const check = process.argv.includes('--check');
  const plan = check ? readFitted() : fit();
  if (!check) writeFileSync(FITTED_FILE, `${JSON.stringify(plan, null, 2)}\n`);
  const checks = verify(plan);
  const width = Math.max(...checks.map((c) => c.what.length));
  const out = [
    `${check ? 'Verificando' : 'Ajustado y escrito'} ${FITTED_FILE.replace(`${projectRoot()}/`, '')} (corte ${plan.cut})`,
    `${'cifra'.padEnd(width)}  ${'informe'.padEnd(28)}  ${'medición'.padEnd(28)}`,
    ...checks.map((c) => `${c.what.padEnd(width)}  ${c.report.padEnd(28)}  ${c.measured.padEnd(28)}  ${c.ok ? 'ok' : 'FALLA'}`),
  ];
  const misses = checks.filter((c) => !c.ok);
  out.push(misses.length ? `${misses.length} cifras no coinciden` : `todas las cifras coinciden (${checks.length})`);
  process.stdout.write(`${out.join('\n')}\n`);
  if (misses.length) process.exitCode = 1;
}

if (require.main === module) main();
