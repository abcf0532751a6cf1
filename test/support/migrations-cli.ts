// Runs the MikroORM CLI's migration generation for SQLite and then PostgreSQL:
//   migration:create  diffs the entities against each database's committed snapshot and writes a
//                     new migration into migrations/<sqlite|postgresql>/ (`npm run migration:create`);
//   migration:check   does the same into a scratch copy and fails if a migration would be written,
//                     i.e. the entities changed without a committed migration (CI).
// The PostgreSQL side runs on a throwaway cluster, so no server needs to be set up by hand.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { migrationsSourceDir } from '../../src/config/orm.config';
import { startPostgres } from './postgres';

type Kind = 'sqlite' | 'postgresql';

function generate(kind: Kind, databaseUrl: string, check: boolean, extra: string[]): void {
  const scratch = check ? mkdtempSync(join(tmpdir(), `cti-migrations-${kind}-`)) : undefined;
  try {
    if (scratch) cpSync(migrationsSourceDir(kind), scratch, { recursive: true });
    const before = scratch ? readdirSync(scratch) : [];
    execFileSync('npx', ['mikro-orm', 'migration:create', ...extra], {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: databaseUrl, JWT_SECRET: 'x'.repeat(32), ...(scratch ? { MIGRATIONS_DIR: scratch } : {}) },
    });
    if (scratch) {
      const added = readdirSync(scratch).filter((f) => !before.includes(f));
      if (added.length) {
        throw new Error(`Las entidades cambiaron sin migración para ${kind}: ejecute \`npm run migration:create\` y confirme el resultado`);
      }
    }
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

async function main() {
  const [command, ...extra] = process.argv.slice(2);
  if (command !== 'migration:create' && command !== 'migration:check') {
    throw new Error('uso: migrations-cli.ts migration:create|migration:check [opciones]');
  }
  const check = command === 'migration:check';
  const sqliteDir = mkdtempSync(join(tmpdir(), 'cti-sqlite-'));
  try {
    generate('sqlite', `sqlite:${join(sqliteDir, 'gen.sqlite')}`, check, extra);
  } finally {
    rmSync(sqliteDir, { recursive: true, force: true });
  }
  const pg = await startPostgres();
  try {
    generate('postgresql', pg.url('postgres'), check, extra);
  } finally {
    pg.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
