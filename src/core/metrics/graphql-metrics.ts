import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

import { AppError } from '../errors/app-error';
import { INTERNAL, operationLabel, recordOperation, recordRefusal, type OperationKind } from './metrics';

const NS_PER_SECOND = 1e9;

/**
 * Counts each GraphQL request over HTTP, its errors by code and its duration. On the read path:
 * one hrtime at the start and one at the end, one small listener per request, no per-field hook.
 * The codes read are those of the errors as the client gets them (after the API's error masking).
 * A request refused before it reaches an operation is counted by the two hooks Apollo calls then:
 * the door refusing it while making the context (no token, a token refused, 429), and a request
 * Apollo finds malformed (BAD_REQUEST); a body express could not read never reaches Apollo, and the
 * API's HTTP error handler counts it (src/api/server.ts).
 */
export function graphqlMetricsPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async contextCreationDidFail({ error }) {
      // The door refuses with the API's typed errors; anything else is an internal failure, masked as such.
      if (error instanceof AppError) recordRefusal('unauthenticated', error.extensions.code);
      else recordRefusal('other', INTERNAL);
    },
    // Apollo calls it only for its BAD_REQUEST refusals (a body without a query, a CSRF refusal…).
    async invalidRequestWasReceived() {
      recordRefusal('other', 'BAD_REQUEST');
    },
    async requestDidStart(): Promise<GraphQLRequestListener<C>> {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, operationName, request, response }) {
          const seconds = Number(process.hrtime.bigint() - started) / NS_PER_SECOND;
          const kind: OperationKind = operation?.operation ?? 'unknown';
          const errors: readonly GraphQLFormattedError[] | undefined =
            response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          recordOperation(
            operationLabel(operation ? operationName : request.operationName, Boolean(operation)),
            kind,
            errors?.map((e) => e.extensions?.code),
            seconds,
          );
        },
      };
    },
  };
}
