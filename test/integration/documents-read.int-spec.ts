// Issue 20, reading documents: who reads which document (document(id), node(id)), the download link
// signed for one person and one document, what refuses it (another person's session, an altered or
// expired link, a person who can no longer read the document now), and the audit trail of downloads.
import { createHash } from 'node:crypto';

import { Role } from '../../src/core/auth/principal';
import { fromGlobalId, toGlobalId } from '../../src/core/graphql/global-ids';
import { instantFor } from '../../src/core/orm/orm';
import { requestInput } from '../support/accompaniment';
import { act, declaredEligible, submittedApplication, tokenOf } from '../support/cofinancing';
import { documentKey, samplePdf, uploadDocument } from '../support/documents';
import { dataOf, executeText, refusalOf } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { clockOf, timeTravelEnv } from '../support/time-travel';
import { actors, drive, EVALUATOR, openProgramme, validatedAssessment, type Actors } from '../support/workflow';

let app: TestSystem;
let medellin: Actors;
let cali: Actors;
let programme: { cycleId: string; callId: string };

beforeAll(async () => {
  app = await startTestSystem(timeTravelEnv());
  medellin = await actors(app, '05001');
  cali = await actors(app, '76001');
  programme = await openProgramme(app, medellin.coordinator);
}, 120_000);
afterAll(() => app?.stop());

const knex = () => app.system.orm.em.getKnex();
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const gql = (token: string, query: string, variables?: Record<string, unknown>) => executeText(app.url, query, variables, { token });

const DOCUMENT = `query D($id: ID!) { document(id: $id) {
  id name status mediaType size sha256 entityCode refusalReason current
  downloadUrl downloadUrlExpiresAt uploadedBy { id } replaces { id } } }`;

interface DocumentView {
  id: string;
  name: string;
  status: string;
  mediaType: string | null;
  size: number;
  sha256: string | null;
  refusalReason: string | null;
  downloadUrl: string | null;
  downloadUrlExpiresAt: string | null;
  uploadedBy: { id: string } | null;
  replaces: { id: string } | null;
}

async function readDocument(token: string, id: string): Promise<DocumentView | null> {
  return dataOf<{ document: DocumentView | null }>(await gql(token, DOCUMENT, { id })).document;
}

/** Uploads a PDF through tus and returns its document's global id (and its bytes). */
async function upload(token: string, name: string, metadata?: Record<string, string>) {
  const content = samplePdf(`${name} ${Math.random()}`);
  const result = await uploadDocument(app.url, token, { purpose: 'ASSESSMENT_EVIDENCE', name, content, metadata });
  expect(result.status).toBe(200);
  return { id: result.documentId!, content };
}

/**
 * Gives a document an owner by writing its row as the attaching steps do (their mutations —
 * saveAssessmentAnswers, the checklist, signAgreement… — are another part of issue 20; the rule
 * under test here reads only the row's case and entity).
 */
async function attach(documentId: string, owner: { kind: string; key: string; caseId: string | null }) {
  const instant = instantFor(app.system.orm.em);
  const updated = await knex()('document')
    .where({ id: documentKey(documentId) })
    .update({
      owner_kind: owner.kind,
      owner_key: owner.key,
      case_id: owner.caseId ? fromGlobalId(owner.caseId)!.key : null,
      attached_at: instant(new Date()),
      attached_by: 'prueba',
    });
  expect(updated).toBe(1);
}

async function personKey(token: string): Promise<string> {
  const me = dataOf<{ me: { person: { id: string } } }>(await gql(token, '{ me { person { id } } }')).me;
  return fromGlobalId(me.person.id)!.key;
}

interface Fetched {
  status: number;
  body: Buffer;
  headers: Headers;
  json: { errors?: { message: string; extensions: { code: string; rule?: string } }[] } | null;
}

async function fetchLink(url: string, headers: Record<string, string> = {}): Promise<Fetched> {
  const res = await fetch(url, { headers });
  const body = Buffer.from(await res.arrayBuffer());
  let json: Fetched['json'] = null;
  if ((res.headers.get('content-type') ?? '').startsWith('application/json')) json = JSON.parse(body.toString('utf8'));
  return { status: res.status, body, headers: res.headers, json };
}

