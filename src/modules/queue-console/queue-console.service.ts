import { once } from 'node:events';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Job, Queue } from 'bullmq';
import type { Express, RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

import type { Principal } from '../../core/auth/principal';
import { ForbiddenError } from '../../core/errors/app-error';
import { bullPrefix, Queues } from '../../core/queue/queues';
import type { Clock } from '../../core/time/clock';
import { withTimeout } from '../../core/timeout';
import type { PeopleDirectory } from '../people/people-directory';
import { ConsolePasses, LINK_SECONDS, SESSION_SECONDS, type PassClaim, type PassVerdict } from './console-passes';

/** Where the console is served. */
export const CONSOLE_PATH = '/admin/queues';
/** Where a sign-in link lands, under the console's path (so the cookie's Path covers it). */
export const ENTRY_PATH = '/entrar';
/** Where a coordinator signs out (GET: a page with the button; POST: the sign-out). */
export const SIGN_OUT_PATH = '/salir';
/**
 * How long a console request waits for Redis, and each of the board's commands takes at most: a
 * Redis that is down or does not answer gets a 503 page within this, not a request left hanging.
 */
export const CONSOLE_REDIS_MS = 2_000;

/**
 * Job data fields that hold a secret until a job has done its work: the one-time codes of
 * invitation and contact-address mail (send-invitation.job.ts, send-contact-code.job.ts keep only
 * their hash elsewhere). A coordinator reading the board must not learn them.
 */
const SECRET_FIELDS: ReadonlySet<string> = new Set(['code', 'token', 'secret', 'password']);
export const HIDDEN = '[oculto]';

/** A job's data as the board shows it: every secret field, at any depth, replaced by HIDDEN. */
export function withoutSecrets(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(withoutSecrets);
  if (data === null || typeof data !== 'object') return data;
  return Object.fromEntries(
    Object.entries(data as Record<string, unknown>).map(([key, value]) => [key, SECRET_FIELDS.has(key) ? HIDDEN : withoutSecrets(value)]),
  );
}

/** A sign-in link as the API gives it: the URL to open in a browser and the instant it stops working. */
export interface ConsoleLink {
  url: string;
  expiresAt: Date;
}

/** What a sign-in link gave: the session cookie's value and the person, or why it gave nothing. */
export type EntryVerdict =
  { ok: true; session: string; claim: PassClaim; expiresAt: Date } | { ok: false; reason: 'TAMPERED' | 'EXPIRED' | 'USED' };

/**
 * The queue console: sign-in links and sessions for coordinators, and the bull-board instance over
 * every queue of the system. The queues (and their Redis connection) are opened on the console's
 * first authorized request, so the worker and the CLI, which build the same services, open nothing.
 */
export class QueueConsole {
  readonly passes: ConsolePasses;
  private opened: { queues: Queues; connection: Redis; board: RequestHandler } | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly redisPrefix: string,
    linkSecret: string,
    private readonly clock: Clock,
    private readonly people: PeopleDirectory,
    /** The public origin links start with (PUBLIC_URL, else the address this API listens on). */
    private readonly base: () => string,
    private readonly logger: Logger,
  ) {
    this.passes = new ConsolePasses(linkSecret, clock);
  }

  /**
   * A one-time link that signs the coordinator in to the console. Whether their role comes from a
   * directory membership or an identity-provider claim is recorded: without a token, later requests
   * can only re-check the former; the latter is trusted for the session's length.
   */
  async linkFor(principal: Principal): Promise<ConsoleLink> {
    const standing = await this.people.standing(principal.subject, true);
    if (!standing || !principal.personId) {
      throw new ForbiddenError('Su cuenta no está en el directorio de personas de la plataforma: no puede abrir la consola de colas.');
    }
    const { pass, claim } = this.passes.issue(
      'link',
      { sub: principal.subject, pid: principal.personId, claim: standing.membership === null },
      LINK_SECONDS,
    );
    return { url: `${this.base()}${CONSOLE_PATH}${ENTRY_PATH}?t=${pass}`, expiresAt: new Date(claim.exp * 1000) };
  }

  /**
   * Spends a sign-in link: valid, unexpired and never used before (its nonce is claimed in Redis with
   * SET NX, shared by every API process), it gives a session for the same person.
   */
  async enter(link: unknown): Promise<EntryVerdict> {
    const verdict: PassVerdict = this.passes.verify('link', link);
    if (!verdict.ok) return verdict;
    const { claim } = verdict;
    // Kept a little past the link's own expiry by the system's clock, so no replay outlives the nonce.
    const ttlMs = Math.max(1000, claim.exp * 1000 - this.clock.now().getTime()) + LINK_SECONDS * 1000;
    const first = await this.redis.set(`${this.redisPrefix}:queue-console:used:${claim.n ?? ''}`, '1', 'PX', ttlMs, 'NX');
    if (first !== 'OK') return { ok: false, reason: 'USED' };
    const session = this.passes.issue('session', { sub: claim.sub, pid: claim.pid, claim: claim.claim }, SESSION_SECONDS);
    return { ok: true, session: session.pass, claim: session.claim, expiresAt: new Date(session.claim.exp * 1000) };
  }

  /**
   * Whether the console's Redis answers within `ms` (opening the connection on first use): waits
   * for a connection under way, fails at once while Redis is known to be away (the client's error),
   * and gives up on a Redis that accepts but does not answer.
   */
  async answers(ms = CONSOLE_REDIS_MS): Promise<boolean> {
    const { connection } = this.open();
    const ready = connection.status === 'ready' ? Promise.resolve() : once(connection, 'ready').then(() => undefined);
    return withTimeout(
      ready.then(() => connection.ping()),
      ms,
    ).then(
      () => true,
      () => false,
    );
  }

  /** The queues the console shows (opened on first use). */
  queues(): Queue[] {
    return this.open().queues.all();
  }

  /** A job of a queue by name, or null when neither exists. */
  async job(queueName: string, jobId: string): Promise<Job | null> {
    const queue = this.queues().find((q) => q.name === queueName);
    return queue ? ((await queue.getJob(jobId)) ?? null) : null;
  }

  /** bull-board's express app (UI, static files and its JSON API), built on first use. */
  board(): RequestHandler {
    return this.open().board;
  }

  private open(): { queues: Queues; connection: Redis; board: RequestHandler } {
    if (this.opened) return this.opened;
    // Its own connection, failing fast rather than waiting while Redis is away or stuck: a console
    // request is a person waiting (console-routes.ts answers 503), and nothing here must be kept
    // for later. No offline queue, one retry, and every command bounded.
    const connection = this.redis.duplicate({
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: CONSOLE_REDIS_MS,
    });
    connection.on('error', (err) => this.logger.debug({ err }, 'redis (consola de colas) no responde'));
    const queues = new Queues(connection, bullPrefix(this.redisPrefix));
    for (const queue of queues.all()) queue.on('error', (err) => this.logger.debug({ err }, 'redis (consola de colas) no responde'));
    const serverAdapter = new ExpressAdapter().setBasePath(CONSOLE_PATH);
    // Not bull-board's readOnlyMode: it also forbids retries (and hides their buttons). What a
    // coordinator may change is decided by console-routes.ts (`allowedChange`): only retries of
    // failed jobs. allowCompletedRetries (read at run time, missing from 9.10.1's typings) hides
    // the retry of completed jobs, which would run a job's work a second time.
    const adapterOptions = { allowRetries: true, allowCompletedRetries: false };
    createBullBoard({
      queues: queues.all().map((queue) => {
        const adapter = new BullMQAdapter(queue, adapterOptions);
        adapter.setFormatter('data', withoutSecrets);
        return adapter;
      }),
      serverAdapter,
      options: {
        uiConfig: {
          boardTitle: 'Colas de trabajo CTI',
          locale: { lng: 'es-ES' },
          hideDocsLink: true,
          // The board's header menu: the way out (a page whose button signs out, console-routes.ts).
          miscLinks: [{ text: 'Cerrar sesión', url: `${CONSOLE_PATH}${SIGN_OUT_PATH}` }],
        },
      },
    });
    const board = serverAdapter.getRouter() as Express;
    // Its own express app would put back the X-Powered-By header helmet removed.
    board.disable('x-powered-by');
    this.opened = { queues, connection, board };
    return this.opened;
  }

  async close(): Promise<void> {
    if (!this.opened) return;
    const { queues, connection } = this.opened;
    this.opened = null;
    await queues.close();
    connection.disconnect();
  }
}
