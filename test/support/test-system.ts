import { randomUUID } from 'node:crypto';

import { loadConfig, type Config } from '../../src/config/env';
import { mintToken } from '../../src/core/auth/jwt';
import { ENTITY_ROLES, type Role } from '../../src/core/auth/principal';
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
  RATE_LIMIT_UPLOADS_PER_HOUR: '0',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
  RATE_LIMIT_PUBLIC_PER_MINUTE: '0',
};

/** Who a test signs in as: the directory is told the role first (as the demo seed and `npm run token` do). */
export interface TestPerson {
  sub: string;
  role: Role;
  entityCode?: string | null;
  email?: string;
  name?: string;
}

/**
 * Enrolls the person in the directory with the role (privacy notice accepted) and mints their
 * token, which carries only who they are: the directory says what they may do.
 */
export async function personToken(system: System | { system: System }, who: TestPerson, expiresIn?: string | number): Promise<string> {
  const sys = 'system' in system ? system.system : system;
  await sys.api.services.people.enroll({
    subject: who.sub,
    role: who.role,
    entityCode: who.entityCode ?? null,
    email: who.email ?? (who.sub.includes('@') ? who.sub : null),
    name: who.name ?? null,
    acceptPrivacy: true,
  });
  return mintToken(sys.config, { sub: who.sub, email: who.email, name: who.name }, expiresIn);
}

export interface TestSystem {
  url: string;
  system: System;
  config: Config;
  /**
   * A valid token of a person the directory holds with the role (`<role>@test`, privacy notice
   * accepted); entity roles default to Medellín (05001), and another entity's people are
   * `<role>.<code>@test`. Enrolling as a representative hands the entity's office to this person.
   */
  token(role: Role, entityCode?: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The real service on a fresh database of the kind TEST_DB selects and the suite's real Redis,
 * listening on a free port; with `worker`, the BullMQ worker runs in the same process; with
 * `demoData`, the demo data `npm start` seeds (and the demo sign-in the console offers).
 */
export async function startTestSystem(
  env: NodeJS.ProcessEnv = {},
  options: { worker?: boolean; demoData?: boolean } = {},
): Promise<TestSystem> {
  const redisUrl = process.env.TEST_REDIS_URL;
  if (!redisUrl) throw new Error('TEST_REDIS_URL no definido: ¿corrió el globalSetup de Jest?');
  const config = loadConfig(
    {
      DATABASE_URL: await createTestDatabase(),
      REDIS_URL: redisUrl,
      JWT_SECRET: TEST_JWT_SECRET,
      DOCUMENT_LINK_SECRET: 'test-document-link-secret-0123456789abcdef',
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
  const system = await startSystem(config, { prepareDatabase: true, worker: options.worker ?? false, demoData: options.demoData ?? false });
  return {
    url: system.api.url,
    system,
    config,
    token: (role, entityCode) => {
      const code = ENTITY_ROLES.has(role) ? (entityCode ?? '05001') : undefined;
      // One person per entity and role: Medellín's keep the plain subject (`entity_member@test`); another
      // entity's are `entity_member.76001@test`, so enrolling Cali's does not move Medellín's person.
      return personToken(system, {
        sub: code && code !== '05001' ? `${role.toLowerCase()}.${code}@test` : `${role.toLowerCase()}@test`,
        role,
        entityCode: code,
      });
    },
    stop: () => system.stop(),
  };
}
