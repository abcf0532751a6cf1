import { decodeJwt, decodeProtectedHeader } from 'jose';

import { Role } from '../../src/core/auth/principal';
import { dataOf, executeText } from '../support/http';
import {
  HttpOidcClient,
  startOpenIdProvider,
  TEST_API_AUDIENCE,
  type OAuthError,
  type TestOpenIdProvider,
  type TokenSet,
} from '../support/oidc-provider';
import { startTestSystem, type TestSystem } from '../support/test-system';

// The console's public client, as a deployment registers it at its identity provider.
const CONSOLE = 'http://127.0.0.1:5173';
const CALLBACK = `${CONSOLE}/entrar/callback`;
const ME = 'query { me { subject role entityCode person { email name } } }';
const ana = { subject: 'ana-6f2c', email: 'ana.lider@medellin.gov.co', name: 'Ana Lucía Restrepo', password: 'clave-de-ana-2026' };
const asAna = { login: ana.subject, password: ana.password };
const bruno = { subject: 'bruno-91d0', email: 'bruno@cali.gov.co', name: 'Bruno Díaz' };

let op: TestOpenIdProvider;
let app: TestSystem;

beforeAll(async () => {
  op = await startOpenIdProvider({
    clientId: 'cti-consola',
    redirectUris: [CALLBACK],
    postLogoutRedirectUris: [`${CONSOLE}/`],
    accounts: [ana, bruno],
    otherAudiences: ['urn:otra:api'],
  });
  // Production's way: the API trusts the provider's keys (JWKS_URL), its issuer and the API's audience.
  app = await startTestSystem({ JWT_SECRET: '', ...op.apiEnv() });
  // The ministry enrolled Ana as Medellín's TIC leader; the identity provider only proves who she is.
  await app.system.api.services.people.enroll({
    subject: ana.subject,
    role: Role.ENTITY_TIC_LEADER,
    entityCode: '05001',
    email: ana.email,
    acceptPrivacy: true,
  });
}, 60_000);

afterAll(async () => {
  await app?.stop();
  await op?.stop();
});

const me = (token: string) => executeText(app.url, ME, undefined, { token });
const tokens = (answer: TokenSet | OAuthError): TokenSet => {
  if ('error' in answer) throw new Error(`${answer.error}: ${answer.error_description ?? ''}`);
  return answer;
};

