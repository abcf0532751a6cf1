/**
 * A proposal's changes to a plan version (propuesta de ajuste, Bogotá report §9), applied to a copy
 * of the version's products and checked as a whole. Pure: the caller reads the base version, the
 * products with progress reports and the plan's periods, and writes what this returns.
 *
 * Every change entry carries its own justification. The whole plan is checked after the changes
 * (weights summing 100 %, targets inside the horizon and within MAX_PLAN_NUMBER, each product with a
 * target, not empty, at most MAX_PLAN_PRODUCTS products, codes unique), so a proposal is refused
 * whole, with every problem named at its input path.
 */
import { lengthCode, ProblemCode, type Problem } from '../../core/errors/problems';
import { clip } from '../../core/text';
import type { PlanChangeRecord, PlanProduct } from './action-plan.entity';
import type { Annualization } from './measurement';
import { isPlanNumber, MAX_PLAN_PRODUCTS, PLAN_NUMBER_RANGE } from './plan-bounds';
import { weightSumProblem } from './plan-sheet';

/** A target that changes: a null value removes the period's target. */
export interface TargetChange {
  period: string;
  value: number | null;
}

/** What changes of a product (what is left out, or null, stays as it is), and why. */
export interface ProductChange {
  code: string;
  justification: string;
  name?: string | null;
  indicator?: string | null;
  weight?: number | null;
  annualization?: Annualization | string | null;
  targets?: TargetChange[] | null;
  /** The responsible sector or entity; a blank text removes it. */
  sector?: string | null;
  baseline?: number | null;
}

/** A new product: every field but sector and baseline required, under an objective of the plan or a new one. */
export interface ProductAddition extends ProductChange {
  objectiveCode: string;
}

export interface ProductRemoval {
  code: string;
  justification: string;
}

export interface ObjectiveRename {
  code: string;
  name: string;
  justification: string;
}

/** The changes of one proposal, as the entity sends them. */
export interface PlanChanges {
  /** A new title (its justification is the proposal's own). */
  title?: string | null;
  products?: readonly ProductChange[] | null;
  add?: readonly ProductAddition[] | null;
  remove?: readonly ProductRemoval[] | null;
  objectives?: readonly ObjectiveRename[] | null;
}

/** A product of a version without its plan and version number (the caller stamps those). */
export type ProductDraft = Omit<PlanProduct, 'planId' | 'version'>;

/** What the changes apply to. */
export interface ChangeBase {
  title: string;
  /** The base version's products, in the plan's order. */
  products: readonly ProductDraft[];
  /** The plan's period keys (its horizon). */
  periods: readonly string[];
  /** The horizon for messages: "2024–2027". */
  horizon: string;
  /** Products with a progress report item submitted, returned or accepted: they cannot be removed. */
  reported: ReadonlySet<string>;
}

export type ChangeResult =
  { ok: true; title: string; products: ProductDraft[]; changes: PlanChangeRecord[] } | { ok: false; problems: Problem[] };

/** A justification's bounds: each change's, and the proposal's as a whole. */
export const CHANGE_JUSTIFICATION = { min: 10, max: 2000 } as const;
export const PROPOSAL_JUSTIFICATION = { min: 10, max: 5000 } as const;

const ANNUALIZATIONS: readonly string[] = ['SUM', 'INCREASING', 'CONSTANT'];
const SECTOR_MAX = 120;

/** The problem of a justification outside its bounds, or null. */
export function justificationProblem(text: string | null | undefined, path: string, bounds: { min: number; max: number }): Problem | null {
  const t = (text ?? '').trim();
  if (t.length >= bounds.min && t.length <= bounds.max) return null;
  return {
    path,
    code: lengthCode(t, bounds.min),
    message: `la justificación debe tener entre ${bounds.min} y ${bounds.max} caracteres`,
  };
}

/** Whether any change is asked for at all (a title or any entry). */
export function asksForChanges(input: PlanChanges): boolean {
  return (
    (input.title != null && input.title.trim() !== '') ||
    !!input.products?.length ||
    !!input.add?.length ||
    !!input.remove?.length ||
    !!input.objectives?.length
  );
}

