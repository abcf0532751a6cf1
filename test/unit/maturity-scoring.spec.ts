import { modelFromObject, shippedModel, type QuestionType } from '../../src/modules/maturity/maturity-model';
import { answerProblem, normalise, scoreAssessment } from '../../src/modules/maturity/scoring';

/*
 * Scoring as DOMAIN ("Maturity model") states it: answers normalised to 0–1, weighted means per
 * sub-dimension, dimension and index, × 100. Every expected value below was computed by hand
 * from the model written here (the arithmetic is in the comments), never by calling the module.
 *
 * The model is small on purpose, and its weights do not sum to 1 anywhere that matters:
 *
 *   DIM_A  weight 2
 *     A.ONE    weight 0.5   A1 SCALE_0_4 ×1, A2 YES_NO ×3
 *     A.TWO    weight 0.25  A3 PERCENTAGE ×2, A4 NUMBER (target 50, optional) ×1
 *     A.THREE  weight 1     A5 SCALE_0_4 (optional) ×1
 *   DIM_B  weight 3
 *     B.ONE    weight 1     B1 SCALE_0_4 ×1, B2 PERCENTAGE ×1
 *     B.TWO    weight 2     B3 NUMBER (target 3) ×2, B4 YES_NO ×1
 */

const scale = [0, 1, 2, 3, 4].map((value) => ({ value, label: `Valor ${value}` }));
const levels = [
  { level: 1, name: 'Inicial', min: 0, max: 20 },
  { level: 2, name: 'Básico', min: 20, max: 40 },
  { level: 3, name: 'Intermedio', min: 40, max: 60 },
  { level: 4, name: 'Avanzado', min: 60, max: 80 },
  { level: 5, name: 'Optimizado', min: 80, max: 100 },
];

const question = (id: string, type: QuestionType, weight: number, extra: Record<string, unknown> = {}) => ({
  id,
  text: `Pregunta ${id}`,
  type,
  lens: 'CAPABILITIES',
  weight,
  required: true,
  evidenceRequired: false,
  ...extra,
});

const model = modelFromObject(
  {
    version: 'test-1',
    title: 'Modelo de prueba',
    scale,
    levels,
    dimensions: [
      {
        id: 'DIM_A',
        name: 'Dimensión A',
        weight: 2,
        subdimensions: [
          { id: 'A.ONE', name: 'A uno', weight: 0.5, questions: [question('A1', 'SCALE_0_4', 1), question('A2', 'YES_NO', 3)] },
          {
            id: 'A.TWO',
            name: 'A dos',
            weight: 0.25,
            questions: [question('A3', 'PERCENTAGE', 2), question('A4', 'NUMBER', 1, { target: 50, unit: 'kilómetros', required: false })],
          },
          { id: 'A.THREE', name: 'A tres', weight: 1, questions: [question('A5', 'SCALE_0_4', 1, { required: false })] },
        ],
      },
      {
        id: 'DIM_B',
        name: 'Dimensión B',
        weight: 3,
        subdimensions: [
          { id: 'B.ONE', name: 'B uno', weight: 1, questions: [question('B1', 'SCALE_0_4', 1), question('B2', 'PERCENTAGE', 1)] },
          {
            id: 'B.TWO',
            name: 'B dos',
            weight: 2,
            questions: [question('B3', 'NUMBER', 2, { target: 3, unit: 'sedes' }), question('B4', 'YES_NO', 1)],
          },
        ],
      },
    ],
  },
  'test',
);

const answers = (values: Record<string, number>): Map<string, number> => new Map(Object.entries(values));

/** The score of one part (sub-dimension or dimension), or undefined when it was left out. */
const partOf = (scoring: ReturnType<typeof scoreAssessment>, id: string) => scoring.parts.find((p) => p.id === id);

