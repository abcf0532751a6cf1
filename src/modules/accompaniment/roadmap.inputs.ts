import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';

import { CaseActionInput, CaseNoteInput, OpenCaseInput } from '../cases/case.inputs';
import { COMPONENTS } from '../cofinancing/cofinancing-defaults';
import { CofinancingComponent } from '../cofinancing/cofinancing.type';
import { PesosScalar } from '../cofinancing/money';
import { ROADMAP_HORIZONS, ROADMAP_PRIORITIES, type RoadmapHorizon, type RoadmapPriority } from './accompaniment.entity';

/*
 * The inputs of the diagnosis and the roadmap. The decorators bound every field (lengths, counts,
 * amounts) so nothing unbounded reaches the service; what needs the case (dimensions of its model,
 * ids of its lines, an accepted roadmap) is checked in the transition's transaction
 * (roadmap-steps.ts) or before opening the application (roadmap.service.ts), all problems at once.
 */

/** The bounds the service checks again (trimmed texts) and the docs state. */
export const ROADMAP_LIMITS = {
  findingsMin: 1,
  findingsMax: 6,
  findingMax: 8000,
  linesMin: 1,
  linesMax: 60,
  titleMin: 3,
  titleMax: 300,
  descriptionMin: 3,
  descriptionMax: 2000,
  responsibleMin: 2,
  responsibleMax: 200,
  /** Ten billones of pesos: far above any roadmap line, and sums of 60 of them stay exact. */
  costMax: 10_000_000_000_000,
  commentsMax: 60,
  commentMin: 3,
  commentMax: 2000,
} as const;
const L = ROADMAP_LIMITS;

export const RoadmapPriorityEnum = Object.fromEntries(ROADMAP_PRIORITIES.map((p) => [p, p])) as { [K in RoadmapPriority]: K };
registerEnumType(RoadmapPriorityEnum, {
  name: 'RoadmapPriority',
  description: 'La prioridad de una línea de acción de la hoja de ruta.',
  valuesConfig: {
    HIGH: { description: 'Alta: atiende las brechas más grandes; se empieza primero.' },
    MEDIUM: { description: 'Media.' },
    LOW: { description: 'Baja.' },
  },
});

export const RoadmapHorizonEnum = Object.fromEntries(ROADMAP_HORIZONS.map((h) => [h, h])) as { [K in RoadmapHorizon]: K };
registerEnumType(RoadmapHorizonEnum, {
  name: 'RoadmapHorizon',
  description: 'Cuándo se espera ejecutar una línea de acción.',
  valuesConfig: {
    SHORT: { description: 'Corto plazo (hasta un año).' },
    MEDIUM: { description: 'Mediano plazo (uno a tres años).' },
    LONG: { description: 'Largo plazo (más de tres años).' },
  },
});

@InputType({ description: 'Los hallazgos del asesor o asesora sobre una dimensión del modelo.' })
export class DiagnosisFindingInput {
  @Field({ description: 'El código de la dimensión del modelo del autodiagnóstico (p. ej. PERSONAS).' })
  @Length(1, 40, { message: 'dimensionCode debe ser un código de 1 a 40 caracteres' })
  dimensionCode!: string;

  @Field({ description: `Los hallazgos, a lo sumo ${L.findingMax} caracteres; vacío borra los de la dimensión.` })
  @MaxLength(L.findingMax, { message: `text admite a lo sumo ${L.findingMax} caracteres` })
  text!: string;
}

@InputType({ description: 'Registrar hallazgos del diagnóstico por dimensión (asesor o asesora asignado, en diagnóstico).' })
export class SaveDiagnosisFindingsInput extends CaseActionInput {
  @Field(() => [DiagnosisFindingInput], {
    description: `De ${L.findingsMin} a ${L.findingsMax} dimensiones, cada una a lo sumo una vez; las demás conservan sus hallazgos.`,
  })
  @ArrayMinSize(L.findingsMin, { message: `findings debe tener al menos ${L.findingsMin} dimensión` })
  @ArrayMaxSize(L.findingsMax, { message: `findings admite a lo sumo ${L.findingsMax} dimensiones` })
  @ValidateNested({ each: true })
  findings!: DiagnosisFindingInput[];
}

