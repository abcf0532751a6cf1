import { stringify as toYaml } from 'yaml';

import { answerProblems, completenessOf, type AnswerData } from '../../src/modules/maturity/assessment.service';
import {
  MaturityModel,
  ModelDefinitionError,
  modelFromObject,
  modelFromText,
  shippedModel,
} from '../../src/modules/maturity/maturity-model';
import type { EvidenceItem } from '../../src/modules/maturity/maturity.entity';

/*
 * Loading and validating maturity model definitions (DOMAIN, "Maturity model": the model is data,
 * not code), and the two pure rules of answering an assessment against a loaded model: what is
 * still missing before submission, and what is wrong in a batch of answers.
 *
 * The definition below is valid; each test breaks one thing in a fresh copy, so that the error
 * it expects is the only one, and checks the path the error names.
 *
 *   D_ONE
 *     S1   Q1 SCALE_0_4 (required, evidence required), Q2 YES_NO (required)
 *     S2   Q3 PERCENTAGE (optional, evidence required), Q4 NUMBER (optional), Q5 SCALE_0_4 (required)
 *   D_TWO
 *     S3   Q6 YES_NO (required), Q7 SCALE_0_4 (optional)
 */

type Json = Record<string, unknown>;

const question = (id: string, type: string, extra: Json = {}): Json => ({
  id,
  text: `Pregunta ${id}`,
  type,
  lens: 'RESULTS',
  weight: 1,
  required: true,
  evidenceRequired: false,
  ...extra,
});

