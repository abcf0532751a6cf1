import type { MaturityModel, QuestionDef } from './maturity-model';

/**
 * Scoring of one assessment (DOMAIN, "Maturity model"): each answer is normalised to 0–1; a
 * sub-dimension scores the weighted mean of its answered questions; a dimension the weighted mean
 * of its scored sub-dimensions; the index the weighted mean of the scored dimensions; all × 100.
 * Unanswered optional questions are left out of the mean (not counted as zero), and so is a
 * sub-dimension or dimension with nothing answered. Weights need not sum to 1: each mean divides
 * by the weights it actually used. Results are rounded to two decimals, once, at the end.
 */

/** Why a value does not fit a question's answer type (null: it fits). */
export function answerProblem(q: Pick<QuestionDef, 'type' | 'target'>, value: number): string | null {
  if (!Number.isFinite(value)) return 'debe ser un número';
  switch (q.type) {
    case 'SCALE_0_4':
      return Number.isInteger(value) && value >= 0 && value <= 4 ? null : 'debe ser un entero de 0 a 4';
    case 'YES_NO':
      return value === 0 || value === 1 ? null : 'es de sí o no: responda con yes (true o false)';
    case 'PERCENTAGE':
      return value >= 0 && value <= 100 ? null : 'es un porcentaje: debe estar entre 0 y 100';
    case 'NUMBER':
      return value >= 0 && value <= 1e12 ? null : 'debe ser un número no negativo';
  }
}

/** An answer's value on 0–1: the scale over 4, yes = 1, the percentage over 100, a number over its target (capped at 1). */
export function normalise(q: Pick<QuestionDef, 'type' | 'target'>, value: number): number {
  switch (q.type) {
    case 'SCALE_0_4':
      return value / 4;
    case 'YES_NO':
      return value;
    case 'PERCENTAGE':
      return value / 100;
    case 'NUMBER':
      return Math.min(value / q.target!, 1);
  }
}

export interface PartScore {
  /** Dimension or sub-dimension id. */
  id: string;
  kind: 'DIMENSION' | 'SUBDIMENSION';
  /** The dimension a sub-dimension belongs to (itself for a dimension). */
  dimensionId: string;
  score: number;
  level: number;
  answered: number;
}

export interface AssessmentScoring {
  /** Null when nothing at all was answered. */
  index: number | null;
  level: number | null;
  parts: PartScore[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function weightedMean(items: { value: number; weight: number }[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const { value, weight } of items) {
    sum += value * weight;
    weights += weight;
  }
  return weights > 0 ? sum / weights : null;
}

export function scoreAssessment(model: MaturityModel, answers: ReadonlyMap<string, number>): AssessmentScoring {
  const parts: PartScore[] = [];
  const dimensions: { value: number; weight: number }[] = [];
  for (const d of model.definition.dimensions) {
    const subs: { value: number; weight: number }[] = [];
    let dimensionAnswered = 0;
    for (const s of d.subdimensions) {
      const items: { value: number; weight: number }[] = [];
      for (const q of s.questions) {
        const value = answers.get(q.id);
        if (value !== undefined) items.push({ value: normalise(q, value), weight: q.weight });
      }
      const mean = weightedMean(items);
      if (mean === null) continue;
      subs.push({ value: mean, weight: s.weight });
      dimensionAnswered += items.length;
      const score = round2(mean * 100);
      parts.push({ id: s.id, kind: 'SUBDIMENSION', dimensionId: d.id, score, level: model.levelOf(score).level, answered: items.length });
    }
    const mean = weightedMean(subs);
    if (mean === null) continue;
    dimensions.push({ value: mean, weight: d.weight });
    const score = round2(mean * 100);
    parts.push({ id: d.id, kind: 'DIMENSION', dimensionId: d.id, score, level: model.levelOf(score).level, answered: dimensionAnswered });
  }
  const mean = weightedMean(dimensions);
  if (mean === null) return { index: null, level: null, parts };
  const index = round2(mean * 100);
  return { index, level: model.levelOf(index).level, parts };
}
