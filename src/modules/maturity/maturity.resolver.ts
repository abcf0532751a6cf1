import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { ProcessId, WorkflowRegistry } from '../../../workflows/registry';

import { Action, canReadCase } from '../../core/auth/policy';
import { ForbiddenError, NotFoundError } from '../../core/errors/app-error';
import type { ConnectionResult } from '../../core/graphql/connection';
import type { GraphQLContext } from '../../core/graphql/context';
import type { WorkflowCase } from '../../core/workflow/case.entity';
import { stateInfo } from '../../core/workflow/definition';
import type { Cycle } from '../cycles/cycle.entity';
import { CycleType } from '../cycles/cycle.type';
import { readableDocuments } from '../documents/document-access';
import { DocumentType } from '../documents/document.type';
import { TerritorialEntityKind, territorialEntityKindLabel } from '../territorial-entities/territorial-entity-kind';
import { TerritorialEntityType } from '../territorial-entities/territorial-entity.type';
import { answerOwnerKey, ASSESSMENT, completenessOf, EDITABLE_STATES } from './assessment.service';
import type { GroupAverage, IndexAggregates, RankedEntry } from './cti-index.service';
import type { MaturityModel } from './maturity-model';
import type { AssessmentPartScore, AssessmentScore } from './maturity.entity';
import { IndexArgs, PublishCycleIndexInput, PublishMaturityModelInput, SaveAssessmentAnswersInput } from './maturity.inputs';
import { canReadIndex } from './maturity.policy';
import {
  AnswerType,
  AssessmentType,
  ComparisonType,
  CompletenessType,
  DepartmentAverageType,
  DimensionScoreType,
  EvidenceType,
  IndexAverageType,
  IndexConnection,
  IndexEntryType,
  KindAverageType,
  LevelCountType,
  MaturityModelType,
  PublishModelResult,
  ReviewCommentType,
  type GroupComparisonType,
} from './maturity.type';
import type { PublishedModel } from './model-catalog';
import { normalise } from './scoring';

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;

function modelType(p: PublishedModel): MaturityModelType {
  const d = p.model.definition;
  return {
    version: d.version,
    title: d.title,
    description: d.description ?? null,
    publishedAt: p.publishedAt,
    publishedBy: p.publishedBy,
    questionCount: p.model.questions.size,
    scale: d.scale,
    levels: d.levels,
    dimensions: d.dimensions as MaturityModelType['dimensions'],
  };
}

export function assessmentType(kase: WorkflowCase, registry: WorkflowRegistry): AssessmentType {
  const { machine } = registry.get(kase.process as ProcessId, kase.machineVersion);
  return Object.assign(new AssessmentType(), {
    id: kase.id,
    cycleId: kase.cycleId!,
    entityCode: kase.entityCode,
    departmentCode: kase.departmentCode,
    process: kase.process,
    assignee: kase.assignee,
    state: kase.state,
    stateLabel: stateInfo(machine, kase.state).label,
    version: kase.version,
    editable: EDITABLE_STATES.includes(kase.state),
  });
}

/** Dimension scores with their sub-dimensions, named and levelled by the model the scores were computed with. */
function dimensionScores(model: MaturityModel, parts: AssessmentPartScore[]): DimensionScoreType[] {
  const levelName = (n: number) => model.level(n)?.name ?? String(n);
  const subOrder = [...model.subdimensionNames.keys()];
  return inModelOrder(
    model,
    parts.filter((p) => p.kind === 'DIMENSION'),
  ).map((d) => ({
    dimension: d.partId,
    dimensionName: model.dimensionNames.get(d.partId) ?? d.partId,
    score: d.score,
    level: d.level,
    levelName: levelName(d.level),
    subdimensions: parts
      .filter((s) => s.kind === 'SUBDIMENSION' && s.dimensionId === d.partId)
      .sort((a, b) => subOrder.indexOf(a.partId) - subOrder.indexOf(b.partId))
      .map((s) => ({
        subdimension: s.partId,
        subdimensionName: model.subdimensionNames.get(s.partId) ?? s.partId,
        score: s.score,
        level: s.level,
        levelName: levelName(s.level),
      })),
  }));
}

