import type { Knex } from '@mikro-orm/knex';
import { Client } from 'pg';

import { Role } from '../../src/core/auth/principal';
import { seedScale } from '../bench/scale-seed';
import { executeText } from '../support/http';
import { testDatabaseKind } from '../support/test-db';
import { personToken, startTestSystem, type TestSystem } from '../support/test-system';

/**
 * Every list query of the API is served by indexes on the tables that grow with the programme.
 *
 * The real service runs on PostgreSQL over a scale dataset (test/bench/scale-seed.ts, reduced:
 * QUERY_PLANS_YEARS and QUERY_PLANS_ENTITIES give the full one), the list queries of the schema
 * are sent over HTTP as the roles that use them, and every SELECT the service issued (taken at the
 * pg driver, with its parameters) is EXPLAINed with `enable_seqscan = off`. That setting makes the
 * planner choose as it would on large tables: a Seq Scan that survives it means no index can serve
 * the statement. A Seq Scan of any table but the small reference tables fails the test, and so
 * does an index walked whole (see `unindexedReads`).
 */
const describeOnPostgres = testDatabaseKind() === 'postgresql' ? describe : describe.skip;

/**
 * Reference tables whose size does not grow with the programme's activity: DIVIPOLA (about 1,150
 * rows, and the API reads it whole into its directory), published model versions, one cycle per
 * year, a few calls per year, and single-row bookkeeping. Reading them whole is fine at any scale.
 * Every other table (cases, history, terms, outbox, notifications, answers, scores, applications
 * and their parts, plans, reports…) grows with the cases, so a new table is "large" by default.
 */
const SMALL_TABLES = new Set([
  'territorial_entity',
  'maturity_model',
  'cycle',
  'cofinancing_call',
  'clock_offset',
  'case_history_sequence',
  'mikro_orm_migrations',
]);

/**
 * Reads that must visit a whole set because of what they ask, not for want of an index: each is
 * named here with its reason, so every other unnarrowed read fails the test. Remove an entry when
 * its statement is rewritten.
 */
