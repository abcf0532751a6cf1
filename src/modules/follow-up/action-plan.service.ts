import { createHash, randomUUID } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import type { EntityManager } from '@mikro-orm/knex';

import type { Config } from '../../config/env';
import type { Actor } from '../../core/auth/policy';
import { BadUserInputError, ForbiddenError, NotFoundError, PreconditionFailedError } from '../../core/errors/app-error';
import { lengthCode, ProblemCode } from '../../core/errors/problems';
import { clip, isCalendarDate, isUuid, problemsText, type Problem } from '../../core/text';
import { bogotaDay } from '../../core/time/business-calendar';
import type { Clock } from '../../core/time/clock';
import { WorkflowCase } from '../../core/workflow/case.entity';
import type { Outcome, RequestMeta, WorkflowRuntime } from '../../core/workflow/workflow-runtime';
import type { AttachmentOwner, DocumentAttachments } from '../documents/document-attachments';
import type { DocumentStorage } from '../documents/storage/document-storage';
import { ActionPlan, PlanProduct, PlanVersion, ProgressReportRow } from './action-plan.entity';
import { canReadPlan, canWritePlan } from './follow-up.policy';
import {
  measurePlan,
  periodsOf,
  type Annualization,
  type ObjectivePlan,
  type Period,
  type Periodicity,
  type PlanMeasure,
} from './measurement';
import { countedReports, type ReportBasis } from './plan-basis';
import { rowsOfCsv, rowsOfFile, rowsOfXlsx, type SheetFormat, type SheetRows } from './plan-file';
import { parsePlanSheet, type SheetProblem } from './plan-sheet';
import { reportSchedule, type ReportDue, type ScheduledItem } from './report-schedule';

/** A plan's file: its text or base64 (`content`, with its `format`), or an uploaded document (`documentId`), one of the two. */
export interface ImportPlanData {
  title: string;
  /** What the plan is and where its figures come from. */
  description?: string | null;
  startYear: number;
  endYear: number;
  periodicity: Periodicity;
  format?: SheetFormat | null;
  content?: string | null;
  documentId?: string | null;
  caseId?: string | null;
}

/** What changes of a product (what is left out stays as it is). */
export interface ProductChange {
  code: string;
  name?: string | null;
  indicator?: string | null;
  weight?: number | null;
  annualization?: Annualization | null;
  /** A null value removes the period's target. */
  targets?: { period: string; value: number | null }[] | null;
}

export interface UpdatePlanData {
  planId: string;
  title?: string | null;
  products?: ProductChange[] | null;
  /** New products (every field required), under an objective of the plan or a new one. */
  add?: (ProductChange & { objectiveCode: string })[] | null;
  /** Codes of products to take out (only those without progress reports). */
  remove?: string[] | null;
  objectives?: { code: string; name: string }[] | null;
}

/** Annexes one progress report takes. */
export const MAX_ANNEXES = 10;

/** The media type sniffed from an uploaded plan file, and the format it is read as. */
const FORMAT_OF_MEDIA_TYPE: Record<string, SheetFormat> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'text/csv': 'CSV',
};

/** The longest horizon a plan may have (Bogotá's runs ten years). */
const MAX_YEARS = 20;

/**
 * A problem of the imported file as a client sees it: at the input that carried the file
 * (`input.content` or `input.documentId`), with its `row` and `column`, and its place in the sheet
 * said first in the message ("fila 3, columna peso: …").
 */
