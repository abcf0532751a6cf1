import { request } from 'node:http';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isInputObjectType,
  isObjectType,
  isScalarType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';

import { buildAppSchema } from '../../src/api/schema';
import { seedDemo } from '../../src/app/demo.seed';
import { Role } from '../../src/core/auth/principal';
import { bogotaDay } from '../../src/core/time/business-calendar';
import { APPROVED_STATES } from '../../src/modules/transparency/programme-figures';
import { errorCode, executeText, type GraphQLResponse } from '../support/http';
import { filedReport, proposedPlan } from '../support/progress-reports';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { actors, validatedAssessment } from '../support/workflow';

/*
 * The public transparency endpoint (issue 24) through real HTTP, without a token: published
 * Índices with their aggregates, cycles, published calls and the programme figures; an unpublished
 * Índice refused; nothing private reachable (proved by walking the schema and by reading all of
 * it against the people seeded); its own rate limit; caching headers (ETag, 304); CORS for any
 * origin; and the entity's publication of its action plan (a mutation of the main schema).
 */

const DAY = 24 * 3600 * 1000;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw GraphQL answers, read loosely
type Any = Record<string, any>;

interface PublicAnswer extends GraphQLResponse<Any> {
  headers: Headers;
  text: string;
}

/** A query to /public/graphql by POST (or GET), with optional headers; never a token unless a test adds one. */
async function pub(
  base: string,
  query: string,
  variables?: Record<string, unknown>,
  options: { method?: 'GET' | 'POST'; headers?: Record<string, string> } = {},
): Promise<PublicAnswer> {
  const method = options.method ?? 'POST';
  const url =
    method === 'GET'
      ? `${base}/public/graphql?query=${encodeURIComponent(query)}${variables ? `&variables=${encodeURIComponent(JSON.stringify(variables))}` : ''}`
      : `${base}/public/graphql`;
  const res = await fetch(url, {
    method,
    headers: { ...(method === 'POST' ? { 'content-type': 'application/json' } : {}), ...options.headers },
    body: method === 'POST' ? JSON.stringify({ query, variables }) : undefined,
  });
  const text = await res.text();
  const json = text ? (JSON.parse(text) as Any) : {};
  return { status: res.status, headers: res.headers, text, ...json };
}

function ok(res: GraphQLResponse<Any>, what: string): Any {
  if (res.errors?.length) throw new Error(`${what}: ${errorCode(res)} ${res.errors[0].message}`);
  return res.data!;
}

const ENTRY = `rank entityCode entityName entityKind entityKindLabel departmentCode departmentName index level levelName
  scores { dimension dimensionName score } firstParticipation previousYear previousIndex previousRank indexChange rankChange`;
const AVERAGE = `count index dimensions { dimension dimensionName score }`;
const INDEX_FIELDS = `year publishedAt modelVersion firstTimers repeaters
  national { ${AVERAGE} } departments { departmentCode departmentName ${AVERAGE} } kinds { kind kindLabel ${AVERAGE} }
  distribution { level name count percent }`;
const INDEX = `query I($year: Int!) { index(year: $year) { ${INDEX_FIELDS} entries(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ENTRY} } } } } }`;
const FIGURES = `{ programmeFigures { computedAt
  stages { process label entities states { state label final entities cases } }
  cofinancing { states applications futicAmount counterpartAmount components { component label futicAmount counterpartAmount }
    departments { departmentCode departmentName applications futicAmount counterpartAmount components { component label futicAmount counterpartAmount } } }
  plans { id entityCode entityName departmentCode departmentName title startYear endYear periodicity publishedAt cut planVersion progress ideal gap
    objectives { code name weight progress ideal gap } } } }`;
const LISTS = `{ cycles { id year opensAt closesAt indexPublished indexPublishedAt } calls { id title opensAt closesAt publishedAt totalBudget capPerApplication minCounterpartPercent components { code label } } indices { year publishedAt firstTimers repeaters } }`;
const PUBLISH_PLAN = `mutation P($input: SetActionPlanPublicationInput!) { setActionPlanPublication(input: $input) { id publishedAt } }`;

let app: TestSystem;
let coordinator: string;
let bogotaPlanId: string;
let knex: ReturnType<TestSystem['system']['orm']['em']['getKnex']>;

/**
 * Statements sent on a connection while another is still running on it: inside a transaction
 * (one connection), pg queues them and warns "client.query() when the client is already executing
 * a query", and SQLite may hang. Watched from the demo's seed (it approves applications and starts
 * their execution) to the end of the file; outside transactions each statement has its own
 * connection from the pool, so only a transaction's parallel statements are caught.
 */
