// The API from a real browser (issue 17): Debian's headless Chromium, driven by playwright-core.
// A page served from another origin calls the API with fetch and a token (CORS), and a page from
// an origin not configured is refused by the browser itself; GraphiQL on GET /graphql loads with
// no request to any host but the service, runs a query with the token pasted in its headers
// editor, shows the answer, and opens a subscription over graphql-ws at the same address.

import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

import { Role } from '../../src/core/auth/principal';
import { chromiumPath, pageServer } from '../support/chromium';
import { listening, startTestSystem, type TestSystem } from '../support/test-system';

/**
 * Debian's `chromium` (installed by .ci/ensure-system.sh; playwright's own download is not used).
 * Missing, the suite fails saying so: a browser test that skips would pass unnoticed.
 */

/** The page a frontend on another origin would be: it calls the API named in its URL's fragment with the token there. */
const APP_PAGE = `<!doctype html>
<html lang="es">
<meta charset="utf-8">
<title>Aplicación de prueba</title>
<pre id="out"></pre>
<script>
  const params = new URLSearchParams(location.hash.slice(1));
  const out = document.getElementById('out');
  fetch(params.get('api') + '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer ' + params.get('token') },
    body: JSON.stringify({ query: params.get('query') }),
  })
    .then((res) => res.json().then((body) => ({ status: res.status, body })))
    .then(
      (answer) => { out.textContent = JSON.stringify(answer); out.dataset.outcome = 'answered'; },
      (err) => { out.textContent = String(err); out.dataset.outcome = 'failed'; },
    );
</script>
</html>
`;

let executablePath: string;
let browser: Browser | undefined;
let app: TestSystem;
let allowed: { origin: string; server: Server };
let refused: { origin: string; server: Server };
let token: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  executablePath = chromiumPath();
  [allowed, refused] = await Promise.all([pageServer(APP_PAGE), pageServer(APP_PAGE)]);
  app = await startTestSystem({ CORS_ORIGINS: allowed.origin });
  token = await app.token(Role.COORDINATOR);
  // As root (CI containers) Chromium's sandbox cannot start.
  browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([app?.stop(), ...[allowed, refused].map((p) => p && new Promise((r) => p.server.close(r)))]);
});

async function newPage(): Promise<Page> {
  const context = await browser!.newContext();
  contexts.push(context);
  return context.newPage();
}
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

const DIRECTORY_QUERY = '{ me { role } territorialEntities(first: 3) { totalCount edges { node { code name } } } }';

/**
 * Opens the app page of `origin` and waits for its call to the API to end, one way or the other;
 * `corsRefusal` is what the browser says in the console if it refused to let the page read it.
 */
async function callFrom(origin: string) {
  const page = await newPage();
  const corsRefusal = page
    .waitForEvent('console', { predicate: (m) => /CORS policy/.test(m.text()), timeout: 20_000 })
    .then((m) => m.text())
    .catch(() => null);
  const fragment = new URLSearchParams({ api: app.url, token, query: DIRECTORY_QUERY });
  await page.goto(`${origin}/#${fragment}`);
  await page.waitForSelector('#out[data-outcome]');
  const outcome = await page.getAttribute('#out', 'data-outcome');
  const text = (await page.textContent('#out'))!;
  return { outcome, text, corsRefusal };
}

describe('a page on another origin (CORS)', () => {
  it('gets data when its origin is configured', async () => {
    const { outcome, text } = await callFrom(allowed.origin);
    expect(outcome).toBe('answered');
    const answer = JSON.parse(text);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.me).toEqual({ role: 'COORDINATOR' });
    expect(answer.body.data.territorialEntities.totalCount).toBeGreaterThan(1000);
    expect(answer.body.data.territorialEntities.edges).toHaveLength(3);
    expect(answer.body.data.territorialEntities.edges[0].node).toEqual({ code: '05', name: 'ANTIOQUIA' });
  });

  it('is refused by the browser when its origin is not configured', async () => {
    const { outcome, text, corsRefusal } = await callFrom(refused.origin);
    expect(outcome).toBe('failed');
    expect(text).toMatch(/TypeError: Failed to fetch/);
    expect(await corsRefusal).toMatch(new RegExp(`from origin '${refused.origin}' has been blocked by CORS policy`));
  });
});

