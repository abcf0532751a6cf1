/**
 * What differs between two versions of a plan: the title, the objectives (added, removed, renamed)
 * and each product (added, removed, or changed field by field and target by target). Pure; any two
 * versions compare, proposed ones too, in either order.
 */
import type { ProductDraft } from './plan-changes';

export type ProductDiffField = 'NAME' | 'INDICATOR' | 'WEIGHT' | 'ANNUALIZATION' | 'OBJECTIVE' | 'SECTOR' | 'BASELINE';

/** A field of a product that differs, both sides as text (null: no value). */
export interface FieldDiff {
  field: ProductDiffField;
  before: string | null;
  after: string | null;
}

/** A period whose target differs (null: no target in that version). */
export interface TargetDiff {
  period: string;
  before: number | null;
  after: number | null;
}

export interface ProductDiff {
  code: string;
  change: 'ADDED' | 'REMOVED' | 'CHANGED';
  before: ProductDraft | null;
  after: ProductDraft | null;
  /** For CHANGED, each field that differs, in a fixed order; empty for ADDED and REMOVED (see before/after). */
  fields: FieldDiff[];
  /** For CHANGED, each period whose target differs, in period order; empty for ADDED and REMOVED. */
  targets: TargetDiff[];
}

export interface ObjectiveDiff {
  code: string;
  change: 'ADDED' | 'REMOVED' | 'RENAMED';
  before: string | null;
  after: string | null;
}

export interface VersionSide {
  number: number;
  title: string;
  products: readonly ProductDraft[];
}

export interface PlanDiff {
  from: number;
  to: number;
  /** The title on each side, null when it is the same. */
  title: { before: string; after: string } | null;
  objectives: ObjectiveDiff[];
  products: ProductDiff[];
}

const text = (v: string | number | null | undefined): string | null => (v === null || v === undefined ? null : String(v));

const FIELDS: { field: ProductDiffField; of: (p: ProductDraft) => string | null }[] = [
  { field: 'NAME', of: (p) => p.name },
  { field: 'INDICATOR', of: (p) => p.indicator },
  { field: 'WEIGHT', of: (p) => text(p.weight) },
  { field: 'ANNUALIZATION', of: (p) => p.annualization },
  { field: 'OBJECTIVE', of: (p) => p.objectiveCode },
  { field: 'SECTOR', of: (p) => p.sector ?? null },
  { field: 'BASELINE', of: (p) => text(p.baseline) },
];

/** The objectives of a version, in the order of their first product, with their names. */
function objectivesOf(products: readonly ProductDraft[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const p of products) if (!out.has(p.objectiveCode)) out.set(p.objectiveCode, p.objectiveName);
  return out;
}

/** How `to` differs from `from`: products in `to`'s order, then those `to` no longer has. */
export function diffVersions(from: VersionSide, to: VersionSide): PlanDiff {
  const before = new Map(from.products.map((p) => [p.code, p]));
  const after = new Map(to.products.map((p) => [p.code, p]));
  const products: ProductDiff[] = [];
  for (const a of to.products) {
    const b = before.get(a.code);
    if (!b) {
      products.push({ code: a.code, change: 'ADDED', before: null, after: a, fields: [], targets: [] });
      continue;
    }
    const fields = FIELDS.filter((f) => f.of(a) !== f.of(b)).map((f) => ({ field: f.field, before: f.of(b), after: f.of(a) }));
    const periods = [...new Set([...Object.keys(b.targets), ...Object.keys(a.targets)])].sort();
    const targets = periods
      .map((period) => ({ period, before: b.targets[period] ?? null, after: a.targets[period] ?? null }))
      .filter((t) => t.before !== t.after);
    if (fields.length || targets.length) products.push({ code: a.code, change: 'CHANGED', before: b, after: a, fields, targets });
  }
  for (const b of from.products)
    if (!after.has(b.code)) products.push({ code: b.code, change: 'REMOVED', before: b, after: null, fields: [], targets: [] });

  const objectivesBefore = objectivesOf(from.products);
  const objectivesAfter = objectivesOf(to.products);
  const objectives: ObjectiveDiff[] = [];
  for (const [code, name] of objectivesAfter) {
    if (!objectivesBefore.has(code)) objectives.push({ code, change: 'ADDED', before: null, after: name });
    else if (objectivesBefore.get(code) !== name)
      objectives.push({ code, change: 'RENAMED', before: objectivesBefore.get(code)!, after: name });
  }
  for (const [code, name] of objectivesBefore)
    if (!objectivesAfter.has(code)) objectives.push({ code, change: 'REMOVED', before: name, after: null });

  return {
    from: from.number,
    to: to.number,
    title: from.title === to.title ? null : { before: from.title, after: to.title },
    objectives,
    products,
  };
}