const overlapping: string[] = [];
function watchConnections(knex: ReturnType<TestSystem['system']['orm']['em']['getKnex']>): void {
  const running = new Map<string, number>();
  const finished = ({ __knexUid: uid }: { __knexUid?: string }) => {
    if (uid) running.set(uid, (running.get(uid) ?? 1) - 1);
  };
  knex.on('query', ({ __knexUid: uid, sql }: { __knexUid?: string; sql: string }) => {
    // A transaction's own statements are sent outside knex's runner, which alone reports responses;
    // so are the reads SqlRows only announces (no connection named: each has its own from the pool).
    if (!uid || /^(begin|commit|rollback|savepoint|release savepoint|rollback to savepoint)\b/i.test(sql.trim())) return;
    const n = running.get(uid) ?? 0;
    if (n > 0) overlapping.push(sql.slice(0, 160));
    running.set(uid, n + 1);
  });
  knex.on('query-response', (_response: unknown, obj: { __knexUid?: string }) => finished(obj));
  knex.on('query-error', (_error: unknown, obj: { __knexUid?: string }) => finished(obj));
}

beforeAll(async () => {
  app = await startTestSystem();
  watchConnections(app.system.orm.em.getKnex());
  await seedDemo(app.system.orm, app.system.api.services);
  coordinator = await app.token(Role.COORDINATOR);
  knex = app.system.orm.em.fork().getKnex();
  const plans = ok(
    await executeText(
      app.url,
      `query P($code: String!) { actionPlans(entityCode: $code) { id status } }`,
      { code: '11001' },
      { token: coordinator },
    ),
    'actionPlans',
  );
  bogotaPlanId = (plans.actionPlans as { id: string; status: string }[]).find((p) => p.status === 'APPROVED')!.id;
}, 240_000);
afterAll(() => app?.stop());

