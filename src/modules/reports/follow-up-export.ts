import ExcelJS from 'exceljs';

import { longDay } from '../../core/time/business-calendar';
import {
  semaforoHex,
  semaforoLabel,
  type Annualization,
  type PlanMeasure,
  type ProductMeasure,
  type Semaforo,
} from '../follow-up/measurement';
import { csvNumber, csvTable } from '../follow-up/plan-file';
import type { SectorMeasure } from '../follow-up/sector-measure';
import type { FollowUpData, FollowUpImprovement } from './report-data';

/**
 * What a follow-up workbook shows: the measurement and the plan's words; the report's other parts
 * (which measurement it is, the sectors, the improvement actions) when given.
 */
export interface FollowUpSheetInput {
  title: string;
  entityName: string;
  /** The plan measured at its cut. */
  measure: PlanMeasure;
  products: {
    code: string;
    name: string;
    indicator: string;
    objectiveCode: string;
    objectiveName: string | null;
    sector?: string | null;
    baseline?: number | null;
  }[];
  /** The latest narrative reported by the cut per product (a sheet lists those in low compliance and over-execution). */
  narratives?: Record<string, { period: string; text: string } | undefined>;
  /** Which measurement it is (the official one of the cut). */
  basis?: FollowUpData['basis'];
  /** Products per responsible sector (a table of the summary). */
  sectors?: SectorMeasure[];
  /** The plan's improvement actions as they stand on `asOf`. */
  improvements?: FollowUpImprovement[];
  asOf?: string;
}

export const annualizationLabel: Record<Annualization, string> = { SUM: 'Suma', INCREASING: 'Creciente', CONSTANT: 'Constante' };

/** The report's colours: orange, green, yellow, red (ARGB). */
export const semaforoColor = Object.fromEntries(Object.entries(semaforoHex).map(([k, hex]) => [k, `FF${hex.slice(1)}`])) as Record<
  Semaforo,
  string
>;

const PERCENT = '0%';
const POINTS = '0.00';

/** The annex table's columns: the XLSX sheet's and, by header, the CSV's. */
const ANNEX_COLUMNS = [
  { header: 'Código', key: 'code', width: 9 },
  { header: 'Producto esperado', key: 'name', width: 60 },
  { header: 'Indicador de producto', key: 'indicator', width: 50 },
  { header: 'Tipo de anualización', key: 'annualization', width: 14 },
  { header: 'Peso', key: 'weight', width: 8, style: { numFmt: POINTS } },
  { header: 'Periodo', key: 'period', width: 9 },
  { header: 'Avance del periodo', key: 'periodValue', width: 12 },
  { header: 'Meta del periodo', key: 'periodTarget', width: 12 },
  { header: '% de avance en la vigencia', key: 'pav', width: 14, style: { numFmt: PERCENT } },
  { header: '% de avance hasta la vigencia', key: 'pahv', width: 14, style: { numFmt: PERCENT } },
  { header: '% de avance acumulado', key: 'paa', width: 14, style: { numFmt: PERCENT } },
  { header: 'Semáforo frente a la trayectoria (PAHV)', key: 'status', width: 20 },
  { header: 'Semáforo frente a la meta del periodo (PAV)', key: 'statusInPeriod', width: 20 },
  { header: 'Sector responsable', key: 'sector', width: 24 },
  { header: 'Línea base', key: 'baseline', width: 10 },
] satisfies Partial<ExcelJS.Column>[];

const bandText = (status: Semaforo | null) => (status ? semaforoLabel[status] : 'Sin dato');
const BANDS = ['SOBRE_EJECUCION', 'ALTO', 'MEDIO', 'BAJO'] as const;
const fillOf = (status: Semaforo): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: semaforoColor[status] } });
/** A calendar day as an Excel date (midnight UTC: Excel has no zones). */
const excelDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** How many products of the measure are in each band of a semáforo. */
export function bandCounts(products: readonly ProductMeasure[], of: (p: ProductMeasure) => Semaforo | null) {
  const counts: Record<Semaforo | 'SIN_DATO', number> = { SOBRE_EJECUCION: 0, ALTO: 0, MEDIO: 0, BAJO: 0, SIN_DATO: 0 };
  for (const p of products) counts[of(p) ?? 'SIN_DATO']++;
  return counts;
}

/** What "Acciones para mejorar" lists: the low products, then the over-executed ones, each with its actions; then actions of other products. */
export function improvementRows(
  all: readonly ProductMeasure[],
  improvements: readonly FollowUpImprovement[],
): { product: ProductMeasure; action: FollowUpImprovement | null }[] {
  const rows: { product: ProductMeasure; action: FollowUpImprovement | null }[] = [];
  const actionsOf = (code: string) => improvements.filter((a) => a.productCode === code);
  for (const status of ['BAJO', 'SOBRE_EJECUCION'] as const) {
    for (const product of all.filter((p) => p.status === status)) {
      const actions = actionsOf(product.code);
      if (!actions.length) rows.push({ product, action: null });
      for (const action of actions) rows.push({ product, action });
    }
  }
  for (const product of all.filter((p) => p.status !== 'BAJO' && p.status !== 'SOBRE_EJECUCION'))
    for (const action of actionsOf(product.code)) rows.push({ product, action });
  return rows;
}

