import { spawn } from 'node:child_process';

import { projectRoot } from '../../src/core/paths';
import { bogotaDemoPlan } from '../../src/modules/follow-up/bogota-demo';
import { measurePlan, periodsOf } from '../../src/modules/follow-up/measurement';
import { rowsOfCsv } from '../../src/modules/follow-up/plan-file';
import { parsePlanSheet } from '../../src/modules/follow-up/plan-sheet';
import { measureBySector } from '../../src/modules/follow-up/sector-measure';
import { caseloadPdf } from '../../src/modules/reports/pdf/caseload.pdf';
import { indexPdf } from '../../src/modules/reports/pdf/cti-index.pdf';
import { followUpPdf } from '../../src/modules/reports/pdf/follow-up.pdf';
import { esNumber, pdfText } from '../../src/modules/reports/report-charts';
import type { CaseloadData, FollowUpData, IndexData, IndexGroupRow, IndexRankRow } from '../../src/modules/reports/report-data';
import { readDivipola } from '../../src/modules/territorial-entities/divipola';
import { TerritorialEntityKind, territorialEntityKindLabel } from '../../src/modules/territorial-entities/territorial-entity-kind';

/**
 * pdf-parse (pdf.js) starts its worker with a dynamic import, which Jest's module sandbox refuses
 * ("without --experimental-vm-modules"): the PDF is read in a plain Node process instead, with
 * pdf-parse's own class-based API.
 */
