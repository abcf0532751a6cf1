import { buildSchema, execute, GraphQLError, GraphQLScalarType, Kind, parse, validate, type GraphQLSchema, type ValueNode } from 'graphql';

import { under } from '../../src/core/errors/problems';
import { parseVariableMessage, requestRefusal } from '../../src/core/errors/request-problems';

/**
 * graphql-js's refusals of a variable or a literal argument, read back into the problems every
 * other input refusal carries: a path rooted at the argument, a code and a Spanish message.
 */
const schema: GraphQLSchema = buildSchema(`
  scalar Pesos
  enum Component { EQUIPMENT TRAINING }
  input LineInput { component: Component!, description: String!, futicAmount: Pesos! }
  input SaveInput { caseId: ID!, title: String!, budgetLines: [LineInput!]! }
  type Query { ok(first: Int, input: SaveInput): Boolean }
  type Mutation { save(input: SaveInput!): Boolean }
`);
// A custom scalar that refuses in Spanish, as money.ts does.
Object.assign(schema.getType('Pesos')!, {
  parseValue: (value: unknown) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) throw new GraphQLError('no es un valor en pesos válido: debe ser un entero');
    return value;
  },
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind !== Kind.INT) throw new GraphQLError('Un valor en pesos debe ser un número entero', { nodes: ast });
    return Number(ast.value);
  },
} satisfies Partial<GraphQLScalarType>);

const line = { component: 'EQUIPMENT', description: 'Servidores', futicAmount: 1000 };
const input = { caseId: 'c1', title: 'Un título', budgetLines: [line] };

/** The problems of each error `variables` get with `query`. */
function variableProblems(query: string, variables: Record<string, unknown>) {
  const result = execute({ schema, document: parse(query), variableValues: variables }) as { errors?: readonly GraphQLError[] };
  expect(result.errors?.length).toBeGreaterThan(0);
  return result.errors!.map((e) => requestRefusal(e)?.problems);
}

function literalProblems(query: string) {
  const errors = validate(schema, parse(query));
  expect(errors.length).toBeGreaterThan(0);
  return errors.map((e) => requestRefusal(e));
}

describe('a variable that does not coerce', () => {
  const save = 'mutation ($input: SaveInput!) { save(input: $input) }';

  it('is at the nested field, rooted at the argument, with a code and no echo of the value', () => {
    const bad = { ...input, budgetLines: [{ ...line, futicAmount: 'x'.repeat(5000) }] };
    expect(variableProblems(save, { input: bad })).toEqual([
      [{ path: 'input.budgetLines[0].futicAmount', code: 'INVALID_FORMAT', message: 'no es un valor en pesos válido: debe ser un entero' }],
    ]);
  });

  it('names a missing field, an unknown field, a wrong type and an unknown enum value at their own paths', () => {
    const { title: _title, ...noTitle } = input;
    expect(variableProblems(save, { input: noTitle })).toEqual([[{ path: 'input.title', code: 'REQUIRED', message: 'es obligatorio' }]]);
    expect(variableProblems(save, { input: { ...input, colour: 'red' } })).toEqual([
      [{ path: 'input.colour', code: 'UNKNOWN', message: 'no es un campo de SaveInput' }],
    ]);
    expect(variableProblems(save, { input: { ...input, title: 7 } })).toEqual([
      [{ path: 'input.title', code: 'INVALID_TYPE', message: 'debe ser un texto' }],
    ]);
    expect(variableProblems(save, { input: { ...input, budgetLines: [{ ...line, component: 'FOOD' }] } })).toEqual([
      [{ path: 'input.budgetLines[0].component', code: 'NOT_ALLOWED', message: 'no es un valor de Component' }],
    ]);
    expect(variableProblems(save, { input: { ...input, budgetLines: [line, null] } })).toEqual([
      [{ path: 'input.budgetLines[1]', code: 'REQUIRED', message: 'es obligatorio' }],
    ]);
  });

  it('is rooted at the argument the variable is given for, not at the variable', () => {
    const nested = 'mutation ($lines: [LineInput!]!) { save(input: { caseId: "c1", title: "Un título", budgetLines: $lines }) }';
    expect(variableProblems(nested, { lines: [line, { ...line, futicAmount: 1.5 }] })).toEqual([
      [{ path: 'input.budgetLines[1].futicAmount', code: 'INVALID_FORMAT', message: 'no es un valor en pesos válido: debe ser un entero' }],
    ]);
    const renamed = 'query ($n: Int) { ok(first: $n) }';
    expect(variableProblems(renamed, { n: 3_000_000_000 })).toEqual([
      [{ path: 'first', code: 'OUT_OF_RANGE', message: 'debe ser un entero entre -2147483648 y 2147483647' }],
    ]);
  });

  it('missing or null where required is REQUIRED at the argument', () => {
    expect(variableProblems(save, {})).toEqual([[{ path: 'input', code: 'REQUIRED', message: 'es obligatorio' }]]);
    expect(variableProblems(save, { input: null })).toEqual([[{ path: 'input', code: 'REQUIRED', message: 'es obligatorio' }]]);
  });
});

