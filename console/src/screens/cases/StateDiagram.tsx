import { useEffect, useId, useState } from 'react';

/**
 * The process's statechart, drawn by Mermaid in the browser from the API's `stateDiagram-v2` text,
 * with the current state highlighted (the diagram's node ids are the states' names, `Case.state`).
 * Mermaid is heavy: it loads on first use, in its own chunk. The figure is named for screen
 * readers, and its caption says the current state in words (colour is not the only sign).
 */
export function StateDiagram({
  mermaidText,
  state,
  stateLabel,
  processLabel,
}: {
  mermaidText: string;
  state: string;
  stateLabel: string;
  processLabel: string;
}) {
  const baseId = useId().replace(/[^a-zA-Z0-9]/g, '');
  const [svg, setSvg] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const { default: mermaid } = await import('mermaid');
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
      // A state name is a plain identifier (the API refuses any other when it draws the diagram).
      const highlighted = /^[A-Za-z][A-Za-z0-9_]*$/.test(state)
        ? `${mermaidText.trimEnd()}\n  classDef actual fill:#0b4f8a,color:#fff,stroke:#1b1f24,stroke-width:3px\n  class ${state} actual\n`
        : mermaidText;
      const { svg: drawn } = await mermaid.render(`diagrama-${baseId}-${Date.now()}`, highlighted);
      if (!cancelled) setSvg(drawn);
    })().catch(() => {
      if (!cancelled) setFailed(true);
    });
    return () => {
      cancelled = true;
    };
  }, [mermaidText, state, baseId]);
  const name = `Diagrama de estados del proceso ${processLabel}; estado actual: ${stateLabel}`;
  return (
    <figure className="diagram">
      {failed ? (
        <p className="alert alert-warning">No fue posible dibujar el diagrama del proceso.</p>
      ) : svg ? (
        // Mermaid's SVG, sanitised by Mermaid itself (securityLevel strict).
        <div className="diagram-svg" role="img" aria-label={name} dangerouslySetInnerHTML={{ __html: svg }} />
      ) : (
        <p className="loading">Dibujando el diagrama…</p>
      )}
      <figcaption>
        Estado actual: <strong>{stateLabel}</strong> (resaltado en el diagrama).
      </figcaption>
    </figure>
  );
}
