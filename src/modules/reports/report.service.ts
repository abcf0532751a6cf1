import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';

import { Action, type Actor, type CaseAccess } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError } from '../../core/errors/app-error';
import { ProblemCode } from '../../core/errors/problems';
import { decodeCursor, encodeCursor, invalidCursor, toConnection, type ConnectionResult } from '../../core/graphql/connection';
import { instantFor } from '../../core/orm/orm';
import type { Broadcast } from '../../core/redis/broadcast';
import { isCalendarDate, isUuid, problemsText, type Problem } from '../../core/text';
import { bogotaDay, longDay } from '../../core/time/business-calendar';
import type { Clock } from '../../core/time/clock';
import type { AdoptionFilterValues } from '../adoption/adoption-facts';
import type { AdoptionService } from '../adoption/adoption.service';
import type { ActionPlanService } from '../follow-up/action-plan.service';
import type { CtiIndexService } from '../maturity/cti-index.service';
import type { TerritorialDirectory } from '../territorial-entities/territorial-entity.service';
import { adoptionScopeLabel, adoptionTitle } from './adoption-export';
import { caseloadGeneration } from './report-sources';
import { Report, type ReportFormat, type ReportKind, type ReportStatus } from './report.entity';
import { caseScopeOfReport, reportActions, reportScope } from './report.policy';

export interface ReportRequest {
  kind: ReportKind;
  format: ReportFormat;
  planId?: string | null;
  cut?: string | null;
  cycleId?: string | null;
  /** The adoption list's filter (ADOPTION only). */
  adoption?: AdoptionFilterValues | null;
}

/** A change of a report's progress, fanned out to every process for subscriptions. */
export interface ReportProgressMessage {
  reportId: string;
  status: ReportStatus;
  progress: number;
  stage: string | null;
}

export const fileExtension: Record<ReportFormat, string> = { XLSX: 'xlsx', PDF: 'pdf', CSV: 'csv' };

