/* eslint-disable @typescript-eslint/no-explicit-any -- raw GraphQL answers, read loosely */
// The people directory through the real API: a representative handover on a live case, ending
// memberships, deactivation, and who sees whom (people, person, entity.people, me, the audit
// trail), with bad input and another entity's users kept out.
import { Role } from '../../src/core/auth/principal';
import { executeText, dataOf as ok, refusalOf as refused, type GraphQLResponse } from '../support/http';
import { personToken, startTestSystem, type TestSystem } from '../support/test-system';
import { answerAssessment, openProgramme, sendEvent } from '../support/workflow';

jest.setTimeout(120_000);

let app: TestSystem;
let coordinator: string;
let auditor: string;
let advisor: string;
let member: string;
let otherRep: string;

const gql = (token: string, query: string, variables?: unknown) => executeText(app.url, query, variables, { token });

const personIdOf = async (token: string): Promise<string> => ok(await gql(token, `{ me { person { id } } }`)).me.person.id;
const roleOf = async (token: string): Promise<string> => ok(await gql(token, `{ me { role } }`)).me.role;

const TRANSFER = `mutation T($input: TransferRepresentationInput!) { transferRepresentation(input: $input) { role entityCode person { id } } }`;
const END = `mutation E($input: EndMembershipInput!) { endMembership(input: $input) { id status } }`;
const DEACTIVATE = `mutation D($input: DeactivatePersonInput!) { deactivatePerson(input: $input) { id status } }`;
const REACTIVATE = `mutation R($input: ReactivatePersonInput!) { reactivatePerson(input: $input) { id status } }`;
const PEOPLE = `query P($filter: PeopleFilter, $first: Int, $after: String) {
  people(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name email status membership { role entityCode } } }
  }
}`;
const ENTITY_PEOPLE = `query E($code: String!) { territorialEntity(code: $code) { code people { id name email membership { role } } } }`;
const EVENTS = `query V($filter: MembershipEventFilter) { membershipEvents(filter: $filter, first: 100) { totalCount edges { node { action role entityCode reason actor { id } person { id } } } } }`;

beforeAll(async () => {
  app = await startTestSystem();
  coordinator = await app.token(Role.COORDINATOR);
  auditor = await app.token(Role.AUDITOR);
  advisor = await app.token(Role.ADVISOR);
  member = await personToken(app, {
    sub: 'member-medellin',
    role: Role.ENTITY_MEMBER,
    entityCode: '05001',
    email: 'funcionario@medellin.gov.co',
    name: 'Funcionario Medellín',
  });
  otherRep = await personToken(app, {
    sub: 'rep-cali',
    role: Role.ENTITY_REPRESENTATIVE,
    entityCode: '76001',
    email: 'rep@cali.gov.co',
    name: 'Representante Cali',
  });
});

afterAll(() => app?.stop());

