import { createHash } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express, { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { GraphQLError, type GraphQLFormattedError, type ValidationRule } from 'graphql';
import type { Logger } from 'pino';

import { QUERY_LIMITS, queryProtection } from '../core/graphql/armor';
import type { AppServices } from '../core/graphql/context';
import type { PublicContext } from '../core/graphql/public-context';
import { compressed, publicCrossOrigin } from '../core/http/browser';
import type { ClientAddress } from '../core/http/client-address';
import type { Orm } from '../core/orm/orm';
import { httpGraphQLRequestOf, requestIdOf } from './graphql-http';
import { buildPublicSchema } from './public-schema';
import type { RateLimits } from './rate-limit';

/** Where the public transparency schema is served. */
export const PUBLIC_GRAPHQL_PATH = '/public/graphql';

/**
 * How long a client or a shared cache may reuse a successful answer. Published Índices are final
 * and the programme figures change by the day; five minutes keeps a busy page from re-asking every
 * visit while a newly published Índice shows within minutes.
 */
export const PUBLIC_MAX_AGE_SECONDS = 300;

export interface PublicGraphqlDeps {
  services: AppServices;
  orm: Orm;
  logger: Logger;
  limits: RateLimits;
  clientAddress: ClientAddress;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

export interface PublicGraphql {
  /** Express router for PUBLIC_GRAPHQL_PATH: mount it before the API's own CORS (it answers its own). */
  handler: RequestHandler;
  start(): Promise<void>;
  stop(): Promise<void>;
}

class PublicRequestContext implements PublicContext {
  private forked: PublicContext['em'] | undefined;
  private childLogger: Logger | undefined;

  constructor(
    readonly requestId: string,
    readonly services: AppServices,
    private readonly orm: Orm,
    private readonly rootLogger: Logger,
  ) {}

  get em(): PublicContext['em'] {
    return (this.forked ??= this.orm.em.fork());
  }

  get logger(): Logger {
    return (this.childLogger ??= this.rootLogger.child({ requestId: this.requestId, public: true }));
  }
}

/**
 * The public schema has no Mutation or Subscription type; graphql-js 16 would still accept such an
 * operation at validation and fail it while executing (an internal error). Refused here, as a
 * validation error (400), in Spanish.
 */
const onlyQueries: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'query') {
      context.reportError(
        new GraphQLError('La consulta pública solo admite lecturas (query): no tiene mutaciones ni suscripciones.', { nodes: [node] }),
      );
    }
  },
});

/**
 * A weak validator of the answer: the bytes sent may be gzip or identity (compression decides per
 * client), and a strong ETag promises byte-identical representations (RFC 9110 §8.8.1). Weak
 * comparison is what If-None-Match uses, so revalidation works the same.
 */
const etagOf = (body: string) => `W/"${createHash('sha256').update(body).digest('base64url')}"`;

/** Whether If-None-Match names this ETag (a list, `*`, or a weak form of it: GET and POST alike, RFC 9110 §13.1.2 weak comparison). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}

/** Whether a GraphQL answer carries errors (a partial answer is not cached either). */
function hasErrors(body: string): boolean {
  try {
    return (JSON.parse(body) as { errors?: unknown }).errors !== undefined;
  } catch {
    return true;
  }
}

const UNREAD_HEADERS: ReadonlySet<string> = new Set(['authorization']);

/**
 * The public transparency endpoint (issue 24): a second Apollo Server on the same process with the
 * public schema only. Nobody is authenticated: the Authorization header is never read. Every
 * request spends a point of the PUBLIC budget of its client address (429 with Retry-After beyond
 * it). A successful answer is cacheable (`Cache-Control: public`, a weak ETag of its body, 304
 * on a matching If-None-Match, GET and POST alike); an answer with errors is not stored. Any
 * origin may read it, without credentials. The same query limits as the main endpoint apply.
 */
export function publicGraphql(deps: PublicGraphqlDeps): PublicGraphql {
  const { services, orm, logger, limits, clientAddress, formatError } = deps;
  // Introspection stays on: the schema is public, and clients generate their types from it.
  const { prepare: _prepare, ...protection } = queryProtection({ introspection: true });
  const apollo = new ApolloServer<PublicContext>({
    schema: buildPublicSchema(),
    ...protection,
    plugins: [...protection.plugins, ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()],
    validationRules: [...protection.validationRules, onlyQueries],
    formatError,
    includeStacktraceInErrorResponses: false,
    stringifyResult: (result) => JSON.stringify(result),
    // There is nothing to forge: no cookies, no token, no mutation. A plain `curl` GET must work.
    csrfPrevention: false,
    introspection: true,
    stopOnTerminationSignals: false,
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });

  const execute = async (req: Request, res: Response): Promise<void> => {
    // The Authorization header is never read, never passed on: the public schema has no notion of who asks.
    const httpGraphQLRequest = httpGraphQLRequestOf(req, UNREAD_HEADERS);
    const requestId = requestIdOf(req);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      // One point per request, spent before anything runs; a refusal is a 429 with Retry-After (RateLimitedError's http extension).
      context: async () => {
        await limits.take('PUBLIC', clientAddress(req));
        await services.clock.sync();
        return new PublicRequestContext(requestId, services, orm, logger);
      },
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    const status = response.status ?? 200;
    let body: string;
    if (response.body.kind === 'complete') body = response.body.string;
    else {
      body = '';
      for await (const chunk of response.body.asyncIterator) body += chunk;
    }
    const failed = status !== 200 || hasErrors(body);
    if (failed) {
      res.setHeader('cache-control', 'no-store');
      res.status(status).end(body);
      return;
    }
    const etag = etagOf(body);
    res.setHeader('etag', etag);
    // The same query answers the same bytes, but as application/json or application/graphql-response+json
    // by the client's Accept (Apollo's content negotiation): a shared cache keys on it too.
    res.vary('accept');
    res.setHeader('cache-control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`);
    if (matches(req.headers['if-none-match'], etag)) {
      res.removeHeader('content-type');
      res.removeHeader('content-length');
      res.status(304).end();
      return;
    }
    res.status(200).end(body);
  };

  const router = Router();
  router.use(publicCrossOrigin());
  // A published Índice's page is tens of kilobytes of JSON; the ETag is of the uncompressed answer.
  router.use(compressed());
  router.use(express.json({ limit: `${QUERY_LIMITS.maxBytes / 1024}kb` }));
  router.all('/', (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'POST') {
      res.setHeader('allow', 'GET, POST, OPTIONS');
      res.setHeader('cache-control', 'no-store');
      res.status(405).json({
        errors: [{ message: 'La consulta pública admite GET y POST', extensions: { code: 'METHOD_NOT_ALLOWED' } }],
      });
      return;
    }
    execute(req, res).catch(next);
  });

  return {
    handler: router,
    start: () => apollo.start(),
    stop: () => apollo.stop(),
  };
}
