import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A published version of the maturity model; immutable once written (cycles freeze one by its version). */
@Entity({ tableName: 'maturity_model' })
export class MaturityModelVersion {
  @PrimaryKey({ type: 'string', length: 40 })
  version!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  /** The validated definition as JSON. */
  @Property({ type: 'json' })
  definition!: Record<string, unknown>;

  /** sha256 of the definition: publishing the same content twice is a no-op, different content under a used version is refused. */
  @Property({ type: 'string', length: 64 })
  checksum!: string;

  @Property({ type: 'string', length: 200 })
  publishedBy!: string;

  @Property({ type: 'datetime' })
  publishedAt!: Date;
}

/**
 * Evidence attached to an answer: a document by URL, by a file reference, or an uploaded document
 * (its id; attached to the answer, see documents/document-attachments.ts), with a title and date.
 */
export interface EvidenceItem {
  title: string;
  url: string | null;
  fileRef: string | null;
  date: string | null;
  /** Absent in evidence saved before documents could be uploaded. */
  documentId?: string | null;
}

/** The current answer of an assessment to one question (upserted by autosave batches). */
@Entity({ tableName: 'assessment_answer' })
export class AssessmentAnswer {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @PrimaryKey({ type: 'string', length: 40 })
  questionId!: string;

  /** The answer on its question's own scale (yes/no as 1/0). */
  @Property({ type: 'double' })
  value!: number;

  @Property({ type: 'json' })
  evidence!: EvidenceItem[];

  @Property({ type: 'string', length: 200 })
  answeredBy!: string;

  @Property({ type: 'datetime' })
  answeredAt!: Date;
}

/** A coordinator's comment on one question, made when requesting changes; `round` is the case version it was made at. */
@Entity({ tableName: 'assessment_comment' })
@Index({ properties: ['caseId', 'round'] })
export class AssessmentComment {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'string', length: 40 })
  questionId!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'integer' })
  round!: number;

  /** The comment's place in its round, as the coordinator wrote them. */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'string', length: 200 })
  authorSubject!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/**
 * The scores of a validated assessment, computed once at validation with the cycle's frozen model.
 * The entity's name, department and kind are copied so the Índice is one table to rank and group.
 */
@Entity({ tableName: 'assessment_score' })
@Index({ properties: ['cycleId', 'indexScore', 'entityCode'] })
@Index({ properties: ['entityCode'] })
export class AssessmentScore {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'uuid' })
  cycleId!: string;

  @Property({ type: 'string', length: 5 })
  entityCode!: string;

  @Property({ type: 'string', length: 200 })
  entityName!: string;

  @Property({ type: 'string', length: 2 })
  departmentCode!: string;

  @Property({ type: 'string', length: 30 })
  entityKind!: string;

  @Property({ type: 'string', length: 40 })
  modelVersion!: string;

  /** 0–100, two decimals: equal values share a rank. */
  @Property({ type: 'double' })
  indexScore!: number;

  @Property({ type: 'integer' })
  level!: number;

  @Property({ type: 'datetime' })
  scoredAt!: Date;
}

/** A dimension's or sub-dimension's score within an assessment's scores. */
@Entity({ tableName: 'assessment_part_score' })
export class AssessmentPartScore {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @PrimaryKey({ type: 'string', length: 40 })
  partId!: string;

  @Property({ type: 'string', length: 12 })
  kind!: 'DIMENSION' | 'SUBDIMENSION';

  @Property({ type: 'string', length: 40 })
  dimensionId!: string;

  @Property({ type: 'double' })
  score!: number;

  @Property({ type: 'integer' })
  level!: number;

  @Property({ type: 'integer' })
  answered!: number;
}
