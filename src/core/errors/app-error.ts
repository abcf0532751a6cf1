import { GraphQLError } from 'graphql';

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

export class BadUserInputError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(ErrorCode.BAD_USER_INPUT, message, details);
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
