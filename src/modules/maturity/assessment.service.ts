import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';

import { canReadCase, type Actor } from '../../core/auth/policy';
import { chunks, groupBy } from '../../core/collections';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError } from '../../core/errors/app-error';
import { lengthCode, ProblemCode, under } from '../../core/errors/problems';
import { sqlOf } from '../../core/orm/orm';
import { clip, isCalendarDate, isUuid, quoted, type Problem } from '../../core/text';
import type { Clock } from '../../core/time/clock';
import { asJson, takeCaseRow } from '../../core/workflow/case-store';
import { WorkflowCase } from '../../core/workflow/case.entity';
import type { WorkflowEvent } from '../../core/workflow/workflow-runtime';
import { Cycle } from '../cycles/cycle.entity';
import type { DocumentAttachments, DocumentRef } from '../documents/document-attachments';
import { TerritorialEntity } from '../territorial-entities/territorial-entity.entity';
import type { MaturityModel } from './maturity-model';
import { AssessmentAnswer, AssessmentComment, AssessmentPartScore, AssessmentScore, type EvidenceItem } from './maturity.entity';
import { canAnswerAssessment } from './maturity.policy';
import type { ModelCatalog } from './model-catalog';
import { answerProblem, scoreAssessment } from './scoring';

export const ASSESSMENT = 'MATURITY_ASSESSMENT';
/** The states in which the entity may change its answers; validation (and submission) freezes them. */
export const EDITABLE_STATES = ['draft', 'changesRequested'];
export const MAX_ANSWERS_PER_BATCH = 100;
export const MAX_EVIDENCE_PER_ANSWER = 5;

export interface EvidenceData {
  title: string;
  url?: string | null;
  fileRef?: string | null;
  date?: string | null;
  /** An uploaded document (ASSESSMENT_EVIDENCE), attached to the answer when the batch is saved. */
  documentId?: string | null;
}

export interface AnswerData {
  questionId: string;
  /** Scale, percentage or number questions. */
  value?: number | null;
  /** Yes/no questions. */
  yes?: boolean | null;
  evidence?: EvidenceData[] | null;
}

export interface ReviewCommentData {
  questionId: string;
  text: string;
}

export type MissingReason = 'UNANSWERED' | 'EVIDENCE_REQUIRED';

export interface MissingItem {
  questionId: string;
  dimensionId: string;
  reason: MissingReason;
}

export interface DimensionCompleteness {
  dimensionId: string;
  questions: number;
  answered: number;
  required: number;
  requiredAnswered: number;
  missingEvidence: number;
  complete: boolean;
}

export interface Completeness {
  questions: number;
  answered: number;
  required: number;
  requiredAnswered: number;
  complete: boolean;
  dimensions: DimensionCompleteness[];
  missing: MissingItem[];
}

/** All completeness needs of an answer: that it exists, and its evidence. */
type StoredAnswer = Pick<AssessmentAnswer, 'evidence'>;

/** What each question still needs: an answer if it is required, evidence if its answer needs it. */
export function completenessOf(model: MaturityModel, answers: ReadonlyMap<string, StoredAnswer>): Completeness {
  const missing: MissingItem[] = [];
  const dimensions: DimensionCompleteness[] = [];
  for (const d of model.definition.dimensions) {
    const c: DimensionCompleteness = {
      dimensionId: d.id,
      questions: 0,
      answered: 0,
      required: 0,
      requiredAnswered: 0,
      missingEvidence: 0,
      complete: true,
    };
    for (const s of d.subdimensions) {
      for (const q of s.questions) {
        const answer = answers.get(q.id);
        c.questions++;
        if (q.required) c.required++;
        if (answer) {
          c.answered++;
          if (q.required) c.requiredAnswered++;
          if (q.evidenceRequired && answer.evidence.length === 0) {
            c.missingEvidence++;
            missing.push({ questionId: q.id, dimensionId: d.id, reason: 'EVIDENCE_REQUIRED' });
          }
        } else if (q.required) {
          missing.push({ questionId: q.id, dimensionId: d.id, reason: 'UNANSWERED' });
        }
      }
    }
    c.complete = c.requiredAnswered === c.required && c.missingEvidence === 0;
    dimensions.push(c);
  }
  const sum = (f: (c: DimensionCompleteness) => number) => dimensions.reduce((t, c) => t + f(c), 0);
  return {
    questions: sum((c) => c.questions),
    answered: sum((c) => c.answered),
    required: sum((c) => c.required),
    requiredAnswered: sum((c) => c.requiredAnswered),
    complete: missing.length === 0,
    dimensions,
    missing,
  };
}

