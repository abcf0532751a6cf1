import { bogotaDateTime } from '../../../core/time/business-calendar';
import type { IndicatorRow } from '../../accompaniment/accompaniment-indicators.service';
import { caseloadSpec, esNumber, renderChart, SEMAFORO_COLORS } from '../report-charts';
import type { CaseloadData, CaseloadOverdueRow, CaseloadStateRow, ProgressFn } from '../report-data';
import { PdfReport, plural, type Align } from './pdf-document';

const bogotaLongDate = (d: Date) =>
  d.toLocaleDateString('es-CO', { timeZone: 'America/Bogota', day: 'numeric', month: 'long', year: 'numeric' });

type DepartmentRow = CaseloadData['departments'][number];

/**
 * The caseload: cases per process and state (chart, and table with the median days in state), the
 * overdue deadlines, and the open, closed and overdue cases per department.
 */
export async function caseloadPdf(data: CaseloadData, progress?: ProgressFn): Promise<Buffer> {
  const title = 'Informe de carga de trámites';
  const asOf = `${bogotaDateTime(data.asOf)} (hora de Bogotá)`;
  const pdf = new PdfReport(title, `Corte: ${bogotaLongDate(data.asOf)}`, progress);

  await pdf.report(0, 'Gráficas');
  const chart = data.states.length ? await renderChart(caseloadSpec(data.processes, data.states)) : null;
  await pdf.report(0.2, 'Gráficas');

  pdf.title(title, [`Corte: ${asOf}`, `Alcance: ${data.scopeLabel}`]);
  const open = data.states.filter((s) => !s.final).reduce((s, r) => s + r.count, 0);
  const closed = data.states.filter((s) => s.final).reduce((s, r) => s + r.count, 0);
  pdf.figures([
    { label: 'Casos', value: esNumber(data.totalCases) },
    { label: 'En curso', value: esNumber(open) },
    { label: 'Finalizados', value: esNumber(closed), color: '#566573' },
    {
      label: 'Términos vencidos',
      value: esNumber(data.overdue.length),
      color: data.overdue.length ? SEMAFORO_COLORS.BAJO : SEMAFORO_COLORS.ALTO,
    },
  ]);

  const chartCaption = 'Gráfico 1. Casos por trámite y estado';
  pdf.heading('Casos por trámite y estado', chart ? pdf.chartNeeds(chart, chartCaption, { maxHeight: 480, minScale: 0.8 }) : 40);
  if (chart) pdf.chart(chart, chartCaption, { maxHeight: 480, minScale: 0.8 });
  else pdf.paragraph('No hay casos en este alcance.');

  if (data.states.length) {
    pdf.subheading('Tabla 1. Casos por estado y mediana de días en el estado', 60);
    const days = (n: number | null) => (n === null ? '—' : esNumber(n, 1));
    await pdf.table<CaseloadStateRow>(
      [
        { header: 'Estado', width: 190, wrap: true, value: (s) => s.stateLabel },
        { header: 'Tipo', width: 56, value: (s) => (s.final ? 'Final' : 'En curso') },
        { header: 'Casos', width: 50, align: 'right', value: (s) => esNumber(s.count) },
        { header: 'Mediana de días en el estado (casos actuales)', width: 92, align: 'right', value: (s) => days(s.medianDaysInState) },
        { header: 'Mediana de días de las estancias terminadas', width: 92, align: 'right', value: (s) => days(s.medianDaysFinishedStays) },
      ],
      data.states,
      { fontSize: 8, group: (s) => s.processLabel, progress: { from: 0.2, to: 0.35, stage: 'Tabla de estados' } },
    );
  }

  pdf.onLayout('landscape');
  pdf.heading('Términos vencidos', 80);
  if (!data.overdue.length) pdf.paragraph('No hay términos vencidos.');
  else {
    pdf.paragraph(`${plural(data.overdue.length, 'término vencido', 'términos vencidos')}, del más atrasado al más reciente.`, {
      after: 0.3,
    });
    const overdue = [...data.overdue].sort((a, b) => b.daysOverdue - a.daysOverdue || a.dueAt.getTime() - b.dueAt.getTime());
    await pdf.table<CaseloadOverdueRow>(
      [
        { header: 'Trámite', width: 96, wrap: true, value: (o) => o.processLabel },
        { header: 'Entidad', width: 120, wrap: true, bold: true, value: (o) => o.entityName },
        { header: 'Departamento', width: 96, wrap: true, value: (o) => o.departmentName },
        { header: 'Estado', width: 96, wrap: true, value: (o) => o.stateLabel },
        { header: 'Término', width: 120, wrap: true, value: (o) => o.deadlineLabel },
        { header: 'Responsable', width: 62, value: (o) => o.ownerLabel },
        { header: 'Vencimiento', width: 90, wrap: true, value: (o) => bogotaLongDate(o.dueAt) },
        { header: 'Días vencidos', width: 48, align: 'right', bold: true, value: (o) => esNumber(o.daysOverdue) },
      ],
      overdue,
      { progress: { from: 0.35, to: 0.8, stage: 'Tabla de términos vencidos' } },
    );
  }

  pdf.onLayout(data.processes.length > 5 ? 'landscape' : 'portrait');
  pdf.heading('Casos por departamento', 80);
  if (!data.departments.length) pdf.paragraph('No hay casos por departamento en este alcance.');
  else {
    pdf.paragraph('Casos en curso de cada trámite, casos finalizados y términos vencidos por departamento.', { after: 0.3 });
    const total: DepartmentRow = {
      departmentCode: '',
      departmentName: 'Total',
      open: Object.fromEntries(data.processes.map((p) => [p.id, data.departments.reduce((s, d) => s + (d.open[p.id] ?? 0), 0)])),
      closed: data.departments.reduce((s, d) => s + d.closed, 0),
      overdue: data.departments.reduce((s, d) => s + d.overdue, 0),
    };
    await pdf.table<DepartmentRow>(
      [
        { header: 'Departamento', width: 150, wrap: true, value: (d) => d.departmentName },
        ...data.processes.map((p) => ({
          header: `En curso: ${p.label}`,
          width: 66,
          align: 'right' as Align,
          value: (d: DepartmentRow) => esNumber(d.open[p.id] ?? 0),
        })),
        { header: 'Finalizados', width: 58, align: 'right', value: (d) => esNumber(d.closed) },
        { header: 'Términos vencidos', width: 58, align: 'right', bold: true, value: (d) => esNumber(d.overdue) },
      ],
      [...data.departments, total],
      { emphasis: (d) => d === total, progress: { from: 0.8, to: 0.9, stage: 'Tabla de departamentos' } },
    );
  }

  await accompanimentSection(pdf, data.accompaniment);
  return pdf.finish();
}

