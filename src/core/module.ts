import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

import type { ProcessId } from '../../workflows/registry';

import type { Config } from '../config/env';
import type { TokenVerifier } from './auth/jwt';
import type { Action, ActionRule, Policy } from './auth/policy';
import type { AppServices, GraphQLContext, RequestScope } from './graphql/context';
import type { GlobalIdRules } from './graphql/global-ids';
import type { ClientAddress } from './http/client-address';
import type { Orm } from './orm/orm';
import type { JobDeps, JobHandler, OutboxRoute, Reconciler, ScheduledWork } from './queue/job-deps';
import type { ProcessRules } from './workflow/ports';

/** What a module's services are built from: the process's infrastructure and the services listed before it. */
export interface ServiceDeps {
  config: Config;
  orm: Orm;
  /** Commands (publish). */
  redis: Redis;
  /** The process's pub/sub connection, shared by every broadcast. */
  subscriber: Redis;
  logger: Logger;
  /** The cases an evaluator is assigned to, from the module that declares `evaluatedCases` (none: no case). */
  evaluatedCases(em: EntityManager, evaluator: string): Promise<string[]>;
  /** Core's services and those of the modules before this one in the list (the list is in dependency order). */
  services: AppServices;
}

/** The stricter per-person limits some mutations also count against (heavy work: reports, imports). */
export type LimitedWork = 'REPORT_REQUEST' | 'IMPORT' | 'UPLOAD';

/** A structured log line: its fields and its message. */
export interface LogEntry {
  fields: Record<string, unknown>;
  message: string;
}

/** What a seed did: a line for the operator at the command line, and what to log at start (null: nothing worth logging). */
export interface SeedOutcome {
  summary: string;
  log: LogEntry | null;
}

/** What a module's plain HTTP routes (beside /graphql) are built from. */
export interface HttpDeps {
  config: Config;
  /**
   * Spends a point of a per-person budget (a heavy work's, by subject) or of the anonymous one (by
   * address), counted across API processes like GraphQL's; throws RATE_LIMITED when none is left.
   */
  spend(bucket: LimitedWork | 'ANONYMOUS' | 'PUBLIC', key: string): Promise<void>;
  /** The client address a request came from (through trusted load balancers, TRUST_PROXY): the anonymous budget's key. */
  clientAddress: ClientAddress;
  verifier: TokenVerifier;
  /** The rule of every action: a route authorizes its caller as a resolver does (roles, the privacy notice). */
  policy: Policy;
  services: AppServices;
  orm: Orm;
  logger: Logger;
}

/** What GET /health says of a part a module depends on. */
export type HealthState = 'up' | 'down' | 'off';
/** Asks a part whether it answers (a probe that throws or takes over half a second is `down`: HEALTH_PROBE_MS). */
export type HealthProbe = () => Promise<HealthState>;

/** A route of the API's HTTP server: a GET (downloads), or every method under a path (the tus upload endpoint, which answers its own CORS). */
export interface HttpRoute {
  path: string;
  handler: RequestHandler;
  /** GET (the default) or ALL: every method of every path under `path`, mounted before the API's CORS so the route answers its own preflight. */
  method?: 'GET' | 'ALL';
}

/** A module's request-scoped objects, each made on its first use in a request. */
export type RequestScopeFactories = { [K in keyof RequestScope]?: (ctx: GraphQLContext) => RequestScope[K] };

/**
 * What a module contributes to the system, declared once in its `index.ts`. The composition (the
 * API in `src/api/`, the worker in `src/worker/`, both from the list in `src/app/modules.ts`)
 * assembles the ORM's entities, the schema, the context, the policy, the process rules, the relay's
 * routes and the workers from these descriptors; nothing else names a module. Every field is optional.
 */
export interface AppModule {
  /** kebab-case, as its folder. */
  name: string;
  /**
   * Reference data it needs in every database (idempotent), run after migrations by `npm start`,
   * tests and `cli seed`, in list order.
   */
  seed?(orm: Orm): Promise<SeedOutcome>;
  /**
   * Upgrades of rows an earlier version wrote (idempotent), run by the embedded default's start
   * after the seeds; returns what to log, or null when there was nothing to upgrade.
   */
  upgrade?(orm: Orm): Promise<LogEntry | null>;
  /** MikroORM entities (tables) the module owns. */
  entities?: readonly EntityClass<unknown>[];
  /** type-graphql resolver classes. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for resolver classes
  resolvers?: readonly Function[];
  /**
   * type-graphql resolver classes of the public transparency schema (`/public/graphql`, no token;
   * see src/api/public-schema.ts). They resolve against a `PublicContext` (no principal) and return
   * the module's own public object types, never the private ones.
   */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for resolver classes
  publicResolvers?: readonly Function[];
  /** Builds the module's long-lived services (merged into `AppServices`), once per process. */
  services?(deps: ServiceDeps): Partial<AppServices> | Promise<Partial<AppServices>>;
  /** Releases what `services` opened (connections), in reverse list order. */
  stop?(services: AppServices): Promise<void>;
  /** Its request-scoped objects (DataLoaders), merged into `RequestScope`. */
  requestScope?: RequestScopeFactories;
  /**
   * How its GraphQL types and ID inputs take part in global object identification (see
   * core/graphql/global-ids.ts): the keys of types without an `id` of their own, the types whose
   * `id` is unique only inside their parent, list items' natural keys, and which type each `ID`
   * argument or input field names.
   */
  globalIds?: Partial<GlobalIdRules>;
  /** Root mutation fields whose calls count against a stricter per-person limit than other mutations. */
  limitedMutations?: Readonly<Record<string, LimitedWork>>;
  /** Parts it depends on that GET /health reports (informative: only the database decides the status; Redis down makes it `degraded`). */
  health?(services: AppServices): Record<string, HealthProbe>;
  /** Plain HTTP routes it serves beside /graphql (downloads). */
  http?(deps: HttpDeps): HttpRoute[];
  /**
   * The ids of the cases an evaluator is assigned to, for the EVALUATOR case scope (the module that
   * keeps evaluation panels answers it; read before the case query like overdue ones).
   */
  evaluatedCases?(em: EntityManager, evaluator: string): Promise<string[]>;
  /** The rule of each action of the central list that this module serves (each action has exactly one). */
  policy?: Partial<Record<Action, ActionRule>>;
  /** The rules of the processes whose machines this module drives (senders, guards' reasons, before/after hooks, terms). */
  processes?(services: AppServices): Partial<Record<ProcessId, ProcessRules>>;
  /** How the relay hands its outbox rows to BullMQ, by row kind. */
  outbox?: Readonly<Record<string, OutboxRoute>>;
  /** Worker-side services of its own (merged into `JobDeps`), built once per worker process. */
  worker?(deps: JobDeps): Partial<JobDeps>;
  /** Its BullMQ jobs. */
  jobs?(deps: JobDeps): JobHandler[];
  /** Its part of the reconciler (run at worker start, periodically, and after Redis loses its data). */
  reconcile?: Reconciler;
  /** Maintenance it needs on a schedule. */
  schedules?(deps: JobDeps): ScheduledWork[];
  /** Releases what `worker` opened. */
  stopWorker?(deps: JobDeps): void | Promise<void>;
}
