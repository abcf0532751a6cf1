import type { EntityManager } from '@mikro-orm/knex';

import { BadUserInputError, PreconditionFailedError } from '../../core/errors/app-error';
import { ProblemCode, type Problem } from '../../core/errors/problems';
import { clip, problemsText } from '../../core/text';
import type { CtiIndexService } from '../maturity/cti-index.service';
import type { MaturityModel } from '../maturity/maturity-model';
import { AssessmentAnswer, AssessmentPartScore, AssessmentScore, type EvidenceItem } from '../maturity/maturity.entity';
import type { ModelCatalog } from '../maturity/model-catalog';
import { normalise } from '../maturity/scoring';
import { latestValidatedAssessment } from './accompaniment-request';
import { AccompanimentDiagnosis, DiagnosisFinding } from './accompaniment.entity';
import { comparisonLabels, comparisonOf, type DiagnosisComparison } from './diagnosis-comparison';
import { ROADMAP_LIMITS } from './roadmap.inputs';
import type { DiagnosisType } from './roadmap.type';

/*
 * The advisor's diagnosis starts from the entity's latest validated assessment: its scores as they
 * were when the diagnosis started are copied into the diagnosis (`prefill`), so what the advisor
 * and the entity read (and the roadmap drafted from it) does not move if the entity validates
 * another assessment later.
 */

/** How many of the lowest-scored answers the diagnosis keeps. */
export const LOWEST_QUESTIONS = 10;

export interface PrefillSubdimension {
  code: string;
  name: string;
  score: number;
  level: number;
}

export interface PrefillDimension {
  code: string;
  name: string;
  score: number;
  level: number;
  levelName: string | null;
  rank: number;
  /** Weakest first. */
  subdimensions: PrefillSubdimension[];
}

export interface PrefillQuestion {
  questionId: string;
  text: string;
  dimensionCode: string;
  subdimensionCode: string;
  value: number;
  normalised: number;
  evidence: EvidenceItem[];
}

/** What `AccompanimentDiagnosis.prefill` holds. */
export interface DiagnosisPrefill {
  modelVersion: string;
  index: number;
  level: number;
  levelName: string | null;
  /** Weakest first (rank 1). */
  dimensions: PrefillDimension[];
  /** Lowest normalised answer first. */
  lowestQuestions: PrefillQuestion[];
  /**
   * The department's and the nation's averages in the assessment's cycle when the diagnosis
   * started (see diagnosis-comparison.ts); absent in diagnoses started before they were frozen.
   */
  comparison?: DiagnosisComparison;
}

