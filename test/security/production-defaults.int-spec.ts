// Issue 16, class 11 and the security headers: what a production deployment answers by default.
import WebSocket from 'ws';

import { Role } from '../../src/core/auth/principal';
import { MeDocument } from '../graphql/generated';
import { errorCode, execute, executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';

let production: TestSystem;
let development: TestSystem;

beforeAll(async () => {
  [production, development] = await Promise.all([startTestSystem({ NODE_ENV: 'production' }), startTestSystem()]);
});
afterAll(() => Promise.all([production?.stop(), development?.stop()]));

const INTROSPECTION = ['{ __schema { queryType { name } } }', '{ __type(name: "Query") { name } }'];

/** One operation over graphql-ws; its errors, or its data. */
async function overWebSocket(app: TestSystem, query: string) {
  // The token first: registering its person takes a moment, and the socket's 'open' must not pass unheard meanwhile.
  const token = await app.token(Role.COORDINATOR);
  const ws = new WebSocket(app.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
  try {
    return await new Promise<{ errors?: { message: string; extensions: { code: string } }[]; data?: unknown }>((resolve, reject) => {
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
      ws.on('error', reject);
      ws.on('message', (raw) => {
        const m = JSON.parse(String(raw));
        if (m.type === 'connection_ack') ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
        if (m.type === 'error') resolve({ errors: m.payload });
        if (m.type === 'next') resolve(m.payload);
      });
    });
  } finally {
    ws.close();
  }
}

describe('introspection (class 11)', () => {
  it.each(INTROSPECTION)('is off with NODE_ENV=production, over HTTP and WebSocket: %s', async (query) => {
    const res = await executeText(production.url, query, undefined, { token: await production.token(Role.COORDINATOR) });
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).toBe('La introspección del esquema (__schema, __type) está desactivada en este servidor.');
    const ws = await overWebSocket(production, query);
    expect(ws.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors).toHaveLength(1);
    expect(new Set(ws.errors!.map((e) => e.message))).toEqual(new Set([res.errors![0].message]));
  });

  it('still answers __typename in production', async () => {
    const res = await executeText(production.url, '{ me { __typename role } }', undefined, { token: await production.token(Role.AUDITOR) });
    expect(res.data).toEqual({ me: { __typename: 'Viewer', role: 'AUDITOR' } });
  });

  it('is on outside production, over HTTP and WebSocket', async () => {
    const res = await executeText(development.url, INTROSPECTION[0], undefined, { token: await development.token(Role.COORDINATOR) });
    expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await overWebSocket(development, INTROSPECTION[0])).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('is on in production with GRAPHQL_INTROSPECTION=true, and off outside it with false', async () => {
    const [open, closed] = await Promise.all([
      startTestSystem({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }),
      startTestSystem({ GRAPHQL_INTROSPECTION: 'false' }),
    ]);
    try {
      const yes = await executeText(open.url, INTROSPECTION[1], undefined, { token: await open.token(Role.COORDINATOR) });
      expect(yes.data).toEqual({ __type: { name: 'Query' } });
      expect((await overWebSocket(open, INTROSPECTION[1])).data).toEqual({ __type: { name: 'Query' } });
      const no = await executeText(closed.url, INTROSPECTION[1], undefined, { token: await closed.token(Role.COORDINATOR) });
      expect(errorCode(no)).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await Promise.all([open.stop(), closed.stop()]);
    }
  });
});

describe('auth errors in production (class 11)', () => {
  it.each([
    ['no token', undefined, undefined, 'Se requiere autenticación: envíe el encabezado Authorization: Bearer <token>'],
    ['a Basic header', undefined, { authorization: 'Basic dXNlcjpwYXNz' }, 'Encabezado Authorization mal formado: use "Bearer <token>"'],
    ['a garbage token', 'not.a.jwt', undefined, 'Token inválido: solicite uno nuevo'],
  ])('answer %s in Spanish, generically, with no stack', async (_label, token, headers, message) => {
    const res = await execute(production.url, MeDocument, {}, { token, headers });
    expect(res.status).toBe(401);
    expect(res.errors).toEqual([{ message, extensions: { code: 'UNAUTHENTICATED' } }]);
  });
});

describe('security headers on every HTTP response', () => {
  const expectSecure = (res: Response) => {
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  };

  it('on the GET routes, with a strict Content Security Policy that leaves them working', async () => {
    const health = await fetch(`${production.url}/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get('content-type')).toMatch(/application\/json/);
    expectSecure(health);
    expect(health.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const download = await fetch(`${production.url}/reports/00000000-0000-4000-8000-000000000000/download`, {
      headers: { authorization: `Bearer ${await production.token(Role.COORDINATOR)}` },
    });
    expect(download.status).toBe(404);
    expectSecure(download);
    const unknown = await fetch(`${production.url}/nowhere`);
    expect(unknown.status).toBe(404);
    expectSecure(unknown);
  });

  it('on GraphQL answers, refusals and body errors', async () => {
    const token = await production.token(Role.AUDITOR);
    for (const init of [
      { body: JSON.stringify({ query: '{ me { role } }' }), auth: true },
      { body: JSON.stringify({ query: '{ me { role } }' }), auth: false },
      { body: '{"query": ', auth: true },
    ]) {
      const res = await fetch(`${production.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(init.auth ? { authorization: `Bearer ${token}` } : {}) },
        body: init.body,
      });
      expectSecure(res);
    }
  });
});
