import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';

import type { AccompanimentTopic } from '../../../workflows/accompaniment/accompaniment.v2.machine';

import type { Actor } from '../../core/auth/policy';
import { BadUserInputError, NotFoundError, PreconditionFailedError } from '../../core/errors/app-error';
import { ProblemCode, type Problem } from '../../core/errors/problems';
import { clip, problemsText } from '../../core/text';
import type { OpenInit } from '../../core/workflow/ports';
import type { ApplicationData, ApplicationService } from '../cofinancing/application.service';
import { CofinancingCall } from '../cofinancing/call.entity';
import { componentLabel, type Component } from '../cofinancing/cofinancing-defaults';
import { formatPesos } from '../cofinancing/money';
import { csvTable } from '../follow-up/plan-file';
import { shippedModel } from '../maturity/maturity-model';
import { RoadmapComment, RoadmapDelivery, RoadmapLine, type RoadmapHorizon, type RoadmapPriority } from './accompaniment.entity';
import type { DiagnosisPrefill, PrefillDimension, PrefillSubdimension } from './diagnosis.service';
import { ROADMAP_LIMITS, TEMPLATE_YEARS } from './roadmap.inputs';
import type { RoadmapCommentType, RoadmapLineType } from './roadmap.type';

/*
 * The structured roadmap (hoja de ruta): lines of action, drafted from the diagnosis when the
 * formulation starts, edited by the advisor, delivered, commented by the entity line by line in
 * adjustment rounds and, once accepted, the seed of a cofinancing application or an action plan.
 */

/** A line as an event carries it and the roadmap stores it (validated, trimmed, with its id). */
export interface LineData {
  id: string;
  dimensionCode: string;
  title: string;
  description: string;
  priority: RoadmapPriority;
  horizon: RoadmapHorizon;
  responsible: string;
  estimatedCost: number;
  component: Component | null;
}

export interface LineCommentData {
  lineId: string;
  comment: string;
}

// ------------------------------------------------------------------------------ the draft

/**
 * The draft's rule (design choice, stated in the docs): the dimensions scoring under 60 (below
 * "Avanzado" in the default bands), or the 3 weakest when fewer are under it, weakest first; for
 * each, one line per sub-dimension under 60, its 2 weakest at most (its weakest one if none is).
 */
export const DRAFT_RULE = { threshold: 60, minDimensions: 3, subdimensionsPerDimension: 2 } as const;
export const TO_BE_DEFINED = 'Por definir';

const number = (x: number) => x.toLocaleString('es-CO', { maximumFractionDigits: 2 });

/** The priority of a dimension's lines: the weakest dimension's are HIGH; the rest by its score. */
export function draftPriority(d: Pick<PrefillDimension, 'rank' | 'score'>): RoadmapPriority {
  if (d.rank === 1 || d.score < 40) return 'HIGH';
  return d.score < DRAFT_RULE.threshold ? 'MEDIUM' : 'LOW';
}

const horizonOf: Record<RoadmapPriority, RoadmapHorizon> = { HIGH: 'SHORT', MEDIUM: 'MEDIUM', LOW: 'LONG' };

/** The draft lines of a diagnosis (without ids), weakest dimension first. Pure. */
export function draftLines(prefill: DiagnosisPrefill, findings: ReadonlyMap<string, string>): Omit<LineData, 'id'>[] {
  const dims = prefill.dimensions;
  const under = dims.filter((d) => d.score < DRAFT_RULE.threshold);
  const chosen = under.length >= DRAFT_RULE.minDimensions ? under : dims.slice(0, DRAFT_RULE.minDimensions);
  return chosen.flatMap((d) => {
    const weak = d.subdimensions.filter((s) => s.score < DRAFT_RULE.threshold).slice(0, DRAFT_RULE.subdimensionsPerDimension);
    const subs: (PrefillSubdimension | null)[] = weak.length ? weak : d.subdimensions.length ? [d.subdimensions[0]] : [null];
    const priority = draftPriority(d);
    return subs.map((s) => ({
      dimensionCode: d.code,
      title: clip(s ? `Fortalecer ${s.name} (${d.name})` : `Fortalecer la dimensión ${d.name}`, ROADMAP_LIMITS.titleMax),
      description: clip(draftDescription(prefill, d, s, findings.get(d.code) ?? null), ROADMAP_LIMITS.descriptionMax),
      priority,
      horizon: horizonOf[priority],
      responsible: TO_BE_DEFINED,
      estimatedCost: 0,
      component: null,
    }));
  });
}

