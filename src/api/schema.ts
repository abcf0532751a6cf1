import 'reflect-metadata';

import { validateSync, type ValidationError } from 'class-validator';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, type NonEmptyArray } from 'type-graphql';

import { appPolicy } from '../app/compose';
import { modules } from '../app/modules';
import { BadUserInputError } from '../core/errors/app-error';

/** Every module's resolvers, in list order. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for resolver classes
export const resolvers = modules.flatMap((m) => m.resolvers ?? []) as unknown as NonEmptyArray<Function>;

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
    authChecker: appPolicy.authChecker(),
    authMode: 'error',
    validateFn: validateArgs,
    // Every subscription supplies its own `subscribe` (fed by Redis pub/sub, see CaseEvents);
    // type-graphql still insists on a PubSub, which topic-based subscriptions would use.
    pubSub: {
      publish: () => {
        throw new Error('las suscripciones publican por CaseEvents, no por el PubSub de type-graphql');
      },
      subscribe: () => {
        throw new Error('las suscripciones definen su propio subscribe');
      },
    },
  });
  return cached;
}

/** The SDL committed in schema/schema.graphql, sorted so it diffs cleanly. */
export function printAppSchema(): string {
  return printSchema(lexicographicSortSchema(buildAppSchema())) + '\n';
}
