import express, { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import { decodeJwt } from 'jose';
import type { Logger } from 'pino';

import type { Config } from '../config/env';
import { mintToken } from '../core/auth/jwt';
import { Role, roleLabel } from '../core/auth/principal';
import { RateLimitedError } from '../core/errors/app-error';
import type { AppServices } from '../core/graphql/context';
import { roleOfMembership } from '../modules/people/membership-roles';
import { PersonStatus } from '../modules/people/person.entity';

export const DEMO_SIGN_IN_PATH = '/demo/sign-in';
/** A demo sign-in lasts an hour: long enough to look around, short enough that a copied token soon stops working. */
export const DEMO_TOKEN_SECONDS = 3600;
/** `{ "subject": "…" }` needs a few dozen bytes. */
const BODY_LIMIT = '1kb';

/** Someone the demo data lists: their subject is their demo e-mail address. */
export interface DemoPerson {
  subject: string;
  name: string;
}

/** One person of the sign-in page's list, as the directory holds them now. */
export interface DemoSignInPerson {
  subject: string;
  name: string;
  role: Role;
  roleLabel: string;
  entityCode: string | null;
  /** The entity's official DIVIPOLA name (MEDELLÍN), as TerritorialEntity.name gives it. */
  entityName?: string;
}

export interface DemoSignInDeps {
  config: Config;
  services: AppServices;
  logger: Logger;
  /** The demo people, when the system was started with demo data; otherwise the page is not there. */
  people: readonly DemoPerson[] | undefined;
  /** Spends a point of the anonymous budget of the request's address (throws RATE_LIMITED). */
  spend(req: Request): Promise<void>;
}

const MESSAGES = {
  notDemo: 'El ingreso de demostración solo existe cuando el sistema se inicia con los datos de demostración (npm start).',
  production: 'El ingreso de demostración no está disponible en producción: ingrese con el proveedor de identidad de la entidad.',
  identityProvider: 'El ingreso de demostración no está disponible: los tokens los emite el proveedor de identidad configurado (JWKS_URL).',
  badBody: 'Envíe un cuerpo JSON (Content-Type: application/json) de la forma { "subject": "<persona de la lista de demostración>" }.',
  unknown: 'Esa persona no está en la lista de demostración o su acceso está desactivado.',
  tooLarge: `El cuerpo de la solicitud supera el límite de ${BODY_LIMIT}.`,
  method: 'Método no admitido: use GET para la lista y POST para ingresar.',
} as const;

const refuse = (res: Response, status: number, error: string) => res.status(status).set('cache-control', 'no-store').json({ error });

/**
 * The embedded default's sign-in page's server side (GET: the demo people; POST { subject }: an
 * hour's token for one of them). Mounted always, so a deployment without demo data answers JSON
 * rather than whatever serves the console's pages; it refuses in production and whenever tokens
 * come from an identity provider. Every request spends a point of the anonymous budget: it is
 * an unauthenticated way to a token.
 */
export function demoSignIn(deps: DemoSignInDeps): Router {
  const { config, services, logger, people } = deps;
  const router = Router();
  const listed = new Map((people ?? []).map((p) => [p.subject, p]));

  router.use(async (req, res, next) => {
    try {
      await deps.spend(req);
    } catch (err) {
      if (!(err instanceof RateLimitedError)) return next(err);
      const seconds = Number(err.extensions.retryAfterSeconds);
      return refuse(res.set('retry-after', String(seconds)), 429, err.message);
    }
    if (!people) return refuse(res, 404, MESSAGES.notDemo);
    if (config.production) return refuse(res, 403, MESSAGES.production);
    if (config.auth.kind !== 'secret') return refuse(res, 403, MESSAGES.identityProvider);
    next();
  });

  /** A listed person the directory holds as active, with their role and entity as it says now; null otherwise. */
  async function current(person: DemoPerson): Promise<DemoSignInPerson | null> {
    const standing = await services.people.standing(person.subject, true);
    if (!standing || standing.status !== PersonStatus.ACTIVE) return null;
    const role = standing.membership ? roleOfMembership[standing.membership.role] : Role.GUEST;
    const entityCode = standing.membership?.entityCode ?? null;
    const entityName = entityCode ? await services.directory.read((d) => d.find(entityCode)?.name) : undefined;
    return {
      subject: person.subject,
      name: person.name,
      role,
      roleLabel: roleLabel[role],
      entityCode,
      ...(entityName ? { entityName } : {}),
    };
  }

  router.get('/', async (_req, res, next) => {
    try {
      const found = await Promise.all([...listed.values()].map(current));
      res.set('cache-control', 'no-store').json({ people: found.filter((p): p is DemoSignInPerson => p !== null) });
    } catch (err) {
      next(err);
    }
  });

  // Only JSON is read: a cross-site HTML form cannot send it, and a script elsewhere cannot without
  // a CORS preflight this API does not grant to other origins.
  router.post('/', express.json({ limit: BODY_LIMIT, strict: true }), async (req, res, next) => {
    try {
      const subject: unknown = (req.body as { subject?: unknown } | undefined)?.subject;
      if (typeof subject !== 'string') return refuse(res, 400, MESSAGES.badBody);
      const person = listed.get(subject);
      const now = person ? await current(person) : null;
      // The subject the caller sent is never repeated back.
      if (!person || !now) return refuse(res, 404, MESSAGES.unknown);
      const seconds = Math.min(DEMO_TOKEN_SECONDS, config.jwtMaxLifetimeSeconds ?? DEMO_TOKEN_SECONDS);
      // A string: jose reads a number as the instant of expiry, not as a duration.
      const accessToken = await mintToken(config, { sub: person.subject, email: person.subject, name: person.name }, `${seconds}s`);
      const expiresAt = new Date(decodeJwt(accessToken).exp! * 1000).toISOString();
      logger.info({ role: now.role, entityCode: now.entityCode }, 'ingreso de demostración');
      res.set('cache-control', 'no-store').json({ accessToken, expiresAt });
    } catch (err) {
      next(err);
    }
  });

  router.all('/', (_req, res) => refuse(res.set('allow', 'GET, POST'), 405, MESSAGES.method));

  const bodyErrors: ErrorRequestHandler = (err, _req, res, next) => {
    const { status, type } = err as { status?: number; type?: string };
    if (type === 'entity.too.large') return refuse(res, 413, MESSAGES.tooLarge);
    if (typeof status === 'number' && status >= 400 && status < 500) return refuse(res, 400, MESSAGES.badBody);
    logger.error({ err }, 'error interno en el ingreso de demostración');
    if (res.headersSent) return next(err);
    refuse(res, 500, 'Error interno del servidor');
  };
  router.use(bodyErrors);
  return router;
}
