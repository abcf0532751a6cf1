import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

import { StartAssessmentDocument } from '../graphql/generated';
import { execute } from '../support/http';
import { listening, startTestSystem, type TestSystem } from '../support/test-system';
import { actors, drive, openProgramme } from '../support/workflow';

let app: TestSystem;
let cycleId: string;
const clients: Client[] = [];

beforeAll(async () => {
  app = await startTestSystem();
  ({ cycleId } = await openProgramme(app, (await actors(app, '05001')).coordinator));
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await app?.stop();
});

const QUERY = `subscription Changes($filter: CaseChangeFilter) { caseChanged(filter: $filter) { caseId process entityCode seq event fromState toState version } }`;

interface Change {
  caseId: string;
  entityCode: string;
  event: string;
  toState: string;
  version: number;
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
      next: (value) => value.data && received.push(value.data.caseChanged),
      error: (err) => errors.push(err),
      complete: () => undefined,
    },
  );
  return { received, errors, ready, closed: () => closed };
}

/** Waits until `check` holds, polling the event loop (deliveries arrive over real sockets). */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!check()) throw new Error(`no llegó: ${what}`);
}

describe('caseChanged over graphql-ws', () => {
  it('delivers each committed change to those allowed to see it, and never another entity’s', async () => {
    const medellin = await actors(app, '05001');
    const cali = await actors(app, '76001');
    const events = app.system.api.services.caseEvents;
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
    expect(mine.received.map((c) => [c.caseId, c.event, c.toState, c.version])).toEqual([
      [caseId, 'CREATED', 'draft', 1],
      [caseId, 'SUBMIT', 'submitted', 2],
    ]);
    expect(ministry.received.map((c) => c.event)).toEqual(['CREATED', 'SUBMIT']);
    await until(() => submissions.received.length >= 1, 'el envío');
    expect(submissions.received.map((c) => [c.caseId, c.event])).toEqual([[caseId, 'SUBMIT']]);

    // Cali's subscriber receives its own change, and that is the first thing it ever received.
    const own = await execute(app.url, StartAssessmentDocument, { input: { cycleId } }, { token: cali.member });
    await until(() => theirs.received.length >= 1, 'el cambio de Cali');
    expect(theirs.received.map((c) => [c.entityCode, c.caseId])).toEqual([['76001', own.data!.startAssessment.case.id]]);
    // The coordinator's filter keeps Cali's change out of its stream too.
    expect(ministry.received.every((c) => c.entityCode === '05001')).toBe(true);
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
});
