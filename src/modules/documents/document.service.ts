import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import type { Upload } from '@tus/utils';
import type { Logger } from 'pino';

import type { Config } from '../../config/env';
import type { HealthState } from '../../core/module';
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

  /** The antivirus now: `off` (no clamd configured), `up` (it answers PING) or `down`. */
  async antivirus(): Promise<HealthState> {
    if (!this.scanner) return 'off';
    return (await this.scanner.ping()) ? 'up' : 'down';
  }

  /**
   * A finished upload becomes a document in QUARANTINE (committed first, so a crash from here on
   * leaves a row the reconciler finds), then is checked. Finishing the same upload again (a repeated
   * last PATCH, two at once) inserts nothing more and answers the row as its check leaves it.
   */
  async finishUpload(upload: Upload, owner: UploadOwner): Promise<Document> {
    const em = this.orm.em.fork();
    // Insert-if-absent in one statement: two finishes of one upload cannot both create the row.
    await em
      .createQueryBuilder(Document)
      .insert({
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
        checkStartedAt: null,
        scanRequired: this.scanner !== null,
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
      })
      .onConflict('id')
      .ignore()
      .execute();
    return this.check(upload.id);
  }

  /**
   * Checks a quarantined document: its content read once for the hash, the type and the purpose's
   * rules, then the antivirus. Clean: AVAILABLE. Refused: REFUSED with its reason, then its bytes
   * deleted. The check first claims the row (`checkStartedAt`), so a document is never checked by two
   * processes at once; a claim older than the repair age belongs to a check that died and is taken
   * over. Every write is conditional on the row still being this claim's, so a check that lost its
   * claim (or a row the purge deleted meanwhile) changes nothing. A document no longer in quarantine,
   * or claimed by a live check, is answered as it is; a scanner that cannot answer leaves it in
   * quarantine (the error propagates, the reconciler tries again). A document whose receiving process
   * scanned for viruses is never made AVAILABLE by one that cannot.
   */
  async check(id: string): Promise<Document> {
    const em = this.orm.em.fork();
    const doc = await em.findOneOrFail(Document, { id });
    if (doc.status !== 'QUARANTINE') return doc;
    const claim = this.clock.now();
    const takeOverBefore = new Date(claim.getTime() - this.settings.quarantineRepairSeconds * 1000);
    const claimed = await em.nativeUpdate(
      Document,
      { id, status: 'QUARANTINE', $or: [{ checkStartedAt: null }, { checkStartedAt: { $lt: takeOverBefore } }] },
      { checkStartedAt: claim },
    );
    if (claimed !== 1) return em.findOneOrFail(Document, { id }, { refresh: true });
    const ours = { id, status: 'QUARANTINE' as const, checkStartedAt: claim };
    try {
      if ((await this.storage.offset(id)) === null) {
        return this.refuse(em, ours, {
          code: 'INTERRUPTED',
          reason: 'La carga se interrumpió antes de poder verificar el archivo; súbalo de nuevo.',
        });
      }
      const facts = await inspectContent(await this.storage.read(id), doc.purpose);
      const found = { sha256: facts.sha256, mediaType: facts.mediaType, size: facts.size };
      if (facts.refusal) return this.refuse(em, ours, facts.refusal, found);
      if (this.scanner) {
        const verdict = await this.scanner.scan(await this.storage.read(id));
        if (verdict.infected) {
          this.logger.warn(
            { documentId: id, signature: verdict.signature, entityCode: doc.entityCode },
            'documento rechazado por el antivirus',
          );
          return this.refuse(
            em,
            ours,
            {
              code: 'VIRUS',
              reason: `El antivirus detectó contenido malicioso en el archivo (${verdict.signature.slice(0, 100)}); no se guardó.`,
            },
            found,
          );
        }
      } else if (doc.scanRequired) {
        // Not decided here: a process with the antivirus will check it.
        throw new Error('el documento requiere antivirus y este proceso no tiene CLAMD_SOCKET ni CLAMD_HOST configurados');
      }
      await em.nativeUpdate(Document, ours, { ...found, status: 'AVAILABLE', checkedAt: this.clock.now() });
      return em.findOneOrFail(Document, { id }, { refresh: true });
    } catch (err) {
      // A check that failed (the antivirus or the storage did not answer) lets go of its claim, so the
      // next try (the reconciler's) need not wait for the claim to age.
      await em.nativeUpdate(Document, ours, { checkStartedAt: null });
      throw err;
    }
  }

  /** Marks the claimed row REFUSED first, then deletes its bytes (a failed removal leaves bytes the purge removes later, never a usable row). */
  private async refuse(
    em: EntityManager,
    ours: { id: string; status: 'QUARANTINE'; checkStartedAt: Date },
    refusal: Refusal,
    found: Partial<Pick<Document, 'sha256' | 'mediaType' | 'size'>> = {},
  ): Promise<Document> {
    const marked = await em.nativeUpdate(Document, ours, {
      ...found,
      status: 'REFUSED',
      refusalCode: refusal.code,
      refusalReason: refusal.reason,
      checkedAt: this.clock.now(),
    });
    if (marked === 1) await this.storage.remove(ours.id);
    return em.findOneOrFail(Document, { id: ours.id }, { refresh: true });
  }

  /** A document by id, for the uploader (any status) or anyone else through its owner (see the resolvers). */
  findRow(em: EntityManager, id: string): Promise<Document | null> {
    return em.findOne(Document, { id });
  }

  /** A new id for an upload (also its document's id). */
  static newId(): string {
    return randomUUID();
  }
}
