import { Readable } from 'node:stream';
import { Upload, type DataStore } from '@tus/utils';

/**
 * Where documents' bytes live, behind one interface with two drivers: `file` (a directory under
 * VAR_DIR, the embedded default) and `s3` (any S3-compatible service, for deployments with several
 * API processes). Uploads are written through the driver's tus store, and a finished upload is the
 * stored document: its key is the document's id, and nothing writes to it again (a new version is a
 * new document), so there is no copy between a staging area and the store.
 */
export interface DocumentStorage {
  readonly driver: 'file' | 's3';
  /** The tus data store uploads are written to (the API's tus server uses it). */
  readonly tusStore: DataStore;
  /** Bytes received so far for the id (the upload's offset), or null when nothing is stored under it. */
  offset(id: string): Promise<number | null>;
  /** The content of a finished upload, as a stream (a NOT_FOUND `StorageMissingError` when absent). */
  read(id: string): Promise<Readable>;
  /**
   * Stores a whole file under a new id without a tus client (demo data, tests of other layers): the
   * same store, the same layout as an upload. Metadata is the tus upload's.
   */
  put(id: string, content: Buffer, metadata?: Record<string, string>): Promise<void>;
  /** Removes the bytes and the upload's bookkeeping; removing what is absent is not an error. */
  remove(id: string): Promise<void>;
  /** Removes uploads never finished that were created more than `olderThanMs` ago; returns how many. */
  removeUnfinished(olderThanMs: number): Promise<number>;
  /** Releases connections. */
  close(): Promise<void>;
}

/** The bytes of a document are not in the storage (never finished, or removed). */
export class StorageMissingError extends Error {
  constructor(readonly id: string) {
    super(`no hay contenido almacenado para el documento ${id}`);
  }
}

/** `put` for any driver: the whole file written through its tus store, as one upload of one request. */
export async function putThroughTus(store: DataStore, id: string, content: Buffer, metadata: Record<string, string>): Promise<void> {
  await store.create(new Upload({ id, size: content.length, offset: 0, metadata, creation_date: new Date().toISOString() }));
  await store.write(Readable.from([content]), id, 0);
}

/** tus's own errors for an id a store does not hold (FILE_NOT_FOUND, FILE_NO_LONGER_EXISTS). */
export const isTusMissing = (err: unknown): boolean => [404, 410].includes((err as { status_code?: number }).status_code ?? 0);
