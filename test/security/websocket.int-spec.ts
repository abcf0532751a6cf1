// Issue 16 over graphql-ws: malformed authorization (class 7), subscriptions that outlive their token
// or their principal (class 6), tokens of entities that do not exist (class 8), and the API's error
// masking on operations run over the WebSocket (class 3).
import { SignJWT } from 'jose';
import WebSocket from 'ws';

import { Role } from '../../src/core/auth/principal';
import type { DirectorySnapshot } from '../../src/modules/territorial-entities/territorial-entity.service';
import { StartAssessmentDocument } from '../graphql/generated';
import { execute } from '../support/http';
import { listening, startTestSystem, TEST_JWT_SECRET, type TestSystem } from '../support/test-system';
import { actors, drive, openProgramme } from '../support/workflow';

let app: TestSystem;
let cycleId: string;
const sockets: WebSocket[] = [];

beforeAll(async () => {
  app = await startTestSystem();
  ({ cycleId } = await openProgramme(app, await app.token(Role.COORDINATOR)));
});
afterEach(() => jest.restoreAllMocks());
afterAll(async () => {
  for (const ws of sockets) ws.terminate();
  await app?.stop();
});

const REFUSED = 'No autenticado: token ausente o inválido';
const EXPIRED = 'El token expiró: solicite uno nuevo';
const SUBSCRIPTION = 'subscription { caseChanged { caseId entityCode event toState } }';

interface Message {
  id?: string;
  type: string;
  payload?: unknown;
}

/** A raw graphql-transport-ws connection sending `connectionParams` as its init payload. */
function connect(connectionParams: unknown) {
  const ws = new WebSocket(app.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
  sockets.push(ws);
  const messages: Message[] = [];
  ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: connectionParams })));
  ws.on('message', (data) => messages.push(JSON.parse(String(data))));
  ws.on('error', () => undefined);
  const closed = new Promise<{ code: number; reason: string; at: number }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString(), at: Date.now() })),
  );
  let closedYet = false;
  void closed.then(() => (closedYet = true));
  return {
    messages,
    closed,
    isClosed: () => closedYet,
    acknowledged: () => messages.some((m) => m.type === 'connection_ack'),
    send: (m: Message) => ws.send(JSON.stringify(m)),
    events: (id: string) =>
      messages
        .filter((m) => m.id === id && m.type === 'next')
        .map((m) => (m.payload as { data: { caseChanged: { event: string } } }).data.caseChanged.event),
  };
}

async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  for (let i = 0; i < ms / 25 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!check()) throw new Error(`no llegó: ${what}`);
}

const now = () => Math.floor(Date.now() / 1000);
const sign = (claims: Record<string, unknown>, iat: number, exp: number) =>
  new SignJWT({ sub: 'someone@test', ...claims, iat, exp })
    .setProtectedHeader({ alg: 'HS256' })
    .sign(new TextEncoder().encode(TEST_JWT_SECRET));

/** Spies that must stay silent: an abusive client is not an internal error. */
function internalLogs() {
  const logged = jest.spyOn(app.system.logger, 'error');
  const printed = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  return () => [...logged.mock.calls, ...printed.mock.calls];
}

