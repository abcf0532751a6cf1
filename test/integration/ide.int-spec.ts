// The offline IDE (issue 17, item 3), over plain HTTP: GraphiQL on GET /graphql for a browser when
// GRAPHQL_IDE is on (the embedded default), from this server's own files; not served in production
// unless configured; Apollo's CDN landing page never. What a browser does with the page is
// test/client/browser.int-spec.ts.
import { Role } from '../../src/core/auth/principal';
import { IDE_CONTENT_SECURITY_POLICY } from '../../src/core/http/ide';
import { startTestSystem, type TestSystem } from '../support/test-system';

/** What Chromium sends when a person opens a URL. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8';

let embedded: TestSystem;
let production: TestSystem;
let productionWithIde: TestSystem;

beforeAll(async () => {
  [embedded, production, productionWithIde] = await Promise.all([
    startTestSystem(),
    startTestSystem({ NODE_ENV: 'production' }),
    startTestSystem({ NODE_ENV: 'production', GRAPHQL_IDE: 'true' }),
  ]);
});
afterAll(() => Promise.all([embedded?.stop(), production?.stop(), productionWithIde?.stop()]));

const openInBrowser = (app: TestSystem, path = '/graphql') => fetch(`${app.url}${path}`, { headers: { accept: BROWSER_ACCEPT } });

/** The files a page links, resolved against the page's own URL as a browser would. */
function linkedFiles(html: string, pageUrl: string): URL[] {
  return [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)]
    .map((m) => m[1].replace(/&#38;/g, '&'))
    .filter((ref) => !ref.startsWith('data:'))
    .map((ref) => new URL(ref, pageUrl));
}

/** Nothing that names another host, or reaches for a remote file. */
function expectNoRemoteReference(css: string) {
  expect(css).not.toMatch(/@import/);
  for (const [, target] of css.matchAll(/url\(\s*['"]?([^'")]+)/g)) expect(target).toMatch(/^data:/);
}

describe('GraphiQL on GET /graphql (GRAPHQL_IDE on: the embedded default)', () => {
  it('answers a browser with the page, under a policy that allows only this origin and nothing inline', async () => {
    const res = await openInBrowser(embedded);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('vary')).toMatch(/Accept/);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toBe(IDE_CONTENT_SECURITY_POLICY);
    expect(csp).toMatch(/(^|; )default-src 'none'(;|$)/);
    expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(csp).toMatch(/(^|; )connect-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    const html = await res.text();
    expect(html).toMatch(/<div id="graphiql">/);
    // No inline script or style: every one is a file.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=/);
    const files = linkedFiles(html, `${embedded.url}/graphql`);
    expect(files.map((u) => u.pathname)).toEqual([
      '/graphql/ide/graphiql.css',
      '/graphql/ide/ide.css',
      '/graphql/ide/react.js',
      '/graphql/ide/react-dom.js',
      '/graphql/ide/graphiql.js',
      '/graphql/ide/ide.js',
    ]);
    for (const url of files) expect(url.origin).toBe(new URL(embedded.url).origin);
  });

  it('serves the files it links, with their version cached for good, and GraphiQL from the npm package', async () => {
    const html = await (await openInBrowser(embedded)).text();
    for (const url of linkedFiles(html, `${embedded.url}/graphql`)) {
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(
        url.pathname.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
      );
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const body = await res.text();
      // The builds' source maps are not served, so they are not named either.
      expect(body).not.toMatch(/sourceMappingURL/);
      if (url.pathname.endsWith('.css')) expectNoRemoteReference(body);
      if (url.pathname.endsWith('/graphiql.js')) expect(body).toMatch(/window\.GraphiQL = /);
      if (url.pathname.endsWith('/react.js')) expect(body).toMatch(/\.version="18\.3\.1"/);
    }
    // Another version (a page from before a deployment) still gets the file, for this time only.
    const stale = await fetch(`${embedded.url}/graphql/ide/ide.js?v=0000000000000000`);
    expect(stale.status).toBe(200);
    expect(stale.headers.get('cache-control')).toBe('no-cache');
    expect(await stale.text()).toMatch(/GraphiQL\.createFetcher/);
    // Only the named files: nothing else of the packages or the project.
    for (const path of ['graphiql.min.js.map', '%2e%2e%2f%2e%2e%2fpackage.json', 'react.development.js']) {
      const res = await fetch(`${embedded.url}/graphql/ide/${path}`);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('leaves GraphQL requests to the endpoint: a GET without HTML in Accept, and POSTs', async () => {
    for (const accept of [undefined, '*/*', 'application/json', 'application/graphql-response+json, text/html;q=0.5']) {
      const res = await fetch(`${embedded.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
        headers: accept ? { accept } : {},
      });
      // Apollo answers (here its CSRF prevention: a GET without a preflight-forcing header), not the IDE.
      expect(res.headers.get('content-type')).toMatch(/json/);
      expect(await res.text()).not.toMatch(/<html/);
    }
    const post = await fetch(`${embedded.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: BROWSER_ACCEPT,
        authorization: `Bearer ${await embedded.token(Role.COORDINATOR)}`,
      },
      body: JSON.stringify({ query: '{ me { role } }' }),
    });
    expect(await post.json()).toEqual({ data: { me: { role: 'COORDINATOR' } } });
  });
});

describe('with the IDE off (production by default)', () => {
  it('answers a browser’s GET /graphql 404 with a JSON error, neither GraphiQL nor Apollo’s CDN page', async () => {
    for (const path of ['/graphql', '/graphql?query=%7B__typename%7D']) {
      const res = await openInBrowser(production, path);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const body = await res.text();
      expect(JSON.parse(body)).toEqual({
        errors: [
          {
            message: 'Este servidor no ofrece un IDE de GraphQL: envíe las operaciones con POST /graphql.',
            extensions: { code: 'NOT_FOUND' },
          },
        ],
      });
    }
    // A path Apollo would also have answered with its landing page.
    const slash = await openInBrowser(production, '/graphql/');
    expect(await slash.text()).not.toMatch(/<html|apollographql|cdn\./i);
  });

  it('does not serve the IDE’s files', async () => {
    for (const name of ['graphiql.js', 'graphiql.css', 'react.js', 'ide.js']) {
      const res = await fetch(`${production.url}/graphql/ide/${name}`);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toMatch(/GraphiQL|React/);
    }
  });

  it('serves it in production when GRAPHQL_IDE=true', async () => {
    const res = await openInBrowser(productionWithIde);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/<div id="graphiql">/);
    expect(res.headers.get('content-security-policy')).toBe(IDE_CONTENT_SECURITY_POLICY);
    expect((await fetch(`${productionWithIde.url}/graphql/ide/graphiql.js`)).status).toBe(200);
  });
});
