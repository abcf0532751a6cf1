import { Role } from '../../src/core/auth/principal';
import { seedScale, type ScaleSummary } from '../bench/scale-seed';
import { executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';

/**
 * The programme-scale seed (test/bench/scale-seed.ts), at a reduced scale: what it writes is read
 * back through the real API without an error, and its rows hold the runtime's invariants.
 */
let app: TestSystem;
let summary: ScaleSummary;

const databaseUrl = (a: TestSystem) => (a.config.database.kind === 'sqlite' ? `sqlite:${a.config.database.path}` : a.config.database.url);

beforeAll(async () => {
  app = await startTestSystem();
  summary = await seedScale(databaseUrl(app), { years: 2, entities: 40 });
}, 60_000);
afterAll(() => app?.stop());

const CASES = `query Cases($filter: CaseFilter, $first: Int!) {
  cases(first: $first, filter: $filter) {
    totalCount
    edges { node {
      id state stateLabel version entity { code }
      availableEvents { event }
      deadlines { status dueAt }
      history(last: 3) { seq event fromState toState }
    } }
  }
}`;

interface CaseNode {
  id: string;
  state: string;
  version: number;
  entity: { code: string };
  deadlines: { status: string }[];
  history: { seq: number; event: string; toState: string }[];
}

async function cases(token: string, filter: Record<string, unknown> = {}, first = 20) {
  const res = await executeText(app.url, CASES, { filter, first }, { token });
  expect(res.errors).toBeUndefined();
  return (res.data as unknown as { cases: { totalCount: number; edges: { node: CaseNode }[] } }).cases;
}

it('writes every process, their history and terms, and refuses a second run', async () => {
  const t = summary.tables;
  expect(t.workflow_case).toBeGreaterThan(50);
  expect(t.case_history).toBeGreaterThan(t.workflow_case * 3);
  for (const table of ['deadline', 'outbox', 'notification', 'assessment_answer', 'assessment_score', 'cofinancing_application', 'cycle'])
    expect(t[table]).toBeGreaterThan(0);
  expect(Object.keys(summary.states).sort()).toEqual(['ACCOMPANIMENT', 'COFINANCING_APPLICATION', 'MATURITY_ASSESSMENT']);
  // Every accompaniment carries what was asked for; the ones past their assignment, a first session.
  expect(t.accompaniment_request).toBe(Object.values(summary.states.ACCOMPANIMENT).reduce((sum, n) => sum + n, 0));
  expect(t.accompaniment_session).toBeGreaterThan(0);
  await expect(seedScale(databaseUrl(app), { years: 1 })).rejects.toThrow(/ya tiene los datos de escala/);
});

it('keeps the runtime invariants: version = last seq, open key only while open, one open term at most', async () => {
  const knex = app.system.orm.em.getKnex();
  const badVersion = await knex('workflow_case as c')
    .whereRaw('c.version <> (select max(h.seq) from case_history h where h.case_id = c.id)')
    .orWhereRaw('(select count(*) from case_history h where h.case_id = c.id) <> c.version')
    .count({ n: '*' });
  expect(Number(badVersion[0].n)).toBe(0);
  const badKey = await knex('workflow_case')
    .where((q) => q.where('final', true).whereNotNull('open_key'))
    .orWhere((q) => q.where('final', false).whereNull('open_key'))
    .count({ n: '*' });
  expect(Number(badKey[0].n)).toBe(0);
  const lastState = await knex('workflow_case as c')
    .join('case_history as h', (j) => j.on('h.case_id', 'c.id').andOn('h.seq', 'c.version'))
    .whereRaw('h.to_state <> c.state')
    .count({ n: '*' });
  expect(Number(lastState[0].n)).toBe(0);
  const twoOpen = await knex('deadline')
    .whereIn('status', ['PENDING', 'OVERDUE'])
    .groupBy('case_id')
    .havingRaw('count(*) > 1')
    .select('case_id');
  expect(twoOpen).toEqual([]);
  const unstamped = await knex('case_history').whereNull('global_seq').count({ n: '*' });
  expect(Number(unstamped[0].n)).toBe(0);
});

it('is read through the API: cases with their events, terms and history, by every filter', async () => {
  const coordinator = await app.token(Role.COORDINATOR);
  const all = await cases(coordinator);
  expect(all.totalCount).toBe(summary.tables.workflow_case);
  expect(all.edges).toHaveLength(20);
  for (const { node } of all.edges) {
    expect(node.history.length).toBeGreaterThan(0);
    expect(node.history[node.history.length - 1]).toMatchObject({ seq: node.version, toState: node.state });
  }
  const open = await cases(coordinator, { state: 'draft' });
  expect(open.edges.every((e) => e.node.state === 'draft')).toBe(true);
  await cases(coordinator, { overdue: true });
  await cases(coordinator, { process: 'COFINANCING_APPLICATION', departmentCode: all.edges[0].node.entity.code.slice(0, 2) });

  // An entity user sees its own journey through the three processes.
  const code = all.edges[0].node.entity.code;
  const member = await app.token(Role.ENTITY_MEMBER, code);
  const own = await cases(member, {}, 50);
  expect(own.totalCount).toBeGreaterThan(0);
  expect(own.edges.every((e) => e.node.entity.code === code)).toBe(true);
  const journey = await executeText(
    app.url,
    `query J($code: String!) { territorialEntity(code: $code) { journey { nextStep { code } assessment { state } advisory { state } application { state } } } }`,
    { code },
    { token: member },
  );
  expect(journey.errors).toBeUndefined();

  // An accompaniment's content is read beside its case.
  const [accompaniment] = (await cases(coordinator, { process: 'ACCOMPANIMENT', state: 'completed' }, 1)).edges;
  const read = await executeText(
    app.url,
    `query A($id: ID!) { case(id: $id) { accompaniment { request { topic description } sessions { status minutes } } } }`,
    { id: accompaniment.node.id },
    { token: coordinator },
  );
  expect(read.errors).toBeUndefined();
  expect((read.data as unknown as { case: { accompaniment: unknown } }).case.accompaniment).toEqual({
    request: { topic: 'ROADMAP', description: expect.stringContaining('hoja de ruta') },
    sessions: [{ status: 'HELD', minutes: expect.any(String) }],
  });
});

it("ranks last year's validated assessments in the published Índice", async () => {
  const coordinator = await app.token(Role.COORDINATOR);
  const res = await executeText(
    app.url,
    `{ cycles(first: 5) { edges { node { year indexPublishedAt index(first: 5) { totalCount edges { node { rank index entityCode } } } } } } }`,
    {},
    { token: coordinator },
  );
  expect(res.errors).toBeUndefined();
  const cycles = (res.data as unknown as { cycles: { edges: { node: { year: number; index: { totalCount: number } } }[] } }).cycles.edges;
  const last = cycles.find((c) => c.node.year === summary.years[0])!;
  expect(last.node.index.totalCount).toBeGreaterThan(0);
});
