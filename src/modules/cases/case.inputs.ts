import { IsOptional, IsUUID, Length, Matches, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';

import { ConnectionArgs } from '../../core/graphql/connection';
import { CaseState } from './case.enums';
import { Process } from './case.type';

export enum CaseOrderBy {
  UPDATED_AT_DESC = 'UPDATED_AT_DESC',
  CREATED_AT_ASC = 'CREATED_AT_ASC',
}
registerEnumType(CaseOrderBy, {
  name: 'CaseOrderBy',
  description: 'Orden de la lista de trámites.',
  valuesConfig: {
    UPDATED_AT_DESC: { description: 'Los cambiados más recientemente primero.' },
    CREATED_AT_ASC: { description: 'Los más antiguos primero.' },
  },
});

/** The filters `cases` and `caseChanged` share. */
@InputType('CaseFilterFields', { description: 'Filtros comunes de trámites (base de CaseFilter y CaseChangeFilter).' })
export class CaseFilterFields {
  @Field(() => Process, { description: 'Solo los trámites de este proceso.', nullable: true })
  process?: Process | null;

  @Field(() => CaseState, { description: 'Solo los trámites en este estado.', nullable: true })
  @IsOptional()
  state?: string | null;

  @Field(() => String, {
    description: 'Solo los de esta entidad: código DIVIPOLA de 5 dígitos (municipio) o de 2 (gobernación).',
    nullable: true,
  })
  @IsOptional()
  @Matches(/^\d{2}(\d{3})?$/, { message: 'entityCode debe ser un código DIVIPOLA de 2 o 5 dígitos' })
  entityCode?: string | null;

  @Field(() => String, {
    description: 'Solo los de entidades de este departamento (código DIVIPOLA de 2 dígitos), la gobernación incluida.',
    nullable: true,
  })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'departmentCode debe tener 2 dígitos' })
  departmentCode?: string | null;

  @Field(() => ID, { description: 'Solo los de esta vigencia (autodiagnósticos y acompañamientos).', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'cycleId debe ser un identificador válido' })
  cycleId?: string | null;

  @Field(() => ID, { description: 'Solo los de esta convocatoria (postulaciones).', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'callId debe ser un identificador válido' })
  callId?: string | null;
}

@InputType({ description: 'Filtros de trámites; se combinan con Y. Cada usuario ve solo los trámites a los que tiene acceso.' })
export class CaseFilter extends CaseFilterFields {
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: solo los trámites con un término vencido sin atender; false: solo los que no tienen ninguno.',
  })
  @IsOptional()
  overdue?: boolean | null;
}

@ArgsType()
export class CasesArgs extends ConnectionArgs {
  @Field(() => CaseFilter, { description: 'Filtros, combinados con Y; sin filtro, todos los trámites visibles.', nullable: true })
  filter?: CaseFilter | null;

  @Field(() => CaseOrderBy, { description: 'Orden de la lista (y de sus cursores).', defaultValue: CaseOrderBy.UPDATED_AT_DESC })
  orderBy: CaseOrderBy = CaseOrderBy.UPDATED_AT_DESC;
}

/** What every case action carries: which case, the version the client saw, and a retry key. */
@InputType({ description: 'Un cambio de estado de un trámite.' })
export class CaseActionInput {
  @Field(() => ID, { description: 'El trámite que cambia.' })
  @IsUUID('all', { message: 'caseId debe ser un identificador válido' })
  caseId!: string;

  @Field(() => Int, { nullable: true, description: 'La versión que el cliente consultó; si el trámite cambió desde entonces, CONFLICT.' })
  @IsOptional()
  @Min(1, { message: 'expectedVersion debe ser 1 o mayor' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'Repetir la misma clave devuelve el primer resultado sin repetir el cambio.' })
  @IsOptional()
  @Length(8, 200, { message: 'idempotencyKey debe tener entre 8 y 200 caracteres' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Una decisión (aprobar, aceptar) con una nota opcional para la otra parte.' })
export class CaseDecisionInput extends CaseActionInput {
  @Field(() => String, { nullable: true, description: 'Comentario para la otra parte (opcional; a lo sumo 5000 caracteres).' })
  @IsOptional()
  @Length(0, 5000, { message: 'note admite a lo sumo 5000 caracteres' })
  note?: string | null;
}

@InputType({ description: 'Un cambio de estado que exige una nota escrita (motivos, comentario, entrega).' })
export class CaseNoteInput extends CaseActionInput {
  @Field({ description: 'Texto para la otra parte; al menos 3 caracteres.' })
  @Length(3, 5000, { message: 'note debe tener entre 3 y 5000 caracteres' })
  note!: string;
}

@InputType({ description: 'Iniciar un trámite propio; la clave de idempotencia evita duplicarlo en un reintento.' })
export class OpenCaseInput {
  @Field(() => String, {
    description: 'Clave que el cliente genera (p. ej. un UUID); repetirla devuelve el trámite ya creado sin crear otro.',
    nullable: true,
  })
  @IsOptional()
  @Length(8, 200, { message: 'idempotencyKey debe tener entre 8 y 200 caracteres' })
  idempotencyKey?: string | null;
}
