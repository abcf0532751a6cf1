import { migrate } from '../../src/core/orm/orm';
import { readDivipola } from '../../src/modules/territorial-entities/divipola';
import type { TerritorialEntityKind } from '../../src/modules/territorial-entities/territorial-entity-kind';
import { TerritorialEntity } from '../../src/modules/territorial-entities/territorial-entity.entity';
import { seedTerritorialEntities } from '../../src/modules/territorial-entities/territorial-entity.seed';
import { startTestSystem, type TestSystem } from '../support/test-system';

let app: TestSystem;

beforeAll(async () => {
  app = await startTestSystem();
});
afterAll(() => app?.stop());

const snapshot = async () =>
  (await app.system.orm.em.fork().find(TerritorialEntity, {}, { orderBy: { code: 'asc' } })).map((e) => ({ ...e }));

describe('migrations and seed', () => {
  it('migrates idempotently: a second run applies nothing', async () => {
    expect(await migrate(app.system.orm)).toEqual([]);
    const executed = await app.system.orm.getMigrator().getExecutedMigrations();
    expect(executed.length).toBeGreaterThan(0);
  });

  it('seeds idempotently: a second run changes nothing', async () => {
    const before = await snapshot();
    expect(before).toHaveLength(1153);
    expect(await seedTerritorialEntities(app.system.orm.em.fork())).toEqual({ inserted: 0, updated: 0, unchanged: 1153 });
    expect(await snapshot()).toEqual(before);
  });

  it('repairs a row that drifted from DIVIPOLA and inserts a missing one', async () => {
    const em = app.system.orm.em.fork();
    await em.nativeUpdate(TerritorialEntity, { code: '05001' }, { name: 'MEDELLIN (editado)' });
    await em.nativeDelete(TerritorialEntity, { code: '99773' });
    expect(await seedTerritorialEntities(app.system.orm.em.fork())).toEqual({ inserted: 1, updated: 1, unchanged: 1151 });
    const medellin = await app.system.orm.em.fork().findOneOrFail(TerritorialEntity, { code: '05001' });
    expect(medellin.name).toBe('MEDELLÍN');
  });

  it('leaves nothing half-written when a seed fails midway', async () => {
    const records = readDivipola();
    const em = app.system.orm.em.fork();
    await em.nativeDelete(TerritorialEntity, { code: '05001' });
    // The seed inserts the missing 05001 first, then updates 05002 to a kind outside the column's
    // CHECK constraint, which fails: the insert that already ran must be rolled back with it.
    const broken = records.map((r) => (r.code === '05002' ? { ...r, kind: 'BOGUS' as TerritorialEntityKind } : r));
    await expect(seedTerritorialEntities(app.system.orm.em.fork(), broken)).rejects.toThrow();
    expect(await app.system.orm.em.fork().count(TerritorialEntity, { code: '05001' })).toBe(0);
    expect((await app.system.orm.em.fork().findOneOrFail(TerritorialEntity, { code: '05002' })).kind).toBe('MUNICIPALITY');
    await seedTerritorialEntities(app.system.orm.em.fork());
    expect(await app.system.orm.em.fork().count(TerritorialEntity)).toBe(1153);
  });
});
