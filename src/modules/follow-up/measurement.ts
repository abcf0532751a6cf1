/**
 * The Bogotá method of execution follow-up (DOMAIN, "Execution follow-up: the Bogotá method";
 * seeds/bogota-conpes-29-informe-seguimiento-2024.txt): PAV, PAHV and PAA per product at a cut
 * date, the semáforo, progress per objective and for the whole plan as a weighted sum with each
 * product capped at 100 %, the ideal trajectory and the gap. Pure: no IO, dates as YYYY-MM-DD.
 *
 * Ratios are fractions (0.4125 is 41.25 %); nothing is rounded here, only when shown.
 *
 * Design choices where the method leaves room (the README repeats them):
 * - A period counts towards "hasta la vigencia" once it has ended by the cut, or when it has a
 *   value reported by the cut. Bogotá's 7.1.1 (PAHV 213 % = 14,887 / 7,000 at June 2024) shows the
 *   running year's target is left out while nothing is reported for it.
 * - Only values reported on or before the cut count (so a past cut always gives the same numbers);
 *   a value reported late counts for its own period from the day it is reported. A later report of
 *   the same period replaces an earlier one.
 * - A missing target (no meta that period) or a zero target makes that ratio not applicable (null).
 * - Once the running period has a value, its whole target enters "programmed": a first partial
 *   report can lower PAHV. Values of periods without a target still add to a Suma's progress.
 * - Constante: the latest counted period with a target is the measure; an ended period left
 *   unreported has no measure (nothing is carried from the year before).
 * - Two reports of one period on the same day: the one given last wins. Dates are YYYY-MM-DD,
 *   validated where they enter the system, not here.
 */

export type Annualization = 'SUM' | 'INCREASING' | 'CONSTANT';

/** A period of the plan's horizon (a vigencia or a part of one); `start` and `end` are included. */
export interface Period {
  key: string;
  start: string;
  end: string;
}

export interface ProgressReport {
  period: string;
  value: number;
  /** The day the value was reported (YYYY-MM-DD). */
  reportedOn: string;
}

export interface ProductPlan {
  code: string;
  annualization: Annualization;
  /** Relative weight in percentage points; a plan's weights sum to 100. */
  weight: number;
  /** Target per period key; a period absent or null has no target. INCREASING targets are cumulative levels. */
  targets: Record<string, number | null | undefined>;
  reports: ProgressReport[];
}

export type Semaforo = 'SOBRE_EJECUCION' | 'ALTO' | 'MEDIO' | 'BAJO';

export const semaforoLabel: Record<Semaforo, string> = {
  SOBRE_EJECUCION: 'Sobre ejecución',
  ALTO: 'Cumplimiento alto',
  MEDIO: 'Cumplimiento medio',
  BAJO: 'Cumplimiento bajo',
};

/** The semáforo's colours as the Bogotá report draws them: orange, green, yellow, red. */
export const semaforoHex: Record<Semaforo, string> = { SOBRE_EJECUCION: '#F39C12', ALTO: '#27AE60', MEDIO: '#F1C40F', BAJO: '#E74C3C' };

/** Bogotá's bands: > 125 % sobre ejecución, > 75 % alto, > 50 % medio (51–75 %), ≤ 50 % bajo. */
export function semaforo(ratio: number | null): Semaforo | null {
  if (ratio === null) return null;
  if (ratio > 1.25) return 'SOBRE_EJECUCION';
  if (ratio > 0.75) return 'ALTO';
  if (ratio > 0.5) return 'MEDIO';
  return 'BAJO';
}

