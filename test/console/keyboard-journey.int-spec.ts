import type { Page } from 'playwright-core';

import { mintToken } from '../../src/core/auth/jwt';
import { axeViolations, ensureConsoleBuilt, openConsoleBrowser, withEvidence, type ConsoleBrowser } from '../support/console-browser';
import { dataOf, executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { validatedAssessment } from '../support/workflow';
import { medellinActors } from './support/entity-process';

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

/** What has focus now, as a person using a screen reader and a keyboard would meet it. */
interface Focused {
  tag: string;
  role: string | null;
  /** The accessible name, roughly as the browser computes it (aria-label(ledby), label, text). */
  name: string;
  id: string;
  invalid: boolean;
  /** The focus is drawn: an outline on the element or on the control that wraps it, or the option's highlight. */
  visible: boolean;
}

// A string, not a function: the suites' TypeScript has no DOM types.
const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const text = (node) => (node ? node.textContent.replace(/\\s+/g, ' ').trim() : '');
  const byIds = (ids) => ids.split(/\\s+/).map((id) => text(document.getElementById(id))).join(' ').trim();
  const name =
    (el.getAttribute('aria-labelledby') && byIds(el.getAttribute('aria-labelledby'))) ||
    el.getAttribute('aria-label') ||
    (el.labels && el.labels.length ? Array.from(el.labels).map(text).join(' ') : '') ||
    text(el);
  const drawn = (node) => {
    if (!node) return false;
    const style = getComputedStyle(node);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  };
  const wrapper = el.closest('[data-focus-visible]');
  const option = el.getAttribute('role') === 'option' && el.hasAttribute('data-focused');
  const optionShaded = option && getComputedStyle(el).backgroundColor !== getComputedStyle(el.parentElement).backgroundColor;
  return {
    tag: el.tagName.toLowerCase(),
    role: el.getAttribute('role'),
    name,
    id: el.id,
    invalid: el.getAttribute('aria-invalid') === 'true',
    visible:
      (el.matches(':focus-visible') && drawn(el)) ||
      (wrapper !== null && (drawn(wrapper) || drawn(wrapper.querySelector('.checkbox-box')))) ||
      optionShaded,
  };
})()`;

const focused = async (page: Page): Promise<Focused | null> => (await page.evaluate(FOCUSED)) as Focused | null;

const describeFocus = (f: Focused | null) => (f ? `${f.tag}${f.role ? `[${f.role}]` : ''} «${f.name.slice(0, 60)}»` : '(nada)');

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, at most `maxTabs` times; fails with
 * every element visited. The element it stops on must show its focus.
 */
async function tabTo(page: Page, matches: (f: Focused) => boolean, maxTabs = 40, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<Focused> {
  const visited: string[] = [];
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    visited.push(describeFocus(now));
    if (now && matches(now)) {
      if (!now.visible) throw new Error(`El foco en ${describeFocus(now)} no se ve`);
      return now;
    }
  }
  throw new Error(`Tras ${maxTabs} × ${key} el foco no llegó a lo buscado. Recorrido:\n${visited.join('\n')}`);
}

const named = (name: string | RegExp, tag?: string) => (f: Focused) =>
  (typeof name === 'string' ? f.name === name : name.test(f.name)) && (!tag || f.tag === tag);

/** Asserts the focus is where expected and drawn. */
async function expectFocus(page: Page, matches: (f: Focused) => boolean): Promise<Focused> {
  const now = await focused(page);
  if (!now || !matches(now)) throw new Error(`El foco está en ${describeFocus(now)}`);
  if (!now.visible) throw new Error(`El foco en ${describeFocus(now)} no se ve`);
  return now;
}

/** Replaces what the focused field holds with `text`, by keyboard. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Opens the focused Select with the keyboard and moves to `option`, then chooses it with Enter. */
async function chooseWithKeyboard(page: Page, option: string): Promise<void> {
  await page.keyboard.press('ArrowDown');
  const visited: string[] = [];
  for (let i = 0; i < 10; i++) {
    const now = await focused(page);
    visited.push(describeFocus(now));
    if (now?.role === 'option' && now.name === option) {
      if (!now.visible) throw new Error(`La opción ${option} enfocada no se distingue`);
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`La opción «${option}» no se alcanzó con las flechas: ${visited.join(', ')}`);
}

// One whole journey with the keyboard alone (WCAG 2.1.1): Medellín's representative, its
// assessment validated beforehand through the API, signs in from the demo list, skips to the
// content, goes to Cofinanciación through the menu, starts an application, writes two budget lines
// (components chosen in the Select with the arrows), meets the API's problem on one amount (an
// alert, and the field reachable and marked invalid), fixes it, saves and submits. Only Tab,
// Shift+Tab, Enter, Space, arrows and typing; locators only read what is shown.
describe('consola web: un recorrido completo solo con el teclado', () => {
  let sys: TestSystem;
  let browser: ConsoleBrowser;

  beforeAll(async () => {
    ensureConsoleBuilt();
    sys = await startTestSystem({}, { demoData: true, worker: true });
    const who = await medellinActors(sys);
    const cycles = dataOf<{ cycles: { edges: { node: { id: string; open: boolean } }[] } }>(
      await executeText(sys.url, '{ cycles(first: 5) { edges { node { id open } } } }', {}, { token: who.coordinator }),
    );
    await validatedAssessment(sys, who, cycles.cycles.edges.find((e) => e.node.open)!.node.id);
    browser = await openConsoleBrowser(sys.url);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await sys?.stop();
  });

  it('la representante de Medellín se postula y radica sin usar el ratón', async () => {
    const { page, watch } = browser;

    await withEvidence('teclado-entrar', page, watch, async () => {
      await page.goto(`${sys.url}/entrar`);
      await page.getByRole('list', { name: 'Personas de demostración' }).getByRole('button').first().waitFor();
      await tabTo(page, named(/^Alcaldía de Medellín/, 'button'));
      await page.keyboard.press('Enter');
      await page.getByRole('navigation', { name: 'Menú principal' }).waitFor();
      await page.waitForURL(/\/ruta$/);
      await page.getByRole('region', { name: 'Siguiente paso' }).waitFor();
    });

    await withEvidence('teclado-saltar', page, watch, async () => {
      // The screen's heading has focus after each navigation; the skip link is first on the page.
      await tabTo(page, named('Saltar al contenido', 'a'), 20, 'Shift+Tab');
      await page.keyboard.press('Enter');
      await until(page, `document.activeElement && document.activeElement.id === 'contenido'`);
      // From the main content, Tab goes on inside it, not back to the menu.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(`document.getElementById('contenido').contains(document.activeElement)`)).toBe(true);
      expect((await focused(page))!.visible).toBe(true);
    });

    await withEvidence('teclado-menu', page, watch, async () => {
      await tabTo(page, named('Cofinanciación', 'a'), 20, 'Shift+Tab');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Cofinanciación' }).waitFor();
      await until(page, `document.activeElement && document.activeElement.id === 'page-title'`);
      await tabTo(page, named(/^Postularse a «Convocatoria de cofinanciación CTI/, 'button'));
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: /^Convocatoria:/ }).waitFor();
    });

    await withEvidence('teclado-datos', page, watch, async () => {
      await tabTo(page, named('Título del proyecto', 'input'));
      await page.keyboard.type('Medellín conectada');
      await page.keyboard.press('Tab');
      await expectFocus(page, named('Descripción del proyecto', 'textarea'));
      await page.keyboard.type('Puntos de acceso público y formación en competencias digitales para las comunas de la ciudad.');
      await tabTo(page, named('Gobernanza', 'input'));
      await page.keyboard.press('Space');
      await page.locator('label.checkbox[data-selected]', { hasText: 'Gobernanza' }).waitFor();
      await tabTo(page, named('Personas', 'input'));
      await page.keyboard.press('Space');
      await page.locator('label.checkbox[data-selected]', { hasText: 'Personas' }).waitFor();
    });

    const line = async (n: number, component: string, description: string, futic: string, counterpart: string) => {
      await tabTo(page, named('Agregar línea', 'button'));
      await page.keyboard.press('Enter');
      await page.getByRole('listitem', { name: `Línea ${n}` }).waitFor();
      // The new line is before the button: back to its component.
      await tabTo(page, (f) => f.tag === 'button' && f.name.endsWith(`Componente de la línea ${n}`), 10, 'Shift+Tab');
      await chooseWithKeyboard(page, component);
      await page.getByRole('button', { name: new RegExp(`^${component}.*Componente de la línea ${n}$`) }).waitFor();
      await expectFocus(page, (f) => f.tag === 'button' && f.name.endsWith(`Componente de la línea ${n}`));
      await page.keyboard.press('Tab');
      await expectFocus(page, named(`Descripción de la línea ${n}`, 'input'));
      await page.keyboard.type(description);
      await page.keyboard.press('Tab');
      await expectFocus(page, named(`Aporte FUTIC de la línea ${n}`, 'input'));
      await page.keyboard.type(futic);
      await page.keyboard.press('Tab');
      await expectFocus(page, named(`Contrapartida de la línea ${n}`, 'input'));
      await page.keyboard.type(counterpart);
      await page.keyboard.press('Tab');
    };

    await withEvidence('teclado-lineas', page, watch, async () => {
      await line(1, 'Servicios tecnológicos', 'Conectividad de puntos de acceso público', '200000000', '60000000');
      // The second line's FUTIC amount is negative: the API refuses it.
      await line(2, 'Formación', 'Formación en competencias digitales', '-5000', '20000000');
      await page.getByText(/Total del proyecto/).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });

    await withEvidence('teclado-problema', page, watch, async () => {
      await tabTo(page, named('Guardar borrador', 'button'));
      await page.keyboard.press('Enter');
      // The refusal is announced (its wording is the form's; what matters is the alert and the field).
      await page.getByRole('alert').first().waitFor();
      // The field with the problem is reachable, marked invalid and described by its error.
      const field = await tabTo(page, named('Aporte FUTIC de la línea 2', 'input'), 20, 'Shift+Tab');
      expect(field.invalid).toBe(true);
      const described = (await page.evaluate(
        `(() => { const ids = (document.activeElement.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean);
          return ids.map((id) => document.getElementById(id)?.textContent || '').join(' ').trim(); })()`,
      )) as string;
      expect(described).toMatch(/\S/);
      expect(await axeViolations(page)).toEqual([]);
      await retype(page, '100000000');
      await page.keyboard.press('Tab');
      await tabTo(page, named('Guardar borrador', 'button'));
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Borrador guardado.' }).waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
    });

    await withEvidence('teclado-radicar', page, watch, async () => {
      await tabTo(page, named('Radicar la postulación', 'button'), 60);
      await page.keyboard.press('Enter');
      await page.getByText(/^Postulación radicada\./).waitFor();
      await page
        .getByRole('status')
        .filter({ hasText: /Estado: Radicada/i })
        .first()
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      watch.assertClean();
    });

    // What the keyboard did, read through the API with the demo representative's own identity.
    const rep = await mintToken(sys.config, { sub: 'alcalde@medellin.gov.co' });
    const journey = dataOf<{ me: { entity: { journey: { application: { id: string; state: string } } } } }>(
      await executeText(sys.url, '{ me { entity { journey { application { id state } } } } }', {}, { token: rep }),
    );
    expect(journey.me.entity.journey.application.state).toBe('submitted');
    const app = dataOf<{ application: { title: string; dimensions: string[]; budgetLines: { component: string; futicAmount: number }[] } }>(
      await executeText(
        sys.url,
        'query ($id: ID!) { application(id: $id) { title dimensions budgetLines { component futicAmount } } }',
        { id: journey.me.entity.journey.application.id },
        { token: rep },
      ),
    );
    expect(app.application.title).toBe('Medellín conectada');
    expect(app.application.dimensions).toHaveLength(2);
    expect(app.application.budgetLines).toEqual([
      { component: 'TECHNOLOGICAL_SERVICES', futicAmount: 200_000_000 },
      { component: 'TRAINING', futicAmount: 100_000_000 },
    ]);
  });
});
