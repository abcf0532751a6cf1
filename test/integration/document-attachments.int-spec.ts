import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';

import { Role } from '../../src/core/auth/principal';
import { bogotaDay } from '../../src/core/time/business-calendar';
import { CofinancingCall } from '../../src/modules/cofinancing/call.entity';
import { Document } from '../../src/modules/documents/document.entity';
import { shippedModel } from '../../src/modules/maturity/maturity-model';
import { StartAssessmentDocument } from '../graphql/generated';
import {
  act,
  actRaw,
  applicationInCommittee,
  extensionsOf,
  problemPaths,
  publishedCall,
  saveApplication,
  startApplication,
  type Res,
} from '../support/cofinancing';
import { documentKey, samplePdf, uploadDocument } from '../support/documents';
import { dataOf, execute, executeText, refusalOf } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { actors, municipalities, openProgramme, validatedAssessment, type Actors } from '../support/workflow';

/*
 * Attaching documents (issue 20 §4) through the real HTTP API: uploaded with tus, attached by id
 * through the mutations that own them (assessment evidence, checklist items, the signed agreement,
 * progress report items' annexes, a plan imported from a document), each in the step's own transaction, and read
 * back through the owner's field. Every refusal leaves the step unwritten and the document free.
 */

const DOC = 'id name purpose status mediaType size sha256 current';
const ASSESSMENT = `query A($id: ID!) { assessment(id: $id) { id version answers { questionId evidence { title url document { ${DOC} } } } } }`;
const SAVE = `mutation S($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { id version } }`;
const ATTACH = `mutation A($input: AttachChecklistDocumentsInput!) { attachChecklistDocuments(input: $input) { id checklist { itemId text requiresDocument documents { ${DOC} } } } }`;
const APPLICATION = `query A($id: ID!) { application(id: $id) { id checklist { itemId text requiresDocument documents { ${DOC} } } agreement { number document { ${DOC} } } case { state version } } }`;
const IMPORT = `mutation I($input: ImportActionPlanInput!) { importActionPlan(input: $input) { id products { code } sourceDocument { ${DOC} } } }`;
const REPORT = `mutation R($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { case { id progressReport { items { id annexes { ${DOC} } } } } } }`;
const PLAN = `query P($id: ID!) { actionPlan(id: $id) { id sourceDocument { ${DOC} } reports { id annexes { ${DOC} } } } }`;

const REQUIRED_ITEMS = ['REPRESENTACION_LEGAL', 'CARTA_COMPROMISO', 'CDP_CONTRAPARTIDA', 'FICHA_TECNICA'];
const YEAR = Number(bogotaDay(new Date()).slice(0, 4));

let app: TestSystem;
let coordinator: string;
let cycleId: string;
/** A call with the default checklist: four of its five items require a document. */
let documentedCallId: string;
/** A call whose checklist requires none (as the other suites' calls). */
let plainCallId: string;
let pool: string[];
let taken = 0;

beforeAll(async () => {
  app = await startTestSystem();
  coordinator = await app.token(Role.COORDINATOR);
  cycleId = (await openProgramme(app, coordinator)).cycleId;
  documentedCallId = await publishedCall(app, coordinator, {
    title: 'Convocatoria con requisitos documentados',
    eligibilityChecklist: null,
  });
  plainCallId = await publishedCall(app, coordinator, { title: 'Convocatoria sin documentos exigidos' });
  pool = await municipalities(app, 20);
});
afterAll(() => app?.stop());

/** A municipality no other test uses, with its people's tokens (and a validated assessment if asked). */
async function entity(validated = false): Promise<Actors & { code: string }> {
  const code = pool[taken++];
  if (!code) throw new Error('no quedan municipios libres');
  const who = await actors(app, code);
  if (validated) await validatedAssessment(app, who, cycleId);
  return { ...who, code };
}

/** Uploads a file with the token and returns the document's global id (it must have been accepted). */
async function upload(
  token: string,
  purpose: string,
  name: string,
  content: Buffer = samplePdf(name),
  metadata?: Record<string, string>,
): Promise<string> {
  const result = await uploadDocument(app.url, token, { purpose, name, content, metadata });
  if (result.status !== 200 || !result.documentId) throw new Error(`carga de ${name}: ${result.status} ${JSON.stringify(result.body)}`);
  return result.documentId;
}

/** The document's row as stored. */
const row = (globalId: string) => app.system.orm.em.fork().findOneOrFail(Document, { id: documentKey(globalId) });

/** What a document shows through its owner, as the upload made it: name, size, checksum, status. */
async function asUploaded(globalId: string) {
  const r = await row(globalId);
  return { id: globalId, name: r.fileName, size: r.size, sha256: r.sha256, status: 'AVAILABLE', mediaType: r.mediaType, current: true };
}

