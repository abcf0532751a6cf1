import { IsEmail, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';

import { INVITATION_CODE, MAX_EMAIL } from './people.inputs';

/** A bound on what is read as a phone before its form is checked (the form itself allows 7 to 20 characters). */
export const MAX_PHONE_INPUT = 100;

@InputType({ description: 'Los datos de contacto que la persona cambia por sí misma.' })
export class UpdateMyContactInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Teléfono de contacto: 7 a 20 caracteres entre dígitos, espacios, «+», «-», «(» y «)», con al menos 7 dígitos. null lo borra.',
  })
  @IsOptional()
  @MaxLength(MAX_PHONE_INPUT, { message: 'phone no tiene la forma de un teléfono' })
  phone?: string | null;
}

@InputType({ description: 'Pedir el cambio del correo de contacto: se envía un código a la dirección nueva.' })
export class RequestContactEmailChangeInput {
  @Field({ description: `La dirección nueva (a lo sumo ${MAX_EMAIL} caracteres); recibe el código que confirma el cambio.` })
  @MaxLength(MAX_EMAIL, { message: `email admite a lo sumo ${MAX_EMAIL} caracteres` })
  @IsEmail({}, { message: 'email debe ser un correo electrónico válido' })
  email!: string;
}

@InputType({ description: 'Confirmar el cambio del correo de contacto con el código enviado a la dirección nueva.' })
export class ConfirmContactEmailChangeInput {
  @Field({ description: 'El código recibido en la dirección nueva.' })
  @Matches(INVITATION_CODE, { message: 'code no tiene la forma de un código de confirmación' })
  code!: string;
}

@ObjectType({ description: 'Un cambio de correo de contacto pendiente de confirmación.' })
export class ContactEmailChangePayload {
  @Field({ description: 'La dirección nueva, que será la de contacto cuando se confirme con el código enviado a ella.' })
  pendingEmail!: string;

  @Field({ description: 'Hasta cuándo sirve el código.' })
  expiresAt!: Date;
}
