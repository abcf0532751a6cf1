/* eslint-disable @typescript-eslint/no-explicit-any -- raw GraphQL answers, read loosely */
// The reports centre's list (`reports`): a person's own reports, newest request first, with the
// same visibility as `report(id)`. Another person's reports are never listed, not even a
// coordinator's to another coordinator who may read them by id; a report reused from another
// person's equal request is in both lists; a report of a view the person no longer has drops out.
// Relay pages with totalCount; bad arguments refused with problems.
import { Role } from '../../src/core/auth/principal';
import { executeText, dataOf as ok } from '../support/http';
import { requestReport } from '../support/reports';
import { personToken, startTestSystem, type TestSystem } from '../support/test-system';
import { actors, municipalities } from '../support/workflow';

jest.setTimeout(120_000);

let app: TestSystem;
let medellinMember: string;
let medellinRepresentative: string;
let otherRepresentative: string;
let coordinator: string;
let secondCoordinator: string;
let other: string;

const LIST = `query L($first: Int, $after: String) {
  reports(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id kind format title status } }
  }
}`;
const READ = `query R($id: ID!) { report(id: $id) { id } node(id: $id) { id } }`;

const gql = (token: string | undefined, query: string, variables?: unknown) => executeText(app.url, query, variables, { token });
const list = async (token: string, first = 100, after?: string) => ok(await gql(token, LIST, { first, after })).reports;
const ids = async (token: string) => (await list(token)).edges.map((e: any) => e.node.id);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  // No worker: the reports stay QUEUED, which is all a list needs.
  app = await startTestSystem();
  [other] = (await municipalities(app, 3)).filter((c) => c !== '05001');
  const medellin = await actors(app, '05001');
  medellinMember = medellin.member;
  medellinRepresentative = medellin.representative;
  coordinator = medellin.coordinator;
  otherRepresentative = await app.token(Role.ENTITY_REPRESENTATIVE, other);
  secondCoordinator = await personToken(app, { sub: 'segunda.coordinadora@test', role: Role.COORDINATOR });
});
afterAll(() => app?.stop());

