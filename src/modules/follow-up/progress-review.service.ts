import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';

import type { Actor } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import { BadUserInputError, ForbiddenError, NotFoundError, PreconditionFailedError } from '../../core/errors/app-error';
import { lengthCode, ProblemCode } from '../../core/errors/problems';
import { clip, problemsText, type Problem } from '../../core/text';
import { bogotaDay } from '../../core/time/business-calendar';
import type { Clock } from '../../core/time/clock';
import type { WorkflowCase } from '../../core/workflow/case.entity';
import type { WorkflowEvent, WorkflowRuntime } from '../../core/workflow/workflow-runtime';
import type { CaseService } from '../cases/case.service';
import type { CaseTransitionPayload } from '../cases/case.type';
import type { DocumentAttachments, DocumentRef, MoveFrom } from '../documents/document-attachments';
import type { TerritorialDirectory } from '../territorial-entities/territorial-entity.service';
import { ActionPlan, PeriodReport, PlanProduct, ProgressReportRow } from './action-plan.entity';
import { MAX_ANNEXES, reportOwner, type ActionPlanService } from './action-plan.service';
import { canWritePlan } from './follow-up.policy';
import type { Period } from './measurement';
import { isPlanNumber, PLAN_NUMBER_RANGE } from './plan-bounds';

/** An item of a progress report as a request gives it. */
export interface ReportItemData {
  productCode: string;
  value: number;
  narrative: string;
  evidence?: { title: string; url?: string | null }[] | null;
  /** Uploaded documents (PROGRESS_EVIDENCE) attached to the item. */
  annexes?: string[] | null;
}

/** An item as it is checked, recorded in the case's history and written: texts trimmed, lists present. */
export interface ReportItem {
  productCode: string;
  value: number;
  narrative: string;
  evidence: { title: string; url: string | null }[];
  annexes: string[];
}

export interface SubmitReportData {
  planId: string;
  period: string;
  final?: boolean | null;
  items: ReportItemData[];
  idempotencyKey?: string | null;
}

/** Evidence items one report item takes. */
const MAX_EVIDENCE = 5;
const MAX_COMMENT = 2000;

export function normalizedItems(items: readonly ReportItemData[]): ReportItem[] {
  return items.map((i) => ({
    productCode: typeof i.productCode === 'string' ? i.productCode.trim() : i.productCode,
    value: i.value,
    narrative: typeof i.narrative === 'string' ? i.narrative.trim() : i.narrative,
    evidence: (i.evidence ?? []).map((e) => ({
      title: typeof e.title === 'string' ? e.title.trim() : e.title,
      url: e.url?.trim() || null,
    })),
    annexes: (i.annexes ?? []).map((a) => (typeof a === 'string' ? a.trim() : a)),
  }));
}

/**
 * What is wrong with a report's items (paths under `root`, e.g. `input.items`): from 1 to as many
 * items as the plan has products, each a product of the version given (once), a value from 0 to
 * MAX_PLAN_NUMBER (plan-bounds.ts), a narrative of 10 to 5000 characters, at most 5 evidence items
 * with http(s) addresses and at most 10 annexes. The annexes themselves are checked when attached. Reads what it is given, typed or
 * not: a RESUBMIT event may come from any caller of the runtime.
 */
