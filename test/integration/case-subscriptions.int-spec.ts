import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { StartAssessmentDocument } from '../graphql/generated';
import { execute, executeText } from '../support/http';
import { requestAndFollow } from '../support/reports';
import { listening, startTestSystem, type TestSystem } from '../support/test-system';
import { actors, drive, municipalities, openProgramme, type Actors } from '../support/workflow';

let app: TestSystem;
let cycleId: string;
let medellin: Actors;
let cali: Actors;
const clients: Client[] = [];

beforeAll(async () => {
  // With the worker: notifications and reports are made by its jobs.
  app = await startTestSystem({}, { worker: true });
  medellin = await actors(app, '05001');
  cali = await actors(app, '76001');
  ({ cycleId } = await openProgramme(app, medellin.coordinator));
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await app?.stop();
});

const QUERY = `subscription Changes($filter: CaseChangeFilter, $afterSeq: Int, $after: String) {
  caseChanged(filter: $filter, afterSeq: $afterSeq, after: $after) {
    caseId process entityCode seq event fromState toState version cursor
    case { id state stateLabel version final availableEvents { event mutation } }
  }
}`;

interface Change {
  caseId: string;
  entityCode: string;
  seq: number;
  event: string;
  toState: string;
  version: number;
  cursor: string;
  case: {
    id: string;
    state: string;
    stateLabel: string;
    version: number;
    final: boolean;
    availableEvents: { event: string; mutation: string }[];
  };
}

/** A graphql-ws subscriber that collects what it receives; resolves `ready` once the server acknowledged the connection. */
function subscribe(token: string | null, variables: Record<string, unknown> = {}) {
  const received: Change[] = [];
  const errors: unknown[] = [];
  let closed: { code: number } | null = null;
  let acknowledged!: () => void;
  const ready = new Promise<void>((resolve) => (acknowledged = resolve));
  const client = createClient({
    url: app.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    // A refused connection is what one test expects; the client would print it to the console.
    onNonLazyError: () => undefined,
    on: {
      connected: () => acknowledged(),
      closed: (event) => {
        closed = event as { code: number };
        acknowledged();
      },
    },
  });
  clients.push(client);
  client.subscribe<{ caseChanged: Change }>(
    { query: QUERY, variables },
    {
      next: (value) => {
        // A refused subscription is one result with errors (then complete), not an error message.
        if (value.errors) errors.push(value.errors);
        if (value.data) received.push(value.data.caseChanged);
      },
      error: (err) => errors.push(err),
      complete: () => undefined,
    },
  );
  return { received, errors, ready, closed: () => closed, client };
}

/** The subscribers of the case feed (each caseChanged subscription is one once its starting point is fixed). */
const feed = () => app.system.api.services.caseFeed;

/** Opens a maturity assessment for the entity; returns the case's id as the API gives it. */
async function startAssessment(token: string): Promise<string> {
  const started = await execute(app.url, StartAssessmentDocument, { input: { cycleId } }, { token });
  if (started.errors) throw new Error(started.errors[0].message);
  return started.data!.startAssessment.case.id;
}

/** What a list of changes says, compactly: [case id, event, seq]. */
const steps = (changes: Change[]) => changes.map((c) => [c.case.id, c.event, c.seq]);

/** Waits until `check` holds, polling the event loop (deliveries arrive over real sockets). */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!check()) throw new Error(`no llegó: ${what}`);
}

/** Medellín's and Cali's assessments from the first test, and the cursor of the first change of all. */
let medellinCase: string;
let caliCase: string;
let firstCursor: string;
/** The last change the scope test saw. */
let lastCursor: string;

