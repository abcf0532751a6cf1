import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { readableDocuments } from '../documents/document-access';
import { documentOwnerRef } from '../documents/document.loaders';
import { DocumentType } from '../documents/document.type';
import { TerritorialEntityType } from '../territorial-entities/territorial-entity.type';
import type { ActionPlan, ProgressReportRow } from './action-plan.entity';
import {
  ActionPlanType,
  ImportActionPlanInput,
  MeasurementArgs,
  PlanMeasurementType,
  PlanPeriodType,
  PlanProductType,
  PlanReportDueType,
  ProgressReportType,
  ReportProgressInput,
  SemaforoEnum,
  UpdateActionPlanInput,
  type AnnualizationEnum,
  type PeriodicityEnum,
} from './action-plan.type';
import { semaforoLabel, type Semaforo } from './measurement';

const planType = (p: ActionPlan): ActionPlanType =>
  Object.assign(new ActionPlanType(), { ...p, periodicity: p.periodicity as PeriodicityEnum });
const reportType = (r: ProgressReportRow): ProgressReportType => ({ ...r });
const statusLabel: Record<SemaforoEnum, string> = { ...semaforoLabel, SIN_DATO: 'Sin dato' };

/** Action plans and their follow-up by the Bogotá method (issue 7). */
@Resolver(() => ActionPlanType)
export class ActionPlanResolver {
  @Authorized(Action.ReadPlans)
  @Query(() => ActionPlanType, { nullable: true, description: 'Un plan de acción que quien consulta puede ver.' })
  async actionPlan(@Arg('id', () => ID, { description: 'El id del plan.' }) id: string, @Ctx() ctx: GraphQLContext) {
    const plan = await ctx.services.plans.find(ctx.em, ctx.principal, id);
    return plan ? planType(plan) : null;
  }

  @Authorized(Action.ReadPlans)
  @Query(() => [ActionPlanType], {
    description: 'Los planes de acción de una entidad (la propia, o cualquiera para la coordinación y los auditores).',
  })
  async actionPlans(@Arg('entityCode', { description: 'Código DIVIPOLA de la entidad.' }) entityCode: string, @Ctx() ctx: GraphQLContext) {
    return (await ctx.services.plans.ofEntity(ctx.em, ctx.principal, entityCode)).map(planType);
  }

  @Authorized(Action.WritePlans)
  @Mutation(() => ActionPlanType, {
    description:
      'Importa el plan de acción de la propia entidad desde un CSV o XLSX; cada error nombra su fila y columna y no se guarda nada.',
  })
  async importActionPlan(
    @Arg('input', () => ImportActionPlanInput, { description: 'El archivo del plan y sus datos generales.' }) input: ImportActionPlanInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return planType(await ctx.services.plans.import(ctx.em, ctx.principal, input));
  }

  @Authorized(Action.WritePlans)
  @Mutation(() => ActionPlanType, {
    description:
      'Edita el plan de la propia entidad: título y, por producto, nombre, indicador, peso, anualización y metas; todo o nada, y los pesos deben seguir sumando 100 %.',
  })
  async updateActionPlan(
    @Arg('input', () => UpdateActionPlanInput, { description: 'El plan y lo que cambia.' }) input: UpdateActionPlanInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return planType(await ctx.services.plans.update(ctx.em, ctx.principal, input));
  }

  @Authorized(Action.WritePlans)
  @Mutation(() => ProgressReportType, {
    description: 'Reporta el avance de un producto en un periodo, con narrativa y evidencias (usuarios de la entidad).',
  })
  async reportProgress(
    @Arg('input', () => ReportProgressInput, { description: 'El producto, el periodo, el valor y su sustento.' })
    input: ReportProgressInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return reportType(await ctx.services.plans.reportProgress(ctx.em, ctx.principal, input));
  }

  @FieldResolver(() => TerritorialEntityType, { description: 'La entidad territorial dueña del plan.', nullable: true })
  entity(@Root() plan: ActionPlanType, @Ctx() ctx: GraphQLContext) {
    return ctx.directory.read((d) => d.find(plan.entityCode));
  }

