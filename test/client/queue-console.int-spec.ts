// The queue console in a real browser (issue 23): Debian's headless Chromium, driven by
// playwright-core. Without a sign-in link the board refuses, in Spanish; a coordinator's link,
// opened directly or followed from a page on another origin (as from the web console), lands on
// the board, which shows the system's queues, loading nothing from anywhere but the service.
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

import { Role } from '../../src/core/auth/principal';
import { QueueName } from '../../src/core/queue/queues';
import { chromiumPath } from '../support/chromium';
import { dataOf, executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';

jest.setTimeout(120_000);

/** A page on another origin holding the sign-in link, as the web console would show it. */
const LINK_PAGE = `<!doctype html>
<html lang="es">
<meta charset="utf-8">
<title>Otra aplicación</title>
<a id="console" href="">Abrir la consola de colas</a>
<script>document.getElementById('console').href = decodeURIComponent(location.hash.slice(1));</script>
</html>
`;

let browser: Browser | undefined;
let app: TestSystem;
let other: { origin: string; server: Server };
let coordinator: string;
const contexts: BrowserContext[] = [];
const QUEUES = Object.values(QueueName);

beforeAll(async () => {
  const executablePath = chromiumPath();
  const server = createServer((req, res) => {
    if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(LINK_PAGE);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  // Another site, not only another origin: ports do not separate sites, host names do (the API is at 127.0.0.1).
  other = { origin: `http://localhost:${(server.address() as AddressInfo).port}`, server };
  app = await startTestSystem();
  coordinator = await app.token(Role.COORDINATOR);
  // As root (CI containers) Chromium's sandbox cannot start.
  browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([app?.stop(), other && new Promise((r) => other.server.close(r))]);
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

/** A fresh browser (no cookies) and what it asked for, what it blocked and what failed in its pages. */
async function newPage(): Promise<{ page: Page; requests: string[]; blocked: string[]; errors: string[] }> {
  const context = await browser!.newContext();
  contexts.push(context);
  const page = await context.newPage();
  const requests: string[] = [];
  const blocked: string[] = [];
  const errors: string[] = [];
  // Finished requests: one the policy blocks is reported too, but as failed, and never leaves the browser.
  context.on('requestfinished', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (/Content Security Policy/.test(m.text())) blocked.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, requests, blocked, errors };
}

/** Runs a browser step; on failure keeps a screenshot of the page and says where. */
async function shooting<T>(page: Page, name: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    const file = join(mkdtempSync(join(tmpdir(), 'cti-queue-console-')), `${name}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    console.log(`captura de pantalla de la falla: ${file}`);
    throw err;
  }
}

async function linkUrl(): Promise<string> {
  const res = await executeText(app.url, 'mutation { queueConsoleLink { url } }', undefined, { token: coordinator });
  return dataOf<{ queueConsoleLink: { url: string } }>(res).queueConsoleLink.url;
}

/** Waits until the board (a React app that fetches its data) shows every queue's name. */
async function boardShowsQueues(page: Page): Promise<void> {
  await page.waitForURL(`${app.url}/admin/queues/`);
  // Locators, not a function evaluated from a string: the console's policy allows no eval, the test's included.
  for (const name of QUEUES) await page.getByText(name).first().waitFor({ timeout: 30_000 });
}

describe('La consola de colas en el navegador', () => {
  it('refuses the board to a browser without the link, in Spanish', async () => {
    const { page } = await newPage();
    await shooting(page, 'sin-enlace', async () => {
      const res = await page.goto(`${app.url}/admin/queues`);
      expect(res!.status()).toBe(401);
      const text = await page.innerText('body');
      expect(text).toContain('Inicie sesión en la consola de colas');
      expect(text).toContain('queueConsoleLink');
      for (const name of QUEUES) expect(text).not.toContain(name);
    });
  });

  it('lands on the board from the link, showing every queue, loaded from the service alone', async () => {
    const { page, requests, blocked, errors } = await newPage();
    await shooting(page, 'con-enlace', async () => {
      const url = await linkUrl();
      await page.goto(url);
      await boardShowsQueues(page);
      const service = new URL(app.url).origin;
      const elsewhere = requests.filter((u) => new URL(u).origin !== service);
      // bull-board's page links Google Fonts; the console's policy blocks it before any request leaves.
      expect(elsewhere).toEqual([]);
      expect(blocked.every((m) => m.includes('fonts.googleapis.com'))).toBe(true);
      expect(errors).toEqual([]);
      // The board polls its JSON API with the session cookie.
      expect(requests.some((u) => u.startsWith(`${app.url}/admin/queues/api/queues`))).toBe(true);
      console.log(
        `consola de colas en Chromium: ${QUEUES.length} colas a la vista; ${requests.length} solicitudes, todas al servicio; ` +
          `${blocked.length} bloqueadas por la política de contenido (fuentes de Google)`,
      );
      // The link served once: opened again, in the same browser, it refuses.
      const again = await page.context().newPage();
      const res = await again.goto(url);
      expect(res!.status()).toBe(410);
      expect(await again.innerText('body')).toContain('ya se usó');
    });
  });

  it('lands on the board when the link is followed from a page on another origin (SameSite=Strict)', async () => {
    const { page } = await newPage();
    await shooting(page, 'desde-otro-origen', async () => {
      await page.goto(`${other.origin}/#${encodeURIComponent(await linkUrl())}`);
      await page.click('#console');
      await boardShowsQueues(page);
    });
  });
});
