/**
 * The API benchmark's second baseline, run as its own process by api.bench.ts: the coordinator's
 * dashboard (`cases(first: 20)` with each case's available events, entity name, terms and last
 * three history entries) answered by a plain Node http handler that reads the database with its
 * driver (`pg` or `better-sqlite3`) and writes the JSON the GraphQL query's `data` would be. No
 * GraphQL, no ORM, no framework, no token: what the stack itself allows for the same reads, so the
 * real service's share of it says what our layers cost.
 *
 * It does the same IO as the service: the page and the count of the same cases, the terms and the
 * last three history rows of the page's cases (the same statements the service's DataLoaders send),
 * one round of each per request. What is not IO comes from the project's compiled code (machine
 * labels from the workflow registry, the event senders and mutations the runtime checks, global
 * ids and cursors), so both answers can be compared byte for byte before anything is measured.
 * Entity names are read once at start, as the service's directory snapshot does.
 *
 * Environment: DATABASE_URL (sqlite:<file> or postgres://…), PORT, HOST.
 */
import 'reflect-metadata';

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool } from 'pg';

import { WorkflowRegistry, type ProcessId } from '../../workflows/registry';
import { deadlineKindLabels } from '../../workflows/shared';

import { isSender, type Actor, type EventSender } from '../../src/core/auth/policy';
import { Role } from '../../src/core/auth/principal';
import { encodeCursor } from '../../src/core/graphql/connection';
import { toGlobalId } from '../../src/core/graphql/global-ids';
import { stateInfo } from '../../src/core/workflow/definition';
import { accompanimentMutations, accompanimentSenders } from '../../src/modules/accompaniment/accompaniment.process';
import { historyEntryType } from '../../src/modules/cases/case.type';
import { cofinancingMutations, cofinancingSenders } from '../../src/modules/cofinancing/cofinancing.senders';
import { planReviewMutations, planReviewSenders } from '../../src/modules/follow-up/plan-review.process';
import { progressReportMutations, progressReportSenders } from '../../src/modules/follow-up/progress-report.process';
import { assessmentMutations, assessmentSenders } from '../../src/modules/maturity/assessment.process';

const PAGE = 20;
const LAST_HISTORY = 3;
const ORDERING = 'UPDATED_AT_DESC';

const registry = new WorkflowRegistry();
const senders: Record<ProcessId, Record<string, EventSender>> = {
  MATURITY_ASSESSMENT: assessmentSenders,
  ACCOMPANIMENT: accompanimentSenders,
  COFINANCING_APPLICATION: cofinancingSenders,
  PLAN_REVIEW: planReviewSenders,
  PROGRESS_REPORT: progressReportSenders,
};
const mutations: Record<ProcessId, Record<string, string | null>> = {
  MATURITY_ASSESSMENT: assessmentMutations,
  ACCOMPANIMENT: accompanimentMutations,
  COFINANCING_APPLICATION: cofinancingMutations,
  PLAN_REVIEW: planReviewMutations,
  PROGRESS_REPORT: progressReportMutations,
};
/** The dashboard is the coordinator's: the benchmark's token says so; here it is taken as given. */
const viewer: Actor = { subject: 'coordinador@bench', role: Role.COORDINATOR, entityCode: null };

/** Rows as both drivers give them: dates as Date (pg) or epoch ms (better-sqlite3), JSON as text or object. */
interface CaseRow {
  id: string;
  process: string;
  machine_version: number;
  entity_code: string;
  state: string;
  version: number;
  assignee: string | null;
  evaluators: string | string[] | null;
  updated_at: Date | number;
}
interface DeadlineRow {
  case_id: string;
  kind: string;
  status: string;
  due_at: Date | number;
}
interface HistoryRow {
  case_id: string;
  seq: number;
  event: string;
  from_state: string | null;
  to_state: string;
  at: Date | number;
}

/** The same statements the service sends for the page (one per request each), for either driver. */
interface Reader {
  page(limit: number): Promise<CaseRow[]>;
  count(): Promise<number>;
  deadlines(ids: string[]): Promise<DeadlineRow[]>;
  /** The last `last` rows of each case up to its version (its last seq): one key range per case, as the service reads them. */
  lastHistory(cases: { id: string; version: number }[], last: number): Promise<HistoryRow[]>;
  entityNames(): Promise<Map<string, string>>;
}

const CASE_COLUMNS = 'id, process, machine_version, entity_code, state, version, assignee, evaluators, updated_at';
const SQLITE_LAST_HISTORY = `select h.case_id, h.seq, h.event, h.from_state, h.to_state, h.at from json_each(?) k cross join case_history h
   where h.case_id = json_extract(k.value, '$[0]') and h.seq > json_extract(k.value, '$[1]') - ? and h.seq <= json_extract(k.value, '$[1]')
   order by h.case_id, h.seq`;
const POSTGRES_LAST_HISTORY = `select h.case_id, h.seq, h.event, h.from_state, h.to_state, h.at
   from unnest($1::uuid[], $2::int[]) as k(id, v) join case_history h on h.case_id = k.id and h.seq > k.v - $3 and h.seq <= k.v
   order by h.case_id, h.seq`;

/** The few calls of better-sqlite3 used here (the package ships no types; MikroORM's driver loads it the same way). */
interface SqliteStatement {
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
}

