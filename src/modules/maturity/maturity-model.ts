import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';

import { ProblemCode } from '../../core/errors/problems';
import { zodProblemCode } from '../../core/errors/zod-problems';
import { projectRoot } from '../../core/paths';

/**
 * The maturity model as data (DOMAIN, "Maturity model"): a versioned definition of dimensions →
 * sub-dimensions → questions with weights, answer types, lenses and evidence rules, and the level
 * bands of the 0–100 index. It is loaded from YAML or JSON and validated here, with errors that
 * name the path of each bad value.
 */
export const DEFAULT_MODEL_FILE = join(projectRoot(), 'src/modules/maturity/models/cti-maturity-2026.1.yaml');

export const QUESTION_TYPES = ['SCALE_0_4', 'YES_NO', 'PERCENTAGE', 'NUMBER'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const LENSES = ['PERCEPTION', 'RESULTS', 'CAPABILITIES'] as const;
export type Lens = (typeof LENSES)[number];

/** The problem code of a refinement that checks one value against others (see zodProblemCode). */
const inconsistent = { problem: ProblemCode.INCONSISTENT };

const text = (max: number) => z.string().trim().min(1, 'no puede estar vacío').max(max, `admite como máximo ${max} caracteres`);
const weight = z.number().positive('debe ser mayor que 0').max(1000, 'no puede ser mayor que 1000');
const id = (pattern: RegExp, what: string) => z.string().regex(pattern, `debe ser un identificador de ${what} (${pattern.source})`);

const questionSchema = z
  .object({
    id: id(/^[A-Z][A-Z0-9_.-]{1,39}$/, 'pregunta'),
    text: text(500),
    help: text(1000).optional(),
    type: z.enum(QUESTION_TYPES, { message: `debe ser uno de ${QUESTION_TYPES.join(', ')}` }),
    lens: z.enum(LENSES, { message: `debe ser uno de ${LENSES.join(', ')}` }),
    weight,
    required: z.boolean(),
    evidenceRequired: z.boolean(),
    target: z.number().positive('debe ser mayor que 0').optional(),
    unit: text(120).optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.type === 'NUMBER' && q.target === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: 'es obligatorio en las preguntas de tipo NUMBER',
        params: { problem: ProblemCode.REQUIRED },
      });
    if (q.type === 'NUMBER' && q.unit === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        message: 'es obligatorio en las preguntas de tipo NUMBER',
        params: { problem: ProblemCode.REQUIRED },
      });
    if (q.type !== 'NUMBER' && q.target !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: 'solo aplica a las preguntas de tipo NUMBER',
        params: { problem: ProblemCode.NOT_ALLOWED },
      });
  });

const subdimensionSchema = z
  .object({
    id: id(/^[A-Z][A-Z0-9_.-]{1,39}$/, 'subdimensión'),
    name: text(200),
    description: text(1000).optional(),
    weight,
    questions: z.array(questionSchema).min(1, 'debe tener al menos una pregunta'),
  })
  .strict();

const dimensionSchema = z
  .object({
    id: id(/^[A-Z][A-Z0-9_]{1,39}$/, 'dimensión'),
    name: text(200),
    description: text(1000).optional(),
    weight,
    subdimensions: z.array(subdimensionSchema).min(1, 'debe tener al menos una subdimensión'),
  })
  .strict();

const levelSchema = z
  .object({
    level: z.number().int('debe ser un entero').min(1, 'debe ser 1 o mayor'),
    name: text(60),
    min: z.number().min(0, 'debe estar entre 0 y 100').max(100, 'debe estar entre 0 y 100'),
    max: z.number().min(0, 'debe estar entre 0 y 100').max(100, 'debe estar entre 0 y 100'),
    description: text(1000).optional(),
  })
  .strict();

const scaleSchema = z
  .object({
    value: z.number().int('debe ser un entero').min(0, 'debe estar entre 0 y 4').max(4, 'debe estar entre 0 y 4'),
    label: text(80),
    description: text(500).optional(),
  })
  .strict();

export const modelSchema = z
  .object({
    version: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$/, 'debe ser un identificador de versión, p. ej. "2026.1"'),
    title: text(200),
    description: text(2000).optional(),
    scale: z.array(scaleSchema).length(5, 'debe tener exactamente las etiquetas de los valores 0 a 4'),
    levels: z.array(levelSchema).min(2, 'debe tener al menos dos niveles'),
    dimensions: z.array(dimensionSchema).min(1, 'debe tener al menos una dimensión'),
  })
  .strict()
  .superRefine((m, ctx) => {
    const seen = new Map<string, string>();
    const unique = (value: string, path: (string | number)[]) => {
      const first = seen.get(value);
      if (first)
        ctx.addIssue({
          code: 'custom',
          path,
          message: `el identificador ${value} ya se usó en ${first}`,
          params: { problem: ProblemCode.DUPLICATE },
        });
      else seen.set(value, formatPath(path));
    };
    m.dimensions.forEach((d, di) => {
      unique(d.id, ['dimensions', di, 'id']);
      d.subdimensions.forEach((s, si) => {
        unique(s.id, ['dimensions', di, 'subdimensions', si, 'id']);
        s.questions.forEach((q, qi) => unique(q.id, ['dimensions', di, 'subdimensions', si, 'questions', qi, 'id']));
      });
    });
    m.scale.forEach((s, i) => {
      if (s.value !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['scale', i, 'value'],
          message: `debe ser ${i} (los valores van de 0 a 4 en orden)`,
          params: inconsistent,
        });
    });
    // The bands must tile 0–100 without gaps or overlaps, in order, numbered 1, 2, 3…
    m.levels.forEach((l, i) => {
      if (l.level !== i + 1)
        ctx.addIssue({
          code: 'custom',
          path: ['levels', i, 'level'],
          message: `debe ser ${i + 1} (los niveles se numeran en orden)`,
          params: inconsistent,
        });
      const expectedMin = i === 0 ? 0 : m.levels[i - 1].max;
      if (l.min !== expectedMin)
        ctx.addIssue({
          code: 'custom',
          path: ['levels', i, 'min'],
          message: `debe ser ${expectedMin}: las bandas cubren 0–100 sin huecos ni solapes`,
          params: inconsistent,
        });
      if (!(l.max > l.min))
        ctx.addIssue({ code: 'custom', path: ['levels', i, 'max'], message: 'debe ser mayor que min', params: inconsistent });
    });
    const last = m.levels[m.levels.length - 1];
    if (last && last.max !== 100)
      ctx.addIssue({
        code: 'custom',
        path: ['levels', m.levels.length - 1, 'max'],
        message: 'la última banda debe terminar en 100',
        params: inconsistent,
      });
  });

