// Issue 16, classes 9 and 10: what a caller reads must not depend on data outside what they may
// see. A keyset cursor positions only among the rows the caller sees (an anchor forged from
// another application's id is refused before it can rank that application against the caller's),
// and a scoped report's id (its data's generation) moves only when data inside the scope moves.
import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { requestInput } from '../support/accompaniment';
import { applicationInCommittee, evaluatorToken, publishedCall, uniform, type Res } from '../support/cofinancing';
import { errorCode, executeText } from '../support/http';
import { requestReport } from '../support/reports';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { actors, municipalities, openProgramme, validatedAssessment, type Actors } from '../support/workflow';

let app: TestSystem;
let coordinator: string;
let cycleId: string;
let pool: string[];
let taken = 0;

beforeAll(async () => {
  app = await startTestSystem({ RELAY_POLL_MS: '50' }, { worker: true });
  coordinator = await app.token(Role.COORDINATOR);
  cycleId = (await openProgramme(app, coordinator)).cycleId;
  pool = await municipalities(app, 10);
});
afterAll(() => app?.stop());

async function entity(): Promise<Actors & { code: string }> {
  const code = pool[taken++];
  const who = await actors(app, code);
  await validatedAssessment(app, who, cycleId);
  return { ...who, code };
}

/** A cursor as the API writes them (base64url JSON of the ordering and its keys), forged by hand. */
const forge = (ordering: string, ...keys: string[]) => Buffer.from(JSON.stringify([ordering, ...keys])).toString('base64url');
/** The raw key (the case's uuid) a cursor carries, of a case's global id. */
const keyOf = (id: string): string => fromGlobalId(id)!.key;

describe('a score cursor forged from an application the caller does not see (class 9)', () => {
  let callId: string;
  let mine: Actors & { code: string };
  let ids: { mine: string; better: string; worse: string };

  beforeAll(async () => {
    callId = await publishedCall(app, coordinator, { title: 'Convocatoria de cursores' });
    const panel = (score: number, subject: string) => [{ subject, scores: uniform(score) }];
    mine = await entity();
    const [better, worse] = [await entity(), await entity()];
    ids = {
      better: await applicationInCommittee(app, better, callId, { panel: panel(90, 'eva.cursor.uno@mintic.gov.co') }),
      mine: await applicationInCommittee(app, mine, callId, { panel: panel(80, 'eva.cursor.dos@mintic.gov.co') }),
      worse: await applicationInCommittee(app, worse, callId, { panel: panel(70, 'eva.cursor.tres@mintic.gov.co') }),
    };
  });

  const page = (token: string, after: string | null, orderBy = 'SCORE_DESC'): Promise<Res> =>
    executeText(
      app.url,
      `query($id: ID!, $after: String, $orderBy: ApplicationOrderBy!) {
        call(id: $id) { applications(first: 10, after: $after, orderBy: $orderBy) { totalCount edges { node { case { id } } } } } }`,
      { id: callId, after, orderBy },
      { token },
    );

  it('refuses the anchor of another entity’s application, above or below the caller’s own, alike', async () => {
    for (const other of [ids.better, ids.worse]) {
      const res = await page(mine.member, forge('SCORE_DESC', keyOf(other)));
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toBe('Cursor inválido: use el endCursor de una página de esta misma consulta');
      expect(res.data?.call ?? null).toBeNull();
    }
    // A well-formed id of nothing at all reads the same.
    expect(errorCode(await page(mine.member, forge('SCORE_DESC', '00000000-0000-4000-8000-000000000000')))).toBe('BAD_USER_INPUT');
  });

  it('still pages from the caller’s own application, and the coordinator from any', async () => {
    const own = await page(mine.member, forge('SCORE_DESC', keyOf(ids.mine)));
    expect(own.errors).toBeUndefined();
    expect(own.data.call.applications).toMatchObject({ totalCount: 1, edges: [] });
    const all = await page(coordinator, forge('SCORE_DESC', keyOf(ids.better)));
    expect(all.errors).toBeUndefined();
    expect(all.data.call.applications.edges.map((e: { node: { case: { id: string } } }) => e.node.case.id)).toEqual([ids.mine, ids.worse]);
  });

  it('refuses an evaluator’s anchor outside their panel by creation order too, without revealing it', async () => {
    const evaluator = await evaluatorToken(app, 'eva.cursor.dos@mintic.gov.co');
    const res = await page(evaluator, forge('CREATED_AT_ASC', new Date(0).toISOString(), keyOf(ids.better)), 'CREATED_AT_ASC');
    // Creation instants are no secret of the scope: the page holds only the evaluator's own application.
    expect(res.errors).toBeUndefined();
    expect(res.data.call.applications.edges.map((e: { node: { case: { id: string } } }) => e.node.case.id)).toEqual([ids.mine]);
  });
});

describe('a scoped caseload report’s id (class 10)', () => {
  it('does not move when a case of another entity changes, and moves when one of its own does', async () => {
    const own = await entity();
    const other = await entity();
    const first = await requestReport(app, own.member, { kind: 'CASELOAD', format: 'CSV' });
    // Another entity files an accompaniment request: history grows outside the scope.
    const opened = await executeText(
      app.url,
      `mutation R($input: RequestAccompanimentInput!) { requestAccompaniment(input: $input) { case { id } } }`,
      { input: requestInput('ROADMAP') },
      { token: other.representative },
    );
    expect(opened.errors).toBeUndefined();
    const again = await requestReport(app, own.member, { kind: 'CASELOAD', format: 'CSV' });
    expect(again.report.id).toBe(first.report.id);
    expect(again.reused).toBe(true);
    // The coordinator's view covers every case: its report does move with that change.
    const all = await requestReport(app, coordinator, { kind: 'CASELOAD', format: 'CSV' });
    await executeText(
      app.url,
      `mutation R($input: RequestAccompanimentInput!) { requestAccompaniment(input: $input) { case { id } } }`,
      { input: requestInput('ROADMAP') },
      { token: own.representative },
    );
    const allAfter = await requestReport(app, coordinator, { kind: 'CASELOAD', format: 'CSV' });
    expect(allAfter.report.id).not.toBe(all.report.id);
    // And the entity's own does too, once its own case changed.
    const ownAfter = await requestReport(app, own.member, { kind: 'CASELOAD', format: 'CSV' });
    expect(ownAfter.report.id).not.toBe(first.report.id);
  });
});