describe('malformed authorization on the WebSocket (class 7)', () => {
  it.each([
    ['a Basic header', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['an object as authorization', { authorization: { token: 'x' } }],
    ['a number as authorization', { authorization: 42 }],
    ['a list as authorization', { authorization: ['Bearer x'] }],
    ['"Bearer" and nothing else', { authorization: 'Bearer' }],
    ['a garbage token', { authorization: 'Bearer not.a.jwt' }],
    ['no authorization at all', {}],
    ['no connection params at all', undefined],
  ])('closes with 4403 and a generic Spanish reason for %s, logging no internal error', async (_label, params) => {
    const logs = internalLogs();
    const c = connect(params);
    const closed = await c.closed;
    expect(closed).toMatchObject({ code: 4403, reason: REFUSED });
    expect(c.acknowledged()).toBe(false);
    expect(logs()).toEqual([]);
  });
});

describe('tokens naming an entity that does not exist (class 8)', () => {
  it('closes the connection with 4403 before acknowledging it', async () => {
    const c = connect({ authorization: `Bearer ${await app.token(Role.ENTITY_MEMBER, '99999')}` });
    expect(await c.closed).toMatchObject({ code: 4403, reason: REFUSED });
    expect(c.acknowledged()).toBe(false);
  });
});

describe('subscriptions do not outlive their token or their principal (class 6)', () => {
  it('closes the connection with 4403 when its token expires, and nothing is delivered after', async () => {
    const medellin = await actors(app, '05001');
    const exp = now() + 3;
    const c = connect({ authorization: `Bearer ${await sign({ role: 'ENTITY_MEMBER', entityCode: '05001' }, now(), exp)}` });
    await until(c.acknowledged, 'el acuse de la conexión');
    // caseChanged follows the case feed (a listener there per subscription), not caseEvents directly.
    const before = app.system.api.services.caseFeed.listenerCount();
    c.send({ id: 's', type: 'subscribe', payload: { query: SUBSCRIPTION } });
    await listening(app.system.api.services.caseFeed, before, 1);
    const started = await execute(app.url, StartAssessmentDocument, { input: { cycleId } }, { token: medellin.member });
    await until(() => c.events('s').length === 1, 'el cambio mientras el token vale');
    const closed = await c.closed;
    expect(closed).toMatchObject({ code: 4403, reason: EXPIRED });
    // Closed at exp (a timer), not at the next event or later.
    expect(closed.at).toBeGreaterThanOrEqual(exp * 1000 - 50);
    expect(closed.at).toBeLessThan(exp * 1000 + 1500);
    await drive(app, medellin, 'MATURITY_ASSESSMENT', started.data!.startAssessment.case.id, 'SUBMIT');
    await new Promise((r) => setTimeout(r, 200));
    expect(c.events('s')).toEqual(['CREATED']);
  });

  it('checks the principal again before delivering each event: an entity gone from the directory gets nothing more', async () => {
    const cali = await actors(app, '76001');
    const member = connect({ authorization: `Bearer ${cali.member}` });
    const ministry = connect({ authorization: `Bearer ${cali.coordinator}` });
    await until(() => member.acknowledged() && ministry.acknowledged(), 'el acuse de las conexiones');
    // caseChanged follows the case feed (a listener there per subscription), not caseEvents directly.
    const before = app.system.api.services.caseFeed.listenerCount();
    member.send({ id: 'm', type: 'subscribe', payload: { query: SUBSCRIPTION } });
    ministry.send({ id: 'c', type: 'subscribe', payload: { query: SUBSCRIPTION } });
    await listening(app.system.api.services.caseFeed, before, 2);
    const started = await execute(app.url, StartAssessmentDocument, { input: { cycleId } }, { token: cali.member });
    const caseId = started.data!.startAssessment.case.id;
    await drive(app, cali, 'MATURITY_ASSESSMENT', caseId, 'SUBMIT');
    await until(() => member.events('m').length === 2, 'los cambios mientras la entidad existe');

    // Cali leaves the directory (as after a `cli seed` that dropped it); its token is still unexpired.
    const directory = app.system.api.services.directory;
    const read = directory.read.bind(directory);
    jest.spyOn(directory, 'read').mockImplementation(((answer: (s: DirectorySnapshot) => unknown) =>
      read((s) =>
        answer(
          new Proxy(s, {
            get: (t, k) => (k === 'find' ? (code: string) => (code === '76001' ? null : t.find(code)) : Reflect.get(t, k)),
          }),
        ),
      )) as typeof directory.read);

    await drive(app, cali, 'MATURITY_ASSESSMENT', caseId, 'START_REVIEW');
    await until(() => ministry.events('c').includes('START_REVIEW'), 'el cambio a la coordinación');
    expect(await member.closed).toMatchObject({ code: 4403, reason: REFUSED });
    expect(member.events('m')).toEqual(['CREATED', 'SUBMIT']);
    expect(ministry.isClosed()).toBe(false);
  });
});

describe('error masking over the WebSocket (class 3)', () => {
  it('answers an unexpected failure as "Error interno del servidor", logging it', async () => {
    const logged = jest.spyOn(app.system.logger, 'error');
    jest.spyOn(app.system.api.services.directory, 'read').mockImplementation(() => {
      throw new Error('select * from territorial_entity: no such table');
    });
    const c = connect({ authorization: `Bearer ${await app.token(Role.COORDINATOR)}` });
    await until(c.acknowledged, 'el acuse de la conexión');
    c.send({ id: 'q', type: 'subscribe', payload: { query: '{ territorialEntity(code: "05001") { name } }' } });
    await until(() => c.messages.some((m) => m.id === 'q' && m.type === 'next'), 'la respuesta');
    const answer = c.messages.find((m) => m.id === 'q' && m.type === 'next')!.payload as {
      errors: { message: string; extensions: unknown }[];
    };
    expect(answer.errors).toEqual([
      expect.objectContaining({ message: 'Error interno del servidor', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    ]);
    expect(JSON.stringify(answer)).not.toMatch(/select|territorial_entity|stack/i);
    expect(logged).toHaveBeenCalledTimes(1);
  });

  it('answers bad variables as BAD_USER_INPUT in Spanish', async () => {
    const c = connect({ authorization: `Bearer ${await app.token(Role.COORDINATOR)}` });
    await until(c.acknowledged, 'el acuse de la conexión');
    c.send({
      id: 'v',
      type: 'subscribe',
      payload: {
        query: 'subscription S($filter: CaseChangeFilter) { caseChanged(filter: $filter) { caseId } }',
        variables: { filter: { process: 'NOPE' } },
      },
    });
    await until(() => c.messages.some((m) => m.id === 'v' && m.type !== 'complete'), 'la respuesta');
    const answer = c.messages.find((m) => m.id === 'v')!;
    const errors = (answer.type === 'error' ? answer.payload : (answer.payload as { errors: unknown }).errors) as {
      message: string;
      extensions: { code: string };
    }[];
    expect(errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors[0].message).toMatch(/^La variable "\$filter" trae un valor inválido .*"NOPE" no es un valor del enum "Process"/);
  });
});
