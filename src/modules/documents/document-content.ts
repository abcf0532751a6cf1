import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';

import { bearerToken, type TokenVerifier } from '../../core/auth/jwt';
import { Action, type Policy } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import { AppError, ErrorCode, routeStatusOf } from '../../core/errors/app-error';
import type { AppServices } from '../../core/graphql/context';
import { fromGlobalId } from '../../core/graphql/global-ids';
import type { ClientAddress } from '../../core/http/client-address';
import { attachmentDisposition } from '../../core/http/content-disposition';
import { DocumentAccess } from './document-access';
import type { Document } from './document.entity';
import { StorageMissingError } from './storage/document-storage';

/** A request id a client may give (X-Request-Id), as long as the audit row keeps it. */
const REQUEST_ID = /^[\w.:-]{1,64}$/;

/** A refusal of the route: its HTTP status, a stable code and rule, and the Spanish message a person reads. */
class ContentRefusal {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly rule: string | null,
    readonly message: string,
  ) {}
}

const ASK_AGAIN = 'pida uno nuevo consultando el campo downloadUrl del documento';

const refusals = {
  tampered: () =>
    new ContentRefusal(403, ErrorCode.FORBIDDEN, 'LINK_INVALID', `El enlace de descarga no es válido o fue alterado; ${ASK_AGAIN}.`),
  expired: () => new ContentRefusal(410, ErrorCode.FORBIDDEN, 'LINK_EXPIRED', `El enlace de descarga venció; ${ASK_AGAIN}.`),
  otherPerson: () =>
    new ContentRefusal(
      403,
      ErrorCode.FORBIDDEN,
      'LINK_OTHER_PERSON',
      `El enlace de descarga es de otra persona: cada enlace sirve solo a quien lo pidió; ${ASK_AGAIN} con su propia sesión.`,
    ),
  noAccess: (why = 'Ya no tiene acceso a este documento: su enlace dejó de servir.') =>
    new ContentRefusal(403, ErrorCode.FORBIDDEN, 'NO_ACCESS', why),
  gone: (status: Document['status']) =>
    status === 'REFUSED'
      ? new ContentRefusal(
          410,
          ErrorCode.NOT_FOUND,
          'DOCUMENT_REFUSED',
          'El documento fue rechazado en su verificación y su contenido se borró.',
        )
      : new ContentRefusal(
          410,
          ErrorCode.NOT_FOUND,
          'DOCUMENT_DELETED',
          'El contenido del documento se borró (carga nunca adjuntada, o fin de su periodo de retención).',
        ),
  notReady: () =>
    new ContentRefusal(404, ErrorCode.NOT_FOUND, 'DOCUMENT_NOT_AVAILABLE', 'El documento aún no está disponible para descarga.'),
};

/** The door's refusals of the link's person, as this route's: every one a 403 (the link no longer serves). */
function refusalOfPolicy(err: AppError): ContentRefusal {
  const code = String(err.extensions.code);
  if (code === ErrorCode.PRECONDITION_FAILED)
    return new ContentRefusal(403, code, String(err.extensions.rule ?? 'PRECONDITION'), err.message);
  return refusals.noAccess('Su rol actual no le permite leer documentos: su enlace dejó de servir.');
}

function answerRefusal(res: Response, refusal: ContentRefusal): void {
  res
    .status(refusal.status)
    .set('Cache-Control', 'no-store')
    .json({ errors: [{ message: refusal.message, extensions: { code: refusal.code, ...(refusal.rule ? { rule: refusal.rule } : {}) } }] });
}

export interface DocumentContentDeps {
  /** The API's rate limits: a refused link (forged, expired) spends its address's anonymous budget. */
  spend(bucket: 'ANONYMOUS', key: string): Promise<void>;
  /** The client's address (through trusted load balancers): the anonymous budget's key, and the one a download records. */
  clientAddress: ClientAddress;
  verifier: TokenVerifier;
  policy: Policy;
  services: AppServices;
  logger: Logger;
}

/**
 * GET /documents/:id/content?p=<person>&e=<expiry>&s=<signature>: a document's bytes through the
 * signed link of its `downloadUrl`, usable as a plain browser link (no token needed). Refused when
 * the signature does not match (403), when the link expired (410), when it comes with the bearer
 * token of another person (403), and whenever its person may no longer read the document now
 * (deactivated, without a role, moved to another entity, no longer assigned: 403) — the directory
 * and the document's owner are asked again on every download. Each download writes an audit row
 * (who, with which role, when, from where, which request) before the first byte is sent. The
 * content goes as an attachment in a sandbox, never sniffed or cached.
 */
