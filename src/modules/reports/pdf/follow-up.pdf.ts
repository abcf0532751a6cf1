import { longDay } from '../../../core/time/business-calendar';
import type { ProductMeasure, Semaforo } from '../../follow-up/measurement';
import type { SectorMeasure } from '../../follow-up/sector-measure';
import { annualizationLabel, bandCounts } from '../follow-up-export';
import {
  esNumber,
  esPercent,
  esPercentPoints,
  objectivesSpec,
  overallProgressSpec,
  pdfText,
  renderChart,
  REPORT_COLORS,
  SEMAFORO_COLORS,
  SEMAFORO_ORDER,
  semaforoSpec,
  semaforoText,
} from '../report-charts';
import type { FollowUpData, FollowUpImprovement, ProgressFn } from '../report-data';
import { BOLD, ITALIC, PdfReport, plural, signedPoints } from './pdf-document';

/** A measured value as reported (up to 2 decimals), "—" without one. */
const PLAIN_NUMBER = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 2 });
const plainNumber = (n: number | null) => (n === null ? '—' : PLAIN_NUMBER.format(n));

const statusDot = (status: Semaforo | null) => SEMAFORO_COLORS[status ?? 'SIN_DATO'];

/** A calendar day as Colombia writes it short: 30/06/2025. */
const shortDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** An improvement action as a table row: what, who, by when, and where it stands (with its note). */
const actionColumns = [
  { header: 'Acción de mejora', width: 220, wrap: true, value: (a: FollowUpImprovement) => a.action },
  { header: 'Responsable', width: 100, wrap: true, value: (a: FollowUpImprovement) => a.responsible },
  { header: 'Fecha de cumplimiento', width: 62, value: (a: FollowUpImprovement) => shortDay(a.dueOn) },
  {
    header: 'Estado',
    width: 110,
    wrap: true,
    value: (a: FollowUpImprovement) => `${a.statusLabel}${a.overdue ? ' (vencida)' : ''}${a.statusNote ? `: ${a.statusNote}` : ''}`,
    dot: (a: FollowUpImprovement) => (a.overdue ? SEMAFORO_COLORS.BAJO : a.status === 'DONE' ? SEMAFORO_COLORS.ALTO : null),
  },
];

/**
 * The follow-up report laid out like Bogotá's (CONPES D.C. 29, seguimiento 2024-1): which
 * measurement it is (the official one of the cut), the policy's accumulated progress against its
 * ideal trajectory and the gap, progress per objective, the semáforo of the products against the
 * trajectory and against the period's target (§5), the products per responsible sector (§6), the
 * annex table per product, and "Acciones para mejorar" (§9): the products in low compliance and in
 * over-execution with their latest narrative and their improvement actions.
 */