function definition(): Json {
  return {
    version: '2026.9',
    title: 'Modelo de prueba',
    scale: [0, 1, 2, 3, 4].map((value) => ({ value, label: `Valor ${value}` })),
    levels: [
      { level: 1, name: 'Inicial', min: 0, max: 20 },
      { level: 2, name: 'Básico', min: 20, max: 40 },
      { level: 3, name: 'Intermedio', min: 40, max: 60 },
      { level: 4, name: 'Avanzado', min: 60, max: 80 },
      { level: 5, name: 'Optimizado', min: 80, max: 100 },
    ],
    dimensions: [
      {
        id: 'D_ONE',
        name: 'Dimensión uno',
        weight: 2,
        subdimensions: [
          {
            id: 'S1',
            name: 'Sub uno',
            weight: 1,
            questions: [question('Q1', 'SCALE_0_4', { evidenceRequired: true }), question('Q2', 'YES_NO')],
          },
          {
            id: 'S2',
            name: 'Sub dos',
            weight: 0.5,
            questions: [
              question('Q3', 'PERCENTAGE', { required: false, evidenceRequired: true }),
              question('Q4', 'NUMBER', { required: false, target: 10, unit: 'sedes' }),
              question('Q5', 'SCALE_0_4'),
            ],
          },
        ],
      },
      {
        id: 'D_TWO',
        name: 'Dimensión dos',
        weight: 3,
        subdimensions: [
          {
            id: 'S3',
            name: 'Sub tres',
            weight: 1,
            questions: [question('Q6', 'YES_NO'), question('Q7', 'SCALE_0_4', { required: false })],
          },
        ],
      },
    ],
  };
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the tests reach into the plain definition to break it */
/** A fresh valid definition, changed by `edit` (which may break it). */
function edited(edit: (d: any) => void): Json {
  const d = definition();
  edit(d);
  return d;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The issues of a definition that must not load. */
function issuesOf(load: () => unknown): { path: string; code: string; message: string }[] {
  try {
    load();
  } catch (err) {
    expect(err).toBeInstanceOf(ModelDefinitionError);
    return (err as ModelDefinitionError).issues;
  }
  throw new Error('the definition loaded, but it should not have');
}

const issuesOfObject = (value: unknown) => issuesOf(() => modelFromObject(value, 'test'));
const Q = (sub: number, q: number) => `dimensions[0].subdimensions[${sub}].questions[${q}]`;

describe('the shipped default model', () => {
  const model = shippedModel();

  it('has the six official dimensions, in order', () => {
    expect(model.definition.dimensions.map((d) => d.id)).toEqual([
      'PERSONAS',
      'GOBERNANZA',
      'CALIDAD_DE_VIDA',
      'DESARROLLO_ECONOMICO',
      'MEDIO_AMBIENTE',
      'HABITAT',
    ]);
  });

  it('has at least three sub-dimensions in each dimension and about sixty questions', () => {
    for (const d of model.definition.dimensions) expect(d.subdimensions.length).toBeGreaterThanOrEqual(3);
    expect(model.questions.size).toBeGreaterThanOrEqual(50);
    expect(model.questions.size).toBeLessThanOrEqual(70);
  });

  it('has the five bands 0–20 … 80–100 with their names', () => {
    expect(model.definition.levels.map(({ level, name, min, max }) => ({ level, name, min, max }))).toEqual([
      { level: 1, name: 'Inicial', min: 0, max: 20 },
      { level: 2, name: 'Básico', min: 20, max: 40 },
      { level: 3, name: 'Intermedio', min: 40, max: 60 },
      { level: 4, name: 'Avanzado', min: 60, max: 80 },
      { level: 5, name: 'Optimizado', min: 80, max: 100 },
    ]);
  });

  it('places every question in its dimension and sub-dimension', () => {
    const first = model.definition.dimensions[0].subdimensions[0].questions[0];
    expect(model.questions.get(first.id)).toMatchObject({
      id: first.id,
      dimensionId: 'PERSONAS',
      subdimensionId: model.definition.dimensions[0].subdimensions[0].id,
    });
    expect(model.dimensionNames.size).toBe(6);
  });

  it('is read once per process', () => {
    expect(shippedModel()).toBe(model);
  });
});

describe('a valid definition', () => {
  it('loads, with its lookups', () => {
    const model = modelFromObject(definition(), 'test');
    expect(model).toBeInstanceOf(MaturityModel);
    expect(model.version).toBe('2026.9');
    expect([...model.questions.keys()]).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7']);
    expect(model.questions.get('Q4')).toMatchObject({ type: 'NUMBER', target: 10, dimensionId: 'D_ONE', subdimensionId: 'S2' });
    expect(model.questions.get('Q6')).toMatchObject({ dimensionId: 'D_TWO', subdimensionId: 'S3' });
    expect(model.level(3)?.name).toBe('Intermedio');
    expect(model.level(6)).toBeUndefined();
  });
});

describe('definition errors name their path', () => {
  it('a zero weight', () => {
    const issues = issuesOfObject(edited((d) => (d.dimensions[0].subdimensions[1].questions[2].weight = 0)));
    expect(issues).toEqual([{ path: `${Q(1, 2)}.weight`, code: 'OUT_OF_RANGE', message: 'debe ser mayor que 0' }]);
  });

  it('a negative sub-dimension weight', () => {
    const issues = issuesOfObject(edited((d) => (d.dimensions[0].subdimensions[1].weight = -1)));
    expect(issues.map((i) => i.path)).toEqual(['dimensions[0].subdimensions[1].weight']);
  });

  it('an unknown question type', () => {
    const issues = issuesOfObject(edited((d) => (d.dimensions[0].subdimensions[1].questions[2].type = 'FREE_TEXT')));
    expect(issues.map((i) => i.path)).toEqual([`${Q(1, 2)}.type`]);
    expect(issues[0].message).toBe('debe ser uno de SCALE_0_4, YES_NO, PERCENTAGE, NUMBER');
  });

  it('a NUMBER question without its target', () => {
    const issues = issuesOfObject(edited((d) => delete d.dimensions[0].subdimensions[1].questions[1].target));
    expect(issues).toEqual([{ path: `${Q(1, 1)}.target`, code: 'REQUIRED', message: 'es obligatorio en las preguntas de tipo NUMBER' }]);
  });

  it('a NUMBER question without its unit', () => {
    const issues = issuesOfObject(edited((d) => delete d.dimensions[0].subdimensions[1].questions[1].unit));
    expect(issues).toEqual([{ path: `${Q(1, 1)}.unit`, code: 'REQUIRED', message: 'es obligatorio en las preguntas de tipo NUMBER' }]);
  });

  it('a target on a SCALE question', () => {
    const issues = issuesOfObject(edited((d) => (d.dimensions[0].subdimensions[1].questions[2].target = 4)));
    expect(issues).toEqual([{ path: `${Q(1, 2)}.target`, code: 'NOT_ALLOWED', message: 'solo aplica a las preguntas de tipo NUMBER' }]);
  });

  it('a question id used twice, naming where it was first', () => {
    const issues = issuesOfObject(edited((d) => (d.dimensions[1].subdimensions[0].questions[1].id = 'Q2')));
    expect(issues).toEqual([
      {
        path: 'dimensions[1].subdimensions[0].questions[1].id',
        code: 'DUPLICATE',
        message: `el identificador Q2 ya se usó en ${Q(0, 1)}.id`,
      },
    ]);
  });

  it('an id shared by a dimension and a question elsewhere in the file', () => {
    // Ids are unique across the whole file, not only among questions.
    const issues = issuesOfObject(edited((d) => (d.dimensions[1].subdimensions[0].questions[0].id = 'D_ONE')));
    expect(issues).toEqual([
      {
        path: 'dimensions[1].subdimensions[0].questions[0].id',
        code: 'DUPLICATE',
        message: 'el identificador D_ONE ya se usó en dimensions[0].id',
      },
    ]);
  });

  it('a sub-dimension id used twice', () => {
    const issues = issuesOfObject(edited((d) => (d.dimensions[1].subdimensions[0].id = 'S1')));
    expect(issues).toEqual([
      {
        path: 'dimensions[1].subdimensions[0].id',
        code: 'DUPLICATE',
        message: 'el identificador S1 ya se usó en dimensions[0].subdimensions[0].id',
      },
    ]);
  });

  it('levels with a gap', () => {
    const issues = issuesOfObject(edited((d) => (d.levels[2].min = 45)));
    expect(issues).toEqual([
      { path: 'levels[2].min', code: 'INCONSISTENT', message: 'debe ser 40: las bandas cubren 0–100 sin huecos ni solapes' },
    ]);
  });

  it('levels that overlap', () => {
    const issues = issuesOfObject(edited((d) => (d.levels[1].min = 15)));
    expect(issues).toEqual([
      { path: 'levels[1].min', code: 'INCONSISTENT', message: 'debe ser 20: las bandas cubren 0–100 sin huecos ni solapes' },
    ]);
  });

  it('levels that do not start at 0', () => {
    const issues = issuesOfObject(edited((d) => (d.levels[0].min = 5)));
    expect(issues.map((i) => i.path)).toEqual(['levels[0].min']);
  });

  it('levels that do not end at 100', () => {
    const issues = issuesOfObject(edited((d) => (d.levels[4].max = 90)));
    expect(issues).toEqual([{ path: 'levels[4].max', code: 'INCONSISTENT', message: 'la última banda debe terminar en 100' }]);
  });

  it('a band that is empty or reversed', () => {
    // Band 3 is 40–40, so band 4 must start at 40 too.
    const issues = issuesOfObject(edited((d) => (d.levels[2].max = 40)));
    expect(issues.map((i) => i.path)).toContain('levels[2].max');
    expect(issues.find((i) => i.path === 'levels[2].max')?.message).toBe('debe ser mayor que min');
  });

  it('levels numbered out of order', () => {
    const issues = issuesOfObject(edited((d) => (d.levels[3].level = 5)));
    expect(issues.map((i) => i.path)).toEqual(['levels[3].level']);
  });

  it('a scale whose values are not 0..4 in order', () => {
    const issues = issuesOfObject(
      edited((d) => {
        d.scale[3].value = 4;
        d.scale[4].value = 3;
      }),
    );
    expect(issues).toEqual([
      { path: 'scale[3].value', code: 'INCONSISTENT', message: 'debe ser 3 (los valores van de 0 a 4 en orden)' },
      { path: 'scale[4].value', code: 'INCONSISTENT', message: 'debe ser 4 (los valores van de 0 a 4 en orden)' },
    ]);
  });

  it('a scale with a value outside 0..4', () => {
    // Out of range and out of order at once: both reports name the same value.
    const issues = issuesOfObject(edited((d) => (d.scale[4].value = 5)));
    expect(new Set(issues.map((i) => i.path))).toEqual(new Set(['scale[4].value']));
    expect(issues.map((i) => i.message)).toContain('debe ser 4 (los valores van de 0 a 4 en orden)');
  });

  it('a scale without exactly five labels', () => {
    const issues = issuesOfObject(edited((d) => d.scale.pop()));
    expect(issues).toEqual([{ path: 'scale', code: 'TOO_SHORT', message: 'debe tener exactamente las etiquetas de los valores 0 a 4' }]);
  });

  it('an unknown extra key in a question (definitions are strict)', () => {
    // A misspelt key must not be ignored silently: `weigth` would leave the real weight unset,
    // so that is reported too.
    const issues = issuesOfObject(
      edited((d) => {
        const q = d.dimensions[0].subdimensions[1].questions[2];
        q.weigth = q.weight;
        delete q.weight;
      }),
    );
    expect(issues.map((i) => i.path).sort()).toEqual([`${Q(1, 2)}.weight`, `${Q(1, 2)}.weigth`]);
    expect(issues.find((i) => i.path === `${Q(1, 2)}.weigth`)).toMatchObject({
      code: 'UNKNOWN',
      message: expect.stringContaining('weigth'),
    });
    expect(issues.find((i) => i.path === `${Q(1, 2)}.weight`)?.code).toBe('REQUIRED');
  });

  it('an unknown extra key at the top', () => {
    const issues = issuesOfObject(edited((d) => (d.author = 'alguien')));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: 'author', code: 'UNKNOWN' });
    expect(issues[0].message).toContain('author');
  });

  it('every problem of a definition, not only the first', () => {
    const issues = issuesOfObject(
      edited((d) => {
        d.dimensions[0].subdimensions[1].questions[2].weight = 0;
        d.dimensions[1].subdimensions[0].questions[0].type = 'FREE_TEXT';
        d.levels[0].name = '   ';
      }),
    );
    expect(issues.map((i) => i.path).sort()).toEqual(
      ['dimensions[1].subdimensions[0].questions[0].type', `${Q(1, 2)}.weight`, 'levels[0].name'].sort(),
    );
  });

  it('a duplicate id and a bad weight together', () => {
    const issues = issuesOfObject(
      edited((d) => {
        d.dimensions[0].subdimensions[1].questions[2].weight = 0;
        d.dimensions[1].subdimensions[0].id = 'S2';
      }),
    );
    expect(issues.map((i) => i.path).sort()).toEqual([`${Q(1, 2)}.weight`, 'dimensions[1].subdimensions[0].id']);
  });

  it('shows the source and every path in the error message', () => {
    let error: unknown;
    try {
      modelFromObject(
        edited((d) => (d.dimensions[0].subdimensions[1].questions[2].weight = 0)),
        'modelo.yaml',
      );
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ModelDefinitionError);
    expect((error as ModelDefinitionError).source).toBe('modelo.yaml');
    expect((error as Error).message).toContain('modelo.yaml: el modelo de madurez no es válido');
    expect((error as Error).message).toContain(`${Q(1, 2)}.weight: debe ser mayor que 0`);
  });

  it('a value that is not an object at all', () => {
    expect(issuesOfObject(null)).toHaveLength(1);
    expect(issuesOfObject('version: 1')[0].path).toBe('');
  });
});