export function itemProblems(products: readonly Pick<PlanProduct, 'code'>[], items: unknown, root: string): Problem[] {
  if (!Array.isArray(items) || items.length === 0)
    return [{ path: root, code: ProblemCode.REQUIRED, message: 'el reporte debe traer al menos un producto' }];
  const problems: Problem[] = [];
  if (items.length > products.length)
    problems.push({
      path: root,
      code: ProblemCode.TOO_LONG,
      message: `el plan tiene ${products.length} ${products.length === 1 ? 'producto' : 'productos'}: el reporte admite a lo sumo esos ítems`,
    });
  const known = new Set(products.map((p) => p.code));
  const seen = new Set<string>();
  (items as Partial<ReportItem>[]).forEach((item, i) => {
    const at = `${root}[${i}]`;
    const code = typeof item?.productCode === 'string' ? item.productCode : '';
    if (!known.has(code))
      problems.push({
        path: `${at}.productCode`,
        code: ProblemCode.UNKNOWN,
        message: `el plan no tiene el producto ${clip(code) || '(vacío)'}`,
      });
    else if (seen.has(code))
      problems.push({
        path: `${at}.productCode`,
        code: ProblemCode.DUPLICATE,
        message: `el producto ${code} aparece más de una vez en el reporte`,
      });
    seen.add(code);
    if (!isPlanNumber(item?.value))
      problems.push({ path: `${at}.value`, code: ProblemCode.OUT_OF_RANGE, message: `debe ser un número ${PLAN_NUMBER_RANGE}` });
    const narrative = typeof item?.narrative === 'string' ? item.narrative.trim() : '';
    if (narrative.length < 10 || narrative.length > 5000)
      problems.push({
        path: `${at}.narrative`,
        code: lengthCode(narrative, 10),
        message: 'el avance se explica con entre 10 y 5000 caracteres',
      });
    const evidence = Array.isArray(item?.evidence) ? item.evidence : [];
    if (evidence.length > MAX_EVIDENCE)
      problems.push({ path: `${at}.evidence`, code: ProblemCode.TOO_LONG, message: `admite a lo sumo ${MAX_EVIDENCE} evidencias` });
    evidence.forEach((e, j) => {
      const title = typeof e?.title === 'string' ? e.title.trim() : '';
      if (title.length < 3 || title.length > 200)
        problems.push({ path: `${at}.evidence[${j}].title`, code: lengthCode(title, 3), message: 'debe tener entre 3 y 200 caracteres' });
      if (e?.url && (typeof e.url !== 'string' || e.url.length > 2000 || !/^https?:\/\/\S+$/.test(e.url)))
        problems.push({ path: `${at}.evidence[${j}].url`, code: ProblemCode.INVALID_FORMAT, message: 'debe ser una URL http(s)' });
    });
    const annexes = Array.isArray(item?.annexes) ? item.annexes : [];
    if (annexes.length > MAX_ANNEXES)
      problems.push({ path: `${at}.annexes`, code: ProblemCode.TOO_LONG, message: `admite a lo sumo ${MAX_ANNEXES} anexos` });
  });
  return problems;
}

/**
 * What is wrong with marking a period's report as the plan's final one (`input.final`). The final
 * report is of the period the plan ends in: the plan's last period with a target (of the version in
 * force), or a later one of its horizon; or, for a project that ends early, the period the day of
 * filing falls in. Any earlier period (the first semester of a four-year plan, filed after it ended)
 * is refused: accepted, a final report is what lets a cofinanced application close.
 */
export function finalProblems(
  periods: readonly Period[],
  products: readonly Pick<PlanProduct, 'targets'>[],
  period: Period,
  today: string,
): Problem[] {
  const index = (key: string) => periods.findIndex((p) => p.key === key);
  const lastTarget = periods.reduce((last, p, i) => (products.some((x) => x.targets[p.key] != null) ? i : last), -1);
  const running = period.start <= today && today <= period.end;
  if (running || index(period.key) >= lastTarget) return [];
  const end = periods[lastTarget];
  const current = periods.find((p) => p.start <= today && today <= p.end);
  return [
    {
      path: 'input.final',
      code: ProblemCode.NOT_ALLOWED,
      message: `el reporte final es el del periodo en que termina el plan (${end.key}, su última meta${current && current.key !== end.key ? `, o ${current.key}, el periodo en curso, si el proyecto termina antes` : ''}); el periodo ${period.key} no lo es`,
    },
  ];
}

/** Refuses a report whose items have problems, with all of them. */
export function refuseItems(problems: Problem[], what: string): void {
  if (problems.length) throw new BadUserInputError(`No se ${what} el reporte: ${problemsText(problems)}`, { problems });
}

