import { periodsOf } from '../../src/modules/follow-up/measurement';
import { numberOf, parsePlanSheet, type Cell } from '../../src/modules/follow-up/plan-sheet';

const HORIZON = periodsOf(2023, 2032, 'ANNUAL');
const HEADER = [
  'Objetivo',
  'Nombre objetivo',
  'Producto',
  'Nombre producto',
  'Indicador',
  'Peso',
  'Anualización',
  'Meta 2023',
  'Meta 2024',
];
const row = (objective: string, code: string, weight: Cell, annualization: string, m2023: Cell, m2024: Cell): Cell[] => [
  objective,
  `Objetivo ${objective}`,
  code,
  `Producto ${code} del plan`,
  `Indicador del producto ${code}`,
  weight,
  annualization,
  m2023,
  m2024,
];
const problemsOf = (rows: Cell[][]) => parsePlanSheet(rows, HORIZON).problems.map((p) => [p.row, p.column]);

describe('numbers written the Colombian way', () => {
  it.each([
    ['0,33', 0.33, false],
    ['4.500', 4500, false],
    ['1.500,5', 1500.5, false],
    ['0.8', 0.8, false],
    ['20%', 20, true],
    ['4,17 %', 4.17, true],
    [' 7 ', 7, false],
  ])('"%s" is %d (percent: %s)', (text, value, percent) => {
    expect(numberOf(text)).toEqual({ value, percent });
  });

  it('an empty cell is no number, and text is invalid', () => {
    expect(numberOf('')).toBeNull();
    expect(numberOf(null)).toBeNull();
    expect(numberOf('abc')).toBe('INVALID');
    expect(numberOf('1,2,3')).toBe('INVALID');
    expect(numberOf(12.5)).toEqual({ value: 12.5, percent: false });
  });
});

