/* eslint-disable @typescript-eslint/no-explicit-any -- raw GraphQL answers, read loosely */
// The directory's list of invitations (`invitations`), through the real API, worker and SMTP:
// coordinators see every invitation; an entity's representative only its own entity's TIC leader
// and member invitations (the ones resendInvitation and revokeInvitation let it manage); anyone
// else is refused. Filters by status and entity, Relay pages with totalCount, bad input refused
// with problems, and no answer ever carries a link's code or its hash.
import { mintToken } from '../../src/core/auth/jwt';
import { Role } from '../../src/core/auth/principal';
import { executeText, dataOf as ok, refusalOf as refused } from '../support/http';
import { mailFor, startMailCapture, type MailCapture } from '../support/smtp-capture';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { actors, municipalities } from '../support/workflow';

jest.setTimeout(120_000);

let app: TestSystem;
let mail: MailCapture;
let coordinator: string;
let medellin: string;
let other: string;
/** An entity nobody here invites anyone to. */
let quiet: string;
let otherRepresentative: string;
let member: string;
let auditor: string;
let advisor: string;
let medellinRepresentative: string;

const LIST = `query L($filter: InvitationFilter, $first: Int, $after: String) {
  invitations(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id email name role roleLabel entityCode entity { code } createdAt expiresAt mailedAt status invitedBy { id } } }
  }
}`;
const INVITE = `mutation I($input: InvitePersonInput!) { invitePerson(input: $input) { id } }`;
const REVOKE = `mutation R($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { id status } }`;
const ACCEPT = `mutation A($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`;

const gql = (token: string | undefined, query: string, variables?: unknown) => executeText(app.url, query, variables, { token });
const list = async (token: string, variables: Record<string, unknown> = {}) =>
  ok(await gql(token, LIST, { first: 100, ...variables })).invitations;
const idsOf = (page: any): string[] => page.edges.map((e: any) => e.node.id);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Each invitation made here, by name, with the code its mail carried. */
const made: Record<string, { id: string; code: string }> = {};

async function invite(name: string, token: string, input: Record<string, unknown>): Promise<string> {
  const before = mail.messages.length;
  const id = ok(await gql(token, INVITE, { input })).invitePerson.id as string;
  const message = await mailFor(mail, String(input.email), before);
  const code = /\/invitaciones\/([A-Za-z0-9_-]{43})/.exec(message.text)![1];
  made[name] = { id, code };
  // Distinct creation instants, so the newest-first order is the order made here.
  await pause(5);
  return id;
}

beforeAll(async () => {
  mail = await startMailCapture();
  app = await startTestSystem({ SMTP_URL: mail.url }, { worker: true });
  medellin = '05001';
  [other, quiet] = (await municipalities(app, 3)).filter((c) => c !== medellin);
  ({ coordinator, member, auditor, advisor, representative: medellinRepresentative } = await actors(app, medellin));
  otherRepresentative = await app.token(Role.ENTITY_REPRESENTATIVE, other);
});
afterAll(async () => {
  await app?.stop();
  await mail?.close();
});

