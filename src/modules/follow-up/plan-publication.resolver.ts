import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { ActionPlanType, type PeriodicityEnum, type PlanStatusEnum } from './action-plan.type';
import { setPlanPublication } from './plan-publication';

@InputType({ description: 'Publicar o retirar la publicación del seguimiento de un plan de acción.' })
export class SetActionPlanPublicationInput {
  @Field(() => ID, { description: 'El plan de acción de la propia entidad.' })
  @MaxLength(100, { message: 'planId admite a lo sumo 100 caracteres' })
  planId!: string;

  @Field({ description: 'true: su avance se muestra en la consulta pública (/public/graphql); false: deja de mostrarse.' })
  published!: boolean;
}

/** Whether an entity shows its plan's follow-up to the public (issue 24). */
@Resolver(() => ActionPlanType)
export class PlanPublicationResolver {
  @Authorized(Action.WritePlans)
  @Mutation(() => ActionPlanType, {
    description:
      'Publica el avance del plan de acción de la propia entidad (método Bogotá: avance, trayectoria ideal y brecha) en la consulta pública sin token, o retira su publicación. Solo el representante legal de la entidad; el plan debe estar aprobado para publicarse.',
  })
  async setActionPlanPublication(
    @Arg('input', () => SetActionPlanPublicationInput, { description: 'El plan y si se publica.' }) input: SetActionPlanPublicationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ActionPlanType> {
    const plan = await setPlanPublication(ctx.em, ctx.services, ctx.principal, input.planId, input.published);
    return Object.assign(new ActionPlanType(), {
      ...plan,
      periodicity: plan.periodicity as PeriodicityEnum,
      status: plan.status as PlanStatusEnum,
    });
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'Desde cuándo la entidad publica el avance del plan en la consulta pública; null: no es público.',
  })
  publishedAt(@Root() plan: ActionPlanType & { publishedAt?: Date | null }): Date | null {
    return plan.publishedAt ?? null;
  }
}