describe('an action plan read from a spreadsheet', () => {
  it('reads objectives, products, weights and targets (a % target is a fraction; a % weight is in points)', () => {
    const { objectives, problems } = parsePlanSheet(
      [
        HEADER,
        row('1', '1.1.1', '15%', 'Suma', '20%', ''),
        row('7', '7.1.1', 60, 'suma', 7000, '4.500'),
        [],
        row('3', '3.1.1', '25', 'Constante', '0,8', '0,8'),
      ],
      HORIZON,
    );
    expect(problems).toEqual([]);
    expect(objectives.map((o) => [o.code, o.name, o.products.map((p) => p.code)])).toEqual([
      ['1', 'Objetivo 1', ['1.1.1']],
      ['7', 'Objetivo 7', ['7.1.1']],
      ['3', 'Objetivo 3', ['3.1.1']],
    ]);
    const [p111, p711, p311] = objectives.flatMap((o) => o.products);
    expect(p111).toMatchObject({ row: 2, weight: 15, annualization: 'SUM', targets: { '2023': 0.2 } });
    expect(p711).toMatchObject({ row: 3, weight: 60, annualization: 'SUM', targets: { '2023': 7000, '2024': 4500 } });
    // The empty line 4 is skipped; the numbering stays the spreadsheet's.
    expect(p311).toMatchObject({ row: 5, weight: 25, annualization: 'CONSTANT', targets: { '2023': 0.8, '2024': 0.8 } });
  });

  it('refuses weights that do not sum to 100 %, saying what they sum', () => {
    const { objectives, problems } = parsePlanSheet(
      [HEADER, row('1', '1.1', '40', 'Suma', 1, 1), row('1', '1.2', '58,5', 'Suma', 1, 1)],
      HORIZON,
    );
    expect(objectives).toEqual([]);
    expect(problems).toEqual([
      {
        row: null,
        column: 'peso',
        path: 'peso',
        code: 'INCONSISTENT',
        message: 'los pesos de los productos suman 98,5 %; deben sumar 100 %',
      },
    ]);
  });

  it('accepts weights written with two decimals whose sum is 100 but for their rounding', () => {
    // 3 × 33,33 = 99,99.
    const { problems } = parsePlanSheet(
      [HEADER, row('1', '1.1', '33,33', 'Suma', 1, 1), row('1', '1.2', '33,33', 'Suma', 1, 1), row('1', '1.3', '33,33', 'Suma', 1, 1)],
      HORIZON,
    );
    expect(problems).toEqual([]);
  });

  it('refuses a target for a period outside the horizon, naming the column', () => {
    const { problems } = parsePlanSheet(
      [
        [...HEADER, 'Meta 2040'],
        [...row('1', '1.1', 100, 'Suma', 1, 1), 5],
      ],
      HORIZON,
    );
    expect(problems).toEqual([
      {
        row: 1,
        column: 'meta_2040',
        path: 'fila 1, columna meta_2040',
        code: 'OUT_OF_RANGE',
        message: 'el periodo 2040 está fuera del horizonte del plan (2023 a 2032)',
      },
    ]);
  });

  it('names every missing or unknown column in the header', () => {
    expect(problemsOf([['Objetivo', 'Producto', 'Peso', 'Color']])).toEqual([
      [1, 'nombre_producto'],
      [1, 'indicador'],
      [1, 'anualizacion'],
      [1, 'color'],
    ]);
  });

  it('reports every malformed row with its row and column, at once, and keeps nothing', () => {
    const rows: Cell[][] = [
      HEADER,
      row('1', '1.1', 'diez', 'Suma', 1, 1), // 2: weight is text
      row('1', '1.2', 10, 'Lineal', 1, 1), // 3: unknown annualization
      row('1', '1.1', 10, 'Suma', 1, 1), // 4: product code repeated
      row('', '', 10, 'Suma', 'x', 1), // 5: no codes, a target that is text
      [...row('1', '1.5', 10, 'Suma', 1, 1), 'sobra'], // 6: a cell beyond the header
      row('1', '1.6', 10, 'Creciente', '', ''), // 7: no target at all
      row('1', '1.7', 0, 'Suma', -1, 1), // 8: zero weight, negative target
    ];
    const { objectives, problems } = parsePlanSheet(rows, HORIZON);
    expect(objectives).toEqual([]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'peso'],
      [3, 'anualizacion'],
      [4, 'producto'],
      [5, 'objetivo'],
      [5, 'producto'],
      [5, 'meta_2023'],
      [6, null],
      [7, null],
      [8, 'peso'],
      [8, 'meta_2023'],
    ]);
    expect(problems.find((p) => p.row === 3)!.message).toBe('"Lineal" no es Suma, Creciente ni Constante');
    expect(problems.find((p) => p.row === 6)!.message).toBe('la fila tiene 10 celdas y el encabezado 9');
    expect(problems.find((p) => p.row === 2)!.path).toBe('fila 2, columna peso');
  });

  it('an empty sheet, or one with only its header, is refused', () => {
    expect(problemsOf([])).toEqual([[null, null]]);
    expect(parsePlanSheet([HEADER], HORIZON).problems.map((p) => p.message)).toEqual(['la hoja no tiene productos']);
  });
});

