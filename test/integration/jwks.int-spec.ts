// Production authentication: RS256 tokens of an identity provider, checked against its JWKS.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';

import { Role } from '../../src/core/auth/principal';
import { MeDocument } from '../graphql/generated';
import { errorCode, execute } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';

let jwksServer: Server;
let jwksUp = true;
let privateKey: KeyLike;
let app: TestSystem;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  jwksServer = createServer((_req, res) => {
    if (!jwksUp) {
      res.statusCode = 503;
      res.end();
      return;
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const { port } = jwksServer.address() as AddressInfo;
  app = await startTestSystem({ JWT_SECRET: '', JWKS_URL: `http://127.0.0.1:${port}/jwks.json`, JWT_ISSUER: 'https://idp.test' });
});

afterAll(async () => {
  await app?.stop();
  await new Promise((resolve) => jwksServer.close(resolve));
});

const idpToken = (claims: Record<string, unknown>, key: KeyLike = privateKey, subject = `user-${Math.random()}`) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer('https://idp.test')
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(key);

describe('JWKS_URL', () => {
  it("accepts the identity provider's tokens; the directory says who the person is", async () => {
    await app.system.api.services.people.enroll({
      subject: 'idp-bogota',
      role: Role.ENTITY_REPRESENTATIVE,
      entityCode: '11001',
      acceptPrivacy: true,
    });
    const res = await execute(app.url, MeDocument, {}, { token: await idpToken({}, privateKey, 'idp-bogota') });
    expect(res.errors).toBeUndefined();
    expect(res.data!.me).toMatchObject({ role: 'ENTITY_REPRESENTATIVE', entity: { name: 'BOGOTÁ, D.C.' } });
    // The identity provider's claims of a role grant nothing: an unknown subject is a GUEST.
    const claimed = await execute(
      app.url,
      MeDocument,
      {},
      { token: await idpToken({ role: 'ENTITY_REPRESENTATIVE', entityCode: '11001' }) },
    );
    expect(claimed.data!.me).toMatchObject({ role: 'GUEST', entity: null });
  });

  it('refuses a token signed with another key, and an HS256 token', async () => {
    const other = await generateKeyPair('RS256');
    const forged = await execute(app.url, MeDocument, {}, { token: await idpToken({ role: 'COORDINATOR' }, other.privateKey) });
    expect(errorCode(forged)).toBe('UNAUTHENTICATED');
    const hs = await new SignJWT({ role: 'COORDINATOR' })
      .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
      .setIssuer('https://idp.test')
      .setSubject('x')
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode('x'.repeat(32)));
    expect(errorCode(await execute(app.url, MeDocument, {}, { token: hs }))).toBe('UNAUTHENTICATED');
  });

  it('reports a JWKS that cannot be fetched as its own failure, not as a bad token', async () => {
    // A service that has never fetched the keys, while the identity provider answers 503.
    jwksUp = false;
    const { port } = jwksServer.address() as AddressInfo;
    const cold = await startTestSystem({ JWT_SECRET: '', JWKS_URL: `http://127.0.0.1:${port}/jwks.json`, JWT_ISSUER: 'https://idp.test' });
    try {
      const res = await execute(cold.url, MeDocument, {}, { token: await idpToken({ role: 'COORDINATOR' }) });
      expect(res.status).toBe(500);
      expect(errorCode(res)).toBe('INTERNAL_SERVER_ERROR');
      expect(res.errors![0].message).toBe('Error interno del servidor');
    } finally {
      jwksUp = true;
      await cold.stop();
    }
  });
});