@InputType({ description: 'Una línea de acción de la hoja de ruta, tal como debe quedar.' })
export class RoadmapLineInput {
  @Field(() => ID, { nullable: true, description: 'Una línea existente que se conserva (su id); omitido: una línea nueva.' })
  @IsOptional()
  @IsUUID('all', { message: 'id debe ser el identificador de una línea de la hoja de ruta' })
  id?: string | null;

  @Field({ description: 'La dimensión del modelo que atiende (su código, p. ej. PERSONAS).' })
  @Length(1, 40, { message: 'dimensionCode debe ser un código de 1 a 40 caracteres' })
  dimensionCode!: string;

  @Field({ description: `El título de la línea (${L.titleMin} a ${L.titleMax} caracteres).` })
  @Length(L.titleMin, L.titleMax, { message: `title debe tener entre ${L.titleMin} y ${L.titleMax} caracteres` })
  title!: string;

  @Field({ description: `Qué se hará y por qué (${L.descriptionMin} a ${L.descriptionMax} caracteres).` })
  @Length(L.descriptionMin, L.descriptionMax, {
    message: `description debe tener entre ${L.descriptionMin} y ${L.descriptionMax} caracteres`,
  })
  description!: string;

  @Field(() => RoadmapPriorityEnum, { description: 'La prioridad.' })
  @IsIn([...ROADMAP_PRIORITIES], { message: `priority debe ser una de ${ROADMAP_PRIORITIES.join(', ')}` })
  priority!: RoadmapPriority;

  @Field(() => RoadmapHorizonEnum, { description: 'El horizonte: corto, mediano o largo plazo.' })
  @IsIn([...ROADMAP_HORIZONS], { message: `horizon debe ser uno de ${ROADMAP_HORIZONS.join(', ')}` })
  horizon!: RoadmapHorizon;

  @Field({ description: `Quién responde por la línea en la entidad, en palabras (${L.responsibleMin} a ${L.responsibleMax} caracteres).` })
  @Length(L.responsibleMin, L.responsibleMax, {
    message: `responsible debe tener entre ${L.responsibleMin} y ${L.responsibleMax} caracteres`,
  })
  responsible!: string;

  @Field(() => PesosScalar, { description: 'El costo estimado en pesos enteros, de 0 a 10 billones (10^13).' })
  @IsInt({ message: 'estimatedCost debe ser un número entero de pesos' })
  @Min(0, { message: 'estimatedCost no puede ser negativo' })
  @Max(L.costMax, { message: 'estimatedCost admite a lo sumo 10 billones de pesos (10^13)' })
  estimatedCost!: number;

  @Field(() => CofinancingComponent, {
    nullable: true,
    description: 'El componente cofinanciable con que podría financiarse; sin él, la línea no puede llevarse a una postulación.',
  })
  @IsOptional()
  @IsIn([...COMPONENTS], { message: `component debe ser uno de ${COMPONENTS.join(', ')}` })
  component?: CofinancingComponent | null;
}

@InputType({
  description:
    'La hoja de ruta completa (asesor o asesora asignado, en formulación o con ajustes solicitados): reemplaza las líneas, en el orden dado.',
})
export class SaveRoadmapInput extends CaseActionInput {
  @Field(() => [RoadmapLineInput], {
    description: `De ${L.linesMin} a ${L.linesMax} líneas, en orden; las líneas existentes que no se nombran se eliminan.`,
  })
  @ArrayMinSize(L.linesMin, { message: `lines debe tener al menos ${L.linesMin} línea` })
  @ArrayMaxSize(L.linesMax, { message: `lines admite a lo sumo ${L.linesMax} líneas` })
  @ValidateNested({ each: true })
  lines!: RoadmapLineInput[];
}

@InputType({ description: 'El comentario de la entidad sobre una línea de la hoja de ruta entregada.' })
export class RoadmapLineCommentInput {
  @Field(() => ID, { description: 'La línea comentada (de la hoja de ruta entregada).' })
  @IsUUID('all', { message: 'lineId debe ser el identificador de una línea de la hoja de ruta' })
  lineId!: string;

