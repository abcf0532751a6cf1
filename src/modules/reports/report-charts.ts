import PDFDocument from 'pdfkit';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

import { semaforoHex, semaforoLabel, type PlanMeasure, type Semaforo } from '../follow-up/measurement';
import type { CaseloadStateRow, IndexDimension, IndexGroupRow, ScoreGroup } from './report-data';

/**
 * The reports' charts: Vega-Lite specs rendered to SVG strings with no canvas (the PDF writer
 * embeds them as vector graphics with svg-to-pdfkit). Every chart uses Helvetica, a PDF standard
 * font, so svg-to-pdfkit draws its text with the same font the report uses; labels are formatted
 * in es-CO here, not by Vega (whose default locale is en-US).
 */

/** An SVG chart and its size in SVG pixels (the PDF writer scales it to its box). */
export interface Chart {
  svg: string;
  width: number;
  height: number;
}

/** The report's palette. */
export const REPORT_COLORS = {
  primary: '#1F4E79',
  ideal: '#A6ACAF',
  open: '#2E86C1',
  closed: '#A9CCE3',
  text: '#2C3E50',
  muted: '#7F8C8D',
  grid: '#E5E8E8',
} as const;

/** The semáforo's colours as in Bogotá's report: orange, green, yellow, red, and grey without data. */
export const SEMAFORO_COLORS: Record<Semaforo | 'SIN_DATO', string> = { ...semaforoHex, SIN_DATO: '#95A5A6' };

export const SEMAFORO_ORDER = ['SOBRE_EJECUCION', 'ALTO', 'MEDIO', 'BAJO', 'SIN_DATO'] as const;

export const semaforoText = (status: Semaforo | 'SIN_DATO' | null): string =>
  status && status !== 'SIN_DATO' ? semaforoLabel[status] : 'Sin dato';

// ---------------------------------------------------------------------------------------------
// Text: what the PDF standard fonts can show, es-CO numbers.

/** Characters of WinAnsi (the standard fonts' encoding) above Latin-1's printable range. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REPLACEMENTS: Record<string, string> = {
  '\u2212': '-', // minus sign
  '\u2010': '-',
  '\u2011': '-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2192': '->',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200b': '',
  '\t': ' ',
};

/**
 * Text the standard fonts can encode (WinAnsi): Spanish accents, ñ, ¿¡, dashes and quotes pass;
 * a minus sign or ≤ is spelt with ASCII; anything else (emoji, other scripts) becomes "?", never
 * the garbage pdfkit would write for it.
 */
export function pdfText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch];
    else if (ch === '\n' || (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)) out += ch;
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += ' ';
    else out += '?';
  }
  return out;
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/** A number in es-CO with a fixed count of decimals ("1.234,5"). The formats are built once: `toLocaleString` builds one per call, 20 times slower on a 1,135-row table. */
export function esNumber(n: number, decimals = 0): string {
  let format = numberFormats.get(decimals);
  if (!format)
    numberFormats.set(
      decimals,
      (format = new Intl.NumberFormat('es-CO', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })),
    );
  return format.format(n);
}

/** A percentage already in points (43.02 → "43,0 %"). */
export const esPercentPoints = (points: number, decimals = 1): string => `${esNumber(points, decimals)} %`;

/** A fraction as a percentage (0.4125 → "41,3 %"); "—" when it does not apply. */
export const esPercent = (fraction: number | null, decimals = 1): string =>
  fraction === null ? '—' : esPercentPoints(fraction * 100, decimals);

// ---------------------------------------------------------------------------------------------
// Rendering.

/**
 * Vega measures text with a canvas when there is one and otherwise guesses 0.8 em per character,
 * about twice Helvetica's width: axes would get far too much room and labels be cut short. Vega
 * lets a host supply its own measure (vl-convert does): Helvetica's metrics from pdfkit's AFM files.
 */
let measurer: PDFKit.PDFDocument | null = null;
const widthCache = new Map<string, number>();
function helveticaWidth(item: { fontSize?: number; fontWeight?: string | number; limit?: number }, text: unknown): number {
  const value = text == null ? '' : String(text).trim();
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  if (!value || size <= 0) return 0;
  const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
  const key = `${bold ? 'B' : 'R'}${size}|${value}`;
  let width = widthCache.get(key);
  if (width === undefined) {
    measurer ??= new PDFDocument({ autoFirstPage: false });
    width = measurer
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(size)
      .widthOfString(pdfText(value));
    if (widthCache.size > 5000) widthCache.clear();
    widthCache.set(key, width);
  }
  return width;
}

