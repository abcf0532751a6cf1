import { z } from 'zod';

import type { Role } from '../core/auth/principal';
import { parseTrustedProxies } from '../core/http/client-address';

/**
 * The whole process configuration, parsed once from the environment. Every other module receives
 * this object; nothing else reads process.env.
 */
export interface Config {
  port: number;
  host: string;
  database: { kind: 'sqlite'; path: string } | { kind: 'postgresql'; url: string };
  /** undefined: the embedded default starts a private redis-server. */
  redisUrl: string | undefined;
  auth: { kind: 'secret'; secret: string; generated: boolean } | { kind: 'jwks'; jwksUrl: string };
  jwtIssuer: string | undefined;
  jwtAudience: string | undefined;
  /**
   * The longest a token may be good for (`exp` − `iat`, seconds); undefined: the identity provider's
   * own (JWKS without JWT_MAX_LIFETIME). Locally signed tokens default to 12 h.
   */
  jwtMaxLifetimeSeconds: number | undefined;
  /** Origins whose browser pages may call the API (CORS); empty: none. */
  corsOrigins: string[];
  /**
   * The load balancers' addresses and networks (TRUST_PROXY): a request from one of them is the
   * client X-Forwarded-For names (src/core/http/client-address.ts); empty: X-Forwarded-For is ignored.
   */
  trustProxy: string[];
  /** Whether the schema answers introspection (`__schema`, `__type`) over HTTP and WebSocket. */
  graphqlIntrospection: boolean;
  /** Whether a browser asking GET /graphql for HTML gets GraphiQL, served from this server's own files. */
  graphqlIde: boolean;
  /**
   * The web console's sign-in against the deployment's OpenID Provider (authorization code with
   * PKCE, a public client): undefined without CONSOLE_OIDC_AUTHORITY. The access tokens it gets are
   * the API's (JWKS_URL, JWT_AUDIENCE).
   */
  consoleOidc: { authority: string; clientId: string; scope: string } | undefined;
  /** NODE_ENV=production: what exists only for development and demos (the demo sign-in) is refused. */
  production: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** How old the territorial-entity directory a process serves may get before it is reloaded. */
  directoryMaxAgeSeconds: number;
  /** Folder for the embedded default's files: SQLite database, Redis data, generated secret. */
  varDir: string;
  /** Prefix of every Redis key and channel this deployment uses, so deployments can share a Redis. */
  redisPrefix: string;
  /** `adjustable`: a clock every process reads from the database, moved by tests and demos. */
  clock: 'system' | 'adjustable';
  /** Term lengths set for the whole deployment, over the machines' defaults (calls and cycles override them). */
  termDays: Partial<
    Record<
      | 'ACCOMPANIMENT_RESPONSE'
      | 'CORRECTIONS'
      | 'AGREEMENT_SIGNATURE'
      | 'PLAN_REVIEW'
      | 'PROGRESS_REPORT_REVIEW'
      | 'PROGRESS_REPORT_CORRECTIONS'
      | 'FIRST_SESSION'
      | 'ACCOMPANIMENT_SURVEY'
      | 'ELIGIBILITY_REVIEW',
      number
    >
  >;
  /** Progress reports of action plans: due this many días hábiles after their period ends, reminded this many before. */
  followUp: { reportDueDays: number; remindDaysBefore: number };
  mail: {
    /** undefined: mail is written as .eml files under `dir` (embedded default). */
    smtpUrl: string | undefined;
    dir: string;
    from: string;
    /** The programme's mailbox: Reply-To of every mail, and where coordinators' notices go when no coordinator is active. */
    coordinators: string;
  };
  /** Where the links in mail point (invitations): the public address of the API or of the console that serves them. */
  publicUrl: string | undefined;
  people: {
    /** How long an invitation link stays good. */
    invitationDays: number;
    /** The hour (Bogotá) the daily digest of notifications is mailed. */
    digestHour: number;
  };
  adoption: {
    /** An entity invited to take part in the maturity model is not invited again for this many days (design choice). */
    reinviteDays: number;
  };
  /**
   * An identity-provider claim that grants a ministry role (never an entity membership), e.g. groups
   * `cti-coordinacion` → COORDINATOR; undefined: only the directory grants roles.
   */
  roleClaim: { claim: string; map: Record<string, Role> } | undefined;
  documents: {
    /** Where documents' bytes live: a directory (embedded default), or an S3-compatible bucket. */
    storage:
      | { driver: 'file'; dir: string }
      | {
          driver: 's3';
          bucket: string;
          /** undefined: AWS's own endpoint for the region. */
          endpoint: string | undefined;
          region: string;
          accessKeyId: string | undefined;
          secretAccessKey: string | undefined;
          /** Path-style addressing (`endpoint/bucket/key`), which most S3-compatible services need. */
          forcePathStyle: boolean;
        };
    /** ClamAV's clamd, by local socket or TCP; undefined: no antivirus scan (said in /health and the logs). */
    clamd: { socket: string } | { host: string; port: number } | undefined;
    /** The secret that signs download links (every API process of a deployment must share it). */
    linkSecret: string;
    /** How long a download link is good for. */
    linkSeconds: number;
    /** Uploads never attached are purged after this many hours. */
    unattachedHours: number;
    /** Attached documents are kept this many years after their case closes (Ley 594 de 2000: the entity's retention tables). */
    retentionYears: number;
    /** A document still in quarantine this long after its upload finished was cut off by a crash: the reconciler checks it again. */
    quarantineRepairSeconds: number;
  };
  jobs: {
    /** How long a worker holds a job before another may take it over (a dead worker's job is retried then). */
    lockMs: number;
    reconcileEverySeconds: number;
    relayPollMs: number;
    /** A pause after each step of a report's generation (0; demos and fault tests slow reports down with it). */
    reportStepDelayMs: number;
  };
  /**
   * Prometheus metrics (`GET /metrics`) on a port of their own, apart from the API's, so they are
   * never reachable where the API is published; undefined port: no metrics server.
   */
  metrics: { port: number | undefined; host: string };
  /** Requests allowed per window (0: no limit), counted in Redis across the deployment's API processes. */
  rateLimits: {
    /** Mutations per person per minute (HTTP and WebSocket). */
    mutationsPerMinute: number;
    /** Report requests per person per hour. */
    reportsPerHour: number;
    /** Action-plan imports per person per hour. */
    importsPerHour: number;
    /** Document uploads started per person per hour. */
    uploadsPerHour: number;
    /** Requests without a valid token, and failed authentications, per IP address per minute. */
    anonymousPerMinute: number;
    /** Reads of the public transparency endpoints (/public/…), per client address, per minute. */
    publicPerMinute: number;
  };
}

