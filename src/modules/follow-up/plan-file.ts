import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

import { ProblemCode } from '../../core/errors/problems';
import { clip, spreadsheetText } from '../../core/text';
import { MAX_PLAN_PRODUCTS } from './plan-bounds';
import type { Cell, SheetProblem } from './plan-sheet';
import { readArchive, storedZip } from './xlsx-archive';

export type SheetFormat = 'CSV' | 'XLSX';

/** The rows of a spreadsheet file, or the problem that kept it from being read (with its row when known). */
export type SheetRows = { rows: Cell[][] } | { problem: SheetProblem };

/**
 * How much work one imported file may ask for (issue 16), checked before and while it is parsed:
 * a plan has at most 1,000 products (rows under the header), 100 columns (seven fixed ones and a
 * target per period: 80 for twenty years by quarters) and 30,000 cells in all (1,000 products over
 * 23 periods, or 340 over 80). What lies beyond a bound is refused before any library walks it, in
 * a few milliseconds.
 *
 * A file within every bound still costs real work, on the event loop: an XLSX of 30,000 cells
 * with 500-character texts (80 kB zipped) takes exceljs about 0.17 s of one core once warm, 0.6 s
 * for the first import after start (module load and JIT); a CSV of 1.5 MB about 0.2 s, though the
 * 100 kB request body lets at most a tenth of it arrive (≈ 20 ms). That is accepted because it is
 * bounded and rare: only an entity's own users import, each at most RATE_LIMIT_IMPORTS_PER_HOUR
 * times (20 by default), and the work is the size of a real plan. A worker thread would take even
 * that off the event loop, at the price of starting one and loading exceljs in it per import
 * (about the same CPU again) or of keeping a pool: the step to take if imports become frequent.
 */
export const IMPORT_LIMITS = {
  /** The file itself: CSV text in characters, XLSX in bytes (the GraphQL input also caps its base64). */
  fileBytes: 2 * 1024 * 1024,
  /** Entries of the XLSX zip (an ordinary workbook has about a dozen). */
  entries: 100,
  /** What the XLSX's entries may inflate to together (a sheet as large as allowed takes about 3 MB). */
  inflatedBytes: 5 * 1024 * 1024,
  /**
   * The longest text between two tags of a sheet, of its shared strings or of the parts read for
   * references. No column takes more than 500 characters, and a longer cell is refused naming its
   * column (see `parsePlanSheet`); this bound keeps one text from costing more than a whole sheet.
   */
  xmlText: 100_000,
  /** Rows, the header included: a plan's products (MAX_PLAN_PRODUCTS) under it. */
  rows: MAX_PLAN_PRODUCTS + 1,
  columns: 100,
  /** Cells written in the sheet (empty ones included) or fields of the CSV. */
  cells: 30_000,
  /** Blank rows a file may carry besides (Excel writes `;;;` or an empty `<row>` for rows it formatted). */
  blankRows: 1000,
} as const;

const fileProblem = (code: ProblemCode, message: string): { problem: SheetProblem } => ({
  problem: { row: null, column: null, path: 'archivo', code, message },
});

const bounds = `${IMPORT_LIMITS.rows - 1} productos y ${IMPORT_LIMITS.columns} columnas`;
const tooManyRows = () => fileProblem(ProblemCode.TOO_MANY_ROWS, `la hoja pasa de ${IMPORT_LIMITS.rows - 1} filas de productos`);
const tooManyColumns = () => fileProblem(ProblemCode.TOO_MANY_COLUMNS, `la hoja pasa de ${IMPORT_LIMITS.columns} columnas`);
const tooManyCells = () =>
  fileProblem(
    ProblemCode.TOO_MANY_CELLS,
    `la hoja pasa de ${IMPORT_LIMITS.cells.toLocaleString('es-CO')} celdas; deje solo la tabla del plan`,
  );
const fileTooLarge = () =>
  fileProblem(ProblemCode.FILE_TOO_LARGE, `el archivo pasa de ${IMPORT_LIMITS.fileBytes / (1024 * 1024)} MB; deje solo la tabla del plan`);

