import {
  axeViolations,
  ensureConsoleBuilt,
  openConsoleBrowser,
  signInAsDemo,
  withEvidence,
  type ConsoleBrowser,
} from '../support/console-browser';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { answerAndSubmit, boardPerformance, chooseOption, startAssessmentFor } from './support/cases';

const ASSESSMENT = 'Autodiagnóstico del Modelo de Madurez';
const ACCOMPANIMENT = 'Solicitud de acompañamiento técnico';

// The coordinator's caseload board in a real browser: the demo's cases, filters kept in the URL,
// and changes made elsewhere (through the API, as the entity would) shown live, without a reload.
describe('consola web: tablero de casos', () => {
  let sys: TestSystem;
  let browser: ConsoleBrowser;

  beforeAll(async () => {
    ensureConsoleBuilt();
    sys = await startTestSystem({}, { demoData: true, worker: true });
    browser = await openConsoleBrowser(sys.url);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await sys?.stop();
  });

  const table = () => browser.page.getByRole('table');
  const rowOf = (entity: string | RegExp) =>
    table()
      .getByRole('row')
      .filter({ has: browser.page.getByRole('link', { name: entity }) });

  it('muestra los casos de la demostración con sus términos, y los filtros quedan en la dirección', async () => {
    const { page, watch } = browser;
    await withEvidence('tablero-filtros', page, watch, async () => {
      await signInAsDemo(page, sys.url, /Coordinación CTI/);
      await page.waitForURL(/\/tablero$/);
      await rowOf('Barranquilla').first().waitFor();
      expect(await rowOf(/bogotá/i).count()).toBeGreaterThan(0);
      expect(await table().getByRole('columnheader').allTextContents()).toEqual([
        'Entidad',
        'Proceso',
        'Estado',
        'Términos',
        'Último cambio',
      ]);
      // Barranquilla's request was never answered in its term: the board says so in words.
      const barranquilla = rowOf('Barranquilla').filter({ hasText: ACCOMPANIMENT });
      await barranquilla.getByText('Vencido', { exact: true }).first().waitFor();
      expect(await barranquilla.textContent()).toMatch(/vencido hace \d+ días? hábil/);
      expect((await boardPerformance(page)).firstRender).toBe(1);
      expect(await axeViolations(page)).toEqual([]);

      await chooseOption(page, 'Proceso', ACCOMPANIMENT);
      await page.waitForURL(/[?&]proceso=ACCOMPANIMENT/);
      await page.getByText(/^Mostrando \d+ de \d+ trámites\.$/).waitFor();
      await expectEveryRow(ACCOMPANIMENT);
      await page.getByRole('checkbox', { name: 'Solo con términos vencidos' }).click({ force: true });
      await page.waitForURL(/vencidos=si/);
      await rowOf('Barranquilla').first().waitFor();
      await expectEveryRow(ACCOMPANIMENT);
      for (const row of await table().locator('tbody tr').all())
        expect(await row.getByText('Vencido', { exact: true }).count()).toBeGreaterThan(0);

      // The address reproduces the view.
      const url = page.url();
      await page.goto('about:blank');
      await page.goto(url);
      await rowOf('Barranquilla').first().waitFor();
      expect(await page.getByRole('checkbox', { name: 'Solo con términos vencidos' }).isChecked()).toBe(true);
      expect(await page.locator('.field', { hasText: 'Proceso' }).getByRole('button').textContent()).toContain(ACCOMPANIMENT);
      await expectEveryRow(ACCOMPANIMENT);
      expect(await axeViolations(page)).toEqual([]);
      watch.assertClean();
    });
  });

  it('recibe en vivo el caso nuevo de una entidad y su cambio de estado, sin recargar', async () => {
    const { page, watch } = browser;
    await withEvidence('tablero-en-vivo', page, watch, async () => {
      await page.goto(`${sys.url}/tablero?proceso=MATURITY_ASSESSMENT`);
      await page.getByText(/^Mostrando \d+ de \d+ trámites\.$/).waitFor();
      expect(await rowOf(/medellín/i).count()).toBe(0);
      await page.evaluate('window.__mismaPagina = true');

      // Medellín starts its assessment elsewhere: a case that newly matches the filter appears.
      const started = await startAssessmentFor(sys, '05001');
      const row = table().locator(`tr[data-case-id="${started.id}"]`);
      await row.waitFor();
      expect(await row.getByRole('link').textContent()).toMatch(/medellín/i);
      expect(await row.locator('.board-state').textContent()).toBe(started.stateLabel);

      // The entity files it: the row changes state in place, announced politely.
      const submitted = await answerAndSubmit(sys, '05001', started.id);
      expect(submitted.stateLabel).not.toBe(started.stateLabel);
      await row.locator('.board-state', { hasText: submitted.stateLabel }).waitFor();
      await page
        .getByRole('status')
        .filter({ hasText: /casos? actualizados?/ })
        .waitFor();
      expect(await page.evaluate('window.__mismaPagina')).toBe(true);
      await expectEveryRow(ASSESSMENT);

      const perf = await boardPerformance(page);
      expect(perf.updates).toBeGreaterThanOrEqual(2);
      expect(perf.measures.length).toBe(perf.updates);
      expect(perf.measures.every((d) => d >= 0)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      // Each row leads to its case.
      await row.getByRole('link').click();
      await page.waitForURL(new RegExp(`/casos/${encodeURIComponent(started.id)}$`));
      await page.getByRole('heading', { level: 1, name: /medellín/i }).waitFor();
      watch.assertClean();
    });
  });

  async function expectEveryRow(processLabel: string) {
    const cells = await table().locator('tbody tr td:nth-child(2)').allTextContents();
    expect(cells.length).toBeGreaterThan(0);
    expect(new Set(cells)).toEqual(new Set([processLabel]));
  }
});
