// Operator commands: `node dist/src/cli.js <command>` (npm scripts wrap the common ones).
import 'reflect-metadata';

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { printPublicSchema } from './api/public-schema';
import { printAppSchema } from './api/schema';
import { backup, BackupFailed, BackupRefused, restore } from './app/backup';
import { initAppOrm, seedModules, upgradeModules } from './app/compose';
import { DEMO_USERS, demoEnroller, seedDemo } from './app/demo.seed';
import { createClock, createServices } from './app/services';
import type { Config } from './config/env';
import { mintToken } from './core/auth/jwt';
import { ENTITY_ROLES, Role } from './core/auth/principal';
import { AppError } from './core/errors/app-error';
import { createLogger } from './core/logger';
import { migrate, type Orm } from './core/orm/orm';
import { projectRoot } from './core/paths';
import { configFromEnv, handleSignals, runMain } from './core/process';
import { startEmbeddedRedis } from './core/redis/embedded-redis';
import { closeRedisClient, createRedisClient } from './core/redis/redis';
import { ModelDefinitionError, modelFromFile, type MaturityModel } from './modules/maturity/maturity-model';
import { ModelCatalog } from './modules/maturity/model-catalog';
import { PeopleDirectory } from './modules/people/people-directory';
import { startSystem } from './system';
import { startWorker } from './worker/worker-host';

const SCHEMA_FILE = join(projectRoot(), 'schema', 'schema.graphql');
const PUBLIC_SCHEMA_FILE = join(projectRoot(), 'schema', 'public.graphql');

/** The SDL files the code emits: the main schema and the public transparency schema (/public/graphql). */
const emittedSchemas = () => [
  { file: SCHEMA_FILE, name: 'schema/schema.graphql', print: printAppSchema },
  { file: PUBLIC_SCHEMA_FILE, name: 'schema/public.graphql', print: printPublicSchema },
];

