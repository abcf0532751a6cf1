// Issue 19: a deactivated person, or one whose membership ended, is refused on the next request and
// their open subscriptions close, across every API process, within a second. Two API processes share
// one database and one Redis (the same REDIS_PREFIX), as any number of production API processes do:
// A is the test system, B a second API with its own ORM, Redis connections, caches and people
// directory. The coordinator acts on A; the person is connected to B.
import WebSocket from 'ws';

import { Role } from '../../src/core/auth/principal';
import { DEACTIVATED_MESSAGE } from '../../src/modules/people/people-directory';
import { startSystem, type System } from '../../src/system';
import { errorCode, executeText, type GraphQLResponse } from '../support/http';
import { listening, personToken, startTestSystem, type TestSystem } from '../support/test-system';
import { openProgramme } from '../support/workflow';

let a: TestSystem;
let b: System;
let cycleId: string;
let coordinator: string;
const sockets: WebSocket[] = [];

beforeAll(async () => {
  a = await startTestSystem();
  // The second process: the same configuration (database, Redis and prefix), the database already prepared by A.
  b = await startSystem(a.config, { prepareDatabase: false });
  coordinator = await a.token(Role.COORDINATOR);
  ({ cycleId } = await openProgramme(a, coordinator));
});
afterAll(async () => {
  for (const ws of sockets) ws.terminate();
  await b?.stop();
  await a?.stop();
});

const REFUSED = 'No autenticado: token ausente o inválido';
const SUBSCRIPTION = 'subscription { caseChanged { caseId entityCode event toState } }';
const ME = '{ me { subject role entityCode } }';
const CASES = '{ cases(first: 5) { totalCount } }';
const START_ASSESSMENT = 'mutation Start($input: StartAssessmentInput!) { startAssessment(input: $input) { case { id } } }';
const DEACTIVATE = 'mutation D($input: DeactivatePersonInput!) { deactivatePerson(input: $input) { id status } }';
const END_MEMBERSHIP = 'mutation E($input: EndMembershipInput!) { endMembership(input: $input) { id membership { role } } }';

const urlOf = (which: 'A' | 'B') => (which === 'A' ? a.url : b.api.url);
const ask = (which: 'A' | 'B', query: string, token: string, variables?: unknown) => executeText(urlOf(which), query, variables, { token });
const personId = async (subject: string) => String((await a.system.orm.em.getKnex()('person').where({ subject }).first('id')).id);
const casesOf = async (entityCode: string) =>
  Number((await a.system.orm.em.getKnex()('workflow_case').where({ entity_code: entityCode }).count({ n: '*' }))[0].n);

interface Message {
  id?: string;
  type: string;
  payload?: unknown;
}

/** A raw graphql-transport-ws connection to one process, with its token in `connectionParams`. */
function connect(which: 'A' | 'B', token: string) {
  const ws = new WebSocket(urlOf(which).replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
  sockets.push(ws);
  const messages: Message[] = [];
  ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
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
  };
}

async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  for (let i = 0; i < ms / 25 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!check()) throw new Error(`no llegó: ${what}`);
}

/** A subscription to case changes open on process B, registered on the server. */
async function subscribedOnB(token: string) {
  const c = connect('B', token);
  await until(c.acknowledged, 'el acuse de la conexión');
  const before = b.api.services.caseFeed.listenerCount();
  c.send({ id: 's', type: 'subscribe', payload: { query: SUBSCRIPTION } });
  await listening(b.api.services.caseFeed, before, 1);
  return c;
}

function expectUnauthenticated(res: GraphQLResponse<unknown>) {
  expect(res.status).toBe(401);
  expect(errorCode(res)).toBe('UNAUTHENTICATED');
  expect(res.errors![0].message).toBe(DEACTIVATED_MESSAGE);
  expect(res.data ?? undefined).toBeUndefined();
}