describe('normalise', () => {
  it('puts a 0–4 scale answer over 4', () => {
    expect(normalise({ type: 'SCALE_0_4' }, 0)).toBe(0);
    expect(normalise({ type: 'SCALE_0_4' }, 1)).toBe(0.25);
    expect(normalise({ type: 'SCALE_0_4' }, 3)).toBe(0.75);
    expect(normalise({ type: 'SCALE_0_4' }, 4)).toBe(1);
  });

  it('counts yes as 1 and no as 0', () => {
    expect(normalise({ type: 'YES_NO' }, 1)).toBe(1);
    expect(normalise({ type: 'YES_NO' }, 0)).toBe(0);
  });

  it('puts a percentage over 100', () => {
    expect(normalise({ type: 'PERCENTAGE' }, 0)).toBe(0);
    expect(normalise({ type: 'PERCENTAGE' }, 37.5)).toBe(0.375);
    expect(normalise({ type: 'PERCENTAGE' }, 100)).toBe(1);
  });

  it('puts a number over its target and caps it at 1', () => {
    expect(normalise({ type: 'NUMBER', target: 50 }, 0)).toBe(0);
    expect(normalise({ type: 'NUMBER', target: 50 }, 25)).toBe(0.5);
    expect(normalise({ type: 'NUMBER', target: 50 }, 50)).toBe(1);
    // Above the target is no better than the target itself: 80 / 50 = 1.6 → 1.
    expect(normalise({ type: 'NUMBER', target: 50 }, 80)).toBe(1);
    expect(normalise({ type: 'NUMBER', target: 3 }, 1_000_000)).toBe(1);
  });
});

describe('answerProblem', () => {
  it.each([
    [0, true],
    [4, true],
    [2, true],
    [4.5, false],
    [0.5, false],
    [5, false],
    [-1, false],
    [NaN, false],
    [Infinity, false],
  ])('SCALE_0_4 with %s → fits: %s', (value, fits) => {
    expect(answerProblem({ type: 'SCALE_0_4' }, value) === null).toBe(fits);
  });

  it.each([
    [1, true],
    [0, true],
    [0.5, false],
    [2, false],
    [-1, false],
    [4, false],
    [NaN, false],
  ])('YES_NO with %s → fits: %s', (value, fits) => {
    expect(answerProblem({ type: 'YES_NO' }, value) === null).toBe(fits);
  });

  it.each([
    [0, true],
    [4.5, true],
    [100, true],
    [100.0001, false],
    [-1, false],
    [-0.0001, false],
    [NaN, false],
    [Infinity, false],
  ])('PERCENTAGE with %s → fits: %s', (value, fits) => {
    expect(answerProblem({ type: 'PERCENTAGE' }, value) === null).toBe(fits);
  });

  it.each([
    [0, true],
    [4.5, true],
    // Above the target is a legitimate answer (it only scores as the target).
    [51, true],
    [1e12, true],
    [1e12 + 1, false],
    [-1, false],
    [NaN, false],
    [Infinity, false],
    [-Infinity, false],
  ])('NUMBER (target 50) with %s → fits: %s', (value, fits) => {
    expect(answerProblem({ type: 'NUMBER', target: 50 }, value) === null).toBe(fits);
  });

  it('says why a value does not fit', () => {
    expect(answerProblem({ type: 'SCALE_0_4' }, 4.5)).toBe('debe ser un entero de 0 a 4');
    expect(answerProblem({ type: 'PERCENTAGE' }, 100.0001)).toBe('es un porcentaje: debe estar entre 0 y 100');
    expect(answerProblem({ type: 'NUMBER', target: 50 }, -1)).toBe('debe ser un número no negativo');
    expect(answerProblem({ type: 'YES_NO' }, NaN)).toBe('debe ser un número');
  });
});