/** Where a frontend's development server runs on a developer's machine (Vite's dev server and preview). */
export const DEV_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173', 'http://localhost:4173', 'http://127.0.0.1:4173'];

/** Locally signed tokens (JWT_SECRET or the generated secret) are good for at most 12 h unless JWT_MAX_LIFETIME says otherwise. */
export const DEFAULT_LOCAL_TOKEN_LIFETIME_SECONDS = 12 * 3600;

/** The programme's official address (Resolución 1117 de 2022): default sender and coordinators' mailbox. */
export const PROGRAMME_MAILBOX = 'ciudadesyterritoriosinteligentes@mintic.gov.co';

/** `cti-coordinacion=COORDINATOR,cti-asesores=ADVISOR` → the map; null when malformed or naming a role the ministry does not hold. */
export function parseRoleMap(text: string): Record<string, Role> | null {
  const map: Record<string, Role> = {};
  for (const pair of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([^=\s]{1,200})=(COORDINATOR|ADVISOR|EVALUATOR|AUDITOR)$/.exec(pair);
    if (!match) return null;
    map[match[1]] = match[2] as Role;
  }
  return Object.keys(map).length ? map : null;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Configuración inválida: ${variable} ${detail}`);
  }
}

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());

function integer(min: number, max: number, fallback: number, unit: string) {
  return z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: `debe ser un número de ${unit}` })
      .int('debe ser un entero')
      .min(min, `debe estar entre ${min} y ${max}`)
      .max(max, `debe estar entre ${min} y ${max}`)
      .default(fallback),
  );
}

/** An optional term length in days. */
function days() {
  return z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: 'debe ser un número de días' })
      .int('debe ser un entero')
      .min(1, 'debe estar entre 1 y 120')
      .max(120, 'debe estar entre 1 y 120')
      .optional(),
  );
}

/** A TCP port; 0 asks for any free one. */
const portNumber = z.coerce
  .number({ error: 'debe ser un número de puerto' })
  .int('debe ser un entero')
  .min(0, 'debe estar entre 0 y 65535')
  .max(65535, 'debe estar entre 0 y 65535');

const schema = z.object({
  PORT: z.preprocess(emptyToUndefined, portNumber.default(4000)),
  HOST: z.preprocess(emptyToUndefined, z.string().default('127.0.0.1')),
  VAR_DIR: z.preprocess(emptyToUndefined, z.string().default('var')),
  REDIS_PREFIX: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[\w-]{1,40}$/, 'debe tener de 1 a 40 letras, dígitos, _ o -')
      .default('cti'),
  ),
  DATABASE_URL: optionalString.refine(
    (v) => v === undefined || /^(sqlite:.+|postgres(ql)?:\/\/.+)$/.test(v),
    'debe empezar por sqlite: (archivo SQLite) o postgres:// (PostgreSQL)',
  ),
  REDIS_URL: optionalString.refine((v) => v === undefined || /^rediss?:\/\/.+/.test(v), 'debe ser una URL redis:// o rediss://'),
  JWT_SECRET: optionalString.refine((v) => v === undefined || v.length >= 32, 'debe tener al menos 32 caracteres'),
  JWKS_URL: optionalString.refine((v) => v === undefined || /^https?:\/\/.+/.test(v), 'debe ser una URL http(s)'),
  DIRECTORY_MAX_AGE_SECONDS: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: 'debe ser un número de segundos' })
      .int('debe ser un entero')
      .min(0, 'debe estar entre 0 y 86400')
      .max(86400, 'debe estar entre 0 y 86400')
      .default(60),
  ),
  JWT_ISSUER: optionalString,
  CONSOLE_OIDC_AUTHORITY: optionalString.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), 'debe ser una URL http(s)'),
  CONSOLE_OIDC_CLIENT_ID: optionalString.refine(
    (v) => v === undefined || /^[\w.:@-]{1,200}$/.test(v),
    'debe ser un identificador de cliente',
  ),
  CONSOLE_OIDC_SCOPE: optionalString.refine(
    (v) => v === undefined || /^[\w.:-]+( [\w.:-]+)*$/.test(v),
    'debe ser una lista de scopes separados por espacios',
  ),
  JWT_AUDIENCE: optionalString,
  JWT_MAX_LIFETIME: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d{1,7}\s*[smhd]?$/, 'debe ser una duración como 3600, 90m, 12h o 1d')
      .transform((v) => Number(/^\d+/.exec(v)![0]) * { s: 1, m: 60, h: 3600, d: 86_400 }[/[smhd]$/.exec(v)?.[0] ?? 's']!)
      .refine((v) => v >= 60 && v <= 30 * 86_400, 'debe estar entre 1 minuto y 30 días')
      .optional(),
  ),
  GRAPHQL_INTROSPECTION: z.preprocess(
    emptyToUndefined,
    z
      .enum(['true', 'false'], { error: 'debe ser true o false' })
      .transform((v) => v === 'true')
      .optional(),
  ),
  GRAPHQL_IDE: z.preprocess(
    emptyToUndefined,
    z
      .enum(['true', 'false'], { error: 'debe ser true o false' })
      .transform((v) => v === 'true')
      .optional(),
  ),
  CORS_ORIGINS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .refine(
        (list) => list.every((o) => /^https?:\/\/[^/\s]+$/.test(o)),
        'debe ser una lista de orígenes separados por comas, como https://consola.mintic.gov.co',
      )
      .optional(),
  ),
  TRUST_PROXY: optionalString.refine(
    (v) => v === undefined || parseTrustedProxies(v) !== null,
    'debe ser una lista de direcciones IP o redes CIDR de los balanceadores de carga, separadas por comas, como 10.0.0.5,10.0.1.0/24',
  ),
  CLOCK: z.preprocess(emptyToUndefined, z.enum(['system', 'adjustable'], { error: 'debe ser system o adjustable' }).default('system')),
  NODE_ENV: optionalString,
  TERM_DAYS_ACCOMPANIMENT_RESPONSE: days(),
  TERM_DAYS_CORRECTIONS: days(),
  TERM_DAYS_AGREEMENT_SIGNATURE: days(),
  TERM_DAYS_PLAN_REVIEW: days(),
  TERM_DAYS_PROGRESS_REPORT_REVIEW: days(),
  TERM_DAYS_PROGRESS_REPORT_CORRECTIONS: days(),
  TERM_DAYS_FIRST_SESSION: days(),
  TERM_DAYS_ACCOMPANIMENT_SURVEY: days(),
  TERM_DAYS_ELIGIBILITY_REVIEW: days(),
  PLAN_REPORT_DUE_DAYS: integer(1, 120, 10, 'días hábiles'),
  PLAN_REPORT_REMIND_DAYS: integer(0, 60, 3, 'días hábiles'),
  SMTP_URL: optionalString.refine((v) => v === undefined || /^smtps?:\/\/.+/.test(v), 'debe ser una URL smtp:// o smtps://'),
  MAIL_DIR: optionalString,
  MAIL_FROM: z.preprocess(emptyToUndefined, z.string().default(`Ciudades y Territorios Inteligentes <${PROGRAMME_MAILBOX}>`)),
  MAIL_COORDINATORS: z.preprocess(emptyToUndefined, z.string().email('debe ser una dirección de correo').default(PROGRAMME_MAILBOX)),
  PUBLIC_URL: optionalString.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), 'debe ser una URL http:// o https://'),
  INVITATION_DAYS: integer(1, 60, 7, 'días'),
  DIGEST_HOUR: integer(0, 23, 7, 'hora del día (0-23)'),
  ADOPTION_REINVITE_DAYS: integer(1, 365, 7, 'días'),
  AUTH_ROLE_CLAIM: optionalString.refine((v) => v === undefined || /^[\w.:-]{1,100}$/.test(v), 'debe ser el nombre de un claim'),
  AUTH_ROLE_MAP: optionalString.refine(
    (v) => v === undefined || parseRoleMap(v) !== null,
    'debe ser una lista valor=ROL separada por comas, con roles del Ministerio (COORDINATOR, ADVISOR, EVALUATOR, AUDITOR)',
  ),
  DOCUMENT_STORAGE: z.preprocess(emptyToUndefined, z.enum(['file', 's3'], { error: 'debe ser file o s3' }).default('file')),
  DOCUMENT_DIR: optionalString,
  S3_BUCKET: optionalString,
  S3_ENDPOINT: optionalString.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), 'debe ser una URL http:// o https://'),
  S3_REGION: z.preprocess(emptyToUndefined, z.string().default('us-east-1')),
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  S3_FORCE_PATH_STYLE: z.preprocess(emptyToUndefined, z.enum(['true', 'false'], { error: 'debe ser true o false' }).default('true')),
  CLAMD_SOCKET: optionalString,
  CLAMD_HOST: optionalString,
  CLAMD_PORT: integer(1, 65_535, 3310, 'puerto'),
  // Unset: no metrics server; 0: a free port (tests).
  METRICS_PORT: z.preprocess(emptyToUndefined, portNumber.optional()),
  METRICS_HOST: z.preprocess(emptyToUndefined, z.string().default('127.0.0.1')),
  DOCUMENT_LINK_SECRET: optionalString.refine((v) => v === undefined || v.length >= 32, 'debe tener al menos 32 caracteres'),
  // A link is a bearer capability while it lives: minutes, not hours.
  DOCUMENT_LINK_SECONDS: integer(10, 900, 300, 'segundos'),
  DOCUMENT_UNATTACHED_HOURS: integer(1, 24 * 365, 24, 'horas'),
  DOCUMENT_RETENTION_YEARS: integer(1, 100, 10, 'años'),
  // Above clamd's 30 s idle timeout: a check still running is never taken over.
  DOCUMENT_QUARANTINE_REPAIR_SECONDS: integer(60, 86_400, 120, 'segundos'),
  JOB_LOCK_MS: integer(1000, 600_000, 30_000, 'milisegundos'),
  RECONCILE_EVERY_SECONDS: integer(5, 86_400, 300, 'segundos'),
  RELAY_POLL_MS: integer(10, 60_000, 250, 'milisegundos'),
  REPORT_STEP_DELAY_MS: integer(0, 60_000, 0, 'milisegundos'),
  RATE_LIMIT_MUTATIONS_PER_MINUTE: integer(0, 100_000, 120, 'cambios por minuto'),
  RATE_LIMIT_REPORTS_PER_HOUR: integer(0, 100_000, 30, 'informes por hora'),
  RATE_LIMIT_IMPORTS_PER_HOUR: integer(0, 100_000, 20, 'importaciones por hora'),
  RATE_LIMIT_UPLOADS_PER_HOUR: integer(0, 100_000, 200, 'cargas por hora'),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: integer(0, 100_000, 60, 'solicitudes por minuto'),
  RATE_LIMIT_PUBLIC_PER_MINUTE: integer(0, 100_000, 120, 'consultas públicas por minuto'),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'debe ser uno de fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
  ),
});

/**
 * Parses the environment. `readGeneratedSecret` supplies the embedded default's signing secret
 * when neither JWT_SECRET nor JWKS_URL is set (it lives in VAR_DIR so tokens survive restarts).
 */
export function loadConfig(env: NodeJS.ProcessEnv, readGeneratedSecret: (varDir: string) => string): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue.path[0]);
    const raw = env[variable];
    throw new ConfigError(variable, `${issue.message} (valor recibido: ${JSON.stringify(raw)})`);
  }
  const e = parsed.data;
  if (Boolean(e.AUTH_ROLE_CLAIM) !== Boolean(e.AUTH_ROLE_MAP)) {
    throw new ConfigError(
      e.AUTH_ROLE_CLAIM ? 'AUTH_ROLE_MAP' : 'AUTH_ROLE_CLAIM',
      'AUTH_ROLE_CLAIM y AUTH_ROLE_MAP van juntos: defina ambos o ninguno',
    );
  }
  if (e.JWT_SECRET && e.JWKS_URL) {
    throw new ConfigError('JWKS_URL', 'no puede definirse junto con JWT_SECRET: elija uno');
  }
  if (e.CLOCK === 'adjustable' && e.NODE_ENV === 'production') {
    throw new ConfigError('CLOCK', 'no puede ser adjustable en producción (NODE_ENV=production)');
  }
  if (e.DOCUMENT_STORAGE === 's3' && !e.S3_BUCKET) {
    throw new ConfigError('S3_BUCKET', 'es obligatorio con DOCUMENT_STORAGE=s3');
  }
  if (Boolean(e.S3_ACCESS_KEY_ID) !== Boolean(e.S3_SECRET_ACCESS_KEY)) {
    throw new ConfigError(
      e.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID',
      'S3_ACCESS_KEY_ID y S3_SECRET_ACCESS_KEY van juntos: defina ambos, o ninguno para usar las credenciales del entorno',
    );
  }
  if (Boolean(e.CONSOLE_OIDC_AUTHORITY) !== Boolean(e.CONSOLE_OIDC_CLIENT_ID)) {
    throw new ConfigError(
      e.CONSOLE_OIDC_AUTHORITY ? 'CONSOLE_OIDC_CLIENT_ID' : 'CONSOLE_OIDC_AUTHORITY',
      'CONSOLE_OIDC_AUTHORITY y CONSOLE_OIDC_CLIENT_ID van juntos: defina ambos o ninguno',
    );
  }
  if (e.CONSOLE_OIDC_AUTHORITY && !e.JWKS_URL) {
    throw new ConfigError('CONSOLE_OIDC_AUTHORITY', 'requiere JWKS_URL: la API debe verificar los tokens que emite ese proveedor');
  }
  if (e.JWKS_URL && !e.DOCUMENT_LINK_SECRET) {
    // Links signed on one machine must verify on every other: a per-machine generated secret would not.
    throw new ConfigError('DOCUMENT_LINK_SECRET', 'es obligatorio con JWKS_URL: todos los procesos de la API deben compartirlo');
  }
  if (e.CLAMD_SOCKET && e.CLAMD_HOST) {
    throw new ConfigError('CLAMD_HOST', 'no puede definirse junto con CLAMD_SOCKET: elija uno');
  }
  const databaseUrl = e.DATABASE_URL ?? `sqlite:${e.VAR_DIR}/cti.sqlite`;
  const database: Config['database'] = databaseUrl.startsWith('sqlite:')
    ? { kind: 'sqlite', path: databaseUrl.slice('sqlite:'.length) }
    : { kind: 'postgresql', url: databaseUrl };
  const auth: Config['auth'] = e.JWKS_URL
    ? { kind: 'jwks', jwksUrl: e.JWKS_URL }
    : e.JWT_SECRET
      ? { kind: 'secret', secret: e.JWT_SECRET, generated: false }
      : { kind: 'secret', secret: readGeneratedSecret(e.VAR_DIR), generated: true };
  return {
    port: e.PORT,
    host: e.HOST,
    database,
    redisUrl: e.REDIS_URL,
    auth,
    jwtIssuer: e.JWT_ISSUER,
    jwtAudience: e.JWT_AUDIENCE,
    jwtMaxLifetimeSeconds: e.JWT_MAX_LIFETIME ?? (auth.kind === 'secret' ? DEFAULT_LOCAL_TOKEN_LIFETIME_SECONDS : undefined),
    graphqlIntrospection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== 'production',
    graphqlIde: e.GRAPHQL_IDE ?? e.NODE_ENV !== 'production',
    consoleOidc:
      e.CONSOLE_OIDC_AUTHORITY && e.CONSOLE_OIDC_CLIENT_ID
        ? {
            authority: e.CONSOLE_OIDC_AUTHORITY.replace(/\/+$/, ''),
            clientId: e.CONSOLE_OIDC_CLIENT_ID,
            scope: e.CONSOLE_OIDC_SCOPE ?? 'openid profile email offline_access',
          }
        : undefined,
    production: e.NODE_ENV === 'production',
    // The embedded default lets a frontend's dev server (Vite: 5173, its preview: 4173) call it.
    corsOrigins: e.CORS_ORIGINS ?? (e.NODE_ENV === 'production' ? [] : DEV_ORIGINS),
    trustProxy: e.TRUST_PROXY ? parseTrustedProxies(e.TRUST_PROXY)! : [],
    logLevel: e.LOG_LEVEL,
    directoryMaxAgeSeconds: e.DIRECTORY_MAX_AGE_SECONDS,
    varDir: e.VAR_DIR,
    redisPrefix: e.REDIS_PREFIX,
    clock: e.CLOCK,
    termDays: {
      ACCOMPANIMENT_RESPONSE: e.TERM_DAYS_ACCOMPANIMENT_RESPONSE,
      CORRECTIONS: e.TERM_DAYS_CORRECTIONS,
      AGREEMENT_SIGNATURE: e.TERM_DAYS_AGREEMENT_SIGNATURE,
      PLAN_REVIEW: e.TERM_DAYS_PLAN_REVIEW,
      PROGRESS_REPORT_REVIEW: e.TERM_DAYS_PROGRESS_REPORT_REVIEW,
      PROGRESS_REPORT_CORRECTIONS: e.TERM_DAYS_PROGRESS_REPORT_CORRECTIONS,
      FIRST_SESSION: e.TERM_DAYS_FIRST_SESSION,
      ACCOMPANIMENT_SURVEY: e.TERM_DAYS_ACCOMPANIMENT_SURVEY,
      ELIGIBILITY_REVIEW: e.TERM_DAYS_ELIGIBILITY_REVIEW,
    },
    followUp: { reportDueDays: e.PLAN_REPORT_DUE_DAYS, remindDaysBefore: e.PLAN_REPORT_REMIND_DAYS },
    mail: {
      smtpUrl: e.SMTP_URL,
      dir: e.MAIL_DIR ?? `${e.VAR_DIR}/mail`,
      from: e.MAIL_FROM,
      coordinators: e.MAIL_COORDINATORS,
    },
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    people: { invitationDays: e.INVITATION_DAYS, digestHour: e.DIGEST_HOUR },
    adoption: { reinviteDays: e.ADOPTION_REINVITE_DAYS },
    roleClaim: e.AUTH_ROLE_CLAIM && e.AUTH_ROLE_MAP ? { claim: e.AUTH_ROLE_CLAIM, map: parseRoleMap(e.AUTH_ROLE_MAP)! } : undefined,
    documents: {
      storage:
        e.DOCUMENT_STORAGE === 's3'
          ? {
              driver: 's3',
              bucket: e.S3_BUCKET!,
              endpoint: e.S3_ENDPOINT,
              region: e.S3_REGION,
              accessKeyId: e.S3_ACCESS_KEY_ID,
              secretAccessKey: e.S3_SECRET_ACCESS_KEY,
              forcePathStyle: e.S3_FORCE_PATH_STYLE === 'true',
            }
          : { driver: 'file', dir: e.DOCUMENT_DIR ?? `${e.VAR_DIR}/documents` },
      clamd: e.CLAMD_SOCKET ? { socket: e.CLAMD_SOCKET } : e.CLAMD_HOST ? { host: e.CLAMD_HOST, port: e.CLAMD_PORT } : undefined,
      // Links are signed apart from tokens; by default with the token secret, which every API process
      // of a deployment already shares (with JWKS_URL, DOCUMENT_LINK_SECRET is required, see above).
      linkSecret: e.DOCUMENT_LINK_SECRET ?? `document-links:${auth.kind === 'secret' ? auth.secret : ''}`,
      linkSeconds: e.DOCUMENT_LINK_SECONDS,
      unattachedHours: e.DOCUMENT_UNATTACHED_HOURS,
      retentionYears: e.DOCUMENT_RETENTION_YEARS,
      quarantineRepairSeconds: e.DOCUMENT_QUARANTINE_REPAIR_SECONDS,
    },
    jobs: {
      lockMs: e.JOB_LOCK_MS,
      reconcileEverySeconds: e.RECONCILE_EVERY_SECONDS,
      relayPollMs: e.RELAY_POLL_MS,
      reportStepDelayMs: e.REPORT_STEP_DELAY_MS,
    },
    metrics: { port: e.METRICS_PORT, host: e.METRICS_HOST },
    rateLimits: {
      mutationsPerMinute: e.RATE_LIMIT_MUTATIONS_PER_MINUTE,
      reportsPerHour: e.RATE_LIMIT_REPORTS_PER_HOUR,
      importsPerHour: e.RATE_LIMIT_IMPORTS_PER_HOUR,
      uploadsPerHour: e.RATE_LIMIT_UPLOADS_PER_HOUR,
      anonymousPerMinute: e.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
      publicPerMinute: e.RATE_LIMIT_PUBLIC_PER_MINUTE,
    },
  };
}