function problems(res: Res): { path: string; code: string; message: string }[] {
  refusalOf(res, 'BAD_USER_INPUT');
  return extensionsOf(res).problems as { path: string; code: string; message: string }[];
}

// =============================================================================================
describe('assessment evidence (saveAssessmentAnswers)', () => {
  let who: Actors & { code: string };
  let caseId: string;
  const [q1, q2, q3] = [...shippedModel().questions.values()].filter((q) => q.type === 'SCALE_0_4').map((q) => q.id);
  const answer = (questionId: string, ...evidence: Record<string, unknown>[]) => ({ questionId, value: 3, evidence });
  const save = (token: string, ...answers: Record<string, unknown>[]) =>
    executeText(app.url, SAVE, { input: { caseId, answers } }, { token }) as Promise<Res>;
  const read = async () => dataOf(await executeText(app.url, ASSESSMENT, { id: caseId }, { token: who.member })).assessment;

  beforeAll(async () => {
    who = await entity();
    const started = await execute(app.url, StartAssessmentDocument, { input: { cycleId } }, { token: who.member });
    caseId = dataOf(started).startAssessment.case.id;
  });

  it('attaches an uploaded document as an answer’s evidence and reads it back through the answer; saving again changes nothing', async () => {
    const doc = await upload(who.member, 'ASSESSMENT_EVIDENCE', 'acta-comite-cti.pdf');
    const batch = [
      answer(q1, { title: 'Acta del comité CTI', documentId: doc }),
      answer(q2, { title: 'Sitio', url: 'https://cti.gov.co/x' }),
    ];
    dataOf(await save(who.member, ...batch));
    const evidence = (await read()).answers.find((a: { questionId: string }) => a.questionId === q1).evidence;
    expect(evidence).toEqual([
      { title: 'Acta del comité CTI', url: null, document: { ...(await asUploaded(doc)), purpose: 'ASSESSMENT_EVIDENCE' } },
    ]);
    expect((await read()).answers.find((a: { questionId: string }) => a.questionId === q2).evidence[0].document).toBeNull();
    const attached = await row(doc);
    expect(attached).toMatchObject({
      ownerKind: 'ASSESSMENT_ANSWER',
      ownerKey: `${documentKey(caseId)}:${q1}`,
      caseId: documentKey(caseId),
    });
    // The subject `app.token` enrolls: Medellín's plain, another entity's with its code.
    expect(attached.attachedBy).toBe(who.code === '05001' ? 'entity_member@test' : `entity_member.${who.code}@test`);

    // An autosave repeats the batch: the document stays attached to the same answer, once.
    dataOf(await save(who.member, ...batch));
    expect(await row(doc)).toEqual(attached);
  });

  it('refuses another entity’s document as a missing one (UNKNOWN), and nothing of the batch is saved', async () => {
    const other = await entity();
    const foreign = await upload(other.member, 'ASSESSMENT_EVIDENCE', 'ajeno.pdf');
    const before = await read();
    const res = await save(who.member, answer(q3, { title: 'Evidencia ajena', documentId: foreign }));
    expect(problems(res)).toEqual([
      { path: 'input.answers[0].evidence[0].documentId', code: 'UNKNOWN', message: `no existe el documento ${documentKey(foreign)}` },
    ]);
    expect(await read()).toEqual(before);
    expect((await row(foreign)).ownerKind).toBeNull();

    // And another entity's user cannot reach this entity's assessment at all.
    const intruder = await save(other.member, answer(q3, { title: 'Evidencia ajena', documentId: foreign }));
    refusalOf(intruder, 'NOT_FOUND');
    expect(await read()).toEqual(before);
    expect((await row(foreign)).ownerKind).toBeNull();
  });

  it('collects every refusal of a batch at once: in quarantine, refused, of another purpose, repeated, attached elsewhere', async () => {
    const quarantined = await upload(who.member, 'ASSESSMENT_EVIDENCE', 'en-verificacion.pdf');
    await app.system.orm.em.fork().nativeUpdate(Document, { id: documentKey(quarantined) }, { status: 'QUARANTINE' });
    const refused = await uploadDocument(app.url, who.member, {
      purpose: 'ASSESSMENT_EVIDENCE',
      name: 'informe.pdf',
      content: Buffer.from('MZ\x90\x00 esto no es un PDF sino texto disfrazado'.repeat(10), 'latin1'),
    });
    expect(refused.status).toBe(422);
    const requirement = await upload(who.member, 'ELIGIBILITY_REQUIREMENT', 'cdp.pdf');
    const twice = await upload(who.member, 'ASSESSMENT_EVIDENCE', 'dos-veces.pdf');
    const onQ1 = (await row(await upload(who.member, 'ASSESSMENT_EVIDENCE', 'de-q1.pdf'))).id;
    dataOf(await save(who.member, answer(q1, { title: 'De la primera', documentId: onQ1 })));
    const before = await read();

    const res = await save(
      who.member,
      answer(q2, { title: 'En verificación', documentId: quarantined }, { title: 'Rechazado', documentId: refused.documentId }),
      answer(
        q3,
        { title: 'Otro propósito', documentId: requirement },
        { title: 'Una vez', documentId: twice },
        { title: 'Otra', documentId: twice },
      ),
      answer(q1, { title: 'Ya en q1', documentId: onQ1 }, { title: 'Ya en q1 y en q3', documentId: onQ1 }),
    );
    const found = problems(res);
    expect(found.map((p) => [p.path, p.code])).toEqual([
      ['input.answers[0].evidence[0].documentId', 'NOT_ALLOWED'],
      ['input.answers[0].evidence[1].documentId', 'NOT_ALLOWED'],
      ['input.answers[1].evidence[0].documentId', 'NOT_ALLOWED'],
      ['input.answers[1].evidence[2].documentId', 'DUPLICATE'],
      ['input.answers[2].evidence[1].documentId', 'DUPLICATE'],
    ]);
    expect(found[0].message).toContain('aún se está verificando');
    expect(found[1].message).toContain('fue rechazado');
    expect(found[2].message).toContain('ASSESSMENT_EVIDENCE');
    expect(await read()).toEqual(before);
    for (const id of [quarantined, requirement, twice]) expect((await row(id)).ownerKind).toBeNull();

    // A document of one answer is refused on another: it belongs to its first answer for good.
    const elsewhere = await save(who.member, answer(q3, { title: 'Movida', documentId: onQ1 }));
    expect(problems(elsewhere)).toEqual([
      expect.objectContaining({ path: 'input.answers[0].evidence[0].documentId', code: 'NOT_ALLOWED' }),
    ]);
    expect(problems(elsewhere)[0].message).toContain('ya está adjunto a una respuesta');
  });

  it('a new version attached to the same answer supersedes the earlier one, which stays readable', async () => {
    const v1 = await upload(who.member, 'ASSESSMENT_EVIDENCE', 'politica-v1.pdf');
    dataOf(await save(who.member, answer(q2, { title: 'Política CTI', documentId: v1 })));
    const v2 = await upload(who.member, 'ASSESSMENT_EVIDENCE', 'politica-v2.pdf', samplePdf('version 2'), { replaces: v1 });
    dataOf(
      await save(who.member, answer(q2, { title: 'Política CTI (versión 1)', documentId: v1 }, { title: 'Política CTI', documentId: v2 })),
    );
    const evidence = (await read()).answers.find((a: { questionId: string }) => a.questionId === q2).evidence;
    expect(evidence.map((e: { document: { id: string; current: boolean } }) => [e.document.id, e.document.current])).toEqual([
      [v1, false],
      [v2, true],
    ]);
    expect(await row(v1)).toMatchObject({ status: 'AVAILABLE', supersededBy: documentKey(v2) });
    // Its bytes are still there.
    const bytes = await buffer(await app.system.api.services.documents.storage.read(documentKey(v1)));
    expect(bytes.equals(samplePdf('politica-v1.pdf'))).toBe(true);
  });
});

