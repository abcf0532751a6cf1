import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, Kind, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

import { fromGlobalId, toGlobalId } from '../graphql/global-ids';
import { AppError, bounded, ErrorCode } from './app-error';
import { inSpanish } from './graphql-messages';
import { ProblemCode } from './problems';
import { requestRefusal } from './request-problems';

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

/** The field's only argument, which a refusal without a path is about (`closeCycle(id:)` → `id`). */
function soleArgument(error: unknown): string {
  const node = error instanceof GraphQLError ? error.nodes?.[0] : undefined;
  return node?.kind === Kind.FIELD && node.arguments?.length === 1 ? node.arguments[0].name.value : '';
}

/**
 * The one place where errors become what a client sees: expected outcomes keep their code and
 * message; anything else is logged and reported as a generic internal error, with no stack
 * trace or SQL.
 *
 * Every input refusal leaves here as BAD_USER_INPUT with `problems[{path, code, message}]`:
 * BadUserInputError carries its own (class-validator's, zod's, the services'); graphql-js's refusal
 * of a variable or of a literal argument is read back into one (request-problems.ts); any other
 * BAD_USER_INPUT gets one at the field's argument.
 */
/** Ids an error names in its extensions are given as the API gives them everywhere: global ids. */
const NAMED_IDS: Readonly<Record<string, string>> = { caseId: 'Case', reportId: 'Report' };
function withGlobalIds(extensions: Record<string, unknown>): Record<string, unknown> {
  let out = extensions;
  for (const [field, type] of Object.entries(NAMED_IDS)) {
    const value = extensions[field];
    if (typeof value === 'string' && !fromGlobalId(value)) out = { ...out, [field]: toGlobalId(type, value) };
  }
  return out;
}

export function formatErrorFor(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    if (original instanceof AppError || (typeof code === 'string' && PUBLIC_CODES.has(code))) {
      const { stacktrace: _stack, http: _http, ...extensions } = formatted.extensions ?? {};
      // Our own errors are already Spanish; graphql-js's request errors are translated.
      const message = original instanceof AppError ? formatted.message : inSpanish(formatted.message);
      const refusal =
        !(original instanceof AppError) &&
        error instanceof GraphQLError &&
        (code === ErrorCode.BAD_USER_INPUT || code === ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED)
          ? requestRefusal(error)
          : undefined;
      if (refusal) {
        return {
          ...formatted,
          message: refusal.message ?? message,
          extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT, problems: refusal.problems },
        };
      }
      if (extensions.code === ErrorCode.BAD_USER_INPUT && !Array.isArray(extensions.problems)) {
        const problems = [bounded({ path: soleArgument(error), code: ProblemCode.INVALID, message })];
        return { ...formatted, message, extensions: { ...extensions, problems } };
      }
      return { ...formatted, message, extensions: withGlobalIds(extensions) };
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
