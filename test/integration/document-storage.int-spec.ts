// The storage contract, run against both drivers: `file` in a temporary directory and `s3` in a
// fresh bucket of the suite's S3-protocol server (s3rver, started by the global setup). Then, for
// each driver, whole uploads through the real HTTP API (tus), one of them resumed.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { ListMultipartUploadsCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@tus/utils';

import type { Config } from '../../src/config/env';
import { Role } from '../../src/core/auth/principal';
import { createDocumentStorage } from '../../src/modules/documents/storage/create-storage';
import { StorageMissingError, type DocumentStorage } from '../../src/modules/documents/storage/document-storage';
import { createUpload, documentKey, patchUpload, samplePdf, tusHeaders, uploadDocument, uploadUrl } from '../support/documents';
import { s3Env, testS3Bucket } from '../support/s3-server';
import { temporaryDir } from '../support/test-db';
import { startTestSystem, type TestSystem } from '../support/test-system';

const MiB = 1024 * 1024;
const HOUR = 3_600_000;

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Byte for byte (Jest's toEqual walks a Buffer element by element: seconds per MiB). */
function expectSameBytes(actual: Buffer, expected: Buffer): void {
  expect(actual.length).toBe(expected.length);
  expect(actual.equals(expected)).toBe(true);
}

type StorageSettings = Config['documents']['storage'];

/**
 * What a directory or bucket holds for an id beyond what the interface shows: its files or objects
 * (the bytes, tus's bookkeeping) and, in S3, open multipart uploads. Read beside the driver, not through it.
 */
interface Inspector {
  leftovers(id: string): Promise<string[]>;
  close(): void;
}

function inspectorOf(settings: StorageSettings): Inspector {
  if (settings.driver === 'file') {
    return { leftovers: async (id) => (await readdir(settings.dir)).filter((name) => name.startsWith(id)), close: () => {} };
  }
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: true,
    credentials: { accessKeyId: settings.accessKeyId!, secretAccessKey: settings.secretAccessKey! },
  });
  return {
    async leftovers(id) {
      const [objects, uploads] = await Promise.all([
        client.send(new ListObjectsV2Command({ Bucket: settings.bucket, Prefix: id })),
        client.send(new ListMultipartUploadsCommand({ Bucket: settings.bucket, Prefix: id })),
      ]);
      return [...(objects.Contents ?? []).map((o) => o.Key!), ...(uploads.Uploads ?? []).map((u) => `multipart upload of ${u.Key}`)];
    },
    close: () => client.destroy(),
  };
}

const drivers = [
  ['file', async (): Promise<StorageSettings> => ({ driver: 'file', dir: temporaryDir('cti-test-documents-') })],
  ['s3', testS3Bucket],
] as const;

/** Starts an upload through the driver's tus store and writes `written` of its bytes, as a PATCH cut short would. */
async function startUpload(storage: DocumentStorage, content: Buffer, written: number, creationDate = new Date()): Promise<string> {
  const id = randomUUID();
  await storage.tusStore.create(
    new Upload({ id, size: content.length, offset: 0, metadata: {}, creation_date: creationDate.toISOString() }),
  );
  if (written > 0) await storage.tusStore.write(Readable.from([content.subarray(0, written)]), id, 0);
  return id;
}

