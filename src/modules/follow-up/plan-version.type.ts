import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { DateScalar } from '../../core/graphql/scalars';
import { CaseActionInput } from '../cases/case.inputs';
import { AnnualizationEnum, PlanProductType } from './action-plan.type';
import { MAX_PLAN_PRODUCTS } from './plan-bounds';

/*
 * The versions of an action plan (each approved adjustment makes one), the changes a proposal
 * makes with their justifications, the difference between two versions, and the inputs of an
 * adjustment proposal and of its resubmission.
 */

export enum PlanVersionStatusEnum {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(PlanVersionStatusEnum, {
  name: 'PlanVersionStatus',
  description: 'Dónde está una versión de un plan de acción.',
  valuesConfig: {
    PROPOSED: { description: 'Propuesta: en revisión de la coordinación (o devuelta a la entidad para corregirla).' },
    APPROVED: { description: 'Aprobada: rige desde effectiveFrom (la primera, desde el inicio del plan).' },
    WITHDRAWN: { description: 'Retirada por la entidad antes de aprobarse.' },
  },
});

export enum PlanChangeKindEnum {
  PRODUCT_CHANGED = 'PRODUCT_CHANGED',
  PRODUCT_ADDED = 'PRODUCT_ADDED',
  PRODUCT_REMOVED = 'PRODUCT_REMOVED',
  OBJECTIVE_RENAMED = 'OBJECTIVE_RENAMED',
  TITLE_CHANGED = 'TITLE_CHANGED',
}
registerEnumType(PlanChangeKindEnum, {
  name: 'PlanChangeKind',
  description: 'Qué clase de cambio propone una entrada de una propuesta de ajuste.',
  valuesConfig: {
    PRODUCT_CHANGED: { description: 'Cambia un producto (nombre, indicador, peso, anualización, metas, sector o línea base).' },
    PRODUCT_ADDED: { description: 'Agrega un producto.' },
    PRODUCT_REMOVED: { description: 'Quita un producto (solo uno sin avances reportados).' },
    OBJECTIVE_RENAMED: { description: 'Cambia el nombre de un objetivo.' },
    TITLE_CHANGED: { description: 'Cambia el título del plan (su justificación es la de la propuesta).' },
  },
});

export enum ProductDiffChangeEnum {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
}
registerEnumType(ProductDiffChangeEnum, {
  name: 'ProductDiffChange',
  description: 'Cómo difiere un producto entre dos versiones.',
  valuesConfig: {
    ADDED: { description: 'Está en la versión de llegada (to) y no en la de partida (from).' },
    REMOVED: { description: 'Está en la versión de partida (from) y no en la de llegada (to).' },
    CHANGED: { description: 'Está en ambas con algún campo o meta distinto.' },
  },
});

export enum ProductDiffFieldEnum {
  NAME = 'NAME',
  INDICATOR = 'INDICATOR',
  WEIGHT = 'WEIGHT',
  ANNUALIZATION = 'ANNUALIZATION',
  OBJECTIVE = 'OBJECTIVE',
  SECTOR = 'SECTOR',
  BASELINE = 'BASELINE',
}
registerEnumType(ProductDiffFieldEnum, {
  name: 'ProductDiffField',
  description: 'Un campo de un producto que puede diferir entre versiones (las metas se comparan aparte, por periodo).',
  valuesConfig: {
    NAME: { description: 'Nombre del producto.' },
    INDICATOR: { description: 'Indicador.' },
    WEIGHT: { description: 'Peso en puntos porcentuales.' },
    ANNUALIZATION: { description: 'Anualización (SUM, INCREASING, CONSTANT).' },
    OBJECTIVE: { description: 'Código del objetivo al que pertenece.' },
    SECTOR: { description: 'Sector o entidad responsable.' },
    BASELINE: { description: 'Línea base.' },
  },
});

export enum ObjectiveDiffChangeEnum {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  RENAMED = 'RENAMED',
}
registerEnumType(ObjectiveDiffChangeEnum, {
  name: 'ObjectiveDiffChange',
  description: 'Cómo difiere un objetivo entre dos versiones.',
  valuesConfig: {
    ADDED: { description: 'Aparece en la versión de llegada (con su primer producto).' },
    REMOVED: { description: 'Ya no tiene productos en la versión de llegada.' },
    RENAMED: { description: 'Cambió de nombre.' },
  },
});

@ObjectType('PlanChange', { description: 'Un cambio de una propuesta de ajuste, con su justificación.', simpleResolvers: true })
export class PlanChangeType {
  @Field(() => PlanChangeKindEnum, { description: 'Qué clase de cambio es.' })
  kind!: PlanChangeKindEnum;

  @Field(() => String, { nullable: true, description: 'El código del producto o del objetivo (null para el título).' })
  code!: string | null;

