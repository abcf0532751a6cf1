import {
  BREAK,
  GraphQLError,
  Kind,
  parse,
  visit,
  type ASTNode,
  type DocumentNode,
  type OperationDefinitionNode,
  type ValueNode,
  type VariableDefinitionNode,
} from 'graphql';

import { clip } from '../text';
import { joinPath, ProblemCode, type Problem } from './problems';

/**
 * graphql-js refuses some input before any resolver runs: a variable that does not coerce to its
 * type (HTTP 400, "Variable "$input" got invalid value … at "input.budgetLines[0].futicAmount";
 * …"), and a literal argument that does not (a validation error). It says where only inside the
 * message, rooted at the variable. This reads such an error back into the problems every other
 * input refusal carries: the path rooted at the argument the value was given for, a code and a
 * Spanish message that does not repeat the value.
 */
export interface InputRefusal {
  /** A Spanish summary, when graphql-js's own message (said in Spanish by inSpanish) will not do. */
  message?: string;
  problems: Problem[];
}

/** What one coercion failure means, read from graphql-js's words; `field` when it points below the path (a missing or unknown field). */
interface Coercion {
  code: ProblemCode;
  message: string;
  field?: string;
}

const named = (type: string) => type.replace(/[[\]!]/g, '');

/** A custom scalar's refusal, by its name (graphql-scalars words them in English, with the value). */
const SCALARS: Record<string, string> = {
  DateTimeISO: 'debe ser un instante ISO 8601 con zona, p. ej. 2026-03-01T08:00:00-05:00',
  DateTime: 'debe ser un instante ISO 8601 con zona, p. ej. 2026-03-01T08:00:00-05:00',
  Date: 'debe ser una fecha AAAA-MM-DD que exista',
  JSONObject: 'debe ser un objeto JSON',
  JSON: 'debe ser un valor JSON',
  Pesos: 'debe ser un número entero de pesos colombianos (sin decimales ni comillas, de a lo sumo 15 cifras)',
};

const KINDS: Record<string, string> = {
  Int: 'debe ser un número entero',
  Float: 'debe ser un número',
  String: 'debe ser un texto',
  Boolean: 'debe ser true o false',
  ID: 'debe ser un identificador (un texto)',
};

const scalar = (type: string): Coercion => ({
  code: ProblemCode.INVALID_FORMAT,
  message: SCALARS[named(type)] ?? `no es un valor válido de tipo ${clip(named(type))}`,
});

/** graphql-js's (and graphql-scalars') coercion messages, first match wins. */
const COERCIONS: [RegExp, (...groups: string[]) => Coercion][] = [
  [/^Expected non-nullable type "[^"]*" not to be null\./, () => ({ code: ProblemCode.REQUIRED, message: 'es obligatorio' })],
  [/^Expected value of type "[^"]*", found null\.$/, () => ({ code: ProblemCode.REQUIRED, message: 'es obligatorio' })],
  [
    /^Field "([^"]*)" of required type "[^"]*" was not provided\./,
    (f) => ({ code: ProblemCode.REQUIRED, message: 'es obligatorio', field: f.slice(f.lastIndexOf('.') + 1) }),
  ],
  [
    /^Field "([^"]*)" must be non-null\./,
    (f) => ({ code: ProblemCode.REQUIRED, message: 'es obligatorio', field: f.slice(f.lastIndexOf('.') + 1) }),
  ],
  [
    /^Field "([^"]*)" is not defined by type "([^"]*)"\./,
    (f, t) => ({ code: ProblemCode.UNKNOWN, message: `no es un campo de ${clip(t)}`, field: f }),
  ],
  [/^Expected type "([^"]*)" to be an object\./, () => ({ code: ProblemCode.INVALID_TYPE, message: 'debe ser un objeto' })],
  [
    /^Int cannot represent non 32-bit signed integer value/,
    () => ({ code: ProblemCode.OUT_OF_RANGE, message: 'debe ser un entero entre -2147483648 y 2147483647' }),
  ],
  [/^Int cannot represent non-integer value/, () => ({ code: ProblemCode.INVALID_TYPE, message: KINDS.Int })],
  [/^Float cannot represent non numeric value/, () => ({ code: ProblemCode.INVALID_TYPE, message: KINDS.Float })],
  [/^String cannot represent a non string value/, () => ({ code: ProblemCode.INVALID_TYPE, message: KINDS.String })],
  [/^Boolean cannot represent a non boolean value/, () => ({ code: ProblemCode.INVALID_TYPE, message: KINDS.Boolean })],
  [/^ID cannot represent value/, () => ({ code: ProblemCode.INVALID_TYPE, message: KINDS.ID })],
  [/^Value .* does not exist in "([^"]*)" enum\./s, (e) => ({ code: ProblemCode.NOT_ALLOWED, message: `no es un valor de ${clip(e)}` })],
  [
    /^Enum "([^"]*)" cannot represent non-(?:enum|string) value/,
    (e) => ({ code: ProblemCode.NOT_ALLOWED, message: `no es un valor de ${clip(e)}` }),
  ],
  // A literal a custom scalar threw at (not a GraphQLError), or a literal of the wrong kind (a text for an input object).
  [/^Expected value of type "([^"]*)", found .*?; /s, scalar],
  [
    /^Expected value of type "([^"]*)", found /s,
    (t) => ({ code: ProblemCode.INVALID_TYPE, message: KINDS[named(t)] ?? `debe ser de tipo ${clip(t)}` }),
  ],
  [/^Expected type "([^"]*)"\./, scalar],
  [/^([A-Z][A-Za-z0-9]*) cannot represent /, scalar],
];

