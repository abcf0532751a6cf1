import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Request, RequestHandler, Response } from 'express';

import { projectRoot } from '../paths';

/** Where the IDE's files are served, under the endpoint (the page links them relative to itself). */
export const IDE_FILES_PATH = '/graphql/ide/';

/** The page's own policy: every script, style and connection from this origin; nothing inline, nothing remote. */
export const IDE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // No 'unsafe-inline': the one inline style GraphiQL injects is a scroll lock on the body while a
  // dialog is open, which this page (exactly as tall as the window) does without; the browser
  // blocks it and says so in the console.
  "style-src 'self'",
  // GraphiQL's fonts are data: URLs inside its stylesheet.
  "font-src 'self' data:",
  "img-src 'self' data:",
  // The endpoint, over fetch and (subscriptions) graphql-ws at the same address.
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const ideDir = () => join(projectRoot(), 'src/core/http/ide');

/**
 * Everything the page loads, from the npm packages the service depends on (React and GraphiQL's
 * UMD builds) and this folder (the script that starts GraphiQL, the page's layout).
 */
const FILES: Record<string, { type: string; path: () => string }> = {
  'react.js': { type: 'text/javascript', path: () => join(packageDir('react'), 'umd/react.production.min.js') },
  'react-dom.js': { type: 'text/javascript', path: () => join(packageDir('react-dom'), 'umd/react-dom.production.min.js') },
  'graphiql.js': { type: 'text/javascript', path: () => join(packageDir('graphiql'), 'graphiql.min.js') },
  'graphiql.css': { type: 'text/css', path: () => join(packageDir('graphiql'), 'graphiql.min.css') },
  'ide.css': { type: 'text/css', path: () => join(ideDir(), 'ide.css') },
  'ide.js': { type: 'text/javascript', path: () => join(ideDir(), 'ide.js') },
};

interface IdeFile {
  type: string;
  body: Buffer;
  /** A digest of the body: the page asks for `name?v=version`, which may then be cached for good. */
  version: string;
}

/**
 * A build's trailing source-map comment names a file this server does not serve: a browser's
 * developer tools would ask for it.
 */
const withoutSourceMap = (text: string) => text.replace(/\n\/\/# sourceMappingURL=\S+\s*$|\/\*# sourceMappingURL=\S+ ?\*\/\s*$/, '\n');

async function loadFiles(): Promise<Map<string, IdeFile>> {
  const entries = await Promise.all(
    Object.entries(FILES).map(async ([name, { type, path }]) => {
      const body = Buffer.from(withoutSourceMap(await readFile(path(), 'utf8')));
      return [name, { type, body, version: createHash('sha256').update(body).digest('hex').slice(0, 16) }] as const;
    }),
  );
  return new Map(entries);
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(files: Map<string, IdeFile>): string {
  // Relative to the page (served at …/graphql), so a proxy that mounts the API under a prefix keeps it working.
  const href = (name: string) => escapeHtml(`graphql/ide/${name}?v=${files.get(name)!.version}`);
  const scripts = ['react.js', 'react-dom.js', 'graphiql.js', 'ide.js'];
  return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>GraphiQL · Ciudades y Territorios Inteligentes</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${href('graphiql.css')}">
<link rel="stylesheet" href="${href('ide.css')}">
</head>
<body>
<div id="graphiql"><p class="ide-loading">Cargando GraphiQL…</p></div>
<noscript>GraphiQL necesita JavaScript. La API responde POST /graphql con JSON.</noscript>
${scripts.map((name) => `<script src="${href(name)}"></script>`).join('\n')}
</body>
</html>
`;
}

/**
 * Which a client prefers, by its Accept header, among what GET /graphql can answer: the same
 * negotiation as Apollo's landing page, so a browser's navigation gets HTML and `fetch` or curl
 * (no Accept, or *\/*) get GraphQL.
 */
const prefersHtml = (req: Request) =>
  req.accepts(['application/json', 'application/graphql-response+json', 'multipart/mixed', 'text/html']) === 'text/html';

function notFound(res: Response, message: string) {
  res
    .status(404)
    .set('cache-control', 'no-store')
    .json({ errors: [{ message, extensions: { code: 'NOT_FOUND' } }] });
}

/**
 * GraphiQL for a browser that navigates to GET /graphql, when `enabled`: an HTML page and the files
 * it loads, all from this server (the npm packages' builds, no CDN), with the headers editor open
 * for the token. Files are read on the first request; those asked for by their current version
 * are cached by the browser for a year. When not enabled, that navigation is answered 404 and the
 * files are not served; every other request passes on to the GraphQL endpoint.
 */
export function graphqlIde(enabled: boolean): RequestHandler {
  let files: Promise<Map<string, IdeFile>> | undefined;
  const loaded = () => (files ??= loadFiles().catch((err: unknown) => ((files = undefined), Promise.reject(err))));
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path === '/graphql') {
      if (!prefersHtml(req)) return next();
      res.vary('Accept');
      if (!enabled) return notFound(res, 'Este servidor no ofrece un IDE de GraphQL: envíe las operaciones con POST /graphql.');
      loaded()
        .then((all) => {
          res
            .status(200)
            .type('html')
            .set({ 'cache-control': 'no-cache', 'content-security-policy': IDE_CONTENT_SECURITY_POLICY })
            .send(page(all));
        })
        .catch(next);
      return;
    }
    if (!req.path.startsWith(IDE_FILES_PATH)) return next();
    if (!enabled) return notFound(res, 'No encontrado');
    loaded()
      .then((all) => {
        const file = all.get(req.path.slice(IDE_FILES_PATH.length));
        if (!file) return notFound(res, 'No encontrado');
        const current = req.query.v === file.version;
        res
          .status(200)
          .type(file.type)
          .set('cache-control', current ? 'public, max-age=31536000, immutable' : 'no-cache')
          .send(file.body);
      })
      .catch(next);
  };
}