/** A uuid-shaped id from a hash (version nibble 5, RFC variant), so equal requests name the same row. */
export function hashId(parts: unknown[]): string {
  const hex = createHash('sha256').update(JSON.stringify(parts)).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A file name for people: the title without characters file systems dislike. */
export function fileNameOf(report: Pick<Report, 'title' | 'format'>): string {
  const clean = report.title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // A long title loses its middle, not its end: the entity and the cut date are at the end.
  const head = clean.slice(0, 95);
  const tail = clean.slice(-54);
  const base = clean.length <= 150 ? clean : `${head.slice(0, head.lastIndexOf(' ')).trimEnd()}… ${tail.slice(tail.indexOf(' ') + 1)}`;
  return `${base}.${fileExtension[report.format]}`;
}

/**
 * Report requests: who may ask for what, the id that makes an equal request find the earlier one,
 * the row that tracks progress, and the file once it is there. The work itself is the
 * `generate-report` job (see `generate-report.job.ts`).
 */
export class ReportService {
  constructor(
    private readonly deps: {
      clock: Clock;
      cti: CtiIndexService;
      plans: ActionPlanService;
      /** The adoption list (its filter's checks and rows). */
      adoption: AdoptionService;
      directory: TerritorialDirectory;
      events: Broadcast<ReportProgressMessage>;
      /** Hands the report to the queue; a failure leaves the row QUEUED for the reconciler. */
      enqueue: (reportId: string) => Promise<void>;
      logger: Logger;
    },
  ) {}

  /**
   * Records a request and queues its job, or finds the same request already made on the same data
   * (finished: its file is reused; under way: the same job is followed). A failed one is tried again.
   */
  async request(em: EntityManager, principal: Principal, input: ReportRequest): Promise<{ report: Report; reused: boolean }> {
    if (!reportActions[Action.RequestReports]!(principal)) throw new ForbiddenError();
    const planned = await this.plan(em, principal, input);
    const id = hashId([planned.kind, planned.format, planned.params, planned.scope, planned.generation]);
    const knex = em.getKnex();
    const instant = instantFor(em);
    const now = this.deps.clock.now();
    const known = await knex('report').where({ id }).first('id');
    if (!known) {
      const [{ n }] = await knex('report')
        .where({ requested_by: principal.subject })
        .whereIn('status', ['QUEUED', 'RUNNING'])
        .count({ n: '*' });
      if (Number(n) >= MAX_UNFINISHED) {
        throw new PreconditionFailedError(
          'TOO_MANY_REPORTS',
          `Tiene ${Number(n)} informes en curso; espere a que terminen antes de solicitar otro`,
          { unfinished: Number(n) },
        );
      }
    }
    const inserted = await knex('report')
      .insert({
        id,
        kind: planned.kind,
        format: planned.format,
        params: JSON.stringify(planned.params),
        scope: planned.scope,
        entity_code: planned.entityCode,
        generation: planned.generation,
        title: planned.title,
        status: 'QUEUED',
        progress: 0,
        stage: 'En cola',
        attempts: 0,
        requested_by: principal.subject,
        requested_at: instant(now),
      })
      .onConflict('id')
      .ignore()
      .returning('id');
    // The report is in this person's own list from now on, also when it is another's report reused.
    await knex('report_requester')
      .insert({ report_id: id, subject: principal.subject, requested_at: instant(now) })
      .onConflict(['report_id', 'subject'])
      .merge(['requested_at']);
    // No row inserted: an equal request made it (finished, under way or failed).
    let reused = inserted.length === 0;
    if (reused) {
      // Asked for again: it counts as recent for the month a finished report is kept.
      await knex('report')
        .where({ id })
        .update({ requested_at: instant(now) });
    }
    let report = await em.fork().findOneOrFail(Report, { id });
    if (report.status === 'READY') return { report, reused: true };
    if (report.status === 'FAILED') {
      reused = false;
      await knex('report')
        .where({ id, status: 'FAILED' })
        .update({ status: 'QUEUED', progress: 0, stage: 'En cola', error: null, attempts: 0, finished_at: null });
      report = await em.fork().findOneOrFail(Report, { id });
      this.deps.events.publish({ reportId: id, status: report.status, progress: report.progress, stage: report.stage });
    }
    await this.deps
      .enqueue(id)
      .catch((err: unknown) => this.deps.logger.warn({ err, reportId: id }, 'no se pudo encolar el informe; el reconciliador lo encolará'));
    return { report, reused };
  }

  /** The report if the actor may read it; another view's report looks missing. */
  async find(em: EntityManager, actor: Actor, id: string): Promise<Report> {
    const report = isUuid(id) ? await em.findOne(Report, { id }) : null;
    if (!report || !(await readable(em, actor, report))) {
      throw new NotFoundError(`No existe el informe ${id} o no tiene acceso a él`, { reportId: id });
    }
    return report;
  }

  /**
   * The reports this person asked for (or, for a roadmap, delivered), newest request first, among
   * those `find` would still serve them: a report of a view they no longer have (another entity,
   * a case no longer theirs) is left out, and another person's reports are never listed, even
   * those of the same view. A person's reports are few (kept a month, requests rate-limited), so
   * the list is read whole, checked report by report with `find`'s rule, and paged here.
   */
  async list(em: EntityManager, actor: Actor, args: { first: number; after?: string | null }): Promise<ConnectionResult<Report>> {
    const knex = em.getKnex();
    const mine: { id: string; at: unknown }[] = await knex('report as r')
      .leftJoin('report_requester as q', (j) => j.on('q.report_id', 'r.id').andOnVal('q.subject', '=', actor.subject))
      // requested_by: a roadmap's deliverer, and requests made before requesters were kept.
      .where((w) => w.where('r.requested_by', actor.subject).orWhereNotNull('q.subject'))
      .select('r.id', knex.raw('coalesce(q.requested_at, r.requested_at) as at'));
    const reports = mine.length ? await em.find(Report, { id: { $in: mine.map((m) => m.id) } }) : [];
    const byId = new Map(reports.map((r) => [r.id, r]));
    const listed: { report: Report; at: number }[] = [];
    for (const m of mine) {
      const report = byId.get(m.id);
      if (report && (await readable(em, actor, report))) listed.push({ report, at: instantMs(m.at) });
    }
    listed.sort((a, b) => b.at - a.at || (a.report.id < b.report.id ? 1 : a.report.id > b.report.id ? -1 : 0));
    let start = 0;
    if (args.after) {
      const [ms, id] = decodeCursor(args.after, LIST_ORDERING, 2);
      if (!/^\d{1,15}$/.test(ms)) throw invalidCursor();
      const at = Number(ms);
      // By key, not position: the page goes on after that request even if others came meanwhile.
      start = listed.findIndex((l) => l.at < at || (l.at === at && l.report.id < id));
      if (start < 0) start = listed.length;
    }
    return toConnection({
      rows: listed.slice(start, start + args.first + 1),
      first: args.first,
      after: args.after,
      totalCount: listed.length,
      cursorOf: (l) => encodeCursor(LIST_ORDERING, [String(l.at), l.report.id]),
      toNode: (l) => l.report,
    });
  }

  /** A finished report's file, for the download route. */
  async file(em: EntityManager, actor: Actor, id: string): Promise<{ report: Report; content: Buffer }> {
    const report = await this.find(em, actor, id);
    if (report.status !== 'READY') {
      throw new ConflictError(
        report.status === 'FAILED'
          ? `El informe falló: ${report.error ?? ''}; solicítelo de nuevo`
          : `El informe aún no está listo (${report.progress} %)`,
        { status: report.status },
      );
    }
    const [row] = await em.getKnex()('report_file').where({ report_id: id }).select('content');
    if (!row) throw new NotFoundError(`El archivo del informe ${id} no está disponible`, { reportId: id });
    return { report, content: Buffer.from(row.content as Uint8Array) };
  }

  /** What a request will produce: validated parameters, the requester's view, the data's generation and a title. */
  private async plan(em: EntityManager, principal: Principal, input: ReportRequest) {
    const problems: Problem[] = [];
    if (input.kind === 'ROADMAP') {
      // Made by the roadmap's delivery itself, for the delivery it shows (see roadmap-report.ts).
      const message =
        'la hoja de ruta de un acompañamiento se genera al entregarla (deliverRoadmap); descárguela desde case { accompaniment { roadmap { deliveries } } }';
      throw new BadUserInputError(`No se solicitó el informe: input.kind: ${message}`, {
        problems: [{ path: 'input.kind', code: ProblemCode.NOT_ALLOWED, message }],
      });
    }
    const allowed: Record<ReportKind, (keyof ReportRequest)[]> = {
      FOLLOW_UP: ['planId', 'cut'],
      CTI_INDEX: ['cycleId'],
      CASELOAD: [],
      ROADMAP: [],
      ADOPTION: ['adoption'],
    };
    for (const key of ['planId', 'cut', 'cycleId', 'adoption'] as const) {
      if (input[key] != null && !allowed[input.kind].includes(key))
        problems.push({ path: `input.${key}`, code: ProblemCode.NOT_ALLOWED, message: `no aplica a un informe ${kindLabel[input.kind]}` });
    }
    if (input.kind === 'FOLLOW_UP') {
      if (!input.planId)
        problems.push({
          path: 'input.planId',
          code: ProblemCode.REQUIRED,
          message: 'el informe de seguimiento necesita el plan de acción',
        });
      if (input.cut != null && !isCalendarDate(input.cut))
        problems.push({ path: 'input.cut', code: ProblemCode.INVALID_FORMAT, message: 'debe ser una fecha AAAA-MM-DD' });
    }
    if (input.kind === 'CTI_INDEX' && !input.cycleId)
      problems.push({ path: 'input.cycleId', code: ProblemCode.REQUIRED, message: 'el informe del Índice necesita la vigencia' });
    if (problems.length) throw new BadUserInputError(`No se solicitó el informe: ${problemsText(problems)}`, { problems });
    const directory = await this.deps.directory.current();
    const knex = em.getKnex();

    if (input.kind === 'FOLLOW_UP') {
      const plan = await this.deps.plans.find(em, principal, input.planId!);
      if (!plan) throw new NotFoundError(`No existe el plan de acción ${input.planId} o no tiene acceso a él`, { planId: input.planId });
      const cut = input.cut ?? bogotaDay(this.deps.clock.now());
      // Follow-up looks back: from the plan's start to today (past its end, a cut shows how it ended).
      const today = bogotaDay(this.deps.clock.now());
      const start = `${plan.startYear}-01-01`;
      if (cut < start || cut > today) {
        const message = `debe estar entre el inicio del plan (${longDay(start)}) y hoy (${longDay(today)})`;
        throw new BadUserInputError(`No se solicitó el informe: input.cut: ${message}`, {
          path: 'input.cut',
          code: ProblemCode.OUT_OF_RANGE,
          problem: message,
        });
      }
      // An item's acceptance changes no count of rows but the official figures: the accepted ones are counted apart.
      const [reports] = await knex('progress_report')
        .where({ plan_id: plan.id })
        .count({ n: '*' })
        .max({ at: 'reported_at' })
        .sum({ accepted: knex.raw(`case when status = 'ACCEPTED' then 1 else 0 end`) });
      // The improvement actions the report lists: any change, and each one falling overdue today, makes a new report.
      const [actions] = await knex('improvement_action')
        .where({ plan_id: plan.id })
        .count({ n: '*' })
        .max({ at: 'updated_at' })
        .sum({ late: knex.raw(`case when status in ('PENDING', 'IN_PROGRESS') and due_on < ? then 1 else 0 end`, [today]) });
      const entityName = directory.find(plan.entityCode)?.name ?? plan.entityCode;
      return {
        kind: input.kind,
        format: input.format,
        params: { planId: plan.id, cut },
        scope: reportScope(principal, 'FOLLOW_UP', plan.entityCode)!,
        entityCode: plan.entityCode,
        generation: `${plan.updatedAt.getTime()}:${reports.n}:${instantText(reports.at)}:${Number(reports.accepted ?? 0)}:${actions.n}:${instantText(actions.at)}:${Number(actions.late ?? 0)}`,
        title: `Informe de seguimiento de ${shorten(plan.title, 150)} - ${entityName} - corte al ${longDay(cut)}`,
      };
    }

    if (input.kind === 'CTI_INDEX') {
      const cycle = await this.deps.cti.cycle(em, input.cycleId!);
      this.deps.cti.requireReadable(principal, cycle);
      const scope = reportScope(principal, 'CTI_INDEX', null);
      if (!scope) throw new ForbiddenError();
      const own = scope.startsWith('ENTITY:') ? (directory.find(scope.slice(7))?.name ?? scope.slice(7)) : null;
      return {
        kind: input.kind,
        format: input.format,
        params: { cycleId: cycle.id },
        scope,
        entityCode: null,
        generation: await this.deps.cti.generation(em, cycle.id, cycle.indexPublishedAt ?? null),
        title: `Índice CTI ${cycle.year}${cycle.indexPublishedAt ? '' : ' (provisional)'}${own ? ` - ${own}` : ''}`,
      };
    }

    if (input.kind === 'ADOPTION') {
      const scope = reportScope(principal, 'ADOPTION', null);
      if (!scope) throw new ForbiddenError();
      if (input.format === 'PDF') {
        const message = 'el informe de adopción se genera en CSV o XLSX';
        throw new BadUserInputError(`No se solicitó el informe: input.format: ${message}`, {
          problems: [{ path: 'input.format', code: ProblemCode.NOT_ALLOWED, message }],
        });
      }
      const { rows, query } = await this.deps.adoption.list(em, input.adoption, 'input.adoption');
      return {
        kind: input.kind,
        format: input.format,
        params: { since: query.since, departmentCode: query.departmentCode ?? null, entityKind: query.kind ?? null },
        scope,
        entityCode: null,
        // The list itself: any validation, open assessment or invitation that changes it makes a new report.
        generation: createHash('sha256')
          .update(
            JSON.stringify(
              rows.map((r) => [r.entity.code, r.lastValidated?.caseId, r.inProgress, r.lastInvitedAt?.getTime(), r.invitations]),
            ),
          )
          .digest('hex'),
        title: adoptionTitle(query, adoptionScopeLabel(query, directory)),
      };
    }

    const scope = reportScope(principal, 'CASELOAD', null);
    if (!scope) throw new ForbiddenError('Su rol no tiene trámites a su cargo');
    const now = this.deps.clock.now();
    const data = await caseloadGeneration(em, caseScopeOfReport(scope), now);
    const day = bogotaDay(now);
    return {
      kind: input.kind,
      format: input.format,
      params: {},
      scope,
      entityCode: null,
      // The figures in days change with the calendar: a report is reused within its day only.
      generation: `${day}:${data.history}:${instantText(data.at)}:${data.overdue}`,
      title: `Carga de trámites - ${shorten(
        caseloadScopeLabel(scope, (code) => directory.find(code)?.name ?? code),
        150,
      )} - ${longDay(day)}`,
    };
  }
}

/** Reports a person may have queued or running at once (each is a job on a one-at-a-time worker). */
export const MAX_UNFINISHED = 5;

const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

const kindLabel: Record<ReportKind, string> = {
  FOLLOW_UP: 'de seguimiento',
  CTI_INDEX: 'del Índice CTI',
  CASELOAD: 'de carga de trámites',
  ROADMAP: 'de hoja de ruta',
  ADOPTION: 'de adopción del Modelo de Madurez',
};

const LIST_ORDERING = 'reports:requested-desc';

/** An instant as either database returns it (SQLite: epoch milliseconds, maybe as text; PostgreSQL: a Date), in ms. */
const instantMs = (v: unknown): number =>
  v instanceof Date ? v.getTime() : typeof v === 'number' || /^\d+$/.test(String(v)) ? Number(v) : new Date(String(v)).getTime();

/** `reportScope`'s rule for one report: the actor's view of its data is the report's. */
async function readable(em: EntityManager, actor: Actor, report: Report): Promise<boolean> {
  // A roadmap is read as its case is: by whoever may read the case now (its advisor may change).
  const kase = report.kind === 'ROADMAP' ? await caseAccessOf(em, report.params.caseId) : null;
  return reportScope(actor, report.kind, report.entityCode, kase) === report.scope;
}

/** Who may read a case (its process, entity and advisor), or null when it is gone. */
async function caseAccessOf(em: EntityManager, caseId: string | undefined): Promise<CaseAccess | null> {
  if (!caseId) return null;
  const row: { process: string; entity_code: string; assignee: string | null } | undefined = await em
    .getKnex()('workflow_case')
    .where({ id: caseId })
    .first('process', 'entity_code', 'assignee');
  return row ? { process: row.process, entityCode: row.entity_code, assignee: row.assignee } : null;
}

const instantText = (v: unknown) => (v == null ? '' : String(v instanceof Date ? v.getTime() : v));

/** Which cases a caseload report covers, in Spanish. */
export function caseloadScopeLabel(scope: string, entityName: (code: string) => string): string {
  const value = scope.slice(scope.indexOf(':') + 1);
  if (scope === 'ALL') return 'Todos los trámites';
  if (scope.startsWith('ENTITY:')) return `Trámites de ${entityName(value)}`;
  if (scope.startsWith('ASSIGNEE:')) return `Trámites asignados a ${value}`;
  if (scope.startsWith('EVALUATOR:')) return `Postulaciones evaluadas por ${value}`;
  return scope;
}
