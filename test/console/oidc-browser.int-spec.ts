import { createServer } from 'node:net';
import type { Page, Request } from 'playwright-core';

import { Role } from '../../src/core/auth/principal';
import {
  axeViolations,
  ensureConsoleBuilt,
  openConsoleBrowser,
  withEvidence,
  type ConsoleBrowser,
  type PageWatch,
} from '../support/console-browser';
import { dataOf, executeText } from '../support/http';
import { HttpOidcClient, startOpenIdProvider, type TestOpenIdProvider } from '../support/oidc-provider';
import { mailFor, startMailCapture, type MailCapture } from '../support/smtp-capture';
import { startTestSystem, type TestSystem } from '../support/test-system';

// The console's production sign-in in a real browser: OpenID Connect (authorization code + PKCE)
// against a real OpenID Provider, renewal with the refresh token past the first token's expiry,
// signing out at the provider, a person the directory does not know, and no demo sign-in in production.

const CLIENT_ID = 'cti-consola';
/**
 * Seconds an access token lasts: the console renews when less than 60 s remain, so a token of 65 s
 * is renewed from its 6th second, and the test sees it expire within a minute and a bit.
 */
const TOKEN_TTL = 65;
const ana = { subject: 'ana-tic-05001', email: 'ana.lider@medellin.gov.co', name: 'Ana Lucía Restrepo', password: 'clave-de-ana-2026' };
const gabriel = { subject: 'gabriel-sin-rol', email: 'gabriel@cali.gov.co', name: 'Gabriel Ortiz Peña', password: 'clave-de-gabriel-2026' };
const coordinator = { subject: 'coord-mintic', email: 'coordinacion@mintic.gov.co', name: 'Coordinación CTI' };
const INVITE = `mutation Invite($input: InvitePersonInput!) { invitePerson(input: $input) { id status } }`;

/** The provider's own pages load Google Fonts, which an offline run cannot reach: not the console's doing. */
const PROVIDER_FONTS = /fonts\.(googleapis|gstatic)\.com/;
function assertClean(watch: PageWatch): void {
  for (let i = watch.errors.length - 1; i >= 0; i--) if (PROVIDER_FONTS.test(watch.errors[i])) watch.errors.splice(i, 1);
  watch.assertClean();
}