describe('GraphiQL on GET /graphql', () => {
  /** The CodeMirror editor in `selector` (GraphiQL 3's editors), read or replaced as a person pasting would. */
  const editor = (selector: string) => `${selector} .CodeMirror`;
  const QUERY_EDITOR = editor('.graphiql-query-editor');
  const HEADERS_EDITOR = editor('.graphiql-editor-tool .graphiql-editor:not(.hidden)');
  const RESPONSE = editor('.graphiql-response');
  const valueOf = async (page: Page, selector: string) =>
    (await page.waitForSelector(selector)).evaluate((el) =>
      (el as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue(),
    );
  /** GraphiQL creates its editors a moment after the page has loaded. */
  async function openIde(page: Page) {
    await page.goto(`${app.url}/graphql`);
    await Promise.all([QUERY_EDITOR, HEADERS_EDITOR, RESPONSE].map((selector) => page.waitForSelector(selector)));
  }
  async function paste(page: Page, selector: string, text: string) {
    await page.click(selector);
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(text);
    expect(await valueOf(page, selector)).toBe(text);
  }

  it('loads from the service alone, runs a query with the token from its headers editor and shows the answer', async () => {
    const page = await newPage();
    const service = new URL(app.url);
    const requests: string[] = [];
    const sockets: string[] = [];
    page.context().on('request', (r) => requests.push(r.url()));
    page.on('websocket', (ws) => sockets.push(ws.url()));
    const failures: string[] = [];
    page.on('pageerror', (e) => failures.push(e.message));

    await openIde(page);
    // The headers editor is open, waiting for the token; the default query says how, in Spanish.
    expect(await valueOf(page, HEADERS_EDITOR)).toMatch(/"Authorization": "Bearer "/);
    expect(await valueOf(page, QUERY_EDITOR)).toMatch(/Toda operación necesita un token/);

    // Pasting the token brings the schema in (GraphiQL introspects again with it).
    const schema = page.waitForResponse(
      (r) => r.url() === `${app.url}/graphql` && (r.request().postData() ?? '').includes('IntrospectionQuery'),
    );
    await paste(page, HEADERS_EDITOR, JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2));
    expect((await schema).status()).toBe(200);

    await paste(page, QUERY_EDITOR, '{ me { role subject } territorialEntity(code: "05001") { code name } }');
    await page.click('.graphiql-execute-button');
    // Evaluated in the page (a string: this project's TypeScript has no DOM types).
    await page.waitForFunction(`document.querySelector(${JSON.stringify(RESPONSE)})?.CodeMirror?.getValue().includes('"data"')`);
    expect(JSON.parse(await valueOf(page, RESPONSE))).toEqual({
      data: { me: { role: 'COORDINATOR', subject: 'coordinator@test' }, territorialEntity: { code: '05001', name: 'MEDELLÍN' } },
    });

    // Every file, the introspection and the query: this origin, nothing else.
    expect(requests.length).toBeGreaterThanOrEqual(9);
    for (const url of requests) expect(new URL(url).origin).toBe(service.origin);
    expect(requests.filter((u) => u.includes('/graphql/ide/')).map((u) => new URL(u).pathname)).toEqual(
      expect.arrayContaining(['/graphql/ide/react.js', '/graphql/ide/react-dom.js', '/graphql/ide/graphiql.js', '/graphql/ide/ide.js']),
    );
    expect(sockets).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('opens a subscription over graphql-ws at the same address, with the token from the headers editor', async () => {
    const page = await newPage();
    const sockets: string[] = [];
    const sent: { type: string; payload?: Record<string, unknown> }[] = [];
    const received: { type: string }[] = [];
    page.on('websocket', (ws) => {
      sockets.push(ws.url());
      ws.on('framesent', (f) => sent.push(JSON.parse(String(f.payload))));
      ws.on('framereceived', (f) => received.push(JSON.parse(String(f.payload))));
    });
    await openIde(page);
    // As a person would: the token first, and the schema it brings in.
    const schema = page.waitForResponse((r) => (r.request().postData() ?? '').includes('IntrospectionQuery'));
    await paste(page, HEADERS_EDITOR, JSON.stringify({ Authorization: `Bearer ${token}` }));
    await schema;
    // Run at once after pasting it (before GraphiQL's editor has parsed it again): still a subscription.
    const QUERY = 'subscription { notificationAdded { __typename } }';
    await paste(page, QUERY_EDITOR, QUERY);
    const events = app.system.api.services.notificationEvents;
    const before = events.listenerCount();
    await page.click('.graphiql-execute-button');
    // The server accepted the connection and registered the subscription.
    await listening(events, before, 1, 30_000);
    expect(sockets).toEqual([`${app.url.replace(/^http/, 'ws')}/graphql`]);
    // The browser's frames reach this process a moment after the server acted on them.
    // Both directions: a CI run read the sent frames before the `subscribe` one had been reported.
    for (const until = Date.now() + 5000; (received.length === 0 || sent.length < 2) && Date.now() < until;)
      await new Promise((r) => setTimeout(r, 20));
    expect(received.map((f) => f.type)).toEqual(['connection_ack']);
    // The header pasted as "Authorization" went as the connectionParams.authorization the server reads.
    expect(sent[0]).toEqual({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    expect(sent[1]).toMatchObject({ type: 'subscribe', payload: { query: QUERY } });
  });
});
