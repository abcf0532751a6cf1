import type { EntityManager, FilterQuery } from '@mikro-orm/knex';
import DataLoader from 'dataloader';

import { isUuid } from '../../core/text';
import { Document, type DocumentOwnerKind } from './document.entity';

/**
 * The key of an owner's documents in `byOwner`: `${kind}:${key}`, e.g.
 * `CHECKLIST_ITEM:<caseId>:<itemId>`. A string, so DataLoader's cache needs no key function; it is
 * split at its first colon (a kind has none, an owner's key may have several).
 */
export type DocumentOwnerRef = `${DocumentOwnerKind}:${string}`;

export const documentOwnerRef = (kind: DocumentOwnerKind, key: string): DocumentOwnerRef => `${kind}:${key}`;

function parseOwnerRef(ref: string): { kind: DocumentOwnerKind; key: string } {
  const at = ref.indexOf(':');
  return { kind: ref.slice(0, at) as DocumentOwnerKind, key: ref.slice(at + 1) };
}

/**
 * The current documents of owners of one kind: attached to them, not superseded by a newer version,
 * not DELETED. The one definition of what an owner "has" (its fields, a submission's required
 * documents).
 */
export const currentDocumentsOf = (kind: DocumentOwnerKind, keys: readonly string[]): FilterQuery<Document> => ({
  ownerKind: kind,
  ownerKey: { $in: [...keys] },
  supersededBy: null,
  status: { $ne: 'DELETED' },
});

/** Attached first by when they were attached, then by upload, then by id: the same order on both databases. */
const byAttachment = (a: Document, b: Document): number =>
  (a.attachedAt?.getTime() ?? 0) - (b.attachedAt?.getTime() ?? 0) ||
  a.createdAt.getTime() - b.createdAt.getTime() ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Per-request batching of document reads, so a page of owners with their documents costs one
 * statement per kind of read whatever its size. Rows are read outside the request's identity map:
 * what a mutation of the same request just wrote is read as committed, never as a stale copy.
 *
 * The loaders answer rows; who may read each is the caller's to decide (`DocumentAccess`).
 */
export class DocumentLoaders {
  /** Documents by id (raw uuid; null when there is none). */
  readonly byId: DataLoader<string, Document | null>;
  /**
   * The current documents of each owner: not superseded by a newer version, not DELETED, in the
   * order they were attached (then uploaded).
   */
  readonly byOwner: DataLoader<DocumentOwnerRef, Document[]>;

  constructor(em: EntityManager) {
    this.byId = new DataLoader(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await em.find(Document, { id: { $in: valid } }, { disableIdentityMap: true }) : [];
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    });
    this.byOwner = new DataLoader(async (refs) => {
      const keysByKind = new Map<DocumentOwnerKind, string[]>();
      for (const ref of refs) {
        const { kind, key } = parseOwnerRef(ref);
        (keysByKind.get(kind) ?? keysByKind.set(kind, []).get(kind)!).push(key);
      }
      // One statement: each kind's keys through the (owner_kind, owner_key) index.
      const rows = await em.find(
        Document,
        { $or: [...keysByKind].map(([kind, keys]) => currentDocumentsOf(kind, keys)) },
        { disableIdentityMap: true },
      );
      const groups = new Map<string, Document[]>();
      for (const row of rows) {
        const ref = documentOwnerRef(row.ownerKind!, row.ownerKey!);
        (groups.get(ref) ?? groups.set(ref, []).get(ref)!).push(row);
      }
      return refs.map((ref) => (groups.get(ref) ?? []).sort(byAttachment));
    });
  }
}
