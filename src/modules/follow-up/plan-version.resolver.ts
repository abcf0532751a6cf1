import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';

import { Action, canReadCase } from '../../core/auth/policy';
import { BadUserInputError } from '../../core/errors/app-error';
import { ProblemCode } from '../../core/errors/problems';
import type { GraphQLContext } from '../../core/graphql/context';
import { CaseTransitionPayload, CaseType } from '../cases/case.type';
import type { PlanProduct, PlanVersion } from './action-plan.entity';
import { ActionPlanType, PlanProductType, type AnnualizationEnum } from './action-plan.type';
import { plainChanges, proposePlanAdjustment } from './plan-adjustment';
import type { ProductDraft } from './plan-changes';
import { diffVersions } from './plan-diff';
import {
  PlanChangeKindEnum,
  PlanDiffArgs,
  PlanDiffType,
  PlanVersionStatusEnum,
  PlanVersionType,
  ProductDiffChangeEnum,
  ProposePlanAdjustmentInput,
  ResubmitPlanVersionInput,
  type ObjectiveDiffChangeEnum,
  type ProductDiffFieldEnum,
} from './plan-version.type';

/** A product of a version as the API shows it (targets as a list, in period order). */
export const productType = (p: ProductDraft | PlanProduct): PlanProductType => ({
  code: p.code,
  objectiveCode: p.objectiveCode,
  objectiveName: p.objectiveName,
  name: p.name,
  indicator: p.indicator,
  weight: p.weight,
  annualization: p.annualization as AnnualizationEnum,
  targets: Object.entries(p.targets).map(([period, value]) => ({ period, value })),
  sector: p.sector ?? null,
  baseline: p.baseline ?? null,
});

const versionType = (v: PlanVersion): PlanVersionType =>
  Object.assign(new PlanVersionType(), {
    ...v,
    status: v.status as PlanVersionStatusEnum,
    changes: v.changes.map((c) => ({ kind: c.kind as PlanChangeKindEnum, code: c.code, justification: c.justification })),
  });

/** A plan's versions, one version, the difference between two, and its proposal in review. */
@Resolver(() => ActionPlanType)
export class PlanVersionResolver {
  @FieldResolver(() => [PlanVersionType], {
    description: 'Todas las versiones del plan, de la primera a la última (aprobadas, propuestas y retiradas).',
  })
  async versions(@Root() plan: ActionPlanType, @Ctx() ctx: GraphQLContext): Promise<PlanVersionType[]> {
    return (await ctx.plans.versions.load(plan.id)).map(versionType);
  }

