import type { Job } from 'bullmq';
import type { Logger } from 'pino';

import type { Config } from '../../config/env';
import type { AppServices } from '../graphql/context';
import type { Orm } from '../orm/orm';
import type { Clock } from '../time/clock';
import type { CaseStore } from '../workflow/case-store';
import type { OutboxMessage } from '../workflow/outbox.entity';
import type { QueueName, Queues } from './queues';

/**
 * What the jobs of a worker process receive, wired once per process by the worker layer. Core
 * declares what it owns; a module whose jobs need a worker-side service of its own (the
 * notification center, the mailer) adds it here by declaration merging and builds it in its
 * descriptor's `worker` hook.
 */
export interface JobDeps {
  config: Config;
  orm: Orm;
  store: CaseStore;
  queues: Queues;
  clock: Clock;
  logger: Logger;
  /** The process's services (the same object the API's resolvers use). */
  services: AppServices;
}

/** A BullMQ job a module handles: which queue it arrives on, its name, and its handler. */
export interface JobHandler {
  queue: QueueName;
  name: string;
  run(job: Job, token: string | undefined): Promise<unknown>;
}

/** Maintenance a module needs on a schedule (on the maintenance queue), also run once at worker start. */
export interface ScheduledWork {
  /** The job scheduler's id and the job's name. */
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

/** A committed outbox row as the relay reads it. */
export type OutboxRow = Pick<OutboxMessage, 'id' | 'kind' | 'payload'>;

/** What the relay does with the rows of one kind: queue their jobs (deterministic ids, so twice is once). */
export type OutboxRoute = (rows: OutboxRow[], deps: Pick<JobDeps, 'store' | 'queues' | 'clock'>) => Promise<unknown>;

/**
 * Part of the reconciler: rebuild from the database the jobs of one module that Redis may have
 * lost, and forget what is old. Returns counts by name for the reconciler's log and result.
 */
export type Reconciler = (deps: JobDeps) => Promise<Record<string, number>>;

/** An outbox row's payload, which SQLite returns as text and PostgreSQL as JSON. */
export function payloadOf<T>(row: Pick<OutboxRow, 'payload'>): T {
  return (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as T;
}