  @Field({ description: 'Por qué se propone el cambio.' })
  justification!: string;
}

@ObjectType('PlanVersion', {
  description:
    'Una versión de un plan de acción: la primera (la del archivo importado) y una por cada propuesta de ajuste, cada una con su copia completa de los productos.',
})
export class PlanVersionType {
  @Field(() => ID, { description: 'El plan.' })
  planId!: string;

  @Field(() => Int, { description: 'Número de la versión (1, 2, …).' })
  number!: number;

  @Field(() => PlanVersionStatusEnum, { description: 'PROPOSED, APPROVED o WITHDRAWN.' })
  status!: PlanVersionStatusEnum;

  @Field(() => Int, { nullable: true, description: 'La versión que ajusta (null para la primera).' })
  baseVersion!: number | null;

  @Field({ description: 'El título del plan en esta versión.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Por qué se propuso, en conjunto (null en una primera versión sin correcciones).' })
  justification!: string | null;

  @Field(() => [PlanChangeType], {
    description:
      'Cada cambio frente a la versión base, con su justificación (en una primera versión, las correcciones hechas durante su revisión).',
  })
  changes!: PlanChangeType[];

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Primer día (hora de Colombia) en que rige: el de su aprobación; null en la primera, que rige desde el inicio del plan, y en las no aprobadas.',
  })
  effectiveFrom!: string | null;

  @Field({ description: 'Usuario que la propuso.' })
  proposedBy!: string;

  @Field({ description: 'Cuándo se propuso.' })
  proposedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Usuario de la coordinación que la aprobó.' })
  approvedBy!: string | null;

  @Field(() => Date, { nullable: true, description: 'Cuándo se aprobó.' })
  approvedAt!: Date | null;

  /** Its PLAN_REVIEW case, for the `case` field. */
  caseId!: string | null;
}

@ObjectType('ProductFieldDiff', { description: 'Un campo de un producto distinto entre dos versiones, como texto.', simpleResolvers: true })
export class ProductFieldDiffType {
  @Field(() => ProductDiffFieldEnum, { description: 'El campo.' })
  field!: ProductDiffFieldEnum;

  @Field(() => String, { nullable: true, description: 'Su valor en la versión de partida (null: sin valor).' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'Su valor en la versión de llegada (null: sin valor).' })
  after!: string | null;
}

@ObjectType('TargetDiff', { description: 'La meta de un periodo distinta entre dos versiones.', simpleResolvers: true })
export class TargetDiffType {
  @Field({ description: 'Clave del periodo.' })
  period!: string;

  @Field(() => Float, { nullable: true, description: 'La meta en la versión de partida (null: sin meta).' })
  before!: number | null;

  @Field(() => Float, { nullable: true, description: 'La meta en la versión de llegada (null: sin meta).' })
  after!: number | null;
}

@ObjectType('ProductDiff', { description: 'Cómo difiere un producto entre dos versiones.', simpleResolvers: true })
export class ProductDiffType {
  @Field({ description: 'Código del producto.' })
  code!: string;

  @Field(() => ProductDiffChangeEnum, { description: 'ADDED, REMOVED o CHANGED.' })
  change!: ProductDiffChangeEnum;

  @Field(() => PlanProductType, { nullable: true, description: 'El producto en la versión de partida (null si se agregó).' })
  before!: PlanProductType | null;

  @Field(() => PlanProductType, { nullable: true, description: 'El producto en la versión de llegada (null si se quitó).' })
  after!: PlanProductType | null;

  @Field(() => [ProductFieldDiffType], { description: 'En CHANGED, cada campo distinto; vacío en ADDED y REMOVED (vea before y after).' })
  fields!: ProductFieldDiffType[];

  @Field(() => [TargetDiffType], { description: 'En CHANGED, cada periodo con meta distinta, en orden; vacío en ADDED y REMOVED.' })
  targets!: TargetDiffType[];
}

@ObjectType('ObjectiveDiff', { description: 'Cómo difiere un objetivo entre dos versiones.', simpleResolvers: true })
export class ObjectiveDiffType {
  @Field({ description: 'Código del objetivo.' })
  code!: string;

  @Field(() => ObjectiveDiffChangeEnum, { description: 'ADDED, REMOVED o RENAMED.' })
  change!: ObjectiveDiffChangeEnum;