function useHelveticaMetrics(): void {
  // Exported by vega (from vega-scenegraph) but missing from its typings.
  const metrics = (vega as unknown as { textMetrics: { width: typeof helveticaWidth } }).textMetrics;
  if (metrics.width !== helveticaWidth) metrics.width = helveticaWidth;
}

const ES_CO_NUMBERS = { decimal: ',', thousands: '.', grouping: [3], currency: ['$', ''] as [string, string] };

const BASE_CONFIG = {
  font: 'Helvetica',
  locale: { number: ES_CO_NUMBERS },
  background: 'white',
  view: { stroke: null },
  axis: {
    labelFontSize: 9,
    titleFontSize: 9,
    titleFontWeight: 'bold' as const,
    labelColor: REPORT_COLORS.text,
    titleColor: REPORT_COLORS.text,
    gridColor: REPORT_COLORS.grid,
    domainColor: '#95A5A6',
    tickColor: '#95A5A6',
  },
  legend: { labelFontSize: 9, titleFontSize: 9, labelColor: REPORT_COLORS.text, titleColor: REPORT_COLORS.text, orient: 'bottom' as const },
  header: { labelFontSize: 9, labelFontWeight: 'bold' as const, labelColor: REPORT_COLORS.text },
  text: { fontSize: 9, color: REPORT_COLORS.text },
};

/** A Vega-Lite spec rendered to SVG, headless (no canvas, no DOM). */
export async function renderChart(spec: TopLevelSpec): Promise<Chart> {
  useHelveticaMetrics();
  const withConfig = { ...spec, config: { ...BASE_CONFIG, ...(spec.config ?? {}) } } as TopLevelSpec;
  // Vega-Lite's notes on layered scales go to the console by default: only errors matter here.
  const { spec: compiled } = compile(withConfig, { logger: vega.logger(vega.Error) });
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.Error });
  try {
    const svg = await view.toSVG();
    const size = /<svg\b[^>]*?\bwidth="([\d.]+)"[^>]*?\bheight="([\d.]+)"/.exec(svg);
    if (!size) throw new Error('la gráfica no tiene tamaño');
    return { svg, width: Number(size[1]), height: Number(size[2]) };
  } finally {
    view.finalize();
  }
}

/** Splits a label into lines of at most `max` characters at spaces, for multi-line axis labels. */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

const LINE = '|';
/** Axis labels made of several lines: the data carries them joined with "|". */
const multiLineLabels = { labelExpr: `split(datum.label, '${LINE}')`, labelLineHeight: 11 };

// ---------------------------------------------------------------------------------------------
// Follow-up report.

/** Gráfico 1: the plan's accumulated progress against its ideal trajectory, in points of 100. */
export function overallProgressSpec(measure: PlanMeasure): TopLevelSpec {
  const values = [
    // As the Bogotá report prints them: progress with one decimal, the ideal with two.
    { series: 'Avance acumulado', value: measure.overall.progress, label: esPercentPoints(measure.overall.progress) },
    { series: 'Trayectoria ideal', value: measure.overall.ideal, label: esPercentPoints(measure.overall.ideal, 2) },
  ];
  return {
    width: 360,
    height: 64,
    data: { values },
    encoding: {
      y: { field: 'series', type: 'nominal', sort: null, title: null, axis: { labelFontSize: 10, labelPadding: 6 } },
      x: {
        field: 'value',
        type: 'quantitative',
        scale: { domain: [0, 100] },
        title: 'Porcentaje de avance de la política',
        axis: { tickCount: 10 },
      },
    },
    layer: [
      {
        mark: { type: 'bar', height: 22 },
        encoding: {
          color: {
            field: 'series',
            type: 'nominal',
            scale: { domain: ['Avance acumulado', 'Trayectoria ideal'], range: [REPORT_COLORS.primary, REPORT_COLORS.ideal] },
            legend: null,
          },
        },
      },
      { mark: { type: 'text', align: 'left', dx: 4, fontSize: 10, fontWeight: 'bold' }, encoding: { text: { field: 'label' } } },
    ],
  } as TopLevelSpec;
}