describe('reports', () => {
  let csv: string;
  let xlsx: string;
  let pdf: string;
  let otherEntity: string;
  let coordinators: string;

  it('starts empty, and lists a person’s requests newest first (asking again moves one to the top)', async () => {
    expect(await list(medellinMember)).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      edges: [],
    });
    csv = (await requestReport(app, medellinMember, { kind: 'CASELOAD', format: 'CSV' })).report.id;
    await pause(5);
    xlsx = (await requestReport(app, medellinMember, { kind: 'CASELOAD', format: 'XLSX' })).report.id;
    await pause(5);
    pdf = (await requestReport(app, medellinMember, { kind: 'CASELOAD', format: 'PDF' })).report.id;
    const page = await list(medellinMember);
    expect(page.totalCount).toBe(3);
    expect(page.edges.map((e: any) => e.node.id)).toEqual([pdf, xlsx, csv]);
    expect(page.edges[0].node).toMatchObject({ kind: 'CASELOAD', format: 'PDF', status: 'QUEUED' });
    expect(page.edges[0].node.title).toContain('MEDELL');
    await pause(5);
    expect((await requestReport(app, medellinMember, { kind: 'CASELOAD', format: 'CSV' })).reused).toBe(true);
    expect(await ids(medellinMember)).toEqual([csv, pdf, xlsx]);
  });

  it('pages with Relay cursors and totalCount', async () => {
    const first = await list(medellinMember, 2);
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.edges.map((e: any) => e.node.id)).toEqual([csv, pdf]);
    expect(first.pageInfo.endCursor).toBe(first.edges[1].cursor);
    const second = await list(medellinMember, 2, first.pageInfo.endCursor);
    expect(second.totalCount).toBe(3);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(second.edges.map((e: any) => e.node.id)).toEqual([xlsx]);
    // first: 0 counts without listing.
    expect(await list(medellinMember, 0)).toMatchObject({ totalCount: 3, edges: [], pageInfo: { hasNextPage: true } });
  });

  it('lists a report reused from another person’s equal request for both, and for nobody else', async () => {
    // The representative sees the same data as the member (ENTITY:05001): the member's report is reused.
    const again = await requestReport(app, medellinRepresentative, { kind: 'CASELOAD', format: 'XLSX' });
    expect(again).toMatchObject({ reused: true, report: { id: xlsx } });
    expect(await ids(medellinRepresentative)).toEqual([xlsx]);
    expect(await ids(medellinMember)).toEqual([csv, pdf, xlsx]);

    otherEntity = (await requestReport(app, otherRepresentative, { kind: 'CASELOAD', format: 'CSV' })).report.id;
    expect(otherEntity).not.toBe(csv);
    expect(await ids(otherRepresentative)).toEqual([otherEntity]);
    // Neither entity's list, nor its reads by id, reach the other's report.
    expect(await ids(medellinMember)).not.toContain(otherEntity);
    expect(await ids(medellinRepresentative)).not.toContain(otherEntity);
    expect(ok(await gql(medellinMember, READ, { id: otherEntity }))).toEqual({ report: null, node: null });
    expect(ok(await gql(otherRepresentative, READ, { id: csv }))).toEqual({ report: null, node: null });
    // Nor do a coordinator's: their view (ALL) is not the entity's, and they requested nothing yet.
    expect(ok(await gql(coordinator, READ, { id: csv }))).toEqual({ report: null, node: null });
    expect(await list(coordinator)).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('gives a coordinator only their own reports, though report(id) serves them another coordinator’s', async () => {
    coordinators = (await requestReport(app, coordinator, { kind: 'CASELOAD', format: 'CSV' })).report.id;
    expect(await ids(coordinator)).toEqual([coordinators]);
    // The same view (ALL): report(id) and node(id) read it, as they always did ...
    expect(ok(await gql(secondCoordinator, READ, { id: coordinators }))).toEqual({
      report: { id: coordinators },
      node: { id: coordinators },
    });
    // ... but it is not the second coordinator's report, so their list stays empty,
    expect(await list(secondCoordinator)).toMatchObject({ totalCount: 0, edges: [] });
    // until they ask for it themselves.
    expect((await requestReport(app, secondCoordinator, { kind: 'CASELOAD', format: 'CSV' })).reused).toBe(true);
    expect(await ids(secondCoordinator)).toEqual([coordinators]);
    expect(await ids(coordinator)).toEqual([coordinators]);
    // No entity's list holds the coordinators' report.
    for (const token of [medellinMember, medellinRepresentative, otherRepresentative]) expect(await ids(token)).not.toContain(coordinators);
  });

  it('drops a report whose view the person no longer has (they moved to another entity)', async () => {
    // The representative's subject now belongs to the other entity's directory entry: ENTITY:05001 is not theirs.
    const moved = await personToken(app, { sub: 'entity_representative@test', role: Role.ENTITY_MEMBER, entityCode: other });
    expect(ok(await gql(moved, READ, { id: xlsx }))).toEqual({ report: null, node: null });
    expect(await list(moved)).toMatchObject({ totalCount: 0, edges: [] });
    // The member, still of Medellín, keeps all of theirs.
    expect((await list(medellinMember)).totalCount).toBe(3);
  });

  it('refuses bad arguments with problems, and anyone without a token', async () => {
    const refusal = async (variables: Record<string, unknown>) => {
      const res = await gql(medellinMember, LIST, variables);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return res.errors![0].extensions!.problems;
    };
    expect(await refusal({ first: -1 })).toEqual([{ path: 'first', code: 'OUT_OF_RANGE', message: 'no puede ser negativo' }]);
    expect(await refusal({ first: 101 })).toEqual([{ path: 'first', code: 'OUT_OF_RANGE', message: 'no puede ser mayor que 100' }]);
    const invalid = [
      { path: 'after', code: 'INVALID_FORMAT', message: 'Cursor inválido: use el endCursor de una página de esta misma consulta' },
    ];
    expect(await refusal({ after: 'no-es-un-cursor' })).toEqual(invalid);
    // A cursor of another list, or one whose instant is not a number, is not this list's.
    const foreign = Buffer.from(JSON.stringify(['invitations:created-desc', '1', csv])).toString('base64url');
    expect(await refusal({ after: foreign })).toEqual(invalid);
    const forged = Buffer.from(JSON.stringify(['reports:requested-desc', 'mañana', csv])).toString('base64url');
    expect(await refusal({ after: forged })).toEqual(invalid);
    const anonymous = await gql(undefined, LIST, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data ?? null).toBeNull();
  });
});
