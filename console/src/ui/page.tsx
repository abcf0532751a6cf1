import { useEffect, useRef, type ReactNode } from 'react';

import { refusalOf } from './problems';

/**
 * A screen's frame: sets the tab's title and moves focus to the heading when the screen opens, so a
 * screen reader announces where the person is after each navigation.
 */
export function Page({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Consola CTI`;
    heading.current?.focus();
  }, [title]);
  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title" tabIndex={-1} ref={heading}>
          {title}
        </h1>
        {actions && <div className="page-actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}

export function Loading({ label = 'Cargando…' }: { label?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      {label}
    </p>
  );
}

/** A query that failed: its message in Spanish (NOT_FOUND and FORBIDDEN read as "not available"). */
export function QueryError({ error }: { error: unknown }) {
  const refusal = refusalOf(error);
  const unavailable = refusal?.code === 'NOT_FOUND' || refusal?.code === 'FORBIDDEN';
  return (
    <div className="alert alert-error" role="alert">
      <p>{unavailable ? 'Lo que busca no existe o no tiene acceso a ello.' : (refusal?.message ?? 'Ocurrió un error.')}</p>
    </div>
  );
}

/** A polite announcement (saved, sent…), read by screen readers without moving focus. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p className="alert alert-success" role="status">
      {children}
    </p>
  );
}

/**
 * A whole screen that could not load: still a page, with its heading and tab title (a screen
 * reader announces it, and every screen has one h1), and the error inside.
 */
export function ScreenError({ error }: { error: unknown }) {
  const code = refusalOf(error)?.code;
  return (
    <Page title={code === 'NOT_FOUND' || code === 'FORBIDDEN' ? 'No disponible' : 'No se pudo cargar'}>
      <QueryError error={error} />
    </Page>
  );
}
