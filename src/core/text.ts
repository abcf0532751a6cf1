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

/** One thing wrong with an input, and where: `budgetLines[2].futicAmount`. */
export interface Problem {
  path: string;
  message: string;
}

/** "a: m1; b: m2" (the first few), for the message of an error whose details list every problem. */
export function problemsText(problems: readonly Problem[], shown = 5): string {
  const text = problems
    .slice(0, shown)
    .map((p) => `${p.path}: ${p.message}`)
    .join('; ');
  return problems.length > shown ? `${text}; …` : text;
}
