import { lengthCode, ProblemCode } from '../../core/errors/problems';
import { clip, normalizeForSearch, quoted, type Problem } from '../../core/text';
import type { Annualization, Period } from './measurement';
import { isPlanNumber, PLAN_NUMBER_RANGE } from './plan-bounds';

/**
 * An action plan as a spreadsheet (CSV or XLSX, read into rows of cells by the caller): one row per
 * product, in Spanish, and one column per period target. Pure: it checks and converts the cells,
 * naming the row and column of every problem, and never stops at the first one.
 *
 * Columns (headers matched without case or accents, in any order): `objetivo` (its code),
 * `nombre_objetivo` (optional), `producto` (its code), `nombre_producto`, `indicador`, `peso`
 * (relative weight in percentage points: "4", "4%" or "4,17"), `anualizacion` (Suma, Creciente,
 * Constante) and `meta_<periodo>` for each period with a target (`meta_2024`, `meta_2024-S1`).
 * Optional: `sector` (or `sector_responsable`: the sector or entity that answers for the product,
 * Bogotá report §6) and `linea_base` (or `baseline`: the indicator's value before the plan, a
 * number read like a target). A column may appear once, under either of its names.
 *
 * Numbers are read the Colombian way: "0,33" and "1.500,5"; a point alone is a thousands
 * separator when it groups three digits ("4.500" is 4500), a decimal point otherwise ("0.8").
 * A target written with % is a fraction ("20%" is 0.2), as in Bogotá's plan; a weight is in points
 * with or without it. A target or baseline, as stored, goes from 0 to a billón (MAX_PLAN_NUMBER).
 */

export interface SheetProduct {
  row: number;
  code: string;
  name: string;
  indicator: string;
  weight: number;
  annualization: Annualization;
  targets: Record<string, number>;
  /** The responsible sector or entity (column `sector`), if the sheet gives it. */
  sector?: string | null;
  /** The indicator's baseline (column `linea_base`), if the sheet gives it. */
  baseline?: number | null;
}

export interface SheetObjective {
  code: string;
  name: string | null;
  products: SheetProduct[];
}

/** A problem with its place: `row` as the spreadsheet numbers it (the header is row 1). */
export interface SheetProblem extends Problem {
  row: number | null;
  column: string | null;
}

export type Cell = string | number | null | undefined;

const REQUIRED = ['objetivo', 'producto', 'nombre_producto', 'indicador', 'peso', 'anualizacion'] as const;
const OPTIONAL = ['nombre_objetivo', 'sector', 'linea_base'] as const;

/** Other names a column is known by (a header is read as its column's name). */
const ALIASES: Record<string, string> = { sector_responsable: 'sector', baseline: 'linea_base' };

const ANNUALIZATION: Record<string, Annualization> = {
  suma: 'SUM',
  sum: 'SUM',
  creciente: 'INCREASING',
  increasing: 'INCREASING',
  constante: 'CONSTANT',
  constant: 'CONSTANT',
};

/**
 * The longest text each column takes, as its database column holds it (`plan_product`: codes 30,
 * objective name 500; product name and indicator 500 by the plan's rule); numbers and the
 * annualization are short. Checked before anything else of a row, so no longer value is stored.
 */
export const COLUMN_MAX: Record<string, number> = {
  objetivo: 30,
  nombre_objetivo: 500,
  producto: 30,
  nombre_producto: 500,
  indicador: 500,
  peso: 30,
  anualizacion: 30,
  /** `plan_version_product.sector` holds 120. */
  sector: 120,
  linea_base: 30,
};
/** A target cell (`meta_<periodo>`): a number, with a % at most. */
const TARGET_MAX = 30;
/** A header longer than any column's name is no column. */
const HEADER_MAX = 40;
/** Problems listed at most (the rest are counted in one last problem), so a bad file's answer stays small. */
export const MAX_PROBLEMS = 50;

/** Weights may be written with two decimals each; their sum may differ from 100 by that rounding. */
const WEIGHT_TOLERANCE = 0.005;

/** What is wrong with a plan's weights summing to `total` over `count` products, or null when they add up to 100. */
export function weightSumProblem(total: number, count: number): string | null {
  if (Math.abs(total - 100) <= WEIGHT_TOLERANCE * count) return null;
  return `los pesos de los productos suman ${total.toLocaleString('es-CO', { maximumFractionDigits: 2 })} %; deben sumar 100 %`;
}

const header = (cell: Cell) => {
  const name = normalizeForSearch(String(cell ?? ''))
    .replace(/\s+/g, '_')
    .replace(/^meta_(.*)$/, (_m, period: string) => `meta_${period.toUpperCase()}`);
  return ALIASES[name] ?? name;
};

