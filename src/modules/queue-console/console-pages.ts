import type { Response } from 'express';

/**
 * The console's own policy, in place of helmet's default on every response under its path. What
 * bull-board needs beyond the GraphQL IDE's policy (src/core/http/ide.ts): inline styles (the page
 * and React set style attributes) and `<base href>` (its page resolves its files against it).
 * Nothing remote: the Google Fonts stylesheet its page links is blocked, so no coordinator's
 * browser tells a third party when they open the console (the UI falls back to system fonts).
 */
export const CONSOLE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The page's own, smaller still: its one style is inline; it loads nothing; its one form (sign-out) posts to this origin. */
const pageContentSecurityPolicy = (form: boolean) =>
  `default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action ${form ? "'self'" : "'none'"}; frame-ancestors 'none'`;

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** How a coordinator gets in, said on every refusal. */
export const HOW_TO_ENTER =
  'Pida un enlace de ingreso con la mutación queueConsoleLink de la API (solo la coordinación) y ábralo en este navegador antes de un minuto.';

/**
 * A short Spanish page: a heading, a paragraph, optionally a link and a button that POSTs to
 * `form.action`; `refreshTo` also sends the browser there at once.
 */
export function consolePage(
  res: Response,
  status: number,
  page: { title: string; message: string; link?: { href: string; text: string }; form?: { action: string; button: string } },
  refreshTo?: string,
): void {
  const { title, message, link, form } = page;
  const body = `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
${refreshTo ? `<meta http-equiv="refresh" content="0; url=${escapeHtml(refreshTo)}">\n` : ''}<title>${escapeHtml(title)} · Colas de trabajo CTI</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1d2733;line-height:1.5}h1{font-size:1.4rem}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
${form ? `<form method="post" action="${escapeHtml(form.action)}"><button type="submit">${escapeHtml(form.button)}</button></form>\n` : ''}${link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>\n` : ''}</main>
</body>
</html>
`;
  res
    .status(status)
    .set({
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': pageContentSecurityPolicy(Boolean(form)),
    })
    .send(body);
}

/** The same refusal for the board's JSON API (its UI shows `message`). */
export function consoleJsonRefusal(res: Response, status: number, code: string, message: string): void {
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .json({ error: { key: status === 401 ? 'ERRORS.UNAUTHORIZED' : 'ERRORS.FORBIDDEN' }, code, message });
}
