import { IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';

import { ConnectionArgs } from '../../core/graphql/connection';
import { DateScalar } from '../../core/graphql/scalars';
import { MAX_IDEMPOTENCY_KEY } from '../people/people.inputs';
import { TerritorialEntityKind } from '../territorial-entities/territorial-entity-kind';

/** The most entities one call of inviteToAdopt may name. */
export const MAX_INVITED = 200;

@InputType({ description: 'Qué entidades lista el seguimiento de la adopción del Modelo de Madurez; los filtros se combinan con Y.' })
export class AdoptionFilter {
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Desde qué día (hora de Colombia) cuenta un autodiagnóstico validado; por defecto el 2023-04-01, desde cuando aplica el modelo (Resolución 1117 de 2022). Se compara el instante en que se validó, no la vigencia.',
  })
  @IsOptional()
  since?: string | null;

  @Field(() => String, { nullable: true, description: 'Código DIVIPOLA del departamento (2 dígitos), p. ej. "05".' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'departmentCode debe tener 2 dígitos, p. ej. "05"' })
  departmentCode?: string | null;

  @Field(() => TerritorialEntityKind, {
    nullable: true,
    description: 'Solo gobernaciones (DEPARTMENT) o solo alcaldías (MUNICIPALITY); las áreas no municipalizadas no se postulan.',
  })
  @IsOptional()
  kind?: TerritorialEntityKind | null;
}

@ArgsType()
export class AdoptionPendingArgs extends ConnectionArgs {
  @Field(() => AdoptionFilter, {
    nullable: true,
    description: 'Filtros; sin filtro, todas las entidades sin autodiagnóstico validado desde el 2023-04-01.',
  })
  @IsOptional()
  @ValidateNested()
  filter?: AdoptionFilter | null;
}

@InputType({ description: 'A qué entidades invitar a aplicar el autodiagnóstico del Modelo de Madurez.' })
export class InviteToAdoptInput {
  @Field(() => [String], {
    description: `Códigos DIVIPOLA de las entidades (alcaldías o gobernaciones), de 1 a ${MAX_INVITED}; un código repetido cuenta una vez.`,
  })
  entityCodes!: string[];

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Desde qué día cuenta un autodiagnóstico validado (por defecto el 2023-04-01): a una entidad con uno validado desde entonces no se la invita.',
  })
  @IsOptional()
  since?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Clave de idempotencia: repetida con la misma solicitud, devuelve el primer resultado sin invitar dos veces.',
  })
  @IsOptional()
  @Length(1, MAX_IDEMPOTENCY_KEY, { message: `idempotencyKey debe tener entre 1 y ${MAX_IDEMPOTENCY_KEY} caracteres` })
  idempotencyKey?: string | null;
}