/** The rows of one submission of a report. */
export function itemRows(
  report: Pick<PeriodReport, 'caseId' | 'planId' | 'period' | 'submission'>,
  items: readonly ReportItem[],
  actor: Actor,
  at: Date,
): ProgressReportRow[] {
  const reportedOn = bogotaDay(at);
  return items.map((item) => ({
    id: randomUUID(),
    planId: report.planId,
    productCode: item.productCode,
    period: report.period,
    value: item.value,
    narrative: item.narrative,
    evidence: item.evidence,
    reportedOn,
    reportedBy: actor.subject,
    reportedAt: at,
    caseId: report.caseId,
    submission: report.submission,
    status: 'SUBMITTED' as const,
    reviewComment: null,
    acceptedOn: null,
  }));
}

/** Each item's annexes under the item's row as their owner (`rows[i]` is the row of `items[i]`), at the path the request named them. */
export function annexGroups(
  plan: Pick<ActionPlan, 'entityCode'>,
  rows: readonly Pick<ProgressReportRow, 'id'>[],
  items: readonly ReportItem[],
  root: string,
): { owner: ReturnType<typeof reportOwner>; refs: DocumentRef[] }[] {
  return items.flatMap((item, i) =>
    item.annexes.length
      ? [{ owner: reportOwner(rows[i].id, plan), refs: item.annexes.map((id, j) => ({ id, path: `${root}[${i}].annexes[${j}]` })) }]
      : [],
  );
}

/**
 * Progress reports reviewed by the coordination (issue 21): a period's report of an approved plan
 * is a PROGRESS_REPORT case, filed by the entity's representative or TIC leader with its items
 * written in the case's opening transaction; the review's events (accept, return with comments per
 * product, resubmit, withdraw) change its items in their own transactions (progress-report.process.ts).
 */
export class ProgressReviewService {
  constructor(
    private readonly clock: Clock,
    readonly attachments: DocumentAttachments,
    private readonly plans: ActionPlanService,
    private readonly cases: CaseService,
    private readonly directory: TerritorialDirectory,
  ) {}

  /** The same service on another clock and runtime (the demo seed files Bogotá's 2024 reports in the past). */
  at(clock: Clock, runtime: WorkflowRuntime): ProgressReviewService {
    return new ProgressReviewService(clock, this.attachments, this.plans, this.cases.withRuntime(runtime), this.directory);
  }

  /**
   * Files a period's report. Everything the request says is checked before anything is written;
   * the annexes are attached in the case's opening transaction, so a refused annex leaves no case.
   * One report of a period is open at a time (the case's scope); once the period's report is
   * accepted, a later one corrects it.
   */
  async submit(em: EntityManager, actor: Principal, requestId: string, data: SubmitReportData): Promise<CaseTransitionPayload> {
    const plan = await this.plans.find(em, actor, data.planId);
    if (!plan) throw new NotFoundError(`No existe el plan de acción ${clip(data.planId)} o no tiene acceso a él`, { planId: data.planId });
    if (!canWritePlan(actor, plan.entityCode))
      throw new ForbiddenError('Solo el representante legal o el líder TIC de la entidad radican los reportes de avance de su plan');
    const items = normalizedItems(data.items);
    const final = data.final === true;
    const draft = { process: 'PROGRESS_REPORT' as const, cycleId: null, callId: null, scope: `${plan.id}:${data.period}` };
    // What the report says, from the request alone: recorded on the CREATED entry, and what a retry
    // with the same idempotency key must repeat.
    const payload = { planId: plan.id, period: data.period, final, items };
    // A retry gets its first result even if the plan changed since (a new version, the report accepted).
    const replayed = await this.cases.openedBefore(actor, this.directory, requestId, draft, data.idempotencyKey, payload);
    if (replayed) return replayed;
    if (plan.status !== 'APPROVED' || plan.currentVersion === null) {
      throw new PreconditionFailedError(
        'PLAN_NOT_APPROVED',
        plan.status === 'DRAFT'
          ? 'El plan aún no está aprobado por la coordinación: se reporta el avance de un plan aprobado'
          : 'El plan fue retirado: no recibe reportes de avance',
        { status: plan.status },
      );
    }
    const problems: Problem[] = [];
    const today = bogotaDay(this.clock.now());
    const period = this.plans.periodsOf(plan).find((p) => p.key === data.period);
    if (!period)
      problems.push({
        path: 'input.period',
        code: ProblemCode.UNKNOWN,
        message: `${clip(data.period)} no es un periodo del plan (${plan.startYear}–${plan.endYear})`,
      });
    else if (period.start > today)
      problems.push({
        path: 'input.period',
        code: ProblemCode.NOT_ALLOWED,
        message: `el periodo ${clip(data.period)} aún no empieza (desde el ${period.start})`,
      });
    const products = await em.find(PlanProduct, { planId: plan.id, version: plan.currentVersion }, { fields: ['code', 'targets'] });
    if (final && period) problems.push(...finalProblems(this.plans.periodsOf(plan), products, period, today));
    problems.push(...itemProblems(products, data.items, 'input.items'));
    refuseItems(problems, 'radicó');
    try {
      return await this.cases.open(actor, this.directory, requestId, draft, data.idempotencyKey, {
        payload,
        write: async (db, kase, at) => {
          const tx = db();
          const report: PeriodReport = {
            caseId: kase.id,
            planId: plan.id,
            period: period!.key,
            planVersion: plan.currentVersion!,
            final,
            submission: 1,
            acceptedOn: null,
          };
          await tx.insert(PeriodReport, report);
          const rows = itemRows(report, items, actor, at);
          await tx.insertMany(ProgressReportRow, rows);
          const groups = annexGroups(plan, rows, items, 'input.items');
          if (groups.length) await this.attachments.attachAll(tx, actor, groups);
        },
      });
    } catch (err) {
      if (err instanceof PreconditionFailedError && err.rule === 'ONE_OPEN_CASE') {
        throw new PreconditionFailedError(
          'REPORT_ALREADY_OPEN',
          `El periodo ${period!.key} ya tiene un reporte de avance en revisión o devuelto: corríjalo (resubmitProgressReport) o retírelo antes de radicar otro`,
          { period: period!.key },
        );
      }
      throw err;
    }
  }

