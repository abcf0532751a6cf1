// The roadmap's draft rule and the diagnosis's ranking, on made-up scores (roadmap.service.ts,
// diagnosis.service.ts): the integration suite walks them through the API on one assessment.
import type { RoadmapLine } from '../../src/modules/accompaniment/accompaniment.entity';
import { prefillOf, type DiagnosisPrefill, type PrefillDimension } from '../../src/modules/accompaniment/diagnosis.service';
import { applicationFromLines, draftLines, newId } from '../../src/modules/accompaniment/roadmap.service';
import { shippedModel } from '../../src/modules/maturity/maturity-model';

const dimension = (code: string, rank: number, score: number, subs: [string, number][]): PrefillDimension => ({
  code,
  name: code.toLowerCase(),
  score,
  level: 1,
  levelName: null,
  rank,
  subdimensions: subs.map(([s, v]) => ({ code: s, name: `sub ${s}`, score: v, level: 1 })),
});

const prefill = (dimensions: PrefillDimension[]): DiagnosisPrefill => ({
  modelVersion: 'x',
  index: 50,
  level: 3,
  levelName: null,
  dimensions,
  lowestQuestions: [
    { questionId: 'Q1', text: '¿Hay datos abiertos?', dimensionCode: 'A', subdimensionCode: 'A1', value: 0, normalised: 0, evidence: [] },
  ],
});

describe('the roadmap draft', () => {
  it('takes every dimension under 60, weakest first, up to two weak sub-dimensions each', () => {
    const lines = draftLines(
      prefill([
        dimension('A', 1, 20, [
          ['A1', 10],
          ['A2', 30],
          ['A3', 50],
        ]),
        dimension('B', 2, 45, [['B1', 70]]),
        dimension('C', 3, 55, [['C1', 40]]),
        dimension('D', 4, 80, [['D1', 80]]),
      ]),
      new Map([['A', 'Sin política de datos']]),
    );
    expect(lines.map((l) => [l.dimensionCode, l.priority, l.horizon])).toEqual([
      ['A', 'HIGH', 'SHORT'],
      ['A', 'HIGH', 'SHORT'],
      ['B', 'MEDIUM', 'MEDIUM'],
      ['C', 'MEDIUM', 'MEDIUM'],
    ]);
    expect(lines[0].title).toBe('Fortalecer sub A1 (a)');
    expect(lines[0].description).toContain('«¿Hay datos abiertos?» (0 %)');
    expect(lines[0].description).toContain('Sin política de datos');
    // B has no sub-dimension under 60: its weakest one.
    expect(lines[2].title).toBe('Fortalecer sub B1 (b)');
    expect(lines.every((l) => l.estimatedCost === 0 && l.component === null && l.responsible === 'Por definir')).toBe(true);
  });

  it('takes the three weakest when fewer are under 60', () => {
    const lines = draftLines(
      prefill([
        dimension('A', 1, 65, [['A1', 62]]),
        dimension('B', 2, 70, [['B1', 70]]),
        dimension('C', 3, 75, [['C1', 75]]),
        dimension('D', 4, 90, [['D1', 90]]),
      ]),
      new Map(),
    );
    expect(lines.map((l) => [l.dimensionCode, l.priority])).toEqual([
      ['A', 'HIGH'],
      ['B', 'LOW'],
      ['C', 'LOW'],
    ]);
  });
});

describe('the diagnosis ranking', () => {
  it('ranks dimensions and sub-dimensions by score, ties in the model’s order, and keeps the ten lowest answers', () => {
    const model = shippedModel();
    const [first, second] = model.definition.dimensions;
    const parts = model.definition.dimensions.flatMap((d) => [
      { partId: d.id, kind: 'DIMENSION' as const, dimensionId: d.id, score: d.id === second.id ? 10 : 50, level: 1 },
      ...d.subdimensions.map((s, i) => ({ partId: s.id, kind: 'SUBDIMENSION' as const, dimensionId: d.id, score: 90 - i, level: 4 })),
    ]);
    const answers = [...model.questions.values()].map((q, i) => ({
      questionId: q.id,
      value: q.type === 'YES_NO' ? 1 : i === 5 ? 0 : 4,
      evidence: [],
    }));
    const result = prefillOf(model, { indexScore: 42, level: 3 }, parts, answers);
    expect(result.dimensions.map((d) => d.code)).toEqual([
      second.id,
      ...model.definition.dimensions.filter((d) => d.id !== second.id).map((d) => d.id),
    ]);
    expect(result.dimensions[1].code).toBe(first.id);
    expect(result.dimensions[0].subdimensions.map((s) => s.code)).toEqual(second.subdimensions.map((s) => s.id).reverse());
    expect(result.lowestQuestions).toHaveLength(10);
    expect(result.lowestQuestions[0]).toMatchObject({ questionId: [...model.questions.keys()][5], normalised: 0 });
  });
});

describe('an application from roadmap lines', () => {
  it('puts each line in its component with the call’s minimum counterpart, rounded up', () => {
    const line = (id: string, cost: number, component: string): RoadmapLine =>
      ({ id, position: 1, dimensionCode: 'HABITAT', title: `Línea ${id}`, estimatedCost: cost, component }) as RoadmapLine;
    const data = applicationFromLines(
      'c',
      [line('1', 45_000_001, 'TRAINING'), line('2', 0, 'EQUIPMENT')],
      20,
      (c) => c,
      new Set(['HABITAT']),
    );
    expect(data.budgetLines).toEqual([
      { component: 'TRAINING', description: 'Línea 1', futicAmount: 36_000_000, counterpartAmount: 9_000_001 },
      { component: 'EQUIPMENT', description: 'Línea 2', futicAmount: 0, counterpartAmount: 0 },
    ]);
    expect(data.title).toBe('Hoja de ruta CTI: Línea 1 y 1 línea más');
    expect(data.dimensions).toEqual(['HABITAT']);
  });

  it('derives new ids from an idempotency key, so a retry is the same request', () => {
    expect(newId('a', 'clave-1', 'c', 0)).toBe(newId('a', 'clave-1', 'c', 0));
    expect(newId('a', 'clave-1', 'c', 0)).not.toBe(newId('a', 'clave-1', 'c', 1));
    expect(newId('a', 'clave-1', 'c', 0)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newId('a', null, 'c', 0)).not.toBe(newId('a', null, 'c', 0));
  });
});
