import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';

import { BadUserInputError } from '../errors/app-error';
import { ProblemCode } from '../errors/problems';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Paginación al estilo Relay: solo hacia adelante con first/after.', simpleResolvers: true })
export class PageInfo {
  @Field({ description: 'Si hay más resultados después de esta página.' })
  hasNextPage!: boolean;

  @Field({ description: 'Si la página empezó después de un cursor (hay resultados antes).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { description: 'Cursor del primer elemento de la página; null si la página está vacía.', nullable: true })
  startCursor!: string | null;

  @Field(() => String, {
    description: 'Cursor del último elemento: páselo como `after` para pedir la página siguiente; null si la página está vacía.',
    nullable: true,
  })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Entre 0 y ${MAX_PAGE_SIZE}.` })
  @Min(0, { message: 'first no puede ser negativo' })
  @Max(MAX_PAGE_SIZE, { message: `first no puede ser mayor que ${MAX_PAGE_SIZE}` })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'El endCursor de la página anterior.' })
  @IsOptional()
  @MaxLength(500, { message: 'after es demasiado largo' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionResult<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type for `nodeType`, named `<name>Connection` with `<name>Edge` edges. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: 'Un elemento de una página con su cursor.', simpleResolvers: true })
  class EdgeType {
    @Field({ description: 'Cursor opaco de este elemento: páselo como `after` para continuar después de él.' })
    cursor!: string;

    @Field(() => nodeType, { description: 'El elemento.' })
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionType implements ConnectionResult<T> {
    @Field(() => [EdgeType], { description: 'Los elementos de la página, en el orden pedido.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Dónde está la página y cómo pedir la siguiente.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Total de resultados del filtro, sin paginar.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/**
 * Cursors are opaque to clients: base64url of the ordering they belong to and the sort key of the
 * last row seen, so the next page continues by key (stable under inserts) rather than by offset.
 */
export function encodeCursor(ordering: string, keys: string[]): string {
  return Buffer.from(JSON.stringify([ordering, ...keys])).toString('base64url');
}

/** The refusal of a cursor that is not one of this query's own (path `after`). */
export const invalidCursor = () =>
  new BadUserInputError('Cursor inválido: use el endCursor de una página de esta misma consulta', {
    path: 'after',
    code: ProblemCode.INVALID_FORMAT,
  });

export function decodeCursor(cursor: string, ordering: string, arity: number): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== arity + 1 ||
    parsed[0] !== ordering ||
    !parsed.slice(1).every((k) => typeof k === 'string')
  ) {
    throw invalidCursor();
  }
  return parsed.slice(1) as string[];
}

/**
 * Builds a connection from up to first+1 rows fetched in order (the extra row tells hasNextPage).
 * A page that starts after a cursor has rows before it.
 */
export function toConnection<R, T>(page: {
  rows: R[];
  first: number;
  after: string | null | undefined;
  totalCount: number;
  cursorOf: (row: R) => string;
  toNode: (row: R) => T;
}): ConnectionResult<T> {
  const { rows, first, totalCount, cursorOf, toNode } = page;
  const edges = rows.slice(0, first).map((row) => ({ cursor: cursorOf(row), node: toNode(row) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: page.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * A connection over a short list read whole and in order (a few items a year: cycles, calls). The
 * cursor names the item's key, so the next page continues after that item even if others were
 * added meanwhile.
 */
export function listConnection<T>(
  items: readonly T[],
  args: { first: number; after?: string | null },
  ordering: string,
  keyOf: (item: T) => string,
): ConnectionResult<T> {
  let start = 0;
  if (args.after) {
    const [key] = decodeCursor(args.after, ordering, 1);
    start = items.findIndex((item) => keyOf(item) === key) + 1;
    if (start === 0) throw invalidCursor();
  }
  return toConnection({
    rows: items.slice(start, start + args.first + 1),
    first: args.first,
    after: args.after,
    totalCount: items.length,
    cursorOf: (item) => encodeCursor(ordering, [keyOf(item)]),
    toNode: (item) => item,
  });
}