  /** The report of a PROGRESS_REPORT case and its plan (in the transition's transaction). */
  async reportOf(em: EntityManager, caseId: string): Promise<{ report: PeriodReport; plan: ActionPlan }> {
    const report = await em.findOneOrFail(PeriodReport, { caseId }, { refresh: true });
    const plan = await em.findOneOrFail(ActionPlan, { id: report.planId }, { refresh: true });
    return { report, plan };
  }

  /** Checks an event's content against the report, writing nothing (throws to refuse). */
  async check(em: EntityManager, kase: WorkflowCase, event: WorkflowEvent): Promise<void> {
    switch (event.type) {
      case 'RETURN': {
        const { report } = await this.reportOf(em, kase.id);
        const current = await em.find(
          ProgressReportRow,
          { caseId: kase.id, submission: report.submission },
          { fields: ['productCode'], disableIdentityMap: true },
        );
        refuseItems(
          commentProblems(
            current.map((r) => r.productCode),
            event.comments,
          ),
          'devolvió',
        );
        return;
      }
      case 'RESUBMIT': {
        const { report, plan } = await this.reportOf(em, kase.id);
        const products = await em.find(PlanProduct, { planId: plan.id, version: plan.currentVersion! }, { fields: ['code'] });
        const problems = itemProblems(products, event.items, 'input.items');
        refuseItems(problems, 'radicó de nuevo');
        // Checked here, where a refusal writes nothing; attached with the new rows (afterEvent). A
        // fresh owner key per item checks exactly what attaching to the new row will, the returned
        // items' annexes included (they move to the new items).
        const items = normalizedItems(event.items as ReportItemData[]);
        const groups = annexGroups(
          plan,
          items.map(() => ({ id: randomUUID() })),
          items,
          'input.items',
        );
        if (groups.length) {
          const found = await this.attachments.check(em, groups, { moveFrom: await this.supersededOwners(em, report) });
          refuseItems(found.problems, 'radicó de nuevo');
        }
        return;
      }
    }
  }