/**
 * The meaning of one coercion message. A message of no known form is a custom scalar's own refusal
 * (Pesos, Date, DateTimeISO throw Spanish GraphQLErrors): shown as it is, clipped.
 */
export function coercionOf(message: string): Coercion {
  for (const [form, meaning] of COERCIONS) {
    const match = form.exec(message);
    if (match) return meaning(...match.slice(1));
  }
  return {
    code: ProblemCode.INVALID_FORMAT,
    message: clip(
      message.replace(/^[A-ZÁÉÍÓÚ]/, (c) => c.toLowerCase()),
      200,
    ),
  };
}

const PATH = String.raw`(?:\.[_A-Za-z][_0-9A-Za-z]*|\[\d+\])*`;

/**
 * A variable's coercion error read back: the path it names (rooted at the variable, without `$`)
 * and the reason after it. graphql-js writes `Variable "$v" got invalid value <value>[ at "<path>"];
 * <reason>`, `Variable "$v" of required type "T" was not provided.` or `Variable "$v" of non-null
 * type "T" must not be null.`. `reason`, when known (the error's originalError), splits the message
 * exactly whatever the value printed; otherwise the first ` at "…"; ` of the right shape does.
 */
export function parseVariableMessage(message: string, variable: string, reason?: string): { path: string; reason: string } | undefined {
  const head = `Variable "$${variable}" `;
  if (!message.startsWith(head)) return undefined;
  const rest = message.slice(head.length);
  if (/^of required type "[^"]*" was not provided\./.test(rest) || /^of non-null type "[^"]*" must not be null\./.test(rest))
    return { path: variable, reason: 'Expected non-nullable type "" not to be null.' };
  if (!rest.startsWith('got invalid value ')) return undefined;
  const escaped = variable.replace(/[^_0-9A-Za-z]/g, '');
  if (reason && rest.endsWith(`; ${reason}`)) {
    const prefix = rest.slice(0, rest.length - reason.length - 2);
    const at = new RegExp(` at "(${escaped}${PATH})"$`).exec(prefix);
    return { path: at ? at[1] : variable, reason };
  }
  const at = new RegExp(`^got invalid value .*? at "(${escaped}${PATH})"; (.*)$`, 's').exec(rest);
  if (at) return { path: at[1], reason: at[2] };
  const plain = /^got invalid value .*?; (.*)$/s.exec(rest);
  return plain ? { path: variable, reason: plain[1] } : undefined;
}

