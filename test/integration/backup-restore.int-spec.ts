// Backups that restore (issue 23 §4): `cli backup` run as an operator would, in its own process,
// against a running system (API and worker) while clients keep making transitions; `cli restore`
// into a new database; a new system on it with an empty Redis. What the backup held must all be
// there (cases, history up to the snapshot, terms queued again and firing, the report, the
// document's bytes), and what was committed after the snapshot must be absent: that is the
// recovery point. A tampered backup, a manifest naming a file a backup never writes
// (`documents/x/../../jwt-secret`), a target with data and a target another process holds are
// refused without changing anything; a `--force` restore whose database copy fails half-way
// (checksums rewritten to match) leaves the old data, and one that succeeds replaces it. The backup
// is the owner's only (0700/0600). On PostgreSQL the URL carries a password: it must never reach
// an output nor a command line of pg_dump, pg_restore or psql (recorded through PATH wrappers).
// The file runs on the database TEST_DB selects; it prints the backup time, the restore time, the
// RTO (restore + start until /health is ok and the terms are queued) and the RPO it measured.
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';

import { verifiedManifest, type BackupManifest } from '../../src/app/backup';
import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { fireJobId } from '../../src/modules/deadlines/deadline-jobs';
import { shippedModel } from '../../src/modules/maturity/maturity-model';
import { RequestAccompanimentDocument, StartApplicationDocument, StartAssessmentDocument } from '../graphql/generated';
import { requestInput } from '../support/accompaniment';
import { samplePdf, uploadDocument } from '../support/documents';
import { deadlinesOf, eventually, knexOf, startPrivateRedis, type PrivateRedis } from '../support/fault-injection';
import { dataOf, execute, executeText } from '../support/http';
import { download, downloadPathOf, generated } from '../support/reports';
import { processEnv } from '../support/service-process';
import { createTestDatabase, removeTemporaryDirs, temporaryDir, testDatabaseKind } from '../support/test-db';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { timeTravelEnv, travelTo } from '../support/time-travel';
import { actors, drive, municipalities, openProgramme, sendEvent, tokenFor, validatedAssessment, type Actors } from '../support/workflow';

jest.setTimeout(300_000);

const repoRoot = resolve(__dirname, '..', '..');
const keyOf = (id: string) => fromGlobalId(id)!.key;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** How many transitions each client must have confirmed before the backup starts, and after it ends. */
const BEFORE = 3;
const AFTER = 2;
const LOOP = ['REQUEST_CHANGES', 'RESUBMIT', 'START_REVIEW'] as const;

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `ts-node src/cli.ts <args>` in its own process, as `node dist/src/cli.js` runs for an operator. */
function cli(env: Record<string, string>, ...args: string[]): Promise<CliRun> {
  const started = performance.now();
  return new Promise((done) => {
    execFile(process.execPath, ['-r', 'ts-node/register', 'src/cli.ts', ...args], { cwd: repoRoot, env }, (err, stdout, stderr) =>
      done({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr, ms: performance.now() - started }),
    );
  });
}

/** One transition a client saw confirmed, with when it was sent and answered. */
interface Confirmed {
  client: number;
  caseKey: string;
  seq: number;
  event: string;
  sentAt: number;
  confirmedAt: number;
}

/** A client driving its own assessment around underReview → changesRequested → resubmitted → underReview. */
function loopClient(
  app: TestSystem,
  client: number,
  who: Actors,
  caseId: string,
  version: number,
  log: Confirmed[],
  stop: { now: boolean },
) {
  return (async () => {
    for (let i = 0; !stop.now; i++) {
      const event = LOOP[i % LOOP.length];
      const sentAt = Date.now();
      const res = await sendEvent(app, tokenFor(who, 'MATURITY_ASSESSMENT', event)!, 'MATURITY_ASSESSMENT', caseId, event, {
        expectedVersion: version,
      });
      if (res.errors) throw new Error(`cliente ${client}, ${event}: ${res.errors[0].message}`);
      version = res.result!.case.version;
      log.push({ client, caseKey: keyOf(caseId), seq: res.result!.entry.seq, event, sentAt, confirmedAt: Date.now() });
    }
  })();
}

const perClient = (log: Confirmed[], client: number) => log.filter((c) => c.client === client);

