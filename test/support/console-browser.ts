import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

import { projectRoot } from '../../src/core/paths';
import { chromiumPath } from './chromium';

const root = projectRoot();

/**
 * The console as `npm run build` leaves it, built first when console/dist is missing or older than
 * its sources (test/support/build-console.js), under a lock so two Jest workers never build at once.
 */
export function ensureConsoleBuilt(): void {
  const lock = process.env.CONSOLE_DIST_DIR ? `${process.env.CONSOLE_DIST_DIR}.lock` : join(root, 'console', '.build.lock');
  execFileSync('flock', [lock, process.execPath, join(root, 'test', 'support', 'build-console.js')], {
    cwd: root,
    stdio: 'inherit',
  });
}

/** What a console page must never do: throw, break its CSP, or talk to an origin other than the allowed ones. */
export interface PageWatch {
  errors: string[];
  /** Every console message, for the evidence kept on failure. */
  log: string[];
  /** Throws if anything went wrong so far (and forgets it). */
  assertClean(): void;
}

/** Follows a page: uncaught errors, CSP violations and failed console errors, and requests to foreign origins. */
export function watchPage(page: Page, allowedOrigins: string[]): PageWatch {
  const errors: string[] = [];
  const log: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (message) => {
    const text = `${message.type()}: ${message.text()}`;
    log.push(text);
    if (/Content Security Policy|Refused to (load|execute|apply|connect)/i.test(message.text())) errors.push(`CSP: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    const origin = new URL(url).origin;
    if (!allowedOrigins.includes(origin)) errors.push(`petición a otro origen: ${url}`);
  });
  return {
    errors,
    log,
    assertClean() {
      const found = errors.splice(0);
      if (found.length) throw new Error(`La página tuvo errores:\n${found.join('\n')}`);
    },
  };
}

export interface ConsoleBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  watch: PageWatch;
  /** Opens another independent tab (its own session storage: another person). */
  newPerson(): Promise<{ context: BrowserContext; page: Page; watch: PageWatch }>;
  close(): Promise<void>;
}

/** Headless Debian Chromium, in Spanish (Colombia) and Bogotá time, with one page watched. */
export async function openConsoleBrowser(apiUrl: string, extraOrigins: string[] = []): Promise<ConsoleBrowser> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  const origins = [new URL(apiUrl).origin, ...extraOrigins];
  const open = async () => {
    const context = await browser.newContext({ locale: 'es-CO', timezoneId: 'America/Bogota', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return { context, page, watch: watchPage(page, origins) };
  };
  const first = await open();
  return { browser, ...first, newPerson: open, close: () => browser.close() };
}

/** Signs in through the demo list (the embedded default's sign-in page), as a person would. */
export async function signInAsDemo(page: Page, baseUrl: string, personName: RegExp | string): Promise<void> {
  await page.goto(`${baseUrl}/entrar`);
  await page.getByRole('button', { name: personName }).click();
  await page.getByRole('navigation', { name: 'Menú principal' }).waitFor();
}

/**
 * Signs in with a token minted by the test (people outside the demo list, e.g. another entity's):
 * the session the console keeps in sessionStorage, set before the page loads.
 */
export async function signInWithToken(page: Page, baseUrl: string, token: string, path = '/'): Promise<void> {
  const session = { kind: 'demo', accessToken: token, expiresAt: Date.now() + 3_600_000 };
  // A string, not a function: the suites' TypeScript has no DOM types.
  await page.addInitScript(
    `if (!window.sessionStorage.getItem('cti.session')) window.sessionStorage.setItem('cti.session', ${JSON.stringify(JSON.stringify(session))});`,
  );
  await page.goto(`${baseUrl}${path}`);
}

const axeSource = () => readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * axe-core on the page as it is now (WCAG 2.0/2.1 A and AA rules), injected through the
 * DevTools protocol, which the page's CSP does not govern. Gives the serious and critical violations.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource());
  const result = (await page.evaluate(`(async () => {
    const { violations } = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  })()`)) as AxeViolation[];
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const evidenceDir = join(root, '.test-results', 'console');

/**
 * Runs one step of a browser test; if it fails, keeps a screenshot, the DOM and the console log
 * under .test-results/console/<name>/ (left in the clone after the run) and fails with the same error.
 */
export async function withEvidence<T>(name: string, page: Page, watch: PageWatch | undefined, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    const dir = join(evidenceDir, name.replace(/[^\w.-]+/g, '_'));
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, 'pantalla.png'), fullPage: true }).catch(() => undefined);
    writeFileSync(join(dir, 'dom.html'), await page.content().catch(() => ''));
    writeFileSync(join(dir, 'consola.log'), [...(watch?.log ?? []), '', ...(watch?.errors ?? [])].join('\n'));
    throw err;
  }
}