/** A cell as a number, the Colombian way; `percent` tells whether a % was written. Null for an empty cell. */
export function numberOf(cell: Cell): { value: number; percent: boolean } | null | 'INVALID' {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell, percent: false } : 'INVALID';
  let text = cell.trim().replace(/\s/g, '');
  if (text === '') return null;
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1);
  if (text.includes(',')) text = text.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) text = text.replace(/\./g, '');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return 'INVALID';
  return { value: Number(text), percent };
}

/**
 * A target or baseline cell as the plan stores it (a % written makes it a fraction), or why not: a
 * number outside 0 to MAX_PLAN_NUMBER (plan-bounds.ts) is OUT_OF_RANGE. Null for an empty cell.
 */
function sheetNumber(cell: Cell): number | null | 'INVALID' | 'OUT_OF_RANGE' {
  const read = numberOf(cell);
  if (read === null || read === 'INVALID') return read;
  const value = read.percent ? read.value / 100 : read.value;
  return isPlanNumber(value) ? value : 'OUT_OF_RANGE';
}

export function parsePlanSheet(
  rows: readonly (readonly Cell[])[],
  periods: readonly Period[],
): { objectives: SheetObjective[]; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  /** Every problem found, listed or not. */
  let found = 0;
  // Every message goes through clip: a cell or header repeated in a message is cut at a bound.
  const problem = (row: number | null, at: string | null, message: string, code: ProblemCode) => {
    found++;
    if (problems.length >= MAX_PROBLEMS) return;
    const column = at === null ? null : clip(at, HEADER_MAX);
    const path = row === null ? (column ?? 'hoja') : `fila ${row}${column ? `, columna ${column}` : ''}`;
    problems.push({ row, column, path, code, message: clip(message, 300) });
  };
  const refused = () => {
    if (found > problems.length)
      problems.push({
        row: null,
        column: null,
        path: 'hoja',
        code: ProblemCode.TOO_MANY_PROBLEMS,
        message: `y ${found - problems.length} problemas más; corrija los anteriores y vuelva a importar`,
      });
    return { objectives: [], problems };
  };
  if (rows.length === 0) {
    problem(null, null, 'la hoja está vacía: falta la fila de encabezados', ProblemCode.REQUIRED);
    return refused();
  }
  const long = rows[0].findIndex((c) => String(c ?? '').length > HEADER_MAX);
  if (long >= 0) {
    problem(
      1,
      null,
      `el encabezado de la columna ${long + 1} tiene ${String(rows[0][long]).length} caracteres; ninguna columna del plan se llama así`,
      ProblemCode.TOO_LONG,
    );
    return refused();
  }
  const headers = rows[0].map(header);
  const columnOf = new Map(headers.map((h, i) => [h, i]));
  // Two columns of one name (or of a name and its alias) would leave one of them silently unread.
  const seen = new Set<string>();
  for (const h of headers) {
    if (h !== '' && seen.has(h)) problem(1, h, `la columna ${h} aparece más de una vez`, ProblemCode.DUPLICATE);
    seen.add(h);
  }
  for (const name of REQUIRED) if (!columnOf.has(name)) problem(1, name, `falta la columna ${name}`, ProblemCode.REQUIRED);
  const known = new Set(periods.map((p) => p.key));
  const targetColumns: { period: string; index: number; column: string }[] = [];
  headers.forEach((h, index) => {
    if (h === '') return;
    if (h.startsWith('meta_')) {
      const period = h.slice('meta_'.length);
      if (known.has(period)) targetColumns.push({ period, index, column: h });
      else
        problem(
          1,
          h,
          `el periodo ${clip(period, 20)} está fuera del horizonte del plan (${periods[0]?.key ?? '—'} a ${periods[periods.length - 1]?.key ?? '—'})`,
          ProblemCode.OUT_OF_RANGE,
        );
    } else if (!(REQUIRED as readonly string[]).includes(h) && !(OPTIONAL as readonly string[]).includes(h)) {
      problem(1, h, `columna desconocida: use ${[...REQUIRED, ...OPTIONAL].join(', ')} y meta_<periodo>`, ProblemCode.UNKNOWN);
    }
  });
  if (found) return refused();

  const cell = (r: readonly Cell[], name: string): Cell => r[columnOf.get(name)!];
  const text = (r: readonly Cell[], name: string) => String(cell(r, name) ?? '').trim();
  const objectives = new Map<string, SheetObjective>();
  const codes = new Set<string>();
  let total = 0;
  rows.slice(1).forEach((r, i) => {
    const row = i + 2;
    if (r.every((c) => String(c ?? '').trim() === '')) return;
    if (r.length > headers.length && r.slice(headers.length).some((c) => String(c ?? '').trim() !== '')) {
      problem(row, null, `la fila tiene ${r.length} celdas y el encabezado ${headers.length}`, ProblemCode.INCONSISTENT);
      return;
    }
    const before = found;
    headers.forEach((h, index) => {
      const length = String(r[index] ?? '').trim().length;
      const max = h.startsWith('meta_') ? TARGET_MAX : COLUMN_MAX[h];
      if (max !== undefined && length > max) problem(row, h, `admite a lo sumo ${max} caracteres (tiene ${length})`, ProblemCode.TOO_LONG);
    });
    if (found > before) return;
    const objective = text(r, 'objetivo');
    const code = text(r, 'producto');
    if (!objective) problem(row, 'objetivo', 'falta el código del objetivo', ProblemCode.REQUIRED);
    if (!code) problem(row, 'producto', 'falta el código del producto', ProblemCode.REQUIRED);
    else if (codes.has(code)) problem(row, 'producto', `el producto ${quoted(code)} ya aparece en otra fila`, ProblemCode.DUPLICATE);
    for (const name of ['nombre_producto', 'indicador'] as const) {
      const value = text(r, name);
      if (value.length < 3) problem(row, name, 'debe tener entre 3 y 500 caracteres', lengthCode(value, 3));
    }
    const weight = numberOf(cell(r, 'peso'));
    if (weight === null) problem(row, 'peso', 'falta el peso del producto', ProblemCode.REQUIRED);
    else if (weight === 'INVALID' || weight.value <= 0 || weight.value > 100)
      problem(
        row,
        'peso',
        `${quoted(cell(r, 'peso'))} no es un peso entre 0 y 100`,
        weight === 'INVALID' ? ProblemCode.INVALID_FORMAT : ProblemCode.OUT_OF_RANGE,
      );
    const annualization = ANNUALIZATION[normalizeForSearch(text(r, 'anualizacion'))];
    if (!annualization)
      problem(
        row,
        'anualizacion',
        `${quoted(text(r, 'anualizacion'))} no es Suma, Creciente ni Constante`,
        text(r, 'anualizacion') ? ProblemCode.NOT_ALLOWED : ProblemCode.REQUIRED,
      );
    const targets: Record<string, number> = {};
    for (const t of targetColumns) {
      const value = sheetNumber(r[t.index]);
      if (value === 'INVALID' || value === 'OUT_OF_RANGE')
        problem(
          row,
          t.column,
          `${quoted(r[t.index])} no es una meta válida (un número ${PLAN_NUMBER_RANGE})`,
          value === 'INVALID' ? ProblemCode.INVALID_FORMAT : ProblemCode.OUT_OF_RANGE,
        );
      else if (value !== null) targets[t.period] = value;
    }
    let baseline: number | null = null;
    if (columnOf.has('linea_base')) {
      const value = sheetNumber(cell(r, 'linea_base'));
      if (value === 'INVALID' || value === 'OUT_OF_RANGE')
        problem(
          row,
          'linea_base',
          `${quoted(cell(r, 'linea_base'))} no es una línea base válida (un número ${PLAN_NUMBER_RANGE})`,
          value === 'INVALID' ? ProblemCode.INVALID_FORMAT : ProblemCode.OUT_OF_RANGE,
        );
      else if (value !== null) baseline = value;
    }
    if (annualization && found === before && Object.keys(targets).length === 0)
      problem(row, null, 'el producto no tiene ninguna meta en el horizonte', ProblemCode.REQUIRED);
    if (code) codes.add(code);
    if (found > before) return;
    const w = (weight as { value: number }).value;
    total += w;
    const name = text(r, 'nombre_objetivo') || null;
    const entry = objectives.get(objective) ?? { code: objective, name, products: [] };
    entry.name ??= name;
    entry.products.push({
      row,
      code,
      name: text(r, 'nombre_producto'),
      indicator: text(r, 'indicador'),
      weight: w,
      annualization,
      targets,
      sector: columnOf.has('sector') ? text(r, 'sector') || null : null,
      baseline,
    });
    objectives.set(objective, entry);
  });
  if (codes.size === 0 && found === 0) problem(null, null, 'la hoja no tiene productos', ProblemCode.REQUIRED);
  const weights = weightSumProblem(total, codes.size);
  if (found === 0 && weights) {
    problem(null, 'peso', weights, ProblemCode.INCONSISTENT);
  }
  return found ? refused() : { objectives: [...objectives.values()], problems };
}
