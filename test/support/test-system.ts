import { randomUUID } from 'node:crypto';

import { loadConfig, type Config } from '../../src/config/env';
import { mintToken } from '../../src/core/auth/jwt';
import { Role } from '../../src/core/auth/principal';
import { startSystem, type System } from '../../src/system';
import { createTestDatabase, temporaryDir } from './test-db';

export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0123';

/**
 * Waits until a broadcast has `count` more local listeners than `before`: the subscriptions a test
 * opened are registered on the server and will see what is written next. graphql-ws does not
 * acknowledge a subscription, so a fixed sleep can lose that race on a slow run.
 */
export async function listening(broadcast: { listenerCount(): number }, before: number, count: number, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (broadcast.listenerCount() < before + count) {
    if (Date.now() > until)
      throw new Error(`no se registraron a tiempo ${count} suscripciones (hay ${broadcast.listenerCount() - before})`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Suites drive whole workflows as a few people at machine speed: rate limits are off unless a
 * suite sets its own (test/security/rate-limits.int-spec.ts does).
 */
export const RATE_LIMITS_OFF = {
  RATE_LIMIT_MUTATIONS_PER_MINUTE: '0',
  RATE_LIMIT_REPORTS_PER_HOUR: '0',
  RATE_LIMIT_IMPORTS_PER_HOUR: '0',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
};

export interface TestSystem {
  url: string;
  system: System;
  config: Config;
  /** A valid token for the role; entity roles default to Medellín (05001). */
  token(role: Role, entityCode?: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The real service on a fresh database of the kind TEST_DB selects and the suite's real Redis,
 * listening on a free port; with `worker`, the BullMQ worker runs in the same process.
 */
export async function startTestSystem(env: NodeJS.ProcessEnv = {}, options: { worker?: boolean } = {}): Promise<TestSystem> {
  const redisUrl = process.env.TEST_REDIS_URL;
  if (!redisUrl) throw new Error('TEST_REDIS_URL no definido: ¿corrió el globalSetup de Jest?');
  const config = loadConfig(
    {
      DATABASE_URL: await createTestDatabase(),
      REDIS_URL: redisUrl,
      JWT_SECRET: TEST_JWT_SECRET,
      PORT: '0',
      LOG_LEVEL: 'silent',
      VAR_DIR: temporaryDir('cti-test-var-'),
      // Test files share one Redis: each system gets its own keys and channels.
      REDIS_PREFIX: `test-${randomUUID().slice(0, 8)}`,
      ...RATE_LIMITS_OFF,
      ...env,
    },
    () => {
      throw new Error('los tests siempre definen JWT_SECRET');
    },
  );
  const system = await startSystem(config, { prepareDatabase: true, worker: options.worker ?? false });
  return {
    url: system.api.url,
    system,
    config,
    token: (role, entityCode) =>
      mintToken(config, {
        sub: `${role.toLowerCase()}@test`,
        role,
        entityCode: [Role.ENTITY_REPRESENTATIVE, Role.ENTITY_MEMBER].includes(role) ? (entityCode ?? '05001') : undefined,
      }),
    stop: () => system.stop(),
  };
}
