// The embedded default after a crash (issue 23, item 6): `start` SIGKILLed while clients open
// assessments leaves its private redis-server running (nothing can stop a child when its parent is
// SIGKILLed); the next `start` on the same VAR_DIR must stop that one before starting its own, so
// one server, never two, appends to the AOF, and nothing confirmed is lost. While the first still
// runs, a second `start` (or `seed --demo`) on its VAR_DIR is refused and leaves its Redis alone
// (review of issue 23, item 5). `start` runs from the sources under ts-node (what `npm start` runs
// once built; cli.e2e-spec.ts tests the build itself).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';

import { initAppOrm, seedModules } from '../../src/app/compose';
import { loadConfig } from '../../src/config/env';
import { mintToken } from '../../src/core/auth/jwt';
import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { migrate } from '../../src/core/orm/orm';
import { projectRoot } from '../../src/core/paths';
import { bullPrefix } from '../../src/core/queue/queues';
import { STATE_FILE } from '../../src/core/redis/embedded-redis';
import { systemClock } from '../../src/core/time/clock';
import { deadlineFromRow } from '../../src/core/workflow/case-store';
import { fireJobId } from '../../src/modules/deadlines/deadline-jobs';
import { PeopleDirectory } from '../../src/modules/people/people-directory';
import { StartAssessmentDocument } from '../graphql/generated';
import { dataOf, execute, executeText } from '../support/http';
import { createTestDatabase, temporaryDir, testDatabaseKind } from '../support/test-db';
import { TEST_JWT_SECRET } from '../support/test-system';

const root = projectRoot();
const CLIENTS = 8;
const ENTITIES = 240;
/** Confirmed openings after which `start` is killed: enough that the kill lands mid-run. */
const KILL_AFTER = 40;

/** The redis-server processes working in `dir` (Redis moves into its data folder), from /proc. */
function redisServersIn(dir: string): number[] {
  return readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
        return (
          state !== 'Z' && readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('redis-server') && readlinkSync(`/proc/${pid}/cwd`) === dir
        );
      } catch {
        return false;
      }
    })
    .map(Number);
}

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `cli start` in its own process, as an operator's terminal runs it; resolves once it printed its URL. */
function start(env: NodeJS.ProcessEnv): Promise<Started> {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete merged.NODE_ENV;
  const child = spawn(process.execPath, ['-r', 'ts-node/register', 'src/cli.ts', 'start'], { cwd: root, env: merged });
  let out = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`start no terminó de arrancar:\n${out.slice(-3000)}`)), 120_000);
    void exited.then(({ code }) => reject(new Error(`start terminó con ${code}:\n${out.slice(-3000)}`)));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /CTI lista en (http:\/\/\S+)\/graphql/.exec(out)?.[1];
      if (url && /Tokens de prueba/.test(out)) {
        clearTimeout(timer);
        resolveStart({ child, url, output: () => out, exited });
      }
    });
  });
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks after boot. */
function startTimeOf(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

/**
 * A cli command expected to end by itself (refused): its exit code and everything it wrote. One that
 * serves instead (prints its URL) is stopped, so the test fails on its exit code rather than hanging.
 */
function runToEnd(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete merged.NODE_ENV;
  const child = spawn(process.execPath, ['-r', 'ts-node/register', 'src/cli.ts', ...args], { cwd: root, env: merged });
  let stdout = '';
  let stderr = '';
  const timer = setTimeout(() => child.kill('SIGTERM'), 120_000);
  child.stdout!.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (/CTI lista/.test(stdout)) child.kill('SIGTERM');
  });
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((done) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      done({ code, stderr, stdout });
    }),
  );
}

const describeOnSqlite = testDatabaseKind() === 'sqlite' ? describe : describe.skip;

