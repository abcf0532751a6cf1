import type { EntityManager } from '@mikro-orm/knex';

import type { Actor } from '../../core/auth/policy';
import { BadUserInputError, ConflictError } from '../../core/errors/app-error';
import { ProblemCode } from '../../core/errors/problems';
import { clip, isUuid, problemsText, type Problem } from '../../core/text';
import type { Clock } from '../../core/time/clock';
import { PURPOSE_LABELS } from './document-purposes';
import { Document, type DocumentOwnerKind, type DocumentPurpose } from './document.entity';

/** A document named by a request, and where in the mutation's argument it was named (`input.annexes[1]`). */
export interface DocumentRef {
  id: string;
  path: string;
}

/**
 * The object documents are attached to: its kind and a key naming it (`<caseId>:<questionId>`,
 * `<caseId>:<itemId>`, `<caseId>`, a report's or a plan's id), its case (null: a plan of the
 * entity's own strategy), the entity it belongs to, and the purposes it accepts.
 */
export interface AttachmentOwner {
  kind: DocumentOwnerKind;
  key: string;
  caseId: string | null;
  entityCode: string;
  purposes: readonly DocumentPurpose[];
}

/** Spanish, for refusals: what each kind of owner is. */
const OWNER_LABEL: Record<DocumentOwnerKind, string> = {
  ASSESSMENT_ANSWER: 'una respuesta de un autodiagnóstico',
  CHECKLIST_ITEM: 'un requisito habilitante de una postulación',
  AGREEMENT: 'el convenio firmado de una postulación',
  PROGRESS_REPORT: 'un reporte de avance',
  ACTION_PLAN: 'un plan de acción',
  ACCOMPANIMENT_SESSION: 'el acta de una sesión de acompañamiento',
};

/** A purpose as refusals name it: what it is, and its code (the client's word for it). */
const purposeLabel = (p: DocumentPurpose): string => `${PURPOSE_LABELS[p]} (${p})`;

/** What checking a request's documents found: the problems, and the rows to attach (the ones already on their owner are left out). */
export interface AttachmentCheck {
  problems: Problem[];
  /** Every named document that passed, by id (also those already attached to their owner). */
  found: Map<string, Document>;
  /** Free documents to attach, and documents to move from an owner of `moveFrom` (`doc` as read: its owner is the one it leaves). */
  attach: { doc: Document; owner: AttachmentOwner }[];
}

/**
 * The one exception to "a document belongs to one owner for good": owners a step replaces, whose
 * documents may move to the owner that replaces them when the request names them again. Used by a
 * progress report's resubmission, whose new items supersede the returned submission's items: an
 * annex of a returned item (`kind` PROGRESS_REPORT, its row's id among `keys`) moves to the new
 * item that names it, in the resubmission's transaction. Documents of any other owner stay refused.
 */
export interface MoveFrom {
  kind: DocumentOwnerKind;
  keys: ReadonlySet<string>;
}

/**
 * Attaching documents to the objects they support, by id, inside the caller's transaction (the
 * caller's EntityManager), so an attachment commits or rolls back with the step that makes it.
 *
 * The rules, each refusal a problem at the path the request named the document at, all collected
 * and thrown together with nothing written:
 * - a document of another entity than the owner's is refused exactly as a missing one (UNKNOWN), so
 *   another entity's ids reveal nothing;
 * - only an AVAILABLE document is attached (in QUARANTINE it is still being checked; REFUSED and
 *   DELETED ones have no content);
 * - its purpose must be one the owner accepts;
 * - a document belongs to one owner for good: attached elsewhere, it is refused; attached to this
 *   same owner, naming it again does nothing (a re-saved answer, a repeated request); the one
 *   exception is an owner the step replaces (`MoveFrom`), whose current documents may move;
 * - the same document twice in one request is refused (DUPLICATE).
 *
 * Versions: when the attached document `replaces` one already attached to the same owner, the
 * earlier one gets `supersededBy`: it stays readable (and in the record) but is no longer current.
 *
 * What an owner lists: its documents are those attached to it that are current (not superseded)
 * and not DELETED. An attachment is never undone: the record keeps every document a step attached,
 * and a document stops being current only when a newer version takes its place. An assessment
 * answer shows its evidence from the answer itself (each evidence item names its document), so an
 * evidence item removed from an answer is no longer shown there, while its document stays attached
 * to the answer, in the record, and cannot be attached elsewhere. A document moved under `MoveFrom`
 * leaves an owner that is itself kept only as a superseded record (a returned report's items); the
 * case's history still names it under both submissions.
 */
export class DocumentAttachments {
  constructor(private readonly clock: Clock) {}

  /** Attaches the documents to one owner (see the class); returns them, attached, in the order named. */
  async attach(em: EntityManager, actor: Actor, refs: readonly DocumentRef[], owner: AttachmentOwner): Promise<Document[]> {
    return this.attachAll(em, actor, [{ owner, refs }]);
  }

