import type { EntityManager } from '@mikro-orm/knex';

import type { Actor } from '../../core/auth/policy';
import type { AppServices } from '../../core/graphql/context';
import type { WorkflowCase } from '../../core/workflow/case.entity';
import type { WorkflowEvent } from '../../core/workflow/ports';

/**
 * What one part of the accompaniment (sessions, diagnosis and roadmap, closing) does when an event
 * of its own reaches a version 2 case, in the transition's transaction: `before` checks (and may
 * read and lock; it writes nothing), `after` writes the content the event carries. Both throw a
 * typed error to refuse, which rolls the whole change back. Several parts may handle one event;
 * they run in the order of `accompanimentSteps`.
 */
export interface AccompanimentStep {
  event: string;
  before?(db: () => EntityManager, actor: Actor, kase: WorkflowCase, event: WorkflowEvent, now: Date): Promise<void>;
  after?(db: () => EntityManager, actor: Actor, kase: WorkflowCase, event: WorkflowEvent, at: Date): Promise<void>;
}

/** Builds a part's steps from the process's services (its clock, the report queue). */
export type StepsFactory = (services: AppServices) => AccompanimentStep[];
