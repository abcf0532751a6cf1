import type { EntityManager } from '@mikro-orm/knex';

import { canReadCase, isEntityUser, seesEverything, type CaseAccess } from '../../core/auth/policy';
import { Role, type Principal } from '../../core/auth/principal';
import type { GraphQLContext } from '../../core/graphql/context';
import { WorkflowCase } from '../../core/workflow/case.entity';
import type { Document } from './document.entity';
import { DocumentType } from './document.type';

/** What of a document decides who reads it. */
export type DocumentAccessFacts = Pick<Document, 'entityCode' | 'uploadedBy' | 'ownerKind' | 'caseId'>;

/**
 * Who may read a document (its fields, and its content through a signed link), the one rule:
 * - nobody without a current role or with the privacy notice pending (a GUEST reads nothing);
 * - coordinators and auditors, every document;
 * - a document of a case (`caseId`), whoever may read that case (`canReadCase`: the entity's
 *   users, the advisor it is assigned to, the evaluators of its panel) — the case is the owner;
 * - any other document (an action plan's, an upload not yet attached), the users of its entity;
 * - its uploader, while it is not attached: to see that it was checked, or why it was refused.
 *   Once attached, its owner decides, for its uploader too: a download is refused as soon as the
 *   person can no longer read the owner (an advisor reassigned away from the case, an official
 *   who left the entity), even for a file they uploaded themselves.
 *
 * `kase` is the document's case as read now (null when it has none, or it no longer exists).
 */
export function mayReadDocument(principal: Principal, doc: DocumentAccessFacts, kase: CaseAccess | null): boolean {
  if (principal.role === Role.GUEST || principal.pendingPrivacyNotice) return false;
  if (seesEverything(principal)) return true;
  if (doc.ownerKind === null && principal.personId !== undefined && doc.uploadedBy === principal.personId) return true;
  if (doc.caseId !== null) return kase !== null && canReadCase(principal, kase);
  return isEntityUser(principal) && principal.entityCode === doc.entityCode;
}

/** Reads the access facts of cases by id (null for an id without a case). */
export type CaseFactsReader = (caseIds: readonly string[]) => Promise<(CaseAccess | null)[]>;

/**
 * `mayReadDocument` with the documents' cases read for it, batched: a page of documents reads
 * their cases once. In a GraphQL request it reads through the cases module's request loader (the
 * cases the same request already read are not read again); elsewhere (the download route, jobs)
 * straight from an EntityManager.
 */
export class DocumentAccess {
  constructor(private readonly casesOf: CaseFactsReader) {}

  /** The access of a GraphQL request: its principal's reads share the request's case loader. */
  static of(ctx: Pick<GraphQLContext, 'loaders'>): DocumentAccess {
    return new DocumentAccess(async (ids) => (await ctx.loaders.cases.loadMany(ids)).map((c) => (c instanceof Error ? null : c)));
  }

  /** The access read through an EntityManager (outside a GraphQL request). */
  static fromEm(em: EntityManager): DocumentAccess {
    return new DocumentAccess(async (ids) => {
      if (!ids.length) return [];
      const rows = await em.find(
        WorkflowCase,
        { id: { $in: [...ids] } },
        { fields: ['id', 'process', 'entityCode', 'assignee', 'evaluators'], disableIdentityMap: true },
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Whether the principal may read the document now (its case read from `em`). */
  static canRead(em: EntityManager, principal: Principal, doc: DocumentAccessFacts): Promise<boolean> {
    return DocumentAccess.fromEm(em).check(principal, doc);
  }

  /** Whether the principal may read the document. */
  async check(principal: Principal, doc: DocumentAccessFacts): Promise<boolean> {
    return (await this.decide(principal, [doc]))[0];
  }

  /** The documents of `docs` the principal may read, in order. */
  async readable<T extends DocumentAccessFacts>(principal: Principal, docs: readonly T[]): Promise<T[]> {
    const verdicts = await this.decide(principal, docs);
    return docs.filter((_, i) => verdicts[i]);
  }

  /** One verdict per document; the cases are read only when the rule needs them (not for the ministry's full view). */
  async decide(principal: Principal, docs: readonly DocumentAccessFacts[]): Promise<boolean[]> {
    const needCases = !seesEverything(principal) && principal.role !== Role.GUEST && !principal.pendingPrivacyNotice;
    const caseIds = needCases ? [...new Set(docs.flatMap((d) => (d.caseId ? [d.caseId] : [])))] : [];
    const cases = new Map<string, CaseAccess | null>();
    if (caseIds.length) (await this.casesOf(caseIds)).forEach((c, i) => cases.set(caseIds[i], c));
    return docs.map((d) => mayReadDocument(principal, d, d.caseId ? (cases.get(d.caseId) ?? null) : null));
  }
}

/**
 * The documents an owner's field shows its reader: those of `docs` the request's principal may read
 * (the owner's own visibility is not the documents' rule: a plan's reader is not always an
 * application's), as GraphQL objects. Every owner's `documents`-like field goes through it.
 */
export async function readableDocuments(
  ctx: Pick<GraphQLContext, 'loaders' | 'principal'>,
  docs: readonly Document[],
): Promise<DocumentType[]> {
  return (await DocumentAccess.of(ctx).readable(ctx.principal, docs)).map((d) => DocumentType.from(d));
}
