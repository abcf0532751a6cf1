import type { IncomingMessage, ServerResponse } from 'node:http';
import { Server } from '@tus/server';
import { ERRORS, type Upload } from '@tus/utils';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

import { bearerToken, type TokenVerifier } from '../../core/auth/jwt';
import { Action, isEntityUser, type Policy } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import { AppError, ErrorCode, routeStatusOf } from '../../core/errors/app-error';
import type { AppServices } from '../../core/graphql/context';
import { fromGlobalId, toGlobalId } from '../../core/graphql/global-ids';
import type { ClientAddress } from '../../core/http/client-address';
import { MAX_UPLOAD_BYTES, oversizeReason, PURPOSE_RULES, sizeText } from './document-purposes';
import { DOCUMENT_PURPOSES, type Document, type DocumentPurpose } from './document.entity';
import { DocumentService, OWNER_KEYS, type UploadOwner } from './document.service';
import { UploadLockUnavailable } from './redis-locker';

/** Where the tus endpoint is mounted. */
export const UPLOADS_PATH = '/uploads';

/** A refusal from a tus hook: the status and a GraphQL-shaped JSON body, like every other error of the API. */
class TusRefusal {
  readonly status_code: number;
  readonly body: string;
  constructor(status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
    this.status_code = status;
    this.body = JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] });
  }
  static of(err: AppError): TusRefusal {
    const { code, rule, retryAfterSeconds } = err.extensions as { code: string; rule?: string; retryAfterSeconds?: number };
    return new TusRefusal(routeStatusOf(code), code, err.message, {
      ...(rule ? { rule } : {}),
      ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
    });
  }
}

/**
 * tus's own refusals (protocol errors the server finds before our hooks), in the API's shape and in
 * Spanish: a client reads every answer of /uploads the same way.
 */
const TUS_ERRORS: ReadonlyMap<string, { code: string; message: string }> = new Map([
  [ERRORS.MISSING_OFFSET.body, { code: ErrorCode.BAD_USER_INPUT, message: 'Falta el encabezado Upload-Offset' }],
  [
    ERRORS.INVALID_CONTENT_TYPE.body,
    { code: ErrorCode.BAD_USER_INPUT, message: 'El contenido debe enviarse como application/offset+octet-stream' },
  ],
  [ERRORS.FILE_NOT_FOUND.body, { code: ErrorCode.NOT_FOUND, message: 'No existe esa carga' }],
  [ERRORS.FILE_NO_LONGER_EXISTS.body, { code: ErrorCode.NOT_FOUND, message: 'Esa carga ya no existe' }],
  [
    ERRORS.INVALID_OFFSET.body,
    { code: ErrorCode.CONFLICT, message: 'Upload-Offset no coincide con lo recibido: consulte el avance con HEAD y continúe desde allí' },
  ],
  [
    ERRORS.ERR_SIZE_EXCEEDED.body,
    { code: ErrorCode.BAD_USER_INPUT, message: 'Se enviaron más bytes que el tamaño declarado (Upload-Length)' },
  ],
  [
    ERRORS.ERR_MAX_SIZE_EXCEEDED.body,
    { code: ErrorCode.BAD_USER_INPUT, message: `El archivo supera el máximo de cualquier propósito (${sizeText(MAX_UPLOAD_BYTES)})` },
  ],
  [ERRORS.INVALID_LENGTH.body, { code: ErrorCode.BAD_USER_INPUT, message: 'Declare el tamaño del archivo con Upload-Length' }],
  [
    ERRORS.INVALID_METADATA.body,
    { code: ErrorCode.BAD_USER_INPUT, message: 'Upload-Metadata no es válido: pares «clave valor-en-base64» separados por comas' },
  ],
  [ERRORS.ABORTED.body, { code: ErrorCode.CONFLICT, message: 'Otra solicitud tomó esta carga; consulte su avance con HEAD y continúe' }],
  [ERRORS.INVALID_TERMINATION.body, { code: ErrorCode.CONFLICT, message: 'Una carga terminada no se puede borrar' }],
]);

const badInput = (path: string, code: string, message: string) =>
  new TusRefusal(400, ErrorCode.BAD_USER_INPUT, message, { problems: [{ path, code, message }] });