describe('an anonymous reader of /public/graphql', () => {
  it('reads every published Índice with its entries and aggregates, as the ministry sees the same Índice', async () => {
    const lists = ok(await pub(app.url, LISTS), 'lists');
    const published = (lists.cycles as Any[]).filter((c) => c.indexPublished);
    // The demo publishes the Índices of the two years before the current one.
    expect(published.map((c) => c.year)).toEqual([new Date().getUTCFullYear() - 1, new Date().getUTCFullYear() - 2]);
    expect((lists.indices as Any[]).map((i) => i.year)).toEqual(published.map((c) => c.year));
    for (const cycle of published) {
      const res = await pub(app.url, INDEX, { year: cycle.year });
      expect(res.status).toBe(200);
      // A whole page is tens of kilobytes of JSON: compressed for a client that accepts it, as the main API's answers are.
      expect(res.headers.get('content-encoding')).toMatch(/^(gzip|br|deflate)$/);
      expect(res.headers.get('vary')?.toLowerCase()).toContain('accept-encoding');
      const index = ok(res, `index ${cycle.year}`).index;
      // The ministry's view of the same cycle, through the main API.
      const main = ok(
        await executeText(
          app.url,
          `query C($id: ID!) { cycle(id: $id) { index(first: 100) { totalCount firstTimers repeaters national { count index }
            edges { node { rank entityCode index level progress { indexChange rankChange firstParticipation } } } } } }`,
          { id: cycle.id },
          { token: coordinator },
        ),
        'main index',
      ).cycle.index;
      const entries = (index.entries.edges as Any[]).map((e) => e.node);
      expect(index.entries.totalCount).toBe(main.totalCount);
      expect(entries.map((e) => [e.rank, e.entityCode, e.index, e.level])).toEqual(
        (main.edges as Any[]).map((e) => [e.node.rank, e.node.entityCode, e.node.index, e.node.level]),
      );
      expect(entries.map((e) => [e.indexChange, e.rankChange, e.firstParticipation])).toEqual(
        (main.edges as Any[]).map((e) => [e.node.progress.indexChange, e.node.progress.rankChange, e.node.progress.firstParticipation]),
      );
      expect([index.firstTimers, index.repeaters]).toEqual([main.firstTimers, main.repeaters]);
      expect(index.national).toMatchObject({ count: main.national.count, index: main.national.index });
      // The aggregates add up: every entry is in one department, one kind and one level.
      const n = entries.length;
      expect(index.national.count).toBe(n);
      expect((index.departments as Any[]).reduce((t, d) => t + d.count, 0)).toBe(n);
      expect((index.kinds as Any[]).reduce((t, d) => t + d.count, 0)).toBe(n);
      expect((index.distribution as Any[]).reduce((t, d) => t + d.count, 0)).toBe(n);
      const mean = entries.reduce((t, e) => t + e.index, 0) / n;
      expect(index.national.index).toBeCloseTo(mean, 1);
      for (const e of entries) expect(e.scores.length).toBeGreaterThan(0);
      // The first of the two editions has nobody before it.
      if (cycle.year === new Date().getUTCFullYear() - 2) expect([index.firstTimers, index.repeaters]).toEqual([n, 0]);
    }
    // Published calls only, with their figures in whole pesos and the four components.
    const mainCalls = ok(
      await executeText(app.url, `{ calls(first: 50) { edges { node { id status totalBudget } } } }`, {}, { token: coordinator }),
      'calls',
    ).calls.edges.map((e: Any) => e.node);
    expect((lists.calls as Any[]).map((c) => c.id).sort()).toEqual(
      mainCalls
        .filter((c: Any) => c.status === 'PUBLISHED')
        .map((c: Any) => c.id)
        .sort(),
    );
    for (const call of lists.calls as Any[])
      expect(call.components.map((c: Any) => c.code)).toEqual(['EQUIPMENT', 'TECHNOLOGICAL_SERVICES', 'WORK_TEAM', 'TRAINING']);
  });

  it('reads the programme figures: entities per stage and approved cofinancing as the database holds them', async () => {
    const figures = ok(await pub(app.url, FIGURES), 'figures').programmeFigures;
    // Entities per stage, counted here from the cases: each entity at the state of its latest case of the process.
    const cases: { process: string; entity_code: string; state: string; created_at: unknown; id: string }[] = await knex(
      'workflow_case',
    ).select('process', 'entity_code', 'state', 'created_at', 'id');
    const latest = new Map<string, (typeof cases)[number]>();
    for (const c of cases) {
      const key = `${c.process}:${c.entity_code}`;
      const seen = latest.get(key);
      const at = (x: unknown) => new Date(x as string).getTime();
      if (!seen || at(c.created_at) > at(seen.created_at) || (at(c.created_at) === at(seen.created_at) && c.id > seen.id))
        latest.set(key, c);
    }
    const assessment = (figures.stages as Any[]).find((s) => s.process === 'MATURITY_ASSESSMENT');
    const validated = assessment!.states.find((s: Any) => s.state === 'validated');
    expect(validated.cases).toBe(cases.filter((c) => c.process === 'MATURITY_ASSESSMENT' && c.state === 'validated').length);
    for (const stages of figures.stages as Any[]) {
      for (const s of stages.states) {
        expect(s.entities).toBe([...latest.values()].filter((c) => c.process === stages.process && c.state === s.state).length);
      }
      expect(stages.entities).toBe(new Set(cases.filter((c) => c.process === stages.process).map((c) => c.entity_code)).size);
    }
    expect(validated.entities).toBeGreaterThan(0);
    // Approved cofinancing: the budget lines of the applications approved and later, summed here.
    const lines: { department_code: string; component: string; futic_amount: unknown; counterpart_amount: unknown }[] = await knex(
      'workflow_case as c',
    )
      .join('budget_line as b', 'b.case_id', 'c.id')
      .where('c.process', 'COFINANCING_APPLICATION')
      .whereIn('c.state', [...APPROVED_STATES])
      .select('c.department_code', 'b.component', 'b.futic_amount', 'b.counterpart_amount');
    expect(lines.length).toBeGreaterThan(0);
    const futic = lines.reduce((t, l) => t + Number(l.futic_amount), 0);
    expect(figures.cofinancing.futicAmount).toBe(futic);
    expect(figures.cofinancing.counterpartAmount).toBe(lines.reduce((t, l) => t + Number(l.counterpart_amount), 0));
    for (const d of figures.cofinancing.departments as Any[]) {
      for (const c of d.components) {
        const mine = lines.filter((l) => l.department_code === d.departmentCode && l.component === c.component);
        expect(c.futicAmount).toBe(mine.reduce((t, l) => t + Number(l.futic_amount), 0));
      }
      expect(Number.isInteger(d.futicAmount)).toBe(true);
    }
    // And as the funds stand: the FUTIC pesos approved are those reserved against the calls and not
    // released (application-funds.ts: reserved at APPROVE or PROMOTE, released when an approval lapses or is withdrawn).
    const reserved: { department_code: string; amount: unknown }[] = await knex('fund_reservation as r')
      .join('workflow_case as c', 'c.id', 'r.case_id')
      .whereNull('r.released_at')
      .groupBy('c.department_code')
      .select('c.department_code')
      .sum({ amount: 'r.amount' });
    expect((figures.cofinancing.departments as Any[]).map((d) => [d.departmentCode, d.futicAmount]).sort()).toEqual(
      reserved.map((r) => [r.department_code, Number(r.amount)]).sort(),
    );
    // No plan is public until its entity publishes it.
    expect(figures.plans).toEqual([]);
  });

  it('is refused an Índice not yet published, and a cycle that does not exist', async () => {
    const current = new Date().getUTCFullYear();
    const refused = await pub(app.url, INDEX, { year: current });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].message).toBe(`El Índice CTI de la vigencia ${current} aún no se ha publicado`);
    expect(refused.data?.index ?? null).toBeNull();
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(refused.headers.get('etag')).toBeNull();
    const missing = await pub(app.url, INDEX, { year: 1990 });
    expect(errorCode(missing)).toBe('NOT_FOUND');
    // An unpublished cycle is listed, but says so; it is not among the Índices.
    const lists = ok(await pub(app.url, LISTS), 'lists');
    expect(lists.cycles.find((c: Any) => c.year === current)).toMatchObject({ indexPublished: false, indexPublishedAt: null });
    expect(lists.indices.map((i: Any) => i.year)).not.toContain(current);
  });

  it('cannot reach any case, person or document: those fields do not exist there, and no mutation does', async () => {
    for (const query of [
      `{ cases(first: 1) { totalCount } }`,
      `{ case(id: "x") { id } }`,
      `{ node(id: "x") { id } }`,
      `{ me { subject } }`,
      `{ people(first: 1) { totalCount } }`,
      `{ documents { id } }`,
      `{ cycle(id: "x") { id } }`,
      `{ index(year: 2020) { entries { edges { node { assessmentId } } } } }`,
      `mutation { setActionPlanPublication(input: { planId: "x", published: true }) { id } }`,
      `mutation { publishCycleIndex(input: { cycleId: "x" }) { id } }`,
      `subscription { caseChanged { id } }`,
    ]) {
      const res = await pub(app.url, query);
      expect([query, res.status, errorCode(res)]).toEqual([query, 400, 'GRAPHQL_VALIDATION_FAILED']);
      expect(res.data ?? null).toBeNull();
    }
  });

  it('ignores a token: the answer is the same with or without one, and no bad token is refused', async () => {
    const anonymous = await pub(app.url, LISTS);
    const withToken = await pub(app.url, LISTS, undefined, { headers: { authorization: `Bearer ${coordinator}` } });
    const badToken = await pub(app.url, LISTS, undefined, { headers: { authorization: 'Bearer no.es.un.token' } });
    expect(anonymous.status).toBe(200);
    expect(withToken.text).toBe(anonymous.text);
    expect(badToken.text).toBe(anonymous.text);
  });

  it('answers any origin without credentials, preflight included', async () => {
    const preflight = await fetch(`${app.url}/public/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://datos.example.org',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const res = await pub(app.url, `{ cycles { year } }`, undefined, { headers: { origin: 'https://datos.example.org' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toContain('etag');
    const put = await fetch(`${app.url}/public/graphql`, { method: 'PUT' });
    expect(put.status).toBe(405);
  });

  it('applies the main endpoint’s query limits (aliases, cost) and bounds its arguments', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: cycles { year }`).join(' ');
    expect(errorCode(await pub(app.url, `{ ${aliases} }`))).toBe('GRAPHQL_VALIDATION_FAILED');
    const whole = `indices { entries(first: 100) { edges { node { ${ENTRY} } } } }`;
    const refused = await pub(app.url, `{ a: ${whole} b: ${whole} c: ${whole} d: ${whole} }`);
    expect(refused.status).toBe(400);
    expect(refused.errors![0].message).toMatch(/^La consulta cuesta/);
    const bad = await pub(app.url, `{ indices { entries(first: 500) { totalCount } } }`);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: 'first' })]);
    // The filter's own rules hold too (a nested input is checked like the main schema's).
    const filtered = await pub(
      app.url,
      `{ indices { entries(filter: { level: 9, departmentCode: "0", kind: "PERSON" }) { totalCount } } }`,
    );
    expect(errorCode(filtered)).toBe('BAD_USER_INPUT');
    expect((filtered.errors![0].extensions!.problems as Any[]).map((p) => p.path).sort()).toEqual([
      'filter.departmentCode',
      'filter.kind',
      'filter.level',
    ]);
  });
});

