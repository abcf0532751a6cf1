import { IsIn, IsInt, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import { PesosScalar } from '../cofinancing/money';

/*
 * The public transparency schema's own types (issue 24). None of them is a class of the main schema:
 * what is not declared here cannot be reached from /public/graphql, whatever a private type holds.
 * Nothing here names a person; entities and departments are public bodies.
 */

export enum PublicIndexOrder {
  INDEX_DESC = 'INDEX_DESC',
  INDEX_ASC = 'INDEX_ASC',
  NAME_ASC = 'NAME_ASC',
}
registerEnumType(PublicIndexOrder, {
  name: 'PublicIndexOrder',
  description: 'Orden de las entradas de un Índice publicado.',
  valuesConfig: {
    INDEX_DESC: { description: 'Del mayor al menor índice (el orden del puesto).' },
    INDEX_ASC: { description: 'Del menor al mayor índice.' },
    NAME_ASC: { description: 'Por nombre de la entidad, alfabético.' },
  },
});

@ObjectType('PublicCycle', { description: 'Vigencia (edición) del Modelo de Madurez y del Índice CTI.', simpleResolvers: true })
export class PublicCycle {
  @Field(() => ID, { description: 'Identificador de la vigencia (el mismo que usa la API autenticada).' })
  id!: string;

  @Field(() => Int, { description: 'Año de la vigencia.' })
  year!: number;

  @Field({ description: 'Desde cuándo las entidades diligencian su autodiagnóstico.' })
  opensAt!: Date;

  @Field({ description: 'Hasta cuándo (excluido) diligencian su autodiagnóstico.' })
  closesAt!: Date;

  @Field({ description: 'Si el Índice CTI de la vigencia está publicado (entonces se consulta en index(year:)).' })
  indexPublished!: boolean;

  @Field(() => Date, { nullable: true, description: 'Cuándo se publicó el Índice; null si aún no.' })
  indexPublishedAt!: Date | null;
}

@ObjectType('PublicComponent', { description: 'Componente cofinanciable de la Resolución 1117 de 2022.', simpleResolvers: true })
export class PublicComponent {
  @Field({ description: 'Código estable del componente (EQUIPMENT, TECHNOLOGICAL_SERVICES, WORK_TEAM, TRAINING).' })
  code!: string;

  @Field({ description: 'Nombre del componente en español.' })
  label!: string;
}

@ObjectType('PublicCall', {
  description: 'Convocatoria de cofinanciación publicada (recursos del Fondo Único de TIC).',
  simpleResolvers: true,
})
export class PublicCall {
  @Field(() => ID, { description: 'Identificador de la convocatoria (el mismo que usa la API autenticada).' })
  id!: string;

  @Field({ description: 'Título de la convocatoria.' })
  title!: string;

  @Field({ description: 'Desde cuándo se radican postulaciones.' })
  opensAt!: Date;

  @Field({ description: 'Hasta cuándo (excluido) se radican postulaciones.' })
  closesAt!: Date;

  @Field({ description: 'Cuándo se publicó la convocatoria.' })
  publishedAt!: Date;

  @Field(() => PesosScalar, { description: 'Presupuesto total FUTIC, en pesos colombianos enteros.' })
  totalBudget!: number;

  @Field(() => PesosScalar, { description: 'Tope de recursos FUTIC por postulación, en pesos.' })
  capPerApplication!: number;

  @Field(() => Int, { description: 'Contrapartida mínima, en porcentaje entero del total de la postulación.' })
  minCounterpartPercent!: number;

  @Field(() => [PublicComponent], { description: 'Los componentes que la convocatoria cofinancia.' })
  components!: PublicComponent[];
}

@ObjectType('PublicDimensionScore', { description: 'Puntaje (0–100) en una dimensión del modelo de madurez.', simpleResolvers: true })
export class PublicDimensionScore {
  @Field({ description: 'Identificador de la dimensión en el modelo.' })
  dimension!: string;

  @Field({ description: 'Nombre de la dimensión, p. ej. Gobernanza.' })
  dimensionName!: string;

  @Field(() => Float, { description: 'Puntaje de 0 a 100.' })
  score!: number;
}

@ObjectType('PublicIndexEntry', { description: 'Una entidad en un Índice CTI publicado.', simpleResolvers: true })
export class PublicIndexEntry {
  @Field(() => Int, { description: 'Puesto en la vigencia (los empates comparten puesto: 1, 2, 2, 4).' })
  rank!: number;

  @Field({ description: 'Código DIVIPOLA de la entidad.' })
  entityCode!: string;

  @Field({ description: 'Nombre oficial de la entidad (DIVIPOLA).' })
  entityName!: string;

  @Field({ description: 'Clase de entidad: DEPARTMENT (gobernación) o MUNICIPALITY (alcaldía).' })
  entityKind!: string;

  @Field({ description: 'Nombre de la clase de entidad en español.' })
  entityKindLabel!: string;

  @Field({ description: 'Código DIVIPOLA del departamento (2 dígitos).' })
  departmentCode!: string;

  @Field({ description: 'Nombre del departamento.' })
  departmentName!: string;

  @Field(() => Float, { description: 'Índice CTI de 0 a 100.' })
  index!: number;

  @Field(() => Int, { description: 'Nivel de madurez (1 a 5).' })
  level!: number;

  @Field({ description: 'Nombre del nivel, p. ej. Intermedio.' })
  levelName!: string;

  @Field(() => [PublicDimensionScore], { description: 'Puntaje en cada dimensión, en el orden del modelo.' })
  scores!: PublicDimensionScore[];

  @Field({ description: 'Si es la primera vez que la entidad aparece en un Índice publicado.' })
  firstParticipation!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Año del Índice publicado anterior en que participó; null en su primera participación.',
  })
  previousYear!: number | null;

  @Field(() => Float, { nullable: true, description: 'Su índice en ese Índice anterior; null en su primera participación.' })
  previousIndex!: number | null;

  @Field(() => Int, { nullable: true, description: 'Su puesto en ese Índice anterior; null en su primera participación.' })
  previousRank!: number | null;

  @Field(() => Float, { nullable: true, description: 'Cambio del índice frente al anterior, en puntos; null en su primera participación.' })
  indexChange!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Cambio de puesto (puesto anterior − puesto actual: positivo es subir); null en su primera participación.',
  })
  rankChange!: number | null;
}

