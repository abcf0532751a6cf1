import type { EntityManager } from '@mikro-orm/knex';
import ExcelJS from 'exceljs';

import { longDay } from '../../core/time/business-calendar';
import { adoptionList, type AdoptionQuery, type AdoptionRow } from '../adoption/adoption-facts';
import { csvTable } from '../follow-up/plan-file';
import { TerritorialEntityKind } from '../territorial-entities/territorial-entity-kind';
import type { DirectorySnapshot } from '../territorial-entities/territorial-entity.service';

/** The adoption report: the entities without a validated assessment since a day, as `adoptionPending` lists them. */
export interface AdoptionReportData {
  query: AdoptionQuery;
  /** What the filter covers, in Spanish ("Todo el país", "ANTIOQUIA · Alcaldías"). */
  scopeLabel: string;
  rows: AdoptionRow[];
  asOf: Date;
}

const kindPlural: Partial<Record<TerritorialEntityKind, string>> = {
  [TerritorialEntityKind.DEPARTMENT]: 'Gobernaciones',
  [TerritorialEntityKind.MUNICIPALITY]: 'Alcaldías',
};

/** What a filter covers, in Spanish, for titles. */
export function adoptionScopeLabel(query: AdoptionQuery, directory: DirectorySnapshot): string {
  const where = query.departmentCode ? (directory.departmentName(query.departmentCode) ?? query.departmentCode) : 'Todo el país';
  const kind = query.kind ? ` · ${kindPlural[query.kind] ?? query.kind}` : '';
  return `${where}${kind}`;
}

export const adoptionTitle = (query: AdoptionQuery, scopeLabel: string) =>
  `Entidades sin autodiagnóstico validado desde el ${longDay(query.since)} - ${scopeLabel}`;

export async function adoptionData(
  em: EntityManager,
  directory: DirectorySnapshot,
  query: AdoptionQuery,
  now: Date,
): Promise<AdoptionReportData> {
  return { query, scopeLabel: adoptionScopeLabel(query, directory), rows: await adoptionList(em.getKnex(), directory, query), asOf: now };
}

const HEADERS = [
  'Código DIVIPOLA',
  'Entidad',
  'Tipo',
  'Código del departamento',
  'Departamento',
  'Vigencia del último autodiagnóstico validado',
  'Validado el',
  'Autodiagnóstico en curso',
  'Última invitación',
  'Invitaciones',
];

/** Instants as Bogotá's wall clock, YYYY-MM-DD HH:mm (the CSV is read by people and by Excel alike). */
const bogota = (d: Date) => new Date(d.getTime() - 5 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

const cells = (r: AdoptionRow) => [
  r.entity.code,
  r.entity.name,
  r.entity.kindLabel,
  r.entity.departmentCode,
  r.entity.departmentName,
  r.lastValidated?.cycleYear ?? null,
  r.lastValidated ? bogota(r.lastValidated.validatedAt) : null,
  r.inProgress ? 'Sí' : 'No',
  r.lastInvitedAt ? bogota(r.lastInvitedAt) : null,
  r.invitations,
];

export function adoptionCsv(data: AdoptionReportData): string {
  return csvTable([HEADERS, ...data.rows.map(cells)]);
}

export async function adoptionWorkbook(data: AdoptionReportData): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Motor CTI — MinTIC';
  const sheet = book.addWorksheet('Entidades', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.addRow([adoptionTitle(data.query, data.scopeLabel)]).font = { bold: true, size: 13 };
  sheet.addRow([
    `${data.rows.length} entidades. Resolución 1117 de 2022: el Modelo de Madurez aplica desde el 1 de abril de 2023. Corte: ${bogota(data.asOf)} (hora de Colombia).`,
  ]);
  const head = sheet.addRow(HEADERS);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle' };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE6F0' } };
  sheet.columns = [
    { width: 11 },
    { width: 32 },
    { width: 13 },
    { width: 12 },
    { width: 24 },
    { width: 14 },
    { width: 17 },
    { width: 13 },
    { width: 17 },
    { width: 12 },
  ];
  for (const r of data.rows) {
    sheet.addRow([
      r.entity.code,
      r.entity.name,
      r.entity.kindLabel,
      r.entity.departmentCode,
      r.entity.departmentName,
      r.lastValidated?.cycleYear ?? null,
      // Excel has no time zones: the cell holds Bogotá's wall clock.
      r.lastValidated ? new Date(r.lastValidated.validatedAt.getTime() - 5 * 3_600_000) : null,
      r.inProgress ? 'Sí' : 'No',
      r.lastInvitedAt ? new Date(r.lastInvitedAt.getTime() - 5 * 3_600_000) : null,
      r.invitations,
    ]);
  }
  sheet.getColumn(7).numFmt = 'dd/mm/yyyy hh:mm';
  sheet.getColumn(9).numFmt = 'dd/mm/yyyy hh:mm';
  sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: HEADERS.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