const WHOLE_SET_READS: { pattern: RegExp; why: string }[] = [
  {
    // The total of an unfiltered `cases` page counts every case the caller may see.
    pattern: /^\s*select count\(\*\)( as "?\w+"?)? from "?workflow_case"?( (as )?"?\w+"?)?\s*$/i,
    why: 'cases.totalCount sin filtro cuenta todos los trámites (un contador mantenido lo evitaría)',
  },
  {
    // The total of `overdue: false` counts nearly every case, as the unfiltered total does (its
    // page reads in order and checks each case's own terms, stopping at the page's end).
    pattern: /^\s*select count\(\*\)( as "?\w+"?)? from "?workflow_case"?( (as )?"?\w+"?)? where not exists \(select 1 from "?deadline\b/i,
    why: 'cases(filter: {overdue: false}).totalCount cuenta casi todos los trámites, como el total sin filtro',
  },
];

/** The findings that fail: every unnarrowed read but the whole-set reads named above. */
const failures = (findings: Finding[]) => findings.filter((f) => !WHOLE_SET_READS.some((w) => w.pattern.test(f.sql)));

interface Captured {
  sql: string;
  bindings: readonly unknown[];
  /** The operations that issued it. */
  from: Set<string>;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

interface Finding {
  sql: string;
  node: string;
  from: string[];
}

/** Nodes that read all of their input before giving a row: a Limit above them stops nothing below. */
const CONSUMES_ALL = new Set([
  'Sort',
  'Incremental Sort',
  'Aggregate',
  'Hash',
  'Hash Join',
  'Merge Join',
  'WindowAgg',
  'Unique',
  'SetOp',
  'Materialize',
]);

/** Each index's table and leading column (an index narrows a read only through its leading column). */
type IndexCatalog = Map<string, { table: string; leading: string }>;

/**
 * Reads of a large table that nothing narrows, depth first: a Seq Scan, or an index walked whole
 * (no condition on its leading column; with seqscan off the planner picks that rather than a Seq
 * Scan, and it is no better), unless a Limit stops an ordered walk early, as in a page read in
 * index order.
 */
function unindexedReads(node: PlanNode, indexes: IndexCatalog, out: string[] = [], underLimit = false): string[] {
  const index = node['Index Name'] ? indexes.get(node['Index Name']) : undefined;
  const table = node['Relation Name'] ?? index?.table;
  const large = table !== undefined && !SMALL_TABLES.has(table);
  const filter = node.Filter ? ` (Filter: ${node.Filter})` : '';
  if (large && node['Node Type'] === 'Seq Scan') out.push(`Seq Scan on ${table}${filter}`);
  if (large && index && /^(Index Scan|Index Only Scan|Bitmap Index Scan)$/.test(node['Node Type'])) {
    const stoppedEarly = underLimit && node['Node Type'] !== 'Bitmap Index Scan';
    if (!narrows(node, indexes) && !stoppedEarly)
      out.push(`${node['Node Type']} using ${node['Index Name']} on ${table}, whole (no condition on ${index.leading})${filter}`);
  }
  const limit = node['Node Type'] === 'Limit' || (underLimit && !CONSUMES_ALL.has(node['Node Type']));
  // A BitmapAnd with one narrowed arm reads only the rows that arm selects; the planner may add a
  // whole small index as another arm to save heap rechecks, which is its cost choice, not a gap.
  const children = node['Node Type'] === 'BitmapAnd' && node.Plans?.some((c) => narrows(c, indexes)) ? [] : (node.Plans ?? []);
  for (const child of children) unindexedReads(child, indexes, out, limit);
  return out;
}

/** Whether an index node has a condition on its index's leading column. */
function narrows(node: PlanNode, indexes: IndexCatalog): boolean {
  const index = node['Index Name'] ? indexes.get(node['Index Name']) : undefined;
  return index !== undefined && node['Index Cond'] !== undefined && new RegExp(`\\b${index.leading}\\b`).test(node['Index Cond']);
}

/**
 * EXPLAINs each statement with the values it ran with (so the planner sees what it saw), in one
 * transaction with sequential scans discouraged, then rolls back whatever `before` changed. The
 * statements are run as PostgreSQL received them ($n placeholders and their values).
 */
async function findUnindexed(url: string, statements: Captured[], before?: (db: Client) => Promise<void>): Promise<Finding[]> {
  const findings: Finding[] = [];
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('begin');
    if (before) await before(db);
    // As on large tables: no sequential scans, and joins by key done as index lookups (a hash or
    // merge join over a small table walks it whole, which says nothing about the large one).
    const catalog = await db.query<{ index: string; table: string; leading: string }>(
      `select ic.relname as index, tc.relname as table, a.attname as leading
         from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_class tc on tc.oid = i.indrelid
         join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
        where tc.relnamespace = current_schema()::regnamespace`,
    );
    const indexes: IndexCatalog = new Map(catalog.rows.map((r) => [r.index, { table: r.table, leading: r.leading }]));
    await db.query('set local enable_seqscan = off');
    await db.query('set local enable_hashjoin = off');
    await db.query('set local enable_mergejoin = off');
    for (const s of statements) {
      const res = await db.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`explain (format json) ${s.sql}`, [...s.bindings]);
      const plan = res.rows[0]['QUERY PLAN'][0].Plan;
      // QUERY_PLANS_SHOW=<regex>: print the plans of the matching statements, to study one.
      if (process.env.QUERY_PLANS_SHOW && new RegExp(process.env.QUERY_PLANS_SHOW, 'i').test(s.sql))
        console.log(`${s.sql}\n${JSON.stringify(plan, null, 1)}`);
      for (const node of unindexedReads(plan, indexes)) findings.push({ sql: s.sql, node, from: [...s.from] });
    }
  } finally {
    await db.query('rollback').catch(() => undefined);
    await db.end();
  }
  return findings;
}

const report = (findings: Finding[]) =>
  findings.map((f) => `\n• ${f.node}\n  desde: ${f.from.join(', ')}\n  SQL: ${f.sql.replace(/\s+/g, ' ').slice(0, 600)}`).join('\n');

