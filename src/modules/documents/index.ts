import { Action, anyRole } from '../../core/auth/policy';
import { Role } from '../../core/auth/principal';
import { publicBase } from '../../core/http/public-url';
import type { AppModule } from '../../core/module';
import { ClamdScanner } from './clamd-scanner';
import { DocumentAttachments } from './document-attachments';
import { documentContent } from './document-content';
import { DocumentDownloadsResolver } from './document-downloads.resolver';
import { CONTENT_PATH, DocumentLinks } from './document-links';
import { DocumentReadResolver } from './document-read.resolver';
import { DocumentReads } from './document-reads';
import { Document, DocumentDownload } from './document.entity';
import { DocumentLoaders } from './document.loaders';
import { reconcileDocuments } from './document.reconcile';
import { DocumentService } from './document.service';
import { PURGE_DOCUMENTS, PURGE_EVERY_MS, purgeDocuments } from './purge-documents.job';
import { RedisLocker } from './redis-locker';
import { createDocumentStorage } from './storage/create-storage';
import { uploadEndpoint, UPLOADS_PATH } from './upload-endpoint';

/** A document id no upload can have (uploads are random v4 UUIDs): what /health asks the storage about. */
const HEALTH_PROBE_ID = '00000000-0000-0000-0000-000000000000';

declare module '../../core/graphql/context' {
  interface AppServices {
    /** Documents: uploads' checks, storage, reads by id. */
    documents: DocumentService;
    /** Locks of tus uploads shared by every API process through Redis (redis-locker.ts). */
    uploadLocks: RedisLocker;
    /** Attaching documents to their owners inside the steps that attach them (document-attachments.ts). */
    attachments: DocumentAttachments;
    /** Reading documents: by id, signed download links, the audit trail of downloads (document-reads.ts). */
    documentReads: DocumentReads;
  }
  interface RequestScope {
    /** DataLoaders of documents by id and by owner (document.loaders.ts). */
    documentLoaders: DocumentLoaders;
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
  resolvers: [DocumentReadResolver, DocumentDownloadsResolver],
  async services({ config, orm, redis, subscriber, logger, services }) {
    const storage = createDocumentStorage(config.documents.storage);
    const clamd = config.documents.clamd;
    const scanner = clamd ? new ClamdScanner(clamd) : null;
    if (scanner) logger.info({ clamd: scanner.where }, 'antivirus activo: los documentos se analizan con clamd');
    else logger.info('antivirus inactivo: defina CLAMD_SOCKET o CLAMD_HOST para analizar los documentos con clamd');
    // Both drivers: any two API processes (or machines) may receive the PATCHes of one upload.
    const uploadLocks = new RedisLocker({ prefix: config.redisPrefix, redis, subscriber, logger });
    await uploadLocks.start();
    return {
      uploadLocks,
      documents: new DocumentService(orm, services.clock, storage, config.documents, scanner, logger),
      attachments: new DocumentAttachments(services.clock),
      documentReads: new DocumentReads(
        orm,
        services.clock,
        new DocumentLinks(config.documents.linkSecret, config.documents.linkSeconds, services.clock, publicBase(config, services)),
      ),
    };
  },
  requestScope: { documentLoaders: (ctx) => new DocumentLoaders(ctx.em) },
  async stop(services) {
    await services.uploadLocks.stop();
    await services.documents.storage.close();
  },
  http: ({ config, spend, clientAddress, verifier, policy, services, logger }) => [
    {
      path: UPLOADS_PATH,
      method: 'ALL',
      handler: uploadEndpoint({ spend, clientAddress, verifier, policy, services, corsOrigins: config.corsOrigins, logger }),
    },
    { path: CONTENT_PATH, handler: documentContent({ spend, clientAddress, verifier, policy, services, logger }) },
  ],
  schedules: (deps) => [
    {
      name: PURGE_DOCUMENTS,
      everyMs: PURGE_EVERY_MS,
      run: () => {
        const { documents } = deps.services;
        return purgeDocuments({
          orm: deps.orm,
          clock: deps.clock,
          storage: documents.storage,
          settings: documents.settings,
          logger: deps.logger,
        });
      },
    },
  ],
  health: ({ documents }) => ({
    // Uploads stay in quarantine while clamd is down; reads and everything else go on.
    antivirus: () => documents.antivirus(),
    // An id no upload has: the storage answers that it holds nothing (a directory or bucket that cannot be read throws).
    documentStorage: async () => ((await documents.storage.offset(HEALTH_PROBE_ID)) === null ? 'up' : 'down'),
  }),
  policy: {
    [Action.UploadDocuments]: (p) => anyRole(p) && p.role !== Role.AUDITOR,
    [Action.ReadDocumentDownloads]: (p) => p.role === Role.COORDINATOR || p.role === Role.AUDITOR,
  },
  reconcile: reconcileDocuments,
  globalIds: { inputs: { documentId: 'Document', documentIds: 'Document', annexes: 'Document' } },
};
