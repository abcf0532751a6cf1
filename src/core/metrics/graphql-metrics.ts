import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

import { operationLabel, recordOperation, type OperationKind } from './metrics';

const NS_PER_SECOND = 1e9;

/**
 * Counts each GraphQL request over HTTP, its errors by code and its duration. On the read path:
 * one hrtime at the start and one at the end, one small listener per request, no per-field hook.
 * The codes read are those of the errors as the client gets them (after the API's error masking).
 * A request refused before Apollo runs its plugins (no token, a bad body) is not counted here: it
 * never reached an operation.
 */
export function graphqlMetricsPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
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
