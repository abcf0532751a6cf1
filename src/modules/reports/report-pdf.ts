import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';

import { bogotaDateTime, longDay } from '../../core/time/business-calendar';
import { annualizationLabel } from '../follow-up/follow-up-export';
import type { ProductMeasure, Semaforo } from '../follow-up/measurement';
import {
  caseloadSpec,
  departmentsSpec,
  dimensionsSpec,
  esNumber,
  esPercent,
  esPercentPoints,
  levelsSpec,
  objectivesSpec,
  overallProgressSpec,
  pdfText,
  renderChart,
  REPORT_COLORS,
  SEMAFORO_COLORS,
  SEMAFORO_ORDER,
  semaforoSpec,
  semaforoText,
  type Chart,
} from './report-charts';
import type {
  CaseloadData,
  CaseloadOverdueRow,
  CaseloadStateRow,
  FollowUpData,
  IndexData,
  IndexGroupRow,
  IndexRankRow,
  ProgressFn,
} from './report-data';

/**
 * The reports as PDF: A4 pages with a header line (the report's title) and a footer ("Página N de
 * M"), charts drawn as vector graphics (Vega-Lite → SVG → svg-to-pdfkit, never an image), tables
 * drawn with plain text calls that paginate by themselves (the header row repeated on each page,
 * long cells wrapped, wide tables on landscape pages). The standard Helvetica fonts are used: they
 * need no font file and cover Spanish (WinAnsi); text is passed through `pdfText` first.
 */

type Layout = 'portrait' | 'landscape';
type Align = 'left' | 'right' | 'center';

const MARGINS = { top: 58, bottom: 52, left: 50, right: 50 };
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const ITALIC = 'Helvetica-Oblique';
const AUTHOR = 'Ministerio de Tecnologías de la Información y las Comunicaciones';

/** A table column: its share of the width, how its text is laid out, and how a row fills it. */
interface Column<R> {
  header: string;
  /** Relative width: the table scales the columns to the page's width. */
  width: number;
  align?: Align;
  /** Long text wraps onto several lines (otherwise it is cut with "…"). */
  wrap?: boolean;
  bold?: boolean;
  value: (row: R) => string;
  /** A coloured dot drawn before the text (the semáforo). */
  dot?: (row: R) => string | null;
}

interface ChartOptions {
  /** The tallest it may be drawn (points). */
  maxHeight?: number;
  /** How far it may be squeezed to stay on the page (a fraction of its size). */
  minScale?: number;
  /** Write the source line under it (default true). */
  source?: boolean;
}

interface TableOptions<R> {
  fontSize?: number;
  /** Space above and below the text of a row (points). */
  padY?: number;
  /** A band row spanning the table whenever this value changes (e.g. the objective). */
  group?: (row: R) => string;
  /** Shade every other row. */
  zebra?: boolean;
  /** Rows in bold (a total). */
  emphasis?: (row: R) => boolean;
  /** Progress reported as pages fill: from → to of the writer's own work, under this stage. */
  progress?: { from: number; to: number; stage: string };
}

const bogotaLongDate = (d: Date) =>
  d.toLocaleDateString('es-CO', { timeZone: 'America/Bogota', day: 'numeric', month: 'long', year: 'numeric' });
