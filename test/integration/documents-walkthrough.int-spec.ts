import { randomBytes } from 'node:crypto';
import { Upload } from 'tus-js-client';

import { seedDemo } from '../../src/app/demo.seed';
import { mintToken } from '../../src/core/auth/jwt';
import { sha256Of } from '../../src/modules/documents/document-check';
import { shippedModel } from '../../src/modules/maturity/maturity-model';
import { sampleAnswers } from '../../src/modules/maturity/sample-answers';
import { saveApplication } from '../support/cofinancing';
import { cuttingProxy, samplePdf, uploadDocument } from '../support/documents';
import { dataOf, executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { answerAssessment, sendEvent } from '../support/workflow';

/*
 * The walk-through of docs/api/documents.md ("Done when" of issue 20), on a system seeded as the
 * embedded default and with the demo people's own tokens: Medellín's representative uploads
 * evidence for two answers (one upload cut midway and resumed by tus-js-client) and the CDP of its
 * application's checklist; the coordinator opens them from the links the API gives; an auditor
 * lists every download.
 */

let app: TestSystem;
beforeAll(async () => {
  app = await startTestSystem();
  await seedDemo(app.system.orm, app.system.api.services);
});
afterAll(() => app?.stop());

const tokenOf = (sub: string) => mintToken(app.config, { sub });
const gql = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
  dataOf(await executeText(app.url, query, variables, { token }));

/** A PDF of about `bytes`, padded with comment lines (still application/pdf to file-type). */
function pdfOf(bytes: number, text: string): Buffer {
  const head = samplePdf(text);
  const lines: string[] = [];
  for (let size = head.length; size < bytes; size += 78) lines.push(`%${randomBytes(57).toString('base64')}\n`);
  return Buffer.concat([head, Buffer.from(lines.join(''), 'latin1')]);
}

/** tus-js-client through a proxy that cuts the PATCH at half the file: it resumes by itself from the server's offset. */
async function resumedUpload(token: string, content: Buffer, filename: string): Promise<{ id: string; cuts: number }> {
  const proxy = await cuttingProxy(app.url, Math.floor(content.length / 2));
  try {
    const body = await new Promise<string>((resolve, reject) => {
      const upload = new Upload(content, {
        endpoint: `${proxy.url}/uploads`,
        headers: { authorization: `Bearer ${token}` },
        metadata: { purpose: 'ASSESSMENT_EVIDENCE', filename },
        retryDelays: [50, 200, 500],
        onSuccess: (payload) => resolve(payload.lastResponse.getBody()),
        onError: reject,
      });
      upload.start();
    });
    return { id: (JSON.parse(body) as { document: { id: string } }).document.id, cuts: proxy.cuts() };
  } finally {
    await proxy.close();
  }
}

it('Medellín uploads evidence and its CDP (one upload resumed), the coordinator opens them by their links, an auditor lists the downloads', async () => {
  const representative = await tokenOf('alcalde@medellin.gov.co');
  const coordinator = await tokenOf('coordinador@mintic.gov.co');
  const auditor = await tokenOf('auditor@controlinterno.gov.co');
  const programme = await gql(
    coordinator,
    '{ cycles(first: 5) { edges { node { id open } } } calls(first: 5) { edges { node { id open } } } }',
  );
  const cycleId = programme.cycles.edges.find((e: { node: { open: boolean } }) => e.node.open).node.id;
  const callId = programme.calls.edges.find((e: { node: { open: boolean } }) => e.node.open).node.id;

  // 1. The assessment, answered, with two answers carrying uploaded evidence (the second upload is cut and resumed).
  const started = await gql(
    representative,
    'mutation S($input: StartAssessmentInput!) { startAssessment(input: $input) { case { id } } }',
    {
      input: { cycleId },
    },
  );
  const assessmentId: string = started.startAssessment.case.id;
  await answerAssessment(app, representative, assessmentId);
  const actaTic = samplePdf('acta comité TIC');
  const evidenceA = await uploadDocument(app.url, representative, {
    purpose: 'ASSESSMENT_EVIDENCE',
    name: 'acta-comite-tic.pdf',
    content: actaTic,
  });
  expect(evidenceA.status).toBe(200);
  const informe = pdfOf(3 * 1024 * 1024, 'informe de gestión TIC');
  const evidenceB = await resumedUpload(representative, informe, 'informe-gestion-tic.pdf');
  expect(evidenceB.cuts).toBe(1);
  const [first, second] = sampleAnswers(shippedModel(), assessmentId, 0.6);
  await gql(representative, 'mutation S($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { id } }', {
    input: {
      caseId: assessmentId,
      answers: [
        { ...first, evidence: [{ title: 'Acta del comité TIC', documentId: evidenceA.documentId }] },
        { ...second, evidence: [{ title: 'Informe de gestión TIC 2026', documentId: evidenceB.id }] },
      ],
    },
  });
  for (const [token, event] of [
    [representative, 'SUBMIT'],
    [coordinator, 'START_REVIEW'],
    [coordinator, 'VALIDATE'],
  ] as const) {
    const sent = await sendEvent(app, token, 'MATURITY_ASSESSMENT', assessmentId, event);
    expect(sent.errors).toBeUndefined();
  }

  // 2. An application on the open call, with the CDP attached to its checklist item.
  const application = await gql(
    representative,
    'mutation S($input: StartApplicationInput!) { startApplication(input: $input) { case { id } } }',
    {
      input: { callId },
    },
  );
  const applicationId: string = application.startApplication.case.id;
  await saveApplication(app, representative, applicationId);
  const cdp = samplePdf('CDP 2026-118 contrapartida');
  const cdpUpload = await uploadDocument(app.url, representative, {
    purpose: 'ELIGIBILITY_REQUIREMENT',
    name: 'CDP contrapartida.pdf',
    content: cdp,
  });
  expect(cdpUpload.status).toBe(200);
  const attached = await gql(
    representative,
    'mutation A($input: AttachChecklistDocumentsInput!) { attachChecklistDocuments(input: $input) { checklist { itemId documents { name status } } } }',
    { input: { caseId: applicationId, itemId: 'CDP_CONTRAPARTIDA', documentIds: [cdpUpload.documentId] } },
  );
  expect(attached.attachChecklistDocuments.checklist.find((i: { itemId: string }) => i.itemId === 'CDP_CONTRAPARTIDA').documents).toEqual([
    { name: 'CDP contrapartida.pdf', status: 'AVAILABLE' },
  ]);

  // 3. The coordinator opens the CDP from application { checklist { documents } }, and the evidence from the answers.
  const read = await gql(
    coordinator,
    `query R($application: ID!, $assessment: ID!) {
      application(id: $application) { checklist { itemId documents { name sha256 downloadUrl } } }
      assessment(id: $assessment) { answers { evidence { document { name sha256 downloadUrl } } } }
    }`,
    { application: applicationId, assessment: assessmentId },
  );
  const cdpDocument = read.application.checklist.find((i: { itemId: string }) => i.itemId === 'CDP_CONTRAPARTIDA').documents[0];
  const evidence = read.assessment.answers
    .flatMap((a: { evidence: { document: unknown }[] }) => a.evidence.map((e) => e.document))
    .filter(Boolean);
  expect(evidence.map((d: { name: string }) => d.name).sort()).toEqual(['acta-comite-tic.pdf', 'informe-gestion-tic.pdf']);
  const expected = new Map([
    ['CDP contrapartida.pdf', cdp],
    ['acta-comite-tic.pdf', actaTic],
    ['informe-gestion-tic.pdf', informe],
  ]);
  for (const doc of [cdpDocument, ...evidence] as { name: string; sha256: string; downloadUrl: string }[]) {
    // A plain link, as a browser follows it: no token.
    const res = await fetch(doc.downloadUrl);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(sha256Of(bytes)).toBe(sha256Of(expected.get(doc.name)!));
    expect(doc.sha256).toBe(sha256Of(bytes));
  }

  // 4. The auditor lists every download: three, by the coordinator.
  const trail = await gql(auditor, '{ documentDownloads(first: 20) { totalCount edges { node { role subject document { name } } } } }');
  expect(trail.documentDownloads.edges.map((e: { node: { role: string; subject: string; document: { name: string } } }) => e.node)).toEqual(
    expect.arrayContaining(
      [...expected.keys()].map((name) => ({ role: 'COORDINATOR', subject: 'coordinador@mintic.gov.co', document: { name } })),
    ),
  );
  expect(trail.documentDownloads.edges).toHaveLength(3);
}, 120_000);
