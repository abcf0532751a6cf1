import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';

import { ConfigError, loadConfig } from '../../src/config/env';
import { PRIVACY_NOTICE_MESSAGE } from '../../src/core/auth/policy';
import { ENTITY_ROLES, Role } from '../../src/core/auth/principal';
import { DEACTIVATED_MESSAGE } from '../../src/modules/people/people-directory';
import { PRIVACY_NOTICE } from '../../src/modules/people/privacy-notice';
import { MeDocument, TerritorialEntitiesDocument, TerritorialEntityDocument } from '../graphql/generated';
import { errorCode, execute, executeText } from '../support/http';
import { personToken, startTestSystem, TEST_JWT_SECRET, type TestSystem } from '../support/test-system';

let app: TestSystem;

beforeAll(async () => {
  app = await startTestSystem();
  // The subject of `sign`: a coordinator in the directory (the token says only who it is).
  await app.system.api.services.people.enroll({ subject: 'someone@test', role: Role.COORDINATOR, acceptPrivacy: true });
});
afterAll(() => app?.stop());

const sign = (claims: Record<string, unknown>, secret = TEST_JWT_SECRET, exp: string | number = '1h', sub = 'someone@test') =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
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
    const token = await sign({}, TEST_JWT_SECRET, Math.floor(Date.now() / 1000) - 60);
    const res = await execute(app.url, MeDocument, {}, { token });
    expect(res.status).toBe(401);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.errors![0].message).toMatch(/expiró/);
  });

  it('refuses a token signed with another secret', async () => {
    const token = await sign({}, 'another-secret-another-secret-another-secret');
    const res = await execute(app.url, MeDocument, {}, { token });
    expect(res.status).toBe(401);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('refuses a well-signed token that never expires', async () => {
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('someone@test')
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const res = await execute(app.url, MeDocument, {}, { token });
    expect(res.status).toBe(401);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('keeps refusing a token once it expires, even after it was accepted', async () => {
    const token = await sign({}, TEST_JWT_SECRET, Math.floor(Date.now() / 1000) + 2);
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

  it('tells each role who it is; entity users also see their entity', async () => {
    for (const role of Object.values(Role)) {
      const res = await execute(app.url, MeDocument, {}, { token: await app.token(role) });
      expect(res.errors).toBeUndefined();
      const me = res.data!.me;
      expect(me.role).toBe(role);
      expect(me.subject).toBe(`${role.toLowerCase()}@test`);
      expect(me.roleLabel).toEqual(expect.any(String));
      if (ENTITY_ROLES.has(role)) {
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
      const other = await sign({ iss: 'https://elsewhere', aud: 'cti' }, TEST_JWT_SECRET, '1h', 'a');
      expect(errorCode(await execute(strict.url, MeDocument, {}, { token: other }))).toBe('UNAUTHENTICATED');
    } finally {
      await strict.stop();
    }
  });
});

describe('authorization: role × operation matrix', () => {
  // One's own identity is readable by everyone signed in; the territorial directory by every role but
  // a GUEST (registered, with no current role); there is nothing to write yet.
  const operations = {
    me: (token: string) => execute(app.url, MeDocument, {}, { token }),
    territorialEntities: (token: string) => execute(app.url, TerritorialEntitiesDocument, { first: 1 }, { token }),
    territorialEntity: (token: string) => execute(app.url, TerritorialEntityDocument, { code: '11001' }, { token }),
  };
  const names = Object.keys(operations) as (keyof typeof operations)[];
  const allowed = (role: Role, op: keyof typeof operations) => role !== Role.GUEST || op === 'me';
  const cases = Object.values(Role).flatMap((role) => names.map((op) => [role, op, allowed(role, op)] as const));

  it.each(cases)('%s runs %s (allowed: %s)', async (role, op, may) => {
    const res = await operations[op](await app.token(role));
    if (may) {
      expect(res.errors).toBeUndefined();
      expect(res.data).toBeTruthy();
    } else {
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
  });

  it.each(names)('anonymous callers may not run %s', async (op) => {
    const res = await operations[op]('');
    expect(res.status).toBe(401);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });
});

const ME = '{ me { subject role entityCode entity { code } } }';
const CASES = '{ cases(first: 5) { totalCount } }';
const OPEN_CYCLE =
  'mutation { openCycle(input: { year: 2031, opensAt: "2031-01-15T00:00:00Z", closesAt: "2031-06-30T00:00:00Z" }) { id } }';

const db = () => app.system.orm.em.getKnex();
const personRow = (subject: string) =>
  db()('person')
    .where({ subject })
    .first('id', 'email', 'email_verified', 'name', 'contact_email', 'status', 'last_sign_in_at', 'created_at');
const cycles = async () => Number((await db()('cycle').count({ n: '*' }))[0].n);

/** Records the privacy notice as accepted (as acceptPrivacyNotice does) and tells the door. */
async function acceptPrivacy(system: TestSystem, subject: string) {
  const knex = system.system.orm.em.getKnex();
  const person = await knex('person').where({ subject }).first('id');
  await knex('privacy_acceptance').insert({
    id: randomUUID(),
    person_id: person.id,
    version: PRIVACY_NOTICE.version,
    accepted_at: new Date(),
  });
  system.system.api.services.people.changed([subject]);
}

/** Deactivates a person (as deactivatePerson does) and tells every process. */
async function setStatus(subject: string, status: 'ACTIVE' | 'DEACTIVATED') {
  await db()('person')
    .where({ subject })
    .update({ status, deactivated_at: status === 'DEACTIVATED' ? new Date() : null });
  app.system.api.services.people.changed([subject]);
}

describe('the directory decides roles, not the token', () => {
  it('makes a token claiming COORDINATOR for a subject the directory does not hold a GUEST, held at the privacy notice', async () => {
    const token = await sign({ role: 'COORDINATOR', entityCode: null }, TEST_JWT_SECRET, '1h', 'stranger@test');
    const me = await executeText(app.url, ME, {}, { token });
    expect(me.errors).toBeUndefined();
    expect(me.data).toEqual({ me: { subject: 'stranger@test', role: 'GUEST', entityCode: null, entity: null } });

    // A fresh person has not accepted the privacy notice: anything but `me` waits for it, and writes nothing.
    const before = await cycles();
    for (const res of [await executeText(app.url, CASES, {}, { token }), await executeText(app.url, OPEN_CYCLE, {}, { token })]) {
      expect(errorCode(res)).toBe('PRECONDITION_FAILED');
      expect(res.errors![0]).toMatchObject({ message: PRIVACY_NOTICE_MESSAGE, extensions: { rule: 'PRIVACY_NOTICE' } });
    }
    expect(await cycles()).toBe(before);

    // Once accepted, a GUEST holds no role: refused, not shown an empty list.
    await acceptPrivacy(app, 'stranger@test');
    expect(errorCode(await executeText(app.url, CASES, {}, { token }))).toBe('FORBIDDEN');
    expect(errorCode(await executeText(app.url, OPEN_CYCLE, {}, { token }))).toBe('FORBIDDEN');
    expect((await executeText(app.url, ME, {}, { token })).data).toMatchObject({ me: { role: 'GUEST' } });
    expect(await cycles()).toBe(before);
  });

  it.each([
    ['a ministry role', { role: 'COORDINATOR' }],
    ['a ministry role with another entity', { role: 'COORDINATOR', entityCode: '76001' }],
    ['another entity', { role: 'ENTITY_REPRESENTATIVE', entityCode: '76001' }],
    ['an entity that does not exist', { role: 'ENTITY_REPRESENTATIVE', entityCode: '99999' }],
    ['an unknown role', { role: 'MAYOR' }],
    ['a malformed entityCode', { role: 'ENTITY_MEMBER', entityCode: 'Medellín' }],
  ])("ignores a token's claim of %s: an entity's member stays its member", async (_label, claims) => {
    await personToken(app, { sub: 'member.claims@test', role: Role.ENTITY_MEMBER, entityCode: '05001' });
    const token = await sign(claims, TEST_JWT_SECRET, '1h', 'member.claims@test');
    const res = await executeText(app.url, ME, {}, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      me: { subject: 'member.claims@test', role: 'ENTITY_MEMBER', entityCode: '05001', entity: { code: '05001' } },
    });
  });

  it('ignores an identity-provider group when no claim mapping is configured', async () => {
    const token = await sign({ groups: ['cti-coordinacion'] }, TEST_JWT_SECRET, '1h', 'grouped@test');
    expect((await executeText(app.url, ME, {}, { token })).data).toMatchObject({ me: { role: 'GUEST' } });
  });

  it('refuses a deactivated person on the next request, on every route and with any token, until reactivated', async () => {
    const token = await personToken(app, { sub: 'leaving@test', role: Role.ENTITY_REPRESENTATIVE, entityCode: '05001' });
    expect((await executeText(app.url, ME, {}, { token })).data).toMatchObject({ me: { role: 'ENTITY_REPRESENTATIVE' } });

    await setStatus('leaving@test', 'DEACTIVATED');
    for (const res of [await executeText(app.url, ME, {}, { token }), await executeText(app.url, CASES, {}, { token })]) {
      expect(res.status).toBe(401);
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
      expect(res.errors![0].message).toBe(DEACTIVATED_MESSAGE);
      expect(res.data ?? undefined).toBeUndefined();
    }
    const download = await fetch(`${app.url}/reports/00000000-0000-4000-8000-000000000000/download`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(download.status).toBe(401);
    expect(await download.json()).toEqual({ errors: [{ message: DEACTIVATED_MESSAGE, extensions: { code: 'UNAUTHENTICATED' } }] });
    // A new token (a new sign-in) is refused too, and does not bring the person back.
    const fresh = await sign({}, TEST_JWT_SECRET, '1h', 'leaving@test');
    expect(errorCode(await executeText(app.url, ME, {}, { token: fresh }))).toBe('UNAUTHENTICATED');
    expect((await personRow('leaving@test')).status).toBe('DEACTIVATED');

    await setStatus('leaving@test', 'ACTIVE');
    expect((await executeText(app.url, ME, {}, { token })).data).toMatchObject({
      me: { role: 'ENTITY_REPRESENTATIVE', entityCode: '05001' },
    });
  });

  it("registers a first-time subject at `me`, and keeps the token's e-mail and name current at a later sign-in", async () => {
    expect(await personRow('newcomer-sub')).toBeUndefined();
    const first = await new SignJWT({ email: 'Nueva.Persona@Medellin.gov.co', email_verified: true, name: 'Nueva Persona' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('newcomer-sub')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    expect((await executeText(app.url, ME, {}, { token: first })).data).toMatchObject({ me: { subject: 'newcomer-sub', role: 'GUEST' } });
    const registered = await personRow('newcomer-sub');
    expect(registered).toMatchObject({
      email: 'nueva.persona@medellin.gov.co',
      name: 'Nueva Persona',
      // A verified address becomes the contact address when there is none.
      contact_email: 'nueva.persona@medellin.gov.co',
      status: 'ACTIVE',
    });
    expect(Boolean(registered.email_verified)).toBe(true);
    expect(registered.last_sign_in_at).not.toBeNull();
    const firstSignIn = new Date(registered.last_sign_in_at).getTime();

    await new Promise((r) => setTimeout(r, 1100));
    const later = await new SignJWT({ email: 'persona.nueva@medellin.gov.co', email_verified: true, name: 'Persona Nueva Apellido' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('newcomer-sub')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    expect((await executeText(app.url, ME, {}, { token: later })).errors).toBeUndefined();
    const updated = await personRow('newcomer-sub');
    expect(updated).toMatchObject({
      id: registered.id,
      email: 'persona.nueva@medellin.gov.co',
      name: 'Persona Nueva Apellido',
      // The contact address is the person's to change, not the identity provider's.
      contact_email: 'nueva.persona@medellin.gov.co',
    });
    expect(new Date(updated.last_sign_in_at).getTime()).toBeGreaterThan(firstSignIn);
    expect(Number((await db()('person').where({ subject: 'newcomer-sub' }).count({ n: '*' }))[0].n)).toBe(1);
  });
});

describe('the ministry-role claim mapping (AUTH_ROLE_CLAIM, AUTH_ROLE_MAP)', () => {
  let idp: TestSystem;

  beforeAll(async () => {
    idp = await startTestSystem({ AUTH_ROLE_CLAIM: 'groups', AUTH_ROLE_MAP: 'cti-coordinacion=COORDINATOR' });
  });
  afterAll(() => idp?.stop());

  const grouped = (sub: string, groups: unknown) => sign({ groups }, TEST_JWT_SECRET, '1h', sub);

  it('makes a person with no membership whose group is mapped a COORDINATOR', async () => {
    const token = await grouped('idp-coordinadora', ['cti-lectores', 'cti-coordinacion']);
    expect((await executeText(idp.url, ME, {}, { token })).data).toEqual({
      me: { subject: 'idp-coordinadora', role: 'COORDINATOR', entityCode: null, entity: null },
    });
    // A coordinator too must accept the privacy notice first; then the coordinator's work is open.
    expect(errorCode(await executeText(idp.url, CASES, {}, { token }))).toBe('PRECONDITION_FAILED');
    await acceptPrivacy(idp, 'idp-coordinadora');
    const cases = await executeText(idp.url, CASES, {}, { token });
    expect(cases.errors).toBeUndefined();
    // A single value is read like a list of one.
    const single = await grouped('idp-coordinador-2', 'cti-coordinacion');
    expect((await executeText(idp.url, ME, {}, { token: single })).data).toMatchObject({ me: { role: 'COORDINATOR' } });
  });

  it('grants nothing for a group the mapping does not name', async () => {
    for (const groups of [['cti-lectores'], 'CTI-COORDINACION', [42], null]) {
      const token = await grouped('idp-otra', groups);
      expect((await executeText(idp.url, ME, {}, { token })).data).toMatchObject({ me: { role: 'GUEST' } });
    }
  });

  it("lets the directory win over the claim: an entity member's and an advisor's group is ignored", async () => {
    await personToken(idp, { sub: 'idp-funcionario', role: Role.ENTITY_MEMBER, entityCode: '05001' });
    await personToken(idp, { sub: 'idp-asesor', role: Role.ADVISOR });
    const member = await grouped('idp-funcionario', ['cti-coordinacion']);
    expect((await executeText(idp.url, ME, {}, { token: member })).data).toMatchObject({
      me: { role: 'ENTITY_MEMBER', entityCode: '05001' },
    });
    const before = await idp.system.orm.em.getKnex()('cycle').count({ n: '*' });
    expect(errorCode(await executeText(idp.url, OPEN_CYCLE, {}, { token: member }))).toBe('FORBIDDEN');
    expect(await idp.system.orm.em.getKnex()('cycle').count({ n: '*' })).toEqual(before);
    const advisor = await grouped('idp-asesor', ['cti-coordinacion']);
    expect((await executeText(idp.url, ME, {}, { token: advisor })).data).toMatchObject({ me: { role: 'ADVISOR' } });
  });

  it('is refused by the configuration when it names an entity role, or comes without its pair', () => {
    for (const env of [
      { AUTH_ROLE_CLAIM: 'groups', AUTH_ROLE_MAP: 'alcaldes=ENTITY_REPRESENTATIVE' },
      { AUTH_ROLE_CLAIM: 'groups', AUTH_ROLE_MAP: 'cti-coordinacion=COORDINATOR,lideres=ENTITY_TIC_LEADER' },
      { AUTH_ROLE_CLAIM: 'groups' },
    ]) {
      expect(() => loadConfig({ JWT_SECRET: TEST_JWT_SECRET, ...env }, () => TEST_JWT_SECRET)).toThrow(ConfigError);
    }
  });
});
