import ExcelJS from 'exceljs';

import { bogotaDateTime } from '../../core/time/business-calendar';
import { csvNumber, csvTable } from '../follow-up/plan-file';
import type { CaseloadData, IndexData } from './report-data';

/**
 * The Índice and caseload reports as XLSX books (typed numeric cells with formats, frozen headers,
 * filters) and as CSV tables the way Excel opens them in Colombia (`;`, decimal comma, BOM).
 */

const SCORE = '0.00';
/** A change with its sign (+1.50, -2.00; 0.00). */
const SIGNED_SCORE = '+0.00;-0.00;0.00';
const SIGNED_INT = '+0;-0;0';
const DAYS = '0.0';
const DATE_TIME = 'dd/mm/yyyy hh:mm';

function header(sheet: ExcelJS.Worksheet, row = 1): void {
  const r = sheet.getRow(row);
  r.font = { bold: true };
  r.alignment = { wrapText: true, vertical: 'middle' };
  r.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE6F0' } };
}

/** A Bogotá wall-clock instant as a date cell: Excel has no time zones, so the cell holds Bogotá's time. */
const bogotaCell = (d: Date) => new Date(d.getTime() - 5 * 3_600_000);

export const indexTitle = (data: Pick<IndexData, 'cycleYear' | 'published'>) =>
  `Índice de Ciudades y Territorios Inteligentes ${data.cycleYear}${data.published ? '' : ' (provisional)'}`;

/** The ranking's columns: the XLSX sheet's and, by header, the CSV's. */
const rankingColumns = (data: IndexData): Partial<ExcelJS.Column>[] => [
  { header: 'Puesto', key: 'rank', width: 8 },
  { header: 'Código DIVIPOLA', key: 'code', width: 11 },
  { header: 'Entidad', key: 'name', width: 32 },
  { header: 'Departamento', key: 'department', width: 24 },
  { header: 'Tipo', key: 'kind', width: 13 },
  { header: 'Índice', key: 'index', width: 9, style: { numFmt: SCORE } },
  { header: 'Nivel', key: 'level', width: 14 },
  // Against the entity's previous participation (maturity/cycle-progress.ts): empty on a first one.
  { header: 'Vigencia anterior', key: 'previousYear', width: 10 },
  { header: 'Índice anterior', key: 'previousIndex', width: 10, style: { numFmt: SCORE } },
  { header: 'Cambio del índice (puntos)', key: 'indexChange', width: 11, style: { numFmt: SIGNED_SCORE } },
  { header: 'Puesto anterior', key: 'previousRank', width: 9 },
  { header: 'Cambio de puesto', key: 'rankChange', width: 9, style: { numFmt: SIGNED_INT } },
  { header: 'Primera participación', key: 'first', width: 12 },
  ...data.dimensions.map((d) => ({ header: d.name, key: `d:${d.id}`, width: 13, style: { numFmt: SCORE } })),
];

/** The progress columns' count, between the level and the dimensions. */
const PROGRESS_COLUMNS = 6;
const yesNo = (b: boolean) => (b ? 'Sí' : 'No');

/** The caseload's table of states: headers of the XLSX sheet and the CSV. */
const STATE_HEADERS = [
  'Trámite',
  'Estado',
  'Final',
  'Trámites',
  'Mediana de días en el estado (abiertos)',
  'Mediana de días de estancias terminadas',
];

