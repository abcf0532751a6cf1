import type { AppModule } from '../../core/module';
import { QueueName } from '../../core/queue/queues';
import { ApplicationActionsResolver } from './application-actions.resolver';
import {
  AgreementDocumentResolver,
  ApplicationChecklistItemResolver,
  ApplicationResolver,
  CallApplicationsResolver,
  CaseApplicationResolver,
} from './application.resolver';
import { ApplicationService } from './application.service';
import { CofinancingCall } from './call.entity';
import { CallResolver } from './call.resolver';
import { CallService } from './call.service';
import {
  BudgetLine,
  CofinancingAgreement,
  CofinancingApplication,
  Disbursement,
  EligibilityCheck,
  EvaluationScore,
  EvaluatorAssignment,
  FundReservation,
} from './cofinancing.entity';
import { CofinancingLoaders } from './cofinancing.loaders';
import { cofinancingProcess } from './cofinancing.process';
import { reconcilePromotions } from './cofinancing.reconcile';
import { CorrectionsExtensionResolver } from './corrections-extension.resolver';
import { PROMOTE_WAITLIST, promoteJobs, promoteWaitlist, WAITLIST_PROMOTION } from './promote-waitlist.job';

declare module '../../core/graphql/context' {
  interface AppServices {
    calls: CallService;
    applications: ApplicationService;
  }
  interface RequestScope {
    /** DataLoaders of cofinancing applications' fields (budget, checklist, evaluations, funds, agreement). */
    cofinancing: CofinancingLoaders;
  }
}

/**
 * Cofinancing from the Fondo Único de TIC: calls with rubrics and checklists, the application
 * process (budget, eligibility, evaluation panel, committee, funds that never over-commit, the
 * waitlist, agreement and disbursements).
 */
export const cofinancingModule: AppModule = {
  name: 'cofinancing',
  async upgrade(orm) {
    const adopted = await new CallService().adoptEarlierCalls(orm.em.fork());
    return adopted ? { fields: { calls: adopted }, message: 'convocatorias anteriores con la rúbrica y los requisitos por defecto' } : null;
  },
  entities: [
    CofinancingCall,
    CofinancingApplication,
    BudgetLine,
    EligibilityCheck,
    EvaluatorAssignment,
    EvaluationScore,
    FundReservation,
    CofinancingAgreement,
    Disbursement,
  ],
  resolvers: [
    CallResolver,
    ApplicationActionsResolver,
    CorrectionsExtensionResolver,
    ApplicationResolver,
    CaseApplicationResolver,
    CallApplicationsResolver,
    ApplicationChecklistItemResolver,
    AgreementDocumentResolver,
  ],
  services: ({ services }) => ({
    calls: new CallService(() => services.clock.now()),
    applications: new ApplicationService(services.models, services.clock, services.registry, services.attachments),
  }),
  requestScope: { cofinancing: (ctx) => new CofinancingLoaders(ctx.em) },
  processes: (services) => ({ COFINANCING_APPLICATION: cofinancingProcess(services.applications) }),
  async evaluatedCases(em, evaluator) {
    return (await em.find(EvaluatorAssignment, { evaluator }, { fields: ['caseId'] })).map((a) => a.caseId);
  },
  outbox: {
    [WAITLIST_PROMOTION]: (rows, { queues }) => queues.maintenance.addBulk(promoteJobs(rows)),
  },
  jobs: (deps) => [
    {
      queue: QueueName.MAINTENANCE,
      name: PROMOTE_WAITLIST,
      run: (job) => promoteWaitlist({ ...deps, runtime: deps.services.runtime }, job),
    },
  ],
  reconcile: reconcilePromotions,
  // A checklist item's or a rubric criterion's id is the code the coordinator gave it in its call.
  globalIds: {
    inputs: { callId: 'CofinancingCall', evaluatorIds: 'Person' },
    rootIds: { 'UpdateCallInput.id': 'CofinancingCall' },
    nested: ['ChecklistItem', 'RubricCriterion'],
    naturalKeys: { ApplicationChecklistItem: (item: { itemId: string }) => item.itemId },
    sameKey: { CofinancingApplication: ['Case'] },
  },
};
