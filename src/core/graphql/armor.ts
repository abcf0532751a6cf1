import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getOperationAST,
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  valueFromASTUntyped,
  type DocumentNode,
  type ExecutionArgs,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type ValidationRule,
} from 'graphql';

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
  /**
   * The widest page of the Índice (100 entries) with every field of its entries, the change since
   * the previous cycle included, costs 36,754: a legitimate screen. Nested pages multiply (100
   * cases × 100 history rows cost over 200,000).
   */
  maxCost: 40000,
  /** Bytes of an HTTP body or of one WebSocket message. */
  maxBytes: 100 * 1024,
} as const;

/**
 * The cost model (graphql-armor's, with the operation's variables): a scalar costs 1, an object
 * 2 plus 1.5 × each child, and a field's whole cost is multiplied by its `first`/`last` argument,
 * whether written in the query or passed as a variable (or a variable's default).
 */
const COST = { scalar: 1, object: 2, depthFactor: 1.5 } as const;

export function operationCost(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const defaults = new Map(
    (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, v.defaultValue && valueFromASTUntyped(v.defaultValue)]),
  );
  const pageSize = (node: SelectionNode): number => {
    if (node.kind !== Kind.FIELD) return 1;
    const arg = node.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
    if (!arg) return 1;
    const value =
      arg.value.kind === Kind.VARIABLE
        ? (variables?.[arg.value.name.value] ?? defaults.get(arg.value.name.value))
        : valueFromASTUntyped(arg.value);
    const n = typeof value === 'string' ? Number(value) : value;
    return typeof n === 'number' && Number.isFinite(n) && n > 1 ? n : 1;
  };
  // A fragment spread costs as much as its fragment; a cycle (refused by validation anyway) costs nothing more.
  const visiting = new Set<string>();
  const cost = (node: SelectionNode): number => {
    if (node.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = fragments.get(node.name.value);
      if (!fragment || visiting.has(fragment.name.value)) return COST.scalar;
      visiting.add(fragment.name.value);
      const inner = children(fragment.selectionSet.selections);
      visiting.delete(fragment.name.value);
      return COST.scalar + COST.depthFactor * inner;
    }
    if (node.kind === Kind.FIELD && node.name.value.startsWith('__')) return 0;
    if (!node.selectionSet) return COST.scalar;
    return (COST.object + COST.depthFactor * children(node.selectionSet.selections)) * pageSize(node);
  };
  const children = (selections: readonly SelectionNode[]) => selections.reduce((sum, s) => sum + cost(s), 0);
  return children(operation.selectionSet.selections);
}

/** The refusal of an operation over the cost limit, with the cost and the maximum said plainly. */
export function costError(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
) {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const cost = operationCost(document, operation, variables);
  if (cost <= QUERY_LIMITS.maxCost) return undefined;
  const shown = cost < 1e15 ? String(Math.ceil(cost)) : 'más de mil billones';
  return new GraphQLError(
    `La consulta cuesta ${shown}; el máximo es ${QUERY_LIMITS.maxCost} (pida menos elementos por página o menos campos anidados).`,
    {
      nodes: [operation],
      extensions: {
        code: 'GRAPHQL_VALIDATION_FAILED',
        cost: Math.ceil(Math.min(cost, 1e15)),
        maxCost: QUERY_LIMITS.maxCost,
        http: { status: 400 },
      },
    },
  );
}

export function queryProtection(options: { introspection: boolean }) {
  const armor = new ApolloArmor({
    // Fragments are how Relay and Apollo compose screens: a `... on Case` is not a level of nesting.
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // graphql-js counts tokens itself while parsing (parseOptions below), and an excess is an
    // ordinary 400 syntax error; armor's own counter would throw outside the pipeline (a 500).
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // The cost needs the operation's variables, which validation rules do not see: see costError.
    costLimit: { enabled: false },
    // Field suggestions ("Did you mean …?") are removed by the error formatting, on every transport
    // (inSpanish); armor's own masking leaves a stray "?" behind.
    blockFieldSuggestion: { enabled: false },
  });
  const armored = armor.protect();
  const validationRules: ValidationRule[] = armored.validationRules;
  // Apollo refuses introspection itself when told `introspection: false`; other transports need the rule.
  const otherTransportRules = [...specifiedRules, ...validationRules, ...(options.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  const costPlugin: ApolloServerPlugin = {
    requestDidStart: async () => ({
      didResolveOperation: async ({ document, operationName, request }) => {
        const refused = costError(document, operationName, request.variables);
        if (refused) throw refused;
      },
    }),
  };
  return {
    plugins: [...armored.plugins, costPlugin],
    validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    /**
     * The same limits for an operation that arrives another way (a graphql-ws message): parsed
     * with the token limit, validated with the same rules, its cost computed with its variables.
     * Returns the arguments to execute it with, or the request errors (coded as Apollo codes them).
     */
    prepare(
      schema: GraphQLSchema,
      payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
    ): Omit<ExecutionArgs, 'contextValue'> | GraphQLError[] {
      let document: DocumentNode;
      try {
        document = parse(payload.query, { maxTokens: QUERY_LIMITS.maxTokens });
      } catch (err) {
        const e = err as GraphQLError;
        return [new GraphQLError(e.message, { source: e.source, positions: e.positions, extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
      }
      const errors = validate(schema, document, otherTransportRules);
      if (errors.length) {
        return errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
      }
      const refused = costError(document, payload.operationName, payload.variables);
      if (refused) return [refused];
      return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
    },
  };
}
