import { readDivipola } from '../../src/modules/territorial-entities/divipola';
import { TerritorialEntityKind } from '../../src/modules/territorial-entities/territorial-entity-kind';
import type { TerritorialEntity } from '../../src/modules/territorial-entities/territorial-entity.entity';
import { TerritorialEntitiesArgs, TerritorialEntityOrderBy } from '../../src/modules/territorial-entities/territorial-entity.inputs';
import { DirectorySnapshot } from '../../src/modules/territorial-entities/territorial-entity.service';

const snapshot = new DirectorySnapshot(readDivipola() as TerritorialEntity[]);

const args = (over: Partial<TerritorialEntitiesArgs>): TerritorialEntitiesArgs => Object.assign(new TerritorialEntitiesArgs(), over);

describe('DirectorySnapshot', () => {
  it('finds by code, and null for an unknown code', () => {
    expect(snapshot.size).toBe(1153);
    expect(snapshot.find('05001')?.name).toBe('MEDELLÍN');
    expect(snapshot.find('99999')).toBeNull();
  });

  it('walks every ordering page by page, each entity once, in order, whatever the page size', () => {
    for (const orderBy of Object.values(TerritorialEntityOrderBy)) {
      for (const first of [1, 7, 100]) {
        const seen: string[] = [];
        let after: string | null = null;
        for (;;) {
          const page = snapshot.list(args({ orderBy, first, after, filter: { departmentCode: '25' } }));
          seen.push(...page.edges.map((e) => e.node.code));
          expect(page.totalCount).toBe(117);
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(seen).toHaveLength(117);
        expect(new Set(seen).size).toBe(117);
        const plain = (code: string) =>
          snapshot
            .find(code)!
            .name.normalize('NFD')
            .replace(/\p{Diacritic}/gu, '')
            .toLowerCase();
        const sortKey = orderBy === TerritorialEntityOrderBy.CODE_ASC ? (c: string) => c : (c: string) => `${plain(c)}\u0000${c}`;
        expect(seen.map(sortKey)).toEqual(seen.map(sortKey).sort());
      }
    }
  });

  it('continues after a cursor whose entity no longer matches or exists (keyset, not offset)', () => {
    const page = snapshot.list(args({ first: 2, filter: { departmentCode: '05' } }));
    expect(page.edges.map((e) => e.node.code)).toEqual(['05', '05001']);
    // A cursor for a code between 05001 and 05002 that no entity has: the next page starts at 05002.
    const between = Buffer.from(JSON.stringify(['CODE_ASC', '050015'])).toString('base64url');
    const next = snapshot.list(args({ first: 1, after: between, filter: { departmentCode: '05' } }));
    expect(next.edges.map((e) => e.node.code)).toEqual(['05002']);
  });

  it('combines filters and answers a repeated filter identically', () => {
    const query = args({ first: 100, filter: { kind: TerritorialEntityKind.NON_MUNICIPALIZED_AREA, departmentCode: '91' } });
    const once = snapshot.list(query);
    expect(once.totalCount).toBeGreaterThan(0);
    expect(once.edges.every((e) => e.node.departmentCode === '91' && !e.node.eligibleToApply)).toBe(true);
    expect(snapshot.list(query)).toEqual(once);
  });
});
