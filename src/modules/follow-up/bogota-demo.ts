import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

import { projectRoot } from '../../core/paths';
import { csvCell } from './plan-file';
import { numberOf } from './plan-sheet';

/**
 * The demo's action plan: Bogotá's Política Territorio Inteligente (CONPES D.C. 29 de 2023) as its
 * 2024-1 follow-up report prints it (`seed/bogota-action-plan-2024.csv`, a copy of
 * shared/data). The annex gives, per product, the 2024 target and the PAV, PAHV and PAA at June 30,
 * 2024, but neither the weights nor the other years' targets nor the values themselves. The demo
 * rebuilds a plan that gives back those percentages (design choice, for demonstration only):
 * - objective weights as in DOMAIN (O1 15 … O7 16); the product weights the report names (1.1.5
 *   4 %, 3.1.1 3 %, …), the rest of each objective's weight shared evenly among its other products;
 * - horizon 2023–2032, annual; a value for 2023 (reported 2024-01-31) of PAHV × the 2023 target, or
 *   the 2024 value when the annex has one (reported 2024-06-28);
 * - Suma: the 2024 target each year until the final target PAA implies is met; Creciente: a level
 *   in 2023 of value ÷ PAHV, the annex's level in 2024, then straight up to the final level (100 %
 *   for a percentage); Constante: the 2024 target every year (1 when the annex has none);
 * - product 7.1.1 as DOMAIN works it: 7,000 in 2023 and 4,500 a year after, 14,887 reported.
 */

/** Read from the sources in the built service too (data files are not copied to dist/). */
export const BOGOTA_ANNEX_FILE = join(projectRoot(), 'src/modules/follow-up/seed/bogota-action-plan-2024.csv');

const YEARS = Array.from({ length: 10 }, (_, i) => 2023 + i);
const OBJECTIVE_WEIGHTS: Record<string, number> = { '1': 15, '2': 13, '3': 10, '4': 12, '5': 16, '6': 18, '7': 16 };
const KNOWN_WEIGHTS: Record<string, number> = {
  '1.1.5': 4,
  '3.1.1': 3,
  '3.1.3': 5,
  '4.1.2': 2,
  '5.1.2': 4,
  '5.1.4': 4,
  '6.1.1': 2,
  '6.1.2': 3,
  '7.1.4': 2,
  '7.1.6': 2,
};
const OBJECTIVE_NAMES: Record<string, string> = {
  '1': 'Reducir la brecha digital',
  '2': 'Fortalecer las capacidades de innovación y tecnologías emergentes',
  '3': 'Enfrentar los riesgos de seguridad digital',
  '4': 'Impulsar la innovación pública',
  '5': 'Fortalecer la gobernanza del territorio inteligente',
  '6': 'Usar datos y tecnología para la toma de decisiones',
  '7': 'Desarrollar talento y apropiación tecnológica',
};

export interface DemoReport {
  productCode: string;
  period: string;
  value: number;
  reportedOn: string;
}

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

const num = (text: string): number | null => {
  const n = numberOf(text);
  return n === null || n === 'INVALID' ? null : n.percent ? n.value / 100 : n.value;
};
const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The plan as the import reads it (CSV with `;`), and the reports that give back the annex's percentages. */
export function bogotaDemoPlan(): { csv: string; reports: DemoReport[] } {
  const annex = parse(readFileSync(BOGOTA_ANNEX_FILE, 'utf8'), { columns: true }) as AnnexRow[];
  const weights = productWeights(annex.map((r) => r.product_code));
  const reports: DemoReport[] = [];
  const lines = [
    [
      'objetivo',
      'nombre_objetivo',
      'producto',
      'nombre_producto',
      'indicador',
      'peso',
      'anualizacion',
      ...YEARS.map((y) => `meta_${y}`),
    ].join(';'),
  ];
  for (const r of annex) {
    const code = r.product_code.trim();
    const kind = r.annualization.trim().toLowerCase();
    const target = num(r.target_2024);
    const pahv = num(r.pct_to_period);
    const paa = num(r.pct_accumulated);
    const value2024 = num(r.progress_2024) ?? (num(r.pct_in_period) !== null && target !== null ? num(r.pct_in_period)! * target : null);
    const targets = new Map<number, number>();
    let value2023: number | null = null;
    if (code === '7.1.1') {
      for (const y of YEARS) targets.set(y, y === 2023 ? 7000 : 4500);
      value2023 = 14887;
    } else if (kind === 'suma') {
      const t = target ?? 1;
      value2023 = pahv === null ? null : pahv * t;
      const final = value2023 !== null && paa ? value2023 / paa : t * YEARS.length;
      let left = final;
      for (const y of YEARS) {
        const share = y === YEARS[YEARS.length - 1] ? left : Math.min(t, left);
        targets.set(y, round(Math.max(0, share)));
        left -= share;
      }
    } else if (kind === 'creciente') {
      // A percentage ends at 100 %; a count ends where PAA says, from a 2023 level of half the 2024 one.
      const final = target === null || target <= 1 ? 1 : pahv !== null && paa ? (pahv * (target / 2)) / paa : target * 5;
      const level2024 = target ?? final;
      value2023 = paa !== null && final ? paa * final : null;
      const level2023 = value2023 !== null && pahv ? Math.min(level2024, value2023 / pahv) : level2024 / 2;
      targets.set(2023, round(level2023));
      targets.set(2024, round(level2024));
      YEARS.slice(2).forEach((y, i) => targets.set(y, round(level2024 + ((final - level2024) * (i + 1)) / (YEARS.length - 2))));
    } else {
      const t = target ?? 1;
      for (const y of YEARS) targets.set(y, t);
      value2023 = pahv === null ? null : pahv * t;
    }
    if (value2024 !== null) reports.push({ productCode: code, period: '2024', value: round(value2024), reportedOn: '2024-06-28' });
    else if (value2023 !== null) reports.push({ productCode: code, period: '2023', value: round(value2023), reportedOn: '2024-01-31' });
    const objective = code.split('.')[0];
    lines.push(
      [
        objective,
        OBJECTIVE_NAMES[objective],
        code,
        r.product.trim(),
        r.indicator.trim(),
        weights.get(code)!,
        r.annualization.trim(),
        ...YEARS.map((y) => targets.get(y) ?? ''),
      ]
        .map(csvCell)
        .join(';'),
    );
  }
  return { csv: lines.join('\n') + '\n', reports };
}

/** Known weights kept; each objective's remaining weight shared evenly, the last product taking the rounding. */
function productWeights(codes: readonly string[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const [objective, total] of Object.entries(OBJECTIVE_WEIGHTS)) {
    const products = codes.filter((c) => c.split('.')[0] === objective);
    const known = products.filter((c) => KNOWN_WEIGHTS[c] !== undefined);
    const rest = products.filter((c) => KNOWN_WEIGHTS[c] === undefined);
    for (const c of known) weights.set(c, KNOWN_WEIGHTS[c]);
    let left = total - known.reduce((s, c) => s + KNOWN_WEIGHTS[c], 0);
    rest.forEach((c, i) => {
      const w = i === rest.length - 1 ? round(left, 2) : round(left / (rest.length - i), 2);
      weights.set(c, w);
      left -= w;
    });
  }
  return weights;
}