/** A measured value as reported (up to 2 decimals), "—" without one. */
const PLAIN_NUMBER = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 2 });
const plainNumber = (n: number | null) => (n === null ? '—' : PLAIN_NUMBER.format(n));
/** Points with their sign ("-9,88"); "0,00" when it rounds to nothing. */
const signedPoints = (n: number) =>
  n.toLocaleString('es-CO', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
const plural = (n: number, one: string, many: string) => `${esNumber(n)} ${n === 1 ? one : many}`;

/** A PDF being written: page furniture, flowing text, charts and tables. */
class PdfReport {
  readonly doc: PDFKit.PDFDocument;
  private readonly done: Promise<Buffer>;
  private layout: Layout = 'portrait';

  constructor(
    private readonly header: string,
    private readonly headerRight: string,
    private readonly progress: ProgressFn | undefined,
  ) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGINS,
      bufferPages: true,
      lang: 'es-CO',
      displayTitle: true,
      info: { Title: pdfText(header), Author: AUTHOR, Creator: 'Motor CTI — MinTIC', Producer: 'Motor CTI — MinTIC' },
    });
    const chunks: Buffer[] = [];
    this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    this.done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.doc.font(FONT).fontSize(9).fillColor(REPORT_COLORS.text);
  }

  get left(): number {
    return this.doc.page.margins.left;
  }
  get right(): number {
    return this.doc.page.width - this.doc.page.margins.right;
  }
  get width(): number {
    return this.right - this.left;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  async report(fraction: number, stage: string): Promise<void> {
    await this.progress?.(Math.max(0, Math.min(1, fraction)), stage);
  }

  newPage(layout: Layout = this.layout): void {
    this.layout = layout;
    this.doc.addPage({ size: 'A4', layout, margins: MARGINS });
    this.doc.x = this.left;
    this.doc.y = this.doc.page.margins.top;
  }

  /** A new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  /** On a page of this layout: the current one if it is so and still empty, else a new one. */
  onLayout(layout: Layout): void {
    const empty = this.doc.y <= this.doc.page.margins.top + 1;
    if (layout !== this.layout || !empty) this.newPage(layout);
  }

  title(text: string, subtitle: string[]): void {
    const { doc } = this;
    doc.font(BOLD).fontSize(17).fillColor(REPORT_COLORS.primary).text(pdfText(text), this.left, doc.y, { width: this.width });
    doc.moveDown(0.3);
    doc.font(FONT).fontSize(10).fillColor(REPORT_COLORS.text);
    for (const line of subtitle) doc.text(pdfText(line), this.left, doc.y, { width: this.width });
    doc.moveDown(0.6);
    doc.moveTo(this.left, doc.y).lineTo(this.right, doc.y).lineWidth(1).strokeColor(REPORT_COLORS.primary).stroke();
    doc.moveDown(0.8);
  }

  /** A section title, kept with at least `keep` points of what follows; listed in the outline. */
  heading(text: string, keep = 80, outline = true): void {
    const { doc } = this;
    doc.font(BOLD).fontSize(12.5);
    this.ensure(doc.heightOfString(pdfText(text), { width: this.width }) + keep);
    if (outline) doc.outline.addItem(pdfText(text));
    doc.fillColor(REPORT_COLORS.primary).text(pdfText(text), this.left, doc.y, { width: this.width });
    doc.moveDown(0.4);
    doc.font(FONT).fontSize(9).fillColor(REPORT_COLORS.text);
  }

  subheading(text: string, keep = 60): void {
    const { doc } = this;
    doc.font(BOLD).fontSize(10);
    this.ensure(doc.heightOfString(pdfText(text), { width: this.width }) + keep);
    doc.fillColor(REPORT_COLORS.text).text(pdfText(text), this.left, doc.y, { width: this.width });
    doc.moveDown(0.3);
    doc.font(FONT).fontSize(9);
  }

  paragraph(text: string, options: { font?: string; size?: number; color?: string; after?: number } = {}): void {
    const { doc } = this;
    doc
      .font(options.font ?? FONT)
      .fontSize(options.size ?? 9.5)
      .fillColor(options.color ?? REPORT_COLORS.text);
    this.ensure(doc.currentLineHeight(true) * 2);
    doc.text(pdfText(text), this.left, doc.y, { width: this.width, lineGap: 1.5 });
    doc.moveDown(options.after ?? 0.6);
    doc.font(FONT).fontSize(9).fillColor(REPORT_COLORS.text);
  }

  /** Key figures in boxes side by side. */
  figures(items: { label: string; value: string; color?: string; note?: string }[]): void {
    const { doc } = this;
    const gap = 10;
    const boxWidth = (this.width - gap * (items.length - 1)) / items.length;
    const height = items.some((i) => i.note) ? 62 : 50;
    this.ensure(height + 10);
    const y = doc.y;
    items.forEach((item, i) => {
      const x = this.left + i * (boxWidth + gap);
      doc.roundedRect(x, y, boxWidth, height, 4).lineWidth(0.8).fillAndStroke('#F4F6F7', '#D5D8DC');
      doc
        .font(FONT)
        .fontSize(8)
        .fillColor(REPORT_COLORS.muted)
        .text(pdfText(item.label), x + 8, y + 7, { width: boxWidth - 16, height: 20, ellipsis: true });
      doc
        .font(BOLD)
        .fontSize(16)
        .fillColor(item.color ?? REPORT_COLORS.primary)
        .text(pdfText(item.value), x + 8, y + 24, { width: boxWidth - 16, lineBreak: false });
      if (item.note)
        doc
          .font(FONT)
          .fontSize(7.5)
          .fillColor(REPORT_COLORS.muted)
          .text(pdfText(item.note), x + 8, y + 45, { width: boxWidth - 16, lineBreak: false });
    });
    doc.x = this.left;
    doc.y = y + height + 14;
    doc.font(FONT).fontSize(9).fillColor(REPORT_COLORS.text);
  }

  /** How tall a paragraph is at this width (with the space after it). */
  paragraphHeight(text: string, size = 9.5, after = 0.6): number {
    const { doc } = this;
    doc.font(FONT).fontSize(size);
    return doc.heightOfString(pdfText(text), { width: this.width, lineGap: 1.5 }) + doc.currentLineHeight(true) * after;
  }

  private chartBox(chart: Chart, caption: string, options: ChartOptions) {
    const { doc } = this;
    const scale = Math.min(1, this.width / chart.width, (options.maxHeight ?? 380) / chart.height);
    doc.font(BOLD).fontSize(9);
    const extra = doc.heightOfString(pdfText(caption), { width: this.width }) + 4 + (options.source === false ? 4 : 14) + 10;
    return { scale, extra };
  }

  /** The least room a chart takes (caption and source included), squeezed as far as it may be. */
  chartNeeds(chart: Chart, caption: string, options: ChartOptions = {}): number {
    const { scale, extra } = this.chartBox(chart, caption, options);
    return extra + chart.height * scale * (options.minScale ?? 1);
  }

  /**
   * A chart as vector graphics, centred, scaled down to fit the width and `maxHeight`, its caption
   * above. When the rest of the page is short it is squeezed down to `minScale` of its size before
   * going to the next page.
   */
  chart(chart: Chart, caption: string, options: ChartOptions = {}): void {
    const { doc } = this;
    const box = this.chartBox(chart, caption, options);
    let scale = box.scale;
    const room = this.bottom - doc.y - box.extra;
    if (chart.height * scale > room) {
      if (room / chart.height >= box.scale * (options.minScale ?? 1)) scale = room / chart.height;
      else this.newPage();
    }
    const width = chart.width * scale;
    const height = chart.height * scale;
    doc.font(BOLD).fontSize(9).fillColor(REPORT_COLORS.text).text(pdfText(caption), this.left, doc.y, { width: this.width });
    const y = doc.y + 4;
    const x = this.left + (this.width - width) / 2;
    doc.save();
    SVGtoPDF(doc, chart.svg, x, y, { width, height, assumePt: true, preserveAspectRatio: 'xMidYMid meet' });
    doc.restore();
    doc.x = this.left;
    doc.y = y + height + 2;
    if (options.source !== false) {
      doc
        .font(FONT)
        .fontSize(7)
        .fillColor(REPORT_COLORS.muted)
        .text('Fuente: motor de flujos CTI — MinTIC.', this.left, doc.y, { width: this.width });
    }
    doc.moveDown(0.8);
    doc.font(FONT).fontSize(9).fillColor(REPORT_COLORS.text);
  }

  /** A coloured dot and a label on one line. */
  legendLine(items: { color: string; label: string }[]): void {
    const { doc } = this;
    doc.font(FONT).fontSize(8);
    this.ensure(14);
    let x = this.left;
    const y = doc.y;
    for (const item of items) {
      const label = pdfText(item.label);
      doc.circle(x + 4, y + 3.5, 3.5).fill(item.color);
      doc.fillColor(REPORT_COLORS.text).text(label, x + 11, y, { lineBreak: false });
      x += 11 + doc.widthOfString(label) + 14;
    }
    doc.x = this.left;
    doc.y = y + 14;
  }

  /** A line of text cut to `width` with "…" when it does not fit (the current font). */
  fit(text: string, width: number): string {
    const { doc } = this;
    if (doc.widthOfString(text) <= width) return text;
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (doc.widthOfString(`${text.slice(0, mid)}…`) <= width) lo = mid;
      else hi = mid - 1;
    }
    return `${text.slice(0, lo).trimEnd()}…`;
  }

  /**
   * A table drawn row by row: wrapping cells grow the row, a row that does not fit goes to a new
   * page (same layout) under a repeated header row. Awaits the progress callback once per page.
   */
  async table<R>(columns: Column<R>[], rows: readonly R[], options: TableOptions<R> = {}): Promise<void> {
    const { doc } = this;
    const size = options.fontSize ?? 7.5;
    const padX = 3;
    const padY = options.padY ?? 3;
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
    doc.fontSize(size);
    doc.font(FONT);
    const lineHeight = doc.currentLineHeight(true);

    const textHeight = (text: string, width: number, font: string) => {
      doc.font(font);
      if (!text.includes('\n') && doc.widthOfString(text) <= width) return lineHeight;
      return doc.heightOfString(text, { width });
    };

    // Header words are never split: the header row's font shrinks (to 6 pt) until its longest word fits.
    const headers = columns.map((c) => pdfText(c.header));
    let headerSize = size;
    doc.font(BOLD);
    const longestWordFits = () =>
      // pdfkit's wrapper measures a word with the space after it.
      headers.every((h, i) => h.split(/\s+/).every((word) => doc.fontSize(headerSize).widthOfString(`${word} `) <= widths[i] - 2 * padX));
    while (headerSize > 6 && !longestWordFits()) headerSize -= 0.25;
    doc.fontSize(headerSize);
    const headerLines = Math.max(...headers.map((h, i) => doc.heightOfString(h, { width: widths[i] - 2 * padX })));
    const headerHeight = headerLines + 2 * Math.max(3, padY);
    doc.fontSize(size);
    const drawHeader = () => {
      const y = doc.y;
      doc.rect(this.left, y, this.width, headerHeight).fill(REPORT_COLORS.primary);
      doc.font(BOLD).fontSize(headerSize).fillColor('white');
      headers.forEach((h, i) => {
        doc.text(h, xs[i] + padX, y + Math.max(3, padY), {
          width: widths[i] - 2 * padX,
          align: columns[i].align ?? 'left',
          height: headerHeight,
        });
      });
      doc.fontSize(size);
      doc.y = y + headerHeight;
    };

    const drawGroup = (label: string, height: number) => {
      const y = doc.y;
      doc.rect(this.left, y, this.width, height).fill('#D6EAF8');
      doc
        .font(BOLD)
        .fontSize(size + 0.5)
        .fillColor(REPORT_COLORS.primary)
        .text(this.fit(label, this.width - 2 * padX), this.left + padX, y + padY, { lineBreak: false });
      doc.y = y + height;
    };

    const progress = options.progress;
    const rowsPerReport = Math.max(1, Math.ceil(rows.length / 40));
    const report = async (i: number) => {
      if (progress) await this.report(progress.from + ((progress.to - progress.from) * i) / Math.max(1, rows.length), progress.stage);
    };

    // The header row is drawn with the first row (never alone at the foot of a page) and again atop each page.
    let headerDrawn = false;
    let lastGroup: string | null = null;
    const groupHeight = lineHeight + 2 * padY + 1;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      const texts = columns.map((c) => pdfText(c.value(row)));
      const strong = options.emphasis?.(row) ?? false;
      const fonts = columns.map((c) => (c.bold || strong ? BOLD : FONT));
      const heights = columns.map((c, i) => {
        const inner = widths[i] - 2 * padX - (c.dot ? 9 : 0);
        return c.wrap ? textHeight(texts[i], inner, fonts[i]) : lineHeight;
      });
      // A row never outgrows a page: past that its wrapped cells end in "…".
      const rowHeight = Math.min(Math.max(...heights) + 2 * padY, this.bottom - MARGINS.top - headerHeight - groupHeight);
      const group = options.group ? pdfText(options.group(row)) : null;
      const needsGroup = group !== null && group !== lastGroup;
      const needed = rowHeight + (needsGroup ? groupHeight : 0) + (headerDrawn ? 0 : headerHeight);
      if (doc.y + needed > this.bottom) {
        this.newPage();
        drawHeader();
        headerDrawn = true;
        if (r % rowsPerReport !== 0) await report(r);
        if (group !== null && !needsGroup) drawGroup(`${group} (continuación)`, groupHeight);
      } else if (!headerDrawn) {
        drawHeader();
        headerDrawn = true;
      }
      if (r % rowsPerReport === 0) await report(r);
      if (needsGroup) {
        drawGroup(group, groupHeight);
        lastGroup = group;
      }
      const y = doc.y;
      if (strong) doc.rect(this.left, y, this.width, rowHeight).fill('#EAF2F8');
      else if (options.zebra !== false && r % 2 === 1) doc.rect(this.left, y, this.width, rowHeight).fill('#F4F6F7');
      columns.forEach((c, i) => {
        let x = xs[i] + padX;
        let inner = widths[i] - 2 * padX;
        const dot = c.dot?.(row);
        if (c.dot) {
          if (dot) doc.circle(x + 3.5, y + padY + lineHeight / 2 - 0.5, 3.2).fill(dot);
          x += 9;
          inner -= 9;
        }
        doc.font(fonts[i]).fontSize(size).fillColor(REPORT_COLORS.text);
        const text = texts[i];
        if (c.wrap && heights[i] > lineHeight) {
          doc.text(text, x, y + padY, { width: inner, align: c.align ?? 'left', height: rowHeight - 2 * padY + 0.5, ellipsis: true });
        } else {
          // One line: placed by hand, without pdfkit's line wrapper (fast for thousands of cells).
          const line = this.fit(text, inner);
          const lineWidth = doc.widthOfString(line);
          const dx = c.align === 'right' ? inner - lineWidth : c.align === 'center' ? (inner - lineWidth) / 2 : 0;
          doc.text(line, x + dx, y + padY, { lineBreak: false });
        }
      });
      doc
        .moveTo(this.left, y + rowHeight)
        .lineTo(this.right, y + rowHeight)
        .lineWidth(0.4)
        .strokeColor('#D5D8DC')
        .stroke();
      doc.y = y + rowHeight;
    }
    if (!headerDrawn) {
      this.ensure(headerHeight);
      drawHeader();
    }
    await report(rows.length);
    doc.x = this.left;
    doc.moveDown(1);
    doc.font(FONT).fontSize(9).fillColor(REPORT_COLORS.text);
  }

  /** Headers and footers on every page, then the file. */
  async finish(): Promise<Buffer> {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const { width, height, margins } = doc.page;
      const saved = { ...margins };
      // Writing in the margins: no automatic page break there.
      doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
      const left = saved.left;
      const right = width - saved.right;
      doc.font(FONT).fontSize(7.5).fillColor(REPORT_COLORS.muted);
      const rightText = pdfText(this.headerRight);
      const rightWidth = doc.widthOfString(rightText);
      const title = this.fit(pdfText(this.header), right - left - rightWidth - 20);
      doc.text(title, left, 26, { lineBreak: false });
      doc.text(rightText, right - rightWidth, 26, { lineBreak: false });
      doc.moveTo(left, 38).lineTo(right, 38).lineWidth(0.6).strokeColor('#BFC9CA').stroke();
      doc
        .moveTo(left, height - 36)
        .lineTo(right, height - 36)
        .lineWidth(0.6)
        .strokeColor('#BFC9CA')
        .stroke();
      doc.text('Ministerio TIC — Ciudades y Territorios Inteligentes', left, height - 30, { lineBreak: false });
      const pageText = `Página ${i - range.start + 1} de ${range.count}`;
      doc.text(pageText, right - doc.widthOfString(pageText), height - 30, { lineBreak: false });
      doc.page.margins = saved;
    }
    doc.end();
    const file = await this.done;
    await this.report(1, 'Documento listo');
    return file;
  }
}