@ObjectType('PublicIndexEdge', { description: 'Una entrada del Índice con su cursor.', simpleResolvers: true })
export class PublicIndexEdge {
  @Field({ description: 'Cursor opaco de esta entrada: páselo como `after` para continuar después de ella.' })
  cursor!: string;

  @Field(() => PublicIndexEntry, { description: 'La entrada.' })
  node!: PublicIndexEntry;
}

@ObjectType('PublicPageInfo', { description: 'Dónde está la página y cómo pedir la siguiente.', simpleResolvers: true })
export class PublicPageInfo {
  @Field({ description: 'Si hay más elementos después de esta página.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'El cursor del último elemento de la página (null si está vacía).' })
  endCursor!: string | null;
}

@ObjectType('PublicIndexConnection', { description: 'Una página de las entradas de un Índice publicado.', simpleResolvers: true })
export class PublicIndexConnection {
  @Field(() => [PublicIndexEdge], { description: 'Las entradas de la página, en el orden pedido.' })
  edges!: PublicIndexEdge[];

  @Field(() => PublicPageInfo, { description: 'Dónde está la página y cómo pedir la siguiente.' })
  pageInfo!: PublicPageInfo;

  @Field(() => Int, { description: 'Total de entradas del filtro, sin paginar.' })
  totalCount!: number;
}

@ObjectType('PublicIndexAverage', {
  description: 'Promedio del índice y de cada dimensión en un grupo de entidades.',
  simpleResolvers: true,
})
export class PublicIndexAverage {
  @Field(() => Int, { description: 'Entidades del grupo en el Índice.' })
  count!: number;

  @Field(() => Float, { description: 'Índice promedio (0–100).' })
  index!: number;

  @Field(() => [PublicDimensionScore], { description: 'Promedio de cada dimensión, en el orden del modelo.' })
  dimensions!: PublicDimensionScore[];
}

@ObjectType('PublicDepartmentAverage', { description: 'Promedios de las entidades de un departamento.', simpleResolvers: true })
export class PublicDepartmentAverage extends PublicIndexAverage {
  @Field({ description: 'Código DIVIPOLA del departamento.' })
  departmentCode!: string;

  @Field({ description: 'Nombre del departamento.' })
  departmentName!: string;
}

@ObjectType('PublicKindAverage', {
  description: 'Promedios de las entidades de una clase (alcaldías o gobernaciones).',
  simpleResolvers: true,
})
export class PublicKindAverage extends PublicIndexAverage {
  @Field({ description: 'Clase de entidad: DEPARTMENT o MUNICIPALITY.' })
  kind!: string;

  @Field({ description: 'Nombre de la clase en español.' })
  kindLabel!: string;
}

@ObjectType('PublicLevelCount', { description: 'Cuántas entidades del Índice quedaron en un nivel de madurez.', simpleResolvers: true })
export class PublicLevelCount {
  @Field(() => Int, { description: 'Nivel (1 a 5).' })
  level!: number;

  @Field({ description: 'Nombre del nivel.' })
  name!: string;

  @Field(() => Int, { description: 'Entidades en el nivel.' })
  count!: number;

  @Field(() => Float, { description: 'Porcentaje de las entidades del Índice, con un decimal.' })
  percent!: number;
}

@ObjectType('PublicIndex', { description: 'El Índice CTI publicado de una vigencia.', simpleResolvers: true })
export class PublicIndex {
  /** Not exposed: the cycle's id (the services read by it). */
  cycleId!: string;
  /** Not exposed: the generation of its scores (the cache key of its pages). */
  generation!: string;

  @Field(() => Int, { description: 'Año de la vigencia.' })
  year!: number;

  @Field({ description: 'Cuándo se publicó.' })
  publishedAt!: Date;

  @Field({ description: 'Versión del modelo de madurez con que se midió.' })
  modelVersion!: string;

  @Field(() => Int, { description: 'Entidades que participan por primera vez en un Índice publicado.' })
  firstTimers!: number;

  @Field(() => Int, { description: 'Entidades que ya participaron en un Índice publicado anterior.' })
  repeaters!: number;
}

@InputType('PublicIndexFilter', { description: 'Filtros de las entradas de un Índice publicado.' })
export class PublicIndexFilter {
  @Field(() => String, { nullable: true, description: 'Código DIVIPOLA del departamento (2 dígitos).' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'departmentCode debe tener 2 dígitos' })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Clase de entidad: DEPARTMENT o MUNICIPALITY.' })
  @IsOptional()
  @IsIn(['DEPARTMENT', 'MUNICIPALITY'], { message: 'kind debe ser DEPARTMENT o MUNICIPALITY' })
  kind?: string | null;

  @Field(() => Int, { nullable: true, description: 'Nivel de madurez (1 a 5).' })
  @IsOptional()
  @IsInt({ message: 'level debe ser un entero' })
  @Min(1, { message: 'level debe estar entre 1 y 5' })
  @Max(5, { message: 'level debe estar entre 1 y 5' })
  level?: number | null;
}

@ArgsType()
export class PublicIndexArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Cuántas entradas (1 a 100).' })
  @IsInt({ message: 'first debe ser un entero' })
  @Min(1, { message: 'first debe ser al menos 1' })
  @Max(100, { message: 'first admite a lo sumo 100' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'El endCursor de la página anterior.' })
  @IsOptional()
  @MaxLength(500, { message: 'after admite a lo sumo 500 caracteres' })
  after?: string | null;

  @Field(() => PublicIndexOrder, { defaultValue: PublicIndexOrder.INDEX_DESC, description: 'El orden de las entradas.' })
  orderBy!: PublicIndexOrder;

  @Field(() => PublicIndexFilter, { nullable: true, description: 'Filtros opcionales.' })
  @IsOptional()
  // Without it class-validator skips the filter's own rules, and any text reaches the Índice's page cache key.
  @ValidateNested()
  filter?: PublicIndexFilter | null;
}

@ObjectType('PublicStageCount', { description: 'Cuántas entidades y trámites hay en un estado de un proceso.', simpleResolvers: true })
export class PublicStageCount {
  @Field({ description: 'Nombre estable del estado (en inglés, como en las máquinas de estados).' })
  state!: string;

