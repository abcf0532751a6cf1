// Issue 16, classes 5, 8 and 11 (auth messages): how long a token may be good for, whose entity
// must exist, and what a refused caller is told — through the real HTTP API.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';

import { mintToken } from '../../src/core/auth/jwt';
import { Role } from '../../src/core/auth/principal';
import { MeDocument, StartAssessmentDocument } from '../graphql/generated';
import { errorCode, execute, type GraphQLResponse } from '../support/http';
import { personToken, startTestSystem, TEST_JWT_SECRET, type TestSystem } from '../support/test-system';
import { openProgramme } from '../support/workflow';

let app: TestSystem;
let cycleId: string;

beforeAll(async () => {
  app = await startTestSystem();
  ({ cycleId } = await openProgramme(app, await app.token(Role.COORDINATOR)));
});
afterAll(() => app?.stop());

const now = () => Math.floor(Date.now() / 1000);
const HOUR = 3600;

/** An HS256 token with exactly these claims (times in seconds; undefined leaves the claim out). */
const sign = (claims: Record<string, unknown>, times: { iat?: number; exp?: number; nbf?: number }, secret = TEST_JWT_SECRET) =>
  new SignJWT({ sub: 'someone@test', ...claims, ...times }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(secret));

/** Rows a refused request must not have written. */
async function written(system: TestSystem = app): Promise<number> {
  const conn = system.system.orm.em.fork().getConnection();
  let total = 0;
  for (const table of ['workflow_case', 'case_history', 'outbox']) {
    const [row] = await conn.execute<{ n: number | string }[]>(`select count(*) as n from ${table}`);
    total += Number(row.n);
  }
  return total;
}

/** A refusal as every auth refusal must look: 401, UNAUTHENTICATED, a generic Spanish message. */
function expectRefused(res: GraphQLResponse<unknown>, message = 'Token inválido: solicite uno nuevo') {
  expect(res.status).toBe(401);
  expect(errorCode(res)).toBe('UNAUTHENTICATED');
  expect(res.errors![0].message).toBe(message);
  expect(res.data ?? undefined).toBeUndefined();
}

const COORDINATOR = { role: 'COORDINATOR' };

describe('token lifetime (class 5)', () => {
  it.each([
    ['an exp ten years ahead', () => ({ iat: now(), exp: now() + 10 * 365 * 24 * HOUR })],
    ['an exp of 1e20', () => ({ iat: now(), exp: 1e20 })],
    ['a lifetime one minute over the 12 h maximum', () => ({ iat: now() - 60, exp: now() + 12 * HOUR })],
    ['an iat an hour in the future', () => ({ iat: now() + HOUR, exp: now() + 2 * HOUR })],
    ['no iat (the lifetime cannot be known)', () => ({ exp: now() + HOUR })],
    ['an nbf two minutes in the future', () => ({ iat: now(), nbf: now() + 120, exp: now() + HOUR })],
    ['a non-numeric iat', () => ({ iat: 'yesterday', exp: now() + HOUR }) as unknown as { iat: number; exp: number }],
  ])('refuses a well-signed token with %s, writing nothing', async (_label, times) => {
    const before = await written();
    const token = await sign({ role: 'ENTITY_MEMBER', entityCode: '05001' }, times());
    expectRefused(await execute(app.url, MeDocument, {}, { token }));
    expectRefused(await execute(app.url, StartAssessmentDocument, { input: { cycleId } }, { token }));
    expect(await written()).toBe(before);
  });

  it('accepts a 12 h token, and an issuer clock up to a minute ahead', async () => {
    for (const times of [
      { iat: now(), exp: now() + 12 * HOUR },
      { iat: now() + 50, nbf: now() + 50, exp: now() + HOUR },
    ]) {
      const res = await execute(app.url, MeDocument, {}, { token: await sign(COORDINATOR, times) });
      expect(res.errors).toBeUndefined();
      expect(res.data!.me.role).toBe('COORDINATOR');
    }
  });

  it('refuses a token that expired a second ago: exp has no slack', async () => {
    expectRefused(
      await execute(app.url, MeDocument, {}, { token: await sign(COORDINATOR, { iat: now() - HOUR, exp: now() - 1 }) }),
      'El token expiró: solicite uno nuevo',
    );
  });

  it('will not mint a token over the maximum (npm run token -- --expires)', async () => {
    await expect(mintToken(app.config, { sub: 'a' }, '13h')).rejects.toThrow(
      'La vigencia pedida (46800 s) supera el máximo de JWT_MAX_LIFETIME (43200 s)',
    );
    const token = await personToken(app, { sub: 'a', role: Role.COORDINATOR });
    expect((await execute(app.url, MeDocument, {}, { token })).data!.me.role).toBe('COORDINATOR');
  });

  it('takes its maximum from JWT_MAX_LIFETIME', async () => {
    const short = await startTestSystem({ JWT_MAX_LIFETIME: '30m' });
    try {
      const ok = await execute(short.url, MeDocument, {}, { token: await sign(COORDINATOR, { iat: now(), exp: now() + 20 * 60 }) });
      expect(ok.data!.me.role).toBe('COORDINATOR');
      expectRefused(await execute(short.url, MeDocument, {}, { token: await sign(COORDINATOR, { iat: now(), exp: now() + HOUR }) }));
    } finally {
      await short.stop();
    }
  });
});

