import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';

import { esNumber, pdfText, REPORT_COLORS, type Chart } from '../report-charts';
import type { ProgressFn } from '../report-data';

/**
 * The reports as PDF: A4 pages with a header line (the report's title) and a footer ("Página N de
 * M"), charts drawn as vector graphics (Vega-Lite → SVG → svg-to-pdfkit, never an image), tables
 * drawn with plain text calls that paginate by themselves (the header row repeated on each page,
 * long cells wrapped, wide tables on landscape pages). The standard Helvetica fonts are used: they
 * need no font file and cover Spanish (WinAnsi); text is passed through `pdfText` first.
 */

type Layout = 'portrait' | 'landscape';
export type Align = 'left' | 'right' | 'center';

const MARGINS = { top: 58, bottom: 52, left: 50, right: 50 };
const FONT = 'Helvetica';
export const BOLD = 'Helvetica-Bold';
export const ITALIC = 'Helvetica-Oblique';
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

/** Points with their sign ("-9,88"); "0,00" when it rounds to nothing. */
export const signedPoints = (n: number) =>
  n.toLocaleString('es-CO', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
export const plural = (n: number, one: string, many: string) => `${esNumber(n)} ${n === 1 ? one : many}`;

/** A PDF being written: page furniture, flowing text, charts and tables. */
export class PdfReport {
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
