import type { AppModule } from '../../core/module';
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
  services: ({ services, evaluatedCases }) => ({ cases: new CaseService(services.registry, services.runtime, evaluatedCases) }),
  requestScope: { loaders: (ctx) => new CaseLoaders(ctx.em) },
  policy: caseActions,
};