function inFile(problem: SheetProblem, path: string): SheetProblem {
  const place = problem.row !== null ? problem.path : problem.column !== null ? `columna ${problem.column}` : null;
  return { ...problem, path, message: place ? `${place}: ${problem.message}` : problem.message };
}
/** Exactly one of `content` (with its `format`) and `documentId` carries the plan's file. */
function fileProblems(data: ImportPlanData): Problem[] {
  const content = data.content ?? null;
  const documentId = data.documentId?.trim() || null;
  if (content !== null && documentId)
    return [
      { path: 'input.documentId', code: ProblemCode.INCONSISTENT, message: 'envíe el archivo en content o como documentId, no ambos' },
    ];
  if (content === null && !documentId)
    return [{ path: 'input.content', code: ProblemCode.REQUIRED, message: 'falta el archivo: content (con format) o documentId' }];
  if (content !== null && !data.format)
    return [{ path: 'input.format', code: ProblemCode.REQUIRED, message: 'indique el formato (CSV o XLSX) del archivo en content' }];
  return [];
}

/*
 * A plan's documents belong to no case, even when the plan follows an application: a plan outlives
 * the application's closing (progress is reported for years after it), so the retention that runs
 * from a case's closing must not reach them, and who reads them is who reads the plan (its entity,
 * the ministry), not the application's panel.
 */

/** A plan as the owner of the file it was imported from. */
export function planOwner(planId: string, entityCode: string): AttachmentOwner {
  return { kind: 'ACTION_PLAN', key: planId, caseId: null, entityCode, purposes: ['ACTION_PLAN_FILE'] };
}

