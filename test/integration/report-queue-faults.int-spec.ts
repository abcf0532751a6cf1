import { spawn, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';

import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { freePort } from '../../src/core/net';
import { bullConnection, bullPrefix, Queues } from '../../src/core/queue/queues';
import { startWorker } from '../../src/worker/worker-host';
import { eventually } from '../support/fault-injection';
import { executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';

/*
 * A report requested while Redis is away: the mutation still answers within its time limit with the
 * report QUEUED (nothing lost: the row waits for the reconciler), and once Redis is back the next
 * request is handed to the queue at once (a BullMQ queue whose connection failed is rebuilt, not
 * left broken). Redis here is a plain redis-server on a fixed port, so it can come back at the same
 * address.
 */

let port: number;
let server: ChildProcess | null = null;
let app: TestSystem;

async function startRedis(): Promise<void> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  server = child;
  const probe = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  await eventually('redis-server responde', async () => {
    try {
      if (probe.status !== 'ready') await probe.connect();
      return (await probe.ping()) === 'PONG';
    } catch {
      probe.disconnect();
      return false;
    }
  });
  probe.disconnect();
}

async function stopRedis(): Promise<void> {
  const child = server;
  server = null;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

const REQUEST = `mutation R($input: RequestReportInput!) { requestReport(input: $input) { report { id status } } }`;

async function request(token: string, format: string): Promise<{ id: string; status: string; ms: number }> {
  const started = Date.now();
  const res = await executeText(app.url, REQUEST, { input: { kind: 'CASELOAD', format } }, { token });
  expect(res.errors).toBeUndefined();
  return {
    ...(res.data as unknown as { requestReport: { report: { id: string; status: string } } }).requestReport.report,
    ms: Date.now() - started,
  };
}

beforeAll(async () => {
  port = await freePort();
  await startRedis();
  app = await startTestSystem({ REDIS_URL: `redis://127.0.0.1:${port}` });
});
afterAll(async () => {
  await app?.stop();
  await stopRedis();
});

it('answers a request made while Redis is away, and hands the next one to the queue once Redis is back', async () => {
  const token = await app.token(Role.COORDINATOR);
  await stopRedis();
  const away = await request(token, 'CSV');
  expect(away.status).toBe('QUEUED');
  expect(away.ms).toBeLessThan(5000);

  await startRedis();
  const back = await request(token, 'XLSX');
  expect(back.status).toBe('QUEUED');
  // The API gives global ids; the job and the row are keyed by the report's raw id.
  const [awayKey, backKey] = [away.id, back.id].map((id) => fromGlobalId(id)!.key);
  const queues = new Queues(bullConnection(`redis://127.0.0.1:${port}`), bullPrefix(app.config.redisPrefix));
  try {
    // Handed over at the request, not left for the reconciler.
    await eventually('el trabajo del segundo informe está en la cola', async () => (await queues.reports.getJob(backKey)) ?? false);
    expect(await queues.reports.getJob(awayKey)).toBeUndefined();
  } finally {
    await queues.close();
    queues.connection.disconnect();
  }

  // A worker's start-up reconciliation queues the first one from its row; both are made.
  const worker = await startWorker({
    config: app.config,
    orm: app.system.orm,
    redisUrl: `redis://127.0.0.1:${port}`,
    logger: app.system.logger,
    services: app.system.api.services,
  });
  try {
    await worker.started;
    const knex = app.system.orm.em.getKnex();
    await eventually('los dos informes listos', async () => {
      const rows: { status: string }[] = await knex('report').whereIn('id', [awayKey, backKey]).select('status');
      return rows.length === 2 && rows.every((r) => r.status === 'READY');
    });
  } finally {
    await worker.stop();
  }
});
