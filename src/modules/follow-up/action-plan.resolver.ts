import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import { BadUserInputError } from '../../core/errors/app-error';
import { ProblemCode } from '../../core/errors/problems';
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
  MeasurementBasisEnum,
  PlanMeasurementType,
  PlanPeriodType,
  PlanProductType,
  PlanReportDueType,
  PlanStatusEnum,
  ProgressReportType,
  SemaforoEnum,
  type AnnualizationEnum,
  type PeriodicityEnum,
  type ProgressItemStatusEnum,
} from './action-plan.type';
import { semaforoLabel, type Semaforo } from './measurement';
import { versionAt } from './plan-basis';

const planType = (p: ActionPlan): ActionPlanType =>
  Object.assign(new ActionPlanType(), { ...p, periodicity: p.periodicity as PeriodicityEnum, status: p.status as PlanStatusEnum });

/** The version a plan shows today: the one in force, or its first (proposed) one while a draft. */
const shownVersion = (plan: Pick<ActionPlanType, 'currentVersion'>): number => plan.currentVersion ?? 1;
export const reportType = (r: ProgressReportRow): ProgressReportType => ({ ...r, status: r.status as ProgressItemStatusEnum });
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
      'Importa el plan de acción de la propia entidad desde un CSV o XLSX (representante legal o líder TIC); cada error nombra su fila y columna y no se guarda nada. El plan queda en borrador (DRAFT) y su versión 1 en revisión de la coordinación (un trámite PLAN_REVIEW) hasta que esta la apruebe.',
  })
  async importActionPlan(
    @Arg('input', () => ImportActionPlanInput, { description: 'El archivo del plan y sus datos generales.' }) input: ImportActionPlanInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const { plan } = await ctx.services.plans.import(ctx.em, ctx.principal, input, {
      requestId: ctx.requestId,
      idempotencyKey: input.idempotencyKey,
    });
    return planType(plan);
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
    return (await ctx.plans.products(plan.id, shownVersion(plan))).map((p) => ({
      ...p,
      annualization: p.annualization as AnnualizationEnum,
      targets: Object.entries(p.targets).map(([period, value]) => ({ period, value })),
    }));
  }

  @FieldResolver(() => [ProgressReportType], {
    description:
      'Todos los valores reportados, de todos los reportes y radicaciones y en cualquier estado (en revisión, devueltos, aceptados, reemplazados por una corrección o retirados); status dice cuáles cuentan.',
  })
  async reports(@Root() plan: ActionPlanType, @Ctx() ctx: GraphQLContext): Promise<ProgressReportType[]> {
    return (await ctx.plans.reports.load(plan.id)).map(reportType);
  }

  @FieldResolver(() => [PlanReportDueType], {
    description: 'El calendario de reportes de avance: por periodo con metas, su vencimiento y qué falta, a hoy.',
  })
  async reportSchedule(@Root() plan: ActionPlanType, @Ctx() ctx: GraphQLContext): Promise<PlanReportDueType[]> {
    const [products, rows] = await Promise.all([ctx.plans.products(plan.id, shownVersion(plan)), ctx.plans.reports.load(plan.id)]);
    // A period is reported once its report is filed (its review runs on the report's own terms): see reportSchedule.
    return ctx.services.plans.schedule(plan, products, rows);
  }

  @FieldResolver(() => PlanMeasurementType, {
    description: 'PAV, PAHV y PAA por producto, avance por objetivo y de la política, trayectoria ideal, brecha y semáforo, al corte.',
  })
  async measurement(
    @Root() plan: ActionPlanType,
    @Args(() => MeasurementArgs) args: MeasurementArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanMeasurementType> {
    const cut = ctx.services.plans.cutOf(args.cut);
    const [versions, rows] = await Promise.all([ctx.plans.versions.load(plan.id), ctx.plans.reports.load(plan.id)]);
    const inForce = versionAt(versions, cut);
    let version = inForce;
    if (args.version != null) {
      if (!versions.some((v) => v.number === args.version && v.status === 'APPROVED'))
        throw new BadUserInputError(`El plan no tiene una versión aprobada ${args.version}`, {
          path: 'version',
          code: ProblemCode.UNKNOWN,
          problem: `versiones aprobadas: ${
            versions
              .filter((v) => v.status === 'APPROVED')
              .map((v) => v.number)
              .join(', ') || 'ninguna'
          }`,
        });
      version = args.version;
    }
    const basis = args.basis ?? MeasurementBasisEnum.OFFICIAL;
    const products = await ctx.plans.products(plan.id, version);
    const names = new Map(products.map((p) => [p.objectiveCode, p.objectiveName]));
    const sectors = new Map(products.map((p) => [p.code, p.sector]));
    const m = ctx.services.plans.measure(plan, products, rows, cut, basis);
    return {
      cut: m.cut,
      basis,
      planVersion: version,
      versionInForce: inForce,
      official: basis === MeasurementBasisEnum.OFFICIAL && version === inForce && version !== null,
      label: measurementLabel(cut, version, inForce, basis),
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
          statusInPeriod: (p.statusInPeriod ?? 'SIN_DATO') as SemaforoEnum,
          sector: sectors.get(p.code) ?? null,
          planId: plan.id,
          entityCode: plan.entityCode,
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

/** What a measurement is, for people: official, provisional, or another version's view of the cut. */
export function measurementLabel(cut: string, version: number | null, inForce: number | null, basis: MeasurementBasisEnum): string {
  if (version === null) return `Sin versión aprobada del plan al ${cut}: no hay medición oficial.`;
  const reports =
    basis === MeasurementBasisEnum.PROVISIONAL
      ? 'PROVISIONAL: incluye reportes aún en revisión o devueltos, que pueden cambiar'
      : 'con los reportes aceptados';
  if (version === inForce)
    return `Medición ${basis === MeasurementBasisEnum.OFFICIAL ? 'oficial' : 'provisional'} al ${cut} con la versión ${version}, la vigente en el corte, ${reports}.`;
  return `Vista de la versión ${version} sobre el corte del ${cut}, en que regía la versión ${inForce ?? 'ninguna'}: no es la cifra oficial del corte (${reports}).`;
}

/** A progress report's annexes. */
@Resolver(() => ProgressReportType)
export class ProgressReportAnnexesResolver {
  @FieldResolver(() => [DocumentType], { description: 'Los anexos subidos del reporte (documentos), en el orden en que se adjuntaron.' })
  async annexes(@Root() report: ProgressReportType, @Ctx() ctx: GraphQLContext): Promise<DocumentType[]> {
    return readableDocuments(ctx, await ctx.documentLoaders.byOwner.load(documentOwnerRef('PROGRESS_REPORT', report.id)));
  }
}
