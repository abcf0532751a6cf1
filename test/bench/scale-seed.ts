/**
 * A programme-scale dataset: `npm run scale:seed -- --years 10 [--database-url URL] [--entities N]`.
 *
 * Runs after `cli migrate` and `cli seed` (DIVIPOLA and the published maturity model; the demo data
 * may be there too) and writes, for every applicant (alcaldías and gobernaciones), ten yearly
 * cycles of the three processes: cases, their history, terms, outbox, notifications (and reads),
 * assessment answers and Índice scores, calls, applications with their budgets, panels, funds,
 * agreements and disbursements, and action plans with their progress reports.
 *
 * Rows are written with bulk SQL but hold what the services write: every case follows a path of
 * events run through its real machine (the snapshot, state and effects of each step are the
 * machine's own, as the runtime persists them), terms are opened and closed as the runtime does,
 * notifications carry the texts the notification jobs write, and scores come from the scoring
 * service's own function. A seeded PRNG makes every run with the same inputs the same.
 */
import { existsSync } from 'node:fs';
import { Client } from 'pg';
import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';

import { MACHINE_VERSIONS, processLabel, type ProcessId } from '../../workflows/registry';
import { EFFECTS, type Effect } from '../../workflows/shared';

import {
  addWorkingDays,
  atBogotaTime,
  bogotaDay,
  dueInstant,
  remainingWorkingDays,
  reminderInstant,
} from '../../src/core/time/business-calendar';
import { persist, stateInfo } from '../../src/core/workflow/definition';
import { DEFAULT_CHECKLIST, DEFAULT_RUBRIC } from '../../src/modules/cofinancing/cofinancing-defaults';
import { WAITLIST_PROMOTION } from '../../src/modules/cofinancing/promote-waitlist.job';
import { scoreRows } from '../../src/modules/maturity/assessment.service';
import { modelFromObject, type MaturityModel } from '../../src/modules/maturity/maturity-model';
import { sampleAnswers, seededRandom } from '../../src/modules/maturity/sample-answers';
import { caseUpdateText, overdueText, reminderText } from '../../src/modules/notifications/notification-templates';

// ───────────────────────────── options and summary ─────────────────────────────

export interface ScaleOptions {
  /** Cycles to write, the current year and the ones before it. */
  years: number;
  /** Only this many applicants, spread over the directory (all of them when absent): for tests. */
  entities?: number;
  log?: (line: string) => void;
  /** The present the data is written around (default: now). */
  now?: Date;
}

export interface ScaleSummary {
  database: 'sqlite' | 'postgresql';
  years: number[];
  entities: number;
  /** Rows written per table. */
  tables: Record<string, number>;
  /** Cases per process and state. */
  states: Record<string, Record<string, number>>;
  /** Open terms past their due instant (ministry-side terms flagged OVERDUE). */
  overdue: number;
  /** Cases still open and already final, by the year of their cycle or call. */
  byYear: Record<number, { open: number; final: number }>;
  elapsedMs: number;
}

/** Who writes the scale data: the calls it creates carry this subject, which is how a second run knows. */
export const SCALE_COORDINATOR = 'coordinacion.escala@mintic.gov.co';

const DAY = 24 * 3600 * 1000;
const MINUTE = 60_000;

// ───────────────────────────── bulk writing ─────────────────────────────

type Value = string | number | boolean | null | Date | object;

/**
 * Writes rows in batches inside one transaction. PostgreSQL: one `insert … select from unnest(…)`
 * per batch (one array parameter per column, typed from the catalogue); SQLite: one prepared
 * statement run per row (better-sqlite3 in a transaction is faster than multi-row text). Values are
 * stored as the ORM stores them: SQLite instants as epoch milliseconds, booleans as 0/1, JSON as text.
 */
interface Sink {
  kind: 'sqlite' | 'postgresql';
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
  add(table: string, row: Record<string, Value>): Promise<void>;
  flush(): Promise<void>;
  counts: Record<string, number>;
  close(): Promise<void>;
}

const PG_BATCH = 5000;

async function postgresSink(url: string): Promise<Sink> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const types = new Map<string, Map<string, string>>();
  const buffers = new Map<string, { columns: string[]; rows: Value[][] }>();
  const counts: Record<string, number> = {};
  const typeOf = async (table: string) => {
    let t = types.get(table);
    if (!t) {
      const res = await client.query<{ column_name: string; udt_name: string }>(
        `select column_name, udt_name from information_schema.columns where table_schema = current_schema() and table_name = $1`,
        [table],
      );
      t = new Map(res.rows.map((r) => [r.column_name, r.udt_name]));
      if (!t.size) throw new Error(`la tabla ${table} no existe: ¿se migró la base de datos?`);
      types.set(table, t);
    }
    return t;
  };
  const encode = (v: Value, udt: string): unknown => {
    if (v === null) return null;
    if (v instanceof Date) return v.toISOString();
    if (udt === 'jsonb' || udt === 'json') return JSON.stringify(v);
    return v;
  };
  const flushTable = async (table: string) => {
    const buf = buffers.get(table);
    if (!buf?.rows.length) return;
    const t = await typeOf(table);
    const udts = buf.columns.map((c) => {
      const udt = t.get(c);
      if (!udt) throw new Error(`${table} no tiene la columna ${c}`);
      return udt;
    });
    const params = buf.columns.map((_, i) => buf.rows.map((r) => encode(r[i], udts[i])));
    const cols = buf.columns.map((c) => `"${c}"`).join(', ');
    const arrays = udts.map((u, i) => `$${i + 1}::${u}[]`).join(', ');
    await client.query(`insert into "${table}" (${cols}) select * from unnest(${arrays})`, params);
    counts[table] = (counts[table] ?? 0) + buf.rows.length;
    buf.rows = [];
  };
  return {
    kind: 'postgresql',
    counts,
    async all<T>(sql: string, params: unknown[] = []) {
      let i = 0;
      return (
        await client.query(
          sql.replace(/\?/g, () => `$${++i}`),
          params,
        )
      ).rows as T[];
    },
    async run(sql: string, params: unknown[] = []) {
      let i = 0;
      await client.query(
        sql.replace(/\?/g, () => `$${++i}`),
        params,
      );
    },
    async add(table, row) {
      let buf = buffers.get(table);
      if (!buf) {
        buf = { columns: Object.keys(row), rows: [] };
        buffers.set(table, buf);
      }
      buf.rows.push(buf.columns.map((c) => row[c] ?? null));
      if (buf.rows.length >= PG_BATCH) await flushTable(table);
    },
    async flush() {
      for (const table of buffers.keys()) await flushTable(table);
    },
    close: () => client.end(),
  };
}

/** The few calls of better-sqlite3 used here (the package ships no types; MikroORM's driver loads it the same way). */
interface SqliteStatement {
  run(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): void;
  pragma(setting: string): unknown;
  close(): void;
}