describe('scoreAssessment on a hand-built model', () => {
  it('computes every part and the index with weights that do not sum to 1', () => {
    const scoring = scoreAssessment(model, answers({ A1: 2, A2: 1, A3: 25, A4: 80, B1: 2, B2: 50, B3: 0.75, B4: 1 }));
    // A.ONE: A1 = 2/4 = 0.5 (×1), A2 = yes = 1 (×3) → (0.5·1 + 1·3) / (1 + 3) = 3.5 / 4 = 0.875 → 87.5
    expect(partOf(scoring, 'A.ONE')).toEqual({
      id: 'A.ONE',
      kind: 'SUBDIMENSION',
      dimensionId: 'DIM_A',
      score: 87.5,
      level: 5,
      answered: 2,
    });
    // A.TWO: A3 = 25/100 = 0.25 (×2), A4 = 80/50 capped at 1 (×1) → (0.5 + 1) / 3 = 0.5 → 50
    // (uncapped, 1.6 would give (0.5 + 1.6) / 3 = 0.7 → 70).
    expect(partOf(scoring, 'A.TWO')).toEqual({ id: 'A.TWO', kind: 'SUBDIMENSION', dimensionId: 'DIM_A', score: 50, level: 3, answered: 2 });
    // DIM_A: sub-dimension weights 0.5 and 0.25 (sum 0.75, not 1) → (0.875·0.5 + 0.5·0.25) / 0.75
    //   = (0.4375 + 0.125) / 0.75 = 0.5625 / 0.75 = 0.75 → 75 (dividing by 1 would give 56.25).
    expect(partOf(scoring, 'DIM_A')).toEqual({ id: 'DIM_A', kind: 'DIMENSION', dimensionId: 'DIM_A', score: 75, level: 4, answered: 4 });
    // B.ONE: B1 = 2/4 = 0.5, B2 = 50/100 = 0.5 → 0.5 → 50
    expect(partOf(scoring, 'B.ONE')).toMatchObject({ score: 50, level: 3, answered: 2 });
    // B.TWO: B3 = 0.75/3 = 0.25 (×2), B4 = 1 (×1) → (0.5 + 1) / 3 = 0.5 → 50
    expect(partOf(scoring, 'B.TWO')).toMatchObject({ score: 50, level: 3, answered: 2 });
    // DIM_B: (0.5·1 + 0.5·2) / 3 = 0.5 → 50
    expect(partOf(scoring, 'DIM_B')).toMatchObject({ kind: 'DIMENSION', score: 50, level: 3, answered: 4 });
    // Index: dimension weights 2 and 3 → (0.75·2 + 0.5·3) / 5 = (1.5 + 1.5) / 5 = 0.6 → 60, level 4
    // (60 is the lower edge of band 4).
    expect(scoring.index).toBe(60);
    expect(scoring.level).toBe(4);
  });

  it('lists the parts sub-dimensions first, then their dimension, in model order', () => {
    const scoring = scoreAssessment(model, answers({ A1: 2, A2: 1, A3: 25, A4: 80, B1: 2, B2: 50, B3: 0.75, B4: 1 }));
    expect(scoring.parts.map((p) => p.id)).toEqual(['A.ONE', 'A.TWO', 'DIM_A', 'B.ONE', 'B.TWO', 'DIM_B']);
  });

  it('leaves an unanswered optional question out of the mean instead of counting it as zero', () => {
    const scoring = scoreAssessment(model, answers({ A1: 4, A2: 1, A3: 25 }));
    // A.TWO with A4 left out: only A3 = 0.25 → 25.
    // Counted as zero it would be (0.25·2 + 0·1) / 3 = 0.1667 → 16.67.
    expect(partOf(scoring, 'A.TWO')).toMatchObject({ score: 25, answered: 1 });
    // DIM_A: A.ONE = (1·1 + 1·3) / 4 = 1 → (1·0.5 + 0.25·0.25) / 0.75 = 0.5625 / 0.75 = 0.75 → 75.
    // With A4 as zero: (0.5 + 0.1667·0.25) / 0.75 = 0.5417 / 0.75 = 0.7222 → 72.22.
    expect(partOf(scoring, 'DIM_A')).toMatchObject({ score: 75, answered: 3 });
    // Only DIM_A is answered, so the index is DIM_A's score.
    expect(scoring.index).toBe(75);
  });

  it('leaves a sub-dimension with nothing answered out of its dimension’s mean', () => {
    // A.THREE (weight 1, only the optional A5) is unanswered.
    const scoring = scoreAssessment(model, answers({ A1: 2, A2: 1, A3: 25, A4: 80 }));
    expect(partOf(scoring, 'A.THREE')).toBeUndefined();
    // (0.875·0.5 + 0.5·0.25) / 0.75 = 0.75 → 75. With A.THREE as zero it would be
    // (0.4375 + 0.125 + 0·1) / (0.5 + 0.25 + 1) = 0.5625 / 1.75 = 0.3214 → 32.14.
    expect(partOf(scoring, 'DIM_A')).toMatchObject({ score: 75, answered: 4 });
  });

  it('leaves a dimension with nothing answered out of the index', () => {
    const scoring = scoreAssessment(model, answers({ B1: 2, B2: 50, B3: 0.75, B4: 1 }));
    expect(partOf(scoring, 'DIM_A')).toBeUndefined();
    expect(scoring.parts.filter((p) => p.dimensionId === 'DIM_A')).toEqual([]);
    // DIM_B = 0.5 (as above) is the only scored dimension → 50.
    // With DIM_A as zero it would be (0·2 + 0.5·3) / 5 = 0.3 → 30.
    expect(scoring.index).toBe(50);
    expect(scoring.level).toBe(3);
  });

  it('gives a null index and level when nothing at all is answered', () => {
    expect(scoreAssessment(model, new Map())).toEqual({ index: null, level: null, parts: [] });
  });

  it('ignores answers to questions that are not in the model', () => {
    expect(scoreAssessment(model, answers({ OTRA: 4 }))).toEqual({ index: null, level: null, parts: [] });
  });

  it('caps a number above its target at 1', () => {
    // B.TWO with only B3: 6 / 3 = 2 → capped at 1 → 100 (not 200).
    const scoring = scoreAssessment(model, answers({ B3: 6 }));
    expect(partOf(scoring, 'B.TWO')).toMatchObject({ score: 100, level: 5 });
    expect(scoring.index).toBe(100);
  });

  it('scores YES_NO as 100 or 0 and a percentage as itself', () => {
    expect(scoreAssessment(model, answers({ B4: 1 })).index).toBe(100);
    expect(scoreAssessment(model, answers({ B4: 0 })).index).toBe(0);
    // B.ONE with only B2 = 37.5% → 37.5; index = DIM_B = B.ONE.
    expect(scoreAssessment(model, answers({ B2: 37.5 })).index).toBe(37.5);
  });

  it('rounds to two decimals only at the end', () => {
    const scoring = scoreAssessment(model, answers({ B2: 0, B3: 2 }));
    // B.ONE: B2 = 0 → 0. B.TWO: B3 = 2/3 = 0.6667 → shown as 66.67.
    expect(partOf(scoring, 'B.ONE')).toMatchObject({ score: 0 });
    expect(partOf(scoring, 'B.TWO')).toMatchObject({ score: 66.67 });
    // DIM_B from the unrounded values: (0·1 + (2/3)·2) / 3 = 4/9 = 0.44444 → 44.44.
    // From the rounded sub-scores it would be (0·1 + 66.67·2) / 3 = 133.34 / 3 = 44.4467 → 44.45.
    expect(partOf(scoring, 'DIM_B')).toMatchObject({ score: 44.44 });
    expect(scoring.index).toBe(44.44);
    // The construction really separates the two: rounding first gives another number.
    expect(Math.round(((0 * 1 + 66.67 * 2) / 3) * 100) / 100).toBe(44.45);
  });
});

