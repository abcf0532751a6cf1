import type { IndicatorRow } from '../accompaniment/accompaniment-indicators.service';
import type { PlanMeasure, Semaforo } from '../follow-up/measurement';
import type { SectorMeasure } from '../follow-up/sector-measure';

/**
 * What each kind of report shows, already filtered to what its requester may see and computed:
 * the writers (XLSX, PDF, CSV) only lay it out, so the three formats of one request always agree.
 */

/** An improvement action as the follow-up report lists it (Bogotá report §9). */
export interface FollowUpImprovement {
  productCode: string;
  action: string;
  responsible: string;
  /** YYYY-MM-DD. */
  dueOn: string;
  status: string;
  /** Pendiente, En ejecución, Cumplida, Cancelada. */
  statusLabel: string;
  statusNote: string | null;
  /** Due before the report's day and still open. */
  overdue: boolean;
  /** The semáforo that called for it when it was written. */
  triggeredBy: Semaforo | null;
}

/** The follow-up report (informe de seguimiento) of an action plan at a cut date. */
export interface FollowUpData {
  title: string;
  entityCode: string;
  entityName: string;
  /** The plan measured at its cut (YYYY-MM-DD). */
  measure: PlanMeasure;
  /**
   * Which measurement it is: always the official one of the cut (the plan version in force at the
   * cut, accepted reports only); `official` is false only when no version was in force then.
   */
  basis: { planVersion: number | null; currentVersion: number | null; official: boolean; label: string };
  /** The plan's words per product (the measure has the numbers), with its responsible sector and baseline. */
  products: {
    code: string;
    name: string;
    indicator: string;
    objectiveCode: string;
    objectiveName: string | null;
    sector: string | null;
    baseline: number | null;
  }[];
  /** The latest narrative reported by the cut per product code (for low compliance and over-execution). */
  narratives: Record<string, { period: string; text: string } | undefined>;
  /** Products per responsible sector and their semáforo at the cut (Bogotá report §6). */
  sectors: SectorMeasure[];
  /** The plan's improvement actions as they stand on `asOf`, oldest first (Bogotá report §9). */
  improvements: FollowUpImprovement[];
  /** The Bogotá day the report was made: the day the improvement actions' status and `overdue` are given at. */
  asOf: string;
}

export interface IndexDimension {
  id: string;
  name: string;
}

export interface IndexRankRow {
  rank: number;
  entityCode: string;
  entityName: string;
  departmentCode: string;
  departmentName: string;
  /** Alcaldía or Gobernación, in Spanish. */
  kindLabel: string;
  index: number;
  level: number;
  levelName: string;
  /** Score per dimension id (0–100). */
  dimensions: Record<string, number>;
  /**
   * Against the entity's previous participation: its validated assessment in the latest earlier
   * cycle with a published Índice (maturity/cycle-progress.ts); all null on a first participation.
   */
  previousCycleYear: number | null;
  previousIndex: number | null;
  previousRank: number | null;
  /** index − previousIndex, in points. */
  indexChange: number | null;
  /** previousRank − rank: positive when it moved up. */
  rankChange: number | null;
  firstParticipation: boolean;
}

export interface IndexGroupRow {
  key: string;
  name: string;
  count: number;
  index: number;
  dimensions: Record<string, number>;
}

/** The Índice CTI report of a cycle. */
export interface IndexData {
  cycleYear: number;
  /** Whether the Índice is published (final); otherwise it is provisional. */
  published: boolean;
  dimensions: IndexDimension[];
  /** How many entities are ranked in the whole cycle (also when `ranking` holds only the requester's own row). */
  rankedCount: number;
  /** The ranking rows the requester may see, best first: all of them, or only the entity's own. */
  ranking: IndexRankRow[];
  /** True when the requester is an entity and the report shows only its own row and national figures. */
  ownOnly: boolean;
  national: IndexGroupRow;
  /** Per-department averages (empty in an entity's own report). */
  departments: IndexGroupRow[];
  /** How many entities at each level, every level of the model listed (count 0 included). */
  levels: { level: number; name: string; count: number }[];
  /** Ranked entities taking part for the first time, and those that took part in an earlier published cycle (whole cycle). */
  firstTimers: number;
  repeaters: number;
}