describe('caseChanged over graphql-ws', () => {
  it('delivers each committed change to those allowed to see it, and never another entity’s', async () => {
    const events = feed();
    const before = events.listenerCount();
    const mine = subscribe(medellin.member);
    const theirs = subscribe(cali.member);
    const ministry = subscribe(medellin.coordinator, { filter: { entityCode: '05001' } });
    // The filters of `cases` apply too; `state` is the state a change arrives in.
    const submissions = subscribe(medellin.coordinator, { filter: { process: 'MATURITY_ASSESSMENT', state: 'submitted', cycleId } });
    await Promise.all([mine.ready, theirs.ready, ministry.ready, submissions.ready]);
    // The subscriptions are registered on the server before anything is committed.
    await listening(events, before, 4);

    const started = await execute(app.url, StartAssessmentDocument, { input: { cycleId } }, { token: medellin.member });
    const caseId = started.data!.startAssessment.case.id;
    await drive(app, medellin, 'MATURITY_ASSESSMENT', caseId, 'SUBMIT');
    await until(() => mine.received.length >= 2 && ministry.received.length >= 2, 'los dos cambios de Medellín');
    expect(mine.received.map((c) => [c.case.id, c.event, c.toState, c.version])).toEqual([
      [caseId, 'CREATED', 'draft', 1],
      [caseId, 'SUBMIT', 'submitted', 2],
    ]);
    expect(ministry.received.map((c) => c.event)).toEqual(['CREATED', 'SUBMIT']);
    await until(() => submissions.received.length >= 1, 'el envío');
    expect(submissions.received.map((c) => [c.case.id, c.event])).toEqual([[caseId, 'SUBMIT']]);

    // Each change carries the case itself, read for its subscriber: a cache updates from it alone.
    // The entity now waits; the coordinator sees the event it may send and the mutation that sends it.
    expect(mine.received[1].case).toEqual({
      id: caseId,
      state: 'submitted',
      stateLabel: expect.any(String),
      version: 2,
      final: false,
      availableEvents: [],
    });
    expect(ministry.received[1].case).toMatchObject({ id: caseId, state: 'submitted', version: 2 });
    expect(ministry.received[1].case.availableEvents).toContainEqual({ event: 'START_REVIEW', mutation: 'startAssessmentReview' });
    // The same object the `case` query gives.
    const read = await executeText(
      app.url,
      `query C($id: ID!) { case(id: $id) { id state stateLabel version final availableEvents { event mutation } } }`,
      { id: caseId },
      { token: medellin.member },
    );
    expect(read.data).toEqual({ case: mine.received[1].case });

    // Cali's subscriber receives its own change, and that is the first thing it ever received.
    const own = await startAssessment(cali.member);
    await until(() => theirs.received.length >= 1, 'el cambio de Cali');
    expect(theirs.received.map((c) => [c.entityCode, c.case.id])).toEqual([['76001', own]]);
    // The coordinator's filter keeps Cali's change out of its stream too.
    expect(ministry.received.every((c) => c.entityCode === '05001')).toBe(true);
    expect([...mine.errors, ...theirs.errors, ...ministry.errors, ...submissions.errors]).toEqual([]);
    medellinCase = caseId;
    caliCase = own;
    firstCursor = mine.received[0].cursor;
  });

  it('refuses a connection without a valid token', async () => {
    const anonymous = subscribe(null);
    await anonymous.ready;
    await until(() => anonymous.closed() !== null, 'el cierre de la conexión');
    expect(anonymous.closed()!.code).toBe(4403);
    const forged = subscribe('not-a-token');
    await forged.ready;
    await until(() => forged.closed() !== null, 'el cierre de la conexión');
    expect(forged.closed()!.code).toBe(4403);
  });

  it('a subscriber that reconnects with the last cursor it saw first receives exactly what it missed, in order, then live changes', async () => {
    const before = feed().listenerCount();
    const first = subscribe(medellin.coordinator, { filter: { entityCode: '05001' } });
    await first.ready;
    await listening(feed(), before, 1);
    await drive(app, medellin, 'MATURITY_ASSESSMENT', medellinCase, 'START_REVIEW');
    await until(() => first.received.length >= 1, 'el inicio de la revisión');
    const seen = first.received.at(-1)!;
    expect([seen.event, seen.seq]).toEqual(['START_REVIEW', 3]);
    await first.client.dispose();
    await until(() => feed().listenerCount() === before, 'que el servidor soltara la suscripción');

    // Missed while away: two changes of Medellín's case, and one of Cali's that its filter leaves out.
    await drive(app, medellin, 'MATURITY_ASSESSMENT', medellinCase, 'REQUEST_CHANGES');
    await drive(app, cali, 'MATURITY_ASSESSMENT', caliCase, 'SUBMIT');
    await drive(app, medellin, 'MATURITY_ASSESSMENT', medellinCase, 'RESUBMIT');

    const again = subscribe(medellin.coordinator, { filter: { entityCode: '05001' }, after: seen.cursor });
    await again.ready;
    await until(() => again.received.length >= 2, 'los cambios perdidos');
    await listening(feed(), before, 1);
    expect(steps(again.received)).toEqual([
      [medellinCase, 'REQUEST_CHANGES', 4],
      [medellinCase, 'RESUBMIT', 5],
    ]);
    // Then live ones, without a gap or a repeat.
    await drive(app, medellin, 'MATURITY_ASSESSMENT', medellinCase, 'START_REVIEW');
    await until(() => again.received.length >= 3, 'el cambio en vivo');
    await drive(app, cali, 'MATURITY_ASSESSMENT', caliCase, 'START_REVIEW');
    await drive(app, medellin, 'MATURITY_ASSESSMENT', medellinCase, 'VALIDATE');
    await until(() => again.received.length >= 4, 'la validación');
    expect(steps(again.received)).toEqual([
      [medellinCase, 'REQUEST_CHANGES', 4],
      [medellinCase, 'RESUBMIT', 5],
      [medellinCase, 'START_REVIEW', 6],
      [medellinCase, 'VALIDATE', 7],
    ]);
    // Each cursor is after the one before (they are positions in one order of every case's changes).
    expect(new Set(again.received.map((c) => c.cursor)).size).toBe(4);
    expect(again.received.at(-1)!.case).toMatchObject({ state: 'validated', version: 7, final: true, availableEvents: [] });
    expect(again.errors).toEqual([]);
  });

  it('resumes one case from the version a client loaded (afterSeq), and then follows it', async () => {
    // Cali's case stands at version 3 (under review); one client loaded it at version 2, another at 3.
    const before = feed().listenerCount();
    const behind = subscribe(cali.member, { filter: { caseId: caliCase }, afterSeq: 2 });
    const current = subscribe(cali.member, { filter: { caseId: caliCase }, afterSeq: 3 });
    await Promise.all([behind.ready, current.ready]);
    await listening(feed(), before, 2);
    await until(() => behind.received.length >= 1, 'el cambio que faltaba');
    expect(steps(behind.received)).toEqual([[caliCase, 'START_REVIEW', 3]]);

    await drive(app, cali, 'MATURITY_ASSESSMENT', caliCase, 'REQUEST_CHANGES');
    await drive(app, cali, 'MATURITY_ASSESSMENT', caliCase, 'RESUBMIT');
    await until(() => behind.received.length >= 3 && current.received.length >= 2, 'los cambios en vivo');
    expect(steps(behind.received)).toEqual([
      [caliCase, 'START_REVIEW', 3],
      [caliCase, 'REQUEST_CHANGES', 4],
      [caliCase, 'RESUBMIT', 5],
    ]);
    expect(steps(current.received)).toEqual([
      [caliCase, 'REQUEST_CHANGES', 4],
      [caliCase, 'RESUBMIT', 5],
    ]);
    expect(behind.received.at(-1)!.case).toMatchObject({ id: caliCase, state: 'resubmitted', version: 5 });
    expect([...behind.errors, ...current.errors]).toEqual([]);
  });

  it('an entity token replays only its own history, whatever cursor, case or filter it passes', async () => {
    const before = feed().listenerCount();
    // Everything after the suite's first change (Medellín's case opened): both entities' changes.
    const everything = subscribe(medellin.coordinator, { after: firstCursor });
    const caliFromStart = subscribe(cali.member, { after: firstCursor });
    const caliOnMedellin = subscribe(cali.member, { filter: { caseId: medellinCase }, afterSeq: 0 });
    const caliAsMedellin = subscribe(cali.member, { filter: { entityCode: '05001' }, after: firstCursor });
    await Promise.all([everything.ready, caliFromStart.ready, caliOnMedellin.ready, caliAsMedellin.ready]);
    await listening(feed(), before, 4);
    await until(() => everything.received.length >= 11 && caliFromStart.received.length >= 5, 'las historias');
    expect(everything.received.filter((c) => c.entityCode === '05001').map((c) => c.seq)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(everything.received.filter((c) => c.entityCode === '76001').map((c) => c.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(caliFromStart.received.map((c) => [c.entityCode, c.seq])).toEqual([1, 2, 3, 4, 5].map((seq) => ['76001', seq]));

    // A live change of Cali's reaches the coordinator and Cali; the other two never receive anything.
    await drive(app, cali, 'MATURITY_ASSESSMENT', caliCase, 'START_REVIEW');
    await until(() => everything.received.length >= 12 && caliFromStart.received.length >= 6, 'el cambio de Cali en vivo');
    expect(steps([caliFromStart.received.at(-1)!])).toEqual([[caliCase, 'START_REVIEW', 6]]);
    expect(caliOnMedellin.received).toEqual([]);
    expect(caliAsMedellin.received).toEqual([]);
    expect([...everything.errors, ...caliFromStart.errors, ...caliOnMedellin.errors, ...caliAsMedellin.errors]).toEqual([]);
    lastCursor = everything.received.at(-1)!.cursor;
  });

  it('replays at most 100 missed changes: past that the subscription is refused, and the client refetches', async () => {
    // 101 assessments opened (by the service the mutation calls, to keep the test short).
    const codes = (await municipalities(app, 110)).filter((c) => c !== '05001' && c !== '76001').slice(0, 101);
    const { cases, directory } = app.system.api.services;
    const draft = { process: 'MATURITY_ASSESSMENT', cycleId: fromGlobalId(cycleId)?.key ?? cycleId, callId: null } as const;
    for (const code of codes) {
      await cases.open({ subject: `member@${code}`, role: Role.ENTITY_MEMBER, entityCode: code }, directory, `test-${code}`, draft, null);
    }
    const tooMany = subscribe(medellin.coordinator, { after: lastCursor });
    await until(() => tooMany.errors.length > 0, 'el rechazo');
    expect(tooMany.errors[0]).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'PRECONDITION_FAILED', rule: 'TOO_MANY_MISSED_CHANGES' }) }),
    ]);
    expect(tooMany.received).toEqual([]);
    // The bound counts the changes the subscriber would receive, not every change.
    const one = subscribe(medellin.coordinator, { filter: { entityCode: codes[100] }, after: lastCursor });
    await until(() => one.received.length >= 1, 'el único cambio de esa entidad');
    expect(one.received.map((c) => [c.entityCode, c.event])).toEqual([[codes[100], 'CREATED']]);
    expect(one.errors).toEqual([]);
  });

  it('refuses afterSeq without a case, afterSeq with after, and a cursor it did not give', async () => {
    const cases = [
      { afterSeq: 1 },
      { filter: { caseId: caliCase }, afterSeq: -1 },
      { filter: { caseId: 'not-an-id' }, afterSeq: 0 },
      { filter: { caseId: caliCase }, afterSeq: 1, after: firstCursor },
      { after: 'not-a-cursor' },
      { after: Buffer.from('CaseChange:-1').toString('base64url') },
    ];
    const refused = cases.map((variables) => subscribe(medellin.coordinator, variables));
    await until(() => refused.every((r) => r.errors.length > 0), 'los rechazos');
    for (const r of refused) {
      const [errors] = r.errors as { extensions: { code: string; problems: { path: string }[] } }[][];
      expect(errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(['afterSeq', 'after', 'filter.caseId']).toContain(errors[0].extensions.problems[0].path);
    }
  });
});