function draftDescription(prefill: DiagnosisPrefill, d: PrefillDimension, s: PrefillSubdimension | null, findings: string | null): string {
  const level = `nivel ${d.level}${d.levelName ? ` ${d.levelName}` : ''}`;
  const parts = [
    `${d.name} obtuvo ${number(d.score)} sobre 100 en el autodiagnóstico (${level}), puesto ${d.rank} de ${prefill.dimensions.length} entre las dimensiones de la entidad (1 es la más débil).`,
  ];
  if (s) parts.push(`La subdimensión ${s.name} obtuvo ${number(s.score)}.`);
  const questions = prefill.lowestQuestions.filter((q) => (s ? q.subdimensionCode === s.code : q.dimensionCode === d.code)).slice(0, 3);
  if (questions.length)
    parts.push(
      `Preguntas con menor puntaje: ${questions.map((q) => `«${clip(q.text, 200)}» (${number(q.normalised * 100)} %)`).join('; ')}.`,
    );
  if (findings) parts.push(`Hallazgos del diagnóstico: ${clip(findings, 600)}`);
  parts.push(
    `Propuesta: definir y ejecutar acciones que lleven ${s ? 'esta subdimensión' : 'esta dimensión'} al nivel siguiente del modelo, con responsables, metas e indicadores. Costo y componente por estimar.`,
  );
  return parts.join(' ');
}

// ------------------------------------------------------------------------------ edits

/**
 * An id for the n-th new thing of a request: derived from the idempotency key when there is one,
 * so a retry with the same key carries the same event (and is answered with the first result).
 */