export function documentContent(deps: DocumentContentDeps): RequestHandler {
  const { services, policy, verifier, logger } = deps;
  const { documents, documentReads } = services;

  const principalOf = async (req: Request, personId: string): Promise<Principal> => {
    const token = bearerToken(req.headers.authorization);
    if (token) {
      // A link opened inside the application carries its session: it must be the link's own person's.
      const caller = await verifier.verify(token);
      if (caller.personId !== personId) throw refusals.otherPerson();
      return caller;
    }
    const principal = await services.people.principalOfPerson(personId);
    if (!principal) throw refusals.noAccess('La persona para la que se firmó el enlace ya no tiene acceso a la plataforma.');
    return principal;
  };

  return async (req, res) => {
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    try {
      await services.clock.sync();
      const asked = fromGlobalId(String(req.params.id));
      // Anything but a document's id cannot carry a valid signature: it is refused as tampered.
      const documentId = asked?.type === 'Document' ? asked.key : String(req.params.id);
      const verdict = documentReads.links.verify(documentId, req.query);
      if (!verdict.ok) throw verdict.reason === 'EXPIRED' ? refusals.expired() : refusals.tampered();
      const principal = await principalOf(req, verdict.claim.personId);
      try {
        policy.authorize(principal, Action.ReadCases);
      } catch (err) {
        if (err instanceof AppError) throw refusalOfPolicy(err);
        throw err;
      }
      const em = documents.fork();
      const doc = await documents.findRow(em, documentId);
      if (!doc) throw refusals.noAccess('El documento no existe.');
      // Access before status: someone who may no longer read the document learns nothing of it.
      if (!(await DocumentAccess.canRead(em, principal, doc))) throw refusals.noAccess();
      if (doc.status === 'DELETED' || doc.status === 'REFUSED') throw refusals.gone(doc.status);
      if (doc.status !== 'AVAILABLE') throw refusals.notReady();
      const headers = {
        'Content-Type': doc.mediaType ?? 'application/octet-stream',
        'Content-Length': String(doc.size),
        'Content-Disposition': attachmentDisposition(doc.fileName),
        'X-Content-Type-Options': 'nosniff',
        // Opened in a tab anyway, an HTML or SVG file could run nothing with the API's origin.
        'Content-Security-Policy': 'sandbox',
        // no-transform: the bytes go as stored (their SHA-256), never recompressed on the way.
        'Cache-Control': 'private, no-store, no-transform',
        'X-Request-Id': requestId,
      };
      if (req.method === 'HEAD') {
        res.status(200).set(headers).end();
        return;
      }
      let content: Readable;
      try {
        content = await documents.storage.read(doc.id);
      } catch (err) {
        if (!(err instanceof StorageMissingError)) throw err;
        logger.error({ documentId: doc.id }, 'documento disponible sin contenido en el almacenamiento');
        throw refusals.gone('DELETED');
      }
      try {
        await documentReads.recordDownload(principal, doc, { ip: deps.clientAddress(req) || null, requestId });
      } catch (err) {
        content.destroy();
        throw err;
      }
      res.status(200).set(headers);
      await pipeline(content, res);
    } catch (err) {
      if (res.headersSent) {
        // Cut mid-way (the client left, or the storage failed): the client sees a short body.
        if (!res.writableEnded) res.destroy();
        if ((err as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE')
          logger.warn({ err, requestId }, 'descarga de documento interrumpida');
        return;
      }
      if (err instanceof ContentRefusal) {
        if (err.rule === 'LINK_INVALID' || err.rule === 'LINK_EXPIRED') {
          // Guessing or replaying links costs the address like a bad token does on /graphql.
          try {
            await deps.spend('ANONYMOUS', deps.clientAddress(req));
          } catch (limited) {
            if (limited instanceof AppError && limited.extensions.retryAfterSeconds) {
              res.set('Retry-After', String(limited.extensions.retryAfterSeconds));
              return answerRefusal(res, new ContentRefusal(429, String(limited.extensions.code), null, limited.message));
            }
            throw limited;
          }
        }
        return answerRefusal(res, err);
      }
      if (err instanceof AppError) {
        const code = String(err.extensions.code);
        const status = routeStatusOf(code);
        return answerRefusal(res, new ContentRefusal(status, code, null, err.message));
      }
      logger.error({ err, requestId }, 'error interno al descargar un documento');
      res.status(500).json({ errors: [{ message: 'Error interno del servidor', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  };
}