/** A file name as people see it: no folders, no control characters, at most 255 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- exactly the characters a name must not carry
  const printable = base.replace(/[\x00-\x1f\x7f]/g, '');
  return printable.trim().slice(0, 255);
}

/** What a document's upload answers once it is checked (the body of the last PATCH). */
export function documentAnswer(doc: Document): string {
  return JSON.stringify({
    document: {
      id: toGlobalId('Document', doc.id),
      status: doc.status,
      mediaType: doc.mediaType,
      size: doc.size,
      sha256: doc.sha256,
      refusalReason: doc.refusalReason,
    },
  });
}

/** Which document an upload became, in headers (the last PATCH, and a HEAD once it finished). */
const documentHeaders = (doc: Document): Record<string, string> => ({
  'Document-Id': toGlobalId('Document', doc.id),
  'Document-Status': doc.status,
});

export interface UploadEndpointDeps {
  /** The API's rate limits: uploads started per person, and failed authentications per address. */
  spend(bucket: 'UPLOAD' | 'ANONYMOUS', key: string): Promise<void>;
  /** The client's address (through trusted load balancers): the anonymous budget's key. */
  clientAddress: ClientAddress;
  verifier: TokenVerifier;
  policy: Policy;
  services: AppServices;
  corsOrigins: readonly string[];
  logger: Logger;
}

/**
 * The tus endpoint (resumable uploads, protocol 1.0.0 with creation, creation-with-upload and
 * termination of unfinished uploads), behind the same bearer token and door as /graphql. The first
 * request declares the document's purpose and name in Upload-Metadata; the size must be declared
 * (no deferred length) and within the purpose's limit, so an oversized upload is refused before a
 * byte is stored. Every later request (HEAD, PATCH, DELETE) must come from the person who created
 * the upload. The last PATCH answers the checked document (200 with JSON), or why it was refused
 * (422, the bytes already deleted).
 */
