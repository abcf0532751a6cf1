import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const NOT_PESOS = 'debe ser un número entero de pesos colombianos (sin decimales, sin comillas y de a lo sumo 15 cifras)';

/** 15 digits: far above any FUTIC budget, and every sum of a few thousand such amounts stays exact. */
const MAX_PESOS = 999_999_999_999_999;

function pesos(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) > MAX_PESOS) {
    // The request's own value is quoted by the error that wraps this one (variable and path).
    throw new GraphQLError(`no es un valor en pesos válido: ${NOT_PESOS}`);
  }
  return value;
}

/**
 * Money in whole Colombian pesos. Never a float: 1500000.5 and "1500000" are refused when the
 * request is parsed, so no amount is ever rounded or guessed. At most 15 digits, so sums stay within
 * JavaScript's safe integers (9 × 10^15); stored as 64-bit integers.
 */
export const PesosScalar = new GraphQLScalarType<number, number>({
  name: 'Pesos',
  description:
    'Un valor en pesos colombianos (COP, ISO 4217) como número JSON entero, sin decimales y de a lo sumo 15 cifras (cabe exacto en un number de JavaScript). Los textos ("1500000") y los decimales se rechazan.',
  specifiedByURL: 'https://www.iso.org/iso-4217-currency-codes.html',
  serialize: (value) => pesos(typeof value === 'string' ? Number(value) : value),
  parseValue: pesos,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new GraphQLError(`Un valor en pesos ${NOT_PESOS}`, { nodes: ast });
    return pesos(Number(ast.value));
  },
  extensions: { codegenScalarType: 'number' },
});

const cop = new Intl.NumberFormat('es-CO', { style: 'currency', currency: 'COP', maximumFractionDigits: 0 });

/** "$ 1.500.000" for people. */
export const formatPesos = (amount: number): string => cop.format(amount);

/** Whole percent of a part in a total, compared exactly: part/total ≥ percent/100 without division (in BigInt: the products may pass 2^53). */
export const atLeastPercent = (part: number, total: number, percent: number): boolean =>
  BigInt(part) * 100n >= BigInt(percent) * BigInt(total);

/** A share in percent with two decimals, for display (0 when the total is 0). */
export const percentOf = (part: number, total: number): number => (total > 0 ? Math.round((part * 10000) / total) / 100 : 0);
