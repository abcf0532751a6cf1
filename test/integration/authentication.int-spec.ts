import { SignJWT } from 'jose';

import { Role } from '../../src/core/auth/principal';
import { MeDocument, TerritorialEntitiesDocument, TerritorialEntityDocument } from '../graphql/generated';
import { errorCode, execute } from '../support/http';
import { personToken, startTestSystem, TEST_JWT_SECRET, type TestSystem } from '../support/test-system';

let app: TestSystem;

beforeAll(async () => {
  app = await startTestSystem();
});
afterAll(() => app?.stop());

const sign = (claims: Record<string, unknown>, secret = TEST_JWT_SECRET, exp: string | number = '1h') =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('someone@test')
    .setIssuedAt()
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(secret));

describe('authentication', () => {
  it.each([
    ['no Authorization header', undefined, undefined],
    ['a header that is not Bearer', undefined, { authorization: 'Basic dXNlcjpwYXNz' }],
    ['a malformed token', 'not.a.jwt', undefined],
  ])('refuses %s with 401 UNAUTHENTICATED', async (_label, token, headers) => {
    const res = await execute(app.url, MeDocument, {}, { token, headers });
    expect(res.status).toBe(401);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.data).toBeUndefined();
  });

  it('refuses an expired token, saying it expired', async () => {
    const token = await sign({ role: 'COORDINATOR' }, TEST_JWT_SECRET, Math.floor(Date.now() / 1000) - 60);
    const res = await execute(app.url, MeDocument, {}, { token });
    expect(res.status).toBe(401);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.errors![0].message).toMatch(/expiró/);
  });

  it('refuses a token signed with another secret', async () => {
    const token = await sign({ role: 'COORDINATOR' }, 'another-secret-another-secret-another-secret');
    const res = await execute(app.url, MeDocument, {}, { token });
    expect(res.status).toBe(401);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('refuses a well-signed token that never expires', async () => {
    const token = await new SignJWT({ role: 'COORDINATOR' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('someone@test')
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const res = await execute(app.url, MeDocument, {}, { token });
    expect(res.status).toBe(401);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('keeps refusing a token once it expires, even after it was accepted', async () => {
    const token = await sign({ role: 'COORDINATOR' }, TEST_JWT_SECRET, Math.floor(Date.now() / 1000) + 2);
    expect((await execute(app.url, MeDocument, {}, { token })).data!.me.role).toBe('COORDINATOR');
    await new Promise((r) => setTimeout(r, 2100));
    const later = await execute(app.url, MeDocument, {}, { token });
    expect(errorCode(later)).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed with "none"', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: 'x', role: 'COORDINATOR', exp: 9999999999 })).toString('base64url');
    const res = await execute(app.url, MeDocument, {}, { token: `${header}.${payload}.` });
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['an unknown role', { role: 'MAYOR' }],
    ['an entity role without entityCode', { role: 'ENTITY_MEMBER' }],
    ['a ministry role with entityCode', { role: 'COORDINATOR', entityCode: '05001' }],
    ['a malformed entityCode', { role: 'ENTITY_MEMBER', entityCode: 'Medellín' }],
  ])('refuses a well-signed token with %s', async (_label, claims) => {
    const res = await execute(app.url, MeDocument, {}, { token: await sign(claims) });
    expect(res.status).toBe(401);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('tells each role who it is; entity users also see their entity', async () => {
    for (const role of Object.values(Role)) {
      const res = await execute(app.url, MeDocument, {}, { token: await app.token(role) });
      expect(res.errors).toBeUndefined();
      const me = res.data!.me;
      expect(me.role).toBe(role);
      expect(me.subject).toBe(`${role.toLowerCase()}@test`);
      expect(me.roleLabel).toEqual(expect.any(String));
      if (role === Role.ENTITY_MEMBER || role === Role.ENTITY_REPRESENTATIVE) {
        expect(me).toMatchObject({ entityCode: '05001', entity: { code: '05001', name: 'MEDELLÍN', kind: 'MUNICIPALITY' } });
      } else {
        expect(me).toMatchObject({ entityCode: null, entity: null });
      }
    }
  });

  it('checks issuer and audience when they are configured', async () => {
    const strict = await startTestSystem({ JWT_ISSUER: 'https://idp.mintic.gov.co', JWT_AUDIENCE: 'cti' });
    try {
      const good = await personToken(strict, { sub: 'a', role: Role.COORDINATOR });
      expect((await execute(strict.url, MeDocument, {}, { token: good })).data!.me.role).toBe('COORDINATOR');
      const other = await sign({ role: 'COORDINATOR', iss: 'https://elsewhere', aud: 'cti' });
      expect(errorCode(await execute(strict.url, MeDocument, {}, { token: other }))).toBe('UNAUTHENTICATED');
    } finally {
      await strict.stop();
    }
  });
});

describe('authorization: role × operation matrix', () => {
  // The directory and one's own identity are readable by every role; there is nothing to write yet.
  const operations = {
    me: (token: string) => execute(app.url, MeDocument, {}, { token }),
    territorialEntities: (token: string) => execute(app.url, TerritorialEntitiesDocument, { first: 1 }, { token }),
    territorialEntity: (token: string) => execute(app.url, TerritorialEntityDocument, { code: '11001' }, { token }),
  };
  const names = Object.keys(operations) as (keyof typeof operations)[];
  const cases = Object.values(Role).flatMap((role) => names.map((op) => [role, op] as const));

  it.each(cases)('%s may run %s', async (role, op) => {
    const res = await operations[op](await app.token(role));
    expect(res.errors).toBeUndefined();
    expect(res.data).toBeTruthy();
  });

  it.each(names)('anonymous callers may not run %s', async (op) => {
    const res = await operations[op]('');
    expect(res.status).toBe(401);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });
});
