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

/** gzip or brotli, as the client accepts, for compressible bodies over 1 kB (JSON, CSV; not XLSX or PDF, already compressed). */
export function compressed(): RequestHandler {
  return compression({ threshold: COMPRESS_ABOVE_BYTES });
}
