/* eslint-disable @typescript-eslint/no-explicit-any -- raw GraphQL answers, read loosely */
// Invitations through the real API, the real worker and a real SMTP server: a coordinator invites
// Medellín's representative, the link comes in the captured mail, its page is served, and the
// first sign-in with the matching verified e-mail binds the person; a second use, an expired link,
// another address and an unverified one are refused. Authorization of who invites whom.
import { SignJWT } from 'jose';

import { mintToken } from '../../src/core/auth/jwt';
import { Role } from '../../src/core/auth/principal';
import { executeText, dataOf as ok, refusalOf as refused } from '../support/http';
import { mailFor, startMailCapture, type CapturedMail, type MailCapture } from '../support/smtp-capture';
import { personToken, startTestSystem, TEST_JWT_SECRET, type TestSystem } from '../support/test-system';

jest.setTimeout(120_000);

let app: TestSystem;
let mail: MailCapture;
/** The mail to an address, once the worker has sent it. */
const mailTo = (address: string, after = 0) => mailFor(mail, address, after);
let coordinator: string;

const INVITE = `mutation Invite($input: InvitePersonInput!) {
  invitePerson(input: $input) { id email role roleLabel entityCode status expiresAt entity { name } invitedBy { id } }
}`;
const ACCEPT = `mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id role entityCode endedAt person { id } } }`;
const ME = `{ me { role entityCode person { id name email } memberships { role entityCode endedAt } pendingInvitations { id role entityCode status } } }`;
const RESEND = `mutation Resend($input: ResendInvitationInput!) { resendInvitation(input: $input) { id status mailedAt } }`;
const REVOKE = `mutation Revoke($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { id status } }`;

const gql = (token: string, query: string, variables?: unknown) => executeText(app.url, query, variables, { token });

function linkOf(message: CapturedMail): { link: string; code: string } {
  const match = /(https?:\/\/\S+\/invitaciones\/([A-Za-z0-9_-]{43}))/.exec(message.text);
  if (!match) throw new Error('el correo no trae el enlace');
  return { link: match[1], code: match[2] };
}

/** A signed-in person the directory does not know yet (their first sign-in registers them as a GUEST). */
async function newcomer(sub: string, email: string, name = 'Persona Invitada'): Promise<string> {
  const token = await mintToken(app.config, { sub, email, name });
  const notice = ok(await gql(token, `{ me { role privacyNotice { version } } }`)) as {
    me: { role: string; privacyNotice: { version: string } };
  };
  expect(notice.me.role).toBe('GUEST');
  ok(
    await gql(token, `mutation A($input: AcceptPrivacyNoticeInput!) { acceptPrivacyNotice(input: $input) { accepted } }`, {
      input: { version: notice.me.privacyNotice.version },
    }),
  );
  return token;
}

