import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  GraphQLError,
  Kind,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';

import { bearerToken, type TokenVerifier } from '../auth/jwt';
import type { Principal } from '../auth/principal';
import { AppError, ErrorCode } from '../errors/app-error';
import type { GraphQLContext } from '../graphql/context';
import { INTERNAL, operationLabel, recordOperation, recordRefusal, subscriptionsOpen } from '../metrics/metrics';
import type { AddressedRequest } from './client-address';

/** Close codes and reasons a client sees: generic, in Spanish, never an internal message. */
const FORBIDDEN = 4403;
const REFUSED_REASON = 'No autenticado: token ausente o inválido';
const EXPIRED_REASON = 'El token expiró: solicite uno nuevo';
const INTERNAL_REASON = 'Error interno del servidor';
/** Too many refused connections from one address (the rate limit of requests without a valid token). */
const TOO_MANY = 4429;
const TOO_MANY_REASON = 'Demasiadas solicitudes sin autenticación válida: intente más tarde';
/** setTimeout's longest delay; a later expiry is waited for in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface SubscriptionOptions {
  schema: GraphQLSchema;
  /** The door's verifier (token and principal), asked at connection and again before each event is delivered. */
  verifier: TokenVerifier;
  /** Message size limit in bytes (`ws` closes the socket with 1009 beyond it, before any parsing). */
  maxPayload: number;
  /** Parses with the token limit, validates with the API's rules and checks the cost (see queryProtection). */
  prepare: (
    schema: GraphQLSchema,
    payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
  ) => Omit<ExecutionArgs, 'contextValue'> | GraphQLError[];
  context: (principal: Principal, requestId: string) => GraphQLContext;
  /**
   * Whether an operation may run now for its principal (the API's rate limits): it throws the
   * refusal (an AppError), which becomes the operation's error.
   */
  admit?: (principal: Principal, operation: Omit<ExecutionArgs, 'contextValue'>) => Promise<void>;
  /** Counts a connection refused at the door against its client's address (the API's rate limits); throws when that address is over its limit. */
  refused?: (request: AddressedRequest | undefined) => Promise<void>;
  /**
   * Tells of subjects whose access may have changed (the people directory, from any process): their
   * connections are checked at once and closed when the door would now refuse them or admit them as
   * someone else (another role or entity). Returns the unsubscribe.
   */
  accessChanges?: (listener: (subjects: string[]) => void) => () => void;
  /** The API's error masking (formatErrorFor). */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  logger: Logger;
}

type Connection = {
  socket: WebSocket;
  /** The upgrade request (graphql-ws puts it here), for the client's address. */
  request?: AddressedRequest;
  principal?: Principal;
  token?: string;
  expiresAt?: number;
  timer?: NodeJS.Timeout;
};

/**
 * Whether the door admits the same person as the same role, for the same entity (accepting the
 * privacy notice changes nothing a subscription was allowed: the notice gates subscribing itself).
 */
const samePrincipal = (a: Principal, b: Principal): boolean =>
  a.subject === b.subject && a.role === b.role && a.entityCode === b.entityCode;

/**
 * GraphQL over graphql-ws on the HTTP server's `/graphql`. The token travels in the connection's
 * `connectionParams.authorization` (browsers cannot set headers on a WebSocket). The same limits
 * and error masking apply as over HTTP. A connection is closed with 4403 when its token is missing,
 * malformed or refused, when the token expires (a timer at `exp`), and when an event is about to be
 * delivered to a principal the door would no longer admit.
 */
