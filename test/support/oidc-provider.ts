import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';

/** The resource (and access-token audience) the test provider issues tokens for, as production's JWT_AUDIENCE. */
export const TEST_API_AUDIENCE = 'urn:cti:api';
/** The scope the console asks for: who the person is, with e-mail and name in the access token. */
export const CONSOLE_SCOPE = 'openid profile email';

/**
 * A person the provider can sign in: on its login page, `subject` is the login and `password` the
 * password (any password when none is given). Any other login is refused on the page.
 */
export interface OidcAccount {
  subject: string;
  email: string;
  name: string;
  password?: string;
}

/** Who signs in on the provider's login page: a login (any password accepted for it), or both. */
export type Credentials = string | { login: string; password: string };

export interface OpenIdProviderOptions {
  /** The console's public client id. */
  clientId: string;
  /** Where the provider may send the code, e.g. `<console origin>/entrar/callback`. */
  redirectUris: string[];
  /** Where it may send the browser after signing out, e.g. `<console origin>/`. */
  postLogoutRedirectUris?: string[];
  accounts: OidcAccount[];
  /** Seconds an access (and ID) token is good for; default 600. A short one lets a browser test see a renewal. */
  accessTokenTtl?: number;
  /** Default TEST_API_AUDIENCE. */
  audience?: string;
  /** Other resources a client may ask tokens for (`resource=`), signed with the same key: another API's tokens. */
  otherAudiences?: string[];
}

/** The discovery document's endpoints a client uses. */
export interface ProviderMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  end_session_endpoint: string;
  revocation_endpoint?: string;
  code_challenge_methods_supported: string[];
  grant_types_supported: string[];
  [key: string]: unknown;
}

