import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/*
 * The content of a technical accompaniment (machine version 2): what the entity asked for, the
 * sessions and their minutes, the commitments they left, the advisor's diagnosis and the roadmap.
 * Every row is written in the transaction of the case change that carries it (see
 * accompaniment.process.ts), so a case's version and history always match its content.
 */

export const SESSION_MODALITIES = ['VIRTUAL', 'IN_PERSON'] as const;
export type SessionModality = (typeof SESSION_MODALITIES)[number];

/** What an entity asked for when it requested accompaniment (one row per ACCOMPANIMENT case of version 2). */
@Entity({ tableName: 'accompaniment_request' })
export class AccompanimentRequest {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  /** ASSESSMENT_SUPPORT, ROADMAP or PROJECT_FORMULATION (the machine's context keeps it too). */
  @Property({ type: 'string', length: 30 })
  topic!: string;

  /** Codes of the model's dimensions of interest (JSON array; may be empty: all of them). */
  @Property({ type: 'json' })
  dimensions!: string[];

  @Property({ type: 'text' })
  description!: string;

  /** The entity's contact for the accompaniment: a person of its directory. */
  @Property({ type: 'uuid' })
  contactPersonId!: string;

  /** VIRTUAL or IN_PERSON. */
  @Property({ type: 'string', length: 12 })
  modality!: SessionModality;

  /** The latest validated assessment when the request was filed, if any (what the diagnosis starts from). */
  @Property({ type: 'uuid', nullable: true })
  assessmentCaseId!: string | null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  /** The satisfaction survey at completion: 1–5 and a comment. */
  @Property({ type: 'integer', nullable: true })
  surveyScore!: number | null;

  @Property({ type: 'text', nullable: true })
  surveyComment!: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  surveyBy!: string | null;

  @Property({ type: 'datetime', nullable: true })
  surveyAt!: Date | null;
}

export const SESSION_STATUSES = ['SCHEDULED', 'HELD', 'CANCELLED'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** A session of an accompaniment: scheduled by the advisor, moved or cancelled, then recorded with its minutes. */
@Entity({ tableName: 'accompaniment_session' })
@Index({ properties: ['caseId', 'number'] })
@Index({ properties: ['status', 'startsAt'] })
export class AccompanimentSession {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  /** 1, 2, … in the order they were scheduled. */
  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'integer' })
  durationMinutes!: number;

  @Property({ type: 'string', length: 12 })
  modality!: SessionModality;

  /** Where it takes place (IN_PERSON) … */
  @Property({ type: 'string', length: 300, nullable: true })
  place!: string | null;

  /** … or the meeting link (VIRTUAL). */
  @Property({ type: 'string', length: 500, nullable: true })
  meetingUrl!: string | null;

  @Property({ type: 'text' })
  agenda!: string;

  @Property({ type: 'string', length: 12 })
  status!: SessionStatus;

  /** Why it was cancelled. */
  @Property({ type: 'text', nullable: true })
  cancelReason!: string | null;

  /** The minutes' text (acta), once held. */
  @Property({ type: 'text', nullable: true })
  minutes!: string | null;

  /** The signed acta (a document of purpose ACCOMPANIMENT_MINUTES), once held. */
  @Property({ type: 'uuid', nullable: true })
  actaDocumentId!: string | null;

  /** How many times it was moved. */
  @Property({ type: 'integer', default: 0 })
  rescheduled!: number;

  @Property({ type: 'string', length: 200 })
  scheduledBy!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  recordedAt!: Date | null;
}

/** A person invited to a session (entity people and ministry people), and whether they attended once recorded. */
@Entity({ tableName: 'accompaniment_session_invitee' })
@Index({ properties: ['personId'] })
export class SessionInvitee {
  @PrimaryKey({ type: 'uuid' })
  sessionId!: string;

  @PrimaryKey({ type: 'uuid' })
  personId!: string;

  /** Null until the session is recorded. */
  @Property({ type: 'boolean', nullable: true })
  attended!: boolean | null;
}

