/* eslint-disable @typescript-eslint/no-explicit-any -- ad-hoc queries of many shapes, read as plain JSON */
import { getNamedType, isObjectType } from 'graphql';

import { buildAppSchema } from '../../src/api/schema';
import { fromGlobalId, toGlobalId } from '../../src/core/graphql/global-ids';
import { errorCode, executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { actors, fillApplication, openProgramme, validatedAssessment, type Actors } from '../support/workflow';

/*
 * Global Object Identification through the real HTTP API: opaque ids unique across types, `node`
 * and `nodes` with each type's own authorization, ids accepted back as inputs (and refused when
 * they name another type), and identities for value objects that stay the same between queries.
 */

const A = '05001';
const B = '76001';

let app: TestSystem;
let a: Actors;
let b: Actors;
let cycleId: string;
let callId: string;
let assessmentA: string;
let applicationCaseA: string;

const q = async (token: string, query: string, variables?: Record<string, unknown>) => {
  const res = await executeText(app.url, query, variables, { token });
  return res as { status: number; data?: any; errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[] };
};
const ok = async (token: string, query: string, variables?: Record<string, unknown>) => {
  const res = await q(token, query, variables);
  if (res.errors?.length) throw new Error(`error inesperado: ${res.errors[0].message}`);
  return res.data;
};

beforeAll(async () => {
  app = await startTestSystem();
  a = await actors(app, A);
  b = await actors(app, B);
  ({ cycleId, callId } = await openProgramme(app, a.coordinator));
  assessmentA = await validatedAssessment(app, a, cycleId);
  await validatedAssessment(app, b, cycleId);
  const started = await ok(
    a.representative,
    `mutation($input: StartApplicationInput!) { startApplication(input: $input) { case { id } } }`,
    {
      input: { callId },
    },
  );
  applicationCaseA = started.startApplication.case.id;
  await fillApplication(app, a.member, applicationCaseA);
});

afterAll(() => app?.stop());

describe('the schema', () => {
  it('gives every object type a client caches an id: ID!, and a Node to every type with its own query', () => {
    const schema = buildAppSchema();
    const carriers = /^(Query|Mutation|Subscription|PageInfo)$|(Connection|Edge|Payload|Result|Change)$/;
    const missing = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && !t.name.startsWith('__') && !carriers.test(t.name))
      .filter((t) => String((t as any).getFields().id?.type) !== 'ID!')
      .map((t) => t.name);
    expect(missing).toEqual([]);
    const node = schema.getType('Node')!;
    const implementations = schema.getPossibleTypes(node as any).map((t) => t.name);
    expect(implementations.sort()).toEqual(
      [
        'ActionPlan',
        'Case',
        'CofinancingApplication',
        'CofinancingCall',
        'Cycle',
        'Document',
        'MaturityAssessment',
        'MaturityModel',
        'Person',
        'Report',
        'TerritorialEntity',
      ].sort(),
    );
    // Every Node type can be fetched by node(id:): a Query field returns it.
    const query = schema.getQueryType()!.getFields();
    for (const name of implementations) expect(Object.values(query).some((f) => getNamedType(f.type).name === name)).toBe(true);
  });

  it('encodes opaque ids that round-trip, and does not take a raw uuid for one', () => {
    const id = toGlobalId('Case', '6f1c2a4e-0000-4000-8000-000000000001');
    expect(id).not.toContain('Case');
    expect(fromGlobalId(id)).toEqual({ type: 'Case', key: '6f1c2a4e-0000-4000-8000-000000000001' });
    expect(fromGlobalId('6f1c2a4e-0000-4000-8000-000000000001')).toBeNull();
    expect(fromGlobalId('05001')).toBeNull();
  });
});