export function newId(subject: string, key: string | null | undefined, ...parts: (string | number)[]): string {
  if (!key) return randomUUID();
  const h = createHash('sha256')
    .update(JSON.stringify([subject, key, ...parts]))
    .digest('hex');
  // Laid out as a version 5 UUID (name-based): a valid uuid for every column and check.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The problems of a roadmap's texts once trimmed (the decorators counted them untrimmed). Pure. */
export function lineTextProblems(lines: readonly Pick<LineData, 'title' | 'description' | 'responsible'>[]): Problem[] {
  const L = ROADMAP_LIMITS;
  const problems: Problem[] = [];
  lines.forEach((l, i) => {
    const at = `input.lines[${i}]`;
    const check = (field: 'title' | 'description' | 'responsible', min: number, max: number) => {
      const v = l[field].trim();
      if (v.length < min)
        problems.push({
          path: `${at}.${field}`,
          code: v ? ProblemCode.TOO_SHORT : ProblemCode.REQUIRED,
          message: `debe tener entre ${min} y ${max} caracteres`,
        });
    };
    check('title', L.titleMin, L.titleMax);
    check('description', L.descriptionMin, L.descriptionMax);
    check('responsible', L.responsibleMin, L.responsibleMax);
  });
  return problems;
}

/** The problems of a roadmap against the case: ids of lines it has, dimensions of its model. */
export function lineProblems(
  lines: readonly (Pick<LineData, 'dimensionCode'> & { id?: string | null })[],
  existing: ReadonlySet<string>,
  dimensions: ReadonlyMap<string, string>,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  lines.forEach((l, i) => {
    const at = `input.lines[${i}]`;
    if (l.id != null) {
      if (!existing.has(l.id))
        problems.push({
          path: `${at}.id`,
          code: ProblemCode.UNKNOWN,
          message: 'la hoja de ruta no tiene esa línea; omita id para una línea nueva',
        });
      else if (seen.has(l.id)) problems.push({ path: `${at}.id`, code: ProblemCode.DUPLICATE, message: 'la línea aparece más de una vez' });
      seen.add(l.id);
    }
    if (!dimensions.has(l.dimensionCode))
      problems.push({
        path: `${at}.dimensionCode`,
        code: ProblemCode.UNKNOWN,
        message: `el modelo no tiene la dimensión ${clip(l.dimensionCode)}; las dimensiones son ${[...dimensions.keys()].join(', ')}`,
      });
  });
  return problems;
}

export async function linesOf(em: EntityManager, caseId: string): Promise<RoadmapLine[]> {
  return em.find(RoadmapLine, { caseId }, { orderBy: { position: 'asc' } });
}

/** Replaces a case's lines with `lines`, in their order: kept lines keep their creation and origin. */
export async function writeLines(
  em: EntityManager,
  caseId: string,
  lines: readonly LineData[],
  at: Date,
  generated = false,
): Promise<void> {
  const before = new Map((await linesOf(em, caseId)).map((l) => [l.id, l]));
  await em.nativeDelete(RoadmapLine, { caseId });
  if (!lines.length) return;
  await em.insertMany(
    RoadmapLine,
    lines.map((l, i): RoadmapLine => ({
      id: l.id,
      caseId,
      position: i + 1,
      dimensionCode: l.dimensionCode,
      title: l.title.trim(),
      description: l.description.trim(),
      priority: l.priority,
      horizon: l.horizon,
      responsible: l.responsible.trim(),
      estimatedCost: l.estimatedCost,
      component: l.component ?? null,
      generated: before.get(l.id)?.generated ?? generated,
      createdAt: before.get(l.id)?.createdAt ?? at,
      updatedAt: at,
    })),
  );
}

/** The round the entity's comments answer: the latest delivery's (1 when none is recorded). */
export async function currentRound(em: EntityManager, caseId: string): Promise<number> {
  const rows = await em.find(RoadmapDelivery, { caseId }, { fields: ['round'], orderBy: { round: 'desc' }, limit: 1 });
  return rows[0]?.round ?? 1;
}

export function commentProblems(comments: readonly LineCommentData[], lines: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  comments.forEach((c, i) => {
    const at = `input.comments[${i}]`;
    if (!lines.has(c.lineId))
      problems.push({ path: `${at}.lineId`, code: ProblemCode.UNKNOWN, message: 'la hoja de ruta entregada no tiene esa línea' });
    else if (seen.has(c.lineId))
      problems.push({ path: `${at}.lineId`, code: ProblemCode.DUPLICATE, message: 'comente cada línea una sola vez por ronda' });
    seen.add(c.lineId);
    if (c.comment.trim().length < ROADMAP_LIMITS.commentMin)
      problems.push({
        path: `${at}.comment`,
        code: c.comment.trim() ? ProblemCode.TOO_SHORT : ProblemCode.REQUIRED,
        message: `debe tener entre ${ROADMAP_LIMITS.commentMin} y ${ROADMAP_LIMITS.commentMax} caracteres`,
      });
  });
  return problems;
}

/** The round's general note (lineId null) and one row per line comment. */
export async function writeComments(
  em: EntityManager,
  caseId: string,
  note: string,
  comments: readonly LineCommentData[],
  by: string,
  at: Date,
): Promise<void> {
  const round = await currentRound(em, caseId);
  const rows: RoadmapComment[] = [
    { id: randomUUID(), caseId, round, lineId: null, comment: note.trim(), createdBy: by, createdAt: at },
    ...comments.map((c) => ({
      id: randomUUID(),
      caseId,
      round,
      lineId: c.lineId,
      comment: c.comment.trim(),
      createdBy: by,
      createdAt: at,
    })),
  ];
  await em.insertMany(RoadmapComment, rows);
}

// ------------------------------------------------------------------------------ reading

/** A dimension's name: the diagnosis's, else the shipped model's, else its code. */
export function dimensionNamer(prefill: DiagnosisPrefill | null): (code: string) => string {
  const names = new Map(prefill?.dimensions.map((d) => [d.code, d.name]) ?? []);
  return (code) => names.get(code) ?? shippedModel().dimensionNames.get(code) ?? code;
}

export function lineType(l: RoadmapLine, nameOf: (code: string) => string): RoadmapLineType {
  return {
    id: l.id,
    position: l.position,
    dimensionCode: l.dimensionCode,
    dimensionName: nameOf(l.dimensionCode),
    title: l.title,
    description: l.description,
    priority: l.priority,
    horizon: l.horizon,
    responsible: l.responsible,
    estimatedCost: Number(l.estimatedCost),
    component: (l.component ?? null) as RoadmapLineType['component'],
    generated: l.generated,
  };
}

/** By round; in a round, the general note first, then the comments in the order of the lines. */
export function commentTypes(rows: readonly RoadmapComment[], lines: readonly RoadmapLine[]): RoadmapCommentType[] {
  const position = new Map(lines.map((l) => [l.id, l.position]));
  const place = (c: RoadmapComment) => (c.lineId === null ? 0 : (position.get(c.lineId) ?? Number.MAX_SAFE_INTEGER));
  return [...rows]
    .sort((a, b) => a.round - b.round || place(a) - place(b) || a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))
    .map((c) => ({ round: c.round, lineId: c.lineId, comment: c.comment, createdAt: c.createdAt }));
}

