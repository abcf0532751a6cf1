import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

import type { Cell, SheetProblem } from './plan-sheet';

export type SheetFormat = 'CSV' | 'XLSX';

/** The rows of a spreadsheet file, or the problem that kept it from being read (with its row when known). */
export type SheetRows = { rows: Cell[][] } | { problem: SheetProblem };

/** CSV as Excel writes it in Colombia (`;`) or as most tools do (`,`): the header line decides. */
export function rowsOfCsv(text: string): SheetRows {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    const rows = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
    return { rows };
  } catch (err) {
    // csv-parse names the line where it stopped; a quote left open swallows every line after it,
    // so the line to fix is the one where that quote opened.
    const opened = unclosedQuoteLine(body, delimiter);
    const line = opened ?? (err as { lines?: number }).lines ?? null;
    const message =
      opened !== null
        ? `el CSV está mal formado: una comilla abierta en la fila ${opened} no se cierra`
        : `el CSV está mal formado cerca de la fila ${line ?? '?'} (${csvProblem[(err as { code?: string }).code ?? ''] ?? 'revise comillas y separadores'})`;
    return { problem: { row: line, column: null, path: line ? `fila ${line}` : 'archivo', message } };
  }
}

const csvProblem: Record<string, string> = {
  CSV_INVALID_CLOSING_QUOTE: 'una comilla que cierra un valor va seguida de más texto',
  CSV_QUOTE_NOT_CLOSED: 'una comilla no se cierra',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'las filas no tienen el mismo número de columnas',
};

/** The line where a quoted value opens and never closes (RFC 4180 quoting: "" inside is a quote), or null. */
function unclosedQuoteLine(text: string, delimiter: string): number | null {
  let line = 1;
  let quoted = false;
  let openedAt = 0;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      } else if (c === '\n') line++;
      continue;
    }
    if (c === '"' && fieldStart) {
      quoted = true;
      openedAt = line;
    } else if (c === delimiter || c === '\n') {
      if (c === '\n') line++;
      fieldStart = true;
      continue;
    }
    if (c !== '\r') fieldStart = false;
  }
  return quoted ? openedAt : null;
}

/** The first worksheet of an XLSX file, each cell as the number or text it shows (formulas by their result). */
export async function rowsOfXlsx(data: Buffer): Promise<SheetRows> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return { problem: { row: null, column: null, path: 'archivo', message: 'el archivo no es un libro de Excel (.xlsx) legible' } };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { problem: { row: null, column: null, path: 'archivo', message: 'el libro no tiene hojas' } };
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellValue(cell.value);
    });
    rows[number - 1] = cells;
  });
  return { rows: Array.from(rows, (r) => r ?? []) };
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'VERDADERO' : 'FALSO';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
  }
  return String(value);
}

/**
 * A value as a cell of a `;`-separated CSV (Excel in Colombia): numbers with a decimal comma, quoted
 * when it must be. Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first: names
 * come from the entities) gets a leading apostrophe, which Excel shows as plain text; numbers
 * written as text ("-9,88") are left as they are.
 */
export function csvCell(value: string | number): string {
  let text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^-?\d[\d.,]*$/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A number as text for such a CSV, with a decimal comma and fixed decimals; empty when there is none. */
export const csvNumber = (n: number | null, digits = 2): string => (n === null ? '' : n.toFixed(digits).replace('.', ','));

/** A whole table as CSV for Excel in Colombia: `;` between cells, CRLF, and a BOM so accents survive. */
export function csvTable(rows: readonly (readonly (string | number | null)[])[]): string {
  return `\uFEFF${rows.map((r) => r.map((c) => csvCell(c ?? '')).join(';')).join('\r\n')}\r\n`;
}

/** The rows of a file given as GraphQL text: CSV as it is, XLSX as base64. */
export async function rowsOfFile(format: SheetFormat, content: string): Promise<SheetRows> {
  if (format === 'CSV') return rowsOfCsv(content);
  return rowsOfXlsx(Buffer.from(content, 'base64'));
}
