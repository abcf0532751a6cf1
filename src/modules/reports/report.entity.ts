import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

export const REPORT_KINDS = ['FOLLOW_UP', 'CTI_INDEX', 'CASELOAD', 'ROADMAP', 'ADOPTION'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_FORMATS = ['XLSX', 'PDF', 'CSV'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const REPORT_STATUSES = ['QUEUED', 'RUNNING', 'READY', 'FAILED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/**
 * A requested report. Its id is derived from what it shows (kind, format, parameters, the
 * requester's view of the data and the data's generation), so the same request on the same data
 * finds the same row and reuses its file. The row is the truth about progress; the BullMQ job
 * (id = this id) only does the work, and the reconciler re-queues rows whose job was lost.
 */
@Entity({ tableName: 'report' })
@Index({ properties: ['status', 'requestedAt'] })
export class Report {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 20 })
  kind!: ReportKind;

  @Property({ type: 'string', length: 4 })
  format!: ReportFormat;

  /** planId and cut (follow-up), cycleId (Índice); none (caseload); caseId and round (an accompaniment's roadmap delivery); since, departmentCode and entityKind (adoption). */
  @Property({ type: 'json' })
  params!: {
    planId?: string;
    cut?: string;
    cycleId?: string;
    caseId?: string;
    round?: number;
    /** Adoption: the day validations count from, and the department and kind filters (null: all). */
    since?: string;
    departmentCode?: string | null;
    entityKind?: string | null;
  };

  /**
   * Whose view of the data it holds: `ALL`, `ENTITY:<code>`, `ASSIGNEE:<subject>`,
   * `EVALUATOR:<subject>`, `PLAN` (a plan's follow-up is the same for everyone who may read it) or
   * `CASE` (a delivered roadmap: the same for everyone who may read its case).
   */
  @Property({ type: 'string', length: 220 })
  scope!: string;

  /** The entity whose plan a follow-up report measures (who may read it follows from it). */
  @Property({ type: 'string', length: 5, nullable: true })
  entityCode!: string | null;

  /** What identified the data when it was requested (see the service). */
  @Property({ type: 'string', length: 200 })
  generation!: string;

  /** A Spanish title for people (also the file's name). */
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'string', length: 10 })
  status!: ReportStatus;

  /** 0–100. */
  @Property({ type: 'integer' })
  progress!: number;

  /** What the job is doing, in Spanish. */
  @Property({ type: 'string', length: 200, nullable: true })
  stage!: string | null;

  @Property({ type: 'text', nullable: true })
  error!: string | null;

  /** Runs started (a worker killed mid-way leaves one more than finished). */
  @Property({ type: 'integer' })
  attempts!: number;

  @Property({ type: 'string', length: 200 })
  requestedBy!: string;

  @Property({ type: 'datetime' })
  requestedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  startedAt!: Date | null;

  @Property({ type: 'datetime', nullable: true })
  finishedAt!: Date | null;

  @Property({ type: 'string', length: 100, nullable: true })
  contentType!: string | null;

  @Property({ type: 'integer', nullable: true })
  size!: number | null;
}

/**
 * A finished report's file, in the database so that any API process can serve it (no shared disk);
 * one row per report, written in the transaction that marks it READY.
 */
@Entity({ tableName: 'report_file' })
export class ReportFileRow {
  @PrimaryKey({ type: 'uuid' })
  reportId!: string;

  @Property({ type: 'blob', lazy: true })
  content!: Buffer;
}

/**
 * That one person asked for one report (and when they last did). Equal requests share a report
 * row, whose `requestedBy` names only the first; this row keeps each requester's own list of
 * reports (`reports`) whole when a second person's request reuses the first one's report.
 */
@Entity({ tableName: 'report_requester' })
// A person's list reads their own rows, newest first.
@Index({ properties: ['subject', 'requestedAt'] })
export class ReportRequester {
  @PrimaryKey({ type: 'uuid' })
  reportId!: string;

  @PrimaryKey({ type: 'string', length: 200 })
  subject!: string;

  @Property({ type: 'datetime' })
  requestedAt!: Date;
}