/** A free port for the API: the provider must know the console's callback address before the API starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface StoredSession {
  kind: string;
  accessToken: string;
  expiresAt: number;
}
const storedSession = async (page: Page) =>
  JSON.parse(((await page.evaluate('window.sessionStorage.getItem("cti.session")')) as string | null) ?? 'null') as StoredSession | null;
const oidcKeys = async (page: Page) =>
  ((await page.evaluate('Object.keys(window.sessionStorage)')) as string[]).filter((k) => k.startsWith('oidc.'));

describe('consola web: entrada con OpenID Connect ante un proveedor real', () => {
  let op: TestOpenIdProvider;
  let sys: TestSystem;
  let browser: ConsoleBrowser;
  let mail: MailCapture;
  /** Every grant the browser asked the provider's token endpoint for, in order. */
  const grants: string[] = [];

  const tokenRequests = (request: Request) => {
    if (request.method() === 'POST' && request.url() === op.metadata.token_endpoint)
      grants.push(new URLSearchParams(request.postData() ?? '').get('grant_type') ?? '?');
  };

  /** On the provider's pages (not the console's: no axe there): login, then consent when asked. */
  async function signInAtProvider(page: Page, who: { subject: string; password: string }): Promise<void> {
    await page.waitForURL((url) => url.origin === op.issuer);
    await page.locator('input[name=login]').fill(who.subject);
    await page.locator('input[name=password]').fill(who.password);
    await page.getByRole('button', { name: 'Sign-in' }).click();
    const consent = page.getByRole('button', { name: 'Continue' });
    await Promise.race([consent.waitFor(), page.waitForURL((url) => url.origin === new URL(sys.url).origin)]);
    if (new URL(page.url()).origin === op.issuer) await consent.click();
  }

  beforeAll(async () => {
    ensureConsoleBuilt();
    const port = await freePort();
    const consoleOrigin = `http://127.0.0.1:${port}`;
    op = await startOpenIdProvider({
      clientId: CLIENT_ID,
      redirectUris: [`${consoleOrigin}/entrar/callback`],
      postLogoutRedirectUris: [`${consoleOrigin}/entrar`],
      accounts: [ana, gabriel, coordinator],
      accessTokenTtl: TOKEN_TTL,
    });
    mail = await startMailCapture();
    // Production's way: the API trusts only the provider's keys, and the console signs in there.
    sys = await startTestSystem(
      {
        PORT: String(port),
        JWT_SECRET: '',
        ...op.apiEnv(),
        CONSOLE_OIDC_AUTHORITY: op.issuer,
        CONSOLE_OIDC_CLIENT_ID: CLIENT_ID,
        SMTP_URL: mail.url,
      },
      { worker: true },
    );
    expect(sys.url).toBe(consoleOrigin);
    // The Ministry enrolled Ana as Medellín's TIC leader; the provider only proves who she is.
    await sys.system.api.services.people.enroll({
      subject: ana.subject,
      role: Role.ENTITY_TIC_LEADER,
      entityCode: '05001',
      email: ana.email,
      name: ana.name,
      acceptPrivacy: true,
    });
    await sys.system.api.services.people.enroll({
      subject: coordinator.subject,
      role: Role.COORDINATOR,
      entityCode: null,
      email: coordinator.email,
      name: coordinator.name,
      acceptPrivacy: true,
    });
    browser = await openConsoleBrowser(sys.url, [op.issuer]);
    browser.page.on('request', tokenRequests);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await sys?.stop();
    await op?.stop();
    await mail?.close();
  });

  it('lleva de /ruta a /entrar, al proveedor y de vuelta a /ruta con la persona en el encabezado', async () => {
    const { page, watch } = browser;
    await withEvidence('oidc-entrar', page, watch, async () => {
      await page.goto(`${sys.url}/ruta`);
      await page.waitForURL(/\/entrar\?volver=%2Fruta$/);
      const go = page.getByRole('button', { name: 'Entrar con el proveedor de identidad' });
      await go.waitFor();
      expect(await page.getByRole('list', { name: 'Personas de demostración' }).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      const authorization = page.waitForRequest((r) => r.url().startsWith(op.metadata.authorization_endpoint));
      await go.click();
      // What the console asked for: the code flow with PKCE, a token for the API (resource indicator).
      expect(Object.fromEntries(new URL((await authorization).url()).searchParams)).toMatchObject({
        client_id: CLIENT_ID,
        response_type: 'code',
        redirect_uri: `${sys.url}/entrar/callback`,
        code_challenge: expect.stringMatching(/^[\w-]{43}$/),
        code_challenge_method: 'S256',
        resource: 'urn:cti:api',
        state: expect.any(String),
      });
      await signInAtProvider(page, ana);

      await page.waitForURL(`${sys.url}/ruta`);
      await page.getByRole('navigation', { name: 'Menú principal' }).waitFor();
      expect(await page.locator('header .who').textContent()).toContain(ana.name);
      expect(await page.locator('header .who').textContent()).toMatch(/Líder TIC .* · Medellín/i);
      expect(grants).toEqual(['authorization_code']);
      const session = await storedSession(page);
      expect(session).toMatchObject({ kind: 'oidc', accessToken: expect.any(String) });
      // The provider's code and state are not left in the address bar or the history.
      expect(page.url()).toBe(`${sys.url}/ruta`);
      expect(await axeViolations(page)).toEqual([]);
      assertClean(watch);
    });
  }, 60_000);

  it('renueva el token en silencio con el refresh token y sigue funcionando después de que el primero vence', async () => {
    const { page, watch } = browser;
    await withEvidence('oidc-renovar', page, watch, async () => {
      const first = (await storedSession(page))!;
      const menu = page.getByRole('navigation', { name: 'Menú principal' });
      // Inside the last minute of the token: the next request renews it first.
      await page.waitForTimeout(Math.max(0, first.expiresAt - 60_000 - Date.now()) + 1_000);
      const refreshed = page.waitForResponse(
        (r) => r.url() === op.metadata.token_endpoint && /grant_type=refresh_token/.test(r.request().postData() ?? ''),
      );
      await menu.getByRole('link', { name: 'Notificaciones' }).click();
      expect((await refreshed).status()).toBe(200);
      await page.getByRole('heading', { level: 1, name: 'Notificaciones' }).waitFor();
      const second = (await storedSession(page))!;
      expect(second.accessToken).not.toBe(first.accessToken);
      expect(second.expiresAt).toBeGreaterThan(first.expiresAt);

      // Past both tokens' expiry: the first is refused by the API; a whole new page load still finds
      // the session, renews it, and shows the person's screen.
      await page.waitForTimeout(Math.max(0, second.expiresAt - Date.now()) + 1_000);
      const stale = await executeText(sys.url, '{ me { subject } }', undefined, { token: first.accessToken });
      expect(stale.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const beforeReload = grants.length;
      await page.goto(`${sys.url}/ruta`);
      await page.getByRole('navigation', { name: 'Menú principal' }).waitFor();
      expect(page.url()).toBe(`${sys.url}/ruta`);
      expect(await page.locator('header .who').textContent()).toContain(ana.name);
      expect(grants.slice(beforeReload)).toContain('refresh_token');
      const third = (await storedSession(page))!;
      expect(third.accessToken).not.toBe(second.accessToken);
      expect(third.expiresAt).toBeGreaterThan(Date.now());
      const fresh = await executeText(sys.url, '{ me { subject role } }', undefined, { token: third.accessToken });
      expect(fresh.data).toEqual({ me: { subject: ana.subject, role: Role.ENTITY_TIC_LEADER } });
      assertClean(watch);
    });
  }, 150_000);

  it('al salir cierra la sesión en el proveedor: volver a entrar pide usuario y contraseña otra vez', async () => {
    const { page, watch } = browser;
    await withEvidence('oidc-salir', page, watch, async () => {
      await page.getByRole('button', { name: 'Salir' }).click();
      await page.waitForURL((url) => url.origin === op.issuer);
      await page.locator('button[name=logout][value=yes]').click();
      await page.waitForURL(`${sys.url}/entrar`);
      await page.getByRole('button', { name: 'Entrar con el proveedor de identidad' }).waitFor();
      expect(await storedSession(page)).toBeNull();
      expect(await oidcKeys(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`${sys.url}/ruta`);
      await page.waitForURL(/\/entrar\?volver=%2Fruta$/);
      await page.getByRole('button', { name: 'Entrar con el proveedor de identidad' }).click();
      // The provider asks who it is again, rather than sending the browser straight back.
      await page.locator('input[name=login]').waitFor();
      expect(new URL(page.url()).origin).toBe(op.issuer);
      assertClean(watch);
    });
  }, 60_000);

  it('a quien el directorio no conoce lo registra sin rol: acepta el aviso de privacidad y luego la invitación que le llegó', async () => {
    // The coordinator (signed in at the same provider, over plain HTTP) invites Gabriel as Cali's representative.
    const coordinatorToken = (await new HttpOidcClient(op, `${sys.url}/entrar/callback`).signIn(coordinator.subject)).access_token;
    const mailsBefore = mail.messages.length;
    dataOf(
      await executeText(
        sys.url,
        INVITE,
        { input: { email: gabriel.email, name: gabriel.name, role: 'REPRESENTATIVE', entityCode: '76001' } },
        { token: coordinatorToken },
      ),
    );
    const link = /(https?:\/\/\S+\/invitaciones\/[A-Za-z0-9_-]{43})/.exec((await mailFor(mail, gabriel.email, mailsBefore)).text)![1];

    const { page, watch } = await browser.newPerson();
    await withEvidence('oidc-sin-rol', page, watch, async () => {
      await page.goto(`${sys.url}/`);
      await page.getByRole('button', { name: 'Entrar con el proveedor de identidad' }).click();
      await signInAtProvider(page, gabriel);
      await page.waitForURL((url) => url.origin === new URL(sys.url).origin && !url.pathname.startsWith('/entrar'));

      // The API registered him without a role, with the provider's name: first the privacy notice.
      await page.getByRole('button', { name: 'Aceptar y continuar' }).waitFor();
      expect(await page.locator('header .who').textContent()).toContain(gabriel.name);
      expect(await page.locator('header .who').textContent()).toContain('Persona registrada sin rol vigente');
      expect(await page.getByRole('navigation', { name: 'Menú principal' }).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(await sys.system.api.services.people.standing(gabriel.subject, true)).toMatchObject({ status: 'ACTIVE', membership: null });

      await page.getByText('He leído el aviso de privacidad y lo acepto.').click();
      expect(await page.getByRole('checkbox', { name: /He leído el aviso de privacidad/ }).isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Aceptar y continuar' }).click();

      // What a person without a role gets: a screen saying so and the invitation waiting for him, no refusal.
      await page.getByRole('heading', { level: 1, name: 'Aún no tiene un rol en la plataforma' }).waitFor();
      expect(page.url()).toBe(`${sys.url}/sin-rol`);
      expect(
        await page
          .getByRole('listitem')
          .filter({ hasText: /^Representante de la entidad · CALI · vence el/ })
          .count(),
      ).toBe(1);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      // A code of the wrong shape: the API's problem next to the field.
      const code = page.getByRole('textbox', { name: 'Código o enlace de la invitación' });
      await code.fill('corto');
      await page.getByRole('button', { name: 'Aceptar la invitación' }).click();
      await page.getByText('no tiene la forma de un código de invitación', { exact: true }).waitFor();
      expect(await code.getAttribute('aria-invalid')).toBe('true');
      expect(await axeViolations(page)).toEqual([]);

      // The link from the mail: its page sends him to the console with the code filled in.
      await page.goto(link);
      await page.getByRole('link', { name: 'Acéptela en la consola web' }).click();
      await page.getByRole('heading', { level: 1, name: 'Aún no tiene un rol en la plataforma' }).waitFor();
      expect(await code.inputValue()).toBe(link.split('/').pop());
      await page.getByRole('button', { name: 'Aceptar la invitación' }).click();
      await page.getByRole('status').getByText('Aceptó la invitación: ahora es Representante de la entidad de CALI.').waitFor();
      expect(await page.locator('header .who').textContent()).toMatch(/Representante legal de la entidad territorial · CALI/);
      await page.getByRole('link', { name: 'Ir a su inicio' }).click();
      await page.waitForURL(`${sys.url}/ruta`);
      await page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Mi ruta' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      assertClean(watch);
    });
  }, 90_000);
});

describe('consola web en producción con datos de demostración', () => {
  let sys: TestSystem;
  let browser: ConsoleBrowser;

  beforeAll(async () => {
    ensureConsoleBuilt();
    sys = await startTestSystem({ NODE_ENV: 'production' }, { demoData: true });
    browser = await openConsoleBrowser(sys.url);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await sys?.stop();
  });

  it('no ofrece la entrada de demostración, y /demo/sign-in la rechaza', async () => {
    const { page, watch } = browser;
    await withEvidence('produccion-sin-demo', page, watch, async () => {
      expect(sys.config.production).toBe(true);
      await page.goto(`${sys.url}/ruta`);
      await page.waitForURL(/\/entrar\?volver=%2Fruta$/);
      await page
        .getByRole('alert')
        .getByText(/no ofrece entrada a la consola/)
        .waitFor();
      expect(await page.getByRole('list', { name: 'Personas de demostración' }).count()).toBe(0);
      expect(await page.getByRole('button').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      watch.assertClean();
    });
    const list = await fetch(`${sys.url}/demo/sign-in`, { headers: { accept: 'application/json' } });
    expect(list.status).toBe(403);
    const signIn = await fetch(`${sys.url}/demo/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ subject: 'coordinador@mintic.gov.co' }),
    });
    expect(signIn.status).toBe(403);
    expect(((await signIn.json()) as { accessToken?: string }).accessToken).toBeUndefined();
  }, 60_000);
});
