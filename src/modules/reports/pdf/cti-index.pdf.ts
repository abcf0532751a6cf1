import { departmentsSpec, dimensionsSpec, esNumber, levelsSpec, renderChart, REPORT_COLORS } from '../report-charts';
import type { IndexData, IndexGroupRow, IndexRankRow, ProgressFn } from '../report-data';
import { BOLD, PdfReport, signedPoints, type Align } from './pdf-document';

/**
 * The Índice CTI of a cycle: national figures, the distribution by level, the national average
 * per dimension, the departments' averages and the ranking (one landscape table; 1,135 rows take
 * about 35 pages). An entity's own report shows only its row against the national figures.
 */
/** A change of rank with its sign: +3 moved up three places. */
const signedRank = (n: number) => (n > 0 ? `+${esNumber(n)}` : n < 0 ? `−${esNumber(-n)}` : '0');
const rankMove = (n: number) =>
  n > 0
    ? `subió ${esNumber(n)} ${n === 1 ? 'puesto' : 'puestos'}`
    : n < 0
      ? `bajó ${esNumber(-n)} ${n === -1 ? 'puesto' : 'puestos'}`
      : 'conserva el mismo puesto';

export async function indexPdf(data: IndexData, progress?: ProgressFn): Promise<Buffer> {
  const title = `Índice de Ciudades y Territorios Inteligentes ${data.cycleYear}${data.published ? '' : ' (provisional)'}`;
  const pdf = new PdfReport(title, data.published ? 'Resultados publicados' : 'Resultados provisionales', progress);
  const own = data.ownOnly ? (data.ranking[0] ?? null) : null;
  const levelName = (level: number, name: string) => `${level}. ${name}`;

  await pdf.report(0, 'Gráficas');
  const levelsChart = await renderChart(levelsSpec(data.levels, own?.level));
  const dimensionsChart = await renderChart(
    dimensionsSpec(data.dimensions, data.national, own ? { label: own.entityName, dimensions: own.dimensions } : undefined),
  );
  const departmentsChart = data.departments.length ? await renderChart(departmentsSpec(data.departments, data.national)) : null;
  await pdf.report(0.15, 'Gráficas');

  pdf.title(title, [
    data.published
      ? `Edición ${data.cycleYear}: resultados publicados.`
      : `Edición ${data.cycleYear}: resultados provisionales; el Índice aún no se ha publicado y puede cambiar.`,
  ]);
  if (data.ownOnly) {
    pdf.paragraph('Este informe muestra solo los datos de su entidad, frente a las cifras nacionales.', { font: BOLD });
    if (own) {
      pdf.paragraph(`${own.entityName} — ${own.kindLabel}, ${own.departmentName}`, {
        font: BOLD,
        size: 11,
        color: REPORT_COLORS.primary,
        after: 0.4,
      });
      pdf.figures([
        { label: 'Puesto en el Índice', value: `${esNumber(own.rank)} de ${esNumber(data.rankedCount)}` },
        { label: 'Índice de su entidad', value: esNumber(own.index, 1), note: `Nivel ${levelName(own.level, own.levelName)}` },
        { label: 'Promedio nacional', value: esNumber(data.national.index, 1), color: '#566573' },
      ]);
      pdf.paragraph(
        own.firstParticipation
          ? 'Es su primera participación en el Índice: no tiene un autodiagnóstico validado en una edición anterior publicada.'
          : `Frente a la edición ${own.previousCycleYear} (índice ${esNumber(own.previousIndex!, 1)}, puesto ${esNumber(own.previousRank!)}): ` +
              `${signedPoints(own.indexChange!)} puntos; ${rankMove(own.rankChange!)}.`,
      );
    } else {
      pdf.paragraph(`Su entidad no está entre las ${esNumber(data.rankedCount)} entidades clasificadas en esta edición.`);
      pdf.figures([
        { label: 'Promedio nacional', value: esNumber(data.national.index, 1) },
        { label: 'Entidades clasificadas', value: esNumber(data.rankedCount) },
      ]);
    }
  } else {
    pdf.figures([
      { label: 'Promedio nacional del Índice', value: esNumber(data.national.index, 1) },
      { label: 'Entidades clasificadas', value: esNumber(data.rankedCount) },
      { label: 'Departamentos', value: esNumber(data.departments.length) },
    ]);
  }
  pdf.paragraph(
    `El Índice (0–100) resume el puntaje de las dimensiones del Modelo de Madurez; ${esNumber(data.rankedCount)} entidades están clasificadas ` +
      'y cada una queda en un nivel de madurez según su índice. ' +
      `${esNumber(data.firstTimers)} ${data.firstTimers === 1 ? 'participa' : 'participan'} por primera vez y ${esNumber(data.repeaters)} ` +
      `${data.repeaters === 1 ? 'lo hace' : 'lo hacen'} nuevamente (con un autodiagnóstico validado en una edición anterior publicada).`,
  );

  if (own) {
    pdf.heading('Su entidad frente al promedio nacional', 140);
    const rows = [
      ...data.dimensions.map((d) => ({
        name: d.name,
        own: own.dimensions[d.id] ?? 0,
        national: data.national.dimensions[d.id] ?? 0,
        total: false,
      })),
      { name: 'Índice', own: own.index, national: data.national.index, total: true },
    ];
    await pdf.table(
      [
        { header: 'Dimensión', width: 200, value: (r) => r.name },
        { header: own.entityName, width: 90, align: 'right', value: (r) => esNumber(r.own, 1) },
        { header: 'Promedio nacional', width: 80, align: 'right', value: (r) => esNumber(r.national, 1) },
        { header: 'Diferencia', width: 80, align: 'right', value: (r) => signedPoints(r.own - r.national) },
      ],
      rows,
      { fontSize: 8.5, emphasis: (r) => r.total },
    );
    pdf.chart(dimensionsChart, `Gráfico 1. Puntaje por dimensión: ${own.entityName} y promedio nacional`, {
      maxHeight: 260,
      minScale: 0.8,
    });
    pdf.chart(levelsChart, `Gráfico 2. Entidades por nivel de madurez (en oscuro, el nivel de ${own.entityName})`, {
      maxHeight: 240,
      minScale: 0.8,
    });
    return pdf.finish();
  }
  pdf.chart(levelsChart, 'Gráfico 1. Entidades por nivel de madurez', { maxHeight: 240 });
  pdf.chart(dimensionsChart, 'Gráfico 2. Promedio nacional por dimensión', { maxHeight: 220 });

  // Per-department averages.
  const dimensionColumns = (width: number) =>
    data.dimensions.map((dim) => ({
      header: dim.name,
      width,
      align: 'right' as Align,
      value: (row: { dimensions: Record<string, number> }) => esNumber(row.dimensions[dim.id] ?? 0, 1),
    }));
  if (data.departments.length) {
    pdf.onLayout('portrait');
    pdf.heading('Promedios por departamento', 200);
    if (departmentsChart)
      pdf.chart(departmentsChart, 'Gráfico 3. Índice promedio por departamento (la línea roja es el promedio nacional)', {
        maxHeight: 560,
      });
    pdf.subheading('Tabla 1. Promedios por departamento');
    await pdf.table<IndexGroupRow & { total?: boolean }>(
      [
        { header: 'Departamento', width: 120, wrap: true, value: (g) => g.name },
        { header: 'Entidades', width: 44, align: 'right', value: (g) => esNumber(g.count) },
        { header: 'Índice', width: 38, align: 'right', bold: true, value: (g) => esNumber(g.index, 1) },
        ...dimensionColumns(48),
      ],
      [...data.departments, { ...data.national, name: 'Promedio nacional', total: true }],
      { emphasis: (g) => g.total === true, progress: { from: 0.15, to: 0.25, stage: 'Tabla de departamentos' } },
    );
  }

  // The ranking.
  pdf.onLayout('landscape');
  pdf.heading('Clasificación de las entidades', 80);
  pdf.paragraph(
    `Las ${esNumber(data.ranking.length)} entidades clasificadas, de mayor a menor índice; los empates comparten puesto. ` +
      'El cambio se mide frente a la edición anterior publicada más reciente en que participó la entidad (puntos del índice; ' +
      'puestos: positivo si subió).',
    {
      after: 0.3,
    },
  );
  if (!data.ranking.length) pdf.paragraph('No hay entidades clasificadas.');
  else
    await pdf.table<IndexRankRow>(
      [
        { header: 'Puesto', width: 30, align: 'right', value: (r) => esNumber(r.rank) },
        { header: 'Entidad', width: 112, wrap: true, bold: true, value: (r) => r.entityName },
        { header: 'Departamento', width: 90, wrap: true, value: (r) => r.departmentName },
        { header: 'Tipo', width: 58, value: (r) => r.kindLabel },
        { header: 'Índice', width: 34, align: 'right', bold: true, value: (r) => esNumber(r.index, 1) },
        { header: 'Nivel', width: 60, value: (r) => levelName(r.level, r.levelName) },
        {
          header: 'Edición anterior',
          width: 54,
          value: (r) => (r.firstParticipation ? 'Primera vez' : `${r.previousCycleYear}: ${esNumber(r.previousIndex!, 1)}`),
        },
        { header: 'Cambio', width: 38, align: 'right', value: (r) => (r.indexChange === null ? '—' : signedPoints(r.indexChange)) },
        { header: 'Cambio de puesto', width: 38, align: 'right', value: (r) => (r.rankChange === null ? '—' : signedRank(r.rankChange)) },
        ...dimensionColumns(44),
      ],
      data.ranking,
      { padY: 2.2, progress: { from: 0.3, to: 0.97, stage: 'Tabla de clasificación' } },
    );
  return pdf.finish();
}
