import 'reflect-metadata';

import { validateSync } from 'class-validator';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, type NonEmptyArray, type ValidatorFn } from 'type-graphql';

import { appPolicy, globalIdRulesOf } from '../app/compose';
import { modules } from '../app/modules';
import { BadUserInputError } from '../core/errors/app-error';
import { argumentRoot, validationProblems } from '../core/errors/validation-problems';
import { withGlobalIds } from '../core/graphql/global-ids';
import { DateTimeISOScalar } from '../core/graphql/scalars';
import { problemsText } from '../core/text';

/** Every module's resolvers, in list order. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for resolver classes
export const resolvers = modules.flatMap((m) => m.resolvers ?? []) as unknown as NonEmptyArray<Function>;

/**
 * Arguments and inputs are checked with their class-validator rules; failures are BAD_USER_INPUT
 * with a problem per rule broken, at its path under the argument's name (`input.title`), in
 * Spanish. The rules are all synchronous, so the check creates no promises.
 */
export const validateArgs: ValidatorFn = (argValue, argType, { info }) => {
  if (argValue === null || typeof argValue !== 'object') return;
  const errors = validateSync(argValue as object, { forbidUnknownValues: false });
  if (errors.length) {
    const problems = validationProblems(errors, argumentRoot(argType, info));
    throw new BadUserInputError(`Argumentos inválidos: ${problemsText(problems)}`, { problems });
  }
};

/** type-graphql builds the root types itself and takes no description for them. */
const ROOT_DESCRIPTIONS = {
  Query: 'Lecturas: cada campo responde solo lo que quien consulta puede ver (las de otra entidad son null o listas vacías).',
  Mutation: 'Cambios: una mutación por acción de una persona; las que cambian un trámite aceptan expectedVersion e idempotencyKey.',
  Subscription: 'Avisos en vivo por graphql-ws (mismo token que en HTTP): cambios de trámites e informes.',
} as const;

function describeRoots(schema: GraphQLSchema): GraphQLSchema {
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (root && !root.description) root.description = ROOT_DESCRIPTIONS[root.name as keyof typeof ROOT_DESCRIPTIONS];
  }
  return schema;
}

let cached: GraphQLSchema | undefined;

export function buildAppSchema(): GraphQLSchema {
  cached ??= describeRoots(
    withGlobalIds(
      buildSchemaSync({
        resolvers,
        // Instants with the Spanish description, @specifiedBy and Spanish refusals (same name and wire format as type-graphql's).
        scalarsMap: [{ type: Date, scalar: DateTimeISOScalar }],
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
      }),
      globalIdRulesOf(modules),
    ),
  );
  return cached;
}

/** The SDL committed in schema/schema.graphql, sorted so it diffs cleanly. */
export function printAppSchema(): string {
  return printSchema(lexicographicSortSchema(buildAppSchema())) + '\n';
}