export interface CaseloadStateRow {
  process: string;
  processLabel: string;
  state: string;
  stateLabel: string;
  final: boolean;
  count: number;
  /** Median calendar days the cases now in this state have been in it (open cases only); null when none. */
  medianDaysInState: number | null;
  /** Median calendar days of the stays in this state that have ended (the case moved on); null when none. */
  medianDaysFinishedStays: number | null;
}

export interface CaseloadOverdueRow {
  caseId: string;
  processLabel: string;
  entityCode: string;
  entityName: string;
  departmentName: string;
  stateLabel: string;
  deadlineLabel: string;
  /** Who owes the answer, in Spanish (Ministerio, Entidad, Asesor). */
  ownerLabel: string;
  dueAt: Date;
  /** Whole calendar days since it fell due (0: today). */
  daysOverdue: number;
}

export interface CaseloadDepartmentRow {
  departmentCode: string;
  departmentName: string;
  /** Open (non-final) cases per process id. */
  open: Record<string, number>;
  closed: number;
  overdue: number;
}

/** The caseload report: cases per process and state, overdue deadlines, median time in state, per department. */
export interface CaseloadData {
  asOf: Date;
  /** Which cases it covers, in Spanish ("Todos los trámites", "Trámites de Bogotá, D.C.", …). */
  scopeLabel: string;
  processes: { id: string; label: string }[];
  states: CaseloadStateRow[];
  overdue: CaseloadOverdueRow[];
  departments: CaseloadDepartmentRow[];
  totalCases: number;
  /**
   * The technical accompaniment of the scope's cases since the beginning (see
   * `accompanimentIndicators`): open cases, sessions held, commitments overdue, time to the first
   * session and satisfaction, per advisor and per department.
   */
  accompaniment: { byAdvisor: IndicatorRow[]; byDepartment: IndicatorRow[] };
}

/** A line of action of a delivered roadmap, as delivered (its words and figures, labels in Spanish). */
export interface RoadmapReportLine {
  position: number;
  dimensionCode: string;
  dimensionName: string;
  title: string;
  description: string;
  /** Alta, Media, Baja. */
  priorityLabel: string;
  /** Corto, mediano o largo plazo. */
  horizonLabel: string;
  responsible: string;
  /** Whole pesos (COP). */
  estimatedCost: number;
  /** The cofinancing component in Spanish; null when none. */
  componentLabel: string | null;
}

/** Average scores per dimension id (0–100) of a group of validated assessments, and how many. */
export interface ScoreGroup {
  label: string;
  count: number;
  index: number | null;
  dimensions: Record<string, number>;
}

/** The roadmap (hoja de ruta) of an accompaniment as delivered in one round, with the diagnosis it starts from. */
export interface RoadmapData {
  entityCode: string;
  entityName: string;
  departmentName: string;
  /** The advisor who delivered it (name in the directory, else the user). */
  advisorName: string;
  /** What the entity asked for, in Spanish. */
  topicLabel: string;
  round: number;
  deliveredAt: Date;
  /** The model's dimensions, in the model's order. */
  dimensions: IndexDimension[];
  /**
   * The diagnosis: the validated assessment's dimension scores against the averages of its
   * department and of the nation in the same cycle; null when the case has no validated assessment.
   * `comparedAt`: when the diagnosis started and froze them (every delivery prints the same), or
   * null when they were computed for this delivery (a case without frozen averages).
   */
  scores: { cycleYear: number; comparedAt: Date | null; entity: ScoreGroup; department: ScoreGroup; national: ScoreGroup } | null;
  /** The advisor's findings per dimension, in the model's order. */
  findings: { dimensionName: string; text: string }[];
  /** The lines of action in the roadmap's order. */
  lines: RoadmapReportLine[];
}

/** A finished file. */
export interface ReportFile {
  content: Buffer;
  contentType: string;
}

/** Called by the writers as they advance, with a fraction 0–1 of their own work and a Spanish stage. */
export type ProgressFn = (fraction: number, stage: string) => Promise<void> | void;
