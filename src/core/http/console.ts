import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { Request, RequestHandler } from 'express';

import { projectRoot } from '../paths';

/** What the console needs to know at start, given in a `<meta>` tag (no inline script, so the CSP stays strict). */
export interface ConsoleSettings {
  /** How people sign in: the demo people's list (embedded default), or an OpenID Provider. */
  signIn:
    | { kind: 'demo' }
    | { kind: 'oidc'; authority: string; clientId: string; scope: string; resource?: string }
    | { kind: 'none'; reason: string };
}

/**
 * Paths the API itself answers: the console's catch-all never shadows them, whatever their method
 * or Accept header. Console paths are Spanish words outside this list (/entrar, /ruta, /tablero…).
 */
export const RESERVED_PREFIXES = [
  '/graphql',
  '/public/',
  '/health',
  '/admin/queues',
  '/uploads',
  '/documents/',
  '/reports/',
  '/invitaciones/',
  '/demo/',
  '/metrics',
] as const;

const ASSETS_PATH = '/assets/';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.json': 'application/json',
};

/**
 * The console page's own policy. Scripts only from this origin (the built chunks); styles inline
 * too, because Mermaid and vega-tooltip write `<style>` elements and style attributes; images from
 * data: and blob: (Mermaid's SVG, downloaded reports); connections to this origin (HTTP and
 * graphql-ws) and, in production, the OpenID Provider's token endpoint.
 */
export function consoleContentSecurityPolicy(settings: ConsoleSettings): string {
  const provider = settings.signIn.kind === 'oidc' ? ` ${new URL(settings.signIn.authority).origin}` : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${provider}`,
    "manifest-src 'self'",
    "base-uri 'none'",
    `form-action 'self'${provider}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The empty settings tag of console/index.html, which the served page fills. */
const CONFIG_META = /<meta name="cti-config" content="\{\}"\s*\/?>/;

const escapeAttribute = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Where `npm run build` leaves the console (Vite's output): console/dist/, or CONSOLE_DIST_DIR (a
 * deployment that builds the console elsewhere; test runs that must not share one build).
 */
export const consoleDist = () => process.env.CONSOLE_DIST_DIR ?? join(projectRoot(), 'console', 'dist');

const isReserved = (path: string) => RESERVED_PREFIXES.some((prefix) => path === prefix.replace(/\/$/, '') || path.startsWith(prefix));

/**
 * The web console: the built files under /assets/ (named by content hash, so cached for good; a
 * missing one is a 404, never the page), and index.html, with the settings in a meta tag, for every
 * other GET that prefers HTML and is not one of the API's own paths. Registered after every other
 * route. Without a build (a clone where `npm run build` has not run) the page says how to build it.
 */
export function webConsole(settings: ConsoleSettings, dist = consoleDist()): RequestHandler {
  let page: Promise<string> | undefined;
  const csp = consoleContentSecurityPolicy(settings);
  const loadPage = () =>
    (page ??= readFile(join(dist, 'index.html'), 'utf8').then(
      (html) => {
        const filled = html.replace(CONFIG_META, `<meta name="cti-config" content="${escapeAttribute(JSON.stringify(settings))}">`);
        if (filled === html) throw new Error('console/dist/index.html no tiene la etiqueta meta cti-config');
        return filled;
      },
      (err: unknown) => ((page = undefined), Promise.reject(err)),
    ));
  return (req: Request, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path.startsWith(ASSETS_PATH)) {
      const relative = normalize(req.path.slice(ASSETS_PATH.length));
      const type = TYPES[extname(relative)];
      if (!type || relative.startsWith('..') || relative.includes('/..') || relative.includes('\0')) {
        res.status(404).set('cache-control', 'no-store').type('text/plain').send('No encontrado');
        return;
      }
      const file = join(dist, 'assets', relative);
      stat(file)
        .then((s) => {
          if (!s.isFile()) throw Object.assign(new Error('no file'), { code: 'ENOENT' });
          res.status(200).set({ 'content-type': type, 'cache-control': 'public, max-age=31536000, immutable' });
          res.sendFile(file, { headers: { 'cross-origin-resource-policy': 'same-origin' } });
        })
        .catch(() => res.status(404).set('cache-control', 'no-store').type('text/plain').send('No encontrado'));
      return;
    }
    if (isReserved(req.path) || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    res.vary('Accept');
    loadPage()
      .then((html) => {
        res.status(200).type('html').set({ 'cache-control': 'no-cache', 'content-security-policy': csp }).send(html);
      })
      .catch(() => {
        res
          .status(503)
          .type('text/plain')
          .set('cache-control', 'no-store')
          .send('La consola web no está construida en este servidor: ejecute `npm run build` (construye la API y la consola).');
      });
  };
}