export const COMMITMENT_OWNERS = ['ENTITY', 'MINISTRY'] as const;
export type CommitmentOwner = (typeof COMMITMENT_OWNERS)[number];
export const COMMITMENT_STATUSES = ['OPEN', 'DONE'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** What a session left to do: what, which side, and by when; tracked until done. */
@Entity({ tableName: 'accompaniment_commitment' })
@Index({ properties: ['caseId'] })
@Index({ properties: ['status', 'dueOn'] })
export class Commitment {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'uuid' })
  sessionId!: string;

  @Property({ type: 'text' })
  description!: string;

  /** ENTITY or MINISTRY: the side that answers for it (the entity marks its own done, the advisor the ministry's). */
  @Property({ type: 'string', length: 10 })
  owner!: CommitmentOwner;

  /** Who on that side, in words (an office, a person). */
  @Property({ type: 'string', length: 200, nullable: true })
  responsible!: string | null;

  /** The Bogotá day it is due (YYYY-MM-DD). */
  @Property({ type: 'string', length: 10 })
  dueOn!: string;

  @Property({ type: 'string', length: 8 })
  status!: CommitmentStatus;

  @Property({ type: 'text', nullable: true })
  doneNote!: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  doneBy!: string | null;

  @Property({ type: 'datetime', nullable: true })
  doneAt!: Date | null;

  /** When the coordinators were told it is overdue. */
  @Property({ type: 'datetime', nullable: true })
  escalatedAt!: Date | null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/** The advisor's diagnosis: prefilled from the entity's latest validated assessment when it starts. */
@Entity({ tableName: 'accompaniment_diagnosis' })
export class AccompanimentDiagnosis {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  /** The validated assessment (its case) it was prefilled from. */
  @Property({ type: 'uuid', nullable: true })
  assessmentCaseId!: string | null;

  /** What the assessment said when the diagnosis started: ranked dimensions and sub-dimensions, lowest questions (JSON). */
  @Property({ type: 'json' })
  prefill!: Record<string, unknown>;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/** The advisor's findings on one dimension. */
@Entity({ tableName: 'accompaniment_finding' })
export class DiagnosisFinding {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @PrimaryKey({ type: 'string', length: 40 })
  dimensionCode!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'string', length: 200 })
  updatedBy!: string;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

export const ROADMAP_PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type RoadmapPriority = (typeof ROADMAP_PRIORITIES)[number];
export const ROADMAP_HORIZONS = ['SHORT', 'MEDIUM', 'LONG'] as const;
export type RoadmapHorizon = (typeof ROADMAP_HORIZONS)[number];

/** A line of action of a roadmap (hoja de ruta). */
@Entity({ tableName: 'roadmap_line' })
@Index({ properties: ['caseId', 'position'] })
export class RoadmapLine {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  /** 1, 2, … the order the roadmap shows. */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'string', length: 40 })
  dimensionCode!: string;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'string', length: 8 })
  priority!: RoadmapPriority;

  @Property({ type: 'string', length: 8 })
  horizon!: RoadmapHorizon;

  @Property({ type: 'string', length: 200 })
  responsible!: string;

  /** Estimated cost in whole pesos (COP). */
  @Property({ type: new BigIntType('number') })
  estimatedCost!: number;

  /** The cofinancing component it could be funded by (EQUIPMENT, TECHNOLOGICAL_SERVICES, WORK_TEAM, TRAINING), if any. */
  @Property({ type: 'string', length: 30, nullable: true })
  component!: string | null;

  /** Generated from the diagnosis (true) or written by the advisor. */
  @Property({ type: 'boolean', default: false })
  generated!: boolean;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

/** One delivery of the roadmap (the first and each after an adjustment round), with its PDF. */
@Entity({ tableName: 'roadmap_delivery' })
export class RoadmapDelivery {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @PrimaryKey({ type: 'integer' })
  round!: number;

  @Property({ type: 'datetime' })
  deliveredAt!: Date;

  @Property({ type: 'string', length: 200 })
  deliveredBy!: string;

  /** The roadmap as delivered (lines, JSON): what the PDF and the entity's comments refer to. */
  @Property({ type: 'json' })
  lines!: Record<string, unknown>[];

  /** The PDF report generated for it. */
  @Property({ type: 'string', length: 64, nullable: true })
  reportId!: string | null;
}

/** The entity's comment on a line (or on the whole roadmap, lineId null) in an adjustment round. */
@Entity({ tableName: 'roadmap_comment' })
@Index({ properties: ['caseId', 'round'] })
export class RoadmapComment {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  /** The delivery round the comment answers. */
  @Property({ type: 'integer' })
  round!: number;

  @Property({ type: 'uuid', nullable: true })
  lineId!: string | null;

  @Property({ type: 'text' })
  comment!: string;

  @Property({ type: 'string', length: 200 })
  createdBy!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
