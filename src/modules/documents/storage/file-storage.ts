import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { FileStore } from '@tus/file-store';
import { Upload } from '@tus/utils';

import { isTusMissing, putThroughTus, StorageMissingError, type DocumentStorage } from './document-storage';

const isMissing = (err: unknown) => (err as { code?: string }).code === 'ENOENT' || (err as { status_code?: number }).status_code === 404;

/**
 * The `file` driver: one directory (VAR_DIR/documents by default) holding each upload's bytes under
 * its id and tus's bookkeeping beside it (`<id>.json`). One machine only: with several API
 * processes on several machines, use `s3`.
 */
export class FileDocumentStorage implements DocumentStorage {
  readonly driver = 'file' as const;
  readonly tusStore: FileStore;

  constructor(private readonly directory: string) {
    this.tusStore = new FileStore({ directory });
  }

  async offset(id: string): Promise<number | null> {
    try {
      return (await this.tusStore.getUpload(id)).offset;
    } catch (err) {
      if (isTusMissing(err) || isMissing(err)) return null;
      throw err;
    }
  }

  async read(id: string): Promise<Readable> {
    const path = join(this.directory, id);
    try {
      await stat(path);
    } catch (err) {
      if (isMissing(err)) throw new StorageMissingError(id);
      throw err;
    }
    return createReadStream(path);
  }

  async put(id: string, content: Buffer, metadata: Record<string, string> = {}): Promise<void> {
    await putThroughTus(this.tusStore, id, content, metadata);
  }

  async remove(id: string): Promise<void> {
    try {
      await this.tusStore.remove(id);
    } catch (err) {
      if (!isTusMissing(err) && !isMissing(err)) throw err;
    }
  }

  async removeUnfinished(olderThanMs: number): Promise<number> {
    // tus's own deleteExpired compares the size with the offset it stored at creation (always 0):
    // it would delete finished documents too. The real offset is the file's length.
    const ids = (await this.tusStore.configstore.list?.()) ?? [];
    const before = Date.now() - olderThanMs;
    let removed = 0;
    for (const id of ids) {
      let upload: Upload;
      try {
        upload = await this.tusStore.getUpload(id);
      } catch (err) {
        if (isTusMissing(err)) continue;
        throw err;
      }
      const created = upload.creation_date ? Date.parse(upload.creation_date) : NaN;
      if (upload.size !== undefined && upload.offset >= upload.size) continue;
      if (!(created < before)) continue;
      await this.remove(id);
      removed++;
    }
    return removed;
  }

  async close(): Promise<void> {}
}
