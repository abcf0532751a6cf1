import { Role } from '../../src/core/auth/principal';
import { requestInput } from '../support/accompaniment';
import {
  axeViolations,
  ensureConsoleBuilt,
  openConsoleBrowser,
  signInAsDemo,
  signInWithToken,
  withEvidence,
  type ConsoleBrowser,
} from '../support/console-browser';
import { dataOf, executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { actionForm, openCase, sendAction, submittedAssessment } from './support/cases';

// One case's page in a real browser: its history, terms, statechart and the actions the API lists,
// sent through their forms; and another entity's case, unreachable by its address.
describe('consola web: página de un trámite', () => {
  let sys: TestSystem;
  let browser: ConsoleBrowser;
  let medellin: { id: string; stateLabel: string; version: number };

  beforeAll(async () => {
    ensureConsoleBuilt();
    sys = await startTestSystem({}, { demoData: true, worker: true });
    browser = await openConsoleBrowser(sys.url);
    medellin = await submittedAssessment(sys, '05001');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await sys?.stop();
  });

  const highlighted = () => browser.page.locator('.diagram-svg svg g.actual');

  it('la coordinación revisa y valida el autodiagnóstico de Medellín con los formularios de acción', async () => {
    const { page, watch } = browser;
    await withEvidence('caso-validar', page, watch, async () => {
      await signInAsDemo(page, sys.url, /Coordinación CTI/);
      await openCase(page, sys.url, medellin.id);
      await page.getByRole('heading', { level: 1, name: /Autodiagnóstico del Modelo de Madurez: medellín/i }).waitFor();
      expect(await page.locator('.case-state').textContent()).toBe('Enviado');
      // The diagram, named for screen readers, with the current state highlighted and said in words.
      await page.getByRole('img', { name: /Diagrama de estados .*estado actual: Enviado/ }).waitFor();
      expect(await highlighted().textContent()).toContain('Enviado');
      await page.getByText('Estado actual: Enviado').waitFor();
      const history = page.getByRole('region', { name: 'Historial' }).getByRole('listitem');
      expect(await history.count()).toBe(2);
      expect(await history.last().textContent()).toMatch(/Borrador\s*→\s*a?\s*Enviado/);
      expect(await axeViolations(page)).toEqual([]);

      await sendAction(page, 'Iniciar la revisión');
      await page.locator('.case-state', { hasText: 'En revisión' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'El trámite quedó en: En revisión' }).waitFor();

      // A request for changes without its note: the API's problem shows next to the field first.
      const changes = actionForm(page, 'Solicitar ajustes');
      await sendAction(page, 'Solicitar ajustes', {}, { expectRefusal: true });
      const note = changes.getByLabel(/Cambios que se piden a la entidad/);
      expect(await note.getAttribute('aria-invalid')).toBe('true');
      const problem = (await changes.locator('.react-aria-FieldError').textContent()) ?? '';
      expect(problem).toMatch(/\S/);
      // Described by its error, so it is announced with the field.
      const describedBy = (await note.getAttribute('aria-describedby')) ?? '';
      expect(describedBy).not.toBe('');
      expect(await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent()).toBe(problem);
      expect(await page.locator('.case-state').textContent()).toBe('En revisión');
      expect(await axeViolations(page)).toEqual([]);

      await sendAction(page, 'Validar');
      await page.locator('.case-state', { hasText: 'Validado' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'El trámite quedó en: Validado' }).waitFor();
      await page.getByText('No tiene acciones disponibles en este trámite.').waitFor();
      expect(await history.count()).toBe(4);
      expect(await history.last().textContent()).toMatch(/Validar.*En revisión\s*→\s*a?\s*Validado/);
      expect(await history.last().textContent()).toMatch(/Coordinación \(coordinador@mintic\.gov\.co\)/);
      await page.getByRole('img', { name: /estado actual: Validado/ }).waitFor();
      expect(await highlighted().textContent()).toContain('Validado');
      expect(await highlighted().count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      watch.assertClean();
    });
  });

  it('la coordinación prorroga el término de respuesta de una solicitud de acompañamiento', async () => {
    const { page, watch } = browser;
    await withEvidence('caso-prorroga', page, watch, async () => {
      // Medellín's assessment is validated (above): its member asks for accompaniment, through the API.
      const res = await executeText(
        sys.url,
        `mutation Request($input: RequestAccompanimentInput!) { requestAccompaniment(input: $input) { case { id } } }`,
        { input: requestInput() },
        { token: await sys.token(Role.ENTITY_MEMBER, '05001') },
      );
      const caseId = dataOf<{ requestAccompaniment: { case: { id: string } } }>(res).requestAccompaniment.case.id;
      await openCase(page, sys.url, caseId);
      const terms = page.getByRole('region', { name: 'Términos' });
      const extend = terms.getByRole('form', { name: /^Prorrogar el término/ });
      await extend.waitFor();
      expect(await terms.textContent()).toMatch(/quedan? \d+ días? hábil/);

      await extend.getByLabel(/Días que se agregan/).fill('5');
      await extend.getByLabel(/Motivos de la prórroga/).fill('corto');
      await extend.getByRole('button', { name: 'Prorrogar el término' }).click();
      const reason = extend.getByLabel(/Motivos de la prórroga/);
      await extend.getByRole('alert').waitFor();
      expect(await reason.getAttribute('aria-invalid')).toBe('true');
      expect(await axeViolations(page)).toEqual([]);

      await reason.fill('Se requiere revisar el alcance con la dirección antes de responder a la entidad.');
      await extend.getByRole('button', { name: 'Prorrogar el término' }).click();
      await page.getByRole('status').filter({ hasText: 'Se prorrogó el término.' }).waitFor();
      await terms.getByText(/Prorrogado 5 días hábiles/).waitFor();
      expect(await terms.getByRole('form').count()).toBe(0);
      expect(await page.getByRole('region', { name: 'Historial' }).getByRole('listitem').last().textContent()).toMatch(/Motivos|Nota/);
      watch.assertClean();
    });
  });

  it('el caso de Medellín no existe para la representante de Cali, ni por su dirección', async () => {
    const { page, watch } = await browser.newPerson();
    await withEvidence('caso-otra-entidad', page, watch, async () => {
      const cali = await sys.token(Role.ENTITY_REPRESENTATIVE, '76001');
      await signInWithToken(page, sys.url, cali, `/casos/${encodeURIComponent(medellin.id)}`);
      await page.getByRole('alert').filter({ hasText: 'no existe o no tiene acceso' }).waitFor();
      const html = (await page.content()).toLowerCase();
      expect(html).not.toContain('medellín');
      expect(html).not.toContain('medell&iacute;n');
      expect(html).not.toContain('historial');
      expect(html).not.toContain('autodiagnóstico del modelo de madurez:');
      expect(await page.getByRole('region', { name: 'Historial' }).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      // Its board holds its own cases only.
      await page.getByRole('navigation', { name: 'Menú principal' }).waitFor();
      await page.goto(`${sys.url}/tablero`);
      const links = page.getByRole('table').locator('tbody th a');
      await links.first().waitFor();
      expect(new Set(await links.allTextContents())).toEqual(new Set(['CALI']));
      expect(await axeViolations(page)).toEqual([]);
      watch.assertClean();
    });
  });
});