@Resolver()
export class MaturityModelResolver {
  @Authorized(Action.ReadProgramme)
  @Query(() => [MaturityModelType], { description: 'Versiones publicadas del modelo de madurez, la más reciente primero.' })
  async maturityModels(@Ctx() ctx: GraphQLContext) {
    return (await ctx.services.models.list(ctx.em)).map(modelType);
  }

  @Authorized(Action.ReadProgramme)
  @Query(() => MaturityModelType, { description: 'Una versión publicada del modelo de madurez; null si no existe.', nullable: true })
  async maturityModel(
    @Arg('version', () => ID, { description: 'La versión, p. ej. 2026.1.' }) version: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    const found = await ctx.services.models.find(ctx.em, version);
    return found ? modelType(found) : null;
  }

  @Authorized(Action.ManageProgramme)
  @Mutation(() => PublishModelResult, {
    description: 'Publica una versión nueva del modelo (YAML o JSON). Las vigencias ya abiertas conservan la suya (coordinación).',
  })
  async publishMaturityModel(
    @Arg('input', () => PublishMaturityModelInput, { description: 'La definición del modelo en YAML o JSON.' })
    input: PublishMaturityModelInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const { published, created } = await ctx.services.models.publishText(
      ctx.em,
      ctx.principal.subject,
      input.definition,
      ctx.services.clock.now(),
    );
    return { created, model: modelType(published) };
  }
}

@Resolver(() => AssessmentType)
export class AssessmentAnswersResolver {
  @Authorized(Action.ReadCases)
  @Query(() => AssessmentType, {
    nullable: true,
    description: 'Un autodiagnóstico por el id de su trámite; null si no existe o no tiene acceso.',
  })
  async assessment(@Arg('id', () => ID, { description: 'El id del trámite del autodiagnóstico.' }) id: string, @Ctx() ctx: GraphQLContext) {
    try {
      return assessmentType(await ctx.services.assessments.readable(ctx.em, ctx.principal, id), ctx.services.registry);
    } catch (err) {
      if (err instanceof NotFoundError) return null;
      throw err;
    }
  }

  @Authorized(Action.OpenCases)
  @Mutation(() => AssessmentType, {
    description:
      'Guarda un lote de respuestas del propio autodiagnóstico (borrador o ajustes solicitados); todo o nada, repetible sin efectos dobles.',
  })
  async saveAssessmentAnswers(
    @Arg('input', () => SaveAssessmentAnswersInput, {
      description: 'El autodiagnóstico, las respuestas que se guardan y las que se borran.',
    })
    input: SaveAssessmentAnswersInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const kase = await ctx.services.assessments.saveAnswers(ctx.em, ctx.principal, input.caseId, input.answers, input.clear);
    return assessmentType(kase, ctx.services.registry);
  }

  private requirePrivate(root: AssessmentType, ctx: GraphQLContext): void {
    if (!canReadCase(ctx.principal, root)) {
      throw new ForbiddenError('Las respuestas de un autodiagnóstico solo las ven su entidad, el Ministerio y los auditores');
    }
  }

  /** The stored scores, if any and if visible: the entity's own until its cycle's Índice is published; then public. */
  private async visibleScore(root: AssessmentType, ctx: GraphQLContext): Promise<AssessmentScore | null> {
    if (!canReadCase(ctx.principal, root) && (await ctx.maturity.cycles.load(root.cycleId))?.indexPublishedAt == null) return null;
    return ctx.maturity.scores.load(root.id);
  }

  private async model(root: AssessmentType, ctx: GraphQLContext): Promise<MaturityModel> {
    const cycle = await ctx.maturity.cycles.load(root.cycleId);
    return (await ctx.services.models.get(ctx.em, cycle!.modelVersion!)).model;
  }

