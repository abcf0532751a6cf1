import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export type TestDatabaseKind = 'sqlite' | 'postgresql';

export function testDatabaseKind(): TestDatabaseKind {
  const kind = process.env.TEST_DB ?? 'sqlite';
  if (kind !== 'sqlite' && kind !== 'postgresql') throw new Error(`TEST_DB desconocido: ${kind}`);
  return kind;
}

/** A new, empty database for one test file: a SQLite file in a temp folder, or a PostgreSQL database. */
export async function createTestDatabase(): Promise<string> {
  if (testDatabaseKind() === 'sqlite') {
    return `sqlite:${join(mkdtempSync(join(tmpdir(), 'cti-test-db-')), 'test.sqlite')}`;
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