// =============================================================================================
describe('eligibility checklist documents (attachChecklistDocuments) and submission', () => {
  let who: Actors & { code: string };
  let caseId: string;
  const read = async (token = who.member) => dataOf(await executeText(app.url, APPLICATION, { id: caseId }, { token })).application;
  const attach = (token: string, itemId: string, documentIds: string[], id = caseId): Promise<Res> =>
    executeText(app.url, ATTACH, { input: { caseId: id, itemId, documentIds } }, { token });

  beforeAll(async () => {
    who = await entity(true);
    caseId = await startApplication(app, who, documentedCallId);
    await saveApplication(app, who.member, caseId);
  });

  it('the default checklist requires the documents of its document items; a call says so per item', async () => {
    const call = dataOf(
      await executeText(
        app.url,
        `query C($id: ID!) { call(id: $id) { eligibilityChecklist { code requiresDocument } } }`,
        {
          id: documentedCallId,
        },
        { token: who.member },
      ),
    ).call;
    expect(
      call.eligibilityChecklist.filter((i: { requiresDocument: boolean }) => i.requiresDocument).map((i: { code: string }) => i.code),
    ).toEqual(REQUIRED_ITEMS);
  });

  it('SUBMIT is refused listing every item without its document; attaching them (one a new version) lets it through', async () => {
    const refused = await actRaw(app, who.representative, 'submitApplication', { caseId });
    refusalOf(refused, 'PRECONDITION_FAILED', 'APPLICATION_NOT_SUBMITTABLE');
    const reasons = extensionsOf(refused).reasons as { code: string; itemId?: string; text?: string; path?: string }[];
    const missing = reasons.filter((r) => r.code === 'DOCUMENT_REQUIRED');
    expect(missing.map((r) => r.itemId)).toEqual(REQUIRED_ITEMS);
    expect(missing[2]).toEqual({
      code: 'DOCUMENT_REQUIRED',
      itemId: 'CDP_CONTRAPARTIDA',
      text: 'Certificado de disponibilidad presupuestal de la contrapartida',
      path: 'checklist[2]',
      message: expect.stringContaining('CDP_CONTRAPARTIDA'),
    });
    expect(refused.errors![0].message).toContain('FICHA_TECNICA');
    expect((await read()).case.state).toBe('draft');

    // The CDP, then a corrected version of it: the item lists the current one only.
    const cdp = await upload(who.member, 'ELIGIBILITY_REQUIREMENT', 'cdp.pdf');
    const attached = dataOf(await attach(who.member, 'CDP_CONTRAPARTIDA', [cdp])).attachChecklistDocuments;
    const item = attached.checklist.find((i: { itemId: string }) => i.itemId === 'CDP_CONTRAPARTIDA');
    expect(item).toEqual({
      itemId: 'CDP_CONTRAPARTIDA',
      text: 'Certificado de disponibilidad presupuestal de la contrapartida',
      requiresDocument: true,
      documents: [{ ...(await asUploaded(cdp)), purpose: 'ELIGIBILITY_REQUIREMENT' }],
    });
    const cdp2 = await upload(who.representative, 'ELIGIBILITY_REQUIREMENT', 'cdp-corregido.pdf', samplePdf('cdp 2'), { replaces: cdp });
    dataOf(await attach(who.representative, 'CDP_CONTRAPARTIDA', [cdp2]));
    // Repeating a request changes nothing.
    dataOf(await attach(who.representative, 'CDP_CONTRAPARTIDA', [cdp2]));
    const coordinatorView = await read(coordinator);
    expect(
      coordinatorView.checklist
        .find((i: { itemId: string }) => i.itemId === 'CDP_CONTRAPARTIDA')
        .documents.map((d: { id: string }) => d.id),
    ).toEqual([cdp2]);
    expect(await row(cdp)).toMatchObject({ supersededBy: documentKey(cdp2), status: 'AVAILABLE', ownerKind: 'CHECKLIST_ITEM' });
    const old = dataOf(
      await executeText(app.url, `query D($id: ID!) { document(id: $id) { ${DOC} } }`, { id: cdp }, { token: coordinator }),
    );
    expect(old.document).toMatchObject({ id: cdp, current: false, status: 'AVAILABLE' });

    // Still three missing.
    const still = await actRaw(app, who.representative, 'submitApplication', { caseId });
    expect((extensionsOf(still).reasons as { itemId?: string }[]).map((r) => r.itemId).filter(Boolean)).toEqual([
      'REPRESENTACION_LEGAL',
      'CARTA_COMPROMISO',
      'FICHA_TECNICA',
    ]);
    const version = (await read()).case.version;
    for (const itemId of ['REPRESENTACION_LEGAL', 'CARTA_COMPROMISO', 'FICHA_TECNICA']) {
      const first = await upload(who.member, 'ELIGIBILITY_REQUIREMENT', `${itemId.toLowerCase()}-1.pdf`);
      const second = await upload(who.member, 'ELIGIBILITY_REQUIREMENT', `${itemId.toLowerCase()}-2.pdf`);
      dataOf(await attach(who.member, itemId, [first, second]));
    }
    // Attaching is an edit of the application, not a transition.
    expect((await read()).case.version).toBe(version);
    const listed = (await read(coordinator)).checklist.map((i: { itemId: string; documents: unknown[] }) => [i.itemId, i.documents.length]);
    expect(listed).toEqual([
      ['REPRESENTACION_LEGAL', 2],
      ['CARTA_COMPROMISO', 2],
      ['CDP_CONTRAPARTIDA', 1],
      ['PLAN_DESARROLLO', 0],
      ['FICHA_TECNICA', 2],
    ]);
    expect((await act(app, who.representative, 'submitApplication', { caseId })).state).toBe('submitted');

    // Submitted: the entity no longer edits its application, documents included.
    const late = await upload(who.member, 'ELIGIBILITY_REQUIREMENT', 'tarde.pdf');
    refusalOf(await attach(who.member, 'PLAN_DESARROLLO', [late]), 'PRECONDITION_FAILED', 'APPLICATION_NOT_EDITABLE');
    expect((await row(late)).ownerKind).toBeNull();
  });

  it('RESUBMIT after corrections is refused again if a required document is gone, and accepted once one is attached', async () => {
    await act(app, coordinator, 'startEligibilityReview', { caseId });
    await act(app, coordinator, 'requestCorrections', { caseId, note: 'Adjunte de nuevo la ficha técnica firmada' });
    // The end of a retention period (or a purge) leaves the item without a current document.
    const ficha = (await read()).checklist.find((i: { itemId: string }) => i.itemId === 'FICHA_TECNICA').documents;
    await app.system.orm.em
      .fork()
      .nativeUpdate(Document, { id: { $in: ficha.map((d: { id: string }) => documentKey(d.id)) } }, { status: 'DELETED' });
    const refused = await actRaw(app, who.representative, 'resubmitApplication', { caseId });
    refusalOf(refused, 'PRECONDITION_FAILED', 'APPLICATION_NOT_SUBMITTABLE');
    expect((extensionsOf(refused).reasons as { code: string; itemId?: string }[]).filter((r) => r.code === 'DOCUMENT_REQUIRED')).toEqual([
      expect.objectContaining({ itemId: 'FICHA_TECNICA' }),
    ]);
    dataOf(await attach(who.member, 'FICHA_TECNICA', [await upload(who.member, 'ELIGIBILITY_REQUIREMENT', 'ficha-firmada.pdf')]));
    expect((await act(app, who.representative, 'resubmitApplication', { caseId })).state).toBe('eligibilityReview');
  });

  it('refuses a document of another entity, a coordinator’s attachment, and another entity’s user on this case; nothing is attached', async () => {
    const other = await entity(true);
    const otherCase = await startApplication(app, other, documentedCallId);
    const mine = await upload(other.member, 'ELIGIBILITY_REQUIREMENT', 'cdp-propio.pdf');
    // A ministry uploader declares the entity a document belongs to: here, `who`'s.
    const declared = await upload(coordinator, 'ELIGIBILITY_REQUIREMENT', 'cdp-de-la-coordinacion.pdf', undefined, {
      entityCode: who.code,
    });
    const before = await read(coordinator);

    // `other` attaching `who`'s document to its own application: as if it did not exist.
    expect(problems(await attach(other.member, 'CDP_CONTRAPARTIDA', [declared], otherCase))).toEqual([
      { path: 'input.documentIds[0]', code: 'UNKNOWN', message: `no existe el documento ${documentKey(declared)}` },
    ]);
    // A coordinator does not edit an entity's application, whoever's document it names.
    refusalOf(await attach(coordinator, 'CDP_CONTRAPARTIDA', [declared], otherCase), 'FORBIDDEN');
    refusalOf(await attach(coordinator, 'CDP_CONTRAPARTIDA', [mine], otherCase), 'FORBIDDEN');
    // `other`'s user cannot reach `who`'s application.
    refusalOf(await attach(other.member, 'CDP_CONTRAPARTIDA', [mine]), 'NOT_FOUND');
    expect(await read(coordinator)).toEqual(before);
    for (const id of [mine, declared]) expect((await row(id)).ownerKind).toBeNull();

    // An unknown item and a document of the wrong purpose, together.
    const evidence = await upload(other.member, 'ASSESSMENT_EVIDENCE', 'evidencia.pdf');
    expect(problemPaths(await attach(other.member, 'NO_EXISTE', [evidence], otherCase))).toEqual(['input.itemId']);
    // The list is bounded: none is REQUIRED, more than ten TOO_LONG (refused before any document is read).
    expect(problems(await attach(other.member, 'CDP_CONTRAPARTIDA', [], otherCase)).map((p) => [p.path, p.code])).toEqual([
      ['input.documentIds', 'REQUIRED'],
    ]);
    const eleven = Array.from({ length: 11 }, () => mine);
    expect(problems(await attach(other.member, 'CDP_CONTRAPARTIDA', eleven, otherCase)).map((p) => [p.path, p.code])).toEqual([
      ['input.documentIds', 'TOO_LONG'],
    ]);
    const wrong = problems(await attach(other.member, 'CDP_CONTRAPARTIDA', [evidence], otherCase));
    expect(wrong).toEqual([expect.objectContaining({ path: 'input.documentIds[0]', code: 'NOT_ALLOWED' })]);
    expect(wrong[0].message).toContain('ELIGIBILITY_REQUIREMENT');
    // Its own document on its own application works.
    dataOf(await attach(other.member, 'CDP_CONTRAPARTIDA', [mine], otherCase));
    // And once attached to one item, not to another.
    const twice = problems(await attach(other.member, 'FICHA_TECNICA', [mine], otherCase));
    expect(twice).toEqual([expect.objectContaining({ path: 'input.documentIds[0]', code: 'NOT_ALLOWED' })]);
    expect(twice[0].message).toContain('ya está adjunto a un requisito habilitante');
  });

  it('an older call’s checklist, which says nothing of documents, requires none', async () => {
    const older = await publishedCall(app, coordinator, { title: 'Convocatoria anterior a los documentos' });
    // As stored before requiresDocument existed.
    await app.system.orm.em.fork().nativeUpdate(
      CofinancingCall,
      { id: documentKey(older) },
      {
        eligibilityChecklist: [{ id: 'CDP_CONTRAPARTIDA', text: 'Certificado de disponibilidad presupuestal' }],
      },
    );
    const late = await entity(true);
    const id = await startApplication(app, late, older);
    await saveApplication(app, late.member, id);
    expect((await act(app, late.representative, 'submitApplication', { caseId: id })).state).toBe('submitted');
    const app2 = dataOf(await executeText(app.url, APPLICATION, { id }, { token: late.member })).application;
    expect(app2.checklist).toEqual([
      { itemId: 'CDP_CONTRAPARTIDA', text: 'Certificado de disponibilidad presupuestal', requiresDocument: false, documents: [] },
    ]);
  });
});