describe('signing in to the API through a real OpenID Provider (authorization code + PKCE)', () => {
  it('publishes what the console’s client needs', () => {
    expect(op.metadata).toMatchObject({
      issuer: op.issuer,
      code_challenge_methods_supported: expect.arrayContaining(['S256']),
      grant_types_supported: expect.arrayContaining(['authorization_code', 'refresh_token']),
      end_session_endpoint: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\//),
    });
    expect(app.config.auth).toEqual({ kind: 'jwks', jwksUrl: op.metadata.jwks_uri });
  });

  it('gives an RS256 JWT for the API with who the person is, which the API takes with the directory’s role', async () => {
    const client = new HttpOidcClient(op, CALLBACK);
    const signedIn = await client.signIn(asAna);
    expect(decodeProtectedHeader(signedIn.access_token).alg).toBe('RS256');
    expect(decodeJwt(signedIn.access_token)).toMatchObject({
      iss: op.issuer,
      aud: TEST_API_AUDIENCE,
      sub: ana.subject,
      email: ana.email,
      name: ana.name,
      client_id: 'cti-consola',
    });
    expect(signedIn.refresh_token).toEqual(expect.any(String));
    expect(signedIn.id_token).toEqual(expect.any(String));

    const answer = await me(signedIn.access_token);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      me: { subject: ana.subject, role: Role.ENTITY_TIC_LEADER, entityCode: '05001', person: { email: ana.email, name: ana.name } },
    });
  });

  it('registers someone the directory does not know as a guest, with the provider’s name and e-mail', async () => {
    const signedIn = await new HttpOidcClient(op, CALLBACK).signIn(bruno.subject);
    expect(dataOf(await me(signedIn.access_token)).me).toMatchObject({
      subject: bruno.subject,
      role: Role.GUEST,
      entityCode: null,
      person: { email: bruno.email, name: bruno.name },
    });
    const standing = await app.system.api.services.people.standing(bruno.subject, true);
    expect(standing).toMatchObject({ status: 'ACTIVE', membership: null });
  });

  it('signs in only its accounts, with their password', async () => {
    const client = new HttpOidcClient(op, CALLBACK);
    await expect(client.signIn({ login: ana.subject, password: 'otra-clave' })).rejects.toThrow('Usuario o contraseña incorrectos');
    await expect(client.signIn('nadie-0000')).rejects.toThrow('Usuario o contraseña incorrectos');
  });

  it('holds the public client to PKCE', async () => {
    const client = new HttpOidcClient(op, CALLBACK);
    const withoutChallenge = await client.authorize({ state: 'sin-pkce' }, asAna);
    expect(withoutChallenge.get('error')).toBe('invalid_request');
    expect(withoutChallenge.get('code')).toBeNull();

    // A code exchanged with the wrong verifier is refused.
    const callback = await client.authorize(
      { code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', code_challenge_method: 'S256', state: 'otro-verificador' },
      asAna,
    );
    const res = await fetch(op.metadata.token_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: CONSOLE },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: callback.get('code')!,
        code_verifier: 'x'.repeat(43),
        client_id: 'cti-consola',
        redirect_uri: CALLBACK,
      }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as OAuthError).error).toBe('invalid_grant');
    // The console calls the token endpoint from the browser: the provider answers its origin.
    expect(res.headers.get('access-control-allow-origin')).toBe(CONSOLE);
  });

  it('renews with the refresh token, rotating it: the used one is refused afterwards', async () => {
    const client = new HttpOidcClient(op, CALLBACK);
    // As the console asks by default (CONSOLE_OIDC_SCOPE): this provider drops offline_access
    // without prompt=consent, and gives the public client a refresh token bound to the session anyway.
    const first = await client.signIn(asAna, { scope: 'openid profile email offline_access' });
    const renewed = tokens(await client.refresh(first.refresh_token!));
    expect(renewed.access_token).not.toBe(first.access_token);
    expect(renewed.refresh_token).toEqual(expect.any(String));
    expect(renewed.refresh_token).not.toBe(first.refresh_token);
    // Still a JWT for the API on the refresh grant (resource indicators), not an opaque userinfo token.
    expect(decodeJwt(renewed.access_token)).toMatchObject({ aud: TEST_API_AUDIENCE, sub: ana.subject, email: ana.email, name: ana.name });
    expect(dataOf(await me(renewed.access_token)).me).toMatchObject({ subject: ana.subject, role: Role.ENTITY_TIC_LEADER });

    expect(await client.refresh(first.refresh_token!)).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses at the API a token of the same provider for another audience, and the ID token', async () => {
    const client = new HttpOidcClient(op, CALLBACK);
    const other = await client.signIn(asAna, { resource: 'urn:otra:api' });
    expect(decodeJwt(other.access_token)).toMatchObject({ iss: op.issuer, aud: 'urn:otra:api', sub: ana.subject });
    for (const token of [other.access_token, other.id_token!]) {
      const answer = await me(token);
      expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(answer.data ?? null).toBeNull();
    }
    // An API the provider does not serve gets no token at all.
    const unknown = await client.authorize({
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
      resource: 'urn:desconocida',
    });
    expect(unknown.get('error')).toBe('invalid_target');
  });

  it('ends the session on signing out: no silent sign-in, and the refresh token stops working', async () => {
    const client = new HttpOidcClient(op, CALLBACK);
    const signedIn = await client.signIn(asAna);
    // While the session lasts, a new authorization needs no login (what a silent renewal by iframe relies on).
    const silent = await client.authorize({
      prompt: 'none',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    });
    expect(silent.get('code')).toEqual(expect.any(String));

    const landed = await client.signOut(signedIn.id_token!, `${CONSOLE}/`);
    expect(landed).toBe(`${CONSOLE}/`);

    const afterwards = await client.authorize({
      prompt: 'none',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    });
    expect(afterwards.get('error')).toBe('login_required');
    expect(await client.refresh(signedIn.refresh_token!)).toMatchObject({ error: 'invalid_grant' });
  });
});