// ------------------------------------------------------------------------------ after acceptance

/** The states of a case whose roadmap was accepted (only ACCEPT_ROADMAP leads there for a roadmap topic). */
const ACCEPTED_STATES = ['surveyPending', 'completed'];

export function requireAccepted(kase: { state: string; topic: AccompanimentTopic | null }): void {
  if (kase.topic === 'ASSESSMENT_SUPPORT' || !ACCEPTED_STATES.includes(kase.state))
    throw new PreconditionFailedError(
      'ROADMAP_NOT_ACCEPTED',
      'Solo las líneas de una hoja de ruta aceptada por la entidad pueden llevarse a una postulación o a un plan de acción',
      { state: kase.state },
    );
}

/**
 * The chosen lines of the case's roadmap, in the order given, or every problem at its path:
 * `root` is where the ids are (`input.lineIds`, `lineIds`).
 */
export function chosenLines(lines: readonly RoadmapLine[], ids: readonly string[], root: string, needComponent: boolean): RoadmapLine[] {
  const byId = new Map(lines.map((l) => [l.id, l]));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const chosen: RoadmapLine[] = [];
  ids.forEach((id, i) => {
    const line = byId.get(id);
    const at = `${root}[${i}]`;
    if (!line) problems.push({ path: at, code: ProblemCode.UNKNOWN, message: 'la hoja de ruta aceptada no tiene esa línea' });
    else if (seen.has(id)) problems.push({ path: at, code: ProblemCode.DUPLICATE, message: `la línea ${line.position} está repetida` });
    else if (needComponent && !line.component)
      problems.push({
        path: at,
        code: ProblemCode.REQUIRED,
        message: `la línea ${line.position} («${clip(line.title)}») no tiene componente cofinanciable; sin él no se sabe en qué línea del presupuesto va`,
      });
    else chosen.push(line);
    seen.add(id);
  });
  if (problems.length) throw new BadUserInputError(`No se usaron las líneas: ${problemsText(problems)}`, { problems });
  return chosen;
}

/**
 * The application's content from the chosen lines: a budget line per roadmap line, in its
 * component, for its estimated cost, split so the counterpart is the call's minimum share (rounded
 * up to whole pesos) and FUTIC the rest; a title and a description naming the lines.
 */
export function applicationFromLines(
  caseId: string,
  lines: readonly RoadmapLine[],
  minCounterpartPercent: number,
  nameOf: (code: string) => string,
  knownDimensions: ReadonlySet<string>,
): ApplicationData {
  const first = lines[0];
  const more = lines.length > 1 ? ` y ${lines.length - 1} línea${lines.length > 2 ? 's' : ''} más` : '';
  const listed = lines
    .map(
      (l, i) =>
        `${i + 1}. ${l.title} (${nameOf(l.dimensionCode)}; ${componentLabel[l.component as Component]}; costo estimado ${formatPesos(Number(l.estimatedCost))}).`,
    )
    .join('\n');
  return {
    caseId,
    title: clip(`Hoja de ruta CTI: ${first.title}${more}`, 200),
    description: clip(
      `Proyecto formulado a partir de la hoja de ruta aceptada del acompañamiento técnico, con estas líneas de acción:\n${listed}\nLos valores son los costos estimados de la hoja de ruta; la contrapartida es la mínima de la convocatoria. Ajústelos antes de radicar.`,
      5000,
    ),
    dimensions: [...new Set(lines.map((l) => l.dimensionCode))].filter((d) => knownDimensions.has(d)),
    budgetLines: lines.map((l) => {
      const cost = Number(l.estimatedCost);
      const counterpartAmount = Math.ceil((cost * minCounterpartPercent) / 100);
      return {
        component: l.component as Component,
        description: clip(l.title, 300),
        futicAmount: cost - counterpartAmount,
        counterpartAmount,
      };
    }),
  };
}

