import type { AppModule } from '../../core/module';
import { assessmentProcess } from './assessment.process';
import { AssessmentResolver } from './assessment.resolver';
import { AssessmentService } from './assessment.service';
import { CtiIndexService } from './cti-index.service';
import { EntityMaturityHistoryResolver, IndexEntryProgressResolver, IndexParticipationResolver } from './cycle-progress.resolver';
import { AssessmentAnswer, AssessmentComment, AssessmentPartScore, AssessmentScore, MaturityModelVersion } from './maturity.entity';
import { MaturityLoaders } from './maturity.loaders';
import {
  AssessmentAnswersResolver,
  CycleIndexResolver,
  EntityAssessmentsResolver,
  EvidenceDocumentResolver,
  IndexAggregatesResolver,
  IndexEntryResolver,
  MaturityModelResolver,
} from './maturity.resolver';
import { ModelCatalog } from './model-catalog';

declare module '../../core/graphql/context' {
  interface AppServices {
    models: ModelCatalog;
    assessments: AssessmentService;
    cti: CtiIndexService;
  }
  interface RequestScope {
    /** DataLoaders of the maturity model's fields (answers, scores, ranks, Índice aggregates). */
    maturity: MaturityLoaders;
  }
}

/**
 * The maturity model as versioned data, the self-assessment process (answers, evidence, review,
 * scoring) and the Índice CTI of each cycle.
 */
export const maturityModule: AppModule = {
  name: 'maturity',
  async seed(orm) {
    const m = await new ModelCatalog().ensureShipped(orm.em.fork(), new Date());
    return {
      summary: `Modelo de madurez ${m.version}: ${m.created ? 'publicado' : 'ya estaba publicado'}${m.cyclesFrozen ? `; fijado en ${m.cyclesFrozen} vigencias` : ''}`,
      log: m.created || m.cyclesFrozen ? { fields: { ...m }, message: 'modelo de madurez por defecto publicado' } : null,
    };
  },
  entities: [MaturityModelVersion, AssessmentAnswer, AssessmentComment, AssessmentScore, AssessmentPartScore],
  resolvers: [
    AssessmentResolver,
    MaturityModelResolver,
    AssessmentAnswersResolver,
    EntityAssessmentsResolver,
    CycleIndexResolver,
    IndexAggregatesResolver,
    IndexEntryResolver,
    EvidenceDocumentResolver,
    IndexEntryProgressResolver,
    IndexParticipationResolver,
    EntityMaturityHistoryResolver,
  ],
  services: ({ services }) => {
    const models = new ModelCatalog();
    return {
      models,
      assessments: new AssessmentService(models, services.clock, services.attachments),
      cti: new CtiIndexService(models, services.directory, services.clock),
    };
  },
  requestScope: { maturity: (ctx) => new MaturityLoaders(ctx.em, ctx.services.cti) },
  processes: (services) => ({ MATURITY_ASSESSMENT: assessmentProcess(services.assessments) }),
  globalIds: {
    inputs: { questionId: 'MaturityQuestion', clear: 'MaturityQuestion', version: 'MaturityModel', assessmentId: 'MaturityAssessment' },
    keys: {
      MaturityModel: (model: { version: string }) => model.version,
      // One entry of the Índice per validated assessment.
      CtiIndexEntry: (entry: { assessmentId: string }) => entry.assessmentId,
      // One history entry per validated assessment (an entity's, in one cycle).
      MaturityHistoryEntry: (entry: { assessmentId: string }) => entry.assessmentId,
    },
    // Dimension, subdimension and question codes repeat across versions of the model.
    nested: ['MaturityDimension', 'MaturitySubdimension', 'MaturityQuestion'],
    sameKey: { MaturityAssessment: ['Case'] },
    // A model's version is its name ("2026.1"); its global id is `id`.
    rawIds: ['MaturityModel.version'],
  },
};