describe('caching', () => {
  it('gives a weak ETag (identity and gzip share it) and Cache-Control; a matching If-None-Match is 304 by GET and POST; a change of data changes the ETag', async () => {
    const query = `{ cycles { year indexPublished } indices { year national { count index } } }`;
    const first = await pub(app.url, query, undefined, { method: 'GET' });
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[\w-]{43}"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    // The body is the same whatever the client accepts, but its Content-Type is not: a shared cache must key on Accept.
    expect(first.headers.get('vary')?.toLowerCase()).toContain('accept');
    const graphqlResponse = await pub(app.url, query, undefined, {
      method: 'GET',
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(graphqlResponse.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(first.headers.get('content-type')).toMatch(/^application\/json/);
    const again = await fetch(`${app.url}/public/graphql?query=${encodeURIComponent(query)}`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('vary')?.toLowerCase()).toContain('accept');
    // The same answer by POST has the same ETag, and revalidates the same way.
    const post = await pub(app.url, query);
    expect(post.headers.get('etag')).toBe(etag);
    const postAgain = await fetch(`${app.url}/public/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'if-none-match': `"otro", ${etag}` },
      body: JSON.stringify({ query }),
    });
    expect(postAgain.status).toBe(304);
    // Another cycle's Índice is published: the answer, and so its ETag, change.
    const year = 2091;
    const now = Date.now();
    const cycleId = ok(
      await executeText(
        app.url,
        `mutation O($input: OpenCycleInput!) { openCycle(input: $input) { id } }`,
        { input: { year, opensAt: new Date(now - DAY).toISOString(), closesAt: new Date(now + 30 * DAY).toISOString() } },
        { token: coordinator },
      ),
      'openCycle',
    ).openCycle.id;
    await validatedAssessment(app, await actors(app, '76001'), cycleId);
    ok(
      await executeText(app.url, `mutation C($id: ID!) { closeCycle(id: $id) { expired } }`, { id: cycleId }, { token: coordinator }),
      'closeCycle',
    );
    // Closed but not yet published: refused to the public, and the answer above has not changed.
    expect(errorCode(await pub(app.url, INDEX, { year }))).toBe('FORBIDDEN');
    expect(
      (await fetch(`${app.url}/public/graphql?query=${encodeURIComponent(query)}`, { headers: { 'if-none-match': etag } })).status,
    ).toBe(200);
    const before = (await pub(app.url, query)).headers.get('etag');
    ok(
      await executeText(
        app.url,
        `mutation P($input: PublishCycleIndexInput!) { publishCycleIndex(input: $input) { id } }`,
        { input: { cycleId } },
        { token: coordinator },
      ),
      'publishCycleIndex',
    );
    const after = await pub(app.url, query);
    expect(after.headers.get('etag')).not.toBe(before);
    expect(after.data!.indices.map((i: Any) => i.year)).toContain(year);
    const stale = await fetch(`${app.url}/public/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'if-none-match': before! },
      body: JSON.stringify({ query }),
    });
    expect(stale.status).toBe(200);
    const index = ok(await pub(app.url, INDEX, { year }), 'new index').index;
    expect(index.entries.edges.map((e: Any) => e.node.entityCode)).toEqual(['76001']);
  });
});

describe('publishing an action plan’s follow-up (setActionPlanPublication, main schema)', () => {
  const publishedAtOf = async (planId: string) =>
    ok(
      await executeText(app.url, `query P($id: ID!) { actionPlan(id: $id) { publishedAt } }`, { id: planId }, { token: coordinator }),
      'plan',
    ).actionPlan.publishedAt as string | null;
  const publicPlans = async () => ok(await pub(app.url, FIGURES), 'figures').programmeFigures.plans as Any[];

  it('refuses bad input, and anyone but the entity’s own representative, changing nothing', async () => {
    const bogotaRep = await app.token(Role.ENTITY_REPRESENTATIVE, '11001');
    const bad = await executeText(app.url, PUBLISH_PLAN, { input: { planId: bogotaPlanId, published: 'sí' } }, { token: bogotaRep });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: 'input.published' })]);
    const long = await executeText(app.url, PUBLISH_PLAN, { input: { planId: 'x'.repeat(101), published: true } }, { token: bogotaRep });
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
    expect(long.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: 'input.planId' })]);

    const tries: [string, string, string][] = [
      ['another entity’s representative', await app.token(Role.ENTITY_REPRESENTATIVE, '05001'), 'NOT_FOUND'],
      ['a member of the entity', await app.token(Role.ENTITY_MEMBER, '11001'), 'FORBIDDEN'],
      ['the entity’s TIC leader', await app.token(Role.ENTITY_TIC_LEADER, '11001'), 'FORBIDDEN'],
      ['the ministry', coordinator, 'FORBIDDEN'],
      ['an auditor', await app.token(Role.AUDITOR), 'FORBIDDEN'],
    ];
    for (const [who, token, code] of tries) {
      const res = await executeText(app.url, PUBLISH_PLAN, { input: { planId: bogotaPlanId, published: true } }, { token });
      expect([who, errorCode(res)]).toEqual([who, code]);
    }
    const anonymous = await executeText(app.url, PUBLISH_PLAN, { input: { planId: bogotaPlanId, published: true } });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    expect(await publishedAtOf(bogotaPlanId)).toBeNull();
    expect(await publicPlans()).toEqual([]);
  });

  it('refuses to publish a plan not yet approved', async () => {
    const rep = await app.token(Role.ENTITY_REPRESENTATIVE, '76001');
    const { planId } = await proposedPlan(app, { representative: rep, coordinator });
    const res = await executeText(app.url, PUBLISH_PLAN, { input: { planId, published: true } }, { token: rep });
    expect(errorCode(res)).toBe('PRECONDITION_FAILED');
    expect(await publishedAtOf(planId)).toBeNull();
  });

  it('lets the representative publish and withdraw it: only a published plan shows, with the Bogotá method’s figures', async () => {
    const rep = await app.token(Role.ENTITY_REPRESENTATIVE, '11001');
    const published = ok(
      await executeText(app.url, PUBLISH_PLAN, { input: { planId: bogotaPlanId, published: true } }, { token: rep }),
      'publish',
    ).setActionPlanPublication;
    expect(published.publishedAt).not.toBeNull();
    // Publishing again keeps the first instant.
    const again = ok(
      await executeText(app.url, PUBLISH_PLAN, { input: { planId: bogotaPlanId, published: true } }, { token: rep }),
      'again',
    );
    expect(again.setActionPlanPublication.publishedAt).toBe(published.publishedAt);

    const plans = await publicPlans();
    expect(plans.map((p) => [p.id, p.entityCode, p.entityName])).toEqual([[bogotaPlanId, '11001', 'BOGOTÁ, D.C.']]);
    const measured = ok(
      await executeText(
        app.url,
        `query M($id: ID!) { actionPlan(id: $id) { title measurement { cut progress ideal gap planVersion } } }`,
        { id: bogotaPlanId },
        { token: coordinator },
      ),
      'measurement',
    ).actionPlan;
    const plan = plans[0];
    expect(plan.title).toBe(measured.title);
    expect(plan.cut).toBe(bogotaDay(new Date()));
    expect([plan.cut, plan.planVersion]).toEqual([measured.measurement.cut, measured.measurement.planVersion]);
    expect(plan.progress).toBeCloseTo(measured.measurement.progress, 2);
    expect(plan.ideal).toBeCloseTo(measured.measurement.ideal, 2);
    expect(plan.gap).toBeCloseTo(measured.measurement.gap, 1);
    expect(plan.objectives.reduce((t: number, o: Any) => t + o.weight, 0)).toBeCloseTo(100, 1);
    expect(plan.publishedAt).toBe(published.publishedAt);

    const withdrawn = ok(
      await executeText(app.url, PUBLISH_PLAN, { input: { planId: bogotaPlanId, published: false } }, { token: rep }),
      'withdraw',
    );
    expect(withdrawn.setActionPlanPublication.publishedAt).toBeNull();
    expect(await publicPlans()).toEqual([]);
    ok(await executeText(app.url, PUBLISH_PLAN, { input: { planId: bogotaPlanId, published: true } }, { token: rep }), 'publish again');
    expect((await publicPlans()).map((p) => p.id)).toEqual([bogotaPlanId]);
  });

  it('shows the official measurement only: a report still in review does not count', async () => {
    const rep = await app.token(Role.ENTITY_REPRESENTATIVE, '68001');
    const reportCase = await filedReport(app, { representative: rep, coordinator });
    const planId = ok(
      await executeText(
        app.url,
        `query C($id: ID!) { case(id: $id) { progressReport { planId } } }`,
        { id: reportCase },
        { token: coordinator },
      ),
      'report plan',
    ).case.progressReport.planId as string;
    ok(await executeText(app.url, PUBLISH_PLAN, { input: { planId, published: true } }, { token: rep }), 'publish');
    try {
      const shown = (await publicPlans()).find((p) => p.id === planId)!;
      const measured = ok(
        await executeText(
          app.url,
          `query M($id: ID!) { actionPlan(id: $id) { official: measurement { progress } provisional: measurement(basis: PROVISIONAL) { progress } } }`,
          { id: planId },
          { token: coordinator },
        ),
        'measurements',
      ).actionPlan;
      // The report in review moves the provisional measurement, not the official one the public sees.
      expect(measured.provisional.progress).toBeGreaterThan(measured.official.progress);
      expect(shown.progress).toBeCloseTo(measured.official.progress, 2);
    } finally {
      ok(await executeText(app.url, PUBLISH_PLAN, { input: { planId, published: false } }, { token: rep }), 'withdraw');
    }
  });
});