describe('invitations', () => {
  const order = ['otherMember', 'medellinMember', 'medellinTic', 'advisorStaff', 'otherRep', 'medellinRep'];

  beforeAll(async () => {
    // Oldest first: the list answers them the other way round.
    await invite('medellinRep', coordinator, { email: 'rep.nueva@medellin.gov.co', role: 'REPRESENTATIVE', entityCode: medellin });
    await invite('otherRep', coordinator, { email: 'rep@otra.gov.co', role: 'REPRESENTATIVE', entityCode: other });
    await invite('advisorStaff', coordinator, { email: 'asesor.nuevo@mintic.gov.co', name: 'Asesor Nuevo', role: 'ADVISOR' });
    await invite('medellinTic', medellinRepresentative, { email: 'tic@medellin.gov.co', role: 'TIC_LEADER' });
    await invite('medellinMember', medellinRepresentative, { email: 'funcionaria@medellin.gov.co', role: 'MEMBER' });
    await invite('otherMember', otherRepresentative, { email: 'funcionario@otra.gov.co', role: 'MEMBER' });
    // One revoked, one expired (its time passed), one accepted.
    ok(
      await gql(medellinRepresentative, REVOKE, { input: { invitationId: made.medellinMember.id, reason: 'Ya no trabaja con nosotros' } }),
    );
    const knex = app.system.orm.em.getKnex();
    const past = new Date(Date.now() - 1000);
    await knex('invitation')
      .where({ email: 'rep@otra.gov.co' })
      .update({ expires_at: app.system.orm.em.getPlatform().constructor.name.includes('Sqlite') ? past.getTime() : past });
    const newcomer = await mintToken(app.config, { sub: 'asesor-nuevo', email: 'asesor.nuevo@mintic.gov.co', name: 'Asesor Nuevo' });
    const version = ok(await gql(newcomer, `{ me { privacyNotice { version } } }`)).me.privacyNotice.version;
    ok(
      await gql(newcomer, `mutation P($input: AcceptPrivacyNoticeInput!) { acceptPrivacyNotice(input: $input) { accepted } }`, {
        input: { version },
      }),
    );
    ok(await gql(newcomer, ACCEPT, { input: { code: made.advisorStaff.code } }));
  });

  it('gives coordinators every invitation, newest first, with its status', async () => {
    const page = await list(coordinator);
    expect(page.totalCount).toBe(6);
    expect(idsOf(page)).toEqual(order.map((n) => made[n].id));
    const byId = Object.fromEntries(page.edges.map((e: any) => [e.node.id, e.node]));
    expect(byId[made.medellinRep.id]).toMatchObject({
      email: 'rep.nueva@medellin.gov.co',
      role: 'REPRESENTATIVE',
      entityCode: medellin,
      entity: { code: medellin },
      status: 'PENDING',
    });
    expect(byId[made.medellinRep.id].invitedBy).not.toBeNull();
    expect(byId[made.otherRep.id].status).toBe('EXPIRED');
    expect(byId[made.advisorStaff.id]).toMatchObject({ status: 'ACCEPTED', entityCode: null, entity: null, name: 'Asesor Nuevo' });
    expect(byId[made.medellinMember.id].status).toBe('REVOKED');
    expect(byId[made.medellinTic.id]).toMatchObject({ status: 'PENDING', role: 'TIC_LEADER', roleLabel: expect.any(String) });
  });

  it('filters by status and by entity, together or apart', async () => {
    const ids = async (filter: Record<string, unknown>) => idsOf(await list(coordinator, { filter }));
    expect(await ids({ status: 'PENDING' })).toEqual(['otherMember', 'medellinTic', 'medellinRep'].map((n) => made[n].id));
    expect(await ids({ status: 'EXPIRED' })).toEqual([made.otherRep.id]);
    expect(await ids({ status: 'ACCEPTED' })).toEqual([made.advisorStaff.id]);
    expect(await ids({ status: 'REVOKED' })).toEqual([made.medellinMember.id]);
    expect(await ids({ entityCode: medellin })).toEqual(['medellinMember', 'medellinTic', 'medellinRep'].map((n) => made[n].id));
    expect(await ids({ entityCode: other, status: 'PENDING' })).toEqual([made.otherMember.id]);
    expect(await ids({ entityCode: quiet })).toEqual([]);
    const counted = await list(coordinator, { filter: { entityCode: medellin, status: 'PENDING' }, first: 0 });
    expect(counted).toMatchObject({ totalCount: 2, edges: [] });
  });

  it('pages with Relay cursors and totalCount, under a filter too', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let n = 0; n < 3; n++) {
      const page = await list(coordinator, { first: 2, after });
      expect(page.totalCount).toBe(6);
      expect(page.pageInfo).toMatchObject({ hasNextPage: n < 2, hasPreviousPage: n > 0, endCursor: page.edges[1].cursor });
      seen.push(...idsOf(page));
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(order.map((n) => made[n].id));
    const first = await list(coordinator, { filter: { status: 'PENDING' }, first: 1 });
    const rest = await list(coordinator, { filter: { status: 'PENDING' }, first: 5, after: first.pageInfo.endCursor });
    expect([...idsOf(first), ...idsOf(rest)]).toEqual(['otherMember', 'medellinTic', 'medellinRep'].map((n) => made[n].id));
    expect(rest).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false, hasPreviousPage: true } });
  });

  it('gives a representative only its own entity’s TIC leader and member invitations, the ones it can resend or revoke', async () => {
    const mine = await list(medellinRepresentative);
    expect(idsOf(mine)).toEqual([made.medellinMember.id, made.medellinTic.id]);
    expect(mine.totalCount).toBe(2);
    expect(idsOf(await list(medellinRepresentative, { filter: { entityCode: medellin, status: 'PENDING' } }))).toEqual([
      made.medellinTic.id,
    ]);
    expect(idsOf(await list(otherRepresentative))).toEqual([made.otherMember.id]);
    // Its own entity's representative invitation is the coordination's: neither listed nor revocable by it.
    refused(await gql(medellinRepresentative, REVOKE, { input: { invitationId: made.medellinRep.id, reason: 'Prueba' } }), 'FORBIDDEN');
    // Another entity's, even asked by name, is refused, and nothing of it shows.
    const foreign = await gql(medellinRepresentative, LIST, { filter: { entityCode: other } });
    refused(foreign, 'FORBIDDEN');
    expect(foreign.data ?? null).toBeNull();
    expect(JSON.stringify(foreign)).not.toContain('otra.gov.co');
    // A cursor from the coordinator's list does not widen the representative's.
    const wide = await list(coordinator, { first: 1 });
    expect(idsOf(await list(medellinRepresentative, { after: wide.pageInfo.endCursor }))).toEqual([
      made.medellinMember.id,
      made.medellinTic.id,
    ]);
  });

  it('refuses everyone else: members, auditors, advisors, anyone without a token', async () => {
    for (const token of [member, auditor, advisor]) {
      const res = await gql(token, LIST);
      refused(res, 'FORBIDDEN');
      expect(res.data ?? null).toBeNull();
    }
    const anonymous = await gql(undefined, LIST);
    refused(anonymous, 'UNAUTHENTICATED');
  });

  it('never answers a link’s code or its hash', async () => {
    const hashes: string[] = await app.system.orm.em.getKnex()('invitation').pluck('code_hash');
    for (const token of [coordinator, medellinRepresentative, otherRepresentative]) {
      const text = JSON.stringify(await list(token));
      for (const { code } of Object.values(made)) expect(text).not.toContain(code);
      for (const hash of hashes) expect(text).not.toContain(hash);
    }
    // The type has no field for them: asking for one is a validation error.
    const asked = await gql(coordinator, `{ invitations(first: 1) { edges { node { id code } } } }`);
    expect(asked.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses bad arguments with problems', async () => {
    const problems = async (variables: Record<string, unknown>) => {
      const res = await gql(coordinator, LIST, variables);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return res.errors![0].extensions!.problems;
    };
    expect(await problems({ filter: { entityCode: '5001' } })).toEqual([
      { path: 'filter.entityCode', code: expect.any(String), message: expect.stringContaining('DIVIPOLA') },
    ]);
    expect(await problems({ filter: { status: 'OLVIDADA' } })).toEqual([expect.objectContaining({ path: 'filter.status' })]);
    expect(await problems({ first: 101 })).toEqual([{ path: 'first', code: 'OUT_OF_RANGE', message: 'no puede ser mayor que 100' }]);
    const invalid = [
      { path: 'after', code: 'INVALID_FORMAT', message: 'Cursor inválido: use el endCursor de una página de esta misma consulta' },
    ];
    expect(await problems({ after: 'no-es-un-cursor' })).toEqual(invalid);
    const forged = Buffer.from(JSON.stringify(['invitations:created-desc', 'ayer', made.medellinTic.id])).toString('base64url');
    expect(await problems({ after: forged })).toEqual(invalid);
    const foreign = Buffer.from(JSON.stringify(['reports:requested-desc', '1', made.medellinTic.id])).toString('base64url');
    expect(await problems({ after: foreign })).toEqual(invalid);
  });
});
