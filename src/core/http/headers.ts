import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every HTTP response (helmet's defaults: HSTS, nosniff, frame denial,
 * referrer policy, cross-origin isolation headers, no `X-Powered-By`), with its strict Content
 * Security Policy on every route but `/graphql`: the API answers JSON there, and the landing page
 * a browser gets on GET /graphql (outside production) loads Apollo's sandbox from its CDN.
 */
export function securityHeaders(): RequestHandler {
  const strict = helmet();
  const withoutCsp = helmet({ contentSecurityPolicy: false });
  return (req, res, next) => (req.path === '/graphql' || req.path.startsWith('/graphql/') ? withoutCsp : strict)(req, res, next);
}
