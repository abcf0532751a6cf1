import {
  axeViolations,
  ensureConsoleBuilt,
  openConsoleBrowser,
  signInAsDemo,
  withEvidence,
  type ConsoleBrowser,
} from '../support/console-browser';
import { samplePdf } from '../support/documents';
import { dataOf, executeText } from '../support/http';
import { proposedPlan, REPORTED_PRODUCT } from '../support/progress-reports';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { choose, medellinActors } from './support/entity-process';

// Execution follow-up in a real browser: Medellín's action plan (imported by its representative and
// approved by the coordination through the API, this year's period already running) shows the
// Bogotá method's figures with the semáforo in words; the representative files the period's
// progress report with one annex uploaded through tus, and it is listed in review with the annex.
describe('consola web: seguimiento a la ejecución de la entidad', () => {
  let sys: TestSystem;
  let browser: ConsoleBrowser;
  let year: number;

  beforeAll(async () => {
    ensureConsoleBuilt();
    sys = await startTestSystem({}, { demoData: true, worker: true });
    const who = await medellinActors(sys);
    const plan = await proposedPlan(sys, { representative: who.representative, coordinator: who.coordinator });
    year = plan.year;
    dataOf(
      await executeText(
        sys.url,
        `mutation A($input: CaseDecisionInput!) { approvePlanVersion(input: $input) { case { id } } }`,
        { input: { caseId: plan.reviewCase } },
        { token: who.coordinator },
      ),
    );
    browser = await openConsoleBrowser(sys.url);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await sys?.stop();
  });

  it('muestra el semáforo con texto y radica un reporte de avance con un anexo', async () => {
    const { page, watch } = browser;
    await withEvidence('seguimiento-plan', page, watch, async () => {
      await signInAsDemo(page, sys.url, /Alcaldía de Medellín/);
      await page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Seguimiento' }).click();
      await page.getByRole('heading', { level: 2, name: 'Plan de acción de prueba' }).waitFor();
      await page
        .getByText(/Medición oficial/)
        .first()
        .waitFor();
      // Nothing reported yet: the product's semáforo is "sin dato", said in words beside the dot.
      const semaforo = page.getByRole('table', { name: /Semáforo por producto/ });
      const row = semaforo.getByRole('row', { name: new RegExp(`${REPORTED_PRODUCT.replace('.', '\\.')} · Trámites en línea`) });
      expect(await row.getByRole('cell').last().textContent()).toMatch(/Sin dato/i);
      expect(await page.getByRole('list', { name: 'Productos por color del semáforo' }).textContent()).toMatch(/Cumplimiento alto: 0/);
      expect(await axeViolations(page)).toEqual([]);
    });

    await withEvidence('seguimiento-reporte', page, watch, async () => {
      await choose(page, 'Periodo', new RegExp(`^${year}\\b`));
      await page.getByLabel(`Valor del periodo para ${REPORTED_PRODUCT}`).fill('40');
      await page.getByLabel(`Valor del periodo para ${REPORTED_PRODUCT}`).press('Tab');
      await page
        .getByLabel(`Avance cualitativo de ${REPORTED_PRODUCT}`)
        .fill('Se pusieron en línea 40 trámites de la alcaldía en el periodo.');
      await page
        .getByLabel(`Anexo de ${REPORTED_PRODUCT} (opcional)`)
        .setInputFiles({ name: 'evidencia-tramites.pdf', mimeType: 'application/pdf', buffer: samplePdf('Trámites en línea') });
      await page.getByRole('button', { name: 'Radicar el reporte' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /^Reporte radicado\./ })
        .waitFor();
      const reports = page.getByRole('table', { name: 'Reportes de avance del plan' });
      await reports.getByRole('link', { name: 'evidencia-tramites.pdf' }).waitFor();
      expect(await reports.getByRole('row').nth(1).textContent()).toContain(`${REPORTED_PRODUCT}: 40`);
      expect(await axeViolations(page)).toEqual([]);
      watch.assertClean();
    });
  });
});
