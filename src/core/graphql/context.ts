import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';

import type { WorkflowRegistry } from '../../../workflows/registry';

import type { CallService } from '../../modules/calls/call.service';
import type { CaseEvents } from '../../modules/cases/case-events';
import type { CaseLoaders } from '../../modules/cases/case.loaders';
import type { CaseService } from '../../modules/cases/case.service';
import type { ApplicationService } from '../../modules/cofinancing/application.service';
import type { CofinancingLoaders } from '../../modules/cofinancing/cofinancing.loaders';
import type { ProgrammeService } from '../../modules/cycles/cycle.service';
import type { DeadlineService } from '../../modules/deadlines/deadline.service';
import type { ActionPlanService } from '../../modules/follow-up/action-plan.service';
import type { PlanLoaders } from '../../modules/follow-up/plan.loaders';
import type { AssessmentService } from '../../modules/maturity/assessment.service';
import type { CtiIndexService } from '../../modules/maturity/cti-index.service';
import type { MaturityLoaders } from '../../modules/maturity/maturity.loaders';
import type { ModelCatalog } from '../../modules/maturity/model-catalog';
import type { NotificationMessage } from '../../modules/notifications/notification-center';
import type { NotificationService } from '../../modules/notifications/notification.service';
import type { ReportProgressMessage, ReportService } from '../../modules/reports/report.service';
import type { TerritorialDirectory } from '../../modules/territorial-entities/territorial-entity.service';
import type { Principal } from '../auth/principal';
import type { Broadcast } from '../redis/broadcast';
import type { Clock } from '../time/clock';
import type { WorkflowRuntime } from '../workflow/workflow-runtime';

/** The long-lived services of one API process, shared by every request. */
export interface AppServices {
  registry: WorkflowRegistry;
  /** The territorial-entity directory this process serves from memory (reference data, see the service). */
  directory: TerritorialDirectory;
  runtime: WorkflowRuntime;
  cases: CaseService;
  programme: ProgrammeService;
  calls: CallService;
  applications: ApplicationService;
  plans: ActionPlanService;
  reports: ReportService;
  /** Progress of reports, from whichever worker generates them. */
  reportEvents: Broadcast<ReportProgressMessage>;
  caseEvents: CaseEvents;
  notificationEvents: Broadcast<NotificationMessage>;
  clock: Clock;
  deadlines: DeadlineService;
  notifications: NotificationService;
  models: ModelCatalog;
  assessments: AssessmentService;
  cti: CtiIndexService;
}

/** What every resolver receives: who asks, a fresh EntityManager fork for this request, and ids for logs. */
export interface GraphQLContext {
  principal: Principal;
  em: EntityManager;
  /** The territorial-entity directory this process serves (reference data, see the service). */
  directory: TerritorialDirectory;
  services: AppServices;
  /** DataLoaders of this request (batching nested fields of lists). */
  loaders: CaseLoaders;
  /** DataLoaders of the maturity model's fields (answers, scores, ranks, Índice aggregates). */
  maturity: MaturityLoaders;
  /** DataLoaders of cofinancing applications' fields (budget, checklist, evaluations, funds, agreement). */
  cofinancing: CofinancingLoaders;
  /** DataLoaders of action plans' products and reports. */
  plans: PlanLoaders;
  requestId: string;
  logger: Logger;
}
