import {
  defaultFieldResolver,
  extendSchema,
  getNamedType,
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLNonNull,
  GraphQLObjectType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';

import { AppError, BadUserInputError, ErrorCode } from '../errors/app-error';

/**
 * Global Object Identification (the Relay specification) for a schema built by type-graphql.
 *
 * Every object type a client caches gets an `id: ID!` that is globally unique and opaque:
 * base64url of `<Type>:<key>`. The key is, by the first rule that applies:
 *  1. the type's declared key (`keys`: a DIVIPOLA code, a model version…);
 *  2. its own `id` (a row's uuid), unless it is only unique inside its parent (`nested`);
 *  3. otherwise the object's place in the graph: the nearest identified ancestor, the field (with
 *     its arguments) and the item's natural key (`naturalKeys`, a nested type's own id) or its index.
 * Rule 3 gives value objects (totals, scores, history entries) a stable identity without a table,
 * so Apollo's default cache normalizes them instead of replacing them and warning.
 *
 * A type that the schema can fetch by itself (a Query field returning it with one required
 * argument, e.g. `case(id:)`) implements `Node`; `node(id:)` and `nodes(ids:)` call that same
 * field, so they apply exactly the authorization of the type's own query.
 *
 * Inputs take the same opaque ids: every `ID` argument and input field is decoded before the
 * resolver sees it, checked against the type it names (`inputs`); a raw key (the uuid or code of
 * earlier versions of the API) is still accepted.
 */
export interface GlobalIdRules {
  /** Types whose key is a property of the object (TerritorialEntity → its code). */
  keys: Record<string, (source: never) => string | null | undefined>;
  /** Types whose own `id` is unique only inside their parent (a question's code in a model). */
  nested: string[];
  /** The key of a list item of a derived type inside its list (a history entry's seq). */
  naturalKeys: Record<string, (source: never) => string | number | null | undefined>;
  /** Which type an `ID` argument or input field names, by its name (caseId → Case). */
  inputs: Record<string, string>;
  /**
   * Which type an `ID` names, by its place: `Type.field` for a root field's `id` argument whose type
   * is not the field's return type, `Input.field` for an input field the name rule does not cover.
   */
  rootIds: Record<string, string>;
  /** `Type.field.arg` or `Input.field` that hold no object id. */
  rawIds: string[];
  /**
   * Types keyed by another type's key, whose inputs also take that type's id: an assessment or an
   * application is its case's (`assessment(id:)` takes the assessment's id or its case's).
   */
  sameKey: Record<string, string[]>;
}

const SEPARATOR = ':';
export const MAX_NODES = 100;

export function toGlobalId(type: string, key: string): string {
  return Buffer.from(`${type}${SEPARATOR}${key}`, 'utf8').toString('base64url');
}

/** The type and key of a global id, or null when the value is not one (e.g. a raw uuid). */
export function fromGlobalId(value: string): { type: string; key: string } | null {
  if (value.length > 2000 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  const text = Buffer.from(value, 'base64url').toString('utf8');
  const at = text.indexOf(SEPARATOR);
  if (at <= 0) return null;
  const type = text.slice(0, at);
  if (!/^[A-Z][A-Za-z0-9]*$/.test(type)) return null;
  // A raw key that merely decodes to something must not pass for an id: it has to round-trip.
  if (Buffer.from(text, 'utf8').toString('base64url') !== value) return null;
  return { type, key: text.slice(at + 1) };
}

/** The natural key of a nested object inside a derived key (`…[D1.2.3]` → `D1.2.3`). */
export function lastNaturalKey(key: string): string {
  const match = /\[([^[\]]*)\]$/.exec(key);
  return match ? match[1] : key;
}

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);
/** Shapes that carry others, not things: they get no id (their children still get theirs). */
const carrierType = (name: string): boolean =>
  ROOTS.has(name) || name === 'PageInfo' || /(Connection|Edge|Payload|Result|Change)$/.test(name);

type AnyResolver = GraphQLFieldResolver<unknown, unknown>;
/** Where a value object was reached: enough to name it, built into a string only if its `id` is asked for. */
interface Place {
  parent: unknown;
  parentType: string;
  field: string;
  args: Record<string, unknown>;
  index: number | null;
}
type Tags = WeakMap<object, Place>;
const TAGS = Symbol('globalIdTags');

/** Derived identities live per request (in the context), so objects shared across requests never mix. */
function tagsOf(context: unknown): Tags {
  const holder = (context ?? {}) as { [TAGS]?: Tags };
  if (!holder[TAGS]) Object.defineProperty(holder, TAGS, { value: new WeakMap(), enumerable: false });
  return holder[TAGS]!;
}

function argsSuffix(args: Record<string, unknown>): string {
  const keys = Object.keys(args).filter((k) => args[k] !== undefined && args[k] !== null);
  if (!keys.length) return '';
  return `(${keys
    .sort()
    .map((k) => `${k}=${JSON.stringify(args[k])}`)
    .join(',')})`;
}

const isPromise = (v: unknown): v is Promise<unknown> => typeof (v as { then?: unknown } | null)?.then === 'function';
const then = (v: unknown, f: (x: unknown) => unknown): unknown => (isPromise(v) ? v.then(f) : f(v));

function unwrapList(type: GraphQLInputType): { named: GraphQLInputType; list: boolean } {
  let t: GraphQLInputType = isNonNullType(type) ? type.ofType : type;
  let list = false;
  while (isListType(t) || isNonNullType(t)) {
    if (isListType(t)) list = true;
    t = t.ofType as GraphQLInputType;
  }
  return { named: t, list };
}

export function withGlobalIds(base: GraphQLSchema, rules: GlobalIdRules): GraphQLSchema {
  const queryType = base.getQueryType()!;
  const objectTypes = Object.values(base.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'));

  // Which Query field fetches each type by itself: that type is a Node.
  const fetchers = new Map<string, { field: string; arg: string }>();
  for (const field of Object.values(queryType.getFields())) {
    const named = getNamedType(field.type);
    const required = field.args.filter((a) => isNonNullType(a.type));
    if (!isObjectType(named) || isNonNullType(field.type) || isListType(field.type) || field.args.length !== 1 || required.length !== 1)
      continue;
    if (carrierType(named.name)) continue;
    if (fetchers.has(named.name))
      throw new Error(`dos consultas obtienen ${named.name} por su clave: ${fetchers.get(named.name)!.field} y ${field.name}`);
    fetchers.set(named.name, { field: field.name, arg: required[0].name });
  }

  const identified = objectTypes.filter((t) => !carrierType(t.name));
  const nested = new Set(rules.nested);
  const sdl = [
    '"""Un objeto con identidad propia que se puede volver a obtener con `node(id:)` (especificación Relay)."""',
    'interface Node {',
    '  """Identificador global y opaco: único entre todos los tipos."""',
    '  id: ID!',
    '}',
    'extend type Query {',
    '  """Un objeto por su identificador global, con la misma autorización que la consulta propia de su tipo; null si no existe o no es visible."""',
    '  node(',
    '    """El identificador global (campo `id`)."""',
    '    id: ID!',
    '  ): Node',
    `  """Varios objetos por sus identificadores globales (hasta ${MAX_NODES}), en el mismo orden; null donde no existe o no es visible."""`,
    '  nodes(',
    `    """Identificadores globales (campo \`id\`), hasta ${MAX_NODES}."""`,
    '    ids: [ID!]!',
    '  ): [Node]!',
    '}',
    ...identified.flatMap((t) => {
      const node = fetchers.has(t.name) ? ' implements Node' : '';
      const code =
        nested.has(t.name) && !t.getFields().code
          ? ['  """Código del objeto dentro de su padre (el que antes daba `id`), el que toman las entradas."""', '  code: String!']
          : [];
      if (t.getFields().id)
        return code.length ? [`extend type ${t.name}${node} {`, ...code, '}'] : node ? [`extend type ${t.name}${node}`] : [];
      return [
        `extend type ${t.name}${node} {`,
        '  """Identificador global y opaco del objeto (para la caché de los clientes)."""',
        '  id: ID!',
        '}',
      ];
    }),
  ].join('\n');
  const extended = extendSchema(base, parse(sdl));

  const typeNames = new Set(Object.keys(extended.getTypeMap()));
  const ownIdTypes = new Set(objectTypes.filter((t) => t.getFields().id && !nested.has(t.name)).map((t) => t.name));

  // Identity of an object of a type, before encoding: `<Type>:<key>`, or its derived place in the graph.
  const identityOf = (typeName: string, source: unknown, context: unknown): string | null => {
    if (ROOTS.has(typeName)) return typeName;
    if (source === null || typeof source !== 'object') return null;
    const keyed = rules.keys[typeName] as ((s: unknown) => string | null | undefined) | undefined;
    if (keyed) {
      const key = keyed(source);
      if (key !== undefined && key !== null) return `${typeName}${SEPARATOR}${key}`;
    } else if (ownIdTypes.has(typeName)) {
      const own = (source as { id?: unknown }).id;
      if (own !== undefined && own !== null) return `${typeName}${SEPARATOR}${String(own)}`;
    }
    const place = tagsOf(context).get(source);
    return place ? placeIdentity(typeName, source, place, context) : null;
  };

  // `<parent identity>.<field>[<key>]`: a list item by its natural key (the same object whatever the
  // arguments, e.g. history(last: 3) or 5) or its index; anything else with the field's arguments.
  const placeIdentity = (typeName: string, source: object, place: Place, context: unknown): string => {
    const parent = identityOf(place.parentType, place.parent, context) ?? `${place.parentType}?`;
    const natural = rules.naturalKeys[typeName] as ((s: unknown) => string | number | null | undefined) | undefined;
    const key = natural ? natural(source) : nested.has(typeName) ? (source as { id?: string }).id : undefined;
    if (key !== undefined && key !== null) return `${parent}.${place.field}[${String(key)}]`;
    const base = `${parent}.${place.field}${argsSuffix(place.args)}`;
    return place.index === null ? base : `${base}[${place.index}]`;
  };

  // A type whose identity comes from its place in the graph needs the fields leading to it tagged.
  const derived = (t: GraphQLObjectType): boolean => !ROOTS.has(t.name) && !rules.keys[t.name] && !ownIdTypes.has(t.name);

  function wrapId(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): void {
    const original = field.resolve;
    const typeName = type.name;
    field.type = new GraphQLNonNull(GraphQLID);
    field.description = 'Identificador global y opaco: único entre todos los tipos (especificación Relay).';
    if (ownIdTypes.has(typeName) && !rules.keys[typeName]) {
      field.resolve = (source, args, context, info) => {
        const raw = original ? original(source, args, context, info) : (source as { id?: unknown }).id;
        return then(raw, (r) => (r === null || r === undefined ? r : toGlobalId(typeName, String(r))));
      };
      return;
    }
    const prefix = `${typeName}${SEPARATOR}`;
    field.resolve = (source, _args, context) => {
      const identity = identityOf(typeName, source, context);
      if (identity === null) throw new Error(`${typeName} sin identidad: ¿llegó por un campo que no la etiqueta?`);
      return toGlobalId(typeName, identity.startsWith(prefix) ? identity.slice(prefix.length) : identity);
    };
  }

  // A reference to another object (`caseId`, `callId`…) is given as that object's global id, so a
  // client can match it with the object's `id` without decoding anything.
  function encodeReference(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): void {
    const where = `${type.name}.${field.name}`;
    if (rules.rawIds.includes(where)) return;
    const target = rules.rootIds[where] ?? rules.inputs[field.name];
    if (!target || !typeNames.has(target))
      throw new Error(`no se sabe qué tipo nombra el campo ID ${where}: declárelo en las reglas de ids globales`);
    const resolve: AnyResolver = field.resolve ?? defaultFieldResolver;
    const encode = (raw: unknown): unknown => (raw === null || raw === undefined ? raw : toGlobalId(target, String(raw)));
    field.resolve = (source, args, context, info) =>
      then(resolve(source, args, context, info), (value) => (Array.isArray(value) ? value.map(encode) : encode(value)));
  }

  // Tagging only records where each object was reached (a WeakMap entry): the identity string is
  // built by its `id` resolver, so a query that asks for no id pays almost nothing.
  function tagChildren(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>): void {
    const resolve: AnyResolver = field.resolve ?? defaultFieldResolver;
    const parentType = parent.name;
    const fieldName = field.name;
    field.resolve = (source, args, context, info) =>
      then(resolve(source, args, context, info), (value) => {
        if (value === null || typeof value !== 'object') return value;
        const tags = tagsOf(context);
        if (Array.isArray(value)) {
          for (let index = 0; index < value.length; index++) {
            const item: unknown = value[index];
            if (item !== null && typeof item === 'object') tags.set(item, { parent: source, parentType, field: fieldName, args, index });
          }
        } else {
          tags.set(value, { parent: source, parentType, field: fieldName, args, index: null });
        }
        return value;
      });
  }

  // ID arguments and input fields: decoded (and checked) before the resolver and `subscribe` see them.
  function decodeArgs(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>): void {
    const plans = field.args.map((arg) => planFor(`${parent.name}.${field.name}`, arg, field)).filter((p) => p !== null);
    if (!plans.length) return;
    const decode = (args: Record<string, unknown>): Record<string, unknown> => {
      const out = { ...args };
      for (const plan of plans)
        if (out[plan.name] !== undefined && out[plan.name] !== null) out[plan.name] = plan.apply(out[plan.name], plan.name);
      return out;
    };
    if (field.resolve) {
      const resolve = field.resolve;
      field.resolve = (source, args, context, info) => resolve(source, decode(args), context, info);
    } else if (!field.subscribe) {
      field.resolve = (source, args, context, info) => defaultFieldResolver(source, decode(args), context, info);
    }
    if (field.subscribe) {
      const subscribe = field.subscribe;
      field.subscribe = (source, args, context, info) => subscribe(source, decode(args), context, info);
    }
  }

  type Plan = { name: string; apply: (value: unknown, path: string) => unknown };
  const inputPlans = new Map<string, ((value: unknown, path: string) => unknown) | null>();

  function planFor(owner: string, arg: GraphQLArgument, field: GraphQLField<unknown, unknown>): Plan | null {
    const expected = arg.name === 'id' ? (rules.rootIds[owner] ?? getNamedType(field.type).name) : undefined;
    const apply = planForType(`${owner}.${arg.name}`, arg.name, arg.type, expected);
    return apply ? { name: arg.name, apply } : null;
  }

  function planForType(
    where: string,
    name: string,
    type: GraphQLInputType,
    expected?: string,
  ): ((value: unknown, path: string) => unknown) | null {
    const { named, list } = unwrapList(type);
    if (named === GraphQLID) {
      if (rules.rawIds.includes(where)) return null;
      const target = expected ?? rules.rootIds[where] ?? rules.inputs[name];
      if (!target || !typeNames.has(target))
        throw new Error(`no se sabe qué tipo nombra el argumento ID ${where}: declárelo en las reglas de ids globales`);
      const one = (value: unknown, path: string): unknown => (typeof value === 'string' ? decodeId(value, target, path) : value);
      return list ? (value, path) => (Array.isArray(value) ? value.map((v, i) => one(v, `${path}[${i}]`)) : one(value, path)) : one;
    }
    if (isInputObjectType(named)) {
      const inner = inputPlan(named);
      if (!inner) return null;
      return list ? (value, path) => (Array.isArray(value) ? value.map((v, i) => inner(v, `${path}[${i}]`)) : inner(value, path)) : inner;
    }
    return null;
  }

  function inputPlan(input: GraphQLInputObjectType): ((value: unknown, path: string) => unknown) | null {
    if (inputPlans.has(input.name)) return inputPlans.get(input.name)!;
    inputPlans.set(input.name, null); // recursion guard
    const fields = Object.values(input.getFields())
      .map((f) => ({ name: f.name, apply: planForType(`${input.name}.${f.name}`, f.name, f.type) }))
      .filter((f): f is { name: string; apply: (value: unknown, path: string) => unknown } => f.apply !== null);
    const plan = fields.length
      ? (value: unknown, path: string): unknown => {
          if (value === null || typeof value !== 'object') return value;
          const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
          for (const f of fields)
            if (out[f.name] !== undefined && out[f.name] !== null) out[f.name] = f.apply(out[f.name], `${path}.${f.name}`);
          return out;
        }
      : null;
    inputPlans.set(input.name, plan);
    return plan;
  }

  function decodeId(value: string, target: string, path: string): string {
    const id = fromGlobalId(value);
    if (!id || !typeNames.has(id.type)) return value; // a raw key, as earlier versions of the API took
    if (id.type !== target && !rules.sameKey[target]?.includes(id.type)) {
      const message = `El identificador no corresponde a un objeto de tipo ${target}.`;
      throw new BadUserInputError(message, { path, code: 'NOT_ALLOWED' });
    }
    return nested.has(target) ? lastNaturalKey(id.key) : id.key;
  }

  for (const type of Object.values(extended.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (type.name === 'Query' && (field.name === 'node' || field.name === 'nodes')) continue;
      if (field.name === 'id' && !carrierType(type.name)) {
        wrapId(type, field);
        continue;
      }
      if (field.name === 'code' && nested.has(type.name) && !field.resolve) {
        field.resolve = (source) => (source as { code?: string; id?: string }).code ?? (source as { id?: string }).id;
        continue;
      }
      const target = getNamedType(field.type);
      if (target === GraphQLID && !ROOTS.has(type.name)) encodeReference(type, field);
      if (isObjectType(target) && derived(target)) tagChildren(type, field);
      decodeArgs(type, field);
    }
  }

  // node(id:) and nodes(ids:): the type's own query, called with its key.
  const fields = extended.getQueryType()!.getFields();
  const resolveNode = (value: string, context: unknown, info: GraphQLResolveInfo): unknown => {
    const id = fromGlobalId(value);
    if (!id || !fetchers.has(id.type)) return null;
    const fetcher = fetchers.get(id.type)!;
    const field = fields[fetcher.field];
    const resolve = field.resolve ?? defaultFieldResolver;
    const result = resolve(undefined, { [fetcher.arg]: id.key }, context, { ...info, fieldName: field.name, returnType: field.type });
    return then(result, (object) => {
      if (object && typeof object === 'object') NODE_TYPE.set(object, id.type);
      return object;
    });
  };
  fields.node.resolve = (_source, args: { id: string }, context, info) => resolveNode(args.id, context, info);
  fields.nodes.resolve = (_source, args: { ids: string[] }, context, info) => {
    if (args.ids.length > MAX_NODES) {
      const message = `Se pueden pedir hasta ${MAX_NODES} objetos a la vez.`;
      throw new BadUserInputError(message, { path: 'ids', code: 'TOO_LONG' });
    }
    return Promise.all(
      args.ids.map((id) =>
        Promise.resolve()
          .then(() => resolveNode(id, context, info))
          // One object the caller may not see is null in its place, as `node` answers it; anything
          // else (no token, a broken id of the right type) is the whole field's error.
          .catch((err: unknown) => {
            if (err instanceof AppError && (err.code === ErrorCode.FORBIDDEN || err.code === ErrorCode.NOT_FOUND)) return null;
            throw err;
          }),
      ),
    );
  };
  const node = extended.getType('Node') as GraphQLInterfaceType;
  node.resolveType = (value) => NODE_TYPE.get(value as object);
  return extended;
}

/** The concrete type of each object `node`/`nodes` returned (their sources are plain objects). */
const NODE_TYPE = new WeakMap<object, string>();
