import { longDay } from '../../../core/time/business-calendar';
import type { ProductMeasure, Semaforo } from '../../follow-up/measurement';
import { annualizationLabel } from '../follow-up-export';
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
import type { FollowUpData, ProgressFn } from '../report-data';
import { BOLD, ITALIC, PdfReport, plural, signedPoints } from './pdf-document';

/** A measured value as reported (up to 2 decimals), "—" without one. */
const PLAIN_NUMBER = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 2 });
const plainNumber = (n: number | null) => (n === null ? '—' : PLAIN_NUMBER.format(n));

const statusDot = (status: Semaforo | null) => SEMAFORO_COLORS[status ?? 'SIN_DATO'];

/**
 * The follow-up report laid out like Bogotá's (CONPES D.C. 29, seguimiento 2024-1): the policy's
 * accumulated progress against its ideal trajectory and the gap, progress per objective, the
 * semáforo of the products, the annex table per product, and the products in low compliance and
 * in over-execution with their latest narrative.
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
  pdf.title(title, [`Entidad: ${data.entityName} — corte: ${cut}`]);
  pdf.doc.outline.addItem('Avance de la política');
  pdf.figures([
    { label: 'Avance acumulado de la política', value: esPercentPoints(overall.progress) },
    { label: 'Trayectoria ideal', value: esPercentPoints(overall.ideal), color: '#566573' },
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
      `La trayectoria ideal de implementación a esa fecha, según las metas programadas, es de ${esPercentPoints(overall.ideal)}; ` +
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
    'El semáforo clasifica cada producto por su porcentaje de avance hasta la vigencia (PAHV): más de 125 % sobre ejecución (naranja), ' +
    'más de 75 % cumplimiento alto (verde), de 51 % a 75 % cumplimiento medio (amarillo) y hasta 50 % cumplimiento bajo (rojo). ' +
    `De los ${esNumber(all.length)} productos, ${esNumber(d.ALTO)} tienen cumplimiento alto, ${esNumber(d.MEDIO)} medio y ${esNumber(d.BAJO)} bajo; ` +
    `${esNumber(d.SOBRE_EJECUCION)} están en sobre ejecución y ${esNumber(d.SIN_DATO)} no tienen dato.`;
  const semaforoCaption = 'Gráfico 3. Estado de avance de los productos hasta la vigencia (semáforo)';
  pdf.heading('Estado de avance de los productos', pdf.paragraphHeight(semaforoText3) + pdf.chartNeeds(semaforoChart, semaforoCaption));
  pdf.paragraph(semaforoText3);
  pdf.chart(semaforoChart, semaforoCaption);

  // 4. Annex: one row per product, on landscape pages.
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
      { header: 'Producto', width: 196, wrap: true, value: (p) => words.get(p.code)?.name ?? '' },
      { header: 'Indicador', width: 160, wrap: true, value: (p) => words.get(p.code)?.indicator ?? '' },
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
      { header: 'Semáforo', width: 82, value: (p) => semaforoText(p.status), dot: (p) => statusDot(p.status) },
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

  // 5. Products to act on, with what their sector reported.
  pdf.onLayout('portrait');
  const sections = [
    { status: 'BAJO' as const, title: 'Productos en bajo cumplimiento', none: 'Ningún producto está en bajo cumplimiento al corte.' },
    {
      status: 'SOBRE_EJECUCION' as const,
      title: 'Productos en sobre ejecución',
      none: 'Ningún producto está en sobre ejecución al corte.',
    },
  ];
  for (const section of sections) {
    const products = all.filter((p) => p.status === section.status);
    const share = all.length ? ` — ${esPercent(products.length / all.length, 0)}` : '';
    pdf.heading(`${section.title} (${plural(products.length, 'producto', 'productos')}${share})`, 60);
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
      ]);
      if (narrative) {
        pdf.paragraph(`Narrativa del periodo ${narrative.period}:`, { font: BOLD, size: 8.5, color: REPORT_COLORS.muted, after: 0.1 });
        pdf.paragraph(narrative.text, { after: 0.9 });
      } else pdf.paragraph('Sin narrativa reportada.', { font: ITALIC, color: REPORT_COLORS.muted, after: 0.9 });
    }
    pdf.doc.moveDown(0.5);
  }
  await pdf.report(0.95, 'Productos en bajo cumplimiento y en sobre ejecución');
  return pdf.finish();
}
