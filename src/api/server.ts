import 'reflect-metadata';

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type GraphQLRequestListener } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import { getOperationAST, GraphQLError } from 'graphql';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

import { appPolicy } from '../app/compose';
import { modules } from '../app/modules';
import { createServices } from '../app/services';
import type { Config } from '../config/env';
import { bearerToken, createIdentityVerifier, resolvingPrincipals } from '../core/auth/jwt';
import type { Policy } from '../core/auth/policy';
import type { Principal } from '../core/auth/principal';
import { UnauthenticatedError } from '../core/errors/app-error';
import { formatErrorFor } from '../core/errors/format-error';
import { QUERY_LIMITS, queryProtection } from '../core/graphql/armor';
import type { AppServices, GraphQLContext } from '../core/graphql/context';
import { compressed, crossOrigin } from '../core/http/browser';
import { clientAddressOf } from '../core/http/client-address';
import { webConsole, type ConsoleSettings } from '../core/http/console';
import { securityHeaders } from '../core/http/headers';
import { healthHandler } from '../core/http/health';
import { graphqlIde } from '../core/http/ide';
import { shownHost } from '../core/http/public-url';
import { serveSubscriptions } from '../core/http/subscriptions';
import { graphqlMetricsPlugin } from '../core/metrics/graphql-metrics';
import { INTERNAL, recordRefusal } from '../core/metrics/metrics';
import type { LimitedWork } from '../core/module';
import type { Orm } from '../core/orm/orm';
import { DEMO_SIGN_IN_PATH, demoSignIn, type DemoPerson } from './demo-sign-in';
import { graphqlHttpHandler, isGraphqlPost, requestIdOf, type NodeMiddleware } from './graphql-http';
import { PUBLIC_GRAPHQL_PATH, publicGraphql } from './public-graphql';
import { RateLimits } from './rate-limit';
import { buildAppSchema } from './schema';

export const BODY_LIMIT = `${QUERY_LIMITS.maxBytes / 1024}kb`;

export interface ApiDeps {
  config: Config;
  orm: Orm;
  redis: Redis;
  logger: Logger;
  /** The people the demo sign-in offers (src/app/demo.seed.ts), when the system was started with demo data. */
  demoPeople?: readonly DemoPerson[];
}

export interface RunningApi {
  url: string;
  port: number;
  services: AppServices;
  stop(): Promise<void>;
}

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
 * `counted`: a GraphQL request Apollo never saw, counted as such when metrics are on.
 */
