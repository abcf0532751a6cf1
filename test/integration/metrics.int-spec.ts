// Prometheus metrics through the real HTTP API: the metrics server's text counts a named
// operation, its errors and a transition; operation names stay bounded under a flood of new ones;
// /metrics is never served on the API's port; the worker's queues and jobs, the outbox's lag and
// the terms whose due instant passed unhandled show up, and a fired term's lateness is observed.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

import { MAX_OPERATION_NAMES } from '../../src/core/metrics/metrics';
import { QueueName } from '../../src/core/queue/queues';
import { FIRE_DEADLINE } from '../../src/modules/deadlines/deadline-jobs';
import { SEND_MAIL } from '../../src/modules/notifications/send-mail.job';
import { RECONCILE } from '../../src/worker/reconcile';
import { StartAssessmentDocument } from '../graphql/generated';
import { errorCode, execute, executeText } from '../support/http';
import { metricValue, scrape, type Sample } from '../support/metrics';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { clockOf, eventually, settled, timeTravelEnv } from '../support/time-travel';
import { actors, openProgramme, type Actors } from '../support/workflow';

const DAY = 24 * 3600 * 1000;

let app: TestSystem;
let who: Actors;
let metricsUrl: string;
let assessmentId: string;

const samples = (): Promise<Sample[]> => scrape(metricsUrl);
const value = (s: Sample[], name: string, labels: Record<string, string> = {}) => metricValue(s, name, labels) ?? 0;

async function startAssessment(token: string, cycleId: string): Promise<string> {
  const res = await execute(app.url, StartAssessmentDocument, { input: { cycleId } }, { token });
  if (res.errors) throw new Error(res.errors[0].message);
  return res.data!.startAssessment.case.id;
}

let cycleId: string;

