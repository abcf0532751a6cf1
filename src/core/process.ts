import { ConfigError, loadConfig, type Config } from '../config/env';
import { readOrCreateSecret } from '../config/generated-secret';
import { EmbeddedRedisInUseError, RedisNotInstalledError } from './redis/embedded-redis';

/** Errors that a person fixes by reading one line, not a stack trace. */
function isOneLineError(err: unknown): err is Error {
  return err instanceof ConfigError || err instanceof RedisNotInstalledError || err instanceof EmbeddedRedisInUseError;
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

/**
 * Installs the shutdown handlers before anything is started, so that a signal that arrives while
 * the system is still starting also ends the process (its 'exit' handlers stop the private Redis).
 * Once `stopWith` names the running system, a signal stops it cleanly and exits 0; a second signal
 * exits at once. SIGHUP counts too: a closed terminal must not leave the service's Redis behind.
 */
export function handleSignals(): { stopWith(stop: () => Promise<void>): void } {
  let stopSystem: (() => Promise<void>) | undefined;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping || !stopSystem) process.exit(1);
    stopping = true;
    console.error(`${signal} recibido: deteniendo…`);
    stopSystem().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
  return {
    stopWith(stop) {
      stopSystem = stop;
    },
  };
}