function sqliteReader(file: string): Reader {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require('better-sqlite3') as new (file: string, options: object) => SqliteDatabase;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const page = db.prepare(`select ${CASE_COLUMNS} from workflow_case order by updated_at desc, id desc limit ?`);
  const count = db.prepare('select count(*) as n from workflow_case');
  const marks = (n: number) => Array(n).fill('?').join(', ');
  // Prepared once per page size, as a long-lived handler would.
  const prepared = new Map<string, SqliteStatement>();
  const statement = (sql: string) => {
    let s = prepared.get(sql);
    if (!s) prepared.set(sql, (s = db.prepare(sql)));
    return s;
  };
  return {
    page: async (limit) => page.all(limit) as CaseRow[],
    count: async () => (count.get() as { n: number }).n,
    deadlines: async (ids) =>
      statement(`select case_id, kind, status, due_at from deadline where case_id in (${marks(ids.length)}) order by started_at, id`).all(
        ...ids,
      ) as DeadlineRow[],
    lastHistory: async (cases, last) =>
      statement(SQLITE_LAST_HISTORY).all(JSON.stringify(cases.map((c) => [c.id, c.version])), last) as HistoryRow[],
    entityNames: async () =>
      new Map(
        (db.prepare('select code, name from territorial_entity').all() as { code: string; name: string }[]).map((r) => [r.code, r.name]),
      ),
  };
}

function postgresReader(url: string): Reader {
  // As many connections as the service's pool may open, so neither waits on the other's limit.
  const pool = new Pool({ connectionString: url, max: 10 });
  return {
    page: async (limit) =>
      (await pool.query<CaseRow>(`select ${CASE_COLUMNS} from workflow_case order by updated_at desc, id desc limit $1`, [limit])).rows,
    count: async () => Number((await pool.query<{ n: string }>('select count(*) as n from workflow_case')).rows[0].n),
    deadlines: async (ids) =>
      (
        await pool.query<DeadlineRow>(
          'select case_id, kind, status, due_at from deadline where case_id = any($1::uuid[]) order by started_at, id',
          [ids],
        )
      ).rows,
    lastHistory: async (cases, last) =>
      (await pool.query<HistoryRow>(POSTGRES_LAST_HISTORY, [cases.map((c) => c.id), cases.map((c) => c.version), last])).rows,
    entityNames: async () =>
      new Map(
        (await pool.query<{ code: string; name: string }>('select code, name from territorial_entity')).rows.map((r) => [r.code, r.name]),
      ),
  };
}

const iso = (value: Date | number) => (value instanceof Date ? value : new Date(Number(value))).toISOString();
const json = <T>(value: string | T | null): T | null => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

function groupBy<R extends { case_id: string }>(rows: R[]): Map<string, R[]> {
  const by = new Map<string, R[]>();
  for (const row of rows) {
    const list = by.get(row.case_id);
    if (list) list.push(row);
    else by.set(row.case_id, [row]);
  }
  return by;
}

async function dashboard(reader: Reader, names: Map<string, string>): Promise<unknown> {
  const [rows, totalCount] = await Promise.all([reader.page(PAGE + 1), reader.count()]);
  const page = rows.slice(0, PAGE);
  const ids = page.map((r) => r.id);
  const [deadlines, history] = ids.length
    ? await Promise.all([
        reader.deadlines(ids),
        reader.lastHistory(
          page.map((r) => ({ id: r.id, version: Number(r.version) })),
          LAST_HISTORY,
        ),
      ])
    : [[], []];
  const deadlinesOf = groupBy(deadlines);
  const historyOf = groupBy(history);
  const edges = page.map((row) => {
    const process = row.process as ProcessId;
    const { machine, eventLabels } = registry.get(process, row.machine_version);
    const info = stateInfo(machine, row.state);
    const access = { process, entityCode: row.entity_code, assignee: row.assignee, evaluators: json<string[]>(row.evaluators) };
    return {
      node: {
        id: toGlobalId('Case', row.id),
        entityCode: row.entity_code,
        process,
        stateLabel: info.label,
        version: row.version,
        availableEvents: info.events.flatMap((event) =>
          mutations[process][event] && isSender(viewer, access, senders[process][event])
            ? [{ event, label: eventLabels[event] ?? event }]
            : [],
        ),
        entity: { name: names.get(row.entity_code) ?? null },
        deadlines: (deadlinesOf.get(row.id) ?? []).map((d) => ({
          label: deadlineKindLabels[d.kind as keyof typeof deadlineKindLabels] ?? d.kind,
          status: d.status,
          dueAt: iso(d.due_at),
        })),
        history: (historyOf.get(row.id) ?? []).map((h) => {
          const entry = historyEntryType(
            { seq: h.seq, event: h.event, fromState: h.from_state, toState: h.to_state, at: new Date(iso(h.at)) } as never,
            process,
            row.machine_version,
            registry,
          );
          return { eventLabel: entry.eventLabel, at: iso(h.at) };
        }),
      },
    };
  });
  const last = page[page.length - 1];
  return {
    cases: {
      totalCount,
      edges,
      pageInfo: {
        hasNextPage: rows.length > PAGE,
        endCursor: last ? encodeCursor(ORDERING, [iso(last.updated_at), last.id]) : null,
      },
    },
  };
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL ?? '';
  const reader = url.startsWith('sqlite:') ? sqliteReader(url.slice('sqlite:'.length)) : postgresReader(url);
  const names = await reader.entityNames();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // The body (the query) is read and ignored: this handler answers one thing.
    req.resume();
    req.on('end', () => {
      dashboard(reader, names).then(
        (data) => {
          const body = JSON.stringify({ data });
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
          res.end(body);
        },
        (err: unknown) => {
          console.error(err);
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(err));
        },
      );
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1', resolve));
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