async function tableCount(app: TestSystem, table: string, where: Record<string, unknown> = {}): Promise<number> {
  const [row] = await knexOf(app)(table).where(where).count({ n: '*' });
  return Number(row.n);
}

/** Whether the target database of a restore is still empty: no SQLite file, or no table in the PostgreSQL database. */
async function untouched(databaseUrl: string): Promise<boolean> {
  if (databaseUrl.startsWith('sqlite:')) return !existsSync(databaseUrl.slice('sqlite:'.length));
  const { Client } = await import('pg');
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`select count(*)::int as n from information_schema.tables where table_schema = 'public'`);
    return rows[0].n === 0;
  } finally {
    await client.end();
  }
}

/** The counts a restore replaces, read over a connection of its own (the systems are stopped by then). */
async function countsIn(databaseUrl: string): Promise<{ cases: number; history: number }> {
  const sql = `select (select count(*) from workflow_case) as cases, (select count(*) from case_history) as history`;
  if (databaseUrl.startsWith('sqlite:')) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the package ships no types; MikroORM's driver loads it the same way
    const Database = require('better-sqlite3') as new (
      file: string,
      options: { fileMustExist: boolean },
    ) => {
      prepare(sql: string): { get(): { cases: number; history: number } };
      close(): void;
    };
    const db = new Database(databaseUrl.slice('sqlite:'.length), { fileMustExist: true });
    try {
      return db.prepare(sql).get();
    } finally {
      db.close();
    }
  }
  const { Client } = await import('pg');
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(sql);
    return { cases: Number(rows[0].cases), history: Number(rows[0].history) };
  } finally {
    await client.end();
  }
}

/** Every directory and file of a backup with its permission bits, e.g. `documents/<id> 600`. */
function modesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).map(
    (e) => `${join(e.parentPath, e.name).slice(dir.length + 1)} ${(statSync(join(e.parentPath, e.name)).mode & 0o777).toString(8)}`,
  );
}