const missingText: Record<MissingReason, string> = { UNANSWERED: 'sin responder', EVIDENCE_REQUIRED: 'sin la evidencia obligatoria' };

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') && !/\s/.test(text);
  } catch {
    return false;
  }
}

/** Every problem of a batch against the frozen model, each with the path of the bad value. */
export function answerProblems(model: MaturityModel, answers: readonly AnswerData[], clear: readonly string[], today: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    const at = `answers[${i}]`;
    const q = model.questions.get(a.questionId);
    if (!q) {
      problems.push({
        path: `${at}.questionId`,
        code: ProblemCode.UNKNOWN,
        message: `la pregunta ${a.questionId} no existe en la versión ${model.version} del modelo`,
      });
      return;
    }
    if (seen.has(a.questionId))
      problems.push({
        path: `${at}.questionId`,
        code: ProblemCode.DUPLICATE,
        message: `la pregunta ${a.questionId} aparece más de una vez en el lote`,
      });
    seen.add(a.questionId);
    const value = valueOf(q.type, a);
    if (typeof value !== 'number') {
      // Name the field that is wrong: `value` sent (or missing) where it does not belong, or `yes`.
      const field = q.type === 'YES_NO' ? (a.value != null ? 'value' : 'yes') : a.yes != null ? 'yes' : 'value';
      problems.push({ path: `${at}.${field}`, code: value.code, message: `${q.id}: ${value.message}` });
    } else {
      const problem = answerProblem(q, value);
      if (problem)
        problems.push({
          path: q.type === 'YES_NO' ? `${at}.yes` : `${at}.value`,
          code: Number.isFinite(value) ? ProblemCode.OUT_OF_RANGE : ProblemCode.INVALID_TYPE,
          message: `${q.id} ${problem}`,
        });
    }
    const evidence = a.evidence ?? [];
    if (evidence.length > MAX_EVIDENCE_PER_ANSWER)
      problems.push({
        path: `${at}.evidence`,
        code: ProblemCode.TOO_LONG,
        message: `admite como máximo ${MAX_EVIDENCE_PER_ANSWER} evidencias por respuesta`,
      });
    evidence.forEach((e, j) => {
      const ep = `${at}.evidence[${j}]`;
      const title = e.title?.trim() ?? '';
      if (title.length < 3 || title.length > 200)
        problems.push({
          path: `${ep}.title`,
          code: lengthCode(title, 3),
          message: 'el título de la evidencia debe tener entre 3 y 200 caracteres',
        });
      const url = e.url?.trim() || null;
      const fileRef = e.fileRef?.trim() || null;
      const documentId = e.documentId?.trim() || null;
      if (!url && !fileRef && !documentId)
        problems.push({
          path: ep,
          code: ProblemCode.REQUIRED,
          message: 'la evidencia debe tener una URL, una referencia de archivo o un documento subido (documentId)',
        });
      if (url && (url.length > 2000 || !isHttpUrl(url)))
        problems.push({ path: `${ep}.url`, code: ProblemCode.INVALID_FORMAT, message: `${quoted(url, 100)} no es una URL http(s) válida` });
      if (fileRef && fileRef.length > 300)
        problems.push({
          path: `${ep}.fileRef`,
          code: ProblemCode.TOO_LONG,
          message: 'la referencia de archivo admite como máximo 300 caracteres',
        });
      if (e.date != null) {
        if (!isCalendarDate(e.date))
          problems.push({
            path: `${ep}.date`,
            code: ProblemCode.INVALID_FORMAT,
            message: `${quoted(e.date)} no es una fecha AAAA-MM-DD válida`,
          });
        else if (e.date > today)
          problems.push({
            path: `${ep}.date`,
            code: ProblemCode.OUT_OF_RANGE,
            message: `la fecha de la evidencia (${e.date}) no puede ser futura`,
          });
      }
    });
  });
  clear.forEach((questionId, i) => {
    if (!model.questions.has(questionId)) {
      problems.push({
        path: `clear[${i}]`,
        code: ProblemCode.UNKNOWN,
        message: `la pregunta ${clip(questionId)} no existe en la versión ${model.version} del modelo`,
      });
    } else if (seen.has(questionId)) {
      problems.push({
        path: `clear[${i}]`,
        code: ProblemCode.INCONSISTENT,
        message: `la pregunta ${questionId} no puede responderse y borrarse en el mismo lote`,
      });
    }
  });
  return problems;
}

