import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export type TestDatabaseKind = 'sqlite' | 'postgresql';

export function testDatabaseKind(): TestDatabaseKind {
  const kind = process.env.TEST_DB ?? 'sqlite';
  if (kind !== 'sqlite' && kind !== 'postgresql') throw new Error(`TEST_DB desconocido: ${kind}`);
  return kind;
}

/** Temporary folders made by this test file, removed by `removeTemporaryDirs` (after all its tests). */
const temporaryDirs: string[] = [];

export function temporaryDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporaryDirs.push(dir);
  return dir;
}

export function removeTemporaryDirs(): void {
  for (const dir of temporaryDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * A new, empty database for one test: a SQLite file in a temporary folder, or a database in the
 * suite's throwaway PostgreSQL cluster (which goes away as a whole after the run).
 */
export async function createTestDatabase(): Promise<string> {
  if (testDatabaseKind() === 'sqlite') {
    return `sqlite:${join(temporaryDir('cti-test-db-'), 'test.sqlite')}`;
  }
  const adminUrl = process.env.TEST_PG_ADMIN_URL;
  if (!adminUrl) throw new Error('TEST_PG_ADMIN_URL no definido: ¿corrió el globalSetup de Jest?');
  const name = `cti_${randomUUID().replace(/-/g, '')}`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  return adminUrl.replace(/\/postgres$/, `/${name}`);
}