  @FieldResolver(() => CycleType, { description: 'La vigencia del autodiagnóstico.' })
  async cycle(@Root() root: AssessmentType, @Ctx() ctx: GraphQLContext) {
    return ctx.services.programme.cycleType((await ctx.maturity.cycles.load(root.cycleId))!);
  }

  @FieldResolver(() => TerritorialEntityType, { description: 'La entidad territorial que lo responde.', nullable: true })
  entity(@Root() root: AssessmentType, @Ctx() ctx: GraphQLContext) {
    return ctx.directory.read((d) => d.find(root.entityCode));
  }

  @FieldResolver(() => String, { description: 'La versión del modelo que responde (la de su vigencia).' })
  async modelVersion(@Root() root: AssessmentType, @Ctx() ctx: GraphQLContext) {
    return (await ctx.maturity.cycles.load(root.cycleId))!.modelVersion!;
  }

  @FieldResolver(() => [AnswerType], {
    nullable: true,
    description: 'Respuestas con su evidencia (privadas: la entidad, el Ministerio y los auditores).',
  })
  async answers(@Root() root: AssessmentType, @Ctx() ctx: GraphQLContext): Promise<AnswerType[]> {
    this.requirePrivate(root, ctx);
    const [model, rows] = await Promise.all([this.model(root, ctx), ctx.maturity.answers.load(root.id)]);
    return rows.flatMap((a) => {
      const q = model.questions.get(a.questionId);
      if (!q) return [];
      return [
        {
          questionId: a.questionId,
          question: q,
          value: q.type === 'YES_NO' ? null : a.value,
          yes: q.type === 'YES_NO' ? a.value === 1 : null,
          normalised: round2(normalise(q, a.value) * 100) / 100,
          evidence: a.evidence.map((e) => ({ ...e, ownerKey: answerOwnerKey(a.caseId, a.questionId) })),
          answeredBy: a.answeredBy,
          answeredAt: a.answeredAt,
        } as AnswerType,
      ];
    });
  }

  @FieldResolver(() => [ReviewCommentType], {
    nullable: true,
    description: 'Comentarios de la revisión por pregunta (privados como las respuestas).',
  })
  async comments(@Root() root: AssessmentType, @Ctx() ctx: GraphQLContext): Promise<ReviewCommentType[]> {
    this.requirePrivate(root, ctx);
    return (await ctx.maturity.comments.load(root.id)).map((c) => ({
      id: c.id,
      questionId: c.questionId,
      text: c.text,
      round: c.round,
      author: c.authorSubject,
      createdAt: c.createdAt,
    }));
  }

