import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';

import type { Config } from '../../config/env';
import type { Orm } from '../../core/orm/orm';
import { SqlRows } from '../../core/orm/sql-rows';
import type { Clock } from '../../core/time/clock';
import { Document } from './document.entity';
import type { DocumentStorage } from './storage/document-storage';

/** The hourly maintenance that purges unattached uploads and documents past their retention (maintenance queue, on a job scheduler). */
export const PURGE_DOCUMENTS = 'purge-documents';
export const PURGE_EVERY_MS = 3600_000;

/** Rows read per page: a run's memory and each statement stay bounded whatever the backlog. */
const PAGE = 200;

export interface PurgeResult {
  /** Uploads never attached, older than DOCUMENT_UNATTACHED_HOURS, deleted now. */
  unattached: number;
  /** Uploads never finished, older than the same, whose partial bytes were removed. */
  unfinished: number;
  /** Attached documents of cases closed longer ago than DOCUMENT_RETENTION_YEARS, deleted now. */
  retained: number;
}

export interface PurgeDeps {
  orm: Orm;
  clock: Clock;
  storage: DocumentStorage;
  settings: Pick<Config['documents'], 'unattachedHours' | 'retentionYears'>;
  logger: Logger;
}

/**
 * When a closed case closed: the first history row that entered the state it is in now. A final
 * state is never left, so that is the transition that closed it (and a row that only bumped the
 * case in that state, were there one, would not move the date).
 */
const RETENTION_SQL = `select d.id, d.case_id from document d
  join workflow_case c on c.id = d.case_id
  where d.status <> 'DELETED' and c.final
    and d.id > ?
    and (select min(h.at) from case_history h where h.case_id = c.id and h.to_state = c.state) < ?
  order by d.id
  limit ?`;

/**
 * Deletes one document's bytes and marks it DELETED, in one transaction that holds the row: the
 * conditional update takes it (only while `still` holds: unattached, or still of that case), so an
 * attachment racing the purge either commits first (and the document is kept) or waits and then
 * finds it DELETED. A failure to remove the bytes rolls the mark back; a crash after removing them
 * leaves a row the next run marks (removing absent bytes is not an error). Run twice, it does nothing twice.
 */
async function deleteOne(em: EntityManager, storage: DocumentStorage, id: string, still: Partial<Document>, now: Date): Promise<boolean> {
  return em.transactional(async (tx) => {
    const taken = await tx.nativeUpdate(Document, { id, status: { $ne: 'DELETED' }, ...still }, { status: 'DELETED', deletedAt: now });
    if (taken === 0) return false;
    await storage.remove(id);
    return true;
  });
}

/**
 * The lifecycle of documents (issue 20, Ley 594 de 2000):
 * (a) an upload never attached is deleted `unattachedHours` after it finished, whatever its status
 *     (AVAILABLE, a QUARANTINE a crash left, a REFUSED one whose bytes are already gone);
 * (b) the partial bytes of uploads never finished are removed after the same time;
 * (c) an attached document of a closed case is deleted `retentionYears` after its case closed (the
 *     entity's tablas de retención documental set the years). A document of an open case, or of
 *     no case (an action plan's), is never deleted here.
 * A DELETED row stays (what it was, who uploaded and downloaded it): only the bytes go. Every step
 * reads bounded pages and is idempotent, so the hourly runs of several workers may overlap.
 */
export async function purgeDocuments(deps: PurgeDeps): Promise<PurgeResult> {
  await deps.clock.sync();
  const now = deps.clock.now();
  const unattachedBefore = new Date(now.getTime() - deps.settings.unattachedHours * 3600_000);

  let unattached = 0;
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const em = deps.orm.em.fork();
    const keyset: object = after
      ? { $or: [{ createdAt: { $gt: after.createdAt } }, { createdAt: after.createdAt, id: { $gt: after.id } }] }
      : {};
    const rows: Pick<Document, 'id' | 'createdAt'>[] = await em.find(
      Document,
      { $and: [{ ownerKind: null, status: { $ne: 'DELETED' }, createdAt: { $lt: unattachedBefore } }, keyset] },
      { fields: ['id', 'createdAt'], orderBy: { createdAt: 'asc', id: 'asc' }, limit: PAGE, disableIdentityMap: true },
    );
    for (const row of rows) if (await deleteOne(em, deps.storage, row.id, { ownerKind: null }, now)) unattached++;
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1];
  }

  // The storage dates uploads by the machine's clock; the rule reads the system's (moved in tests and demos).
  const skew = now.getTime() - Date.now();
  const unfinished = await deps.storage.removeUnfinished(deps.settings.unattachedHours * 3600_000 - skew);

  const closedBefore = new Date(now);
  closedBefore.setUTCFullYear(closedBefore.getUTCFullYear() - deps.settings.retentionYears);
  const sql = new SqlRows(deps.orm);
  let retained = 0;
  // Keyset on the id (a uuid column on PostgreSQL: the first page starts after the nil uuid).
  let lastId = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await sql.all(RETENTION_SQL, [lastId, sql.instant(closedBefore), PAGE], { announce: false });
    const em = deps.orm.em.fork();
    for (const row of rows) if (await deleteOne(em, deps.storage, String(row.id), { caseId: String(row.case_id) }, now)) retained++;
    if (rows.length < PAGE) break;
    lastId = String(rows[rows.length - 1].id);
  }

  const result = { unattached, unfinished, retained };
  if (unattached || unfinished || retained) deps.logger.info(result, 'documentos: cargas sin adjuntar y documentos vencidos borrados');
  return result;
}
