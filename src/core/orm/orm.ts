import { MikroORM } from '@mikro-orm/core';
import type { Config } from '../../config/env';
import { ormOptions } from '../../config/orm.config';

export async function initOrm(config: Config): Promise<MikroORM> {
  return MikroORM.init(ormOptions(config));
}

/** Applies pending migrations; running it again when none are pending changes nothing. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

export async function databaseAnswers(orm: MikroORM): Promise<boolean> {
  try {
    await orm.em.getConnection().execute('select 1');
    return true;
  } catch {
    return false;
  }
}
