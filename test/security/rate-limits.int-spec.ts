// Rate limits (issue 16): per person for mutations, report requests and plan imports; per IP for
// requests without a valid token. Counted in the deployment's Redis, so every API process
// shares them; a refusal is HTTP 429 / RATE_LIMITED with Retry-After, in Spanish, and does nothing.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

import { Role } from '../../src/core/auth/principal';
import { killServiceProcesses, processEnv, startServiceProcess } from '../support/service-process';
import { personToken, startTestSystem, type TestSystem } from '../support/test-system';

const LIMITS = {
  RATE_LIMIT_MUTATIONS_PER_MINUTE: '4',
  RATE_LIMIT_REPORTS_PER_HOUR: '2',
  RATE_LIMIT_IMPORTS_PER_HOUR: '1',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '3',
};

let app: TestSystem;

beforeAll(async () => {
  app = await startTestSystem(LIMITS);
});
afterAll(async () => {
  killServiceProcesses();
  await app?.stop();
});

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(url: string, query: string, token?: string, variables?: unknown): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Answer['body'] };
}

/** A person of its own for each test, so budgets do not mix. */
const person = (sub: string, role = Role.COORDINATOR, entityCode?: string) => personToken(app, { sub, role, entityCode });

function expectLimited(answer: Answer, what: string): void {
  expect(answer.status).toBe(429);
  expect(Number(answer.retryAfter)).toBeGreaterThan(0);
  expect(answer.body.errors).toHaveLength(1);
  const [error] = answer.body.errors!;
  expect(error.extensions?.code).toBe('RATE_LIMITED');
  expect(error.message).toMatch(new RegExp(`^Demasiadas solicitudes \\(${what}\\): intente de nuevo en \\d+ s$`));
  expect(error.extensions?.retryAfterSeconds).toBe(Number(answer.retryAfter));
  expect(answer.body.data ?? null).toBeNull();
}

const countRows = async (table: string): Promise<number> =>
  Number((await app.system.orm.em.fork().getConnection().execute<{ n: string | number }[]>(`select count(*) as n from ${table}`))[0].n);

const CREATE_CALL = `mutation($i: CreateCallInput!) { createCall(input: $i) { id } }`;
const callInput = (n: number) => ({
  title: `Convocatoria limitada ${n}`,
  opensAt: '2027-01-01T05:00:00.000Z',
  closesAt: '2027-03-01T05:00:00.000Z',
  totalBudget: 1_000_000_000,
  capPerApplication: 100_000_000,
  minCounterpartPercent: 10,
});

