import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import type { Upload } from '@tus/utils';
import type { Logger } from 'pino';

import type { Config } from '../../config/env';
import type { Principal } from '../../core/auth/principal';
import type { Orm } from '../../core/orm/orm';
import type { Clock } from '../../core/time/clock';
import { inspectContent, type Refusal } from './document-check';
import { Document, type DocumentPurpose } from './document.entity';
import type { DocumentStorage } from './storage/document-storage';
import type { VirusScanner } from './virus-scanner';

/** What the uploader declared and the door established at the upload's creation (kept in the tus upload's metadata). */
export interface UploadOwner {
  purpose: DocumentPurpose;
  fileName: string;
  entityCode: string;
  personId: string;
  subject: string;
  replacesId: string | null;
}

/** Metadata keys the server writes on an upload (a client's own values for them are overwritten). */
export const OWNER_KEYS = { personId: 'cti-person', subject: 'cti-subject', entityCode: 'cti-entity' } as const;

/**
 * Documents: the upload's end (a quarantined row, then the checks), reads of a document by id, and
 * the repairs of the reconciler. Attaching and reading through owners are in document-attachments.ts
 * and the resolvers; the tus endpoint is upload-endpoint.ts.
 */
export class DocumentService {
  constructor(
    private readonly orm: Orm,
    private readonly clock: Clock,
    readonly storage: DocumentStorage,
    readonly settings: Config['documents'],
    private readonly scanner: VirusScanner | null,
    private readonly logger: Logger,
  ) {}

  /** A fresh EntityManager for work outside a request's (the upload endpoint, jobs). */
  fork(): EntityManager {
    return this.orm.em.fork();
  }

  /** Whether uploads are scanned for viruses (clamd configured). */
  get scans(): boolean {
    return this.scanner !== null;
  }

  /** Whether the antivirus answers now (true without one): the reconciler checks nothing again while it does not. */
  async scannerAnswers(): Promise<boolean> {
    return this.scanner ? this.scanner.ping() : true;
  }

  /**
   * A finished upload becomes a document in QUARANTINE (committed first, so a crash from here on
   * leaves a row the reconciler finds), then is checked. Finishing the same upload again is a no-op
   * that answers the row as it is.
   */
  async finishUpload(upload: Upload, owner: UploadOwner): Promise<Document> {
    const em = this.orm.em.fork();
    const existing = await em.findOne(Document, { id: upload.id });
    if (!existing) {
      const row = em.create(Document, {
        id: upload.id,
        purpose: owner.purpose,
        status: 'QUARANTINE',
        entityCode: owner.entityCode,
        fileName: owner.fileName,
        mediaType: null,
        size: upload.size ?? upload.offset,
        sha256: null,
        uploadedBy: owner.personId,
        uploaderSubject: owner.subject,
        createdAt: this.clock.now(),
        checkedAt: null,
        refusalCode: null,
        refusalReason: null,
        replacesId: owner.replacesId,
        ownerKind: null,
        ownerKey: null,
        caseId: null,
        attachedAt: null,
        attachedBy: null,
        supersededBy: null,
        deletedAt: null,
      });
      await em.persistAndFlush(row);
    }
    return this.check(upload.id);
  }

  /**
   * Checks a quarantined document: its content read once for the hash, the type and the purpose's
   * rules, then the antivirus when configured. Clean: AVAILABLE. Refused: its bytes deleted, the
   * reason kept on the row. A document no longer in quarantine is answered as it is; a scanner that
   * cannot answer leaves it in quarantine (the error propagates, the reconciler tries again).
   */
  async check(id: string): Promise<Document> {
    const em = this.orm.em.fork();
    const doc = await em.findOneOrFail(Document, { id });
    if (doc.status !== 'QUARANTINE') return doc;
    if ((await this.storage.offset(id)) === null) {
      return this.refuse(em, doc, {
        code: 'INTERRUPTED',
        reason: 'La carga se interrumpió antes de poder verificar el archivo; súbalo de nuevo.',
      });
    }
    const facts = await inspectContent(await this.storage.read(id), doc.purpose);
    doc.sha256 = facts.sha256;
    doc.mediaType = facts.mediaType;
    doc.size = facts.size;
    if (facts.refusal) return this.refuse(em, doc, facts.refusal);
    if (this.scanner) {
      const verdict = await this.scanner.scan(await this.storage.read(id));
      if (verdict.infected) {
        this.logger.warn(
          { documentId: id, signature: verdict.signature, entityCode: doc.entityCode },
          'documento rechazado por el antivirus',
        );
        return this.refuse(em, doc, {
          code: 'VIRUS',
          reason: `El antivirus detectó contenido malicioso en el archivo (${verdict.signature.slice(0, 100)}); no se guardó.`,
        });
      }
    }
    doc.status = 'AVAILABLE';
    doc.checkedAt = this.clock.now();
    await em.flush();
    return doc;
  }

  private async refuse(em: EntityManager, doc: Document, refusal: Refusal): Promise<Document> {
    await this.storage.remove(doc.id);
    doc.status = 'REFUSED';
    doc.refusalCode = refusal.code;
    doc.refusalReason = refusal.reason;
    doc.checkedAt = this.clock.now();
    await em.flush();
    return doc;
  }

  /** A document by id, for the uploader (any status) or anyone else through its owner (see the resolvers). */
  findRow(em: EntityManager, id: string): Promise<Document | null> {
    return em.findOne(Document, { id });
  }

  /** Whether the principal uploaded the document (they may always see its status and why it was refused). */
  static isUploader(doc: Document, principal: Principal): boolean {
    return principal.personId !== undefined && doc.uploadedBy === principal.personId;
  }

  /** A new id for an upload (also its document's id). */
  static newId(): string {
    return randomUUID();
  }
}