describe('representative handover', () => {
  it('the old representative is refused on its next request; the new one acts; the case history shows both', async () => {
    const oldRep = await personToken(app, {
      sub: 'rep-old',
      role: Role.ENTITY_REPRESENTATIVE,
      entityCode: '05001',
      email: 'saliente@medellin.gov.co',
      name: 'Alcalde Saliente',
    });
    const newRep = await personToken(app, {
      sub: 'rep-new',
      role: Role.GUEST,
      email: 'entrante@medellin.gov.co',
      name: 'Alcaldesa Entrante',
    });
    const { cycleId } = await openProgramme(app, coordinator);
    const started = ok(
      await gql(member, `mutation S($input: StartAssessmentInput!) { startAssessment(input: $input) { case { id } } }`, {
        input: { cycleId },
      }),
    );
    const caseId = started.startAssessment.case.id;
    await answerAssessment(app, member, caseId);
    expect((await sendEvent(app, oldRep, 'MATURITY_ASSESSMENT', caseId, 'SUBMIT')).errors).toBeUndefined();
    expect((await sendEvent(app, coordinator, 'MATURITY_ASSESSMENT', caseId, 'START_REVIEW')).errors).toBeUndefined();
    expect((await sendEvent(app, coordinator, 'MATURITY_ASSESSMENT', caseId, 'REQUEST_CHANGES')).errors).toBeUndefined();

    const newId = await personIdOf(newRep);
    // Bad input and refusals change nothing.
    refused(await gql(coordinator, TRANSFER, { input: { entityCode: '05001', personId: newId, reason: '  ' } }), 'BAD_USER_INPUT');
    refused(
      await gql(coordinator, TRANSFER, { input: { entityCode: '05001', personId: newId, reason: 'x'.repeat(1001) } }),
      'BAD_USER_INPUT',
    );
    refused(await gql(coordinator, TRANSFER, { input: { entityCode: '5001', personId: newId, reason: 'x' } }), 'BAD_USER_INPUT');
    refused(await gql(member, TRANSFER, { input: { entityCode: '05001', personId: newId, reason: 'Cambio de gobierno' } }), 'FORBIDDEN');
    refused(await gql(otherRep, TRANSFER, { input: { entityCode: '05001', personId: newId, reason: 'Cambio de gobierno' } }), 'FORBIDDEN');
    const advisorId = await personIdOf(advisor);
    refused(
      await gql(coordinator, TRANSFER, { input: { entityCode: '05001', personId: advisorId, reason: 'Cambio' } }),
      'PRECONDITION_FAILED',
      'MEMBERSHIP_ELSEWHERE',
    );
    expect(await roleOf(oldRep)).toBe('ENTITY_REPRESENTATIVE');

    const transferred = ok(
      await gql(coordinator, TRANSFER, { input: { entityCode: '05001', personId: newId, reason: 'Cambio de gobierno 2028' } }),
    );
    expect(transferred.transferRepresentation).toMatchObject({ role: 'REPRESENTATIVE', entityCode: '05001', person: { id: newId } });

    refused(await sendEvent(app, oldRep, 'MATURITY_ASSESSMENT', caseId, 'RESUBMIT'), 'FORBIDDEN');
    expect(await roleOf(oldRep)).toBe('GUEST');
    expect(await roleOf(newRep)).toBe('ENTITY_REPRESENTATIVE');
    expect((await sendEvent(app, newRep, 'MATURITY_ASSESSMENT', caseId, 'RESUBMIT')).errors).toBeUndefined();

    const history = ok(await gql(coordinator, `query C($id: ID!) { case(id: $id) { history { event actorSubject } } }`, { id: caseId }))
      .case.history;
    expect(history).toEqual(
      expect.arrayContaining([
        { event: 'SUBMIT', actorSubject: 'rep-old' },
        { event: 'RESUBMIT', actorSubject: 'rep-new' },
      ]),
    );
    const events = ok(await gql(coordinator, EVENTS, { filter: { entityCode: '05001' } })).membershipEvents.edges.map((e: any) => e.node);
    const transfers = events.filter((e: any) => e.action === 'TRANSFERRED');
    expect(transfers).toHaveLength(2);
    expect(transfers.every((e: any) => e.reason === 'Cambio de gobierno 2028' && e.actor?.id)).toBe(true);
    const oldId = await personIdOf(oldRep);
    expect(transfers.map((e: any) => e.person.id).sort()).toEqual([newId, oldId].sort());
    // The old representative keeps its history.
    const memberships = ok(
      await gql(coordinator, `query P($id: ID!) { person(id: $id) { membership { role } memberships { role endedAt } } }`, { id: oldId }),
    ).person;
    expect(memberships.membership).toBeNull();
    expect(memberships.memberships).toEqual([{ role: 'REPRESENTATIVE', endedAt: expect.any(String) }]);
  });

  it('the current representative hands its own entity over, but not another entity', async () => {
    const rep = await personToken(app, { sub: 'rep-envigado', role: Role.ENTITY_REPRESENTATIVE, entityCode: '05266' });
    const next = await personToken(app, { sub: 'next-envigado', role: Role.ENTITY_MEMBER, entityCode: '05266' });
    const nextId = await personIdOf(next);
    refused(await gql(rep, TRANSFER, { input: { entityCode: '05001', personId: nextId, reason: 'x' } }), 'FORBIDDEN');
    ok(await gql(rep, TRANSFER, { input: { entityCode: '05266', personId: nextId, reason: 'Delegación' } }));
    expect(await roleOf(next)).toBe('ENTITY_REPRESENTATIVE');
    expect(await roleOf(rep)).toBe('GUEST');
  });
});

