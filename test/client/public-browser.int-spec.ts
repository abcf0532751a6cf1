// The public transparency endpoints from a real browser (issue 24): Debian's headless Chromium, a
// page served from an origin CORS_ORIGINS does not list, no token. It reads a published Índice
// from /public/graphql and its ETag and Cache-Control, revalidates it with If-None-Match (304, a
// header only a preflight lets through), downloads the open data CSV and its DCAT metadata, and is
// still refused the main /graphql by the browser; the page talks to nobody but its origin and the API.

import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { openDataIndexJobId } from '../../src/modules/open-data/open-data.jobs';
import { chromiumPath, pageServer } from '../support/chromium';
import { dataOf, executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { finished } from '../support/time-travel';
import { actors, validatedAssessment } from '../support/workflow';

/** The only origin CORS_ORIGINS lists: the ministry's console, not the page below. */
const LISTED = 'https://consola.example.org';
const YEAR = 2075;
const DAY = 24 * 3600 * 1000;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw JSON answers, read loosely
type Any = Record<string, any>;
/** An empty page: its scripts are the fetches each test evaluates in it, with the page's origin. */
const PAGE = '<!doctype html><html lang="es"><meta charset="utf-8"><title>Portal de datos abiertos</title></html>';
const INDEX = `query I($year: Int!) { index(year: $year) { year entries(first: 10) { totalCount edges { node { rank entityCode entityName } } } } }`;

let browser: Browser | undefined;
let app: TestSystem;
let site: { origin: string; server: Server };
let coordinator: string;
const contexts: BrowserContext[] = [];
/** Every request any page of this file made (checked last). */
const requests: string[] = [];

beforeAll(async () => {
  const executablePath = chromiumPath();
  site = await pageServer(PAGE);
  app = await startTestSystem({ CORS_ORIGINS: LISTED, RELAY_POLL_MS: '50' }, { worker: true });
  coordinator = await app.token(Role.COORDINATOR);
  // A coordinator publishes an Índice with Medellín and Bogotá; the worker writes its open data files.
  const now = Date.now();
  const cycleId = dataOf(
    await executeText(
      app.url,
      `mutation O($input: OpenCycleInput!) { openCycle(input: $input) { id } }`,
      { input: { year: YEAR, opensAt: new Date(now - DAY).toISOString(), closesAt: new Date(now + 30 * DAY).toISOString() } },
      { token: coordinator },
    ),
  ).openCycle.id as string;
  for (const code of ['05001', '11001']) await validatedAssessment(app, await actors(app, code), cycleId);
  dataOf(await executeText(app.url, `mutation C($id: ID!) { closeCycle(id: $id) { expired } }`, { id: cycleId }, { token: coordinator }));
  dataOf(
    await executeText(
      app.url,
      `mutation P($input: PublishCycleIndexInput!) { publishCycleIndex(input: $input) { id } }`,
      { input: { cycleId } },
      { token: coordinator },
    ),
  );
  await finished(app, app.system.worker!.queues.maintenance, openDataIndexJobId(fromGlobalId(cycleId)?.key ?? cycleId));
  // As root (CI containers) Chromium's sandbox cannot start.
  browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await Promise.all([app?.stop(), site && new Promise((r) => site.server.close(r))]);
});

/** The page on its own origin, in a fresh browser context whose requests are recorded. */
async function openPage(): Promise<Page> {
  const context = await browser!.newContext();
  contexts.push(context);
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  await page.goto(`${site.origin}/`);
  return page;
}
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

describe('a page on an origin CORS_ORIGINS does not list, without a token', () => {
  it('reads a published Índice from /public/graphql, with the ETag and Cache-Control it may read', async () => {
    const page = await openPage();
    const answer = await page.evaluate(
      async ({ api, query, year }) => {
        const res = await fetch(`${api}/public/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables: { year } }),
        });
        return {
          status: res.status,
          etag: res.headers.get('etag'),
          cacheControl: res.headers.get('cache-control'),
          // What CORS lets the page see: not Vary, which the server does send (below).
          vary: res.headers.get('vary'),
          body: (await res.json()) as Any,
        };
      },
      { api: app.url, query: INDEX, year: YEAR },
    );
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.index.year).toBe(YEAR);
    expect(answer.body.data.index.entries.totalCount).toBe(2);
    expect(answer.body.data.index.entries.edges.map((e: { node: { entityName: string } }) => e.node.entityName).sort()).toEqual([
      'BOGOTÁ, D.C.',
      'MEDELLÍN',
    ]);
    expect(answer.etag).toMatch(/^W\/"[\w-]{43}"$/);
    expect(answer.cacheControl).toBe('public, max-age=300');
    expect(answer.vary).toBeNull();
    const direct = await fetch(`${app.url}/public/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: INDEX, variables: { year: YEAR } }),
    });
    expect(direct.headers.get('vary')).toBeTruthy();
    expect(direct.headers.get('etag')).toBe(answer.etag);
  });

  it('revalidates the same answer by GET with If-None-Match: 304 (the preflight lets the header through)', async () => {
    const page = await openPage();
    const outcome = await page.evaluate(
      async ({ api, query, year }) => {
        const post = await fetch(`${api}/public/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables: { year } }),
        });
        const etag = post.headers.get('etag')!;
        const url = `${api}/public/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify({ year }))}`;
        // no-store: the browser's cache neither answers nor adds a validator of its own; the page's header goes as set.
        // (A browser's RequestInit: Node's type has no `cache`.)
        const revalidating = (tag: string) => ({ cache: 'no-store', headers: { 'if-none-match': tag } }) as RequestInit;
        const again = await fetch(url, revalidating(etag));
        const other = await fetch(url, revalidating('"otro"'));
        return {
          etag,
          again: { status: again.status, etag: again.headers.get('etag'), text: await again.text() },
          other: { status: other.status, etag: other.headers.get('etag'), body: (await other.json()) as Any },
        };
      },
      { api: app.url, query: INDEX, year: YEAR },
    );
    expect(outcome.again).toEqual({ status: 304, etag: outcome.etag, text: '' });
    // Another validator gets the whole answer again, under the same ETag.
    expect(outcome.other.status).toBe(200);
    expect(outcome.other.etag).toBe(outcome.etag);
    expect(outcome.other.body.data.index.entries.totalCount).toBe(2);
  });

  it('downloads the Índice’s open data: the DCAT metadata as JSON, and the CSV it links to, accents intact', async () => {
    const page = await openPage();
    const got = await page.evaluate(
      async ({ api, year }) => {
        const meta = await fetch(`${api}/public/datos/indice-cti-${year}.jsonld`);
        const doc = (await meta.json()) as Any;
        const csvUrl: string = doc['dcat:distribution'][0]['dcat:downloadURL']['@id'];
        const csv = await fetch(csvUrl);
        return {
          meta: { status: meta.status, contentType: meta.headers.get('content-type'), identifier: doc['dct:identifier'] },
          csvUrl,
          csv: { status: csv.status, contentType: csv.headers.get('content-type'), text: await csv.text() },
        };
      },
      { api: app.url, year: YEAR },
    );
    expect(got.meta).toEqual({ status: 200, contentType: 'application/ld+json; charset=utf-8', identifier: `indice-cti-${YEAR}` });
    expect(got.csvUrl).toBe(`${app.url}/public/datos/indice-cti-${YEAR}.csv`);
    expect(got.csv.status).toBe(200);
    expect(got.csv.contentType).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = got.csv.text.split('\r\n').filter(Boolean);
    expect(header).toMatch(/^vigencia,puesto,codigo_divipola,entidad,/);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.includes(',05001,'))).toContain(',MEDELLÍN,');
    expect(rows.find((r) => r.includes(',11001,'))).toContain(',"BOGOTÁ, D.C.",');
  });

  it('revalidates an open data file from the page: it reads the ETag and sends If-None-Match (304)', async () => {
    const page = await openPage();
    const got = await page.evaluate(
      async ({ api, year }) => {
        const url = `${api}/public/datos/indice-cti-${year}.csv`;
        const first = await fetch(url, { cache: 'no-store' } as RequestInit);
        const etag = first.headers.get('etag');
        await first.text();
        // If-None-Match is not a CORS-safelisted header: the browser asks the route first (a preflight).
        const again = await fetch(url, { cache: 'no-store', headers: { 'if-none-match': etag ?? '' } } as RequestInit);
        const other = await fetch(url, { cache: 'no-store', headers: { 'if-none-match': 'W/"otro"' } } as RequestInit);
        return {
          etag,
          disposition: first.headers.get('content-disposition'),
          again: { status: again.status, etag: again.headers.get('etag'), body: await again.text() },
          other: other.status,
        };
      },
      { api: app.url, year: YEAR },
    );
    expect(got.etag).toMatch(/^(W\/)?"[^"]+"$/);
    expect(got.disposition).toContain(`indice-cti-${YEAR}.csv`);
    expect(got.again).toEqual({ status: 304, etag: got.etag, body: '' });
    expect(got.other).toBe(200);
  });

  it('is still refused the main /graphql by the browser, with a valid token', async () => {
    const page = await openPage();
    const corsRefusal = page
      .waitForEvent('console', { predicate: (m) => /CORS policy/.test(m.text()), timeout: 20_000 })
      .then((m) => m.text())
      .catch(() => null);
    const request = { query: '{ me { role } }' };
    const outcome = await page.evaluate(
      async ({ api, token, body }) => {
        try {
          const res = await fetch(`${api}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify(body),
          });
          return `answered ${res.status}: ${await res.text()}`;
        } catch (err) {
          return String(err);
        }
      },
      { api: app.url, token: coordinator, body: request },
    );
    expect(outcome).toBe('TypeError: Failed to fetch');
    expect(await corsRefusal).toMatch(new RegExp(`from origin '${site.origin}' has been blocked by CORS policy`));
    // The request itself is good: outside a browser it is answered.
    expect(dataOf(await executeText(app.url, request.query, undefined, { token: coordinator }))).toEqual({ me: { role: 'COORDINATOR' } });
  });
});

// Last, so every page above has made its requests.
it('made no request anywhere but the page’s origin and the API', () => {
  const origins = requests.map((u) => new URL(u).origin);
  expect(new Set(origins)).toEqual(new Set([site.origin, new URL(app.url).origin]));
  expect(origins.filter((o) => o === new URL(app.url).origin).length).toBeGreaterThanOrEqual(6);
});
