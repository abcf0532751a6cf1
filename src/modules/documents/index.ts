import { Action, anyRole } from '../../core/auth/policy';
import { Role } from '../../core/auth/principal';
import type { AppModule } from '../../core/module';
import { Document, DocumentDownload } from './document.entity';
import { DocumentService } from './document.service';
import { createDocumentStorage } from './storage/create-storage';
import { uploadEndpoint, UPLOADS_PATH } from './upload-endpoint';

declare module '../../core/graphql/context' {
  interface AppServices {
    /** Documents: uploads' checks, storage, reads by id. */
    documents: DocumentService;
  }
}

/**
 * Documents: resumable uploads (tus), checked before use (size, type sniffed from the content,
 * SHA-256, antivirus), stored behind one interface (file or s3), attached through the processes'
 * own mutations, read through short-lived signed links, every download audited, purged and
 * retained by rule.
 */
export const documentsModule: AppModule = {
  name: 'documents',
  entities: [Document, DocumentDownload],
  services({ config, orm, logger, services }) {
    const storage = createDocumentStorage(config.documents.storage);
    return { documents: new DocumentService(orm, services.clock, storage, config.documents, null, logger) };
  },
  async stop(services) {
    await services.documents.storage.close();
  },
  http: ({ config, verifier, policy, services, logger }) => [
    { path: UPLOADS_PATH, method: 'ALL', handler: uploadEndpoint({ verifier, policy, services, corsOrigins: config.corsOrigins, logger }) },
  ],
  policy: {
    [Action.UploadDocuments]: (p) => anyRole(p) && p.role !== Role.AUDITOR,
    [Action.ReadDocumentDownloads]: (p) => p.role === Role.COORDINATOR || p.role === Role.AUDITOR,
  },
  globalIds: { inputs: { documentId: 'Document', documentIds: 'Document' } },
};