  @FieldResolver(() => PlanVersionType, { nullable: true, description: 'Una versión del plan por su número; null si no existe.' })
  async version(
    @Root() plan: ActionPlanType,
    @Arg('number', () => Int, { description: 'El número de la versión.' }) number: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanVersionType | null> {
    const found = (await ctx.plans.versions.load(plan.id)).find((v) => v.number === number);
    return found ? versionType(found) : null;
  }

  @FieldResolver(() => PlanDiffType, {
    description:
      'Lo que cambia de la versión from a la versión to (cualesquiera dos, también una propuesta): título, objetivos y productos campo por campo.',
  })
  async diff(
    @Root() plan: ActionPlanType,
    @Args(() => PlanDiffArgs) args: PlanDiffArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanDiffType> {
    const versions = await ctx.plans.versions.load(plan.id);
    const from = versions.find((v) => v.number === args.from);
    const to = versions.find((v) => v.number === args.to);
    const problems = [
      ...(from ? [] : [{ path: 'from', code: ProblemCode.UNKNOWN, message: `el plan no tiene la versión ${args.from}` }]),
      ...(to ? [] : [{ path: 'to', code: ProblemCode.UNKNOWN, message: `el plan no tiene la versión ${args.to}` }]),
    ];
    if (!from || !to)
      throw new BadUserInputError(`No se comparan las versiones: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, {
        problems,
      });
    const [before, after] = await Promise.all([ctx.plans.products(plan.id, from.number), ctx.plans.products(plan.id, to.number)]);
    const d = diffVersions(
      { number: from.number, title: from.title, products: before },
      { number: to.number, title: to.title, products: after },
    );
    return {
      from: d.from,
      to: d.to,
      title: d.title,
      objectives: d.objectives.map((o) => ({ ...o, change: o.change as ObjectiveDiffChangeEnum })),
      products: d.products.map((p) => ({
        code: p.code,
        change: p.change as ProductDiffChangeEnum,
        before: p.before && productType(p.before),
        after: p.after && productType(p.after),
        fields: p.fields.map((f) => ({ ...f, field: f.field as ProductDiffFieldEnum })),
        targets: p.targets,
      })),
    };
  }

  @FieldResolver(() => CaseType, {
    nullable: true,
    description: 'La propuesta en revisión (trámite PLAN_REVIEW radicado o devuelto), si la hay: la primera versión o un ajuste.',
  })
  async reviewCase(@Root() plan: ActionPlanType, @Ctx() ctx: GraphQLContext): Promise<CaseType | null> {
    const proposed = (await ctx.plans.versions.load(plan.id)).find((v) => v.status === 'PROPOSED' && v.caseId !== null);
    return proposed ? caseOf(ctx, proposed.caseId!) : null;
  }
}

/** A case the principal may read, as the API shows it (null otherwise). */
async function caseOf(ctx: GraphQLContext, caseId: string): Promise<CaseType | null> {
  const row = await ctx.loaders.cases.load(caseId);
  return row && canReadCase(ctx.principal, row) ? ctx.services.cases.toType(row) : null;
}

/** A version's review case and products. */
@Resolver(() => PlanVersionType)
export class PlanVersionFieldsResolver {
  @FieldResolver(() => CaseType, {
    nullable: true,
    description: 'El trámite PLAN_REVIEW que la propuso y revisó, con su historial (null en versiones escritas por la plataforma).',
  })
  case(@Root() version: PlanVersionType, @Ctx() ctx: GraphQLContext): Promise<CaseType | null> {
    return version.caseId ? caseOf(ctx, version.caseId) : Promise.resolve(null);
  }

  @FieldResolver(() => [PlanProductType], {
    description: 'Los productos de esta versión, con sus metas por periodo, en el orden del plan.',
  })
  async products(@Root() version: PlanVersionType, @Ctx() ctx: GraphQLContext): Promise<PlanProductType[]> {
    return (await ctx.plans.products(version.planId, version.number)).map(productType);
  }
}

/** Adjustment proposals of an approved plan, and the resubmission of a returned proposal. */
@Resolver()
export class PlanAdjustmentResolver {
  @Authorized(Action.WritePlans)
  @Mutation(() => CaseTransitionPayload, {
    description:
      'Propone un ajuste del plan aprobado (representante legal o líder TIC de la entidad): los cambios, cada uno con su justificación. Abre un trámite PLAN_REVIEW con la versión propuesta; la vigente no cambia hasta que la coordinación la apruebe. Un plan tiene a lo sumo una propuesta en revisión.',
  })
  proposePlanAdjustment(
    @Arg('input', () => ProposePlanAdjustmentInput, {
      description: 'El plan, los cambios con sus justificaciones y la justificación de conjunto.',
    })
    input: ProposePlanAdjustmentInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CaseTransitionPayload> {
    return proposePlanAdjustment(ctx, input);
  }

  @Authorized(Action.ActOnCases)
  @Mutation(() => CaseTransitionPayload, {
    description:
      'Radica de nuevo una propuesta devuelta (representante legal o líder TIC), como estaba o con cambios corregidos: en un ajuste reemplazan los anteriores (se calculan desde la versión base); en una primera versión corrigen sus productos.',
  })
  resubmitPlanVersion(
    @Arg('input', () => ResubmitPlanVersionInput, { description: 'El trámite, la versión consultada y, si se corrigen, los cambios.' })
    input: ResubmitPlanVersionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CaseTransitionPayload> {
    const justification = input.justification?.trim();
    return ctx.services.cases.act(ctx.principal, ctx.requestId, 'PLAN_REVIEW', input, {
      type: 'RESUBMIT',
      ...(justification ? { justification } : {}),
      ...plainChanges(input),
    });
  }
}