describe.each(drivers)('the %s storage driver', (driver, settingsFor) => {
  let settings: StorageSettings;
  let storage: DocumentStorage;
  let inspector: Inspector;
  /** Another instance over the same directory or bucket, as another API process would have. */
  const twin = () => createDocumentStorage(settings);
  const leftovers = (id: string) => inspector.leftovers(id);
  beforeAll(async () => {
    settings = await settingsFor();
    storage = createDocumentStorage(settings);
    inspector = inspectorOf(settings);
  });
  afterAll(async () => {
    inspector?.close();
    await storage?.close();
  });

  it('names itself', () => {
    expect(storage.driver).toBe(driver);
  });

  it('reads back the exact bytes put, and a finished upload’s offset is its size', async () => {
    const content = randomBytes(1.5 * MiB);
    const id = randomUUID();
    await storage.put(id, content, { filename: 'a.bin' });
    expectSameBytes(await bytesOf(await storage.read(id)), content);
    expect(await storage.offset(id)).toBe(content.length);
  });

  it('stores an empty file', async () => {
    const id = randomUUID();
    await storage.put(id, Buffer.alloc(0));
    expect(await storage.offset(id)).toBe(0);
    expect((await bytesOf(await storage.read(id))).length).toBe(0);
  });

  it('knows nothing of an id never stored: offset null, read refused with StorageMissingError', async () => {
    const id = randomUUID();
    expect(await storage.offset(id)).toBeNull();
    await expect(storage.read(id)).rejects.toBeInstanceOf(StorageMissingError);
    await expect(storage.read(id)).rejects.toMatchObject({ id });
  });

  it('removes a finished document with all its bookkeeping; removing again, or what never was, is no error', async () => {
    const id = randomUUID();
    await storage.put(id, samplePdf('remove'));
    expect(await leftovers(id)).not.toEqual([]);
    await storage.remove(id);
    expect(await storage.offset(id)).toBeNull();
    await expect(storage.read(id)).rejects.toBeInstanceOf(StorageMissingError);
    expect(await leftovers(id)).toEqual([]);
    await expect(storage.remove(id)).resolves.toBeUndefined();
    await expect(storage.remove(randomUUID())).resolves.toBeUndefined();
  });

  it('reports the offset of an unfinished upload, and a write resumed there completes it', async () => {
    // Well under S3's 5 MiB minimum part: the s3 driver keeps such a tail in `<id>.part` until the next write.
    const content = randomBytes(300 * 1024);
    const id = await startUpload(storage, content, 100 * 1024);
    expect(await storage.offset(id)).toBe(100 * 1024);
    await storage.tusStore.write(Readable.from([content.subarray(100 * 1024, 200 * 1024)]), id, 100 * 1024);
    expect(await storage.offset(id)).toBe(200 * 1024);
    await storage.tusStore.write(Readable.from([content.subarray(200 * 1024)]), id, 200 * 1024);
    expect(await storage.offset(id)).toBe(content.length);
    expectSameBytes(await bytesOf(await storage.read(id)), content);
    expect(await leftovers(id)).not.toContain(`${id}.part`);
  });

  it('assembles an upload of several parts written in pieces cut at no part boundary', async () => {
    // For the s3 driver (S3Store's part: 8 MiB; a part other than the last must be at least 5 MiB):
    // 3 MiB is kept aside in `<id>.part`; 3 + 7 MiB make part 1 (8 MiB) and a 2 MiB tail kept aside;
    // 2 + 7 MiB make part 2 (8 MiB) and the last part (1 MiB), and S3 assembles the three.
    const content = randomBytes(17 * MiB);
    const id = await startUpload(storage, content, 3 * MiB);
    expect(await storage.offset(id)).toBe(3 * MiB);
    await storage.tusStore.write(Readable.from([content.subarray(3 * MiB, 10 * MiB)]), id, 3 * MiB);
    expect(await storage.offset(id)).toBe(10 * MiB);
    await storage.tusStore.write(Readable.from([content.subarray(10 * MiB)]), id, 10 * MiB);
    expect(await storage.offset(id)).toBe(content.length);
    expectSameBytes(await bytesOf(await storage.read(id)), content);
    expect(await leftovers(id)).not.toContain(`${id}.part`);
  });

  it('removes an unfinished upload with its partial bytes', async () => {
    const id = await startUpload(storage, randomBytes(64 * 1024), 10 * 1024);
    await storage.remove(id);
    expect(await storage.offset(id)).toBeNull();
    expect(await leftovers(id)).toEqual([]);
  });

  it('is one storage for every process: what one instance stores or removes, another sees at once', async () => {
    const other = twin();
    try {
      const content = randomBytes(64 * 1024);
      const id = await startUpload(storage, content, 1024);
      // The other instance has now read the upload (a HEAD answered by another API process).
      expect(await other.offset(id)).toBe(1024);
      expect((await other.tusStore.getUpload(id)).offset).toBe(1024);
      await storage.tusStore.write(Readable.from([content.subarray(1024)]), id, 1024);
      expect(await other.offset(id)).toBe(content.length);
      expectSameBytes(await bytesOf(await other.read(id)), content);
      await storage.remove(id);
      expect(await other.offset(id)).toBeNull();
      await expect(other.tusStore.getUpload(id)).rejects.toMatchObject({ status_code: 404 });
      await expect(other.read(id)).rejects.toBeInstanceOf(StorageMissingError);
    } finally {
      await other.close();
    }
  });

  it('purges unfinished uploads older than the limit, and only those', async () => {
    const twoDaysAgo = new Date(Date.now() - 48 * HOUR);
    const content = randomBytes(32 * 1024);
    const oldUnfinished = await startUpload(storage, content, 1024, twoDaysAgo);
    const oldNeverWritten = await startUpload(storage, content, 0, twoDaysAgo);
    const youngUnfinished = await startUpload(storage, content, 1024);
    const oldFinished = await startUpload(storage, content, content.length, twoDaysAgo);
    const youngFinished = randomUUID();
    await storage.put(youngFinished, content);

    expect(await storage.removeUnfinished(24 * HOUR)).toBe(2);

    expect(await storage.offset(oldUnfinished)).toBeNull();
    expect(await leftovers(oldUnfinished)).toEqual([]);
    expect(await storage.offset(oldNeverWritten)).toBeNull();
    expect(await leftovers(oldNeverWritten)).toEqual([]);
    expect(await storage.offset(youngUnfinished)).toBe(1024);
    expectSameBytes(await bytesOf(await storage.read(oldFinished)), content);
    expectSameBytes(await bytesOf(await storage.read(youngFinished)), content);
    // The creation date kept is the one given (the age is measured from it).
    expect((await storage.tusStore.getUpload(oldFinished)).creation_date).toBe(twoDaysAgo.toISOString());

    // A limit an hour in the future makes every unfinished upload old: the young one goes too, and
    // finished documents stay whatever the limit.
    expect(await storage.removeUnfinished(-HOUR)).toBe(1);
    expect(await storage.offset(youngUnfinished)).toBeNull();
    expect(await storage.offset(oldFinished)).toBe(content.length);
    expect(await storage.offset(youngFinished)).toBe(content.length);
  });
});

