import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readdirSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { Upload } from 'tus-js-client';

import type { Config } from '../../src/config/env';
import { Role } from '../../src/core/auth/principal';
import { freePort } from '../../src/core/net';
import { sha256Of } from '../../src/modules/documents/document-check';
import { Document } from '../../src/modules/documents/document.entity';
import { EICAR, EICAR_SIGNATURE, TEST_CLAMD_STREAM_MAX_BYTES } from '../support/clamd';
import { cuttingProxy, documentKey, samplePdf, tusMetadata, uploadDocument } from '../support/documents';
import { killServiceProcesses, processEnv, startServiceProcess } from '../support/service-process';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { clockOf } from '../support/time-travel';

const MB = 1024 * 1024;

/** The suite's real clamd (test/support/clamd.ts, started by the global setup). */
function clamdSocket(): string {
  const socket = process.env.TEST_CLAMD_SOCKET;
  if (!socket) throw new Error('TEST_CLAMD_SOCKET no definido: ¿corrió el globalSetup de Jest (test/support/clamd.ts)?');
  return socket;
}

// ── content ──

/** A valid PDF padded to about `bytes` with random comment lines after its end (file-type still says application/pdf). */
function paddedPdf(bytes: number, text: string): Buffer {
  const pdf = samplePdf(text);
  const lines: string[] = [];
  let size = pdf.length;
  while (size < bytes) {
    const line = `%${randomBytes(57).toString('base64')}\n`;
    lines.push(line);
    size += line.length;
  }
  return Buffer.concat([pdf, Buffer.from(lines.join(''), 'latin1')]);
}

/** A valid PDF that carries the EICAR test string in a comment: the type check passes, the antivirus must refuse it. */
const eicarPdf = (): Buffer => Buffer.concat([samplePdf('eicar'), Buffer.from(`%${EICAR}\n`, 'latin1')]);

/** A Windows executable's head (MZ, then the PE signature where e_lfanew points). */
function windowsExecutable(): Buffer {
  const exe = Buffer.alloc(1024);
  exe.write('MZ', 0, 'latin1');
  exe.writeUInt32LE(0x80, 0x3c);
  exe.write('PE\0\0', 0x80, 'latin1');
  exe.writeUInt16LE(0x14c, 0x84);
  return exe;
}

/** A Linux executable's head (ELF, 64-bit, x86-64). */
function linuxExecutable(): Buffer {
  const elf = Buffer.alloc(1024);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]).copy(elf);
  elf.writeUInt16LE(2, 16);
  elf.writeUInt16LE(0x3e, 18);
  return elf;
}

// ── HTTP ──

interface TusAnswer {
  status: number;
  headers: Headers;
  json: { errors?: { message: string; extensions: Record<string, unknown> & { problems?: { path: string; code: string }[] } }[] } | null;
}

