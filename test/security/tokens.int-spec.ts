// Issue 16, classes 5, 8 and 11 (auth messages): how long a token may be good for, that a token's
// role and entity claims grant nothing (issue 19: the people directory decides), and what a refused
// caller is told — through the real HTTP API.
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
  // The subject of `sign`: a coordinator in the directory (its tokens say only who it is).
  await app.system.api.services.people.enroll({ subject: 'someone@test', role: Role.COORDINATOR, acceptPrivacy: true });
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
  for (const table of ['workflow_case', 'case_history', 'outbox', 'membership', 'privacy_acceptance']) {
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

/** The claims of the tests' tokens: none but the subject (a role claim would be ignored anyway). */
const COORDINATOR = {};

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
    const token = await sign({}, times());
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
      await short.system.api.services.people.enroll({ subject: 'someone@test', role: Role.COORDINATOR, acceptPrivacy: true });
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
    await idp.system.api.services.people.enroll({ subject: 'idp-user', role: Role.COORDINATOR, acceptPrivacy: true });
  });
  afterAll(async () => {
    await idp?.stop();
    await new Promise((resolve) => jwks.close(resolve));
  });

  const idpToken = (times: { iat?: number; exp: number }) =>
    new SignJWT({ sub: 'idp-user', ...times }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).sign(key);

  it('caps them with JWT_MAX_LIFETIME when it is set', async () => {
    const ok = await execute(idp.url, MeDocument, {}, { token: await idpToken({ iat: now(), exp: now() + 50 * 60 }) });
    expect(ok.data!.me.role).toBe('COORDINATOR');
    expectRefused(await execute(idp.url, MeDocument, {}, { token: await idpToken({ iat: now(), exp: now() + 2 * HOUR }) }));
    expectRefused(await execute(idp.url, MeDocument, {}, { token: await idpToken({ exp: now() + 600 }) }));
  });
});

describe("a token's role and entity claims grant nothing (class 8; issue 19: the directory decides)", () => {
  it.each([
    ['99999', 'an entity that does not exist'],
    ['98', 'a department that does not exist'],
    ['05999', 'a municipality that does not exist'],
    ['05001', 'an entity that exists'],
  ])('a token naming entityCode %s (%s) of a subject the directory does not hold is a GUEST, writing nothing', async (code) => {
    const before = await written();
    const sub = `claims-${code}@test`;
    const token = await sign({ sub, role: 'ENTITY_REPRESENTATIVE', entityCode: code }, { iat: now(), exp: now() + HOUR });
    const me = await execute(app.url, MeDocument, {}, { token });
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toMatchObject({ subject: sub, role: 'GUEST', entityCode: null, entity: null });
    // A fresh person has not accepted the privacy notice: the mutation waits for it.
    const start = await execute(app.url, StartAssessmentDocument, { input: { cycleId } }, { token });
    expect(errorCode(start)).toBe('PRECONDITION_FAILED');
    expect(start.errors![0].extensions).toMatchObject({ rule: 'PRIVACY_NOTICE' });
    // Report downloads ask the same directory: a GUEST sees no report.
    const download = await fetch(`${app.url}/reports/00000000-0000-4000-8000-000000000000/download`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(download.status).not.toBe(200);
    expect(await written()).toBe(before);
  });

  it("an entity user's token claiming another entity acts for the directory's entity", async () => {
    await personToken(app, { sub: 'cali-member@test', role: Role.ENTITY_MEMBER, entityCode: '76001' });
    const token = await sign({ sub: 'cali-member@test', role: 'ENTITY_MEMBER', entityCode: '05001' }, { iat: now(), exp: now() + HOUR });
    const me = await execute(app.url, MeDocument, {}, { token });
    expect(me.data!.me).toMatchObject({ role: 'ENTITY_MEMBER', entityCode: '76001', entity: { code: '76001' } });
  });

  it("still admits the directory's entity users, of a municipality and of a gobernación", async () => {
    for (const code of ['05001', '05']) {
      const res = await execute(app.url, MeDocument, {}, { token: await app.token(Role.ENTITY_MEMBER, code) });
      expect(res.errors).toBeUndefined();
      expect(res.data!.me.entityCode).toBe(code);
    }
  });

  it('keeps the door cheap: the directory is read at most once a second per person and process', async () => {
    const token = await app.token(Role.ENTITY_MEMBER, '05001');
    await execute(app.url, MeDocument, {}, { token });
    const people = app.system.api.services.people as unknown as { read: (subject: string) => Promise<unknown> };
    const reads = jest.spyOn(people, 'read');
    try {
      const started = Date.now();
      for (let i = 0; i < 20; i++) expect((await execute(app.url, MeDocument, {}, { token })).errors).toBeUndefined();
      const seconds = Math.ceil((Date.now() - started) / 1000);
      expect(reads.mock.calls.length).toBeLessThanOrEqual(seconds + 1);
    } finally {
      jest.restoreAllMocks();
    }
  });
});

describe('what a refused caller is told (class 11)', () => {
  it.each([
    ['a subject that is not a string', { sub: 42 }],
    ['an empty subject', { sub: '' }],
    ['a subject over 200 characters', { sub: 'x'.repeat(201) }],
  ])('one generic Spanish message for %s, naming no claim', async (_label, claims) => {
    const res = await execute(app.url, MeDocument, {}, { token: await sign(claims, { iat: now(), exp: now() + HOUR }) });
    expectRefused(res);
    expect(JSON.stringify(res.errors)).not.toMatch(/sub|claim|expected|invalid|must|string/i);
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
