import type { JobDeps } from '../../core/queue/job-deps';
import { Document } from './document.entity';

/** What one run did with the documents it found stuck in quarantine. */
export type QuarantineRepair = {
  /** Checked again and found clean: now AVAILABLE. */
  quarantineRepaired: number;
  /** Checked again and refused (type, virus, bytes lost): now REFUSED, their bytes deleted. */
  quarantineRefused: number;
  /** Still in quarantine: their check failed again, or the antivirus did not answer; the next run tries again. */
  quarantineFailing: number;
};

/**
 * The documents' part of the reconciler. A finished upload is committed in QUARANTINE before it is
 * checked, so a process that dies (or an antivirus that fails) during the check leaves the row
 * there. Rows older than DOCUMENT_QUARANTINE_REPAIR_SECONDS cannot still be in a live check (the
 * scanner gives up sooner), so they are checked again, one by one: one that fails stays for the
 * next run and does not stop the others. While the antivirus does not answer at all, none is tried
 * (each would wait for its timeout).
 */
export async function reconcileDocuments(deps: Pick<JobDeps, 'services' | 'clock' | 'logger'>): Promise<QuarantineRepair> {
  const documents = deps.services.documents;
  const cutoff = new Date(deps.clock.now().getTime() - documents.settings.quarantineRepairSeconds * 1000);
  const stuck = await documents.fork().find(
    Document,
    // Not claimed by a check, or claimed by one that should have ended long ago (it died).
    { status: 'QUARANTINE', createdAt: { $lt: cutoff }, $or: [{ checkStartedAt: null }, { checkStartedAt: { $lt: cutoff } }] },
    { fields: ['id'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const result: QuarantineRepair = { quarantineRepaired: 0, quarantineRefused: 0, quarantineFailing: 0 };
  if (!stuck.length) return result;
  if ((await documents.antivirus()) === 'down') {
    deps.logger.warn({ documents: stuck.length }, 'documentos en cuarentena sin verificar: el antivirus no responde');
    result.quarantineFailing = stuck.length;
    return result;
  }
  for (const { id } of stuck) {
    try {
      const doc = await documents.check(id);
      if (doc.status === 'AVAILABLE') result.quarantineRepaired++;
      else if (doc.status === 'REFUSED') result.quarantineRefused++;
    } catch (err) {
      result.quarantineFailing++;
      deps.logger.warn({ err, documentId: id }, 'un documento en cuarentena no pudo verificarse; se intentará de nuevo');
    }
  }
  return result;
}
