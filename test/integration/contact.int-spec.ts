/* eslint-disable @typescript-eslint/no-explicit-any -- raw GraphQL answers, read loosely */
// A person's own contact data through the real API, the real worker and a real SMTP server: the
// phone (set, cleared, bad forms refused), and a change of contact address confirmed with the code
// mailed to the new address (a wrong code, an expired one, and another person's are refused, and
// change nothing). The pending address is seen only by the person, is in myData, and anonymisation clears it.
import { mintToken } from '../../src/core/auth/jwt';
import { Role } from '../../src/core/auth/principal';
import { executeText, dataOf as ok, refusalOf as refused, type GraphQLResponse } from '../support/http';
import { mailFor, startMailCapture, type CapturedMail, type MailCapture } from '../support/smtp-capture';
import { personToken, startTestSystem, type TestSystem } from '../support/test-system';

jest.setTimeout(120_000);

let app: TestSystem;
let mail: MailCapture;
/** The mail to an address, once the worker has sent it. */
const mailTo = (address: string, after = 0) => mailFor(mail, address, after);
let coordinator: string;

const UPDATE = `mutation U($input: UpdateMyContactInput!) { updateMyContact(input: $input) { id phone email } }`;
const REQUEST = `mutation R($input: RequestContactEmailChangeInput!) { requestContactEmailChange(input: $input) { pendingEmail expiresAt } }`;
const CONFIRM = `mutation C($input: ConfirmContactEmailChangeInput!) { confirmContactEmailChange(input: $input) { id email pendingContactEmail } }`;
const ME = `{ me { person { id email phone pendingContactEmail } } }`;

const gql = (token: string, query: string, variables?: unknown) => executeText(app.url, query, variables, { token });
const knex = () => app.system.orm.em.getKnex();
const sqlite = () => app.system.orm.em.getPlatform().constructor.name.includes('Sqlite');

function problem(res: GraphQLResponse<unknown>, path: string, code: string) {
  const error = refused(res, 'BAD_USER_INPUT');
  expect(error.extensions?.problems).toEqual(expect.arrayContaining([expect.objectContaining({ path, code })]));
}

function codeOf(message: CapturedMail): string {
  const match = /^\s+([A-Za-z0-9_-]{43})\s*$/m.exec(message.text);
  if (!match) throw new Error('el correo no trae el código');
  return match[1];
}

const me = async (token: string) => (ok(await gql(token, ME)) as any).me.person;
const personRow = (subject: string) =>
  knex()('person')
    .where({ subject })
    .first('id', 'contact_email', 'phone', 'pending_contact_email', 'pending_contact_code_hash', 'pending_contact_expires_at');
const contactEvents = async (personId: string) =>
  knex()('membership_event').where({ person_id: personId, action: 'CONTACT_UPDATED' }).select('reason', 'actor_person_id');

/** A signed-in person the directory does not know yet: a GUEST, who still has to accept the privacy notice. */
async function guest(sub: string, email: string): Promise<{ token: string; accept: () => Promise<void> }> {
  const token = await mintToken(app.config, { sub, email, name: 'Persona Invitada' });
  return {
    token,
    accept: async () => {
      const version = (ok(await gql(token, `{ me { privacyNotice { version } } }`)) as any).me.privacyNotice.version;
      ok(
        await gql(token, `mutation A($input: AcceptPrivacyNoticeInput!) { acceptPrivacyNotice(input: $input) { accepted } }`, {
          input: { version },
        }),
      );
    },
  };
}

beforeAll(async () => {
  mail = await startMailCapture();
  app = await startTestSystem({ SMTP_URL: mail.url }, { worker: true });
  coordinator = await app.token(Role.COORDINATOR);
});

afterAll(async () => {
  await app?.stop();
  await mail?.close();
});