describe('ids', () => {
  it('are unique across types: an application, its case and its assessment each have their own', async () => {
    const data = await ok(a.coordinator, `query($id: ID!) { application(id: $id) { id case { id entity { id code } } } }`, {
      id: applicationCaseA,
    });
    expect(data.application.id).not.toBe(data.application.case.id);
    expect(data.application.case.id).toBe(applicationCaseA);
    expect(fromGlobalId(data.application.id)!.type).toBe('CofinancingApplication');
    expect(fromGlobalId(data.application.case.entity.id)).toEqual({ type: 'TerritorialEntity', key: A });
    expect(data.application.case.entity.code).toBe(A);
  });

  it('are taken back as inputs, raw keys still work, and an id of another type is refused with its path', async () => {
    const { application } = await ok(a.coordinator, `query($id: ID!) { application(id: $id) { id } }`, { id: applicationCaseA });
    // The application's own id and its case's both fetch it (an application is keyed by its case).
    const again = await ok(a.coordinator, `query($id: ID!) { application(id: $id) { id } }`, { id: application.id });
    expect(again.application.id).toBe(application.id);
    const raw = await ok(a.coordinator, `query($id: ID!) { case(id: $id) { id } }`, { id: fromGlobalId(applicationCaseA)!.key });
    expect(raw.case.id).toBe(applicationCaseA);
    const wrong = await q(a.coordinator, `query($id: ID!) { case(id: $id) { id } }`, { id: application.id });
    expect(errorCode(wrong as any)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: 'id', code: 'NOT_ALLOWED' })]);
    const nested = await q(a.coordinator, `query($f: CaseFilter) { cases(filter: $f) { totalCount } }`, { f: { cycleId: application.id } });
    expect(nested.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: 'filter.cycleId', code: 'NOT_ALLOWED' })]);
  });

  it('of value objects stay the same between queries with different selections and arguments', async () => {
    const one = await ok(a.member, `query($id: ID!) { case(id: $id) { history(last: 2) { id seq } availableEvents { id event } } }`, {
      id: applicationCaseA,
    });
    const two = await ok(a.member, `query($id: ID!) { case(id: $id) { history(last: 5) { id seq eventLabel } } }`, {
      id: applicationCaseA,
    });
    const bySeq = new Map(two.case.history.map((h: { seq: number; id: string }) => [h.seq, h.id]));
    for (const h of one.case.history) expect(bySeq.get(h.seq)).toBe(h.id);
    const ids = [...one.case.history, ...one.case.availableEvents].map((x: { id: string }) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('of the maturity model are unique per version and keep the code the inputs take', async () => {
    const { assessment } = await ok(a.member, `query($id: ID!) { assessment(id: $id) { modelVersion } }`, { id: assessmentA });
    const data = await ok(
      a.member,
      `query($v: ID!) { maturityModel(version: $v) { id version dimensions { id code subdimensions { id code questions { id code } } } } }`,
      {
        v: assessment.modelVersion,
      },
    );
    const model = data.maturityModel;
    expect(fromGlobalId(model.id)).toEqual({ type: 'MaturityModel', key: model.version });
    const question = model.dimensions[0].subdimensions[0].questions[0];
    expect(question.code).toMatch(/^[A-Z]+-\d+$/);
    expect(question.id).not.toBe(question.code);
    const all = model.dimensions.flatMap((d: any) => [
      d.id,
      ...d.subdimensions.flatMap((s: any) => [s.id, ...s.questions.map((x: any) => x.id)]),
    ]);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('node and nodes', () => {
  it('fetch every kind of node for the coordinator, with its concrete type', async () => {
    const ids = await ok(
      a.coordinator,
      `query($app: ID!, $assessment: ID!, $cycle: ID!, $call: ID!) {
        application(id: $app) { id case { id entity { id } } }
        assessment(id: $assessment) { id modelVersion }
        maturityModels { id version }
        cycle(id: $cycle) { id }
        call(id: $call) { id }
      }`,
      { app: applicationCaseA, assessment: assessmentA, cycle: cycleId, call: callId },
    );
    const wanted = [
      ids.application.id,
      ids.application.case.id,
      ids.application.case.entity.id,
      ids.assessment.id,
      ids.maturityModels.find((m: { version: string }) => m.version === ids.assessment.modelVersion).id,
      ids.cycle.id,
      ids.call.id,
    ];
    const data = await ok(a.coordinator, `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids: wanted });
    expect(data.nodes.map((n: { id: string }) => n.id)).toEqual(wanted);
    expect(data.nodes.map((n: { __typename: string }) => n.__typename)).toEqual([
      'CofinancingApplication',
      'Case',
      'TerritorialEntity',
      'MaturityAssessment',
      'MaturityModel',
      'Cycle',
      'CofinancingCall',
    ]);
    const one = await ok(a.coordinator, `query($id: ID!) { node(id: $id) { id ... on Case { state entity { name } } } }`, {
      id: applicationCaseA,
    });
    expect(one.node).toEqual({ id: applicationCaseA, state: expect.any(String), entity: { name: 'MEDELLÍN' } });
  });

  it('apply the type’s own authorization: another entity gets null for our cases, application and assessment', async () => {
    const { application } = await ok(a.coordinator, `query($id: ID!) { application(id: $id) { id } }`, { id: applicationCaseA });
    for (const id of [applicationCaseA, application.id, assessmentA]) {
      const res = await q(b.member, `query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(res.errors).toBeUndefined();
      expect(res.data.node).toBeNull();
    }
    const many = await q(b.member, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [applicationCaseA, assessmentA] });
    expect(many.data.nodes).toEqual([null, null]);
    // Its own entity is visible to it, of course.
    const own = await ok(b.member, `query($id: ID!) { node(id: $id) { id ... on TerritorialEntity { code } } }`, {
      id: toGlobalId('TerritorialEntity', B),
    });
    expect(own.node.code).toBe(B);
  });

  it('answer null for ids that are not ids or name nothing, and bound nodes(ids:)', async () => {
    const res = await ok(a.coordinator, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: ['no-es-un-id', toGlobalId('Case', '00000000-0000-4000-8000-000000000000'), toGlobalId('Nada', 'x')],
    });
    expect(res.nodes).toEqual([null, null, null]);
    const tooMany = await q(a.coordinator, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: Array.from({ length: 101 }, (_, i) => `x${i}`),
    });
    expect(errorCode(tooMany as any)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: 'ids', code: 'TOO_LONG' })]);
  });

  it('refuses anonymous callers as the types’ own queries do', async () => {
    const res = await executeText(app.url, `query($id: ID!) { node(id: $id) { id } }`, { id: applicationCaseA });
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });
});

