import { Action, anyRole } from '../../core/auth/policy';
import type { AppModule } from '../../core/module';
import { TerritorialEntity } from './territorial-entity.entity';
import { TerritorialEntityResolver } from './territorial-entity.resolver';
import { seedTerritorialEntities } from './territorial-entity.seed';
import { TerritorialDirectory } from './territorial-entity.service';

declare module '../../core/graphql/context' {
  interface AppServices {
    /** The territorial-entity directory this process serves from memory (reference data, see the service). */
    directory: TerritorialDirectory;
  }
  interface RequestScope {
    /** The same directory, at hand in every resolver. */
    directory: TerritorialDirectory;
  }
}

/** The DIVIPOLA directory of alcaldías and gobernaciones: reference data every other module reads. */
export const territorialEntitiesModule: AppModule = {
  name: 'territorial-entities',
  async seed(orm) {
    const r = await seedTerritorialEntities(orm.em.fork());
    return {
      summary: `Entidades territoriales: ${r.inserted} nuevas, ${r.updated} actualizadas, ${r.unchanged} sin cambios`,
      log: { fields: { ...r }, message: 'entidades territoriales sembradas' },
    };
  },
  entities: [TerritorialEntity],
  resolvers: [TerritorialEntityResolver],
  services: ({ config, orm, logger }) => ({ directory: new TerritorialDirectory(orm, config.directoryMaxAgeSeconds * 1000, logger) }),
  requestScope: { directory: (ctx) => ctx.services.directory },
  policy: { [Action.ReadTerritorialEntities]: anyRole },
  // The DIVIPOLA code stays the code (the entity's global id is `id`).
  globalIds: { keys: { TerritorialEntity: (entity: { code: string }) => entity.code }, rawIds: ['TerritorialEntity.code'] },
};