export interface ProductMeasure {
  code: string;
  annualization: Annualization;
  weight: number;
  /** The period the cut falls in (the last one after the horizon; null before it starts). */
  period: string | null;
  periodValue: number | null;
  periodTarget: number | null;
  /** % de avance en la vigencia. */
  pav: number | null;
  /** Progress to the cut: the sum of the values (SUM), the latest value (INCREASING), the latest counted period's value (CONSTANT). */
  accumulated: number | null;
  /** Target programmed to the cut, on the same basis. */
  programmed: number | null;
  /** % de avance hasta la vigencia. */
  pahv: number | null;
  finalTarget: number | null;
  /** % de avance acumulado. */
  paa: number | null;
  /** PAA capped at 100 % (0 without it): what the product adds to its objective and the plan. */
  progress: number;
  /** Where the programmed targets say the product should be at the cut (0–1). */
  ideal: number;
  /** progress − ideal. */
  gap: number;
  /** The semáforo against the expected trajectory: of PAHV (what the distribution counts). */
  status: Semaforo | null;
  /** The semáforo against the period's target: of PAV (Bogotá report §5: "de la vigencia o de la trayectoria esperada"). */
  statusInPeriod: Semaforo | null;
}

/**
 * A figure the method can show, or null. Plan numbers are bounded where they enter (plan-bounds.ts),
 * so no sum overflows; this is the second line: a value stored before the bound, or any other way an
 * Infinity or NaN arises, shows as "no figure" for that one product instead of a non-finite Float
 * that GraphQL cannot serialize (which would blank the whole measurement) or that a report prints.
 */
const finite = (n: number | null): number | null => (n !== null && Number.isFinite(n) ? n : null);

const ratio = (part: number | null, whole: number | null): number | null =>
  part === null || whole === null || whole === 0 ? null : finite(part / whole);

/** The value of each period as known at the cut: reported by then, the latest report of each period winning. */
function valuesAt(reports: readonly ProgressReport[], cut: string): Map<string, number> {
  const latest = new Map<string, ProgressReport>();
  for (const r of reports) {
    if (r.reportedOn > cut) continue;
    const seen = latest.get(r.period);
    if (!seen || r.reportedOn >= seen.reportedOn) latest.set(r.period, r);
  }
  return new Map([...latest].map(([period, r]) => [period, r.value]));
}

/** The period the cut falls in, or the last one once the horizon has passed; null before it starts. */
export function periodAt(periods: readonly Period[], cut: string): Period | null {
  if (!periods.length || cut < periods[0].start) return null;
  return periods.find((p) => p.start <= cut && cut <= p.end) ?? [...periods].reverse().find((p) => p.start <= cut) ?? null;
}

export function measureProduct(product: ProductPlan, periods: readonly Period[], cut: string): ProductMeasure {
  const values = valuesAt(product.reports, cut);
  const target = (key: string): number | null => product.targets[key] ?? null;
  const current = periodAt(periods, cut);
  // Periods counted "hasta la vigencia": ended by the cut, or with a value reported by then.
  const counted = periods.filter((p) => p.start <= cut && (p.end <= cut || values.has(p.key)));
  const periodValue = current ? finite(values.get(current.key) ?? null) : null;
  const periodTarget = current ? finite(target(current.key)) : null;

  let accumulated: number | null = null;
  let programmed: number | null = null;
  let finalTarget: number | null = null;
  const withTarget = periods.filter((p) => target(p.key) !== null);
  const countedWithTarget = counted.filter((p) => target(p.key) !== null);
  const lastOf = <T>(list: T[]): T | null => (list.length ? list[list.length - 1] : null);
  switch (product.annualization) {
    case 'SUM': {
      const reported = counted.filter((p) => values.has(p.key));
      accumulated = reported.length ? reported.reduce((s, p) => s + values.get(p.key)!, 0) : null;
      programmed = countedWithTarget.length ? countedWithTarget.reduce((s, p) => s + target(p.key)!, 0) : null;
      finalTarget = withTarget.length ? withTarget.reduce((s, p) => s + target(p.key)!, 0) : null;
      break;
    }
    case 'INCREASING': {
      // A cumulative level: the latest value reported and the level programmed for the latest period counted.
      const reported = lastOf(counted.filter((p) => values.has(p.key)));
      accumulated = reported ? values.get(reported.key)! : null;
      const level = lastOf(countedWithTarget);
      programmed = level ? target(level.key) : null;
      const last = lastOf(withTarget);
      finalTarget = last ? target(last.key) : null;
      break;
    }
    case 'CONSTANT': {
      // Each period on its own: the latest period counted that has a target is the measure.
      const latest = lastOf(countedWithTarget);
      accumulated = latest ? (values.get(latest.key) ?? null) : null;
      programmed = latest ? target(latest.key) : null;
      finalTarget = programmed;
      break;
    }
  }
  accumulated = finite(accumulated);
  programmed = finite(programmed);
  finalTarget = finite(finalTarget);
  const pahv = ratio(accumulated, programmed);
  const paa = ratio(accumulated, finalTarget);
  const progress = Math.min(1, Math.max(0, paa ?? 0));
  const ideal =
    product.annualization === 'CONSTANT'
      ? programmed !== null && programmed > 0
        ? 1
        : 0
      : Math.min(1, Math.max(0, ratio(programmed, finalTarget) ?? 0));
  return {
    code: product.code,
    annualization: product.annualization,
    weight: product.weight,
    period: current?.key ?? null,
    periodValue,
    periodTarget,
    pav: ratio(periodValue, periodTarget),
    accumulated,
    programmed,
    pahv,
    finalTarget,
    paa,
    progress,
    ideal,
    gap: progress - ideal,
    status: semaforo(pahv),
    statusInPeriod: semaforo(ratio(periodValue, periodTarget)),
  };
}

