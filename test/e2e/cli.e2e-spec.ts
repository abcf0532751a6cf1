// The built service as an operator runs it: `node dist/src/cli.js <command>` in its own process.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

import { initAppOrm } from '../../src/app/compose';
import { loadConfig } from '../../src/config/env';
import { projectRoot } from '../../src/core/paths';
import { TerritorialEntitiesDocument } from '../graphql/generated';
import { execute, executeText } from '../support/http';
import { createTestDatabase, temporaryDir } from '../support/test-db';

const root = projectRoot();
const CLI = join(root, 'dist/src/cli.js');

// The console this build makes, in a folder of its own: the browser suites, which may run meanwhile
// in another Jest worker, serve console/dist, which a rebuild would empty under them.
const consoleDist = temporaryDir('cti-e2e-console-');

beforeAll(() => {
  // The e2e tests run what `npm start` runs, so build it the same way first.
  execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, CONSOLE_DIST_DIR: consoleDist } });
}, 180_000);

interface Started {
  child: ChildProcess;
  url: string;
  tokens: Record<string, string>;
  output: () => string;
}

/** Spawns `cli start` and waits for the line with the URL and the tokens it prints. */
/** The environment an operator's shell would give: Jest's NODE_ENV=test changes libraries' behaviour. */
function operatorEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env, CONSOLE_DIST_DIR: consoleDist, ...env };
  delete merged.NODE_ENV;
  return merged;
}

function start(env: NodeJS.ProcessEnv): Promise<Started> {
  const child = spawn(process.execPath, [CLI, 'start'], { cwd: root, env: operatorEnv(env) });
  let out = '';
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`start no terminó de arrancar:\n${out}`)), 60_000);
    child.on('exit', (code) => reject(new Error(`start terminó con ${code}:\n${out}`)));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /CTI lista en (http:\/\/\S+)\/graphql/.exec(out)?.[1];
      const tokens = Object.fromEntries([...out.matchAll(/^ {2}([A-Z_]+)(?: \(\d+\))?, \S+:\n {4}(\S+)$/gm)].map((m) => [m[1], m[2]]));
      if (url && Object.keys(tokens).length === 7) {
        clearTimeout(timer);
        resolve({ child, url, tokens, output: () => out });
      }
    });
  });
}

function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.removeAllListeners('exit');
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

const cli = (args: string[], env: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: root, env: operatorEnv(env), encoding: 'utf8' });

