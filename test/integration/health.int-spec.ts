import { freePort } from '../../src/core/net';
import { startTestSystem, type TestSystem } from '../support/test-system';

describe('GET /health', () => {
  let app: TestSystem | undefined;
  afterEach(() => app?.stop());

  it('is 200 when the database and Redis answer', async () => {
    app = await startTestSystem();
    const res = await fetch(`${app.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up', redis: 'up' });
  });

  it('answers probes that arrive together alike', async () => {
    app = await startTestSystem();
    const url = `${app.url}/health`;
    const statuses = await Promise.all(Array.from({ length: 5 }, () => fetch(url).then((r) => r.status)));
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
  });

  it('is 503 naming Redis when Redis does not answer', async () => {
    // A port nobody listens on stands for a Redis that is down.
    app = await startTestSystem({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    const res = await fetch(`${app.url}/health`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable', database: 'up', redis: 'down' });
  });

  it('is 503 naming the database when the database does not answer', async () => {
    app = await startTestSystem();
    await app.system.orm.close(true);
    const res = await fetch(`${app.url}/health`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable', database: 'down', redis: 'up' });
  });
});
