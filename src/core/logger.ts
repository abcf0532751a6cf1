import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

import type { Config } from '../config/env';

/**
 * Personal data (names, e-mail addresses, phones: Ley 1581 de 2012) never goes to the logs. The
 * first line of defence is what the code logs: ids, counts, codes and fixed messages, never a
 * person's fields. This module is the second: fields that hold contact data are censored by name
 * (`redact`), errors are logged without the SQL, bound values, details and server responses
 * that can carry a row's values (a database error's message embeds its statement with the values
 * inlined), and any e-mail address left in a logged text is masked.
 */
const CENSOR = '[oculto]';

/** Fields that hold contact data wherever they appear (top level or one level down). */
const PERSONAL_FIELDS = [
  'email',
  'emails',
  'emailTo',
  'email_to',
  'contactEmail',
  'contact_email',
  'phone',
  'to',
  'cc',
  'bcc',
  'recipient',
  'recipients',
  'personName',
  'authorization',
  'token',
];
export const REDACT_PATHS: readonly string[] = [
  ...PERSONAL_FIELDS,
  ...PERSONAL_FIELDS.map((f) => `*.${f}`),
  'req.headers.authorization',
  'req.headers.cookie',
];

const EMAIL_SOURCE = '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}';
const EMAIL = new RegExp(EMAIL_SOURCE, 'g');
const HAS_EMAIL = new RegExp(EMAIL_SOURCE);
/** A database error's message as knex words it: the statement (values inlined), then " - " and the driver's message. */
const STATEMENT = /^\s*(?:insert|update|delete|select|with|create|alter|drop|merge)\b[\s\S]* - /i;
/** Literals a driver message may quote (PostgreSQL's `invalid input syntax for type uuid: "…"`, SQLite's `'…'`, `Key (col)=(…)`). */
const LITERALS = /'(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|=\((?:[^()]|\([^()]*\))*\)/g;

/** A text with every e-mail address masked. */
export function maskEmails(text: string): string {
  return text.replace(EMAIL, '[correo oculto]');
}

/** A database error's message without the statement and the values it quotes. */
function safeMessage(message: string, fromDatabase: boolean): string {
  let text = message;
  if (fromDatabase || STATEMENT.test(text)) {
    text = text.replace(STATEMENT, '');
    text = text.replace(LITERALS, (m) => (m.startsWith('=(') ? '=(?)' : m[0] === '"' && /^"[a-z_][a-z0-9_]*"$/.test(m) ? m : '?'));
  }
  return maskEmails(text);
}

/** Keys of an error that say what failed without carrying data (the rest are dropped). */
const SAFE_ERROR_KEYS = new Set([
  'code',
  'errno',
  'sqlState',
  'severity',
  'routine',
  'constraint',
  'table',
  'column',
  'schema',
  'status',
  'statusCode',
  'responseCode',
  'command',
  'syscall',
  'rule',
  'queue',
  'jobId',
  'attemptsMade',
]);

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  stack?: unknown;
  cause?: unknown;
  previous?: unknown;
  errors?: unknown;
  constructor?: unknown;
  [key: string]: unknown;
}

const isErrorLike = (v: unknown): v is ErrorLike => v instanceof Error || (!!v && typeof v === 'object' && 'message' in v && 'stack' in v);

/** What `safeError` made (already safe: passed through when serialized again). */
const made = new WeakSet<object>();

/** An error as the logs keep it: type, safe codes, the message and stack without data, its causes. */
export function safeError(err: unknown, depth = 0): unknown {
  if (made.has(err as object)) return err;
  if (!isErrorLike(err)) return typeof err === 'string' ? safeMessage(err, false) : err;
  const type = typeof err.constructor === 'function' ? (err.constructor as { name: string }).name : String(err.name ?? 'Error');
  const fromDatabase = typeof err.sql === 'string' || typeof err.sqlState === 'string' || 'sqlMessage' in err || /Exception$/.test(type);
  const message = safeMessage(String(err.message ?? ''), fromDatabase);
  const frames = typeof err.stack === 'string' ? err.stack.split('\n').filter((l) => /^\s+at /.test(l)) : [];
  const out: Record<string, unknown> = { type, message, stack: [`${type}: ${message}`, ...frames].join('\n') };
  for (const key of Object.keys(err)) {
    const value = err[key];
    if (SAFE_ERROR_KEYS.has(key) && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
      out[key] = typeof value === 'string' ? maskEmails(value) : value;
    }
  }
  if (depth < 3) {
    for (const key of ['cause', 'previous'] as const) if (isErrorLike(err[key])) out[key] = safeError(err[key], depth + 1);
    if (Array.isArray(err.errors)) out.errors = err.errors.slice(0, 10).map((e) => safeError(e, depth + 1));
  }
  made.add(out);
  return out;
}

/** Masks e-mail addresses in a logged object's texts (a few levels down; errors go through `safeError`). */
function maskObject(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return HAS_EMAIL.test(value) ? maskEmails(value) : value;
  if (isErrorLike(value)) return safeError(value);
  if (depth > 4 || !value || typeof value !== 'object' || value instanceof Date || Buffer.isBuffer(value)) return value;
  if (Array.isArray(value)) return value.map((v) => maskObject(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = maskObject(v, depth + 1);
  return out;
}

/** The options every logger of the system is made with (tests that capture logs use them too). */
export function loggerOptions(config: Pick<Config, 'logLevel'>): LoggerOptions {
  return {
    level: config.logLevel,
    base: { service: 'cti' },
    redact: { paths: [...REDACT_PATHS], censor: CENSOR },
    serializers: { err: safeError, error: safeError },
    formatters: { log: (object) => maskObject(object, 0) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((a) => (typeof a === 'string' ? maskEmails(a) : a)) as Parameters<typeof method>;
        return method.apply(this, masked);
      },
    },
  };
}

export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  return destination ? pino(loggerOptions(config), destination) : pino(loggerOptions(config));
}
