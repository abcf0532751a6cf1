import { createRemoteJWKSet, decodeJwt, errors as joseErrors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';

import type { Config } from '../../config/env';
import { UnauthenticatedError } from '../errors/app-error';
import type { Identity, Principal, Role } from './principal';

const VERIFIED_TOKEN_TTL_MS = 5 * 60_000;
/** How far ahead of ours the issuer's clock may be (`iat`, `nbf`); `exp` is checked without slack. */
export const CLOCK_TOLERANCE_SECONDS = 60;

/** What a client is told about any bad token: nothing about which check failed. */
export const INVALID_TOKEN_MESSAGE = 'Token inválido: solicite uno nuevo';
export const EXPIRED_TOKEN_MESSAGE = 'El token expiró: solicite uno nuevo';

const claimsSchema = z.object({
  sub: z.string().min(1).max(200),
  // What the identity provider says about the person, kept current in the directory at each sign-in.
  email: z.string().max(320).email().optional().catch(undefined),
  email_verified: z.boolean().optional().catch(undefined),
  name: z.string().max(200).optional().catch(undefined),
});

/** What a locally minted token says (roles are not in it: the directory decides them). */
export interface TokenClaims {
  sub: string;
  email?: string;
  name?: string;
  /** Extra claims (an identity-provider group for the ministry-role mapping, in tests). */
  extra?: Record<string, unknown>;
}

/** The ministry role a token's mapped claim grants (AUTH_ROLE_CLAIM / AUTH_ROLE_MAP), or null. */
export function claimedRole(payload: JWTPayload, mapping: Config['roleClaim']): Role | null {
  if (!mapping) return null;
  const raw = payload[mapping.claim];
  const values = Array.isArray(raw) ? raw : [raw];
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const role = mapping.map[value];
    if (role) return role;
  }
  return null;
}

export interface TokenVerifier {
  verify(token: string): Promise<Principal>;
  /** The principal and until when (ms since the epoch) the token is good. */
  authenticate(token: string): Promise<{ principal: Principal; expiresAt: number }>;
}

/** Verifies a token's signature and lifetime: who it proves, not what they may do. */
export interface IdentityVerifier {
  /** The identity and until when the token is good; `firstSeen`: this process had not seen the token (a sign-in). */
  identify(token: string): Promise<{ identity: Identity; expiresAt: number; firstSeen: boolean }>;
}

/**
 * Verifies bearer tokens: HS256 with the configured secret, or RS256 against a JWKS in
 * production. Anything wrong with a token (signature, expiry, claims) is UNAUTHENTICATED.
 */
export function createIdentityVerifier(config: Config): IdentityVerifier {
  const options = {
    issuer: config.jwtIssuer,
    audience: config.jwtAudience,
    // A token that never expires is refused: every token must say until when it is good.
    requiredClaims: ['exp', 'sub'],
    // Applied by jose to `nbf` (and `exp`, which verifyUncached checks again without slack).
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  };
  const maxLifetime = config.jwtMaxLifetimeSeconds;
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
  const verified = new LRUCache<string, { identity: Identity; expiresAt: number }>({ max: 10_000, ttl: VERIFIED_TOKEN_TTL_MS });

  async function identify(token: string) {
    const known = verified.get(token);
    if (known) return { ...known, firstSeen: false };
    const result = await verifyUncached(token);
    // lru-cache reads a ttl of 0 as "forever": a token at the edge of expiry is not cached.
    const ttl = Math.min(VERIFIED_TOKEN_TTL_MS, result.expiresAt - Date.now());
    if (ttl > 0) verified.set(token, result, { ttl });
    return { ...result, firstSeen: true };
  }

  return { identify };

  async function verifyUncached(token: string): Promise<{ identity: Identity; expiresAt: number }> {
    let payload: JWTPayload;
    try {
      ({ payload } = await verifyJwt(token));
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw new UnauthenticatedError(EXPIRED_TOKEN_MESSAGE);
      // The JWKS could not be fetched: the token may be fine, so this is our failure, not the
      // client's (an internal error, not a reason to drop the token).
      // (jose reports a failed fetch as a timeout, as its generic error, or not as its own at all.)
      if (err instanceof joseErrors.JWKSTimeout || !(err instanceof joseErrors.JOSEError) || err.code === joseErrors.JOSEError.code) {
        throw err;
      }
      throw new UnauthenticatedError(INVALID_TOKEN_MESSAGE);
    }
    const now = Date.now() / 1000;
    const { exp, iat } = payload as { exp: number; iat?: unknown };
    if (exp <= now) throw new UnauthenticatedError(EXPIRED_TOKEN_MESSAGE);
    // A token issued in the future, or good for longer than allowed (`exp` − `iat`; so `iat` is
    // required whenever a maximum applies), is refused like a forged one.
    if (iat !== undefined && (typeof iat !== 'number' || !Number.isFinite(iat) || iat > now + CLOCK_TOLERANCE_SECONDS)) {
      throw new UnauthenticatedError(INVALID_TOKEN_MESSAGE);
    }
    if (maxLifetime !== undefined && (typeof iat !== 'number' || exp - iat > maxLifetime)) {
      throw new UnauthenticatedError(INVALID_TOKEN_MESSAGE);
    }
    const claims = claimsSchema.safeParse(payload);
    // Which claim was wrong is not the caller's business.
    if (!claims.success) throw new UnauthenticatedError(INVALID_TOKEN_MESSAGE);
    const email = claims.data.email?.toLowerCase() ?? null;
    return {
      // Frozen: the cached identity is shared by every request that presents this token.
      identity: Object.freeze({
        subject: claims.data.sub,
        email,
        emailVerified: email !== null && claims.data.email_verified === true,
        name: claims.data.name?.trim() || null,
        claimedRole: claimedRole(payload, config.roleClaim),
      }),
      expiresAt: exp * 1000,
    };
  }
}

