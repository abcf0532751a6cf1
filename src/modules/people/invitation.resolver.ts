import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { InvitationConnection, InvitationType } from './invitation.type';
import { AcceptInvitationInput, InvitationsArgs, InvitePersonInput, ResendInvitationInput, RevokeInvitationInput } from './people.inputs';
import { MembershipType, PersonType } from './person.type';

@Resolver(() => InvitationType)
export class InvitationResolver {
  @Authorized(Action.InvitePeople)
  @Query(() => InvitationConnection, {
    description:
      'Las invitaciones que quien consulta gestiona, la más reciente primero: la coordinación, todas; el representante, las de líder TIC y funcionarios de su propia entidad (las que puede reenviar o revocar). Nunca muestran el código del enlace.',
  })
  invitations(@Args() args: InvitationsArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.invitations.list(ctx.principal, args);
  }

  @Authorized(Action.InvitePeople)
  @Mutation(() => InvitationType, {
    description:
      'Invita a una persona por correo: la coordinación, al personal del Ministerio y a los representantes; el representante, al líder TIC y a los funcionarios de su entidad. El enlace sale por correo; sirve una vez y vence.',
  })
  invitePerson(
    @Arg('input', () => InvitePersonInput, { description: 'A quién se invita, con qué rol y para qué entidad.' }) input: InvitePersonInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.invitations.invite(ctx.principal, input);
  }

  @Authorized(Action.InvitePeople)
  @Mutation(() => InvitationType, { description: 'Reenvía una invitación con un enlace nuevo; el anterior deja de servir.' })
  resendInvitation(
    @Arg('input', () => ResendInvitationInput, { description: 'La invitación que se reenvía con un enlace nuevo.' })
    input: ResendInvitationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.invitations.resend(ctx.principal, input);
  }

  @Authorized(Action.InvitePeople)
  @Mutation(() => InvitationType, { description: 'Revoca una invitación pendiente: su enlace deja de servir.' })
  revokeInvitation(
    @Arg('input', () => RevokeInvitationInput, { description: 'La invitación que se revoca y el motivo.' }) input: RevokeInvitationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.invitations.revoke(ctx.principal, input);
  }

  @Authorized(Action.ManageOwnPerson)
  @Mutation(() => MembershipType, {
    description:
      'Acepta una invitación con el código de su enlace: quien ingresa con el correo verificado de la invitación recibe la membresía (su membresía anterior termina).',
  })
  acceptInvitation(
    @Arg('input', () => AcceptInvitationInput, { description: 'El código del enlace recibido por correo.' }) input: AcceptInvitationInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.invitations.accept(ctx.principal, input);
  }

  @FieldResolver(() => PersonType, { nullable: true, description: 'Quién invitó; null si fue el sistema.' })
  async invitedBy(@Root() invitation: InvitationType, @Ctx() ctx: GraphQLContext) {
    const id = invitation.row.invitedByPersonId;
    const row = id ? await ctx.peopleLoaders.persons.load(id) : null;
    return row ? PersonType.from(row) : null;
  }
}
