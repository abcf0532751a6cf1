import { randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';

import { DEMO_USERS } from '../../src/app/demo.seed';
import { loadConfig } from '../../src/config/env';
import { Role } from '../../src/core/auth/principal';
import { startSystem, type System } from '../../src/system';
import { dataOf, executeText } from '../support/http';
import { createTestDatabase, temporaryDir } from '../support/test-db';
import { RATE_LIMITS_OFF, TEST_JWT_SECRET } from '../support/test-system';

const ME = 'query { me { subject role entityCode } }';
const started: System[] = [];
let databaseUrl: string;
let demo: System;

/**
 * A system on the suite's database. Only the first migrates and seeds the demo data, as `npm
 * start` does; the others are more API processes of the same deployment with other settings.
 */
async function start(env: Record<string, string>, options: { demoData: boolean; prepareDatabase?: boolean }): Promise<System> {
  const config = loadConfig(
    {
      DATABASE_URL: databaseUrl,
      REDIS_URL: process.env.TEST_REDIS_URL,
      JWT_SECRET: TEST_JWT_SECRET,
      PORT: '0',
      LOG_LEVEL: 'silent',
      VAR_DIR: temporaryDir('cti-test-var-'),
      REDIS_PREFIX: `test-${randomUUID().slice(0, 8)}`,
      ...RATE_LIMITS_OFF,
      ...env,
    },
    () => {
      throw new Error('los tests siempre definen JWT_SECRET o JWKS_URL');
    },
  );
  const system = await startSystem(config, { prepareDatabase: options.prepareDatabase ?? false, demoData: options.demoData });
  started.push(system);
  return system;
}

const list = (system: System) => fetch(`${system.api.url}/demo/sign-in`);
const signIn = (system: System, body: string, contentType = 'application/json') =>
  fetch(`${system.api.url}/demo/sign-in`, { method: 'POST', headers: { 'content-type': contentType }, body });

beforeAll(async () => {
  databaseUrl = await createTestDatabase();
  demo = await start({}, { demoData: true, prepareDatabase: true });
}, 180_000);

afterAll(async () => {
  for (const system of started.reverse()) await system.stop();
});

describe('the demo sign-in of the embedded default', () => {
  it('lists the demo people as the directory holds them, with their role and entity', async () => {
    const res = await list(demo);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    // No CORS grant beyond the API's own (the console is served by this same process).
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const { people } = (await res.json()) as { people: Record<string, unknown>[] };
    expect(people.map((p) => p.subject)).toEqual(DEMO_USERS.map((u) => u.subject));
    expect(people.find((p) => p.subject === 'alcalde@medellin.gov.co')).toEqual({
      subject: 'alcalde@medellin.gov.co',
      name: 'Alcaldía de Medellín (demostración)',
      role: Role.ENTITY_REPRESENTATIVE,
      roleLabel: 'Representante legal de la entidad territorial',
      entityCode: '05001',
      // The official DIVIPOLA name, as the API's TerritorialEntity.name gives it.
      entityName: 'MEDELLÍN',
    });
    expect(people.find((p) => p.subject === 'coordinador@mintic.gov.co')).toEqual({
      subject: 'coordinador@mintic.gov.co',
      name: 'Coordinación CTI (demostración)',
      role: Role.COORDINATOR,
      roleLabel: 'Coordinador(a) MinTIC',
      entityCode: null,
    });
  });

  it('mints an hour’s token for a listed person, which the API takes as that person', async () => {
    const before = Math.floor(Date.now() / 1000);
    const res = await signIn(demo, JSON.stringify({ subject: 'alcalde@medellin.gov.co' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { accessToken, expiresAt } = (await res.json()) as { accessToken: string; expiresAt: string };
    const claims = decodeJwt(accessToken);
    expect(claims).toMatchObject({
      sub: 'alcalde@medellin.gov.co',
      email: 'alcalde@medellin.gov.co',
      name: 'Alcaldía de Medellín (demostración)',
    });
    expect(claims.exp! - claims.iat!).toBe(3600);
    expect(claims.iat).toBeGreaterThanOrEqual(before);
    expect(new Date(expiresAt).getTime()).toBe(claims.exp! * 1000);

    const me = dataOf(await executeText(demo.api.url, ME, undefined, { token: accessToken }));
    expect(me.me).toEqual({ subject: 'alcalde@medellin.gov.co', role: Role.ENTITY_REPRESENTATIVE, entityCode: '05001' });
  });

  it('refuses anyone not on the list, and bad bodies, in Spanish, minting nothing and never echoing the input', async () => {
    // Known to the directory, but not a demo person.
    await demo.api.services.people.enroll({ subject: 'otra@medellin.gov.co', role: Role.COORDINATOR, acceptPrivacy: true });
    const refusals: [Response, number][] = [
      [await signIn(demo, JSON.stringify({ subject: 'otra@medellin.gov.co' })), 404],
      [await signIn(demo, JSON.stringify({ subject: 'nadie<script>@x.co' })), 404],
      [await signIn(demo, JSON.stringify({ subject: 42 })), 400],
      [await signIn(demo, JSON.stringify(['alcalde@medellin.gov.co'])), 400],
      [await signIn(demo, '{"subject":'), 400],
      // A cross-site form can send only this kind of body: it is not read.
      [await signIn(demo, 'subject=alcalde%40medellin.gov.co', 'application/x-www-form-urlencoded'), 400],
      [await signIn(demo, JSON.stringify({ subject: 'coordinador@mintic.gov.co', padding: 'x'.repeat(2000) })), 413],
      [await fetch(`${demo.api.url}/demo/sign-in`, { method: 'DELETE' }), 405],
    ];
    for (const [res, status] of refusals) {
      expect(res.status).toBe(status);
      const text = await res.text();
      expect(text).not.toMatch(/accessToken|script|otra@|x{100}/);
      expect(JSON.parse(text).error).toMatch(/[áéíóú]|demostración|Envíe|Método|límite/);
    }
  });

  it('leaves out, and refuses, a demo person whose access was deactivated', async () => {
    const minted = await signIn(demo, JSON.stringify({ subject: 'coordinador@mintic.gov.co' }));
    const coordinator = ((await minted.json()) as { accessToken: string }).accessToken;
    const auditor = await demo.api.services.people.standing('auditor@controlinterno.gov.co', true);
    const deactivated = await executeText(
      demo.api.url,
      'mutation ($input: DeactivatePersonInput!) { deactivatePerson(input: $input) { status } }',
      { input: { personId: auditor!.personId, reason: 'Prueba del ingreso de demostración' } },
      { token: coordinator },
    );
    expect(dataOf(deactivated).deactivatePerson.status).toBe('DEACTIVATED');

    const { people } = (await (await list(demo)).json()) as { people: { subject: string }[] };
    expect(people.map((p) => p.subject)).not.toContain('auditor@controlinterno.gov.co');
    expect(people).toHaveLength(DEMO_USERS.length - 1);
    const res = await signIn(demo, JSON.stringify({ subject: 'auditor@controlinterno.gov.co' }));
    expect(res.status).toBe(404);
  });

  it('is refused in production, even with demo data', async () => {
    const production = await start({ NODE_ENV: 'production' }, { demoData: true });
    for (const res of [await list(production), await signIn(production, JSON.stringify({ subject: 'coordinador@mintic.gov.co' }))]) {
      expect(res.status).toBe(403);
      const body = (await res.json()) as Record<string, unknown>;
      expect(body).toEqual({ error: expect.stringContaining('no está disponible en producción') });
    }
  });

  it('is refused when tokens come from an identity provider (JWKS_URL)', async () => {
    const jwks = await start(
      { JWT_SECRET: '', JWKS_URL: 'http://127.0.0.1:9/jwks', DOCUMENT_LINK_SECRET: 'test-document-link-secret-0123456789abcdef' },
      { demoData: true },
    );
    expect(jwks.config.auth.kind).toBe('jwks');
    for (const res of [await list(jwks), await signIn(jwks, JSON.stringify({ subject: 'coordinador@mintic.gov.co' }))]) {
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: expect.stringContaining('proveedor de identidad') });
    }
  });

  it('is not there without demo data: JSON, not the console’s page', async () => {
    const plain = await start({}, { demoData: false });
    const res = await list(plain);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ error: expect.stringContaining('datos de demostración') });
  });

  it('spends the anonymous budget of the caller’s address on every request, refused or not', async () => {
    const limited = await start({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: '3' }, { demoData: true });
    expect((await list(limited)).status).toBe(200);
    expect((await signIn(limited, JSON.stringify({ subject: 'nadie@x.co' }))).status).toBe(404);
    expect((await signIn(limited, JSON.stringify({ subject: 'coordinador@mintic.gov.co' }))).status).toBe(200);
    const refused = await signIn(limited, JSON.stringify({ subject: 'coordinador@mintic.gov.co' }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({ error: expect.stringContaining('Demasiadas solicitudes') });
    // The same budget as GraphQL's requests without a valid token.
    const anonymous = await executeText(limited.api.url, ME);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
