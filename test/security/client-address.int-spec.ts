// Client addresses behind a load balancer (issue 23, review item 1): the anonymous budget (missing
// or bad tokens, bad console and download links) is kept per client address. Behind the
// load balancers TRUST_PROXY names, that is the rightmost X-Forwarded-For hop that is not one of
// them; from any other peer, and without TRUST_PROXY, X-Forwarded-For is ignored (anyone can write
// it). Real HTTP and WebSocket; this test is the "load balancer" at 127.0.0.1, and binds its
// requests to 127.0.0.2 to be a peer that is not trusted.
import { request } from 'node:http';
import WebSocket from 'ws';

import { startTestSystem, type TestSystem } from '../support/test-system';

const BUDGET = 3;
const LIMITS = { RATE_LIMIT_ANONYMOUS_PER_MINUTE: String(BUDGET) };
/** Another loopback address: a peer the server sees as not the load balancer. */
const UNTRUSTED_PEER = '127.0.0.2';

interface Sent {
  path: string;
  method?: 'GET' | 'POST';
  forwardedFor?: string;
  from?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** An HTTP request from `from` (a local address), optionally carrying X-Forwarded-For; its status. */
function send(base: string, sent: Sent): Promise<number> {
  const url = new URL(sent.path, base);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: sent.method ?? 'GET',
        localAddress: sent.from,
        headers: { ...(sent.forwardedFor ? { 'x-forwarded-for': sent.forwardedFor } : {}), ...sent.headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode!));
      },
    );
    req.on('error', reject);
    req.end(sent.body);
  });
}

/** A GraphQL request with a token that is not one: a point of the caller's anonymous budget. */
const badToken = (base: string, forwardedFor?: string, from?: string) =>
  send(base, {
    path: '/graphql',
    method: 'POST',
    forwardedFor,
    from,
    headers: { 'content-type': 'application/json', authorization: 'Bearer no.es.un.token' },
    body: JSON.stringify({ query: '{ me { subject } }' }),
  });

/** How a WebSocket refused at the door is closed (4403: refused; 4429: its address is over the limit). */
function wsClose(base: string, forwardedFor: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(base.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws', {
      headers: { 'x-forwarded-for': forwardedFor },
    });
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer no.es.un.token' } })));
    socket.on('close', (code) => resolve(code));
    socket.on('error', reject);
  });
}

/** Spends `key`'s whole budget with bad tokens: each 401. */
async function exhaust(base: string, forwardedFor?: string, from?: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < BUDGET; i++) statuses.push(await badToken(base, forwardedFor, from));
  return statuses;
}

describe('behind a trusted load balancer (TRUST_PROXY)', () => {
  let app: TestSystem;
  beforeAll(async () => {
    app = await startTestSystem({ ...LIMITS, TRUST_PROXY: '127.0.0.1' });
  });
  afterAll(() => app?.stop());

  it('keeps a budget per client named by X-Forwarded-For, on every door that spends it', async () => {
    const a = '198.51.100.1';
    expect(await exhaust(app.url, a)).toEqual([401, 401, 401]);
    expect(await badToken(app.url, a)).toBe(429);
    // Hops to the left of the one the load balancer wrote are the client's own words: no way out.
    expect(await badToken(app.url, `203.0.113.99, ${a}`)).toBe(429);
    // Every other door keys the same client the same way…
    expect(await send(app.url, { path: '/admin/queues/entrar?t=falso', forwardedFor: a })).toBe(429);
    expect(await send(app.url, { path: '/documents/RG9jdW1lbnQ6eA/content?p=x&e=1&s=x', forwardedFor: a })).toBe(429);
    expect(await send(app.url, { path: '/uploads', method: 'POST', forwardedFor: a, headers: { authorization: 'Bearer x' } })).toBe(429);
    expect(await wsClose(app.url, a)).toBe(4429);
    // …and another client behind the same load balancer is not shut out by the first one.
    expect(await badToken(app.url, '198.51.100.2')).toBe(401);
    expect(await send(app.url, { path: '/admin/queues/entrar?t=falso', forwardedFor: '198.51.100.3' })).not.toBe(429);
    expect(await send(app.url, { path: '/documents/RG9jdW1lbnQ6eA/content?p=x&e=1&s=x', forwardedFor: '198.51.100.4' })).not.toBe(429);
    expect(
      await send(app.url, { path: '/uploads', method: 'POST', forwardedFor: '198.51.100.5', headers: { authorization: 'Bearer x' } }),
    ).toBe(401);
    expect(await wsClose(app.url, '198.51.100.6')).toBe(4403);
    // The load balancer's own requests (no X-Forwarded-For) are a client of their own.
    expect(await badToken(app.url)).toBe(401);
    console.log(`presupuesto anónimo ${BUDGET}: agotado por 198.51.100.1; 198.51.100.2-6 y el balanceador siguen con el suyo`);
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted load balancer', async () => {
    // Each request claims another client; all of them are the peer's.
    const statuses: number[] = [];
    for (let i = 0; i <= BUDGET; i++) statuses.push(await badToken(app.url, `192.0.2.${i + 1}`, UNTRUSTED_PEER));
    expect(statuses).toEqual([401, 401, 401, 429]);
    // Claiming to be a client the load balancer vouched for does not help either.
    expect(await badToken(app.url, '198.51.100.2', UNTRUSTED_PEER)).toBe(429);
  });
});

describe('without TRUST_PROXY', () => {
  let app: TestSystem;
  beforeAll(async () => {
    app = await startTestSystem(LIMITS);
  });
  afterAll(() => app?.stop());

  it('ignores X-Forwarded-For: the budget is the connecting peer’s', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= BUDGET; i++) statuses.push(await badToken(app.url, `192.0.2.${i + 1}`));
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(await wsClose(app.url, '192.0.2.200')).toBe(4429);
  });
});