/** A token whose identity provider says the e-mail is not verified. */
async function unverifiedToken(sub: string, email: string): Promise<string> {
  return new SignJWT({ email, email_verified: false, name: 'Sin Verificar' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(TEST_JWT_SECRET));
}

const invitationCount = async () => Number((await app.system.orm.em.getKnex()('invitation').count('id as n'))[0].n);

beforeAll(async () => {
  mail = await startMailCapture();
  app = await startTestSystem({ SMTP_URL: mail.url }, { worker: true });
  coordinator = await app.token(Role.COORDINATOR);
});

afterAll(async () => {
  await app?.stop();
  await mail?.close();
});

describe('invitation round trip (SMTP, link page, acceptance)', () => {
  const address = 'alcaldesa@medellin.gov.co';
  let code: string;
  let link: string;
  let invitationId: string;

  it('a coordinator invites Medellín’s representative and the worker mails the link', async () => {
    const before = mail.messages.length;
    const res = ok(
      await gql(coordinator, INVITE, {
        input: { email: 'Alcaldesa@Medellin.gov.co', name: 'Alcaldesa', role: 'REPRESENTATIVE', entityCode: '05001' },
      }),
    );
    const invitation = res.invitePerson;
    invitationId = invitation.id;
    expect(invitation).toMatchObject({
      email: address,
      role: 'REPRESENTATIVE',
      entityCode: '05001',
      status: 'PENDING',
      entity: { name: 'MEDELLÍN' },
    });
    expect(invitation.invitedBy).not.toBeNull();
    const message = await mailTo(address, before);
    expect(message.subject).toContain('Invitación');
    expect(message.text).toContain('MEDELLÍN');
    expect(message.text).toContain('Representante de la entidad');
    // Who invites is named by role, never by their own address.
    expect(message.text).not.toContain('coordinator@test');
    ({ link, code } = linkOf(message));
    expect(link.startsWith(app.url)).toBe(true);
    // Only the code's hash is stored.
    const stored = await app.system.orm.em.getKnex()('invitation').where({ email: address }).first('code_hash', 'mailed_at');
    expect(stored.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.code_hash).not.toContain(code);
    // mailed_at is set once the mail went out.
    for (let i = 0; i < 100; i++) {
      const r = await app.system.orm.em.getKnex()('invitation').where({ email: address }).first('mailed_at');
      if (r.mailed_at) break;
      await new Promise((x) => setTimeout(x, 50));
    }
    expect((await app.system.orm.em.getKnex()('invitation').where({ email: address }).first('mailed_at')).mailed_at).not.toBeNull();
  });

  it('the link serves a Spanish page without personal data, under a strict CSP; an unknown code is 404', async () => {
    const res = await fetch(link);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('cache-control')).toContain('no-store');
    const html = await res.text();
    expect(html).toContain('lang="es"');
    expect(html).toContain('MEDELLÍN');
    expect(html).toContain('acceptInvitation');
    expect(html).toContain(code);
    // The web console accepts it (/sin-rol), with the code filled in; relative, so a prefix keeps working.
    expect(html).toContain(`<a href="../sin-rol?codigo=${code}">`);
    expect(html).not.toContain(address);
    expect(html).not.toContain('Alcaldesa');
    expect(html).not.toMatch(/<script|<style|style=|<link|<img/i);
    const unknown = await fetch(`${app.url}/invitaciones/${'A'.repeat(43)}`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('no existe');
  });

  it('another address, or an unverified one, is refused without revealing the invited address', async () => {
    const other = await newcomer('otra-persona', 'otra@medellin.gov.co');
    const error = refused(await gql(other, ACCEPT, { input: { code } }), 'FORBIDDEN');
    expect(error.message).not.toContain(address);
    const unverified = await unverifiedToken('sin-verificar', address);
    const notice = ok(await gql(unverified, `{ me { privacyNotice { version } } }`)) as { me: { privacyNotice: { version: string } } };
    ok(
      await gql(unverified, `mutation A($input: AcceptPrivacyNoticeInput!) { acceptPrivacyNotice(input: $input) { accepted } }`, {
        input: { version: notice.me.privacyNotice.version },
      }),
    );
    refused(await gql(unverified, ACCEPT, { input: { code } }), 'FORBIDDEN');
    // A code of the wrong shape is bad input; an unknown one is not found.
    refused(await gql(other, ACCEPT, { input: { code: 'corto' } }), 'BAD_USER_INPUT');
    refused(await gql(other, ACCEPT, { input: { code: 'B'.repeat(43) } }), 'NOT_FOUND');
  });

  it('the invited person signs in, sees the invitation, accepts it and becomes the representative; a second use is refused', async () => {
    const token = await mintToken(app.config, { sub: 'alcaldesa-sub', email: 'Alcaldesa@Medellin.gov.co', name: 'Alcaldesa de Medellín' });
    // Before the privacy notice the acceptance waits for it.
    refused(await gql(token, ACCEPT, { input: { code } }), 'PRECONDITION_FAILED', 'PRIVACY_NOTICE');
    const version = (ok(await gql(token, `{ me { privacyNotice { version } } }`)) as any).me.privacyNotice.version;
    ok(
      await gql(token, `mutation A($input: AcceptPrivacyNoticeInput!) { acceptPrivacyNotice(input: $input) { accepted } }`, {
        input: { version },
      }),
    );
    const before = (ok(await gql(token, ME)) as any).me;
    expect(before.role).toBe('GUEST');
    expect(before.pendingInvitations).toEqual([expect.objectContaining({ id: invitationId, role: 'REPRESENTATIVE', status: 'PENDING' })]);
    const accepted = (ok(await gql(token, ACCEPT, { input: { code } })) as any).acceptInvitation;
    expect(accepted).toMatchObject({ role: 'REPRESENTATIVE', entityCode: '05001', endedAt: null });
    const after = (ok(await gql(token, ME)) as any).me;
    expect(after).toMatchObject({ role: 'ENTITY_REPRESENTATIVE', entityCode: '05001', pendingInvitations: [] });
    expect(after.person).toMatchObject({ name: 'Alcaldesa de Medellín', email: address });
    expect(after.memberships).toEqual([{ role: 'REPRESENTATIVE', entityCode: '05001', endedAt: null }]);
    refused(await gql(token, ACCEPT, { input: { code } }), 'PRECONDITION_FAILED', 'INVITATION_USED');
    const page = await fetch(link);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain('ya fue aceptada');
    const events = await app.system.orm.em.getKnex()('membership_event').where({ entity_code: '05001', action: 'JOINED' });
    expect(events).toHaveLength(1);
  });

  it('an expired link is refused', async () => {
    const before = mail.messages.length;
    ok(await gql(coordinator, INVITE, { input: { email: 'asesora@mintic.gov.co', role: 'ADVISOR' } }));
    const { code: expiredCode } = linkOf(await mailTo('asesora@mintic.gov.co', before));
    await app.system.orm.em
      .getKnex()('invitation')
      .where({ email: 'asesora@mintic.gov.co' })
      .update({
        expires_at: app.system.orm.em.getPlatform().constructor.name.includes('Sqlite') ? Date.now() - 1000 : new Date(Date.now() - 1000),
      });
    const token = await newcomer('asesora-sub', 'asesora@mintic.gov.co');
    refused(await gql(token, ACCEPT, { input: { code: expiredCode } }), 'PRECONDITION_FAILED', 'INVITATION_EXPIRED');
    expect((ok(await gql(token, ME)) as any).me.role).toBe('GUEST');
  });
});

describe('who invites whom', () => {
  let representative: string;

  beforeAll(async () => {
    representative = await personToken(app, {
      sub: 'rep-bello',
      role: Role.ENTITY_REPRESENTATIVE,
      entityCode: '05088',
      email: 'rep@bello.gov.co',
    });
  });

  it('the representative invites a TIC leader into its own entity, who accepts and becomes ENTITY_TIC_LEADER', async () => {
    const before = mail.messages.length;
    const invited = (ok(await gql(representative, INVITE, { input: { email: 'tic@bello.gov.co', role: 'TIC_LEADER' } })) as any)
      .invitePerson;
    expect(invited).toMatchObject({ role: 'TIC_LEADER', entityCode: '05088' });
    const { code } = linkOf(await mailTo('tic@bello.gov.co', before));
    const token = await newcomer('tic-bello', 'tic@bello.gov.co');
    ok(await gql(token, ACCEPT, { input: { code } }));
    expect((ok(await gql(token, ME)) as any).me).toMatchObject({ role: 'ENTITY_TIC_LEADER', entityCode: '05088' });
  });

  it('a second TIC leader’s acceptance hands the role over', async () => {
    const before = mail.messages.length;
    ok(await gql(representative, INVITE, { input: { email: 'tic2@bello.gov.co', role: 'TIC_LEADER' } }));
    const { code } = linkOf(await mailTo('tic2@bello.gov.co', before));
    const token = await newcomer('tic2-bello', 'tic2@bello.gov.co');
    ok(await gql(token, ACCEPT, { input: { code } }));
    const current = await app.system.orm.em
      .getKnex()('membership')
      .where({ entity_code: '05088', role: 'TIC_LEADER' })
      .whereNull('ended_at');
    expect(current).toHaveLength(1);
    const transferred = await app.system.orm.em
      .getKnex()('membership_event')
      .where({ entity_code: '05088', action: 'TRANSFERRED', role: 'TIC_LEADER' });
    expect(transferred).toHaveLength(1);
  });

  it('one link accepted five times at once binds once: one membership, the others refused as used', async () => {
    const before = mail.messages.length;
    ok(await gql(representative, INVITE, { input: { email: 'carrera@bello.gov.co', role: 'MEMBER' } }));
    const { code } = linkOf(await mailTo('carrera@bello.gov.co', before));
    const token = await newcomer('carrera-bello', 'carrera@bello.gov.co');
    const answers = await Promise.all(Array.from({ length: 5 }, () => gql(token, ACCEPT, { input: { code } })));
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    for (const a of answers.filter((x) => x.errors)) {
      expect([a.errors![0].extensions?.code, a.errors![0].extensions?.rule]).toEqual(['PRECONDITION_FAILED', 'INVITATION_USED']);
    }
    const knex = app.system.orm.em.getKnex();
    const person = await knex('person').where({ subject: 'carrera-bello' }).first('id');
    expect(await knex('membership').where({ person_id: person.id })).toHaveLength(1);
    expect(await knex('membership_event').where({ person_id: person.id, action: 'JOINED' })).toHaveLength(1);
  });

  it('refuses what each role may not invite', async () => {
    const count = await invitationCount();
    const otherRep = await personToken(app, { sub: 'rep-cali', role: Role.ENTITY_REPRESENTATIVE, entityCode: '76001' });
    refused(await gql(otherRep, INVITE, { input: { email: 'x@medellin.gov.co', role: 'MEMBER', entityCode: '05001' } }), 'FORBIDDEN');
    refused(await gql(representative, INVITE, { input: { email: 'x@bello.gov.co', role: 'REPRESENTATIVE' } }), 'FORBIDDEN');
    refused(await gql(representative, INVITE, { input: { email: 'x@bello.gov.co', role: 'ADVISOR' } }), 'FORBIDDEN');
    const member = await personToken(app, { sub: 'member-bello', role: Role.ENTITY_MEMBER, entityCode: '05088' });
    refused(await gql(member, INVITE, { input: { email: 'x@bello.gov.co', role: 'MEMBER' } }), 'FORBIDDEN');
    for (const role of [Role.ADVISOR, Role.EVALUATOR, Role.AUDITOR]) {
      refused(
        await gql(await app.token(role), INVITE, { input: { email: 'x@bello.gov.co', role: 'MEMBER', entityCode: '05088' } }),
        'FORBIDDEN',
      );
    }
    // The coordinator invites ministry staff and representatives, not an entity's TIC leader or members.
    refused(await gql(coordinator, INVITE, { input: { email: 'x@bello.gov.co', role: 'MEMBER', entityCode: '05088' } }), 'FORBIDDEN');
    expect(await invitationCount()).toBe(count);
  });

  it('refuses bad input and entities that cannot apply, changing nothing', async () => {
    const count = await invitationCount();
    const bad = refused(
      await gql(coordinator, INVITE, { input: { email: 'no-es-correo', name: 'x'.repeat(201), role: 'ADVISOR' } }),
      'BAD_USER_INPUT',
    );
    const paths = (bad.extensions!.problems as { path: string }[]).map((p) => p.path).sort();
    expect(paths).toEqual(['input.email', 'input.name']);
    refused(await gql(coordinator, INVITE, { input: { email: `${'a'.repeat(320)}@x.co`, role: 'ADVISOR' } }), 'BAD_USER_INPUT');
    refused(await gql(coordinator, INVITE, { input: { email: 'r@x.co', role: 'REPRESENTATIVE' } }), 'BAD_USER_INPUT');
    refused(await gql(coordinator, INVITE, { input: { email: 'r@x.co', role: 'ADVISOR', entityCode: '05001' } }), 'BAD_USER_INPUT');
    refused(await gql(coordinator, INVITE, { input: { email: 'r@x.co', role: 'REPRESENTATIVE', entityCode: '99999' } }), 'BAD_USER_INPUT');
    const area = await app.system.orm.em.getKnex()('territorial_entity').where({ kind: 'NON_MUNICIPALIZED_AREA' }).first('code');
    refused(
      await gql(coordinator, INVITE, { input: { email: 'r@x.co', role: 'REPRESENTATIVE', entityCode: area.code } }),
      'PRECONDITION_FAILED',
      'ENTITY_NOT_ELIGIBLE',
    );
    expect(await invitationCount()).toBe(count);
  });

  it('replaces a pending invitation to the same address, role and entity; an idempotency key gives back the same one', async () => {
    const input = { email: 'doble@mintic.gov.co', role: 'EVALUATOR' };
    const first = (ok(await gql(coordinator, INVITE, { input })) as any).invitePerson;
    const second = (ok(await gql(coordinator, INVITE, { input })) as any).invitePerson;
    expect(second.id).not.toBe(first.id);
    const rows = await app.system.orm.em.getKnex()('invitation').where({ email: 'doble@mintic.gov.co' });
    expect(rows.filter((r: { revoked_at: unknown }) => r.revoked_at === null)).toHaveLength(1);
    const keyed = { ...input, email: 'clave@mintic.gov.co', idempotencyKey: 'k-1' };
    const a = (ok(await gql(coordinator, INVITE, { input: keyed })) as any).invitePerson;
    const b = (ok(await gql(coordinator, INVITE, { input: keyed })) as any).invitePerson;
    expect(b.id).toBe(a.id);
    refused(await gql(coordinator, INVITE, { input: { ...keyed, email: 'otra-clave@mintic.gov.co' } }), 'CONFLICT');
  });

  it('resending issues a new link (the old one stops working); a revoked invitation cannot be accepted', async () => {
    let before = mail.messages.length;
    const invited = (ok(await gql(coordinator, INVITE, { input: { email: 'reenvio@mintic.gov.co', role: 'AUDITOR' } })) as any)
      .invitePerson;
    const old = linkOf(await mailTo('reenvio@mintic.gov.co', before));
    before = mail.messages.length;
    ok(await gql(coordinator, RESEND, { input: { invitationId: invited.id } }));
    const fresh = linkOf(await mailTo('reenvio@mintic.gov.co', before));
    expect(fresh.code).not.toBe(old.code);
    expect((await fetch(old.link)).status).toBe(404);
    expect((await fetch(fresh.link)).status).toBe(200);
    // Another entity's representative does not see it.
    refused(await gql(representative, RESEND, { input: { invitationId: invited.id } }), 'NOT_FOUND');
    refused(await gql(coordinator, REVOKE, { input: { invitationId: invited.id, reason: '   ' } }), 'BAD_USER_INPUT');
    expect(
      (ok(await gql(coordinator, REVOKE, { input: { invitationId: invited.id, reason: 'Ya no se requiere' } })) as any).revokeInvitation
        .status,
    ).toBe('REVOKED');
    const token = await newcomer('reenvio-sub', 'reenvio@mintic.gov.co');
    refused(await gql(token, ACCEPT, { input: { code: fresh.code } }), 'PRECONDITION_FAILED', 'INVITATION_REVOKED');
    const events = await app.system.orm.em
      .getKnex()('membership_event')
      .where({ action: 'INVITATION_REVOKED', reason: 'Ya no se requiere' });
    expect(events).toHaveLength(1);
  });
});
