// Operator commands: `node dist/src/cli.js <command>` (npm scripts wrap the common ones).
import 'reflect-metadata';

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { printAppSchema } from './api/schema';
import { initAppOrm, seedModules } from './app/compose';
import { mintToken } from './core/auth/jwt';
import { Role } from './core/auth/principal';
import { AppError } from './core/errors/app-error';
import { migrate } from './core/orm/orm';
import { projectRoot } from './core/paths';
import { configFromEnv, handleSignals, runMain } from './core/process';
import { ModelDefinitionError, modelFromFile, type MaturityModel } from './modules/maturity/maturity-model';
import { ModelCatalog } from './modules/maturity/model-catalog';
import { startSystem } from './system';

const SCHEMA_FILE = join(projectRoot(), 'schema', 'schema.graphql');

/** The users whose tokens `start` prints: one per role, entity users for Medellín (05001). */
const DEMO_USERS: { role: Role; sub: string; entityCode?: string }[] = [
  { role: Role.COORDINATOR, sub: 'coordinador@mintic.gov.co' },
  { role: Role.ADVISOR, sub: 'asesor@mintic.gov.co' },
  { role: Role.EVALUATOR, sub: 'evaluador@mintic.gov.co' },
  { role: Role.ENTITY_REPRESENTATIVE, sub: 'alcalde@medellin.gov.co', entityCode: '05001' },
  { role: Role.ENTITY_MEMBER, sub: 'lider-tic@medellin.gov.co', entityCode: '05001' },
  { role: Role.AUDITOR, sub: 'auditor@controlinterno.gov.co' },
];

const commands: Record<string, { help: string; run(args: string[]): Promise<void> }> = {
  start: {
    help: 'sistema completo con valores por defecto embebidos: migra, siembra, inicia Redis y la API, imprime la URL y tokens',
    async run() {
      const signals = handleSignals();
      const config = configFromEnv();
      const system = await startSystem(config, { prepareDatabase: true, demoData: true, worker: true });
      signals.stopWith(system.stop);
      const lines = [`\nCTI lista en ${system.api.url}/graphql  (salud: ${system.api.url}/health)\n`];
      if (config.graphqlIde) lines.push(`GraphiQL: abra ${system.api.url}/graphql en el navegador y pegue un token en «Headers».\n`);
      if (config.auth.kind === 'secret') {
        lines.push('Tokens de prueba (válidos 12 h; envíelos como "Authorization: Bearer <token>"):');
        for (const user of DEMO_USERS) {
          const token = await mintToken(config, { sub: user.sub, role: user.role, entityCode: user.entityCode });
          lines.push(`  ${user.role}${user.entityCode ? ` (${user.entityCode})` : ''}:\n    ${token}`);
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
    help: 'siembra las entidades territoriales de DIVIPOLA y publica el modelo de madurez por defecto (idempotente)',
    async run() {
      const orm = await initAppOrm(configFromEnv());
      try {
        for (const { summary } of await seedModules(orm)) console.log(summary);
      } finally {
        await orm.close(true);
      }
    },
  },
  token: {
    help: 'emite un token: --role ROL [--entity CÓDIGO] [--sub USUARIO] [--expires 12h]',
    async run(args) {
      const { values } = parseArgs({
        args,
        options: {
          role: { type: 'string' },
          entity: { type: 'string' },
          sub: { type: 'string' },
          expires: { type: 'string', default: '12h' },
        },
      });
      const role = values.role as Role | undefined;
      if (!role || !Object.values(Role).includes(role)) {
        throw new UsageError(`--role debe ser uno de: ${Object.values(Role).join(', ')}`);
      }
      const config = configFromEnv();
      try {
        console.log(
          await mintToken(config, { sub: values.sub ?? `${role.toLowerCase()}@local`, role, entityCode: values.entity }, values.expires),
        );
      } catch (err) {
        if (err instanceof Error && err.name === 'ZodError') {
          throw new UsageError('usuarios de entidad requieren --entity con un código DIVIPOLA; los demás roles no lo admiten');
        }
        throw err;
      }
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
  'schema:emit': {
    help: 'escribe schema/schema.graphql desde el código',
    async run() {
      writeFileSync(SCHEMA_FILE, printAppSchema());
      console.log(`Esquema escrito en ${SCHEMA_FILE}`);
    },
  },
  'schema:check': {
    help: 'falla si schema/schema.graphql no coincide con el código',
    async run() {
      let committed = '';
      try {
        committed = readFileSync(SCHEMA_FILE, 'utf8');
      } catch {
        // missing counts as drift
      }
      if (committed !== printAppSchema()) {
        throw new UsageError('schema/schema.graphql no coincide con el código: ejecute `npm run schema:emit` y confirme el cambio');
      }
      console.log('schema/schema.graphql está al día');
    },
  },
};

class UsageError extends Error {}

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