  @Field({ description: `El comentario (${L.commentMin} a ${L.commentMax} caracteres).` })
  @Length(L.commentMin, L.commentMax, { message: `comment debe tener entre ${L.commentMin} y ${L.commentMax} caracteres` })
  comment!: string;
}

@InputType({ description: 'Pedir ajustes a la hoja de ruta entregada (entidad): una nota general y comentarios por línea.' })
export class RequestRoadmapAdjustmentsInput extends CaseNoteInput {
  @Field(() => [RoadmapLineCommentInput], {
    defaultValue: [],
    description: `Comentarios por línea, a lo sumo ${L.commentsMax} y uno por línea (en los trámites de la versión 1, que no tienen líneas, se omiten).`,
  })
  @ArrayMaxSize(L.commentsMax, { message: `comments admite a lo sumo ${L.commentsMax} comentarios` })
  @ValidateNested({ each: true })
  comments!: RoadmapLineCommentInput[];
}

@InputType({
  description: 'Iniciar una postulación de la propia entidad prellenada con líneas de su hoja de ruta aceptada (usuarios de la entidad).',
})
export class StartApplicationFromRoadmapInput extends OpenCaseInput {
  @Field(() => ID, { description: 'El acompañamiento cuya hoja de ruta fue aceptada.' })
  @IsUUID('all', { message: 'caseId debe ser un identificador válido' })
  caseId!: string;

  @Field(() => [ID], { description: `Las líneas que la postulación cofinanciaría (1 a ${L.linesMax}), cada una con su componente.` })
  @ArrayMinSize(1, { message: 'lineIds debe tener al menos una línea' })
  @ArrayMaxSize(L.linesMax, { message: `lineIds admite a lo sumo ${L.linesMax} líneas` })
  @IsUUID('all', { each: true, message: 'cada elemento de lineIds debe ser el identificador de una línea de la hoja de ruta' })
  lineIds!: string[];

  @Field(() => ID, { description: 'La convocatoria (publicada) a la que se postula.' })
  @IsUUID('all', { message: 'callId debe ser un identificador válido' })
  callId!: string;
}

/** The years a template's target columns may span (the importer applies its own horizon rules on import). */
export const TEMPLATE_YEARS = { min: 2000, max: 2100, span: 20 } as const;

@ArgsType()
export class ActionPlanTemplateArgs {
  @Field(() => [ID], { description: `Las líneas de la hoja de ruta aceptada que serán productos del plan (1 a ${L.linesMax}).` })
  @ArrayMinSize(1, { message: 'lineIds debe tener al menos una línea' })
  @ArrayMaxSize(L.linesMax, { message: `lineIds admite a lo sumo ${L.linesMax} líneas` })
  @IsUUID('all', { each: true, message: 'cada elemento de lineIds debe ser el identificador de una línea de la hoja de ruta' })
  lineIds!: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'El primer año del horizonte del plan (columnas meta_<año>); omitido: el año en curso.',
  })
  @IsOptional()
  @Min(TEMPLATE_YEARS.min, { message: `startYear debe estar entre ${TEMPLATE_YEARS.min} y ${TEMPLATE_YEARS.max}` })
  @Max(TEMPLATE_YEARS.max, { message: `startYear debe estar entre ${TEMPLATE_YEARS.min} y ${TEMPLATE_YEARS.max}` })
  startYear?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `El último año del horizonte (incluido, a lo sumo ${TEMPLATE_YEARS.span} años después del primero); omitido: tres años después del primero.`,
  })
  @IsOptional()
  @Min(TEMPLATE_YEARS.min, { message: `endYear debe estar entre ${TEMPLATE_YEARS.min} y ${TEMPLATE_YEARS.max}` })
  @Max(TEMPLATE_YEARS.max, { message: `endYear debe estar entre ${TEMPLATE_YEARS.min} y ${TEMPLATE_YEARS.max}` })
  endYear?: number | null;
}