const commands: Record<string, { help: string; run(args: string[]): Promise<void> }> = {
  start: {
    help: 'sistema completo con valores por defecto embebidos: migra, siembra, inicia Redis y la API, imprime la URL y tokens',
    async run() {
      const signals = handleSignals();
      const config = configFromEnv();
      const system = await startSystem(config, { prepareDatabase: true, demoData: true, worker: true });
      signals.stopWith(system.stop);
      const lines = [
        `\nCTI lista en ${system.api.url}/graphql  (salud: ${system.api.url}/health)`,
        `Consola web: abra ${system.api.url}/ en el navegador y entre ${
          config.auth.kind === 'secret'
            ? 'como una de las personas de demostración'
            : 'con el proveedor de identidad (CONSOLE_OIDC_AUTHORITY)'
        }.\n`,
      ];
      if (config.graphqlIde) lines.push(`GraphiQL: abra ${system.api.url}/graphql en el navegador y pegue un token en «Headers».\n`);
      if (config.auth.kind === 'secret') {
        // A database seeded before the directory existed gets the demo people now; one that knows them keeps what happened to them.
        await demoEnroller(system.api.services, { onlyNew: true })(...DEMO_USERS);
        lines.push('Tokens de prueba (válidos 12 h; envíelos como "Authorization: Bearer <token>"):');
        for (const user of DEMO_USERS) {
          const token = await mintToken(config, { sub: user.subject, email: user.subject, name: user.name });
          lines.push(`  ${user.role}${user.entityCode ? ` (${user.entityCode})` : ''}, ${user.subject}:\n    ${token}`);
        }
      }
      console.log(lines.join('\n') + '\n');
    },
  },
  migrate: {
    help: 'aplica las migraciones pendientes (idempotente)',
    async run() {
      const orm = await initAppOrm(configFromEnv());
      try {
        const applied = await migrate(orm);
        console.log(applied.length ? `Migraciones aplicadas: ${applied.join(', ')}` : 'Sin migraciones pendientes');
      } finally {
        await orm.close(true);
      }
    },
  },
  seed: {
    help:
      'siembra las entidades territoriales de DIVIPOLA y publica el modelo de madurez por defecto (idempotente); ' +
      'con --demo, también los datos de demostración de `start` (solo en una base sin vigencias)',
    async run(args) {
      const { values } = parseArgs({ args, options: { demo: { type: 'boolean', default: false } } });
      const config = configFromEnv();
      const orm = await initAppOrm(config);
      try {
        for (const { summary } of await seedModules(orm)) console.log(summary);
        if (values.demo) console.log(await seedDemoData(config, orm));
      } finally {
        await orm.close(true);
      }
    },
  },
  token: {
    help:
      'emite un token local e inscribe a la persona en el directorio con ese rol (solo desarrollo): ' +
      '--role ROL [--entity CÓDIGO] [--sub USUARIO] [--email CORREO] [--name NOMBRE] [--expires 12h]; ' +
      'sin --role, solo el token (el rol lo da el directorio: una invitación)',
    async run(args) {
      const { values } = parseArgs({
        args,
        options: {
          role: { type: 'string' },
          entity: { type: 'string' },
          sub: { type: 'string' },
          email: { type: 'string' },
          name: { type: 'string' },
          expires: { type: 'string', default: '12h' },
        },
      });
      const role = values.role as Role | undefined;
      if (role !== undefined && !Object.values(Role).includes(role)) {
        throw new UsageError(`--role debe ser uno de: ${Object.values(Role).join(', ')}`);
      }
      if (role !== undefined && ENTITY_ROLES.has(role) !== (values.entity !== undefined)) {
        throw new UsageError('usuarios de entidad requieren --entity con un código DIVIPOLA; los demás roles no lo admiten');
      }
      const sub = values.sub ?? values.email ?? `${(role ?? 'persona').toLowerCase()}@local`;
      const email = values.email ?? (sub.includes('@') ? sub : undefined);
      const config = configFromEnv();
      if (config.auth.kind !== 'secret') throw new UsageError('con JWKS_URL los tokens los emite el proveedor de identidad');
      let token: string;
      try {
        token = await mintToken(config, { sub, email, name: values.name }, values.expires);
      } catch (err) {
        if (err instanceof Error && err.name === 'ZodError') throw new UsageError('--sub, --email o --name no son válidos');
        throw err;
      }
      if (role) await enrollForDevelopment(config, { subject: sub, role, entityCode: values.entity ?? null, email, name: values.name });
      console.log(token);
    },
  },
  'model:validate': {
    help: 'valida un archivo de modelo de madurez (YAML o JSON) e informa cada error con su ruta: FILE',
    async run(args) {
      if (!args[0]) throw new UsageError('indique el archivo: model:validate FILE');
      const model = checkedModel(args[0]);
      console.log(
        `${args[0]}: versión ${model.version}, ${model.definition.dimensions.length} dimensiones, ${model.questions.size} preguntas; válido`,
      );
    },
  },
  'model:publish': {
    help: 'publica una versión nueva del modelo de madurez desde un archivo: FILE',
    async run(args) {
      if (!args[0]) throw new UsageError('indique el archivo: model:publish FILE');
      const model = checkedModel(args[0]);
      const orm = await initAppOrm(configFromEnv());
      try {
        const { created } = await new ModelCatalog().publish(orm.em.fork(), 'cli', model, new Date()).catch((err: unknown) => {
          throw err instanceof AppError ? new UsageError(err.message) : err;
        });
        console.log(
          created ? `Versión ${model.version} publicada` : `La versión ${model.version} ya estaba publicada con el mismo contenido`,
        );
      } finally {
        await orm.close(true);
      }
    },
  },
  backup: {
    help:
      'copia de seguridad en línea (la API y los workers pueden seguir escribiendo): base de datos, documentos en archivos y ' +
      'manifest.json con conteos y SHA-256 [--to DIR] (por defecto VAR_DIR/backups/<fecha>); Redis no se copia',
    async run(args) {
      // Everything it writes (and what pg_dump and SQLite write for it) is the owner's only: the
      // backup holds every person's data and every document.
      process.umask(0o077);
      const { values } = parseArgs({ args, options: { to: { type: 'string' } } });
      const result = await backup(configFromEnv(), { to: values.to }).catch(backupErrors);
      console.log(result.lines.join('\n'));
    },
  },
  restore: {
    help:
      'restaura una copia en la base de DATABASE_URL y el directorio de documentos, y aplica las migraciones pendientes: ' +
      '--from DIR [--force] (sin --force se niega si la base ya tiene datos; con --force la reemplaza en un solo paso: si la ' +
      'restauración falla, la base queda como estaba; detenga la API y los workers antes)',
    async run(args) {
      // The restored database and documents are the owner's only, as the backup was.
      process.umask(0o077);
      const { values } = parseArgs({ args, options: { from: { type: 'string' }, force: { type: 'boolean', default: false } } });
      if (!values.from) throw new UsageError('indique la copia: restore --from DIR');
      const result = await restore(configFromEnv(), { from: values.from, force: values.force }).catch(backupErrors);
      console.log(result.lines.join('\n'));
      if (!result.matches) process.exit(1);
    },
  },
  'schema:emit': {
    help: 'escribe schema/schema.graphql y schema/public.graphql (el esquema público) desde el código',
    async run() {
      for (const { file, print } of emittedSchemas()) {
        writeFileSync(file, print());
        console.log(`Esquema escrito en ${file}`);
      }
    },
  },
  'schema:check': {
    help: 'falla si schema/schema.graphql o schema/public.graphql no coinciden con el código',
    async run() {
      for (const { file, name, print } of emittedSchemas()) {
        let committed = '';
        try {
          committed = readFileSync(file, 'utf8');
        } catch {
          // missing counts as drift
        }
        if (committed !== print()) {
          throw new UsageError(`${name} no coincide con el código: ejecute \`npm run schema:emit\` y confirme el cambio`);
        }
        console.log(`${name} está al día`);
      }
    },
  },
};