describe('modelFromText', () => {
  it('reports a YAML syntax error at the root, as one issue', () => {
    const issues = issuesOf(() => modelFromText('version: "2026.9"\ntitle: [sin cerrar\n', 'roto.yaml'));
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe('');
    expect(issues[0].message).toMatch(/^no es YAML ni JSON válido: /);
  });

  it('refuses a key repeated in the same mapping', () => {
    // Otherwise the second `weight` would silently win.
    const issues = issuesOf(() => modelFromText('version: "2026.9"\nversion: "2026.8"\n', 'repetido.yaml'));
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toMatch(/^no es YAML ni JSON válido: /);
  });

  it('accepts JSON', () => {
    const model = modelFromText(JSON.stringify(definition(), null, 2), 'modelo.json');
    expect(model.version).toBe('2026.9');
    expect(model.questions.size).toBe(7);
  });

  it('validates what it parsed, with the same paths', () => {
    const text = JSON.stringify(edited((d) => (d.dimensions[0].subdimensions[1].questions[2].weight = 0)));
    expect(issuesOf(() => modelFromText(text, 'modelo.json')).map((i) => i.path)).toEqual([`${Q(1, 2)}.weight`]);
  });
});

describe('checksum', () => {
  /** The same content with every mapping's keys in reverse order. */
  function reversedKeys(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(reversedKeys);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .reverse()
          .map(([k, v]) => [k, reversedKeys(v)]),
      );
    }
    return value;
  }

  it('is the same for the same content written in another key order (YAML vs JSON)', () => {
    const yaml = toYaml(reversedKeys(definition()));
    // The YAML text really starts with another key than the JSON one.
    expect(yaml.startsWith('dimensions:')).toBe(true);
    const fromYaml = modelFromText(yaml, 'modelo.yaml');
    const fromJson = modelFromText(JSON.stringify(definition()), 'modelo.json');
    expect(fromYaml.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(fromYaml.checksum).toBe(fromJson.checksum);
  });

  it('does not depend on YAML comments or layout', () => {
    const plain = modelFromText(toYaml(definition()), 'a.yaml');
    const commented = modelFromText(`# comentario\n${toYaml(definition(), { indent: 4 })}`, 'b.yaml');
    expect(commented.checksum).toBe(plain.checksum);
  });

  it('changes when a weight changes', () => {
    const before = modelFromObject(definition(), 'test');
    const after = modelFromObject(
      edited((d) => (d.dimensions[0].subdimensions[1].questions[2].weight = 2)),
      'test',
    );
    expect(after.checksum).not.toBe(before.checksum);
  });
});