/** Where `$variable` is given in the operation: `input` for `f(input: $input)`, `input.lines` for `f(input: {lines: $l})`. */
function variableUse(value: ValueNode, variable: string, path: string): string | undefined {
  if (value.kind === Kind.VARIABLE) return value.name.value === variable ? path : undefined;
  if (value.kind === Kind.LIST) {
    for (const [i, item] of value.values.entries()) {
      const found = variableUse(item, variable, `${path}[${i}]`);
      if (found !== undefined) return found;
    }
  }
  if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) {
      const found = variableUse(field.value, variable, `${path}.${field.name.value}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

const sameNode = (a: ASTNode, b: ASTNode) => a.kind === b.kind && a.loc?.start === b.loc?.start && a.loc?.end === b.loc?.end;

/** The path of the literal `target` under its argument: `input.budgetLines[0].futicAmount`. */
function literalPath(value: ValueNode, target: ASTNode, path: string): string | undefined {
  if (sameNode(value, target)) return path;
  if (value.kind === Kind.LIST) {
    for (const [i, item] of value.values.entries()) {
      const found = literalPath(item, target, `${path}[${i}]`);
      if (found !== undefined) return found;
    }
  }
  if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) {
      const at = `${path}.${field.name.value}`;
      if (sameNode(field, target)) return at;
      const found = literalPath(field.value, target, at);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The first argument (of a field or a directive) under `root` for which `find` answers a path. */
function inArguments(root: ASTNode, find: (value: ValueNode, argument: string) => string | undefined): string | undefined {
  let found: string | undefined;
  visit(root, {
    Argument(node) {
      found = find(node.value, node.name.value);
      return found === undefined ? false : BREAK;
    },
  });
  return found;
}

function documentOf(error: GraphQLError): DocumentNode | undefined {
  if (!error.source) return undefined;
  try {
    return parse(error.source);
  } catch {
    return undefined;
  }
}

const VALUE_KINDS = new Set<string>([
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
  Kind.OBJECT_FIELD,
]);

function refusal(path: string, coercion: Coercion, summary?: string): InputRefusal {
  return {
    ...(summary ? { message: summary } : {}),
    problems: [{ path: coercion.field ? joinPath(path, coercion.field) : path, code: coercion.code, message: coercion.message }],
  };
}

function variableRefusal(error: GraphQLError, definition: VariableDefinitionNode): InputRefusal | undefined {
  const variable = definition.variable.name.value;
  const inner = error.originalError && error.originalError !== error ? error.originalError.message : undefined;
  const read = parseVariableMessage(error.message, variable, inner);
  if (!read) return undefined;
  const document = documentOf(error);
  const operation = document?.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (d.variableDefinitions ?? []).some((v) => sameNode(v, definition)),
  );
  const fragments = document?.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION) ?? [];
  let given: string | undefined;
  for (const root of operation ? [operation, ...fragments] : []) {
    given = inArguments(root, (value, argument) => variableUse(value, variable, argument));
    if (given !== undefined) break;
  }
  // `input.budgetLines[0]` of `$input` given as `input: $input`; the variable's own name when it is not used.
  const path = joinPath(given ?? variable, read.path.slice(variable.length).replace(/^\./, ''));
  const coercion = coercionOf(read.reason);
  return refusal(path, coercion);
}

function literalRefusal(error: GraphQLError, node: ASTNode): InputRefusal | undefined {
  const document = documentOf(error);
  let argument = '';
  const path = document
    ? inArguments(document, (value, name) => {
        argument = name;
        return literalPath(value, node, name);
      })
    : undefined;
  if (path === undefined) return undefined;
  // An unknown field is reported at the field itself, whose path already names it.
  const coercion = { ...coercionOf(error.message), ...(node.kind === Kind.OBJECT_FIELD ? { field: undefined } : {}) };
  const where = coercion.field ? joinPath(path, coercion.field) : path;
  const summary =
    where === argument
      ? `El argumento "${argument}" trae un valor inválido: ${coercion.message}`
      : `El argumento "${argument}" trae un valor inválido en "${clip(where, 200)}": ${coercion.message}`;
  return refusal(path, coercion, summary);
}

/**
 * The problems of a request error graphql-js raised for an input (a variable or a literal argument
 * that does not coerce), or undefined for any other error. A variable's refusal keeps graphql-js's
 * message (said in Spanish elsewhere); a literal's gets a summary (`message`).
 */
export function requestRefusal(error: GraphQLError): InputRefusal | undefined {
  const node = error.nodes?.[0];
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE_DEFINITION) return variableRefusal(error, node);
  if (VALUE_KINDS.has(node.kind)) return literalRefusal(error, node);
  return undefined;
}
