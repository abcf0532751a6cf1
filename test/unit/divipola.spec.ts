import { capitalCodeOf, readDivipola } from '../../src/modules/territorial-entities/divipola';
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

  it('places Antioquia at Medellín (05001)', () => {
    const antioquia = records.find((r) => r.code === '05')!;
    const medellin = records.find((r) => r.code === '05001')!;
    expect(antioquia).toMatchObject({
      name: 'ANTIOQUIA',
      departmentCode: '05',
      latitude: medellin.latitude,
      longitude: medellin.longitude,
    });
  });

  /**
   * Each department's capital, by name as the Constitution and the departments' ordinances name it
   * (written here, not read from DIVIPOLA's numbering): the gobernación is placed where its capital is.
   */
  const capitals: Record<string, string> = {
    '05': 'MEDELLÍN',
    '08': 'BARRANQUILLA',
    '13': 'CARTAGENA DE INDIAS',
    '15': 'TUNJA',
    '17': 'MANIZALES',
    '18': 'FLORENCIA',
    '19': 'POPAYÁN',
    '20': 'VALLEDUPAR',
    '23': 'MONTERÍA',
    // Bogotá is Cundinamarca's capital, yet a district of its own (department code 11); 25001 is Agua de Dios.
    '25': 'BOGOTÁ, D.C.',
    '27': 'QUIBDÓ',
    '41': 'NEIVA',
    '44': 'RIOHACHA',
    '47': 'SANTA MARTA',
    '50': 'VILLAVICENCIO',
    '52': 'PASTO',
    '54': 'SAN JOSÉ DE CÚCUTA',
    '63': 'ARMENIA',
    '66': 'PEREIRA',
    '68': 'BUCARAMANGA',
    '70': 'SINCELEJO',
    '73': 'IBAGUÉ',
    '76': 'CALI',
    '81': 'ARAUCA',
    '85': 'YOPAL',
    '86': 'MOCOA',
    '88': 'SAN ANDRÉS',
    '91': 'LETICIA',
    '94': 'INÍRIDA',
    '95': 'SAN JOSÉ DEL GUAVIARE',
    '97': 'MITÚ',
    '99': 'PUERTO CARREÑO',
  };

  it('names the capital of each of the 32 departments', () => {
    expect(Object.keys(capitals).sort()).toEqual(byKind(TerritorialEntityKind.DEPARTMENT).map((d) => d.code));
  });

  it.each(Object.entries(capitals))("places the gobernación %s at its capital's code and coordinates (%s)", (department, name) => {
    const gobernacion = records.find((r) => r.code === department)!;
    // Names repeat across departments (Armenia, Florencia, San Andrés): the capital is the one in its department.
    const capital = records.filter(
      (r) =>
        r.name === name && r.kind === TerritorialEntityKind.MUNICIPALITY && r.departmentCode === (department === '25' ? '11' : department),
    );
    expect(capital).toHaveLength(1);
    expect(capitalCodeOf(department)).toBe(capital[0].code);
    expect(gobernacion).toMatchObject({
      kind: TerritorialEntityKind.DEPARTMENT,
      latitude: capital[0].latitude,
      longitude: capital[0].longitude,
    });
  });

  it('places Cundinamarca at Bogotá, not at Agua de Dios (25001)', () => {
    const cundinamarca = records.find((r) => r.code === '25')!;
    const bogota = records.find((r) => r.code === '11001')!;
    const aguaDeDios = records.find((r) => r.code === '25001')!;
    expect(aguaDeDios.name).toBe('AGUA DE DIOS');
    expect([cundinamarca.latitude, cundinamarca.longitude]).toEqual([bogota.latitude, bogota.longitude]);
    expect([cundinamarca.latitude, cundinamarca.longitude]).not.toEqual([aguaDeDios.latitude, aguaDeDios.longitude]);
  });

  it('refuses a row it cannot read, naming the line', () => {
    const csv =
      'department_code,department_name,municipality_code,municipality_name,kind,latitude,longitude\n05,ANTIOQUIA,05001,MEDELLÍN,Ciudad,6.2,-75.6\n';
    expect(() => readDivipola(csv)).toThrow(/fila 2/);
  });
});
