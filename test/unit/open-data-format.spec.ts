import { spreadsheetText } from '../../src/core/text';
import { toCsv, type Column } from '../../src/modules/open-data/open-data-format';

const columns: Column[] = [
  { name: 'plan', title: 'Plan', description: 'Título del plan.', datatype: 'string' },
  { name: 'valor', title: 'Valor', description: 'Un valor.', datatype: 'decimal' },
];

describe('spreadsheetText (every CSV writer of the project)', () => {
  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+57 300', '-cmd', '@SUM(A1)', '\t=1', '\r=1']) expect(spreadsheetText(text)).toBe(`'${text}`);
  });

  it('leaves other text, and numbers written as text in either decimal style, as they are', () => {
    for (const text of ['Plan 2026', 'a=b', '', '-9,88', '-9.88', '1.234,5', '-12']) expect(spreadsheetText(text)).toBe(text);
  });
});

describe('toCsv (open data: comma, decimal point, no BOM)', () => {
  it('keeps text as text and numbers as numbers, negative ones included', () => {
    const csv = toCsv(columns, [
      { plan: '=HYPERLINK("https://ejemplo.org","clic")', valor: -3.5 },
      { plan: '-9.88', valor: null },
      { plan: '@ruta, con coma', valor: 0 },
    ]);
    expect(csv).toBe(
      ['plan,valor', `"'=HYPERLINK(""https://ejemplo.org"",""clic"")",-3.5`, '-9.88,', `"'@ruta, con coma",0`, ''].join('\r\n'),
    );
  });
});
