// An S3-protocol server for the tests of the `s3` storage driver: s3rver (npm), on 127.0.0.1 and a
// free port, over a temporary directory, completed with the three operations of S3's multipart API
// it lacks and @tus/s3-store relies on (see `multipartCompletion`).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';

import type { Config } from '../../src/config/env';

/** Credentials S3rver's default account accepts (its signature checks are real). */
export const TEST_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;
export const TEST_S3_REGION = 'us-east-1';

/** The parts of Koa's context the added operations use. */
interface KoaContext {
  method: string;
  path: string;
  query: Record<string, string | string[] | undefined>;
  params: Record<string, string | undefined>;
  state: { vhost?: boolean };
  status: number;
  body: unknown;
}
type Middleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;

interface S3rverInstance {
  middleware: Middleware[];
  store: { getResourcePath(bucket: string, key: string | undefined, resource: string): string };
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
  httpServer?: Server;
}
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance;
type S3ErrorClass = new (code: string, message?: string, detail?: Record<string, string>) => Error;

const query = (ctx: KoaContext, name: string): string | undefined => {
  const value = ctx.query[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * s3rver 3.7 stores multipart uploads (CreateMultipartUpload, UploadPart, CompleteMultipartUpload)
 * but answers ListParts and AbortMultipartUpload with 405 MethodNotAllowed and
 * ListMultipartUploads with 501 NotImplemented. @tus/s3-store computes every upload's offset with
 * ListParts and a termination aborts the multipart upload; the driver finds unfinished uploads with
 * ListMultipartUploads. These three are answered here, as S3's API reference describes them, from
 * s3rver's own files (`<bucket>/._S3rver_uploads/<uploadId>/{key, metadata, <n>, <n>.md5}`), after
 * s3rver's own bucket check and signature check. Everything else is s3rver's.
 */
function multipartCompletion(server: S3rverInstance): Middleware {
  /* eslint-disable @typescript-eslint/no-require-imports -- s3rver is CommonJS without types */
  const authentication = (require('s3rver/lib/middleware/authentication') as () => Middleware)();
  const { bucketExists } = require('s3rver/lib/controllers/bucket') as { bucketExists: Middleware };
  const S3Error = require('s3rver/lib/models/error') as S3ErrorClass;
  /* eslint-enable @typescript-eslint/no-require-imports */

  const uploadsDir = (bucket: string) => server.store.getResourcePath(bucket, undefined, 'uploads');
  const noSuchUpload = () =>
    new S3Error(
      'NoSuchUpload',
      'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
    );
  const uploadKey = async (bucket: string, uploadId: string): Promise<string | null> => {
    if (!/^[0-9a-f]+$/.test(uploadId)) return null;
    try {
      return await readFile(join(uploadsDir(bucket), uploadId, 'key'), 'utf8');
    } catch {
      return null;
    }
  };

  const listParts = async (ctx: KoaContext, bucket: string, key: string, uploadId: string) => {
    if ((await uploadKey(bucket, uploadId)) !== key) throw noSuchUpload();
    const dir = join(uploadsDir(bucket), uploadId);
    const numbers = (await readdir(dir))
      .filter((name) => /^\d+$/.test(name))
      .map(Number)
      .sort((a, b) => a - b);
    const marker = Number(query(ctx, 'part-number-marker') ?? 0);
    const maxParts = Math.min(Number(query(ctx, 'max-parts') ?? 1000), 1000);
    const after = numbers.filter((n) => n > marker);
    const page = after.slice(0, maxParts);
    const parts = await Promise.all(
      page.map(async (n) => {
        const [info, md5] = await Promise.all([stat(join(dir, String(n))), readFile(join(dir, `${n}.md5`), 'utf8')]);
        return { PartNumber: n, LastModified: info.mtime.toISOString(), ETag: JSON.stringify(md5), Size: info.size };
      }),
    );
    ctx.body = {
      ListPartsResult: {
        Bucket: bucket,
        Key: key,
        UploadId: uploadId,
        StorageClass: 'STANDARD',
        PartNumberMarker: marker,
        NextPartNumberMarker: page.length ? page[page.length - 1] : marker,
        MaxParts: maxParts,
        IsTruncated: after.length > page.length,
        Part: parts,
      },
    };
  };

  const abort = async (ctx: KoaContext, bucket: string, key: string, uploadId: string) => {
    if ((await uploadKey(bucket, uploadId)) !== key) throw noSuchUpload();
    await rm(join(uploadsDir(bucket), uploadId), { recursive: true, force: true });
    ctx.status = 204;
  };

  const listUploads = async (ctx: KoaContext, bucket: string) => {
    const prefix = query(ctx, 'prefix') ?? '';
    const keyMarker = query(ctx, 'key-marker') ?? '';
    const idMarker = query(ctx, 'upload-id-marker') ?? '';
    const maxUploads = Math.min(Number(query(ctx, 'max-uploads') ?? 1000), 1000);
    let ids: string[] = [];
    try {
      ids = await readdir(uploadsDir(bucket));
    } catch {
      // no multipart upload was ever started in this bucket
    }
    const uploads = (
      await Promise.all(
        ids.map(async (uploadId) => {
          const key = await uploadKey(bucket, uploadId);
          if (key === null) return null;
          // Written once, when the upload was initiated.
          const initiated = (await stat(join(uploadsDir(bucket), uploadId, 'key'))).mtime;
          return { key, uploadId, initiated };
        }),
      )
    )
      .filter((u): u is NonNullable<typeof u> => u !== null && u.key.startsWith(prefix))
      .filter((u) => u.key > keyMarker || (u.key === keyMarker && idMarker !== '' && u.uploadId > idMarker))
      .sort((a, b) => (a.key === b.key ? a.uploadId.localeCompare(b.uploadId) : a.key < b.key ? -1 : 1));
    const page = uploads.slice(0, maxUploads);
    const last = page[page.length - 1];
    ctx.body = {
      ListMultipartUploadsResult: {
        Bucket: bucket,
        KeyMarker: keyMarker,
        UploadIdMarker: idMarker,
        NextKeyMarker: last?.key ?? '',
        NextUploadIdMarker: last?.uploadId ?? '',
        MaxUploads: maxUploads,
        IsTruncated: uploads.length > page.length,
        Upload: page.map((u) => ({
          Key: u.key,
          UploadId: u.uploadId,
          StorageClass: 'STANDARD',
          Initiated: u.initiated.toISOString(),
        })),
      },
    };
  };

  return async (ctx, next) => {
    // /<bucket>[/[<key>]] (path style, as the tests' clients use).
    const match = /^\/([^/]+)(?:\/(.*))?$/.exec(ctx.path);
    const uploadId = query(ctx, 'uploadId');
    const bucket = match ? decodeURIComponent(match[1]!) : undefined;
    const key = match?.[2] ? decodeURIComponent(match[2]) : undefined;
    let operation: (() => Promise<void>) | undefined;
    if (bucket && key && uploadId !== undefined && !('partNumber' in ctx.query)) {
      if (ctx.method === 'GET') operation = () => listParts(ctx, bucket, key, uploadId);
      if (ctx.method === 'DELETE') operation = () => abort(ctx, bucket, key, uploadId);
    } else if (bucket && !key && ctx.method === 'GET' && 'uploads' in ctx.query) {
      operation = () => listUploads(ctx, bucket);
    }
    if (!operation) return next();
    ctx.params = { bucket, key };
    await authentication(ctx, () => bucketExists(ctx, operation));
  };
}

export interface TestS3Server {
  endpoint: string;
  stop(): Promise<void>;
}

/** Starts the S3-protocol server of a test run (global setup), over a temporary directory. */
export async function startS3Server(): Promise<TestS3Server> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- s3rver is CommonJS without types
  const S3rver = require('s3rver') as S3rverClass;
  // The SDK warns once per process that its releases after January 2027 will need Node 22: true, and
  // said in the operations notes, but noise in every test worker's output.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const directory = mkdtempSync(join(tmpdir(), 'cti-test-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, vhostBuckets: false });
  // s3rver's last middleware is its router: the added operations go just before it, after its XML
  // encoding of answers.
  server.middleware.splice(server.middleware.length - 1, 0, multipartCompletion(server));
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    async stop() {
      // Keep-alive sockets of the suite's clients would hold close() open.
      server.httpServer?.closeAllConnections();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

type S3Settings = Extract<Config['documents']['storage'], { driver: 's3' }>;

/** The endpoint the global setup started (TEST_S3_ENDPOINT). */
export function testS3Endpoint(): string {
  const endpoint = process.env.TEST_S3_ENDPOINT;
  if (!endpoint) throw new Error('TEST_S3_ENDPOINT no definido: ¿corrió el globalSetup de Jest?');
  return endpoint;
}

/** A new, empty bucket on the suite's S3 server, and the driver's settings for it. */
export async function testS3Bucket(): Promise<S3Settings> {
  const settings: S3Settings = {
    driver: 's3',
    bucket: `cti-test-${randomUUID()}`,
    endpoint: testS3Endpoint(),
    region: TEST_S3_REGION,
    ...TEST_S3_CREDENTIALS,
    forcePathStyle: true,
  };
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: true,
    credentials: TEST_S3_CREDENTIALS,
  });
  try {
    await client.send(new CreateBucketCommand({ Bucket: settings.bucket }));
  } finally {
    client.destroy();
  }
  return settings;
}

/** The environment for `startTestSystem` to store documents with the `s3` driver, in a fresh bucket. */
export async function s3Env(): Promise<NodeJS.ProcessEnv> {
  const s = await testS3Bucket();
  return {
    DOCUMENT_STORAGE: 's3',
    S3_BUCKET: s.bucket,
    S3_ENDPOINT: s.endpoint,
    S3_REGION: s.region,
    S3_ACCESS_KEY_ID: s.accessKeyId,
    S3_SECRET_ACCESS_KEY: s.secretAccessKey,
    S3_FORCE_PATH_STYLE: 'true',
  };
}