export interface ObjectivePlan {
  code: string;
  products: ProductPlan[];
}

export interface Advance {
  /** Weight in percentage points (the sum of its products'). */
  weight: number;
  /** Progress in points of the plan: Σ weight × progress. */
  progress: number;
  /** The ideal trajectory in points of the plan: Σ weight × ideal. */
  ideal: number;
  /** progress − ideal, in points. */
  gap: number;
  /** Progress within itself, as a fraction of its own weight (null without weight). */
  ownProgress: number | null;
  ownIdeal: number | null;
}

export interface ObjectiveMeasure extends Advance {
  code: string;
  products: ProductMeasure[];
}

export interface PlanMeasure {
  cut: string;
  overall: Advance;
  objectives: ObjectiveMeasure[];
  /** How many products fall in each band of the semáforo (and how many have no PAHV). */
  distribution: Record<Semaforo | 'SIN_DATO', number>;
}

function advance(products: readonly ProductMeasure[]): Advance {
  const weight = products.reduce((s, p) => s + p.weight, 0);
  const progress = products.reduce((s, p) => s + p.weight * p.progress, 0);
  const ideal = products.reduce((s, p) => s + p.weight * p.ideal, 0);
  return {
    weight,
    progress,
    ideal,
    gap: progress - ideal,
    ownProgress: weight ? progress / weight : null,
    ownIdeal: weight ? ideal / weight : null,
  };
}

/** Every product, each objective and the whole plan at the cut. */
export function measurePlan(objectives: readonly ObjectivePlan[], periods: readonly Period[], cut: string): PlanMeasure {
  const measured = objectives.map((o) => {
    const products = o.products.map((p) => measureProduct(p, periods, cut));
    return { code: o.code, products, ...advance(products) };
  });
  const all = measured.flatMap((o) => o.products);
  const distribution: PlanMeasure['distribution'] = { SOBRE_EJECUCION: 0, ALTO: 0, MEDIO: 0, BAJO: 0, SIN_DATO: 0 };
  for (const p of all) distribution[p.status ?? 'SIN_DATO']++;
  return { cut, overall: advance(all), objectives: measured, distribution };
}

export type Periodicity = 'ANNUAL' | 'SEMIANNUAL' | 'QUARTERLY';

/** The periods of a horizon: years `from`–`to`, split by periodicity (keys 2024, 2024-S1, 2024-T1). */
export function periodsOf(from: number, to: number, periodicity: Periodicity): Period[] {
  const parts = { ANNUAL: 1, SEMIANNUAL: 2, QUARTERLY: 4 }[periodicity];
  const months = 12 / parts;
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  const periods: Period[] = [];
  for (let year = from; year <= to; year++) {
    for (let i = 0; i < parts; i++) {
      const first = i * months + 1;
      const last = first + months - 1;
      const key = parts === 1 ? String(year) : `${year}-${parts === 2 ? 'S' : 'T'}${i + 1}`;
      periods.push({ key, start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(lastDay(year, last))}` });
    }
  }
  return periods;
}
