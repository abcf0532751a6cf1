// ClamAV's clamd for the test run: Debian's daemon in the foreground, in a temporary folder, loaded
// only with a signature database written here (the official ones cannot be downloaded on CI).
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

import { stopChild } from '../../src/core/redis/embedded-redis';

/**
 * The EICAR antivirus test string (a harmless file every antivirus reports). Kept encoded so that
 * an antivirus on a developer's machine does not quarantine this source file.
 */
export const EICAR = Buffer.from(
  'WDVPIVAlQEFQWzRcUFpYNTQoUF4pN0NDKTd9JEVJQ0FSLVNUQU5EQVJELUFOVElWSVJVUy1URVNULUZJTEUhJEgrSCo=',
  'base64',
).toString('latin1');

/** The name the test database gives the EICAR signature (clamd adds `.UNOFFICIAL` to signatures not signed by ClamAV). */
export const EICAR_SIGNATURE = 'Cti-Test-Eicar';

/**
 * The largest stream the test clamd accepts (its StreamMaxLength). Smaller than the purposes'
 * limits on purpose: a bigger file is a real clamd error (`INSTREAM size limit exceeded`), which is
 * how the documents suite makes one check fail while the others pass. Its own files stay below it.
 */
export const TEST_CLAMD_STREAM_MAX_BYTES = 4 * 1024 * 1024;

export interface TestClamd {
  /** clamd's local socket. */
  socket: string;
  stop(): Promise<void>;
}

const NOT_INSTALLED =
  'No se encontró clamd (/usr/sbin/clamd): las pruebas de documentos analizan los archivos con el antivirus real. ' +
  'Instale clamav-daemon (`sudo apt-get install clamav-daemon`; `.ci/ensure-system.sh clamav-daemon` lo hace en CI).';

/** Debian's clamd, or one on PATH. */
function clamdBinary(): string {
  const candidates = ['/usr/sbin/clamd', ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'clamd'))];
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // try the next one
    }
  }
  throw new Error(NOT_INSTALLED);
}

/** Whether clamd answers PING on the socket. */
function pings(socket: string): Promise<boolean> {
  return new Promise((resolve) => {
    const client = connect(socket);
    let reply = '';
    const done = (ok: boolean) => {
      client.destroy();
      resolve(ok);
    };
    client.setTimeout(1000, () => done(false));
    client.on('error', () => done(false));
    client.on('data', (d: Buffer) => {
      reply += d.toString();
      if (reply.includes('\0')) done(reply.startsWith('PONG'));
    });
    client.on('connect', () => client.write('zPING\0'));
  });
}

/**
 * Starts clamd in the foreground with a configuration and a signature database written into a new
 * temporary folder (one signature: EICAR anywhere in a file), and waits until it answers PING.
 * With so small a database it is ready in about a second. Fails, saying what to install, when
 * clamd is missing: CI installs it, and the antivirus tests must not pass by skipping it.
 */
export async function startTestClamd(): Promise<TestClamd> {
  const binary = clamdBinary();
  const root = mkdtempSync(join(tmpdir(), 'cti-test-clamd-'));
  const database = join(root, 'db');
  const scratch = join(root, 'tmp');
  mkdirSync(database);
  mkdirSync(scratch);
  const socket = join(root, 'clamd.sock');
  // An extended (.ndb) signature: any file type (0), anywhere (*), these bytes.
  writeFileSync(join(database, 'cti-test.ndb'), `${EICAR_SIGNATURE}:0:*:${Buffer.from(EICAR, 'latin1').toString('hex')}\n`);
  const config = join(root, 'clamd.conf');
  writeFileSync(
    config,
    [
      `LocalSocket ${socket}`,
      `DatabaseDirectory ${database}`,
      `TemporaryDirectory ${scratch}`,
      'Foreground yes',
      `StreamMaxLength ${TEST_CLAMD_STREAM_MAX_BYTES / (1024 * 1024)}M`,
      'MaxThreads 4',
      // No bytecode database is loaded; skipping the engine saves its start.
      'Bytecode no',
    ].join('\n') + '\n',
  );
  const output: string[] = [];
  const child = spawn(binary, ['--config-file', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  const spawned = new Promise<Error | null>((resolve) => {
    child.once('spawn', () => resolve(null));
    child.once('error', resolve);
  });
  // If the test run goes away without its teardown, do not leave clamd behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const cleanUp = () => rmSync(root, { recursive: true, force: true });
  try {
    const failed = await spawned;
    if (failed) throw new Error(`${NOT_INSTALLED} (${failed.message})`);
    await waitUntilReady(socket, child, output);
  } catch (err) {
    process.removeListener('exit', killOnExit);
    child.kill('SIGKILL');
    cleanUp();
    throw err;
  }
  return {
    socket,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      await stopChild(child);
      cleanUp();
    },
  };
}

async function waitUntilReady(socket: string, child: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`clamd terminó al iniciar (${child.exitCode ?? child.signalCode}): ${output.join('').trim().slice(-2000)}`);
    }
    if (await pings(socket)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`clamd no respondió PING en 30 s: ${output.join('').trim().slice(-2000)}`);
}
