import type { Page } from 'playwright-core';

import { DEMO_USERS } from '../../src/app/demo.seed';
import { mintToken } from '../../src/core/auth/jwt';
import {
  axeViolations,
  ensureConsoleBuilt,
  openConsoleBrowser,
  signInAsDemo,
  withEvidence,
  type ConsoleBrowser,
  type PageWatch,
} from '../support/console-browser';
import { samplePdf } from '../support/documents';
import { dataOf, executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { chooseOption, sendAction } from './support/cases';
import { answerWholeAssessment, latestAssessment, submitAssessment } from './support/entity';
import { fillApplication, requestAccompaniment, saveApplication, submitApplication } from './support/entity-process';

const ASSESSMENT = 'Autodiagnóstico del Modelo de Madurez';
const APPLICATION = 'Postulación a cofinanciación';

// Medellín's whole journey through the console alone (the issue's "Done when"): the coordinator
// keeps the caseload board open while Medellín's representative answers and submits its
// self-assessment (one evidence file uploaded); the board shows it live; the coordinator reviews
// and validates it with the case page's action forms; Medellín then requests a roadmap
// accompaniment and saves and submits an application with two budget lines, which the board shows.
// Nothing drives the journey through the API: it is only read, to check what the screens did.
describe('consola web: el recorrido de Medellín, solo por la consola', () => {
  let sys: TestSystem;
  let browser: ConsoleBrowser;
  const timings: [string, number][] = [];

  beforeAll(async () => {
    ensureConsoleBuilt();
    sys = await startTestSystem({}, { demoData: true, worker: true });
    browser = await openConsoleBrowser(sys.url);
  }, 240_000);

  afterAll(async () => {
    if (timings.length)
      console.log(`Duración de cada etapa del recorrido:\n${timings.map(([s, ms]) => `  ${s}: ${(ms / 1000).toFixed(1)} s`).join('\n')}`);
    await browser?.close();
    await sys?.stop();
  });

  /** One stage, timed, with evidence kept on failure. */
  async function stage<T>(name: string, page: Page, watch: PageWatch, step: () => Promise<T>): Promise<T> {
    const started = Date.now();
    const result = await withEvidence(`recorrido-${name}`, page, watch, step);
    timings.push([name, Date.now() - started]);
    return result;
  }

  /** A token of a demo person as they are (no enrolment: the demo people stay who they are), to read through the API. */
  const demoToken = (subject: string) => {
    const person = DEMO_USERS.find((u) => u.subject === subject)!;
    return mintToken(sys.config, { sub: person.subject, name: person.name });
  };

  it('Medellín hace su recorrido y la coordinación lo sigue en vivo y valida, todo por la consola', async () => {
    const coordinator = { page: browser.page, watch: browser.watch };
    const medellin = await browser.newPerson();
    const table = () => coordinator.page.getByRole('table');
    const medellinRow = () =>
      table()
        .locator('tbody tr')
        .filter({ has: coordinator.page.getByRole('link', { name: /medellín/i }) });

    await stage('tablero-abierto', coordinator.page, coordinator.watch, async () => {
      const { page } = coordinator;
      await signInAsDemo(page, sys.url, /Coordinación CTI/);
      await page.waitForURL(/\/tablero$/);
      await chooseOption(page, 'Proceso', ASSESSMENT);
      await page.waitForURL(/[?&]proceso=MATURITY_ASSESSMENT/);
      await page.getByText(/^Mostrando \d+ de \d+ trámites\.$/).waitFor();
      expect(await medellinRow().count()).toBe(0);
      // Marks this document: a reload would lose it, so the live update is proven to need none.
      await page.evaluate('window.__mismaPagina = true');
      expect(await axeViolations(page)).toEqual([]);
    });

    await stage('ruta-inicial', medellin.page, medellin.watch, async () => {
      const { page } = medellin;
      await signInAsDemo(page, sys.url, /Alcaldía de Medellín/);
      await page.waitForURL(/\/ruta$/);
      const next = page.getByRole('region', { name: 'Siguiente paso' });
      await next.getByText(/Inicie el autodiagnóstico/).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await next.getByRole('link', { name: 'Ir al autodiagnóstico' }).click();
      await page.getByRole('button', { name: 'Iniciar autodiagnóstico' }).click();
      await page.getByRole('tablist', { name: 'Dimensiones del modelo' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });

    await stage('tablero-caso-nuevo', coordinator.page, coordinator.watch, async () => {
      // The case Medellín just started appears on the open board.
      await medellinRow().locator('.board-state', { hasText: 'Borrador' }).waitFor();
    });

    let uploadedTo: string | null = null;
    await stage('autodiagnostico-respondido', medellin.page, medellin.watch, async () => {
      const { page } = medellin;
      ({ uploadedTo } = await answerWholeAssessment(page, {
        evidenceFile: { name: 'plan-tic-medellin.pdf', mimeType: 'application/pdf', buffer: samplePdf('Plan TIC de Medellín') },
      }));
      expect(uploadedTo).not.toBeNull();
      await page.getByText('Avance total: 60 de 60 respondidas').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });

    await stage('autodiagnostico-enviado', medellin.page, medellin.watch, async () => {
      const { page } = medellin;
      await submitAssessment(page);
      await page.getByRole('region', { name: 'Estado' }).getByText('Enviado', { exact: true }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });

    await stage('tablero-en-vivo', coordinator.page, coordinator.watch, async () => {
      const { page } = coordinator;
      await medellinRow().locator('.board-state', { hasText: 'Enviado' }).waitFor();
      expect(await page.evaluate('window.__mismaPagina')).toBe(true);
      await page
        .getByRole('status')
        .filter({ hasText: /casos? actualizados?/ })
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });

    // What the screens did, read through the API: submitted, 60 answers, the uploaded file stored.
    const submitted = (await latestAssessment(sys.url, await demoToken('funcionario@medellin.gov.co')))!;
    expect(submitted.state).toBe('submitted');
    expect(submitted.answers).toHaveLength(60);
    expect(submitted.answers.find((a) => a.questionId === uploadedTo)!.evidence).toEqual([
      expect.objectContaining({ document: expect.objectContaining({ name: 'plan-tic-medellin.pdf', status: 'AVAILABLE' }) }),
    ]);

    await stage('caso-validado', coordinator.page, coordinator.watch, async () => {
      const { page } = coordinator;
      await medellinRow().getByRole('link').click();
      await page.getByRole('heading', { level: 1, name: new RegExp(`${ASSESSMENT}: medellín`, 'i') }).waitFor();
      expect(await page.locator('.case-state').textContent()).toBe('Enviado');
      expect(await axeViolations(page)).toEqual([]);
      await sendAction(page, 'Iniciar la revisión');
      await page.locator('.case-state', { hasText: 'En revisión' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await sendAction(page, 'Validar');
      await page.locator('.case-state', { hasText: 'Validado' }).waitFor();
      await page.getByText('No tiene acciones disponibles en este trámite.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });

    await stage('ruta-validado', medellin.page, medellin.watch, async () => {
      const { page } = medellin;
      await page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Mi ruta' }).click();
      await page.waitForURL(/\/ruta$/);
      await page.getByRole('region', { name: 'Autodiagnóstico de madurez' }).getByText('Validado', { exact: true }).waitFor();
      const next = page.getByRole('region', { name: 'Siguiente paso' });
      await next.getByRole('link', { name: 'Postularse a cofinanciación' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await next.getByRole('link', { name: 'Solicitar acompañamiento' }).click();
      await page.getByRole('heading', { level: 1, name: 'Acompañamiento técnico' }).waitFor();
    });

    await stage('acompanamiento-solicitado', medellin.page, medellin.watch, async () => {
      const { page } = medellin;
      // A roadmap, refused before the validation (test/console/entity-process-accompaniment), now allowed.
      await requestAccompaniment(page, {
        topic: 'Hoja de ruta a partir del autodiagnóstico validado',
        dimensions: ['Gobernanza', 'Personas'],
        description: 'Queremos una hoja de ruta que priorice las iniciativas de ciudad inteligente a partir del autodiagnóstico validado.',
        modality: 'Virtual',
      });
      await page.getByRole('status').filter({ hasText: 'Solicitud registrada.' }).waitFor();
      await page.getByRole('row', { name: /Hoja de ruta a partir del autodiagnóstico validado/ }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });

    await stage('tablero-postulaciones', coordinator.page, coordinator.watch, async () => {
      const { page } = coordinator;
      await page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Tablero de casos' }).click();
      await page.getByText(/^Mostrando \d+ de \d+ trámites\.$/).waitFor();
      await chooseOption(page, 'Proceso', APPLICATION);
      await page.waitForURL(/[?&]proceso=COFINANCING_APPLICATION/);
      await page.getByText(/^Mostrando \d+ de \d+ trámites\.$/).waitFor();
      expect(await medellinRow().count()).toBe(0);
    });

    await stage('postulacion-guardada', medellin.page, medellin.watch, async () => {
      const { page } = medellin;
      await page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Cofinanciación' }).click();
      await page.getByRole('heading', { level: 1, name: 'Cofinanciación' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: /^Postularse a «Convocatoria de cofinanciación CTI/ }).click();
      await page.getByRole('heading', { level: 2, name: /^Convocatoria:/ }).waitFor();
      await fillApplication(page, {
        title: 'Medellín ciudad de datos',
        description: 'Plataforma de datos abiertos de la ciudad y formación de servidores públicos en analítica de datos.',
        dimensions: ['Gobernanza', 'Personas'],
        lines: [
          {
            component: 'Equipos',
            description: 'Servidores y almacenamiento para datos abiertos',
            futic: 300_000_000,
            counterpart: 90_000_000,
          },
          { component: 'Formación', description: 'Diplomado en analítica de datos', futic: 100_000_000, counterpart: 30_000_000 },
        ],
      });
      await page
        .locator('section.totals')
        .getByRole('row', { name: /Total del proyecto/ })
        .getByText(/520\.000\.000/)
        .waitFor();
      await saveApplication(page);
      await page.getByRole('status').filter({ hasText: 'Borrador guardado.' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });

    await stage('postulacion-radicada', medellin.page, medellin.watch, async () => {
      const { page } = medellin;
      await submitApplication(page);
      await page
        .getByRole('status')
        .filter({ hasText: /Estado: Radicada/i })
        .first()
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });

    await stage('tablero-postulacion', coordinator.page, coordinator.watch, async () => {
      const { page } = coordinator;
      await medellinRow().locator('.board-state', { hasText: 'Radicada' }).waitFor();
      expect(await medellinRow().locator('td').nth(0).textContent()).toBe(APPLICATION);
      expect(await axeViolations(page)).toEqual([]);
    });

    // The API holds the application as the form left it: two lines, submitted.
    const rep = await demoToken('alcalde@medellin.gov.co');
    const res = dataOf<{
      me: { entity: { journey: { application: { id: string; state: string } | null; advisory: { state: string } | null } } };
    }>(await executeText(sys.url, '{ me { entity { journey { application { id state } advisory { state } } } } }', {}, { token: rep }));
    const { application, advisory } = res.me.entity.journey;
    expect(application?.state).toBe('submitted');
    expect(advisory).not.toBeNull();
    const app = dataOf<{
      application: { title: string; budgetLines: { component: string; futicAmount: number; counterpartAmount: number }[] };
    }>(
      await executeText(
        sys.url,
        'query ($id: ID!) { application(id: $id) { title budgetLines { component futicAmount counterpartAmount } } }',
        { id: application!.id },
        { token: rep },
      ),
    );
    expect(app.application.title).toBe('Medellín ciudad de datos');
    expect(app.application.budgetLines.map((l) => [l.component, l.futicAmount, l.counterpartAmount])).toEqual([
      ['EQUIPMENT', 300_000_000, 90_000_000],
      ['TRAINING', 100_000_000, 30_000_000],
    ]);

    coordinator.watch.assertClean();
    medellin.watch.assertClean();
  });
});