  @Field(() => String, { nullable: true, description: 'Su nombre en la versión de partida.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'Su nombre en la versión de llegada.' })
  after!: string | null;
}

@ObjectType('TitleDiff', { description: 'El título del plan en dos versiones.', simpleResolvers: true })
export class TitleDiffType {
  @Field({ description: 'En la versión de partida.' })
  before!: string;

  @Field({ description: 'En la versión de llegada.' })
  after!: string;
}

@ObjectType('PlanDiff', {
  description: 'Lo que cambia de una versión del plan (from) a otra (to): título, objetivos y productos, campo por campo.',
  simpleResolvers: true,
})
export class PlanDiffType {
  @Field(() => Int, { description: 'La versión de partida.' })
  from!: number;

  @Field(() => Int, { description: 'La versión de llegada.' })
  to!: number;

  @Field(() => TitleDiffType, { nullable: true, description: 'El título en cada una; null si es el mismo.' })
  title!: TitleDiffType | null;

  @Field(() => [ObjectiveDiffType], { description: 'Los objetivos agregados, quitados o renombrados.' })
  objectives!: ObjectiveDiffType[];

  @Field(() => [ProductDiffType], {
    description: 'Los productos que difieren: en el orden de la versión de llegada, y después los quitados; los iguales no aparecen.',
  })
  products!: ProductDiffType[];
}

@ArgsType()
export class PlanDiffArgs {
  @Field(() => Int, { description: 'La versión de partida.' })
  from!: number;

  @Field(() => Int, { description: 'La versión de llegada (cualquiera, también una propuesta).' })
  to!: number;
}

// ------------------------------------------------------------------------------------- inputs

const JUSTIFICATION = 'Por qué se propone este cambio (entre 10 y 2000 caracteres).';

@InputType('PlanTargetChangeInput', { description: 'Una meta de un producto que cambia.' })
export class PlanTargetChangeInput {
  @Field({ description: 'Periodo del plan: 2024 (anual), 2024-S1 (semestral) o 2024-T1 (trimestral).' })
  @MaxLength(10, { message: 'targets.period admite a lo sumo 10 caracteres' })
  period!: string;

  @Field(() => Float, { nullable: true, description: 'La nueva meta (de 0 a 1.000.000.000.000); null la quita.' })
  value!: number | null;
}

@InputType('PlanProductChangeInput', { description: 'Lo que cambia de un producto (lo omitido queda igual), con su justificación.' })
export class PlanProductChangeInput {
  @Field({ description: 'Código del producto (uno del plan; en add, uno nuevo).' })
  @MaxLength(30, { message: 'code del producto admite a lo sumo 30 caracteres' })
  code!: string;

  @Field({ description: JUSTIFICATION })
  @MaxLength(2000, { message: 'justification admite a lo sumo 2000 caracteres' })
  justification!: string;

  @Field(() => String, { description: 'Nuevo nombre.', nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'name del producto admite a lo sumo 500 caracteres' })
  name?: string | null;

  @Field(() => String, { description: 'Nuevo indicador.', nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'indicator del producto admite a lo sumo 500 caracteres' })
  indicator?: string | null;

  @Field(() => Float, { nullable: true, description: 'Peso en puntos; todos los pesos del plan, tras el cambio, deben sumar 100.' })
  weight?: number | null;

  @Field(() => AnnualizationEnum, { description: 'Nueva anualización.', nullable: true })
  annualization?: AnnualizationEnum | null;

  @Field(() => [PlanTargetChangeInput], { description: 'Metas que cambian (las demás quedan igual).', nullable: true })
  @ArrayMaxSize(200, { message: 'a lo sumo 200 metas por producto' })
  @IsOptional()
  @ValidateNested({ each: true })
  targets?: PlanTargetChangeInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Nuevo sector o entidad responsable (a lo sumo 120 caracteres); un texto en blanco lo quita.',
  })
  @IsOptional()
  @MaxLength(120, { message: 'sector admite a lo sumo 120 caracteres' })
  sector?: string | null;

  @Field(() => Float, { nullable: true, description: 'Nueva línea base del indicador (de 0 a 1.000.000.000.000).' })
  baseline?: number | null;
}

@InputType('PlanProductNewInput', {
  description:
    'Un producto nuevo: nombre, indicador, peso, anualización y al menos una meta son obligatorios; sector y línea base, opcionales.',
})
export class PlanProductNewInput extends PlanProductChangeInput {
  @Field({ description: 'El objetivo al que pertenece (uno del plan, o uno nuevo; a uno nuevo se le da nombre en objectives).' })
  @MaxLength(30, { message: 'objectiveCode admite a lo sumo 30 caracteres' })
  objectiveCode!: string;
}

@InputType('PlanProductRemovalInput', { description: 'Un producto que se quita (solo uno sin avances reportados), con su justificación.' })
export class PlanProductRemovalInput {
  @Field({ description: 'Código del producto.' })
  @MaxLength(30, { message: 'code del producto admite a lo sumo 30 caracteres' })
  code!: string;

  @Field({ description: JUSTIFICATION })
  @MaxLength(2000, { message: 'justification admite a lo sumo 2000 caracteres' })
  justification!: string;
}

@InputType('PlanObjectiveNameInput', { description: 'El nuevo nombre de un objetivo del plan, con su justificación.' })
export class PlanObjectiveNameInput {
  @Field({ description: 'Código del objetivo.' })
  @MaxLength(30, { message: 'code del objetivo admite a lo sumo 30 caracteres' })
  code!: string;