const sameTargets = (a: Record<string, number>, b: Record<string, number>) => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => k in b && a[k] === b[k]);
};

/** Whether two products are the same in everything a proposal can change. */
export function sameProduct(a: ProductDraft, b: ProductDraft): boolean {
  return (
    a.name === b.name &&
    a.indicator === b.indicator &&
    a.weight === b.weight &&
    a.annualization === b.annualization &&
    a.objectiveCode === b.objectiveCode &&
    (a.sector ?? null) === (b.sector ?? null) &&
    (a.baseline ?? null) === (b.baseline ?? null) &&
    sameTargets(a.targets, b.targets)
  );
}

/**
 * Applies `input` to a copy of `base` and checks the result. Problems are rooted at `input.…`
 * (the mutation's argument). The records list the title first (justified by the proposal's own
 * `justification`, since a title is one value, not an entry), then each entry in the order sent:
 * products changed, added, removed, objectives renamed.
 */
export function applyPlanChanges(base: ChangeBase, input: PlanChanges, justification: string): ChangeResult {
  const problems: Problem[] = [];
  const records: PlanChangeRecord[] = [];
  const periods = new Set(base.periods);
  const original = new Map(base.products.map((p) => [p.code, p]));
  // A full copy: the base's products are never touched.
  const working = new Map(base.products.map((p) => [p.code, { ...p, targets: { ...p.targets } }]));

  const justified = (entry: { justification?: string | null }, at: string): string | null => {
    const problem = justificationProblem(entry.justification, `${at}.justification`, CHANGE_JUSTIFICATION);
    if (problem) problems.push(problem);
    return problem ? null : entry.justification!.trim();
  };

  if (!asksForChanges(input))
    problems.push({
      path: 'input',
      code: ProblemCode.REQUIRED,
      message: 'la propuesta no cambia nada del plan: indique al menos un cambio',
    });

  let title = base.title;
  if (input.title != null && input.title.trim() !== '') {
    const t = input.title.trim();
    if (t.length < 5 || t.length > 300)
      problems.push({ path: 'input.title', code: lengthCode(t, 5), message: 'debe tener entre 5 y 300 caracteres' });
    else if (t === base.title) problems.push({ path: 'input.title', code: ProblemCode.INCONSISTENT, message: 'es el título vigente' });
    else title = t;
  }

  /** Applies the fields of a change or a new product to `product`, noting what is wrong. */
  const apply = (product: ProductDraft, change: ProductChange, at: string) => {
    const name = change.name?.trim();
    if (name != null) {
      if (name.length < 3 || name.length > 500)
        problems.push({ path: `${at}.name`, code: lengthCode(name, 3), message: 'debe tener entre 3 y 500 caracteres' });
      else product.name = name;
    }
    const indicator = change.indicator?.trim();
    if (indicator != null) {
      if (indicator.length < 3 || indicator.length > 500)
        problems.push({ path: `${at}.indicator`, code: lengthCode(indicator, 3), message: 'debe tener entre 3 y 500 caracteres' });
      else product.indicator = indicator;
    }
    if (change.weight != null) {
      if (!Number.isFinite(change.weight) || change.weight <= 0 || change.weight > 100)
        problems.push({ path: `${at}.weight`, code: ProblemCode.OUT_OF_RANGE, message: 'debe ser un peso mayor que 0 y hasta 100' });
      else product.weight = change.weight;
    }
    if (change.annualization != null) {
      if (!ANNUALIZATIONS.includes(change.annualization))
        problems.push({ path: `${at}.annualization`, code: ProblemCode.NOT_ALLOWED, message: 'debe ser SUM, INCREASING o CONSTANT' });
      else product.annualization = change.annualization;
    }
    if (change.sector != null) {
      const sector = change.sector.trim();
      if (sector.length > SECTOR_MAX)
        problems.push({ path: `${at}.sector`, code: ProblemCode.TOO_LONG, message: `admite a lo sumo ${SECTOR_MAX} caracteres` });
      else product.sector = sector || null;
    }
    if (change.baseline != null) {
      if (!isPlanNumber(change.baseline))
        problems.push({ path: `${at}.baseline`, code: ProblemCode.OUT_OF_RANGE, message: `debe ser un número ${PLAN_NUMBER_RANGE}` });
      else product.baseline = change.baseline;
    }
    const seen = new Set<string>();
    for (const [j, t] of (change.targets ?? []).entries()) {
      if (!periods.has(t.period)) {
        problems.push({
          path: `${at}.targets[${j}].period`,
          code: ProblemCode.UNKNOWN,
          message: `${clip(t.period)} no es un periodo del plan (${base.horizon})`,
        });
        continue;
      }
      if (seen.has(t.period)) {
        problems.push({ path: `${at}.targets[${j}].period`, code: ProblemCode.DUPLICATE, message: `el periodo ${t.period} se repite` });
        continue;
      }
      seen.add(t.period);
      if (t.value === null) {
        const { [t.period]: _dropped, ...rest } = product.targets;
        product.targets = rest;
      } else if (!isPlanNumber(t.value))
        problems.push({
          path: `${at}.targets[${j}].value`,
          code: ProblemCode.OUT_OF_RANGE,
          message: `debe ser un número ${PLAN_NUMBER_RANGE}`,
        });
      else product.targets = { ...product.targets, [t.period]: t.value };
    }
    if (!Object.keys(product.targets).length)
      problems.push({ path: `${at}.targets`, code: ProblemCode.REQUIRED, message: `el producto ${clip(product.code)} quedaría sin metas` });
  };

  if (title !== base.title) records.push({ kind: 'TITLE_CHANGED', code: null, justification });

  const removed = new Set<string>();
  const removals: PlanChangeRecord[] = [];
  (input.remove ?? []).forEach((r, i) => {
    const at = `input.remove[${i}]`;
    const code = r.code.trim();
    const why = justified(r, at);
    if (!original.has(code))
      problems.push({ path: `${at}.code`, code: ProblemCode.UNKNOWN, message: `el plan no tiene el producto ${clip(code)}` });
    else if (removed.has(code))
      problems.push({
        path: `${at}.code`,
        code: ProblemCode.DUPLICATE,
        message: `el producto ${clip(code)} ya se quita en esta propuesta`,
      });
    else if (base.reported.has(code))
      problems.push({
        path: `${at}.code`,
        code: ProblemCode.NOT_ALLOWED,
        message: `el producto ${clip(code)} ya tiene avances reportados; no se puede quitar`,
      });
    else {
      removed.add(code);
      if (why) removals.push({ kind: 'PRODUCT_REMOVED', code, justification: why });
    }
  });

  const changed = new Set<string>();
  (input.products ?? []).forEach((change, i) => {
    const at = `input.products[${i}]`;
    const code = change.code.trim();
    const why = justified(change, at);
    const product = working.get(code);
    if (!product)
      return problems.push({ path: `${at}.code`, code: ProblemCode.UNKNOWN, message: `el plan no tiene el producto ${clip(code)}` });
    if (changed.has(code))
      return problems.push({ path: `${at}.code`, code: ProblemCode.DUPLICATE, message: `el producto ${clip(code)} se repite` });
    if (removed.has(code))
      return problems.push({
        path: `${at}.code`,
        code: ProblemCode.INCONSISTENT,
        message: `el producto ${clip(code)} se quita en esta misma propuesta`,
      });
    changed.add(code);
    const before = problems.length;
    apply(product, change, at);
    if (problems.length === before && sameProduct(product, original.get(code)!))
      problems.push({ path: at, code: ProblemCode.INCONSISTENT, message: `no cambia nada del producto ${clip(code)}` });
    if (why) records.push({ kind: 'PRODUCT_CHANGED', code, justification: why });
  });

  const objectiveNames = new Map(base.products.map((p) => [p.objectiveCode, p.objectiveName]));
  const added: ProductDraft[] = [];
  let position = base.products.reduce((m, p) => Math.max(m, p.position), 0);
  (input.add ?? []).forEach((change, i) => {
    const at = `input.add[${i}]`;
    const code = change.code.trim();
    const objectiveCode = change.objectiveCode.trim();
    const why = justified(change, at);
    if (!code || code.length > 30)
      return problems.push({ path: `${at}.code`, code: lengthCode(code, 1), message: 'debe tener entre 1 y 30 caracteres' });
    // A code being removed may come back (under another objective, say): the plan keeps one product per code.
    if ((working.has(code) && !removed.has(code)) || added.some((p) => p.code === code))
      return problems.push({ path: `${at}.code`, code: ProblemCode.DUPLICATE, message: `el plan ya tiene el producto ${clip(code)}` });
    if (!objectiveCode || objectiveCode.length > 30)
      problems.push({ path: `${at}.objectiveCode`, code: lengthCode(objectiveCode, 1), message: 'debe tener entre 1 y 30 caracteres' });
    if (change.name == null)
      problems.push({ path: `${at}.name`, code: ProblemCode.REQUIRED, message: 'un producto nuevo necesita nombre' });
    if (change.indicator == null)
      problems.push({ path: `${at}.indicator`, code: ProblemCode.REQUIRED, message: 'un producto nuevo necesita indicador' });
    if (change.weight == null)
      problems.push({ path: `${at}.weight`, code: ProblemCode.REQUIRED, message: 'un producto nuevo necesita peso' });
    if (change.annualization == null)
      problems.push({
        path: `${at}.annualization`,
        code: ProblemCode.REQUIRED,
        message: 'un producto nuevo necesita tipo de anualización',
      });
    const product: ProductDraft = {
      code,
      position: ++position,
      objectiveCode,
      objectiveName: objectiveNames.get(objectiveCode) ?? null,
      name: '',
      indicator: '',
      weight: 0,
      annualization: 'SUM',
      targets: {},
      sector: null,
      baseline: null,
    };
    apply(product, change, at);
    added.push(product);
    if (why) records.push({ kind: 'PRODUCT_ADDED', code, justification: why });
  });
  records.push(...removals);

  const kept = [...[...working.values()].filter((p) => !removed.has(p.code)), ...added];
  const renamed = new Map<string, string>();
  (input.objectives ?? []).forEach((o, i) => {
    const at = `input.objectives[${i}]`;
    const code = o.code.trim();
    const name = o.name.trim();
    const why = justified(o, at);
    if (!kept.some((p) => p.objectiveCode === code))
      problems.push({ path: `${at}.code`, code: ProblemCode.UNKNOWN, message: `el plan no tiene el objetivo ${clip(code)}` });
    else if (renamed.has(code))
      problems.push({ path: `${at}.code`, code: ProblemCode.DUPLICATE, message: `el objetivo ${clip(code)} se repite` });
    else if (name.length < 3 || name.length > 500)
      problems.push({ path: `${at}.name`, code: lengthCode(name, 3), message: 'debe tener entre 3 y 500 caracteres' });
    else if (objectiveNames.has(code) && objectiveNames.get(code) === name)
      problems.push({ path: `${at}.name`, code: ProblemCode.INCONSISTENT, message: 'es el nombre vigente del objetivo' });
    else {
      renamed.set(code, name);
      if (why) records.push({ kind: 'OBJECTIVE_RENAMED', code, justification: why });
    }
  });
  for (const p of kept) if (renamed.has(p.objectiveCode)) p.objectiveName = renamed.get(p.objectiveCode)!;

  if (!kept.length) problems.push({ path: 'input.remove', code: ProblemCode.NOT_ALLOWED, message: 'el plan quedaría sin productos' });
  // Each approved round could add products; the plan as a whole keeps the import's bound, so every
  // version stays within what a report (one item per product) and a measurement take.
  if (kept.length > MAX_PLAN_PRODUCTS)
    problems.push({
      path: 'input.add',
      code: ProblemCode.OVER_LIMIT,
      message: `el plan quedaría con ${kept.length} productos; admite a lo sumo ${MAX_PLAN_PRODUCTS}`,
    });
  const weights = weightSumProblem(
    kept.reduce((t, p) => t + p.weight, 0),
    kept.length,
  );
  if (kept.length && weights) problems.push({ path: 'input.products', code: ProblemCode.INCONSISTENT, message: weights });
  if (problems.length) return { ok: false, problems };
  return { ok: true, title, products: kept, changes: records };
}