/** The stored value of an answer (yes/no as 1/0), or why the input does not carry one. */
function valueOf(type: string, a: AnswerData): number | { code: ProblemCode; message: string } {
  if (type === 'YES_NO') {
    if (a.value != null) return { code: ProblemCode.NOT_ALLOWED, message: 'es de sí o no: responda con yes (true o false), no con value' };
    if (a.yes == null) return { code: ProblemCode.REQUIRED, message: 'falta yes (true o false)' };
    return a.yes ? 1 : 0;
  }
  if (a.yes != null) return { code: ProblemCode.NOT_ALLOWED, message: 'no es de sí o no: responda con value' };
  if (a.value == null) return { code: ProblemCode.REQUIRED, message: 'falta value' };
  return a.value;
}

/** A refused batch: its problems under `input` (the answers are checked without it). */
function problemsError(relative: Problem[]): BadUserInputError {
  const problems = under('input', relative);
  const shown = problems
    .slice(0, 5)
    .map((p) => `${p.path}: ${p.message}`)
    .join('; ');
  const more = problems.length > 5 ? ` (y ${problems.length - 5} problemas más)` : '';
  return new BadUserInputError(`No se guardó ninguna respuesta: ${shown}${more}`, { problems });
}

/**
 * The assessment's answers and review comments, and the maturity rules the workflow runtime asks
 * about its events: submission needs every required answer with its evidence, review comments
 * must name questions of the model, and validation computes and stores the scores.
 */
export class AssessmentService {
  constructor(
    private readonly catalog: ModelCatalog,
    private readonly clock: Clock,
    private readonly attachments: DocumentAttachments,
  ) {}

  /** An assessment case the actor may read (another entity's looks exactly like a missing one). */
  async readable(em: EntityManager, actor: Actor, caseId: string): Promise<WorkflowCase> {
    const kase = isUuid(caseId) ? await em.findOne(WorkflowCase, { id: caseId, process: ASSESSMENT }) : null;
    if (!kase || !canReadCase(actor, kase))
      throw new NotFoundError(`No existe el autodiagnóstico ${caseId} o no tiene acceso a él`, { caseId });
    return kase;
  }