  @FieldResolver(() => CompletenessType, {
    nullable: true,
    description: 'Cuánto lleva respondido por dimensión y qué falta para enviarlo.',
  })
  async completeness(@Root() root: AssessmentType, @Ctx() ctx: GraphQLContext): Promise<CompletenessType> {
    this.requirePrivate(root, ctx);
    const [model, rows] = await Promise.all([this.model(root, ctx), ctx.maturity.answers.load(root.id)]);
    const c = completenessOf(model, new Map(rows.map((a) => [a.questionId, a])));
    const percent = (answered: number, total: number) => (total ? round1((answered / total) * 100) : 100);
    return {
      ...c,
      percent: percent(c.answered, c.questions),
      dimensions: c.dimensions.map((d) => ({
        ...d,
        dimension: d.dimensionId,
        dimensionName: model.dimensionNames.get(d.dimensionId)!,
        percent: percent(d.answered, d.questions),
      })),
      missing: c.missing.map((m) => ({
        questionId: m.questionId,
        dimension: m.dimensionId,
        reason: m.reason,
      })) as CompletenessType['missing'],
    };
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Índice 0–100; null hasta la validación.' })
  async index(@Root() root: AssessmentType, @Ctx() ctx: GraphQLContext) {
    return (await this.visibleScore(root, ctx))?.indexScore ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Nivel de madurez (1 a 5); null hasta la validación.' })
  async level(@Root() root: AssessmentType, @Ctx() ctx: GraphQLContext) {
    return (await this.visibleScore(root, ctx))?.level ?? null;
  }

  @FieldResolver(() => String, { description: 'Nombre del nivel de madurez; null hasta la validación.', nullable: true })
  async levelName(@Root() root: AssessmentType, @Ctx() ctx: GraphQLContext) {
    const score = await this.visibleScore(root, ctx);
    return score ? ((await ctx.services.models.get(ctx.em, score.modelVersion)).model.level(score.level)?.name ?? null) : null;
  }

  @FieldResolver(() => [DimensionScoreType], { nullable: true, description: 'Puntajes por dimensión; null hasta la validación.' })
  async scores(@Root() root: AssessmentType, @Ctx() ctx: GraphQLContext) {
    const score = await this.visibleScore(root, ctx);
    if (!score) return null;
    const { model } = await ctx.services.models.get(ctx.em, score.modelVersion);
    return dimensionScores(model, await ctx.maturity.parts.load(root.id));
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Puesto en el Índice de su vigencia; visible para todos cuando se publica (antes, solo el Ministerio y los auditores).',
  })
  async rank(@Root() root: AssessmentType, @Ctx() ctx: GraphQLContext) {
    const cycle = await ctx.maturity.cycles.load(root.cycleId);
    if (!canReadIndex(ctx.principal, cycle?.indexPublishedAt != null)) return null;
    return ctx.maturity.ranks.load(root.id);
  }
}

@Resolver(() => TerritorialEntityType)
export class EntityAssessmentsResolver {
  @FieldResolver(() => [AssessmentType], {
    description:
      'Autodiagnósticos de la entidad, el más reciente primero. Quien no es de la entidad (ni del Ministerio o auditor) ve solo los validados de vigencias con el Índice publicado.',
  })
  async assessments(@Root() entity: TerritorialEntityType, @Ctx() ctx: GraphQLContext): Promise<AssessmentType[]> {
    const cases = (await ctx.loaders.casesOfEntity.load(entity.code)).filter((c) => c.process === ASSESSMENT);
    const cycles = await ctx.maturity.cycles.loadMany(cases.map((c) => c.cycleId!));
    return cases
      .filter(
        (kase, i) =>
          canReadCase(ctx.principal, kase) || (kase.state === 'validated' && (cycles[i] as Cycle | null)?.indexPublishedAt != null),
      )
      .map((kase) => assessmentType(kase, ctx.services.registry));
  }
}

@Resolver(() => CycleType)
export class CycleIndexResolver {
  @FieldResolver(() => MaturityModelType, { description: 'La versión del modelo de madurez que usa la vigencia.' })
  async model(@Root() cycle: CycleType, @Ctx() ctx: GraphQLContext) {
    return modelType(await ctx.services.models.get(ctx.em, cycle.modelVersion));
  }

  @FieldResolver(() => IndexConnection, {
    description:
      'El Índice CTI de la vigencia: los autodiagnósticos validados en orden. Público cuando se publica; antes, solo para el Ministerio y los auditores.',
  })
  async index(@Root() root: CycleType, @Args() args: IndexArgs, @Ctx() ctx: GraphQLContext): Promise<IndexConnection> {
    // The cycle row was just read to resolve `root`: its publication state and model come with it.
    const cycle = root;
    ctx.services.cti.requireReadable(ctx.principal, cycle);
    const generation = await ctx.services.cti.generation(ctx.em, cycle.id, cycle.indexPublishedAt);
    const page = await ctx.services.cti.cachedPage(ctx.em, cycle.id, generation, args);
    return Object.assign(new IndexConnection(), {
      ...page,
      edges: await this.entries(page, generation, ctx),
      cycleId: cycle.id,
      generation,
      modelVersion: cycle.modelVersion,
      published: cycle.indexPublishedAt != null,
      publishedAt: cycle.indexPublishedAt ?? null,
    });
  }

