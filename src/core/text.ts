import type { Problem } from './errors/problems';

/** Lower-case, accent-free, single-spaced: "BOGOTÁ, D.C." → "bogota, d.c.". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A search term safe inside LIKE '%…%': LIKE's own wildcards and escape are dropped. */
export function likeTerm(text: string): string {
  return normalizeForSearch(text).replace(/[%_\\]/g, '');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether an id argument can name a row at all. Ids are UUIDs; PostgreSQL refuses anything else
 * in a uuid column with an error, so lookups answer "not found" for them before asking.
 */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/** A calendar day as YYYY-MM-DD that exists (2026-02-30 does not). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}

export type { Problem } from './errors/problems';

/**
 * At most `max` characters of `text`, ending in "…" when cut. Every message that repeats what a
 * user sent (a cell, a header, a code) goes through this, so an error never echoes unbounded input.
 */
export function clip(text: string, max = 60): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

/** A user's value quoted for a message: `"4,5x"`, clipped (see `clip`). */
export function quoted(value: unknown, max = 60): string {
  return `"${clip(String(value ?? ''), max)}"`;
}

/** "a: m1; b: m2" (the first few), for the message of an error whose details list every problem. */
export function problemsText(problems: readonly Problem[], shown = 5): string {
  const text = problems
    .slice(0, shown)
    .map((p) => (p.path ? `${clip(p.path, 80)}: ${clip(p.message, 300)}` : clip(p.message, 300)))
    .join('; ');
  return problems.length > shown ? `${text}; …` : text;
}

/**
 * Text as a spreadsheet cell must hold it to stay text (OWASP's CSV injection rule): a value that
 * Excel or LibreOffice would run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return
 * first) gets a leading apostrophe, which they show as plain text. Names and titles written by
 * entities reach the CSVs the ministry and the public open, so every CSV writer passes its text
 * through this, whatever its dialect; numbers written as text ("-9,88", "-9.88") are left alone.
 */
export function spreadsheetText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^-?\d[\d.,]*$/.test(text) ? `'${text}` : text;
}
