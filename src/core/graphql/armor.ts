import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits checked before anything runs: an over-long query is refused while parsing
 * (GRAPHQL_PARSE_FAILED), an over-deep, over-aliased or over-costly one while validating
 * (GRAPHQL_VALIDATION_FAILED); both are 400.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  maxCost: 15000,
} as const;

export function queryProtection() {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // graphql-js counts tokens itself while parsing (parseOptions below), and an excess is an
    // ordinary 400 syntax error; armor's own counter would throw outside the pipeline (a 500).
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: true },
  });
  return { ...armor.protect(), parseOptions: { maxTokens: QUERY_LIMITS.maxTokens } };
}