// ---------------------------------------------------------------------------------------------
// Informe de seguimiento.

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

// ---------------------------------------------------------------------------------------------
// Índice CTI.

/**
 * The Índice CTI of a cycle: national figures, the distribution by level, the national average
 * per dimension, the departments' averages and the ranking (one landscape table; 1,135 rows take
 * about 35 pages). An entity's own report shows only its row against the national figures.
 */
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
      'y cada una queda en un nivel de madurez según su índice.',
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
  pdf.paragraph(`Las ${esNumber(data.ranking.length)} entidades clasificadas, de mayor a menor índice; los empates comparten puesto.`, {
    after: 0.3,
  });
  if (!data.ranking.length) pdf.paragraph('No hay entidades clasificadas.');
  else
    await pdf.table<IndexRankRow>(
      [
        { header: 'Puesto', width: 32, align: 'right', value: (r) => esNumber(r.rank) },
        { header: 'Entidad', width: 138, wrap: true, bold: true, value: (r) => r.entityName },
        { header: 'Departamento', width: 106, wrap: true, value: (r) => r.departmentName },
        { header: 'Tipo', width: 54, value: (r) => r.kindLabel },
        { header: 'Índice', width: 36, align: 'right', bold: true, value: (r) => esNumber(r.index, 1) },
        { header: 'Nivel', width: 64, value: (r) => levelName(r.level, r.levelName) },
        ...dimensionColumns(50),
      ],
      data.ranking,
      { padY: 2.2, progress: { from: 0.3, to: 0.97, stage: 'Tabla de clasificación' } },
    );
  return pdf.finish();
}

// ---------------------------------------------------------------------------------------------
// Carga de trámites.

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
      { emphasis: (d) => d === total, progress: { from: 0.8, to: 0.97, stage: 'Tabla de departamentos' } },
    );
  }
  return pdf.finish();
}
