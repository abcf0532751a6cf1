// Production API process: serves GraphQL and /health. Migrations are applied by `cli migrate`
// beforehand, so any number of these can start side by side.
import { configFromEnv, handleSignals, runMain } from './core/process';
import { startSystem } from './system';

runMain(async () => {
  const signals = handleSignals();
  const system = await startSystem(configFromEnv(), { prepareDatabase: false });
  signals.stopWith(system.stop);
  system.logger.info({ url: `${system.api.url}/graphql` }, 'API lista');
});
