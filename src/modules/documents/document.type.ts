import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import { DOCUMENT_PURPOSES, DOCUMENT_STATUSES, type Document } from './document.entity';

export const DocumentPurposeEnum = Object.fromEntries(DOCUMENT_PURPOSES.map((p) => [p, p])) as {
  [K in (typeof DOCUMENT_PURPOSES)[number]]: K;
};
export const DocumentStatusEnum = Object.fromEntries(DOCUMENT_STATUSES.map((s) => [s, s])) as {
  [K in (typeof DOCUMENT_STATUSES)[number]]: K;
};

registerEnumType(DocumentPurposeEnum, {
  name: 'DocumentPurpose',
  description: 'Para qué es un documento: decide su tamaño máximo y los tipos admitidos.',
  valuesConfig: {
    ASSESSMENT_EVIDENCE: { description: 'Evidencia de una respuesta del autodiagnóstico: PDF, imágenes u ofimática, hasta 25 MB.' },
    ELIGIBILITY_REQUIREMENT: {
      description: 'Soporte de un requisito habilitante de una postulación (CDP, certificados): PDF, hasta 20 MB.',
    },
    SIGNED_AGREEMENT: { description: 'El convenio firmado: PDF, hasta 20 MB.' },
    PROGRESS_EVIDENCE: { description: 'Anexo de un reporte de avance: PDF, imágenes u ofimática, hasta 25 MB.' },
    ACCOMPANIMENT_MINUTES: { description: 'Acta firmada de una sesión de acompañamiento técnico: PDF, hasta 20 MB.' },
    ACTION_PLAN_FILE: { description: 'Archivo de un plan de acción para importar: XLSX o CSV (UTF-8), hasta 2 MB.' },
  },
});

registerEnumType(DocumentStatusEnum, {
  name: 'DocumentStatus',
  description: 'Estado de un documento.',
  valuesConfig: {
    QUARANTINE: { description: 'Recibido y en verificación (tipo, tamaño, antivirus); aún no se puede adjuntar ni descargar.' },
    AVAILABLE: { description: 'Verificado: se puede adjuntar y descargar.' },
    REFUSED: { description: 'Rechazado por una verificación; su contenido se borró y refusalReason dice por qué.' },
    DELETED: { description: 'Su contenido se borró: carga nunca adjuntada (24 horas) o fin del periodo de retención.' },
  },
});

/**
 * A document as the API shows it. `downloadUrl` and `uploadedBy` are resolved per request
 * (document-read.resolver.ts): the link is signed for the person who asks.
 */
@ObjectType('Document', { description: 'Un archivo subido: evidencia, requisito habilitante, convenio firmado, anexo, acta o plan.' })
export class DocumentType {
  @Field(() => ID, { description: 'Identificador global del documento.' })
  id!: string;

  @Field({ description: 'Nombre del archivo, como lo dio quien lo subió.' })
  name!: string;

  @Field(() => DocumentPurposeEnum, { description: 'Para qué se subió.' })
  purpose!: (typeof DOCUMENT_PURPOSES)[number];

  @Field(() => DocumentStatusEnum, { description: 'Estado: en verificación, disponible, rechazado o borrado.' })
  status!: (typeof DOCUMENT_STATUSES)[number];

  @Field(() => String, { nullable: true, description: 'Tipo de contenido reconocido en los bytes del archivo (nunca por su nombre).' })
  mediaType!: string | null;

  @Field(() => Int, { description: 'Tamaño en bytes.' })
  size!: number;

  @Field(() => String, { nullable: true, description: 'SHA-256 del contenido, en hexadecimal (nulo mientras se verifica).' })
  sha256!: string | null;

  @Field({ description: 'Código DIVIPOLA de la entidad territorial a la que pertenece.' })
  entityCode!: string;

  @Field(() => Date, { description: 'Cuándo terminó de subirse.' })
  uploadedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Cuándo se verificó.' })
  checkedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Por qué se rechazó, en español (solo si fue rechazado).' })
  refusalReason!: string | null;

  @Field(() => Date, { nullable: true, description: 'Cuándo se adjuntó a su objeto (nulo: aún no se adjunta).' })
  attachedAt!: Date | null;

  @Field({ description: 'Si es la versión vigente (falso: una versión posterior la reemplazó).' })
  current!: boolean;

  /** Internal: the row, for field resolvers (never a GraphQL field). */
  row!: Document;

  static from(doc: Document): DocumentType {
    const t = new DocumentType();
    t.id = doc.id;
    t.name = doc.fileName;
    t.purpose = doc.purpose;
    t.status = doc.status;
    t.mediaType = doc.mediaType;
    t.size = doc.size;
    t.sha256 = doc.sha256;
    t.entityCode = doc.entityCode;
    t.uploadedAt = doc.createdAt;
    t.checkedAt = doc.checkedAt;
    t.refusalReason = doc.refusalReason;
    t.attachedAt = doc.attachedAt;
    t.current = doc.supersededBy === null;
    t.row = doc;
    return t;
  }
}