export function uploadEndpoint(deps: UploadEndpointDeps): RequestHandler {
  const documents: DocumentService = deps.services.documents;
  const principals = new WeakMap<IncomingMessage, Principal>();
  const principalOf = (req: Request): Principal => {
    const node = (req as unknown as { runtime?: { node?: { req: IncomingMessage } } }).runtime?.node?.req;
    const principal = node && principals.get(node);
    if (!principal) throw new TusRefusal(401, ErrorCode.UNAUTHENTICATED, 'Se requiere autenticación');
    return principal;
  };

  const ownerOf = async (principal: Principal, metadata: Record<string, string | null>): Promise<UploadOwner> => {
    const purpose = metadata.purpose ?? '';
    if (!DOCUMENT_PURPOSES.includes(purpose as DocumentPurpose)) {
      throw badInput(
        'metadata.purpose',
        purpose ? 'NOT_ALLOWED' : 'REQUIRED',
        `Upload-Metadata debe declarar purpose: uno de ${DOCUMENT_PURPOSES.join(', ')}`,
      );
    }
    const fileName = cleanFileName(metadata.filename ?? metadata.name ?? '');
    if (!fileName) throw badInput('metadata.filename', 'REQUIRED', 'Upload-Metadata debe declarar filename: el nombre del archivo');
    const declared = metadata.entityCode?.trim() || null;
    let entityCode: string;
    if (isEntityUser(principal)) {
      if (declared && declared !== principal.entityCode) {
        throw new TusRefusal(403, ErrorCode.FORBIDDEN, 'Solo puede subir documentos de su propia entidad territorial');
      }
      entityCode = principal.entityCode!;
    } else {
      if (!declared) {
        throw badInput(
          'metadata.entityCode',
          'REQUIRED',
          'Upload-Metadata debe declarar entityCode: la entidad territorial a la que pertenece el documento',
        );
      }
      if (!(await deps.services.directory.read((d) => d.find(declared)))) {
        throw badInput('metadata.entityCode', 'UNKNOWN', `No existe la entidad territorial ${declared.slice(0, 10)}`);
      }
      entityCode = declared;
    }
    let replacesId: string | null = null;
    if (metadata.replaces) {
      const asked = fromGlobalId(metadata.replaces);
      replacesId = asked?.type === 'Document' ? asked.key : metadata.replaces;
      const earlier = /^[0-9a-f-]{36}$/i.test(replacesId) ? await documents.findRow(documents.fork(), replacesId) : null;
      if (!earlier || earlier.entityCode !== entityCode || earlier.purpose !== purpose || earlier.status === 'REFUSED') {
        throw badInput('metadata.replaces', 'UNKNOWN', 'replaces no nombra un documento de la misma entidad y propósito');
      }
    }
    return {
      purpose: purpose as DocumentPurpose,
      fileName,
      entityCode,
      personId: principal.personId!,
      subject: principal.subject,
      replacesId,
    };
  };

  const ownerFromUpload = (upload: Upload): UploadOwner => {
    const m = upload.metadata ?? {};
    return {
      purpose: m.purpose as DocumentPurpose,
      fileName: cleanFileName(m.filename ?? m.name ?? ''),
      entityCode: m[OWNER_KEYS.entityCode]!,
      personId: m[OWNER_KEYS.personId]!,
      subject: m[OWNER_KEYS.subject]!,
      replacesId: m.replacesId ?? null,
    };
  };

  const options: ConstructorParameters<typeof Server>[0] = {
    path: UPLOADS_PATH,
    datastore: documents.storage.tusStore,
    // Across processes: the PATCHes of one upload may reach different API processes (redis-locker.ts).
    locker: deps.services.uploadLocks,
    // The upload's URL is relative: correct behind any proxy without trusting forwarded headers.
    relativeLocation: true,
    maxSize: MAX_UPLOAD_BYTES,
    namingFunction: () => DocumentService.newId(),
    disableTerminationForFinishedUploads: true,
    allowedOrigins: (origin) => deps.corsOrigins.includes(origin),
    allowedHeaders: ['authorization', 'x-request-id'],
    // The document an upload became, also on a HEAD of a finished upload: a client that lost the last
    // PATCH's answer (tus-js-client then ends on that HEAD) still learns its document's id.
    exposedHeaders: ['x-request-id', 'document-id', 'document-status'],
    async onUploadCreate(req, upload) {
      const principal = principalOf(req);
      if (upload.sizeIsDeferred || upload.size === undefined) {
        throw badInput(
          'Upload-Length',
          'REQUIRED',
          'Declare el tamaño del archivo (Upload-Length): no se admiten cargas de tamaño diferido',
        );
      }
      const owner = await ownerOf(principal, upload.metadata ?? {});
      const limit = PURPOSE_RULES[owner.purpose].maxBytes;
      if (upload.size > limit) {
        throw new TusRefusal(413, ErrorCode.BAD_USER_INPUT, oversizeReason(owner.purpose, upload.size), {
          problems: [{ path: 'Upload-Length', code: 'OVER_LIMIT', message: `a lo sumo ${sizeText(limit)}` }],
        });
      }
      return {
        metadata: {
          purpose: owner.purpose,
          filename: owner.fileName,
          ...(owner.replacesId ? { replacesId: owner.replacesId } : {}),
          [OWNER_KEYS.personId]: owner.personId,
          [OWNER_KEYS.subject]: owner.subject,
          [OWNER_KEYS.entityCode]: owner.entityCode,
        },
      };
    },
    async onIncomingRequest(req, uploadId) {
      if (req.method === 'POST' || req.method === 'OPTIONS') return;
      const principal = principalOf(req);
      let upload: Upload;
      try {
        upload = await documents.storage.tusStore.getUpload(uploadId);
      } catch {
        throw new TusRefusal(404, ErrorCode.NOT_FOUND, 'No existe esa carga');
      }
      // Someone else's upload is answered as if it did not exist.
      if (upload.metadata?.[OWNER_KEYS.personId] !== principal.personId)
        throw new TusRefusal(404, ErrorCode.NOT_FOUND, 'No existe esa carga');
    },
    async onUploadFinish(_req, upload) {
      let doc: Document;
      try {
        doc = await documents.finishUpload(upload, ownerFromUpload(upload));
      } catch (err) {
        deps.logger.error({ err, documentId: upload.id }, 'no se pudo verificar un documento; queda en cuarentena');
        throw new TusRefusal(
          503,
          'SERVICE_UNAVAILABLE',
          'El archivo se recibió completo pero no se pudo verificar ahora; se verificará de nuevo en unos minutos (consulte document(id)).',
          { documentId: toGlobalId('Document', upload.id) },
        );
      }
      if (doc.status === 'REFUSED') {
        throw new TusRefusal(422, ErrorCode.BAD_USER_INPUT, doc.refusalReason ?? 'Documento rechazado', {
          documentId: toGlobalId('Document', doc.id),
          problems: [{ path: 'content', code: doc.refusalCode ?? 'INVALID', message: doc.refusalReason ?? 'Documento rechazado' }],
        });
      }
      return {
        status_code: 200,
        headers: { 'Content-Type': 'application/json; charset=utf-8', ...documentHeaders(doc) },
        body: documentAnswer(doc),
      };
    },
    onResponseError(_req, err) {
      if (err instanceof TusRefusal || err instanceof UploadLockUnavailable) return { status_code: err.status_code, body: err.body };
      if ('status_code' in err && err.status_code < 500) {
        const known = TUS_ERRORS.get(err.body);
        const refusal = new TusRefusal(
          err.status_code,
          known?.code ?? ErrorCode.BAD_USER_INPUT,
          known?.message ?? 'Solicitud tus inválida',
        );
        return { status_code: refusal.status_code, body: refusal.body };
      }
      deps.logger.error({ err }, 'error interno en una carga');
      return {
        status_code: 500,
        body: JSON.stringify({ errors: [{ message: 'Error interno del servidor', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
      };
    },
  };
  const tus = new Server(options);

  return async (req, res) => {
    // tus's GET would serve an upload's bytes to whoever has its URL: documents are read only through signed links.
    if (req.method === 'GET') {
      res
        .status(405)
        .set('Allow', 'POST, HEAD, PATCH, DELETE, OPTIONS')
        .json({
          errors: [
            {
              message: 'Los documentos se descargan con el enlace firmado de su campo downloadUrl',
              extensions: { code: 'METHOD_NOT_ALLOWED' },
            },
          ],
        });
      return;
    }
    if (req.method !== 'OPTIONS') {
      try {
        const token = bearerToken(req.headers.authorization);
        if (!token)
          throw new AppError(ErrorCode.UNAUTHENTICATED, 'Se requiere autenticación: envíe el encabezado Authorization: Bearer <token>');
        const verified = await deps.verifier.verify(token).catch(async (err: unknown) => {
          // Like GraphQL: a request without a valid token spends its address's budget before it is refused.
          await deps.spend('ANONYMOUS', deps.clientAddress(req));
          throw err;
        });
        const principal = deps.policy.authorize(verified, Action.UploadDocuments);
        if (!principal.personId) throw new AppError(ErrorCode.FORBIDDEN, 'Solo una persona del directorio puede subir documentos');
        // Starting an upload is the heavy act (storage): each person has an hourly budget of them.
        if (req.method === 'POST') await deps.spend('UPLOAD', principal.subject);
        await deps.services.clock.sync();
        principals.set(req, principal);
        if (req.method === 'HEAD') {
          const id = /^\/([0-9a-f-]{36})$/i.exec(req.path)?.[1];
          const doc = id ? await documents.findRow(documents.fork(), id) : null;
          if (doc && doc.uploadedBy === principal.personId) res.set(documentHeaders(doc));
        }
      } catch (err) {
        const refusal = err instanceof AppError ? TusRefusal.of(err) : new TusRefusal(401, ErrorCode.UNAUTHENTICATED, 'Token inválido');
        if (!(err instanceof AppError)) deps.logger.warn({ err }, 'carga rechazada en la autenticación');
        const retryAfter = err instanceof AppError ? (err.extensions.retryAfterSeconds as number | undefined) : undefined;
        if (retryAfter) res.set('Retry-After', String(retryAfter));
        res.status(refusal.status_code).set('Tus-Resumable', '1.0.0').type('application/json').send(refusal.body);
        return;
      }
    }
    // express strips the mount path; tus matches the full one.
    req.url = req.originalUrl;
    await tus.handle(req as IncomingMessage, res as ServerResponse);
  };
}
