import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every HTTP response (helmet's defaults: HSTS, nosniff, frame denial,
 * referrer policy, cross-origin isolation headers, no `X-Powered-By`), with its strict Content
 * Security Policy. The one HTML page, GraphiQL on GET /graphql (src/core/http/ide.ts), replaces it
 * with its own, stricter still: every script and style a file from this server, nothing inline.
 */
export function securityHeaders(): RequestHandler {
  return helmet();
}
