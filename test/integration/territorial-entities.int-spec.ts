import { Role } from '../../src/core/auth/principal';
import { MAX_PAGE_SIZE } from '../../src/core/graphql/connection';
import { TerritorialEntity } from '../../src/modules/territorial-entities/territorial-entity.entity';
import { TerritorialEntitiesDocument, TerritorialEntityDocument, type TerritorialEntitiesQueryVariables } from '../graphql/generated';
import { errorCode, execute } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';

let app: TestSystem;
let token: string;

beforeAll(async () => {
  app = await startTestSystem();
  token = await app.token(Role.COORDINATOR);
});
afterAll(() => app?.stop());

const list = (variables: TerritorialEntitiesQueryVariables) => execute(app.url, TerritorialEntitiesDocument, variables, { token });

describe('territorialEntities', () => {
  it('counts the 125 alcaldías of Antioquia and pages through them by cursor without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    let pages = 0;
    for (;;) {
      const res = await list({ filter: { departmentCode: '05', kind: 'MUNICIPALITY' }, first: 50, after });
      expect(res.errors).toBeUndefined();
      const conn = res.data!.territorialEntities;
      expect(conn.totalCount).toBe(125);
      expect(conn.pageInfo.hasPreviousPage).toBe(after != null);
      seen.push(...conn.edges.map((e) => e.node.code));
      pages++;
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(125);
    expect(new Set(seen).size).toBe(125);
    expect(seen).toEqual([...seen].sort());
    expect(seen.every((c) => c.startsWith('05') && c.length === 5)).toBe(true);
    expect(seen[0]).toBe('05001');
  });

  it('has 32 gobernaciones, 1,103 alcaldías and 18 áreas no municipalizadas, only the last not eligible', async () => {
    const count = async (kind: 'DEPARTMENT' | 'MUNICIPALITY' | 'NON_MUNICIPALIZED_AREA') => {
      const res = await list({ filter: { kind }, first: 100 });
      return res.data!.territorialEntities;
    };
    const departments = await count('DEPARTMENT');
    const municipalities = await count('MUNICIPALITY');
    const areas = await count('NON_MUNICIPALIZED_AREA');
    expect([departments.totalCount, municipalities.totalCount, areas.totalCount]).toEqual([32, 1103, 18]);
    expect(departments.edges.map((e) => e.node.code)).not.toContain('11');
    expect(areas.edges.every((e) => !e.node.eligibleToApply && e.node.kindLabel === 'Área no municipalizada')).toBe(true);
    expect(departments.edges.every((e) => e.node.eligibleToApply && e.node.kindLabel === 'Gobernación')).toBe(true);
    const all = await list({ first: 0 });
    expect(all.data!.territorialEntities).toMatchObject({ totalCount: 1153, edges: [], pageInfo: { hasNextPage: false } });
  });

  it('searches names ignoring accents and case, and codes by prefix', async () => {
    const bogota = await list({ filter: { search: 'bogota' } });
    expect(bogota.data!.territorialEntities.edges.map((e) => e.node.name)).toEqual(['BOGOTÁ, D.C.']);
    const medellin = await list({ filter: { search: '  MEDELLIN ' } });
    expect(medellin.data!.territorialEntities.edges.map((e) => e.node.code)).toEqual(['05001']);
    const sanAndres = await list({ filter: { search: 'san andrés', kind: 'MUNICIPALITY' } });
    expect(sanAndres.data!.territorialEntities.edges.map((e) => e.node.code)).toEqual(['05647', '23670', '52835', '68669', '88001']);
    const byCode = await list({ filter: { search: '0500' } });
    expect(byCode.data!.territorialEntities.edges.map((e) => e.node.code)).toEqual(['05001', '05002', '05004']);
    const wildcard = await list({ filter: { search: '%' } });
    expect(wildcard.data!.territorialEntities.totalCount).toBe(1153);
    const nothing = await list({ filter: { search: 'zzzz' } });
    expect(nothing.data!.territorialEntities).toMatchObject({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it('orders by name without regard to accents, paging stably on ties', async () => {
    const names: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const res = await list({ filter: { departmentCode: '68' }, orderBy: 'NAME_ASC', first: 40, after });
      const conn = res.data!.territorialEntities;
      names.push(...conn.edges.map((e) => e.node.name));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    const plain = (s: string) =>
      s
        .normalize('NFD')
        .replace(/\p{Diacritic}/gu, '')
        .toLowerCase();
    expect(names).toHaveLength(88);
    expect(names.map(plain)).toEqual([...names.map(plain)].sort());
  });

  it('returns one entity by code, and null for an unknown code', async () => {
    const ok = await execute(app.url, TerritorialEntityDocument, { code: '05' }, { token });
    expect(ok.data!.territorialEntity).toMatchObject({
      code: '05',
      name: 'ANTIOQUIA',
      kind: 'DEPARTMENT',
      departmentCode: '05',
      latitude: expect.closeTo(6.2576, 3),
    });
    const unknown = await execute(app.url, TerritorialEntityDocument, { code: '99999' }, { token });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.territorialEntity).toBeNull();
  });

  describe('bad input', () => {
    it.each([
      ['above the cap', { first: MAX_PAGE_SIZE + 1 }, { path: 'first', code: 'OUT_OF_RANGE', message: 'no puede ser mayor que 100' }],
      ['negative', { first: -1 }, { path: 'first', code: 'OUT_OF_RANGE', message: 'no puede ser negativo' }],
      [
        'a malformed department code',
        { filter: { departmentCode: 'Antioquia' } },
        { path: 'filter.departmentCode', code: 'INVALID_FORMAT', message: 'debe tener 2 dígitos, p. ej. "05"' },
      ],
      [
        'an over-long search',
        { filter: { search: 'x'.repeat(101) } },
        { path: 'filter.search', code: 'TOO_LONG', message: 'admite hasta 100 caracteres' },
      ],
    ])('refuses first/filter %s with BAD_USER_INPUT at the argument', async (_label, variables, problem) => {
      const res = await list(variables as TerritorialEntitiesQueryVariables);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toBe(`Argumentos inválidos: ${problem.path}: ${problem.message}`);
      expect(res.errors![0].extensions!.problems).toEqual([problem]);
      expect(res.data).toBeNull();
    });

    it.each([
      ['not base64 JSON', 'not-a-cursor!'],
      ['of another ordering', Buffer.from(JSON.stringify(['NAME_ASC', 'medellin', '05001'])).toString('base64url')],
      ['with the wrong shape', Buffer.from(JSON.stringify(['CODE_ASC', { code: '05001' }])).toString('base64url')],
      ['with numbers for keys', Buffer.from(JSON.stringify(['CODE_ASC', 5001])).toString('base64url')],
    ])('refuses a cursor %s with BAD_USER_INPUT', async (_label, after) => {
      const res = await list({ after, orderBy: 'CODE_ASC' });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toMatch(/Cursor inválido/);
    });
  });
});

describe('the directory each process serves', () => {
  it('picks up a change made in the database once its snapshot is older than DIRECTORY_MAX_AGE_SECONDS', async () => {
    const fresh = await startTestSystem({ DIRECTORY_MAX_AGE_SECONDS: '0' });
    try {
      const token = await fresh.token(Role.ENTITY_MEMBER, '05001');
      const name = async () =>
        (await execute(fresh.url, TerritorialEntityDocument, { code: '05001' }, { token })).data!.territorialEntity!.name;
      expect(await name()).toBe('MEDELLÍN');
      await fresh.system.orm.em.fork().nativeUpdate(TerritorialEntity, { code: '05001' }, { name: 'MEDELLÍN (renombrado)' });
      // A stale snapshot is answered while the reload runs in the background; the next ones see it.
      let seen = await name();
      for (let i = 0; i < 50 && seen !== 'MEDELLÍN (renombrado)'; i++) {
        await new Promise((r) => setTimeout(r, 20));
        seen = await name();
      }
      expect(seen).toBe('MEDELLÍN (renombrado)');
    } finally {
      await fresh.stop();
    }
  });

  it('keeps answering from the last snapshot when the database cannot be read', async () => {
    const fresh = await startTestSystem({ DIRECTORY_MAX_AGE_SECONDS: '0' });
    try {
      const token = await fresh.token(Role.COORDINATOR);
      const get = () => execute(fresh.url, TerritorialEntityDocument, { code: '05001' }, { token });
      expect((await get()).data!.territorialEntity!.name).toBe('MEDELLÍN');
      await fresh.system.orm.em.getConnection().execute('drop table territorial_entity');
      const res = await get();
      expect(res.errors).toBeUndefined();
      expect(res.data!.territorialEntity!.name).toBe('MEDELLÍN');
    } finally {
      await fresh.stop();
    }
  });
});
