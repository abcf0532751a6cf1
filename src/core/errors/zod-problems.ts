import type { z } from 'zod';

import { ProblemCode } from './problems';

/** The value at `path` inside `root` (undefined when any step is missing). */
function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const SIZED = new Set(['string', 'array', 'set', 'file']);

/**
 * The problem code of one zod issue about `root` (the value that was parsed). A refinement names
 * its own with `params: { problem: ProblemCode.DUPLICATE }`; otherwise the issue's kind decides.
 */
export function zodProblemCode(issue: z.core.$ZodIssue, root: unknown): ProblemCode {
  switch (issue.code) {
    case 'invalid_type':
      return at(root, issue.path) === undefined ? ProblemCode.REQUIRED : ProblemCode.INVALID_TYPE;
    case 'too_small':
      return SIZED.has(issue.origin) ? ProblemCode.TOO_SHORT : ProblemCode.OUT_OF_RANGE;
    case 'too_big':
      return SIZED.has(issue.origin) ? ProblemCode.TOO_LONG : ProblemCode.OUT_OF_RANGE;
    case 'invalid_format':
      return ProblemCode.INVALID_FORMAT;
    case 'invalid_value':
      return ProblemCode.NOT_ALLOWED;
    case 'unrecognized_keys':
      return ProblemCode.UNKNOWN;
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return ProblemCode.INVALID_TYPE;
    case 'custom': {
      const named: unknown = issue.params?.problem;
      return Object.values(ProblemCode).includes(named as ProblemCode) ? (named as ProblemCode) : ProblemCode.INVALID;
    }
    default:
      return ProblemCode.INVALID;
  }
}
