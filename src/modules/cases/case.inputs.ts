import { IsOptional, IsUUID, Length, Matches, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';

import { ConnectionArgs } from '../../core/graphql/connection';
import { Process } from './case.type';

export enum CaseOrderBy {
  UPDATED_AT_DESC = 'UPDATED_AT_DESC',
  CREATED_AT_ASC = 'CREATED_AT_ASC',
}
registerEnumType(CaseOrderBy, {
  name: 'CaseOrderBy',
  valuesConfig: {
    UPDATED_AT_DESC: { description: 'Los cambiados más recientemente primero.' },
    CREATED_AT_ASC: { description: 'Los más antiguos primero.' },
  },
});

/** The filters `cases` and `caseChanged` share. */
@InputType('CaseFilterFields')
export class CaseFilterFields {
  @Field(() => Process, { nullable: true })
  process?: Process | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 60, { message: 'state debe tener entre 1 y 60 caracteres' })
  state?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{2}(\d{3})?$/, { message: 'entityCode debe ser un código DIVIPOLA de 2 o 5 dígitos' })
  entityCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'departmentCode debe tener 2 dígitos' })
  departmentCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'cycleId debe ser un identificador válido' })
  cycleId?: string | null;

  @Field(() => ID, { nullable: true })
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
  @Field(() => CaseFilter, { nullable: true })
  filter?: CaseFilter | null;

  @Field(() => CaseOrderBy, { defaultValue: CaseOrderBy.UPDATED_AT_DESC })
  orderBy: CaseOrderBy = CaseOrderBy.UPDATED_AT_DESC;
}

/** What every case action carries: which case, the version the client saw, and a retry key. */
@InputType({ description: 'Un cambio de estado de un trámite.' })
export class CaseActionInput {
  @Field(() => ID)
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

@InputType({ description: 'Un cambio de estado que exige una nota escrita (motivos, comentario, entrega).' })
export class CaseNoteInput extends CaseActionInput {
  @Field({ description: 'Texto para la otra parte; al menos 3 caracteres.' })
  @Length(3, 5000, { message: 'note debe tener entre 3 y 5000 caracteres' })
  note!: string;
}

@InputType({ description: 'Iniciar un trámite propio; la clave de idempotencia evita duplicarlo en un reintento.' })
export class OpenCaseInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(8, 200, { message: 'idempotencyKey debe tener entre 8 y 200 caracteres' })
  idempotencyKey?: string | null;
}
