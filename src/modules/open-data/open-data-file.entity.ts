import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One file of the open data exports (a dataset's CSV, JSON or DCAT metadata, or the catalog), kept
 * in the database so that every API process serves the same bytes under the same ETag. Written only
 * by the worker's open data jobs, and only when its content changed.
 */
@Entity({ tableName: 'open_data_file' })
@Index({ properties: ['dataset'] })
export class OpenDataFile {
  /** The file's name in its stable URL (`/public/datos/<key>`), e.g. `indice-cti-2025.csv`. */
  @PrimaryKey({ type: 'string', length: 100 })
  key!: string;

  /** The dataset it belongs to (`indice-cti-2025`, `cifras-programa`, `catalogo`). */
  @Property({ type: 'string', length: 100 })
  dataset!: string;

  /** Its Content-Type, charset included. */
  @Property({ type: 'string', length: 100 })
  mediaType!: string;

  /** UTF-8 text: every export is text (CSV, JSON, JSON-LD). */
  @Property({ type: 'text', lazy: true })
  body!: string;

  /** A strong ETag: the SHA-256 of the body in hex, quoted. */
  @Property({ type: 'string', length: 80 })
  etag!: string;

  /** The body's length in bytes (UTF-8). */
  @Property({ type: 'integer' })
  byteSize!: number;

  /** When this content was first written (a regeneration that changes nothing keeps it). */
  @Property({ type: 'datetime' })
  generatedAt!: Date;
}