  /** The page's entries as GraphQL objects, built once per cached page (they are plain data: the model and directory are fixed per version). */
  private readonly built = new WeakMap<ConnectionResult<RankedEntry>, { cursor: string; node: IndexEntryType }[]>();

  private async entries(page: ConnectionResult<RankedEntry>, generation: string, ctx: GraphQLContext) {
    const done = this.built.get(page);
    if (done) return done;
    const directory = await ctx.directory.current();
    const models = new Map<string, MaturityModel>();
    const edges = [];
    for (const e of page.edges) {
      const r = e.node;
      let model = models.get(r.modelVersion);
      if (!model) models.set(r.modelVersion, (model = (await ctx.services.models.get(ctx.em, r.modelVersion)).model));
      edges.push({
        cursor: e.cursor,
        node: Object.assign(new IndexEntryType(), {
          rank: r.rank,
          assessmentId: r.caseId,
          entityCode: r.entityCode,
          index: r.indexScore,
          level: r.level,
          levelName: model.level(r.level)?.name ?? String(r.level),
          entity: directory.find(r.entityCode),
          scores: dimensionScores(model, r.parts),
          parts: r.parts,
          generation,
          cycleId: r.cycleId,
          entityKind: r.entityKind,
          departmentCode: r.departmentCode,
          modelVersion: r.modelVersion,
        }),
      });
    }
    this.built.set(page, edges);
    return edges;
  }

  @Authorized(Action.ManageProgramme)
  @Mutation(() => CycleType, {
    description:
      'Publica el Índice CTI de una vigencia cerrada sin autodiagnósticos pendientes: puestos y puntajes se vuelven públicos y definitivos (coordinación).',
  })
  async publishCycleIndex(
    @Arg('input', () => PublishCycleIndexInput, { description: 'La vigencia cuyo Índice se publica.' }) input: PublishCycleIndexInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.programme.cycleType(await ctx.services.cti.publish(ctx.em, ctx.principal, input.cycleId));
  }
}

/** Per-dimension figures in the order the model lists its dimensions. */
function inModelOrder<T extends { dimensionId: string }>(model: MaturityModel, items: T[]): T[] {
  const order = [...model.dimensionNames.keys()];
  return [...items].sort((a, b) => order.indexOf(a.dimensionId) - order.indexOf(b.dimensionId));
}

const kindLabel = (kind: string) => territorialEntityKindLabel[kind as TerritorialEntityKind] ?? kind;

@Resolver(() => IndexConnection)
export class IndexAggregatesResolver {
  private async summary(root: IndexConnection, ctx: GraphQLContext): Promise<{ aggregates: IndexAggregates; model: MaturityModel }> {
    const [aggregates, { model }] = await Promise.all([
      ctx.maturity.aggregates.load(root),
      ctx.services.models.get(ctx.em, root.modelVersion),
    ]);
    return { aggregates, model };
  }

  private average(g: GroupAverage, model: MaturityModel): IndexAverageType {
    return {
      count: g.count,
      index: g.index,
      dimensions: inModelOrder(model, g.dimensions).map((d) => ({
        dimension: d.dimensionId,
        dimensionName: model.dimensionNames.get(d.dimensionId) ?? d.dimensionId,
        score: d.score,
      })),
    };
  }

  @FieldResolver(() => IndexAverageType, { description: 'Promedio nacional del índice y de cada dimensión.' })
  async national(@Root() root: IndexConnection, @Ctx() ctx: GraphQLContext) {
    const { aggregates, model } = await this.summary(root, ctx);
    return this.average(aggregates.national, model);
  }