describe('cli start (the embedded default)', () => {
  it('brings the system up with its own Redis, prints a token per role, serves Antioquia, and stops cleanly', async () => {
    const varDir = temporaryDir('cti-e2e-var-');
    const env = { PORT: '0', VAR_DIR: varDir, DATABASE_URL: await createTestDatabase(), REDIS_URL: '', JWT_SECRET: '', LOG_LEVEL: 'info' };
    const first = await start(env);
    let redisPort: number | undefined;
    try {
      expect(Object.keys(first.tokens).sort()).toEqual([
        'ADVISOR',
        'AUDITOR',
        'COORDINATOR',
        'ENTITY_MEMBER',
        'ENTITY_REPRESENTATIVE',
        'ENTITY_TIC_LEADER',
        'EVALUATOR',
      ]);
      // Each printed token is a person the demo registered in the directory with that role (tokens carry no role).
      for (const [role, token] of Object.entries(first.tokens)) {
        const me = await executeText(first.url, '{ me { role entityCode } }', {}, { token });
        expect([role, me.data]).toEqual([role, { me: { role, entityCode: role.startsWith('ENTITY_') ? '05001' : null } }]);
      }
      const res = await execute(
        first.url,
        TerritorialEntitiesDocument,
        { first: 20, filter: { departmentCode: '05', kind: 'MUNICIPALITY' } },
        { token: first.tokens.COORDINATOR },
      );
      expect(res.data!.territorialEntities.totalCount).toBe(125);
      expect(res.data!.territorialEntities.edges).toHaveLength(20);
      const health = await fetch(`${first.url}/health`);
      expect(health.status).toBe(200);
      // The web console at `/`, with the demo sign-in, and the production build of its first load.
      const page = await fetch(`${first.url}/`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('&#34;signIn&#34;:{&#34;kind&#34;:&#34;demo&#34;}');
      const entry = await (await fetch(`${first.url}${/src="(\/assets\/[^"]+\.js)"/.exec(html)![1]}`)).text();
      // React's production build (its errors are minified); the development one has the full warnings.
      expect(entry).toContain('Minified React error');
      expect(first.output()).toContain(`Consola web: abra ${first.url}/`);
      expect(existsSync(join(varDir, 'redis', 'appendonlydir'))).toBe(true);
      redisPort = Number(/"redisPort":(\d+)/.exec(first.output())?.[1] ?? NaN);
    } finally {
      expect(await stop(first.child)).toBe(0);
    }
    // The private redis-server went away with the service.
    expect(redisPort).toBeGreaterThan(0);
    expect(await portOpen(redisPort!)).toBe(false);

    // A second start on the same folder reuses the data and the signing secret; a closed
    // terminal (SIGHUP) stops it as cleanly.
    const second = await start(env);
    const secondRedisPort = Number(/"redisPort":(\d+)/.exec(second.output())?.[1] ?? NaN);
    try {
      const res = await execute(second.url, TerritorialEntitiesDocument, { first: 0 }, { token: first.tokens.AUDITOR });
      expect(res.data!.territorialEntities.totalCount).toBe(1153);
    } finally {
      expect(await stop(second.child, 'SIGHUP')).toBe(0);
    }
    expect(secondRedisPort).toBeGreaterThan(0);
    expect(await portOpen(secondRedisPort)).toBe(false);
  }, 120_000);

  it('stops with one line naming the variable when the configuration is invalid', () => {
    const run = cli(['start'], { PORT: 'abc', VAR_DIR: temporaryDir('cti-e2e-var-') });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Configuración inválida: PORT /)]);
  });

  it('stops with one line saying how to install redis-server when it is missing', () => {
    const emptyPath = temporaryDir('cti-e2e-path-');
    const run = cli(['start'], { PATH: emptyPath, REDIS_URL: '', VAR_DIR: temporaryDir('cti-e2e-var-') });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining('apt-get install redis-server')]);
  });
});