/** Gráfico 2: each objective's own progress (of its own weight) against its own ideal trajectory. */
export function objectivesSpec(measure: PlanMeasure, names: Map<string, string | null>): TopLevelSpec {
  const values = measure.objectives.flatMap((o, i) => {
    const name = pdfText(`${o.code}. ${names.get(o.code) ?? ''}`.trim());
    const objective = wrapLabel(name, 44).join(LINE);
    const own = (x: number | null) => (x === null ? 0 : x * 100);
    return [
      {
        order: i,
        objective,
        series: 'Avance acumulado',
        value: own(o.ownProgress),
        label: o.ownProgress === null ? '—' : esPercent(o.ownProgress),
      },
      {
        order: i,
        objective,
        series: 'Trayectoria ideal',
        value: own(o.ownIdeal),
        label: o.ownIdeal === null ? '—' : esPercent(o.ownIdeal),
      },
    ];
  });
  return {
    width: 300,
    height: { step: 12 },
    data: { values },
    encoding: {
      y: {
        field: 'objective',
        type: 'nominal',
        sort: [...new Set(values.map((v) => v.objective))],
        title: null,
        axis: { ...multiLineLabels, labelPadding: 6 },
        scale: { paddingInner: 0.3 },
      },
      yOffset: { field: 'series', type: 'nominal', sort: null },
      x: {
        field: 'value',
        type: 'quantitative',
        scale: { domain: [0, 110], clamp: true },
        title: '% de avance del objetivo (sobre su propio peso)',
        axis: { values: [0, 20, 40, 60, 80, 100] },
      },
      color: {
        field: 'series',
        type: 'nominal',
        scale: { domain: ['Avance acumulado', 'Trayectoria ideal'], range: [REPORT_COLORS.primary, REPORT_COLORS.ideal] },
        legend: { title: null, orient: 'bottom', direction: 'horizontal' },
      },
    },
    layer: [
      { mark: { type: 'bar' } },
      {
        mark: { type: 'text', align: 'left', dx: 3, fontSize: 8 },
        encoding: { text: { field: 'label' }, color: { value: REPORT_COLORS.text } },
      },
    ],
  } as TopLevelSpec;
}

/** Gráfico 3: how many products fall in each band of the semáforo (PAHV). */
export function semaforoSpec(measure: PlanMeasure): TopLevelSpec {
  const total = SEMAFORO_ORDER.reduce((s, k) => s + measure.distribution[k], 0);
  const values = SEMAFORO_ORDER.map((status, i) => {
    const count = measure.distribution[status];
    return { order: i, status: semaforoText(status), count, label: `${esNumber(count)} (${total ? esPercent(count / total, 0) : '0 %'})` };
  });
  return {
    width: 300,
    height: { step: 20 },
    data: { values },
    encoding: {
      y: { field: 'status', type: 'nominal', sort: values.map((v) => v.status), title: null, axis: { labelFontSize: 9, labelPadding: 6 } },
      x: {
        field: 'count',
        type: 'quantitative',
        title: 'Productos',
        axis: { tickMinStep: 1, format: 'd' },
        scale: { domainMax: Math.max(1, ...values.map((v) => v.count)) * 1.15 },
      },
    },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          color: {
            field: 'status',
            type: 'nominal',
            scale: { domain: SEMAFORO_ORDER.map(semaforoText), range: SEMAFORO_ORDER.map((s) => SEMAFORO_COLORS[s]) },
            legend: null,
          },
        },
      },
      { mark: { type: 'text', align: 'left', dx: 4, fontSize: 9 }, encoding: { text: { field: 'label' } } },
    ],
  } as TopLevelSpec;
}

// ---------------------------------------------------------------------------------------------
// Índice CTI report.

const LEVEL_COLORS = ['#D4E6F1', '#A9CCE3', '#5DADE2', '#2E86C1', '#1B4F72'];

