import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { TopLevelSpec } from 'vega-lite';

/** Numbers in the charts' axes as es-CO writes them (Vega's default locale is en-US). */
const ES_CO_FORMAT = { decimal: ',', thousands: '.', grouping: [3], currency: ['$', ''] as [string, string] };

/**
 * One Vega-Lite chart, drawn as SVG in the browser: vega-embed is loaded on first use (its own
 * chunk) and runs with Vega's expression interpreter and pre-parsed ASTs, so nothing is compiled
 * with eval/new Function under the page's CSP (`script-src 'self'`). The figure is named by its
 * caption; the drawing is one image labelled with the description (Vega's own ARIA, off with
 * `config.aria: false`, would describe each mark by its field names), and `table` gives the same
 * data as a table for people who do not see the chart.
 */
export function VegaChart({
  title,
  description,
  spec,
  table,
}: {
  title: string;
  /** What the chart shows, in words (the SVG's label and the caption's second line). */
  description: string;
  spec: TopLevelSpec;
  table: ReactNode;
}) {
  const container = useRef<HTMLDivElement>(null);
  const captionId = useId();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let finalize: (() => void) | undefined;
    let cancelled = false;
    void (async () => {
      try {
        const [{ default: embed }, { expressionInterpreter }] = await Promise.all([import('vega-embed'), import('vega-interpreter')]);
        if (cancelled || !container.current) return;
        const result = await embed(
          container.current,
          { ...spec, description, config: { ...(spec.config ?? {}), aria: false } } as TopLevelSpec,
          { actions: false, renderer: 'svg', ast: true, expr: expressionInterpreter, formatLocale: ES_CO_FORMAT },
        );
        if (cancelled) {
          result.finalize();
          return;
        }
        finalize = () => result.finalize();
        // One image named by its description: its marks and axes say nothing more than the table.
        const svg = container.current.querySelector('svg');
        // Vega still marks layered marks as graphics-symbol; inside an image they would be loose unnamed parts.
        svg?.querySelectorAll('[role], [aria-roledescription], [aria-label]').forEach((el) => {
          el.removeAttribute('role');
          el.removeAttribute('aria-roledescription');
          el.removeAttribute('aria-label');
        });
        svg?.setAttribute('role', 'img');
        svg?.setAttribute('aria-label', `${title}. ${description}`);
      } catch {
        if (!cancelled) setFailed(true);
      }
    })();
    return () => {
      cancelled = true;
      finalize?.();
    };
  }, [spec, title, description]);
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>
        <strong>{title}</strong>
        <span className="chart-description">{description}</span>
      </figcaption>
      <div ref={container} className="chart-canvas" />
      {failed && (
        <p className="alert alert-warning" role="status">
          No fue posible dibujar la gráfica; sus datos están en la tabla.
        </p>
      )}
      <details className="chart-data">
        <summary>Ver los datos de «{title}» en una tabla</summary>
        {table}
      </details>
    </figure>
  );
}
