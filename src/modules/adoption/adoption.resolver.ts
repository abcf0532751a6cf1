import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { AdoptionPendingArgs, InviteToAdoptInput } from './adoption.inputs';
import { AdoptionEntryConnection, InviteToAdoptPayload } from './adoption.type';

@Resolver()
export class AdoptionResolver {
  @Authorized(Action.ReadAdoption)
  @Query(() => AdoptionEntryConnection, {
    description:
      'Las alcaldías y gobernaciones sin autodiagnóstico validado desde una fecha (por defecto el 2023-04-01, Resolución 1117 de 2022), por código DIVIPOLA: la coordinación y los auditores.',
  })
  adoptionPending(@Args() args: AdoptionPendingArgs, @Ctx() ctx: GraphQLContext): Promise<AdoptionEntryConnection> {
    return ctx.services.adoption.page(ctx.em, args);
  }

  @Authorized(Action.InviteToAdopt)
  @Mutation(() => InviteToAdoptPayload, {
    description:
      'Invita a entidades sin autodiagnóstico validado a aplicarlo: una notificación a sus personas (en la plataforma y por correo). Responde, entidad por entidad, si se invitó o por qué no. Solo la coordinación.',
  })
  inviteToAdopt(
    @Arg('input', () => InviteToAdoptInput, {
      description: 'Las entidades, desde qué fecha cuenta un autodiagnóstico y la clave de idempotencia.',
    })
    input: InviteToAdoptInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InviteToAdoptPayload> {
    return ctx.services.adoption.invite(ctx.em, ctx.principal, input);
  }
}
