import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

import type { Config } from '../../src/config/env';
import { RATE_LIMITS_OFF, TEST_JWT_SECRET } from './test-system';

const repoRoot = resolve(__dirname, '..', '..');

/** One pino line of a child's stdout (JSON), or the raw text when it is not JSON. */
export interface LogLine {
  msg?: string;
  level?: number;
  [key: string]: unknown;
}

export interface ServiceProcess {
  pid: number;
  child: ChildProcess;
  logs: LogLine[];
  stderr: string[];
  /** Settles when the process has exited, with its code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** The first log line with this message (and passing `match`), waiting for it. */
  waitForLog(msg: string, timeoutMs?: number, match?: (line: LogLine) => boolean): Promise<LogLine>;
  kill(signal: NodeJS.Signals): void;
  /** Output so far, for failure messages. */
  output(): string;
}

/** Every process started here, so a failed test does not leave one behind. */
const started = new Set<ServiceProcess>();

/** The environment a production process of the test's system needs to share its database and Redis. */
export function processEnv(config: Config, extra: Record<string, string> = {}): Record<string, string> {
  const databaseUrl = config.database.kind === 'sqlite' ? `sqlite:${config.database.path}` : config.database.url;
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    TMPDIR: process.env.TMPDIR ?? '/tmp',
    DATABASE_URL: databaseUrl,
    REDIS_URL: config.redisUrl ?? '',
    REDIS_PREFIX: config.redisPrefix,
    JWT_SECRET: TEST_JWT_SECRET,
    CLOCK: config.clock,
    VAR_DIR: config.varDir,
    LOG_LEVEL: 'info',
    ...RATE_LIMITS_OFF,
    ...extra,
  };
}

/**
 * Starts a production entry point (`src/worker.ts`, `src/api.ts`) as a real child process under
 * ts-node, as `npm run worker` would run its compiled twin.
 */
export function startServiceProcess(entry: 'src/worker.ts' | 'src/api.ts', env: Record<string, string>): ServiceProcess {
  const child = spawn(process.execPath, ['-r', 'ts-node/register', entry], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: LogLine[] = [];
  const stderr: string[] = [];
  const waiters = new Set<() => void>();
  let pending = '';
  child.stdout!.on('data', (data: Buffer) => {
    pending += data.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines.filter((l) => l.trim())) {
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        logs.push({ msg: line });
      }
    }
    for (const wake of waiters) wake();
  });
  child.stderr!.on('data', (data: Buffer) => stderr.push(data.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolveExit) => {
    child.once('exit', (code, signal) => {
      resolveExit({ code, signal, at: Date.now() });
      for (const wake of waiters) wake();
    });
  });
  const output = () => [...logs.map((l) => JSON.stringify(l)), ...stderr].join('\n').slice(-4000);
  const service: ServiceProcess = {
    pid: child.pid!,
    child,
    logs,
    stderr,
    exited,
    output,
    kill: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    waitForLog: (msg, timeoutMs = 20_000, match = () => true) =>
      new Promise<LogLine>((resolveLine, reject) => {
        const check = () => {
          const line = logs.find((l) => l.msg === msg && match(l));
          if (line) {
            done();
            resolveLine(line);
          } else if (child.exitCode !== null || child.signalCode !== null) {
            done();
            reject(new Error(`${entry} terminó sin escribir «${msg}»:\n${output()}`));
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`${entry} no escribió «${msg}» en ${timeoutMs} ms:\n${output()}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      }),
  };
  started.add(service);
  void exited.then(() => started.delete(service));
  return service;
}

/** Kills (SIGKILL) every process this file started that is still running, and waits for them. */
export async function killServiceProcesses(): Promise<void> {
  const running = [...started];
  for (const s of running) s.kill('SIGKILL');
  await Promise.all(running.map((s) => s.exited));
}