// =============================================================================================
describe('the signed agreement (signAgreement)', () => {
  it('attaches the signed PDF in the signature’s own step; refuses another entity’s or another purpose’s document with nothing signed', async () => {
    const who = await entity(true);
    const other = await entity();
    const caseId = await applicationInCommittee(app, who, plainCallId);
    await act(app, coordinator, 'approveApplication', { caseId });
    const read = async () => dataOf(await executeText(app.url, APPLICATION, { id: caseId }, { token: coordinator })).application;
    const before = await read();

    const foreign = await upload(other.representative, 'SIGNED_AGREEMENT', 'convenio-ajeno.pdf');
    const refused = await actRaw(app, who.representative, 'signAgreement', {
      caseId,
      agreementNumber: 'CONV-2026-001',
      documentId: foreign,
    });
    expect(problems(refused)).toEqual([
      { path: 'input.documentId', code: 'UNKNOWN', message: `no existe el documento ${documentKey(foreign)}` },
    ]);
    const requirement = await upload(who.representative, 'ELIGIBILITY_REQUIREMENT', 'no-es-el-convenio.pdf');
    const wrong = await actRaw(app, who.representative, 'signAgreement', { caseId, documentId: requirement });
    expect(problems(wrong)).toEqual([expect.objectContaining({ path: 'input.documentId', code: 'NOT_ALLOWED' })]);
    expect(await read()).toEqual(before);
    expect(before.case.state).toBe('approved');
    expect(before.agreement).toBeNull();
    for (const id of [foreign, requirement]) expect((await row(id)).ownerKind).toBeNull();

    // Another entity's representative cannot sign this entity's agreement at all.
    const signed = await upload(who.representative, 'SIGNED_AGREEMENT', 'convenio-firmado.pdf');
    refusalOf(await actRaw(app, other.representative, 'signAgreement', { caseId, documentId: signed }), 'NOT_FOUND');
    expect((await row(signed)).ownerKind).toBeNull();

    expect(
      (await act(app, who.representative, 'signAgreement', { caseId, agreementNumber: 'CONV-2026-001', documentId: signed })).state,
    ).toBe('agreementSigned');
    const after = await read();
    expect(after.agreement).toEqual({ number: 'CONV-2026-001', document: { ...(await asUploaded(signed)), purpose: 'SIGNED_AGREEMENT' } });
    expect(await row(signed)).toMatchObject({ ownerKind: 'AGREEMENT', ownerKey: documentKey(caseId), caseId: documentKey(caseId) });
  });
});