  @FieldResolver(() => [DepartmentAverageType], {
    description: 'Promedios por departamento (las gobernaciones y alcaldías validadas de cada uno).',
  })
  async departments(@Root() root: IndexConnection, @Ctx() ctx: GraphQLContext) {
    const { aggregates, model } = await this.summary(root, ctx);
    const directory = await ctx.directory.current();
    return aggregates.departments.map((g) => ({
      ...this.average(g, model),
      departmentCode: g.key,
      departmentName: directory.departmentName(g.key) ?? g.key,
    }));
  }

  @FieldResolver(() => [KindAverageType], { description: 'Promedios por clase de entidad (alcaldías, gobernaciones).' })
  async kinds(@Root() root: IndexConnection, @Ctx() ctx: GraphQLContext) {
    const { aggregates, model } = await this.summary(root, ctx);
    return aggregates.kinds.map((g) => ({ ...this.average(g, model), kind: g.key, kindLabel: kindLabel(g.key) }));
  }

  @FieldResolver(() => [LevelCountType], { description: 'Cuántas entidades hay en cada nivel de madurez.' })
  async distribution(@Root() root: IndexConnection, @Ctx() ctx: GraphQLContext) {
    const { aggregates, model } = await this.summary(root, ctx);
    const total = aggregates.national.count;
    return model.definition.levels.map((l) => {
      const count = aggregates.levels.get(l.level) ?? 0;
      return { ...l, description: l.description ?? null, count, percent: total ? round1((count / total) * 100) : 0 };
    });
  }
}

@Resolver(() => IndexEntryType)
export class IndexEntryResolver {
  @FieldResolver(() => ComparisonType, { description: 'La entidad frente a su departamento y frente a las entidades de su misma clase.' })
  async comparison(@Root() root: IndexEntryType, @Ctx() ctx: GraphQLContext): Promise<ComparisonType> {
    const parts = root.parts;
    const [aggregates, directory, { model }] = await Promise.all([
      ctx.maturity.aggregates.load(root),
      ctx.directory.current(),
      ctx.services.models.get(ctx.em, root.modelVersion),
    ]);
    const own = new Map(parts.filter((p) => p.kind === 'DIMENSION').map((p) => [p.partId, p.score]));
    const compare = (g: GroupAverage | undefined, label: string): GroupComparisonType => ({
      label,
      count: g?.count ?? 0,
      average: g?.index ?? root.index,
      difference: round2(root.index - (g?.index ?? root.index)),
      dimensions: inModelOrder(model, g?.dimensions ?? []).map((d) => ({
        dimension: d.dimensionId,
        average: d.score,
        difference: round2((own.get(d.dimensionId) ?? d.score) - d.score),
      })),
    });
    return {
      department: compare(
        aggregates.departments.find((g) => g.key === root.departmentCode),
        directory.departmentName(root.departmentCode) ?? root.departmentCode,
      ),
      kind: compare(
        aggregates.kinds.find((g) => g.key === root.entityKind),
        kindLabel(root.entityKind),
      ),
    };
  }
}

/** An evidence item's uploaded document. */
@Resolver(() => EvidenceType)
export class EvidenceDocumentResolver {
  @FieldResolver(() => DocumentType, {
    nullable: true,
    description:
      'El documento subido que la sustenta (null si la evidencia es una URL o una referencia de archivo); current dice si una versión posterior lo reemplazó.',
  })
  async document(@Root() evidence: EvidenceType, @Ctx() ctx: GraphQLContext): Promise<DocumentType | null> {
    if (!evidence.documentId) return null;
    const doc = await ctx.documentLoaders.byId.load(evidence.documentId);
    // Only the answer's own document: the id in the answer was attached to it when the answer was saved.
    if (!doc || doc.ownerKind !== 'ASSESSMENT_ANSWER' || doc.ownerKey !== evidence.ownerKey) return null;
    const [readable] = await readableDocuments(ctx, [doc]);
    return readable ?? null;
  }
}