describeOnPostgres('query plans of the list queries', () => {
  let app: TestSystem;
  let knex: Knex;
  let url: string;
  const captured = new Map<string, Captured>();
  /** The operation running, while statements are being taken (null: not taking them). */
  let current: string | null = null;
  const record = (text: unknown, values: unknown) => {
    if (current === null || typeof text !== 'string' || !/^\s*(select|with)\b/i.test(text)) return;
    const bindings = Array.isArray(values) ? values : [];
    const key = `${text}\u0000${JSON.stringify(bindings)}`;
    const seen = captured.get(key) ?? { sql: text, bindings, from: new Set<string>() };
    seen.from.add(current);
    captured.set(key, seen);
  };
  // Statements are taken where every path meets: pg's Client.query, which knex, the ORM and the
  // plain-SQL readers all call with the text PostgreSQL receives ($n placeholders) and its values.
  const originalQuery = Client.prototype.query;
  beforeAll(() => {
    Client.prototype.query = function (this: Client, ...args: unknown[]) {
      const [first, second] = args as [unknown, unknown];
      if (typeof first === 'string') record(first, second);
      else if (first && typeof first === 'object' && 'text' in first)
        record((first as { text: unknown }).text, (first as { values?: unknown }).values ?? second);
      return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof Client.prototype.query;
  });
  afterAll(() => {
    Client.prototype.query = originalQuery;
  });

  beforeAll(async () => {
    app = await startTestSystem();
    knex = app.system.orm.em.getKnex();
    url = app.config.database.kind === 'postgresql' ? app.config.database.url : '';
    await seedScale(url, {
      years: Number(process.env.QUERY_PLANS_YEARS ?? 2),
      entities: process.env.QUERY_PLANS_ENTITIES ? Number(process.env.QUERY_PLANS_ENTITIES) : 120,
    });
  }, 900_000);
  afterAll(() => app?.stop());

  /** Runs a query as `token`, recording the statements it causes under `name`; returns its data. */
  async function run(name: string, token: string, query: string, variables: Record<string, unknown> = {}) {
    current = name;
    try {
      const res = await executeText(app.url, query, variables, { token });
      // A field the role may not see answers null with FORBIDDEN at its path; the rest still runs.
      const errors = res.errors?.filter((e) => (e.extensions as { code?: string } | undefined)?.code !== 'FORBIDDEN');
      expect({ name, errors: errors?.length ? errors : undefined }).toEqual({ name, errors: undefined });
      return res.data as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    } finally {
      current = null;
    }
  }

  const CASE_FIELDS = `id state stateLabel version process entity { code name } availableEvents { event }
    deadlines { status kind dueAt overdue } history(last: 3) { seq event actorSubject }
    application { id title score }`;
  const casesQuery = (args: string) => `query($filter: CaseFilter, $after: String) {
    cases(first: 20, filter: $filter, after: $after${args}) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { ${CASE_FIELDS} } } }
  }`;

  it('serves every list query with an index on the large tables', async () => {
    const coordinator = await app.token(Role.COORDINATOR);
    const auditor = await app.token(Role.AUDITOR);
    const db = knex;
    const busy = await db('workflow_case')
      .where('process', 'COFINANCING_APPLICATION')
      .whereNotNull('evaluators')
      .first('entity_code', 'call_id', 'evaluators');
    const advised = await db('workflow_case').whereNotNull('assignee').first('assignee');
    const entityCode: string = busy.entity_code;
    const callId: string = busy.call_id;
    const evaluator = (typeof busy.evaluators === 'string' ? JSON.parse(busy.evaluators) : busy.evaluators)[0] as string;
    const [{ id: cycleId }] = await db('cycle').orderBy('year', 'desc').offset(1).limit(1).select('id');
    const member = await app.token(Role.ENTITY_MEMBER, entityCode);
    const representative = await app.token(Role.ENTITY_REPRESENTATIVE, entityCode);
    const advisor = await personToken(app, { sub: advised.assignee, role: Role.ADVISOR });
    const evaluatorToken = await personToken(app, { sub: evaluator, role: Role.EVALUATOR });

    // ── cases, by every filter and order, and its nested lists ──
    const first = await run('cases', coordinator, casesQuery(''));
    await run('cases (página 2)', coordinator, casesQuery(''), { after: first.cases.pageInfo.endCursor });
    const byCreation = await run('cases CREATED_AT_ASC', coordinator, casesQuery(', orderBy: CREATED_AT_ASC'));
    await run('cases CREATED_AT_ASC (página 2)', coordinator, casesQuery(', orderBy: CREATED_AT_ASC'), {
      after: byCreation.cases.pageInfo.endCursor,
    });
    const filters: Record<string, Record<string, unknown>> = {
      overdue: { overdue: true },
      'sin vencidos': { overdue: false },
      departmentCode: { departmentCode: entityCode.slice(0, 2) },
      state: { state: 'technicalEvaluation' },
      process: { process: 'ACCOMPANIMENT' },
      entityCode: { entityCode },
      cycleId: { cycleId },
      callId: { callId },
      'process+state': { process: 'MATURITY_ASSESSMENT', state: 'draft' },
      'callId+state': { callId, state: 'rejected' },
    };
    for (const [name, filter] of Object.entries(filters)) {
      const page = await run(`cases ${name}`, coordinator, casesQuery(''), { filter });
      if (page.cases.pageInfo.hasNextPage)
        await run(`cases ${name} (página 2)`, coordinator, casesQuery(''), { filter, after: page.cases.pageInfo.endCursor });
    }
    await run('cases (auditoría, vencidos)', auditor, casesQuery(''), { filter: { overdue: true } });
    await run('cases (entidad)', member, casesQuery(''));
    await run('cases (entidad, proceso)', representative, casesQuery(''), { filter: { process: 'COFINANCING_APPLICATION' } });
    await run('cases (asesor)', advisor, casesQuery(''));
    await run('cases (evaluador)', evaluatorToken, casesQuery(''));
    const caseId: string = first.cases.edges[0].node.id;
    await run('case', coordinator, `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} all: history { seq event } } }`, { id: caseId });
    await run('node', coordinator, `query($id: ID!) { node(id: $id) { id ... on Case { state history(last: 2) { event } } } }`, {
      id: caseId,
    });
    await run('nodes', coordinator, `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Case { state deadlines { status } } } }`, {
      ids: first.cases.edges.map((e: { node: { id: string } }) => e.node.id),
    });

    // ── notifications ──
    const NOTIFICATIONS = `query($filter: NotificationFilter, $after: String) {
      notifications(first: 20, filter: $filter, after: $after) { totalCount unreadCount pageInfo { endCursor } edges { node { id kind title read readAt caseId } } }
    }`;
    for (const [who, token] of [
      ['coordinación', coordinator],
      ['entidad', member],
      ['asesor', advisor],
      ['evaluador', evaluatorToken],
    ] as const) {
      const page = await run(`notifications (${who})`, token, NOTIFICATIONS);
      await run(`notifications (${who}, página 2)`, token, NOTIFICATIONS, { after: page.notifications.pageInfo.endCursor });
      await run(`notifications (${who}, no leídas)`, token, NOTIFICATIONS, { filter: { unreadOnly: true } });
      await run(`notifications (${who}, recordatorios)`, token, NOTIFICATIONS, { filter: { kind: 'DEADLINE_REMINDER' } });
    }
    await run('notifications (entidad, de un trámite)', member, NOTIFICATIONS, { filter: { caseId } });

    // ── the Índice, cycles and calls ──
    const INDEX = `query($id: ID!, $after: String, $filter: IndexFilter, $orderBy: IndexOrderBy!) { cycle(id: $id) { year index(first: 10, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount published national { index count } distribution { level count } departments { index count }
      pageInfo { endCursor } edges { node { rank index level entityCode scores { score } comparison { department { average difference } } } }
    } } }`;
    for (const orderBy of ['INDEX_DESC', 'INDEX_ASC', 'NAME_ASC']) {
      const page = await run(`Índice ${orderBy}`, coordinator, INDEX, { id: cycleId, orderBy });
      await run(`Índice ${orderBy} (página 2)`, coordinator, INDEX, { id: cycleId, orderBy, after: page.cycle.index.pageInfo.endCursor });
    }
    await run('Índice por departamento', coordinator, INDEX, {
      id: cycleId,
      orderBy: 'INDEX_DESC',
      filter: { departmentCode: entityCode.slice(0, 2) },
    });
    await run('Índice por nivel', member, INDEX, { id: cycleId, orderBy: 'INDEX_DESC', filter: { level: 3 } });
    await run('cycles', coordinator, `{ cycles(first: 20) { totalCount edges { node { id year open index(first: 3) { totalCount } } } } }`);
    const APPLICATIONS = `query($id: ID!, $filter: ApplicationFilter, $orderBy: ApplicationOrderBy!) { call(id: $id) { committed remaining
      applications(first: 20, filter: $filter, orderBy: $orderBy) { totalCount pageInfo { endCursor } edges { node {
        id title score totals { futic counterpart } budgetLines { position } eligibility { itemId met }
        evaluations { evaluator score scores { criterionId } } decision { outcome } reservation { amount } agreement { number }
        disbursements { instalment } case { id state history(last: 2) { event } }
      } } } } }`;
    await run(
      'calls',
      coordinator,
      `{ calls(first: 20) { totalCount edges { node { id title committed remaining applications(first: 3) { totalCount } } } } }`,
    );
    for (const orderBy of ['CREATED_AT_ASC', 'SCORE_DESC'])
      await run(`applications ${orderBy}`, coordinator, APPLICATIONS, { id: callId, orderBy });
    await run('applications por estado', coordinator, APPLICATIONS, { id: callId, orderBy: 'SCORE_DESC', filter: { state: 'rejected' } });
    await run('applications (evaluador)', evaluatorToken, APPLICATIONS, { id: callId, orderBy: 'CREATED_AT_ASC' });
    await run('applications (entidad)', member, APPLICATIONS, { id: callId, orderBy: 'CREATED_AT_ASC' });

    // ── entities, their journey and assessments; plans ──
    const ENTITIES = `query($filter: TerritorialEntityFilter, $orderBy: TerritorialEntityOrderBy!) { territorialEntities(first: 20, filter: $filter, orderBy: $orderBy) {
      totalCount edges { node { code name journey { nextStep { code } assessment { state } advisory { state } application { state } }
        assessments { id state index rank level } } } } }`;
    await run('territorialEntities', coordinator, ENTITIES, { orderBy: 'CODE_ASC' });
    await run('territorialEntities por departamento', coordinator, ENTITIES, {
      orderBy: 'NAME_ASC',
      filter: { departmentCode: entityCode.slice(0, 2) },
    });
    const own = await run(
      'journey (entidad)',
      member,
      `query($code: String!) { territorialEntity(code: $code) { journey { nextStep { code } assessment { id state } advisory { state } application { state } }
        assessments { id state index rank scores { score } } } }`,
      { code: entityCode },
    );
    const assessmentId = own.territorialEntity.assessments[0]?.id as string | undefined;
    if (assessmentId)
      await run(
        'assessment',
        member,
        `query($id: ID!) { assessment(id: $id) { state answers { value } comments { text } completeness { percent } scores { score } rank } }`,
        {
          id: assessmentId,
        },
      );
    const PLANS = `query($code: String!) { actionPlans(entityCode: $code) { id title products { code targets { period value } } reports { period value } reportSchedule { period status missing }
      measurement { progress ideal gap } } }`;
    await run('actionPlans (coordinación)', coordinator, PLANS, { code: entityCode });
    await run('actionPlans (entidad)', member, PLANS, { code: entityCode });
    await run('me', member, `{ me { subject role entity { code journey { nextStep { code } } } } }`);

    const statements = [...captured.values()];
    if (process.env.QUERY_PLANS_LIST)
      for (const st of statements) console.log(`${[...st.from].join(', ')}\n  ${st.sql.replace(/\s+/g, ' ').slice(0, 400)}`);
    expect(statements.length).toBeGreaterThan(30);
    const findings = failures(await findUnindexed(url, statements));
    if (findings.length) throw new Error(`${findings.length} lecturas sin índice que las sirva:${report(findings)}`);
  }, 600_000);

  it('fails when an index a list query needs is missing', async () => {
    // The deadlines of a page of cases are read by case: without an index that leads with case_id,
    // nothing narrows that read.
    const deadlineReads = [...captured.values()].filter((s) => /\bdeadline\b/.test(s.sql));
    expect(deadlineReads.length).toBeGreaterThan(0);
    expect(failures(await findUnindexed(url, deadlineReads))).toEqual([]);
    const without = await findUnindexed(url, deadlineReads, async (db) => {
      // Every index that leads with case_id (the unique key on (case_id, state, case_version) too).
      const constraints = await db.query<{ conname: string }>(
        `select conname from pg_constraint where conrelid = 'deadline'::regclass and contype = 'u'`,
      );
      for (const c of constraints.rows) await db.query(`alter table deadline drop constraint "${c.conname}"`);
      const indexes = await db.query<{ indexname: string }>(
        `select indexname from pg_indexes where tablename = 'deadline' and indexdef like '%(case_id%'`,
      );
      for (const i of indexes.rows) await db.query(`drop index "${i.indexname}"`);
    });
    expect(failures(without).some((f) => / on deadline\b/.test(f.node))).toBe(true);
  });
});
