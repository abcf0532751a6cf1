import compression from 'compression';
import cors from 'cors';
import type { RequestHandler } from 'express';

/** Bodies smaller than this go as they are: compressing them costs more than it saves. */
export const COMPRESS_ABOVE_BYTES = 1024;

/**
 * What a browser on another origin needs to call the API: CORS for the configured origins only,
 * answering the preflight itself (so Apollo's CSRF check, which stays on for simple requests,
 * never sees an OPTIONS), with the headers a client sends (the token, a request id, Apollo's
 * preflight marker) and may read back (Retry-After of a 429, the request id). No cookies are
 * used, so no credentials are allowed.
 */
export function crossOrigin(origins: readonly string[]): RequestHandler {
  return cors({
    origin: [...origins],
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['authorization', 'content-type', 'x-request-id', 'apollo-require-preflight', 'x-apollo-operation-name'],
    exposedHeaders: ['retry-after', 'x-request-id'],
    credentials: false,
    maxAge: 600,
  });
}

/**
 * CORS of what anyone may read without a token (the transparency endpoints under /public/): any
 * origin, no credentials; the validators a page revalidates with may be sent (If-None-Match,
 * If-Modified-Since) and read back (ETag, Last-Modified), as may Retry-After. An Authorization
 * header a shared client still sends passes the preflight and is ignored. The resources are meant
 * to be used from other sites, so Cross-Origin-Resource-Policy (helmet's default is same-origin)
 * says so.
 */
export function publicCrossOrigin(): RequestHandler {
  const preflight = cors({
    origin: '*',
    methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    allowedHeaders: [
      'content-type',
      'if-none-match',
      'if-modified-since',
      'x-request-id',
      'authorization',
      'apollo-require-preflight',
      'x-apollo-operation-name',
    ],
    exposedHeaders: ['etag', 'last-modified', 'retry-after', 'x-request-id', 'cache-control', 'content-disposition'],
    credentials: false,
    maxAge: 600,
  });
  return (req, res, next) => {
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    preflight(req, res, next);
  };
}

/** gzip or brotli, as the client accepts, for compressible bodies over 1 kB (JSON, CSV; not XLSX or PDF, already compressed). */
export function compressed(): RequestHandler {
  return compression({ threshold: COMPRESS_ABOVE_BYTES });
}
