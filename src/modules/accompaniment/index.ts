import type { AppModule } from '../../core/module';
import { AccompanimentIndicatorsResolver } from './accompaniment-indicators.resolver';
import { AccompanimentRequestResolver, CaseAccompanimentResolver } from './accompaniment-read.resolver';
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
import { AccompanimentLoaders } from './accompaniment.loaders';
import { accompanimentProcess } from './accompaniment.process';
import { AccompanimentResolver } from './accompaniment.resolver';
import { closingSteps } from './closing-steps';
import { RoadmapDeliveriesResolver } from './roadmap-delivery.resolver';
import { roadmapSteps } from './roadmap-steps';
import { AccompanimentRoadmapResolver, RoadmapMutationsResolver, RoadmapTemplateResolver } from './roadmap.resolver';
import { sessionAlarmJobs } from './session-alarms';
import { sessionSteps } from './session-steps';
import { AccompanimentSessionFieldsResolver, AccompanimentSessionResolver, AccompanimentSessionsResolver } from './session.resolver';
import { AccompanimentSurveyResolver } from './survey.resolver';

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
  resolvers: [
    AccompanimentResolver,
    CaseAccompanimentResolver,
    AccompanimentRequestResolver,
    RoadmapMutationsResolver,
    AccompanimentRoadmapResolver,
    RoadmapTemplateResolver,
    AccompanimentSessionResolver,
    AccompanimentSessionsResolver,
    AccompanimentSessionFieldsResolver,
    AccompanimentSurveyResolver,
    RoadmapDeliveriesResolver,
    AccompanimentIndicatorsResolver,
  ],
  requestScope: { accompaniment: (ctx) => new AccompanimentLoaders(ctx.em) },
  processes: (services) => ({ ACCOMPANIMENT: accompanimentProcess(services, [sessionSteps, roadmapSteps, closingSteps]) }),
  // Sessions' notices and reminders, commitments' reminders and escalations (session-alarms.ts).
  jobs: (deps) => sessionAlarmJobs({ ...deps, directory: deps.services.directory, registry: deps.services.registry }),
  globalIds: {
    inputs: {
      advisorId: 'Person',
      contactPersonId: 'Person',
      assessmentCaseId: 'Case',
      lineId: 'RoadmapLine',
      lineIds: 'RoadmapLine',
      inviteeIds: 'Person',
      sessionId: 'AccompanimentSession',
      commitmentId: 'AccompanimentCommitment',
      actaDocumentId: 'Document',
    },
    rootIds: { 'RoadmapLineInput.id': 'RoadmapLine' },
    naturalKeys: {
      DiagnosisDimension: (d: { code: string }) => d.code,
      DiagnosisSubdimension: (s: { code: string }) => s.code,
      DiagnosisQuestion: (q: { questionId: string }) => q.questionId,
      RoadmapDelivery: (d: { round: number }) => d.round,
      AccompanimentIndicatorRow: (r: { key: string }) => r.key || '-',
    },
    keys: {
      Accompaniment: (a: { caseId: string }) => a.caseId,
      AccompanimentRequest: (r: { caseId: string }) => r.caseId,
      AccompanimentDiagnosis: (d: { caseId: string }) => d.caseId,
      Roadmap: (r: { caseId: string }) => r.caseId,
    },
  },
};
