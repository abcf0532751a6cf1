import type { EntityManager } from '@mikro-orm/knex';

import type { WorkflowRegistry } from '../../../workflows/registry';

import type { Actor } from '../../core/auth/policy';
import type { ConnectionResult } from '../../core/graphql/connection';
import type { Clock } from '../../core/time/clock';
import type { WorkflowCase } from '../../core/workflow/case.entity';
import type { WorkflowEvent } from '../../core/workflow/workflow-runtime';
import type { DocumentAttachments } from '../documents/document-attachments';
import type { ModelCatalog } from '../maturity/model-catalog';
import {
  attachChecklistDocuments,
  recordChecklist,
  recordPayment,
  saveApplication,
  setSchedule,
  type ApplicationData,
  type ChecklistEntryData,
  type EditDeps,
  type InstalmentData,
} from './application-edits';
import { applicationsPage, findApplication } from './application-reads';
import { afterApplicationEvent, beforeApplicationEvent } from './application-rules';
import type { ApplicationsArgs } from './cofinancing.inputs';
import type { ApplicationType } from './cofinancing.type';

export {
  MAX_BUDGET_LINES,
  type ApplicationData,
  type BudgetLineData,
  type ChecklistEntryData,
  type InstalmentData,
} from './application-edits';
export type { SubmissionReason } from './application-rules';

/**
 * Cofinancing applications (issue 6): the entity's budget and description, the coordinator's
 * eligibility checklist, the evaluators' declarations and scores, the committee's decisions with
 * the call's funds, the agreement and its disbursements. The case itself moves only through the
 * workflow runtime; this service's rules are called by it in the transition's transaction.
 */
export class ApplicationService {
  constructor(
    private readonly models: ModelCatalog,
    private readonly clock: Clock,
    private readonly registry: WorkflowRegistry,
    private readonly attachments: DocumentAttachments,
  ) {}

  // ---------------------------------------------------------------- reading (application-reads.ts)

  find(em: EntityManager, actor: Actor, caseId: string): Promise<ApplicationType | null> {
    return findApplication(em, actor, caseId);
  }

  page(em: EntityManager, actor: Actor, callId: string, args: ApplicationsArgs): Promise<ConnectionResult<ApplicationType>> {
    return applicationsPage(em, actor, callId, args);
  }

  // ---------------------------------------------------------------- entity edits (application-edits.ts)

  save(em: EntityManager, actor: Actor, input: ApplicationData): Promise<WorkflowCase> {
    return saveApplication(this.editDeps(), em, actor, input);
  }

  attachChecklistDocuments(
    em: EntityManager,
    actor: Actor,
    input: { caseId: string; itemId: string; documentIds: string[] },
  ): Promise<WorkflowCase> {
    return attachChecklistDocuments(this.editDeps(), em, actor, input);
  }

  recordChecklist(em: EntityManager, actor: Actor, caseId: string, entries: ChecklistEntryData[]): Promise<WorkflowCase> {
    return recordChecklist(this.editDeps(), em, actor, caseId, entries);
  }

  setSchedule(em: EntityManager, actor: Actor, caseId: string, instalments: InstalmentData[]): Promise<WorkflowCase> {
    return setSchedule(this.editDeps(), em, actor, caseId, instalments);
  }

  recordPayment(
    em: EntityManager,
    actor: Actor,
    caseId: string,
    payment: { instalment: number; reference: string; paidOn: string },
  ): Promise<WorkflowCase> {
    return recordPayment(this.editDeps(), em, actor, caseId, payment);
  }

  private editDeps(): EditDeps {
    return { models: this.models, clock: this.clock, registry: this.registry, attachments: this.attachments };
  }

  // ---------------------------------------------------------------- rules of the transitions (application-rules.ts)

  beforeEvent(
    db: () => EntityManager,
    actor: Actor,
    kase: WorkflowCase,
    event: WorkflowEvent,
    now: Date,
    assessmentProblem: () => Promise<string | null>,
  ): Promise<void> {
    return beforeApplicationEvent(db, actor, kase, event, now, assessmentProblem, this.attachments);
  }

  afterEvent(db: () => EntityManager, actor: Actor, after: WorkflowCase, event: WorkflowEvent, at: Date): Promise<void> {
    return afterApplicationEvent(db, actor, after, event, at, this.attachments);
  }
}