export type ModelDefinition = z.infer<typeof modelSchema>;
export type DimensionDef = ModelDefinition['dimensions'][number];
export type SubdimensionDef = DimensionDef['subdimensions'][number];
export type QuestionDef = SubdimensionDef['questions'][number];
export type LevelDef = ModelDefinition['levels'][number];

/** One problem of a definition: where in the document (`dimensions[0].weight`, '' for the whole), its kind and why. */
export interface ModelIssue {
  path: string;
  code: ProblemCode;
  message: string;
}

/**
 * A definition that does not load, with the problems found and where. The cross-checks (unique ids,
 * scale order, level bands) run once every value has its right type, so a file with a wrong type
 * shows them on the next attempt.
 */
export class ModelDefinitionError extends Error {
  constructor(
    readonly source: string,
    readonly issues: ModelIssue[],
  ) {
    super(`${source}: el modelo de madurez no es válido:\n${issues.map((i) => `  ${i.path || '(raíz)'}: ${i.message}`).join('\n')}`);
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** A question placed in its dimension and sub-dimension (what answering and scoring need). */
export interface PlacedQuestion extends QuestionDef {
  dimensionId: string;
  subdimensionId: string;
}

/** A validated definition plus the lookups every use needs. */
export class MaturityModel {
  readonly questions = new Map<string, PlacedQuestion>();
  readonly dimensionNames = new Map<string, string>();
  readonly subdimensionNames = new Map<string, string>();

  constructor(
    readonly definition: ModelDefinition,
    /** sha256 of the canonical JSON of the definition: two texts with the same content have the same one. */
    readonly checksum: string,
  ) {
    for (const d of definition.dimensions) {
      this.dimensionNames.set(d.id, d.name);
      for (const s of d.subdimensions) {
        this.subdimensionNames.set(s.id, s.name);
        for (const q of s.questions) this.questions.set(q.id, { ...q, dimensionId: d.id, subdimensionId: s.id });
      }
    }
  }

  get version(): string {
    return this.definition.version;
  }

  /** The band a 0–100 score falls in: [min, max), the last one including 100. */
  levelOf(score: number): LevelDef {
    const levels = this.definition.levels;
    return levels.find((l) => score >= l.min && score < l.max) ?? levels[levels.length - 1];
  }

  level(number: number): LevelDef | undefined {
    return this.definition.levels.find((l) => l.level === number);
  }
}

const spanish = z.locales.es();

/** Validates an already parsed definition (from YAML, JSON or GraphQL). */
export function modelFromObject(value: unknown, source: string): MaturityModel {
  // zod's own messages (wrong types, missing fields, unknown keys) in Spanish too.
  const parsed = modelSchema.safeParse(value, { error: spanish.localeError });
  if (!parsed.success) {
    throw new ModelDefinitionError(
      source,
      parsed.error.issues.flatMap((i) =>
        // One issue per unknown key, at the key.
        i.code === 'unrecognized_keys'
          ? i.keys.map((key) => ({ path: formatPath([...i.path, key]), code: ProblemCode.UNKNOWN, message: i.message }))
          : [{ path: formatPath(i.path), code: zodProblemCode(i, value), message: i.message }],
      ),
    );
  }
  return new MaturityModel(parsed.data, createHash('sha256').update(JSON.stringify(parsed.data)).digest('hex'));
}

/** Parses YAML (JSON is YAML too) and validates it. */
export function modelFromText(content: string, source: string): MaturityModel {
  let value: unknown;
  try {
    value = parseYaml(content, { prettyErrors: true, uniqueKeys: true });
  } catch (err) {
    const message = err instanceof YAMLParseError ? err.message.split('\n')[0] : String(err);
    throw new ModelDefinitionError(source, [
      { path: '', code: ProblemCode.INVALID_FORMAT, message: `no es YAML ni JSON válido: ${message}` },
    ]);
  }
  return modelFromObject(value, source);
}

export function modelFromFile(path: string): MaturityModel {
  return modelFromText(readFileSync(path, 'utf8'), path);
}

let defaultModel: MaturityModel | undefined;
/** The shipped default definition (read and validated once per process). */
export function shippedModel(): MaturityModel {
  defaultModel ??= modelFromFile(DEFAULT_MODEL_FILE);
  return defaultModel;
}
