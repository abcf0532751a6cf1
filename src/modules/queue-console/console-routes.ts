import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';

import { Action, type Policy } from '../../core/auth/policy';
import { Role, type Principal } from '../../core/auth/principal';
import { AppError } from '../../core/errors/app-error';
import type { ClientAddress } from '../../core/http/client-address';
import type { Clock } from '../../core/time/clock';
import { roleOfMembership } from '../people/membership-roles';
import type { PeopleDirectory } from '../people/people-directory';
import { PersonStatus } from '../people/person.entity';
import { CONSOLE_CONTENT_SECURITY_POLICY, consoleJsonRefusal, consolePage, HOW_TO_ENTER } from './console-pages';
import { SESSION_SECONDS, type PassClaim } from './console-passes';
import { CONSOLE_PATH, ENTRY_PATH, SIGN_OUT_PATH, type QueueConsole } from './queue-console.service';

/** The session cookie: HttpOnly, SameSite=Strict, only sent under the console's path. */
export const SESSION_COOKIE = 'cti_queue_console';

const REQUEST_ID = /^[\w.:-]{1,100}$/;

export interface ConsoleRouteDeps {
  console: QueueConsole;
  people: PeopleDirectory;
  clock: Clock;
  policy: Policy;
  /** The API's rate limits: a refused link spends its address's anonymous budget, as a bad token does. */
  spend(bucket: 'ANONYMOUS', key: string): Promise<void>;
  /** The client's address (through trusted load balancers): the anonymous budget's key. */
  clientAddress: ClientAddress;
  /** Whether the public address is https (PUBLIC_URL): the cookie is then Secure. */
  secure: boolean;
  logger: Logger;
}

/** A refusal of the console: 401 (no valid session or link) or 403 (the person may not, or no longer), and why. */
class ConsoleRefusal {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly message: string,
    /** The session no longer serves: the browser is told to forget its cookie. */
    readonly endsSession = false,
  ) {}
}

const refusals = {
  noSession: () =>
    new ConsoleRefusal(
      401,
      'UNAUTHENTICATED',
      'Inicie sesión en la consola de colas',
      `No tiene una sesión abierta en la consola, o venció. ${HOW_TO_ENTER}`,
      true,
    ),
  linkInvalid: () =>
    new ConsoleRefusal(403, 'LINK_INVALID', 'Enlace no válido', `El enlace de ingreso no es válido o fue alterado. ${HOW_TO_ENTER}`),
  linkExpired: () =>
    new ConsoleRefusal(410, 'LINK_EXPIRED', 'Enlace vencido', `El enlace de ingreso venció (dura un minuto). ${HOW_TO_ENTER}`),
  linkUsed: () =>
    new ConsoleRefusal(
      410,
      'LINK_USED',
      'Enlace ya usado',
      `El enlace de ingreso ya se usó: cada enlace sirve una sola vez. ${HOW_TO_ENTER}`,
    ),
  noAccess: (message = 'La consola de colas es solo para la coordinación del programa, y su acceso actual no la incluye.') =>
    new ConsoleRefusal(403, 'FORBIDDEN', 'Sin acceso a la consola de colas', message, true),
  change: () =>
    new ConsoleRefusal(
      403,
      'FORBIDDEN',
      'Acción no permitida',
      'La consola es de consulta: lo único que permite cambiar es reintentar trabajos fallidos (los trabajos son idempotentes). Limpiar, eliminar, promover, pausar, vaciar, agregar o editar trabajos lo hace la operación del sistema.',
    ),
  limited: (message: string) => new ConsoleRefusal(429, 'RATE_LIMITED', 'Demasiados intentos', message),
  unavailable: () =>
    new ConsoleRefusal(
      503,
      'SERVICE_UNAVAILABLE',
      'Consola de colas no disponible',
      'La consola de colas no puede leer Redis en este momento: no responde. Los trámites siguen atendiéndose y el trabajo pendiente espera en la base de datos; intente de nuevo en unos minutos.',
    ),
  crossSite: () =>
    new ConsoleRefusal(
      403,
      'FORBIDDEN',
      'Solicitud rechazada',
      'La sesión de la consola solo se cierra desde la propia consola (el botón «Cerrar sesión» de esta dirección), no desde otro sitio.',
    ),
  method: () => new ConsoleRefusal(405, 'METHOD_NOT_ALLOWED', 'Método no permitido', 'Esta dirección no admite ese método.'),
};

