// A real OpenID Provider (oidc-provider) for tests, run as its own process: the package is
// ES-module-only, which Jest's CommonJS loader cannot import. test/support/oidc-provider.ts starts
// and stops it (this file's name differs from it because Jest would resolve that module to a
// same-named .mjs). Its only input is OIDC_TEST_CONFIG (JSON: the helper's OpenIdProviderOptions);
// its only output is one line on stdout once it listens: {"issuer":"http://127.0.0.1:<port>"}.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { URLSearchParams } from 'node:url';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { errors } from 'oidc-provider';

const settings = JSON.parse(process.env.OIDC_TEST_CONFIG ?? '{}');
const { clientId, redirectUris, postLogoutRedirectUris = [], accounts = [] } = settings;
if (!clientId || !Array.isArray(redirectUris) || redirectUris.length === 0) {
  console.error('OIDC_TEST_CONFIG debe traer clientId y redirectUris');
  process.exit(2);
}
const audience = settings.audience ?? 'urn:cti:api';
// Other resources a client may ask for (`resource=`): tokens for another API, signed with the same key.
const audiences = new Set([audience, ...(settings.otherAudiences ?? [])]);
const accessTokenTtl = settings.accessTokenTtl ?? 600;
const byId = new Map(accounts.map((a) => [a.subject, a]));

// A fresh key per run: nothing signed by an earlier run (or another test's provider) verifies.
const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const signingKey = { ...(await exportJWK(privateKey)), kid: randomBytes(8).toString('hex'), alg: 'RS256', use: 'sig' };

// The port must be known before the provider, whose issuer names it.
const server = createServer();
// Node closes an idle connection after 5 s, the moment a client (undici, a browser) may be reusing
// it; on a loaded machine the client then sees "other side closed". Idle connections are kept
// longer than any test waits, and `stop` closes them all anyway.
server.keepAliveTimeout = 120_000;
await new Promise((resolve) => server.listen(settings.port ?? 0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      // A browser app keeps no secret: a public client, held to PKCE instead.
      token_endpoint_auth_method: 'none',
      redirect_uris: redirectUris,
      post_logout_redirect_uris: postLogoutRedirectUris,
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
    },
  ],
  pkce: { required: () => true },
  // The console calls the token endpoint from the browser, from whatever port its test serves it on.
  clientBasedCORS: () => true,
  // Without offline_access oidc-provider issues no refresh token; the console renews with one.
  issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  rotateRefreshToken: true,
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  ttl: {
    AccessToken: accessTokenTtl,
    IdToken: accessTokenTtl,
    RefreshToken: 24 * 3600,
    Session: 24 * 3600,
    Grant: 24 * 3600,
    Interaction: 600,
    AuthorizationCode: 60,
  },
  async findAccount(_ctx, sub) {
    const account = byId.get(sub);
    if (!account) return undefined;
    return {
      accountId: sub,
      claims: async () => ({ sub, email: account.email, email_verified: true, name: account.name }),
    };
  },
  // The API reads who someone is from the access token alone (sub, email, name): it never calls userinfo.
  async extraTokenClaims(_ctx, token) {
    if (token.kind !== 'AccessToken') return undefined;
    const account = byId.get(token.accountId);
    return account ? { email: account.email, email_verified: true, name: account.name } : undefined;
  },
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    revocation: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => audience,
      // Without this the refresh grant (scope openid, no resource parameter) would give an opaque
      // token for userinfo instead of a JWT for the API.
      useGrantedResource: () => true,
      getResourceServerInfo: (_ctx, indicator) => {
        if (!audiences.has(indicator)) throw new errors.InvalidTarget();
        return resourceServer(indicator);
      },
    },
  },
});
// The provider's own warnings (devInteractions, default pages) are for developers of an IdP, not for test output.
provider.on('server_error', (_ctx, err) => console.error('oidc-provider server_error', err));
const handle = provider.callback();
server.on('request', (req, res) => {
  if (req.method === 'POST' && /^\/interaction\/[\w-]+$/.test(req.url ?? '')) void checkLogin(req, res);
  else handle(req, res);
});

console.log(JSON.stringify({ issuer }));

const stop = () => {
  server.close(() => process.exit(0));
  // Keep-alive connections of the test's HTTP client would hold the close back.
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

/** The API the access tokens are for: a JWT it can verify on its own with the provider's JWKS. */
function resourceServer(indicator) {
  return {
    scope: 'openid profile email',
    audience: indicator,
    accessTokenTTL: accessTokenTtl,
    accessTokenFormat: 'jwt',
    jwt: { sign: { alg: 'RS256' } },
  };
}

/**
 * devInteractions take any login; this provider signs in only its accounts, with their password
 * when the test gave one. A refused login gets the form again with an error, as a real provider
 * answers it; an accepted one goes on to oidc-provider with the body already read.
 */
async function checkLogin(req, res) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 16 * 1024) {
      res.writeHead(413).end();
      return;
    }
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString();
  const form = new URLSearchParams(text);
  if (form.get('prompt') === 'login') {
    const account = byId.get(form.get('login') ?? '');
    if (!account || (account.password !== undefined && account.password !== form.get('password'))) {
      res.writeHead(401, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(`<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Ingresar</title></head><body>
<main><h1>Ingresar</h1><p role="alert">Usuario o contraseña incorrectos.</p>
<form autocomplete="off" action="${req.url}" method="post">
<input type="hidden" name="prompt" value="login"/>
<label>Usuario <input required type="text" name="login" autofocus></label>
<label>Contraseña <input required type="password" name="password"></label>
<button type="submit">Sign-in</button></form></main></body></html>`);
      return;
    }
  }
  // oidc-provider reads an already-read body from req.body.
  req.body = text;
  handle(req, res);
}