class UsageError extends Error {}

/** A backup refusal is a usage error (exit 2); a tool's failure, one line and exit 1. */
function backupErrors(err: unknown): never {
  if (err instanceof BackupRefused) throw new UsageError(err.message);
  if (err instanceof BackupFailed) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

/**
 * `token --role`: registers the person in the directory with that role (development only: in
 * production roles come from invitations and the ministry's claim mapping). A running API sees the
 * change within a second (the door re-reads a person at most a second later).
 */
async function enrollForDevelopment(
  config: Config,
  who: { subject: string; role: Role; entityCode: string | null; email?: string; name?: string },
): Promise<void> {
  const orm = await initAppOrm(config);
  try {
    await migrate(orm);
    await seedModules(orm);
    const entity = who.entityCode ? await orm.em.getKnex()('territorial_entity').where({ code: who.entityCode }).first('code') : true;
    if (!entity) throw new UsageError(`--entity ${who.entityCode}: no es un código DIVIPOLA del directorio`);
    const silent = { publish: () => undefined, subscribe: () => (async function* () {})() };
    const people = new PeopleDirectory(orm, createClock(config, orm), silent);
    await people.enroll({ ...who, acceptPrivacy: true });
    console.error(`Inscrito(a) en el directorio: ${who.subject} como ${who.role}${who.entityCode ? ` de ${who.entityCode}` : ''}`);
  } finally {
    await orm.close(true);
  }
}

/** How long `seed --demo` waits for the worker to deliver what the demo's transitions left queued. */
const DEMO_DRAIN_TIMEOUT_MS = 120_000;

/**
 * The demo data of `start`, without serving: what startSystem does for it (upgrades, the modules'
 * services, seedDemo), with a worker in this process until the outbox is relayed and the queues
 * have nothing ready, so the notifications and overdue flags `start` would show exist too.
 */
async function seedDemoData(config: Config, orm: Orm): Promise<string> {
  const logger = createLogger(config);
  const stops: (() => Promise<unknown>)[] = [];
  try {
    let redisUrl = config.redisUrl;
    if (!redisUrl) {
      // First: on the VAR_DIR of a running service this refuses (EmbeddedRedisInUseError) before
      // the demo writes anything; that service's `start` seeds it, not a process beside it.
      const embedded = await startEmbeddedRedis(join(config.varDir, 'redis'));
      stops.push(() => embedded.stop());
      redisUrl = embedded.url;
    }
    for (const { fields, message } of await upgradeModules(orm)) logger.info(fields, message);
    const redis = createRedisClient(redisUrl);
    await redis.connect();
    stops.push(async () => closeRedisClient(redis));
    const services = await createServices({ config, orm, redis, logger });
    stops.push(() => services.stop());
    const worker = await startWorker({ config, orm, redisUrl, logger, services });
    stops.push(() => worker.stop());
    const demo = await seedDemo(orm, services);
    if (!demo.seeded) return 'Datos de demostración: la base ya tenía vigencias; no se sembró nada';
    await worker.started;
    const knex = orm.em.getKnex();
    // Delayed jobs (terms still running, reminders, schedulers) are not work left: only ready ones.
    const pending = async () => {
      const [{ n }] = await knex('outbox').whereNull('processed_at').count({ n: '*' });
      const counts = await Promise.all(
        worker.queues.all().map((q) => q.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children')),
      );
      return Number(n) + counts.reduce((t, c) => t + Object.values(c).reduce((a, b) => a + b, 0), 0);
    };
    const deadline = Date.now() + DEMO_DRAIN_TIMEOUT_MS;
    // Twice empty in a row: a job that finishes may relay or queue another one just after.
    for (let idle = 0; idle < 2;) {
      if (Date.now() > deadline) throw new Error('el worker no terminó de entregar los efectos de los datos de demostración');
      await new Promise((r) => setTimeout(r, 250));
      idle = (await pending()) === 0 ? idle + 1 : 0;
    }
    return `Datos de demostración sembrados: ${demo.cases} trámites`;
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}

function checkedModel(file: string): MaturityModel {
  try {
    return modelFromFile(file);
  } catch (err) {
    if (err instanceof ModelDefinitionError) throw new UsageError(err.message);
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`no existe el archivo ${file}`);
    throw err;
  }
}

runMain(async () => {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    const list = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(14)} ${c.help}`);
    console.error(`Uso: cli <comando>\n${list.join('\n')}`);
    process.exit(name ? 2 : 0);
  }
  try {
    await command.run(args);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
});
