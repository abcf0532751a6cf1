import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Redis } from 'ioredis';

import { freePort } from '../net';

export class RedisNotInstalledError extends Error {
  constructor() {
    super('redis-server no está instalado: instálelo con `apt-get install redis-server` o defina REDIS_URL');
  }
}

export interface EmbeddedRedis {
  /** Includes the password: do not log it. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * A private redis-server for the embedded default: loopback only, on a free port, data under
 * `dataDir` with AOF on and no eviction (queued jobs must never be dropped to make room).
 */
export async function startEmbeddedRedis(dataDir: string, command = 'redis-server'): Promise<EmbeddedRedis> {
  const probe = spawnSync(command, ['--version'], { stdio: 'ignore' });
  if (probe.error) throw new RedisNotInstalledError();
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  // Other local users can reach a loopback port, so the server wants a password. It goes in the
  // configuration read from stdin, where `ps` does not show it.
  const password = randomBytes(24).toString('base64url');
  const child = spawn(command, ['-'], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin?.end(
    [
      `port ${port}`,
      'bind 127.0.0.1',
      `dir "${dir.replace(/["\\]/g, '\\$&')}"`,
      'appendonly yes',
      'maxmemory-policy noeviction',
      'save ""',
      'daemonize no',
      'protected-mode yes',
      'logfile ""',
      'loglevel warning',
      `requirepass ${password}`,
    ].join('\n') + '\n',
  );
  const output: string[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  // If this process goes away without stopping Redis, do not leave it behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const url = `redis://:${password}@127.0.0.1:${port}`;
  try {
    await waitUntilReady(url, child, output);
  } catch (err) {
    process.removeListener('exit', killOnExit);
    child.kill('SIGKILL');
    throw err;
  }
  return {
    url,
    port,
    stop: () => {
      process.removeListener('exit', killOnExit);
      return stopChild(child);
    },
  };
}

async function waitUntilReady(url: string, child: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`redis-server terminó al iniciar (código ${child.exitCode}): ${output.join('').trim()}`);
    }
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    try {
      await client.connect();
      // Our password and our child still running: the PONG cannot come from another process.
      if ((await client.ping()) === 'PONG' && child.exitCode === null) return;
    } catch {
      // not listening yet
    } finally {
      client.disconnect();
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`redis-server no respondió en 10 s: ${output.join('').trim()}`);
}

/** SIGTERM lets a server (Redis: its AOF) finish cleanly; it is killed if it has not exited within 5 s. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}
