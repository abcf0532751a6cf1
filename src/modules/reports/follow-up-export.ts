import ExcelJS from 'exceljs';

import { longDay } from '../../core/time/business-calendar';
import { semaforoHex, semaforoLabel, type Annualization, type PlanMeasure, type Semaforo } from '../follow-up/measurement';
import { csvNumber, csvTable } from '../follow-up/plan-file';

/** What a follow-up workbook shows besides the measurement: the plan's words. */
export interface FollowUpSheetInput {
  title: string;
  entityName: string;
  /** The plan measured at its cut. */
  measure: PlanMeasure;
  products: { code: string; name: string; indicator: string; objectiveCode: string; objectiveName: string | null }[];
  /** The latest narrative reported by the cut per product (a sheet lists those in low compliance and over-execution). */
  narratives?: Record<string, { period: string; text: string } | undefined>;
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
  { header: 'Semáforo', key: 'status', width: 20 },
] satisfies Partial<ExcelJS.Column>[];

/**
 * The follow-up report (informe de seguimiento) as an XLSX book laid out like Bogotá's: a summary
 * (overall progress against the ideal trajectory, each objective, the semáforo distribution) and
 * the annex table per product. Every number is a numeric cell with its format (percentages as
 * fractions with a % format), so the book can be recomputed and charted in Excel.
 */
export async function followUpWorkbook(input: FollowUpSheetInput): Promise<Buffer> {
  const { measure } = input;
  const book = new ExcelJS.Workbook();
  book.creator = 'Motor CTI — MinTIC';
  book.created = new Date(`${measure.cut}T12:00:00Z`);

  const summary = book.addWorksheet('Resumen', { views: [{ showGridLines: false }] });
  summary.columns = [{ width: 12 }, { width: 60 }, { width: 12 }, { width: 14 }, { width: 16 }, { width: 12 }, { width: 14 }];
  summary.addRow([`Informe de seguimiento — ${input.title}`]).font = { bold: true, size: 14 };
  summary.addRow([`Entidad: ${input.entityName} — corte: ${longDay(measure.cut)}`]);
  summary.addRow([]);
  const overall = [
    ['Avance acumulado de la política', measure.overall.progress / 100],
    ['Trayectoria ideal', measure.overall.ideal / 100],
    ['Brecha (avance − ideal)', measure.overall.gap / 100],
  ] as const;
  for (const [label, value] of overall) {
    const row = summary.addRow([label, null, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(3).numFmt = '0.00%';
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
  summary.addRow(['Semáforo', 'Productos']).font = { bold: true };
  for (const status of ['SOBRE_EJECUCION', 'ALTO', 'MEDIO', 'BAJO'] as const) {
    const row = summary.addRow([semaforoLabel[status], measure.distribution[status]]);
    row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: semaforoColor[status] } };
  }
  summary.addRow(['Sin dato', measure.distribution.SIN_DATO]);

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
      status: p.status ? semaforoLabel[p.status] : 'Sin dato',
    });
    if (p.status) row.getCell('status').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: semaforoColor[p.status] } };
  }
  annex.autoFilter = { from: 'A1', to: 'L1' };

  if (input.narratives) {
    const alerts = book.addWorksheet('Alertas', { views: [{ state: 'frozen', ySplit: 1 }] });
    alerts.columns = [
      { header: 'Semáforo', key: 'status', width: 18 },
      { header: 'Código', key: 'code', width: 9 },
      { header: 'Producto esperado', key: 'name', width: 50 },
      { header: '% de avance hasta la vigencia', key: 'pahv', width: 14, style: { numFmt: PERCENT } },
      { header: 'Periodo reportado', key: 'period', width: 10 },
      { header: 'Narrativa del avance', key: 'narrative', width: 90 },
    ];
    alerts.getRow(1).font = { bold: true };
    for (const status of ['BAJO', 'SOBRE_EJECUCION'] as const) {
      for (const p of measure.objectives.flatMap((o) => o.products).filter((x) => x.status === status)) {
        const said = input.narratives[p.code];
        const row = alerts.addRow({
          status: semaforoLabel[status],
          code: p.code,
          name: words.get(p.code)?.name ?? '',
          pahv: p.pahv,
          period: said?.period ?? '',
          narrative: said?.text ?? 'Sin narrativa reportada',
        });
        row.getCell('status').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: semaforoColor[status] } };
        row.getCell('narrative').alignment = { wrapText: true, vertical: 'top' };
      }
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
        p.status ? semaforoLabel[p.status] : 'Sin dato',
      ]),
  ]);
}