  @Field({ description: 'Nombre del estado en español.' })
  label!: string;

  @Field({ description: 'Si es un estado final.' })
  final!: boolean;

  @Field(() => Int, { description: 'Entidades cuyo trámite más reciente del proceso está en este estado.' })
  entities!: number;

  @Field(() => Int, {
    description: 'Trámites del proceso en este estado (una entidad puede tener varios: uno por vigencia o convocatoria).',
  })
  cases!: number;
}

@ObjectType('PublicProcessStages', { description: 'Las entidades en cada etapa de un proceso del programa.', simpleResolvers: true })
export class PublicProcessStages {
  @Field({ description: 'Proceso: MATURITY_ASSESSMENT, ACCOMPANIMENT, COFINANCING_APPLICATION, PLAN_REVIEW o PROGRESS_REPORT.' })
  process!: string;

  @Field({ description: 'Nombre del proceso en español.' })
  label!: string;

  @Field(() => Int, { description: 'Entidades con al menos un trámite del proceso.' })
  entities!: number;

  @Field(() => [PublicStageCount], {
    description: 'Cada estado del proceso, en el orden de su definición (también los que están en cero).',
  })
  states!: PublicStageCount[];
}

@ObjectType('PublicComponentAmount', { description: 'Cofinanciación aprobada en un componente, en pesos.', simpleResolvers: true })
export class PublicComponentAmount {
  @Field({ description: 'Código del componente.' })
  component!: string;

