import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

import { StartAssessmentDocument } from '../graphql/generated';
import { dataOf, execute, executeText } from '../support/http';
import { listening, startTestSystem, type TestSystem } from '../support/test-system';
import { actors, drive, openProgramme, type Actors } from '../support/workflow';

/**
 * `CaseConnection.feedCursor`: the case-change feed's position taken before `cases` reads its
 * list, so a board that loads the list and then subscribes with `caseChanged(after: feedCursor)`
 * receives every change committed after the read, and none committed before it.
 */

let app: TestSystem;
let cycleId: string;
let medellin: Actors;
let cali: Actors;
const clients: Client[] = [];

beforeAll(async () => {
  app = await startTestSystem();
  medellin = await actors(app, '05001');
  cali = await actors(app, '76001');
  ({ cycleId } = await openProgramme(app, medellin.coordinator));
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await app?.stop();
});

const BOARD = `query Board($filter: CaseFilter, $first: Int, $after: String) {
  cases(filter: $filter, first: $first, after: $after) {
    totalCount feedCursor
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id entityCode state version } }
  }
}`;

interface Board {
  cases: {
    totalCount: number;
    feedCursor: string;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; entityCode: string; state: string; version: number } }[];
  };
}

const SUBSCRIPTION = `subscription Changes($filter: CaseChangeFilter, $after: String) {
  caseChanged(filter: $filter, after: $after) { caseId entityCode seq event cursor case { id state version } }
}`;

interface Change {
  caseId: string;
  entityCode: string;
  seq: number;
  event: string;
  cursor: string;
  case: { id: string; state: string; version: number };
}

/** A graphql-ws subscriber that collects what it receives (and the errors of a refused subscription). */
async function subscribe(token: string, variables: Record<string, unknown>) {
  const received: Change[] = [];
  const errors: unknown[] = [];
  let connected!: () => void;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const client = createClient({
    url: app.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    on: { connected: () => connected() },
  });
  clients.push(client);
  client.subscribe<{ caseChanged: Change }>(
    { query: SUBSCRIPTION, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(value.errors);
        if (value.data) received.push(value.data.caseChanged);
      },
      error: (err) => errors.push(err),
      complete: () => undefined,
    },
  );
  await ready;
  return { received, errors, client };
}

const feed = () => app.system.api.services.caseFeed;
const knex = () => app.system.orm.em.getKnex();

/** History rows committed but not yet given a feed position (nobody was following the feed). */
async function unstamped(): Promise<number> {
  const [{ n }] = (await knex()('case_history').whereNull('global_seq').count({ n: '*' })) as { n: unknown }[];
  return Number(n);
}

async function startAssessment(token: string): Promise<string> {
  const res = await execute(app.url, StartAssessmentDocument, { input: { cycleId } }, { token });
  if (res.errors) throw new Error(res.errors[0].message);
  return res.data!.startAssessment.case.id;
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!check()) throw new Error(`no llegó: ${what}`);
}

const steps = (changes: Change[]) => changes.map((c) => [c.case.id, c.event, c.seq]);

let medellinCase: string;
let caliCase: string;

