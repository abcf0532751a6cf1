import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { validateSync, type ValidationError } from 'class-validator';
import { buildSchemaSync, type NonEmptyArray } from 'type-graphql';
import { authChecker } from '../auth/policy';
import { BadUserInputError } from '../errors/app-error';
import { TerritorialEntityResolver } from '../../modules/territorial-entities/territorial-entity.resolver';
import { ViewerResolver } from '../../modules/identity/viewer.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [TerritorialEntityResolver, ViewerResolver];

function messages(errors: ValidationError[]): string[] {
  return errors.flatMap((e) => [...Object.values(e.constraints ?? {}), ...messages(e.children ?? [])]);
}

/**
 * Arguments and inputs are checked with their class-validator rules; failures are BAD_USER_INPUT
 * in Spanish. The rules are all synchronous, so the check creates no promises.
 */
function validateArgs(argValue: unknown): void {
  if (argValue === null || typeof argValue !== 'object') return;
  const errors = validateSync(argValue, { forbidUnknownValues: false });
  if (errors.length) {
    const list = messages(errors);
    throw new BadUserInputError(`Argumentos inválidos: ${list.join('; ')}`, { validationErrors: list });
  }
}

let cached: GraphQLSchema | undefined;

export function buildAppSchema(): GraphQLSchema {
  cached ??= buildSchemaSync({
    resolvers,
    authChecker,
    authMode: 'error',
    validateFn: validateArgs,
  });
  return cached;
}

/** The SDL committed in schema/schema.graphql, sorted so it diffs cleanly. */
export function printAppSchema(): string {
  return printSchema(lexicographicSortSchema(buildAppSchema())) + '\n';
}