export async function followUpPdf(data: FollowUpData, progress?: ProgressFn): Promise<Buffer> {
  const { measure } = data;
  const cut = longDay(measure.cut);
  const title = `Informe de seguimiento — ${data.title}`;
  const pdf = new PdfReport(title, `Corte: ${cut}`, progress);

  await pdf.report(0, 'Gráficas');
  const names = new Map(data.products.map((p) => [p.objectiveCode, p.objectiveName]));
  const overallChart = await renderChart(overallProgressSpec(measure));
  const objectivesChart = await renderChart(objectivesSpec(measure, names));
  const semaforoChart = await renderChart(semaforoSpec(measure));
  await pdf.report(0.25, 'Gráficas');

  // 1. The policy as a whole.
  const { overall } = measure;
  pdf.title(title, [`Entidad: ${data.entityName} — corte: ${cut}`, data.basis.label]);
  pdf.doc.outline.addItem('Avance de la política');
  pdf.figures([
    { label: 'Avance acumulado de la política', value: esPercentPoints(overall.progress) },
    // As the Bogotá report prints them: progress with one decimal, the ideal and the gap with two.
    { label: 'Trayectoria ideal', value: esPercentPoints(overall.ideal, 2), color: '#566573' },
    {
      label: 'Brecha (avance − trayectoria ideal)',
      value: `${signedPoints(overall.gap)} puntos`,
      color: overall.gap < -0.005 ? SEMAFORO_COLORS.BAJO : SEMAFORO_COLORS.ALTO,
    },
  ]);
  const gapWords =
    Math.abs(overall.gap) < 0.005
      ? 'no presenta brecha'
      : `presenta una brecha ${overall.gap < 0 ? 'negativa' : 'positiva'} de ${esNumber(Math.abs(overall.gap), 2)} puntos porcentuales`;
  pdf.paragraph(
    `Para el corte a ${cut}, el avance acumulado de la política alcanzó un ${esPercentPoints(overall.progress)}. ` +
      `La trayectoria ideal de implementación a esa fecha, según las metas programadas, es de ${esPercentPoints(overall.ideal, 2)}; ` +
      `la política ${gapWords}. El avance suma el avance acumulado de cada producto (hasta el 100 %) por su importancia relativa.`,
  );
  pdf.chart(overallChart, 'Gráfico 1. Avance acumulado y trayectoria ideal de la política');

  // 2. Each objective.
  const productCount = measure.objectives.reduce((s, o) => s + o.products.length, 0);
  const objectivesText =
    `La política está compuesta por ${plural(measure.objectives.length, 'objetivo', 'objetivos')} y ${plural(productCount, 'producto', 'productos')}. ` +
    'El gráfico compara el avance acumulado de cada objetivo con su trayectoria ideal, ambos sobre el peso del propio objetivo; la tabla los da en puntos de la política.';
  const objectivesCaption = 'Gráfico 2. Avance acumulado y trayectoria ideal por objetivos';
  const objectivesOptions = { maxHeight: 330, minScale: 0.8 };
  pdf.heading(
    'Avances por objetivos',
    pdf.paragraphHeight(objectivesText) + pdf.chartNeeds(objectivesChart, objectivesCaption, objectivesOptions),
  );
  pdf.paragraph(objectivesText);
  pdf.chart(objectivesChart, objectivesCaption, objectivesOptions);
  pdf.subheading('Tabla 1. Avance por objetivo en puntos de la política', 50);
  await pdf.table(
    [
      { header: 'Objetivo', width: 42, value: (o) => o.code, bold: true },
      { header: 'Nombre', width: 190, wrap: true, value: (o) => names.get(o.code) ?? '' },
      { header: 'Productos', width: 44, align: 'right', value: (o) => esNumber(o.products.length) },
      { header: 'Peso', width: 38, align: 'right', value: (o) => esPercentPoints(o.weight, 0) },
      { header: 'Avance (pts)', width: 46, align: 'right', value: (o) => esNumber(o.progress, 2) },
      { header: 'Trayectoria ideal (pts)', width: 52, align: 'right', value: (o) => esNumber(o.ideal, 2) },
      { header: 'Brecha (pts)', width: 46, align: 'right', value: (o) => signedPoints(o.gap) },
    ],
    measure.objectives,
    { fontSize: 8 },
  );
  await pdf.report(0.3, 'Resumen');

  // 3. The semáforo.
  const all = measure.objectives.flatMap((o) => o.products);
  const d = measure.distribution;
  const semaforoText3 =
    'El semáforo clasifica cada producto por su avance frente a la meta, de la trayectoria esperada (PAHV, % de avance hasta la vigencia) ' +
    'o de la vigencia (PAV, % de avance en la vigencia): más de 125 % sobre ejecución (naranja), ' +
    'más de 75 % cumplimiento alto (verde), de 51 % a 75 % cumplimiento medio (amarillo) y hasta 50 % cumplimiento bajo (rojo). ' +
    `Frente a la trayectoria, de los ${esNumber(all.length)} productos, ${esNumber(d.ALTO)} tienen cumplimiento alto, ${esNumber(d.MEDIO)} medio y ${esNumber(d.BAJO)} bajo; ` +
    `${esNumber(d.SOBRE_EJECUCION)} están en sobre ejecución y ${esNumber(d.SIN_DATO)} no tienen dato. La tabla da también el semáforo frente a la meta del periodo.`;
  const semaforoCaption = 'Gráfico 3. Estado de avance de los productos hasta la vigencia (semáforo)';
  pdf.heading('Estado de avance de los productos', pdf.paragraphHeight(semaforoText3) + pdf.chartNeeds(semaforoChart, semaforoCaption));
  pdf.paragraph(semaforoText3);
  pdf.chart(semaforoChart, semaforoCaption);
  const inPeriod = bandCounts(all, (p) => p.statusInPeriod);
  pdf.subheading('Tabla 2. Productos por color del semáforo, frente a la trayectoria y frente a la meta del periodo', 50);
  await pdf.table(
    [
      { header: 'Semáforo', width: 150, value: (s) => semaforoText(s), dot: (s) => SEMAFORO_COLORS[s] },
      { header: 'Frente a la trayectoria esperada (PAHV)', width: 120, align: 'right', value: (s) => esNumber(d[s]) },
      { header: 'Frente a la meta del periodo (PAV)', width: 120, align: 'right', value: (s) => esNumber(inPeriod[s]) },
    ],
    SEMAFORO_ORDER,
    { fontSize: 8 },
  );

  // 4. Products per responsible sector (Bogotá report §6).
  const sectorsText =
    data.sectors.length === 1 && data.sectors[0].unassigned
      ? 'El plan no asigna sector responsable a sus productos.'
      : `Los productos del plan están a cargo de ${plural(data.sectors.filter((x) => !x.unassigned).length, 'sector responsable', 'sectores responsables')}` +
        `${data.sectors.some((x) => x.unassigned) ? ' (los productos sin sector asignado se cuentan aparte)' : ''}. ` +
        'La tabla da cuántos productos lidera cada sector y su semáforo frente a la trayectoria esperada (PAHV).';
  // Kept whole with its heading when it fits a page (a sector table split for its last rows reads badly).
  pdf.heading('Productos por sector responsable', pdf.paragraphHeight(sectorsText) + Math.min(400, 40 + 16 * data.sectors.length));
  pdf.paragraph(sectorsText);
  await pdf.table(
    [
      { header: 'Sector responsable', width: 170, wrap: true, bold: true, value: (x: SectorMeasure) => x.sector },
      { header: 'Productos', width: 50, align: 'right', value: (x) => esNumber(x.products) },
      ...SEMAFORO_ORDER.map((band) => ({
        header: semaforoText(band),
        width: 56,
        value: (x: SectorMeasure) => (x.distribution[band] ? esNumber(x.distribution[band]) : '—'),
        dot: (x: SectorMeasure) => (x.distribution[band] ? SEMAFORO_COLORS[band] : null),
      })),
    ],
    data.sectors,
    { fontSize: 8 },
  );

  // 5. Annex: one row per product, on landscape pages.
  pdf.onLayout('landscape');
  pdf.heading('Anexo. Avance por producto', 120);
  const words = new Map(data.products.map((p) => [p.code, p]));
  const periods = new Set(all.map((p) => p.period));
  const periodLabel = periods.size === 1 && [...periods][0] ? ` ${[...periods][0]}` : ' del periodo';
  pdf.legendLine([
    ...SEMAFORO_ORDER.map((s) => ({ color: SEMAFORO_COLORS[s], label: semaforoText(s) })),
    { color: 'white', label: 'PAV: % de avance en la vigencia · PAHV: % de avance hasta la vigencia · PAA: % de avance acumulado' },
  ]);
  const objectiveOf = new Map(measure.objectives.flatMap((o) => o.products.map((p) => [p.code, o.code])));
  await pdf.table<ProductMeasure>(
    [
      { header: 'Código', width: 34, bold: true, value: (p) => p.code },
      { header: 'Producto', width: 170, wrap: true, value: (p) => words.get(p.code)?.name ?? '' },
      { header: 'Indicador', width: 124, wrap: true, value: (p) => words.get(p.code)?.indicator ?? '' },
      { header: 'Tipo de anualización', width: 52, value: (p) => annualizationLabel[p.annualization] },
      { header: 'Peso', width: 30, align: 'right', value: (p) => esNumber(p.weight, 2) },
      {
        header: `Avance / meta${periodLabel}`,
        width: 66,
        align: 'right',
        wrap: true,
        value: (p) => `${plainNumber(p.periodValue)} / ${plainNumber(p.periodTarget)}`,
      },
      { header: 'PAV', width: 40, align: 'right', value: (p) => esPercent(p.pav) },
      { header: 'PAHV', width: 40, align: 'right', value: (p) => esPercent(p.pahv) },
      { header: 'PAA', width: 40, align: 'right', value: (p) => esPercent(p.paa) },
      // Wrapped: "Cumplimiento medio" takes two lines rather than an ellipsis in a column this narrow.
      {
        header: 'Semáforo trayectoria (PAHV)',
        width: 76,
        wrap: true,
        value: (p) => semaforoText(p.status),
        dot: (p) => statusDot(p.status),
      },
      {
        header: 'Semáforo vigencia (PAV)',
        width: 76,
        wrap: true,
        value: (p) => semaforoText(p.statusInPeriod),
        dot: (p) => statusDot(p.statusInPeriod),
      },
      { header: 'Sector responsable', width: 64, wrap: true, value: (p) => words.get(p.code)?.sector ?? '—' },
    ],
    all,
    {
      group: (p) => {
        const code = objectiveOf.get(p.code) ?? '';
        return `Objetivo ${code}${names.get(code) ? ` — ${names.get(code)}` : ''}`;
      },
      progress: { from: 0.3, to: 0.85, stage: 'Tabla de productos' },
    },
  );

  // 6. Products to act on (Bogotá report §9): what their sector reported and the improvement actions that answer them.
  pdf.onLayout('portrait');
  const overdue = data.improvements.filter((a) => a.overdue).length;
  const improvementsText =
    'Esta sección hace énfasis en los productos con cumplimiento bajo y en los sobre ejecutados frente a la trayectoria esperada. ' +
    'Para ellos, el sector líder de cada producto registra acciones de mejora que gestionen ambas situaciones: qué se hará, quién responde y para cuándo. ' +
    `Estado de las acciones al ${longDay(data.asOf)}: ${plural(data.improvements.length, 'acción registrada', 'acciones registradas')}` +
    `${overdue ? `, ${plural(overdue, 'vencida', 'vencidas')}` : ''}.`;
  pdf.heading('Acciones para mejorar', pdf.paragraphHeight(improvementsText) + 60);
  pdf.paragraph(improvementsText);
  const sections = [
    { status: 'BAJO' as const, title: 'Productos en bajo cumplimiento', none: 'Ningún producto está en bajo cumplimiento al corte.' },
    {
      status: 'SOBRE_EJECUCION' as const,
      title: 'Productos en sobre ejecución',
      none: 'Ningún producto está en sobre ejecución al corte.',
    },
  ];
  const actionsOf = (code: string) => data.improvements.filter((a) => a.productCode === code);
  for (const section of sections) {
    const products = all.filter((p) => p.status === section.status);
    const share = all.length ? ` — ${esPercent(products.length / all.length, 0)}` : '';
    pdf.subheading(`${section.title} (${plural(products.length, 'producto', 'productos')}${share})`, 60);
    if (!products.length) pdf.paragraph(section.none);
    for (const p of products) {
      const name = pdfText(`${p.code} ${words.get(p.code)?.name ?? ''}`);
      const narrative = data.narratives[p.code];
      const doc = pdf.doc;
      doc.font(BOLD).fontSize(9.5);
      pdf.ensure(doc.heightOfString(name, { width: pdf.width }) + 40);
      doc.fillColor(REPORT_COLORS.text).text(name, pdf.left, doc.y, { width: pdf.width });
      doc.moveDown(0.2);
      pdf.legendLine([
        {
          color: statusDot(p.status),
          label: `${semaforoText(p.status)} · PAHV ${esPercent(p.pahv)} · PAA ${esPercent(p.paa)} · peso ${esNumber(p.weight, 2)} puntos`,
        },
        { color: statusDot(p.statusInPeriod), label: `Vigencia: ${semaforoText(p.statusInPeriod)} · PAV ${esPercent(p.pav)}` },
      ]);
      const sector = words.get(p.code)?.sector;
      if (sector) pdf.paragraph(`Sector responsable: ${sector}`, { size: 8.5, color: REPORT_COLORS.muted, after: 0.2 });
      if (narrative) {
        pdf.paragraph(`Narrativa del periodo ${narrative.period}:`, { font: BOLD, size: 8.5, color: REPORT_COLORS.muted, after: 0.1 });
        pdf.paragraph(narrative.text, { after: 0.4 });
      } else pdf.paragraph('Sin narrativa reportada.', { font: ITALIC, color: REPORT_COLORS.muted, after: 0.4 });
      const actions = actionsOf(p.code);
      if (actions.length) await pdf.table(actionColumns, actions, { fontSize: 7.5 });
      else pdf.paragraph('Sin acciones de mejora registradas.', { font: ITALIC, color: SEMAFORO_COLORS.BAJO, after: 0.9 });
    }
    pdf.doc.moveDown(0.5);
  }
  // Actions of products no longer low or over-executed at the cut are still followed up.
  const others = data.improvements.filter((a) => {
    const status = all.find((p) => p.code === a.productCode)?.status ?? null;
    return status !== 'BAJO' && status !== 'SOBRE_EJECUCION';
  });
  if (others.length) {
    pdf.subheading(`Otras acciones de mejora en seguimiento (${plural(others.length, 'acción', 'acciones')})`, 60);
    pdf.paragraph('Acciones de productos que al corte ya no están en cumplimiento bajo ni en sobre ejecución.', { after: 0.3 });
    const statusOf = new Map(all.map((p) => [p.code, p.status]));
    await pdf.table(
      [
        { header: 'Producto', width: 50, bold: true, value: (a: FollowUpImprovement) => a.productCode },
        {
          header: 'Semáforo al corte',
          width: 80,
          wrap: true,
          value: (a: FollowUpImprovement) => semaforoText(statusOf.get(a.productCode) ?? null),
          dot: (a: FollowUpImprovement) => statusDot(statusOf.get(a.productCode) ?? null),
        },
        ...actionColumns,
      ],
      others,
      { fontSize: 7.5 },
    );
  }
  await pdf.report(0.95, 'Acciones para mejorar');
  return pdf.finish();
}
