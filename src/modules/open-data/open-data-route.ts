import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from 'pino';

import { AppError, ErrorCode, routeStatusOf } from '../../core/errors/app-error';
import { COMPRESS_ABOVE_BYTES, publicCrossOrigin } from '../../core/http/browser';
import { attachmentDisposition } from '../../core/http/content-disposition';
import type { HttpDeps } from '../../core/module';
import type { Orm } from '../../core/orm/orm';
import { CATALOG_KEY, FIGURES_DATASET } from './open-data-datasets';
import type { OpenDataService } from './open-data.service';

/** A file name the exports can have; anything else is not looked up. */
const FILE_NAME = /^[a-z0-9][a-z0-9-]{0,80}\.(csv|json|jsonld)$/;

/**
 * A published Índice is final: caches may keep its files an hour; the catalog and the daily figures
 * five minutes. no-transform: the route encodes the bytes itself (below), so neither the app-wide
 * compression nor a proxy recodes them under an ETag that would no longer describe them.
 */
const cacheControlOf = (key: string): string =>
  key === CATALOG_KEY || key.startsWith(`${FIGURES_DATASET}.`) ? 'public, max-age=300, no-transform' : 'public, max-age=3600, no-transform';

const gzipped = promisify(gzip);

/**
 * The gzip encodings of the files most recently asked for, by their stored ETag: a file changes
 * once a day at most, so the same bytes are compressed once per process, not once per download.
 */
const recentGzip = new Map<string, Buffer>();
const GZIP_KEPT = 8;

async function gzipOf(etag: string, body: string): Promise<Buffer> {
  const kept = recentGzip.get(etag);
  if (kept) return kept;
  const encoded = await gzipped(Buffer.from(body, 'utf8'));
  if (recentGzip.size >= GZIP_KEPT) recentGzip.delete(recentGzip.keys().next().value!);
  recentGzip.set(etag, encoded);
  return encoded;
}

/** Whether an If-None-Match header names this ETag (or `*`); weak forms compare equal, as RFC 9110 says for GET. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

/**
 * A refusal is this client's, now: a 404 is cacheable by default (RFC 9110 §15.1), and a shared
 * cache keeping one would hide an Índice published a minute later; a 429 is one address's budget.
 */
function refuse(res: Response, status: number, code: string, message: string): void {
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .json({ errors: [{ message, extensions: { code } }] });
}

/**
 * GET /public/datos/:file without a token: the open data exports as stored (the same bytes and
 * ETag from every API process). Each request spends a point of its address's PUBLIC budget,
 * whatever it asks; any origin may read them (open data), and a cache revalidates with the ETag.
 */
export function openDataRoute(
  deps: Pick<HttpDeps, 'spend' | 'clientAddress'> & { openData: OpenDataService; orm: Orm; logger: Logger },
): RequestHandler {
  return async (req: Request, res: Response) => {
    try {
      await deps.spend('PUBLIC', deps.clientAddress(req));
      const key = String(req.params.file ?? '');
      const file = FILE_NAME.test(key) ? await deps.openData.file(deps.orm.em.fork(), key) : null;
      if (!file) {
        // An unpublished cycle's Índice has no files: the same answer as a name that never existed.
        return refuse(
          res,
          404,
          ErrorCode.NOT_FOUND,
          `No existe el archivo de datos abiertos «${key.slice(0, 100)}»; el catálogo de los publicados está en /public/datos/${CATALOG_KEY}`,
        );
      }
      // RFC 9110 §8.8.1: a strong ETag names these exact bytes, so it is the stored file's
      // (identity, whose SHA-256 the metadata publishes too); its gzip encoding carries the same tag
      // as weak (W/): the same data, other bytes. If-None-Match compares weakly, so either revalidates.
      const encoded = file.byteSize >= COMPRESS_ABOVE_BYTES && req.acceptsEncodings(['identity', 'gzip']) === 'gzip';
      const etag = encoded ? `W/${file.etag}` : file.etag;
      const headers: Record<string, string> = {
        ETag: etag,
        'Cache-Control': cacheControlOf(key),
        'Last-Modified': file.generatedAt.toUTCString(),
        Vary: 'Accept-Encoding',
        'X-Content-Type-Options': 'nosniff',
      };
      if (matches(req.headers['if-none-match'], file.etag)) {
        res.status(304).set(headers).end();
        return;
      }
      const body = encoded ? await gzipOf(file.etag, file.body) : Buffer.from(file.body, 'utf8');
      res.status(200).set({
        ...headers,
        'Content-Type': file.mediaType,
        'Content-Length': String(body.length),
        ...(encoded ? { 'Content-Encoding': 'gzip' } : {}),
        ...(key.endsWith('.csv') ? { 'Content-Disposition': attachmentDisposition(key) } : {}),
      });
      res.end(body);
    } catch (err) {
      if (err instanceof AppError) {
        const code = String(err.extensions.code);
        const retryAfter = err.extensions.retryAfterSeconds;
        if (retryAfter) res.set('Retry-After', String(retryAfter));
        return refuse(res, routeStatusOf(code), code, err.message);
      }
      deps.logger.error({ err }, 'error interno al servir datos abiertos');
      refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'Error interno del servidor');
    }
  };
}

/**
 * Everything under /public/datos, mounted before the API's own CORS (which lists the console's
 * origins only): the public CORS (any page may fetch a file, revalidate it with If-None-Match and
 * read its ETag), GET and HEAD of a file, and a 405 for any other method.
 */
export function openDataRoutes(deps: Parameters<typeof openDataRoute>[0]): RequestHandler {
  const router = Router();
  router.use(publicCrossOrigin());
  router.get('/:file', openDataRoute(deps));
  router.use((req, res) => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      refuse(res, 404, ErrorCode.NOT_FOUND, `No existe ese archivo de datos abiertos; el catálogo está en /public/datos/${CATALOG_KEY}`);
      return;
    }
    res.set('Allow', 'GET, HEAD, OPTIONS');
    refuse(res, 405, 'METHOD_NOT_ALLOWED', 'Los datos abiertos se leen con GET');
  });
  return router;
}