/** Ascending by score; ties keep the model's order (its own order of dimensions, sub-dimensions, questions). */
const byScore =
  <T>(score: (x: T) => number, order: (x: T) => number) =>
  (a: T, b: T) =>
    score(a) - score(b) || order(a) - order(b);

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * The prefill of a diagnosis from one validated assessment: its scores (stored at validation with
 * the cycle's frozen model), the model's names and questions, and the answers with their evidence.
 * Read in the caller's transaction.
 */
export async function prefillFrom(em: EntityManager, models: ModelCatalog, assessmentCaseId: string): Promise<DiagnosisPrefill> {
  const score = await em.findOne(AssessmentScore, { caseId: assessmentCaseId });
  if (!score)
    throw new PreconditionFailedError('VALIDATED_ASSESSMENT_REQUIRED', 'El autodiagnóstico validado de la entidad no tiene puntajes', {
      assessmentCaseId,
    });
  // One after the other: inside a transaction they share its one connection.
  const { model } = await models.get(em, score.modelVersion);
  const parts = await em.find(AssessmentPartScore, { caseId: assessmentCaseId });
  const answers = await em.find(AssessmentAnswer, { caseId: assessmentCaseId });
  return prefillOf(model, score, parts, answers);
}

/** Pure: the ranking and the lowest questions of one assessment's scores and answers. */
export function prefillOf(
  model: MaturityModel,
  score: Pick<AssessmentScore, 'indexScore' | 'level'>,
  parts: readonly Pick<AssessmentPartScore, 'partId' | 'kind' | 'dimensionId' | 'score' | 'level'>[],
  answers: readonly Pick<AssessmentAnswer, 'questionId' | 'value' | 'evidence'>[],
): DiagnosisPrefill {
  const defs = model.definition.dimensions;
  const dimensionOrder = new Map(defs.map((d, i) => [d.id, i]));
  const subOrder = new Map(defs.flatMap((d) => d.subdimensions.map((s, i) => [s.id, i] as const)));
  const questionOrder = new Map([...model.questions.keys()].map((id, i) => [id, i]));
  const subs = parts.filter((p) => p.kind === 'SUBDIMENSION');
  const dimensions = parts
    .filter((p) => p.kind === 'DIMENSION' && dimensionOrder.has(p.partId))
    .sort(
      byScore(
        (p) => p.score,
        (p) => dimensionOrder.get(p.partId)!,
      ),
    )
    .map((p, i): PrefillDimension => ({
      code: p.partId,
      name: model.dimensionNames.get(p.partId) ?? p.partId,
      score: Number(p.score),
      level: Number(p.level),
      levelName: model.level(Number(p.level))?.name ?? null,
      rank: i + 1,
      subdimensions: subs
        .filter((s) => s.dimensionId === p.partId)
        .sort(
          byScore(
            (s) => s.score,
            (s) => subOrder.get(s.partId) ?? 0,
          ),
        )
        .map((s) => ({
          code: s.partId,
          name: model.subdimensionNames.get(s.partId) ?? s.partId,
          score: Number(s.score),
          level: Number(s.level),
        })),
    }));
  const lowestQuestions = answers
    .flatMap((a) => {
      const q = model.questions.get(a.questionId);
      if (!q) return [];
      const value = Number(a.value);
      return [
        {
          questionId: q.id,
          text: q.text,
          dimensionCode: q.dimensionId,
          subdimensionCode: q.subdimensionId,
          value,
          normalised: round4(normalise(q, value)),
          evidence: (a.evidence ?? []).map((e) => ({
            title: e.title,
            url: e.url ?? null,
            fileRef: e.fileRef ?? null,
            date: e.date ?? null,
            documentId: e.documentId ?? null,
          })),
        },
      ];
    })
    .sort(
      byScore(
        (q) => q.normalised,
        (q) => questionOrder.get(q.questionId) ?? 0,
      ),
    )
    .slice(0, LOWEST_QUESTIONS);
  return {
    modelVersion: model.version,
    index: Number(score.indexScore),
    level: Number(score.level),
    levelName: model.level(Number(score.level))?.name ?? null,
    dimensions,
    lowestQuestions,
  };
}

/**
 * Writes the diagnosis of a case that enters `diagnosis`: prefilled from the entity's latest
 * validated assessment at this moment (any cycle, `latestValidatedAssessment`'s order), which a
 * roadmap or a project needs, with the department's and the nation's averages of its cycle as
 * they stand now (frozen: the roadmap's PDF shows these at every delivery).
 */
export async function startDiagnosis(
  em: EntityManager,
  deps: { models: ModelCatalog; cti: CtiIndexService },
  caseId: string,
  entityCode: string,
  at: Date,
): Promise<void> {
  const assessmentCaseId = await latestValidatedAssessment(em, entityCode);
  if (!assessmentCaseId)
    throw new PreconditionFailedError(
      'VALIDATED_ASSESSMENT_REQUIRED',
      'El diagnóstico parte del autodiagnóstico validado de la entidad, y la entidad no tiene ninguno',
      { entityCode },
    );
  const prefill = await prefillFrom(em, deps.models, assessmentCaseId);
  // Already in the identity map: prefillFrom read it.
  const score = await em.findOneOrFail(AssessmentScore, { caseId: assessmentCaseId });
  prefill.comparison = await comparisonOf(em, deps.cti, score);
  const row: AccompanimentDiagnosis = { caseId, assessmentCaseId, prefill: prefill as unknown as Record<string, unknown>, createdAt: at };
  await em.insert(AccompanimentDiagnosis, row);
}

export interface FindingData {
  dimensionCode: string;
  text: string;
}

/** The diagnosis of a case and its prefill, read in the caller's transaction (null before the diagnosis starts). */
export async function diagnosisOf(
  em: EntityManager,
  caseId: string,
): Promise<{ row: AccompanimentDiagnosis; prefill: DiagnosisPrefill } | null> {
  const row = await em.findOne(AccompanimentDiagnosis, { caseId });
  return row ? { row, prefill: row.prefill as unknown as DiagnosisPrefill } : null;
}

/** The dimension codes a case's findings and lines may name: those of the model its diagnosis was scored with. */
export async function dimensionNamesOf(em: EntityManager, models: ModelCatalog, caseId: string): Promise<Map<string, string>> {
  const diagnosis = await diagnosisOf(em, caseId);
  const found = diagnosis ? await models.find(em, diagnosis.prefill.modelVersion) : await models.latest(em);
  return new Map(found?.model.dimensionNames ?? []);
}

/** The findings' problems against the model (every one, at its input path); trimmed data when there are none. */
export function findingsProblems(findings: readonly FindingData[], dimensions: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  findings.forEach((f, i) => {
    const at = `input.findings[${i}]`;
    if (!dimensions.has(f.dimensionCode))
      problems.push({
        path: `${at}.dimensionCode`,
        code: ProblemCode.UNKNOWN,
        message: `el modelo no tiene la dimensión ${clip(f.dimensionCode)}; las dimensiones son ${[...dimensions.keys()].join(', ')}`,
      });
    else if (seen.has(f.dimensionCode))
      problems.push({ path: `${at}.dimensionCode`, code: ProblemCode.DUPLICATE, message: `la dimensión ${f.dimensionCode} está repetida` });
    seen.add(f.dimensionCode);
    if (f.text.length > ROADMAP_LIMITS.findingMax)
      problems.push({
        path: `${at}.text`,
        code: ProblemCode.TOO_LONG,
        message: `admite a lo sumo ${ROADMAP_LIMITS.findingMax} caracteres`,
      });
  });
  return problems;
}

export async function checkFindings(
  em: EntityManager,
  models: ModelCatalog,
  caseId: string,
  findings: readonly FindingData[],
): Promise<void> {
  const problems = findingsProblems(findings, await dimensionNamesOf(em, models, caseId));
  if (problems.length) throw new BadUserInputError(`No se registraron los hallazgos: ${problemsText(problems)}`, { problems });
}

/** Upserts each dimension's findings; an empty text removes them. */
export async function writeFindings(
  em: EntityManager,
  caseId: string,
  findings: readonly FindingData[],
  by: string,
  at: Date,
): Promise<void> {
  for (const f of findings) {
    const text = f.text.trim();
    await em.nativeDelete(DiagnosisFinding, { caseId, dimensionCode: f.dimensionCode });
    if (text) await em.insert(DiagnosisFinding, { caseId, dimensionCode: f.dimensionCode, text, updatedBy: by, updatedAt: at });
  }
}

/**
 * The diagnosis as the API shows it: its prefill with each dimension's findings, and its frozen
 * comparison with the groups named (`departmentName`: a department's name in the directory).
 */
export function diagnosisType(
  row: AccompanimentDiagnosis,
  findings: readonly DiagnosisFinding[],
  departmentName: (code: string) => string | null,
): DiagnosisType {
  const prefill = row.prefill as unknown as DiagnosisPrefill;
  const frozen = prefill.comparison;
  const labels = frozen ? comparisonLabels(departmentName(frozen.departmentCode) ?? frozen.departmentCode) : null;
  const byDimension = new Map(findings.map((f) => [f.dimensionCode, f]));
  return {
    caseId: row.caseId,
    assessmentCaseId: row.assessmentCaseId ?? '',
    assessmentId: row.assessmentCaseId,
    modelVersion: prefill.modelVersion,
    index: prefill.index,
    level: prefill.level,
    levelName: prefill.levelName,
    dimensions: prefill.dimensions.map((d) => ({
      ...d,
      findings: byDimension.get(d.code)?.text ?? null,
      findingsUpdatedAt: byDimension.get(d.code)?.updatedAt ?? null,
    })),
    lowestQuestions: prefill.lowestQuestions.map((q) => ({
      ...q,
      evidence: q.evidence.map((e) => ({ ...e, documentId: e.documentId ?? null })),
    })),
    comparison:
      frozen && labels
        ? { department: { ...frozen.department, label: labels.department }, national: { ...frozen.national, label: labels.national } }
        : null,
    createdAt: row.createdAt,
  };
}
