import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('CtiIndexEntryProgress', {
  description:
    'Una entidad del Índice frente a su participación anterior: su autodiagnóstico validado en la vigencia anterior más reciente con el Índice publicado.',
  simpleResolvers: true,
})
export class EntryProgressType {
  @Field({
    description: 'Si es su primera participación: ningún autodiagnóstico validado en una vigencia anterior con el Índice publicado.',
  })
  firstParticipation!: boolean;

  @Field(() => Int, { nullable: true, description: 'Año de la vigencia con la que se compara; null en la primera participación.' })
  previousCycleYear!: number | null;

  @Field(() => Float, { nullable: true, description: 'Índice CTI (0 a 100) en esa vigencia; null en la primera participación.' })
  previousIndex!: number | null;

  @Field(() => Int, { nullable: true, description: 'Nivel de madurez en esa vigencia; null en la primera participación.' })
  previousLevel!: number | null;

  @Field(() => Int, { nullable: true, description: 'Puesto en esa vigencia; null en la primera participación.' })
  previousRank!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Cambio del índice en puntos (actual menos anterior, dos decimales); null en la primera participación.',
  })
  indexChange!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Cambio de puesto (anterior menos actual: positivo si subió); null en la primera participación.',
  })
  rankChange!: number | null;
}

@ObjectType('MaturityHistoryEntry', {
  description: 'El resultado validado de una entidad en una vigencia, frente a su participación anterior.',
  simpleResolvers: true,
})
export class MaturityHistoryEntryType extends EntryProgressType {
  @Field(() => ID, { description: 'La vigencia.' })
  cycleId!: string;

  @Field(() => Int, { description: 'Año de la vigencia.' })
  year!: number;

  @Field({ description: 'Si el Índice CTI de la vigencia ya se publicó.' })
  published!: boolean;

  @Field(() => ID, { description: 'El id del autodiagnóstico validado.' })
  assessmentId!: string;

  @Field(() => Float, { description: 'Índice CTI de la entidad (0 a 100).' })
  index!: number;

  @Field(() => Int, { description: 'Nivel de madurez que corresponde al índice.' })
  level!: number;

  @Field({ description: 'Nombre de ese nivel.' })
  levelName!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Puesto en el Índice de la vigencia; antes de publicarse solo lo ven el Ministerio y los auditores (para los demás, null, como el cambio de puesto).',
  })
  rank!: number | null;
}
