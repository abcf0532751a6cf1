import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** What a document is for, declared by the first request of its upload: it decides the size limit and the types allowed. */
export const DOCUMENT_PURPOSES = [
  'ASSESSMENT_EVIDENCE',
  'ELIGIBILITY_REQUIREMENT',
  'SIGNED_AGREEMENT',
  'PROGRESS_EVIDENCE',
  'ACCOMPANIMENT_MINUTES',
  'ACTION_PLAN_FILE',
] as const;
export type DocumentPurpose = (typeof DOCUMENT_PURPOSES)[number];

/**
 * QUARANTINE: uploaded, not yet checked (a crash here is repaired by the reconciler); AVAILABLE:
 * checked, may be attached and read; REFUSED: failed a check, its bytes deleted, the row kept a day
 * so its uploader can read why; DELETED: its bytes removed by the purge or the retention rule.
 */
export const DOCUMENT_STATUSES = ['QUARANTINE', 'AVAILABLE', 'REFUSED', 'DELETED'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** The objects a document can be attached to. */
export const DOCUMENT_OWNER_KINDS = [
  'ASSESSMENT_ANSWER',
  'CHECKLIST_ITEM',
  'AGREEMENT',
  'PROGRESS_REPORT',
  'ACTION_PLAN',
  /** The signed acta of an accompaniment session (key: the session's id). */
  'ACCOMPANIMENT_SESSION',
] as const;
export type DocumentOwnerKind = (typeof DOCUMENT_OWNER_KINDS)[number];

/**
 * A file someone uploaded: immutable once uploaded (its bytes live in the storage under its id; a
 * new version is a new document that `replaces` this one). It belongs to one territorial entity
 * from its upload, and to one owning object (an answer, a checklist item, an agreement, a progress
 * report, an action plan) from its attachment, which happens in the same transaction as the step
 * that attaches it.
 */
@Entity({ tableName: 'document' })
@Index({ properties: ['status', 'createdAt'] })
@Index({ properties: ['ownerKind', 'ownerKey'] })
@Index({ properties: ['caseId'] })
@Index({ properties: ['uploadedBy', 'createdAt'] })
export class Document {
  /** Also the id of its tus upload and its key in the storage. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 30 })
  purpose!: DocumentPurpose;

  @Property({ type: 'string', length: 12 })
  status!: DocumentStatus;

  /** The entity it belongs to: the uploader's own, or the one a ministry uploader declared. */
  @Property({ type: 'string', length: 5 })
  entityCode!: string;

  /** The name the uploader gave (cleaned of paths and control characters); never used to decide the type. */
  @Property({ type: 'string', length: 255 })
  fileName!: string;

  /** The media type sniffed from the content (null until checked, or when refused before knowing it). */
  @Property({ type: 'string', length: 120, nullable: true })
  mediaType!: string | null;

  /** Bytes (limits per purpose keep it far below 2 GiB). */
  @Property({ type: 'integer' })
  size!: number;

  /** SHA-256 of the content, hexadecimal (null until checked). */
  @Property({ type: 'string', length: 64, nullable: true })
  sha256!: string | null;

  /** The uploader's person id in the directory, and their subject (for the audit trail). */
  @Property({ type: 'uuid' })
  uploadedBy!: string;

  @Property({ type: 'string', length: 200 })
  uploaderSubject!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  checkedAt!: Date | null;

  /**
   * When a check of it last started: a check claims the row by setting it, so two processes (the
   * upload's own, the reconciler's) never check one document at once; a claim older than the repair
   * age is a crashed check, taken over.
   */
  @Property({ type: 'datetime', nullable: true })
  checkStartedAt!: Date | null;

  /**
   * Set when the process that received it scans for viruses: the document becomes AVAILABLE only
   * after a clean verdict, even if a process without an antivirus (a misconfigured worker) checks it.
   */
  @Property({ type: 'boolean', default: false })
  scanRequired!: boolean;

  /** Why it was refused, in Spanish, and a stable code (SIZE, TYPE, VIRUS, EMPTY, INTERRUPTED). */
  @Property({ type: 'string', length: 20, nullable: true })
  refusalCode!: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  refusalReason!: string | null;

  /** The earlier version this one replaces (same entity and purpose). */
  @Property({ type: 'uuid', nullable: true })
  replacesId!: string | null;

  /** What it is attached to: its kind, a key naming it (e.g. `<caseId>:<questionId>`), and its case (null: not a case's, e.g. a plan). */
  @Property({ type: 'string', length: 30, nullable: true })
  ownerKind!: DocumentOwnerKind | null;

  @Property({ type: 'string', length: 200, nullable: true })
  ownerKey!: string | null;

  @Property({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @Property({ type: 'datetime', nullable: true })
  attachedAt!: Date | null;

  @Property({ type: 'string', length: 200, nullable: true })
  attachedBy!: string | null;

  /** Set when a newer version was attached in its place: it stays readable, but is no longer current. */
  @Property({ type: 'uuid', nullable: true })
  supersededBy!: string | null;

  /** When its bytes were removed (purge of an unattached upload, end of retention). */
  @Property({ type: 'datetime', nullable: true })
  deletedAt!: Date | null;
}

/** One download of a document, by whom and when: the audit trail of who read what. */
@Entity({ tableName: 'document_download' })
@Index({ properties: ['documentId', 'at'] })
@Index({ properties: ['at', 'id'] })
@Index({ properties: ['entityCode', 'at'] })
export class DocumentDownload {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  documentId!: string;

  /** The document's entity and case, copied so the trail can be filtered without a join. */
  @Property({ type: 'string', length: 5 })
  entityCode!: string;

  @Property({ type: 'uuid', nullable: true })
  caseId!: string | null;

  /** The person the signed link was made for (who downloaded). */
  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'string', length: 200 })
  subject!: string;

  @Property({ type: 'string', length: 40 })
  role!: string;

  @Property({ type: 'datetime' })
  at!: Date;

  /** The client's address as the API saw it, and the request id, for control interno. */
  @Property({ type: 'string', length: 64, nullable: true })
  ip!: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  requestId!: string | null;
}
