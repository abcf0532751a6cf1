import type { Page } from 'playwright-core';

import { DEMO_USERS } from '../../src/app/demo.seed';
import { mintToken } from '../../src/core/auth/jwt';
import { Role } from '../../src/core/auth/principal';
import {
  axeViolations,
  ensureConsoleBuilt,
  openConsoleBrowser,
  signInAsDemo,
  signInWithToken,
  withEvidence,
  type ConsoleBrowser,
  type PageWatch,
} from '../support/console-browser';
import { dataOf, executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { startAssessmentFor } from './support/cases';
import { errorNextTo, requestAccompaniment } from './support/entity-process';

/**
 * Polls `expression` in the page until it is true. Not page.waitForFunction: its polling evaluates
 * the string inside the page, which the console's CSP (no 'unsafe-eval') refuses.
 */
async function until(page: Page, expression: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`No se cumplió a tiempo: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** One screen checked: who, where, and its heading. */
interface Checked {
  who: string;
  path: string;
  heading: string;
}

/**
 * Waits until the screen itself is on the page (its heading, nothing left loading, and what each
 * screen draws after its data: the board's rows, the diagram, the charts), not just the shell.
 */
async function waitForScreen(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await until(page, `!document.querySelector('.loading')`);
  const path = new URL(page.url()).pathname;
  if (path === '/tablero') await page.locator('.board-count').waitFor();
  // The call itself, for every Ministry role (the ranking by score was once refused to advisors and evaluators).
  if (path.startsWith('/convocatorias/')) await page.getByRole('heading', { level: 2, name: 'Recursos' }).waitFor();
  if (path.startsWith('/casos/') && (await page.locator('.case-state').count()))
    await page.getByRole('img', { name: /Diagrama de estados/ }).waitFor();
  if (path === '/indice' && (await page.getByRole('figure').count())) {
    const charts = await page.getByRole('figure').count();
    await until(page, `document.querySelectorAll('.chart-canvas svg').length >= ${charts}`);
  }
  await until(page, `!document.querySelector('.loading')`);
}

/**
 * The checks every screen state passes: axe-core finds no serious or critical violation, there is
 * exactly one h1, and the tab's title names the screen (its heading, then the console's name).
 */
async function checkScreen(page: Page, who: string, checked: Checked[]): Promise<void> {
  await waitForScreen(page);
  const path = new URL(page.url()).pathname;
  const headings = await page.locator('h1').allTextContents();
  expect({ path, headings: headings.length }).toEqual({ path, headings: 1 });
  const heading = headings[0].trim();
  // Page sets the title in an effect, right after the heading is drawn.
  await until(page, `document.title === ${JSON.stringify(`${heading} · Consola CTI`)}`, 5_000).catch(() => undefined);
  expect({ path, title: await page.title() }).toEqual({ path, title: `${heading} · Consola CTI` });
  expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
  checked.push({ who, path, heading });
}

// axe-core on every screen of the console, as each role sees it: every entry of the person's menu,
// a case they may see, the call page, notifications, the sign-in page (signed out), the privacy
// notice (a person who has not accepted it), the 404 page and a form showing an API problem. Each
// screen also has exactly one h1 and a tab title that names it.
describe('consola web: accesibilidad de todas las pantallas (axe-core)', () => {
  let sys: TestSystem;
  let browser: ConsoleBrowser;
  const checked: Checked[] = [];

  beforeAll(async () => {
    ensureConsoleBuilt();
    sys = await startTestSystem({}, { demoData: true, worker: true });
    // Medellín has no case in the demo: a member of it (not one of the demo people) starts its assessment.
    await startAssessmentFor(sys, '05001');
    browser = await openConsoleBrowser(sys.url);
  }, 240_000);

  afterAll(async () => {
    if (checked.length)
      console.log(
        `Pantallas revisadas con axe-core (${checked.length}):\n${checked.map((c) => `  ${c.who} · ${c.path} · «${c.heading}»`).join('\n')}`,
      );
    await browser?.close();
    await sys?.stop();
  });

  /** A token of a demo person as the directory holds them (no enrolment), to find what they may see. */
  const demoToken = (subject: string) => mintToken(sys.config, { sub: subject });

  async function firstCaseId(token: string): Promise<string> {
    const res = dataOf<{ cases: { edges: { node: { id: string } }[] } }>(
      await executeText(sys.url, '{ cases(first: 1) { edges { node { id } } } }', {}, { token }),
    );
    expect(res.cases.edges.length).toBe(1);
    return res.cases.edges[0].node.id;
  }

  /** Every screen of the person's menu, followed through the menu's own links, then `extra` paths. */
  async function visitMenu(page: Page, watch: PageWatch, who: string, extra: string[]): Promise<void> {
    const menu = page.getByRole('navigation', { name: 'Menú principal' });
    const entries = await menu.getByRole('link').allTextContents();
    expect(entries.length).toBeGreaterThan(0);
    // The menu shows as `/` starts redirecting to the person's home: compare against the home, not `/`.
    await page.waitForURL((url) => url.pathname !== '/');
    for (const entry of entries) {
      await withEvidence(`a11y-${who}-${entry}`, page, watch, async () => {
        const link = menu.getByRole('link', { name: entry, exact: true });
        // The screen already open (the person's home) is not opened again: no new heading to focus.
        if (new URL(page.url()).pathname !== (await link.getAttribute('href'))) {
          await link.click();
          // Each new screen focuses its heading: then it is the new one on the page, not the last.
          await until(page, `document.activeElement && document.activeElement.id === 'page-title'`);
        }
        await checkScreen(page, who, checked);
      });
    }
    for (const path of extra) {
      await withEvidence(`a11y-${who}-${path}`, page, watch, async () => {
        await page.goto(`${sys.url}${path}`);
        await checkScreen(page, who, checked);
      });
    }
  }

  const MINISTRY = [
    { who: 'coordinación', person: /Coordinación CTI/, subject: 'coordinador@mintic.gov.co' },
    { who: 'asesoría', person: /Asesoría técnica/, subject: 'asesor@mintic.gov.co' },
    { who: 'evaluación', person: /Evaluación/, subject: 'evaluador@mintic.gov.co' },
    { who: 'control interno', person: /Control interno/, subject: 'auditor@controlinterno.gov.co' },
  ];

  it.each(MINISTRY)('$who: su menú, un trámite, una convocatoria y la página no encontrada', async ({ who, person, subject }) => {
    expect(DEMO_USERS.some((u) => u.subject === subject)).toBe(true);
    const token = await demoToken(subject);
    const caseId = await firstCaseId(token);
    const calls = dataOf<{ calls: { edges: { node: { id: string } }[] } }>(
      await executeText(sys.url, '{ calls(first: 1) { edges { node { id } } } }', {}, { token }),
    );
    const extra = [`/casos/${encodeURIComponent(caseId)}`, '/no-existe-esta-pantalla'];
    if (calls.calls.edges.length) extra.push(`/convocatorias/${encodeURIComponent(calls.calls.edges[0].node.id)}`);
    const { context, page, watch } = await browser.newPerson();
    await signInAsDemo(page, sys.url, person);
    await visitMenu(page, watch, who, extra);
    watch.assertClean();
    await context.close();
  });

  it('representante de la entidad: su menú, su trámite y un formulario con el problema de la API junto al campo', async () => {
    const caseId = await firstCaseId(await demoToken('alcalde@medellin.gov.co'));
    const { context, page, watch } = await browser.newPerson();
    await signInAsDemo(page, sys.url, /Alcaldía de Medellín/);
    await visitMenu(page, watch, 'representante', [`/casos/${encodeURIComponent(caseId)}`, '/no-existe-esta-pantalla']);
    await withEvidence('a11y-formulario-con-problema', page, watch, async () => {
      await page.goto(`${sys.url}/acompanamiento`);
      await waitForScreen(page);
      await requestAccompaniment(page, { topic: 'Apoyo para diligenciar el autodiagnóstico', description: 'Muy corta' });
      await page
        .locator('.field', { has: page.getByLabel('¿Qué necesita la entidad?') })
        .locator('.react-aria-FieldError')
        .waitFor();
      expect(await errorNextTo(page, '¿Qué necesita la entidad?')).toMatch(/\S/);
      await checkScreen(page, 'representante (problema de la API)', checked);
    });
    watch.assertClean();
    await context.close();
  });

  it('funcionario(a) de la entidad: su menú y su trámite', async () => {
    const caseId = await firstCaseId(await demoToken('funcionario@medellin.gov.co'));
    const { context, page, watch } = await browser.newPerson();
    await signInAsDemo(page, sys.url, /Funcionario\(a\) de Medellín/);
    await visitMenu(page, watch, 'funcionario', [`/casos/${encodeURIComponent(caseId)}`]);
    watch.assertClean();
    await context.close();
  });

  it('otra entidad: el trámite de Medellín por su dirección es una pantalla con su título, no un aviso suelto', async () => {
    const caseId = encodeURIComponent(await firstCaseId(await demoToken('funcionario@medellin.gov.co')));
    const { context, page, watch } = await browser.newPerson();
    await signInWithToken(page, sys.url, await sys.token(Role.ENTITY_REPRESENTATIVE, '76001'), '/ruta');
    for (const path of [`/casos/${caseId}`, `/acompanamiento/${caseId}`, `/cofinanciacion/${caseId}`]) {
      await withEvidence(`a11y-cali-${path.split('/')[1]}`, page, watch, async () => {
        await page.goto(`${sys.url}${path}`);
        await page
          .getByRole('alert')
          .filter({ hasText: /no existe o no tiene acceso/ })
          .waitFor();
        await checkScreen(page, 'representante de Cali', checked);
      });
    }
    watch.assertClean();
    await context.close();
  });

  it('sin sesión: la página de entrada', async () => {
    const { context, page, watch } = await browser.newPerson();
    await withEvidence('a11y-entrar', page, watch, async () => {
      await page.goto(`${sys.url}/entrar`);
      await page.getByRole('list', { name: 'Personas de demostración' }).getByRole('button').first().waitFor();
      await checkScreen(page, 'sin sesión', checked);
    });
    watch.assertClean();
    await context.close();
  });

  it('una persona que no ha aceptado el aviso de privacidad solo ve el aviso', async () => {
    const subject = 'nueva.funcionaria@medellin.test';
    await sys.system.api.services.people.enroll({
      subject,
      role: Role.ENTITY_MEMBER,
      entityCode: '05001',
      email: subject,
      name: 'Nueva funcionaria de Medellín',
      acceptPrivacy: false,
    });
    const { context, page, watch } = await browser.newPerson();
    await withEvidence('a11y-aviso-privacidad', page, watch, async () => {
      await signInWithToken(page, sys.url, await mintToken(sys.config, { sub: subject }), '/ruta');
      await page.getByRole('button', { name: 'Aceptar y continuar' }).waitFor();
      expect(await page.getByRole('navigation', { name: 'Menú principal' }).count()).toBe(0);
      await checkScreen(page, 'sin aceptar el aviso', checked);
    });
    watch.assertClean();
    await context.close();
  });

  it('cubre cada ruta de la consola al menos una vez', () => {
    const seen = new Set(checked.map((c) => c.path.replace(/^\/(casos|convocatorias|acompanamiento|cofinanciacion)\/.+/, '/$1/:id')));
    for (const path of [
      '/entrar',
      '/ruta',
      '/autodiagnostico',
      '/acompanamiento',
      '/cofinanciacion',
      '/seguimiento',
      '/notificaciones',
      '/tablero',
      '/casos/:id',
      '/convocatorias',
      '/convocatorias/:id',
      '/acompanamiento/:id',
      '/cofinanciacion/:id',
      '/indice',
      '/personas',
      '/informes',
      '/no-existe-esta-pantalla',
    ])
      expect({ path, seen: seen.has(path) }).toEqual({ path, seen: true });
  });
});