describe('level bands', () => {
  it.each([
    [0, 1],
    [19.99, 1],
    [20, 2],
    [39.99, 2],
    [40, 3],
    [60, 4],
    [79.99, 4],
    [80, 5],
    [99.99, 5],
    [100, 5],
  ])('a score of %s is level %s ([min, max), the last band including 100)', (score, level) => {
    expect(model.levelOf(score).level).toBe(level);
    expect(shippedModel().levelOf(score).level).toBe(level);
  });
});

describe('scoreAssessment on the shipped default model', () => {
  const shipped = shippedModel();
  const all = (value: (type: QuestionType, target: number | undefined) => number) =>
    new Map([...shipped.questions.values()].map((q) => [q.id, value(q.type, q.target)]));
  const maximum = (type: QuestionType, target: number | undefined): number =>
    type === 'SCALE_0_4' ? 4 : type === 'YES_NO' ? 1 : type === 'PERCENTAGE' ? 100 : target!;

  it('gives 100 and level 5 when every answer is the maximum', () => {
    const scoring = scoreAssessment(shipped, all(maximum));
    expect(scoring.index).toBe(100);
    expect(scoring.level).toBe(5);
    expect(scoring.parts.every((p) => p.score === 100 && p.level === 5)).toBe(true);
    // Every dimension and sub-dimension of the model is scored.
    const subs = shipped.definition.dimensions.reduce((n, d) => n + d.subdimensions.length, 0);
    expect(scoring.parts).toHaveLength(shipped.definition.dimensions.length + subs);
  });

  it('still gives 100 when numbers go beyond their targets', () => {
    const scoring = scoreAssessment(
      shipped,
      all((type, target) => (type === 'NUMBER' ? target! * 3 : maximum(type, target))),
    );
    expect(scoring.index).toBe(100);
  });

  it('gives 0 and level 1 when every answer is the minimum', () => {
    const scoring = scoreAssessment(
      shipped,
      all(() => 0),
    );
    expect(scoring.index).toBe(0);
    expect(scoring.level).toBe(1);
    expect(scoring.parts.every((p) => p.score === 0 && p.level === 1)).toBe(true);
  });
});
