import { GraphQLError } from 'graphql';

import { clip } from '../text';
import type { Problem, ProblemCode } from './problems';

/** The stable `extensions.code` values a client can rely on. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  PRECONDITION_FAILED = 'PRECONDITION_FAILED',
  RATE_LIMITED = 'RATE_LIMITED',
}

const httpStatus: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.RATE_LIMITED]: 429,
};

/**
 * The HTTP status of a business error answered by a plain route (downloads, uploads), where the
 * status is all a browser or a tus client reads; GraphQL answers carry the code instead.
 */
const ROUTE_STATUS: Readonly<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.INVALID_TRANSITION]: 409,
  [ErrorCode.PRECONDITION_FAILED]: 412,
  [ErrorCode.RATE_LIMITED]: 429,
};
export const routeStatusOf = (code: string): number => ROUTE_STATUS[code as ErrorCode] ?? 400;

/**
 * An expected business outcome. Modules throw subclasses of this (or this with a code); the
 * GraphQL boundary passes it to the client as it is, with its Spanish message and code.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    const status = httpStatus[code];
    super(message, {
      extensions: { code, ...details, ...(status ? { http: { status } } : {}) },
    });
  }
}

/** The longest path and message a problem carries (a path can hold a name the client sent). */
const MAX_PATH = 200;
const MAX_MESSAGE = 300;

/** A problem as a client sees it: path and message bounded, any extra fields (an import's `row`, `column`) kept. */
export function bounded<P extends Problem>(problem: P): P {
  return { ...problem, path: clip(problem.path, MAX_PATH), message: clip(problem.message, MAX_MESSAGE) };
}

/**
 * What a BAD_USER_INPUT says was wrong: every problem (`problems`), or the one problem's `path` and
 * `code` (its message is then the error's own, unless `problem` words it for the field); anything
 * else goes to `extensions` as it is.
 */
export type BadInputDetails = { [extension: string]: unknown } & (
  { problems: readonly Problem[] } | { path: string; code: ProblemCode; problem?: string }
);

/**
 * An input refused, from any layer: `extensions.problems[{path, code, message}]` with paths rooted
 * at the argument's name (see problems.ts), and a Spanish summary as the message. graphql-js's own
 * refusals (variables, literals, scalars) are put in the same shape by format-error.ts.
 */
export class BadUserInputError extends AppError {
  readonly problems: readonly Problem[];

  constructor(message: string, details: BadInputDetails) {
    const { problems, path, code, problem, ...extensions } = details as BadInputDetails & Partial<Record<string, unknown>>;
    const list = Array.isArray(problems)
      ? (problems as Problem[])
      : [{ path: path as string, code: code as ProblemCode, message: typeof problem === 'string' ? problem : message }];
    const shown = list.map(bounded);
    super(ErrorCode.BAD_USER_INPUT, message, { ...extensions, problems: shown });
    this.problems = shown;
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Se requiere autenticación: envíe el encabezado Authorization: Bearer <token>') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'No tiene permiso para esta operación') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(ErrorCode.NOT_FOUND, message, details);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(ErrorCode.CONFLICT, message, details);
  }
}

/** The state does not accept the event; `acceptedEvents` says what it would accept. */
export class InvalidTransitionError extends AppError {
  constructor(message: string, details: { state: string; event: string; acceptedEvents: string[] }) {
    super(ErrorCode.INVALID_TRANSITION, message, details);
  }
}

/** A business rule outside the machine refused the change; `rule` names which one. */
export class PreconditionFailedError extends AppError {
  constructor(
    readonly rule: string,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(ErrorCode.PRECONDITION_FAILED, message, { rule, ...details });
  }
}

/**
 * Too many requests of one kind from one caller: HTTP 429 with `Retry-After`, and the seconds to
 * wait in `extensions.retryAfterSeconds` (a WebSocket client has no headers).
 */
export class RateLimitedError extends AppError {
  constructor(what: string, retryAfterSeconds: number) {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    super(ErrorCode.RATE_LIMITED, `Demasiadas solicitudes (${what}): intente de nuevo en ${seconds} s`, { retryAfterSeconds: seconds });
    this.extensions.http = { status: 429, headers: new Map([['retry-after', String(seconds)]]) };
  }
}
