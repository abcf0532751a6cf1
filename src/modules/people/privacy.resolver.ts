import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { JSONObjectScalar } from '../../core/graphql/scalars';
import { ViewerType } from '../identity/viewer.type';
import { PersonType } from './person.type';
import { PrivacyService } from './privacy.service';
import { AcceptPrivacyNoticeInput, AnonymizePersonInput, PrivacyNoticeType } from './privacy.type';

const privacy = (ctx: GraphQLContext) => new PrivacyService(ctx.em, ctx.services.clock, ctx.services.people);

/** Personal data as Ley 1581 de 2012 requires: the privacy notice, one's own data, anonymisation. */
@Resolver(() => ViewerType)
export class PrivacyResolver {
  @Authorized(Action.ManageOwnPerson)
  @FieldResolver(() => PrivacyNoticeType, {
    description:
      'El aviso de privacidad vigente y si ya lo aceptó; hasta aceptarlo, todo salvo `me` responde PRECONDITION_FAILED (regla PRIVACY_NOTICE).',
  })
  privacyNotice(@Ctx() ctx: GraphQLContext) {
    return privacy(ctx).notice(ctx.principal);
  }

  @Authorized(Action.ManageOwnPerson)
  @Mutation(() => PrivacyNoticeType, {
    description:
      'Acepta el aviso de privacidad vigente (Ley 1581 de 2012): queda registrado cuándo. Aceptarlo otra vez no cambia nada; otra versión se rechaza (BAD_USER_INPUT en input.version).',
  })
  acceptPrivacyNotice(
    @Arg('input', () => AcceptPrivacyNoticeInput, { description: 'La versión leída.' }) input: AcceptPrivacyNoticeInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return privacy(ctx).accept(ctx.principal, input.version);
  }

  @Authorized(Action.ManageOwnPerson)
  @Query(() => JSONObjectScalar, {
    description:
      'Todo lo que la plataforma guarda sobre quien consulta (Ley 1581 de 2012, art. 8): su registro, membresías, historial del directorio, invitaciones, aceptaciones del aviso, preferencias, notificaciones y correos a su nombre, y sus actuaciones en los trámites (las 1.000 más recientes de cada lista, con el total).',
  })
  myData(@Ctx() ctx: GraphQLContext) {
    return privacy(ctx).export(ctx.principal);
  }

  @Authorized(Action.ManagePeople)
  @Mutation(() => PersonType, {
    description:
      'Anonimiza a una persona que dejó de participar (sin membresía vigente, o desactivada): su nombre y contacto se reemplazan y el historial la nombra con su seudónimo. No se deshace. Una persona con membresía vigente: PRECONDITION_FAILED (regla PERSON_STILL_ACTIVE). Solo la coordinación.',
  })
  async anonymizePerson(
    @Arg('input', () => AnonymizePersonInput, { description: 'La persona y el motivo.' }) input: AnonymizePersonInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const row = await privacy(ctx).anonymize(ctx.principal, input);
    return PersonType.from(row, null);
  }
}