// SQLite only: the embedded default is SQLite, and the PostgreSQL run would repeat the same
// process handling around a private Redis at the cost of two more starts with demo data.
describeOnSqlite('cli start killed with SIGKILL, then started again on the same VAR_DIR', () => {
  let running: Started | undefined;
  afterEach(async () => {
    if (running && running.child.exitCode === null && running.child.signalCode === null) {
      running.child.kill('SIGTERM');
      await running.exited;
    }
  });

  it('stops the redis-server the killed process left, runs exactly one, and loses no confirmed case or term', async () => {
    const varDir = temporaryDir('cti-e2e-crash-var-');
    const redisDir = resolve(varDir, 'redis');
    const env = {
      PORT: '0',
      VAR_DIR: varDir,
      DATABASE_URL: await createTestDatabase(),
      REDIS_URL: '',
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'warn',
    };
    const config = loadConfig({ ...process.env, ...env }, () => {
      throw new Error('JWT_SECRET definido');
    });

    // The database prepared and the clients' people enrolled before the service starts (as
    // `cli token --role ENTITY_MEMBER --entity …` does, without a process per person).
    const orm = await initAppOrm(config);
    let codes: string[];
    const tokens: string[] = [];
    try {
      await migrate(orm);
      await seedModules(orm);
      codes = (
        await orm.em
          .getKnex()('territorial_entity')
          .where({ kind: 'MUNICIPALITY' })
          .whereNot({ code: '05001' })
          .orderBy('code')
          .limit(ENTITIES)
          .select('code')
      ).map((r: { code: string }) => r.code);
      const silent = { publish: () => undefined, subscribe: () => (async function* () {})() };
      const people = new PeopleDirectory(orm, systemClock, silent as never);
      for (const code of codes) {
        const subject = `miembro.${code}@crash.test`;
        await people.enroll({ subject, role: Role.ENTITY_MEMBER, entityCode: code, email: subject, name: null, acceptPrivacy: true });
        tokens.push(await mintToken(config, { sub: subject, email: subject }));
      }
    } finally {
      await orm.close(true);
    }

    const first = await start(env);
    running = first;
    // The demo's coordinator, whom `start` enrolled.
    const coordinator = await mintToken(config, { sub: 'coordinador@mintic.gov.co' });
    const cycles = await executeText(first.url, '{ cycles(first: 1) { edges { node { id } } } }', {}, { token: coordinator });
    const cycleId = dataOf<{ cycles: { edges: { node: { id: string } }[] } }>(cycles).cycles.edges[0].node.id;
    expect(existsSync(join(redisDir, STATE_FILE))).toBe(true);
    expect(statSync(join(redisDir, STATE_FILE)).mode & 0o777).toBe(0o600);
    const [orphan] = redisServersIn(redisDir);
    expect(redisServersIn(redisDir)).toEqual([orphan]);
    // The state file names its owner: the `start` process, with its start time (a reused pid is not it).
    const owned = JSON.parse(readFileSync(join(redisDir, STATE_FILE), 'utf8')) as {
      owner: { pid: number; startTime: string };
      pid: number;
    };
    expect(owned).toMatchObject({ owner: { pid: first.child.pid, startTime: startTimeOf(first.child.pid!) }, pid: orphan });

    // A second `start`, and `seed --demo`, on the VAR_DIR of the running service: refused in one
    // line naming it, and its Redis left alone (the same server, still answering it).
    const refusal = `otro proceso (pid ${first.child.pid}) ya sirve este VAR_DIR; deténgalo o use otro VAR_DIR`;
    const again = await runToEnd(['start'], env);
    expect({ code: again.code, last: again.stderr.trim().split('\n').at(-1) }).toEqual({ code: 1, last: refusal });
    expect(again.stdout).not.toMatch(/CTI lista/);
    const seeding = await runToEnd(['seed', '--demo'], env);
    expect({ code: seeding.code, last: seeding.stderr.trim().split('\n').at(-1) }).toEqual({ code: 1, last: refusal });
    expect(redisServersIn(redisDir)).toEqual([orphan]);
    expect(JSON.parse(readFileSync(join(redisDir, STATE_FILE), 'utf8'))).toEqual(owned);
    const health = await fetch(`${first.url}/health`);
    expect({ status: health.status, body: await health.json() }).toMatchObject({ status: 200, body: { status: 'ok', redis: 'up' } });

    // Eight clients open assessments, one entity after another, until the service dies under them.
    const confirmed: string[] = [];
    let cut = 0;
    let refused = 0;
    let killed = false;
    const next = [...tokens];
    const client = async () => {
      for (let token = next.shift(); token && !killed; token = next.shift()) {
        try {
          const res = await execute(first.url, StartAssessmentDocument, { input: { cycleId } }, { token });
          // An entity the demo data already opened an assessment for.
          if (res.errors) refused++;
          else confirmed.push(res.data!.startAssessment.case.id);
        } catch {
          // A request cut by the kill: not confirmed, so nothing is asked of it.
          cut++;
        }
        if (confirmed.length >= KILL_AFTER && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    expect(await first.exited).toMatchObject({ signal: 'SIGKILL' });
    // What the issue found: the killed service's redis-server is still running.
    expect(redisServersIn(redisDir)).toEqual([orphan]);

    const second = await start(env);
    running = second;
    const servers = redisServersIn(redisDir);
    expect(servers).toHaveLength(1);
    expect(servers[0]).not.toBe(orphan);
    const state = JSON.parse(readFileSync(join(redisDir, STATE_FILE), 'utf8')) as {
      owner: { pid: number };
      pid: number;
      port: number;
      password: string;
    };
    expect(state.pid).toBe(servers[0]);
    // The dead owner's folder now belongs to the second `start`.
    expect(state.owner.pid).toBe(second.child.pid);

    // Every confirmed case is there, with exactly one history row (its opening).
    const check = await initAppOrm(config);
    const redis = new Redis({ host: '127.0.0.1', port: state.port, password: state.password, maxRetriesPerRequest: null });
    const deadlines = new Queue('deadlines', { connection: redis, prefix: bullPrefix(config.redisPrefix) });
    let terms = 0;
    try {
      const knex = check.em.getKnex();
      const keys = confirmed.map((id) => fromGlobalId(id)!.key);
      const history: { case_id: string; n: number | string }[] = await knex('case_history')
        .whereIn('case_id', keys)
        .groupBy('case_id')
        .select('case_id')
        .count({ n: '*' });
      const rows = new Map(history.map((h) => [h.case_id, Number(h.n)]));
      expect(keys.filter((k) => rows.get(k) !== 1)).toEqual([]);
      // No term lost: each confirmed case's pending term is a delayed job in the new Redis.
      const pending = (await knex('deadline').whereIn('case_id', keys).where({ status: 'PENDING' })).map(deadlineFromRow);
      expect(pending).toHaveLength(keys.length);
      const states = await Promise.all(pending.map((d) => deadlines.getJobState(fireJobId(d))));
      expect(states.filter((s) => s !== 'delayed')).toEqual([]);
      terms = pending.length;
    } finally {
      await deadlines.close();
      redis.disconnect();
      await check.close(true);
    }

    // A clean stop takes its Redis with it and removes the state file.
    second.child.kill('SIGTERM');
    expect(await second.exited).toMatchObject({ code: 0 });
    expect(redisServersIn(redisDir)).toEqual([]);
    expect(existsSync(join(redisDir, STATE_FILE))).toBe(false);

    console.log(
      [
        `segundo start y seed --demo sobre el VAR_DIR en servicio: rechazados («${refusal}»); su Redis siguió respondiendo`,
        `start matado con SIGKILL tras ${confirmed.length} autoevaluaciones confirmadas (${CLIENTS} clientes; ${cut} solicitudes cortadas por la muerte, ${refused} rechazadas)`,
        `  redis-server huérfano ${orphan} detenido por el segundo start; uno solo sirve ${redisDir} (pid ${servers[0]})`,
        `  casos confirmados presentes con una fila de historial cada uno: ${confirmed.length}; términos pendientes encolados: ${terms}`,
      ].join('\n'),
    );
  }, 300_000);
});