/** A progress report as the owner of its annexes. */
export function reportOwner(reportId: string, plan: Pick<ActionPlan, 'entityCode'>): AttachmentOwner {
  return { kind: 'PROGRESS_REPORT', key: reportId, caseId: null, entityCode: plan.entityCode, purposes: ['PROGRESS_EVIDENCE'] };
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * What an import asks, from the request alone (never the new plan's id), recorded on its case's
 * CREATED entry and repeated by a retry with the same idempotency key: the plan's general data and
 * the file, by the SHA-256 of `content` or by the uploaded document's id.
 */
function importPayload(data: ImportPlanData, title: string): Record<string, unknown> {
  const documentId = data.documentId?.trim() || null;
  return {
    version: 1,
    title,
    description: data.description?.trim() || null,
    startYear: data.startYear,
    endYear: data.endYear,
    periodicity: data.periodicity,
    caseId: data.caseId ?? null,
    format: data.format ?? null,
    file: documentId ? { documentId } : { sha256: sha256(data.content ?? '') },
  };
}

/** An application whose execution a plan can follow. */
const FOLLOWED_STATES = ['agreementSigned', 'inExecution', 'closed'];

/** Action plans (issue 7): imported from a spreadsheet by the entity, measured with the Bogotá method at any cut. */
export class ActionPlanService {
  constructor(
    private readonly clock: Clock,
    readonly followUp: Config['followUp'],
    private readonly attachments: DocumentAttachments,
    private readonly storage: DocumentStorage,
    private readonly runtime: WorkflowRuntime,
  ) {}

  /** When each period's progress report is due and where it stands today (see `reportSchedule`). */
  schedule(
    plan: Pick<ActionPlan, 'startYear' | 'endYear' | 'periodicity'>,
    products: readonly PlanProduct[],
    reports: readonly ScheduledItem[],
    today?: string,
  ): ReportDue[] {
    return reportSchedule(this.periodsOf(plan), products, reports, today ?? bogotaDay(this.clock.now()), this.followUp.reportDueDays);
  }

  periodsOf(plan: Pick<ActionPlan, 'startYear' | 'endYear' | 'periodicity'>): Period[] {
    return periodsOf(plan.startYear, plan.endYear, plan.periodicity as Periodicity);
  }

  /** A plan the actor may read, or null (another entity's looks missing). */
  async find(em: EntityManager, actor: Actor, id: string): Promise<ActionPlan | null> {
    const plan = isUuid(id) ? await em.findOne(ActionPlan, { id }) : null;
    return plan && canReadPlan(actor, plan.entityCode) ? plan : null;
  }

  async ofEntity(em: EntityManager, actor: Actor, entityCode: string): Promise<ActionPlan[]> {
    if (!canReadPlan(actor, entityCode)) return [];
    return em.find(ActionPlan, { entityCode }, { orderBy: { createdAt: 'desc', id: 'asc' } });
  }

  /**
   * Creates the plan of the actor's entity from a CSV or XLSX file, given in the request (`content`
   * and `format`) or uploaded before (`documentId`, ACTION_PLAN_FILE: its format is the type sniffed
   * from its content, and it is attached to the plan in the plan's own transaction); nothing is
   * written unless every row is right.
   *
   * The plan is born a DRAFT: its products are version 1, PROPOSED, and a PLAN_REVIEW case opens in
   * the same transaction for the coordination to approve it (from then on it is in force, and it
   * changes only through approved adjustments). `runtime` lets the demo seed file it in the past.
   * A retry with the same idempotency key (`meta`) returns the first plan and its case.
   */
  async import(
    em: EntityManager,
    actor: Actor,
    data: ImportPlanData,
    meta: RequestMeta = { requestId: 'import' },
    runtime: WorkflowRuntime = this.runtime,
  ): Promise<{ plan: ActionPlan; outcome: Outcome }> {
    const entityCode = actor.entityCode;
    if (!entityCode || !canWritePlan(actor, entityCode))
      throw new ForbiddenError('Solo el representante legal o el líder TIC de la entidad importan sus planes de acción');
    const problems: Problem[] = [];
    const title = data.title.trim();
    if (title.length < 5 || title.length > 300)
      problems.push({ path: 'input.title', code: lengthCode(title, 5), message: 'debe tener entre 5 y 300 caracteres' });
    if (!Number.isInteger(data.startYear) || data.startYear < 2000 || data.startYear > 2100)
      problems.push({ path: 'input.startYear', code: ProblemCode.OUT_OF_RANGE, message: 'debe ser un año entre 2000 y 2100' });
    if (!Number.isInteger(data.endYear) || data.endYear < data.startYear || data.endYear - data.startYear >= MAX_YEARS) {
      problems.push({
        path: 'input.endYear',
        code: ProblemCode.OUT_OF_RANGE,
        message: `debe ser un año desde startYear y de un horizonte de a lo sumo ${MAX_YEARS} años`,
      });
    }
    problems.push(...fileProblems(data));
    if (problems.length) throw new BadUserInputError(`No se importó el plan: ${problemsText(problems)}`, { problems });
    const planId = randomUUID();
    // The scope (the new plan's id) is the server's choice: a retry's fingerprint leaves it out.
    const draft = {
      process: 'PLAN_REVIEW' as const,
      entityCode,
      departmentCode: entityCode.slice(0, 2),
      cycleId: null,
      callId: null,
      scope: planId,
    };
    const payload = importPayload(data, title);
    // A retry with the same key gets the first plan before anything is checked against the current
    // state (the uploaded file is attached to that plan by now, and would be refused as taken).
    const replayed = await runtime.openedBefore(actor, draft, meta, payload);
    if (replayed) return { plan: await this.planOfCase(em, replayed.kase.id), outcome: replayed };
    if (data.caseId) await this.requireFollowedApplication(em, entityCode, data.caseId);
    const periods = periodsOf(data.startYear, data.endYear, data.periodicity);
    const fromDocument = data.documentId
      ? { ref: { id: data.documentId.trim(), path: 'input.documentId' }, owner: planOwner(planId, entityCode) }
      : null;
    const read = fromDocument
      ? await this.rowsOfDocument(em, fromDocument, data.format ?? null)
      : await rowsOfFile(data.format!, data.content!);
    const filePath = fromDocument ? 'input.documentId' : 'input.content';
    if ('problem' in read) {
      const problems = [inFile(read.problem, filePath)];
      throw new BadUserInputError(`No se importó el plan: ${problems[0].message}`, { problems });
    }
    const sheet = parsePlanSheet(read.rows, periods);
    if (sheet.problems.length) {
      const problems = sheet.problems.map((p) => inFile(p, filePath));
      throw new BadUserInputError(`No se importó el plan: ${problemsText(sheet.problems)}`, { problems });
    }
    let plan: ActionPlan | undefined;
    const outcome = await runtime.open(actor, draft, meta, {
      payload,
      write: async (db, kase, at) => {
        const tx = db();
        plan = {
          id: planId,
          entityCode,
          caseId: data.caseId ?? null,
          title,
          startYear: data.startYear,
          endYear: data.endYear,
          periodicity: data.periodicity,
          status: 'DRAFT',
          currentVersion: null,
          description: data.description?.trim() || null,
          createdBy: actor.subject,
          createdAt: at,
          updatedAt: at,
        };
        await tx.insert(ActionPlan, plan);
        await tx.insert(PlanVersion, {
          planId,
          number: 1,
          status: 'PROPOSED',
          caseId: kase.id,
          baseVersion: null,
          title,
          justification: null,
          changes: [],
          effectiveFrom: null,
          proposedBy: actor.subject,
          proposedAt: at,
          approvedBy: null,
          approvedAt: null,
        });
        let position = 0;
        await tx.insertMany(
          PlanProduct,
          sheet.objectives.flatMap((o) =>
            o.products.map((p) => ({
              planId,
              version: 1,
              code: p.code,
              position: ++position,
              objectiveCode: o.code,
              objectiveName: o.name,
              name: p.name,
              indicator: p.indicator,
              weight: p.weight,
              annualization: p.annualization,
              targets: p.targets,
              sector: p.sector ?? null,
              baseline: p.baseline ?? null,
            })),
          ),
        );
        if (fromDocument) await this.attachments.attach(tx, actor, [fromDocument.ref], fromDocument.owner);
      },
    });
    // A concurrent first use of the same key that lost the race is answered with the winner's case:
    // this request's writes were rolled back, and its plan is the one the winner's case proposed.
    return { plan: outcome.replayed || !plan ? await this.planOfCase(em, outcome.kase.id) : plan, outcome };
  }

  /** The plan whose version a PLAN_REVIEW case proposes. */
  private async planOfCase(em: EntityManager, caseId: string): Promise<ActionPlan> {
    const version = await em.findOneOrFail(PlanVersion, { caseId });
    return em.findOneOrFail(ActionPlan, { id: version.planId });
  }

  /**
   * The rows of an uploaded plan file: the document checked as attaching it would check it (the
   * entity's, AVAILABLE, ACTION_PLAN_FILE, free), its format the type sniffed from its content.
   */
  private async rowsOfDocument(
    em: EntityManager,
    from: { ref: { id: string; path: string }; owner: AttachmentOwner },
    declared: SheetFormat | null,
  ): Promise<SheetRows> {
    const check = await this.attachments.check(em, [{ owner: from.owner, refs: [from.ref] }]);
    if (check.problems.length)
      throw new BadUserInputError(`No se importó el plan: ${problemsText(check.problems)}`, { problems: check.problems });
    const doc = check.found.get(from.ref.id)!;
    const format = FORMAT_OF_MEDIA_TYPE[doc.mediaType ?? ''];
    if (!format) {
      // The purpose's own check admits only these two; a document checked under older rules could differ.
      throw new BadUserInputError('No se importó el plan: el documento no es un XLSX ni un CSV', {
        path: from.ref.path,
        code: ProblemCode.NOT_ALLOWED,
        problem: 'el documento no es un XLSX ni un CSV',
      });
    }
    if (declared && declared !== format) {
      throw new BadUserInputError(`No se importó el plan: format dice ${declared}, pero el documento es un ${format}`, {
        path: 'input.format',
        code: ProblemCode.INCONSISTENT,
        problem: `el documento es un ${format}; omita format o envíe ${format}`,
      });
    }
    const bytes = await buffer(await this.storage.read(doc.id));
    return format === 'CSV' ? rowsOfCsv(bytes.toString('utf8')) : rowsOfXlsx(bytes);
  }

  private async requireFollowedApplication(em: EntityManager, entityCode: string, caseId: string): Promise<void> {
    const kase = isUuid(caseId) ? await em.findOne(WorkflowCase, { id: caseId }) : null;
    if (!kase || kase.entityCode !== entityCode || kase.process !== 'COFINANCING_APPLICATION') {
      throw new NotFoundError(`No existe la postulación ${clip(caseId)} de la entidad`, { caseId });
    }
    if (!FOLLOWED_STATES.includes(kase.state)) {
      throw new PreconditionFailedError('APPLICATION_NOT_IN_EXECUTION', 'Un plan de acción sigue una postulación con convenio firmado', {
        state: kase.state,
      });
    }
    // One plan follows an application (the one its execution started with, or the entity's own): changes go through adjustments.
    const followed = await em.findOne(ActionPlan, { caseId, status: { $ne: 'WITHDRAWN' } }, { fields: ['id'] });
    if (followed) {
      throw new PreconditionFailedError(
        'PLAN_ALREADY_FOLLOWS',
        'La postulación ya tiene un plan de acción: propóngale ajustes (proposePlanAdjustment) en lugar de importar otro',
        { planId: followed.id },
      );
    }
  }

  /**
   * The Bogotá method at `cut` (default: today in Bogotá), over the products of the version chosen
   * and every item reported: OFFICIAL counts accepted reports only, PROVISIONAL also those in review.
   */
  measure(
    plan: Pick<ActionPlan, 'startYear' | 'endYear' | 'periodicity'>,
    products: readonly PlanProduct[],
    rows: readonly ProgressReportRow[],
    cut?: string | null,
    basis: ReportBasis = 'OFFICIAL',
  ): PlanMeasure {
    return measureAt(plan, products, rows, this.cutOf(cut), basis);
  }

  /** The cut asked for, checked (default: today in Bogotá). */
  cutOf(cut?: string | null): string {
    const at = cut ?? bogotaDay(this.clock.now());
    if (!isCalendarDate(at))
      throw new BadUserInputError('cut debe ser una fecha AAAA-MM-DD', {
        path: 'cut',
        code: ProblemCode.INVALID_FORMAT,
        problem: 'debe ser una fecha AAAA-MM-DD',
      });
    return at;
  }
}

/** The Bogotá method at a checked cut over a version's products and every item reported (the API's measurement and the follow-up report alike). */
export function measureAt(
  plan: Pick<ActionPlan, 'startYear' | 'endYear' | 'periodicity'>,
  products: readonly PlanProduct[],
  rows: readonly ProgressReportRow[],
  cut: string,
  basis: ReportBasis,
): PlanMeasure {
  return measurePlan(
    objectivesOf(products, countedReports(rows, basis)),
    periodsOf(plan.startYear, plan.endYear, plan.periodicity as Periodicity),
    cut,
  );
}

/** The plan's products grouped by objective, in the plan's order, with the values counted (see `countedReports`). */
function objectivesOf(
  products: readonly PlanProduct[],
  reports: readonly { productCode: string; period: string; value: number; reportedOn: string }[],
): ObjectivePlan[] {
  const objectives = new Map<string, ObjectivePlan>();
  for (const p of products) {
    const objective = objectives.get(p.objectiveCode) ?? { code: p.objectiveCode, products: [] };
    objective.products.push({
      code: p.code,
      annualization: p.annualization as Annualization,
      weight: p.weight,
      targets: p.targets,
      reports: reports.filter((r) => r.productCode === p.code).map((r) => ({ period: r.period, value: r.value, reportedOn: r.reportedOn })),
    });
    objectives.set(p.objectiveCode, objective);
  }
  return [...objectives.values()];
}