/**
 * The follow-up report (informe de seguimiento) as an XLSX book laid out like Bogotá's: a summary
 * (which measurement it is, overall progress against the ideal trajectory, each objective, the
 * semáforo distribution against the trajectory and against the period's target, the products per
 * responsible sector), the annex table per product (both semáforos, sector, baseline) and the
 * products to act on with their narratives and improvement actions. Every number is a numeric cell with its format (percentages as
 * fractions with a % format), so the book can be recomputed and charted in Excel.
 */
export async function followUpWorkbook(input: FollowUpSheetInput): Promise<Buffer> {
  const { measure } = input;
  const book = new ExcelJS.Workbook();
  book.creator = 'Motor CTI — MinTIC';
  book.created = new Date(`${measure.cut}T12:00:00Z`);

  const summary = book.addWorksheet('Resumen', { views: [{ showGridLines: false }] });
  summary.columns = [
    { width: 12 },
    { width: 60 },
    { width: 14 },
    { width: 14 },
    { width: 16 },
    { width: 14 },
    { width: 14 },
    { width: 12 },
  ];
  summary.addRow([`Informe de seguimiento — ${input.title}`]).font = { bold: true, size: 14 };
  summary.addRow([`Entidad: ${input.entityName} — corte: ${longDay(measure.cut)}`]);
  summary.addRow(input.basis ? [input.basis.label] : []).font = { italic: true };
  // As the Bogotá report prints them: progress with one decimal, the ideal and the gap with two.
  const overall = [
    ['Avance acumulado de la política', measure.overall.progress / 100, '0.0%'],
    ['Trayectoria ideal', measure.overall.ideal / 100, '0.00%'],
    ['Brecha (avance − ideal)', measure.overall.gap / 100, '0.00%'],
  ] as const;
  for (const [label, value, format] of overall) {
    const row = summary.addRow([label, null, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(3).numFmt = format;
    summary.mergeCells(row.number, 1, row.number, 2);
  }
  summary.addRow([]);
  const head = summary.addRow(['Objetivo', 'Nombre', 'Peso', 'Avance (pts)', 'Trayectoria ideal (pts)', 'Brecha (pts)', 'Avance propio']);
  head.font = { bold: true };
  const names = new Map(input.products.map((p) => [p.objectiveCode, p.objectiveName]));
  for (const o of measure.objectives) {
    const row = summary.addRow([o.code, names.get(o.code) ?? '', o.weight / 100, o.progress, o.ideal, o.gap, o.ownProgress]);
    row.getCell(3).numFmt = PERCENT;
    for (const c of [4, 5, 6]) row.getCell(c).numFmt = POINTS;
    row.getCell(7).numFmt = PERCENT;
  }
  summary.addRow([]);
  // Both semáforos (Bogotá report §5: "de la vigencia o de la trayectoria esperada").
  const all = measure.objectives.flatMap((o) => o.products);
  const inPeriod = bandCounts(all, (p) => p.statusInPeriod);
  const bandsHead = summary.addRow([
    'Semáforo',
    null,
    'Productos frente a la trayectoria (PAHV)',
    'Productos frente a la meta del periodo (PAV)',
  ]);
  bandsHead.font = { bold: true };
  bandsHead.alignment = { wrapText: true, vertical: 'middle' };
  summary.mergeCells(bandsHead.number, 1, bandsHead.number, 2);
  for (const status of [...BANDS, 'SIN_DATO'] as const) {
    const row = summary.addRow([
      status === 'SIN_DATO' ? 'Sin dato' : semaforoLabel[status],
      null,
      measure.distribution[status],
      inPeriod[status],
    ]);
    if (status !== 'SIN_DATO') row.getCell(1).fill = fillOf(status);
    summary.mergeCells(row.number, 1, row.number, 2);
  }
  if (input.sectors) {
    summary.addRow([]);
    summary.addRow(['Productos por sector responsable']).font = { bold: true, size: 12 };
    const head = summary.addRow(['Sector responsable', null, 'Productos', ...BANDS.map((b) => semaforoLabel[b]), 'Sin dato']);
    head.font = { bold: true };
    head.alignment = { wrapText: true, vertical: 'middle' };
    BANDS.forEach((b, i) => (head.getCell(4 + i).fill = fillOf(b)));
    summary.mergeCells(head.number, 1, head.number, 2);
    for (const s of input.sectors) {
      const row = summary.addRow([s.sector, null, s.products, ...BANDS.map((b) => s.distribution[b]), s.distribution.SIN_DATO]);
      if (s.unassigned) row.getCell(1).font = { italic: true };
      summary.mergeCells(row.number, 1, row.number, 2);
    }
  }
  if (input.improvements && input.asOf) {
    summary.addRow([]);
    const count = input.improvements.length;
    const late = input.improvements.filter((a) => a.overdue).length;
    summary.addRow([
      `${count} ${count === 1 ? 'acción de mejora registrada' : 'acciones de mejora registradas'}, ${late} ${late === 1 ? 'vencida' : 'vencidas'}, en su estado al ${longDay(input.asOf)} (hoja «Acciones para mejorar»).`,
    ]);
  }

  const annex = book.addWorksheet('Anexo productos', { views: [{ state: 'frozen', ySplit: 1 }] });
  annex.columns = ANNEX_COLUMNS;
  annex.getRow(1).font = { bold: true };
  annex.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
  const words = new Map(input.products.map((p) => [p.code, p]));
  for (const p of measure.objectives.flatMap((o) => o.products)) {
    const row = annex.addRow({
      code: p.code,
      name: words.get(p.code)?.name ?? '',
      indicator: words.get(p.code)?.indicator ?? '',
      annualization: annualizationLabel[p.annualization],
      weight: p.weight,
      period: p.period,
      periodValue: p.periodValue,
      periodTarget: p.periodTarget,
      pav: p.pav,
      pahv: p.pahv,
      paa: p.paa,
      status: bandText(p.status),
      statusInPeriod: bandText(p.statusInPeriod),
      sector: words.get(p.code)?.sector ?? null,
      baseline: words.get(p.code)?.baseline ?? null,
    });
    if (p.status) row.getCell('status').fill = fillOf(p.status);
    if (p.statusInPeriod) row.getCell('statusInPeriod').fill = fillOf(p.statusInPeriod);
  }
  annex.autoFilter = { from: 'A1', to: 'O1' };

  if (input.narratives || input.improvements) {
    // Bogotá report §9: the products in low compliance and in over-execution, what their sector
    // reported, and the improvement actions that answer them; then actions of other products.
    const sheet = book.addWorksheet('Acciones para mejorar', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = [
      { header: 'Semáforo frente a la trayectoria (PAHV)', key: 'status', width: 18 },
      { header: 'Código', key: 'code', width: 9 },
      { header: 'Producto esperado', key: 'name', width: 50 },
      { header: 'Sector responsable', key: 'sector', width: 22 },
      { header: '% de avance hasta la vigencia', key: 'pahv', width: 14, style: { numFmt: PERCENT } },
      { header: 'Periodo reportado', key: 'period', width: 10 },
      { header: 'Narrativa del avance', key: 'narrative', width: 70 },
      { header: 'Acción de mejora', key: 'action', width: 60 },
      { header: 'Responsable', key: 'responsible', width: 28 },
      { header: 'Fecha de cumplimiento', key: 'dueOn', width: 14, style: { numFmt: 'dd/mm/yyyy' } },
      { header: 'Estado', key: 'statusLabel', width: 14 },
      { header: 'Vencida', key: 'overdue', width: 9 },
      { header: 'Nota del estado', key: 'statusNote', width: 50 },
    ];
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
    for (const { product: p, action } of improvementRows(all, input.improvements ?? [])) {
      const said = input.narratives?.[p.code];
      const row = sheet.addRow({
        status: bandText(p.status),
        code: p.code,
        name: words.get(p.code)?.name ?? '',
        sector: words.get(p.code)?.sector ?? null,
        pahv: p.pahv,
        period: said?.period ?? '',
        narrative: said?.text ?? 'Sin narrativa reportada',
        action: action?.action ?? 'Sin acción de mejora registrada',
        responsible: action?.responsible ?? null,
        dueOn: action ? excelDay(action.dueOn) : null,
        statusLabel: action?.statusLabel ?? null,
        overdue: action ? (action.overdue ? 'Sí' : 'No') : null,
        statusNote: action?.statusNote ?? null,
      });
      if (p.status) row.getCell('status').fill = fillOf(p.status);
      for (const key of ['narrative', 'action', 'statusNote']) row.getCell(key).alignment = { wrapText: true, vertical: 'top' };
      if (action?.overdue) row.getCell('overdue').font = { bold: true, color: { argb: semaforoColor.BAJO } };
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * The annex table as CSV the way Excel opens it in Colombia: `;` between cells, a decimal comma,
 * percentages in percent with two decimals, a BOM so accents survive, an empty cell where a ratio
 * does not apply.
 */
export function followUpCsv(input: FollowUpSheetInput): string {
  const percent = (n: number | null) => (n === null ? '' : csvNumber(n * 100));
  const words = new Map(input.products.map((p) => [p.code, p]));
  return csvTable([
    ANNEX_COLUMNS.map((c) => c.header),
    ...input.measure.objectives
      .flatMap((o) => o.products)
      .map((p) => [
        p.code,
        words.get(p.code)?.name ?? '',
        words.get(p.code)?.indicator ?? '',
        annualizationLabel[p.annualization],
        csvNumber(p.weight),
        p.period ?? '',
        p.periodValue,
        p.periodTarget,
        percent(p.pav),
        percent(p.pahv),
        percent(p.paa),
        bandText(p.status),
        bandText(p.statusInPeriod),
        words.get(p.code)?.sector ?? '',
        words.get(p.code)?.baseline ?? null,
      ]),
  ]);
}
