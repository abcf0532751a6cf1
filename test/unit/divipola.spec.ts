import { readDivipola } from '../../src/modules/territorial-entities/divipola';
import { TerritorialEntityKind } from '../../src/modules/territorial-entities/territorial-entity-kind';

describe('readDivipola', () => {
  const records = readDivipola();
  const byKind = (kind: TerritorialEntityKind) => records.filter((r) => r.kind === kind);

  it('yields 1,135 possible applicants: 32 gobernaciones and 1,103 alcaldías, plus 18 áreas no municipalizadas', () => {
    expect(byKind(TerritorialEntityKind.DEPARTMENT)).toHaveLength(32);
    expect(byKind(TerritorialEntityKind.MUNICIPALITY)).toHaveLength(1103);
    expect(byKind(TerritorialEntityKind.NON_MUNICIPALIZED_AREA)).toHaveLength(18);
    expect(new Set(records.map((r) => r.code)).size).toBe(records.length);
  });

  it('counts Bogotá D.C. and San Andrés as alcaldías, and gives Bogotá no gobernación', () => {
    const get = (code: string) => records.find((r) => r.code === code);
    expect(get('11001')).toMatchObject({ kind: TerritorialEntityKind.MUNICIPALITY, searchName: 'bogota, d.c.' });
    expect(get('88001')).toMatchObject({ kind: TerritorialEntityKind.MUNICIPALITY, name: 'SAN ANDRÉS' });
    expect(get('11')).toBeUndefined();
  });

  it('places each gobernación at its capital (XX001)', () => {
    const antioquia = records.find((r) => r.code === '05')!;
    const medellin = records.find((r) => r.code === '05001')!;
    expect(antioquia).toMatchObject({
      name: 'ANTIOQUIA',
      departmentCode: '05',
      latitude: medellin.latitude,
      longitude: medellin.longitude,
    });
  });

  it('refuses a row it cannot read, naming the line', () => {
    const csv =
      'department_code,department_name,municipality_code,municipality_name,kind,latitude,longitude\n05,ANTIOQUIA,05001,MEDELLÍN,Ciudad,6.2,-75.6\n';
    expect(() => readDivipola(csv)).toThrow(/fila 2/);
  });
});
