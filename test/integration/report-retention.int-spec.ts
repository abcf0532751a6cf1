import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { instantFor } from '../../src/core/orm/orm';
import { eventually } from '../support/fault-injection';
import { executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';

/* Finished reports are kept a month: the reconciler deletes older ones with their files, and the same request later makes the report again. */

let app: TestSystem;
beforeAll(async () => {
  app = await startTestSystem({}, { worker: true });
  await app.system.worker!.started;
});
afterAll(() => app?.stop());

const REQUEST = `mutation R($input: RequestReportInput!) { requestReport(input: $input) { reused report { id status } } }`;

async function request(token: string) {
  const res = await executeText(app.url, REQUEST, { input: { kind: 'CASELOAD', format: 'CSV' } }, { token });
  expect(res.errors).toBeUndefined();
  return (res.data as unknown as { requestReport: { reused: boolean; report: { id: string; status: string } } }).requestReport;
}

/** The ids in the person's own list of reports. */
async function listed(token: string): Promise<string[]> {
  const res = await executeText(app.url, `{ reports(first: 10) { edges { node { id } } } }`, undefined, { token });
  expect(res.errors).toBeUndefined();
  return (res.data as unknown as { reports: { edges: { node: { id: string } }[] } }).reports.edges.map((e) => e.node.id);
}

const ready = (token: string, id: string) =>
  eventually('el informe listo', async () => {
    const res = await executeText(app.url, `query Q($id: ID!) { report(id: $id) { status } }`, { id }, { token });
    return (res.data as unknown as { report: { status: string } | null }).report?.status === 'READY' || undefined;
  });

it('deletes reports finished over a month ago, with their files, and makes them again when asked', async () => {
  const token = await app.token(Role.COORDINATOR);
  const knex = app.system.orm.em.getKnex();
  const first = await request(token);
  await ready(token, first.report.id);
  const recent = await app.system.worker!.reconcile();
  expect(recent.purgedReports).toBe(0);
  expect(await listed(token)).toEqual([first.report.id]);
  // The API gives the report's global id; its row is keyed by the raw one.
  const key = fromGlobalId(first.report.id)!.key;
  const instant = instantFor(app.system.orm.em);
  const monthAgo = instant(new Date(Date.now() - 31 * 24 * 3600 * 1000));
  // Finished and last asked for over a month ago.
  await knex('report').where({ id: key }).update({ finished_at: monthAgo, requested_at: monthAgo });
  const result = await app.system.worker!.reconcile();
  expect(result.purgedReports).toBe(1);
  expect(await knex('report').where({ id: key }).first()).toBeUndefined();
  expect(await knex('report_file').where({ report_id: key }).first()).toBeUndefined();
  // Its requesters go with it: the coordinator's list of reports no longer has it.
  expect(await knex('report_requester').where({ report_id: key }).first()).toBeUndefined();
  expect(await listed(token)).toEqual([]);
  const again = await request(token);
  expect(again).toMatchObject({ reused: false, report: { id: first.report.id } });
  expect(await listed(token)).toEqual([first.report.id]);
  await ready(token, again.report.id);
});
