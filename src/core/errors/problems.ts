/**
 * The action-plan importer's own codes, for a file as a whole (its size and shape) rather than
 * one of its cells, whose problems use the general codes.
 */
export const ImportProblemCode = {
  CSV_MALFORMED: 'CSV_MALFORMED',
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  ARCHIVE_TOO_LARGE: 'ARCHIVE_TOO_LARGE',
  SHEET_TOO_LARGE: 'SHEET_TOO_LARGE',
  TOO_MANY_ROWS: 'TOO_MANY_ROWS',
  TOO_MANY_COLUMNS: 'TOO_MANY_COLUMNS',
  TOO_MANY_CELLS: 'TOO_MANY_CELLS',
  CELL_TOO_LONG: 'CELL_TOO_LONG',
  /** The last entry of a truncated list: how many more problems were found. */
  TOO_MANY_PROBLEMS: 'TOO_MANY_PROBLEMS',
} as const;

/**
 * What kind of refusal one problem of a BAD_USER_INPUT is: `extensions.problems[].code`. A small,
 * stable vocabulary a form can act on (highlight, choose its own wording); the `message` says the
 * same in Spanish for a person. Documented in docs/api/README.md#errors.
 */
export const ProblemCode = {
  /** Missing, null, or empty (a blank text, an empty list) where a value is needed. */
  REQUIRED: 'REQUIRED',
  /** A text or list shorter than its minimum. */
  TOO_SHORT: 'TOO_SHORT',
  /** A text or list longer than its maximum. */
  TOO_LONG: 'TOO_LONG',
  /** A number, year, amount, page size or date outside its bounds. */
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  /** The wrong kind of value: a text where a number goes, a decimal for an integer, a list for an object. */
  INVALID_TYPE: 'INVALID_TYPE',
  /** The right kind, in the wrong form: an id, date, URL, cursor, code or amount that does not parse. */
  INVALID_FORMAT: 'INVALID_FORMAT',
  /** A value outside the accepted set, or one that does not apply here (an enum value, a field of another kind of report). */
  NOT_ALLOWED: 'NOT_ALLOWED',
  /** Names something that does not exist: a field of the input type, a criterion, a question, a product, an instalment. */
  UNKNOWN: 'UNKNOWN',
  /** The same value twice where each must be unique. */
  DUPLICATE: 'DUPLICATE',
  /** Contradicts another value, of the request or stored: dates out of order, weights or instalments that must add up. */
  INCONSISTENT: 'INCONSISTENT',
  /** Above a limit set by the programme or by stored data: an application's cap, a term's length, the panel's size. */
  OVER_LIMIT: 'OVER_LIMIT',
  /** None of the above; the message says why. */
  INVALID: 'INVALID',
  ...ImportProblemCode,
} as const;

export type ProblemCode = (typeof ProblemCode)[keyof typeof ProblemCode];

/** One thing wrong with an input, where, and what kind of refusal it is. */
export interface Problem {
  /**
   * Where, rooted at the argument's name: `input.budgetLines[2].futicAmount`, `id`, `first`. A
   * check that sees only part of an input may write paths relative to it and root them with `under`.
   */
  path: string;
  code: ProblemCode;
  /** Spanish, for a person, never echoing more than a clipped piece of what was sent. */
  message: string;
}

/** `problems` with their paths under `root`: `under('input', [{path: 'title'}])` → `input.title`; `[0]` → `input[0]`; `` → `input`. */
export function under<P extends Problem>(root: string, problems: readonly P[]): P[] {
  return problems.map((p) => ({ ...p, path: joinPath(root, p.path) }));
}

export function joinPath(root: string, path: string): string {
  if (!root) return path;
  if (!path) return root;
  return path.startsWith('[') ? `${root}${path}` : `${root}.${path}`;
}

/** The code of a text outside its length bounds: REQUIRED when blank, TOO_SHORT when (trimmed) under `min`, else TOO_LONG. */
export function lengthCode(text: string | null | undefined, min: number): ProblemCode {
  const length = (text ?? '').trim().length;
  if (length === 0) return ProblemCode.REQUIRED;
  return length < min ? ProblemCode.TOO_SHORT : ProblemCode.TOO_LONG;
}