describe('mutations per person', () => {
  it('lets a person make the limit’s mutations, then answers 429 with Retry-After and writes nothing', async () => {
    const token = await person('limitada@mintic.gov.co');
    for (let i = 0; i < 4; i++) {
      const ok = await post(app.url, CREATE_CALL, token, { i: callInput(i) });
      expect(ok.body.errors).toBeUndefined();
    }
    const before = await countRows('cofinancing_call');
    expectLimited(await post(app.url, CREATE_CALL, token, { i: callInput(9) }), 'cambios');
    expect(await countRows('cofinancing_call')).toBe(before);
    // Reads are not limited, and another person has a budget of their own.
    expect((await post(app.url, '{ calls { totalCount } }', token)).status).toBe(200);
    const other = await person('otra.coordinadora@mintic.gov.co');
    expect((await post(app.url, 'mutation { markAllNotificationsRead { marked } }', other)).body.errors).toBeUndefined();
  });

  it('counts the mutations of a WebSocket against the same budget', async () => {
    const token = await person('por.websocket@mintic.gov.co');
    for (let i = 0; i < 4; i++)
      expect((await post(app.url, 'mutation { markAllNotificationsRead { marked } }', token)).body.errors).toBeUndefined();
    const client = createClient({
      url: app.url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    try {
      const result = await new Promise<{ errors?: { message: string; extensions?: Record<string, unknown> }[] }>((resolve, reject) => {
        let last: { errors?: { message: string; extensions?: Record<string, unknown> }[] } = {};
        client.subscribe(
          { query: 'mutation { markAllNotificationsRead { marked } }' },
          {
            next: (value) => (last = value as typeof last),
            error: (err) => (Array.isArray(err) ? resolve({ errors: err }) : reject(err)),
            complete: () => resolve(last),
          },
        );
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(result.errors?.[0]?.message).toMatch(/^Demasiadas solicitudes \(cambios\)/);
    } finally {
      await client.dispose();
    }
  });

  it('is shared by every API process of the deployment (counted in Redis)', async () => {
    const api = startServiceProcess('src/api.ts', processEnv(app.config, { PORT: '0', HOST: '127.0.0.1', ...LIMITS }));
    const ready = await api.waitForLog('API lista');
    const other = String(ready.url).replace(/\/graphql$/, '');
    const token = await person('dos.procesos@mintic.gov.co');
    for (let i = 0; i < 2; i++)
      expect((await post(app.url, 'mutation { markAllNotificationsRead { marked } }', token)).body.errors).toBeUndefined();
    for (let i = 0; i < 2; i++)
      expect((await post(other, 'mutation { markAllNotificationsRead { marked } }', token)).body.errors).toBeUndefined();
    expectLimited(await post(other, 'mutation { markAllNotificationsRead { marked } }', token), 'cambios');
    expectLimited(await post(app.url, 'mutation { markAllNotificationsRead { marked } }', token), 'cambios');
    api.kill('SIGTERM');
  });
});

describe('heavy work per person', () => {
  it('refuses a third report request within the hour, with nothing queued', async () => {
    const token = await person('informes@mintic.gov.co');
    const request = (format: string) =>
      post(app.url, `mutation($i: RequestReportInput!) { requestReport(input: $i) { report { id } } }`, token, {
        i: { kind: 'CASELOAD', format },
      });
    expect((await request('CSV')).body.errors).toBeUndefined();
    expect((await request('XLSX')).body.errors).toBeUndefined();
    const reports = await countRows('report');
    expectLimited(await request('PDF'), 'solicitudes de informes');
    expect(await countRows('report')).toBe(reports);
  });

  it('counts every call of an aliased document: three report requests in one mutation are refused whole', async () => {
    const token = await person('alias@mintic.gov.co');
    const reports = await countRows('report');
    const aliased = await post(
      app.url,
      `mutation { a: requestReport(input: {kind: CASELOAD, format: CSV}) { reused } b: requestReport(input: {kind: CASELOAD, format: XLSX}) { reused } c: requestReport(input: {kind: CASELOAD, format: PDF}) { reused } }`,
      token,
    );
    expectLimited(aliased, 'solicitudes de informes');
    expect(await countRows('report')).toBe(reports);
  });

  it('refuses an import past the limit before reading it', async () => {
    const token = await person('alcaldia@medellin.gov.co', Role.ENTITY_REPRESENTATIVE, '05001');
    const importPlan = `mutation($i: ImportActionPlanInput!) { importActionPlan(input: $i) { id } }`;
    const input = { title: 'Plan', startYear: 2026, endYear: 2027, format: 'CSV', content: 'objetivo;producto\n' };
    const first = await post(app.url, importPlan, token, { i: input });
    // The first import is read (and refused for its content): it spent the hour's one import.
    expect(first.status).toBe(200);
    const plans = await countRows('action_plan');
    expectLimited(await post(app.url, importPlan, token, { i: input }), 'importaciones de planes');
    expect(await countRows('action_plan')).toBe(plans);
  });
});

describe('requests without a valid token, per IP address', () => {
  it('answers 401 up to the limit, then 429 with Retry-After; a valid token from the same address still works', async () => {
    for (let i = 0; i < 3; i++) expect((await post(app.url, '{ me { subject } }', 'no.es.un.token')).status).toBe(401);
    expectLimited(await post(app.url, '{ me { subject } }', 'no.es.un.token'), 'solicitudes sin autenticación válida');
    expectLimited(await post(app.url, '{ me { subject } }'), 'solicitudes sin autenticación válida');
    // The WebSocket's door counts against the same address: past the limit its close says so.
    const closed = await new Promise<{ code: number; reason: string }>((resolve) => {
      const socket = new WebSocket(app.url.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws');
      socket.on('open', () =>
        socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer no.es.un.token' } })),
      );
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    });
    expect(closed).toEqual({ code: 4429, reason: 'Demasiadas solicitudes sin autenticación válida: intente más tarde' });
    // People behind one municipal NAT are not shut out by someone else's bad tokens.
    const ok = await post(app.url, '{ me { subject } }', await person('con.token@mintic.gov.co'));
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();
  });
});
