import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';

import { Connection } from '../../core/graphql/connection';
import { TerritorialEntityKind, territorialEntityKindLabel } from './territorial-entity-kind';
import type { TerritorialEntity } from './territorial-entity.entity';

registerEnumType(TerritorialEntityKind, {
  name: 'TerritorialEntityKind',
  description: 'Clase de entidad territorial.',
  valuesConfig: {
    DEPARTMENT: { description: 'Gobernación (código DIVIPOLA de 2 dígitos).' },
    MUNICIPALITY: { description: 'Alcaldía de municipio o distrito, incluidos Bogotá D.C. y San Andrés.' },
    NON_MUNICIPALIZED_AREA: { description: 'Área no municipalizada: sin alcaldía, no puede postularse.' },
  },
});

// simpleResolvers: plain data fields, guarded by the query that returns them, need no per-field
// middleware; skipping it matters when a page resolves hundreds of fields.
@ObjectType('TerritorialEntity', {
  description: 'Alcaldía, gobernación o área no municipalizada (DIVIPOLA).',
  simpleResolvers: true,
})
export class TerritorialEntityType {
  @Field(() => ID, { description: 'Código DIVIPOLA: 2 dígitos para un departamento, 5 para un municipio.' })
  code!: string;

  @Field({ description: 'Nombre oficial según DIVIPOLA, p. ej. MEDELLÍN.' })
  name!: string;

  @Field(() => TerritorialEntityKind, { description: 'Clase de entidad.' })
  kind!: TerritorialEntityKind;

  @Field({ description: 'Nombre de la clase en español, p. ej. "Alcaldía".' })
  kindLabel!: string;

  @Field({ description: 'Código DIVIPOLA de su departamento (2 dígitos).' })
  departmentCode!: string;

  @Field({ description: 'Nombre de su departamento.' })
  departmentName!: string;

  @Field(() => Float, { description: 'Latitud (WGS84); de una gobernación, la de su capital.' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitud (WGS84); de una gobernación, la de su capital.' })
  longitude!: number;

  @Field({ description: 'Si puede postularse a acompañamiento y cofinanciación.' })
  eligibleToApply!: boolean;

  static from(entity: TerritorialEntityRow): TerritorialEntityType {
    return {
      code: entity.code,
      name: entity.name,
      kind: entity.kind,
      kindLabel: territorialEntityKindLabel[entity.kind],
      departmentCode: entity.departmentCode,
      departmentName: entity.departmentName,
      latitude: entity.latitude,
      longitude: entity.longitude,
      eligibleToApply: entity.kind !== TerritorialEntityKind.NON_MUNICIPALIZED_AREA,
    };
  }
}

/** What a TerritorialEntity is built from (searchName stays internal). */
export type TerritorialEntityRow = Pick<
  TerritorialEntity,
  'code' | 'name' | 'kind' | 'departmentCode' | 'departmentName' | 'latitude' | 'longitude'
>;

@ObjectType({ description: 'Una página de entidades territoriales.', simpleResolvers: true })
export class TerritorialEntityConnection extends Connection(TerritorialEntityType, 'TerritorialEntity') {}