function answerHttpError(err: unknown, res: ServerResponse, logger: Logger, counted = false): void {
  const { status, type } = err as { status?: number; type?: string };
  const clientError = typeof status === 'number' && status >= 400 && status < 500;
  if (!clientError) logger.error({ err }, 'error interno en HTTP');
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (counted) recordRefusal('other', clientError ? 'BAD_REQUEST' : INTERNAL);
  const message = clientError ? (bodyErrorMessages[type ?? ''] ?? 'Solicitud inválida') : 'Error interno del servidor';
  const body = JSON.stringify({ errors: [{ message, extensions: { code: clientError ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
  res.statusCode = clientError ? status : 500;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

function httpErrors(logger: Logger, metrics: boolean): ErrorRequestHandler {
  return (err, req, res, _next) =>
    answerHttpError(err, res, logger, metrics && (req.path === '/graphql' || req.path.startsWith('/graphql/')));
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
    return (this.childLogger ??= this.rootLogger.child({ requestId: this.requestId, person: this.principal.personId }));
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

/**
 * How the console signs people in here: the deployment's OpenID Provider (with JWKS_URL), the demo
 * people of the embedded default, or nobody (the page says what to configure).
 */
export function consoleSettings(config: Config, demo: boolean): ConsoleSettings {
  if (config.auth.kind === 'jwks') {
    return config.consoleOidc
      ? { signIn: { kind: 'oidc', ...config.consoleOidc, resource: config.jwtAudience } }
      : {
          signIn: {
            kind: 'none',
            reason: 'La consola no tiene proveedor de identidad configurado (CONSOLE_OIDC_AUTHORITY y CONSOLE_OIDC_CLIENT_ID).',
          },
        };
  }
  if (demo && !config.production) return { signIn: { kind: 'demo' } };
  return {
    signIn: {
      kind: 'none',
      reason: 'Este servidor no ofrece entrada a la consola: configure un proveedor OpenID Connect (JWKS_URL y CONSOLE_OIDC_AUTHORITY).',
    },
  };
}

/**
 * Starts the HTTP server: POST /graphql (Apollo), GraphQL over WebSocket, /health, the public
 * endpoints, the modules' routes, the demo sign-in and the web console.
 */
export async function startApi(deps: ApiDeps): Promise<RunningApi> {
  const { config, orm, redis, logger } = deps;
  const services = await createServices({ config, orm, redis, logger });
  // The door on every transport (HTTP, WebSocket, report downloads): a good token proves who; the
  // people directory says what they may be (read at most once a second per person and process).
  const verifier = resolvingPrincipals(createIdentityVerifier(config), (identity, firstSeen) =>
    services.people.principalFor(identity, firstSeen),
  );
  const limits = new RateLimits(redis, config, logger);
  const limited = new Map(modules.flatMap((m) => Object.entries(m.limitedMutations ?? {})));
  /** The request hooks that spend a caller's budget once the operation is known: the same object for every request. */
  const spendBudget: GraphQLRequestListener<GraphQLContext> = {
    didResolveOperation: async ({ contextValue, operation, document }) => {
      // A subscription has no events to give over a POST: say where it goes instead of failing inside.
      if (operation?.operation === 'subscription') {
        throw new GraphQLError('Las suscripciones van por WebSocket (graphql-ws) en esta misma dirección, no por HTTP.', {
          extensions: { code: ApolloServerErrorCode.BAD_REQUEST, http: { status: 400 } },
        });
      }
      if (operation) await limits.takeOperation(contextValue.principal.subject, operation, document, limited);
    },
  };
  /** The client's address, through the load balancers TRUST_PROXY names: what the anonymous budget is kept by. */
  const clientAddress = clientAddressOf(config.trustProxy);
  /** A request without a valid token spends a point of its address's budget before it is refused. */
  const refusedAt = async (req: IncomingMessage, refusal: unknown): Promise<never> => {
    await limits.take('ANONYMOUS', clientAddress(req));
    throw refusal;
  };
  const app = express();
  app.disable('x-powered-by');
  // The same middleware objects serve express's routes and the GraphQL endpoint's fast path.
  const shared = [securityHeaders(), crossOrigin(config.corsOrigins), compressed()];
  const spend = (bucket: LimitedWork | 'ANONYMOUS' | 'PUBLIC', key: string) => limits.take(bucket, key);
  const routes = modules.flatMap(
    (m) => m.http?.({ config, spend, clientAddress, verifier, policy: appPolicy, services, orm, logger }) ?? [],
  );
  // Routes of every method (tus uploads) answer their own CORS and stream their bodies: they get the
  // security headers, not the API's CORS or compression.
  app.use(shared[0]);
  for (const route of routes) if (route.method === 'ALL') app.use(route.path, route.handler);
  // The public transparency schema: no token, its own budget, caching and CORS (any origin).
  const formatError = formatErrorFor(logger);
  const publicApi = publicGraphql({ services, orm, logger, limits, clientAddress, formatError });
  app.use(PUBLIC_GRAPHQL_PATH, publicApi.handler);
  for (const middleware of shared.slice(1)) app.use(middleware);
  // GraphQL answers POSTs, which no cache reuses: hashing every response body for an ETag is waste.
  app.set('etag', false);
  // Set once Apollo has started; until then every request goes to express.
  const graphql: { post?: (req: IncomingMessage, res: ServerResponse) => void } = {};
  const httpServer: Server = createServer((req, res) => {
    if (graphql.post && isGraphqlPost(req)) graphql.post(req, res);
    else app(req, res);
  });
  const { prepare, ...protection } = queryProtection({ introspection: config.graphqlIntrospection });
  const schema = buildAppSchema();
  const wsCleanup = serveSubscriptions(httpServer, {
    schema,
    verifier,
    maxPayload: QUERY_LIMITS.maxBytes,
    prepare,
    context: (principal, requestId) => requestContext(principal, requestId, services, appPolicy, orm, logger),
    admit: async (principal, { document, operationName }) => {
      const operation = getOperationAST(document, operationName);
      if (operation) await limits.takeOperation(principal.subject, operation, document, limited);
    },
    refused: (request) => limits.take('ANONYMOUS', request ? clientAddress(request) : ''),
    accessChanges: (listener) => services.people.onChange(listener),
    formatError,
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
      // Mutations, and the heavy ones again, spend their caller's budget once the operation is known.
      { requestDidStart: async () => spendBudget },
      // Requests, errors and latency per operation, only where something scrapes them (METRICS_PORT).
      ...(config.metrics.port !== undefined ? [graphqlMetricsPlugin<GraphQLContext>()] : []),
      // No HTTP caching hints are used; the default plugin would still visit every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's own landing page loads from Apollo's CDN; a browser gets this server's GraphiQL instead (graphqlIde).
      ApolloServerPluginLandingPageDisabled(),
    ],
    validationRules: protection.validationRules,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Compact JSON: Apollo's default indents every response, which only costs bytes and time.
    stringifyResult: (result) => JSON.stringify(result),
    csrfPrevention: true,
    introspection: config.graphqlIntrospection,
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
  await publicApi.start();

  app.get('/health', healthHandler(orm, redis, Object.assign({}, ...modules.map((m) => m.health?.(services) ?? {}))));
  // Before the console's pages, which answer every other GET path.
  app.use(
    DEMO_SIGN_IN_PATH,
    demoSignIn({ config, services, logger, people: deps.demoPeople, spend: (req) => limits.take('ANONYMOUS', clientAddress(req)) }),
  );
  // Before the endpoint: a browser's GET /graphql gets GraphiQL (GRAPHQL_IDE), any other request passes on.
  app.use(graphqlIde(config.graphqlIde));
  for (const route of routes) if ((route.method ?? 'GET') === 'GET') app.get(route.path, route.handler);
  const jsonBody = express.json({ limit: BODY_LIMIT });
  const context = async (req: IncomingMessage): Promise<GraphQLContext> => {
    const requestId = requestIdOf(req);
    const token = bearerToken(req.headers.authorization);
    if (!token) return refusedAt(req, new UnauthenticatedError());
    const principal = await verifier.verify(token).catch((err: unknown) => refusedAt(req, err));
    await services.clock.sync();
    return requestContext(principal, requestId, services, appPolicy, orm, logger);
  };
  // POST /graphql, nearly every request, on Node's http; anything else under /graphql (GET
  // queries, a trailing slash) through express with the same handlers.
  graphql.post = graphqlHttpHandler(apollo, {
    middlewares: [...shared, jsonBody] as NodeMiddleware[],
    context,
    onError: (err, _req, res) => answerHttpError(err, res, logger, config.metrics.port !== undefined),
  });
  app.use('/graphql', jsonBody, expressMiddleware(apollo, { context: ({ req }) => context(req) }));
  // Last: the web console's files, and its page for every other browser navigation.
  app.use(webConsole(consoleSettings(config, Boolean(deps.demoPeople?.length))));
  app.use(httpErrors(logger, config.metrics.port !== undefined));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  services.apiUrl = `http://${shownHost(config.host)}:${port}`;
  return {
    url: services.apiUrl,
    port,
    services,
    stop: async () => {
      await apollo.stop();
      await publicApi.stop();
      await services.stop();
    },
  };
}