// =============================================================================================
describe('progress report annexes (submitProgressReport) and plans imported from a document (importActionPlan)', () => {
  let who: Actors & { code: string };
  let planId: string;
  const csv = (rows: (string | number)[][]) => rows.map((r) => r.join(',')).join('\n') + '\n';
  const planRows = [
    ['objetivo', 'producto', 'nombre_producto', 'indicador', 'peso', 'anualizacion', `meta_${YEAR - 1}`, `meta_${YEAR}`],
    ['O1', '1.1', 'Trámites en línea', 'Trámites realizados en línea', '60', 'Suma', '100', '100'],
    ['O1', '1.2', 'Datos abiertos', 'Conjuntos de datos publicados', '40', 'Suma', '10', '10'],
  ];
  const horizon = { title: 'Plan de acción CTI', startYear: YEAR - 1, endYear: YEAR, periodicity: 'ANNUAL' };
  const importRaw = (token: string, input: Record<string, unknown>): Promise<Res> =>
    executeText(app.url, IMPORT, { input: { ...horizon, ...input } }, { token });
  /** A period's report (one item, of 1.1) with its annexes; by default last year's period. */
  const report = (token: string, annexes: string[], period = String(YEAR - 1)): Promise<Res> =>
    executeText(
      app.url,
      REPORT,
      { input: { planId, period, items: [{ productCode: '1.1', value: 80, narrative: 'Avance del periodo con sus soportes', annexes }] } },
      { token },
    );
  const readPlan = async () => dataOf(await executeText(app.url, PLAN, { id: planId }, { token: who.member })).actionPlan;
  /** Last year's report, filed with two annexes. */
  let reportCase: string;

  beforeAll(async () => {
    who = await entity();
  });

  it('imports a plan from an uploaded CSV (its format sniffed) and from an XLSX, and lists the file as the plan’s source', async () => {
    const file = await upload(who.member, 'ACTION_PLAN_FILE', 'plan.csv', Buffer.from(csv(planRows), 'utf8'));
    const plan = dataOf(await importRaw(who.representative, { documentId: file })).importActionPlan;
    expect(plan.products.map((p: { code: string }) => p.code)).toEqual(['1.1', '1.2']);
    expect(plan.sourceDocument).toEqual({ ...(await asUploaded(file)), purpose: 'ACTION_PLAN_FILE', mediaType: 'text/csv' });
    planId = plan.id;
    // Reported on once the coordination approves it.
    const [version] = await app.system.orm.em
      .getKnex()('plan_version')
      .where({ plan_id: documentKey(plan.id), number: 1 })
      .select('case_id');
    dataOf(
      await executeText(
        app.url,
        `mutation A($input: CaseDecisionInput!) { approvePlanVersion(input: $input) { case { state } } }`,
        { input: { caseId: version.case_id } },
        { token: coordinator },
      ),
    );
    expect(await row(file)).toMatchObject({ ownerKind: 'ACTION_PLAN', ownerKey: documentKey(plan.id), caseId: null });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Plan');
    for (const r of planRows) sheet.addRow(r);
    const xlsx = await upload(who.member, 'ACTION_PLAN_FILE', 'plan.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    const fromXlsx = dataOf(await importRaw(who.representative, { documentId: xlsx, format: 'XLSX' })).importActionPlan;
    expect(fromXlsx.products).toHaveLength(2);
    expect(fromXlsx.sourceDocument.mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    // The plan given in content still has no source document.
    expect(
      dataOf(await importRaw(who.representative, { format: 'CSV', content: csv(planRows) })).importActionPlan.sourceDocument,
    ).toBeNull();
  });

  it('refuses a plan file that is not one, of another entity, both or neither of content and documentId, or a wrong format; no plan is created', async () => {
    const plans = async () =>
      dataOf(
        await executeText(app.url, `query L($c: String!) { actionPlans(entityCode: $c) { id } }`, { c: who.code }, { token: who.member }),
      ).actionPlans.length;
    const count = await plans();
    const file = await upload(who.member, 'ACTION_PLAN_FILE', 'otro-plan.csv', Buffer.from(csv(planRows), 'utf8'));
    const other = await entity();
    const foreign = await upload(other.member, 'ACTION_PLAN_FILE', 'plan-ajeno.csv', Buffer.from(csv(planRows), 'utf8'));

    expect(problems(await importRaw(who.representative, { documentId: foreign }))).toEqual([
      { path: 'input.documentId', code: 'UNKNOWN', message: `no existe el documento ${documentKey(foreign)}` },
    ]);
    expect(problemPaths(await importRaw(who.representative, { documentId: file, format: 'CSV', content: csv(planRows) }))).toEqual([
      'input.documentId',
    ]);
    expect(problems(await importRaw(who.representative, {}))).toEqual([
      expect.objectContaining({ path: 'input.content', code: 'REQUIRED' }),
    ]);
    expect(problems(await importRaw(who.representative, { documentId: file, format: 'XLSX' }))).toEqual([
      expect.objectContaining({ path: 'input.format', code: 'INCONSISTENT' }),
    ]);
    // A file whose rows are wrong: its problems at the document, by row and column.
    const bad = await upload(
      who.member,
      'ACTION_PLAN_FILE',
      'plan-malo.csv',
      Buffer.from(csv([planRows[0], ['O1', '1.1', 'X', 'Y', '50', 'Suma', '1', '1']]), 'utf8'),
    );
    const rows = problems(await importRaw(who.representative, { documentId: bad }));
    expect(new Set(rows.map((p) => p.path))).toEqual(new Set(['input.documentId']));
    // A document of another purpose.
    const pdf = await upload(who.member, 'PROGRESS_EVIDENCE', 'informe.pdf');
    expect(problems(await importRaw(who.representative, { documentId: pdf }))).toEqual([
      expect.objectContaining({ path: 'input.documentId', code: 'NOT_ALLOWED' }),
    ]);
    expect(await plans()).toBe(count);
    for (const id of [file, foreign, bad, pdf]) expect((await row(id)).ownerKind).toBeNull();
  });

  it('attaches annexes to a progress report in its own transaction, and reads them through the report', async () => {
    const a = await upload(who.member, 'PROGRESS_EVIDENCE', 'informe-gestion.pdf');
    const b = await upload(who.representative, 'PROGRESS_EVIDENCE', 'fotos.pdf');
    const filed = dataOf(await report(who.representative, [a, b])).submitProgressReport.case;
    reportCase = filed.id;
    const [made] = filed.progressReport.items;
    const expected = [
      { ...(await asUploaded(a)), purpose: 'PROGRESS_EVIDENCE' },
      { ...(await asUploaded(b)), purpose: 'PROGRESS_EVIDENCE' },
    ];
    expect(made.annexes).toEqual(expected);
    expect((await readPlan()).reports.find((r: { id: string }) => r.id === made.id).annexes).toEqual(expected);
    expect(await row(a)).toMatchObject({ ownerKind: 'PROGRESS_REPORT', ownerKey: documentKey(made.id) });
  });

  it('refuses an annex of another entity, one already on another report, or one in quarantine; no report is written', async () => {
    const before = await readPlan();
    const other = await entity();
    const foreign = await upload(other.member, 'PROGRESS_EVIDENCE', 'anexo-ajeno.pdf');
    // This year's period (last year's report is in review: one report of a period is open at a time).
    const period = String(YEAR);
    expect(problems(await report(who.representative, [foreign], period))).toEqual([
      { path: 'input.items[0].annexes[0]', code: 'UNKNOWN', message: `no existe el documento ${documentKey(foreign)}` },
    ]);
    const used = before.reports[0].annexes[0].id;
    const fresh = await upload(who.member, 'PROGRESS_EVIDENCE', 'nuevo.pdf');
    await app.system.orm.em.fork().nativeUpdate(Document, { id: documentKey(fresh) }, { status: 'QUARANTINE' });
    const res = await report(who.representative, [used, fresh, fresh], period);
    expect(problems(res).map((p) => [p.path, p.code])).toEqual([
      ['input.items[0].annexes[0]', 'NOT_ALLOWED'],
      ['input.items[0].annexes[1]', 'NOT_ALLOWED'],
      ['input.items[0].annexes[2]', 'DUPLICATE'],
    ]);
    // At most ten annexes an item.
    expect(
      problems(
        await report(
          who.representative,
          Array.from({ length: 11 }, () => fresh),
          period,
        ),
      ).map((p) => [p.path, p.code]),
    ).toEqual([['input.items[0].annexes', 'TOO_LONG']]);
    // Another entity's representative cannot report on this plan with its own document.
    refusalOf(await report(other.representative, [foreign], period), 'NOT_FOUND');
    expect(await readPlan()).toEqual(before);
    for (const id of [foreign, fresh]) expect((await row(id)).ownerKind).toBeNull();
  });

  it('attaches the annexes of a returned report’s correction in the resubmission’s step; a refused one leaves it returned', async () => {
    const transition = (mutation: string, type: string, input: Record<string, unknown>, token: string) =>
      executeText(app.url, `mutation T($input: ${type}!) { ${mutation}(input: $input) { case { state version } } }`, { input }, { token });
    dataOf(
      await transition(
        'returnProgressReport',
        'ReturnProgressReportInput',
        { caseId: reportCase, note: 'Adjunte el acta firmada.' },
        coordinator,
      ),
    );
    const item = (annexes: string[]) => ({ productCode: '1.1', value: 85, narrative: 'Avance corregido con el acta firmada', annexes });
    const other = await entity();
    const foreign = await upload(other.member, 'PROGRESS_EVIDENCE', 'acta-ajena.pdf');
    const before = await readPlan();
    expect(
      problems(
        await transition(
          'resubmitProgressReport',
          'ResubmitProgressReportInput',
          { caseId: reportCase, items: [item([foreign])] },
          who.representative,
        ),
      ),
    ).toEqual([{ path: 'input.items[0].annexes[0]', code: 'UNKNOWN', message: `no existe el documento ${documentKey(foreign)}` }]);
    expect(await readPlan()).toEqual(before);

    const signed = await upload(who.member, 'PROGRESS_EVIDENCE', 'acta-firmada.pdf');
    const res = await transition(
      'resubmitProgressReport',
      'ResubmitProgressReportInput',
      { caseId: reportCase, items: [item([signed])] },
      who.representative,
    );
    expect(dataOf(res).resubmitProgressReport.case.state).toBe('submitted');
    const corrected = (await readPlan()).reports.at(-1);
    expect(corrected.annexes).toEqual([{ ...(await asUploaded(signed)), purpose: 'PROGRESS_EVIDENCE' }]);
    expect(await row(signed)).toMatchObject({ ownerKind: 'PROGRESS_REPORT', ownerKey: documentKey(corrected.id) });
    expect((await row(foreign)).ownerKind).toBeNull();
  });
});
