import { IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { CaseActionInput } from '../cases/case.inputs';

@InputType({
  description:
    'El asesor o asesora que acompañará a la entidad: por su usuario (advisor) o por su id del directorio (advisorId), uno de los dos.',
})
export class AssignAdvisorInput extends CaseActionInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Usuario (sub del token) del asesor o asesora; debe ser una persona activa del directorio con membresía vigente de asesor(a).',
  })
  @IsOptional()
  @Length(3, 200, { message: 'advisor debe tener entre 3 y 200 caracteres' })
  advisor?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'La persona del directorio (su id) que asesorará; debe estar activa y tener membresía vigente de asesor(a).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'advisorId debe ser un identificador de persona válido' })
  advisorId?: string | null;
}