describe('updateMyContact (phone)', () => {
  let token: string;
  const sub = 'tic-medellin-contacto';

  beforeAll(async () => {
    token = await personToken(app, { sub, role: Role.ENTITY_TIC_LEADER, entityCode: '05001', email: 'tic@medellin.gov.co' });
  });

  it('sets the phone trimmed, audits it without personal data, and null clears it', async () => {
    const set = (ok(await gql(token, UPDATE, { input: { phone: '  +57 (604) 385-5555 ' } })) as any).updateMyContact;
    expect(set.phone).toBe('+57 (604) 385-5555');
    expect((await me(token)).phone).toBe('+57 (604) 385-5555');
    const row = await personRow(sub);
    const events = await contactEvents(row.id);
    expect(events).toHaveLength(1);
    expect(events[0].actor_person_id).toBe(row.id);
    expect(events[0].reason).not.toContain('385');
    const cleared = (ok(await gql(token, UPDATE, { input: { phone: null } })) as any).updateMyContact;
    expect(cleared.phone).toBeNull();
    expect((await personRow(sub)).phone).toBeNull();
    expect(await contactEvents(row.id)).toHaveLength(2);
  });

  it('refuses bad phones at input.phone, and changes nothing', async () => {
    ok(await gql(token, UPDATE, { input: { phone: '3001234567' } }));
    for (const phone of ['123456', '12-34-5', 'abc1234567', '300 123 4567 ext 9', '+'.repeat(8) + '123456', '1'.repeat(21), '', '   ']) {
      problem(await gql(token, UPDATE, { input: { phone } }), 'input.phone', 'INVALID_FORMAT');
    }
    refused(await gql(token, UPDATE, { input: { phone: '1'.repeat(5000) } }), 'BAD_USER_INPUT');
    expect((await personRow(sub)).phone).toBe('3001234567');
  });

  it('a GUEST may set it once the privacy notice is accepted, never before', async () => {
    const g = await guest('invitada-contacto', 'invitada@example.org');
    refused(await gql(g.token, UPDATE, { input: { phone: '6013445566' } }), 'PRECONDITION_FAILED', 'PRIVACY_NOTICE');
    refused(await gql(g.token, REQUEST, { input: { email: 'nueva@example.org' } }), 'PRECONDITION_FAILED', 'PRIVACY_NOTICE');
    refused(await gql(g.token, CONFIRM, { input: { code: 'A'.repeat(43) } }), 'PRECONDITION_FAILED', 'PRIVACY_NOTICE');
    const row = await personRow('invitada-contacto');
    expect(row.phone).toBeNull();
    expect(row.pending_contact_email).toBeNull();
    await g.accept();
    const set = (ok(await gql(g.token, UPDATE, { input: { phone: '6013445566' } })) as any).updateMyContact;
    expect(set.phone).toBe('6013445566');
  });

  it('without a token it is refused', async () => {
    const res = await executeText(app.url, UPDATE, { input: { phone: '6013445566' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('changing the contact e-mail', () => {
  const sub = 'rep-bello-contacto';
  const oldAddress = 'alcalde@bello.gov.co';
  const newAddress = 'despacho@bello.gov.co';
  let token: string;
  let code: string;

  beforeAll(async () => {
    token = await personToken(app, { sub, role: Role.ENTITY_REPRESENTATIVE, entityCode: '05088', email: oldAddress });
  });

  it('refuses bad addresses and the current one, and stores nothing', async () => {
    problem(await gql(token, REQUEST, { input: { email: 'no-es-correo' } }), 'input.email', 'INVALID_FORMAT');
    refused(await gql(token, REQUEST, { input: { email: `${'a'.repeat(320)}@bello.gov.co` } }), 'BAD_USER_INPUT');
    problem(await gql(token, REQUEST, { input: { email: 'Alcalde@Bello.gov.co' } }), 'input.email', 'NOT_ALLOWED');
    const row = await personRow(sub);
    expect(row.pending_contact_email).toBeNull();
    expect(row.pending_contact_code_hash).toBeNull();
  });

  it('a request stores the lower-cased address and a hash, and mails the code to the NEW address only', async () => {
    const before = mail.messages.length;
    const started = Date.now();
    const res = (ok(await gql(token, REQUEST, { input: { email: 'Despacho@Bello.gov.co' } })) as any).requestContactEmailChange;
    expect(res.pendingEmail).toBe(newAddress);
    const expires = new Date(res.expiresAt).getTime();
    expect(expires).toBeGreaterThanOrEqual(started + 24 * 3600 * 1000 - 5000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 24 * 3600 * 1000 + 5000);
    const message = await mailTo(newAddress, before);
    expect(message.subject).toContain('correo de contacto');
    expect(message.text).toContain('si no lo pidió, ignore este mensaje'.replace('si', 'Si'));
    expect(message.text).toContain('vence el');
    expect(message.messageId).toMatch(/contact_/);
    code = codeOf(message);
    expect(mail.messages.slice(before).some((m) => m.rcptTo.includes(oldAddress))).toBe(false);
    const row = await personRow(sub);
    expect(row.contact_email).toBe(oldAddress);
    expect(row.pending_contact_email).toBe(newAddress);
    expect(row.pending_contact_code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.pending_contact_code_hash).not.toContain(code);
    // Only the person sees the pending address; the coordination sees the person, not it.
    expect((await me(token)).pendingContactEmail).toBe(newAddress);
    const seen = await gql(coordinator, `query P($id: ID!) { person(id: $id) { email pendingContactEmail } }`, {
      id: (await me(token)).id,
    });
    expect((seen.data as any).person.email).toBe(oldAddress);
    expect((seen.data as any).person.pendingContactEmail).toBeNull();
    expect(seen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(seen.errors?.[0]?.path).toEqual(['person', 'pendingContactEmail']);
    // It is in the person's own data export.
    const data = (ok(await gql(token, `{ myData }`)) as any).myData;
    expect(data.person.pendingContactEmail).toBe(newAddress);
    expect(JSON.stringify(data)).not.toContain(row.pending_contact_code_hash);
  });

  it('a wrong code is refused at input.code and nothing changes; a malformed one is bad input', async () => {
    problem(await gql(token, CONFIRM, { input: { code: 'B'.repeat(43) } }), 'input.code', 'NOT_ALLOWED');
    refused(await gql(token, CONFIRM, { input: { code: 'corto' } }), 'BAD_USER_INPUT');
    const row = await personRow(sub);
    expect(row.contact_email).toBe(oldAddress);
    expect(row.pending_contact_email).toBe(newAddress);
  });

  it('another person cannot confirm my code; their own pending change stays theirs', async () => {
    const other = await personToken(app, {
      sub: 'tic-bello-contacto',
      role: Role.ENTITY_TIC_LEADER,
      entityCode: '05088',
      email: 'tic@bello.gov.co',
    });
    refused(await gql(other, CONFIRM, { input: { code } }), 'PRECONDITION_FAILED', 'NO_PENDING_CONTACT_EMAIL');
    const before = mail.messages.length;
    ok(await gql(other, REQUEST, { input: { email: 'lider.tic@bello.gov.co' } }));
    const theirCode = codeOf(await mailTo('lider.tic@bello.gov.co', before));
    problem(await gql(other, CONFIRM, { input: { code } }), 'input.code', 'NOT_ALLOWED');
    problem(await gql(token, CONFIRM, { input: { code: theirCode } }), 'input.code', 'NOT_ALLOWED');
    const mine = await personRow(sub);
    const theirs = await personRow('tic-bello-contacto');
    expect(mine).toMatchObject({ contact_email: oldAddress, pending_contact_email: newAddress });
    expect(theirs).toMatchObject({ contact_email: 'tic@bello.gov.co', pending_contact_email: 'lider.tic@bello.gov.co' });
    expect((ok(await gql(other, CONFIRM, { input: { code: theirCode } })) as any).confirmContactEmailChange.email).toBe(
      'lider.tic@bello.gov.co',
    );
  });

  it('the right code confirms: the contact address is the new one and the pending state is gone; the code serves once', async () => {
    const confirmed = (ok(await gql(token, CONFIRM, { input: { code } })) as any).confirmContactEmailChange;
    expect(confirmed).toMatchObject({ email: newAddress, pendingContactEmail: null });
    expect((await me(token)).email).toBe(newAddress);
    const row = await personRow(sub);
    expect(row).toMatchObject({
      contact_email: newAddress,
      pending_contact_email: null,
      pending_contact_code_hash: null,
      pending_contact_expires_at: null,
    });
    const events = await contactEvents(row.id);
    expect(events).toHaveLength(2); // requested, confirmed
    for (const e of events) {
      expect(e.reason).not.toContain('bello');
      expect(e.reason).not.toContain('@');
    }
    refused(await gql(token, CONFIRM, { input: { code } }), 'PRECONDITION_FAILED', 'NO_PENDING_CONTACT_EMAIL');
  });

  it('an expired code is refused and nothing changes', async () => {
    const before = mail.messages.length;
    ok(await gql(token, REQUEST, { input: { email: 'alcaldia@bello.gov.co' } }));
    const expiredCode = codeOf(await mailTo('alcaldia@bello.gov.co', before));
    await knex()('person')
      .where({ subject: sub })
      .update({ pending_contact_expires_at: sqlite() ? Date.now() - 1000 : new Date(Date.now() - 1000) });
    refused(await gql(token, CONFIRM, { input: { code: expiredCode } }), 'PRECONDITION_FAILED', 'CONTACT_CODE_EXPIRED');
    expect(await personRow(sub)).toMatchObject({ contact_email: newAddress, pending_contact_email: 'alcaldia@bello.gov.co' });
  });

  it('a new request replaces the previous code', async () => {
    let before = mail.messages.length;
    ok(await gql(token, REQUEST, { input: { email: 'primera@bello.gov.co' } }));
    const first = codeOf(await mailTo('primera@bello.gov.co', before));
    before = mail.messages.length;
    ok(await gql(token, REQUEST, { input: { email: 'segunda@bello.gov.co' } }));
    const second = codeOf(await mailTo('segunda@bello.gov.co', before));
    problem(await gql(token, CONFIRM, { input: { code: first } }), 'input.code', 'NOT_ALLOWED');
    expect((ok(await gql(token, CONFIRM, { input: { code: second } })) as any).confirmContactEmailChange.email).toBe(
      'segunda@bello.gov.co',
    );
  });
});

describe('anonymisation and the pending address', () => {
  it('clears the pending address, its code and its expiry', async () => {
    const g = await guest('se-va-contacto', 'se.va@example.org');
    await g.accept();
    const before = mail.messages.length;
    ok(await gql(g.token, REQUEST, { input: { email: 'nueva.direccion@example.org' } }));
    await mailTo('nueva.direccion@example.org', before);
    const row = await personRow('se-va-contacto');
    expect(row.pending_contact_email).toBe('nueva.direccion@example.org');
    ok(
      await gql(coordinator, `mutation A($input: AnonymizePersonInput!) { anonymizePerson(input: $input) { id status } }`, {
        input: { personId: row.id, reason: 'Dejó de participar' },
      }),
    );
    const after = await knex()('person')
      .where({ id: row.id })
      .first('status', 'contact_email', 'pending_contact_email', 'pending_contact_code_hash', 'pending_contact_expires_at');
    expect(after).toEqual({
      status: 'ANONYMIZED',
      contact_email: null,
      pending_contact_email: null,
      pending_contact_code_hash: null,
      pending_contact_expires_at: null,
    });
  });
});