const downloadsOf = async (documentId: string) =>
  Number(
    (
      await knex()('document_download')
        .where({ document_id: documentKey(documentId) })
        .count({ n: '*' })
    )[0].n,
  );

/** A link of `token`'s holder to the document (it must have one). */
async function linkOf(token: string, id: string): Promise<string> {
  const doc = await readDocument(token, id);
  expect(doc?.downloadUrl).toEqual(expect.any(String));
  return doc!.downloadUrl!;
}

describe('reading a document and downloading it through its signed link', () => {
  it('an entity’s user reads its document: the link gives the exact bytes with safe headers, and the download is audited', async () => {
    const name = 'Acta de reunión — Medellín.pdf';
    const { id, content } = await upload(medellin.representative, name);
    const before = Date.now();
    const doc = await readDocument(medellin.member, id);
    expect(doc).toMatchObject({
      id,
      name,
      status: 'AVAILABLE',
      mediaType: 'application/pdf',
      size: content.length,
      sha256: sha256(content),
    });
    const expires = new Date(doc!.downloadUrlExpiresAt!).getTime();
    // Valid for DOCUMENT_LINK_SECONDS (300 by default) from now, to the second.
    expect(expires).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 299_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 300_000);
    const url = new URL(doc!.downloadUrl!);
    expect(url.origin).toBe(new URL(app.url).origin);
    expect(url.pathname).toBe(`/documents/${id}/content`);
    expect(url.searchParams.get('p')).toBe(await personKey(medellin.member));
    expect(url.searchParams.get('e')).toBe(String(expires / 1000));

    // A plain browser link: no token, only the link.
    const got = await fetchLink(doc!.downloadUrl!, { 'x-request-id': 'descarga-prueba-1' });
    expect(got.status).toBe(200);
    expect(got.body.equals(content)).toBe(true);
    expect(sha256(got.body)).toBe(doc!.sha256);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('content-length')).toBe(String(content.length));
    expect(got.headers.get('content-disposition')).toBe(
      `attachment; filename="Acta de reunion _ Medellin.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('content-security-policy')).toBe('sandbox');
    expect(got.headers.get('cache-control')).toMatch(/^private, no-store/);

    const rows = await knex()('document_download').where({ document_id: documentKey(id) });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      person_id: await personKey(medellin.member),
      subject: 'entity_member@test',
      role: 'ENTITY_MEMBER',
      entity_code: '05001',
      case_id: null,
      request_id: 'descarga-prueba-1',
    });
    expect(rows[0].ip).toEqual(expect.any(String));
  });

  it('another entity’s user does not find it (document and node answer null, no error) and gets no link', async () => {
    const { id } = await upload(medellin.representative, 'evidencia-medellin.pdf');
    const own = await upload(cali.representative, 'evidencia-cali.pdf');
    const res = await gql(cali.member, DOCUMENT, { id });
    expect(res.errors).toBeUndefined();
    expect(dataOf(res).document).toBeNull();
    const node = dataOf(await gql(cali.member, `query N($id: ID!) { node(id: $id) { id ... on Document { downloadUrl } } }`, { id }));
    expect(node.node).toBeNull();
    // Each reads its own; the ministry's coordinator and auditor read both.
    expect((await readDocument(cali.member, own.id))?.downloadUrl).toEqual(expect.any(String));
    expect(await readDocument(medellin.member, own.id)).toBeNull();
    for (const token of [medellin.coordinator, medellin.auditor]) {
      for (const doc of [id, own.id]) expect((await readDocument(token, doc))?.downloadUrl).toEqual(expect.any(String));
    }
    // An advisor or an evaluator reads no entity's unattached upload.
    for (const token of [medellin.advisor, medellin.evaluator]) expect(await readDocument(token, id)).toBeNull();
    // A GUEST reads nothing at all.
    const guest = await tokenOf(app, 'invitado@test', Role.GUEST);
    refusalOf(await gql(guest, DOCUMENT, { id }), 'FORBIDDEN');
  });

  it('shows its uploader (through the directory’s visibility) and the version it replaces', async () => {
    const first = await upload(medellin.representative, 'cdp-v1.pdf');
    const second = await upload(medellin.representative, 'cdp-v2.pdf', { replaces: first.id });
    const doc = await readDocument(medellin.member, second.id);
    expect(doc?.replaces).toEqual({ id: first.id });
    expect(doc?.uploadedBy).toEqual({ id: toGlobalId('Person', await personKey(medellin.representative)) });
    expect((await readDocument(medellin.member, first.id))?.replaces).toBeNull();
  });

  it('a refused upload shows its uploader the status and why, without a link', async () => {
    const exe = Buffer.alloc(256);
    exe.write('MZ', 0, 'latin1');
    exe.writeUInt32LE(128, 0x3c);
    exe.write('PE\0\0', 128, 'latin1');
    const refused = await uploadDocument(app.url, medellin.member, { purpose: 'ASSESSMENT_EVIDENCE', name: 'informe.pdf', content: exe });
    expect(refused.status).toBe(422);
    const doc = await readDocument(medellin.member, refused.documentId!);
    expect(doc).toMatchObject({ status: 'REFUSED', refusalReason: expect.any(String), downloadUrl: null, downloadUrlExpiresAt: null });
  });

  it('answers null for an id that names no document', async () => {
    expect(await readDocument(medellin.coordinator, toGlobalId('Document', '00000000-0000-4000-8000-000000000000'))).toBeNull();
    refusalOf(
      await gql(medellin.coordinator, DOCUMENT, { id: toGlobalId('Case', '00000000-0000-4000-8000-000000000000') }),
      'BAD_USER_INPUT',
    );
  });
});

describe('a link serves only its person, unaltered, until it expires, while they may still read the document', () => {
  it('with the bearer token of another person it is refused (403); with its own person’s token it works', async () => {
    const { id } = await upload(medellin.representative, 'otra-persona.pdf');
    const url = await linkOf(medellin.member, id);
    const other = await fetchLink(url, { authorization: `Bearer ${medellin.representative}` });
    expect(other.status).toBe(403);
    expect(other.json?.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN', rule: 'LINK_OTHER_PERSON' });
    expect(other.json?.errors?.[0].message).toMatch(/otra persona/);
    expect(await downloadsOf(id)).toBe(0);
    expect((await fetchLink(url, { authorization: `Bearer ${medellin.member}` })).status).toBe(200);
    expect(await downloadsOf(id)).toBe(1);
  });

  it('an altered signature, person, expiry or document is refused (403) and nothing is audited', async () => {
    const { id } = await upload(medellin.representative, 'alterado.pdf');
    const another = await upload(medellin.representative, 'otro.pdf');
    const url = new URL(await linkOf(medellin.member, id));
    const altered = (change: (u: URL) => void) => {
      const copy = new URL(url);
      change(copy);
      return copy.toString();
    };
    const s = url.searchParams.get('s')!;
    const representative = await personKey(medellin.representative);
    const variants = [
      altered((u) => u.searchParams.set('s', `${s[0] === 'A' ? 'B' : 'A'}${s.slice(1)}`)),
      altered((u) => u.searchParams.set('p', representative)),
      altered((u) => u.searchParams.set('e', String(Number(u.searchParams.get('e')) + 3600))),
      altered((u) => (u.pathname = `/documents/${another.id}/content`)),
      altered((u) => u.searchParams.delete('s')),
      altered((u) => u.searchParams.set('p', 'no-es-un-id')),
    ];
    for (const variant of variants) {
      const res = await fetchLink(variant);
      expect(res.status).toBe(403);
      expect(res.json?.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN', rule: 'LINK_INVALID' });
    }
    expect(await downloadsOf(id)).toBe(0);
    expect(await downloadsOf(another.id)).toBe(0);
    expect((await fetchLink(url.toString())).status).toBe(200);
  });

  it('after its expiry it is refused (410) with a message telling to ask for a new one; a new one works', async () => {
    const { id } = await upload(medellin.representative, 'vencido.pdf');
    const url = await linkOf(medellin.member, id);
    const clock = clockOf(app);
    try {
      await clock.advance((app.config.documents.linkSeconds + 1) * 1000);
      const res = await fetchLink(url);
      expect(res.status).toBe(410);
      expect(res.json?.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN', rule: 'LINK_EXPIRED' });
      expect(res.json?.errors?.[0].message).toMatch(/venció.*downloadUrl/);
      expect(await downloadsOf(id)).toBe(0);
      expect((await fetchLink(await linkOf(medellin.member, id))).status).toBe(200);
    } finally {
      await clock.set(new Date());
    }
  });

  it('is refused (403) once its person is deactivated, leaves the entity or moves to another one', async () => {
    const { id } = await upload(medellin.representative, 'personas.pdf');
    const people = ['saliente', 'desactivada', 'trasladada'].map((n) => `${n}@medellin.test`);
    const tokens = await Promise.all(people.map((sub) => tokenOf(app, sub, Role.ENTITY_MEMBER, '05001')));
    const links = await Promise.all(tokens.map((t) => linkOf(t, id)));
    const [ended, deactivated] = await Promise.all(tokens.slice(0, 2).map((t) => personKey(t)));
    dataOf(
      await gql(medellin.coordinator, 'mutation E($input: EndMembershipInput!) { endMembership(input: $input) { id } }', {
        input: { personId: toGlobalId('Person', ended), reason: 'Terminó su contrato' },
      }),
    );
    dataOf(
      await gql(medellin.coordinator, 'mutation D($input: DeactivatePersonInput!) { deactivatePerson(input: $input) { id } }', {
        input: { personId: toGlobalId('Person', deactivated), reason: 'Dejó la entidad' },
      }),
    );
    // Now an official of Cali (enrolled directly there, which ends the Medellín membership).
    await tokenOf(app, people[2], Role.ENTITY_MEMBER, '76001');
    for (const link of links) {
      const res = await fetchLink(link);
      expect(res.status).toBe(403);
      expect(res.json?.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect(await downloadsOf(id)).toBe(0);
    // The entity's other users still download it with their own links.
    expect((await fetchLink(await linkOf(medellin.member, id))).status).toBe(200);
  });
});

describe('documents of a case: the case decides', () => {
  let assessmentId: string;
  let applicationId: string;
  let accompanimentId: string;

  beforeAll(async () => {
    assessmentId = await validatedAssessment(app, medellin, programme.cycleId);
    applicationId = await submittedApplication(app, medellin, programme.callId);
    await declaredEligible(app, medellin.coordinator, applicationId);
    await act(app, medellin.coordinator, 'assignEvaluators', { caseId: applicationId, evaluators: [EVALUATOR] });
    const requested = dataOf(
      await gql(medellin.member, 'mutation R($input: RequestAccompanimentInput!) { requestAccompaniment(input: $input) { case { id } } }', {
        input: requestInput('ROADMAP'),
      }),
    );
    accompanimentId = requested.requestAccompaniment.case.id;
    await drive(app, medellin, 'ACCOMPANIMENT', accompanimentId, 'ADMIT');
    // Assigned to ADVISOR, the subject of medellin.advisor.
    await drive(app, medellin, 'ACCOMPANIMENT', accompanimentId, 'ASSIGN_ADVISOR');
  }, 120_000);

  it('an evaluator reads the documents of the applications assigned to them, and no other', async () => {
    const cdp = await upload(medellin.representative, 'cdp.pdf');
    await attach(cdp.id, { kind: 'CHECKLIST_ITEM', key: `${documentKey(applicationId)}:CDP`, caseId: applicationId });
    const evidence = await upload(medellin.representative, 'evidencia.pdf');
    await attach(evidence.id, { kind: 'ASSESSMENT_ANSWER', key: `${documentKey(assessmentId)}:D1.1`, caseId: assessmentId });

    const url = await linkOf(medellin.evaluator, cdp.id);
    expect((await fetchLink(url)).status).toBe(200);
    expect(await readDocument(medellin.evaluator, evidence.id)).toBeNull();
    const stranger = await tokenOf(app, 'evaluadora.otra@test', Role.EVALUATOR);
    expect(await readDocument(stranger, cdp.id)).toBeNull();
    // The case's entity, the coordinator and the auditor read both; the other entity, neither.
    for (const token of [medellin.member, medellin.coordinator, medellin.auditor]) {
      for (const doc of [cdp.id, evidence.id]) expect(await readDocument(token, doc)).not.toBeNull();
    }
    for (const doc of [cdp.id, evidence.id]) expect(await readDocument(cali.member, doc)).toBeNull();
    // The audit row names the case.
    expect(
      (
        await knex()('document_download')
          .where({ document_id: documentKey(cdp.id) })
          .first()
      ).case_id,
    ).toBe(documentKey(applicationId));
  });

  it('an advisor reads the documents of the cases assigned to them, and no other', async () => {
    const minutes = await upload(medellin.member, 'acta-diagnostico.pdf');
    // The rule reads only the row's case: the owner kind of accompaniment minutes is the attaching steps' to choose.
    await attach(minutes.id, { kind: 'PROGRESS_REPORT', key: documentKey(accompanimentId), caseId: accompanimentId });
    const cdp = await upload(medellin.representative, 'cdp-2.pdf');
    await attach(cdp.id, { kind: 'CHECKLIST_ITEM', key: `${documentKey(applicationId)}:CDP-2`, caseId: applicationId });
    expect((await fetchLink(await linkOf(medellin.advisor, minutes.id))).status).toBe(200);
    expect(await readDocument(medellin.advisor, cdp.id)).toBeNull();
    const otherAdvisor = await tokenOf(app, 'asesora.otra@test', Role.ADVISOR);
    expect(await readDocument(otherAdvisor, minutes.id)).toBeNull();
  });

  it('once attached, the uploader reads it through its owner: an official moved to another entity no longer does', async () => {
    const mover = await tokenOf(app, 'movida@medellin.test', Role.ENTITY_MEMBER, '05001');
    const doc = await upload(mover, 'evidencia-movida.pdf');
    await attach(doc.id, { kind: 'ASSESSMENT_ANSWER', key: `${documentKey(assessmentId)}:D2.1`, caseId: assessmentId });
    const url = await linkOf(mover, doc.id);
    const moved = await tokenOf(app, 'movida@medellin.test', Role.ENTITY_MEMBER, '76001');
    expect(await readDocument(moved, doc.id)).toBeNull();
    expect((await fetchLink(url)).status).toBe(403);
  });
});

describe('the audit trail of downloads (documentDownloads)', () => {
  const DOWNLOADS = `query L($filter: DocumentDownloadFilter, $first: Int, $after: String) {
    documentDownloads(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id at role entityCode ip requestId subject document { id name } person { id pseudonym } } } } }`;
  interface Page {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        id: string;
        at: string;
        role: string;
        entityCode: string;
        ip: string | null;
        requestId: string | null;
        subject: string | null;
        document: { id: string; name: string } | null;
        person: { id: string; pseudonym: string } | null;
      };
    }[];
  }
  const list = async (token: string, variables: Record<string, unknown>) =>
    dataOf<{ documentDownloads: Page }>(await gql(token, DOWNLOADS, variables)).documentDownloads;

  let doc: { id: string };
  let other: { id: string };
  const started = new Date();

  beforeAll(async () => {
    doc = await upload(medellin.representative, 'auditado.pdf');
    other = await upload(cali.representative, 'auditado-cali.pdf');
    // Three downloads of the Medellín document (member, representative, member) and one of Cali's.
    for (const token of [medellin.member, medellin.representative, medellin.member])
      expect((await fetchLink(await linkOf(token, doc.id))).status).toBe(200);
    expect((await fetchLink(await linkOf(cali.member, other.id))).status).toBe(200);
  });

  it('an auditor lists a document’s downloads newest first, with who, role, when and from where', async () => {
    const page = await list(medellin.auditor, { filter: { documentId: doc.id } });
    expect(page.totalCount).toBe(3);
    expect(page.edges.map((e) => e.node.role).sort()).toEqual(['ENTITY_MEMBER', 'ENTITY_MEMBER', 'ENTITY_REPRESENTATIVE']);
    const ats = page.edges.map((e) => new Date(e.node.at).getTime());
    expect([...ats].sort((a, b) => b - a)).toEqual(ats);
    const member = toGlobalId('Person', await personKey(medellin.member));
    expect(page.edges[0].node).toMatchObject({
      entityCode: '05001',
      subject: 'entity_member@test',
      ip: expect.any(String),
      requestId: expect.any(String),
      document: { id: doc.id, name: 'auditado.pdf' },
      person: { id: member, pseudonym: expect.stringMatching(/^P-/) },
    });
  });

  it('pages with first/after without repeating or losing a row', async () => {
    const all = await list(medellin.coordinator, { filter: { documentId: doc.id } });
    const first = await list(medellin.coordinator, { filter: { documentId: doc.id }, first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await list(medellin.coordinator, { filter: { documentId: doc.id }, first: 2, after: first.pageInfo.endCursor });
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...rest.edges].map((e) => e.node.id)).toEqual(all.edges.map((e) => e.node.id));
  });

  it('filters by entity, person and instant', async () => {
    const cali = await list(medellin.auditor, { filter: { entityCode: '76001', from: started.toISOString() } });
    expect(cali.edges.map((e) => e.node.document?.id)).toEqual([other.id]);
    const representative = toGlobalId('Person', await personKey(medellin.representative));
    const byPerson = await list(medellin.auditor, { filter: { personId: representative, documentId: doc.id } });
    expect(byPerson.edges.map((e) => e.node.person?.id)).toEqual([representative]);
    // Past any download (the expiry test moved the clock minutes ahead for one).
    const future = await list(medellin.auditor, { filter: { from: new Date(Date.now() + 2 * 3600_000).toISOString() } });
    expect(future.totalCount).toBe(0);
    const past = await list(medellin.auditor, { filter: { documentId: doc.id, to: started.toISOString() } });
    expect(past.totalCount).toBe(0);
  });

  it('is refused to entity users, advisors and evaluators (FORBIDDEN)', async () => {
    for (const token of [medellin.member, medellin.representative, medellin.advisor, medellin.evaluator]) {
      const res = await gql(token, DOWNLOADS, {});
      refusalOf(res, 'FORBIDDEN');
      expect(res.data ?? null).toBeNull();
    }
  });

  it('refuses bad input with the problem’s path: a period backwards, an id that is not one, a foreign cursor', async () => {
    const backwards = refusalOf(
      await gql(medellin.auditor, DOWNLOADS, { filter: { from: new Date().toISOString(), to: started.toISOString() } }),
      'BAD_USER_INPUT',
    );
    expect(backwards.extensions?.problems).toEqual([expect.objectContaining({ path: 'filter.to', code: 'INCONSISTENT' })]);
    const notAnId = refusalOf(await gql(medellin.auditor, DOWNLOADS, { filter: { personId: 'nadie' } }), 'BAD_USER_INPUT');
    expect(notAnId.extensions?.problems).toEqual([expect.objectContaining({ path: 'filter.personId' })]);
    const cursor = refusalOf(await gql(medellin.auditor, DOWNLOADS, { after: 'bm8tZXMtdW4tY3Vyc29y' }), 'BAD_USER_INPUT');
    expect(cursor.extensions?.problems).toEqual([expect.objectContaining({ path: 'after' })]);
    const entity = refusalOf(await gql(medellin.auditor, DOWNLOADS, { filter: { entityCode: 'Medellín' } }), 'BAD_USER_INPUT');
    expect(entity.extensions?.problems).toEqual([expect.objectContaining({ path: 'filter.entityCode' })]);
  });

  it('costs the same number of SQL statements for 1 and for 4 downloads, nested document and person included', async () => {
    const count = async (first: number) => {
      let statements = 0;
      const listener = () => statements++;
      knex().on('query', listener);
      try {
        const query = `query L($first: Int) { documentDownloads(first: $first) { edges { node { subject
          document { id downloadUrl uploadedBy { id name } replaces { id } } person { id name } } } } }`;
        const page = dataOf<{ documentDownloads: Page }>(await gql(medellin.coordinator, query, { first })).documentDownloads;
        expect(page.edges).toHaveLength(first);
      } finally {
        knex().off('query', listener);
      }
      return statements;
    };
    const one = await count(1);
    expect(one).toBeGreaterThan(0);
    expect(await count(4)).toBe(one);
  });
});
