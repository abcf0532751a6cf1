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