describe('cases { feedCursor } then caseChanged(after: feedCursor)', () => {
  it('a board that loads the list and then subscribes misses no change made in between, and receives nothing from before the list', async () => {
    medellinCase = await startAssessment(medellin.member);
    caliCase = await startAssessment(cali.member);
    // Nobody follows the feed yet, so these changes have no position: the cursor must still be after them.
    expect(feed().listenerCount()).toBe(0);
    expect(await unstamped()).toBeGreaterThan(0);

    // A list that does not ask for the cursor leaves the feed alone.
    dataOf(await executeText(app.url, `{ cases(first: 5) { totalCount } }`, {}, { token: medellin.coordinator }));
    expect(await unstamped()).toBeGreaterThan(0);

    const board = dataOf<Board>(await executeText(app.url, BOARD, { first: 10 }, { token: medellin.coordinator })).cases;
    expect(board.totalCount).toBe(2);
    expect(board.edges.map((e) => [e.node.id, e.node.state, e.node.version]).sort()).toEqual(
      [
        [medellinCase, 'draft', 1],
        [caliCase, 'draft', 1],
      ].sort(),
    );
    expect(typeof board.feedCursor).toBe('string');
    expect(await unstamped()).toBe(0);

    // Between the query and the subscription: Medellín submits, Cali's entity submits.
    await drive(app, medellin, 'MATURITY_ASSESSMENT', medellinCase, 'SUBMIT');
    await drive(app, cali, 'MATURITY_ASSESSMENT', caliCase, 'SUBMIT');

    const before = feed().listenerCount();
    const live = await subscribe(medellin.coordinator, { after: board.feedCursor });
    await until(() => live.received.length >= 2, 'los cambios posteriores a la consulta');
    await listening(feed(), before, 1);
    // Exactly the two submissions: the creations the list already showed are not sent again.
    expect(steps(live.received).sort()).toEqual(
      [
        [medellinCase, 'SUBMIT', 2],
        [caliCase, 'SUBMIT', 2],
      ].sort(),
    );
    // Then live changes, once each.
    await drive(app, medellin, 'MATURITY_ASSESSMENT', medellinCase, 'START_REVIEW');
    await until(() => live.received.length >= 3, 'el cambio en vivo');
    await new Promise((r) => setTimeout(r, 200));
    expect(steps(live.received.slice(2))).toEqual([[medellinCase, 'START_REVIEW', 3]]);
    expect(live.received.at(-1)!.case).toMatchObject({ id: medellinCase, state: 'underReview', version: 3 });
    expect(live.errors).toEqual([]);
    await live.client.dispose();
    await until(() => feed().listenerCount() === before, 'que el servidor soltara la suscripción');
  });

  it('with nothing changed since the query, the subscription replays nothing; the cursor equals the last change’s own cursor', async () => {
    const watcher = await subscribe(medellin.coordinator, {});
    await listening(feed(), 0, 1);
    await drive(app, cali, 'MATURITY_ASSESSMENT', caliCase, 'START_REVIEW');
    await until(() => watcher.received.length >= 1, 'el cambio de Cali');
    const board = dataOf<Board>(await executeText(app.url, BOARD, { first: 1 }, { token: medellin.coordinator })).cases;
    expect(board.feedCursor).toBe(watcher.received[0].cursor);
    await watcher.client.dispose();
    await until(() => feed().listenerCount() === 0, 'que el servidor soltara la suscripción');

    const quiet = await subscribe(medellin.coordinator, { after: board.feedCursor });
    await listening(feed(), 0, 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(quiet.received).toEqual([]);
    expect(quiet.errors).toEqual([]);
    await quiet.client.dispose();
    await until(() => feed().listenerCount() === 0, 'que el servidor soltara la suscripción');
  });

  it('an entity’s board lists and replays only its own cases, whatever filter it passes', async () => {
    const own = dataOf<Board>(await executeText(app.url, BOARD, {}, { token: cali.member })).cases;
    expect(own.edges.map((e) => e.node.entityCode)).toEqual(['76001']);
    expect(own.totalCount).toBe(1);
    const asMedellin = dataOf<Board>(await executeText(app.url, BOARD, { filter: { entityCode: '05001' } }, { token: cali.member })).cases;
    expect(asMedellin).toMatchObject({ totalCount: 0, edges: [] });

    // Both entities change after Cali's query; Cali's subscribers receive Cali's change only.
    await drive(app, medellin, 'MATURITY_ASSESSMENT', medellinCase, 'REQUEST_CHANGES');
    await drive(app, cali, 'MATURITY_ASSESSMENT', caliCase, 'REQUEST_CHANGES');
    const mine = await subscribe(cali.member, { after: own.feedCursor });
    const theirs = await subscribe(cali.member, { filter: { entityCode: '05001' }, after: asMedellin.feedCursor });
    const theirCase = await subscribe(cali.member, { filter: { caseId: medellinCase }, after: own.feedCursor });
    await listening(feed(), 0, 3);
    await until(() => mine.received.length >= 1, 'el cambio de Cali');
    await new Promise((r) => setTimeout(r, 300));
    expect(steps(mine.received)).toEqual([[caliCase, 'REQUEST_CHANGES', 4]]);
    expect(theirs.received).toEqual([]);
    expect(theirCase.received).toEqual([]);
    expect([...mine.errors, ...theirs.errors, ...theirCase.errors]).toEqual([]);
    await Promise.all([mine, theirs, theirCase].map((s) => s.client.dispose()));
    await until(() => feed().listenerCount() === 0, 'que el servidor soltara las suscripciones');
  });

  it('every page of a paginated list carries the cursor, with totalCount and Relay cursors as before', async () => {
    const first = dataOf<Board>(await executeText(app.url, BOARD, { first: 1 }, { token: medellin.coordinator })).cases;
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = dataOf<Board>(
      await executeText(app.url, BOARD, { first: 1, after: first.pageInfo.endCursor }, { token: medellin.coordinator }),
    ).cases;
    expect(second).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false } });
    expect(second.edges[0].node.id).not.toBe(first.edges[0].node.id);
    // Nothing changed between the pages: the same position.
    expect(second.feedCursor).toBe(first.feedCursor);
    // An empty page still says where the feed is, and a fragment asks for it as well as a field does.
    const empty = dataOf<{ cases: { edges: unknown[]; feedCursor: string } }>(
      await executeText(
        app.url,
        `query { cases(first: 0) { ...Feed edges { cursor } } } fragment Feed on CaseConnection { feedCursor }`,
        {},
        { token: medellin.coordinator },
      ),
    ).cases;
    expect(empty).toEqual({ edges: [], feedCursor: first.feedCursor });
  });

  it('refuses a list cursor as a feed cursor and the other way round, with the problem on `after`', async () => {
    const board = dataOf<Board>(await executeText(app.url, BOARD, { first: 1 }, { token: medellin.coordinator })).cases;
    const listCursorAsFeed = await subscribe(medellin.coordinator, { after: board.pageInfo.endCursor });
    await until(() => listCursorAsFeed.errors.length > 0, 'el rechazo');
    const [errors] = listCursorAsFeed.errors as { extensions: { code: string; problems: { path: string; code: string }[] } }[][];
    expect(errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors[0].extensions.problems).toEqual([expect.objectContaining({ path: 'after', code: 'INVALID_FORMAT' })]);
    expect(listCursorAsFeed.received).toEqual([]);

    const feedAsListCursor = await executeText(app.url, BOARD, { first: 1, after: board.feedCursor }, { token: medellin.coordinator });
    expect(feedAsListCursor.data ?? null).toBeNull();
    expect(feedAsListCursor.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [expect.objectContaining({ path: 'after', code: 'INVALID_FORMAT' })],
    });
  });

  it('needs a token, like the list itself', async () => {
    const res = await executeText(app.url, BOARD, {});
    expect(res.data ?? null).toBeNull();
    expect(res.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