describe('completenessOf', () => {
  const model = modelFromObject(definition(), 'test');
  const evidence: EvidenceItem[] = [{ title: 'Acta 12', url: 'https://example.gov.co/acta.pdf', fileRef: null, date: '2026-01-10' }];
  const stored = (entries: [string, number, EvidenceItem[]?][]) =>
    new Map(entries.map(([questionId, value, ev]) => [questionId, { questionId, value, evidence: ev ?? [] }]));

  it('lists unanswered required questions and answers missing their evidence', () => {
    // Q1 (required, evidence required) and Q3 (optional, evidence required) answered without
    // evidence; Q2 answered; Q5 and Q6 (required) unanswered; Q4 and Q7 (optional) unanswered.
    const c = completenessOf(
      model,
      stored([
        ['Q1', 3],
        ['Q2', 1],
        ['Q3', 50],
      ]),
    );
    expect(c.missing).toEqual([
      { questionId: 'Q1', dimensionId: 'D_ONE', reason: 'EVIDENCE_REQUIRED' },
      { questionId: 'Q3', dimensionId: 'D_ONE', reason: 'EVIDENCE_REQUIRED' },
      { questionId: 'Q5', dimensionId: 'D_ONE', reason: 'UNANSWERED' },
      { questionId: 'Q6', dimensionId: 'D_TWO', reason: 'UNANSWERED' },
    ]);
    expect(c.complete).toBe(false);
  });

  it('counts per dimension and in total', () => {
    const c = completenessOf(
      model,
      stored([
        ['Q1', 3],
        ['Q2', 1],
        ['Q3', 50],
      ]),
    );
    expect(c.dimensions).toEqual([
      // D_ONE: Q1…Q5; answered Q1, Q2, Q3; required Q1, Q2, Q5 of which Q1, Q2 answered; Q1 and Q3 lack evidence.
      { dimensionId: 'D_ONE', questions: 5, answered: 3, required: 3, requiredAnswered: 2, missingEvidence: 2, complete: false },
      // D_TWO: Q6, Q7; nothing answered; Q6 required.
      { dimensionId: 'D_TWO', questions: 2, answered: 0, required: 1, requiredAnswered: 0, missingEvidence: 0, complete: false },
    ]);
    expect(c).toMatchObject({ questions: 7, answered: 3, required: 4, requiredAnswered: 2, complete: false });
  });

  it('is complete with every required answer and every required evidence, optional ones left blank', () => {
    const c = completenessOf(
      model,
      stored([
        ['Q1', 3, evidence],
        ['Q2', 0],
        ['Q5', 0],
        ['Q6', 1],
      ]),
    );
    expect(c.missing).toEqual([]);
    expect(c.complete).toBe(true);
    expect(c.dimensions.map((d) => d.complete)).toEqual([true, true]);
    expect(c).toMatchObject({ questions: 7, answered: 4, required: 4, requiredAnswered: 4 });
  });

  it('asks for evidence on an optional question once it is answered', () => {
    const c = completenessOf(
      model,
      stored([
        ['Q1', 3, evidence],
        ['Q2', 0],
        ['Q3', 10],
        ['Q5', 0],
        ['Q6', 1],
      ]),
    );
    expect(c.missing).toEqual([{ questionId: 'Q3', dimensionId: 'D_ONE', reason: 'EVIDENCE_REQUIRED' }]);
    expect(c.dimensions.map((d) => d.complete)).toEqual([false, true]);
    expect(c.complete).toBe(false);
  });

  it('needs everything required when nothing is answered', () => {
    const c = completenessOf(model, new Map());
    expect(c.missing.map((m) => `${m.questionId}:${m.reason}`)).toEqual([
      'Q1:UNANSWERED',
      'Q2:UNANSWERED',
      'Q5:UNANSWERED',
      'Q6:UNANSWERED',
    ]);
    expect(c).toMatchObject({ questions: 7, answered: 0, required: 4, requiredAnswered: 0, complete: false });
  });
});

