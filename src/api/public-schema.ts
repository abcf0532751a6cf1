import 'reflect-metadata';

import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, type NonEmptyArray } from 'type-graphql';

import { modules } from '../app/modules';
import { DateTimeISOScalar } from '../core/graphql/scalars';
import { validateArgs } from './schema';

/** Every module's public resolvers, in list order. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for resolver classes
export const publicResolvers = modules.flatMap((m) => m.publicResolvers ?? []) as unknown as NonEmptyArray<Function>;

const QUERY_DESCRIPTION =
  'Consulta pública de transparencia del programa CTI (Ley 1712 de 2014), sin token: Índices publicados, vigencias, convocatorias publicadas y cifras del programa. No nombra a ninguna persona.';

let cached: GraphQLSchema | undefined;

/**
 * The public transparency schema (/public/graphql): only the modules' public resolvers and the
 * types they name, all of them public classes of their own (type-graphql 2 emits no orphaned
 * type), so a private type or field cannot be reached from it. Queries only: no mutation, no
 * subscription, no authorization (there is nobody to authorize).
 */
export function buildPublicSchema(): GraphQLSchema {
  if (cached) return cached;
  const schema = buildSchemaSync({
    resolvers: publicResolvers,
    scalarsMap: [{ type: Date, scalar: DateTimeISOScalar }],
    validateFn: validateArgs,
    // type-graphql asks for a checker because private resolvers use @Authorized; none is public,
    // and should one ever reach this schema, nobody here passes it.
    authChecker: () => false,
    authMode: 'error',
  });
  if (schema.getMutationType() || schema.getSubscriptionType()) throw new Error('el esquema público solo admite consultas');
  const query = schema.getQueryType();
  if (query && !query.description) query.description = QUERY_DESCRIPTION;
  cached = schema;
  return schema;
}

/** The SDL committed in schema/public.graphql, sorted so it diffs cleanly. */
export function printPublicSchema(): string {
  return printSchema(lexicographicSortSchema(buildPublicSchema())) + '\n';
}
