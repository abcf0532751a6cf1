import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

import { Role } from '../../src/core/auth/principal';
import { freePort } from '../../src/core/net';
import { MeDocument } from '../graphql/generated';
import { execute } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';

/** A redis-server of the test's own (no data kept), answering on `port`. */
async function ownRedis(): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let log = '';
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  for (const until = Date.now() + 10_000; !/Ready to accept connections/.test(log);) {
    if (Date.now() > until || child.exitCode !== null) throw new Error(`redis-server no arrancó: ${log}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return { child, url: `redis://127.0.0.1:${port}` };
}

describe('GET /health', () => {
  let app: TestSystem | undefined;
  afterEach(() => app?.stop());

  it('is 200 and ok when the database and Redis answer', async () => {
    app = await startTestSystem();
    const res = await fetch(`${app.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up', redis: 'up', antivirus: 'off', documentStorage: 'up' });
  });

  it('reports the antivirus and the documents’ storage without letting them decide the status', async () => {
    const socket = process.env.TEST_CLAMD_SOCKET!;
    app = await startTestSystem({ CLAMD_SOCKET: socket });
    expect(await (await fetch(`${app.url}/health`)).json()).toMatchObject({ status: 'ok', antivirus: 'up', documentStorage: 'up' });
    await app.stop();
    // clamd down (a port nobody listens on): uploads wait in quarantine, the API stays in service.
    app = await startTestSystem({ CLAMD_HOST: '127.0.0.1', CLAMD_PORT: String(await freePort()) });
    const res = await fetch(`${app.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', antivirus: 'down', documentStorage: 'up' });
  });

  it('answers probes that arrive together alike', async () => {
    app = await startTestSystem();
    const url = `${app.url}/health`;
    const statuses = await Promise.all(Array.from({ length: 5 }, () => fetch(url).then((r) => r.status)));
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
  });

  it('is 200 and degraded, naming Redis, when only Redis does not answer', async () => {
    // A port nobody listens on stands for a Redis that is down. Reads and transitions still work
    // (test/integration/redis-outage.int-spec.ts), so a load balancer must keep the process.
    app = await startTestSystem({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    const res = await fetch(`${app.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'degraded', database: 'up', redis: 'down' });
  });

  it('stays 200 and degraded, answering at once, when Redis hangs with its connections open', async () => {
    // SIGSTOP: the kernel still accepts connections and takes commands, nothing answers them (a
    // stuck server, a network black hole). A load balancer's check (1 s in the documented HAProxy)
    // must still get its answer, or every API process leaves the rotation at once.
    const redis = await ownRedis();
    try {
      app = await startTestSystem({ REDIS_URL: redis.url });
      const token = await app.token(Role.COORDINATOR);
      expect(await (await fetch(`${app.url}/health`)).json()).toMatchObject({ status: 'ok', redis: 'up' });
      redis.child.kill('SIGSTOP');
      // The client gives up after 1 s, the load balancer's bound: an answer at all is the assertion.
      for (let probe = 0; probe < 3; probe++) {
        const res = await fetch(`${app.url}/health`, { signal: AbortSignal.timeout(1000) });
        expect(res.status).toBe(200);
        expect(await res.json()).toMatchObject({ status: 'degraded', database: 'up', redis: 'down' });
      }
      // Reads do not wait on Redis either.
      const me = await execute(app.url, MeDocument, {}, { token });
      expect(me.errors).toBeUndefined();
      expect(me.data?.me.role).toBe(Role.COORDINATOR);
      redis.child.kill('SIGCONT');
      // Redis answers what piled up while it hung, then the probes again.
      let back: unknown;
      for (const until = Date.now() + 10_000; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
        back = await (await fetch(`${app.url}/health`)).json();
        if ((back as { status: string }).status === 'ok') break;
      }
      expect(back).toMatchObject({ status: 'ok', redis: 'up' });
    } finally {
      redis.child.kill('SIGCONT');
      await app?.stop();
      app = undefined;
      redis.child.kill('SIGKILL');
      await once(redis.child, 'exit').catch(() => undefined);
    }
  });

  it('is 503 naming the database when the database does not answer', async () => {
    app = await startTestSystem();
    await app.system.orm.close(true);
    const res = await fetch(`${app.url}/health`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unavailable', database: 'down', redis: 'up' });
  });
});