describe('answerProblems', () => {
  const model = modelFromObject(definition(), 'test');
  const TODAY = '2026-03-15';
  const problems = (answers: AnswerData[], clear: string[] = [], today = TODAY) => answerProblems(model, answers, clear, today);
  const paths = (answers: AnswerData[], clear: string[] = [], today = TODAY) => problems(answers, clear, today).map((p) => p.path);
  const withUrl = (url: string): AnswerData[] => [{ questionId: 'Q1', value: 3, evidence: [{ title: 'Documento', url }] }];

  it('finds nothing wrong in a good batch', () => {
    expect(
      problems(
        [
          { questionId: 'Q1', value: 4, evidence: [{ title: 'Plan TIC', url: 'https://example.gov.co/plan.pdf', date: TODAY }] },
          { questionId: 'Q2', yes: true },
          { questionId: 'Q3', value: 100, evidence: [{ title: 'Informe', fileRef: 'expediente/2026/0012.pdf' }] },
          { questionId: 'Q4', value: 25 },
          { questionId: 'Q6', yes: false },
        ],
        ['Q5', 'Q7'],
      ),
    ).toEqual([]);
  });

  it('names the answer whose value does not fit its type', () => {
    const found = problems([
      { questionId: 'Q1', value: 2 },
      { questionId: 'Q5', value: 7 },
    ]);
    expect(found).toEqual([{ path: 'answers[1].value', code: 'OUT_OF_RANGE', message: 'Q5 debe ser un entero de 0 a 4' }]);
  });

  it('checks percentages and numbers at their bounds', () => {
    expect(paths([{ questionId: 'Q3', value: 100.0001 }])).toEqual(['answers[0].value']);
    expect(paths([{ questionId: 'Q3', value: 0 }])).toEqual([]);
    expect(paths([{ questionId: 'Q4', value: -1 }])).toEqual(['answers[0].value']);
    expect(paths([{ questionId: 'Q4', value: NaN }])).toEqual(['answers[0].value']);
  });

  it('wants yes on a yes/no question and value on the others', () => {
    expect(problems([{ questionId: 'Q2', value: 1 }])).toEqual([
      { path: 'answers[0].value', code: 'NOT_ALLOWED', message: 'Q2: es de sí o no: responda con yes (true o false), no con value' },
    ]);
    expect(problems([{ questionId: 'Q2' }])).toEqual([
      { path: 'answers[0].yes', code: 'REQUIRED', message: 'Q2: falta yes (true o false)' },
    ]);
    expect(problems([{ questionId: 'Q1', yes: true }])).toEqual([
      { path: 'answers[0].yes', code: 'NOT_ALLOWED', message: 'Q1: no es de sí o no: responda con value' },
    ]);
    expect(problems([{ questionId: 'Q1', value: null }])).toEqual([
      { path: 'answers[0].value', code: 'REQUIRED', message: 'Q1: falta value' },
    ]);
  });

  it('names an unknown question and the model version', () => {
    expect(
      problems([
        { questionId: 'Q1', value: 1 },
        { questionId: 'Q99', value: 1 },
      ]),
    ).toEqual([{ path: 'answers[1].questionId', code: 'UNKNOWN', message: 'la pregunta Q99 no existe en la versión 2026.9 del modelo' }]);
  });

  it('refuses the same question twice in one batch', () => {
    expect(
      problems([
        { questionId: 'Q1', value: 1 },
        { questionId: 'Q2', yes: true },
        { questionId: 'Q1', value: 2 },
      ]),
    ).toEqual([{ path: 'answers[2].questionId', code: 'DUPLICATE', message: 'la pregunta Q1 aparece más de una vez en el lote' }]);
  });

  it('refuses to answer and clear the same question in one batch, and clearing an unknown one', () => {
    expect(problems([{ questionId: 'Q1', value: 1 }], ['Q1', 'Q98'])).toEqual([
      { path: 'clear[0]', code: 'INCONSISTENT', message: 'la pregunta Q1 no puede responderse y borrarse en el mismo lote' },
      { path: 'clear[1]', code: 'UNKNOWN', message: 'la pregunta Q98 no existe en la versión 2026.9 del modelo' },
    ]);
  });

  it('refuses evidence dated after the given today, and accepts today itself', () => {
    const dated = (date: string, today: string) =>
      paths([{ questionId: 'Q1', value: 3, evidence: [{ title: 'Acta', fileRef: 'acta.pdf', date }] }], [], today);
    expect(dated('2026-03-16', '2026-03-15')).toEqual(['answers[0].evidence[0].date']);
    expect(dated('2026-03-15', '2026-03-15')).toEqual([]);
    // The same date is fine once `today` has moved on: the rule follows the argument, not the clock.
    expect(dated('2026-03-16', '2026-03-16')).toEqual([]);
    expect(
      problems([{ questionId: 'Q1', value: 3, evidence: [{ title: 'Acta', fileRef: 'acta.pdf', date: '2027-01-01' }] }])[0].message,
    ).toBe('la fecha de la evidencia (2027-01-01) no puede ser futura');
  });

  it('refuses evidence dates that are not calendar dates', () => {
    const dated = (date: string) => paths([{ questionId: 'Q1', value: 3, evidence: [{ title: 'Acta', fileRef: 'acta.pdf', date }] }]);
    expect(dated('2026-02-30')).toEqual(['answers[0].evidence[0].date']);
    expect(dated('15/03/2026')).toEqual(['answers[0].evidence[0].date']);
    expect(dated('2024-02-29')).toEqual([]);
  });

  it.each(['notaurl', 'ftp://a.b/c', 'https://localhost', 'javascript:alert(1)', 'https://a.b/con espacio', 'mailto:a@b.co'])(
    'refuses the evidence URL %s',
    (url) => {
      expect(paths(withUrl(url))).toEqual(['answers[0].evidence[0].url']);
    },
  );

  it.each(['https://example.gov.co/plan.pdf', 'http://a.b', 'https://www.medellin.gov.co/ruta?x=1#y'])(
    'accepts the evidence URL %s',
    (url) => {
      expect(paths(withUrl(url))).toEqual([]);
    },
  );

  it('needs a URL or a file reference, and a title of 3 to 200 characters', () => {
    expect(paths([{ questionId: 'Q1', value: 3, evidence: [{ title: 'Acta', url: '  ', fileRef: null }] }])).toEqual([
      'answers[0].evidence[0]',
    ]);
    expect(paths([{ questionId: 'Q1', value: 3, evidence: [{ title: ' ab ', fileRef: 'acta.pdf' }] }])).toEqual([
      'answers[0].evidence[0].title',
    ]);
    expect(paths([{ questionId: 'Q1', value: 3, evidence: [{ title: 'x'.repeat(201), fileRef: 'acta.pdf' }] }])).toEqual([
      'answers[0].evidence[0].title',
    ]);
  });

  it('names the evidence item inside the right answer', () => {
    expect(
      paths([
        { questionId: 'Q2', yes: true },
        {
          questionId: 'Q1',
          value: 3,
          evidence: [
            { title: 'Bueno', fileRef: 'a.pdf' },
            { title: 'Malo', url: 'notaurl' },
          ],
        },
      ]),
    ).toEqual(['answers[1].evidence[1].url']);
  });

  it('allows at most five evidence items per answer', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Documento ${i + 1}`, fileRef: `doc-${i + 1}.pdf` }));
    expect(paths([{ questionId: 'Q1', value: 3, evidence: items(5) }])).toEqual([]);
    expect(paths([{ questionId: 'Q1', value: 3, evidence: items(6) }])).toEqual(['answers[0].evidence']);
  });

  it('reports every problem of the batch together', () => {
    expect(
      paths(
        [
          { questionId: 'Q5', value: 4.5 },
          { questionId: 'Q3', value: 50, evidence: [{ title: 'Informe', url: 'https://localhost' }] },
          { questionId: 'NOPE', value: 1 },
        ],
        ['Q3'],
      ),
    ).toEqual(['answers[0].value', 'answers[1].evidence[0].url', 'answers[2].questionId', 'clear[0]']);
  });
});