describe('who sees whom', () => {
  it('people: coordinators and auditors, filtered and paginated; nobody else', async () => {
    const all = ok(await gql(coordinator, PEOPLE, { first: 2 })).people;
    expect(all.edges).toHaveLength(2);
    expect(all.pageInfo.hasNextPage).toBe(true);
    const next = ok(await gql(coordinator, PEOPLE, { first: 2, after: all.pageInfo.endCursor })).people;
    expect(next.edges.map((e: any) => e.node.id)).not.toContain(all.edges[0].node.id);
    const reps = ok(await gql(auditor, PEOPLE, { filter: { role: 'REPRESENTATIVE', entityCode: '05001' } })).people;
    expect(reps.totalCount).toBe(1);
    expect(reps.edges[0].node).toMatchObject({
      name: 'Alcaldesa Entrante',
      email: 'entrante@medellin.gov.co',
      membership: { role: 'REPRESENTATIVE' },
    });
    const found = ok(await gql(coordinator, PEOPLE, { filter: { search: 'FUNCIONARIO medellín' } })).people;
    expect(found.edges.map((e: any) => e.node.email)).toEqual(['funcionario@medellin.gov.co']);
    for (const token of [advisor, member, otherRep, await app.token(Role.EVALUATOR)]) refused(await gql(token, PEOPLE), 'FORBIDDEN');
    refused(await gql(coordinator, PEOPLE, { filter: { search: 'x'.repeat(101) } }), 'BAD_USER_INPUT');
  });

  it('entity.people: the entity’s own users and the ministry; another entity’s user gets null with FORBIDDEN at that path', async () => {
    const mine = ok(await gql(member, ENTITY_PEOPLE, { code: '05001' })).territorialEntity.people;
    expect(mine.map((p: any) => p.membership.role)).toEqual(['REPRESENTATIVE', 'MEMBER']);
    expect(mine[0]).toMatchObject({ name: 'Alcaldesa Entrante', email: 'entrante@medellin.gov.co' });
    const res = await gql(otherRep, ENTITY_PEOPLE, { code: '05001' });
    expect(res.data).toEqual({ territorialEntity: { code: '05001', people: null } });
    expect(res.errors![0]).toMatchObject({ path: ['territorialEntity', 'people'], extensions: { code: 'FORBIDDEN' } });
    // An advisor sees names and roles, not contact data.
    const seen = (await gql(advisor, ENTITY_PEOPLE, { code: '05001' })) as GraphQLResponse<any>;
    expect(seen.data!.territorialEntity.people[0]).toMatchObject({
      name: 'Alcaldesa Entrante',
      email: null,
      membership: { role: 'REPRESENTATIVE' },
    });
    expect(seen.errors!.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(seen.errors!.map((e) => e.path![e.path!.length - 1])).toEqual(['email', 'email']);
    const full = ok(await gql(coordinator, ENTITY_PEOPLE, { code: '05001' })).territorialEntity.people;
    expect(full).toHaveLength(2);
  });

  it('person(id): null for another entity’s representative; field by field for the rest', async () => {
    const memberId = await personIdOf(member);
    expect(ok(await gql(otherRep, `query P($id: ID!) { person(id: $id) { id name } }`, { id: memberId })).person).toBeNull();
    const own = ok(
      await gql(member, `query P($id: ID!) { person(id: $id) { name email phone lastSignInAt memberships { role } } }`, { id: memberId }),
    );
    expect(own.person).toMatchObject({ name: 'Funcionario Medellín', email: 'funcionario@medellin.gov.co' });
    const res = (await gql(advisor, `query P($id: ID!) { person(id: $id) { id name email } }`, { id: memberId })) as GraphQLResponse<any>;
    expect(res.data!.person).toMatchObject({ name: 'Funcionario Medellín', email: null });
    expect(res.errors![0]).toMatchObject({ path: ['person', 'email'], extensions: { code: 'FORBIDDEN' } });
  });

  it('me: person, memberships newest first, pending invitations', async () => {
    const me = ok(
      await gql(member, `{ me { person { name email } memberships { role entityCode endedAt } pendingInvitations { id } } }`),
    ).me;
    expect(me).toEqual({
      person: { name: 'Funcionario Medellín', email: 'funcionario@medellin.gov.co' },
      memberships: [{ role: 'MEMBER', entityCode: '05001', endedAt: null }],
      pendingInvitations: [],
    });
  });

  it('membershipEvents: coordinators and auditors everything; a representative its own entity; others nothing', async () => {
    const all = ok(await gql(auditor, EVENTS)).membershipEvents;
    expect(all.edges.map((e: any) => e.node.entityCode)).toEqual(expect.arrayContaining(['05001', '76001']));
    const cali = ok(await gql(otherRep, EVENTS)).membershipEvents.edges.map((e: any) => e.node.entityCode);
    expect(cali.length).toBeGreaterThan(0);
    expect(cali.every((c: string) => c === '76001')).toBe(true);
    refused(await gql(otherRep, EVENTS, { filter: { entityCode: '05001' } }), 'FORBIDDEN');
    refused(await gql(member, EVENTS), 'FORBIDDEN');
    refused(await gql(advisor, EVENTS), 'FORBIDDEN');
    refused(await gql(coordinator, EVENTS, { filter: { personId: 'no-es-un-id' } }), 'BAD_USER_INPUT');
  });
});

describe('ending memberships and deactivating people', () => {
  it('a representative ends its entity’s member; not another entity’s; the member is a GUEST on its next request', async () => {
    const rep = await personToken(app, { sub: 'rep-itagui', role: Role.ENTITY_REPRESENTATIVE, entityCode: '05360' });
    const staff = await personToken(app, { sub: 'staff-itagui', role: Role.ENTITY_MEMBER, entityCode: '05360' });
    const staffId = await personIdOf(staff);
    refused(await gql(otherRep, END, { input: { personId: staffId, reason: 'x' } }), 'NOT_FOUND');
    refused(await gql(member, END, { input: { personId: staffId, reason: 'x' } }), 'FORBIDDEN');
    refused(await gql(rep, END, { input: { personId: staffId, reason: '' } }), 'BAD_USER_INPUT');
    expect(await roleOf(staff)).toBe('ENTITY_MEMBER');
    expect(ok(await gql(rep, END, { input: { personId: staffId, reason: 'Terminó su contrato' } })).endMembership.status).toBe('ACTIVE');
    expect(await roleOf(staff)).toBe('GUEST');
    refused(await gql(rep, END, { input: { personId: staffId, reason: 'otra vez' } }), 'NOT_FOUND');
    refused(await gql(coordinator, END, { input: { personId: staffId, reason: 'otra vez' } }), 'PRECONDITION_FAILED', 'NO_MEMBERSHIP');
    refused(
      await gql(coordinator, END, { input: { personId: await personIdOf(coordinator), reason: 'x' } }),
      'PRECONDITION_FAILED',
      'SELF',
    );
  });

  it('a coordinator deactivates a person (refused on the next request) and reactivates them; nobody else may', async () => {
    const target = await personToken(app, { sub: 'deactivated-one', role: Role.ENTITY_MEMBER, entityCode: '05001' });
    const targetId = await personIdOf(target);
    for (const token of [auditor, advisor, member, otherRep])
      refused(await gql(token, DEACTIVATE, { input: { personId: targetId, reason: 'x' } }), 'FORBIDDEN');
    refused(
      await gql(coordinator, DEACTIVATE, { input: { personId: await personIdOf(coordinator), reason: 'x' } }),
      'PRECONDITION_FAILED',
      'SELF_DEACTIVATION',
    );
    refused(await gql(coordinator, DEACTIVATE, { input: { personId: targetId, reason: 'x'.repeat(1001) } }), 'BAD_USER_INPUT');
    expect(
      ok(await gql(coordinator, DEACTIVATE, { input: { personId: targetId, reason: 'Dejó la entidad' } })).deactivatePerson.status,
    ).toBe('DEACTIVATED');
    refused(await gql(target, `{ me { role } }`), 'UNAUTHENTICATED');
    refused(
      await gql(coordinator, DEACTIVATE, { input: { personId: targetId, reason: 'otra vez' } }),
      'PRECONDITION_FAILED',
      'PERSON_NOT_ACTIVE',
    );
    refused(await gql(member, REACTIVATE, { input: { personId: targetId, reason: 'x' } }), 'FORBIDDEN');
    expect(ok(await gql(coordinator, REACTIVATE, { input: { personId: targetId, reason: 'Regresó' } })).reactivatePerson.status).toBe(
      'ACTIVE',
    );
    expect(await roleOf(target)).toBe('ENTITY_MEMBER');
    const actions = ok(await gql(coordinator, EVENTS, { filter: { personId: targetId } })).membershipEvents.edges.map(
      (e: any) => e.node.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['DEACTIVATED', 'REACTIVATED']));
  });
});