describe('the responsible sector and the baseline (optional columns)', () => {
  const WITH = [...HEADER, 'Sector responsable', 'Línea base'];
  const at = (cells: Cell[], sector: Cell, baseline: Cell): Cell[] => [...cells, sector, baseline];

  it('reads them under either name (sector or sector_responsable, linea_base or baseline), a % baseline as a fraction', () => {
    const { objectives, problems } = parsePlanSheet(
      [
        WITH,
        at(row('1', '1.1', 40, 'Suma', 1, 1), '  Gestión Pública ', '12,5'),
        at(row('1', '1.2', 30, 'Creciente', '20%', '40%'), 'Educación', '10%'),
        at(row('2', '2.1', 30, 'Constante', 1, 1), '', ''),
      ],
      HORIZON,
    );
    expect(problems).toEqual([]);
    expect(objectives.flatMap((o) => o.products).map((p) => [p.code, p.sector, p.baseline])).toEqual([
      ['1.1', 'Gestión Pública', 12.5],
      ['1.2', 'Educación', 0.1],
      ['2.1', null, null],
    ]);
    const english = parsePlanSheet([[...HEADER, 'Sector', 'Baseline'], at(row('1', '1.1', 100, 'Suma', 1, 1), 'Hacienda', 3)], HORIZON);
    expect(english.problems).toEqual([]);
    expect(english.objectives[0].products[0]).toMatchObject({ sector: 'Hacienda', baseline: 3 });
  });

  it('leaves both null when the sheet has neither column', () => {
    const { objectives } = parsePlanSheet([HEADER, row('1', '1.1', 100, 'Suma', 1, 1)], HORIZON);
    expect(objectives[0].products[0]).toMatchObject({ sector: null, baseline: null });
  });

  it('refuses a sector over 120 characters and a baseline that is no non-negative number, by row and column, keeping nothing', () => {
    const { objectives, problems } = parsePlanSheet(
      [
        WITH,
        at(row('1', '1.1', 25, 'Suma', 1, 1), 'S'.repeat(121), 1), // 2: sector too long
        at(row('1', '1.2', 25, 'Suma', 1, 1), 'Educación', 'alto'), // 3: baseline is text
        at(row('1', '1.3', 25, 'Suma', 1, 1), 'Educación', '-2'), // 4: negative baseline
        at(row('1', '1.4', 25, 'Suma', 1, 1), 'S'.repeat(120), '0'), // 5: right (120 is the bound)
      ],
      HORIZON,
    );
    expect(objectives).toEqual([]);
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'sector', 'TOO_LONG'],
      [3, 'linea_base', 'INVALID_FORMAT'],
      [4, 'linea_base', 'OUT_OF_RANGE'],
    ]);
    expect(problems[0].message).toBe('admite a lo sumo 120 caracteres (tiene 121)');
    expect(problems[1].message).toBe('"alto" no es una línea base válida (un número entre 0 y 1.000.000.000.000)');
  });

  it('refuses a target or baseline above a billón (MAX_PLAN_NUMBER), in text or as a number cell, keeping nothing', () => {
    // Finite is not enough: two targets of 1e308 sum to Infinity and blank the measurement.
    const { objectives, problems } = parsePlanSheet(
      [
        WITH,
        at(row('1', '1.1', 20, 'Suma', '1.000.000.000.001', 1), 'Hacienda', 1), // 2: target one over
        at(row('1', '1.2', 20, 'Suma', 1, 1e308), 'Hacienda', 1), // 3: a number cell of 1e308
        at(row('1', '1.3', 20, 'Suma', '9'.repeat(30), 1), 'Hacienda', 1), // 4: 30 digits (the cell's bound)
        at(row('1', '1.4', 20, 'Suma', 1, 1), 'Hacienda', '2.000.000.000.000'), // 5: baseline over
        at(row('1', '1.5', 20, 'Suma', 1, 1), 'Hacienda', 1e300), // 6: a baseline number cell
      ],
      HORIZON,
    );
    expect(objectives).toEqual([]);
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'meta_2023', 'OUT_OF_RANGE'],
      [3, 'meta_2024', 'OUT_OF_RANGE'],
      [4, 'meta_2023', 'OUT_OF_RANGE'],
      [5, 'linea_base', 'OUT_OF_RANGE'],
      [6, 'linea_base', 'OUT_OF_RANGE'],
    ]);
    expect(problems[0].message).toBe('"1.000.000.000.001" no es una meta válida (un número entre 0 y 1.000.000.000.000)');
  });

  it('takes a billón itself, and a % that makes one, as target and baseline', () => {
    const { objectives, problems } = parsePlanSheet(
      [WITH, at(row('1', '1.1', 100, 'Suma', '1.000.000.000.000', '100000000000000%'), 'Hacienda', 1e12)],
      HORIZON,
    );
    expect(problems).toEqual([]);
    expect(objectives[0].products[0]).toMatchObject({ targets: { '2023': 1e12, '2024': 1e12 }, baseline: 1e12 });
  });

  it('refuses a column given twice, also under its two names', () => {
    expect(problemsOf([[...HEADER, 'Sector', 'Sector responsable'], at(row('1', '1.1', 100, 'Suma', 1, 1), 'A', 'B')])).toEqual([
      [1, 'sector'],
    ]);
    expect(
      problemsOf([
        [...HEADER, 'Peso'],
        [...row('1', '1.1', 100, 'Suma', 1, 1), 100],
      ]),
    ).toEqual([[1, 'peso']]);
  });
});
