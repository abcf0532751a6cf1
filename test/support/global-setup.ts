// Starts the servers every test file shares: one real redis-server, and for TEST_DB=postgresql a
// throwaway PostgreSQL cluster. Each test file then creates its own database and Redis prefix.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startEmbeddedRedis } from '../../src/core/redis/embedded-redis';
import { startTestClamd } from './clamd';
import { startPostgres } from './postgres';
import { startS3Server } from './s3-server';
import { testDatabaseKind } from './test-db';

export default async function globalSetup(): Promise<void> {
  const redisDir = mkdtempSync(join(tmpdir(), 'cti-test-redis-'));
  const redis = await startEmbeddedRedis(redisDir);
  process.env.TEST_REDIS_URL = redis.url;
  const stops: (() => unknown)[] = [() => redis.stop(), () => rmSync(redisDir, { recursive: true, force: true })];
  // The S3-protocol server the `s3` storage driver's tests use (each test system makes its own bucket).
  const s3 = await startS3Server();
  process.env.TEST_S3_ENDPOINT = s3.endpoint;
  stops.push(() => s3.stop());
  // ClamAV's clamd with a signature database the tests write (required: the antivirus tests never skip it).
  const clamd = await startTestClamd();
  process.env.TEST_CLAMD_SOCKET = clamd.socket;
  stops.push(() => clamd.stop());
  if (testDatabaseKind() === 'postgresql') {
    const pg = await startPostgres();
    process.env.TEST_PG_ADMIN_URL = pg.url('postgres');
    // pg_ctl detaches the server: an interrupted run must still not leave it behind.
    const stopOnExit = () => pg.stop();
    process.once('exit', stopOnExit);
    stops.push(() => {
      process.removeListener('exit', stopOnExit);
      pg.stop();
    });
  }
  (globalThis as { __ctiTestStops?: (() => unknown)[] }).__ctiTestStops = stops;
}