export async function indexWorkbook(data: IndexData): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Motor CTI — MinTIC';
  const dims = data.dimensions;

  const summary = book.addWorksheet('Resumen', { views: [{ showGridLines: false }] });
  summary.columns = [{ width: 36 }, { width: 14 }, ...dims.map(() => ({ width: 14 }))];
  summary.addRow([indexTitle(data)]).font = { bold: true, size: 14 };
  summary.addRow([
    data.ownOnly
      ? 'Este informe muestra solo los datos de su entidad y las cifras nacionales.'
      : `Entidades clasificadas: ${data.rankedCount}`,
  ]);
  summary.addRow([]);
  const head = summary.addRow(['Promedio', 'Índice', ...dims.map((d) => d.name)]);
  header(summary, head.number);
  const national = summary.addRow([
    `Nacional (${data.national.count} entidades)`,
    data.national.index,
    ...dims.map((d) => data.national.dimensions[d.id] ?? null),
  ]);
  national.eachCell((c, i) => {
    if (i > 1) c.numFmt = SCORE;
  });
  summary.addRow([]);
  header(summary, summary.addRow(['Nivel', 'Entidades']).number);
  for (const l of data.levels) summary.addRow([`${l.level} ${l.name}`, l.count]);
  summary.addRow([]);
  header(summary, summary.addRow(['Participación', 'Entidades']).number);
  summary.addRow(['Por primera vez', data.firstTimers]);
  summary.addRow(['Nuevamente (participaron en una vigencia anterior publicada)', data.repeaters]);

  const ranking = book.addWorksheet('Ranking', { views: [{ state: 'frozen', ySplit: 1 }] });
  ranking.columns = rankingColumns(data);
  header(ranking);
  for (const r of data.ranking) {
    ranking.addRow({
      rank: r.rank,
      code: r.entityCode,
      name: r.entityName,
      department: r.departmentName,
      kind: r.kindLabel,
      index: r.index,
      level: `${r.level} ${r.levelName}`,
      previousYear: r.previousCycleYear,
      previousIndex: r.previousIndex,
      indexChange: r.indexChange,
      previousRank: r.previousRank,
      rankChange: r.rankChange,
      first: yesNo(r.firstParticipation),
      ...Object.fromEntries(dims.map((d) => [`d:${d.id}`, r.dimensions[d.id] ?? null])),
    });
  }
  ranking.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 7 + PROGRESS_COLUMNS + dims.length } };

  if (!data.ownOnly) {
    const departments = book.addWorksheet('Departamentos', { views: [{ state: 'frozen', ySplit: 1 }] });
    departments.columns = [
      { header: 'Código', key: 'code', width: 8 },
      { header: 'Departamento', key: 'name', width: 28 },
      { header: 'Entidades', key: 'count', width: 10 },
      { header: 'Índice promedio', key: 'index', width: 11, style: { numFmt: SCORE } },
      ...dims.map((d) => ({ header: d.name, key: `d:${d.id}`, width: 13, style: { numFmt: SCORE } })),
    ];
    header(departments);
    for (const g of data.departments) {
      departments.addRow({
        code: g.key,
        name: g.name,
        count: g.count,
        index: g.index,
        ...Object.fromEntries(dims.map((d) => [`d:${d.id}`, g.dimensions[d.id] ?? null])),
      });
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The ranking table (one row per entity, its dimensions as columns). */
export function indexCsv(data: IndexData): string {
  return csvTable([
    rankingColumns(data).map((c) => String(c.header)),
    ...data.ranking.map((r) => [
      r.rank,
      r.entityCode,
      r.entityName,
      r.departmentName,
      r.kindLabel,
      csvNumber(r.index),
      `${r.level} ${r.levelName}`,
      r.previousCycleYear ?? '',
      csvNumber(r.previousIndex),
      csvNumber(r.indexChange),
      r.previousRank ?? '',
      r.rankChange ?? '',
      yesNo(r.firstParticipation),
      ...data.dimensions.map((d) => csvNumber(r.dimensions[d.id] ?? null)),
    ]),
  ]);
}

export async function caseloadWorkbook(data: CaseloadData): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Motor CTI — MinTIC';
  const states = book.addWorksheet('Estados', { views: [{ state: 'frozen', ySplit: 4 }] });
  states.addRow(['Informe de carga de trámites']).font = { bold: true, size: 14 };
  states.addRow([`${data.scopeLabel} — corte: ${bogotaDateTime(data.asOf)} (hora de Bogotá) — ${data.totalCases} trámites`]);
  states.addRow([]);
  states.columns = [{ width: 34 }, { width: 34 }, { width: 9 }, { width: 10 }, { width: 18 }, { width: 18 }];
  states.addRow(STATE_HEADERS);
  header(states, 4);
  for (const s of data.states) {
    const row = states.addRow([
      s.processLabel,
      s.stateLabel,
      s.final ? 'Sí' : 'No',
      s.count,
      s.medianDaysInState,
      s.medianDaysFinishedStays,
    ]);
    row.getCell(5).numFmt = DAYS;
    row.getCell(6).numFmt = DAYS;
  }

  const overdue = book.addWorksheet('Términos vencidos', { views: [{ state: 'frozen', ySplit: 1 }] });
  overdue.columns = [
    { header: 'Trámite', key: 'process', width: 30 },
    { header: 'Código DIVIPOLA', key: 'code', width: 11 },
    { header: 'Entidad', key: 'entity', width: 28 },
    { header: 'Departamento', key: 'department', width: 22 },
    { header: 'Estado', key: 'state', width: 28 },
    { header: 'Término', key: 'term', width: 40 },
    { header: 'Responsable', key: 'owner', width: 12 },
    { header: 'Vencía (hora de Bogotá)', key: 'due', width: 18, style: { numFmt: DATE_TIME } },
    { header: 'Días de vencido', key: 'days', width: 10 },
    { header: 'Id del trámite', key: 'caseId', width: 38 },
  ];
  header(overdue);
  for (const o of data.overdue) {
    overdue.addRow({
      process: o.processLabel,
      code: o.entityCode,
      entity: o.entityName,
      department: o.departmentName,
      state: o.stateLabel,
      term: o.deadlineLabel,
      owner: o.ownerLabel,
      due: bogotaCell(o.dueAt),
      days: o.daysOverdue,
      caseId: o.caseId,
    });
  }

  const departments = book.addWorksheet('Departamentos', { views: [{ state: 'frozen', ySplit: 1 }] });
  departments.columns = [
    { header: 'Código', key: 'code', width: 8 },
    { header: 'Departamento', key: 'name', width: 28 },
    ...data.processes.map((p) => ({ header: `${p.label} abiertos`, key: `p:${p.id}`, width: 16 })),
    { header: 'Terminados', key: 'closed', width: 11 },
    { header: 'Términos vencidos', key: 'overdue', width: 11 },
  ];
  header(departments);
  for (const d of data.departments) {
    departments.addRow({
      code: d.departmentCode,
      name: d.departmentName,
      ...Object.fromEntries(data.processes.map((p) => [`p:${p.id}`, d.open[p.id] ?? 0])),
      closed: d.closed,
      overdue: d.overdue,
    });
  }

  // The technical accompaniment per advisor, then per department (the same figures as the PDF's section).
  const accompaniment = book.addWorksheet('Acompañamiento', { views: [{ state: 'frozen', ySplit: 1 }] });
  accompaniment.columns = [
    { header: 'Agrupación', key: 'group', width: 14 },
    { header: 'Clave', key: 'key', width: 24 },
    { header: 'Asesor(a) o departamento', key: 'label', width: 32 },
    { header: 'Acompañamientos abiertos', key: 'open', width: 13 },
    { header: 'Sesiones realizadas', key: 'held', width: 12 },
    { header: 'Compromisos vencidos', key: 'overdue', width: 12 },
    { header: 'Mediana de días hábiles a la primera sesión', key: 'median', width: 16, style: { numFmt: DAYS } },
    { header: 'Satisfacción promedio (1 a 5)', key: 'satisfaction', width: 14, style: { numFmt: SCORE } },
    { header: 'Encuestas respondidas', key: 'surveys', width: 12 },
  ];
  header(accompaniment);
  const groups = [
    ['Asesor(a)', data.accompaniment.byAdvisor],
    ['Departamento', data.accompaniment.byDepartment],
  ] as const;
  for (const [group, rows] of groups) {
    for (const r of rows) {
      accompaniment.addRow({
        group,
        key: r.key,
        label: r.label,
        open: r.openCases,
        held: r.sessionsHeld,
        overdue: r.commitmentsOverdue,
        median: r.medianDaysToFirstSession,
        satisfaction: r.satisfactionAverage,
        surveys: r.surveys,
      });
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Cases per process and state with the medians (the table the other views are drawn from). */
export function caseloadCsv(data: CaseloadData): string {
  return csvTable([
    STATE_HEADERS,
    ...data.states.map((s) => [
      s.processLabel,
      s.stateLabel,
      s.final ? 'Sí' : 'No',
      s.count,
      csvNumber(s.medianDaysInState, 1),
      csvNumber(s.medianDaysFinishedStays, 1),
    ]),
  ]);
}
