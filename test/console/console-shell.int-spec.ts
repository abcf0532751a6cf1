import {
  axeViolations,
  ensureConsoleBuilt,
  openConsoleBrowser,
  signInAsDemo,
  withEvidence,
  type ConsoleBrowser,
} from '../support/console-browser';
import { startTestSystem, type TestSystem } from '../support/test-system';

// The console's frame in a real browser: served at /, demo sign-in, the menu by role, sign-out,
// and the API's own paths untouched by the console's catch-all.
describe('consola web: marco, entrada de demostración y salida', () => {
  let sys: TestSystem;
  let browser: ConsoleBrowser;

  beforeAll(async () => {
    ensureConsoleBuilt();
    sys = await startTestSystem({}, { demoData: true });
    browser = await openConsoleBrowser(sys.url);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await sys?.stop();
  });

  it('lleva a /entrar sin sesión, lista a las personas de demostración y pasa la revisión de accesibilidad', async () => {
    const { page, watch } = browser;
    await withEvidence('entrar', page, watch, async () => {
      await page.goto(`${sys.url}/tablero`);
      await page.waitForURL(/\/entrar\?volver=%2Ftablero$/);
      await page.getByRole('button', { name: /Alcaldía de Medellín/ }).waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Entrar a la consola CTI');
      expect(await axeViolations(page)).toEqual([]);
      watch.assertClean();
    });
  });

  it('la representante de Medellín entra y ve su menú; la coordinación ve el suyo; salir cierra la sesión', async () => {
    const { page, watch } = browser;
    await withEvidence('entrar-salir', page, watch, async () => {
      await signInAsDemo(page, sys.url, /Alcaldía de Medellín/);
      await page.waitForURL(/\/ruta$/);
      const menu = page.getByRole('navigation', { name: 'Menú principal' });
      expect(await menu.getByRole('link').allTextContents()).toEqual(
        expect.arrayContaining(['Mi ruta', 'Autodiagnóstico', 'Cofinanciación', 'Notificaciones']),
      );
      expect(await menu.getByRole('link', { name: 'Tablero de casos' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Salir' }).click();
      await page.waitForURL(/\/entrar$/);
      expect(await page.evaluate('window.sessionStorage.getItem("cti.session")')).toBeNull();

      await signInAsDemo(page, sys.url, /Coordinación CTI/);
      await page.waitForURL(/\/tablero$/);
      expect(await page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Tablero de casos' }).count()).toBe(
        1,
      );
      watch.assertClean();
    });
  });

  it('sirve los archivos con caché permanente y no tapa las rutas propias de la API', async () => {
    const html = await (await fetch(`${sys.url}/cualquier/ruta`, { headers: { accept: 'text/html' } })).text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const file = await fetch(`${sys.url}${asset}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${sys.url}/assets/no-existe.js`)).status).toBe(404);
    // A browser's navigation to the API's paths still gets the API's answers, not the console.
    const health = await fetch(`${sys.url}/health`, { headers: { accept: 'text/html' } });
    expect(health.headers.get('content-type')).toMatch(/json/);
    const people = await fetch(`${sys.url}/demo/sign-in`, { headers: { accept: 'text/html' } });
    expect(people.headers.get('content-type')).toMatch(/json/);
    // A client that does not ask for HTML gets the API's 404, not the page.
    expect((await fetch(`${sys.url}/no-existe`, { headers: { accept: 'application/json' } })).status).toBe(404);
    const page = await fetch(`${sys.url}/ruta`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('&#34;kind&#34;:&#34;demo&#34;');
    expect(sys.config.production).toBe(false);
  });
});