describe('a field the caller may not see', () => {
  it('answers null with its error at its own path and keeps its parent (another entity’s journey)', async () => {
    const res = await q(
      b.member,
      `query($code: String!) { territorialEntity(code: $code) { id code name journey { nextStep { code } } } }`,
      { code: A },
    );
    expect(res.data.territorialEntity).toEqual({ id: toGlobalId('TerritorialEntity', A), code: A, name: 'MEDELLÍN', journey: null });
    expect(res.errors).toEqual([
      expect.objectContaining({ path: ['territorialEntity', 'journey'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    ]);
  });

  it('keeps an application whose evaluations its own entity may not read', async () => {
    const res = await q(a.member, `query($id: ID!) { application(id: $id) { id title evaluations { evaluator } } }`, {
      id: applicationCaseA,
    });
    expect(res.data.application).toEqual({ id: expect.any(String), title: expect.any(String), evaluations: null });
    expect(res.errors).toEqual([
      expect.objectContaining({ path: ['application', 'evaluations'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    ]);
  });

  it('keeps an entity in a list when its journey is refused', async () => {
    const res = await q(
      b.member,
      `{ territorialEntities(first: 3, filter: { departmentCode: "05" }) { edges { node { code journey { nextStep { code } } } } } }`,
    );
    const nodes = res.data.territorialEntities.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toHaveLength(3);
    expect(nodes.every((n: { journey: unknown }) => n.journey === null)).toBe(true);
    expect(res.errors!.every((e) => e.extensions!.code === 'FORBIDDEN')).toBe(true);
  });
});

describe('short lists as connections', () => {
  it('pages calls and cycles with cursors, newest first, and refuses a cursor of another list', async () => {
    const created = await ok(a.coordinator, `mutation($input: CreateCallInput!) { createCall(input: $input) { id } }`, {
      input: {
        title: 'Segunda convocatoria',
        opensAt: new Date(Date.now() + 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 40 * 86_400_000).toISOString(),
        totalBudget: 1_000_000_000,
        capPerApplication: 500_000_000,
        minCounterpartPercent: 20,
      },
    });
    const page = (after?: string) =>
      ok(
        a.coordinator,
        `query($after: String) { calls(first: 1, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
        {
          after,
        },
      );
    const one = (await page()).calls;
    expect(one.totalCount).toBe(2);
    expect(one.edges.map((e: any) => e.node.id)).toEqual([created.createCall.id]);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = (await page(one.pageInfo.endCursor)).calls;
    expect(two.edges.map((e: any) => e.node.id)).toEqual([callId]);
    expect(two.pageInfo.hasNextPage).toBe(false);
    // An entity sees only published calls: the draft is not in its list.
    const theirs = await ok(a.member, `{ calls(first: 10) { totalCount edges { node { id } } } }`);
    expect(theirs.calls.edges.map((e: any) => e.node.id)).toEqual([callId]);

    const cycles = await ok(a.coordinator, `{ cycles(first: 5) { totalCount edges { cursor node { id } } } }`);
    expect(cycles.cycles.edges.map((e: any) => e.node.id)).toEqual([cycleId]);
    const wrong = await q(a.coordinator, `query($after: String) { calls(first: 1, after: $after) { totalCount } }`, {
      after: cycles.cycles.edges[0].cursor,
    });
    expect(wrong.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: 'after', code: 'INVALID_FORMAT' })]);
  });
});
