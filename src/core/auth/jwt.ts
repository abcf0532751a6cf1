import { createRemoteJWKSet, errors as joseErrors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';

import type { Config } from '../../config/env';
import { UnauthenticatedError } from '../errors/app-error';
import { ENTITY_ROLES, Role, type Principal } from './principal';

const DIVIPOLA_CODE = /^\d{2}(\d{3})?$/;
const VERIFIED_TOKEN_TTL_MS = 5 * 60_000;

const claimsSchema = z
  .object({
    sub: z.string().min(1).max(200),
    role: z.enum(Role),
    entityCode: z.string().regex(DIVIPOLA_CODE).optional(),
  })
  .refine((c) => ENTITY_ROLES.has(c.role) === (c.entityCode !== undefined), {
    message: 'entityCode es obligatorio para usuarios de entidad y no aplica a otros roles',
  });

export type TokenClaims = z.infer<typeof claimsSchema>;

export interface TokenVerifier {
  verify(token: string): Promise<Principal>;
}

/**
 * Verifies bearer tokens: HS256 with the configured secret, or RS256 against a JWKS in
 * production. Anything wrong with a token (signature, expiry, claims) is UNAUTHENTICATED.
 */
export function createTokenVerifier(config: Config): TokenVerifier {
  const options = {
    issuer: config.jwtIssuer,
    audience: config.jwtAudience,
    // A token that never expires is refused: every token must say until when it is good.
    requiredClaims: ['exp', 'sub'],
  };
  const verifyJwt =
    config.auth.kind === 'jwks'
      ? (() => {
          const jwks = createRemoteJWKSet(new URL(config.auth.jwksUrl));
          return (token: string) => jwtVerify(token, jwks, { ...options, algorithms: ['RS256'] });
        })()
      : (() => {
          const key = new TextEncoder().encode(config.auth.secret);
          return (token: string) => jwtVerify(token, key, { ...options, algorithms: ['HS256'] });
        })();

  // A client sends the same token on every request until it expires; verifying the signature
  // once and remembering the result (never longer than the token's own expiry, nor than a few
  // minutes, so a key withdrawn from the JWKS stops being honoured soon) saves that work.
  const verified = new LRUCache<string, Principal>({ max: 10_000, ttl: VERIFIED_TOKEN_TTL_MS });

  return {
    async verify(token) {
      const known = verified.get(token);
      if (known) return known;
      const { principal, expiresAt } = await verifyUncached(token);
      // lru-cache reads a ttl of 0 as "forever": a token at the edge of expiry is not cached.
      const ttl = Math.min(VERIFIED_TOKEN_TTL_MS, expiresAt - Date.now());
      if (ttl > 0) verified.set(token, principal, { ttl });
      return principal;
    },
  };

  async function verifyUncached(token: string): Promise<{ principal: Principal; expiresAt: number }> {
    let payload: JWTPayload;
    try {
      ({ payload } = await verifyJwt(token));
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) {
        throw new UnauthenticatedError('El token expiró: solicite uno nuevo');
      }
      // The JWKS could not be fetched: the token may be fine, so this is our failure, not the
      // client's (an internal error, not a reason to drop the token).
      // (jose reports a failed fetch as a timeout, as its generic error, or not as its own at all.)
      if (err instanceof joseErrors.JWKSTimeout || !(err instanceof joseErrors.JOSEError) || err.code === joseErrors.JOSEError.code) {
        throw err;
      }
      throw new UnauthenticatedError('Token inválido: la firma o el formato no son válidos');
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) {
      throw new UnauthenticatedError(`Token inválido: ${claims.error.issues[0].message}`);
    }
    return {
      // Frozen: the cached principal is shared by every request that presents this token.
      principal: Object.freeze({
        subject: claims.data.sub,
        role: claims.data.role,
        entityCode: claims.data.entityCode ?? null,
      }),
      expiresAt: payload.exp! * 1000,
    };
  }
}

/** Reads "Bearer <token>"; undefined when the header is absent. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined || header === '') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new UnauthenticatedError('Encabezado Authorization mal formado: use "Bearer <token>"');
  return match[1];
}

/** Mints an HS256 token, for local use and tests; production tokens come from the identity provider. */
export async function mintToken(config: Config, claims: TokenClaims, expiresIn: string | number = '12h'): Promise<string> {
  if (config.auth.kind !== 'secret') {
    throw new Error('Con JWKS_URL los tokens los emite el proveedor de identidad, no este servicio');
  }
  const parsed = claimsSchema.parse(claims);
  const jwt = new SignJWT({ role: parsed.role, ...(parsed.entityCode ? { entityCode: parsed.entityCode } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(parsed.sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn);
  if (config.jwtIssuer) jwt.setIssuer(config.jwtIssuer);
  if (config.jwtAudience) jwt.setAudience(config.jwtAudience);
  return jwt.sign(new TextEncoder().encode(config.auth.secret));
}