/** A copy of the backup with one more file listed in its manifest (size and SHA-256 recomputed: only the path can refuse it). */
function withExtraFile(backupDir: string, listedAs: string, storedAt: string, content: Buffer): string {
  const dir = join(temporaryDir('cti-backup-crafted-'), 'copia');
  cpSync(backupDir, dir, { recursive: true });
  writeFileSync(join(dir, storedAt), content);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BackupManifest;
  manifest.files.push({ path: listedAs, size: content.length, sha256: sha256(content) });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/**
 * PostgreSQL's tools behind wrappers first on PATH that record each call (its PGPASSWORD and its
 * arguments, apart) and run the real tool.
 */
function recordedPgTools(): { path: string; calls(): { tool: string; pgpassword: string; argv: string }[] } {
  const dir = temporaryDir('cti-pg-tools-');
  const log = join(dir, 'calls.log');
  for (const tool of ['pg_dump', 'pg_restore', 'psql']) {
    const real = execFileSync('sh', ['-c', `command -v ${tool}`])
      .toString()
      .trim();
    writeFileSync(join(dir, tool), `#!/bin/sh\nprintf '%s\\t%s\\t%s\\n' ${tool} "\${PGPASSWORD-}" "$*" >> '${log}'\nexec '${real}' "$@"\n`);
    chmodSync(join(dir, tool), 0o755);
  }
  return {
    path: `${dir}:${process.env.PATH ?? ''}`,
    calls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .trim()
            .split('\n')
            .map((line) => {
              const [tool, pgpassword, argv] = line.split('\t');
              return { tool, pgpassword, argv };
            })
        : [],
  };
}

/** A password with characters a URL must escape; the test cluster trusts its clients, so only where it goes can be checked. */
const PASSWORD = 'cl@ve s3creta/ñ:%';
const withPassword = (databaseUrl: string) =>
  databaseUrl.startsWith('sqlite:')
    ? databaseUrl
    : databaseUrl.replace('postgres://cti@', `postgres://cti:${encodeURIComponent(PASSWORD)}@`);

let original: TestSystem | undefined;
let restored: TestSystem | undefined;
let redis: PrivateRedis | undefined;
afterAll(async () => {
  await restored?.stop();
  await original?.stop();
  await redis?.stop();
  removeTemporaryDirs();
});

it('backs up a running system under load, restores it into a new database, and a new system with an empty Redis serves all of it', async () => {
  const app = (original = await startTestSystem(timeTravelEnv(), { worker: true }));
  const codes = await municipalities(app, 7);
  const who = await Promise.all(codes.map((code) => actors(app, code)));
  const { coordinator } = who[0];
  const { cycleId, callId } = await openProgramme(app, coordinator);

  // Cases in several states, with pending terms: two applications with corrections requested
  // (CORRECTIONS), an accompaniment request waiting for its answer (ACCOMPANIMENT_RESPONSE).
  const applications: string[] = [];
  for (const i of [0, 1]) {
    await validatedAssessment(app, who[i], cycleId);
    const started = dataOf(await execute(app.url, StartApplicationDocument, { input: { callId } }, { token: who[i].member }));
    const id = started.startApplication.case.id;
    for (const event of ['SUBMIT', 'START_ELIGIBILITY_REVIEW', 'REQUEST_CORRECTIONS'])
      await drive(app, who[i], 'COFINANCING_APPLICATION', id, event);
    applications.push(id);
  }
  const request = dataOf(await execute(app.url, RequestAccompanimentDocument, { input: requestInput('ROADMAP') }, { token: who[0].member }))
    .requestAccompaniment.case.id;

  // A draft assessment with an uploaded document attached as an answer's evidence.
  const draft = dataOf(await execute(app.url, StartAssessmentDocument, { input: { cycleId } }, { token: who[6].member })).startAssessment
    .case.id;
  const pdf = samplePdf('Acta del comité CTI, copia de seguridad');
  const uploaded = await uploadDocument(app.url, who[6].member, { purpose: 'ASSESSMENT_EVIDENCE', name: 'acta-comite.pdf', content: pdf });
  expect(uploaded.status).toBe(200);
  const documentId = uploaded.documentId!;
  const question = [...shippedModel().questions.values()].find((q) => q.type === 'SCALE_0_4')!.id;
  dataOf(
    await executeText(
      app.url,
      `mutation S($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { id } }`,
      { input: { caseId: draft, answers: [{ questionId: question, value: 3, evidence: [{ title: 'Acta', documentId }] }] } },
      { token: who[6].member },
    ),
  );

  // A generated report.
  const report = await generated(app, coordinator, { kind: 'CASELOAD', format: 'CSV' });

  // Four clients, each on its own assessment under review, transitioning without pause.
  const loopCases: { id: string; version: number }[] = [];
  for (const i of [2, 3, 4, 5]) {
    const id = dataOf(await execute(app.url, StartAssessmentDocument, { input: { cycleId } }, { token: who[i].member })).startAssessment
      .case.id;
    await drive(app, who[i], 'MATURITY_ASSESSMENT', id, 'SUBMIT');
    loopCases.push({ id, version: (await drive(app, who[i], 'MATURITY_ASSESSMENT', id, 'START_REVIEW')).case.version });
  }
  const log: Confirmed[] = [];
  const stop = { now: false };
  const clients = loopCases.map((c, n) => loopClient(app, n, who[n + 2], c.id, c.version, log, stop));
  const postgres = testDatabaseKind() === 'postgresql';
  const tools = recordedPgTools();
  /** The operator's environment for the original deployment: on PostgreSQL, its URL with a password. */
  const originalEnv = {
    ...processEnv(app.config),
    DATABASE_URL: withPassword(processEnv(app.config).DATABASE_URL),
    PATH: tools.path,
  };
  let backupRun: CliRun;
  let backupStartedAt: number;
  let backupEndedAt: number;
  try {
    await eventually('cada cliente confirmó sus primeras transiciones', () =>
      loopCases.every((_, n) => perClient(log, n).length >= BEFORE),
    );

    // The backup, online: the clients keep transitioning while it runs.
    backupStartedAt = Date.now();
    // Into its default place, VAR_DIR/backups/<date>, as an operator's cron would.
    backupRun = await cli(originalEnv, 'backup');
    backupEndedAt = Date.now();
    const atEnd = loopCases.map((_, n) => perClient(log, n).length);
    await eventually('cada cliente siguió transitando después de la copia', () =>
      loopCases.every((_, n) => perClient(log, n).length >= atEnd[n] + AFTER),
    );
  } finally {
    stop.now = true;
    await Promise.all(clients);
  }
  expect(backupRun).toMatchObject({ code: 0, stderr: '' });
  const backupDir = /Copia de seguridad escrita en (.+?): /.exec(backupRun.stdout)![1];
  expect(backupDir.startsWith(join(app.config.varDir, 'backups') + '/')).toBe(true);
  expect(backupRun.stdout).toContain('Redis no se copia');
  const manifest = JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8')) as BackupManifest;
  expect(manifest).toMatchObject({ format: 'cti-backup', formatVersion: 1, database: { kind: testDatabaseKind() } });
  expect(manifest.documents).toMatchObject({ driver: 'file', copied: true, missingBytes: [] });
  expect(manifest.files.map((f) => f.path)).toEqual(expect.arrayContaining([`documents/${keyOf(documentId)}`, manifest.database.file]));
  expect(manifest.files.find((f) => f.path === `documents/${keyOf(documentId)}`)!.sha256).toBe(sha256(pdf));
  const snapshotAt = Date.parse(manifest.snapshotAt);
  expect(snapshotAt).toBeGreaterThanOrEqual(backupStartedAt!);
  expect(snapshotAt).toBeLessThanOrEqual(backupEndedAt!);

  // Only its owner can read it: the backups folder and every folder 0700, every file 0600, whatever
  // the umask of the shell that ran it (here the test's, 022 on a usual system).
  expect((statSync(join(app.config.varDir, 'backups')).mode & 0o777).toString(8)).toBe('700');
  const modes = modesUnder(backupDir);
  expect(modes).toEqual(
    expect.arrayContaining(['documents 700', `documents/${keyOf(documentId)} 600`, `${manifest.database.file} 600`, 'manifest.json 600']),
  );
  expect(modes.filter((m) => !/^documents 700$|^\S+ 600$/.test(m))).toEqual([]);
  expect((statSync(backupDir).mode & 0o777).toString(8)).toBe('700');

  const pendingBefore = (await deadlinesOf(app, [...applications, request].map(keyOf))).filter((d) => d.status === 'PENDING');
  expect(pendingBefore.map((d) => d.kind).sort()).toEqual(['ACCOMPANIMENT_RESPONSE', 'CORRECTIONS', 'CORRECTIONS']);
  const historyAtEnd = await tableCount(app, 'case_history');
  const casesAtEnd = await tableCount(app, 'workflow_case');
  // The clients went on after the snapshot: the original database holds more than the backup.
  expect(historyAtEnd).toBeGreaterThan(manifest.counts.history);

  // ── a restore onto a database another process holds is refused, even with --force ──
  // SQLite: the running API and worker hold the file. PostgreSQL: a client connection held here.
  const { Client } = await import('pg');
  const holder = postgres ? new Client({ connectionString: processEnv(app.config).DATABASE_URL }) : undefined;
  await holder?.connect();
  let inUse: CliRun;
  try {
    inUse = await cli(originalEnv, 'restore', '--from', backupDir, '--force');
  } finally {
    await holder?.end();
  }
  expect(inUse.code).toBe(2);
  expect(inUse.stderr).toMatch(
    postgres
      ? /hay \d+ conexiones más a la base de DATABASE_URL: detenga la API y los workers/
      : /otro proceso tiene abierta .*: detenga la API/,
  );
  expect(await tableCount(app, 'case_history')).toBe(historyAtEnd);
  const originalUrl = processEnv(app.config).DATABASE_URL;
  await app.stop();
  original = undefined;

  // ── --force onto the original database, which has more than the backup ──
  // A database copy that passes its checksums (the manifest rewritten to match) but is cut short:
  // the restore fails half-way and the database keeps everything it had.
  const broken = join(temporaryDir('cti-backup-broken-'), 'copia');
  cpSync(backupDir, broken, { recursive: true });
  const brokenDb = join(broken, manifest.database.file);
  const fullSize = statSync(brokenDb).size;
  // PostgreSQL: the table of contents (at the start) stays readable, the last data blocks are cut,
  // so pg_restore fails after the emptying and most of the script ran. SQLite: pages are missing.
  truncateSync(brokenDb, postgres ? fullSize - Math.max(64, Math.floor(fullSize * 0.05)) : Math.floor(fullSize * 0.6));
  const brokenManifest = JSON.parse(readFileSync(join(broken, 'manifest.json'), 'utf8')) as BackupManifest;
  const brokenEntry = brokenManifest.files.find((f) => f.path === manifest.database.file)!;
  brokenEntry.size = statSync(brokenDb).size;
  brokenEntry.sha256 = sha256(readFileSync(brokenDb));
  writeFileSync(join(broken, 'manifest.json'), JSON.stringify(brokenManifest));
  const failedForce = await cli(originalEnv, 'restore', '--from', broken, '--force');
  if (postgres) {
    expect(failedForce.code).toBe(1);
    expect(failedForce.stderr).toMatch(/pg_restore terminó con código 1: .*\n.*se deshizo: la base quedó como estaba/s);
  } else {
    expect(failedForce.code).toBe(2);
    expect(failedForce.stderr).toContain(`${brokenDb} no es una base SQLite válida`);
  }
  expect(await countsIn(originalUrl)).toEqual({ cases: casesAtEnd, history: historyAtEnd });

  // The whole backup, forced: the database is the backup's afterwards.
  const forced = await cli(originalEnv, 'restore', '--from', backupDir, '--force');
  expect(forced).toMatchObject({ code: 0, stderr: '' });
  expect(forced.stdout).toContain('los conteos coinciden con el manifiesto');
  expect(await countsIn(originalUrl)).toEqual({ cases: manifest.counts.cases, history: manifest.counts.history });
  if (postgres) {
    // The password reached the tools that connect through PGPASSWORD only; no command line and no output holds it.
    const calls = tools.calls();
    expect([...new Set(calls.map((c) => c.tool))].sort()).toEqual(['pg_dump', 'pg_restore', 'psql']);
    for (const c of calls) {
      expect(c.argv).not.toContain(PASSWORD);
      expect(c.argv).not.toContain(encodeURIComponent(PASSWORD));
      if (c.tool !== 'pg_restore') expect(c.pgpassword).toBe(PASSWORD);
    }
    for (const run of [backupRun!, inUse, failedForce, forced])
      for (const text of [run.stdout, run.stderr]) {
        expect(text).not.toContain(PASSWORD);
        expect(text).not.toContain(encodeURIComponent(PASSWORD));
      }
  }

  // ── restore into a new database and a new documents directory ──
  const restoredUrl = await createTestDatabase();
  const restoredVar = temporaryDir('cti-restored-var-');
  const restoreEnv = { ...processEnv(app.config), DATABASE_URL: restoredUrl, VAR_DIR: restoredVar };

  // A backup whose document was altered is refused before anything is touched.
  const tampered = join(temporaryDir('cti-backup-tampered-'), 'copia');
  cpSync(backupDir, tampered, { recursive: true });
  const altered = Buffer.from(pdf);
  altered[altered.length - 10] ^= 0xff;
  writeFileSync(join(tampered, 'documents', keyOf(documentId)), altered);
  const refusedCopy = await cli(restoreEnv, 'restore', '--from', tampered);
  expect(refusedCopy.code).toBe(2);
  expect(refusedCopy.stderr).toContain(`documents/${keyOf(documentId)}: su SHA-256 no coincide con el manifiesto`);
  expect(refusedCopy.stderr).toContain('no se restauró nada');
  expect(await untouched(restoredUrl)).toBe(true);
  expect(existsSync(join(restoredVar, 'documents'))).toBe(false);

  // A manifest listing a path that leaves the documents directory (its size and SHA-256 right):
  // refused before anything is written, so VAR_DIR/jwt-secret is never replaced.
  const crafted = withExtraFile(backupDir, 'documents/x/../../jwt-secret', 'jwt-secret', Buffer.from('secreto del atacante\n'));
  const refusedPath = await cli(restoreEnv, 'restore', '--from', crafted);
  expect(refusedPath.code).toBe(2);
  expect(refusedPath.stderr).toContain('"documents/x/../../jwt-secret": no es un archivo que escriba una copia');
  expect(refusedPath.stderr).toContain('no se restauró nada');
  expect(existsSync(join(restoredVar, 'jwt-secret'))).toBe(false);
  expect(await untouched(restoredUrl)).toBe(true);
  expect(existsSync(join(restoredVar, 'documents'))).toBe(false);
  // The same check, in process, for the other names a manifest could carry: a database file a
  // backup never writes, and a document that is a link to a file elsewhere.
  const otherDb = withExtraFile(backupDir, 'cti.sqlite', 'cti.sqlite', Buffer.from('x'));
  const otherManifest = JSON.parse(readFileSync(join(otherDb, 'manifest.json'), 'utf8')) as BackupManifest;
  otherManifest.database.file = 'cti.sqlite';
  writeFileSync(join(otherDb, 'manifest.json'), JSON.stringify(otherManifest));
  await expect(verifiedManifest(otherDb)).rejects.toThrow(`database.file: "cti.sqlite" no es ${manifest.database.file}`);
  const linked = join(temporaryDir('cti-backup-linked-'), 'copia');
  cpSync(backupDir, linked, { recursive: true });
  const elsewhere = join(temporaryDir('cti-elsewhere-'), 'bytes');
  writeFileSync(elsewhere, pdf);
  rmSync(join(linked, 'documents', keyOf(documentId)));
  symlinkSync(elsewhere, join(linked, 'documents', keyOf(documentId)));
  await expect(verifiedManifest(linked)).rejects.toThrow(`documents/${keyOf(documentId)}: no es un archivo regular`);

  const restoreRun = await cli(restoreEnv, 'restore', '--from', backupDir);
  expect(restoreRun).toMatchObject({ code: 0, stderr: '' });
  expect(restoreRun.stdout).toContain('los conteos coinciden con el manifiesto');
  expect(readdirSync(join(restoredVar, 'documents'))).toContain(keyOf(documentId));
  expect((statSync(join(restoredVar, 'documents', keyOf(documentId))).mode & 0o777).toString(8)).toBe('600');

  // Restoring again onto the database that now has data is refused without --force.
  const refusedTarget = await cli(restoreEnv, 'restore', '--from', backupDir);
  expect(refusedTarget.code).toBe(2);
  expect(refusedTarget.stderr).toContain('la base de destino ya tiene datos');

  // ── a new system on it, with an empty Redis ──
  redis = await startPrivateRedis();
  expect(await redis.client.dbsize()).toBe(0);
  const startedAt = performance.now();
  restored = await startTestSystem(timeTravelEnv({ DATABASE_URL: restoredUrl, VAR_DIR: restoredVar, REDIS_URL: redis.url }), {
    worker: true,
  });
  const worker = restored.system.worker!;
  await worker.started;
  await eventually(
    '/health responde ok',
    async () => ((await (await fetch(`${restored!.url}/health`)).json()) as { status: string }).status === 'ok',
  );
  const pending = (await knexOf(restored)('deadline').where({ status: 'PENDING' })).map((r: { id: string }) => ({ id: r.id }));
  expect(pending).toHaveLength(manifest.counts.pendingTerms);
  await eventually('cada término pendiente es un trabajo diferido en el Redis nuevo', async () => {
    const states = await Promise.all(pending.map(async (d) => (await worker.queues.deadlines.getJob(fireJobId(d)))?.getState()));
    return states.every((s) => s === 'delayed');
  });
  const startMs = performance.now() - startedAt;

  // Cases and history: exactly the backup's.
  expect(await tableCount(restored, 'workflow_case')).toBe(manifest.counts.cases);
  const restoredHistory = await knexOf(restored)('case_history').select('case_id', 'seq', 'event');
  expect(restoredHistory).toHaveLength(manifest.counts.history);
  const has = new Set(restoredHistory.map((h: { case_id: string; seq: number; event: string }) => `${h.case_id}:${h.seq}:${h.event}`));

  // The recovery point: each client's confirmed transitions that the restore holds are a prefix of
  // what it did (those confirmed before the backup started all in it), the rest is lost, and those
  // sent after the backup ended are all lost.
  let lostDuringBackup = 0;
  for (const n of loopCases.keys()) {
    const mine = perClient(log, n);
    const present = mine.map((c) => has.has(`${c.caseKey}:${c.seq}:${c.event}`));
    const kept = present.indexOf(false) === -1 ? present.length : present.indexOf(false);
    expect(present.slice(kept).every((p) => !p)).toBe(true);
    expect(mine.filter((c) => c.confirmedAt < backupStartedAt!).every((c, i) => present[i])).toBe(true);
    expect(mine.filter((c, i) => c.sentAt > backupEndedAt! && present[i])).toEqual([]);
    lostDuringBackup += mine.filter((c, i) => !present[i] && c.sentAt <= backupEndedAt!).length;
  }
  const lost = log.filter((c) => !has.has(`${c.caseKey}:${c.seq}:${c.event}`)).length;
  expect(lost).toBe(historyAtEnd - manifest.counts.history);

  // The report downloads with the same bytes; the document with the same SHA-256.
  const coordinator2 = await restored.token(Role.COORDINATOR);
  const got = await download(restored, downloadPathOf(report.report.id), coordinator2);
  expect(got.status).toBe(200);
  expect(sha256(got.body)).toBe(sha256(report.file));
  const member6 = await restored.token(Role.ENTITY_MEMBER, codes[6]);
  const doc = dataOf(
    await executeText(
      restored.url,
      `query D($id: ID!) { document(id: $id) { sha256 downloadUrl } }`,
      { id: documentId },
      { token: member6 },
    ),
  ).document;
  expect(doc.sha256).toBe(sha256(pdf));
  const bytes = Buffer.from(await (await fetch(doc.downloadUrl)).arrayBuffer());
  expect(sha256(bytes)).toBe(sha256(pdf));

  // The terms re-queued at the worker's start fire when the clock passes them.
  const terms = (await deadlinesOf(restored, [...applications, request].map(keyOf))).filter((d) => d.status === 'PENDING');
  expect(terms.map((d) => d.id).sort()).toEqual(pendingBefore.map((d) => d.id).sort());
  await travelTo(restored, new Date(Math.max(...terms.map((d) => d.dueAt.getTime())) + 60_000));
  await eventually('los términos restaurados vencieron', async () => {
    const now = await deadlinesOf(restored!, [...applications, request].map(keyOf));
    return terms.every((t) => now.find((d) => d.id === t.id)!.status === (t.kind === 'CORRECTIONS' ? 'EXPIRED' : 'OVERDUE'));
  });
  for (const id of applications)
    expect(
      await knexOf(restored)('workflow_case')
        .where({ id: keyOf(id) })
        .first('state'),
    ).toEqual({ state: 'rejected' });

  const rto = restoreRun.ms + startMs;
  process.stdout.write(
    [
      `\nCopia y restauración (${testDatabaseKind()}):`,
      `  copia (cli backup, en línea con ${loopCases.length} clientes transitando): ${(backupRun!.ms / 1000).toFixed(1)} s el proceso, ` +
        `${(manifest.durationMs / 1000).toFixed(1)} s la copia misma; ` +
        `${manifest.counts.cases} trámites, ${manifest.counts.history} filas de historial, ${manifest.counts.pendingTerms} términos pendientes, ` +
        `${manifest.counts.documents} documentos, ${manifest.counts.reports} informes; ${(manifest.files.reduce((t, f) => t + f.size, 0) / 1024 / 1024).toFixed(1)} MB`,
      `  restauración (cli restore): ${(restoreRun.ms / 1000).toFixed(1)} s; arranque hasta /health ok y términos encolados: ${(startMs / 1000).toFixed(1)} s`,
      `  RTO medido (restauración + arranque): ${(rto / 1000).toFixed(1)} s`,
      `  --force sobre la base original (${historyAtEnd} filas de historial): la copia cortada ${postgres ? 'falló a mitad y se deshizo' : 'se negó al leerla'} ` +
        `(quedaron ${historyAtEnd}); la copia entera la reemplazó (${manifest.counts.history}); negadas sin tocar nada: base en uso, manifiesto con documents/x/../../jwt-secret`,
      `  RPO: la instantánea se tomó ${((snapshotAt - backupStartedAt!) / 1000).toFixed(1)} s después de lanzar la copia, que terminó ` +
        `${((backupEndedAt! - snapshotAt) / 1000).toFixed(1)} s después de la instantánea; de ${log.length} transiciones confirmadas a los clientes, ` +
        `${log.length - lost} están en la restauración y ${lost} no (${lostDuringBackup} confirmadas mientras la copia seguía corriendo, ` +
        `el resto después): todo lo posterior a la instantánea se pierde`,
      '',
    ].join('\n'),
  );
});
