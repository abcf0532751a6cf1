import { Role } from '../../src/core/auth/principal';
import {
  axeViolations,
  ensureConsoleBuilt,
  openConsoleBrowser,
  signInAsDemo,
  withEvidence,
  type ConsoleBrowser,
} from '../support/console-browser';
import { dataOf, executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { choose, downloadFromCard, inviteThroughForm, requestReportThroughForm } from './support/programme';

const esNumber = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 2 });

// The Índice with its Vega-Lite charts, the people directory and invitations, and the reports
// centre, in a real browser on the demo data, as the demo coordinator.
describe('consola web: Índice CTI, personas e informes', () => {
  let sys: TestSystem;
  let browser: ConsoleBrowser;
  let coordinator: string;

  beforeAll(async () => {
    ensureConsoleBuilt();
    sys = await startTestSystem({}, { demoData: true, worker: true });
    browser = await openConsoleBrowser(sys.url);
    coordinator = await sys.token(Role.COORDINATOR);
    await signInAsDemo(browser.page, sys.url, /Coordinación CTI/);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await sys?.stop();
  });

  it('el Índice publicado se dibuja (un SVG en cada gráfica) y su ranking es el de la API', async () => {
    const { page, watch } = browser;
    await withEvidence('indice', page, watch, async () => {
      const cycles = dataOf<{ cycles: { edges: { node: { id: string; year: number; indexPublishedAt: string | null } }[] } }>(
        await executeText(sys.url, `{ cycles(first: 20) { edges { node { id year indexPublishedAt } } } }`, undefined, {
          token: coordinator,
        }),
      ).cycles.edges.map((e) => e.node);
      const published = cycles.find((c) => c.indexPublishedAt)!;
      const api = dataOf<{
        cycle: {
          index: { totalCount: number; edges: { node: { rank: number; index: number; levelName: string; entity: { name: string } } }[] };
        };
      }>(
        await executeText(
          sys.url,
          `query I($id: ID!) { cycle(id: $id) { index(first: 5) { totalCount edges { node { rank index levelName entity { name } } } } } }`,
          { id: published.id },
          { token: coordinator },
        ),
      ).cycle.index;

      await page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Índice CTI' }).click();
      await page.getByRole('heading', { level: 1, name: 'Índice CTI' }).waitFor();
      await page.getByRole('button', { name: new RegExp(`^${published.year} · publicado el .*Vigencia$`) }).waitFor();
      const figures = page.getByRole('figure');
      const names = ['Índice por dimensión', 'Entidades por nivel de madurez', /entidades con mayor índice/];
      for (const name of names) {
        const figure = page.getByRole('figure', { name });
        // Vega-Lite drew it in the browser: an SVG with marks, labelled by the chart's description.
        await figure.locator('.chart-canvas svg').waitFor();
        expect(await figure.locator('.chart-canvas svg path, .chart-canvas svg rect').count()).toBeGreaterThan(0);
        expect(await figure.getByRole('img').getAttribute('aria-label')).toMatch(/\. \S/);
      }
      expect(await figures.count()).toBe(3);

      const table = page.getByRole('table', { name: new RegExp(`^Ranking del Índice CTI ${published.year}`) });
      const rows = table.locator('tbody tr');
      await rows.first().waitFor();
      expect(await table.getAttribute('aria-label')).toBeNull();
      expect(await rows.count()).toBe(Math.min(25, api.totalCount));
      for (const [i, { node }] of api.edges.entries()) {
        const cells = rows.nth(i).locator('td, th');
        expect((await cells.nth(0).innerText()).trim()).toBe(String(node.rank));
        expect(await cells.nth(1).innerText()).toContain(node.entity.name);
        expect((await cells.nth(3).innerText()).trim()).toBe(esNumber.format(node.index));
        expect(await cells.nth(4).innerText()).toContain(node.levelName);
      }
      expect(await axeViolations(page)).toEqual([]);

      // The data of a chart, as a table.
      const dimensions = page.getByRole('figure', { name: 'Índice por dimensión' });
      await dimensions.getByText(/^Ver los datos de «Índice por dimensión»/).click();
      await dimensions.getByRole('table').waitFor();
      expect(await dimensions.getByRole('table').locator('tbody tr').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);

      // The current cycle: the coordination sees its Índice before it is published.
      const current = cycles.find((c) => !c.indexPublishedAt)!;
      await choose(page, page, 'Vigencia', `${current.year} · abierta, Índice provisional`);
      await page
        .getByRole('status')
        .filter({ hasText: /^Índice provisional: aún no se publica/ })
        .waitFor();
      await page.getByRole('figure', { name: 'Índice por dimensión' }).getByRole('img').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await choose(page, page, 'Vigencia', new RegExp(`^${published.year} · publicado el `));
      await page.getByRole('table', { name: new RegExp(`^Ranking del Índice CTI ${published.year}`) }).waitFor();

      // Next page of the ranking.
      if (api.totalCount > 25) {
        await page.getByRole('button', { name: 'Página siguiente' }).click();
        await table.getByRole('row').filter({ hasText: /^26/ }).first().waitFor();
        await page.getByRole('cell', { name: '26', exact: true }).first().waitFor();
      }
      watch.assertClean();
    });
  });

  it('la coordinación invita a una persona (el correo inválido se señala en su campo), la ve en la lista, la reenvía y la revoca', async () => {
    const { page, watch } = browser;
    await withEvidence('personas', page, watch, async () => {
      await page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Personas e invitaciones' }).click();
      await page.getByRole('table', { name: /personas?, la más reciente primero/ }).waitFor();
      await page.getByRole('table', { name: /invitaci(ón|ones), la más reciente primero/ }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // The directory's search goes to the API.
      const search = page.getByRole('search', { name: 'Buscar personas' });
      await search.getByLabel('Nombre, correo o seudónimo').fill('coordinador@mintic');
      await search.getByRole('button', { name: 'Buscar' }).click();
      await page.getByRole('table', { name: /^1 persona,/ }).waitFor();

      const bad = { email: 'no-es-un-correo', role: 'EVALUATOR' };
      const refused = await executeText(
        sys.url,
        `mutation I($input: InvitePersonInput!) { invitePerson(input: $input) { id } }`,
        { input: bad },
        { token: coordinator },
      );
      const problem = (refused.errors?.[0].extensions?.problems as { path: string; message: string }[]).find(
        (p) => p.path === 'input.email',
      )!;
      expect(problem).toBeDefined();

      await inviteThroughForm(page, { email: bad.email, roleLabel: 'Evaluador(a) de postulaciones' });
      const form = page.getByRole('form', { name: 'Invitar a una persona' });
      const email = form.getByLabel('Correo electrónico');
      const shown = form.getByText(problem.message, { exact: true });
      await shown.waitFor();
      expect(await email.getAttribute('aria-invalid')).toBe('true');
      expect((await email.getAttribute('aria-describedby'))?.split(' ')).toContain(await shown.getAttribute('id'));
      expect(await axeViolations(page)).toEqual([]);

      const address = 'nueva.evaluadora@mintic.gov.co';
      await email.fill(address);
      await form.getByLabel('Nombre').fill('Nueva Evaluadora');
      await form.getByRole('button', { name: 'Enviar invitación' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Invitación enviada a ${address}` })
        .waitFor();
      const invitations = page.getByRole('table', { name: /invitaci(ón|ones), la más reciente primero/ });
      const row = invitations.getByRole('row').filter({ hasText: address });
      await row.getByRole('cell', { name: 'Pendiente', exact: true }).waitFor();
      expect(await row.innerText()).toContain('Evaluador');
      expect(await axeViolations(page)).toEqual([]);

      await row.getByRole('button', { name: `Reenviar la invitación de ${address}` }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Invitación de ${address} reenviada` })
        .waitFor();

      await row.getByRole('button', { name: `Revocar la invitación de ${address}` }).click();
      const dialog = page.getByRole('dialog', { name: `Revocar la invitación de ${address}` });
      await dialog.getByLabel('Motivo').fill('Se invitó a otra persona para el panel.');
      expect(await axeViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Revocar invitación' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Invitación de ${address} revocada.` })
        .waitFor();
      await row.getByRole('cell', { name: 'Revocada', exact: true }).waitFor();
      expect(await row.getByRole('button').count()).toBe(0);

      const listed = dataOf<{ invitations: { edges: { node: { email: string; status: string } }[] } }>(
        await executeText(sys.url, `{ invitations(first: 100) { edges { node { email status } } } }`, undefined, { token: coordinator }),
      ).invitations.edges.map((e) => e.node);
      expect(listed.filter((i) => i.email === address)).toEqual([{ email: address, status: 'REVOKED' }]);
      expect(await axeViolations(page)).toEqual([]);
      watch.assertClean();
    });
  });

  it('un informe solicitado avanza hasta el 100 % y se descarga con el token: un archivo no vacío del tipo pedido', async () => {
    const { page, watch } = browser;
    await withEvidence('informes', page, watch, async () => {
      await page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Informes' }).click();
      await page.getByRole('form', { name: 'Solicitar un informe' }).waitFor();
      await page
        .getByText(/Aún no ha solicitado informes|Mis informes, el más reciente primero/)
        .first()
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);

      const card = await requestReportThroughForm(page, 'Carga de trámites', 'Excel (XLSX)');
      expect(await card.getByRole('progressbar').getAttribute('aria-valuetext')).toMatch(/100\s?%/);
      expect(await axeViolations(page)).toEqual([]);

      const { fileName, bytes, contentType, status, bearer } = await downloadFromCard(page, card);
      expect({ status, bearer }).toEqual({ status: 200, bearer: true });
      expect(fileName).toMatch(/\.xlsx$/);
      expect(contentType).toMatch(/spreadsheetml/);
      expect(bytes.length).toBeGreaterThan(1000);
      // An XLSX is a ZIP archive.
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      await card
        .getByRole('status')
        .filter({ hasText: `Descargado: ${fileName}` })
        .waitFor();

      // What the page saved is what the API serves to the same person.
      const reports = dataOf<{ reports: { edges: { node: { status: string; size: number; fileName: string } }[] } }>(
        await executeText(sys.url, `{ reports(first: 5) { edges { node { status size fileName } } } }`, undefined, {
          token: await demoCoordinatorToken(),
        }),
      ).reports.edges.map((e) => e.node);
      expect(reports[0]).toEqual({ status: 'READY', size: bytes.length, fileName });

      // A report with a parameter of its own: the Índice of a cycle, as a PDF.
      const year = new Date().getUTCFullYear() - 1;
      const index = await requestReportThroughForm(page, 'Índice CTI de una vigencia', 'PDF', (form) =>
        choose(form, page, 'Vigencia', `${year} · Índice publicado`),
      );
      expect(await index.getByRole('heading', { level: 3 }).innerText()).toContain(String(year));
      const pdf = await downloadFromCard(page, index);
      expect(pdf.fileName).toMatch(/\.pdf$/);
      expect(pdf.contentType).toMatch(/application\/pdf/);
      expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(await axeViolations(page)).toEqual([]);
      watch.assertClean();
    });
  });

  /** The token the page holds (the demo coordinator's): its reports are this person's own. */
  async function demoCoordinatorToken(): Promise<string> {
    const session = JSON.parse((await browser.page.evaluate('window.sessionStorage.getItem("cti.session")')) as string) as {
      accessToken: string;
    };
    return session.accessToken;
  }
});
