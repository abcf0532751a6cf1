import { MikroORM, type EntityClass } from '@mikro-orm/core';
import { BaseSqlitePlatform, type AbstractSqlDriver, type EntityManager, type Knex } from '@mikro-orm/knex';

import type { Config } from '../../config/env';
import { ormOptions } from '../../config/orm.config';
import { withTimeout } from '../timeout';

/** Both databases are SQL ones behind knex, so the ORM exposes the SQL EntityManager (query builder). */
export type Orm = MikroORM<AbstractSqlDriver, EntityManager<AbstractSqlDriver>>;

/** The ORM over these entities (core's and the modules', assembled by the composition: `entitiesOf()`). */
export async function initOrm(config: Config, entities: readonly EntityClass<unknown>[]): Promise<Orm> {
  return (await MikroORM.init(ormOptions(config, entities))) as unknown as Orm;
}

/** Applies pending migrations; running it again when none are pending changes nothing. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

/** Whether `select 1` comes back within `timeoutMs`: a hung database must not hang /health. */
export async function databaseAnswers(orm: Orm, timeoutMs = 2000): Promise<boolean> {
  try {
    await withTimeout(orm.em.getConnection().execute('select 1'), timeoutMs);
    return true;
  } catch {
    return false;
  }
}

/**
 * Knex bound to the EntityManager's transaction when it is in one, for plain SQL on hot paths (on
 * SQLite a read outside the transaction would wait for the one connection it holds).
 */
export function sqlOf(em: EntityManager): Knex | Knex.Transaction {
  return em.getTransactionContext<Knex.Transaction>() ?? em.getKnex();
}

/** An instant as the database stores it, for knex statements (SQLite: epoch milliseconds; PostgreSQL: native). */
export function instantFor(em: EntityManager): (d: Date) => Date | number {
  const sqlite = em.getPlatform() instanceof BaseSqlitePlatform;
  return (d) => (sqlite ? d.getTime() : d);
}