export interface TestOpenIdProvider {
  /** `http://127.0.0.1:<port>`: the `authority` of an OIDC client, the API's JWT_ISSUER. */
  issuer: string;
  /** What `<issuer>/.well-known/openid-configuration` says, as an OIDC client reads it. */
  metadata: ProviderMetadata;
  jwksUri: string;
  clientId: string;
  audience: string;
  /** The environment the API needs to trust this provider's access tokens (JWKS mode). */
  apiEnv(): Record<string, string>;
  /** Stops the provider process; every session and token it kept is gone with it. */
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
// A test that fails before its afterAll must not leave a provider listening behind the Jest worker.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Starts a real OpenID Provider (oidc-provider, test/support/oidc-provider-server.mjs) in its own
 * process, on a free port of 127.0.0.1, with one public client held to PKCE, refresh-token
 * rotation, RP-initiated logout, and RS256 JWT access tokens for `audience` carrying sub, email
 * and name. Resolves once it listens.
 */
export async function startOpenIdProvider(options: OpenIdProviderOptions, timeoutMs = 20_000): Promise<TestOpenIdProvider> {
  const audience = options.audience ?? TEST_API_AUDIENCE;
  const settings = {
    clientId: options.clientId,
    redirectUris: options.redirectUris,
    postLogoutRedirectUris: options.postLogoutRedirectUris ?? [],
    accounts: options.accounts,
    accessTokenTtl: options.accessTokenTtl,
    audience,
    otherAudiences: options.otherAudiences ?? [],
  };
  const child = spawn(process.execPath, [join(__dirname, 'oidc-provider-server.mjs')], {
    env: { PATH: process.env.PATH ?? '', OIDC_TEST_CONFIG: JSON.stringify(settings) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const stderr: string[] = [];
  child.stderr!.on('data', (d: Buffer) => stderr.push(d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => running.delete(child));

  const issuer = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => fail(`no empezó a escuchar en ${timeoutMs} ms`), timeoutMs);
    function fail(why: string) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`el proveedor OpenID de prueba ${why}: ${stderr.join('').slice(-2000)}`));
    }
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{"issuer"'));
      if (!line) return;
      clearTimeout(timer);
      resolve((JSON.parse(line) as { issuer: string }).issuer);
    });
    child.once('exit', (code, signal) => fail(`terminó (${code ?? signal})`));
  });

  const discovery = await fetch(`${issuer}/.well-known/openid-configuration`);
  if (!discovery.ok) throw new Error(`el proveedor OpenID de prueba no publica su configuración (${discovery.status})`);
  const metadata = (await discovery.json()) as ProviderMetadata;
  const jwksUri = metadata.jwks_uri;
  return {
    issuer,
    metadata,
    jwksUri,
    clientId: options.clientId,
    audience,
    apiEnv: () => ({ JWKS_URL: jwksUri, JWT_ISSUER: issuer, JWT_AUDIENCE: audience }),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The token endpoint's answer. */
export interface TokenSet {
  access_token: string;
  refresh_token?: string;
  id_token?: string;
  expires_in: number;
  token_type: string;
  scope?: string;
}

/** An OAuth error answer (token endpoint, or a redirect's query). */
export interface OAuthError {
  error: string;
  error_description?: string;
}

const base64url = (b: Buffer) => b.toString('base64url');

/**
 * What a browser and oidc-client-ts do, over plain HTTP: a cookie jar, redirects followed by hand,
 * the provider's devInteractions login and consent forms submitted, the code exchanged with PKCE.
 * For tests of the contract without a browser.
 */
export class HttpOidcClient {
  private readonly cookies = new Map<string, string>();

  constructor(
    private readonly op: TestOpenIdProvider,
    private readonly redirectUri: string,
  ) {}

  /** Signs in (an account's subject, and its password) and exchanges the code for tokens. */
  async signIn(login: Credentials, params: Record<string, string> = {}): Promise<TokenSet> {
    const verifier = base64url(randomBytes(32));
    const challenge = base64url(createHash('sha256').update(verifier).digest());
    const state = base64url(randomBytes(12));
    const callback = await this.authorize({ code_challenge: challenge, code_challenge_method: 'S256', state, ...params }, login);
    if (callback.get('state') !== state) throw new Error(`state distinto en la vuelta: ${callback.toString()}`);
    const code = callback.get('code');
    if (!code) throw new Error(`sin código: ${callback.toString()}`);
    const tokens = await this.token({
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      client_id: this.op.clientId,
      redirect_uri: this.redirectUri,
    });
    if ('error' in tokens) throw new Error(`el intercambio del código falló: ${tokens.error} ${tokens.error_description ?? ''}`);
    return tokens;
  }

  /**
   * Runs an authorization request to its redirect back to the client, signing in as `login` and
   * consenting when the provider asks; the callback's query (code and state, or error).
   */
  async authorize(params: Record<string, string>, login?: Credentials): Promise<URLSearchParams> {
    const url = new URL(this.op.metadata.authorization_endpoint);
    const query = { client_id: this.op.clientId, response_type: 'code', scope: CONSOLE_SCOPE, redirect_uri: this.redirectUri, ...params };
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    let res = await this.fetch(url.toString());
    for (let step = 0; step < 12; step++) {
      const location = res.headers.get('location');
      if (location?.startsWith(this.redirectUri)) return new URL(location).searchParams;
      if (location) {
        res = await this.fetch(new URL(location, this.op.issuer).toString());
        continue;
      }
      const html = await res.text();
      if (res.status === 401)
        throw new Error(`el proveedor rechazó el ingreso: ${/role="alert">([^<]*)/.exec(html)?.[1] ?? html.slice(0, 200)}`);
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      if (res.status !== 200 || !action || !prompt)
        throw new Error(`el proveedor respondió ${res.status} sin formulario: ${html.slice(0, 500)}`);
      if (prompt === 'login' && login === undefined) throw new Error('el proveedor pidió iniciar sesión y no se dio usuario');
      const credentials = typeof login === 'string' ? { login, password: 'cualquiera' } : login!;
      const body: Record<string, string> = prompt === 'login' ? { prompt, ...credentials } : { prompt };
      res = await this.fetch(new URL(action, this.op.issuer).toString(), form(body));
    }
    throw new Error('demasiadas redirecciones en la autorización');
  }

  /** A refresh-token grant, as oidc-client-ts's silent renewal sends it. */
  refresh(refreshToken: string): Promise<TokenSet | OAuthError> {
    return this.token({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: this.op.clientId });
  }

  /**
   * RP-initiated logout as the console starts it (id_token_hint and post_logout_redirect_uri),
   * confirming on the provider's page; where the browser lands.
   */
  async signOut(idToken: string, postLogoutRedirectUri: string): Promise<string> {
    const url = new URL(this.op.metadata.end_session_endpoint);
    url.searchParams.set('id_token_hint', idToken);
    url.searchParams.set('post_logout_redirect_uri', postLogoutRedirectUri);
    url.searchParams.set('client_id', this.op.clientId);
    const page = await this.fetch(url.toString());
    const html = await page.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
    if (!action || !xsrf) throw new Error(`sin formulario de cierre de sesión (${page.status}): ${html.slice(0, 500)}`);
    let res = await this.fetch(new URL(action, this.op.issuer).toString(), form({ xsrf, logout: 'yes' }));
    for (let step = 0; step < 5; step++) {
      const location = res.headers.get('location');
      if (!location) break;
      if (location.startsWith(postLogoutRedirectUri)) return location;
      res = await this.fetch(new URL(location, this.op.issuer).toString());
    }
    throw new Error(`el cierre de sesión no volvió a ${postLogoutRedirectUri} (${res.status})`);
  }

  private async token(body: Record<string, string>): Promise<TokenSet | OAuthError> {
    const res = await this.fetch(this.op.metadata.token_endpoint, form(body));
    return (await res.json()) as TokenSet | OAuthError;
  }

  private async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as object), ...(cookie ? { cookie } : {}) } });
    for (const set of res.headers.getSetCookie()) {
      const [pair, ...attributes] = set.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at).trim(), pair.slice(at + 1)];
      // A cookie set already expired is the provider deleting it (the session's, on logout).
      if (attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }
}

const form = (body: Record<string, string>): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(body).toString(),
});
