import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

import { AppError, ErrorCode } from './app-error';
import { inSpanish } from './graphql-messages';

/** Codes whose message is safe and useful to show as it is. */
const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
]);

/**
 * The one place where errors become what a client sees: expected outcomes keep their code and
 * message; anything else is logged and reported as a generic internal error, with no stack
 * trace or SQL.
 */
export function formatErrorFor(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    if (original instanceof AppError || (typeof code === 'string' && PUBLIC_CODES.has(code))) {
      const { stacktrace: _stack, http: _http, ...extensions } = formatted.extensions ?? {};
      // Our own errors are already Spanish; graphql-js's request errors are translated.
      return { ...formatted, message: original instanceof AppError ? formatted.message : inSpanish(formatted.message), extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'error interno en GraphQL');
    return {
      message: 'Error interno del servidor',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