  @Field({ description: 'Nombre del componente.' })
  label!: string;

  @Field(() => PesosScalar, { description: 'Recursos FUTIC aprobados, en pesos enteros.' })
  futicAmount!: number;

  @Field(() => PesosScalar, { description: 'Contrapartida de las entidades, en pesos enteros.' })
  counterpartAmount!: number;
}

@ObjectType('PublicDepartmentCofinancing', {
  description: 'Cofinanciación aprobada a las entidades de un departamento.',
  simpleResolvers: true,
})
export class PublicDepartmentCofinancing {
  @Field({ description: 'Código DIVIPOLA del departamento.' })
  departmentCode!: string;

  @Field({ description: 'Nombre del departamento.' })
  departmentName!: string;

  @Field(() => Int, { description: 'Postulaciones aprobadas.' })
  applications!: number;

  @Field(() => PesosScalar, { description: 'Recursos FUTIC aprobados, en pesos enteros.' })
  futicAmount!: number;

  @Field(() => PesosScalar, { description: 'Contrapartida, en pesos enteros.' })
  counterpartAmount!: number;

  @Field(() => [PublicComponentAmount], { description: 'Por componente, en el orden de la resolución.' })
  components!: PublicComponentAmount[];
}

@ObjectType('PublicApprovedCofinancing', {
  description: 'Cofinanciación aprobada: postulaciones aprobadas y en etapas posteriores (convenio, ejecución, cierre).',
  simpleResolvers: true,
})
export class PublicApprovedCofinancing {
  @Field(() => [String], { description: 'Los estados que cuentan como aprobados.' })
  states!: string[];

  @Field(() => Int, { description: 'Postulaciones aprobadas en todo el país.' })
  applications!: number;

  @Field(() => PesosScalar, { description: 'Recursos FUTIC aprobados en todo el país, en pesos enteros.' })
  futicAmount!: number;

