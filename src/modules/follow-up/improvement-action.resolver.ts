import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import type { ImprovementAction } from './action-plan.entity';
import { ActionPlanType, PlanMeasurementType, ProductMeasurementType, SemaforoEnum } from './action-plan.type';
import { improvementStatusLabel, isOverdue, needsImprovementAction, type ImprovementStatus } from './improvement-action.service';
import {
  AddImprovementActionInput,
  ImprovementActionType,
  ImprovementStatusEnum,
  SectorMeasurementType,
  UpdateImprovementActionInput,
} from './improvement-action.type';
import { semaforoLabel, type Semaforo } from './measurement';
import { measureBySector } from './sector-measure';

export const improvementActionType = (a: ImprovementAction, today: string): ImprovementActionType => ({
  ...a,
  status: a.status as ImprovementStatusEnum,
  statusLabel: improvementStatusLabel[a.status as ImprovementStatus] ?? a.status,
  overdue: isOverdue(a, today),
  triggeredBy: a.triggeredBy as SemaforoEnum | null,
});

const bandLabel: Record<SemaforoEnum, string> = { ...semaforoLabel, SIN_DATO: 'Sin dato' };

/** Improvement actions (Bogotá report §9): the entity's representative or TIC leader writes them; whoever reads the plan reads them. */
@Resolver(() => ImprovementActionType)
export class ImprovementActionResolver {
  @Authorized(Action.WritePlans)
  @Mutation(() => ImprovementActionType, {
    description:
      'Registra una acción de mejora para un producto del plan aprobado que hoy (medición oficial, PAHV) está en cumplimiento bajo o en sobre ejecución (representante legal o líder TIC de la entidad); queda Pendiente. Otro color: PRECONDITION_FAILED (IMPROVEMENT_NOT_CALLED_FOR).',
  })
  async addImprovementAction(
    @Arg('input', () => AddImprovementActionInput, { description: 'El producto, la acción, quién responde y para cuándo.' })
    input: AddImprovementActionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ImprovementActionType> {
    const row = await ctx.services.improvements.add(ctx.em, ctx.principal, input);
    return improvementActionType(row, ctx.services.improvements.today());
  }

  @Authorized(Action.WritePlans)
  @Mutation(() => ImprovementActionType, {
    description:
      'Cambia el estado de una acción de mejora abierta (Pendiente o En ejecución), su nota o su fecha (representante legal o líder TIC de la entidad). Cumplida y Cancelada piden una nota y la cierran: no cambia más.',
  })
  async updateImprovementAction(
    @Arg('input', () => UpdateImprovementActionInput, {
      description: 'La acción, su nuevo estado y, si hace falta, la nota y la nueva fecha.',
    })
    input: UpdateImprovementActionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ImprovementActionType> {
    const row = await ctx.services.improvements.update(ctx.em, ctx.principal, { ...input, status: input.status as ImprovementStatus });
    return improvementActionType(row, ctx.services.improvements.today());
  }
}

/** A plan's improvement actions (the plan was authorized where it was read). */
@Resolver(() => ActionPlanType)
export class PlanImprovementsResolver {
  @FieldResolver(() => [ImprovementActionType], {
    description: 'Las acciones de mejora del plan, de todos sus productos y estados, las más antiguas primero.',
  })
  async improvementActions(@Root() plan: ActionPlanType, @Ctx() ctx: GraphQLContext): Promise<ImprovementActionType[]> {
    const today = ctx.services.improvements.today();
    return (await ctx.improvements.byPlan.load(plan.id)).map((a) => improvementActionType(a, today));
  }
}

/** A measured product's improvement actions, and whether it still needs one. */
@Resolver(() => ProductMeasurementType)
export class ProductImprovementsResolver {
  @FieldResolver(() => [ImprovementActionType], {
    description: 'Las acciones de mejora del producto (como están hoy, de todos los estados), las más antiguas primero.',
  })
  async improvementActions(@Root() product: ProductMeasurementType, @Ctx() ctx: GraphQLContext): Promise<ImprovementActionType[]> {
    if (!readable(product, ctx)) return [];
    const today = ctx.services.improvements.today();
    return (await ctx.improvements.ofProduct(product.planId!, product.code)).map((a) => improvementActionType(a, today));
  }

  @FieldResolver(() => Boolean, {
    description:
      'Si el producto pide una acción de mejora y no la tiene: está en cumplimiento bajo o en sobre ejecución frente a la trayectoria (PAHV, en esta medición) y no tiene ninguna acción pendiente, en ejecución ni cumplida.',
  })
  async needsImprovementAction(@Root() product: ProductMeasurementType, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    if (!readable(product, ctx)) return false;
    const status = product.status === SemaforoEnum.SIN_DATO ? null : (product.status as Semaforo);
    return needsImprovementAction(status, await ctx.improvements.ofProduct(product.planId!, product.code));
  }
}

/** A product measurement carries its plan (set where the plan was read); a caller must still be one who reads the plan. */
const readable = (product: ProductMeasurementType, ctx: GraphQLContext): boolean =>
  Boolean(product.planId && product.entityCode && ctx.services.improvements.canRead(ctx.principal, product.entityCode));

/** The measurement per responsible sector (Bogotá report §6). */
@Resolver(() => PlanMeasurementType)
export class SectorMeasurementResolver {
  @FieldResolver(() => [SectorMeasurementType], {
    description:
      'Productos por sector responsable: cuántos tiene cada sector y cuántos hay en cada color del semáforo (PAHV); los sectores en orden alfabético y «Sin sector» al final.',
  })
  bySector(@Root() measurement: PlanMeasurementType): SectorMeasurementType[] {
    const products = measurement.objectives.flatMap((o) => o.products);
    return measureBySector(
      products.map((p) => ({ sector: p.sector, status: p.status === SemaforoEnum.SIN_DATO ? null : (p.status as Semaforo) })),
    ).map((s) => ({
      sector: s.sector,
      unassigned: s.unassigned,
      products: s.products,
      distribution: (Object.keys(s.distribution) as (Semaforo | 'SIN_DATO')[]).map((status) => ({
        status: status as SemaforoEnum,
        label: bandLabel[status as SemaforoEnum],
        count: s.distribution[status],
      })),
    }));
  }
}