describe("the identity provider's tokens (class 5, JWKS)", () => {
  let jwks: Server;
  let key: KeyLike;
  let idp: TestSystem;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    key = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as AddressInfo;
    idp = await startTestSystem({ JWT_SECRET: '', JWKS_URL: `http://127.0.0.1:${port}/jwks.json`, JWT_MAX_LIFETIME: '1h' });
  });
  afterAll(async () => {
    await idp?.stop();
    await new Promise((resolve) => jwks.close(resolve));
  });

  const idpToken = (times: { iat?: number; exp: number }) =>
    new SignJWT({ role: 'COORDINATOR', sub: 'idp-user', ...times }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).sign(key);

  it('caps them with JWT_MAX_LIFETIME when it is set', async () => {
    const ok = await execute(idp.url, MeDocument, {}, { token: await idpToken({ iat: now(), exp: now() + 50 * 60 }) });
    expect(ok.data!.me.role).toBe('COORDINATOR');
    expectRefused(await execute(idp.url, MeDocument, {}, { token: await idpToken({ iat: now(), exp: now() + 2 * HOUR }) }));
    expectRefused(await execute(idp.url, MeDocument, {}, { token: await idpToken({ exp: now() + 600 }) }));
  });
});

describe('tokens naming an entity that does not exist (class 8)', () => {
  it.each(['99999', '98', '05999'])('refuses entityCode %s at the door of HTTP and of report downloads, writing nothing', async (code) => {
    const before = await written();
    const token = await app.token(Role.ENTITY_REPRESENTATIVE, code);
    expectRefused(await execute(app.url, MeDocument, {}, { token }));
    expectRefused(await execute(app.url, StartAssessmentDocument, { input: { cycleId } }, { token }));
    const download = await fetch(`${app.url}/reports/00000000-0000-4000-8000-000000000000/download`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(download.status).toBe(401);
    expect(await download.json()).toEqual({
      errors: [{ message: 'Token inválido: solicite uno nuevo', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(await written()).toBe(before);
  });

  it('still admits an entity that exists (a municipality and a gobernación)', async () => {
    for (const code of ['05001', '05']) {
      const res = await execute(app.url, MeDocument, {}, { token: await app.token(Role.ENTITY_MEMBER, code) });
      expect(res.errors).toBeUndefined();
      expect(res.data!.me.entityCode).toBe(code);
    }
  });

  it('keeps the check cheap: it reads the in-memory directory, never the database', async () => {
    const token = await app.token(Role.ENTITY_MEMBER, '05001');
    await execute(app.url, MeDocument, {}, { token });
    // A fresh snapshot, so no background reload (a database read of its own) falls in the window.
    await app.system.api.services.directory.reload();
    const forks = jest.spyOn(app.system.orm.em, 'fork');
    const lookups = jest.spyOn(app.system.api.services.directory, 'read');
    try {
      for (let i = 0; i < 20; i++) expect((await execute(app.url, MeDocument, {}, { token })).errors).toBeUndefined();
      expect(forks).not.toHaveBeenCalled();
      expect(lookups.mock.calls.length).toBeGreaterThanOrEqual(20);
    } finally {
      jest.restoreAllMocks();
    }
  });
});

describe('what a refused caller is told (class 11)', () => {
  it.each([
    ['an unknown role', { role: 'MAYOR' }],
    ['an entity role without entityCode', { role: 'ENTITY_MEMBER' }],
    ['a ministry role with entityCode', { role: 'COORDINATOR', entityCode: '05001' }],
    ['a malformed entityCode', { role: 'ENTITY_MEMBER', entityCode: 'Medellín' }],
    ['a subject that is not a string', { role: 'COORDINATOR', sub: 42 }],
  ])('one generic Spanish message for %s, naming no role or claim', async (_label, claims) => {
    const res = await execute(app.url, MeDocument, {}, { token: await sign(claims, { iat: now(), exp: now() + HOUR }) });
    expectRefused(res);
    expect(JSON.stringify(res.errors)).not.toMatch(/COORDINATOR|ENTITY_|AUDITOR|ADVISOR|EVALUATOR|entityCode|claim|expected|invalid|must/i);
  });

  it.each([
    [
      'a forged signature',
      async () => sign(COORDINATOR, { iat: now(), exp: now() + HOUR }, 'another-secret-another-secret-another-secret'),
    ],
    ['garbage', async () => 'not.a.jwt'],
    ['alg none', async () => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}.`],
  ])('and the same one for %s', async (_label, make) => {
    expectRefused(await execute(app.url, MeDocument, {}, { token: await make() }));
  });
});