export function serveSubscriptions(httpServer: Server, options: SubscriptionOptions) {
  const { verifier, logger } = options;
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: options.maxPayload });
  // `ws` reports a client's protocol violation (a message over maxPayload, bad UTF-8…) as a socket
  // 'error' and closes the socket itself (1009, 1007…); graphql-ws would print it as an internal
  // error. It is the client's fault: logged at debug, and no further.
  wsServer.on('connection', (socket) => {
    const emit = socket.emit.bind(socket);
    socket.emit = ((event: string | symbol, ...args: unknown[]) => {
      const code = (args[0] as { code?: unknown } | undefined)?.code;
      if (event === 'error' && typeof code === 'string' && code.startsWith('WS_ERR_')) {
        logger.debug({ code }, 'conexión WebSocket cerrada por un mensaje inválido');
        return true;
      }
      return emit(event, ...args);
    }) as typeof socket.emit;
  });
  /** Each operation's context → the check its events pass before delivery, and a fresh context for each event. */
  const guards = new WeakMap<object, { admitted: () => Promise<boolean>; context: () => GraphQLContext }>();

  const closeAtExpiry = (c: Connection) => {
    const left = c.expiresAt! - Date.now();
    c.timer = setTimeout(
      () => (Date.now() >= c.expiresAt! ? c.socket.close(FORBIDDEN, EXPIRED_REASON) : closeAtExpiry(c)),
      Math.max(0, Math.min(left, MAX_TIMER_MS)),
    );
    c.timer.unref();
  };

  /** The open connections of each subject, for the directory's changes. */
  const bySubject = new Map<string, Set<Connection>>();
  const forget = (c: Connection) => {
    const set = c.principal ? bySubject.get(c.principal.subject) : undefined;
    set?.delete(c);
    if (set && !set.size) bySubject.delete(c.principal!.subject);
  };
  const stopListening = options.accessChanges?.((subjects) => {
    for (const subject of subjects) for (const c of bySubject.get(subject) ?? []) void stillAdmitted(c);
  });
  wsServer.on('close', () => stopListening?.());

  /** Whether the connection's principal is still admitted as the same principal; if not, the connection is closed. */
  const stillAdmitted = async (c: Connection): Promise<boolean> => {
    try {
      if (Date.now() < c.expiresAt! && samePrincipal(c.principal!, (await verifier.authenticate(c.token!)).principal)) return true;
    } catch (err) {
      if (!(err instanceof AppError)) logger.error({ err }, 'error interno al revisar una suscripción');
    }
    c.socket.close(FORBIDDEN, Date.now() < c.expiresAt! ? REFUSED_REASON : EXPIRED_REASON);
    return false;
  };

  const mask = (error: GraphQLError, executed: boolean): GraphQLFormattedError => {
    const formatted = error.toJSON();
    // graphql-js's refusals of a variable (no data, no path, at the variable's definition) carry no
    // code; Apollo calls them BAD_USER_INPUT, and formatError adds their problems as over HTTP.
    const requestError = !executed && !error.path && !formatted.extensions?.code && error.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION;
    return options.formatError(
      requestError ? { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } } : formatted,
      error,
    );
  };

  return useServer<Record<string, unknown> | undefined, Connection>(
    {
      schema: options.schema,
      onConnect: async (ctx) => {
        const c = ctx.extra;
        /** A refused connection spends its address's budget; past it, the close says so. */
        const refuse = async () => {
          const limited = await options.refused?.(c.request).then(
            () => false,
            () => true,
          );
          c.socket.close(limited ? TOO_MANY : FORBIDDEN, limited ? TOO_MANY_REASON : REFUSED_REASON);
          // Counted as over HTTP: a refusal at the door never reaches an operation's count.
          recordRefusal('unauthenticated', limited ? ErrorCode.RATE_LIMITED : ErrorCode.UNAUTHENTICATED);
        };
        try {
          const token = bearerToken(ctx.connectionParams?.authorization);
          if (!token) {
            await refuse();
            return false;
          }
          const { principal, expiresAt } = await verifier.authenticate(token);
          Object.assign(c, { principal, token, expiresAt });
          closeAtExpiry(c);
          let set = bySubject.get(principal.subject);
          if (!set) bySubject.set(principal.subject, (set = new Set()));
          set.add(c);
          return true;
        } catch (err) {
          if (err instanceof AppError) {
            await refuse();
          } else {
            logger.error({ err }, 'error interno al autenticar una conexión WebSocket');
            recordRefusal('other', INTERNAL);
            c.socket.close(4500, INTERNAL_REASON);
          }
          return false;
        }
      },
      onClose: (ctx) => {
        clearTimeout(ctx.extra.timer);
        forget(ctx.extra);
      },
      onSubscribe: async (ctx, _id, payload) => {
        const prepared = options.prepare(options.schema, payload);
        if (Array.isArray(prepared)) return prepared;
        try {
          await options.admit?.(ctx.extra.principal!, prepared);
        } catch (err) {
          if (err instanceof GraphQLError) return [err];
          throw err;
        }
        const principal = ctx.extra.principal!;
        const requestId = randomUUID();
        const contextValue = options.context(principal, requestId);
        guards.set(contextValue, { admitted: () => stillAdmitted(ctx.extra), context: () => options.context(principal, requestId) });
        return { ...prepared, contextValue };
      },
      // graphql-js's subscribe, except that each event is executed in a context of its own (a fresh
      // EntityManager fork and fresh DataLoaders: what one event read is never served, stale, to
      // the next), and only once the connection's principal is still admitted.
      subscribe: async (args) => {
        const stream = await createSourceEventStream(args);
        const guard = guards.get(args.contextValue as object);
        if (!guard || !(Symbol.asyncIterator in stream)) return stream as ExecutionResult;
        subscriptionsOpen.inc();
        return perEvent(
          stream,
          guard.admitted,
          (event) => execute({ ...args, rootValue: event, contextValue: guard.context() }),
          () => subscriptionsOpen.dec(),
        );
      },
      // Metrics: an operation counts once it has run (a subscription: once its stream is open), or
      // when it is refused before that (onError below); its duration is not measured over WebSocket.
      onOperation: (_ctx, _id, _payload, args, result) => {
        const operation = getOperationAST(args.document, args.operationName);
        const label = operationLabel(operation?.name?.value ?? args.operationName, Boolean(operation));
        const errors = Symbol.asyncIterator in result ? undefined : (result as ExecutionResult).errors;
        recordOperation(
          label,
          operation?.operation ?? 'unknown',
          errors?.map((e) => e.extensions?.code ?? null),
        );
        return undefined;
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((e) => mask(e, result.data !== undefined)) } : undefined,
      onError: (ctx, id, payload, errors) => {
        // A delivery that failed because the client went away (a tab closed mid-send): there is
        // no one to tell and nothing wrong here, so it is not an internal error to log as one.
        if (connectionGone(ctx.extra.socket.readyState, errors)) {
          logger.debug({ operation: payload.operationName }, 'suscripción cortada: la conexión del cliente se cerró');
          return [{ message: 'La conexión se cerró' }];
        }
        const masked = errors.map((e) => mask(e, false));
        // A stream that failed after it opened was counted when it opened; a refusal before that counts here.
        if (ctx.subscriptions[id] == null) {
          recordOperation(
            operationLabel(payload.operationName, false),
            'unknown',
            masked.map((e) => e.extensions?.code),
          );
        }
        return masked;
      },
    },
    wsServer,
  );
}

