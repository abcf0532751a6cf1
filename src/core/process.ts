import { ConfigError, loadConfig, type Config } from '../config/env';
import { readOrCreateSecret } from '../config/generated-secret';
import { RedisNotInstalledError } from './redis/embedded-redis';

/** Errors that a person fixes by reading one line, not a stack trace. */
function isOneLineError(err: unknown): err is Error {
  return err instanceof ConfigError || err instanceof RedisNotInstalledError;
}

export function configFromEnv(): Config {
  return loadConfig(process.env, readOrCreateSecret);
}

/** Runs a process entry point: a known failure prints one line and exits 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    if (isOneLineError(err)) {
      console.error(err.message);
    } else {
      console.error(err);
    }
    process.exit(1);
  });
}

/** Stops cleanly on SIGINT/SIGTERM; a second signal exits at once. */
export function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.error(`${signal} recibido: deteniendo…`);
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
