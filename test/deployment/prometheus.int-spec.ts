// Debian's Prometheus scraping a production API process and a production worker process (each on
// its own METRICS_PORT), with the repository's example alerting rules loaded: both targets are up,
// the rules load, and a transition made through the API is counted in what Prometheus stored.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { freePort } from '../../src/core/net';
import { StartAssessmentDocument } from '../graphql/generated';
import { execute } from '../support/http';
import { killServiceProcesses, processEnv, startServiceProcess } from '../support/service-process';
import { temporaryDir } from '../support/test-db';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { actors, openProgramme } from '../support/workflow';

const PROMETHEUS = '/usr/bin/prometheus';
const ALERTS = resolve(__dirname, '..', '..', 'docs', 'operations', 'prometheus', 'alerts.yml');

let app: TestSystem;
let prometheus: ChildProcess | undefined;
let prometheusOutput = '';
let prometheusUrl: string;

/** A Prometheus HTTP API answer's data (fails on an error status). */
async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${prometheusUrl}${path}`);
  const body = (await res.json()) as { status: string; data: T; error?: string };
  if (body.status !== 'success') throw new Error(`${path}: ${body.error}`);
  return body.data;
}

/** Polls until `probe` gives a value, or fails saying what did not happen (with Prometheus's output). */
async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`no ocurrió a tiempo: ${what}\n${prometheusOutput.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

interface Target {
  labels: { job: string; instance: string };
  health: string;
  lastError: string;
}
interface VectorSample {
  metric: Record<string, string>;
  value: [number, string];
}

/** The value of an instant query summed over its series; undefined while it has none. */
async function queryValue(query: string): Promise<number | undefined> {
  const data = await api<{ result: VectorSample[] }>(`/api/v1/query?query=${encodeURIComponent(query)}`);
  return data.result.length ? data.result.reduce((n, s) => n + Number(s.value[1]), 0) : undefined;
}

beforeAll(async () => {
  // The database is prepared (migrations, reference data) by an in-process system, which also
  // enrolls the people the test signs in as; the processes Prometheus scrapes are production entries.
  app = await startTestSystem();
});
afterAll(async () => {
  if (prometheus && prometheus.exitCode === null) {
    const exited = new Promise((r) => prometheus!.once('exit', r));
    prometheus.kill('SIGTERM');
    await exited;
  }
  await killServiceProcesses();
  await app?.stop();
});

it('scrapes an API and a worker, and counts a transition made through the API', async () => {
  const [apiPort, apiMetricsPort, workerMetricsPort, prometheusPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const apiProcess = startServiceProcess(
    'src/api.ts',
    processEnv(app.config, { PORT: String(apiPort), METRICS_PORT: String(apiMetricsPort) }),
  );
  const workerProcess = startServiceProcess('src/worker.ts', processEnv(app.config, { METRICS_PORT: String(workerMetricsPort) }));
  const [apiMetrics, workerMetrics] = await Promise.all([
    apiProcess.waitForLog('métricas de Prometheus disponibles', 60_000),
    workerProcess.waitForLog('métricas de Prometheus disponibles', 60_000),
  ]);
  expect(apiMetrics.url).toBe(`http://127.0.0.1:${apiMetricsPort}/metrics`);
  expect(workerMetrics.url).toBe(`http://127.0.0.1:${workerMetricsPort}/metrics`);
  await Promise.all([apiProcess.waitForLog('API lista', 60_000), workerProcess.waitForLog('worker listo', 60_000)]);

  const dir = temporaryDir('cti-prometheus-');
  const config = join(dir, 'prometheus.yml');
  writeFileSync(
    config,
    [
      'global:',
      '  scrape_interval: 1s',
      '  evaluation_interval: 1s',
      'rule_files:',
      `  - ${JSON.stringify(ALERTS)}`,
      'scrape_configs:',
      '  - job_name: cti-api',
      '    static_configs:',
      `      - targets: ['127.0.0.1:${apiMetricsPort}']`,
      '  - job_name: cti-worker',
      '    static_configs:',
      `      - targets: ['127.0.0.1:${workerMetricsPort}']`,
      '',
    ].join('\n'),
  );
  prometheusUrl = `http://127.0.0.1:${prometheusPort}`;
  prometheus = spawn(
    PROMETHEUS,
    [`--config.file=${config}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${prometheusPort}`],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  prometheus.stdout!.on('data', (d: Buffer) => (prometheusOutput += d.toString()));
  prometheus.stderr!.on('data', (d: Buffer) => (prometheusOutput += d.toString()));

  const targets = await until('que Prometheus viera ambos objetivos arriba', async () => {
    const data = await api<{ activeTargets: Target[] }>('/api/v1/targets');
    const byJob = Object.fromEntries(data.activeTargets.map((t) => [t.labels.job, t]));
    return byJob['cti-api']?.health === 'up' && byJob['cti-worker']?.health === 'up' ? data.activeTargets : undefined;
  });
  expect(targets.map((t) => `${t.labels.job} ${t.labels.instance} ${t.health}`).sort()).toEqual([
    `cti-api 127.0.0.1:${apiMetricsPort} up`,
    `cti-worker 127.0.0.1:${workerMetricsPort} up`,
  ]);

  // The example rules load in a real Prometheus.
  const rules = await api<{ groups: { name: string; rules: { name: string; health: string }[] }[] }>('/api/v1/rules');
  const loaded = rules.groups.flatMap((g) => g.rules);
  expect(loaded.length).toBeGreaterThanOrEqual(5);
  expect(loaded.filter((r) => r.health === 'err')).toEqual([]);

  // A transition made through the API process.
  const who = await actors(app, '05001');
  const { cycleId } = await openProgramme(app, who.coordinator);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const started = await execute(apiUrl, StartAssessmentDocument, { input: { cycleId } }, { token: who.member });
  expect(started.errors).toBeUndefined();

  const transitions = await until('que Prometheus contara la transición', () =>
    queryValue('sum(cti_workflow_transitions_total{job="cti-api",process="MATURITY_ASSESSMENT",event="CREATED"})'),
  );
  const operations = await until('que Prometheus contara la mutación', () =>
    queryValue('sum(cti_graphql_requests_total{job="cti-api",operation="StartAssessment",outcome="ok"})'),
  );
  // The worker relays the new case's term: its queues are seen through the worker's own metrics.
  const delayed = await until('que Prometheus viera el término en la cola del worker', async () => {
    const v = await queryValue('sum(cti_queue_jobs{job="cti-worker",queue="deadlines",state="delayed"})');
    return v !== undefined && v >= 1 ? v : undefined;
  });
  const roles = await api<{ result: VectorSample[] }>(`/api/v1/query?query=${encodeURIComponent('cti_process_info')}`);
  const workerUp = await queryValue('up{job="cti-worker"}');
  console.log(
    `Prometheus: objetivos ${targets.length} arriba, ${loaded.length} reglas cargadas; transiciones CREATED ${transitions}, ` +
      `StartAssessment ${operations}, términos en cola ${delayed}, roles ${roles.result.map((r) => `${r.metric.job}=${r.metric.role}`).join(' ')}`,
  );
  expect(transitions).toBe(1);
  expect(operations).toBe(1);
  expect(workerUp).toBe(1);
  expect(roles.result.map((r) => `${r.metric.job} ${r.metric.role}`).sort()).toEqual(['cti-api api', 'cti-worker worker']);
}, 110_000);
