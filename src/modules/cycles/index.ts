import type { AppModule } from '../../core/module';
import { Cycle } from './cycle.entity';
import { programmeActions } from './cycle.policy';
import { ProgrammeService } from './cycle.service';
import { ProgrammeResolver } from './programme.resolver';

declare module '../../core/graphql/context' {
  interface AppServices {
    programme: ProgrammeService;
  }
}

/**
 * The programme's calendar: cycles (vigencias), each freezing a maturity model version. Listed
 * after maturity, whose model catalog it takes as `ModelVersions` without importing it.
 */
export const cyclesModule: AppModule = {
  name: 'cycles',
  entities: [Cycle],
  resolvers: [ProgrammeResolver],
  services: ({ services }) => ({ programme: new ProgrammeService(services.runtime, services.models, () => services.clock.now()) }),
  policy: programmeActions,
  globalIds: { inputs: { cycleId: 'Cycle' }, rootIds: { 'Mutation.closeCycle': 'Cycle' } },
};