  /**
   * Saves a batch of answers and clears others, all or nothing. Safe to repeat (autosave): the
   * same batch leaves the same answers. The case row is taken first, conditioned on an editable
   * state, which also serialises the batch with a concurrent submission. Evidence that names an
   * uploaded document attaches it to its answer in the same transaction (a refused document refuses
   * the whole batch); a document already attached to that answer is simply kept.
   */
  async saveAnswers(em: EntityManager, actor: Actor, caseId: string, answers: AnswerData[], clear: string[]): Promise<WorkflowCase> {
    if (answers.length + clear.length === 0)
      throw new BadUserInputError('El lote no trae respuestas ni preguntas para borrar', {
        path: 'input.answers',
        code: ProblemCode.REQUIRED,
      });
    if (answers.length > MAX_ANSWERS_PER_BATCH || clear.length > MAX_ANSWERS_PER_BATCH) {
      throw new BadUserInputError(
        `Un lote admite como máximo ${MAX_ANSWERS_PER_BATCH} respuestas y ${MAX_ANSWERS_PER_BATCH} preguntas para borrar`,
        { path: answers.length > MAX_ANSWERS_PER_BATCH ? 'input.answers' : 'input.clear', code: ProblemCode.TOO_LONG },
      );
    }
    const kase = await this.readable(em, actor, caseId);
    if (!canAnswerAssessment(actor, kase)) throw new ForbiddenError('Solo los usuarios de la entidad pueden responder su autodiagnóstico');
    const { model } = await this.catalog.ofCycle(em, kase.cycleId);
    const now = this.clock.now();
    const problems = answerProblems(model, answers, clear, bogotaToday(now));
    if (problems.length) throw problemsError(problems);
    return em.transactional(async (tx) => {
      if (!(await takeCaseRow(sqlOf(tx), (q) => q.where('id', kase.id).whereIn('state', EDITABLE_STATES)))) {
        const current = await tx.findOneOrFail(WorkflowCase, { id: kase.id }, { refresh: true });
        throw notEditable(current.state);
      }
      await this.attachments.attachAll(
        tx,
        actor,
        answers.map((a, i) => ({
          owner: {
            kind: 'ASSESSMENT_ANSWER' as const,
            key: answerOwnerKey(kase.id, a.questionId),
            caseId: kase.id,
            entityCode: kase.entityCode,
            purposes: ['ASSESSMENT_EVIDENCE' as const],
          },
          refs: (a.evidence ?? []).flatMap((e, j): DocumentRef[] =>
            e.documentId?.trim() ? [{ id: e.documentId.trim(), path: `input.answers[${i}].evidence[${j}].documentId` }] : [],
          ),
        })),
      );
      const ids = [...answers.map((a) => a.questionId), ...clear];
      await tx.nativeDelete(AssessmentAnswer, { caseId: kase.id, questionId: { $in: ids } });
      if (answers.length) {
        await tx.insertMany(
          AssessmentAnswer,
          answers.map((a) => ({
            caseId: kase.id,
            questionId: a.questionId,
            value: valueOf(model.questions.get(a.questionId)!.type, a) as number,
            evidence: (a.evidence ?? []).map((e): EvidenceItem => ({
              title: e.title.trim(),
              url: e.url?.trim() || null,
              fileRef: e.fileRef?.trim() || null,
              date: e.date ?? null,
              documentId: e.documentId?.trim() || null,
            })),
            answeredBy: actor.subject,
            answeredAt: now,
          })),
        );
      }
      return kase;
    });
  }

  // ---- rules the workflow runtime applies (called inside the transition's transaction) ----

  async beforeEvent(db: () => EntityManager, kase: WorkflowCase, event: WorkflowEvent): Promise<void> {
    switch (event.type) {
      case 'SUBMIT':
      case 'RESUBMIT':
        return this.requireComplete(db(), kase);
      case 'REQUEST_CHANGES':
        return this.checkComments(db(), kase, event);
      case 'VALIDATE': {
        const cycle = await db().findOne(Cycle, { id: kase.cycleId! }, { fields: ['indexPublishedAt', 'year'] });
        if (cycle?.indexPublishedAt) {
          throw new PreconditionFailedError(
            'INDEX_PUBLISHED',
            `El Índice CTI de la vigencia ${cycle.year} ya se publicó; sus puntajes son definitivos`,
          );
        }
        return;
      }
    }
  }

