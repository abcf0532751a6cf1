import { createHash } from 'node:crypto';

import { spreadsheetText } from '../../core/text';

/**
 * The formats of the open data exports: CSV as the national open data portal (datos.gov.co) takes
 * it, JSON with the same records, and the metadata in the DCAT vocabulary as JSON-LD (the terms of
 * DCAT-AP: dcat, dct, foaf, vcard), whose field dictionary is a CSVW table schema.
 */

/** A column's type, as CSVW names XML Schema's datatypes. */
export type ColumnType = 'string' | 'integer' | 'decimal' | 'boolean' | 'date' | 'dateTime';

/** One column of a dataset: its field dictionary entry. */
export interface Column {
  /** The header in the CSV and the key in the JSON records (lower-case ASCII, underscores). */
  name: string;
  /** Its title in Spanish. */
  title: string;
  description: string;
  datatype: ColumnType;
}

export type Cell = string | number | boolean | null;
export type DataRecord = Record<string, Cell>;

/** A dataset's records and what its metadata says of it. */
export interface DatasetContent {
  /** The stem of its files' names: `<id>.csv`, `<id>.json`, `<id>.jsonld`. */
  id: string;
  title: string;
  description: string;
  keywords: string[];
  /** DCAT-AP frequency: ANNUAL (each publication of an Índice), DAILY (the programme figures). */
  frequency: 'ANNUAL' | 'DAILY';
  /** The period the data covers (dct:temporal), as days. */
  temporal: { start: string; end: string } | null;
  columns: Column[];
  records: DataRecord[];
}

export const MEDIA_TYPE = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
} as const;

/** The licence of every export: datos.gov.co's default for open data of public bodies. */
export const LICENSE = {
  id: 'https://creativecommons.org/licenses/by-sa/4.0/',
  title: 'Creative Commons Atribución-CompartirIgual 4.0 Internacional (CC BY-SA 4.0)',
};

export const PUBLISHER = 'Ministerio de Tecnologías de la Información y las Comunicaciones';

/** A strong ETag: the body's SHA-256. */
export const etagOf = (body: string): string => `"${sha256(body)}"`;
export const sha256 = (body: string): string => createHash('sha256').update(body, 'utf8').digest('hex');

/**
 * RFC 4180: a field with a comma, a quote or a line break goes in quotes, quotes doubled; lines end
 * in CRLF. Text that a spreadsheet would run as a formula (a plan's title is the entity's) is
 * kept text as in every CSV of the project (`spreadsheetText`); the JSON keeps it as written.
 */
