import { Role } from '../../src/core/auth/principal';
import {
  axeViolations,
  ensureConsoleBuilt,
  openConsoleBrowser,
  signInAsDemo,
  signInWithToken,
  withEvidence,
  type ConsoleBrowser,
} from '../support/console-browser';
import { samplePdf } from '../support/documents';
import { dataOf, executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { validatedAssessment } from '../support/workflow';
import {
  errorNextTo,
  fillApplication,
  fillPesos,
  medellinActors,
  saveApplication,
  submitApplication,
  uploadChecklistDocument,
} from './support/entity-process';

// The application form in a real browser: Medellín's representative applies to the demo's open
// call (its assessment validated through the API first), watches the totals and the counterpart
// share as the amounts change, meets the API's problem next to a line's field, attaches a
// checklist document through tus and submits; a member of the entity is not offered the submission.
describe('consola web: postulación a cofinanciación de la entidad', () => {
  let sys: TestSystem;
  let browser: ConsoleBrowser;
  let applicationPath: string;

  beforeAll(async () => {
    ensureConsoleBuilt();
    sys = await startTestSystem({}, { demoData: true, worker: true });
    const who = await medellinActors(sys);
    const cycles = dataOf<{ cycles: { edges: { node: { id: string; open: boolean } }[] } }>(
      await executeText(sys.url, '{ cycles(first: 5) { edges { node { id open } } } }', {}, { token: who.coordinator }),
    );
    await validatedAssessment(sys, who, cycles.cycles.edges.find((e) => e.node.open)!.node.id);
    browser = await openConsoleBrowser(sys.url);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await sys?.stop();
  });

  it('la representante arma el presupuesto con totales en vivo, corrige una línea, adjunta un requisito y radica', async () => {
    const { page, watch } = browser;
    await withEvidence('postulacion-convocatorias', page, watch, async () => {
      await signInAsDemo(page, sys.url, /Alcaldía de Medellín/);
      await page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Cofinanciación' }).click();
      await page.getByRole('heading', { level: 1, name: 'Cofinanciación' }).waitFor();
      await page.getByText('Contrapartida mínima').first().waitFor();
      expect(await page.getByText('20 % del total').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: /^Postularse a «Convocatoria de cofinanciación CTI/ }).click();
      await page.waitForURL(/\/cofinanciacion\/[^/]+$/);
      await page.getByRole('heading', { level: 2, name: /^Convocatoria:/ }).waitFor();
      applicationPath = new URL(page.url()).pathname;
      expect(await page.getByRole('status').filter({ hasText: 'Estado:' }).textContent()).toMatch(/Borrador/i);
      expect(await axeViolations(page)).toEqual([]);
    });

    await withEvidence('postulacion-totales', page, watch, async () => {
      await fillApplication(page, {
        title: 'Centro de datos abiertos de Medellín',
        description: 'Plataforma de datos abiertos y formación de servidores públicos para la estrategia de ciudad inteligente.',
        dimensions: ['Gobernanza', 'Personas'],
        lines: [
          { component: 'Equipos', description: 'Servidores y almacenamiento', futic: 400_000_000, counterpart: 50_000_000 },
          { component: 'Formación', description: 'Formación de servidores públicos', futic: 100_000_000, counterpart: 20_000_000 },
        ],
      });
      const totals = page.locator('section.totals');
      expect(await totals.getByRole('row', { name: /Aporte FUTIC/ }).textContent()).toContain('500.000.000');
      expect(await totals.getByRole('row', { name: /Contrapartida/ }).textContent()).toContain('70.000.000');
      expect(await totals.getByRole('row', { name: /Total del proyecto/ }).textContent()).toContain('570.000.000');
      // 70 of 570 is 12,3 %: below the call's 20 %, said in words (not by colour alone).
      const share = totals.getByRole('status');
      expect(await share.textContent()).toMatch(/12,3\s?%.*No alcanza el mínimo de 20 %/);
      expect(await axeViolations(page)).toEqual([]);

      await fillPesos(page, 'Contrapartida de la línea 1', 150_000_000);
      await page.getByText(/Cumple el mínimo de 20 %/).waitFor();
      expect(await totals.getByRole('row', { name: /Total del proyecto/ }).textContent()).toContain('670.000.000');
      expect(await share.textContent()).toMatch(/25,4\s?%/);
    });

    await withEvidence('postulacion-linea-invalida', page, watch, async () => {
      await fillPesos(page, 'Aporte FUTIC de la línea 2', -5_000);
      await saveApplication(page);
      const problem = await errorNextTo(page, 'Aporte FUTIC de la línea 2');
      expect(problem).not.toBe('');
      expect(await errorNextTo(page, 'Aporte FUTIC de la línea 1')).toBe('');
      expect(await axeViolations(page)).toEqual([]);
      await fillPesos(page, 'Aporte FUTIC de la línea 2', 100_000_000);
      await saveApplication(page);
      await page.getByText('Borrador guardado.').waitFor();
      expect(await errorNextTo(page, 'Aporte FUTIC de la línea 2')).toBe('');
    });

    await withEvidence('postulacion-requisito', page, watch, async () => {
      const item = (await page.locator('.checklist-title').first().textContent())!;
      await uploadChecklistDocument(page, item, { name: 'certificado.pdf', buffer: samplePdf('Certificado de contrapartida') });
      await page.getByRole('link', { name: 'certificado.pdf' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });

    // Before the submission: a member of the entity sees the draft and may edit it, but the API
    // does not list the submission for them, so it is not offered.
    const member = await browser.newPerson();
    await withEvidence('postulacion-funcionario', member.page, member.watch, async () => {
      await signInAsDemo(member.page, sys.url, /Funcionario\(a\) de Medellín/);
      await member.page.goto(`${sys.url}${applicationPath}`);
      await member.page.getByRole('heading', { level: 2, name: /^Convocatoria:/ }).waitFor();
      await member.page.getByRole('button', { name: 'Guardar borrador' }).waitFor();
      expect(await member.page.getByRole('button', { name: /^Radicar/ }).count()).toBe(0);
      await member.page.getByText(/La radicación la hace el representante legal/).waitFor();
      expect(await axeViolations(member.page)).toEqual([]);
      member.watch.assertClean();
    });
    await member.context.close();

    await withEvidence('postulacion-radicar', page, watch, async () => {
      await submitApplication(page);
      await page
        .getByRole('status')
        .filter({ hasText: /Estado: Radicada/i })
        .first()
        .waitFor();
      expect(await page.getByRole('button', { name: 'Guardar borrador' }).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('link', { name: 'Volver a cofinanciación' }).click();
      await page.getByRole('link', { name: 'Centro de datos abiertos de Medellín' }).waitFor();
      watch.assertClean();
    });
  });

  it('Bogotá, con correcciones solicitadas, ve la nota y el plazo, y pide la prórroga una sola vez', async () => {
    // The demo's Bogotá application waits for its corrections (requested almost a month ago).
    const bogota = await browser.newPerson();
    const { page, watch } = bogota;
    await withEvidence('postulacion-correcciones', page, watch, async () => {
      await signInWithToken(page, sys.url, await sys.token(Role.ENTITY_REPRESENTATIVE, '11001'), '/cofinanciacion');
      await page.getByRole('link', { name: /Red de sensores de calidad del aire/ }).click();
      const corrections = page.getByRole('region', { name: 'Correcciones solicitadas' });
      await corrections.waitFor();
      expect(await corrections.textContent()).toMatch(/contrapartida/);
      expect(await corrections.textContent()).toMatch(/Plazo para corregir: hasta el \d{1,2} de [a-z]{3}/);
      await page.getByRole('button', { name: 'Radicar las correcciones' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page
        .getByLabel('Motivo de la prórroga (opcional)')
        .fill('Esperamos el nuevo certificado de disponibilidad presupuestal de la secretaría de hacienda.');
      await page.getByRole('button', { name: 'Pedir la prórroga' }).click();
      await page.getByRole('status').filter({ hasText: 'Prórroga concedida' }).waitFor();
      await corrections.getByText(/\(prorrogado; vencía el/).waitFor();
      expect(await page.getByRole('button', { name: 'Pedir la prórroga' }).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      watch.assertClean();
    });
    await bogota.context.close();
  });
});