beforeAll(async () => {
  app = await startTestSystem(timeTravelEnv({ METRICS_PORT: '0' }), { worker: true });
  expect(app.system.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
  metricsUrl = app.system.metricsUrl!;
  who = await actors(app, '05001');
  ({ cycleId } = await openProgramme(app, who.coordinator));
});
afterAll(async () => {
  await app?.stop();
});

describe('metrics', () => {
  // First: nothing has failed yet. A failed series that only appeared with its first failure
  // would start at 1, and Prometheus's increase() would not see it (CtiJobsFailed).
  it('shows every job series and mail outcome at 0 from the worker start', async () => {
    const s = await samples();
    const failed = s.filter((x) => x.name === 'cti_jobs_total' && x.labels.outcome === 'failed');
    const queues = new Set(failed.map((x) => x.labels.queue));
    console.log(
      `series de trabajos fallidos al iniciar el worker: ${failed.length} en ${queues.size} colas; con valor distinto de 0: ${failed.filter((x) => x.value !== 0).length}`,
    );
    expect([...queues].sort()).toEqual(Object.values(QueueName).sort());
    expect(failed.every((x) => x.value === 0)).toBe(true);
    const declared: [string, string][] = [
      [QueueName.DEADLINES, FIRE_DEADLINE],
      [QueueName.NOTIFICATIONS, SEND_MAIL],
      [QueueName.MAINTENANCE, RECONCILE],
      ...Object.values(QueueName).map((q): [string, string] => [q, 'other']),
    ];
    for (const [queue, name] of declared) {
      for (const outcome of ['completed', 'retried', 'failed']) {
        expect({ queue, name, outcome, found: metricValue(s, 'cti_jobs_total', { queue, name, outcome }) !== undefined }).toEqual({
          queue,
          name,
          outcome,
          found: true,
        });
      }
    }
    for (const outcome of ['sent', 'file', 'failed']) {
      expect(metricValue(s, 'cti_mail_deliveries_total', { outcome })).toBeDefined();
    }
    expect(metricValue(s, 'cti_mail_deliveries_total', { outcome: 'failed' })).toBe(0);
  });

  it('counts requests refused before they reach an operation', async () => {
    const before = await samples();
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const noToken = await executeText(app.url, 'query Sneaky { me { subject } }');
    const badToken = await executeText(app.url, '{ me { subject } }', undefined, { token: 'no.es.token' });
    const notJson = await post('{"query": ', { authorization: `Bearer ${who.member}` });
    const noQuery = await post('{}', { authorization: `Bearer ${who.member}` });
    // A WebSocket without a token is closed at the door (4403).
    const closed = await new Promise<number>((resolve) => {
      const socket = new WebSocket(app.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
      socket.on('close', (code) => resolve(code));
    });
    const after = await samples();
    const delta = (name: string, labels: Record<string, string>) => value(after, name, labels) - value(before, name, labels);
    const seen = {
      noToken: errorCode(noToken),
      badToken: errorCode(badToken),
      notJson: notJson.status,
      noQuery: noQuery.status,
      closed,
    };
    const counted = {
      unauthenticated: delta('cti_graphql_requests_total', { operation: 'unauthenticated', kind: 'unknown', outcome: 'client_error' }),
      unauthenticatedByCode: delta('cti_graphql_errors_total', { operation: 'unauthenticated', code: 'UNAUTHENTICATED' }),
      malformed: delta('cti_graphql_requests_total', { operation: 'other', kind: 'unknown', outcome: 'client_error' }),
      malformedByCode: delta('cti_graphql_errors_total', { operation: 'other', code: 'BAD_REQUEST' }),
      serverErrors: delta('cti_graphql_requests_total', { outcome: 'server_error' }),
      sneaky: delta('cti_graphql_requests_total', { operation: 'Sneaky' }),
    };
    console.log('rechazos antes de una operación:', JSON.stringify(seen), 'contados:', JSON.stringify(counted));
    expect(seen).toEqual({ noToken: 'UNAUTHENTICATED', badToken: 'UNAUTHENTICATED', notJson: 400, noQuery: 400, closed: 4403 });
    expect(counted).toEqual({
      unauthenticated: 3,
      unauthenticatedByCode: 3,
      malformed: 2,
      malformedByCode: 2,
      serverErrors: 0,
      sneaky: 0,
    });
  });

  it('counts a named operation, its errors and a committed transition', async () => {
    const before = await samples();
    const probe = await executeText(app.url, 'query MetricsProbe { me { subject } }', undefined, { token: who.member });
    expect(probe.errors).toBeUndefined();
    const missing = await executeText(
      app.url,
      'mutation MetricsMissing($input: CaseActionInput!) { submitAssessment(input: $input) { replayed } }',
      { input: { caseId: 'no-existe' } },
      { token: who.member },
    );
    const code = errorCode(missing);
    expect(code).toBeDefined();
    assessmentId = await startAssessment(who.member, cycleId);
    const after = await samples();

    const delta = (name: string, labels: Record<string, string>) => value(after, name, labels) - value(before, name, labels);
    const counted = {
      probeOk: delta('cti_graphql_requests_total', { operation: 'MetricsProbe', kind: 'query', outcome: 'ok' }),
      probeTimed: delta('cti_graphql_request_duration_seconds_count', { operation: 'MetricsProbe', kind: 'query' }),
      missingRefused: delta('cti_graphql_requests_total', { operation: 'MetricsMissing', kind: 'mutation', outcome: 'client_error' }),
      missingByCode: delta('cti_graphql_errors_total', { operation: 'MetricsMissing', code: code! }),
      startOk: delta('cti_graphql_requests_total', { operation: 'StartAssessment', kind: 'mutation', outcome: 'ok' }),
      created: delta('cti_workflow_transitions_total', { process: 'MATURITY_ASSESSMENT', event: 'CREATED' }),
    };
    console.log('métricas contadas (deltas):', JSON.stringify(counted), 'código del error:', code);
    expect(counted).toEqual({ probeOk: 1, probeTimed: 1, missingRefused: 1, missingByCode: 1, startOk: 1, created: 1 });
    expect(metricValue(after, 'cti_process_info', { role: 'embedded' })).toBe(1);
    // Node's process metrics under their usual names.
    expect(metricValue(after, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(metricValue(after, 'nodejs_eventloop_lag_seconds')).toBeDefined();

    // The worker's side: the draft's term until the cycle closes waits as a delayed fire job (and its reminders).
    const queued = await eventually(app, 'que el relevo encolara el término del borrador', async () => {
      const s = await samples();
      return value(s, 'cti_queue_jobs', { queue: 'deadlines', state: 'delayed' }) >= 1 ? s : undefined;
    });
    const depth = {
      deadlinesDelayed: metricValue(queued, 'cti_queue_jobs', { queue: 'deadlines', state: 'delayed' }),
      remindersDelayed: metricValue(queued, 'cti_queue_jobs', { queue: 'reminders', state: 'delayed' }),
      notificationsFailed: metricValue(queued, 'cti_queue_jobs', { queue: 'notifications', state: 'failed' }),
      poolUsed: metricValue(queued, 'cti_db_pool_connections', { state: 'used' }),
      poolFree: metricValue(queued, 'cti_db_pool_connections', { state: 'free' }),
    };
    console.log('colas y pool:', JSON.stringify(depth));
    expect(depth.remindersDelayed).toBeGreaterThanOrEqual(1);
    expect(depth.notificationsFailed).toBe(0);
    expect(depth.poolUsed).toBeDefined();
    expect((depth.poolUsed ?? 0) + (depth.poolFree ?? 0)).toBeGreaterThanOrEqual(1);
  });

  it('counts operations over WebSocket and the subscriptions open', async () => {
    const before = await samples();
    const open = () => samples().then((s) => value(s, 'cti_subscriptions_open'));
    const client = createClient({
      url: app.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${who.member}` },
      retryAttempts: 0,
    });
    try {
      client.subscribe(
        { query: 'subscription MetricsWatch { caseChanged { caseId } }' },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
      const opened = await eventually(app, 'que la suscripción contara como abierta', async () =>
        (await open()) === value(before, 'cti_subscriptions_open') + 1 ? true : undefined,
      );
      expect(opened).toBe(true);
      const after = await samples();
      expect(
        value(after, 'cti_graphql_requests_total', { operation: 'MetricsWatch', kind: 'subscription', outcome: 'ok' }) -
          value(before, 'cti_graphql_requests_total', { operation: 'MetricsWatch', kind: 'subscription', outcome: 'ok' }),
      ).toBe(1);
    } finally {
      await client.dispose();
    }
    const closed = await eventually(app, 'que la suscripción dejara de contar', async () =>
      (await open()) === value(before, 'cti_subscriptions_open') ? true : undefined,
    );
    expect(closed).toBe(true);
  });

  it('keeps the number of operation names bounded under a flood of new ones', async () => {
    const before = await samples();
    const flood = 300;
    for (let i = 0; i < flood; i++) {
      const res = await executeText(app.url, `query Flood${i} { __typename }`, undefined, { token: who.member });
      expect(res.errors).toBeUndefined();
    }
    const after = await samples();
    const operations = new Set(after.filter((s) => s.name === 'cti_graphql_requests_total').map((s) => s.labels.operation));
    const kept = [...operations].filter((o) => /^Flood\d+$/.test(o)).length;
    const other =
      value(after, 'cti_graphql_requests_total', { operation: 'other', kind: 'query' }) -
      value(before, 'cti_graphql_requests_total', { operation: 'other', kind: 'query' });
    console.log(
      `${flood} nombres de operación nuevos: ${kept} conservados, ${other} contados como "other"; ${operations.size} valores de operation en total`,
    );
    expect(kept + other).toBe(flood);
    expect(other).toBeGreaterThan(0);
    // Every distinct name kept, plus `other`, `anonymous` and `unauthenticated` at most.
    expect(operations.size).toBeLessThanOrEqual(MAX_OPERATION_NAMES + 3);
  });

  it('serves /metrics only on its own port, and nothing else there', async () => {
    const onApi = await fetch(`${app.url}/metrics`);
    const text = await onApi.text();
    expect(onApi.status).toBe(404);
    expect(text).not.toContain('cti_');
    const elsewhere = await fetch(metricsUrl.replace(/\/metrics$/, '/graphql'));
    expect(elsewhere.status).toBe(404);
    const post = await fetch(metricsUrl, { method: 'POST' });
    expect(post.status).toBe(404);
  });

  it('shows the outbox lag while the relay is held, and its return to zero', async () => {
    await settled(app);
    const relay = app.system.worker!.relay;
    await relay.stop();
    let restarted = false;
    try {
      const idle = await samples();
      expect(metricValue(idle, 'cti_outbox_pending')).toBe(0);
      expect(metricValue(idle, 'cti_outbox_oldest_pending_seconds')).toBe(0);
      const other = await actors(app, '76001');
      await startAssessment(other.member, cycleId);
      await new Promise((r) => setTimeout(r, 20));
      const held = await samples();
      const pending = metricValue(held, 'cti_outbox_pending')!;
      const lag = metricValue(held, 'cti_outbox_oldest_pending_seconds')!;
      console.log(`outbox con el relevo detenido: ${pending} filas, la más antigua de ${lag} s`);
      expect(pending).toBeGreaterThanOrEqual(1);
      expect(lag).toBeGreaterThan(0);
      relay.start();
      restarted = true;
      await eventually(app, 'que el outbox quedara vacío en las métricas', async () => {
        const s = await samples();
        return metricValue(s, 'cti_outbox_pending') === 0 && metricValue(s, 'cti_outbox_oldest_pending_seconds') === 0;
      });
    } finally {
      if (!restarted) relay.start();
    }
  });

  it('counts a term overdue and not handled, then the lateness of its expiry', async () => {
    await settled(app);
    const before = await samples();
    expect(metricValue(before, 'cti_terms_due_unfired')).toBe(0);
    // Past the cycle's close without promoting the delayed fire jobs: the terms' due instants pass
    // and nothing handles them, as when no worker runs.
    await clockOf(app).set(new Date(Date.now() + 61 * DAY));
    const overdue = await samples();
    const unfired = metricValue(overdue, 'cti_terms_due_unfired')!;
    expect(unfired).toBeGreaterThanOrEqual(1);

    const queues = app.system.worker!.queues;
    await Promise.all([queues.deadlines.promoteJobs(), queues.reminders.promoteJobs()]);
    // The term's row changes in the job's transaction, the counters just after its commit: both are waited for.
    const after = await eventually(app, 'que se procesaran los vencimientos', async () => {
      const s = await samples();
      const done = value(s, 'cti_deadline_lateness_seconds_count') - value(before, 'cti_deadline_lateness_seconds_count');
      return metricValue(s, 'cti_terms_due_unfired') === 0 && done >= unfired ? s : undefined;
    });
    const fired = value(after, 'cti_deadline_lateness_seconds_count') - value(before, 'cti_deadline_lateness_seconds_count');
    const expired =
      value(after, 'cti_workflow_transitions_total', { process: 'MATURITY_ASSESSMENT', event: 'CYCLE_CLOSED' }) -
      value(before, 'cti_workflow_transitions_total', { process: 'MATURITY_ASSESSMENT', event: 'CYCLE_CLOSED' });
    // Each fired a day or more after its due instant (the clock jumped past the cycle's close).
    const lateSum = value(after, 'cti_deadline_lateness_seconds_sum') - value(before, 'cti_deadline_lateness_seconds_sum');
    console.log(
      `términos vencidos sin atender: ${unfired}; vencimientos procesados: ${fired} (${expired} CYCLE_CLOSED), retraso total ${Math.round(lateSum)} s`,
    );
    expect(fired).toBe(unfired);
    expect(expired).toBe(unfired);
    expect(lateSum).toBeGreaterThanOrEqual(fired * 24 * 3600);
    expect(assessmentId).toBeDefined();

    // The worker's jobs: the fire jobs ran, each attempt timed (counted once BullMQ has marked them
    // completed, just after the expiry's commit: waited for).
    await settled(app);
    const ran = await eventually(app, 'que se contaran los trabajos de vencimiento', async () => {
      const s = await samples();
      return value(s, 'cti_jobs_total', { queue: 'deadlines', outcome: 'completed' }) >= unfired ? s : undefined;
    });
    const jobs = {
      fireCompleted: metricValue(ran, 'cti_jobs_total', { queue: 'deadlines', outcome: 'completed' }),
      completed: value(ran, 'cti_jobs_total', { outcome: 'completed' }),
      failed: value(ran, 'cti_jobs_total', { outcome: 'failed' }),
      retried: value(ran, 'cti_jobs_total', { outcome: 'retried' }),
      timed: value(ran, 'cti_job_duration_seconds_count'),
    };
    console.log('trabajos del worker:', JSON.stringify(jobs));
    expect(jobs.fireCompleted).toBeGreaterThanOrEqual(unfired);
    expect(jobs.timed).toBe(jobs.completed + jobs.failed + jobs.retried);
    // Labelled by the job names the worker declares.
    expect(metricValue(ran, 'cti_jobs_total', { queue: 'deadlines', name: FIRE_DEADLINE, outcome: 'completed' })).toBe(jobs.fireCompleted);
  });
});