/** One request of the tus protocol, as a client sends it (token optional). */
async function tus(
  url: string,
  method: string,
  token: string | null,
  headers: Record<string, string> = {},
  body?: Buffer,
): Promise<TusAnswer> {
  const res = await fetch(url, {
    method,
    headers: { 'tus-resumable': '1.0.0', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body,
  });
  const text = await res.text();
  let json: TusAnswer['json'] = null;
  try {
    json = text ? (JSON.parse(text) as TusAnswer['json']) : null;
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, json };
}

/** POST /uploads: creates an upload of `length` bytes with this metadata. */
const create = (
  app: TestSystem,
  token: string | null,
  metadata: Record<string, string>,
  length: number,
  headers: Record<string, string> = {},
) =>
  tus(`${app.url}/uploads`, 'POST', token, {
    'upload-length': String(length),
    ...(Object.keys(metadata).length ? { 'upload-metadata': tusMetadata(metadata) } : {}),
    ...headers,
  });

/** The first error's message, code and problems of a tus answer. */
function refusal(answer: TusAnswer) {
  const error = answer.json?.errors?.[0];
  if (!error) throw new Error(`se esperaba un error JSON (HTTP ${answer.status})`);
  return { message: error.message, code: error.extensions.code, problems: error.extensions.problems ?? [] };
}

// ── what is stored ──

function documentsDir(app: TestSystem): string {
  const storage = app.config.documents.storage;
  if (storage.driver !== 'file') throw new Error('esta suite lee el directorio del driver file');
  return storage.dir;
}

/** The files in the storage directory and the document rows: what a refused request must leave as it was. */
async function stored(app: TestSystem): Promise<{ files: string[]; rows: number }> {
  let files: string[] = [];
  try {
    files = readdirSync(documentsDir(app)).sort();
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOENT') throw err;
  }
  return { files, rows: await app.system.orm.em.fork().count(Document, {}) };
}

const rowOf = (app: TestSystem, globalId: string) => app.system.orm.em.fork().findOneOrFail(Document, { id: documentKey(globalId) });
const rowNamed = (app: TestSystem, fileName: string) => app.system.orm.em.fork().findOneOrFail(Document, { fileName });
const bytesOf = (app: TestSystem, id: string) => app.system.api.services.documents.storage.offset(id);

// ── network helpers ──

/** A TCP server that accepts and never answers: a clamd that hangs. Each accepted connection is announced. */
async function silentServer(port = 0) {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return {
    server,
    port: (server.address() as { port: number }).port,
    /** Settles when the next connection arrives (a scan began). */
    nextConnection: () => once(server, 'connection').then(() => undefined),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}

/** A TCP server on `port` that forwards every connection to clamd's local socket: clamd, reachable over TCP again. */
async function clamdOverTcp(port: number): Promise<Server> {
  const server = createServer((client) => {
    const upstream = connect(clamdSocket());
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

/** The storage settings of a system, as environment for another process of it (same bytes). */
function storageEnv(config: Config): Record<string, string> {
  const storage = config.documents.storage;
  if (storage.driver === 'file') return { DOCUMENT_STORAGE: 'file', DOCUMENT_DIR: storage.dir };
  return {
    DOCUMENT_STORAGE: 's3',
    S3_BUCKET: storage.bucket,
    S3_REGION: storage.region,
    S3_FORCE_PATH_STYLE: String(storage.forcePathStyle),
    ...(storage.endpoint ? { S3_ENDPOINT: storage.endpoint } : {}),
    ...(storage.accessKeyId ? { S3_ACCESS_KEY_ID: storage.accessKeyId } : {}),
    ...(storage.secretAccessKey ? { S3_SECRET_ACCESS_KEY: storage.secretAccessKey } : {}),
  };
}

// ── the suite ──

/** The API with the real clamd (the suite's test signature database). */
let app: TestSystem;
beforeAll(async () => {
  app = await startTestSystem({ CLAMD_SOCKET: clamdSocket() });
});
afterAll(() => app?.stop());

describe('uploads (tus)', () => {
  it('a PDF uploaded by an entity user becomes an AVAILABLE document with its SHA-256 and sniffed type', async () => {
    const token = await app.token(Role.ENTITY_REPRESENTATIVE);
    const content = samplePdf('cdp');
    const result = await uploadDocument(app.url, token, { purpose: 'ELIGIBILITY_REQUIREMENT', name: 'cdp.pdf', content });
    expect(result.status).toBe(200);
    expect(result.body?.document).toMatchObject({ status: 'AVAILABLE', mediaType: 'application/pdf', sha256: sha256Of(content) });
  });

  it('an upload whose connection is cut at half its bytes resumes from the server’s offset (tus-js-client) and keeps the whole file', async () => {
    const token = await app.token(Role.ENTITY_REPRESENTATIVE);
    const content = paddedPdf(3 * MB, 'cdp reanudado');
    expect(content.length).toBeLessThan(TEST_CLAMD_STREAM_MAX_BYTES);
    const proxy = await cuttingProxy(app.url, Math.floor(content.length / 2));
    const patchOffsets: number[] = [];
    const headOffsets: number[] = [];
    try {
      const last = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        new Upload(content, {
          endpoint: `${proxy.url}/uploads`,
          headers: { authorization: `Bearer ${token}` },
          metadata: { purpose: 'ELIGIBILITY_REQUIREMENT', filename: 'cdp-reanudado.pdf' },
          // Retries resume the same upload: HEAD for the offset the server holds, then PATCH from it.
          // Not at once: a HEAD sent the instant the connection drops can reach the server before it
          // has written the bytes of the cut PATCH, and read offset 0 (seen once in CI).
          retryDelays: [300, 1000, 2000, 3000],
          onBeforeRequest: (req) => {
            if (req.getMethod() === 'PATCH') patchOffsets.push(Number(req.getHeader('Upload-Offset')));
          },
          onAfterResponse: (req, res) => {
            if (req.getMethod() === 'HEAD') headOffsets.push(Number(res.getHeader('Upload-Offset')));
          },
          onSuccess: ({ lastResponse }) => resolve({ status: lastResponse.getStatus(), body: lastResponse.getBody() }),
          onError: reject,
        }).start();
      });
      expect(proxy.cuts()).toBe(1);
      // The server kept what passed before the cut, and the client sent only the rest.
      expect(headOffsets.length).toBeGreaterThanOrEqual(1);
      const resumedAt = headOffsets[headOffsets.length - 1];
      expect(resumedAt).toBeGreaterThan(0);
      expect(resumedAt).toBeLessThan(content.length);
      expect(patchOffsets[0]).toBe(0);
      expect(patchOffsets[patchOffsets.length - 1]).toBe(resumedAt);
      expect(last.status).toBe(200);
      const answer = JSON.parse(last.body) as { document: { id: string; status: string; sha256: string; size: number } };
      expect(answer.document).toMatchObject({ status: 'AVAILABLE', sha256: sha256Of(content), size: content.length });
      const row = await rowOf(app, answer.document.id);
      expect(row).toMatchObject({ status: 'AVAILABLE', sha256: sha256Of(content), size: content.length, mediaType: 'application/pdf' });
      expect(await bytesOf(app, row.id)).toBe(content.length);
    } finally {
      await proxy.close();
    }
  });

  it.each([
    ['a Windows executable', windowsExecutable(), 'application/x-msdownload', 'un ejecutable de Windows'],
    ['a Linux executable', linuxExecutable(), 'application/x-elf', 'un ejecutable'],
  ])(
    '%s named cdp.pdf is refused by its sniffed type (422), its row REFUSED and its bytes deleted',
    async (_, content, mediaType, found) => {
      const token = await app.token(Role.ENTITY_REPRESENTATIVE);
      const result = await uploadDocument(app.url, token, { purpose: 'ELIGIBILITY_REQUIREMENT', name: 'cdp.pdf', content });
      expect(result.status).toBe(422);
      const error = result.body!.errors![0];
      expect(error.message).toBe(`El archivo no es válido para este propósito: su contenido es ${found}, y se admite PDF.`);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: 'content', code: 'TYPE' }] });
      const row = await rowOf(app, result.documentId!);
      expect(row).toMatchObject({ status: 'REFUSED', refusalCode: 'TYPE', mediaType, fileName: 'cdp.pdf', sha256: sha256Of(content) });
      expect(await bytesOf(app, row.id)).toBeNull();
    },
  );

  it('a PDF carrying the EICAR signature is refused by the real clamd (422, VIRUS, bytes deleted); a clean PDF on the same system is AVAILABLE', async () => {
    const token = await app.token(Role.ENTITY_REPRESENTATIVE);
    const infected = eicarPdf();
    const refused = await uploadDocument(app.url, token, {
      purpose: 'ELIGIBILITY_REQUIREMENT',
      name: 'cdp-infectado.pdf',
      content: infected,
    });
    expect(refused.status).toBe(422);
    const error = refused.body!.errors![0];
    expect(error.message).toBe(`El antivirus detectó contenido malicioso en el archivo (${EICAR_SIGNATURE}.UNOFFICIAL); no se guardó.`);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: 'content', code: 'VIRUS' }] });
    // The type check passed (it is a PDF): the antivirus is what refused it.
    const row = await rowOf(app, refused.documentId!);
    expect(row).toMatchObject({ status: 'REFUSED', refusalCode: 'VIRUS', mediaType: 'application/pdf', sha256: sha256Of(infected) });
    expect(await bytesOf(app, row.id)).toBeNull();

    const clean = samplePdf('sano');
    const accepted = await uploadDocument(app.url, token, { purpose: 'ELIGIBILITY_REQUIREMENT', name: 'cdp-sano.pdf', content: clean });
    expect(accepted.status).toBe(200);
    expect(await rowOf(app, accepted.documentId!)).toMatchObject({ status: 'AVAILABLE', sha256: sha256Of(clean) });
    expect(await bytesOf(app, documentKey(accepted.documentId!))).toBe(clean.length);
  });

  it('an upload declared bigger than its purpose allows is refused (413) before a byte is stored', async () => {
    const token = await app.token(Role.ENTITY_REPRESENTATIVE);
    const before = await stored(app);
    const over = await create(app, token, { purpose: 'ELIGIBILITY_REQUIREMENT', filename: 'cdp.pdf' }, 20 * MB + 1);
    expect(over.status).toBe(413);
    expect(refusal(over)).toMatchObject({
      message: 'El archivo (20,0 MB) supera el máximo de 20 MB para un requisito habilitante.',
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'Upload-Length', code: 'OVER_LIMIT' }],
    });
    expect(over.headers.get('location')).toBeNull();
    // With its first bytes in the same request (creation-with-upload): refused before they are read.
    const withBody = await create(app, token, { purpose: 'ACTION_PLAN_FILE', filename: 'plan.csv' }, 2 * MB + 1, {
      'content-type': 'application/offset+octet-stream',
    });
    expect(withBody.status).toBe(413);
    expect(refusal(withBody).message).toBe('El archivo (2,0 MB) supera el máximo de 2 MB para un archivo de plan de acción.');
    expect(await stored(app)).toEqual(before);
  });

  it("tus's own protocol refusals answer in the API's shape and in Spanish", async () => {
    const token = await app.token(Role.ENTITY_REPRESENTATIVE);
    // Above every purpose's limit: the tus server refuses it before our rules are asked.
    const huge = await create(app, token, { purpose: 'ASSESSMENT_EVIDENCE', filename: 'video.pdf' }, 500 * MB);
    expect(huge.status).toBe(413);
    expect(refusal(huge)).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('supera el máximo') });
    // A PATCH from the wrong offset: a conflict that says how to go on.
    const content = samplePdf('offset');
    const made = await create(app, token, { purpose: 'ASSESSMENT_EVIDENCE', filename: 'a.pdf' }, content.length);
    expect(made.status).toBe(201);
    const wrong = await fetch(new URL(made.headers.get('location')!, `${app.url}/uploads/`), {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${token}`,
        'tus-resumable': '1.0.0',
        'upload-offset': '7',
        'content-type': 'application/offset+octet-stream',
      },
      body: content,
    });
    expect(wrong.status).toBe(409);
    expect(await wrong.json()).toMatchObject({ errors: [{ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('HEAD') }] });
  });

  describe('bad input and authorization: refused with a clear answer, nothing stored', () => {
    const metadata = { purpose: 'ELIGIBILITY_REQUIREMENT', filename: 'cdp.pdf' };

    it('without a token 401; a guest or an auditor 403', async () => {
      const before = await stored(app);
      const anonymous = await create(app, null, metadata, 100);
      expect(anonymous.status).toBe(401);
      expect(refusal(anonymous)).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('Authorization: Bearer') });
      for (const role of [Role.GUEST, Role.AUDITOR]) {
        const answer = await create(app, await app.token(role), metadata, 100);
        expect({ role, status: answer.status, code: refusal(answer).code }).toEqual({ role, status: 403, code: 'FORBIDDEN' });
      }
      expect(await stored(app)).toEqual(before);
    });

    it('a missing or unknown purpose, a missing file name or a deferred length: 400 with the problem', async () => {
      const token = await app.token(Role.ENTITY_REPRESENTATIVE);
      const before = await stored(app);
      const cases: [Record<string, string>, Record<string, string>, string, string][] = [
        [{ filename: 'cdp.pdf' }, {}, 'metadata.purpose', 'REQUIRED'],
        [{ purpose: 'VACATION_PHOTOS', filename: 'cdp.pdf' }, {}, 'metadata.purpose', 'NOT_ALLOWED'],
        [{ purpose: 'ELIGIBILITY_REQUIREMENT' }, {}, 'metadata.filename', 'REQUIRED'],
      ];
      for (const [meta, headers, path, code] of cases) {
        const answer = await create(app, token, meta, 100, headers);
        expect({ meta, status: answer.status, problems: refusal(answer).problems }).toEqual({
          meta,
          status: 400,
          problems: [expect.objectContaining({ path, code, message: expect.stringMatching(/Upload-Metadata debe declarar/) })],
        });
      }
      const deferred = await tus(`${app.url}/uploads`, 'POST', token, {
        'upload-defer-length': '1',
        'upload-metadata': tusMetadata(metadata),
      });
      expect(deferred.status).toBe(400);
      expect(refusal(deferred)).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining('no se admiten cargas de tamaño diferido'),
        problems: [{ path: 'Upload-Length', code: 'REQUIRED' }],
      });
      expect(await stored(app)).toEqual(before);
    });

    it('a ministry uploader must name a known entity (400); an entity user cannot declare another entity (403)', async () => {
      const coordinator = await app.token(Role.COORDINATOR);
      const before = await stored(app);
      const missing = await create(app, coordinator, metadata, 100);
      expect(missing.status).toBe(400);
      expect(refusal(missing).problems).toEqual([expect.objectContaining({ path: 'metadata.entityCode', code: 'REQUIRED' })]);
      const unknown = await create(app, coordinator, { ...metadata, entityCode: '99999' }, 100);
      expect(unknown.status).toBe(400);
      expect(refusal(unknown)).toMatchObject({
        message: 'No existe la entidad territorial 99999',
        problems: [{ path: 'metadata.entityCode', code: 'UNKNOWN' }],
      });
      const member = await app.token(Role.ENTITY_MEMBER);
      const foreign = await create(app, member, { ...metadata, entityCode: '76001' }, 100);
      expect(foreign.status).toBe(403);
      expect(refusal(foreign)).toMatchObject({
        code: 'FORBIDDEN',
        message: 'Solo puede subir documentos de su propia entidad territorial',
      });
      expect(await stored(app)).toEqual(before);

      // The same requests, well formed, are accepted: the refusals above were about what they named.
      const forCali = await create(app, coordinator, { ...metadata, entityCode: '76001' }, 100);
      expect(forCali.status).toBe(201);
      const own = await create(app, member, { ...metadata, entityCode: '05001' }, 100);
      expect(own.status).toBe(201);
    });

    it('someone else’s upload is not found (HEAD, PATCH: 404, nothing written); GET of an upload is 405', async () => {
      const owner = await app.token(Role.ENTITY_REPRESENTATIVE);
      const created = await create(app, owner, metadata, 100);
      expect(created.status).toBe(201);
      const url = new URL(created.headers.get('location')!, `${app.url}/uploads/`).toString();
      const id = url.split('/').pop()!;
      for (const other of [
        await app.token(Role.ENTITY_MEMBER),
        await app.token(Role.ENTITY_REPRESENTATIVE, '76001'),
        await app.token(Role.COORDINATOR),
      ]) {
        const head = await tus(url, 'HEAD', other);
        expect(head.status).toBe(404);
        const patch = await tus(
          url,
          'PATCH',
          other,
          { 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
          samplePdf('ajeno').subarray(0, 100),
        );
        expect(patch.status).toBe(404);
        expect(refusal(patch)).toMatchObject({ code: 'NOT_FOUND', message: 'No existe esa carga' });
      }
      expect(await bytesOf(app, id)).toBe(0);
      const head = await tus(url, 'HEAD', owner);
      expect(head.status).toBe(200);
      expect(head.headers.get('upload-offset')).toBe('0');

      const get = await tus(url, 'GET', owner);
      expect(get.status).toBe(405);
      expect(get.headers.get('allow')).toContain('PATCH');
      expect(refusal(get)).toMatchObject({ code: 'METHOD_NOT_ALLOWED', message: expect.stringContaining('downloadUrl') });
    });
  });
});

describe('antivirus unreachable: 503, the document stays in quarantine, the reconciler repairs it', () => {
  let down: TestSystem;
  let port: number;
  let clamd: Server | null = null;
  beforeAll(async () => {
    // A port nothing listens on: clamd is down.
    port = await freePort();
    down = await startTestSystem(
      { CLOCK: 'adjustable', CLAMD_HOST: '127.0.0.1', CLAMD_PORT: String(port), RECONCILE_EVERY_SECONDS: '86400' },
      { worker: true },
    );
    await down.system.worker!.started;
  });
  afterAll(async () => {
    if (clamd) await new Promise((r) => clamd!.close(r));
    await down?.stop();
  });

  it('answers 503 with the document id, keeps the bytes and the QUARANTINE row, and the reconciler checks it once clamd answers', async () => {
    const token = await down.token(Role.ENTITY_REPRESENTATIVE);
    const content = samplePdf('cdp sin antivirus');
    const result = await uploadDocument(down.url, token, { purpose: 'ELIGIBILITY_REQUIREMENT', name: 'cdp.pdf', content });
    expect(result.status).toBe(503);
    const error = result.body!.errors![0];
    expect(error.message).toMatch(/^El archivo se recibió completo pero no se pudo verificar ahora; se verificará de nuevo/);
    expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', documentId: expect.any(String) });
    const id = documentKey(result.documentId!);
    expect(await rowOf(down, result.documentId!)).toMatchObject({ status: 'QUARANTINE', sha256: null, checkedAt: null });
    expect(await bytesOf(down, id)).toBe(content.length);

    const worker = down.system.worker!;
    // Too young to be a crash's leftover (its check might still be running): left alone.
    expect(await worker.reconcile()).toMatchObject({ quarantineRepaired: 0, quarantineRefused: 0, quarantineFailing: 0 });
    await clockOf(down).advance((down.config.documents.quarantineRepairSeconds + 1) * 1000);
    // clamd still down: nothing can be checked, the row waits for the next run.
    expect(await worker.reconcile()).toMatchObject({ quarantineRepaired: 0, quarantineRefused: 0, quarantineFailing: 1 });
    expect(await rowOf(down, result.documentId!)).toMatchObject({ status: 'QUARANTINE' });

    clamd = await clamdOverTcp(port);
    expect(await worker.reconcile()).toMatchObject({ quarantineRepaired: 1, quarantineRefused: 0, quarantineFailing: 0 });
    expect(await rowOf(down, result.documentId!)).toMatchObject({
      status: 'AVAILABLE',
      sha256: sha256Of(content),
      mediaType: 'application/pdf',
      checkedAt: expect.any(Date),
    });
    expect(await bytesOf(down, id)).toBe(content.length);
    // Repaired once: the next run finds nothing.
    expect(await worker.reconcile()).toMatchObject({ quarantineRepaired: 0, quarantineRefused: 0, quarantineFailing: 0 });
  });
});

describe('a crash during scanning is repaired by the reconciler', () => {
  let crash: TestSystem;
  let hanging: Awaited<ReturnType<typeof silentServer>>;
  beforeAll(async () => {
    hanging = await silentServer();
    crash = await startTestSystem({ CLOCK: 'adjustable', CLAMD_SOCKET: clamdSocket(), RECONCILE_EVERY_SECONDS: '86400' }, { worker: true });
    await crash.system.worker!.started;
  });
  afterAll(async () => {
    await killServiceProcesses();
    await hanging?.close();
    await crash?.stop();
  });

  it('documents left in QUARANTINE by an API process killed mid-scan are checked again: clean ones AVAILABLE, infected ones REFUSED, one that fails again stays without stopping the others', async () => {
    // A production API process on the same database and storage, whose clamd accepts and never answers.
    const api = startServiceProcess(
      'src/api.ts',
      processEnv(crash.config, {
        PORT: '0',
        HOST: '127.0.0.1',
        CLAMD_HOST: '127.0.0.1',
        CLAMD_PORT: String(hanging.port),
        ...storageEnv(crash.config),
      }),
    );
    const ready = await api.waitForLog('API lista', 90_000);
    const apiUrl = String(ready.url).replace(/\/graphql$/, '');
    expect(api.logs.find((l) => l.msg?.startsWith('antivirus activo'))).toMatchObject({ clamd: `tcp:127.0.0.1:${hanging.port}` });
    const token = await crash.token(Role.ENTITY_REPRESENTATIVE);

    // Bigger than the test clamd accepts (StreamMaxLength): its check will fail again, and it is the oldest, so it is tried first.
    const files = [
      { name: 'demasiado-grande.pdf', content: paddedPdf(TEST_CLAMD_STREAM_MAX_BYTES + MB, 'grande') },
      { name: 'sano.pdf', content: samplePdf('sano') },
      { name: 'infectado.pdf', content: eicarPdf() },
    ];
    const uploads: Promise<unknown>[] = [];
    for (const file of files) {
      const scanning = hanging.nextConnection();
      uploads.push(uploadDocument(apiUrl, token, { purpose: 'ELIGIBILITY_REQUIREMENT', name: file.name, content: file.content }));
      // The scan began: the row was committed in quarantine before it.
      await scanning;
      expect(await rowNamed(crash, file.name)).toMatchObject({ status: 'QUARANTINE', sha256: null });
    }
    api.kill('SIGKILL');
    expect(await api.exited).toMatchObject({ signal: 'SIGKILL' });
    // The uploads' last requests die with the process.
    expect((await Promise.allSettled(uploads)).map((u) => u.status)).toEqual(['rejected', 'rejected', 'rejected']);
    const [big, clean, infected] = await Promise.all(files.map((f) => rowNamed(crash, f.name)));
    for (const row of [big, clean, infected]) expect(row.status).toBe('QUARANTINE');

    const worker = crash.system.worker!;
    expect(await worker.reconcile()).toMatchObject({ quarantineRepaired: 0, quarantineRefused: 0, quarantineFailing: 0 });
    await clockOf(crash).advance((crash.config.documents.quarantineRepairSeconds + 1) * 1000);
    expect(await worker.reconcile()).toMatchObject({ quarantineRepaired: 1, quarantineRefused: 1, quarantineFailing: 1 });

    expect(await rowNamed(crash, 'sano.pdf')).toMatchObject({
      status: 'AVAILABLE',
      sha256: sha256Of(files[1].content),
      mediaType: 'application/pdf',
    });
    expect(await bytesOf(crash, clean.id)).toBe(files[1].content.length);
    expect(await rowNamed(crash, 'infectado.pdf')).toMatchObject({ status: 'REFUSED', refusalCode: 'VIRUS' });
    expect(await bytesOf(crash, infected.id)).toBeNull();
    expect(await rowNamed(crash, 'demasiado-grande.pdf')).toMatchObject({ status: 'QUARANTINE' });
    expect(await bytesOf(crash, big.id)).toBe(files[0].content.length);
  }, 180_000);
});

describe('rate limits of /uploads', () => {
  let limited: TestSystem;
  beforeAll(async () => {
    limited = await startTestSystem({ RATE_LIMIT_UPLOADS_PER_HOUR: '2', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '2' });
  });
  afterAll(() => limited?.stop());

  it('a person starts at most RATE_LIMIT_UPLOADS_PER_HOUR uploads an hour (429 with Retry-After); resuming one is not counted', async () => {
    const token = await limited.token(Role.ENTITY_MEMBER);
    const metadata = { purpose: 'ASSESSMENT_EVIDENCE', filename: 'a.pdf' };
    const first = await create(limited, token, metadata, 10);
    expect(first.status).toBe(201);
    expect((await create(limited, token, metadata, 10)).status).toBe(201);
    const third = await create(limited, token, metadata, 10);
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refusal(third)).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('cargas de documentos') });
    // HEAD of an upload already started is still answered: only starting one spends the budget.
    const head = await tus(new URL(first.headers.get('location')!, `${limited.url}/uploads/`).toString(), 'HEAD', token, {});
    expect(head.status).toBe(200);
    // Another person has a budget of their own.
    expect((await create(limited, await limited.token(Role.ENTITY_REPRESENTATIVE), metadata, 10)).status).toBe(201);
  });

  it('requests with a bad token spend their address’s anonymous budget, then get 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await create(limited, 'not-a-token', { purpose: 'ASSESSMENT_EVIDENCE', filename: 'a.pdf' }, 10)).status);
    expect(statuses).toEqual([401, 401, 429]);
  });
});