/**
 * Whether a request comes from a page of this same origin: the browser's Sec-Fetch-Site when it
 * sends one, else its Origin against the Host asked for. A request with neither is not a browser's
 * form post (every current browser sends Origin on a POST), so no other site can have forged it.
 */
function sameOrigin(req: Request): boolean {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin';
  const origin = req.headers.origin;
  if (typeof origin !== 'string') return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function cookieOf(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

function sessionCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return `${SESSION_COOKIE}=${value}; Path=${CONSOLE_PATH}; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/**
 * The changes a coordinator may make from the board: retrying failed jobs, one or all of a queue's
 * (handlers are idempotent, so a retry repeats nothing that was done). Everything else bull-board
 * offers (clean, remove, promote a delayed term before it is due, pause, empty, obliterate, add or
 * edit a job's data, which would hand a handler an arbitrary payload) is refused here.
 */
async function allowedChange(req: Request, console: QueueConsole): Promise<boolean> {
  if (req.method !== 'PUT') return false;
  let parts: string[];
  try {
    parts = req.path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return false;
  }
  if (parts.length !== 5 || parts[0] !== 'api' || parts[1] !== 'queues') return false;
  // bull-board routes …/:queue/retry/:status before …/:queue/:jobId/retry, and so does this.
  if (parts[3] === 'retry') return parts[4] === 'failed';
  if (parts[4] !== 'retry') return false;
  const job = await console.job(parts[2], parts[3]);
  return job !== null && (await job.getState()) === 'failed';
}

/**
 * /admin/queues: bull-board's UI and JSON API for coordinators, behind a session of its own.
 * GET /admin/queues/entrar?t=<link> spends a one-time sign-in link (mutation queueConsoleLink) and
 * sets the session cookie; every other request needs that cookie, and the directory is asked again
 * each time (at most a second old, and forgotten at once when the person changes) whether its
 * person is still an active coordinator who accepted the privacy notice: a revoked coordinator is
 * refused on the next request. Refusals are Spanish pages (JSON under /api/).
 */
export function queueConsoleRoutes(deps: ConsoleRouteDeps): RequestHandler {
  const { console, people, clock, policy, logger } = deps;

  /** Who the session's person is now, by the directory (the same rule as the door's, without a token). */
  const principalOf = async (claim: PassClaim): Promise<Principal> => {
    const standing = await people.standing(claim.sub);
    if (!standing || standing.personId !== claim.pid || standing.status !== PersonStatus.ACTIVE) {
      throw refusals.noAccess('Su acceso a la plataforma está desactivado o ya no corresponde a esta sesión.');
    }
    const membership = standing.membership;
    // A role an identity-provider claim gave was checked when the link was asked for; a membership, now.
    const role = membership ? roleOfMembership[membership.role] : claim.claim ? Role.COORDINATOR : Role.GUEST;
    const principal: Principal = {
      subject: claim.sub,
      role,
      entityCode: membership?.entityCode ?? null,
      personId: standing.personId,
      ...(standing.privacyAccepted ? {} : { pendingPrivacyNotice: true }),
    };
    try {
      return policy.authorize(principal, Action.OpenQueueConsole);
    } catch (err) {
      if (err instanceof AppError && err.extensions.code === 'PRECONDITION_FAILED') throw refusals.noAccess(err.message);
      if (err instanceof AppError) throw refusals.noAccess();
      throw err;
    }
  };

  const refuse = (req: Request, res: Response, refusal: ConsoleRefusal) => {
    // A session that no longer serves is forgotten by the browser, so it does not keep presenting it.
    if (refusal.endsSession) res.append('Set-Cookie', sessionCookie('', 0, deps.secure));
    if (req.path.startsWith('/api/')) return consoleJsonRefusal(res, refusal.status, refusal.code, refusal.message);
    return consolePage(res, refusal.status, { title: refusal.title, message: refusal.message });
  };

  const enter = async (req: Request, res: Response) => {
    const verdict = await console.enter(req.query.t);
    if (!verdict.ok) {
      try {
        // Guessing or replaying links costs the address like a bad token does on /graphql.
        await deps.spend('ANONYMOUS', deps.clientAddress(req));
      } catch (limited) {
        if (limited instanceof AppError && limited.extensions.retryAfterSeconds) {
          res.set('Retry-After', String(limited.extensions.retryAfterSeconds));
          throw refusals.limited(limited.message);
        }
        throw limited;
      }
      throw verdict.reason === 'EXPIRED'
        ? refusals.linkExpired()
        : verdict.reason === 'USED'
          ? refusals.linkUsed()
          : refusals.linkInvalid();
    }
    // Someone revoked between asking for the link and opening it gets no session.
    await principalOf(verdict.claim);
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    logger.info({ person: verdict.claim.pid, requestId, until: verdict.expiresAt.toISOString() }, 'ingreso a la consola de colas');
    res.append('Set-Cookie', sessionCookie(verdict.session, SESSION_SECONDS, deps.secure));
    // A page that moves on, not a 303: a link followed from another site (the web console) is a
    // cross-site navigation, and a redirect would carry that on, so the browser would not send the
    // SameSite=Strict cookie it has just stored. The page's own navigation is same-site.
    consolePage(
      res,
      200,
      {
        title: 'Sesión abierta',
        message: 'Su sesión en la consola de colas está abierta por 30 minutos. Si el navegador no continúa solo, siga el enlace.',
        link: { href: `${CONSOLE_PATH}/`, text: 'Abrir la consola de colas' },
      },
      `${CONSOLE_PATH}/`,
    );
  };

  /**
   * GET: a page whose button signs out (the board's menu links here); POST, from this origin only:
   * the browser forgets its session cookie. The signed session itself stays valid until it expires
   * (sessions are not stored), so a copy of the cookie taken before still works until then.
   */
  const signOut = (req: Request, res: Response) => {
    const action = `${CONSOLE_PATH}${SIGN_OUT_PATH}`;
    if (req.method === 'GET' || req.method === 'HEAD') {
      return consolePage(res, 200, {
        title: 'Cerrar la sesión',
        message: 'Cierre su sesión en la consola de colas en este navegador.',
        form: { action, button: 'Cerrar sesión' },
      });
    }
    if (req.method !== 'POST') throw refusals.method();
    if (!sameOrigin(req)) throw refusals.crossSite();
    const verdict = console.passes.verify('session', cookieOf(req, SESSION_COOKIE));
    if (verdict.ok) logger.info({ person: verdict.claim.pid }, 'salida de la consola de colas');
    res.append('Set-Cookie', sessionCookie('', 0, deps.secure));
    return consolePage(res, 200, {
      title: 'Sesión cerrada',
      message: `Su sesión en la consola de colas se cerró en este navegador. ${HOW_TO_ENTER}`,
    });
  };

  return async (req, res, next) => {
    try {
      res.set('Content-Security-Policy', CONSOLE_CONTENT_SECURITY_POLICY);
      await clock.sync();
      if (req.path === ENTRY_PATH) {
        // A link previewer or scanner asking HEAD learns nothing and leaves the link unused: only a GET spends it.
        if (req.method === 'HEAD') {
          return consolePage(res, 200, {
            title: 'Enlace de ingreso',
            message: 'Abra este enlace en el navegador para entrar en la consola de colas.',
          });
        }
        if (req.method !== 'GET') throw refusals.linkInvalid();
        return await enter(req, res);
      }
      if (req.path === SIGN_OUT_PATH) return signOut(req, res);
      const verdict = console.passes.verify('session', cookieOf(req, SESSION_COOKIE));
      if (!verdict.ok) throw refusals.noSession();
      await principalOf(verdict.claim);
      // The board reads Redis on every request: while it is away or stuck, a page that says so, at once.
      if (!(await console.answers())) {
        res.set('Retry-After', '30');
        throw refusals.unavailable();
      }
      if (req.method !== 'GET' && req.method !== 'HEAD' && !(await allowedChange(req, console))) throw refusals.change();
      return console.board()(req, res, next);
    } catch (err) {
      if (err instanceof ConsoleRefusal) return refuse(req, res, err);
      logger.error({ err }, 'error interno en la consola de colas');
      if (!res.headersSent)
        res.status(500).set('Cache-Control', 'no-store').type('text/plain; charset=utf-8').send('Error interno del servidor');
    }
  };
}