  /**
   * The items a resubmission supersedes (the returned submission's), as owners whose annexes may
   * move to the new items: a corrected report keeps its files without uploading them again. Any
   * other report's annexes, this case's earlier submissions' included, stay where they are.
   */
  private async supersededOwners(em: EntityManager, report: Pick<PeriodReport, 'caseId' | 'submission'>): Promise<MoveFrom> {
    const rows = await em.find(
      ProgressReportRow,
      { caseId: report.caseId, submission: report.submission, status: 'RETURNED' },
      { fields: ['id'], disableIdentityMap: true },
    );
    return { kind: 'PROGRESS_REPORT', keys: new Set(rows.map((r) => r.id)) };
  }

  /** Writes what an accepted event decides about the report's items, in the transition's transaction. */
  async apply(em: EntityManager, actor: Actor, after: WorkflowCase, event: WorkflowEvent, at: Date): Promise<void> {
    const { report, plan } = await this.reportOf(em, after.id);
    const current = { caseId: after.id, submission: report.submission };
    switch (event.type) {
      case 'ACCEPT': {
        const day = bogotaDay(at);
        await em.nativeUpdate(ProgressReportRow, { ...current, status: 'SUBMITTED' }, { status: 'ACCEPTED', acceptedOn: day });
        await em.nativeUpdate(PeriodReport, { caseId: after.id }, { acceptedOn: day });
        return;
      }
      case 'RETURN': {
        await em.nativeUpdate(ProgressReportRow, { ...current, status: 'SUBMITTED' }, { status: 'RETURNED' });
        for (const c of (event.comments as { productCode: string; comment: string }[] | undefined) ?? [])
          await em.nativeUpdate(ProgressReportRow, { ...current, productCode: c.productCode.trim() }, { reviewComment: c.comment.trim() });
        return;
      }
      case 'RESUBMIT': {
        const next = { ...report, submission: report.submission + 1 };
        const moveFrom = await this.supersededOwners(em, report);
        await em.nativeUpdate(ProgressReportRow, { ...current, status: 'RETURNED' }, { status: 'SUPERSEDED' });
        await em.nativeUpdate(PeriodReport, { caseId: after.id }, { submission: next.submission, planVersion: plan.currentVersion! });
        const items = normalizedItems(event.items as ReportItemData[]);
        const rows = itemRows(next, items, actor, at);
        await em.insertMany(ProgressReportRow, rows);
        const groups = annexGroups(plan, rows, items, 'input.items');
        if (groups.length) await this.attachments.attachAll(em, actor, groups, { moveFrom });
        return;
      }
      case 'WITHDRAW':
        await em.nativeUpdate(ProgressReportRow, { caseId: after.id, status: { $in: ['SUBMITTED', 'RETURNED'] } }, { status: 'WITHDRAWN' });
        return;
    }
  }
}

/** What is wrong with a return's comments: each on a product of the report's current submission, once, of 3 to 2000 characters. */
function commentProblems(reported: readonly string[], comments: unknown): Problem[] {
  if (comments === undefined || comments === null) return [];
  if (!Array.isArray(comments))
    return [{ path: 'input.comments', code: ProblemCode.INVALID_TYPE, message: 'debe ser una lista de comentarios' }];
  const known = new Set(reported);
  const seen = new Set<string>();
  const problems: Problem[] = [];
  (comments as Partial<{ productCode: string; comment: string }>[]).forEach((c, i) => {
    const at = `input.comments[${i}]`;
    const code = typeof c?.productCode === 'string' ? c.productCode.trim() : '';
    if (!known.has(code))
      problems.push({
        path: `${at}.productCode`,
        code: ProblemCode.UNKNOWN,
        message: `el reporte no trae el producto ${clip(code) || '(vacío)'} (trae ${reported.join(', ')})`,
      });
    else if (seen.has(code))
      problems.push({ path: `${at}.productCode`, code: ProblemCode.DUPLICATE, message: `el producto ${code} tiene más de un comentario` });
    seen.add(code);
    const text = typeof c?.comment === 'string' ? c.comment.trim() : '';
    if (text.length < 3 || text.length > MAX_COMMENT)
      problems.push({ path: `${at}.comment`, code: lengthCode(text, 3), message: `debe tener entre 3 y ${MAX_COMMENT} caracteres` });
  });
  return problems;
}