  @FieldResolver(() => DocumentType, {
    nullable: true,
    description: 'El archivo del que se importó el plan, si se importó de un documento subido (documentId); null si vino en content.',
  })
  async sourceDocument(@Root() plan: ActionPlanType, @Ctx() ctx: GraphQLContext): Promise<DocumentType | null> {
    const [doc] = await readableDocuments(ctx, await ctx.documentLoaders.byOwner.load(documentOwnerRef('ACTION_PLAN', plan.id)));
    return doc ?? null;
  }

  @FieldResolver(() => [PlanPeriodType], { description: 'Los periodos del horizonte del plan, en orden.' })
  periods(@Root() plan: ActionPlanType, @Ctx() ctx: GraphQLContext) {
    return ctx.services.plans.periodsOf(plan);
  }

  @FieldResolver(() => [PlanProductType], { description: 'Los productos del plan, con sus metas por periodo.' })
  async products(@Root() plan: ActionPlanType, @Ctx() ctx: GraphQLContext): Promise<PlanProductType[]> {
    return (await ctx.plans.products.load(plan.id)).map((p) => ({
      ...p,
      annualization: p.annualization as AnnualizationEnum,
      targets: Object.entries(p.targets).map(([period, value]) => ({ period, value })),
    }));
  }

  @FieldResolver(() => [ProgressReportType], {
    description: 'Todos los valores reportados (también los corregidos por un reporte posterior del mismo periodo).',
  })
  async reports(@Root() plan: ActionPlanType, @Ctx() ctx: GraphQLContext): Promise<ProgressReportType[]> {
    return (await ctx.plans.reports.load(plan.id)).map(reportType);
  }

  @FieldResolver(() => [PlanReportDueType], {
    description: 'El calendario de reportes de avance: por periodo con metas, su vencimiento y qué falta, a hoy.',
  })
  async reportSchedule(@Root() plan: ActionPlanType, @Ctx() ctx: GraphQLContext): Promise<PlanReportDueType[]> {
    const [products, reports] = await Promise.all([ctx.plans.products.load(plan.id), ctx.plans.reports.load(plan.id)]);
    return ctx.services.plans.schedule(plan, products, reports);
  }

  @FieldResolver(() => PlanMeasurementType, {
    description: 'PAV, PAHV y PAA por producto, avance por objetivo y de la política, trayectoria ideal, brecha y semáforo, al corte.',
  })
  async measurement(
    @Root() plan: ActionPlanType,
    @Args(() => MeasurementArgs) args: MeasurementArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanMeasurementType> {
    const [products, reports] = await Promise.all([ctx.plans.products.load(plan.id), ctx.plans.reports.load(plan.id)]);
    const names = new Map(products.map((p) => [p.objectiveCode, p.objectiveName]));
    const m = ctx.services.plans.measure(plan, products, reports, args.cut);
    return {
      cut: m.cut,
      progress: m.overall.progress,
      ideal: m.overall.ideal,
      gap: m.overall.gap,
      objectives: m.objectives.map((o) => ({
        ...o,
        name: names.get(o.code) ?? null,
        products: o.products.map((p) => ({
          ...p,
          annualization: p.annualization as AnnualizationEnum,
          status: (p.status ?? 'SIN_DATO') as SemaforoEnum,
        })),
      })),
      distribution: (Object.keys(m.distribution) as (Semaforo | 'SIN_DATO')[]).map((status) => ({
        status: status as SemaforoEnum,
        label: statusLabel[status as SemaforoEnum],
        count: m.distribution[status],
      })),
    };
  }
}

/** A progress report's annexes. */
@Resolver(() => ProgressReportType)
export class ProgressReportAnnexesResolver {
  @FieldResolver(() => [DocumentType], { description: 'Los anexos subidos del reporte (documentos), en el orden en que se adjuntaron.' })
  async annexes(@Root() report: ProgressReportType, @Ctx() ctx: GraphQLContext): Promise<DocumentType[]> {
    return readableDocuments(ctx, await ctx.documentLoaders.byOwner.load(documentOwnerRef('PROGRESS_REPORT', report.id)));
  }
}
