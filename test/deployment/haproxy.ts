// Debian's HAProxy as a child of a test: the load balancer in front of the API processes, with
// health checks on /health, WebSocket pass-through, and its admin socket read for each server's
// state (`show stat`), so a test can time when a dead process was taken out of rotation.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

import { freePort } from '../../src/core/net';
import { temporaryDir } from '../support/test-db';

export const HAPROXY = '/usr/sbin/haproxy';

export interface Backend {
  name: string;
  port: number;
}

export interface HealthCheck {
  /** Time between two checks of a server (HAProxy's `inter`; `fastinter` and `downinter` default to it). */
  interMs: number;
  /** Consecutive failed checks that mark a server DOWN. */
  fall: number;
  /** Consecutive passed checks that mark it UP again. */
  rise: number;
}

/** One line of HAProxy's log (stdout, `log-format` below): which server answered, the status, how the session ended. */
export interface HaproxyLogLine {
  at: number;
  server: string;
  status: number;
  termination: string;
  method: string;
}

export interface Haproxy {
  url: string;
  config: string;
  logs: HaproxyLogLine[];
  /** `show stat` of the backend: each server's status (`UP`, `DOWN`, `UP 1/2`, `DOWN 1/2`, …). */
  serverStates(): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

/**
 * The configuration the deployment documentation gives operators, with the test's ports:
 *
 * - `option httpchk GET /health` + `http-check expect status 200`: /health answers 200 while the
 *   process reaches the database (and 503 when it does not), so a process that cannot work leaves
 *   the rotation as one that died does.
 * - `retries` + `option redispatch`: a request whose connection to a server could not be
 *   established (the process is dead, HAProxy has not noticed yet) goes to the other server. Nothing
 *   else is retried by HAProxy (no `retry-on empty-response`): a request that reached a process that
 *   then died may have committed, and only the client, with its idempotency key, can retry it
 *   safely. It gets a 502.
 * - `timeout tunnel`: a graphql-ws connection is an upgraded tunnel that stays open for hours;
 *   `timeout client/server` would cut it after 30 s of silence.
 * - `option forwardfor`: each request carries its client's address in X-Forwarded-For, which the
 *   API processes believe from HAProxy's address only (TRUST_PROXY): per-address limits count each
 *   client, not the load balancer.
 * - `x-served-by` on every response (HAProxy's own 502/503 included): which process answered. The
 *   test's own addition, not in the production configuration (it tells clients the servers' names).
 */
export function haproxyConfig(listenPort: number, statsSocket: string, backends: Backend[], check: HealthCheck): string {
  return `global
    maxconn 4096
    stats socket ${statsSocket} mode 600 level admin
    log stdout format raw local0

defaults
    mode http
    log global
    log-format "srv=%s status=%ST term=%tsc method=%HM"
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    timeout tunnel 1h
    timeout client-fin 5s
    timeout check 1s
    retries 3
    option redispatch 1
    option forwardfor

frontend graphql
    bind 127.0.0.1:${listenPort}
    default_backend api

backend api
    balance roundrobin
    option httpchk GET /health
    http-check expect status 200
    default-server check inter ${check.interMs}ms fall ${check.fall} rise ${check.rise}
    http-after-response set-header x-served-by %s
${backends.map((b) => `    server ${b.name} 127.0.0.1:${b.port}`).join('\n')}
`;
}

/** Sends one command to HAProxy's admin socket and returns its whole answer. */
function adminCommand(socket: string, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const conn = connect(socket, () => conn.end(`${command}\n`));
    conn.on('data', (c: Buffer) => chunks.push(c));
    conn.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    conn.on('error', reject);
  });
}

export async function startHaproxy(backends: Backend[], check: HealthCheck): Promise<Haproxy> {
  const dir = temporaryDir('cti-test-haproxy-');
  const port = await freePort();
  const socket = join(dir, 'admin.sock');
  const config = haproxyConfig(port, socket, backends, check);
  const file = join(dir, 'haproxy.cfg');
  writeFileSync(file, config);
  // -db: stay in the foreground, a child the test owns; -W is not needed with one process.
  const child: ChildProcess = spawn(HAPROXY, ['-f', file, '-db'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: HaproxyLogLine[] = [];
  const stderr: string[] = [];
  let pending = '';
  child.stdout!.on('data', (data: Buffer) => {
    pending += data.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const m = /srv=(\S+) status=(-?\d+) term=(\S+) method=(\S+)/.exec(line);
      if (m) logs.push({ at: Date.now(), server: m[1], status: Number(m[2]), termination: m[3], method: m[4] });
    }
  });
  child.stderr!.on('data', (data: Buffer) => stderr.push(data.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const serverStates = async () => {
    const csv = await adminCommand(socket, 'show stat');
    const [header, ...rows] = csv.split('\n').filter((l) => l.trim());
    const columns = header.replace(/^# /, '').split(',');
    const [px, sv, status] = ['pxname', 'svname', 'status'].map((c) => columns.indexOf(c));
    const states: Record<string, string> = {};
    for (const row of rows.map((r) => r.split(','))) if (row[px] === 'api' && row[sv] !== 'BACKEND') states[row[sv]] = row[status];
    return states;
  };
  // Ready once its admin socket answers.
  const until = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`haproxy terminó al iniciar:\n${stderr.join('')}`);
    const ok = await serverStates().then(
      () => true,
      () => false,
    );
    if (ok) break;
    if (Date.now() > until) throw new Error(`haproxy no abrió su socket de administración:\n${stderr.join('')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    config,
    logs,
    serverStates,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