  @Field(() => PesosScalar, { description: 'Contrapartida en todo el país, en pesos enteros.' })
  counterpartAmount!: number;

  @Field(() => [PublicComponentAmount], { description: 'Totales nacionales por componente.' })
  components!: PublicComponentAmount[];

  @Field(() => [PublicDepartmentCofinancing], { description: 'Por departamento (los que tienen postulaciones aprobadas).' })
  departments!: PublicDepartmentCofinancing[];
}

@ObjectType('PublicObjectiveProgress', {
  description: 'Avance de un objetivo de un plan de acción (método Bogotá).',
  simpleResolvers: true,
})
export class PublicObjectiveProgress {
  @Field({ description: 'Código del objetivo en el plan.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'Nombre del objetivo.' })
  name!: string | null;

  @Field(() => Float, { description: 'Peso del objetivo en el plan, en puntos porcentuales.' })
  weight!: number;

  @Field(() => Float, { description: 'Avance, en puntos porcentuales del plan.' })
  progress!: number;

  @Field(() => Float, { description: 'Trayectoria ideal al corte, en puntos porcentuales del plan.' })
  ideal!: number;

  @Field(() => Float, { description: 'Brecha: avance − ideal, en puntos.' })
  gap!: number;
}

@ObjectType('PublicPlanProgress', {
  description: 'Avance de un plan de acción que su entidad hizo público (método Bogotá, medición oficial: reportes aceptados).',
  simpleResolvers: true,
})
export class PublicPlanProgress {
  @Field(() => ID, { description: 'Identificador del plan (el mismo que usa la API autenticada).' })
  id!: string;

  @Field({ description: 'Código DIVIPOLA de la entidad.' })
  entityCode!: string;

  @Field({ description: 'Nombre de la entidad.' })
  entityName!: string;

  @Field({ description: 'Código DIVIPOLA del departamento.' })
  departmentCode!: string;

  @Field({ description: 'Nombre del departamento.' })
  departmentName!: string;

  @Field({ description: 'Título del plan.' })
  title!: string;

  @Field(() => Int, { description: 'Primer año del horizonte.' })
  startYear!: number;

  @Field(() => Int, { description: 'Último año del horizonte.' })
  endYear!: number;

  @Field({ description: 'Periodicidad de metas y reportes: ANNUAL, SEMIANNUAL o QUARTERLY.' })
  periodicity!: string;

  @Field({ description: 'Desde cuándo la entidad lo hace público.' })
  publishedAt!: Date;

  @Field({ description: 'Fecha de corte de la medición (AAAA-MM-DD, hora de Bogotá): hoy.' })
  cut!: string;

  @Field(() => Int, { nullable: true, description: 'Versión del plan vigente al corte.' })
  planVersion!: number | null;

  @Field(() => Float, { description: 'Avance de la política, en puntos porcentuales (cada producto topado en 100 %).' })
  progress!: number;

  @Field(() => Float, { description: 'Trayectoria ideal al corte, en puntos porcentuales.' })
  ideal!: number;

  @Field(() => Float, { description: 'Brecha: avance − ideal, en puntos.' })
  gap!: number;

  @Field(() => [PublicObjectiveProgress], { description: 'Avance por objetivo.' })
  objectives!: PublicObjectiveProgress[];
}

@ObjectType('PublicProgrammeFigures', { description: 'Cifras del programa CTI, calculadas al consultar.', simpleResolvers: true })
export class PublicProgrammeFigures {
  @Field({ description: 'Cuándo se calcularon.' })
  computedAt!: Date;

  @Field(() => [PublicProcessStages], { description: 'Entidades en cada etapa de cada proceso.' })
  stages!: PublicProcessStages[];

  @Field(() => PublicApprovedCofinancing, { description: 'Cofinanciación aprobada por departamento y componente, en pesos.' })
  cofinancing!: PublicApprovedCofinancing;

  @Field(() => [PublicPlanProgress], { description: 'Avance de los planes de acción que sus entidades hicieron públicos.' })
  plans!: PublicPlanProgress[];
}