/** Node's codes for a write to a connection the other side has closed. */
const SOCKET_GONE = new Set(['EPIPE', 'ECONNRESET', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/**
 * Whether a subscription's errors only say its connection is gone: the socket is no longer open
 * (`WebSocket.OPEN` is 1), or every error comes from a write that failed with such a code.
 * Exported for its unit test.
 */
export function connectionGone(readyState: number, errors: readonly GraphQLError[]): boolean {
  if (readyState !== 1) return true;
  return (
    errors.length > 0 &&
    errors.every((e) => {
      const cause = (e.originalError ?? undefined) as (Error & { code?: unknown }) | undefined;
      return typeof cause?.code === 'string' && SOCKET_GONE.has(cause.code);
    })
  );
}

/**
 * The result of each event of a subscription, executed by `run` only if `admitted()` still holds;
 * otherwise the subscription ends (and its source is released). A plain iterator rather than an
 * async generator, so `return()` (the client unsubscribing) is not queued behind a pending `next()`.
 * Exported for its unit test.
 */
export function perEvent(
  events: AsyncIterable<unknown>,
  admitted: () => Promise<boolean>,
  run: (event: unknown) => ExecutionResult | Promise<ExecutionResult>,
  /** Called once, when the subscription ends in any way (the open-subscriptions gauge). */
  ended: () => void,
): AsyncGenerator<ExecutionResult> {
  const source = events[Symbol.asyncIterator]();
  let open = true;
  const end = () => {
    if (open) ended();
    open = false;
  };
  const done = (): IteratorResult<ExecutionResult> => {
    end();
    return { done: true, value: undefined };
  };
  const release = async () => {
    end();
    await source.return?.();
  };
  // Cast: the typecheck's lib types AsyncGenerator with Symbol.asyncDispose and the build's does
  // not; graphql-ws only iterates and returns it.
  const iterator = {
    async next() {
      let item: IteratorResult<unknown>;
      let admit: boolean;
      try {
        item = await source.next();
        if (item.done) return done();
        admit = await admitted();
      } catch (err) {
        // The source failed (the pub/sub's iterator erroring): graphql-ws ends the subscription
        // without calling return(), so it ends here, and its count with it. A source that cannot
        // be released either does not hide the error it failed with.
        await release().catch(() => undefined);
        throw err;
      }
      if (!admit) {
        await release();
        return done();
      }
      try {
        return { done: false, value: await run(item.value) };
      } catch (err) {
        await release();
        throw err;
      }
    },
    async return() {
      await release();
      return done();
    },
    async throw(err: unknown) {
      await release();
      throw err;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  } as unknown as AsyncGenerator<ExecutionResult>;
  return iterator;
}