function csvField(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? spreadsheetText(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 CSV (no byte order mark), comma separated, one header row with the columns' names. */
export function toCsv(columns: readonly Column[], records: readonly DataRecord[]): string {
  const lines = [columns.map((c) => csvField(c.name)).join(',')];
  for (const r of records) lines.push(columns.map((c) => csvField(r[c.name] ?? null)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The same records as JSON, with typed values, under the dataset's identity. */
export function toJson(content: DatasetContent, meta: { issued: string | null }): string {
  return `${JSON.stringify(
    {
      conjunto: content.id,
      titulo: content.title,
      publicado: meta.issued,
      licencia: LICENSE.id,
      columnas: content.columns.map((c) => c.name),
      registros: content.records.map((r) => Object.fromEntries(content.columns.map((c) => [c.name, r[c.name] ?? null]))),
    },
    null,
    2,
  )}\n`;
}

export const JSON_LD_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  csvw: 'http://www.w3.org/ns/csvw#',
  spdx: 'http://spdx.org/rdf/terms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

const EU = 'http://publications.europa.eu/resource/authority';
const es = (value: string) => ({ '@language': 'es', '@value': value });
const dateTime = (iso: string) => ({ '@value': iso, '@type': 'xsd:dateTime' });

/** A file of a distribution as written: its URL, size and checksum. */
export interface WrittenFile {
  url: string;
  byteSize: number;
  sha256: string;
}

/** The dcat:Dataset of a dataset (without @context: the catalog embeds it as is). */
export function datasetNode(
  content: DatasetContent,
  files: { csv: WrittenFile; json: WrittenFile; metadataUrl: string },
  dates: { issued: string; modified: string },
): Record<string, unknown> {
  const license = { '@id': LICENSE.id, 'dct:title': es(LICENSE.title) };
  const distribution = (format: 'CSV' | 'JSON', file: WrittenFile, mediaType: string, extra: Record<string, unknown> = {}) => ({
    '@id': `${file.url}#distribucion`,
    '@type': 'dcat:Distribution',
    'dct:title': es(`${content.title} (${format})`),
    'dct:format': { '@id': `${EU}/file-type/${format}` },
    'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${mediaType}` },
    'dcat:accessURL': { '@id': file.url },
    'dcat:downloadURL': { '@id': file.url },
    'dcat:byteSize': { '@value': String(file.byteSize), '@type': 'xsd:nonNegativeInteger' },
    'spdx:checksum': {
      '@type': 'spdx:Checksum',
      'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' },
      'spdx:checksumValue': { '@value': file.sha256, '@type': 'xsd:hexBinary' },
    },
    'dct:license': license,
    'dct:issued': dateTime(dates.issued),
    'dct:modified': dateTime(dates.modified),
    ...extra,
  });
  return {
    '@id': files.metadataUrl,
    '@type': 'dcat:Dataset',
    'dct:identifier': content.id,
    'dct:title': es(content.title),
    'dct:description': es(content.description),
    'dct:publisher': { '@type': 'foaf:Organization', 'foaf:name': es(PUBLISHER) },
    'dcat:contactPoint': { '@type': 'vcard:Organization', 'vcard:fn': PUBLISHER },
    'dct:license': license,
    'dct:accessRights': { '@id': `${EU}/access-right/PUBLIC` },
    'dct:language': { '@id': `${EU}/language/SPA` },
    'dct:spatial': { '@id': `${EU}/country/COL` },
    'dct:accrualPeriodicity': { '@id': `${EU}/frequency/${content.frequency}` },
    'dct:issued': dateTime(dates.issued),
    'dct:modified': dateTime(dates.modified),
    ...(content.temporal
      ? {
          'dct:temporal': {
            '@type': 'dct:PeriodOfTime',
            'dcat:startDate': { '@value': content.temporal.start, '@type': 'xsd:date' },
            'dcat:endDate': { '@value': content.temporal.end, '@type': 'xsd:date' },
          },
        }
      : {}),
    'dcat:keyword': content.keywords.map(es),
    // DCAT-AP's data themes: government and public sector; science and technology.
    'dcat:theme': [{ '@id': `${EU}/data-theme/GOVE` }, { '@id': `${EU}/data-theme/TECH` }],
    'dcat:distribution': [
      distribution('CSV', files.csv, 'text/csv', {
        // The field dictionary: the CSV's columns as a CSVW table (the JSON records use the same names).
        'csvw:dialect': { 'csvw:delimiter': ',', 'csvw:encoding': 'utf-8', 'csvw:header': true, 'csvw:lineTerminators': '\r\n' },
        'csvw:tableSchema': {
          '@type': 'csvw:Schema',
          'csvw:column': content.columns.map((c) => ({
            '@type': 'csvw:Column',
            'csvw:name': c.name,
            'csvw:title': es(c.title),
            'dct:description': es(c.description),
            'csvw:datatype': { '@id': `xsd:${c.datatype}` },
          })),
        },
      }),
      distribution('JSON', files.json, 'application/json'),
    ],
  };
}

/** A dataset's metadata document. */
export function datasetDocument(node: Record<string, unknown>): string {
  return `${JSON.stringify({ '@context': JSON_LD_CONTEXT, ...node }, null, 2)}\n`;
}

/** The dcat:Catalog of every dataset whose metadata is written, in the order given. */
export function catalogDocument(url: string, datasets: Record<string, unknown>[], modified: string | null): string {
  return `${JSON.stringify(
    {
      '@context': JSON_LD_CONTEXT,
      '@id': url,
      '@type': 'dcat:Catalog',
      'dct:title': es('Datos abiertos del Modelo de Madurez de Ciudades y Territorios Inteligentes'),
      'dct:description': es(
        'Conjuntos de datos abiertos del programa de Ciudades y Territorios Inteligentes: el Índice CTI de cada vigencia publicada y las cifras del programa (Ley 1712 de 2014).',
      ),
      'dct:publisher': { '@type': 'foaf:Organization', 'foaf:name': es(PUBLISHER) },
      'dct:license': { '@id': LICENSE.id, 'dct:title': es(LICENSE.title) },
      'dct:language': { '@id': `${EU}/language/SPA` },
      ...(modified ? { 'dct:modified': dateTime(modified) } : {}),
      'dcat:dataset': datasets,
    },
    null,
    2,
  )}\n`;
}