/** What opening the application writes in its opening transaction: its content, through the cofinancing module's own save. */
export function applicationInit(
  applications: ApplicationService,
  actor: Actor,
  accompanimentCaseId: string,
  lines: readonly RoadmapLine[],
  nameOf: (code: string) => string,
  knownDimensions: ReadonlySet<string>,
): OpenInit {
  return {
    // Recorded on the application's CREATED row: where it came from.
    payload: { fromAccompaniment: accompanimentCaseId, roadmapLineIds: lines.map((l) => l.id) },
    async write(db, kase) {
      const em = db();
      const call = await em.findOne(CofinancingCall, { id: kase.callId! }, { fields: ['minCounterpartPercent'] });
      await applications.save(em, actor, applicationFromLines(kase.id, lines, call?.minCounterpartPercent ?? 0, nameOf, knownDimensions));
    },
  };
}

/** The years of a template's target columns, or the problem with them. */
export function templateYears(startYear: number | null | undefined, endYear: number | null | undefined, thisYear: number): number[] {
  const from = startYear ?? thisYear;
  const to = endYear ?? from + 3;
  const problems: Problem[] = [];
  if (to < from) problems.push({ path: 'endYear', code: ProblemCode.INCONSISTENT, message: 'no puede ser anterior a startYear' });
  else if (to - from + 1 > TEMPLATE_YEARS.span)
    problems.push({
      path: 'endYear',
      code: ProblemCode.OUT_OF_RANGE,
      message: `el horizonte admite a lo sumo ${TEMPLATE_YEARS.span} años`,
    });
  if (problems.length) throw new BadUserInputError(`No se generó la plantilla: ${problemsText(problems)}`, { problems });
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * The action-plan import sheet (plan-sheet.ts columns, `;`-separated for Excel in Colombia) with one
 * objective per dimension of the chosen lines and one product per line, in the roadmap's order; the
 * indicator, weight, annualization and targets are left blank for the entity to complete before
 * importing it (the importer refuses blanks, so nothing half-made becomes a plan).
 */
export function actionPlanTemplate(lines: readonly RoadmapLine[], nameOf: (code: string) => string, years: readonly number[]): string {
  const ordered = [...lines].sort((a, b) => a.position - b.position);
  const objectives = [...new Set(ordered.map((l) => l.dimensionCode))];
  const header = [
    'objetivo',
    'nombre_objetivo',
    'producto',
    'nombre_producto',
    'indicador',
    'sector',
    'peso',
    'anualizacion',
    ...years.map((y) => `meta_${y}`),
  ];
  const counts = new Map<string, number>();
  const rows = ordered.map((l) => {
    const o = objectives.indexOf(l.dimensionCode) + 1;
    const n = (counts.get(l.dimensionCode) ?? 0) + 1;
    counts.set(l.dimensionCode, n);
    return [
      `O${o}`,
      clip(`Cerrar las brechas de la dimensión ${nameOf(l.dimensionCode)}`, 500),
      `${o}.${n}`,
      clip(l.title, 500),
      '',
      clip(l.responsible, 120),
      '',
      '',
      ...years.map(() => ''),
    ];
  });
  return csvTable([header, ...rows]);
}

/** The accompaniment case a principal may read, or NOT_FOUND as for a case that does not exist. */
export function notFound(caseId: string): NotFoundError {
  return new NotFoundError(`No existe el trámite ${caseId} o no tiene acceso a él`, { caseId });
}
