import type { AppModule } from '../../core/module';
import { AccompanimentLoaders } from './accompaniment.loaders';
import {
  AccompanimentDiagnosis,
  AccompanimentRequest,
  AccompanimentSession,
  Commitment,
  DiagnosisFinding,
  RoadmapComment,
  RoadmapDelivery,
  RoadmapLine,
  SessionInvitee,
} from './accompaniment.entity';
import { accompanimentProcess } from './accompaniment.process';
import { AccompanimentRequestResolver, CaseAccompanimentResolver } from './accompaniment-read.resolver';
import { AccompanimentResolver } from './accompaniment.resolver';
import { closingSteps } from './closing-steps';
import { roadmapSteps } from './roadmap-steps';
import { sessionSteps } from './session-steps';

declare module '../../core/graphql/context' {
  interface RequestScope {
    /** DataLoaders of accompaniments' content (requests, sessions, commitments, diagnosis, roadmap). */
    accompaniment: AccompanimentLoaders;
  }
}

/**
 * Technical accompaniment: the entity's request (with its topic and content), the advisor's
 * sessions and their commitments, the diagnosis built from the entity's assessment, the roadmap
 * and the closing survey, as the ACCOMPANIMENT process.
 */
export const accompanimentModule: AppModule = {
  name: 'accompaniment',
  entities: [
    AccompanimentRequest,
    AccompanimentSession,
    SessionInvitee,
    Commitment,
    AccompanimentDiagnosis,
    DiagnosisFinding,
    RoadmapLine,
    RoadmapDelivery,
    RoadmapComment,
  ],
  resolvers: [AccompanimentResolver, CaseAccompanimentResolver, AccompanimentRequestResolver],
  requestScope: { accompaniment: (ctx) => new AccompanimentLoaders(ctx.em) },
  processes: (services) => ({ ACCOMPANIMENT: accompanimentProcess(services, [sessionSteps, roadmapSteps, closingSteps]) }),
  globalIds: {
    inputs: { advisorId: 'Person', contactPersonId: 'Person', assessmentCaseId: 'Case' },
    keys: {
      Accompaniment: (a: { caseId: string }) => a.caseId,
      AccompanimentRequest: (r: { caseId: string }) => r.caseId,
    },
  },
};
