import { normalizeForSearch } from '../../core/text';
import type { Semaforo } from './measurement';

/** What the products without a responsible sector are listed under. */
export const NO_SECTOR = 'Sin sector';

export interface SectorMeasure {
  /** The sector as the plan first writes it, or NO_SECTOR. */
  sector: string;
  unassigned: boolean;
  products: number;
  /** Products per band of the semáforo against the trajectory (PAHV), every band listed. */
  distribution: Record<Semaforo | 'SIN_DATO', number>;
}

/**
 * Products per responsible sector and their semáforo (Bogotá report §6, "productos por sector
 * responsable"). Sectors written with other case or accents are one sector (its first spelling is
 * shown); sectors in Spanish alphabetical order, the products without one last. Pure.
 */
export function measureBySector(products: readonly { sector: string | null; status: Semaforo | null }[]): SectorMeasure[] {
  const by = new Map<string, SectorMeasure>();
  for (const p of products) {
    const name = p.sector?.trim() || null;
    const key = name === null ? '' : normalizeForSearch(name);
    let entry = by.get(key);
    if (!entry) {
      entry = {
        sector: name ?? NO_SECTOR,
        unassigned: name === null,
        products: 0,
        distribution: { SOBRE_EJECUCION: 0, ALTO: 0, MEDIO: 0, BAJO: 0, SIN_DATO: 0 },
      };
      by.set(key, entry);
    }
    entry.products++;
    entry.distribution[p.status ?? 'SIN_DATO']++;
  }
  return [...by.values()].sort((a, b) => Number(a.unassigned) - Number(b.unassigned) || a.sector.localeCompare(b.sector, 'es'));
}
