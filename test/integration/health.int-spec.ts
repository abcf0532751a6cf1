import { freePort } from '../../src/core/net';
import { startTestSystem, type TestSystem } from '../support/test-system';

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

  it('is 503 naming the database when the database does not answer', async () => {
    app = await startTestSystem();
    await app.system.orm.close(true);
    const res = await fetch(`${app.url}/health`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unavailable', database: 'down', redis: 'up' });
  });
});