async function sqliteSink(path: string): Promise<Sink> {
  if (!existsSync(path)) throw new Error(`no existe la base de datos SQLite ${path}: ejecute antes \`cli migrate\` y \`cli seed\``);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require('better-sqlite3') as new (file: string) => SqliteDatabase;
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 10000');
  const statements = new Map<string, { columns: string[]; stmt: SqliteStatement }>();
  const counts: Record<string, number> = {};
  const encode = (v: Value): unknown => {
    if (v === null) return null;
    if (v instanceof Date) return v.getTime();
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (typeof v === 'object') return JSON.stringify(v);
    return v;
  };
  return {
    kind: 'sqlite',
    counts,
    async all<T>(sql: string, params: unknown[] = []) {
      return db.prepare(sql).all(...params) as T[];
    },
    async run(sql: string, params: unknown[] = []) {
      if (params.length) db.prepare(sql).run(...params);
      else db.exec(sql);
    },
    async add(table, row) {
      let s = statements.get(table);
      if (!s) {
        const columns = Object.keys(row);
        s = {
          columns,
          stmt: db.prepare(
            `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
          ),
        };
        statements.set(table, s);
      }
      s.stmt.run(...s.columns.map((c) => encode(row[c] ?? null)));
      counts[table] = (counts[table] ?? 0) + 1;
    },
    async flush() {},
    close: async () => db.close(),
  };
}

function openSink(databaseUrl: string): Promise<Sink> {
  if (databaseUrl.startsWith('sqlite:')) return sqliteSink(databaseUrl.slice('sqlite:'.length));
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return postgresSink(databaseUrl);
  throw new Error(`URL de base de datos no reconocida: ${databaseUrl} (use sqlite:ruta o postgresql://…)`);
}

// ───────────────────────────── people ─────────────────────────────

interface Actor {
  subject: string;
  role: string;
}

const coordinators = [1, 2, 3, 4].map((n) => `coordinador${n}.escala@mintic.gov.co`);
const advisors = Array.from({ length: 12 }, (_, n) => `asesor${n + 1}.escala@mintic.gov.co`);
const evaluators = Array.from({ length: 24 }, (_, n) => `evaluador${n + 1}.escala@mintic.gov.co`);
const member = (code: string): Actor => ({ subject: `lider-tic@${code}.escala.gov.co`, role: 'ENTITY_MEMBER' });
const representative = (code: string): Actor => ({ subject: `alcaldia@${code}.escala.gov.co`, role: 'ENTITY_REPRESENTATIVE' });
const system = (what: string): Actor => ({ subject: `system:${what}`, role: 'SYSTEM' });
// The dataset writes no people, so its notifications keep one address each on the row, as rows
// written before the directory did: the programme's mailbox for the coordination (where the
// coordinators' mail goes when the directory has none) and the entity's representative.
const COORDINATION_MAIL = 'ciudadesyterritoriosinteligentes@mintic.gov.co';
const entityMail = (code: string) => representative(code).subject;

// ───────────────────────────── paths through the machines ─────────────────────────────

type Event = { type: string; [field: string]: unknown };

/** When a step happens, after the previous one: business days (min, max), or at the running term's due instant. */
type Gap = [number, number] | 'due';

/** Who sends an event: an entity user, a coordinator, the case's advisor, an evaluator of its panel, or the platform. */
type Sender = 'MEMBER' | 'REPRESENTATIVE' | 'COORDINATOR' | 'ADVISOR' | { evaluator: number } | { system: string };

interface PathStep {
  event: Event;
  by: Sender;
  gap: Gap;
}

/** One step of a path as the machine computed it: what the runtime would write for it. */
interface MachineStep {
  event: string;
  payload: Record<string, unknown>;
  from: string | null;
  to: string;
  final: boolean;
  effects: Effect[];
  /** The persisted snapshot with `ENTITY_MARK` for the entity code. */
  snapshot: string;
  assignee: string | null;
  evaluators: string[] | null;
}

const ENTITY_MARK = '#####';

/**
 * Runs the path through the machine as the runtime does (`initialTransition`, then `transition` per
 * event, persisting `{ value, context }`): the snapshots, states and effects are the machine's own.
 * A guard refusing a step is a mistake in the path, so it throws.
 */
function runMachine(machine: AnyStateMachine, steps: PathStep[], input: Record<string, unknown> = {}): MachineStep[] {
  let [snapshot, actions] = initialTransition(machine, { ...input, entityCode: ENTITY_MARK }) as [AnyMachineSnapshot, { type: string }[]];
  const out: MachineStep[] = [stepOf('CREATED', {}, null, snapshot, actions)];
  for (const s of steps) {
    const from = snapshot.value as string;
    const [next, nextActions] = transition(machine, snapshot, s.event) as [AnyMachineSnapshot, { type: string }[]];
    if (next === snapshot) throw new Error(`${machine.id}: el estado ${from} no aceptó ${s.event.type}`);
    const { type, ...payload } = s.event;
    out.push(stepOf(type, payload, from, next, nextActions));
    snapshot = next;
    actions = nextActions;
  }
  return out;
}

function stepOf(
  event: string,
  payload: Record<string, unknown>,
  from: string | null,
  snapshot: AnyMachineSnapshot,
  actions: { type: string }[],
): MachineStep {
  const context = snapshot.context as { assignee?: string | null; evaluators?: string[] };
  return {
    event,
    payload,
    from,
    to: snapshot.value as string,
    final: snapshot.status === 'done',
    effects: actions.map((a) => a.type).filter((t): t is Effect => (EFFECTS as readonly string[]).includes(t)),
    snapshot: JSON.stringify(persist(snapshot)),
    assignee: context.assignee ?? null,
    evaluators: context.evaluators?.length ? context.evaluators : null,
  };
}

const notes: Record<string, string> = {
  REQUEST_CHANGES: 'Complete las evidencias de la dimensión Gobernanza y corrija los indicadores de conectividad.',
  REJECT: 'El autodiagnóstico no cumple los requisitos mínimos de soporte documental.',
  DECLINE: 'La entidad no tiene un autodiagnóstico validado vigente que sustente la solicitud.',
  DELIVER_ROADMAP: 'Se entrega la hoja de ruta con las iniciativas priorizadas y su cronograma.',
  REQUEST_ADJUSTMENTS: 'Solicitamos ajustar el cronograma de la iniciativa de movilidad.',
  REQUEST_CORRECTIONS: 'Falta el certificado de disponibilidad presupuestal de la contrapartida.',
  DECLARE_INELIGIBLE: 'La postulación no cumple los requisitos habilitantes de la convocatoria.',
  WAITLIST: 'Puntaje suficiente; los recursos de la convocatoria están comprometidos.',
  CLOSE: 'Ejecución terminada y desembolsos completos; se cierra la postulación.',
};
const withNote = (type: string): Event => ({ type, note: notes[type] ?? 'Sin observaciones adicionales.' });
const at = (type: string, by: Sender, gap: Gap, event: Event = { type }): PathStep => ({ event, by, gap });

// Maturity assessment paths.
const assessmentPaths: Record<string, PathStep[]> = {
  validated: [at('SUBMIT', 'REPRESENTATIVE', [5, 40]), at('START_REVIEW', 'COORDINATOR', [1, 8]), at('VALIDATE', 'COORDINATOR', [1, 10])],
  validatedAfterChanges: [
    at('SUBMIT', 'REPRESENTATIVE', [5, 40]),
    at('START_REVIEW', 'COORDINATOR', [1, 8]),
    at('REQUEST_CHANGES', 'COORDINATOR', [1, 6], withNote('REQUEST_CHANGES')),
    at('RESUBMIT', 'REPRESENTATIVE', [2, 12]),
    at('START_REVIEW', 'COORDINATOR', [1, 5]),
    at('VALIDATE', 'COORDINATOR', [1, 6]),
  ],
  validatedAfterTwoRounds: [
    at('SUBMIT', 'REPRESENTATIVE', [5, 30]),
    at('START_REVIEW', 'COORDINATOR', [1, 8]),
    at('REQUEST_CHANGES', 'COORDINATOR', [1, 6], withNote('REQUEST_CHANGES')),
    at('RESUBMIT', 'REPRESENTATIVE', [2, 12]),
    at('START_REVIEW', 'COORDINATOR', [1, 5]),
    at('REQUEST_CHANGES', 'COORDINATOR', [1, 6], withNote('REQUEST_CHANGES')),
    at('RESUBMIT', 'REPRESENTATIVE', [2, 10]),
    at('START_REVIEW', 'COORDINATOR', [1, 5]),
    at('VALIDATE', 'COORDINATOR', [1, 6]),
  ],
  rejected: [
    at('SUBMIT', 'REPRESENTATIVE', [5, 40]),
    at('START_REVIEW', 'COORDINATOR', [1, 8]),
    at('REJECT', 'COORDINATOR', [1, 10], withNote('REJECT')),
  ],
  withdrawn: [at('WITHDRAW', 'REPRESENTATIVE', [3, 30])],
  expired: [at('CYCLE_CLOSED', { system: 'cierre-de-vigencia' }, 'due')],
};
const assessmentMix: [string, number][] = [
  ['validated', 62],
  ['validatedAfterChanges', 16],
  ['validatedAfterTwoRounds', 5],
  ['rejected', 4],
  ['withdrawn', 4],
  ['expired', 9],
];

// Accompaniment paths (machine version 2, roadmap requests; the advisor is named in the template's
// key: the snapshot's context holds it). The first session is scheduled and then recorded within
// its term; the roadmap's acceptance opens the entity's survey, answered or left to lapse.
const SESSION_MARK = '#session#';
const accompanimentPaths = (advisor: string): Record<string, PathStep[]> => {
  const firstSession: PathStep[] = [
    at('SCHEDULE_SESSION', 'ADVISOR', [1, 3], { type: 'SCHEDULE_SESSION', sessionId: SESSION_MARK }),
    at('RECORD_SESSION', 'ADVISOR', [2, 6], { type: 'RECORD_SESSION', sessionId: SESSION_MARK }),
  ];
  const afterAdmission: PathStep[] = [
    at('ASSIGN_ADVISOR', 'COORDINATOR', [1, 5], { type: 'ASSIGN_ADVISOR', advisor }),
    ...firstSession,
    at('START_DIAGNOSIS', 'ADVISOR', [1, 10]),
    at('START_FORMULATION', 'ADVISOR', [10, 40]),
    at('DELIVER_ROADMAP', 'ADVISOR', [10, 40], withNote('DELIVER_ROADMAP')),
    at('ACCEPT_ROADMAP', 'REPRESENTATIVE', [2, 15]),
  ];
  const toFormulation: PathStep[] = [
    at('ADMIT', 'COORDINATOR', [2, 22]),
    at('ASSIGN_ADVISOR', 'COORDINATOR', [1, 5], { type: 'ASSIGN_ADVISOR', advisor }),
    ...firstSession,
    at('START_DIAGNOSIS', 'ADVISOR', [1, 10]),
    at('START_FORMULATION', 'ADVISOR', [10, 40]),
    at('DELIVER_ROADMAP', 'ADVISOR', [10, 40], withNote('DELIVER_ROADMAP')),
  ];
  // The score varies by case (payloadOf); the template's only has to pass the machine's guard.
  const survey = at('ANSWER_SURVEY', 'MEMBER', [1, 8], { type: 'ANSWER_SURVEY', score: 4 });
  return {
    completed: [...toFormulation, at('ACCEPT_ROADMAP', 'REPRESENTATIVE', [2, 15]), survey],
    completedAfterAdjustments: [
      ...toFormulation,
      at('REQUEST_ADJUSTMENTS', 'REPRESENTATIVE', [2, 10], withNote('REQUEST_ADJUSTMENTS')),
      at('DELIVER_ROADMAP', 'ADVISOR', [5, 20], withNote('DELIVER_ROADMAP')),
      at('ACCEPT_ROADMAP', 'REPRESENTATIVE', [2, 10]),
      survey,
    ],
    // The ministry answers well past its 15 business days (the term goes OVERDUE, then MET_LATE),
    // and the entity leaves the survey unanswered: the platform closes the case when its term lapses.
    answeredLate: [
      at('ADMIT', 'COORDINATOR', [16, 45]),
      ...afterAdmission,
      at('CLOSE_WITHOUT_SURVEY', { system: 'vencimiento-de-terminos' }, 'due'),
    ],
    declined: [at('DECLINE', 'COORDINATOR', [2, 22], withNote('DECLINE'))],
    // Withdrawn in the diagnosis.
    withdrawn: [...toFormulation.slice(0, 5), at('WITHDRAW', 'REPRESENTATIVE', [3, 20])],
  };
};
const accompanimentMix: [string, number][] = [
  ['completed', 47],
  ['completedAfterAdjustments', 15],
  ['answeredLate', 10],
  ['declined', 16],
  ['withdrawn', 12],
];

// Cofinancing (machine version 2) paths; `{ evaluator: i }` is the i-th member of the case's panel.
const cofinancingPaths = (panel: string[], conflicted: boolean): Record<string, PathStep[]> => {
  const review: PathStep[] = [at('SUBMIT', 'REPRESENTATIVE', [1, 8]), at('START_ELIGIBILITY_REVIEW', 'COORDINATOR', [1, 6])];
  const corrections: PathStep[] = [
    at('REQUEST_CORRECTIONS', 'COORDINATOR', [1, 5], withNote('REQUEST_CORRECTIONS')),
    at('RESUBMIT', 'REPRESENTATIVE', [1, 8]),
  ];
  const evaluation: PathStep[] = [
    at('DECLARE_ELIGIBLE', 'COORDINATOR', [1, 8]),
    at('ASSIGN_EVALUATORS', 'COORDINATOR', [1, 4], { type: 'ASSIGN_EVALUATORS', evaluators: panel }),
    ...panel.map((e, i) =>
      at('DECLARE_CONFLICT', { evaluator: i }, [1, 4], {
        type: 'DECLARE_CONFLICT',
        evaluator: e,
        conflict: conflicted && i === panel.length - 1,
        note: conflicted && i === panel.length - 1 ? 'Asesoré a la entidad en la formulación del proyecto.' : null,
      }),
    ),
    ...panel
      .slice(0, conflicted ? panel.length - 1 : panel.length)
      .map((e, i) => at('SUBMIT_EVALUATION', { evaluator: i }, [2, 10], { type: 'SUBMIT_EVALUATION', evaluator: e })),
  ];
  const approvedAndExecuted: PathStep[] = [
    at('SIGN_AGREEMENT', 'REPRESENTATIVE', [3, 15], { type: 'SIGN_AGREEMENT', agreementNumber: 'CONVENIO' }),
    at('START_EXECUTION', 'COORDINATOR', [5, 20]),
    at('CLOSE', 'COORDINATOR', [120, 420], withNote('CLOSE')),
  ];
  return {
    abandoned: [at('WITHDRAW', 'REPRESENTATIVE', [2, 20])],
    ineligible: [...review, at('DECLARE_INELIGIBLE', 'COORDINATOR', [2, 10], withNote('DECLARE_INELIGIBLE'))],
    desistimiento: [
      ...review,
      at('REQUEST_CORRECTIONS', 'COORDINATOR', [1, 5], withNote('REQUEST_CORRECTIONS')),
      at('CORRECTIONS_TERM_EXPIRED', { system: 'deadline' }, 'due'),
    ],
    rejectedByCommittee: [...review, ...evaluation, at('REJECT', 'COORDINATOR', [3, 15], withNote('REJECT'))],
    rejectedAfterCorrections: [...review, ...corrections, ...evaluation, at('REJECT', 'COORDINATOR', [3, 15], withNote('REJECT'))],
    waitlistedThenRejected: [
      ...review,
      ...evaluation,
      at('WAITLIST', 'COORDINATOR', [3, 15], withNote('WAITLIST')),
      at('REJECT', 'COORDINATOR', [30, 90], { type: 'REJECT', note: 'La convocatoria cerró sin recursos para la lista de espera.' }),
    ],
    approved: [...review, ...evaluation, at('APPROVE', 'COORDINATOR', [3, 15]), ...approvedAndExecuted],
    approvedAfterCorrections: [...review, ...corrections, ...evaluation, at('APPROVE', 'COORDINATOR', [3, 15]), ...approvedAndExecuted],
    agreementLapsed: [
      ...review,
      ...evaluation,
      at('APPROVE', 'COORDINATOR', [3, 15]),
      at('AGREEMENT_TERM_EXPIRED', { system: 'deadline' }, 'due'),
    ],
    promoted: [
      ...review,
      ...evaluation,
      at('WAITLIST', 'COORDINATOR', [3, 15], withNote('WAITLIST')),
      at('PROMOTE', { system: 'lista-de-espera' }, [5, 30]),
      ...approvedAndExecuted,
    ],
  };
};
const cofinancingMix: [string, number][] = [
  ['abandoned', 6],
  ['ineligible', 12],
  ['desistimiento', 5],
  ['rejectedByCommittee', 27],
  ['rejectedAfterCorrections', 11],
  ['waitlistedThenRejected', 28],
  // A call funds a few dozen projects: most fundable applications wait and are not reached.
  ['approved', 4],
  ['approvedAfterCorrections', 2],
  ['agreementLapsed', 1],
  ['promoted', 2],
];

// ───────────────────────────── the seeder ─────────────────────────────

interface Applicant {
  code: string;
  name: string;
  kind: string;
  departmentCode: string;
}

interface CycleRow {
  id: string;
  year: number;
  opensAt: Date;
  closesAt: Date;
  accompanimentResponseDays: number | null;
  existing: boolean;
}

interface CallRow {
  id: string;
  year: number;
  opensAt: Date;
  closesAt: Date;
  cap: number;
}

interface CaseDraft {
  process: ProcessId;
  /** The year of its cycle or call. */
  year: number;
  machineVersion: number;
  entity: Applicant;
  cycleId: string | null;
  callId: string | null;
  /** The machine's steps (step 0 is the creation), and the senders of steps 1…n. */
  steps: MachineStep[];
  path: PathStep[];
  /** First instant: when the case was opened. */
  start: number;
  /** The instant of a fixed-instant term (the cycle's close for an assessment draft). */
  until?: Date;
  panel?: string[];
  advisor?: string;
  /** An accompaniment's first session (the template's events carry a mark in its place). */
  sessionId?: string;
}

/** What happened to a case, once written: the instant of each step that happened. */
interface Written {
  id: string;
  times: number[];
  steps: MachineStep[];
  state: string;
}

class ScaleSeeder {
  private readonly random = seededRandom('cti-escala-v1');
  private readonly templates = new Map<string, MachineStep[]>();
  private readonly machines = new Map<ProcessId, { version: number; machine: AnyStateMachine; labels: Record<string, string> }>();
  private globalSeq = 0;
  private requestSeq = 0;
  readonly states: Record<string, Record<string, number>> = {};
  readonly byYear: Record<number, { open: number; final: number }> = {};
  overdue = 0;

  constructor(
    private readonly sink: Sink,
    private readonly now: number,
    private readonly model: MaturityModel,
  ) {
    for (const v of MACHINE_VERSIONS) {
      const known = this.machines.get(v.process);
      if (!known || known.version < v.version)
        this.machines.set(v.process, { version: v.version, machine: v.machine, labels: v.eventLabels });
    }
  }

  // ── deterministic helpers ──

  private uuid(): string {
    // The generator gives 32 bits a call: four hex digits at a time keeps every digit random.
    const hex = (n: number) => {
      let out = '';
      while (out.length < n)
        out += Math.floor(this.random() * 0x10000)
          .toString(16)
          .padStart(4, '0');
      return out.slice(0, n);
    };
    const variant = (8 + Math.floor(this.random() * 4)).toString(16);
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
  }
  private int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)];
  }
  private choose(mix: [string, number][]): string {
    const total = mix.reduce((s, [, w]) => s + w, 0);
    let x = this.random() * total;
    for (const [name, w] of mix) if ((x -= w) < 0) return name;
    return mix[mix.length - 1][0];
  }
  /** An instant `days` business days after `t`, during office hours (never before `t`). */
  private later(t: number, days: number): number {
    const day = addWorkingDays(bogotaDay(new Date(t)), days);
    const instant = atBogotaTime(day, this.int(8, 17), this.int(0, 59)).getTime();
    return Math.max(instant, t + this.int(5, 90) * MINUTE);
  }
  private requestId(): string {
    return `escala-${(++this.requestSeq).toString(36).padStart(8, '0')}`;
  }

  async init(): Promise<void> {
    const row = await this.sink.all<{ n: unknown }>(
      `select coalesce(max(global_seq), 0) as n from case_history union all select coalesce(max(last), 0) as n from case_history_sequence`,
    );
    this.globalSeq = Math.max(...row.map((r) => Number(r.n)));
  }

  private template(process: ProcessId, key: string, path: PathStep[], input: Record<string, unknown> = {}): MachineStep[] {
    const k = `${process}:${key}:${JSON.stringify(input)}`;
    let steps = this.templates.get(k);
    if (!steps) {
      steps = runMachine(this.machines.get(process)!.machine, path, input);
      this.templates.set(k, steps);
    }
    return steps;
  }

  // ── reference rows ──

  async cycles(years: number[], modelVersion: string): Promise<CycleRow[]> {
    const existing = await this.sink.all<Record<string, unknown>>(
      `select id, year, opens_at, closes_at, accompaniment_response_days from cycle`,
    );
    const byYear = new Map(existing.map((r) => [Number(r.year), r]));
    const out: CycleRow[] = [];
    const currentYear = years[years.length - 1];
    for (const year of years) {
      const found = byYear.get(year);
      if (found) {
        out.push({
          id: String(found.id),
          year,
          opensAt: instant(found.opens_at),
          closesAt: instant(found.closes_at),
          accompanimentResponseDays: found.accompaniment_response_days == null ? null : Number(found.accompaniment_response_days),
          existing: true,
        });
        continue;
      }
      const opensAt = atBogotaTime(`${year}-02-01`, 8);
      // The current cycle stays open a few months ahead of now, as a real one would be in its year.
      const closesAt = year === currentYear ? new Date(this.now + 90 * DAY) : atBogotaTime(`${year}-11-30`, 23, 59);
      const published = year < currentYear ? new Date(closesAt.getTime() + 45 * DAY) : null;
      const id = this.uuid();
      await this.sink.add('cycle', {
        id,
        year,
        opens_at: opensAt,
        closes_at: closesAt,
        accompaniment_response_days: null,
        model_version: modelVersion,
        index_published_at: published && published.getTime() < this.now ? published : null,
        index_published_by: published && published.getTime() < this.now ? coordinators[0] : null,
        created_by: SCALE_COORDINATOR,
        created_at: new Date(opensAt.getTime() - 20 * DAY),
      });
      out.push({ id, year, opensAt, closesAt, accompanimentResponseDays: null, existing: false });
    }
    return out;
  }

  async calls(year: number, currentYear: number): Promise<CallRow[]> {
    const windows: [Date, Date][] = [[atBogotaTime(`${year}-03-01`, 8), atBogotaTime(`${year}-04-30`, 23, 59)]];
    windows.push(
      year === currentYear
        ? [new Date(this.now - 45 * DAY), new Date(this.now + 30 * DAY)]
        : [atBogotaTime(`${year}-08-01`, 8), atBogotaTime(`${year}-09-30`, 23, 59)],
    );
    const out: CallRow[] = [];
    for (const [i, [opensAt, closesAt]] of windows.entries()) {
      const id = this.uuid();
      const cap = 2_500_000_000;
      await this.sink.add('cofinancing_call', {
        id,
        title: `Convocatoria de cofinanciación CTI ${year}-${i + 1}`,
        opens_at: opensAt,
        closes_at: closesAt,
        total_budget: 40_000_000_000,
        cap_per_application: cap,
        min_counterpart_percent: 20,
        corrections_term_days: null,
        agreement_term_days: null,
        rubric: DEFAULT_RUBRIC,
        min_score: 60,
        eligibility_checklist: DEFAULT_CHECKLIST,
        published_at: new Date(opensAt.getTime() - 7 * DAY),
        published_by: coordinators[0],
        committed: 0,
        created_by: SCALE_COORDINATOR,
        created_at: new Date(opensAt.getTime() - 20 * DAY),
      });
      out.push({ id, year, opensAt, closesAt, cap });
    }
    return out;
  }

  // ── one case ──

  private senderOf(by: Sender, draft: CaseDraft): Actor {
    if (by === 'MEMBER') return member(draft.entity.code);
    if (by === 'REPRESENTATIVE') return representative(draft.entity.code);
    if (by === 'COORDINATOR') return { subject: this.pick(coordinators), role: 'COORDINATOR' };
    if (by === 'ADVISOR') return { subject: draft.advisor!, role: 'ADVISOR' };
    if ('evaluator' in by) return { subject: draft.panel![by.evaluator], role: 'EVALUATOR' };
    return system(by.system);
  }

  /**
   * Writes a case that went as far along its path as the present allows: its row, history, terms,
   * outbox and notifications. `domain` writes what each step's module writes beside the case.
   */
  private async writeCase(
    draft: CaseDraft,
    termDays: (kind: string) => number,
    domain?: (w: Written, step: number, at: number, actor: Actor, payload: Record<string, unknown>) => Promise<void>,
  ): Promise<Written> {
    const { machine, labels } = this.machines.get(draft.process)!;
    const id = this.uuid();
    const times: number[] = [draft.start];
    const dueOf = (step: MachineStep, t: number): number | null => {
      const spec = stateInfo(machine, step.to).deadline;
      if (!spec) return null;
      return spec.until ? draft.until!.getTime() : dueInstant(new Date(t), termDays(spec.kind), spec.calendar).getTime();
    };
    let due = dueOf(draft.steps[0], draft.start);
    for (let i = 1; i < draft.steps.length; i++) {
      const gap = draft.path[i - 1].gap;
      // An expiry event comes right after its term's due instant, as the worker sends it.
      const t = gap === 'due' ? (due ?? times[i - 1]) + MINUTE : this.later(times[i - 1], this.int(gap[0], gap[1]));
      if (t > this.now) break;
      times.push(t);
      const step = draft.steps[i];
      if (step.from !== step.to) due = dueOf(step, t);
    }
    const steps = draft.steps.slice(0, times.length);
    const last = steps[steps.length - 1];
    const version = steps.length;
    const written: Written = { id, times, steps, state: last.to };
    const scope = draft.cycleId ?? draft.callId ?? '-';
    await this.sink.add('workflow_case', {
      id,
      process: draft.process,
      machine_version: draft.machineVersion,
      entity_code: draft.entity.code,
      department_code: draft.entity.departmentCode,
      cycle_id: draft.cycleId,
      call_id: draft.callId,
      state: last.to,
      final: last.final,
      snapshot: JSON.parse(last.snapshot.replace(`"entityCode":"${ENTITY_MARK}"`, `"entityCode":"${draft.entity.code}"`)),
      version,
      assignee: last.assignee,
      evaluators: last.evaluators,
      open_key: last.final ? null : `${draft.process}:${draft.entity.code}:${scope}`,
      created_by: member(draft.entity.code).subject,
      created_at: new Date(times[0]),
      updated_at: new Date(times[times.length - 1]),
    });
    (this.states[draft.process] ??= {})[last.to] = (this.states[draft.process]?.[last.to] ?? 0) + 1;
    (this.byYear[draft.year] ??= { open: 0, final: 0 })[last.final ? 'final' : 'open']++;

    const facts = (state: string) => ({
      process: draft.process,
      entityCode: draft.entity.code,
      entityName: draft.entity.name,
      stateLabel: stateInfo(machine, state).label,
    });
    let open: { id: string; row: Record<string, Value>; due: number; onExpire: string | null; owner: string; kind: string } | null = null;
    const closeTerm = async (event: string, t: number) => {
      if (!open) return;
      const row = open.row;
      const overdue = !open.onExpire && open.due < t;
      if (overdue) await this.overdueNotice(open.id, id, open.kind, open.due, facts(String(row.state)));
      row.status = event === open.onExpire ? 'EXPIRED' : overdue || t > open.due ? 'MET_LATE' : 'MET';
      row.closed_at = new Date(t);
      row.reminders_sent = await this.reminders(open.id, id, draft, row, Math.min(t, open.due), facts(String(row.state)), open.owner);
      await this.sink.add('deadline', row);
      open = null;
    };

    for (const [i, step] of steps.entries()) {
      const t = times[i];
      const actor = i === 0 ? member(draft.entity.code) : this.senderOf(draft.path[i - 1].by, draft);
      const payload = this.payloadOf(step, draft, actor);
      const seq = i + 1;
      await this.sink.add('case_history', {
        case_id: id,
        seq,
        event: step.event,
        from_state: step.from,
        to_state: step.to,
        actor_subject: actor.subject,
        actor_role: actor.role,
        payload,
        at: new Date(t),
        request_id: this.requestId(),
        global_seq: ++this.globalSeq,
      });
      if (domain) await domain(written, i, t, actor, payload);
      // Terms move as the runtime moves them: leaving a state closes its term, entering one with a
      // term opens a row (due at its calendar's instant) and an outbox row to schedule it.
      let scheduled: string | null = null;
      if (step.from !== step.to) {
        const entered = stateInfo(machine, step.to);
        const spec = entered.deadline;
        const running = open as { row: Record<string, Value>; kind: string } | null;
        // A term that runs across states (the ministry's review of an application) moves with the case.
        const continues = running !== null && spec?.continues === true && spec.kind === running.kind;
        if (continues) {
          running!.row.state = step.to;
          running!.row.case_version = seq;
        } else if (step.from !== null && stateInfo(machine, step.from).deadline) await closeTerm(step.event, t);
        if (spec && !continues) {
          const dueAt = spec.until ? draft.until! : dueInstant(new Date(t), termDays(spec.kind), spec.calendar);
          const deadlineId = this.uuid();
          open = {
            id: deadlineId,
            due: dueAt.getTime(),
            onExpire: spec.onExpire ?? null,
            owner: entered.owner,
            kind: spec.kind,
            row: {
              id: deadlineId,
              case_id: id,
              state: step.to,
              case_version: seq,
              kind: spec.kind,
              owner: entered.owner,
              calendar: spec.until ? 'calendar' : spec.calendar,
              days: spec.until ? null : termDays(spec.kind),
              on_expire: spec.onExpire ?? null,
              remind_before: [...spec.remindBefore].sort((a, b) => b - a),
              started_at: new Date(t),
              due_at: dueAt,
              original_due_at: dueAt,
              status: 'PENDING',
              reminders_sent: 0,
              extended_days: null,
              extension_reason: null,
              extended_by: null,
              closed_at: null,
            },
          };
          scheduled = deadlineId;
        }
      }
      const processed = new Date(t + 1000);
      for (const effect of step.effects) {
        const outboxId = this.uuid();
        await this.sink.add('outbox', {
          id: outboxId,
          case_id: id,
          case_version: seq,
          kind: 'notification',
          payload: { effect, event: step.event, state: step.to },
          created_at: new Date(t),
          processed_at: processed,
        });
        await this.caseNotices(outboxId, id, draft, effect, step, payload, t, labels);
      }
      if (scheduled) {
        await this.sink.add('outbox', {
          id: this.uuid(),
          case_id: id,
          case_version: seq,
          kind: 'deadline.schedule',
          payload: { deadlineId: scheduled },
          created_at: new Date(t),
          processed_at: processed,
        });
      }
      if (draft.process === 'COFINANCING_APPLICATION' && step.event === 'AGREEMENT_TERM_EXPIRED') {
        await this.sink.add('outbox', {
          id: this.uuid(),
          case_id: id,
          case_version: seq,
          kind: WAITLIST_PROMOTION,
          payload: { callId: draft.callId },
          created_at: new Date(t),
          processed_at: processed,
        });
      }
    }
    // A term still running: PENDING, or OVERDUE once a ministry-side term has passed (the worker
    // flagged it and told the coordinators at its due instant).
    if (open) {
      const term = open as NonNullable<typeof open>;
      const row = term.row;
      if (!term.onExpire && term.due < this.now) {
        row.status = 'OVERDUE';
        this.overdue++;
        await this.overdueNotice(term.id, id, term.kind, term.due, facts(String(row.state)));
      }
      row.reminders_sent = await this.reminders(
        term.id,
        id,
        draft,
        row,
        Math.min(this.now, term.due),
        facts(String(row.state)),
        term.owner,
      );
      await this.sink.add('deadline', row);
    }
    return written;
  }

  /** What the history keeps of an event (the event without its type), with what varies by case. */
  private payloadOf(step: MachineStep, draft: CaseDraft, actor: Actor): Record<string, unknown> {
    if (step.event === 'SUBMIT_EVALUATION') {
      return {
        ...step.payload,
        scores: DEFAULT_RUBRIC.map((c) => ({
          criterionId: c.id,
          score: this.int(35, 98),
          justification: `Evaluación de ${c.name.toLowerCase()} por ${actor.subject}.`,
        })),
      };
    }
    if (step.event === 'SIGN_AGREEMENT') return { agreementNumber: `FUTIC-${draft.entity.code}-${this.int(1000, 9999)}` };
    if (step.payload.sessionId === SESSION_MARK) return { ...step.payload, sessionId: (draft.sessionId ??= this.uuid()) };
    if (step.event === 'ANSWER_SURVEY') return { ...step.payload, score: this.int(3, 5) };
    return step.payload;
  }

  private async notification(n: {
    dedupeKey: string;
    caseId: string;
    kind: string;
    audienceKind: 'ENTITY' | 'COORDINATORS' | 'USER';
    audience: string | null;
    title: string;
    body: string;
    at: number;
    reader: string | null;
  }): Promise<void> {
    const emailTo =
      n.audienceKind === 'ENTITY' ? entityMail(n.audience!) : n.audienceKind === 'COORDINATORS' ? COORDINATION_MAIL : n.audience;
    const id = this.uuid();
    await this.sink.add('notification', {
      id,
      dedupe_key: n.dedupeKey,
      case_id: n.caseId,
      kind: n.kind,
      audience_kind: n.audienceKind,
      audience: n.audience,
      title: n.title,
      body: n.body,
      created_at: new Date(n.at),
      email_to: emailTo,
      email_status: 'SENT',
      emailed_at: new Date(n.at + 30_000),
    });
    // People read most of what is old enough; the last weeks' notices are still unread.
    const readChance = n.at < this.now - 21 * DAY ? 0.6 : 0.15;
    if (n.reader && this.random() < readChance) {
      await this.sink.add('notification_read', {
        notification_id: id,
        subject: n.reader,
        read_at: new Date(Math.min(this.now, n.at + this.int(1, 72) * 3600_000)),
      });
    }
  }

  private async caseNotices(
    outboxId: string,
    caseId: string,
    draft: CaseDraft,
    effect: Effect,
    step: MachineStep,
    payload: Record<string, unknown>,
    t: number,
    labels: Record<string, string>,
  ): Promise<void> {
    const assignee = step.assignee;
    const audiences: { kind: 'ENTITY' | 'COORDINATORS' | 'USER'; audience: string | null; reader: string }[] = [];
    if (effect === 'notifyEvaluators') {
      for (const e of (payload.evaluators as string[] | undefined) ?? []) audiences.push({ kind: 'USER', audience: e, reader: e });
    } else if (effect === 'notifyEntity')
      audiences.push({ kind: 'ENTITY', audience: draft.entity.code, reader: member(draft.entity.code).subject });
    else if (effect === 'notifyCoordinators') audiences.push({ kind: 'COORDINATORS', audience: null, reader: coordinators[0] });
    else if (effect === 'notifyAssignee' && assignee) audiences.push({ kind: 'USER', audience: assignee, reader: assignee });
    const { machine } = this.machines.get(draft.process)!;
    const label = step.event === 'CREATED' ? 'nuevo trámite' : (labels[step.event] ?? step.event);
    const text = caseUpdateText(
      {
        process: draft.process,
        entityCode: draft.entity.code,
        entityName: draft.entity.name,
        stateLabel: stateInfo(machine, step.to).label,
      },
      label,
      typeof payload.note === 'string' ? payload.note : null,
    );
    for (const [i, a] of audiences.entries()) {
      await this.notification({
        dedupeKey: i === 0 ? `outbox:${outboxId}` : `outbox:${outboxId}:${a.audience}`,
        caseId,
        kind: 'CASE_UPDATE',
        audienceKind: a.kind,
        audience: a.audience,
        ...text,
        at: t + 2000,
        reader: a.reader,
      });
    }
  }

  private ownerAudience(
    owner: string,
    draft: CaseDraft,
  ): { kind: 'ENTITY' | 'COORDINATORS' | 'USER'; audience: string | null; reader: string } {
    if (owner === 'ENTITY') return { kind: 'ENTITY', audience: draft.entity.code, reader: member(draft.entity.code).subject };
    if (owner === 'ADVISOR' && draft.advisor) return { kind: 'USER', audience: draft.advisor, reader: draft.advisor };
    return { kind: 'COORDINATORS', audience: null, reader: coordinators[0] };
  }

  /** The reminders the worker sent before `until` (the term's end or the present); returns how many. */
  private async reminders(
    deadlineId: string,
    caseId: string,
    draft: CaseDraft,
    row: Record<string, Value>,
    until: number,
    facts: Parameters<typeof reminderText>[0],
    owner: string,
  ): Promise<number> {
    const due = row.due_at as Date;
    const started = (row.started_at as Date).getTime();
    let sent = 0;
    for (const before of row.remind_before as number[]) {
      const remindAt = reminderInstant(due, before).getTime();
      if (remindAt <= started || remindAt > until) continue;
      sent++;
      const a = this.ownerAudience(owner, draft);
      await this.notification({
        dedupeKey: `reminder:${deadlineId}:${due.getTime()}:${before}`,
        caseId,
        kind: 'DEADLINE_REMINDER',
        audienceKind: a.kind,
        audience: a.audience,
        ...reminderText(facts, String(row.kind), due, remainingWorkingDays(new Date(remindAt), due)),
        at: remindAt,
        reader: a.reader,
      });
    }
    return sent;
  }

  private async overdueNotice(
    deadlineId: string,
    caseId: string,
    kind: string,
    due: number,
    facts: Parameters<typeof overdueText>[0],
  ): Promise<void> {
    await this.notification({
      dedupeKey: `overdue:${deadlineId}`,
      caseId,
      kind: 'DEADLINE_OVERDUE',
      audienceKind: 'COORDINATORS',
      audience: null,
      ...overdueText(facts, kind, new Date(due)),
      at: due + 60_000,
      reader: coordinators[0],
    });
  }

  // ── the three processes ──

  /** Assessments of a cycle; returns the instant each entity's assessment was validated. */
  async assessments(cycle: CycleRow, applicants: Applicant[], participation: number, maturityOf: (code: string) => number) {
    const validated = new Map<string, number>();
    const process: ProcessId = 'MATURITY_ASSESSMENT';
    const { version } = this.machines.get(process)!;
    const current = cycle.closesAt.getTime() > this.now;
    const windowEnd = Math.min(cycle.closesAt.getTime() - 60 * DAY, this.now);
    // The current cycle's cases are spread over its last months, so they stand at every step.
    const windowStart = current ? Math.max(cycle.opensAt.getTime(), this.now - 110 * DAY) : cycle.opensAt.getTime();
    const taken = new Set(
      (
        await this.sink.all<{ entity_code: string }>(`select entity_code from workflow_case where process = ? and cycle_id = ?`, [
          process,
          cycle.id,
        ])
      ).map((r) => r.entity_code),
    );
    for (const entity of applicants) {
      if (taken.has(entity.code) || this.random() >= participation) continue;
      let name = this.choose(assessmentMix);
      // A draft expires only when its cycle closes.
      if (name === 'expired' && current) name = 'validated';
      const path = assessmentPaths[name];
      const start = windowStart + this.random() * Math.max(DAY, windowEnd - windowStart);
      const draft: CaseDraft = {
        process,
        year: cycle.year,
        machineVersion: version,
        entity,
        cycleId: cycle.id,
        callId: null,
        steps: this.template(process, name, path),
        path,
        start,
        until: cycle.closesAt,
      };
      const maturity = maturityOf(entity.code);
      const written = await this.writeCase(
        draft,
        () => 0,
        async (w, i, t) => {
          if (w.steps[i].event !== 'VALIDATE') return;
          validated.set(entity.code, t);
          await this.scores(w.id, cycle, entity, maturity, t);
        },
      );
      await this.answers(written, cycle, entity, maturity);
    }
    return validated;
  }

  private answersOf(entity: Applicant, maturity: number, year: number) {
    return sampleAnswers(this.model, `${entity.code}-${year}`, maturity, { evidenceDate: `${year}-05-15` }).map((a) => {
      const q = this.model.questions.get(a.questionId)!;
      return {
        questionId: a.questionId,
        value: q.type === 'YES_NO' ? (a.yes ? 1 : 0) : a.value!,
        evidence: (a.evidence ?? []).map((e) => ({ title: e.title, url: e.url ?? null, fileRef: e.fileRef ?? null, date: e.date ?? null })),
      };
    });
  }

  /** Answers: complete once submitted; a draft (open, withdrawn or expired) has part of them. */
  private async answers(w: Written, cycle: CycleRow, entity: Applicant, maturity: number): Promise<void> {
    const all = this.answersOf(entity, maturity, cycle.year);
    const submitted = w.steps.some((s) => s.event === 'SUBMIT');
    const count = submitted ? all.length : Math.floor(all.length * this.random());
    const firstEdit = w.times[0];
    const lastEdit = submitted ? w.times[w.steps.findIndex((s) => s.event === 'SUBMIT')] - MINUTE : w.times[w.times.length - 1];
    for (const a of all.slice(0, count)) {
      await this.sink.add('assessment_answer', {
        case_id: w.id,
        question_id: a.questionId,
        value: a.value,
        evidence: a.evidence,
        answered_by: member(entity.code).subject,
        answered_at: new Date(firstEdit + this.random() * Math.max(MINUTE, lastEdit - firstEdit)),
      });
    }
  }

  private async scores(caseId: string, cycle: CycleRow, entity: Applicant, maturity: number, t: number): Promise<void> {
    const rows = scoreRows(
      this.model,
      { id: caseId, cycleId: cycle.id, entityCode: entity.code, departmentCode: entity.departmentCode },
      { name: entity.name, kind: entity.kind },
      this.answersOf(entity, maturity, cycle.year),
      new Date(t),
    );
    if (!rows) return;
    const s = rows.score;
    await this.sink.add('assessment_score', {
      case_id: s.caseId,
      cycle_id: s.cycleId,
      entity_code: s.entityCode,
      entity_name: s.entityName,
      department_code: s.departmentCode,
      entity_kind: s.entityKind,
      model_version: s.modelVersion,
      index_score: s.indexScore,
      level: s.level,
      scored_at: s.scoredAt,
    });
    for (const p of rows.parts) {
      await this.sink.add('assessment_part_score', {
        case_id: p.caseId,
        part_id: p.partId,
        kind: p.kind,
        dimension_id: p.dimensionId,
        score: p.score,
        level: p.level,
        answered: p.answered,
      });
    }
  }

  async accompaniments(cycle: CycleRow, candidates: Map<string, { entity: Applicant; from: number }>, share: number) {
    const process: ProcessId = 'ACCOMPANIMENT';
    const { version } = this.machines.get(process)!;
    const taken = new Set(
      (
        await this.sink.all<{ entity_code: string }>(`select entity_code from workflow_case where process = ? and cycle_id = ?`, [
          process,
          cycle.id,
        ])
      ).map((r) => r.entity_code),
    );
    const current = cycle.closesAt.getTime() > this.now;
    const roadmaps: { entity: Applicant; at: number; year: number }[] = [];
    for (const { entity, from } of candidates.values()) {
      if (taken.has(entity.code) || this.random() >= share) continue;
      const earliest = Math.max(from, cycle.opensAt.getTime()) + DAY;
      const latest = current ? this.now : Math.min(cycle.closesAt.getTime(), this.now);
      if (earliest >= latest) continue;
      const start = current
        ? Math.max(earliest, this.now - this.random() * 120 * DAY)
        : earliest + this.random() * (latest - earliest) * 0.6;
      const name = this.choose(accompanimentMix);
      const advisor = this.pick(advisors);
      const path = accompanimentPaths(advisor)[name];
      const draft: CaseDraft = {
        process,
        year: cycle.year,
        machineVersion: version,
        entity,
        cycleId: cycle.id,
        callId: null,
        steps: this.template(process, `${name}:${advisor}`, path, { topic: 'ROADMAP' }),
        path,
        start,
        advisor,
      };
      // What the request asked for, and the first session: written beside the case, as the module's steps write them.
      const request: Record<string, Value> = {
        case_id: '',
        topic: 'ROADMAP',
        dimensions: ['GOBERNANZA', this.pick(['CALIDAD_DE_VIDA', 'MEDIO_AMBIENTE', 'HABITAT', 'DESARROLLO_ECONOMICO', 'PERSONAS'])],
        description: `${entity.name} solicita una hoja de ruta diferenciada a partir de su autodiagnóstico validado.`,
        // The dataset writes no people: the contact is a person id of its own, as an entity's directory would give.
        contact_person_id: this.uuid(),
        modality: this.pick(['VIRTUAL', 'IN_PERSON']),
        assessment_case_id: null,
        created_at: null,
        survey_score: null,
        survey_comment: null,
        survey_by: null,
        survey_at: null,
      };
      let session: Record<string, Value> | null = null;
      const w = await this.writeCase(
        draft,
        // The request's answer is the cycle's term; the first session and the survey have 10 business days.
        (kind) => (kind === 'ACCOMPANIMENT_RESPONSE' ? (cycle.accompanimentResponseDays ?? 15) : 10),
        async (w, i, t, actor, payload) => {
          const step = w.steps[i];
          if (i === 0) {
            request.case_id = w.id;
            request.created_at = new Date(t);
          } else if (step.event === 'SCHEDULE_SESSION') {
            session = {
              id: String(payload.sessionId),
              case_id: w.id,
              number: 1,
              starts_at: new Date(t + 2 * DAY),
              duration_minutes: 60,
              modality: request.modality,
              place: request.modality === 'IN_PERSON' ? 'Alcaldía, sala de juntas' : null,
              meeting_url: request.modality === 'VIRTUAL' ? 'https://meet.example.org/cti-acompanamiento' : null,
              agenda: 'Presentación del equipo, alcance del acompañamiento y cronograma de trabajo.',
              status: 'SCHEDULED',
              cancel_reason: null,
              minutes: null,
              acta_document_id: null,
              rescheduled: 0,
              scheduled_by: actor.subject,
              created_at: new Date(t),
              updated_at: new Date(t),
              recorded_at: null,
            };
          } else if (step.event === 'RECORD_SESSION' && session) {
            // Held a couple of hours before its minutes were recorded.
            session.starts_at = new Date(Math.min((session.starts_at as Date).getTime(), t - 2 * 3600 * 1000));
            session.status = 'HELD';
            session.minutes = 'Se revisaron los resultados del autodiagnóstico y se acordó el cronograma del diagnóstico.';
            session.updated_at = new Date(t);
            session.recorded_at = new Date(t);
          } else if (step.event === 'ANSWER_SURVEY') {
            request.survey_score = Number(payload.score);
            request.survey_comment = 'El acompañamiento fue útil para priorizar las iniciativas.';
            request.survey_by = actor.subject;
            request.survey_at = new Date(t);
          }
        },
      );
      await this.sink.add('accompaniment_request', request);
      if (session) await this.sink.add('accompaniment_session', session);
      if (w.state === 'completed' && this.random() < 0.05) roadmaps.push({ entity, at: w.times[w.times.length - 1], year: cycle.year });
    }
    return roadmaps;
  }

  async applications(call: CallRow, candidates: Map<string, { entity: Applicant; from: number }>, share: number) {
    const process: ProcessId = 'COFINANCING_APPLICATION';
    const { version } = this.machines.get(process)!;
    const executed: { entity: Applicant; caseId: string; title: string; at: number; futic: number }[] = [];
    const reserved: number[] = [];
    for (const { entity, from } of candidates.values()) {
      if (this.random() >= share) continue;
      const earliest = Math.max(from + DAY, call.opensAt.getTime());
      const latest = Math.min(call.closesAt.getTime() - 15 * DAY, this.now);
      if (earliest >= latest) continue;
      const start = earliest + this.random() * (latest - earliest);
      const name = this.choose(cofinancingMix);
      const panelNo = this.int(0, 39);
      const panel = [0, 1, 2].map((k) => evaluators[(panelNo * 5 + k * 7) % evaluators.length]);
      const conflicted = panelNo % 9 === 0;
      const path = cofinancingPaths(panel, conflicted)[name];
      const draft: CaseDraft = {
        process,
        year: call.year,
        machineVersion: version,
        entity,
        cycleId: null,
        callId: call.id,
        steps: this.template(process, `${name}:${panelNo}`, path),
        path,
        start,
        panel,
      };
      const title = `${this.pick(projectTitles)} — ${entity.name}`;
      const lines = this.budget(call.cap);
      const futic = lines.reduce((s, l) => s + l.futic, 0);
      const counterpart = lines.reduce((s, l) => s + l.counterpart, 0);
      const app: Record<string, Value> = {
        case_id: '',
        call_id: call.id,
        title,
        description: `Proyecto de ciudad inteligente de ${entity.name}: ${title.toLowerCase()}, con indicadores de resultado y plan de apropiación.`,
        dimensions: ['GOBERNANZA', this.pick(['CALIDAD_DE_VIDA', 'MEDIO_AMBIENTE', 'HABITAT', 'DESARROLLO_ECONOMICO', 'PERSONAS'])],
        futic_total: futic,
        counterpart_total: counterpart,
        score_hundredths: null,
        submitted_at: null,
        decision: null,
        decision_note: null,
        decided_at: null,
        decided_by: null,
        updated_by: member(entity.code).subject,
        updated_at: null,
      };
      const panelRows = new Map<string, Record<string, Value>>();
      let reservation: Record<string, Value> | null = null;
      const w = await this.writeCase(
        draft,
        // Machine version 3: a month to correct, the ministry's 10 días hábiles to review the filing, 20 to sign.
        (kind) => ({ CORRECTIONS: 1, ELIGIBILITY_REVIEW: 10 })[kind] ?? 20,
        async (w, i, t, actor, payload) => {
          const step = w.steps[i];
          if (i === 0) {
            app.case_id = w.id;
            app.updated_at = new Date(t + 30 * MINUTE);
            return;
          }
          switch (step.event) {
            case 'SUBMIT':
              app.submitted_at ??= new Date(t);
              break;
            case 'DECLARE_ELIGIBLE':
            case 'DECLARE_INELIGIBLE':
              for (const [k, item] of DEFAULT_CHECKLIST.entries()) {
                const met = step.event === 'DECLARE_ELIGIBLE' || k !== 2;
                await this.sink.add('eligibility_check', {
                  case_id: w.id,
                  item_id: item.id,
                  met,
                  note: met ? 'Verificado con los documentos radicados.' : 'No se aportó el documento.',
                  checked_by: actor.subject,
                  checked_at: new Date(t - 10 * MINUTE),
                });
              }
              break;
            case 'ASSIGN_EVALUATORS':
              for (const e of panel)
                panelRows.set(e, {
                  case_id: w.id,
                  evaluator: e,
                  assigned_by: actor.subject,
                  assigned_at: new Date(t),
                  conflict: null,
                  conflict_note: null,
                  declared_at: null,
                  score_hundredths: null,
                  submitted_at: null,
                });
              break;
            case 'DECLARE_CONFLICT': {
              const r = panelRows.get(actor.subject)!;
              r.conflict = step.payload.conflict === true;
              r.conflict_note = (step.payload.note as string | null) ?? null;
              r.declared_at = new Date(t);
              break;
            }
            case 'SUBMIT_EVALUATION': {
              const r = panelRows.get(actor.subject)!;
              const weights = new Map(DEFAULT_RUBRIC.map((c) => [c.id, c.weight]));
              let hundredths = 0;
              for (const s of payload.scores as { criterionId: string; score: number; justification: string }[]) {
                hundredths += s.score * weights.get(s.criterionId)!;
                await this.sink.add('evaluation_score', {
                  case_id: w.id,
                  evaluator: actor.subject,
                  criterion_id: s.criterionId,
                  score: s.score,
                  justification: s.justification,
                });
              }
              r.score_hundredths = hundredths;
              r.submitted_at = new Date(t);
              if (step.to === 'committee') {
                const scored = [...panelRows.values()].filter((p) => p.conflict === false && p.submitted_at);
                app.score_hundredths = Math.round(scored.reduce((s, p) => s + Number(p.score_hundredths), 0) / scored.length);
              }
              break;
            }
            case 'APPROVE':
            case 'PROMOTE':
              reservation = {
                case_id: w.id,
                call_id: call.id,
                amount: futic,
                reserved_by: actor.subject,
                reserved_at: new Date(t),
                released_at: null,
                release_reason: null,
              };
              Object.assign(app, { decision: 'APPROVED', decision_note: null, decided_at: new Date(t), decided_by: actor.subject });
              break;
            case 'WAITLIST':
            case 'REJECT':
              Object.assign(app, {
                decision: step.event === 'WAITLIST' ? 'WAITLISTED' : 'REJECTED',
                decision_note: step.payload.note ?? null,
                decided_at: new Date(t),
                decided_by: actor.subject,
              });
              break;
            case 'AGREEMENT_TERM_EXPIRED':
              if (reservation) Object.assign(reservation, { released_at: new Date(t), release_reason: 'AGREEMENT_TERM_EXPIRED' });
              break;
            case 'SIGN_AGREEMENT':
              await this.sink.add('cofinancing_agreement', {
                case_id: w.id,
                number: payload.agreementNumber as string,
                signed_by: actor.subject,
                signed_at: new Date(t),
              });
              break;
            case 'START_EXECUTION':
              await this.disbursements(w, futic, t, actor);
              break;
          }
        },
      );
      await this.sink.add('cofinancing_application', app);
      for (const [k, l] of lines.entries()) {
        await this.sink.add('budget_line', {
          case_id: w.id,
          position: k + 1,
          component: l.component,
          description: l.description,
          futic_amount: l.futic,
          counterpart_amount: l.counterpart,
        });
      }
      for (const r of panelRows.values()) await this.sink.add('evaluator_assignment', r);
      if (reservation) {
        await this.sink.add('fund_reservation', reservation);
        if (!(reservation as Record<string, Value>).released_at) reserved.push(futic);
      }
      if (w.state === 'inExecution' || w.state === 'closed') {
        const started = w.times[w.steps.findIndex((s) => s.event === 'START_EXECUTION')];
        executed.push({ entity, caseId: w.id, title, at: started, futic });
      }
    }
    // The call's budget covers what it approved, and `committed` is what stays reserved.
    const committed = reserved.reduce((s, x) => s + x, 0);
    await this.sink.flush();
    await this.sink.run(`update cofinancing_call set committed = ?, total_budget = ? where id = ?`, [
      committed,
      Math.max(40_000_000_000, Math.ceil((committed * 1.1) / 1_000_000_000) * 1_000_000_000),
      call.id,
    ]);
    return executed;
  }

  private budget(cap: number) {
    const components = ['EQUIPMENT', 'TECHNOLOGICAL_SERVICES', 'WORK_TEAM', 'TRAINING'];
    const n = this.int(2, 4);
    let room = this.int(Math.floor(cap / 6), cap);
    return components.slice(0, n).map((component, k) => {
      const futic = k === n - 1 ? room : Math.round((room * this.int(30, 60)) / 100 / 1_000_000) * 1_000_000;
      room -= futic;
      const counterpart = Math.round((futic * this.int(25, 45)) / 100 / 1_000_000) * 1_000_000;
      return { component, description: `${componentText[component]} del proyecto`, futic, counterpart };
    });
  }

  private async disbursements(w: Written, futic: number, t: number, actor: Actor): Promise<void> {
    const parts = [0.4, 0.3, 0.3];
    let left = futic;
    const executionEnd = w.steps[w.steps.length - 1].event === 'CLOSE' ? w.times[w.times.length - 1] : Infinity;
    for (const [k, share] of parts.entries()) {
      const amount = k === parts.length - 1 ? left : Math.round(futic * share);
      left -= amount;
      const due = bogotaDay(new Date(t + (k * 120 + 15) * DAY));
      const paidAt = Math.min(executionEnd - DAY, atBogotaTime(due, 10).getTime() + this.int(0, 10) * DAY);
      const paid = paidAt <= this.now;
      await this.sink.add('disbursement', {
        case_id: w.id,
        instalment: k + 1,
        due_on: due,
        amount,
        paid_on: paid ? bogotaDay(new Date(paidAt)) : null,
        reference: paid ? `PAGO-${w.id.slice(0, 8)}-${k + 1}` : null,
        recorded_by: paid ? actor.subject : null,
        recorded_at: paid ? new Date(paidAt) : null,
      });
    }
  }

  /** An action plan (objectives → products with yearly targets) and the progress reported so far. */
  async plan(entity: Applicant, caseId: string | null, title: string, at: number): Promise<{ products: number; reports: number }> {
    const id = this.uuid();
    const startYear = new Date(at).getUTCFullYear();
    const endYear = startYear + 2;
    const n = this.int(6, 10);
    const weights = Array.from({ length: n }, () => this.int(5, 20));
    const sum = weights.reduce((s, x) => s + x, 0);
    const scaled = weights.map((x) => Math.floor((x * 100) / sum));
    scaled[0] += 100 - scaled.reduce((s, x) => s + x, 0);
    await this.sink.add('action_plan', {
      id,
      entity_code: entity.code,
      case_id: caseId,
      title: `Plan de acción: ${title}`,
      start_year: startYear,
      end_year: endYear,
      periodicity: 'ANNUAL',
      // Approved as its version 1 and reported with accepted values: as a plan stands after its reviews.
      status: 'APPROVED',
      current_version: 1,
      description: null,
      created_by: member(entity.code).subject,
      created_at: new Date(at),
      updated_at: new Date(at),
    });
    await this.sink.add('plan_version', {
      plan_id: id,
      number: 1,
      status: 'APPROVED',
      case_id: null,
      base_version: null,
      title: `Plan de acción: ${title}`,
      justification: null,
      changes: [],
      effective_from: null,
      proposed_by: member(entity.code).subject,
      proposed_at: new Date(at),
      approved_by: 'coordinador@mintic.gov.co',
      approved_at: new Date(at),
    });
    let reports = 0;
    const today = bogotaDay(new Date(this.now));
    for (let k = 0; k < n; k++) {
      const objective = 1 + Math.floor((k * 3) / n);
      const code = `${objective}.${k + 1}.1`;
      const annualization = this.pick(['SUM', 'INCREASING', 'CONSTANT']);
      const base = this.int(5, 200);
      const targets: Record<string, number> = {};
      for (let y = startYear; y <= endYear; y++)
        targets[String(y)] = annualization === 'INCREASING' ? base * (y - startYear + 1) : annualization === 'SUM' ? base : 100;
      await this.sink.add('plan_version_product', {
        plan_id: id,
        version: 1,
        code,
        position: k + 1,
        objective_code: String(objective),
        objective_name: objectiveNames[objective - 1],
        name: `${this.pick(productNames)} (${code})`,
        indicator: `Número de ${this.pick(['beneficiarios', 'puntos instalados', 'trámites digitalizados', 'personas formadas'])}`,
        weight: scaled[k],
        annualization,
        targets,
        sector: null,
        baseline: null,
      });
      for (let y = startYear; y <= endYear; y++) {
        const reportedOn = `${y + 1}-01-${String(this.int(10, 28)).padStart(2, '0')}`;
        if (reportedOn > today) break;
        reports++;
        await this.sink.add('progress_report', {
          id: this.uuid(),
          plan_id: id,
          product_code: code,
          period: String(y),
          value: Math.round(targets[String(y)] * (0.3 + this.random() * 1.1) * 10) / 10,
          narrative: `Avance de la vigencia ${y}: actividades ejecutadas según el cronograma del plan.`,
          evidence: [{ title: `Informe de avance ${y}`, url: `https://www.example.gov.co/cti/${entity.code}/avance-${y}.pdf` }],
          reported_on: reportedOn,
          reported_by: member(entity.code).subject,
          reported_at: atBogotaTime(reportedOn, 11),
          case_id: null,
          submission: 1,
          status: 'ACCEPTED',
          review_comment: null,
          accepted_on: reportedOn,
        });
      }
    }
    return { products: n, reports };
  }

  async finish(): Promise<void> {
    await this.sink.flush();
    const [row] = await this.sink.all<{ n: unknown }>(`select count(*) as n from case_history_sequence where id = 1`);
    if (Number(row.n) > 0) await this.sink.run(`update case_history_sequence set last = ? where id = 1`, [this.globalSeq]);
    else await this.sink.run(`insert into case_history_sequence (id, last) values (1, ?)`, [this.globalSeq]);
  }
}

const projectTitles = [
  'Red de sensores de calidad del aire',
  'Semaforización inteligente y centro de control de tráfico',
  'Zonas WiFi públicas y alfabetización digital',
  'Plataforma de trámites en línea y carpeta ciudadana',
  'Gestión inteligente del alumbrado público',
  'Telemedicina para centros de salud rurales',
  'Monitoreo de cuencas y alertas tempranas',
  'Catastro multipropósito con datos abiertos',
];
const productNames = [
  'Puntos de conectividad instalados',
  'Trámites digitalizados',
  'Personas formadas en competencias digitales',
  'Sensores en operación',
  'Tableros de datos abiertos publicados',
  'Sedes con telemedicina',
];
const objectiveNames = ['Gobierno digital y abierto', 'Territorio conectado', 'Ciudadanía digital'];
const componentText: Record<string, string> = {
  EQUIPMENT: 'Adquisición de equipos tecnológicos',
  TECHNOLOGICAL_SERVICES: 'Servicios tecnológicos',
  WORK_TEAM: 'Equipo de trabajo',
  TRAINING: 'Formación de administradores y beneficiarios',
};

function instant(v: unknown): Date {
  if (v instanceof Date) return v;
  if (typeof v === 'number' || /^\d+$/.test(String(v))) return new Date(Number(v));
  return new Date(
    String(v)
      .replace(' ', 'T')
      .replace(/([+-]\d\d)$/, '$1:00'),
  );
}

// ───────────────────────────── entry points ─────────────────────────────

/**
 * Writes the programme-scale dataset into a migrated and seeded database (see the top of the file).
 * Refuses a database that already has it.
 */
export async function seedScale(databaseUrl: string, options: ScaleOptions): Promise<ScaleSummary> {
  const log = options.log ?? (() => undefined);
  const t0 = performance.now();
  const now = (options.now ?? new Date()).getTime();
  if (!Number.isInteger(options.years) || options.years < 1 || options.years > 30) throw new Error('years debe ser un entero entre 1 y 30');
  const sink = await openSink(databaseUrl);
  try {
    const [done] = await sink.all<{ n: unknown }>(`select count(*) as n from cofinancing_call where created_by = ?`, [SCALE_COORDINATOR]);
    if (Number(done.n) > 0)
      throw new Error('La base de datos ya tiene los datos de escala (convocatorias de coordinacion.escala): use una base de datos nueva');
    const modelRows = await sink.all<{ version: string; definition: unknown }>(
      `select version, definition from maturity_model order by published_at desc, version desc`,
    );
    if (!modelRows.length) throw new Error('No hay un modelo de madurez publicado: ejecute antes `cli seed`');
    const definition = typeof modelRows[0].definition === 'string' ? JSON.parse(modelRows[0].definition) : modelRows[0].definition;
    const model = modelFromObject(definition, `maturity_model ${modelRows[0].version}`);
    let applicants = (
      await sink.all<{ code: string; name: string; kind: string; department_code: string }>(
        `select code, name, kind, department_code from territorial_entity where kind <> 'NON_MUNICIPALIZED_AREA' order by code`,
      )
    ).map((r) => ({ code: r.code, name: r.name, kind: r.kind, departmentCode: r.department_code }));
    if (!applicants.length) throw new Error('No hay entidades territoriales: ejecute antes `cli seed`');
    if (options.entities !== undefined && options.entities < applicants.length) {
      const all = applicants;
      const n = Math.max(1, options.entities);
      applicants = Array.from({ length: n }, (_, k) => all[Math.floor((k * all.length) / n)]);
    }
    const currentYear = new Date(now).getUTCFullYear();
    const years = Array.from({ length: options.years }, (_, k) => currentYear - options.years + 1 + k);
    log(`Escribiendo ${years.length} vigencias (${years[0]}–${currentYear}) para ${applicants.length} entidades…`);

    await sink.run('begin');
    const seeder = new ScaleSeeder(sink, now, model);
    await seeder.init();
    const cycles = await seeder.cycles(years, model.version);
    await sink.flush();
    const maturityBase = new Map(applicants.map((a) => [a.code, 0.1 + 0.6 * seededRandom(`madurez-${a.code}`)()]));
    let previous = new Map<string, number>();
    let plans = 0;
    for (const [k, cycle] of cycles.entries()) {
      const y0 = performance.now();
      const age = years.length - 1 - k;
      // The programme grew: fewer entities answered the first editions.
      const participation = Math.min(0.95, 0.72 + 0.03 * (years.length - age));
      const validated = await seeder.assessments(cycle, applicants, participation, (code) =>
        Math.min(0.95, maturityBase.get(code)! + 0.025 * (k + 1)),
      );
      // Accompaniment and cofinancing need a validated assessment of this cycle or the one before.
      const candidates = new Map<string, { entity: Applicant; from: number }>();
      for (const entity of applicants) {
        const from = previous.has(entity.code) ? cycle.opensAt.getTime() : validated.get(entity.code);
        if (from !== undefined) candidates.set(entity.code, { entity, from });
      }
      const roadmaps = await seeder.accompaniments(cycle, candidates, 0.65);
      const calls = await seeder.calls(cycle.year, currentYear);
      const executed = [];
      for (const call of calls) executed.push(...(await seeder.applications(call, candidates, 0.75)));
      for (const e of executed) {
        await seeder.plan(e.entity, e.caseId, e.title, e.at);
        plans++;
      }
      for (const r of roadmaps) {
        await seeder.plan(r.entity, null, `Estrategia CTI de ${r.entity.name} ${r.year}`, r.at + 30 * DAY > now ? r.at : r.at + 30 * DAY);
        plans++;
      }
      await sink.flush();
      previous = validated;
      log(
        `  vigencia ${cycle.year}${cycle.existing ? ' (existente)' : ''}: ${validated.size} autodiagnósticos validados, ` +
          `${candidates.size} entidades habilitadas, ${plans} planes de acción hasta ahora (${((performance.now() - y0) / 1000).toFixed(1)} s)`,
      );
    }
    await seeder.finish();
    await sink.run('commit');
    // Fresh statistics, so the planner sees the tables as they now are.
    log('ANALYZE…');
    await sink.run('analyze');
    const summary: ScaleSummary = {
      database: sink.kind,
      years,
      entities: applicants.length,
      tables: Object.fromEntries(Object.entries(sink.counts).sort(([a], [b]) => a.localeCompare(b))),
      states: seeder.states,
      overdue: seeder.overdue,
      byYear: seeder.byYear,
      elapsedMs: performance.now() - t0,
    };
    return summary;
  } catch (err) {
    await sink.run('rollback').catch(() => undefined);
    throw err;
  } finally {
    await sink.close();
  }
}

const fmt = (n: number) => n.toLocaleString('es-CO');

export function printSummary(s: ScaleSummary, print: (line: string) => void = console.log): void {
  print(
    `\nDatos de escala en ${s.database}: ${s.years.length} vigencias (${s.years[0]}–${s.years[s.years.length - 1]}), ${fmt(s.entities)} entidades`,
  );
  const width = Math.max(...Object.keys(s.tables).map((t) => t.length));
  print(`\n${'tabla'.padEnd(width)}  filas escritas`);
  for (const [table, n] of Object.entries(s.tables)) print(`${table.padEnd(width)}  ${fmt(n).padStart(12)}`);
  const total = Object.values(s.tables).reduce((a, b) => a + b, 0);
  print(`${'total'.padEnd(width)}  ${fmt(total).padStart(12)}`);
  print('\ntrámites por proceso y estado:');
  for (const [process, states] of Object.entries(s.states)) {
    const n = Object.values(states).reduce((a, b) => a + b, 0);
    const list = Object.entries(states)
      .sort(([, a], [, b]) => b - a)
      .map(([state, c]) => `${state} ${fmt(c)}`)
      .join(', ');
    print(`  ${processLabel[process as ProcessId] ?? process} (${fmt(n)}): ${list}`);
  }
  print(`  términos abiertos vencidos (OVERDUE): ${fmt(s.overdue)}`);
  print('\ntrámites abiertos / finalizados por año de su vigencia o convocatoria:');
  for (const [year, c] of Object.entries(s.byYear)) print(`  ${year}: ${fmt(c.open)} abiertos, ${fmt(c.final)} finalizados`);
  print(`\ntiempo: ${(s.elapsedMs / 1000).toFixed(1)} s`);
}

function parseArgs(argv: string[]): { years: number; databaseUrl: string; entities?: number } {
  let years = 10;
  let databaseUrl = process.env.DATABASE_URL ?? '';
  let entities: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`falta el valor de ${arg}`);
      return v;
    };
    if (arg === '--years') years = Number(value());
    else if (arg === '--database-url') databaseUrl = value();
    else if (arg === '--entities') entities = Number(value());
    else throw new Error(`opción desconocida: ${arg} (uso: --years N --database-url URL [--entities N])`);
  }
  if (!Number.isInteger(years) || years < 1) throw new Error('--years debe ser un entero positivo');
  if (entities !== undefined && (!Number.isInteger(entities) || entities < 1)) throw new Error('--entities debe ser un entero positivo');
  if (!databaseUrl) throw new Error('indique la base de datos con --database-url o DATABASE_URL (sqlite:ruta o postgresql://…)');
  return { years, databaseUrl, entities };
}

if (require.main === module) {
  (async () => {
    const args = parseArgs(process.argv.slice(2));
    const summary = await seedScale(args.databaseUrl, { years: args.years, entities: args.entities, log: (l) => console.log(l) });
    printSummary(summary);
  })().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