describe('notificationAdded and reportUpdated deliver their objects', () => {
  it('notificationAdded delivers the Notification the notifications query lists, with its id', async () => {
    const FIELDS = 'id kind caseId audience title body createdAt read readAt';
    const events = app.system.api.services.notificationEvents;
    const before = events.listenerCount();
    const pushed: unknown[] = [];
    const errors: unknown[] = [];
    let acknowledged!: () => void;
    const ready = new Promise<void>((resolve) => (acknowledged = resolve));
    const client = createClient({
      url: app.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${cali.member}` },
      retryAttempts: 0,
      lazy: false,
      on: { connected: () => acknowledged() },
    });
    clients.push(client);
    client.subscribe<{ notificationAdded: { id: string } }>(
      { query: `subscription { notificationAdded { ${FIELDS} } }` },
      { next: (v) => v.data && pushed.push(v.data.notificationAdded), error: (e) => errors.push(e), complete: () => undefined },
    );
    await ready;
    await listening(events, before, 1);
    // The coordinator validates Cali's assessment: the worker tells Cali's users.
    await drive(app, cali, 'MATURITY_ASSESSMENT', caliCase, 'VALIDATE');
    await until(() => pushed.length >= 1, 'la notificación');
    const listed = await executeText(
      app.url,
      `query { notifications(first: 20) { edges { node { ${FIELDS} } } } }`,
      {},
      { token: cali.member },
    );
    expect(listed.errors).toBeUndefined();
    const nodes = (listed.data as unknown as { notifications: { edges: { node: { id: string } }[] } }).notifications.edges.map(
      (e) => e.node,
    );
    expect(nodes).toContainEqual(pushed[0]);
    expect(errors).toEqual([]);
  });

  it('reportUpdated delivers the Report the report query gives, with its id, until it is ready', async () => {
    const followed = await requestAndFollow(app, medellin.coordinator, { kind: 'CASELOAD', format: 'CSV' });
    expect(followed.updates[0].id).toBe(followed.requested.id);
    expect(followed.updates.at(-1)).toEqual(followed.report);
    expect(followed.report).toMatchObject({ id: followed.requested.id, status: 'READY' });
    expect(followed.file.status).toBe(200);
  });
});
