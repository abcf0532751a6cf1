import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';
import { Redis } from 'ioredis';

import { freePort } from '../net';

export class RedisNotInstalledError extends Error {
  constructor() {
    super('redis-server no está instalado: instálelo con `apt-get install redis-server` o defina REDIS_URL');
  }
}

/**
 * Another live process already runs the private Redis of this folder (a second `start`, or
 * `seed --demo`, on the VAR_DIR of a running service): stopping its server would take Redis from a
 * live service, and starting a second one on the same AOF would corrupt it.
 */
export class EmbeddedRedisInUseError extends Error {
  constructor(readonly owner: number) {
    super(`otro proceso (pid ${owner}) ya sirve este VAR_DIR; deténgalo o use otro VAR_DIR`);
  }
}

export interface EmbeddedRedis {
  /** Includes the password: do not log it. */
  url: string;
  port: number;
  /** The redis-server's process id. */
  pid: number;
  /** How many servers a killed earlier start had left on the same folder, stopped before this one started. */
  stoppedPrevious: number;
  stop(): Promise<void>;
}

export interface EmbeddedRedisOptions {
  command?: string;
  /** Default: a free loopback port. A test restarting "the same" Redis passes the port it had. */
  port?: number;
  /** Default: a new random one. */
  password?: string;
}

/** Written in the data folder once the server is ready, removed when it stops cleanly (mode 0600: it holds the password). */
export const STATE_FILE = 'redis.json';
/** Redis's own pidfile, beside it. */
const PID_FILE = 'redis.pid';

/**
 * The process that started the server. A pid alone can name another program once the owner died
 * and the number was reused, so its start time (/proc/<pid>/stat field 22, clock ticks after boot)
 * goes with it; null where there is no /proc (the pid alone is then all there is to go on).
 */
interface Owner {
  pid: number;
  startTime: string | null;
}

interface ServerState {
  pid: number;
  port: number;
  password: string;
}

/**
 * The state file: `owner` from before the server is spawned (a claim on the folder), the server's
 * pid, port and password once it answers. A file from before owners were recorded has no owner.
 */
interface RedisState {
  owner: Owner | null;
  server: ServerState | null;
}

/** How long a previous server is given to shut down (flushing its AOF) before it is killed. */
const PREVIOUS_STOP_MS = 10_000;

/**
 * A private redis-server for the embedded default: loopback only, on a free port, data under
 * `dataDir` with AOF on and no eviction (queued jobs must never be dropped to make room).
 *
 * The folder belongs to one process at a time, the owner recorded in the state file: while that
 * process lives (same pid, same start time) another start on the folder is refused with
 * EmbeddedRedisInUseError and its server is left alone. A previous server whose owner is dead,
 * left running by a service that was killed (SIGKILL gives the service no chance to stop its
 * child), is stopped first: two servers appending to one AOF would corrupt it. It is found by the
 * state file the service wrote (pid, port, password) and, on Linux, by any redis-server process
 * whose working directory is the folder (Redis moves into its `dir`), so a lost state file does not
 * hide it; a stale file (a dead pid, or a pid now used by another program) is ignored and replaced.
 */
