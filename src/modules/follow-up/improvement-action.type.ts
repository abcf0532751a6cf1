import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { DateScalar } from '../../core/graphql/scalars';
import { SemaforoCountType, SemaforoEnum } from './action-plan.type';

export enum ImprovementStatusEnum {
  PENDING = 'PENDING',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ImprovementStatusEnum, {
  name: 'ImprovementStatus',
  description: 'Dónde está una acción de mejora.',
  valuesConfig: {
    PENDING: { description: 'Pendiente: registrada, aún sin empezar.' },
    IN_PROGRESS: { description: 'En ejecución.' },
    DONE: { description: 'Cumplida (con una nota de lo que se hizo); no cambia más.' },
    CANCELLED: {
      description:
        'Cancelada (con una nota del porqué); no cambia más y el producto vuelve a necesitar una acción si sigue en bajo o en sobre ejecución.',
    },
  },
});

@ObjectType('ImprovementAction', {
  description:
    'Una acción de mejora de un producto en cumplimiento bajo o en sobre ejecución (informe de Bogotá, §9 «Acciones para mejorar»): qué se hará, quién responde, para cuándo y dónde está.',
  simpleResolvers: true,
})
export class ImprovementActionType {
  @Field(() => ID, { description: 'Identificador de la acción.' })
  id!: string;

  @Field(() => ID, { description: 'El plan de acción.' })
  planId!: string;

  @Field({ description: 'El producto del plan al que responde.' })
  productCode!: string;

  @Field({ description: 'Qué se hará para subsanar el rezago o ajustar la sobre ejecución.' })
  action!: string;

  @Field({ description: 'Quién responde por ella (persona, dependencia o sector).' })
  responsible!: string;

  @Field(() => DateScalar, { description: 'Día en que debe estar cumplida (hora de Colombia).' })
  dueOn!: string;

  @Field(() => ImprovementStatusEnum, { description: 'Dónde está.' })
  status!: ImprovementStatusEnum;

  @Field({ description: 'El estado en español: Pendiente, En ejecución, Cumplida o Cancelada.' })
  statusLabel!: string;

  @Field(() => String, { nullable: true, description: 'La última nota sobre su estado (qué se hizo, por qué se canceló o se reprogramó).' })
  statusNote!: string | null;

  @Field({ description: 'Si venció: su día ya pasó (hora de Colombia) y no está cumplida ni cancelada.' })
  overdue!: boolean;

  @Field(() => SemaforoEnum, {
    nullable: true,
    description:
      'El semáforo del producto (frente a la trayectoria, PAHV) en la medición oficial del día en que se registró: BAJO o SOBRE_EJECUCION.',
  })
  triggeredBy!: SemaforoEnum | null;

  @Field({ description: 'Usuario de quien la registró.' })
  createdBy!: string;

  @Field({ description: 'Cuándo se registró.' })
  createdAt!: Date;

  @Field({ description: 'Usuario de quien la cambió por última vez.' })
  updatedBy!: string;

  @Field({ description: 'Cuándo cambió por última vez.' })
  updatedAt!: Date;
}

@InputType({ description: 'Una acción de mejora para un producto en cumplimiento bajo o en sobre ejecución.' })
export class AddImprovementActionInput {
  @Field(() => ID, { description: 'El plan de acción (aprobado).' })
  @MaxLength(100, { message: 'planId admite a lo sumo 100 caracteres' })
  planId!: string;

  @Field({
    description: 'Un producto de la versión vigente del plan, en cumplimiento bajo o en sobre ejecución hoy (PAHV, medición oficial).',
  })
  @MaxLength(30, { message: 'productCode admite a lo sumo 30 caracteres' })
  productCode!: string;

  @Field({ description: 'Qué se hará (entre 10 y 2000 caracteres).' })
  @MaxLength(2000, { message: 'action admite a lo sumo 2000 caracteres' })
  action!: string;

  @Field({ description: 'Quién responde por ella (entre 3 y 200 caracteres).' })
  @MaxLength(200, { message: 'responsible admite a lo sumo 200 caracteres' })
  responsible!: string;

  @Field(() => DateScalar, { description: 'Para cuándo: desde hoy y hasta el último día del horizonte del plan.' })
  dueOn!: string;
}

@InputType({ description: 'El nuevo estado de una acción de mejora abierta, y si hace falta su nueva fecha.' })
export class UpdateImprovementActionInput {
  @Field(() => ID, { description: 'La acción de mejora.' })
  @MaxLength(100, { message: 'id admite a lo sumo 100 caracteres' })
  id!: string;

  @Field(() => ImprovementStatusEnum, { description: 'Su nuevo estado (o el mismo, para cambiar solo la nota o la fecha).' })
  status!: ImprovementStatusEnum;

  @Field(() => String, {
    nullable: true,
    description: 'Nota sobre el estado (entre 10 y 2000 caracteres); obligatoria para DONE (qué se hizo) y CANCELLED (por qué).',
  })
  @IsOptional()
  @MaxLength(2000, { message: 'statusNote admite a lo sumo 2000 caracteres' })
  statusNote?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Nueva fecha de cumplimiento (desde hoy); sin valor, queda la actual.' })
  @IsOptional()
  dueOn?: string | null;
}

@ObjectType('SectorMeasurement', {
  description: 'Los productos de un sector responsable al corte y su semáforo (informe de Bogotá, §6 «Productos por sector responsable»).',
  simpleResolvers: true,
})
export class SectorMeasurementType {
  @Field({ description: 'El sector o la entidad responsable, como lo da el plan («Sin sector» si el producto no lo tiene).' })
  sector!: string;

  @Field({ description: 'Si agrupa los productos sin sector responsable.' })
  unassigned!: boolean;

  @Field(() => Int, { description: 'Cuántos productos del plan tiene a cargo.' })
  products!: number;

  @Field(() => [SemaforoCountType], {
    description: 'Cuántos de ellos hay en cada color del semáforo frente a la trayectoria (PAHV), todos los colores listados.',
  })
  distribution!: SemaforoCountType[];
}
