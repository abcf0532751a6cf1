import { IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';

import { ConnectionArgs } from '../../core/graphql/connection';
import { TerritorialEntityKind } from './territorial-entity-kind';

export enum TerritorialEntityOrderBy {
  CODE_ASC = 'CODE_ASC',
  NAME_ASC = 'NAME_ASC',
}
registerEnumType(TerritorialEntityOrderBy, {
  name: 'TerritorialEntityOrderBy',
  description: 'Orden de la lista de entidades territoriales.',
  valuesConfig: {
    CODE_ASC: { description: 'Por código DIVIPOLA.' },
    NAME_ASC: { description: 'Por nombre, sin distinguir tildes ni mayúsculas.' },
  },
});

@InputType({ description: 'Filtros de entidades territoriales; se combinan con Y.' })
export class TerritorialEntityFilter {
  @Field(() => String, { nullable: true, description: 'Código DIVIPOLA del departamento (2 dígitos), p. ej. "05".' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'departmentCode debe tener 2 dígitos, p. ej. "05"' })
  departmentCode?: string | null;

  @Field(() => TerritorialEntityKind, { description: 'Solo las de esta clase.', nullable: true })
  kind?: TerritorialEntityKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Texto en el nombre (sin distinguir tildes ni mayúsculas) o prefijo del código.',
  })
  @IsOptional()
  @MaxLength(100, { message: 'search admite hasta 100 caracteres' })
  search?: string | null;
}

@ArgsType()
export class TerritorialEntitiesArgs extends ConnectionArgs {
  @Field(() => TerritorialEntityFilter, { description: 'Filtros; sin filtro, todas las de DIVIPOLA.', nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: TerritorialEntityFilter | null;

  @Field(() => TerritorialEntityOrderBy, {
    description: 'Orden de la lista (y de sus cursores).',
    defaultValue: TerritorialEntityOrderBy.CODE_ASC,
  })
  orderBy: TerritorialEntityOrderBy = TerritorialEntityOrderBy.CODE_ASC;
}
