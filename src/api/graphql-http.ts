import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';

/** A connect-style middleware, as helmet, cors, compression and body-parser export them. */
export type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

export interface GraphqlHttpOptions<TContext extends BaseContext> {
  /** Run in order before Apollo (security headers, CORS, compression, the JSON body). */
  middlewares: NodeMiddleware[];
  context(req: IncomingMessage): Promise<TContext>;
  /** Whatever failed outside GraphQL (the body, mostly), answered by the caller. */
  onError(err: unknown, req: IncomingMessage, res: ServerResponse): void;
}

/**
 * POST /graphql on Node's http, as Apollo's standalone server does it: the same connect
 * middlewares the rest of the app uses, without express's router and its request and response
 * prototypes. On this machine express alone took two thirds of a bare Apollo server's throughput
 * (docs/benchmarks.md), and every GraphQL request paid it; the other routes (health, downloads,
 * GraphiQL, preflights) stay on express, where its conveniences cost nothing that matters.
 */
export function graphqlHttpHandler<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  options: GraphqlHttpOptions<TContext>,
): (req: IncomingMessage, res: ServerResponse) => void {
  const { middlewares, context, onError } = options;
  const execute = async (req: IncomingMessage, res: ServerResponse) => {
    const httpGraphQLRequest = httpGraphQLRequestOf(req);
    const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => context(req) });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
  return (req, res) => {
    let i = 0;
    const next = (err?: unknown): void => {
      if (err) return onError(err, req, res);
      const middleware = middlewares[i++];
      if (middleware) {
        middleware(req, res, next);
        return;
      }
      execute(req, res).catch((e: unknown) => onError(e, req, res));
    };
    next();
  };
}

/**
 * Apollo's view of a Node request whose body a JSON middleware already parsed: its method, its
 * headers (less `omit`, lower-case names), its query string (a GET's operation) and its body.
 */
export function httpGraphQLRequestOf(req: IncomingMessage, omit?: ReadonlySet<string>): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined && !omit?.has(key)) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const query = url.indexOf('?');
  return {
    method: (req.method ?? 'POST').toUpperCase(),
    headers,
    search: query < 0 ? '' : url.slice(query),
    body: (req as { body?: unknown }).body,
  };
}

const REQUEST_ID = /^[\w.:-]{1,100}$/;

/** The client's X-Request-Id when it is a short plain token (it goes into logs), else a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

/** Whether a request is for the GraphQL endpoint by POST (the path without its query string). */
export function isGraphqlPost(req: IncomingMessage, path = '/graphql'): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  return url === path || (url.startsWith(path) && url[path.length] === '?');
}
