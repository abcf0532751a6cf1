// Issue 16 over graphql-ws: malformed authorization (class 7), subscriptions that outlive their token
// or their principal (class 6; issue 19: a deactivated person or an ended membership), tokens whose
// claims name an entity (class 8: the people directory decides, not the token), and the API's error
// masking on operations run over the WebSocket (class 3).
import { SignJWT } from 'jose';
import WebSocket from 'ws';

import { Role } from '../../src/core/auth/principal';
import { instantFor } from '../../src/core/orm/orm';
import { StartAssessmentDocument } from '../graphql/generated';
import { execute } from '../support/http';
import { listening, personToken, startTestSystem, TEST_JWT_SECRET, type TestSystem } from '../support/test-system';
import { actors, drive, openProgramme } from '../support/workflow';

let app: TestSystem;
let cycleId: string;
const sockets: WebSocket[] = [];

beforeAll(async () => {
  app = await startTestSystem();
  ({ cycleId } = await openProgramme(app, await app.token(Role.COORDINATOR)));
  // The subject of `sign`: a member of Medellín in the directory (its tokens say only who it is).
  await app.system.api.services.people.enroll({
    subject: 'someone@test',
    role: Role.ENTITY_MEMBER,
    entityCode: '05001',
    acceptPrivacy: true,
  });
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

const knex = () => app.system.orm.em.getKnex();
const instant = () => instantFor(app.system.orm.em)(new Date());
/** Ends a person's current membership, as endMembership does, telling every process only when `publish`. */
async function endMembership(subject: string, publish: boolean) {
  const person = await knex()('person').where({ subject }).first('id');
  await knex()('membership').where({ person_id: person.id }).whereNull('ended_at').update({ ended_at: instant() });
  if (publish) app.system.api.services.people.changed([subject]);
}
async function deactivate(subject: string) {
  await knex()('person').where({ subject }).update({ status: 'DEACTIVATED', deactivated_at: instant() });
  app.system.api.services.people.changed([subject]);
}

describe('what a connection is admitted as (class 8; issue 19: the directory decides)', () => {
  it('admits a token claiming an entity for a subject the directory does not hold as a GUEST, whose subscriptions wait for the privacy notice', async () => {
    const c = connect({
      authorization: `Bearer ${await sign({ sub: 'ws-stranger@test', role: 'ENTITY_MEMBER', entityCode: '99999' }, now(), now() + 600)}`,
    });
    await until(c.acknowledged, 'el acuse de la conexión');
    c.send({ id: 's', type: 'subscribe', payload: { query: SUBSCRIPTION } });
    await until(() => c.messages.some((m) => m.id === 's'), 'la respuesta');
    const answer = c.messages.find((m) => m.id === 's')!;
    const errors = (answer.type === 'error' ? answer.payload : (answer.payload as { errors: unknown }).errors) as {
      extensions: { code: string; rule?: string };
    }[];
    expect(errors[0].extensions).toMatchObject({ code: 'PRECONDITION_FAILED', rule: 'PRIVACY_NOTICE' });
    expect(c.isClosed()).toBe(false);
  });

  it('closes the connection of a deactivated person with 4403 before acknowledging it', async () => {
    const token = await personToken(app, { sub: 'ws-deactivated@test', role: Role.ENTITY_MEMBER, entityCode: '05001' });
    await deactivate('ws-deactivated@test');
    const c = connect({ authorization: `Bearer ${token}` });
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

  it('checks the principal again before delivering each event: a member whose membership ended gets nothing more', async () => {
    const coordinator = await app.token(Role.COORDINATOR);
    const memberToken = await personToken(app, { sub: 'ws-cali-member@test', role: Role.ENTITY_MEMBER, entityCode: '76001' });
    const cali = { ...(await actors(app, '76001')), member: memberToken };
    const member = connect({ authorization: `Bearer ${memberToken}` });
    const ministry = connect({ authorization: `Bearer ${coordinator}` });
    await until(() => member.acknowledged() && ministry.acknowledged(), 'el acuse de las conexiones');
    // caseChanged follows the case feed (a listener there per subscription), not caseEvents directly.
    const before = app.system.api.services.caseFeed.listenerCount();
    member.send({ id: 'm', type: 'subscribe', payload: { query: SUBSCRIPTION } });
    ministry.send({ id: 'c', type: 'subscribe', payload: { query: SUBSCRIPTION } });
    await listening(app.system.api.services.caseFeed, before, 2);
    const started = await execute(app.url, StartAssessmentDocument, { input: { cycleId } }, { token: cali.member });
    const caseId = started.data!.startAssessment.case.id;
    await drive(app, cali, 'MATURITY_ASSESSMENT', caseId, 'SUBMIT');
    await until(() => member.events('m').length === 2, 'los cambios mientras la membresía está vigente');

    // The membership ends in the database and nobody says so (a change published nowhere): the
    // check before the next event, once what this process read about the person is a second old, closes it.
    await endMembership('ws-cali-member@test', false);
    await new Promise((r) => setTimeout(r, 1100));
    expect(member.isClosed()).toBe(false);
    await drive(app, cali, 'MATURITY_ASSESSMENT', caseId, 'START_REVIEW');
    await until(() => ministry.events('c').includes('START_REVIEW'), 'el cambio a la coordinación');
    expect(await member.closed).toMatchObject({ code: 4403, reason: REFUSED });
    expect(member.events('m')).toEqual(['CREATED', 'SUBMIT']);
    expect(ministry.isClosed()).toBe(false);
  });

  it('closes the subscriptions of a person whose membership ends within a second, with no event to deliver', async () => {
    const token = await personToken(app, { sub: 'ws-leaving@test', role: Role.ENTITY_REPRESENTATIVE, entityCode: '76520' });
    const c = connect({ authorization: `Bearer ${token}` });
    await until(c.acknowledged, 'el acuse de la conexión');
    const before = app.system.api.services.caseFeed.listenerCount();
    c.send({ id: 's', type: 'subscribe', payload: { query: SUBSCRIPTION } });
    await listening(app.system.api.services.caseFeed, before, 1);
    const ended = Date.now();
    await endMembership('ws-leaving@test', true);
    const closed = await c.closed;
    // Still a person (a GUEST now), but not the principal the connection was admitted as.
    expect(closed).toMatchObject({ code: 4403, reason: REFUSED });
    expect(closed.at - ended).toBeLessThan(1000);
  });

  it('closes the subscriptions of a deactivated person within a second', async () => {
    const token = await personToken(app, { sub: 'ws-deactivated-later@test', role: Role.AUDITOR });
    const c = connect({ authorization: `Bearer ${token}` });
    await until(c.acknowledged, 'el acuse de la conexión');
    const before = app.system.api.services.caseFeed.listenerCount();
    c.send({ id: 's', type: 'subscribe', payload: { query: SUBSCRIPTION } });
    await listening(app.system.api.services.caseFeed, before, 1);
    const deactivated = Date.now();
    await deactivate('ws-deactivated-later@test');
    const closed = await c.closed;
    expect(closed).toMatchObject({ code: 4403, reason: REFUSED });
    expect(closed.at - deactivated).toBeLessThan(1000);
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