export async function startEmbeddedRedis(dataDir: string, options: EmbeddedRedisOptions = {}): Promise<EmbeddedRedis> {
  const command = options.command ?? 'redis-server';
  const probe = spawnSync(command, ['--version'], { stdio: 'ignore' });
  if (probe.error) throw new RedisNotInstalledError();
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const stateFile = join(dir, STATE_FILE);
  const owner = ownerOf(process.pid);
  const stoppedPrevious = await claimFolder(dir, stateFile, owner);
  const port = options.port ?? (await freePort());
  // Other local users can reach a loopback port, so the server wants a password. It goes in the
  // configuration read from stdin, where `ps` does not show it.
  const password = options.password ?? randomBytes(24).toString('base64url');
  const child = spawn(command, ['-'], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin?.end(
    [
      `port ${port}`,
      'bind 127.0.0.1',
      `dir "${quoted(dir)}"`,
      `pidfile "${quoted(join(dir, PID_FILE))}"`,
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
  const killOnExit = () => {
    child.kill('SIGKILL');
    forgetState(stateFile, owner);
  };
  process.once('exit', killOnExit);

  const url = `redis://:${password}@127.0.0.1:${port}`;
  try {
    await waitUntilReady(url, child, output);
    writeState(stateFile, { owner, server: { pid: child.pid!, port, password } });
  } catch (err) {
    process.removeListener('exit', killOnExit);
    child.kill('SIGKILL');
    forgetState(stateFile, owner);
    throw err;
  }
  return {
    url,
    port,
    pid: child.pid!,
    stoppedPrevious,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      await stopChild(child);
      forgetState(stateFile, owner);
    },
  };
}

const quoted = (path: string) => path.replace(/["\\]/g, '\\$&');

/** On disk: the owner, and the server's fields at the top level (where they were before owners). */
const stateText = (state: RedisState) => JSON.stringify({ owner: state.owner, ...state.server }) + '\n';

/** Written whole or not at all (a rename), readable by the owner only. */
function writeState(file: string, state: RedisState): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, stateText(state), { mode: 0o600 });
  renameSync(temporary, file);
}

/** Removes the state file if `owner` still holds it (another process's claim is left alone). */
function forgetState(file: string, owner: Owner): void {
  const state = readState(file);
  if (state?.owner?.pid !== owner.pid || state.owner.startTime !== owner.startTime) return;
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}

function readState(file: string): RedisState | null {
  try {
    return parseState(readFileSync(file, 'utf8'));
  } catch {
    // missing: nothing to go on
    return null;
  }
}

function parseState(text: string): RedisState | null {
  try {
    const raw = JSON.parse(text) as Partial<ServerState> & { owner?: Partial<Owner> | null };
    const owner =
      raw.owner && Number.isInteger(raw.owner.pid) && (raw.owner.startTime === null || typeof raw.owner.startTime === 'string')
        ? { pid: raw.owner.pid!, startTime: raw.owner.startTime }
        : null;
    const server =
      Number.isInteger(raw.pid) && Number.isInteger(raw.port) && typeof raw.password === 'string'
        ? { pid: raw.pid!, port: raw.port!, password: raw.password }
        : null;
    return owner || server ? { owner, server } : null;
  } catch {
    // unreadable: nothing to go on
    return null;
  }
}

/** Field 22 of /proc/<pid>/stat (fields counted after the command, which may hold spaces); null without /proc. */
function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

const ownerOf = (pid: number): Owner => ({ pid, startTime: startTimeOf(pid) });

/** Whether the recorded owner still runs: its pid alive and, where /proc tells, started at the same tick. */
function ownerAlive(owner: Owner): boolean {
  if (!alive(owner.pid)) return false;
  // A live pid whose start time cannot be read (another user's, /proc hidden) is taken as the owner:
  // wrongly refusing a start is recoverable, stopping a live service's Redis is not.
  const startTime = startTimeOf(owner.pid);
  return owner.startTime === null || startTime === null || startTime === owner.startTime;
}

/**
 * Makes `owner` the folder's owner: refuses while a live process holds it; otherwise stops what a
 * dead owner left, then claims the folder by creating the state file exclusively, so of two starts
 * racing for a free folder one claims it and the other finds a live owner. Returns how many
 * servers were stopped.
 */
async function claimFolder(dir: string, stateFile: string, owner: Owner): Promise<number> {
  let stopped = 0;
  for (let attempt = 0; ; attempt++) {
    let text: string | null = null;
    try {
      text = readFileSync(stateFile, 'utf8');
    } catch {
      // no state file
    }
    const state = text === null ? null : parseState(text);
    if (state?.owner && ownerAlive(state.owner)) throw new EmbeddedRedisInUseError(state.owner.pid);
    stopped += await stopPreviousServers(dir, state);
    // Stale (its owner dead, or unreadable): removed unless another start replaced it meanwhile.
    if (text !== null) {
      try {
        if (readFileSync(stateFile, 'utf8') === text) unlinkSync(stateFile);
      } catch {
        // gone meanwhile
      }
    }
    try {
      writeFileSync(stateFile, stateText({ owner, server: null }), { mode: 0o600, flag: 'wx' });
      return stopped;
    } catch (err) {
      // Another start claimed it between the read and here: look again (it is then alive).
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw err;
    }
  }
}

/** Whether the process exists and has not exited (a zombie no parent reaped yet counts as exited). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: it exists, but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

const HAS_PROC = existsSync('/proc/self/cwd');

/** On Linux: whether `pid` is a redis-server working in `dir`; elsewhere undefined (cannot tell). */
function isRedisServerIn(pid: number, dir: string): boolean | undefined {
  if (!HAS_PROC) return undefined;
  try {
    const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    return comm.startsWith('redis-server') && readlinkSync(`/proc/${pid}/cwd`) === dir;
  } catch {
    // Gone, or another user's process: not ours.
    return false;
  }
}

/** Every redis-server process whose working directory is `dir` (Linux; empty elsewhere). */
function redisServersIn(dir: string): number[] {
  if (!HAS_PROC) return [];
  return readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e) && isRedisServerIn(Number(e), dir) === true)
    .map(Number);
}

/** Whether a Redis answering with this password listens on the port (a server only we know the password of). */
async function answersWith(state: ServerState): Promise<Redis | null> {
  const client = new Redis({
    host: '127.0.0.1',
    port: state.port,
    password: state.password,
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 1000,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    if ((await client.ping()) === 'PONG') return client;
  } catch {
    // not listening, or another server
  }
  client.disconnect();
  return null;
}

/**
 * Stops the servers a killed service left on `dir` (their owner is dead: the caller checked):
 * SHUTDOWN through the state file's port and password (Redis writes its AOF out first), else
 * SIGTERM (the same shutdown); killed if still running after PREVIOUS_STOP_MS.
 */
async function stopPreviousServers(dir: string, recorded: RedisState | null): Promise<number> {
  const state = recorded?.server ?? null;
  const pids = new Set(redisServersIn(dir));
  if (state && alive(state.pid)) {
    const ours = isRedisServerIn(state.pid, dir);
    // Without /proc, the password answering on the port is the proof the pid is still our server.
    if (ours === true || (ours === undefined && (await answersWith(state).then((c) => (c?.disconnect(), c !== null))))) pids.add(state.pid);
  }
  for (const pid of pids) {
    let asked = false;
    if (state?.pid === pid) {
      const client = await answersWith(state);
      if (client) {
        // SHUTDOWN closes the connection instead of answering.
        await client.call('SHUTDOWN').catch(() => undefined);
        client.disconnect();
        asked = true;
      }
    }
    if (!asked) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        continue;
      }
    }
    const until = Date.now() + PREVIOUS_STOP_MS;
    while (alive(pid) && Date.now() < until) await pause(50);
    if (alive(pid)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone meanwhile
      }
      const killedBy = Date.now() + 5000;
      while (alive(pid) && Date.now() < killedBy) await pause(50);
    }
  }
  return pids.size;
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
