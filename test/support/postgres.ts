import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { freePort } from '../../src/core/net';

/** A throwaway PostgreSQL cluster in a temporary folder, on a free loopback port. */
export interface PostgresCluster {
  port: number;
  dataDir: string;
  postmasterPid: number;
  /** Over TCP on 127.0.0.1, or over the cluster's Unix socket. */
  url(database: string, via?: 'tcp' | 'socket'): string;
  stop(): void;
}

export interface PostgresOptions {
  /**
   * Keep PostgreSQL's durable defaults (fsync, synchronous commit, full page writes), as the
   * transition benchmark needs; tests turn them off for speed.
   */
  durable?: boolean;
  /** More server settings, `name=value`. */
  settings?: string[];
}

function binDir(): string {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) {
    throw new Error('PostgreSQL no está instalado: ejecute `apt-get install postgresql`');
  }
  const newest = readdirSync(base).sort((a, b) => Number(b) - Number(a))[0];
  return join(base, newest, 'bin');
}

export async function startPostgres(options: PostgresOptions = {}): Promise<PostgresCluster> {
  const bin = binDir();
  const root = mkdtempSync(join(tmpdir(), 'cti-pg-'));
  const dataDir = join(root, 'data');
  // initdb refuses to run as root, so as root the cluster belongs to the postgres user.
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, cmd), args, { stdio: 'pipe' });
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(root, uid, gid);
  }
  run('initdb', ['-D', dataDir, '-U', 'cti', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const serverOptions = [
    `-p ${port}`,
    `-k ${root}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=200',
    // A test cluster needs no durability; these keep it fast.
    ...(options.durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
    ...(options.settings ?? []).map((setting) => `-c ${setting}`),
  ].join(' ');
  run('pg_ctl', ['-D', dataDir, '-o', serverOptions, '-l', join(root, 'server.log'), '-w', 'start']);
  return {
    port,
    dataDir,
    postmasterPid: Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]),
    url: (database, via = 'tcp') =>
      via === 'socket' ? `postgres://cti@${encodeURIComponent(root)}:${port}/${database}` : `postgres://cti@127.0.0.1:${port}/${database}`,
    stop() {
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