  async afterEvent(db: () => EntityManager, actor: Actor, after: WorkflowCase, event: WorkflowEvent): Promise<void> {
    if (event.type === 'REQUEST_CHANGES') {
      const comments = commentsOf(event);
      if (comments.length) {
        await db().insertMany(
          AssessmentComment,
          comments.map((c, position) => ({
            id: randomUUID(),
            caseId: after.id,
            questionId: c.questionId,
            text: c.text.trim(),
            round: after.version,
            position,
            authorSubject: actor.subject,
            createdAt: after.updatedAt,
          })),
        );
      }
    }
    if (event.type === 'VALIDATE') await this.storeScores(db(), after);
  }

  private async requireComplete(em: EntityManager, kase: WorkflowCase): Promise<void> {
    // Plain statements in the transition's transaction: this runs on every (re)submission, and the
    // ORM's entity machinery tripled the CPU of a transition (see the README's benchmark).
    const db = sqlOf(em);
    // Taking the case row first waits for an answer batch in flight (and makes a later one see the new state).
    if (!(await takeCaseRow(db, (q) => q.where({ id: kase.id, version: kase.version })))) {
      throw new ConflictError('El autodiagnóstico cambió mientras se enviaba; consúltelo de nuevo e intente otra vez');
    }
    const { model } = await this.catalog.ofCycle(em, kase.cycleId);
    const rows: { question_id: string; evidence: unknown }[] = await db('assessment_answer')
      .select('question_id', 'evidence')
      .where('case_id', kase.id);
    const answers = new Map(rows.map((r) => [r.question_id, { evidence: asJson(r.evidence) as unknown as EvidenceItem[] }]));
    const completeness = completenessOf(model, answers);
    if (completeness.complete) return;
    const { missing } = completeness;
    const listed = missing
      .slice(0, 10)
      .map((m) => `${m.questionId} (${missingText[m.reason]})`)
      .join(', ');
    throw new PreconditionFailedError(
      'ASSESSMENT_INCOMPLETE',
      `El autodiagnóstico no se puede enviar: faltan ${missing.length} ${missing.length === 1 ? 'respuesta o evidencia obligatoria' : 'respuestas o evidencias obligatorias'}: ${listed}${missing.length > 10 ? ', …' : ''}`,
      { missing: missing.map((m) => ({ questionId: m.questionId, dimension: m.dimensionId, reason: m.reason })) },
    );
  }

