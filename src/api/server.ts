import 'reflect-metadata';

import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import { specifiedRules, validate, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';

import { appPolicy } from '../app/compose';
import { modules } from '../app/modules';
import { createServices } from '../app/services';
import type { Config } from '../config/env';
import { bearerToken, createTokenVerifier } from '../core/auth/jwt';
import type { Policy } from '../core/auth/policy';
import type { Principal } from '../core/auth/principal';
import { UnauthenticatedError } from '../core/errors/app-error';
import { formatErrorFor } from '../core/errors/format-error';
import { queryProtection } from '../core/graphql/armor';
import type { AppServices, GraphQLContext } from '../core/graphql/context';
import { healthHandler } from '../core/http/health';
import type { Orm } from '../core/orm/orm';
import { buildAppSchema } from './schema';

export const BODY_LIMIT = '100kb';

export interface ApiDeps {
  config: Config;
  orm: Orm;
  redis: Redis;
  logger: Logger;
}

export interface RunningApi {
  url: string;
  port: number;
  services: AppServices;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[\w.:-]{1,100}$/;

const bodyErrorMessages: Record<string, string> = {
  'entity.parse.failed': 'El cuerpo de la solicitud no es JSON válido',
  'entity.too.large': `El cuerpo de la solicitud supera el límite de ${BODY_LIMIT}`,
  'encoding.unsupported': 'Codificación del cuerpo no admitida',
  'charset.unsupported': 'Juego de caracteres del cuerpo no admitido',
  'request.aborted': 'La solicitud se interrumpió',
};

/**
 * The last express handler: whatever failed outside GraphQL (the body, mostly) is answered as
 * GraphQL-shaped JSON with its HTTP status, never with express's HTML page and stack trace.
 */
function httpErrors(logger: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const { status, type } = err as { status?: number; type?: string };
    const clientError = typeof status === 'number' && status >= 400 && status < 500;
    if (!clientError) logger.error({ err }, 'error interno en HTTP');
    const message = clientError ? (bodyErrorMessages[type ?? ''] ?? 'Solicitud inválida') : 'Error interno del servidor';
    res
      .status(clientError ? status : 500)
      .json({ errors: [{ message, extensions: { code: clientError ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
  };
}

/**
 * The EntityManager fork, the child logger and every module's request-scoped objects (DataLoaders)
 * are made on first use: a request that touches none of them (a trivial answer) should not pay for
 * them. They are prototype getters because Apollo copies the context's own properties
 * (Object.assign), which would call own getters at once. What a module's getter made is kept in
 * one plain object per request, so the context object itself keeps one shape.
 */
class RequestContext {
  private forked: GraphQLContext['em'] | undefined;
  private childLogger: Logger | undefined;
  private readonly scope: Record<string, unknown> = {};

  constructor(
    readonly principal: Principal,
    readonly requestId: string,
    readonly services: AppServices,
    readonly policy: Policy,
    private readonly orm: Orm,
    private readonly rootLogger: Logger,
  ) {}

  get em(): GraphQLContext['em'] {
    return (this.forked ??= this.orm.em.fork());
  }

  get logger(): Logger {
    return (this.childLogger ??= this.rootLogger.child({ requestId: this.requestId, sub: this.principal.subject }));
  }
}

for (const m of modules) {
  for (const [key, make] of Object.entries(m.requestScope ?? {}) as [string, (ctx: GraphQLContext) => unknown][]) {
    if (key in RequestContext.prototype) throw new Error(`${m.name}: el contexto ya tiene ${key}`);
    Object.defineProperty(RequestContext.prototype, key, {
      get(this: { scope: Record<string, unknown> }) {
        return (this.scope[key] ??= make(this as unknown as GraphQLContext));
      },
    });
  }
}

const requestContext = (...args: ConstructorParameters<typeof RequestContext>): GraphQLContext =>
  new RequestContext(...args) as unknown as GraphQLContext;

/** Starts the HTTP server: POST /graphql (Apollo) and GET /health. */
export async function startApi(deps: ApiDeps): Promise<RunningApi> {
  const { config, orm, redis, logger } = deps;
  const verifier = createTokenVerifier(config);
  const services = await createServices({ config, orm, redis, logger });
  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers POSTs, which no cache reuses: hashing every response body for an ETag is waste.
  app.set('etag', false);
  const httpServer: Server = createServer(app);
  const protection = queryProtection();
  const schema = buildAppSchema();
  const wsCleanup = serveSubscriptions(httpServer, schema, {
    verifier,
    validationRules: protection.validationRules,
    context: (principal, requestId) => requestContext(principal, requestId, services, appPolicy, orm, logger),
    logger,
  });
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    ...protection,
    plugins: [
      ...protection.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        serverWillStart: async () => ({
          drainServer: async () => {
            await wsCleanup.dispose();
          },
        }),
      },
      // No HTTP caching hints are used; the default plugin would still visit every resolved field.
      ApolloServerPluginCacheControlDisabled(),
    ],
    validationRules: protection.validationRules,
    formatError: formatErrorFor(logger),
    includeStacktraceInErrorResponses: false,
    // Compact JSON: Apollo's default indents every response, which only costs bytes and time.
    stringifyResult: (result) => JSON.stringify(result),
    csrfPrevention: true,
    introspection: true,
    // The process stops the whole system on signals (src/core/process.ts); Apollo's own handlers
    // would re-send the signal after draining and cut that shutdown short.
    stopOnTerminationSignals: false,
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
  await apollo.start();

  app.get('/health', healthHandler(orm, redis));
  for (const m of modules) for (const route of m.http?.({ verifier, services, orm, logger }) ?? []) app.get(route.path, route.handler);
  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<GraphQLContext> => {
        const header = req.headers['x-request-id'];
        const requestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
        const token = bearerToken(req.headers.authorization);
        if (!token) throw new UnauthenticatedError();
        const principal = await verifier.verify(token);
        await services.clock.sync();
        return requestContext(principal, requestId, services, appPolicy, orm, logger);
      },
    }),
  );
  app.use(httpErrors(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    services,
    stop: async () => {
      await apollo.stop();
      await services.stop();
    },
  };
}

interface SubscriptionOptions {
  verifier: ReturnType<typeof createTokenVerifier>;
  validationRules: ValidationRule[];
  context: (principal: Principal, requestId: string) => GraphQLContext;
  logger: Logger;
}

/**
 * GraphQL subscriptions over graphql-ws on the same path. The token travels in the connection's
 * `connectionParams.authorization` (browsers cannot set headers on a WebSocket); a connection
 * without a valid one is closed with 4403. The same query limits apply as over HTTP.
 */
function serveSubscriptions(httpServer: Server, schema: ReturnType<typeof buildAppSchema>, options: SubscriptionOptions) {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const rules = [...specifiedRules, ...options.validationRules];
  return useServer<Record<string, unknown> | undefined, { principal?: Principal }>(
    {
      schema,
      validate: (s, document) => validate(s, document, rules),
      onConnect: async (ctx) => {
        const token = bearerToken(String(ctx.connectionParams?.authorization ?? ''));
        if (!token) return false;
        try {
          ctx.extra.principal = await options.verifier.verify(token);
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx) => options.context(ctx.extra.principal!, randomUUID()),
      onError: (_ctx, _id, _payload, errors) => {
        options.logger.debug({ errors }, 'error en una suscripción');
      },
    },
    wsServer,
  );
}