/** Public type names the schema may hold: its own (all named Public*), and the scalars it shares with the main schema. */
const PUBLIC_TYPES = new Set([
  'Query',
  'PublicApprovedCofinancing',
  'PublicCall',
  'PublicComponent',
  'PublicComponentAmount',
  'PublicCycle',
  'PublicDepartmentAverage',
  'PublicDepartmentCofinancing',
  'PublicDimensionScore',
  'PublicIndex',
  'PublicIndexAverage',
  'PublicIndexConnection',
  'PublicIndexEdge',
  'PublicIndexEntry',
  'PublicIndexFilter',
  'PublicIndexOrder',
  'PublicKindAverage',
  'PublicLevelCount',
  'PublicObjectiveProgress',
  'PublicPageInfo',
  'PublicPlanProgress',
  'PublicProcessStages',
  'PublicProgrammeFigures',
  'PublicStageCount',
]);
const SHARED_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID', 'DateTimeISO', 'Pesos']);
/** The only fields whose name says "name": of public bodies, dimensions, levels and objectives, never of a person. */
const NAME_FIELDS = new Set([
  'PublicIndexEntry.entityName',
  'PublicIndexEntry.departmentName',
  'PublicDepartmentAverage.departmentName',
  'PublicDepartmentCofinancing.departmentName',
  'PublicPlanProgress.entityName',
  'PublicPlanProgress.departmentName',
  'PublicDimensionScore.dimensionName',
  'PublicIndexEntry.levelName',
  'PublicLevelCount.name',
  'PublicObjectiveProgress.name',
]);
const PERSON_LIKE =
  /e-?mail|subject|sub$|person|people|user|actor|author|created|updated|publishedBy|decided|approved|proposed|note|assignee|evaluator|advisor|contact|phone|responsible|attendee|invitee|member|representative|signer|token/i;

