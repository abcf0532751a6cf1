import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

import { projectRoot } from '../../core/paths';
import { normalizeForSearch } from '../../core/text';
import { TerritorialEntityKind } from './territorial-entity-kind';

export interface TerritorialEntityRecord {
  code: string;
  name: string;
  kind: TerritorialEntityKind;
  departmentCode: string;
  departmentName: string;
  searchName: string;
  latitude: number;
  longitude: number;
}

interface DivipolaRow {
  department_code: string;
  department_name: string;
  municipality_code: string;
  municipality_name: string;
  kind: string;
  latitude: string;
  longitude: string;
}

const rowKinds: Record<string, TerritorialEntityKind> = {
  Municipio: TerritorialEntityKind.MUNICIPALITY,
  // San Andrés (88001) is an island municipality with its own alcaldía.
  Isla: TerritorialEntityKind.MUNICIPALITY,
  'Área no municipalizada': TerritorialEntityKind.NON_MUNICIPALIZED_AREA,
};

/** Bogotá D.C. is a capital district: an alcaldía, with no gobernación above it. */
const DEPARTMENTS_WITHOUT_GOVERNORSHIP = new Set(['11']);

/**
 * The departments whose capital is not their XX001 municipality. DIVIPOLA numbers a department's
 * capital 001, except Cundinamarca's: its capital, Bogotá, is a district of its own (11001), and
 * 25001 is Agua de Dios. Checked department by department (test/unit/divipola.spec.ts names all 32
 * capitals); a new exception is added here, never guessed.
 */
export const CAPITAL_EXCEPTIONS: Readonly<Record<string, string>> = { '25': '11001' };

/** The DIVIPOLA code of a department's capital municipality. */
export const capitalCodeOf = (departmentCode: string): string => CAPITAL_EXCEPTIONS[departmentCode] ?? `${departmentCode}001`;

export const DIVIPOLA_FILE = join(projectRoot(), 'src/modules/territorial-entities/divipola.csv');

/**
 * Every territorial entity in the DIVIPOLA list: its municipalities, districts and áreas no
 * municipalizadas as they are, plus one gobernación per department, placed at its capital
 * (`capitalCodeOf`: XX001, save the exceptions).
 */
export function readDivipola(csv = readFileSync(DIVIPOLA_FILE, 'utf8')): TerritorialEntityRecord[] {
  const rows: DivipolaRow[] = parse(csv, { columns: true, skip_empty_lines: true, trim: true });
  const records: TerritorialEntityRecord[] = rows.map((row, i) => {
    const kind = rowKinds[row.kind];
    const latitude = Number(row.latitude);
    const longitude = Number(row.longitude);
    if (!kind || !/^\d{5}$/.test(row.municipality_code) || !Number.isFinite(latitude) || !Number.isFinite(longitude)) {
      throw new Error(`DIVIPOLA: fila ${i + 2} inválida (${JSON.stringify(row)})`);
    }
    return {
      code: row.municipality_code,
      name: row.municipality_name,
      kind,
      departmentCode: row.department_code,
      departmentName: row.department_name,
      searchName: normalizeForSearch(row.municipality_name),
      latitude,
      longitude,
    };
  });
  const departments = new Map<string, TerritorialEntityRecord>();
  for (const r of records) {
    if (DEPARTMENTS_WITHOUT_GOVERNORSHIP.has(r.departmentCode) || departments.has(r.departmentCode)) {
      continue;
    }
    const capitalCode = capitalCodeOf(r.departmentCode);
    const capital = records.find((c) => c.code === capitalCode);
    if (!capital) throw new Error(`DIVIPOLA: el departamento ${r.departmentCode} no tiene capital ${capitalCode}`);
    departments.set(r.departmentCode, {
      code: r.departmentCode,
      name: r.departmentName,
      kind: TerritorialEntityKind.DEPARTMENT,
      departmentCode: r.departmentCode,
      departmentName: r.departmentName,
      searchName: normalizeForSearch(r.departmentName),
      latitude: capital.latitude,
      longitude: capital.longitude,
    });
  }
  return [...departments.values(), ...records].sort((a, b) => a.code.localeCompare(b.code));
}