  @Field({ description: 'Su nuevo nombre.' })
  @MaxLength(500, { message: 'name del objetivo admite a lo sumo 500 caracteres' })
  name!: string;

  @Field({ description: JUSTIFICATION })
  @MaxLength(2000, { message: 'justification admite a lo sumo 2000 caracteres' })
  justification!: string;
}

// A mixin's base constructor takes anything (TypeScript's rule for mixins).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type InputClass = new (...args: any[]) => object;

/**
 * The changes a proposal makes, as a proposal and its resubmission both take them (each change
 * with its own justification; what is left out stays as it is).
 */
function withPlanChanges<T extends InputClass>(Base: T, name: string) {
  // Decorated so type-graphql hands its fields down to the input that extends it; never used on its own.
  @InputType(name, { description: 'Los cambios de una propuesta de ajuste (base de sus entradas).' })
  class PlanChanges extends Base {
    @Field(() => String, {
      description:
        'Nuevo título; sin valor, queda el de la versión base (en una primera versión, el suyo). Su justificación es la de conjunto.',
      nullable: true,
    })
    @IsOptional()
    @MaxLength(300, { message: 'title admite a lo sumo 300 caracteres' })
    title?: string | null;

    @Field(() => [PlanProductChangeInput], { nullable: true, description: 'Productos que cambian.' })
    @IsOptional()
    @ArrayMaxSize(MAX_PLAN_PRODUCTS, { message: `a lo sumo ${MAX_PLAN_PRODUCTS} productos por propuesta` })
    @ValidateNested({ each: true })
    products?: PlanProductChangeInput[] | null;

    @Field(() => [PlanProductNewInput], { nullable: true, description: 'Productos nuevos.' })
    @IsOptional()
    @ArrayMaxSize(MAX_PLAN_PRODUCTS, { message: `a lo sumo ${MAX_PLAN_PRODUCTS} productos nuevos por propuesta` })
    @ValidateNested({ each: true })
    add?: PlanProductNewInput[] | null;

    @Field(() => [PlanProductRemovalInput], {
      nullable: true,
      description: 'Productos que se quitan (solo los que no tienen avances reportados).',
    })
    @IsOptional()
    @ArrayMaxSize(MAX_PLAN_PRODUCTS, { message: `a lo sumo ${MAX_PLAN_PRODUCTS} productos quitados por propuesta` })
    @ValidateNested({ each: true })
    remove?: PlanProductRemovalInput[] | null;

    @Field(() => [PlanObjectiveNameInput], { nullable: true, description: 'Objetivos que cambian de nombre.' })
    @IsOptional()
    @ArrayMaxSize(100, { message: 'a lo sumo 100 objetivos por propuesta' })
    @ValidateNested({ each: true })
    objectives?: PlanObjectiveNameInput[] | null;
  }
  return PlanChanges;
}

@InputType({
  description:
    'Una propuesta de ajuste de un plan aprobado: los cambios, cada uno con su justificación, y la justificación de conjunto. Se revisa entera (los pesos deben seguir sumando 100 %) y no se guarda nada si algo falla.',
})
export class ProposePlanAdjustmentInput extends withPlanChanges(class {}, 'PlanChangesOfProposal') {
  @Field(() => ID, { description: 'El plan que se ajusta (aprobado).' })
  @MaxLength(100, { message: 'planId admite a lo sumo 100 caracteres' })
  planId!: string;

  @Field({ description: 'Por qué se propone el ajuste, en conjunto (entre 10 y 5000 caracteres).' })
  @MaxLength(5000, { message: 'justification admite a lo sumo 5000 caracteres' })
  justification!: string;

  @Field(() => String, { nullable: true, description: 'Repetir la misma clave devuelve la propuesta ya radicada sin radicar otra.' })
  @IsOptional()
  @Length(8, 200, { message: 'idempotencyKey debe tener entre 8 y 200 caracteres' })
  idempotencyKey?: string | null;
}

@InputType({
  description:
    'Radicar de nuevo una propuesta devuelta. Sin cambios, va como estaba (justification, si se da, reemplaza la de conjunto). Con cambios: en un ajuste, reemplazan los de la propuesta anterior y se calculan desde la versión base; en una primera versión, corrigen sus propios productos.',
})
export class ResubmitPlanVersionInput extends withPlanChanges(CaseActionInput, 'PlanChangesOfResubmission') {
  @Field(() => String, {
    nullable: true,
    description: 'Nueva justificación de conjunto (entre 10 y 5000 caracteres); sin valor, queda la anterior.',
  })
  @IsOptional()
  @MaxLength(5000, { message: 'justification admite a lo sumo 5000 caracteres' })
  justification?: string | null;
}