/** A valid PDF of about `size` bytes: samplePdf's page, then an unreferenced stream of random bytes. */
function largePdf(size: number): Buffer {
  const head = samplePdf('large');
  const filler = randomBytes(size - head.length - 64);
  return Buffer.concat([
    head,
    Buffer.from(`99 0 obj\n<< /Length ${filler.length} >>\nstream\n`, 'latin1'),
    filler,
    Buffer.from('\nendstream\nendobj\n', 'latin1'),
  ]);
}

describe.each([
  ['file', async () => ({}) as NodeJS.ProcessEnv],
  ['s3', s3Env],
] as const)('uploads through the API stored by the %s driver', (driver, env) => {
  let app: TestSystem;
  let token: string;
  let inspector: Inspector;
  const leftovers = (id: string) => inspector.leftovers(id);
  beforeAll(async () => {
    app = await startTestSystem(await env());
    token = await app.token(Role.ENTITY_REPRESENTATIVE);
    inspector = inspectorOf(app.config.documents.storage);
  });
  afterAll(async () => {
    inspector?.close();
    await app?.stop();
  });

  /** POST: a new upload of `length` bytes; its absolute URL. */
  const newUpload = async (length: number, filename: string): Promise<string> => {
    const create = await createUpload(app.url, token, { purpose: 'ELIGIBILITY_REQUIREMENT', filename }, length);
    expect(create.status).toBe(201);
    return uploadUrl(app.url, create);
  };
  const patch = (location: string, offset: number, body: Buffer) => patchUpload(location, token, offset, body);
  const idOf = (location: string) => location.split('/').pop()!;

  it('stores a PDF upload with the driver the configuration names, AVAILABLE with the SHA-256 of its bytes', async () => {
    const storage = app.system.api.services.documents.storage;
    expect(storage.driver).toBe(driver);
    const content = samplePdf(`storage ${driver}`);
    const result = await uploadDocument(app.url, token, { purpose: 'ELIGIBILITY_REQUIREMENT', name: 'cdp.pdf', content });
    expect(result.status).toBe(200);
    expect(result.body?.document).toMatchObject({ status: 'AVAILABLE', mediaType: 'application/pdf', sha256: sha256(content) });
    expectSameBytes(await bytesOf(await storage.read(documentKey(result.documentId!))), content);
  });

  it('resumes an upload of several MiB from the offset HEAD reports, in two PATCHes', async () => {
    // 12 MiB: each half is over S3's 5 MiB minimum part, so the s3 driver stores the first PATCH as a
    // real part of the multipart upload, and HEAD's offset comes from S3's list of parts.
    const content = largePdf(12 * MiB);
    const half = Math.floor(content.length / 2);
    const location = await newUpload(content.length, 'grande.pdf');

    const first = await patch(location, 0, content.subarray(0, half));
    expect(first.status).toBe(204);
    expect(first.headers.get('upload-offset')).toBe(String(half));

    const head = await fetch(location, { method: 'HEAD', headers: tusHeaders(token) });
    expect(head.status).toBe(200);
    expect(head.headers.get('upload-offset')).toBe(String(half));
    expect(head.headers.get('upload-length')).toBe(String(content.length));

    // A PATCH from a stale offset is refused (409) and changes nothing.
    const stale = await patch(location, 0, content.subarray(0, 1024));
    expect(stale.status).toBe(409);
    const again = await fetch(location, { method: 'HEAD', headers: tusHeaders(token) });
    expect(again.headers.get('upload-offset')).toBe(String(half));

    const rest = await patch(location, Number(head.headers.get('upload-offset')), content.subarray(half));
    expect(rest.status).toBe(200);
    const body = (await rest.json()) as { document: { id: string; status: string; sha256: string; size: number } };
    expect(body.document).toMatchObject({ status: 'AVAILABLE', sha256: sha256(content), size: content.length });
    const stored = await bytesOf(await app.system.api.services.documents.storage.read(documentKey(body.document.id)));
    expect(sha256(stored)).toBe(sha256(content));
  });

  it('leaves nothing stored of a refused upload (a renamed executable)', async () => {
    const storage = app.system.api.services.documents.storage;
    const content = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), randomBytes(4096)]);
    const result = await uploadDocument(app.url, token, { purpose: 'ELIGIBILITY_REQUIREMENT', name: 'cdp.pdf', content });
    expect(result.status).toBe(422);
    const id = documentKey(result.documentId!);
    expect(await storage.offset(id)).toBeNull();
    await expect(storage.read(id)).rejects.toBeInstanceOf(StorageMissingError);
    expect(await leftovers(id)).toEqual([]);
  });

  it('terminates an unfinished upload on DELETE, its partial bytes with it', async () => {
    const storage = app.system.api.services.documents.storage;
    const content = samplePdf('terminada');
    const location = await newUpload(content.length, 'terminada.pdf');
    expect((await patch(location, 0, content.subarray(0, 100))).status).toBe(204);
    expect(await storage.offset(idOf(location))).toBe(100);
    const del = await fetch(location, { method: 'DELETE', headers: tusHeaders(token) });
    expect(del.status).toBe(204);
    expect((await fetch(location, { method: 'HEAD', headers: tusHeaders(token) })).status).toBe(404);
    expect(await storage.offset(idOf(location))).toBeNull();
    expect(await leftovers(idOf(location))).toEqual([]);
  });
});
