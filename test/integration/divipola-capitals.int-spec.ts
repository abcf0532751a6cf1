import { Role } from '../../src/core/auth/principal';
import { territorialEntitiesModule } from '../../src/modules/territorial-entities';
import { TerritorialEntity } from '../../src/modules/territorial-entities/territorial-entity.entity';
import { dataOf, executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';

let app: TestSystem;

beforeAll(async () => {
  // A snapshot older than 0 s is reloaded: the API answers what the database holds after the seed.
  app = await startTestSystem({ DIRECTORY_MAX_AGE_SECONDS: '0' });
});
afterAll(() => app?.stop());

const place = async (code: string) => {
  const row = await app.system.orm.em.fork().findOneOrFail(TerritorialEntity, { code });
  return [row.latitude, row.longitude];
};

describe("a database seeded before Cundinamarca's capital was fixed", () => {
  it('has the gobernación moved to Bogotá by the seed that runs at every start, once', async () => {
    const bogota = await place('11001');
    const aguaDeDios = await place('25001');
    expect(await place('25')).toEqual(bogota);

    // As an earlier version wrote it: at Agua de Dios (25001).
    await app.system.orm.em.fork().nativeUpdate(TerritorialEntity, { code: '25' }, { latitude: aguaDeDios[0], longitude: aguaDeDios[1] });
    expect(await place('25')).toEqual(aguaDeDios);

    const first = await territorialEntitiesModule.seed!(app.system.orm);
    expect(first.summary).toMatch(/0 nuevas, 1 actualizadas/);
    expect(await place('25')).toEqual(bogota);
    // Idempotent: a second start changes nothing.
    const second = await territorialEntitiesModule.seed!(app.system.orm);
    expect(second.summary).toMatch(/0 nuevas, 0 actualizadas/);

    const token = await app.token(Role.COORDINATOR);
    const query = '{ territorialEntity(code: "25") { name latitude longitude } }';
    let answer = dataOf(await executeText(app.url, query, {}, { token })).territorialEntity;
    for (let i = 0; i < 50 && answer.latitude !== bogota[0]; i++) {
      await new Promise((r) => setTimeout(r, 20));
      answer = dataOf(await executeText(app.url, query, {}, { token })).territorialEntity;
    }
    expect(answer).toEqual({ name: 'CUNDINAMARCA', latitude: bogota[0], longitude: bogota[1] });
  });
});
