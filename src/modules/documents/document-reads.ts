import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/knex';

import type { Principal } from '../../core/auth/principal';
import { BadUserInputError } from '../../core/errors/app-error';
import { ProblemCode } from '../../core/errors/problems';
import { decodeCursor, encodeCursor, toConnection, type ConnectionResult } from '../../core/graphql/connection';
import type { Orm } from '../../core/orm/orm';
import { isUuid } from '../../core/text';
import type { Clock } from '../../core/time/clock';
import type { DocumentAccess } from './document-access';
import { DocumentDownloadType, type DocumentDownloadsArgs } from './document-download.type';
import type { DocumentLink, DocumentLinks } from './document-links';
import { DocumentDownload, type Document } from './document.entity';
import type { DocumentLoaders } from './document.loaders';
import { DocumentType } from './document.type';

const ORDERING = 'documentDownloads:at-desc';

/** Where a download came from, for its audit row. */
export interface DownloadOrigin {
  ip: string | null;
  requestId: string;
}

/**
 * Reading documents: one by id for the API (as its readers may see it), its download link signed
 * for the person asking, the audit trail of downloads, and the audit row of each download.
 */
export class DocumentReads {
  constructor(
    private readonly orm: Orm,
    private readonly clock: Clock,
    readonly links: DocumentLinks,
  ) {}

  /** A document the principal may read, or null: one they may not read looks exactly like a missing one. */
  async find(principal: Principal, loaders: DocumentLoaders, access: DocumentAccess, id: string): Promise<DocumentType | null> {
    if (!isUuid(id)) return null;
    const row = await loaders.byId.load(id);
    return row && (await access.check(principal, row)) ? DocumentType.from(row) : null;
  }

  /**
   * A link to the content for the principal, or null: only an AVAILABLE document the principal
   * may read has one (a document in quarantine, refused or deleted has no content to give).
   */
  async linkFor(principal: Principal, access: DocumentAccess, doc: Document): Promise<DocumentLink | null> {
    if (doc.status !== 'AVAILABLE' || !principal.personId) return null;
    if (!(await access.check(principal, doc))) return null;
    return this.links.linkFor(doc.id, principal.personId);
  }

  /** The audit trail of downloads, newest first, filtered (the action's rule already admitted the caller). */
  async downloads(em: EntityManager, args: DocumentDownloadsArgs): Promise<ConnectionResult<DocumentDownloadType>> {
    const f = args.filter ?? {};
    if (f.from && f.to && f.from.getTime() > f.to.getTime()) {
      throw new BadUserInputError('filter.from debe ser anterior o igual a filter.to', {
        path: 'filter.to',
        code: ProblemCode.INCONSISTENT,
        problem: 'debe ser posterior o igual a filter.from',
      });
    }
    const where: FilterQuery<DocumentDownload> = {};
    if (f.documentId) where.documentId = f.documentId;
    if (f.caseId) where.caseId = f.caseId;
    if (f.entityCode) where.entityCode = f.entityCode;
    if (f.personId) where.personId = f.personId;
    if (f.from || f.to) where.at = { ...(f.from ? { $gte: f.from } : {}), ...(f.to ? { $lt: f.to } : {}) };
    let page: FilterQuery<DocumentDownload> = where;
    if (args.after) {
      const [ms, id] = decodeCursor(args.after, ORDERING, 2);
      const at = new Date(Number(ms));
      if (!/^\d+$/.test(ms) || Number.isNaN(at.getTime()) || !isUuid(id))
        throw new BadUserInputError('Cursor inválido', { path: 'after', code: ProblemCode.INVALID_FORMAT });
      page = { $and: [where, { $or: [{ at: { $lt: at } }, { at, id: { $lt: id } }] }] };
    }
    const [rows, totalCount] = await Promise.all([
      args.first === 0
        ? Promise.resolve([] as DocumentDownload[])
        : em.find(DocumentDownload, page, { orderBy: { at: 'desc', id: 'desc' }, limit: args.first + 1, disableIdentityMap: true }),
      em.count(DocumentDownload, where),
    ]);
    return toConnection({
      rows,
      first: args.first,
      after: args.after,
      totalCount,
      cursorOf: (r) => encodeCursor(ORDERING, [String(r.at.getTime()), r.id]),
      toNode: (r) => DocumentDownloadType.from(r),
    });
  }

  /** Writes the audit row of one download, committed before the first byte is sent. */
  async recordDownload(principal: Principal, doc: Document, origin: DownloadOrigin): Promise<void> {
    const em = this.orm.em.fork();
    em.create(DocumentDownload, {
      id: randomUUID(),
      documentId: doc.id,
      entityCode: doc.entityCode,
      caseId: doc.caseId,
      personId: principal.personId!,
      subject: principal.subject.slice(0, 200),
      role: principal.role,
      at: this.clock.now(),
      ip: origin.ip ? origin.ip.slice(0, 64) : null,
      requestId: origin.requestId.slice(0, 64),
    });
    await em.flush();
  }
}
