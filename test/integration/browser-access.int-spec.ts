// What a browser app on another origin needs (issue 17, item 2): CORS for the configured origins,
// the preflight answered before Apollo's CSRF check (still on for simple requests), and gzip or
// brotli for bodies over 1 kB. Raw node:http requests, so headers and bytes are seen as sent.
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { DEV_ORIGINS, loadConfig } from '../../src/config/env';
import { Role } from '../../src/core/auth/principal';
import { startTestSystem, type TestSystem } from '../support/test-system';

const APP = 'https://consola.ciudadesinteligentes.gov.co';
const OTHER = 'https://malicioso.example.com';

let app: TestSystem;
let token: string;

beforeAll(async () => {
  app = await startTestSystem({ CORS_ORIGINS: `${APP}, http://localhost:5173` });
  token = await app.token(Role.COORDINATOR);
});
afterAll(() => app?.stop());

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Raw> {
  const url = new URL(path, app.url);
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const preflight = (origin: string) =>
  send('OPTIONS', '/graphql', {
    origin,
    'access-control-request-method': 'POST',
    'access-control-request-headers': 'authorization,content-type',
  });

const post = (query: string, headers: Record<string, string> = {}) =>
  send('POST', '/graphql', { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers }, JSON.stringify({ query }));

const LARGE = '{ territorialEntities(first: 100) { edges { node { code name kind departmentName latitude longitude } } } }';

describe('CORS', () => {
  it('answers a configured origin’s preflight itself, before the CSRF check, allowing the token header', async () => {
    const res = await preflight(APP);
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(APP);
    expect(String(res.headers['access-control-allow-headers'])).toMatch(/authorization/);
    expect(String(res.headers['access-control-allow-methods'])).toMatch(/POST/);
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(res.headers['access-control-max-age']).toBe('600');
    expect(String(res.headers.vary)).toMatch(/Origin/i);
  });

  it('lets a configured origin read the answer of a request with a token, and the headers it needs', async () => {
    const res = await post('{ me { role } }', { origin: APP });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(APP);
    expect(String(res.headers['access-control-expose-headers'])).toMatch(/retry-after/);
    expect(JSON.parse(res.body.toString())).toEqual({ data: { me: { role: 'COORDINATOR' } } });
  });

  it('gives any other origin no CORS header, so its browser reads nothing', async () => {
    for (const res of [await preflight(OTHER), await post('{ me { role } }', { origin: OTHER })]) {
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    }
    // A lookalike of a configured origin is another origin.
    expect((await preflight(`${APP}.example.com`)).headers['access-control-allow-origin']).toBeUndefined();
  });

  it('keeps CSRF prevention for simple requests, whatever their origin', async () => {
    const res = await send('GET', `/graphql?query=${encodeURIComponent('{ me { role } }')}`, {
      origin: APP,
      authorization: `Bearer ${token}`,
    });
    expect(res.status).toBe(400);
    expect(res.body.toString()).not.toMatch(/"me"/);
  });

  it('allows no origin in production unless configured, and the dev servers’ in the embedded default', () => {
    const secret = () => 'x'.repeat(32);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'y'.repeat(32) }, secret).corsOrigins).toEqual([]);
    expect(loadConfig({}, secret).corsOrigins).toEqual(DEV_ORIGINS);
    expect(loadConfig({ CORS_ORIGINS: `${APP},http://localhost:3000` }, secret).corsOrigins).toEqual([APP, 'http://localhost:3000']);
    expect(() => loadConfig({ CORS_ORIGINS: 'consola.gov.co/ruta' }, secret)).toThrow(
      /^Configuración inválida: CORS_ORIGINS debe ser una lista de orígenes/,
    );
  });
});

describe('compression', () => {
  it('sends a large answer in brotli or gzip as the client accepts, the same JSON once decoded', async () => {
    const plain = await post(LARGE);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const json = JSON.parse(plain.body.toString());
    expect(json.data.territorialEntities.edges).toHaveLength(100);
    const br = await post(LARGE, { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.body).toString())).toEqual(json);
    const gzip = await post(LARGE, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.body).toString())).toEqual(json);
    // The point of it: a directory page shrinks several times over.
    expect(br.body.length * 4).toBeLessThan(plain.body.length);
  });

  it('leaves a small answer as it is', async () => {
    const res = await post('{ me { role } }', { 'accept-encoding': 'gzip, br' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(res.body.toString())).toEqual({ data: { me: { role: 'COORDINATOR' } } });
  });
});