describe('nothing private is reachable', () => {
  let publicSchema: GraphQLSchema;
  const reachable = new Map<string, GraphQLNamedType>();

  beforeAll(async () => {
    const res = await pub(app.url, getIntrospectionQuery());
    publicSchema = buildClientSchema(ok(res, 'introspection') as unknown as IntrospectionQuery);
    // Every type reachable from Query: through fields, their arguments and input fields.
    const visit = (type: GraphQLNamedType) => {
      if (reachable.has(type.name)) return;
      reachable.set(type.name, type);
      if (isObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          visit(getNamedType(field.type));
          for (const arg of field.args) visit(getNamedType(arg.type));
        }
        for (const i of type.getInterfaces()) visit(i);
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
      }
    };
    visit(publicSchema.getQueryType()!);
  });

  it('has no mutation or subscription, and only its own allowlisted types, none of them a type of the main schema', () => {
    expect(publicSchema.getMutationType()).toBeFalsy();
    expect(publicSchema.getSubscriptionType()).toBeFalsy();
    const names = [...reachable.keys()].filter((n) => !n.startsWith('__'));
    const own = names.filter((n) => !SHARED_SCALARS.has(n));
    expect(own.sort()).toEqual([...PUBLIC_TYPES].sort());
    // No type of the main schema (other than the scalars) has a name in the public one.
    const mainTypes = new Set(Object.keys(buildAppSchema().getTypeMap()));
    expect(own.filter((n) => n !== 'Query' && mainTypes.has(n))).toEqual([]);
    expect(names.filter((n) => isScalarType(reachable.get(n)!)).every((n) => SHARED_SCALARS.has(n))).toBe(true);
  });

  it('describes every type, field and argument in Spanish, as the main schema does', () => {
    const missing: string[] = [];
    for (const type of reachable.values()) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          if ('args' in field) for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no field or argument that could carry a person', () => {
    const fields: string[] = [];
    for (const type of reachable.values()) {
      if (type.name.startsWith('__')) continue;
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          fields.push(`${type.name}.${field.name}`);
          if ('args' in field) for (const arg of field.args) fields.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(fields.length).toBeGreaterThan(100);
    expect(fields.filter((f) => PERSON_LIKE.test(f.split('.')[1]))).toEqual([]);
    expect(fields.filter((f) => /name/i.test(f.split('.')[1]) && !NAME_FIELDS.has(f))).toEqual([]);
  });

  it('reads all it offers without one name, e-mail or subject of the people the system holds', async () => {
    // The demo's people and the tests' own, with Bogotá's plan public, and every Índice read whole.
    const people: { subject: string; email: string | null; name: string | null }[] = await knex('person').select(
      'subject',
      'email',
      'name',
    );
    const invited: { email: string; name: string | null }[] = await knex('invitation').select('email', 'name');
    const secrets = [...people.flatMap((p) => [p.subject, p.email, p.name]), ...invited.flatMap((i) => [i.email, i.name])]
      .filter((s): s is string => typeof s === 'string' && s.length >= 5)
      .map((s) => s.toLowerCase());
    expect(people.length).toBeGreaterThan(5);
    expect(secrets.some((s) => s.includes('(demostración)'))).toBe(true);
    // Who published the plan (its representative) and who published each Índice are people too.
    const publishers: { published_by: string | null }[] = await knex('action_plan').select('published_by').whereNotNull('published_by');
    expect(publishers.length).toBe(1);
    const texts = [(await pub(app.url, LISTS)).text, (await pub(app.url, FIGURES)).text];
    for (const i of ok(await pub(app.url, LISTS), 'lists').indices as Any[]) texts.push((await pub(app.url, INDEX, { year: i.year })).text);
    const all = texts.join('\n').toLowerCase();
    expect(all).toContain('bogotá');
    expect(secrets.filter((s) => all.includes(s))).toEqual([]);
  });
});

