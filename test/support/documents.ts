import { once } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';

import { fromGlobalId } from '../../src/core/graphql/global-ids';

/** Upload-Metadata: comma-separated `key base64(value)` pairs (tus 1.0.0). */
export function tusMetadata(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k} ${Buffer.from(v, 'utf8').toString('base64')}`)
    .join(',');
}

export interface UploadResult {
  /** The status of the last request (201 create, then 200 checked, 422 refused, …). */
  status: number;
  /** Its JSON body, when it had one. */
  body: {
    document?: { id: string; status: string; mediaType: string | null; sha256: string | null; refusalReason: string | null };
    errors?: { message: string; extensions: Record<string, unknown> }[];
  } | null;
  /** The upload's URL (absolute), when it was created. */
  location: string | null;
  /** The document's global id, when the upload finished and was checked. */
  documentId: string | null;
}

async function jsonOf(res: Response): Promise<UploadResult['body']> {
  const text = await res.text();
  try {
    return text ? (JSON.parse(text) as UploadResult['body']) : null;
  } catch {
    return null;
  }
}

/** The headers every tus request of a person carries. */
export const tusHeaders = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' });

/** POST /uploads: creates an upload of `length` bytes declaring `metadata` (purpose, filename, …). */
export function createUpload(baseUrl: string, token: string, metadata: Record<string, string>, length: number): Promise<Response> {
  return fetch(`${baseUrl}/uploads`, {
    method: 'POST',
    headers: { ...tusHeaders(token), 'upload-length': String(length), 'upload-metadata': tusMetadata(metadata) },
  });
}

/** The absolute URL of the upload a 201 created (its Location is relative). */
export const uploadUrl = (baseUrl: string, created: Response): string =>
  new URL(created.headers.get('location')!, `${baseUrl}/uploads/`).toString();

/** PATCH: sends `bytes` from `offset`. */
export function patchUpload(location: string, token: string, offset: number, bytes: Buffer): Promise<Response> {
  return fetch(location, {
    method: 'PATCH',
    headers: { ...tusHeaders(token), 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' },
    body: bytes,
  });
}

/**
 * Uploads a whole file through the tus endpoint as a client would, in two requests (POST to create,
 * PATCH with the bytes), with the bearer token. `metadata` beyond purpose and filename (entityCode,
 * replaces) is passed as given.
 */
export async function uploadDocument(
  baseUrl: string,
  token: string,
  file: { purpose: string; name: string; content: Buffer; metadata?: Record<string, string> },
): Promise<UploadResult> {
  const create = await createUpload(baseUrl, token, { purpose: file.purpose, filename: file.name, ...file.metadata }, file.content.length);
  if (create.status !== 201) return { status: create.status, body: await jsonOf(create), location: null, documentId: null };
  await create.arrayBuffer();
  const location = uploadUrl(baseUrl, create);
  const patch = await patchUpload(location, token, 0, file.content);
  const body = await jsonOf(patch);
  return {
    status: patch.status,
    body,
    location,
    documentId: body?.document?.id ?? (body?.errors?.[0]?.extensions.documentId as string) ?? null,
  };
}

/** A document's row id (uuid) from its global id. */
export const documentKey = (globalId: string): string => fromGlobalId(globalId)?.key ?? globalId;

/** A minimal valid PDF (one empty page) with a line of text in it, so two of them differ. */
export function samplePdf(text = 'CTI'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',
  ];
  const stream = `BT /F1 12 Tf 20 100 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/**
 * A TCP proxy in front of the API that cuts the connection once, in the middle of a PATCH: when
 * `cutAfter` bytes of the request have passed, the API receives exactly those and the client's
 * connection is destroyed.
 */
export async function cuttingProxy(apiUrl: string, cutAfter: number) {
  const target = new URL(apiUrl);
  const sockets = new Set<Socket>();
  let cuts = 0;
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    sockets.add(client).add(upstream);
    // Bytes of the PATCH in progress on this connection (keep-alive: several requests pass through it); -1: none.
    let patchBytes = -1;
    client.on('data', (chunk: Buffer) => {
      if (cuts === 0) {
        const start = chunk.indexOf('PATCH /uploads/');
        if (patchBytes < 0 && start >= 0) patchBytes = chunk.length - start;
        else if (patchBytes >= 0) patchBytes += chunk.length;
        if (patchBytes >= cutAfter) {
          cuts++;
          upstream.end(chunk.subarray(0, chunk.length - (patchBytes - cutAfter)));
          client.destroy();
          return;
        }
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (!client.destroyed) client.write(chunk);
    });
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => sockets.delete(client));
    upstream.on('close', () => sockets.delete(upstream));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    cuts: () => cuts,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}
