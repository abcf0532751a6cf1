import { Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';

import { CaseActionInput } from '../cases/case.inputs';

@InputType({ description: 'El asesor o asesora que acompañará a la entidad.' })
export class AssignAdvisorInput extends CaseActionInput {
  @Field({ description: 'Usuario (sub del token) del asesor o asesora.' })
  @Length(3, 200, { message: 'advisor debe tener entre 3 y 200 caracteres' })
  advisor!: string;
}