describe('deactivation across two API processes', () => {
  it('refuses the person on the next request on both processes, closes their subscription on the other process within a second, and refuses reconnecting', async () => {
    const sub = 'two-processes.member@test';
    const token = await personToken(a, { sub, role: Role.ENTITY_MEMBER, entityCode: '05001' });
    for (const which of ['A', 'B'] as const) {
      expect((await ask(which, ME, token)).data).toEqual({ me: { subject: sub, role: 'ENTITY_MEMBER', entityCode: '05001' } });
    }
    const subscription = await subscribedOnB(token);
    // Both processes have just read the person: what follows is their change being heard, not a cache expiring.
    expect((await ask('B', CASES, token)).errors).toBeUndefined();
    expect((await ask('A', CASES, token)).errors).toBeUndefined();

    const deactivatedAt = Date.now();
    const res = await ask('A', DEACTIVATE, coordinator, { input: { personId: await personId(sub), reason: 'Dejó la alcaldía' } });
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({ deactivatePerson: { status: 'DEACTIVATED' } });

    // Process A, where it happened: at once.
    expectUnauthenticated(await ask('A', ME, token));
    // Process B: the subscription is closed by the server, within a second, with no event to deliver.
    const closed = await subscription.closed;
    expect(closed).toMatchObject({ code: 4403, reason: REFUSED });
    expect(closed.at - deactivatedAt).toBeLessThan(1000);
    expectUnauthenticated(await ask('B', ME, token));
    expectUnauthenticated(await ask('B', CASES, token));
    const before = await casesOf('05001');
    expectUnauthenticated(await ask('B', START_ASSESSMENT, token, { input: { cycleId } }));
    expect(await casesOf('05001')).toBe(before);

    // Reconnecting is refused on either process, before the connection is acknowledged.
    for (const which of ['B', 'A'] as const) {
      const again = connect(which, token);
      expect(await again.closed).toMatchObject({ code: 4403, reason: REFUSED });
      expect(again.acknowledged()).toBe(false);
    }
  });

  it('is refused on B within a second of the change on A, even when the request comes straight after', async () => {
    const sub = 'two-processes.advisor@test';
    const token = await personToken(a, { sub, role: Role.ADVISOR });
    expect((await ask('B', ME, token)).data).toMatchObject({ me: { role: 'ADVISOR' } });
    const id = await personId(sub);
    const deactivatedAt = Date.now();
    expect((await ask('A', DEACTIVATE, coordinator, { input: { personId: id, reason: 'Terminó su contrato' } })).errors).toBeUndefined();
    let refusedAt = 0;
    while (!refusedAt && Date.now() - deactivatedAt < 3000) {
      const res = await ask('B', ME, token);
      if (res.status === 401) {
        expectUnauthenticated(res);
        refusedAt = Date.now();
      } else {
        expect(res.data).toMatchObject({ me: { role: 'ADVISOR' } });
        await new Promise((r) => setTimeout(r, 10));
      }
    }
    expect(refusedAt).toBeGreaterThan(0);
    expect(refusedAt - deactivatedAt).toBeLessThan(1000);
  });
});

describe('an ended membership across two API processes', () => {
  it('makes the person a GUEST on both processes: case actions are FORBIDDEN and their subscription on B closes within a second', async () => {
    const sub = 'two-processes.representative@test';
    const token = await personToken(a, { sub, role: Role.ENTITY_REPRESENTATIVE, entityCode: '76520' });
    for (const which of ['A', 'B'] as const) {
      expect((await ask(which, ME, token)).data).toEqual({ me: { subject: sub, role: 'ENTITY_REPRESENTATIVE', entityCode: '76520' } });
    }
    const subscription = await subscribedOnB(token);
    expect((await ask('B', CASES, token)).errors).toBeUndefined();

    const endedAt = Date.now();
    const res = await ask('A', END_MEMBERSHIP, coordinator, { input: { personId: await personId(sub), reason: 'Terminó su periodo' } });
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({ endMembership: { membership: null } });

    // A: at once, a GUEST (still a person, who may see who they are), refused the entity's work.
    expect((await ask('A', ME, token)).data).toEqual({ me: { subject: sub, role: 'GUEST', entityCode: null } });
    const before = await casesOf('76520');
    expect(errorCode(await ask('A', START_ASSESSMENT, token, { input: { cycleId } }))).toBe('FORBIDDEN');
    // B: the subscription closes because the principal changed (no longer this entity's representative).
    const closed = await subscription.closed;
    expect(closed).toMatchObject({ code: 4403, reason: REFUSED });
    expect(closed.at - endedAt).toBeLessThan(1000);
    expect((await ask('B', ME, token)).data).toEqual({ me: { subject: sub, role: 'GUEST', entityCode: null } });
    expect(errorCode(await ask('B', START_ASSESSMENT, token, { input: { cycleId } }))).toBe('FORBIDDEN');
    expect(errorCode(await ask('B', CASES, token))).toBe('FORBIDDEN');
    expect(await casesOf('76520')).toBe(before);

    // Reconnecting to B is admitted (a GUEST may connect), but the case feed is refused.
    const again = connect('B', token);
    await until(again.acknowledged, 'el acuse de la nueva conexión');
    again.send({ id: 'r', type: 'subscribe', payload: { query: SUBSCRIPTION } });
    await until(() => again.messages.some((m) => m.id === 'r'), 'la respuesta a la suscripción');
    const answer = again.messages.find((m) => m.id === 'r')!;
    const errors = (answer.type === 'error' ? answer.payload : (answer.payload as { errors: unknown }).errors) as {
      extensions: { code: string };
    }[];
    expect(errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