  private async checkComments(em: EntityManager, kase: WorkflowCase, event: WorkflowEvent): Promise<void> {
    const comments = commentsOf(event);
    if (!comments.length) return;
    const { model } = await this.catalog.ofCycle(em, kase.cycleId);
    const problems: Problem[] = [];
    comments.forEach((c, i) => {
      const text = c.text.trim();
      if (text.length < 3 || text.length > 2000)
        problems.push({
          path: `input.comments[${i}].text`,
          code: lengthCode(text, 3),
          message: 'el comentario debe tener entre 3 y 2000 caracteres (sin contar espacios al inicio y al final)',
        });
      if (!model.questions.has(c.questionId))
        problems.push({
          path: `input.comments[${i}].questionId`,
          code: ProblemCode.UNKNOWN,
          message: `la pregunta ${clip(c.questionId)} no existe en la versión ${model.version} del modelo`,
        });
    });
    if (problems.length) {
      throw new BadUserInputError(`No se solicitaron los ajustes: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, {
        problems,
      });
    }
  }

  /** Scores the assessment with its cycle's frozen model and stores them (the Índice reads only these rows). */
  private async storeScores(em: EntityManager, kase: WorkflowCase): Promise<void> {
    const { model } = await this.catalog.ofCycle(em, kase.cycleId);
    const answers = (await answersByCase(em, [kase.id])).get(kase.id) ?? [];
    // Read in the transaction, not from the directory: on SQLite a directory reload would wait for
    // the one connection this transaction holds.
    const entity = await em.findOne(TerritorialEntity, { code: kase.entityCode }, { fields: ['name', 'kind'] });
    const rows = scoreRows(
      model,
      kase,
      entity ? { name: entity.name, kind: entity.kind } : { name: kase.entityCode, kind: 'MUNICIPALITY' },
      answers,
      this.clock.now(),
    );
    if (!rows) throw new PreconditionFailedError('ASSESSMENT_EMPTY', 'El autodiagnóstico no tiene respuestas que puntuar');
    // `validated` is final: an assessment is scored here once.
    await em.insert(AssessmentScore, rows.score);
    await em.insertMany(AssessmentPartScore, rows.parts);
  }
}

/** The score rows of one assessment (null when nothing is answered). */
export function scoreRows(
  model: MaturityModel,
  kase: Pick<WorkflowCase, 'id' | 'cycleId' | 'entityCode' | 'departmentCode'>,
  entity: { name: string; kind: string },
  answers: readonly Pick<AssessmentAnswer, 'questionId' | 'value'>[],
  at: Date,
): { score: AssessmentScore; parts: AssessmentPartScore[] } | null {
  const scoring = scoreAssessment(model, new Map(answers.map((a) => [a.questionId, a.value])));
  if (scoring.index === null) return null;
  return {
    score: {
      caseId: kase.id,
      cycleId: kase.cycleId!,
      entityCode: kase.entityCode,
      entityName: entity.name,
      departmentCode: kase.departmentCode,
      entityKind: entity.kind,
      modelVersion: model.version,
      indexScore: scoring.index,
      level: scoring.level!,
      scoredAt: at,
    },
    parts: scoring.parts.map((p) => ({
      caseId: kase.id,
      partId: p.id,
      kind: p.kind,
      dimensionId: p.dimensionId,
      score: p.score,
      level: p.level,
      answered: p.answered,
    })),
  };
}

/** The answers of many assessments, grouped by case, as plain rows read in the caller's transaction (if any). */
export async function answersByCase(
  em: EntityManager,
  caseIds: readonly string[],
): Promise<Map<string, Pick<AssessmentAnswer, 'caseId' | 'questionId' | 'value'>[]>> {
  // As managed entities, the 68,100 answers of a full cycle cost a second of CPU to hydrate and
  // then to scan at flush.
  const db = sqlOf(em);
  const rows: Pick<AssessmentAnswer, 'caseId' | 'questionId' | 'value'>[] = [];
  for (const ids of chunks(caseIds, 1000)) {
    const raw: { case_id: string; question_id: string; value: number | string }[] = await db('assessment_answer')
      .select('case_id', 'question_id', 'value')
      .whereIn('case_id', ids);
    for (const r of raw) rows.push({ caseId: r.case_id, questionId: r.question_id, value: Number(r.value) });
  }
  return groupBy(rows, (r) => r.caseId);
}

function commentsOf(event: WorkflowEvent): ReviewCommentData[] {
  return Array.isArray(event.comments) ? (event.comments as ReviewCommentData[]) : [];
}

const stateNames: Record<string, string> = {
  submitted: 'enviado',
  underReview: 'en revisión',
  resubmitted: 'reenviado',
  validated: 'validado',
  rejected: 'rechazado',
  withdrawn: 'retirado',
  expired: 'vencido',
};

function notEditable(state: string): PreconditionFailedError {
  const frozen = state === 'validated' ? 'la validación congeló sus respuestas' : 'solo se responde en borrador o con ajustes solicitados';
  return new PreconditionFailedError('ASSESSMENT_NOT_EDITABLE', `El autodiagnóstico está ${stateNames[state] ?? state}: ${frozen}`, {
    state,
  });
}

/** The key of an answer as the owner of its evidence's documents. */
export const answerOwnerKey = (caseId: string, questionId: string): string => `${caseId}:${questionId}`;

/** Today's date in Bogotá (UTC−5), as YYYY-MM-DD. */
function bogotaToday(now: Date): string {
  return new Date(now.getTime() - 5 * 3600 * 1000).toISOString().slice(0, 10);
}
