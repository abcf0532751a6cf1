import { MIN_COMPARISON_GROUP } from '../../accompaniment/diagnosis-comparison';
import { formatPesos } from '../../cofinancing/money';
import { esNumber, renderChart, REPORT_COLORS, roadmapScoresSpec } from '../report-charts';
import type { ProgressFn, RoadmapData, RoadmapReportLine } from '../report-data';
import { BOLD, PdfReport, plural, signedPoints } from './pdf-document';

const bogotaLongDate = (d: Date) =>
  d.toLocaleDateString('es-CO', { timeZone: 'America/Bogota', day: 'numeric', month: 'long', year: 'numeric' });

/**
 * The roadmap (hoja de ruta) of a technical accompaniment as delivered to the entity: who and when,
 * the diagnosis it starts from (the entity's dimension scores against its department's and the
 * nation's averages, as a table and a chart, and the advisor's findings), then the lines of action
 * in the roadmap's order (a table) and each line's description.
 */
export async function roadmapPdf(data: RoadmapData, progress?: ProgressFn): Promise<Buffer> {
  const title = 'Hoja de ruta de Ciudades y Territorios Inteligentes';
  const pdf = new PdfReport(`${title} - ${data.entityName}`, `Entrega ${data.round}: ${bogotaLongDate(data.deliveredAt)}`, progress);

  await pdf.report(0, 'Gráficas');
  const scores = data.scores;
  // A withheld average (too few entities to show) is left out of the chart, not drawn as zeros.
  const groups = scores ? [scores.entity, scores.department, scores.national].filter((g) => g === scores.entity || g.count > 0) : [];
  const chart = scores ? await renderChart(roadmapScoresSpec(data.dimensions, groups)) : null;
  await pdf.report(0.25, 'Gráficas');

  pdf.title(title, [
    `Entidad: ${data.entityName} (${data.departmentName})`,
    `Asesor(a): ${data.advisorName}`,
    `Fecha de entrega: ${bogotaLongDate(data.deliveredAt)} (entrega ${data.round})`,
    `Acompañamiento técnico: ${data.topicLabel}`,
  ]);
  const total = data.lines.reduce((s, l) => s + l.estimatedCost, 0);
  pdf.figures([
    { label: 'Líneas de acción', value: esNumber(data.lines.length) },
    { label: 'Costo estimado total', value: formatPesos(total) },
    ...(scores?.entity.index != null
      ? [{ label: `Índice de la entidad (${scores.cycleYear})`, value: esNumber(scores.entity.index, 1) }]
      : []),
  ]);

  pdf.heading('Resumen del diagnóstico', 120);
  if (!scores) {
    pdf.paragraph('La entidad no tiene un autodiagnóstico validado: la hoja de ruta no se compara con los promedios.');
  } else {
    const shown = scores.department.count > 0;
    pdf.paragraph(
      `Puntajes por dimensión (0–100) del autodiagnóstico validado de la vigencia ${scores.cycleYear}, frente al promedio de ` +
        (shown
          ? `${plural(scores.department.count, 'entidad', 'entidades')} con autodiagnóstico validado de ${data.departmentName} y de `
          : '') +
        `${plural(scores.national.count, 'entidad', 'entidades')} del país en la misma vigencia` +
        (scores.comparedAt ? `, tomados al iniciar el diagnóstico (${bogotaLongDate(scores.comparedAt)}).` : '.') +
        (shown
          ? ''
          : ` El promedio de ${data.departmentName} no se muestra: tiene menos de ${MIN_COMPARISON_GROUP} entidades con autodiagnóstico validado en la vigencia, y mostrarlo revelaría los puntajes de otra entidad.`),
    );
    const cell = (n: number | undefined) => (n === undefined ? '—' : esNumber(n, 1));
    const rows = [
      ...data.dimensions.map((d) => ({
        name: d.name,
        own: scores.entity.dimensions[d.id],
        department: scores.department.dimensions[d.id],
        national: scores.national.dimensions[d.id],
        total: false,
      })),
      {
        name: 'Índice',
        own: scores.entity.index ?? undefined,
        department: scores.department.index ?? undefined,
        national: scores.national.index ?? undefined,
        total: true,
      },
    ];
    await pdf.table(
      [
        { header: 'Dimensión', width: 170, value: (r) => r.name },
        { header: data.entityName, width: 90, align: 'right', bold: true, value: (r) => cell(r.own) },
        { header: scores.department.label, width: 90, align: 'right', value: (r) => cell(r.department) },
        { header: 'Promedio nacional', width: 80, align: 'right', value: (r) => cell(r.national) },
        {
          header: 'Diferencia con el promedio nacional',
          width: 90,
          align: 'right',
          value: (r) => (r.own === undefined || r.national === undefined ? '—' : signedPoints(r.own - r.national)),
        },
      ],
      rows,
      { fontSize: 8.5, emphasis: (r) => r.total },
    );
    if (chart)
      pdf.chart(
        chart,
        `Gráfico 1. Puntaje por dimensión: ${data.entityName}${scores.department.count > 0 ? `, ${scores.department.label}` : ''} y promedio nacional`,
        {
          maxHeight: 330,
          minScale: 0.8,
        },
      );
  }
  if (data.findings.length) {
    pdf.subheading('Hallazgos del asesor(a) por dimensión', 60);
    await pdf.table(
      [
        { header: 'Dimensión', width: 110, bold: true, value: (f) => f.dimensionName },
        { header: 'Hallazgo', width: 390, wrap: true, value: (f) => f.text },
      ],
      data.findings,
      { fontSize: 8 },
    );
  }
  await pdf.report(0.45, 'Líneas de acción');

  pdf.heading('Líneas de acción', 80);
  if (!data.lines.length) pdf.paragraph('La hoja de ruta no tiene líneas de acción.');
  else {
    pdf.paragraph(
      `${plural(data.lines.length, 'línea de acción', 'líneas de acción')} en el orden de la hoja de ruta; costo estimado total ${formatPesos(total)}.`,
      { after: 0.3 },
    );
    await pdf.table<RoadmapReportLine>(
      [
        { header: 'N.º', width: 20, align: 'right', value: (l) => String(l.position) },
        { header: 'Dimensión', width: 62, wrap: true, value: (l) => l.dimensionName },
        { header: 'Línea de acción', width: 120, wrap: true, bold: true, value: (l) => l.title },
        { header: 'Prioridad', width: 42, value: (l) => l.priorityLabel },
        { header: 'Horizonte', width: 46, wrap: true, value: (l) => l.horizonLabel },
        { header: 'Responsable', width: 72, wrap: true, value: (l) => l.responsible },
        { header: 'Costo estimado', width: 68, align: 'right', value: (l) => formatPesos(l.estimatedCost) },
        { header: 'Componente de cofinanciación', width: 80, wrap: true, value: (l) => l.componentLabel ?? '—' },
      ],
      data.lines,
      { progress: { from: 0.45, to: 0.75, stage: 'Tabla de líneas de acción' } },
    );

    pdf.heading('Detalle de las líneas de acción', 80);
    data.lines.forEach((l) => {
      pdf.paragraph(`${l.position}. ${l.title}`, { font: BOLD, size: 10, color: REPORT_COLORS.primary, after: 0.2 });
      pdf.paragraph(`${l.dimensionName} · Prioridad ${l.priorityLabel.toLowerCase()} · ${l.horizonLabel}`, {
        size: 8.5,
        color: REPORT_COLORS.muted,
        after: 0.2,
      });
      pdf.paragraph(l.description);
    });
    await pdf.report(0.95, 'Detalle de las líneas');
  }
  return pdf.finish();
}
