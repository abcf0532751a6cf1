import { IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';

import { Role } from '../../core/auth/principal';
import { Connection, ConnectionArgs } from '../../core/graphql/connection';
import type { DocumentDownload } from './document.entity';

const DIVIPOLA = /^(\d{2}|\d{5})$/;

/**
 * One download of the audit trail. `document`, `person` and `subject` are resolved per request
 * (document-downloads.resolver.ts): the person through the people directory's visibility.
 */
@ObjectType('DocumentDownload', {
  description: 'Una descarga de un documento: quién lo descargó, cuándo y desde dónde (trazabilidad para control interno).',
})
export class DocumentDownloadType {
  @Field(() => ID, { description: 'Identificador de la descarga.' })
  id!: string;

  @Field(() => Role, { description: 'El rol con que la persona descargó el documento.' })
  role!: Role;

  @Field({ description: 'Código DIVIPOLA de la entidad territorial del documento.' })
  entityCode!: string;

  @Field({ description: 'Cuándo se descargó.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'La dirección IP desde la que se pidió, como la vio la API.' })
  ip!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'El identificador de la solicitud HTTP (X-Request-Id), para cruzarlo con los registros.',
  })
  requestId!: string | null;

  /** Internal: the row. */
  row!: DocumentDownload;

  static from(row: DocumentDownload): DocumentDownloadType {
    const t = new DocumentDownloadType();
    Object.assign(t, {
      id: row.id,
      role: row.role as Role,
      entityCode: row.entityCode,
      at: row.at,
      ip: row.ip,
      requestId: row.requestId,
      row,
    });
    return t;
  }
}

@ObjectType({ description: 'Una página de la trazabilidad de descargas de documentos.' })
export class DocumentDownloadConnection extends Connection(DocumentDownloadType, 'DocumentDownload') {}

@InputType({ description: 'Filtro de la trazabilidad de descargas; los criterios se combinan (todos deben cumplirse).' })
export class DocumentDownloadFilter {
  @Field(() => ID, { nullable: true, description: 'Solo las descargas de este documento.' })
  @IsOptional()
  @IsUUID('all', { message: 'documentId debe ser el id de un documento' })
  documentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Solo las descargas de documentos de este trámite.' })
  @IsOptional()
  @IsUUID('all', { message: 'caseId debe ser el id de un trámite' })
  caseId?: string | null;

  @Field(() => String, { nullable: true, description: 'Solo las descargas de documentos de esta entidad territorial (código DIVIPOLA).' })
  @IsOptional()
  @Matches(DIVIPOLA, { message: 'entityCode debe ser un código DIVIPOLA de 2 o 5 dígitos' })
  entityCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Solo las descargas que hizo esta persona.' })
  @IsOptional()
  @IsUUID('all', { message: 'personId debe ser el id de una persona' })
  personId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Solo las descargas desde este instante (incluido).' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Solo las descargas antes de este instante (excluido).' })
  @IsOptional()
  to?: Date | null;
}

@ArgsType()
export class DocumentDownloadsArgs extends ConnectionArgs {
  @Field(() => DocumentDownloadFilter, { nullable: true, description: 'Filtro; sin él, todas las descargas.' })
  @IsOptional()
  @ValidateNested()
  filter?: DocumentDownloadFilter | null;
}
