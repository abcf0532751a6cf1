import ExcelJS from 'exceljs';

import { bogotaDemoPlan } from '../../src/modules/follow-up/bogota-demo';
import { measurePlan, periodsOf } from '../../src/modules/follow-up/measurement';
import { rowsOfCsv } from '../../src/modules/follow-up/plan-file';
import { parsePlanSheet } from '../../src/modules/follow-up/plan-sheet';
import { followUpCsv, followUpWorkbook, semaforoColor } from '../../src/modules/reports/follow-up-export';

/** The Bogotá demo plan at the report's cut, written as a book and read back cell by cell. */
const periods = periodsOf(2023, 2032, 'ANNUAL');
const { csv, reports } = bogotaDemoPlan();
const read = rowsOfCsv(csv);
if (!('rows' in read)) throw new Error(read.problem.message);
const sheet = parsePlanSheet(read.rows, periods);
const measure = measurePlan(
  sheet.objectives.map((o) => ({
    code: o.code,
    products: o.products.map((p) => ({ ...p, reports: reports.filter((r) => r.productCode === p.code) })),
  })),
  periods,
  '2024-06-30',
);
const products = sheet.objectives.flatMap((o) => o.products.map((p) => ({ ...p, objectiveCode: o.code, objectiveName: o.name })));

let book: ExcelJS.Workbook;
beforeAll(async () => {
  const data = await followUpWorkbook({ title: 'Política Bogotá Territorio Inteligente', entityName: 'BOGOTÁ, D.C.', measure, products });
  book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
});

describe('the follow-up report as XLSX', () => {
  it('has a summary and the annex, in Spanish', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(['Resumen', 'Anexo productos']);
    const summary = book.getWorksheet('Resumen')!;
    expect(summary.getCell('A1').value).toBe('Informe de seguimiento — Política Bogotá Territorio Inteligente');
    expect(summary.getCell('A2').value).toBe('Entidad: BOGOTÁ, D.C. — corte: 30 de junio de 2024');
  });

  it('writes the overall progress, ideal and gap as numeric fractions with a % format', () => {
    const summary = book.getWorksheet('Resumen')!;
    expect([summary.getCell('A4').value, summary.getCell('A5').value, summary.getCell('A6').value]).toEqual([
      'Avance acumulado de la política',
      'Trayectoria ideal',
      'Brecha (avance − ideal)',
    ]);
    expect(summary.getCell('C4').value).toBeCloseTo(measure.overall.progress / 100, 10);
    expect(summary.getCell('C5').value).toBeCloseTo(measure.overall.ideal / 100, 10);
    expect(summary.getCell('C6').value).toBeCloseTo(measure.overall.gap / 100, 10);
    // Shown as the Bogotá report prints them: 43.9 %, 50.48 %, -6.56 %.
    expect([summary.getCell('C4').numFmt, summary.getCell('C5').numFmt, summary.getCell('C6').numFmt]).toEqual(['0.0%', '0.00%', '0.00%']);
  });

  it('lists each objective with its weight, progress, ideal and gap in points', () => {
    const summary = book.getWorksheet('Resumen')!;
    expect(summary.getRow(8).values).toEqual([
      undefined,
      'Objetivo',
      'Nombre',
      'Peso',
      'Avance (pts)',
      'Trayectoria ideal (pts)',
      'Brecha (pts)',
      'Avance propio',
    ]);
    const rows = measure.objectives.map((_, i) => summary.getRow(9 + i));
    expect(rows.map((r) => r.getCell(1).value)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(rows.map((r) => Math.round((r.getCell(3).value as number) * 100))).toEqual([15, 13, 10, 12, 16, 18, 16]);
    expect(rows[2].getCell(4).value).toBeCloseTo(measure.objectives[2].progress, 10);
    expect(rows[2].getCell(3).numFmt).toBe('0%');
    expect(rows[2].getCell(4).numFmt).toBe('0.00');
  });

  it('writes the annex row of 3.1.1 as the report prints it: PAV, PAHV and PAA 41 %, Cumplimiento bajo in red', () => {
    const annex = book.getWorksheet('Anexo productos')!;
    expect(annex.rowCount).toBe(1 + 36);
    expect(annex.getCell('I1').value).toBe('% de avance en la vigencia');
    const row = annex.getRows(2, 36)!.find((r) => r.getCell(1).value === '3.1.1')!;
    expect(row.getCell(4).value).toBe('Constante');
    expect(row.getCell(6).value).toBe('2024');
    expect(row.getCell(7).value).toBe(0.33);
    expect(row.getCell(8).value).toBe(0.8);
    for (const c of [9, 10, 11]) {
      expect(row.getCell(c).value).toBeCloseTo(0.4125, 10);
      expect(row.getCell(c).numFmt).toBe('0%');
    }
    expect(row.getCell(12).value).toBe('Cumplimiento bajo');
    expect((row.getCell(12).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(semaforoColor.BAJO);
  });

  it('leaves a ratio that does not apply empty, never 0 nor an error', () => {
    const annex = book.getWorksheet('Anexo productos')!;
    // 7.1.1 has nothing reported for 2024 at the cut: no PAV; PAHV 213 % is over-execution.
    const row = annex.getRows(2, 36)!.find((r) => r.getCell(1).value === '7.1.1')!;
    expect(row.getCell(9).value).toBeNull();
    expect(row.getCell(10).value).toBeCloseTo(14887 / 7000, 10);
    expect(row.getCell(12).value).toBe('Sobre ejecución');
  });
});

describe('the follow-up annex as CSV', () => {
  it('is what Excel opens in Colombia: semicolons, decimal commas, percentages, a BOM; and it reads back', () => {
    const text = followUpCsv({ title: 'Plan', entityName: 'BOGOTÁ, D.C.', measure, products });
    expect(text.startsWith('\uFEFFCódigo;Producto esperado;')).toBe(true);
    const back = rowsOfCsv(text);
    if (!('rows' in back)) throw new Error(back.problem.message);
    expect(back.rows).toHaveLength(1 + 36);
    const row = back.rows.find((r) => r[0] === '3.1.1')!;
    // 0.33 / 0.8 = 41.25 %.
    expect(row.slice(3, 12)).toEqual(['Constante', '3,00', '2024', '0,33', '0,8', '41,25', '41,25', '41,25', 'Cumplimiento bajo']);
    // Both semáforos (PAV: 41,25 % is bajo too), then the sector and the baseline.
    expect(back.rows[0].slice(11)).toEqual([
      'Semáforo frente a la trayectoria (PAHV)',
      'Semáforo frente a la meta del periodo (PAV)',
      'Sector responsable',
      'Línea base',
    ]);
    expect(row[12]).toBe('Cumplimiento bajo');
    const late = back.rows.find((r) => r[0] === '7.1.1')!;
    expect(late.slice(8, 13)).toEqual(['', '212,67', '31,34', 'Sobre ejecución', 'Sin dato']);
  });
});