/** How many entities at each level of the model; with `highlight`, that level stands out (an entity's own). */
export function levelsSpec(levels: { level: number; name: string; count: number }[], highlight?: number): TopLevelSpec {
  const total = levels.reduce((s, l) => s + l.count, 0);
  const values = levels.map((l) => ({
    level: l.level,
    name: pdfText(`${l.level}. ${l.name}`),
    count: l.count,
    label: `${esNumber(l.count)} (${total ? esPercent(l.count / total, 0) : '0 %'})`,
  }));
  const shade = (i: number) =>
    LEVEL_COLORS[Math.min(LEVEL_COLORS.length - 1, Math.round((i * (LEVEL_COLORS.length - 1)) / Math.max(1, levels.length - 1)))];
  const range = levels.map((l, i) => (highlight === undefined ? shade(i) : l.level === highlight ? REPORT_COLORS.primary : '#D5D8DC'));
  const names = values.map((v) => v.name);
  return {
    width: { step: 62 },
    height: 140,
    data: { values },
    encoding: {
      x: { field: 'name', type: 'nominal', sort: names, title: 'Nivel de madurez', axis: { labelAngle: 0, labelFontSize: 9 } },
      y: {
        field: 'count',
        type: 'quantitative',
        title: 'Entidades',
        axis: { format: ',d', tickMinStep: 1 },
        scale: { domainMax: Math.max(1, ...values.map((v) => v.count)) * 1.15 },
      },
    },
    layer: [
      {
        mark: { type: 'bar', width: { band: 0.7 } },
        encoding: { color: { field: 'name', type: 'nominal', scale: { domain: names, range }, legend: null } },
      },
      { mark: { type: 'text', baseline: 'bottom', dy: -3, fontSize: 9 }, encoding: { text: { field: 'label' } } },
    ],
  } as TopLevelSpec;
}

/** The national average of each dimension (0–100); with `own`, an entity's scores beside it. */
export function dimensionsSpec(
  dimensions: IndexDimension[],
  national: IndexGroupRow,
  own?: { label: string; dimensions: Record<string, number> },
): TopLevelSpec {
  const series = own ? [pdfText(own.label), 'Promedio nacional'] : ['Promedio nacional'];
  const values = dimensions
    .flatMap((d) => [
      ...(own ? [{ name: pdfText(d.name), series: series[0], score: own.dimensions[d.id] ?? 0 }] : []),
      { name: pdfText(d.name), series: 'Promedio nacional', score: national.dimensions[d.id] ?? 0 },
    ])
    .map((v) => ({ ...v, label: esNumber(v.score, 1) }));
  return {
    width: 300,
    height: { step: own ? 12 : 18 },
    data: { values },
    encoding: {
      y: { field: 'name', type: 'nominal', sort: dimensions.map((d) => pdfText(d.name)), title: null, axis: { labelPadding: 6 } },
      ...(own ? { yOffset: { field: 'series', type: 'nominal', sort: series } } : {}),
      x: { field: 'score', type: 'quantitative', scale: { domain: [0, 100] }, title: 'Puntaje (0–100)' },
      color: {
        field: 'series',
        type: 'nominal',
        scale: { domain: series, range: own ? [REPORT_COLORS.primary, REPORT_COLORS.ideal] : [REPORT_COLORS.primary] },
        legend: own ? { title: null, orient: 'bottom', direction: 'horizontal' } : null,
      },
    },
    layer: [
      { mark: { type: 'bar' } },
      {
        mark: { type: 'text', align: 'left', dx: 4, fontSize: own ? 8 : 9 },
        encoding: { text: { field: 'label' }, color: { value: REPORT_COLORS.text } },
      },
    ],
  } as TopLevelSpec;
}

/** Department averages, best first, against the national average (dashed line). */
export function departmentsSpec(departments: IndexGroupRow[], national: IndexGroupRow): TopLevelSpec {
  const values = [...departments]
    .sort((a, b) => b.index - a.index || a.name.localeCompare(b.name, 'es'))
    .map((d) => ({ name: pdfText(d.name), index: d.index, label: esNumber(d.index, 1) }));
  const y = {
    field: 'name',
    type: 'nominal',
    sort: values.map((v) => v.name),
    title: null,
    axis: { labelFontSize: 8, labelLimit: 190, labelPadding: 4 },
  };
  const x = { field: 'index', type: 'quantitative', scale: { domain: [0, 100] }, title: 'Índice promedio (0–100)' };
  return {
    width: 300,
    height: { step: 12 },
    layer: [
      {
        data: { values: [{ index: national.index }] },
        mark: { type: 'rule', color: '#C0392B', strokeDash: [4, 3], strokeWidth: 1 },
        encoding: { x: { field: 'index', type: 'quantitative' } },
      },
      { data: { values }, mark: { type: 'bar', color: REPORT_COLORS.open }, encoding: { y, x } },
      { data: { values }, mark: { type: 'text', align: 'left', dx: 3, fontSize: 7.5 }, encoding: { y, x, text: { field: 'label' } } },
    ],
  } as TopLevelSpec;
}