/** CSV as Excel writes it in Colombia (`;`) or as most tools do (`,`): the header line decides. */
export function rowsOfCsv(text: string): SheetRows {
  if (text.length > IMPORT_LIMITS.fileBytes) return fileTooLarge();
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  // csv-parse takes microseconds per field and per line (2 MB of commas: 2 s), so the shape is
  // measured first, in one pass, and only a file within the bounds is handed to it.
  const shape = csvShape(body, delimiter);
  if (shape.lastFilledRow > IMPORT_LIMITS.rows || shape.records > IMPORT_LIMITS.rows + IMPORT_LIMITS.blankRows) return tooManyRows();
  if (shape.widestFilled > IMPORT_LIMITS.columns) return tooManyColumns();
  if (shape.fields > IMPORT_LIMITS.cells) return tooManyCells();
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
    return { problem: { row: line, column: null, path: line ? `fila ${line}` : 'archivo', code: ProblemCode.CSV_MALFORMED, message } };
  }
}

const csvProblem: Record<string, string> = {
  CSV_INVALID_CLOSING_QUOTE: 'una comilla que cierra un valor va seguida de más texto',
  CSV_QUOTE_NOT_CLOSED: 'una comilla no se cierra',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'las filas no tienen el mismo número de columnas',
};

/**
 * A CSV's records (lines outside quotes), fields, the last record with any text and the widest
 * span of fields up to a filled one, read with the same quoting rules as `unclosedQuoteLine`.
 */
function csvShape(text: string, delimiter: string): { records: number; fields: number; lastFilledRow: number; widestFilled: number } {
  let records = 0;
  let fields = 0;
  let lastFilledRow = 0;
  let widestFilled = 0;
  let field = 0;
  let filled = false;
  let quoted = false;
  const endField = () => {
    fields++;
    field++;
    if (filled) {
      lastFilledRow = records + 1;
      widestFilled = Math.max(widestFilled, field);
    }
    filled = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
      filled = true;
      continue;
    }
    if (c === '"') {
      quoted = true;
      filled = true;
    } else if (c === delimiter) endField();
    else if (c === '\n') {
      endField();
      records++;
      field = 0;
    } else if (c !== '\r' && c !== ' ' && c !== '\t') filled = true;
  }
  if (field > 0 || filled) {
    endField();
    records++;
  }
  return { records, fields, lastFilledRow, widestFilled };
}

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
  if (data.length > IMPORT_LIMITS.fileBytes) return fileTooLarge();
  const archive = readArchive(data, { maxEntries: IMPORT_LIMITS.entries, maxInflatedBytes: IMPORT_LIMITS.inflatedBytes });
  if ('refusal' in archive) return fileProblem(archive.refusal.code ?? ProblemCode.INVALID_FORMAT, archive.refusal.message);
  const refused = sheetBoundsProblem(archive.entries);
  if (refused) return refused;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(storedZip(archive.entries) as unknown as ArrayBuffer);
  } catch {
    return fileProblem(ProblemCode.INVALID_FORMAT, 'el archivo no es un libro de Excel (.xlsx) legible');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fileProblem(ProblemCode.REQUIRED, 'el libro no tiene hojas');
  // Only the cells the file writes are visited (the bounds above hold them to IMPORT_LIMITS); an
  // empty cell between two is a hole that Array.from below turns into undefined.
  const rows: Cell[][] = [];
  let outside = false;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number > IMPORT_LIMITS.rows) outside = true;
    if (outside) return;
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column > IMPORT_LIMITS.columns) outside = true;
      else cells[column - 1] = cellValue(cell.value);
    });
    rows[number - 1] = Array.from(cells);
  });
  if (outside) return fileProblem(ProblemCode.SHEET_TOO_LARGE, `la hoja pasa de ${bounds}`);
  return { rows: Array.from(rows, (r) => r ?? []) };
}