  /**
   * Attaches documents to several owners at once (a batch of answers), with every problem of every
   * owner collected together; a document named under two owners of the batch is a DUPLICATE.
   */
  async attachAll(
    em: EntityManager,
    actor: Actor,
    groups: readonly { owner: AttachmentOwner; refs: readonly DocumentRef[] }[],
    options: { moveFrom?: MoveFrom } = {},
  ): Promise<Document[]> {
    const check = await this.check(em, groups, options);
    if (check.problems.length) throw refused(check.problems);
    const at = this.clock.now();
    for (const { doc, owner } of check.attach) {
      // Conditioned on the row still being where it was read (free, or on the owner it moves from,
      // still current) and available: a concurrent attachment elsewhere (or the purge of unattached
      // uploads) between the read and this write makes it a CONFLICT.
      const where =
        doc.ownerKind === null
          ? { id: doc.id, ownerKind: null, status: 'AVAILABLE' as const }
          : { id: doc.id, ownerKind: doc.ownerKind, ownerKey: doc.ownerKey, supersededBy: null, status: 'AVAILABLE' as const };
      const updated = await em.nativeUpdate(Document, where, {
        ownerKind: owner.kind,
        ownerKey: owner.key,
        caseId: owner.caseId,
        attachedAt: at,
        attachedBy: actor.subject,
      });
      if (updated !== 1) {
        throw new ConflictError(`El documento ${doc.fileName} cambió mientras se adjuntaba; consulte su estado e intente de nuevo`, {
          documentId: doc.id,
        });
      }
      Object.assign(doc, { ownerKind: owner.kind, ownerKey: owner.key, caseId: owner.caseId, attachedAt: at, attachedBy: actor.subject });
    }
    for (const { doc, owner } of check.attach) {
      if (!doc.replacesId) continue;
      // Only a version on this same owner is superseded: an earlier version elsewhere stays current there.
      await em.nativeUpdate(
        Document,
        { id: doc.replacesId, ownerKind: owner.kind, ownerKey: owner.key, supersededBy: null },
        { supersededBy: doc.id },
      );
    }
    return groups.flatMap((g) => g.refs.map((r) => check.found.get(r.id)).filter((d): d is Document => d !== undefined));
  }

  /** Checks documents against their owners without writing anything (see the class for the rules, and `MoveFrom`). */
  async check(
    em: EntityManager,
    groups: readonly { owner: AttachmentOwner; refs: readonly DocumentRef[] }[],
    options: { moveFrom?: MoveFrom } = {},
  ): Promise<AttachmentCheck> {
    const { moveFrom } = options;
    const ids = [...new Set(groups.flatMap((g) => g.refs.map((r) => r.id)).filter(isUuid))];
    // Plain rows, outside the identity map: read fresh in the caller's transaction and written with conditional UPDATEs.
    const rows = ids.length ? await em.find(Document, { id: { $in: ids } }, { disableIdentityMap: true }) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const problems: Problem[] = [];
    const found = new Map<string, Document>();
    const attach: AttachmentCheck['attach'] = [];
    const seen = new Set<string>();
    for (const { owner, refs } of groups) {
      for (const ref of refs) {
        const doc = byId.get(ref.id);
        if (!doc || doc.entityCode !== owner.entityCode) {
          problems.push({ path: ref.path, code: ProblemCode.UNKNOWN, message: `no existe el documento ${clip(ref.id, 80)}` });
          continue;
        }
        if (seen.has(doc.id)) {
          problems.push({ path: ref.path, code: ProblemCode.DUPLICATE, message: `el documento ${doc.fileName} aparece más de una vez` });
          continue;
        }
        seen.add(doc.id);
        const moving =
          moveFrom !== undefined &&
          doc.ownerKind === moveFrom.kind &&
          doc.ownerKey !== null &&
          moveFrom.keys.has(doc.ownerKey) &&
          !(doc.ownerKind === owner.kind && doc.ownerKey === owner.key);
        const problem = refusalOf(doc, owner, moving);
        if (problem) {
          problems.push({ path: ref.path, ...problem });
          continue;
        }
        found.set(doc.id, doc);
        if (doc.ownerKind === null || moving) attach.push({ doc, owner });
      }
    }
    return { problems, found, attach };
  }
}

/**
 * Why a document of the owner's entity may not be attached to it (null: it may, or it already is).
 * `moving`: it is on an owner the step replaces (`MoveFrom`), and is checked as a free one would be,
 * but for a version already replaced there, which is not moved (the owner shows only current ones).
 */
function refusalOf(doc: Document, owner: AttachmentOwner, moving = false): Omit<Problem, 'path'> | null {
  if (doc.ownerKind === owner.kind && doc.ownerKey === owner.key) return null;
  const name = clip(doc.fileName, 80);
  if (moving && doc.supersededBy !== null)
    return { code: ProblemCode.NOT_ALLOWED, message: `el documento ${name} fue reemplazado por una versión más reciente; adjunte esa` };
  if (doc.ownerKind !== null && !moving)
    return { code: ProblemCode.NOT_ALLOWED, message: `el documento ${name} ya está adjunto a ${OWNER_LABEL[doc.ownerKind]}` };
  switch (doc.status) {
    case 'QUARANTINE':
      return {
        code: ProblemCode.NOT_ALLOWED,
        message: `el documento ${name} aún se está verificando; adjúntelo cuando su estado sea AVAILABLE`,
      };
    case 'REFUSED':
      return {
        code: ProblemCode.NOT_ALLOWED,
        message: `el documento ${name} fue rechazado: ${doc.refusalReason ?? 'no pasó la verificación'}`,
      };
    case 'DELETED':
      return { code: ProblemCode.NOT_ALLOWED, message: `el contenido del documento ${name} se borró; súbalo de nuevo` };
  }
  if (!owner.purposes.includes(doc.purpose)) {
    return {
      code: ProblemCode.NOT_ALLOWED,
      message: `el documento ${name} se subió como ${purposeLabel(doc.purpose)}; aquí se adjunta ${owner.purposes.map(purposeLabel).join(' o ')}`,
    };
  }
  return null;
}

function refused(problems: Problem[]): BadUserInputError {
  return new BadUserInputError(`No se adjuntó ningún documento: ${problemsText(problems)}`, { problems });
}