describe('cli migrate, seed, token, schema:check', () => {
  it('migrates and seeds idempotently', async () => {
    const env = { DATABASE_URL: await createTestDatabase(), JWT_SECRET: 'x'.repeat(32), LOG_LEVEL: 'warn' };
    expect(cli(['migrate'], env).stdout).toMatch(/^Migraciones aplicadas: Migration\d+/);
    expect(cli(['migrate'], env).stdout.trim()).toBe('Sin migraciones pendientes');
    expect(cli(['seed'], env).stdout.trim()).toBe(
      'Entidades territoriales: 1153 nuevas, 0 actualizadas, 0 sin cambios\nModelo de madurez 2026.1: publicado',
    );
    expect(cli(['seed'], env).stdout.trim()).toBe(
      'Entidades territoriales: 0 nuevas, 0 actualizadas, 1153 sin cambios\nModelo de madurez 2026.1: ya estaba publicado',
    );
  });

  it('validates a maturity model file, naming the path of each error, and publishes a new version once', async () => {
    const shipped = join(root, 'src/modules/maturity/models/cti-maturity-2026.1.yaml');
    const valid = cli(['model:validate', shipped], {});
    expect(valid.status).toBe(0);
    expect(valid.stdout.trim()).toBe(`${shipped}: versión 2026.1, 6 dimensiones, 60 preguntas; válido`);

    const dir = temporaryDir('cti-model-');
    const broken = join(dir, 'roto.yaml');
    writeFileSync(broken, readFileSync(shipped, 'utf8').replace('weight: 1', 'weight: 0').replace('type: SCALE_0_4', 'type: ESCALA'));
    const invalid = cli(['model:validate', broken], {});
    expect(invalid.status).not.toBe(0);
    expect(invalid.stderr).toContain('dimensions[0].weight: debe ser mayor que 0');
    expect(invalid.stderr).toMatch(
      /dimensions\[0\]\.subdimensions\[0\]\.questions\[0\]\.type: debe ser uno de SCALE_0_4, YES_NO, PERCENTAGE, NUMBER/,
    );

    const next = join(dir, 'siguiente.yaml');
    writeFileSync(next, readFileSync(shipped, 'utf8').replace('version: "2026.1"', 'version: "2027.1"'));
    const env = { DATABASE_URL: await createTestDatabase(), JWT_SECRET: 'x'.repeat(32), LOG_LEVEL: 'warn' };
    expect(cli(['migrate'], env).status).toBe(0);
    expect(cli(['model:publish', next], env).stdout.trim()).toBe('Versión 2027.1 publicada');
    expect(cli(['model:publish', next], env).stdout.trim()).toBe('La versión 2027.1 ya estaba publicada con el mismo contenido');
    writeFileSync(next, readFileSync(next, 'utf8').replace('weight: 1', 'weight: 2'));
    const clash = cli(['model:publish', next], env);
    expect(clash.status).not.toBe(0);
    expect(clash.stderr).toContain('La versión 2027.1 del modelo ya está publicada con otro contenido');
  });

  it('mints tokens that say who, enrolls the person with the role asked for, and refuses bad roles and claims', async () => {
    const databaseUrl = await createTestDatabase();
    const env = { JWT_SECRET: 'x'.repeat(32), DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' };
    const ok = cli(['token', '--role', 'ENTITY_REPRESENTATIVE', '--entity', '05001', '--sub', 'alcalde@medellin.gov.co'], env);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toContain('Inscrito(a) en el directorio: alcalde@medellin.gov.co como ENTITY_REPRESENTATIVE de 05001');
    const [, payload] = ok.stdout.trim().split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ sub: 'alcalde@medellin.gov.co', email: 'alcalde@medellin.gov.co', email_verified: true });
    // The role is the directory's: the token does not carry it.
    expect(claims).not.toHaveProperty('role');
    expect(claims).not.toHaveProperty('entityCode');
    const orm = await initAppOrm(loadConfig({ DATABASE_URL: databaseUrl, JWT_SECRET: 'x'.repeat(32) }, () => ''));
    try {
      const rows = await orm.em
        .getKnex()('membership')
        .join('person', 'person.id', 'membership.person_id')
        .where({ 'person.subject': 'alcalde@medellin.gov.co' })
        .whereNull('membership.ended_at')
        .select('membership.role', 'membership.entity_code');
      expect(rows).toEqual([{ role: 'REPRESENTATIVE', entity_code: '05001' }]);
    } finally {
      await orm.close(true);
    }
    // Without --role: only the token (an invitee signs in with it and accepts their invitation).
    const bare = cli(['token', '--sub', 'nuevo@medellin.gov.co'], env);
    expect(bare.status).toBe(0);
    expect(bare.stderr).toBe('');
    const badEntity = cli(['token', '--role', 'ENTITY_MEMBER', '--entity', '99999'], env);
    expect(badEntity.status).toBe(2);
    expect(badEntity.stderr).toMatch(/99999/);
    const noEntity = cli(['token', '--role', 'ENTITY_MEMBER'], env);
    expect(noEntity.status).toBe(2);
    expect(noEntity.stderr).toMatch(/--entity/);
    const badRole = cli(['token', '--role', 'MAYOR'], env);
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toMatch(/--role debe ser uno de/);
  });

  it('confirms the committed schema matches the code', () => {
    const run = cli(['schema:check'], { JWT_SECRET: 'x'.repeat(32) });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
