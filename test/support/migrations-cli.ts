// Runs one MikroORM CLI migration command against SQLite and then PostgreSQL:
// `migration:create` diffs the entities against each database's committed snapshot and writes a
// new migration; `migration:check` fails when the entities and the migrations disagree (CI).
// The PostgreSQL side runs on a throwaway cluster, so no server needs to be set up by hand.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres } from './postgres';

async function main() {
  const [command, ...extra] = process.argv.slice(2);
  if (command !== 'migration:create' && command !== 'migration:check') {
    throw new Error('uso: migrations-cli.ts migration:create|migration:check [opciones]');
  }
  const cli = (databaseUrl: string) =>
    execFileSync('npx', ['mikro-orm', command, ...extra], {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: databaseUrl, JWT_SECRET: 'x'.repeat(32) },
    });
  const sqliteDir = mkdtempSync(join(tmpdir(), 'cti-sqlite-'));
  try {
    cli(`sqlite:${join(sqliteDir, 'gen.sqlite')}`);
  } finally {
    rmSync(sqliteDir, { recursive: true, force: true });
  }
  const pg = await startPostgres();
  try {
    cli(pg.url('postgres'));
  } finally {
    pg.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
