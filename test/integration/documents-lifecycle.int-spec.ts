// Issue 20, the lifecycle of documents (the worker's hourly purge-documents): uploads never attached
// are deleted after DOCUMENT_UNATTACHED_HOURS (24), unfinished uploads lose their partial bytes, and
// an attached document is deleted DOCUMENT_RETENTION_YEARS after its case closed (Ley 594 de 2000;
// one year here, so the clock travels less), never while its case is open. Links last a day here,
// so one taken before the purge can be tried after it.
import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { instantFor } from '../../src/core/orm/orm';
import { PURGE_DOCUMENTS, type PurgeResult } from '../../src/modules/documents/purge-documents.job';
import { createUpload, documentKey, patchUpload, samplePdf, uploadDocument, uploadUrl } from '../support/documents';
import { dataOf, executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { clockOf, openProgrammeAt, timeTravelEnv } from '../support/time-travel';
import { actors, municipalities, validatedAssessment, type Actors } from '../support/workflow';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

let app: TestSystem;
let coordinator: string;
let start: Date;
let cycleId: string;
let codes: string[];

beforeAll(async () => {
  app = await startTestSystem(timeTravelEnv({ DOCUMENT_RETENTION_YEARS: '1' }), { worker: true });
  // The worker runs its scheduled work once at start: that run is over before the test writes anything.
  await app.system.worker!.started;
  coordinator = await app.token(Role.COORDINATOR);
  start = new Date();
  await clockOf(app).set(start);
  ({ cycleId } = await openProgrammeAt(app, coordinator, start));
  codes = await municipalities(app, 4);
}, 120_000);
afterAll(() => app?.stop());

const knex = () => app.system.orm.em.getKnex();
const DOCUMENT = 'query D($id: ID!) { document(id: $id) { status downloadUrl } }';
const storage = () => app.system.api.services.documents.storage;
const purge = () => app.system.worker!.runScheduled(PURGE_DOCUMENTS) as Promise<PurgeResult>;

async function upload(token: string, name: string): Promise<string> {
  const result = await uploadDocument(app.url, token, { purpose: 'ASSESSMENT_EVIDENCE', name, content: samplePdf(name) });
  expect(result.status).toBe(200);
  return result.documentId!;
}

/**
 * Gives a document an owner by writing its row as the attaching steps do (their mutations are
 * another part of issue 20; the purge reads only the row's owner and case).
 */
async function attach(documentId: string, caseId: string, key: string): Promise<void> {
  const instant = instantFor(app.system.orm.em);
  await knex()('document')
    .where({ id: documentKey(documentId) })
    .update({
      owner_kind: 'ASSESSMENT_ANSWER',
      owner_key: `${fromGlobalId(caseId)!.key}:${key}`,
      case_id: fromGlobalId(caseId)!.key,
      attached_at: instant(clockOf(app).now()),
      attached_by: 'prueba',
    });
}

const rowOf = async (documentId: string) =>
  knex()('document')
    .where({ id: documentKey(documentId) })
    .first('status', 'deleted_at');
const bytesOf = (documentId: string) => storage().offset(documentKey(documentId));

async function openAssessment(who: Actors, cycle: string): Promise<string> {
  const res = await executeText(
    app.url,
    'mutation S($input: StartAssessmentInput!) { startAssessment(input: $input) { case { id state } } }',
    { input: { cycleId: cycle } },
    { token: who.member },
  );
  return dataOf(res).startAssessment.case.id;
}

/** A tus upload created and cut after half its bytes: its partial bytes stay in the storage. */
async function unfinishedUpload(token: string): Promise<string> {
  const content = samplePdf('sin terminar');
  const created = await createUpload(app.url, token, { purpose: 'ASSESSMENT_EVIDENCE', filename: 'sin-terminar.pdf' }, content.length);
  expect(created.status).toBe(201);
  const location = uploadUrl(app.url, created);
  const half = content.subarray(0, Math.floor(content.length / 2));
  expect((await patchUpload(location, token, 0, half)).status).toBe(204);
  const id = location.split('/').pop()!;
  expect(await storage().offset(id)).toBe(half.length);
  return id;
}

describe('purge of uploads never attached', () => {
  it('deletes an unattached upload older than 24 hours (bytes gone, row DELETED) and keeps the attached one of an open case', async () => {
    const who = await actors(app, codes[0]);
    const caseId = await openAssessment(who, cycleId);
    const unattached = await upload(who.member, 'sin-adjuntar.pdf');
    const attached = await upload(who.member, 'adjunto.pdf');
    await attach(attached, caseId, 'D1.1');
    const refused = await uploadDocument(app.url, who.member, {
      purpose: 'ASSESSMENT_EVIDENCE',
      name: 'vacio.pdf',
      content: Buffer.from('no es un pdf'),
    });
    expect(refused.status).toBe(422);
    const partial = await unfinishedUpload(who.member);

    // Within the 24 hours nothing goes.
    await clockOf(app).set(new Date(start.getTime() + 23 * HOUR));
    expect(await purge()).toEqual({ unattached: 0, unfinished: 0, retained: 0 });
    expect(await bytesOf(unattached)).not.toBeNull();

    await clockOf(app).set(new Date(start.getTime() + 25 * HOUR));
    // A link given just before the purge (links live minutes).
    const link = dataOf(await executeText(app.url, DOCUMENT, { id: unattached }, { token: who.member })).document.downloadUrl;
    expect(link).toEqual(expect.any(String));
    const fresh = await upload(who.member, 'reciente.pdf');
    const result = await purge();
    expect(result).toEqual({ unattached: 2, unfinished: 1, retained: 0 });
    expect(await rowOf(unattached)).toMatchObject({ status: 'DELETED', deleted_at: expect.anything() });
    expect(await bytesOf(unattached)).toBeNull();
    await expect(storage().read(documentKey(unattached))).rejects.toThrow();
    // The refused one (its bytes were already gone) is DELETED too; the unfinished upload's bytes are removed.
    expect((await rowOf(refused.documentId!)).status).toBe('DELETED');
    expect(await storage().offset(partial)).toBeNull();
    // The attached document of the open case, and an upload of the last hour, stay as they were.
    expect(await rowOf(attached)).toMatchObject({ status: 'AVAILABLE', deleted_at: null });
    expect(await bytesOf(attached)).not.toBeNull();
    expect((await rowOf(fresh)).status).toBe('AVAILABLE');

    // The uploader still sees what happened to it, without a link.
    const seen = dataOf(await executeText(app.url, DOCUMENT, { id: unattached }, { token: who.member }));
    expect(seen.document).toEqual({ status: 'DELETED', downloadUrl: null });
    // A link given before the purge, still within its lifetime, says the content is gone.
    const gone = await fetch(link);
    expect(gone.status).toBe(410);
    expect(((await gone.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions).toEqual({
      code: 'NOT_FOUND',
      rule: 'DOCUMENT_DELETED',
    });
    // Run again, it finds nothing more to do.
    expect(await purge()).toEqual({ unattached: 0, unfinished: 0, retained: 0 });
  });
});

describe('retention after a case closes', () => {
  it('deletes the attached documents of a case closed longer ago than the retention, and keeps those of one closed recently', async () => {
    // Closed now (validated), with its evidence attached.
    const old = await actors(app, codes[1]);
    const oldCase = await validatedAssessment(app, old, cycleId);
    const oldDoc = await upload(old.member, 'evidencia-antigua.pdf');
    await attach(oldDoc, oldCase, 'D1.1');
    const keptOpen = await actors(app, codes[2]);

    // A year and two days later: a new programme year, a case closed then, and one still open.
    const later = new Date(start.getTime() + 367 * DAY);
    await clockOf(app).set(later);
    const programme = await openProgrammeAt(app, coordinator, later);
    const recent = await actors(app, codes[3]);
    const recentCase = await validatedAssessment(app, recent, programme.cycleId);
    const recentDoc = await upload(recent.member, 'evidencia-reciente.pdf');
    await attach(recentDoc, recentCase, 'D1.1');
    const openCase = await openAssessment(keptOpen, programme.cycleId);
    const openDoc = await upload(keptOpen.member, 'evidencia-abierta.pdf');
    await attach(openDoc, openCase, 'D1.1');

    const result = await purge();
    expect(result.retained).toBe(1);
    expect(await rowOf(oldDoc)).toMatchObject({ status: 'DELETED', deleted_at: expect.anything() });
    expect(await bytesOf(oldDoc)).toBeNull();
    for (const kept of [recentDoc, openDoc]) {
      expect(await rowOf(kept)).toMatchObject({ status: 'AVAILABLE', deleted_at: null });
      expect(await bytesOf(kept)).not.toBeNull();
    }
    // The closed case's entity still reads the document's record, without a link.
    const seen = dataOf(await executeText(app.url, DOCUMENT, { id: oldDoc }, { token: old.member }));
    expect(seen.document).toEqual({ status: 'DELETED', downloadUrl: null });
    expect((await purge()).retained).toBe(0);
  });
});