describe('a literal argument that does not coerce', () => {
  it('is at its path under the argument, with a Spanish summary', () => {
    const [refusal] = literalProblems(
      'mutation { save(input: { caseId: "c1", title: "T", budgetLines: [{ component: EQUIPMENT, description: "d", futicAmount: 1.5 }] }) }',
    );
    expect(refusal).toEqual({
      message:
        'El argumento "input" trae un valor inválido en "input.budgetLines[0].futicAmount": un valor en pesos debe ser un número entero',
      problems: [
        { path: 'input.budgetLines[0].futicAmount', code: 'INVALID_FORMAT', message: 'un valor en pesos debe ser un número entero' },
      ],
    });
  });

  it('names unknown enum values, missing and unknown fields, and wrong kinds', () => {
    const problems = (query: string) => literalProblems(query).map((r) => r?.problems);
    expect(problems('{ ok(first: "diez") }')).toEqual([[{ path: 'first', code: 'INVALID_TYPE', message: 'debe ser un número entero' }]]);
    expect(problems('{ ok(input: { caseId: "c1", budgetLines: [], colour: 1 }) }')).toEqual([
      [{ path: 'input.title', code: 'REQUIRED', message: 'es obligatorio' }],
      [{ path: 'input.colour', code: 'UNKNOWN', message: 'no es un campo de SaveInput' }],
    ]);
    expect(
      problems('{ ok(input: { caseId: "c1", title: "t", budgetLines: [{ component: FOOD, description: "d", futicAmount: 1 }] }) }'),
    ).toEqual([[{ path: 'input.budgetLines[0].component', code: 'NOT_ALLOWED', message: 'no es un valor de Component' }]]);
    expect(problems('{ ok(input: "todo") }')).toEqual([[{ path: 'input', code: 'INVALID_TYPE', message: 'debe ser de tipo SaveInput' }]]);
  });

  it('leaves other validation errors alone', () => {
    expect(literalProblems('{ nope }')).toEqual([undefined]);
    expect(literalProblems('query ($x: Int) { ok }')).toEqual([undefined]);
  });
});

describe('parseVariableMessage', () => {
  it('splits on the reason it is given, whatever the value printed', () => {
    const tricky =
      'Variable "$input" got invalid value { title: "a at \\"input.x\\"; b" } at "input.budgetLines[0].futicAmount"; no es válido';
    expect(parseVariableMessage(tricky, 'input', 'no es válido')).toEqual({
      path: 'input.budgetLines[0].futicAmount',
      reason: 'no es válido',
    });
  });

  it('reads messages without a reason to split on, and with no path', () => {
    expect(parseVariableMessage('Variable "$n" got invalid value "x"; Int cannot represent non-integer value: "x"', 'n')).toEqual({
      path: 'n',
      reason: 'Int cannot represent non-integer value: "x"',
    });
    expect(parseVariableMessage('Variable "$id" of required type "ID!" was not provided.', 'id')?.path).toBe('id');
    expect(parseVariableMessage('Variable "$id" is never used.', 'id')).toBeUndefined();
    expect(parseVariableMessage('Variable "$other" got invalid value 1; x', 'id')).toBeUndefined();
  });
});

describe('under', () => {
  it('roots relative paths at an argument', () => {
    const problems = under('input', [
      { path: 'title', code: 'REQUIRED', message: 'm' },
      { path: '[0]', code: 'REQUIRED', message: 'm' },
      { path: '', code: 'REQUIRED', message: 'm' },
    ] as const);
    expect(problems.map((p) => p.path)).toEqual(['input.title', 'input[0]', 'input']);
  });
});
