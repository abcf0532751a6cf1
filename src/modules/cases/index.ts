import type { AppModule } from '../../core/module';
import { CaseFeed } from '../../core/workflow/case-feed';
import { CaseReader } from '../../core/workflow/case-reader';
import { CaseSubscriptionResolver } from './case-subscription.resolver';
import { CaseLoaders } from './case.loaders';
import { caseActions } from './case.policy';
import { CaseResolver } from './case.resolver';
import { CaseService } from './case.service';
import { JourneyResolver } from './journey.resolver';
import { ProcessDefinitionResolver } from './process-definition.resolver';

declare module '../../core/graphql/context' {
  interface AppServices {
    cases: CaseService;
    /** Every case's changes in one order, for `caseChanged` (live and resumed from a cursor). */
    caseFeed: CaseFeed;
  }
  interface RequestScope {
    /** DataLoaders of cases' nested fields (history, deadlines, journeys). */
    loaders: CaseLoaders;
  }
}

/**
 * Cases of every process, read alike: lists, one case, its history and deadlines, journeys,
 * subscriptions, and the process definitions. The process modules (maturity, accompaniment,
 * cofinancing) add their own mutations and rules; this module knows none of them.
 */
export const casesModule: AppModule = {
  name: 'cases',
  resolvers: [CaseResolver, JourneyResolver, CaseSubscriptionResolver, ProcessDefinitionResolver],
  services: ({ orm, logger, services, evaluatedCases }) => ({
    cases: new CaseService(services.registry, services.runtime, new CaseReader(orm), evaluatedCases),
    caseFeed: new CaseFeed(orm.em.getKnex(), services.caseEvents, logger),
  }),
  stop: async (services) => services.caseFeed.stop(),
  requestScope: { loaders: (ctx) => new CaseLoaders(ctx.services.cases.reader) },
  policy: caseActions,
  globalIds: {
    inputs: { caseId: 'Case' },
    naturalKeys: {
      CaseHistoryEntry: (entry: { seq: number }) => entry.seq,
      CaseEventOption: (option: { event: string }) => option.event,
    },
    keys: { ProcessDefinition: (definition: { id: string; version: number }) => `${definition.id}:${definition.version}` },
  },
};
