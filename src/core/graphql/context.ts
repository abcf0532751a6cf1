import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';

import type { WorkflowRegistry } from '../../../workflows/registry';

import type { Policy } from '../auth/policy';
import type { Principal } from '../auth/principal';
import type { Clock } from '../time/clock';
import type { CaseEvents } from '../workflow/case-events';
import type { OpenWork } from '../workflow/open-work';
import type { WorkflowRuntime } from '../workflow/workflow-runtime';

/**
 * The long-lived services of one process (API or worker), shared by every request and job. Core
 * declares its own; each module adds its services to this interface where it declares them
 * (TypeScript merges the declarations: `declare module '…/core/graphql/context'`), so core names
 * no module and every resolver still sees one typed object.
 */
export interface AppServices {
  registry: WorkflowRegistry;
  runtime: WorkflowRuntime;
  clock: Clock;
  /** Committed case changes, published across processes (subscriptions, the relay's wake-up). */
  caseEvents: CaseEvents;
  /** The work assigned to people across processes (workloads, what a reassignment would move). */
  openWork: OpenWork;
  /** Where this process's API listens (http://host:port), set once it does; links in mail use PUBLIC_URL first. */
  apiUrl?: string;
}

/**
 * The request-scoped objects (DataLoaders) the modules add to the GraphQL context, each made on
 * the first use in a request. Empty here: modules add their members by declaration merging.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the modules' declarations
export interface RequestScope {}

/** What every resolver receives: who asks, a fresh EntityManager fork for this request, and ids for logs. */
export interface BaseContext {
  principal: Principal;
  em: EntityManager;
  services: AppServices;
  /** The rule of every action (for checks a decorator cannot make, e.g. in `subscribe`). */
  policy: Policy;
  requestId: string;
  logger: Logger;
}

export type GraphQLContext = BaseContext & RequestScope;