/**
 * The technical accompaniment of the scope's cases, per advisor and per department: open cases,
 * sessions held, commitments overdue, median business days to the first session, satisfaction.
 */
async function accompanimentSection(pdf: PdfReport, data: CaseloadData['accompaniment']): Promise<void> {
  pdf.onLayout('portrait');
  pdf.heading('Acompañamiento técnico', 80);
  if (!data.byAdvisor.length && !data.byDepartment.length) {
    pdf.paragraph('No hay acompañamientos técnicos en este alcance.');
    return;
  }
  pdf.paragraph(
    'Acompañamientos abiertos hoy, sesiones realizadas, compromisos vencidos sin cumplir, mediana de días hábiles desde la asignación ' +
      'del asesor(a) hasta la primera sesión realizada, y satisfacción de las entidades (encuestas de 1 a 5), desde el inicio.',
    { after: 0.3 },
  );
  const decimals = (n: number | null, d: number) => (n === null ? '—' : esNumber(n, d));
  const columns = (first: string) => [
    { header: first, width: 150, wrap: true, bold: true, value: (r: IndicatorRow) => r.label },
    { header: 'Abiertos', width: 48, align: 'right' as Align, value: (r: IndicatorRow) => esNumber(r.openCases) },
    { header: 'Sesiones realizadas', width: 56, align: 'right' as Align, value: (r: IndicatorRow) => esNumber(r.sessionsHeld) },
    { header: 'Compromisos vencidos', width: 62, align: 'right' as Align, value: (r: IndicatorRow) => esNumber(r.commitmentsOverdue) },
    {
      header: 'Mediana de días hábiles a la primera sesión',
      width: 78,
      align: 'right' as Align,
      value: (r: IndicatorRow) => decimals(r.medianDaysToFirstSession, 1),
    },
    { header: 'Satisfacción (1 a 5)', width: 58, align: 'right' as Align, value: (r: IndicatorRow) => decimals(r.satisfactionAverage, 2) },
    { header: 'Encuestas', width: 50, align: 'right' as Align, value: (r: IndicatorRow) => esNumber(r.surveys) },
  ];
  pdf.subheading('Tabla. Acompañamiento técnico por asesor(a)', 60);
  await pdf.table<IndicatorRow>(columns('Asesor(a)'), data.byAdvisor, {
    progress: { from: 0.9, to: 0.94, stage: 'Acompañamiento por asesor' },
  });
  pdf.subheading('Tabla. Acompañamiento técnico por departamento', 60);
  await pdf.table<IndicatorRow>(columns('Departamento'), data.byDepartment, {
    progress: { from: 0.94, to: 0.97, stage: 'Acompañamiento por departamento' },
  });
}