describe('the public rate limit (RATE_LIMIT_PUBLIC_PER_MINUTE)', () => {
  const BUDGET = 3;
  let limited: TestSystem;
  beforeAll(async () => {
    limited = await startTestSystem({ RATE_LIMIT_PUBLIC_PER_MINUTE: String(BUDGET) });
  });
  afterAll(() => limited?.stop());

  /** A public query from a local address (127.0.0.1 by default); its status, Retry-After and body. */
  function from(localAddress: string): Promise<{ status: number; retryAfter: string | undefined; body: Any }> {
    const port = new URL(limited.url).port;
    return new Promise((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: '/public/graphql', method: 'POST', localAddress, headers: { 'content-type': 'application/json' } },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () =>
            resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'] as string | undefined, body: JSON.parse(text) }),
          );
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ query: '{ cycles { year } }' }));
    });
  }

  it('answers 429 with Retry-After past the budget, per client address, and leaves the main endpoint alone', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < BUDGET; i++) statuses.push((await from('127.0.0.1')).status);
    expect(statuses).toEqual([200, 200, 200]);
    const over = await from('127.0.0.1');
    expect(over.status).toBe(429);
    expect(Number(over.retryAfter)).toBeGreaterThan(0);
    expect(over.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(over.body.errors[0].message).toMatch(
      /^Demasiadas solicitudes \(consultas públicas de transparencia\): intente de nuevo en \d+ s$/,
    );
    // Another client address keeps its own budget.
    expect((await from('127.0.0.2')).status).toBe(200);
    // The main endpoint does not spend or check the public budget.
    const token = await limited.token(Role.COORDINATOR);
    const main = await executeText(limited.url, `{ cycles(first: 1) { totalCount } }`, undefined, { token });
    expect([main.status, main.errors]).toEqual([200, undefined]);
  });
});

// Last, so every flow above (the demo's seed, the Índice published in `caching`) has run.
it('ran no two statements at once on one connection', () => {
  expect(overlapping).toEqual([]);
});
