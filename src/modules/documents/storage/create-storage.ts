import type { Config } from '../../../config/env';
import type { DocumentStorage } from './document-storage';
import { FileDocumentStorage } from './file-storage';
import { S3DocumentStorage } from './s3-storage';

/** The storage driver the configuration names (DOCUMENT_STORAGE). */
export function createDocumentStorage(settings: Config['documents']['storage']): DocumentStorage {
  switch (settings.driver) {
    case 'file':
      return new FileDocumentStorage(settings.dir);
    case 's3':
      return new S3DocumentStorage(settings);
  }
}
