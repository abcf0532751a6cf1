// Configuration for the MikroORM CLI (`npm run migration:create`), which writes the migrations of
// the database that DATABASE_URL selects into migrations/<sqlite|postgresql>/. The drift check
// (`npm run migration:check`) points MIGRATIONS_DIR at a scratch copy instead.
import { entitiesOf } from '../app/compose';
import { loadConfig } from './env';
import { readOrCreateSecret } from './generated-secret';
import { ormOptions } from './orm.config';

const options = ormOptions(loadConfig(process.env, readOrCreateSecret), entitiesOf(), { forMigrationGeneration: true });
const dir = process.env.MIGRATIONS_DIR;

export default dir ? { ...options, migrations: { ...options.migrations, path: dir, pathTs: dir } } : options;
