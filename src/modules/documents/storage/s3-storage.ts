import { Readable } from 'node:stream';
import type { S3 } from '@aws-sdk/client-s3';
import { S3Store, type MetadataValue } from '@tus/s3-store';
import { ERRORS, TUS_RESUMABLE, Upload, type KvStore } from '@tus/utils';

import type { Config } from '../../../config/env';
import { isTusMissing, putThroughTus, StorageMissingError, type DocumentStorage } from './document-storage';

type S3Settings = Extract<Config['documents']['storage'], { driver: 's3' }>;

/** S3's answers for a key or a multipart upload that does not exist (a HEAD's 404 has no code: NotFound). */
const isS3Missing = (err: unknown) =>
  ['NoSuchKey', 'NoSuchUpload', 'NotFound'].includes((err as { name?: string }).name ?? '') ||
  (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404;

/**
 * No cache of uploads' info objects. S3Store keeps them in process memory by default, which is wrong
 * as soon as there are several API processes (the reason for this driver): a process that cached an
 * upload another one removed would still report it, since an upload without a multipart upload reads
 * as finished. Each read costs one GET of a small object instead.
 */
const noCache: KvStore<MetadataValue> = {
  get: async () => undefined,
  set: async () => {},
  delete: async () => {},
};

/**
 * tus's S3 store (multipart uploads; `<id>.info` holds the upload's JSON, `<id>.part` the tail of a
 * PATCH shorter than S3's 5 MiB minimum part, `<id>` the finished object), with two changes.
 */
class DocumentS3Store extends S3Store {
  constructor(settings: S3Settings) {
    super({
      cache: noCache,
      s3ClientConfig: {
        bucket: settings.bucket,
        region: settings.region,
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
        forcePathStyle: settings.forcePathStyle,
        // Without keys, the SDK's own chain (environment, shared files, instance or task role).
        ...(settings.accessKeyId && settings.secretAccessKey
          ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
          : {}),
        // The SDK's default since 2025 adds CRC checksums (and aws-chunked bodies) to every upload,
        // which many S3-compatible services refuse or mishandle; only what S3 requires.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      },
    });
  }

  get s3(): S3 {
    return this.client;
  }

  get bucketName(): string {
    return this.bucket;
  }

  /**
   * As S3Store's, but the creation date is the caller's (as @tus/file-store keeps it), not stamped
   * over it: the tus server gives the time of the POST, `put` its own, and the age of an unfinished
   * upload is measured from it.
   */
  override async create(upload: Upload): Promise<Upload> {
    const res = await this.client.createMultipartUpload({
      Bucket: this.bucket,
      Key: upload.id,
      Metadata: { 'tus-version': TUS_RESUMABLE },
    });
    upload.storage = { type: 's3', path: res.Key ?? upload.id, bucket: this.bucket };
    await this.saveMetadata(upload, res.UploadId!);
    return upload;
  }

  /**
   * S3Store's aborts the multipart upload, then deletes the object and the info; but a finished
   * upload has no multipart upload any more, S3 answers NoSuchUpload, and it gives up before deleting
   * anything. It also leaves `<id>.part`. Here: abort when there is something to abort, then delete
   * all three, the info last, so a removal cut short is still found and can be repeated. Throws
   * FILE_NOT_FOUND (after cleaning what was there) when there was no info, as tus expects.
   */
  override async remove(id: string): Promise<void> {
    let uploadId: string | undefined;
    try {
      uploadId = (await this.getMetadata(id))['upload-id'];
    } catch (err) {
      if (!isS3Missing(err)) throw err;
    }
    if (uploadId) {
      try {
        await this.client.abortMultipartUpload({ Bucket: this.bucket, Key: id, UploadId: uploadId });
      } catch (err) {
        if (!isS3Missing(err)) throw err;
      }
    }
    await Promise.all([id, this.partKey(id, true)].map((Key) => this.client.deleteObject({ Bucket: this.bucket, Key })));
    await this.client.deleteObject({ Bucket: this.bucket, Key: this.infoKey(id) });
    if (!uploadId) throw ERRORS.FILE_NOT_FOUND;
  }
}

/**
 * The `s3` driver: one bucket of any S3-compatible service (S3_* settings), shared by every API and
 * worker process of a deployment. Keys are the document's id (the finished object) and tus's
 * bookkeeping beside it, `<id>.info` (the upload's JSON) and, while an upload is unfinished,
 * `<id>.part`; the parts of an unfinished upload live in S3's multipart upload for `<id>`.
 */
export class S3DocumentStorage implements DocumentStorage {
  readonly driver = 's3' as const;
  readonly tusStore: DocumentS3Store;

  constructor(settings: S3Settings) {
    this.tusStore = new DocumentS3Store(settings);
  }

  private get s3(): S3 {
    return this.tusStore.s3;
  }

  private get bucket(): string {
    return this.tusStore.bucketName;
  }

  async offset(id: string): Promise<number | null> {
    let upload: Upload;
    try {
      upload = await this.tusStore.getUpload(id);
    } catch (err) {
      if (isTusMissing(err) || isS3Missing(err)) return null;
      throw err;
    }
    if (upload.size !== undefined && upload.offset >= upload.size) {
      // S3Store reads "finished" from a multipart upload that no longer exists: completed, or aborted
      // (a removal cut short, a bucket's lifecycle rule). Only the object proves the bytes are there.
      try {
        await this.s3.headObject({ Bucket: this.bucket, Key: id });
      } catch (err) {
        if (isS3Missing(err)) return null;
        throw err;
      }
    }
    return upload.offset;
  }

  async read(id: string): Promise<Readable> {
    try {
      const res = await this.s3.getObject({ Bucket: this.bucket, Key: id });
      return res.Body as Readable;
    } catch (err) {
      if (isS3Missing(err)) throw new StorageMissingError(id);
      throw err;
    }
  }

  async put(id: string, content: Buffer, metadata: Record<string, string> = {}): Promise<void> {
    await putThroughTus(this.tusStore, id, content, metadata);
  }

  async remove(id: string): Promise<void> {
    try {
      await this.tusStore.remove(id);
    } catch (err) {
      if (!isTusMissing(err)) throw err;
    }
  }

  async removeUnfinished(olderThanMs: number): Promise<number> {
    // An unfinished upload is one whose multipart upload is still open: S3 lists them, so the purge
    // reads those, not every document in the bucket. S3Store's deleteExpired does much the same, but
    // with an age fixed when the store is built (it is 0, off, here) and counted from S3's Initiated,
    // and it counts objects, not uploads. The age here is the upload's creation date, as for the file
    // driver; a multipart upload without an info object is not one of ours, and is left alone.
    const before = Date.now() - olderThanMs;
    let removed = 0;
    let keyMarker: string | undefined;
    let uploadIdMarker: string | undefined;
    for (;;) {
      const page = await this.s3.listMultipartUploads({ Bucket: this.bucket, KeyMarker: keyMarker, UploadIdMarker: uploadIdMarker });
      for (const open of page.Uploads ?? []) {
        if (!open.Key) continue;
        let upload: Upload;
        try {
          upload = await this.tusStore.getUpload(open.Key);
        } catch (err) {
          if (isTusMissing(err) || isS3Missing(err)) continue;
          throw err;
        }
        if (upload.size !== undefined && upload.offset >= upload.size) continue;
        const created = upload.creation_date ? Date.parse(upload.creation_date) : NaN;
        if (!(created < before)) continue;
        await this.remove(open.Key);
        removed++;
      }
      if (!page.IsTruncated) return removed;
      keyMarker = page.NextKeyMarker;
      uploadIdMarker = page.NextUploadIdMarker;
    }
  }

  async close(): Promise<void> {
    this.s3.destroy();
  }
}
