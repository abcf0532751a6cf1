import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import { ForbiddenError } from '../../core/errors/app-error';
import type { GraphQLContext } from '../../core/graphql/context';
import {
  ConfirmContactEmailChangeInput,
  ContactEmailChangePayload,
  RequestContactEmailChangeInput,
  UpdateMyContactInput,
} from './contact.inputs';
import { isSelf } from './people-visibility';
import { PersonType } from './person.type';

/** A person's own contact data: the phone, and a change of contact address confirmed by a code mailed to the new one. */
@Resolver(() => PersonType)
export class ContactResolver {
  @Authorized(Action.ManageOwnPerson)
  @Mutation(() => PersonType, {
    description: 'Cambia su teléfono de contacto (null lo borra). Requiere haber aceptado el aviso de privacidad.',
  })
  updateMyContact(
    @Arg('input', () => UpdateMyContactInput, { description: 'El teléfono nuevo, o null.' }) input: UpdateMyContactInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.contact.updateMyContact(ctx.principal, input);
  }

  @Authorized(Action.ManageOwnPerson)
  @Mutation(() => ContactEmailChangePayload, {
    description:
      'Pide cambiar su correo de contacto: se envía a la dirección nueva un código que vence en 24 horas; el correo de contacto cambia al confirmarlo con confirmContactEmailChange. Un pedido nuevo reemplaza al anterior.',
  })
  requestContactEmailChange(
    @Arg('input', () => RequestContactEmailChangeInput, { description: 'La dirección nueva.' }) input: RequestContactEmailChangeInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.contact.requestEmailChange(ctx.principal, input);
  }

  @Authorized(Action.ManageOwnPerson)
  @Mutation(() => PersonType, {
    description: 'Confirma el cambio de su correo de contacto con el código recibido en la dirección nueva.',
  })
  confirmContactEmailChange(
    @Arg('input', () => ConfirmContactEmailChangeInput, { description: 'El código recibido.' }) input: ConfirmContactEmailChangeInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.contact.confirmEmailChange(ctx.principal, input);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'El correo de contacto nuevo que pidió y aún no confirma; null si no hay ninguno. Solo lo ve la persona misma; para los demás es null con FORBIDDEN.',
  })
  pendingContactEmail(@Root() person: PersonType, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    if (!isSelf(ctx.principal, person.id)) {
      return Promise.reject(new ForbiddenError('El cambio de correo pendiente de una persona solo lo ve ella misma'));
    }
    return ctx.services.contact.pendingEmail(person.id);
  }
}
