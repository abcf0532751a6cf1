// Configuration for the MikroORM CLI (`npm run migration:create`), which writes the migrations of
// the database that DATABASE_URL selects into migrations/<sqlite|postgresql>/.
import { loadConfig } from './env';
import { readOrCreateSecret } from './generated-secret';
import { ormOptions } from './orm.config';

export default ormOptions(loadConfig(process.env, readOrCreateSecret), {
  forMigrationGeneration: true,
});
