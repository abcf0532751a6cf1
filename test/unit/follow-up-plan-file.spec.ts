import ExcelJS from 'exceljs';

import { csvCell, rowsOfCsv, rowsOfFile, rowsOfXlsx } from '../../src/modules/follow-up/plan-file';

describe('reading a plan file into rows', () => {
  it('reads CSV with commas, or with semicolons as Excel writes it in Colombia, quotes and a BOM included', () => {
    expect(rowsOfCsv('\uFEFFobjetivo,peso\n1,"4,5"\n')).toEqual({
      rows: [
        ['objetivo', 'peso'],
        ['1', '4,5'],
      ],
    });
    expect(rowsOfCsv('objetivo;peso;meta 2024\n1;4,5;"20%"\n')).toEqual({
      rows: [
        ['objetivo', 'peso', 'meta 2024'],
        ['1', '4,5', '20%'],
      ],
    });
  });

  it('names the line of a malformed CSV (an unclosed quote)', () => {
    const read = rowsOfCsv('objetivo,peso\n1,4\n2,"5\n');
    expect('problem' in read && read.problem.row).toBe(3);
    expect('problem' in read && read.problem.message).toBe('el CSV está mal formado: una comilla abierta en la fila 3 no se cierra');
  });

  it('names the line where a quote opens, not the end of the file where the reader stopped', () => {
    const read = rowsOfCsv('objetivo;nombre\n1;uno\n2;"dos\n3;tres\n4;cuatro\n');
    expect('problem' in read && [read.problem.row, read.problem.path]).toEqual([3, 'fila 3']);
    // A properly escaped quote ("") inside a quoted value is no problem.
    expect(rowsOfCsv('a;b\n1;"dice ""hola"""\n')).toEqual({
      rows: [
        ['a', 'b'],
        ['1', 'dice "hola"'],
      ],
    });
  });

  it('reads the first sheet of an XLSX: numbers as numbers, formulas by their result, text as text', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Plan');
    sheet.addRow(['Objetivo', 'Peso', 'Meta 2024']);
    sheet.addRow(['1', 4.5, { formula: '10*2', result: 20 }]);
    sheet.addRow(['2', { richText: [{ text: '9' }, { text: '5,5' }] }, null]);
    const data = Buffer.from(await book.xlsx.writeBuffer());
    expect(await rowsOfXlsx(data)).toEqual({
      rows: [
        ['Objetivo', 'Peso', 'Meta 2024'],
        ['1', 4.5, 20],
        ['2', '95,5'],
      ],
    });
    expect(await rowsOfFile('XLSX', data.toString('base64'))).toEqual(await rowsOfXlsx(data));
  });

  it('refuses bytes that are not an XLSX book', async () => {
    expect(await rowsOfFile('XLSX', Buffer.from('no soy un libro').toString('base64'))).toEqual({
      problem: {
        row: null,
        column: null,
        path: 'archivo',
        code: 'INVALID_FORMAT',
        message: 'el archivo no es un libro de Excel (.xlsx) legible',
      },
    });
  });
});

describe('csvCell', () => {
  it('quotes cells holding the delimiter, quotes or line breaks, and writes numbers with a decimal comma', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('dice "hola"')).toBe('"dice ""hola"""');
    expect(csvCell(43.95)).toBe('43,95');
  });

  it('keeps a spreadsheet from running text as a formula, but leaves numbers written as text alone', () => {
    expect(csvCell('=HYPERLINK("http://x","clic")')).toBe(`"'=HYPERLINK(""http://x"",""clic"")"`);
    expect(csvCell('+57 300')).toBe("'+57 300");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell('-9,88')).toBe('-9,88');
    expect(csvCell('1.234,5')).toBe('1.234,5');
  });
});