/** The longest stretch of XML without a tag (`<`): the longest text or attribute list. Linear, unlike a regular expression. */
function longestRun(xml: string): number {
  let longest = 0;
  for (let from = 0; from <= xml.length;) {
    const tag = xml.indexOf('<', from);
    const end = tag < 0 ? xml.length : tag;
    longest = Math.max(longest, end - from);
    from = end + 1;
  }
  return longest;
}

/** A1-style references: `XFD1048576`, `$B$2`, a row (`5`) or a column (`C`) alone. */
const REFERENCE = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const l of letters.toUpperCase()) n = n * 26 + (l.charCodeAt(0) - 64);
  return n;
}

/**
 * Whether the workbook's XML names a cell, a row or a range corner beyond the bounds: cells and
 * rows (`r`), the sheet's `<dimension ref>`, merged cells, validations, formats, tables and filters
 * (`ref`, `sqref`) and defined names (print areas). exceljs builds an object for every cell of a
 * merged range, of a validation's range and of a defined name's range, and walks every column of
 * a `<col max>`, so a far reference alone would cost as much as a full sheet. Cells written are
 * counted, as each costs exceljs an object however small the file.
 */
function sheetBoundsProblem(entries: ReadonlyMap<string, Buffer>): { problem: SheetProblem } | null {
  const beyond = (token: string): boolean => {
    const m = REFERENCE.exec(token);
    if (!m || (!m[1] && !m[2])) return false;
    return (m[1] !== undefined && columnNumber(m[1]) > IMPORT_LIMITS.columns) || (m[2] !== undefined && Number(m[2]) > IMPORT_LIMITS.rows);
  };
  const outside = (reference: string) =>
    fileProblem(
      ProblemCode.SHEET_TOO_LARGE,
      `la hoja usa la referencia ${clip(reference, 40)}, fuera de ${bounds}; copie solo la tabla del plan a un libro nuevo`,
    );
  let cells = 0;
  let rows = 0;
  for (const [name, bytes] of entries) {
    // Sheets, shared strings, tables, notes and the workbook (defined names) are what exceljs reads
    // cells and references from; other parts use the same attribute names for other things (a
    // theme's `r="50000"`).
    if (!/^xl\/((worksheets|tables)\/[^/]+|comments[^/]*|workbook|sharedStrings)\.xml$/.test(name)) continue;
    const xml = bytes.toString('utf8');
    // One long text costs exceljs as much as a sheet of short ones (8 MB in one cell: 0.4 s). The
    // patterns below bound each attempt and stop at a tag, so they match in linear time.
    if (longestRun(xml) > IMPORT_LIMITS.xmlText)
      return fileProblem(
        ProblemCode.CELL_TOO_LONG,
        `un texto del libro pasa de ${IMPORT_LIMITS.xmlText.toLocaleString('es-CO')} caracteres; ninguna columna del plan admite tanto`,
      );
    for (const m of xml.matchAll(/\s(?:r|ref|sqref)="([^"<]{0,4000})"/g)) {
      for (const token of m[1].split(/[\s:]+/)) if (beyond(token)) return outside(m[1]);
    }
    for (const m of xml.matchAll(/<col\s[^<>]{0,4000}?\bmax="(\d+)"/g)) if (Number(m[1]) > 16384) return outside(`columna ${m[1]}`);
    for (const m of xml.matchAll(/<definedName\b[^<>]{0,4000}>([^<]{0,4000})<\/definedName>/g)) {
      for (const r of m[1].matchAll(/!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g))
        for (const token of r[1].split(':')) if (beyond(token)) return outside(r[1]);
    }
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      cells += xml.match(/<c[\s>/]/g)?.length ?? 0;
      rows += xml.match(/<row[\s>/]/g)?.length ?? 0;
      if (cells > IMPORT_LIMITS.cells) return tooManyCells();
      if (rows > IMPORT_LIMITS.rows + IMPORT_LIMITS.blankRows) return tooManyRows();
    }
  }
  return null;
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
  const text = typeof value === 'number' ? String(value).replace('.', ',') : spreadsheetText(value);
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