const READ_PDF = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  try {
    const { text, total } = await parser.getText();
    process.stdout.write(JSON.stringify({ text, total }));
  } finally {
    await parser.destroy();
  }
});`;

/** The text of a PDF (whitespace collapsed) and its page count, as pdf-parse reads them. */
function read(pdf: Buffer): Promise<{ text: string; total: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', READ_PDF], { cwd: projectRoot(), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`pdf-parse falló (${code}): ${Buffer.concat(err).toString()}`));
      const { text, total } = JSON.parse(Buffer.concat(out).toString('utf8')) as { text: string; total: number };
      resolve({ text: text.replace(/\s+/g, ' '), total });
    });
    child.stdin.end(pdf);
  });
}

/** Page objects in the file itself (pdfkit compresses content streams, not object dictionaries). */
const pageObjects = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;

/** A well-formed PDF whose charts are vector graphics: no image XObject anywhere. */
function expectVectorPdf(pdf: Buffer): void {
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.includes('/Subtype /Image')).toBe(false);
}

/** Every "Página N de M" footer, in order. */
function expectFooters(text: string, total: number): void {
  const footers = [...text.matchAll(/Página (\d+) de (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  expect(footers).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
}

// ---------------------------------------------------------------------------------------------
// The Bogotá demo plan at the report's cut (as in follow-up-export.spec.ts).

const periods = periodsOf(2023, 2032, 'ANNUAL');
const { csv, reports } = bogotaDemoPlan();
const sheetRows = rowsOfCsv(csv);
if (!('rows' in sheetRows)) throw new Error(sheetRows.problem.message);
const sheet = parsePlanSheet(sheetRows.rows, periods);
const measure = measurePlan(
  sheet.objectives.map((o) => ({
    code: o.code,
    products: o.products.map((p) => ({ ...p, reports: reports.filter((r) => r.productCode === p.code) })),
  })),
  periods,
  '2024-06-30',
);
const products = sheet.objectives.flatMap((o) =>
  o.products.map((p) => ({
    code: p.code,
    name: p.name,
    indicator: p.indicator,
    objectiveCode: o.code,
    objectiveName: o.name,
    sector: p.sector ?? null,
    baseline: p.baseline ?? null,
  })),
);
// The demo's reports carry no narrative: two as the report's section 9 words them.
const NARRATIVE_311 =
  'Para subsanar el rezago que se trae del año 2023, para la vigencia 2024 se cuenta con un plan de acción que integra los procesos de formación.';
const NARRATIVE_716 =
  'Las alcaldías locales recibieron asistencia técnica para la estrategia de apropiación TIC; la demanda de las localidades superó la meta.';
const followUp: FollowUpData = {
  title: 'Política Bogotá Territorio Inteligente',
  entityCode: '11001',
  entityName: 'BOGOTÁ, D.C.',
  measure,
  products,
  narratives: { '3.1.1': { period: '2024', text: NARRATIVE_311 }, '7.1.6': { period: '2024', text: NARRATIVE_716 } },
  basis: {
    planVersion: 1,
    currentVersion: 1,
    official: true,
    label:
      'Medición oficial: versión 1 del plan, la vigente al 30 de junio de 2024, y solo los reportes de avance aceptados por la coordinación.',
  },
  sectors: measureBySector(measure.objectives.flatMap((o) => o.products).map((p) => ({ sector: null, status: p.status }))),
  // The report's §9 for 3.1.1: the activities left for the second half of 2024.
  improvements: [
    {
      productCode: '3.1.1',
      action: 'Desarrollar en el II semestre de 2024 las 6 actividades restantes del plan de acción del modelo de operación.',
      responsible: 'Alta Consejería Distrital de TIC',
      dueOn: '2024-12-31',
      status: 'IN_PROGRESS',
      statusLabel: 'En ejecución',
      statusNote: null,
      overdue: false,
      triggeredBy: 'BAJO',
    },
  ],
  asOf: '2024-08-15',
};

describe('the follow-up report as PDF', () => {
  let pdf: Buffer;
  let text: string;
  let total: number;
  const calls: [number, string][] = [];
  beforeAll(async () => {
    pdf = await followUpPdf(followUp, async (fraction, stage) => {
      await new Promise((resolve) => setImmediate(resolve));
      calls.push([fraction, stage]);
    });
    ({ text, total } = await read(pdf));
  });

  it('is a PDF of several pages, charts drawn as vectors, a footer on each page', () => {
    expectVectorPdf(pdf);
    expect(total).toBeGreaterThanOrEqual(2);
    expect(pageObjects(pdf)).toBe(total);
    expectFooters(text, total);
  });

  it('opens like the Bogotá report: title, entity and cut, overall progress, ideal trajectory and gap', () => {
    expect(text).toContain('Informe de seguimiento — Política Bogotá Territorio Inteligente');
    expect(text).toContain('Entidad: BOGOTÁ, D.C. — corte: 30 de junio de 2024');
    expect(text).toContain('Avance acumulado de la política');
    // The published figures of the 2024-1 report, printed as the report prints them.
    expect(text).toContain('43,9 %');
    expect(text).toContain('Trayectoria ideal');
    expect(text).toContain('50,48 %');
    expect(text).toContain('-6,56 puntos');
    expect(text).toContain('brecha negativa de 6,56 puntos porcentuales');
  });

  it('carries its charts as text-bearing vector graphics: axis titles and labels are PDF text', () => {
    expect(text).toContain('Gráfico 1. Avance acumulado y trayectoria ideal de la política');
    expect(text).toContain('Porcentaje de avance de la política'); // axis title inside the SVG
    expect(text).toContain('Gráfico 2. Avance acumulado y trayectoria ideal por objetivos');
    expect(text).toContain('Reducir la brecha digital');
    expect(text).toContain('Gráfico 3. Estado de avance de los productos hasta la vigencia');
    // The semáforo: 7 over-executed (19 %), 18 high (50 %), 8 low (22 %), 3 without data.
    expect(measure.distribution).toEqual({ SOBRE_EJECUCION: 7, ALTO: 18, MEDIO: 0, BAJO: 8, SIN_DATO: 3 });
    for (const label of ['7 (19 %)', '18 (50 %)', '8 (22 %)', '3 (8 %)']) expect(text).toContain(label);
  });

  it('lists every one of the 36 products in the annex, with PAV, PAHV and PAA in es-CO', () => {
    const codes = measure.objectives.flatMap((o) => o.products.map((p) => p.code));
    expect(codes).toHaveLength(36);
    for (const code of codes) expect(text).toContain(code);
    expect(text).toContain('Anexo. Avance por producto');
    expect(text).toContain('Tipo de anualización');
    // 3.1.1: 0,33 against a target of 0,8 → 41,3 % in the three columns, cumplimiento bajo.
    expect(text).toMatch(/3\.1\.1 Modelo de operación [^%]* 0,33 \/ 0,8 41,3 % 41,3 % 41,3 % Cumplimiento bajo/);
    // 7.1.1: PAHV 212,7 %, PAA 31,3 %.
    expect(text).toMatch(/7\.1\.1 [^%]* — \/ 4\.500 — 212,7 % 31,3 % Sobre ejecución/);
  });

  it('ends with the products in low compliance and in over-execution and their narratives', () => {
    expect(text).toContain('Productos en bajo cumplimiento (8 productos — 22 %)');
    expect(text).toContain('Productos en sobre ejecución (7 productos — 19 %)');
    expect(text).toContain(NARRATIVE_311);
    expect(text).toContain(NARRATIVE_716);
    expect(text).toContain('Sin narrativa reportada');
    const low = text.slice(text.indexOf('Productos en bajo cumplimiento'), text.indexOf('Productos en sobre ejecución'));
    for (const code of ['3.1.1', '3.1.3', '5.1.2', '5.1.4', '6.1.1', '6.1.2', '7.1.2', '7.1.3']) expect(low).toContain(`${code} `);
  });

  it('says it is the official measurement, gives both semáforos and the sectors, and lists the improvement actions', () => {
    expect(text).toContain('Medición oficial: versión 1 del plan, la vigente al 30 de junio de 2024');
    expect(text).toContain('Tabla 2. Productos por color del semáforo, frente a la trayectoria y frente a la meta del periodo');
    expect(text).toContain('Productos por sector responsable');
    expect(text).toContain('Acciones para mejorar');
    expect(text).toContain('Estado de las acciones al 15 de agosto de 2024: 1 acción registrada.');
    const low = text.slice(text.indexOf('3.1.1 Modelo de operación', text.indexOf('Acciones para mejorar')));
    expect(low).toMatch(
      /^3\.1\.1 [^]*?Desarrollar en el II semestre de 2024 las 6 actividades restantes [^]*?Alta Consejería Distrital de TIC 31\/12\/2024 En ejecución/,
    );
    expect(text).toContain('Sin acciones de mejora registradas.');
  });

  it('reports its progress in Spanish stages, awaited, up to 1', () => {
    const fractions = calls.map(([f]) => f);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[fractions.length - 1]).toBe(1);
    const stages = new Set(calls.map(([, stage]) => stage));
    expect(stages).toContain('Gráficas');
    expect(stages).toContain('Tabla de productos');
  });
});

// ---------------------------------------------------------------------------------------------
// The Índice with every possible applicant: 1,135 entities, deterministic pseudo-random scores.

const DIMENSIONS = [
  { id: 'PERSONAS', name: 'Personas' },
  { id: 'GOBERNANZA', name: 'Gobernanza' },
  { id: 'CALIDAD_DE_VIDA', name: 'Calidad de Vida' },
  { id: 'DESARROLLO_ECONOMICO', name: 'Desarrollo Económico' },
  { id: 'MEDIO_AMBIENTE', name: 'Medio Ambiente' },
  { id: 'HABITAT', name: 'Hábitat' },
];
const LEVELS = ['Inicial', 'Básico', 'Intermedio', 'Avanzado', 'Optimizado'];

function indexData(): IndexData {
  let seed = 20260101;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const entities = readDivipola().filter((r) => r.kind !== TerritorialEntityKind.NON_MUNICIPALIZED_AREA);
  const rows: IndexRankRow[] = entities
    .map((e) => {
      const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d.id, Math.round(random() * 10000) / 100]));
      const index = Math.round((Object.values(dimensions).reduce((s, v) => s + v, 0) / DIMENSIONS.length) * 100) / 100;
      const level = Math.min(5, Math.floor(index / 20) + 1);
      return {
        rank: 0,
        entityCode: e.code,
        entityName: e.name,
        departmentCode: e.departmentCode,
        departmentName: e.departmentName,
        kindLabel: territorialEntityKindLabel[e.kind],
        index,
        level,
        levelName: LEVELS[level - 1],
        dimensions,
        // Two in three took part in 2025 (ranked below by that index), a change of -10 to +15 points.
        ...(random() < 1 / 3
          ? {
              previousCycleYear: null,
              previousIndex: null,
              previousRank: null,
              indexChange: null,
              rankChange: null,
              firstParticipation: true,
            }
          : {
              previousCycleYear: 2025,
              previousIndex: Math.max(0, Math.round((index - (random() * 25 - 10)) * 100) / 100),
              previousRank: 0,
              indexChange: 0,
              rankChange: 0,
              firstParticipation: false,
            }),
      } as IndexRankRow;
    })
    .sort((a, b) => b.index - a.index);
  rows.forEach((r, i) => (r.rank = i > 0 && rows[i - 1].index === r.index ? rows[i - 1].rank : i + 1));
  const repeaters = rows.filter((r) => !r.firstParticipation).sort((a, b) => b.previousIndex! - a.previousIndex!);
  repeaters.forEach((r, i) => {
    r.previousRank = i > 0 && repeaters[i - 1].previousIndex === r.previousIndex ? repeaters[i - 1].previousRank : i + 1;
    r.indexChange = Math.round((r.index - r.previousIndex!) * 100) / 100;
    r.rankChange = r.previousRank! - r.rank;
  });
  const average = (group: IndexRankRow[], key: string, name: string): IndexGroupRow => ({
    key,
    name,
    count: group.length,
    index: group.reduce((s, r) => s + r.index, 0) / group.length,
    dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d.id, group.reduce((s, r) => s + r.dimensions[d.id], 0) / group.length])),
  });
  const byDepartment = new Map<string, IndexRankRow[]>();
  for (const r of rows) byDepartment.set(r.departmentCode, [...(byDepartment.get(r.departmentCode) ?? []), r]);
  return {
    cycleYear: 2026,
    published: false,
    dimensions: DIMENSIONS,
    rankedCount: rows.length,
    ranking: rows,
    ownOnly: false,
    national: average(rows, 'CO', 'Colombia'),
    departments: [...byDepartment].map(([code, group]) => average(group, code, group[0].departmentName)),
    levels: LEVELS.map((name, i) => ({ level: i + 1, name, count: rows.filter((r) => r.level === i + 1).length })),
    firstTimers: rows.length - repeaters.length,
    repeaters: repeaters.length,
  };
}

describe('the Índice CTI report as PDF', () => {
  const data = indexData();

  it('lays out 1,135 ranked entities quickly, all of them in the ranking', async () => {
    expect(data.ranking).toHaveLength(1135);
    const started = performance.now();
    const pdf = await indexPdf(data);
    const seconds = (performance.now() - started) / 1000;
    expect(seconds).toBeLessThan(10);
    expectVectorPdf(pdf);
    const { text, total } = await read(pdf);
    expect(total).toBeGreaterThan(25);
    expect(pageObjects(pdf)).toBe(total);
    expectFooters(text, total);
    expect(text).toContain('Índice de Ciudades y Territorios Inteligentes 2026 (provisional)');
    expect(text).toContain('Entidades clasificadas 1.135');
    expect(text).toContain('Gráfico 1. Entidades por nivel de madurez');
    expect(text).toContain('Promedios por departamento');
    expect(text).toContain('Clasificación de las entidades');
    const last = data.ranking[data.ranking.length - 1];
    for (const row of [data.ranking[0], data.ranking[567], last]) expect(text).toContain(pdfText(row.entityName));
    expect(text).toContain(`1.135 ${last.entityName}`);
    expect(text).toContain('Desarrollo Económico');
    // Each entity's change against its previous participation, and the seed's two counts.
    expect(text).toContain(
      `${data.firstTimers.toLocaleString('es-CO')} participan por primera vez y ${data.repeaters.toLocaleString('es-CO')} lo hacen nuevamente`,
    );
    expect(text).toContain('Primera vez');
    const mover = data.ranking.find((r) => !r.firstParticipation && r.rankChange! > 0)!;
    expect(text).toContain(`2025: ${esNumber(mover.previousIndex!, 1)}`);
  }, 30000);

  it('shows an entity only its own row, its rank among all and the national figures', async () => {
    const own = data.ranking.find((r) => r.entityCode === '05001')!; // Medellín
    const pdf = await indexPdf({ ...data, published: true, ownOnly: true, ranking: [own], departments: [] });
    expectVectorPdf(pdf);
    const { text, total } = await read(pdf);
    expect(total).toBeLessThanOrEqual(3);
    expect(pageObjects(pdf)).toBe(total);
    expectFooters(text, total);
    expect(text).toContain('Índice de Ciudades y Territorios Inteligentes 2026');
    expect(text).not.toContain('(provisional)');
    expect(text).toContain('Este informe muestra solo los datos de su entidad');
    expect(text).toContain(`${own.rank.toLocaleString('es-CO')} de 1.135`);
    expect(text).toContain('MEDELLÍN');
    expect(text).toContain(
      own.firstParticipation
        ? 'Es su primera participación en el Índice'
        : `Frente a la edición 2025 (índice ${esNumber(own.previousIndex!, 1)}, puesto ${esNumber(own.previousRank!)})`,
    );
    expect(text).not.toContain('Promedios por departamento');
    // No other entity's name: neither the best ranked nor the one next to Medellín.
    const next = data.ranking[data.ranking.indexOf(own) + 1];
    for (const other of [data.ranking[0], next]) {
      expect(other.entityCode).not.toBe(own.entityCode);
      expect(text).not.toContain(other.entityName);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The caseload.

const caseload: CaseloadData = {
  asOf: new Date('2026-11-22T15:04:00Z'), // 10:04 a. m. in Bogotá
  scopeLabel: 'Todos los trámites',
  processes: [
    { id: 'assessment', label: 'Autodiagnóstico del Modelo de Madurez' },
    { id: 'cofinancing', label: 'Cofinanciación de proyectos' },
  ],
  states: [
    {
      process: 'assessment',
      processLabel: 'Autodiagnóstico del Modelo de Madurez',
      state: 'draft',
      stateLabel: 'Borrador',
      final: false,
      count: 410,
      medianDaysInState: 45.5,
      medianDaysFinishedStays: 12,
    },
    {
      process: 'assessment',
      processLabel: 'Autodiagnóstico del Modelo de Madurez',
      state: 'submitted',
      stateLabel: 'Enviado a revisión',
      final: false,
      count: 87,
      medianDaysInState: 6,
      medianDaysFinishedStays: 4.5,
    },
    {
      process: 'assessment',
      processLabel: 'Autodiagnóstico del Modelo de Madurez',
      state: 'validated',
      stateLabel: 'Validado',
      final: true,
      count: 1210,
      medianDaysInState: null,
      medianDaysFinishedStays: null,
    },
    {
      process: 'cofinancing',
      processLabel: 'Cofinanciación de proyectos',
      state: 'evaluation',
      stateLabel: 'En evaluación técnica',
      final: false,
      count: 8,
      medianDaysInState: 14.25,
      medianDaysFinishedStays: null,
    },
    {
      process: 'cofinancing',
      processLabel: 'Cofinanciación de proyectos',
      state: 'rejected',
      stateLabel: 'No viable',
      final: true,
      count: 40,
      medianDaysInState: null,
      medianDaysFinishedStays: null,
    },
  ],
  overdue: [
    {
      caseId: 'a',
      processLabel: 'Cofinanciación de proyectos',
      entityCode: '54001',
      entityName: 'SAN JOSÉ DE CÚCUTA',
      departmentName: 'NORTE DE SANTANDER',
      stateLabel: 'En evaluación técnica',
      deadlineLabel: 'Emitir concepto técnico',
      ownerLabel: 'Ministerio',
      dueAt: new Date('2026-10-01T04:59:00Z'), // still 30 de septiembre in Bogotá
      daysOverdue: 52,
    },
    {
      caseId: 'b',
      processLabel: 'Autodiagnóstico del Modelo de Madurez',
      entityCode: '05001',
      entityName: 'MEDELLÍN',
      departmentName: 'ANTIOQUIA',
      stateLabel: 'Subsanación solicitada',
      deadlineLabel: 'Subsanar observaciones',
      ownerLabel: 'Entidad',
      dueAt: new Date('2026-11-20T22:00:00Z'),
      daysOverdue: 2,
    },
  ],
  departments: [
    { departmentCode: '05', departmentName: 'ANTIOQUIA', open: { assessment: 120, cofinancing: 3 }, closed: 310, overdue: 1 },
    { departmentCode: '54', departmentName: 'NORTE DE SANTANDER', open: { assessment: 40, cofinancing: 5 }, closed: 95, overdue: 1 },
  ],
  totalCases: 1755,
  accompaniment: {
    byAdvisor: [
      {
        key: 'advisor@test',
        label: 'Ana Asesora',
        openCases: 4,
        sessionsHeld: 9,
        commitmentsOverdue: 2,
        medianDaysToFirstSession: 3.5,
        satisfactionAverage: 4.5,
        surveys: 2,
      },
    ],
    byDepartment: [
      {
        key: '05',
        label: 'ANTIOQUIA',
        openCases: 4,
        sessionsHeld: 9,
        commitmentsOverdue: 2,
        medianDaysToFirstSession: 3.5,
        satisfactionAverage: 4.5,
        surveys: 2,
      },
    ],
  },
};

describe('the caseload report as PDF', () => {
  it('shows the cases per process and state, the overdue deadlines and the departments', async () => {
    const pdf = await caseloadPdf(caseload);
    expectVectorPdf(pdf);
    const { text, total } = await read(pdf);
    expect(pageObjects(pdf)).toBe(total);
    expectFooters(text, total);
    expect(text).toContain('Informe de carga de trámites');
    expect(text).toContain('Corte: 22 de noviembre de 2026 a las 10:04 a. m. (hora de Bogotá)');
    expect(text).toContain('Alcance: Todos los trámites');
    expect(text).toContain('Casos 1.755');
    expect(text).toContain('Gráfico 1. Casos por trámite y estado');
    expect(text).toMatch(/Validado Final 1\.210 — —/);
    expect(text).toMatch(/Borrador En curso 410 45,5 12,0/);
    expect(text).toMatch(/Enviado a revisión En curso 87 6,0 4,5/);
    expect(text).toMatch(/En evaluación técnica En curso 8 14,3 —/);
    expect(text).toContain('SAN JOSÉ DE CÚCUTA');
    expect(text).toContain('30 de septiembre de 2026');
    expect(text).toContain('Días vencidos');
    expect(text).not.toContain('No hay términos vencidos');
    expect(text).toContain('Casos por departamento');
    expect(text).toMatch(/Total 160 8 405 2/);
    // The technical accompaniment per advisor and per department.
    expect(text).toContain('Acompañamiento técnico');
    expect(text).toMatch(/Ana Asesora 4 9 2 3,5 4,50 2/);
    expect(text).toMatch(/ANTIOQUIA 4 9 2 3,5 4,50 2/);
  });

  it('says so when no deadline is overdue', async () => {
    const { text } = await read(await caseloadPdf({ ...caseload, overdue: [], departments: [] }));
    expect(text).toContain('No hay términos vencidos.');
    expect(text).toContain('No hay casos por departamento en este alcance.');
  });

  it('says so when the scope has no technical accompaniment', async () => {
    const { text } = await read(await caseloadPdf({ ...caseload, accompaniment: { byAdvisor: [], byDepartment: [] } }));
    expect(text).toContain('No hay acompañamientos técnicos en este alcance.');
  });
});
