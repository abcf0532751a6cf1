import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';

import { isCalendarDate } from '../text';

/**
 * The schema's own scalars, each with a Spanish description and a `@specifiedBy` URL so a client
 * (and its code generator) knows what travels on the wire. Pesos lives with the money it measures
 * (cofinancing/money.ts).
 */

const RFC3339 = 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6';

function calendarDate(value: unknown, node?: ValueNode): string {
  // graphql-js quotes the offending value and its path around this message.
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new GraphQLError('debe ser una fecha AAAA-MM-DD que exista (Date), p. ej. 2024-06-30', node ? { nodes: node } : undefined);
  }
  return value;
}

/**
 * A calendar day with no time or zone (`2024-06-30`), RFC 3339's `full-date`. Kept as the same
 * string inside the service (days there are YYYY-MM-DD in Bogotá's calendar); a day that does not
 * exist (2026-02-30) or any other shape is refused when the request is parsed.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description:
    'Una fecha de calendario sin hora ni zona, AAAA-MM-DD (full-date de RFC 3339 / ISO 8601), p. ej. 2024-06-30; los días de la plataforma son los de Colombia. Una fecha que no existe (2026-02-30) se rechaza.',
  specifiedByURL: RFC3339,
  serialize: (value) => calendarDate(value),
  parseValue: (value) => calendarDate(value),
  parseLiteral: (ast) => calendarDate(ast.kind === Kind.STRING ? ast.value : undefined, ast),
  extensions: { codegenScalarType: 'string' },
});

function dateTime<T>(parse: () => T, node?: ValueNode): T {
  try {
    return parse();
  } catch {
    throw new GraphQLError(
      'debe ser un instante RFC 3339 con zona (DateTimeISO), p. ej. 2024-06-30T15:00:00Z o 2024-06-30T10:00:00-05:00',
      node ? { nodes: node } : undefined,
    );
  }
}

/**
 * An instant: graphql-scalars' DateTimeISO (what type-graphql maps `Date` to), described in Spanish,
 * with `@specifiedBy` and Spanish refusals. Always answered in UTC with milliseconds.
 */
export const DateTimeISOScalar = new GraphQLScalarType<Date, string>({
  name: GraphQLDateTimeISO.name,
  description:
    'Un instante con zona horaria, en el formato date-time de RFC 3339 (ISO 8601), p. ej. 2024-06-30T15:00:00.000Z. Las respuestas vienen siempre en UTC con milisegundos; al enviarlo se acepta cualquier zona (2024-06-30T10:00:00-05:00).',
  specifiedByURL: RFC3339,
  serialize: (value) => GraphQLDateTimeISO.serialize(value) as string,
  parseValue: (value) => dateTime(() => GraphQLDateTimeISO.parseValue(value) as Date),
  parseLiteral: (ast, variables) => dateTime(() => GraphQLDateTimeISO.parseLiteral(ast, variables) as Date, ast),
  extensions: { codegenScalarType: 'string' },
});

/** graphql-scalars' JSONObject, described in Spanish (its `@specifiedBy` is ECMA-404). */
export const JSONObjectScalar = new GraphQLScalarType({
  ...GraphQLJSONObject.toConfig(),
  description: 'Un objeto JSON (ECMA-404): llaves de texto y valores JSON de cualquier tipo; nunca un arreglo ni un valor suelto.',
  extensions: { codegenScalarType: 'Record<string, unknown>' },
});
