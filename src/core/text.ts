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