// ---------------------------------------------------------------------------------------------
// Caseload report.

/** Cases per state, one panel per process (stacked, sharing the x scale); open states dark, final states light. */
export function caseloadSpec(processes: { id: string; label: string }[], states: CaseloadStateRow[]): TopLevelSpec {
  const known = new Set(processes.map((p) => p.id));
  const panels = [
    ...processes,
    ...[...new Set(states.filter((s) => !known.has(s.process)).map((s) => s.process))].map((id) => ({
      id,
      label: states.find((s) => s.process === id)!.processLabel,
    })),
  ]
    .map((p) => ({ label: pdfText(p.label), rows: states.filter((s) => s.process === p.id) }))
    .filter((p) => p.rows.length);
  const max = Math.max(1, ...states.map((s) => s.count));
  return {
    vconcat: panels.map((panel, i) => {
      const last = i === panels.length - 1;
      const values = panel.rows.map((s) => ({
        state: pdfText(s.stateLabel),
        kind: s.final ? 'Finalizado' : 'En curso',
        count: s.count,
        label: esNumber(s.count),
      }));
      const y = {
        field: 'state',
        type: 'nominal',
        sort: values.map((v) => v.state),
        title: null,
        axis: { labelLimit: 170, labelPadding: 4 },
      };
      const x = {
        field: 'count',
        type: 'quantitative',
        title: last ? 'Casos' : null,
        scale: { domain: [0, max * 1.15] },
        axis: last ? { format: ',d', tickMinStep: 1 } : { labels: false, ticks: false, domain: false, title: null },
      };
      return {
        title: {
          text: panel.label,
          anchor: 'start',
          frame: 'group',
          fontSize: 10,
          fontWeight: 'bold',
          color: REPORT_COLORS.text,
          offset: 4,
        },
        width: 280,
        height: { step: 13 },
        data: { values },
        layer: [
          {
            mark: { type: 'bar' },
            encoding: {
              y,
              x,
              color: {
                field: 'kind',
                type: 'nominal',
                scale: { domain: ['En curso', 'Finalizado'], range: [REPORT_COLORS.open, REPORT_COLORS.closed] },
                legend: { title: null },
              },
            },
          },
          { mark: { type: 'text', align: 'left', dx: 3, fontSize: 8 }, encoding: { y, x, text: { field: 'label' } } },
        ],
      };
    }),
    spacing: 10,
    resolve: { scale: { x: 'shared', color: 'shared' } },
  } as TopLevelSpec;
}

// ---------------------------------------------------------------------------------------------
// Roadmap of an accompaniment.

/**
 * An entity's score per dimension beside its department's and the nation's averages (0–100), one
 * group of three bars per dimension, the series named in the legend (the entity by its name).
 */
export function roadmapScoresSpec(dimensions: IndexDimension[], groups: ScoreGroup[]): TopLevelSpec {
  const series = groups.map((g) => pdfText(g.label));
  const values = dimensions
    .flatMap((d) => groups.map((g, i) => ({ name: pdfText(d.name), series: series[i], score: g.dimensions[d.id] ?? 0 })))
    .map((v) => ({ ...v, label: esNumber(v.score, 1) }));
  return {
    width: 300,
    height: { step: 10 },
    data: { values },
    encoding: {
      y: { field: 'name', type: 'nominal', sort: dimensions.map((d) => pdfText(d.name)), title: null, axis: { labelPadding: 6 } },
      yOffset: { field: 'series', type: 'nominal', sort: series },
      x: { field: 'score', type: 'quantitative', scale: { domain: [0, 100] }, title: 'Puntaje (0–100)' },
      color: {
        field: 'series',
        type: 'nominal',
        scale: { domain: series, range: [REPORT_COLORS.primary, REPORT_COLORS.open, REPORT_COLORS.ideal].slice(0, series.length) },
        legend: { title: null, orient: 'bottom', direction: 'horizontal', labelLimit: 260 },
      },
    },
    layer: [
      { mark: { type: 'bar' } },
      {
        mark: { type: 'text', align: 'left', dx: 3, fontSize: 7 },
        encoding: { text: { field: 'label' }, color: { value: REPORT_COLORS.text } },
      },
    ],
  } as TopLevelSpec;
}
