import type { Readable } from 'node:stream';

import { Role } from '../../src/core/auth/principal';
import { freePort } from '../../src/core/net';
import { ClamdScanner } from '../../src/modules/documents/clamd-scanner';
import { Document } from '../../src/modules/documents/document.entity';
import { DocumentService } from '../../src/modules/documents/document.service';
import type { ScanVerdict, VirusScanner } from '../../src/modules/documents/virus-scanner';
import { documentKey, samplePdf, uploadDocument } from '../support/documents';
import { startTestSystem, type TestSystem } from '../support/test-system';

/*
 * The check of a document is claimed, so no two processes check one document at once; its verdict
 * is written only while the claim is its own; a document received with an antivirus is never made
 * AVAILABLE by a process without one; a client that lost the last answer learns its document from a
 * HEAD; forged links spend their address's budget.
 */

let app: TestSystem;
beforeAll(async () => {
  // clamd down: every upload is left in QUARANTINE (503), for the checks below to take it from there.
  app = await startTestSystem({ CLAMD_HOST: '127.0.0.1', CLAMD_PORT: String(await freePort()), RATE_LIMIT_ANONYMOUS_PER_MINUTE: '3' });
});
afterAll(() => app?.stop());

const row = (id: string) => app.system.orm.em.fork().findOneOrFail(Document, { id }, { disableIdentityMap: true });

/** A service like the API's, over the same database and storage, with the scanner the test gives. */
function serviceWith(scanner: VirusScanner | null): DocumentService {
  const { documents } = app.system.api.services;
  return new DocumentService(
    app.system.orm,
    app.system.api.services.clock,
    documents.storage,
    documents.settings,
    scanner,
    app.system.logger,
  );
}

/** The real clamd, counting its scans and able to pause one until released. */
function countingClamd() {
  const real = new ClamdScanner({ socket: process.env.TEST_CLAMD_SOCKET! });
  let scans = 0;
  let hold: Promise<void> | null = null;
  let release = () => {};
  return {
    scans: () => scans,
    pause() {
      hold = new Promise((r) => (release = r));
    },
    release: () => release(),
    scanner: {
      async scan(content: Readable): Promise<ScanVerdict> {
        scans++;
        if (hold) await hold;
        return real.scan(content);
      },
      ping: () => real.ping(),
    } satisfies VirusScanner,
  };
}

async function quarantined(name: string): Promise<string> {
  const token = await app.token(Role.ENTITY_REPRESENTATIVE);
  const upload = await uploadDocument(app.url, token, { purpose: 'ASSESSMENT_EVIDENCE', name, content: samplePdf(name) });
  expect(upload.status).toBe(503);
  const id = documentKey(upload.documentId!);
  expect(await row(id)).toMatchObject({ status: 'QUARANTINE', scanRequired: true, checkStartedAt: null });
  return id;
}

it('a document received with an antivirus is not made AVAILABLE by a process without one: it stays, unclaimed, for one that scans', async () => {
  const id = await quarantined('sin-antivirus.pdf');
  await expect(serviceWith(null).check(id)).rejects.toThrow(/requiere antivirus/);
  expect(await row(id)).toMatchObject({ status: 'QUARANTINE', checkStartedAt: null });
  expect(await serviceWith(countingClamd().scanner).check(id)).toMatchObject({ status: 'AVAILABLE' });
});

it('two checks of one document at once: one claims it and scans, the other answers the row as it is', async () => {
  const id = await quarantined('dos-a-la-vez.pdf');
  const clamd = countingClamd();
  clamd.pause();
  const service = serviceWith(clamd.scanner);
  const first = service.check(id);
  // The first holds its claim while its scan is paused.
  for (let i = 0; i < 100 && clamd.scans() === 0; i++) await new Promise((r) => setTimeout(r, 20));
  expect(clamd.scans()).toBe(1);
  const second = await serviceWith(clamd.scanner).check(id);
  expect(second.status).toBe('QUARANTINE');
  clamd.release();
  expect((await first).status).toBe('AVAILABLE');
  expect(clamd.scans()).toBe(1);
});

it('a verdict is written only while the claim is its own: a row the purge deleted meanwhile stays deleted', async () => {
  const id = await quarantined('borrado-a-mitad.pdf');
  const clamd = countingClamd();
  clamd.pause();
  const checking = serviceWith(clamd.scanner).check(id);
  for (let i = 0; i < 100 && clamd.scans() === 0; i++) await new Promise((r) => setTimeout(r, 20));
  // What the purge does to an upload never attached: the row DELETED, then its bytes.
  await app.system.orm.em.fork().nativeUpdate(Document, { id }, { status: 'DELETED', deletedAt: new Date() });
  clamd.release();
  expect((await checking).status).toBe('DELETED');
  expect(await row(id)).toMatchObject({ status: 'DELETED', checkedAt: null });
});

it('a HEAD of a finished upload names its document (Document-Id), for a client that lost the last answer', async () => {
  const token = await app.token(Role.ENTITY_MEMBER);
  const upload = await uploadDocument(app.url, token, { purpose: 'ASSESSMENT_EVIDENCE', name: 'head.pdf', content: samplePdf('head') });
  expect(upload.status).toBe(503);
  const head = await fetch(upload.location!, { method: 'HEAD', headers: { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' } });
  expect(head.status).toBe(200);
  expect(head.headers.get('document-id')).toBe(upload.documentId);
  expect(head.headers.get('document-status')).toBe('QUARANTINE');
  // Not to someone else, who does not see the upload at all.
  const other = await fetch(upload.location!, {
    method: 'HEAD',
    headers: { authorization: `Bearer ${await app.token(Role.ENTITY_REPRESENTATIVE)}`, 'tus-resumable': '1.0.0' },
  });
  expect(other.status).toBe(404);
  expect(other.headers.get('document-id')).toBeNull();
});

it('forged download links spend their address’s anonymous budget (429 once spent)', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 4; i++) {
    statuses.push((await fetch(`${app.url}/documents/x/content?p=00000000-0000-4000-8000-000000000000&e=1&s=forged`)).status);
  }
  expect(statuses).toEqual([403, 403, 403, 429]);
});