/**
 * The door: a verified identity, and what the directory says that person may be (`resolve`, which
 * refuses a deactivated person). `resolve` runs on every call, after the cached signature check, so
 * it must be cheap (the directory keeps its answers in memory for a second).
 */
export function resolvingPrincipals(
  verifier: IdentityVerifier,
  resolve: (identity: Identity, firstSeen: boolean) => Promise<Principal>,
): TokenVerifier {
  const authenticate = async (token: string) => {
    const { identity, expiresAt, firstSeen } = await verifier.identify(token);
    return { principal: await resolve(identity, firstSeen), expiresAt };
  };
  return { authenticate, verify: async (token) => (await authenticate(token)).principal };
}

/** Reads "Bearer <token>"; undefined when the header is absent. Anything but a string is malformed. */
export function bearerToken(header: unknown): string | undefined {
  if (header === undefined || header === null || header === '') return undefined;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (!match) throw new UnauthenticatedError('Encabezado Authorization mal formado: use "Bearer <token>"');
  return match[1];
}

/** Mints an HS256 token, for local use and tests; production tokens come from the identity provider. */
export async function mintToken(config: Config, claims: TokenClaims, expiresIn: string | number = '12h'): Promise<string> {
  if (config.auth.kind !== 'secret') {
    throw new Error('Con JWKS_URL los tokens los emite el proveedor de identidad, no este servicio');
  }
  const parsed = claimsSchema.parse(claims);
  const profile = {
    ...(claims.extra ?? {}),
    ...(parsed.email ? { email: parsed.email, email_verified: true } : {}),
    ...(parsed.name ? { name: parsed.name } : {}),
  };
  const build = () => {
    // jose reads the clock again for a relative expiry: both claims must come from the same second,
    // or a 12 h token minted across a second boundary lasts 12 h 1 s and breaks JWT_MAX_LIFETIME.
    const now = Math.floor(Date.now() / 1000);
    const built = new SignJWT(profile)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(parsed.sub)
      .setIssuedAt(now)
      .setExpirationTime(expiresIn);
    return Math.floor(Date.now() / 1000) === now ? built : null;
  };
  let jwt = build();
  while (!jwt) jwt = build();
  if (config.jwtIssuer) jwt.setIssuer(config.jwtIssuer);
  if (config.jwtAudience) jwt.setAudience(config.jwtAudience);
  const token = await jwt.sign(new TextEncoder().encode(config.auth.secret));
  // A token this service would refuse is no use to anyone: say so now rather than at its first request.
  const { exp, iat } = decodeJwt(token);
  const max = config.jwtMaxLifetimeSeconds;
  if (max !== undefined && exp! - iat! > max) {
    throw new Error(`La vigencia pedida (${exp! - iat!} s) supera el máximo de JWT_MAX_LIFETIME (${max} s)`);
  }
  return token;
}
