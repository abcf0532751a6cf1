import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { chmod, lstat, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';

import type { Config } from '../config/env';
import { migrate, type Orm } from '../core/orm/orm';
import { BackupRefused, checkArchive, restorePostgres, runTool } from './backup-postgres';
import { initAppOrm } from './compose';

/*
 * `cli backup` and `cli restore`: a backup is a directory, not an archive, so an operator can look
 * inside it, copy it with rsync/restic (which dedupe unchanged document files between backups)
 * and restore a single document by hand; manifest.json lists every file with its size and SHA-256
 * and is written last, so a directory without it is an unfinished backup and restore refuses it.
 *
 * What it holds: the database (SQLite: an online copy through SQLite's backup API, taken while the
 * API and workers write; PostgreSQL: `pg_dump --format=custom` of one exported snapshot), and the
 * documents' bytes when they live in a directory. Redis is never in it: every job and schedule is
 * rebuilt from the database by the worker's reconciler at start.
 *
 * A backup holds every person's data and every uploaded document: what it creates is the owner's
 * only (directories 0700, files 0600), set at creation rather than after (the CLI also runs with
 * umask 077, which pg_dump and SQLite inherit).
 */

export const MANIFEST = 'manifest.json';
export const MANIFEST_FORMAT = 'cti-backup';
export const MANIFEST_VERSION = 1;
const SQLITE_FILE = 'database.sqlite';
const PG_FILE = 'database.pgdump';
const DOCUMENTS = 'documents';
/** The database file a backup of each kind writes: a manifest naming another one is refused. */
const DATABASE_FILE: Record<Config['database']['kind'], string> = { sqlite: SQLITE_FILE, postgresql: PG_FILE };
/**
 * The document files a backup writes: `documents/<id>` and `documents/<id>.json` (tus's
 * bookkeeping), ids being UUIDs. Anything else in a manifest (`documents/x/../../jwt-secret`) is
 * refused before restoring anything: restore writes these paths under the documents directory.
 */
const DOCUMENT_PATH = /^documents\/[A-Za-z0-9_-]+(\.json)?$/;
const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

/** What the database of a backup holds, counted in the snapshot itself (so they are exactly the backup's). */
export interface BackupCounts {
  cases: number;
  history: number;
  pendingTerms: number;
  documents: number;
  reports: number;
}

export interface BackupManifest {
  format: typeof MANIFEST_FORMAT;
  formatVersion: number;
  createdAt: string;
  /** The instant of the database snapshot: everything committed after it is not in the backup (the recovery point). */
  snapshotAt: string;
  durationMs: number;
  database: { kind: Config['database']['kind']; file: string; migrations: string[] };
  counts: BackupCounts;
  documents:
    | { driver: 'file'; copied: true; dir: string; files: number; missingBytes: string[] }
    | { driver: 's3'; copied: false; bucket: string; note: string };
  redis: string;
  files: { path: string; size: number; sha256: string }[];
}

export { BackupFailed, BackupRefused } from './backup-postgres';

export interface BackupResult {
  dir: string;
  manifest: BackupManifest;
  lines: string[];
}

/** A better-sqlite3 connection, as far as backup and restore use it (reached through the ORM: no second driver). */
interface SqliteDb {
  backup(file: string, options: { progress(info: { totalPages: number; remainingPages: number }): number }): Promise<unknown>;
  pragma(sql: string, options?: { simple?: boolean }): unknown;
  prepare(sql: string): { all(...params: unknown[]): Record<string, unknown>[] };
  close(): void;
}
type SqliteDbClass = new (file: string, options?: { fileMustExist?: boolean; readonly?: boolean }) => SqliteDb;

type Query = (sql: string) => Promise<Record<string, unknown>[]>;

const REDIS_NOTE =
  'Redis no se copia: el reconciliador vuelve a encolar los términos, correos e informes pendientes desde la base al iniciar el worker';

export function defaultBackupDir(config: Config, now = new Date()): string {
  return join(config.varDir, 'backups', now.toISOString().replace(/[:.]/g, '-'));
}

/** A directory only its owner can enter: created so, or closed down if it was already there. */
async function privateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR });
  await chmod(dir, PRIVATE_DIR);
}

/** An empty file only its owner can read, for a tool (pg_dump, SQLite's backup) to write into. */
async function privateFile(file: string): Promise<void> {
  await (await open(file, 'wx', PRIVATE_FILE)).close();
}

/**
 * Copies a file into a new one only its owner can read (copyFile would give it the source's mode,
 * set with fchmod, which the umask does not narrow).
 */
async function copyPrivate(source: string, target: string): Promise<void> {
  await rm(target, { force: true });
  await pipeline(createReadStream(source), createWriteStream(target, { flags: 'wx', mode: PRIVATE_FILE }));
}

/** Takes a backup of the configured deployment into `to` (a new or empty directory). */
export async function backup(config: Config, options: { to?: string } = {}): Promise<BackupResult> {
  const started = performance.now();
  const createdAt = new Date();
  const dir = resolve(options.to ?? defaultBackupDir(config, createdAt));
  if (existsSync(dir) && (await readdir(dir)).length > 0) {
    throw new BackupRefused(`${dir} ya existe y no está vacío: indique con --to un directorio nuevo`);
  }
  if (config.database.kind === 'sqlite' && !existsSync(config.database.path)) {
    throw new BackupRefused(`no existe la base SQLite ${config.database.path}: no hay nada que copiar`);
  }
  if (!options.to) await privateDir(join(config.varDir, 'backups'));
  await privateDir(dir);
  const orm = await initAppOrm(config);
  let snapshot: { snapshotAt: Date; file: string; migrations: string[]; counts: BackupCounts; documents: { id: string; status: string }[] };
  try {
    snapshot = config.database.kind === 'sqlite' ? await sqliteSnapshot(orm, dir) : await postgresSnapshot(orm, config.database.url, dir);
  } finally {
    await orm.close(true);
  }

  // The documents after the database snapshot: a document's bytes never change once its upload
  // finished, so every document the snapshot holds as uploaded already has all its bytes on disk
  // and they are copied as they were. Copied before, an upload finished between the copy and the
  // snapshot would leave a row in the backup without its bytes. Only a purge between the two can
  // remove bytes the snapshot still lists: those are reported, never silently missing.
  let documents: BackupManifest['documents'];
  const storage = config.documents.storage;
  if (storage.driver === 'file') {
    const target = join(dir, DOCUMENTS);
    await privateDir(target);
    let files = 0;
    const missingBytes: string[] = [];
    for (const doc of snapshot.documents) {
      let copied = false;
      for (const name of [doc.id, `${doc.id}.json`]) {
        const source = join(storage.dir, name);
        if (!existsSync(source)) continue;
        await copyPrivate(source, join(target, name));
        files++;
        if (name === doc.id) copied = true;
      }
      if (!copied && doc.status === 'AVAILABLE') missingBytes.push(doc.id);
    }
    documents = { driver: 'file', copied: true, dir: DOCUMENTS, files, missingBytes };
  } else {
    documents = {
      driver: 's3',
      copied: false,
      bucket: storage.bucket,
      note: `el bucket ${storage.bucket} no se copia: protéjalo con el versionado o la replicación del bucket`,
    };
  }

  const files = await describeFiles(dir);
  const manifest: BackupManifest = {
    format: MANIFEST_FORMAT,
    formatVersion: MANIFEST_VERSION,
    createdAt: createdAt.toISOString(),
    snapshotAt: snapshot.snapshotAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    database: { kind: config.database.kind, file: snapshot.file, migrations: snapshot.migrations },
    counts: snapshot.counts,
    documents,
    redis: REDIS_NOTE,
    files,
  };
  // Written last and renamed into place: a backup cut short has no manifest, and restore refuses it.
  await writeFile(join(dir, `${MANIFEST}.tmp`), JSON.stringify(manifest, null, 2) + '\n', { mode: PRIVATE_FILE, flag: 'wx' });
  await rename(join(dir, `${MANIFEST}.tmp`), join(dir, MANIFEST));

  const total = files.reduce((t, f) => t + f.size, 0);
  const dbFile = files.find((f) => f.path === snapshot.file)!;
  const c = manifest.counts;
  const lines = [
    `Copia de seguridad escrita en ${dir}: ${files.length} archivos, ${size(total)}, en ${seconds(manifest.durationMs)}`,
    `  base de datos: ${config.database.kind === 'sqlite' ? 'SQLite, copia en línea' : 'PostgreSQL, pg_dump --format=custom'} (${snapshot.file}, ${size(dbFile.size)}), instantánea de ${manifest.snapshotAt}, ${snapshot.migrations.length} migraciones`,
    `  contenido: ${c.cases} trámites, ${c.history} filas de historial, ${c.pendingTerms} términos pendientes, ${c.documents} documentos, ${c.reports} informes`,
    documents.driver === 'file'
      ? `  documentos: ${documents.files} archivos copiados de ${storage.driver === 'file' ? storage.dir : ''} después de la instantánea` +
        (documents.missingBytes.length
          ? `; ${documents.missingBytes.length} documentos disponibles sin bytes (purgados durante la copia): ${documents.missingBytes.join(', ')}`
          : '')
      : `  documentos: ${documents.note}`,
    `  ${REDIS_NOTE}`,
    `  lo escrito después de la instantánea no está en la copia; restaure con: cli restore --from ${dir}`,
  ];
  return { dir, manifest, lines };
}

/**
 * SQLite's online backup, in one step: the whole copy reads one snapshot (a step holds a read
 * transaction, which in WAL mode never blocks the writers), so a busy database cannot keep
 * restarting a page-by-page copy.
 */
async function sqliteSnapshot(orm: Orm, dir: string) {
  const file = join(dir, SQLITE_FILE);
  const knex = orm.em.getKnex();
  const conn = (await knex.client.acquireConnection()) as SqliteDb;
  let snapshotAt: Date;
  try {
    await privateFile(file);
    // The one step's read transaction starts right after this: taken before it, a client never sees
    // a transition confirmed before the reported recovery point missing from the backup.
    snapshotAt = new Date();
    await conn.backup(file, { progress: () => 0x7fffffff });
  } finally {
    await knex.client.releaseConnection(conn);
  }
  // The copy carries the source's WAL flag: made a self-contained single file, so reading it (and
  // checksumming it) never leaves -wal/-shm files beside it.
  const Database = conn.constructor as SqliteDbClass;
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const query: Query = (sql) => Promise.resolve(copy.prepare(sql).all());
    return { snapshotAt, file: SQLITE_FILE, ...(await contentOf(query)) };
  } finally {
    copy.close();
  }
}

/**
 * pg_dump of a snapshot this connection exported: the counts of the manifest are read in the same
 * snapshot as the dump, so they are exactly what the dump holds.
 */
async function postgresSnapshot(orm: Orm, url: string, dir: string) {
  const knex = orm.em.getKnex();
  const trx = await knex.transaction();
  try {
    await trx.raw('set transaction isolation level repeatable read, read only');
    const exported = (await trx.raw<{ rows: { id: string }[] }>('select pg_export_snapshot() as id')).rows[0].id;
    const snapshotAt = new Date();
    const query: Query = async (sql) => (await trx.raw<{ rows: Record<string, unknown>[] }>(sql)).rows;
    const content = await contentOf(query);
    await privateFile(join(dir, PG_FILE));
    await runTool('pg_dump', ['--format=custom', `--snapshot=${exported}`, '--no-password', `--file=${join(dir, PG_FILE)}`], url);
    return { snapshotAt, file: PG_FILE, ...content };
  } finally {
    await trx.commit();
  }
}

async function contentOf(query: Query) {
  const count = async (sql: string) => Number((await query(`select count(*) as n from ${sql}`))[0].n);
  const counts: BackupCounts = {
    cases: await count('workflow_case'),
    history: await count('case_history'),
    pendingTerms: await count(`deadline where status = 'PENDING'`),
    documents: await count('document'),
    reports: await count('report'),
  };
  const migrations = (await query('select name from mikro_orm_migrations order by id')).map((r) => String(r.name));
  const documents = (await query('select id, status from document order by id')).map((r) => ({
    id: String(r.id),
    status: String(r.status),
  }));
  return { counts, migrations, documents };
}

/** Every file under `dir` (but the manifest), with its size and SHA-256, paths relative and with '/'. */
async function describeFiles(dir: string): Promise<BackupManifest['files']> {
  const out: BackupManifest['files'] = [];
  for (const entry of (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())) {
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (path === MANIFEST || path === `${MANIFEST}.tmp`) continue;
    const full = join(dir, path);
    out.push({ path, size: (await stat(full)).size, sha256: await sha256Of(full) });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

export function sha256Of(file: string): Promise<string> {
  return new Promise((done, fail) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => done(hash.digest('hex')))
      .on('error', fail);
  });
}

// ───────────────────────────── restore ─────────────────────────────

export interface RestoreResult {
  manifest: BackupManifest;
  counts: BackupCounts;
  matches: boolean;
  applied: string[];
  durationMs: number;
  lines: string[];
}

/** Reads and checks a backup: its manifest, and every file's size and SHA-256. Touches nothing. */
export async function verifiedManifest(from: string): Promise<BackupManifest> {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(join(from, MANIFEST), 'utf8')) as BackupManifest;
  } catch (err) {
    throw new BackupRefused(
      (err as NodeJS.ErrnoException).code === 'ENOENT'
        ? `${from} no es una copia de seguridad completa: falta ${MANIFEST}`
        : `${join(from, MANIFEST)} no se puede leer: ${(err as Error).message}`,
    );
  }
  if (manifest.format !== MANIFEST_FORMAT || manifest.formatVersion !== MANIFEST_VERSION || !Array.isArray(manifest.files)) {
    throw new BackupRefused(`${join(from, MANIFEST)} no es un manifiesto de copia de CTI en formato ${MANIFEST_VERSION}`);
  }
  const problems: string[] = [];
  // Restore writes these paths under the database's and the documents' directories: only the names
  // a backup writes are accepted, checked before anything is read or written.
  const kind = manifest.database?.kind;
  const databaseFile = Object.hasOwn(DATABASE_FILE, kind) ? DATABASE_FILE[kind] : undefined;
  if (!databaseFile) problems.push(`database.kind: ${JSON.stringify(kind)} no es sqlite ni postgresql`);
  else if (manifest.database.file !== databaseFile)
    problems.push(
      `database.file: ${JSON.stringify(manifest.database.file)} no es ${databaseFile}, el archivo que escribe una copia de ${kind}`,
    );
  for (const f of manifest.files) {
    if (typeof f?.path !== 'string' || (f.path !== databaseFile && !DOCUMENT_PATH.test(f.path))) {
      problems.push(`${JSON.stringify(f?.path)}: no es un archivo que escriba una copia (${databaseFile ?? 'la base'} o documents/<id>)`);
      continue;
    }
    const full = join(from, f.path);
    const found = await lstat(full).catch(() => null);
    if (!found) {
      problems.push(`${f.path}: falta`);
      continue;
    }
    if (!found.isFile()) {
      problems.push(`${f.path}: no es un archivo regular`);
      continue;
    }
    const actual = found.size;
    if (actual !== f.size) problems.push(`${f.path}: mide ${actual} bytes, el manifiesto dice ${f.size}`);
    else if ((await sha256Of(full)) !== f.sha256) problems.push(`${f.path}: su SHA-256 no coincide con el manifiesto`);
  }
  if (!manifest.files.some((f) => f.path === manifest.database?.file))
    problems.push('el manifiesto no lista el archivo de la base de datos');
  if (problems.length) {
    throw new BackupRefused(`La copia de ${from} está dañada o incompleta; no se restauró nada:\n  ${problems.join('\n  ')}`);
  }
  return manifest;
}

/**
 * Restores a backup into the configured database and documents directory, then applies pending
 * migrations. Refuses, before changing anything, a backup that fails its checksums or names a file
 * a backup never writes, one of the other database kind, a database copy its tool cannot read, a
 * target database with data (unless `force`) and one other processes have open: the API and
 * workers must be stopped for a restore. The database is replaced in one step (SQLite: a rename;
 * PostgreSQL: one transaction holding the emptying and the whole restore), so a restore that fails
 * leaves the database as it was.
 */
export async function restore(config: Config, options: { from: string; force?: boolean }): Promise<RestoreResult> {
  const started = performance.now();
  const from = resolve(options.from);
  const manifest = await verifiedManifest(from);
  if (manifest.database.kind !== config.database.kind) {
    throw new BackupRefused(
      `la copia es de ${manifest.database.kind} y DATABASE_URL apunta a ${config.database.kind}: restaure en una base del mismo tipo`,
    );
  }
  const storage = config.documents.storage;
  if (manifest.documents.driver === 'file' && manifest.documents.files > 0 && storage.driver !== 'file') {
    throw new BackupRefused(
      `la copia trae ${manifest.documents.files} archivos de documentos pero este despliegue guarda los documentos en S3: súbalos al bucket (${from}/${DOCUMENTS}) o restaure con DOCUMENT_STORAGE=file`,
    );
  }
  const archive = join(from, manifest.database.file);
  // The database copy is read through before anything changes: a checksum only says the bytes are
  // the ones the manifest lists, not that the database tool can use them.
  const sqliteCopy = config.database.kind === 'sqlite' ? await checkedSqliteCopy(config, config.database.path, archive) : undefined;
  try {
    if (config.database.kind === 'postgresql') await checkArchive(archive);
    await checkTarget(config, options.force === true);

    // The documents first: if the restore stops half-way, no restored row points to missing bytes
    // (a document's bytes never change under its id, so a file already there is overwritten by the same).
    let documentFiles = 0;
    if (manifest.documents.driver === 'file' && storage.driver === 'file') {
      await mkdir(storage.dir, { recursive: true, mode: PRIVATE_DIR });
      for (const f of manifest.files.filter((x) => DOCUMENT_PATH.test(x.path))) {
        const target = join(storage.dir, f.path.slice(DOCUMENTS.length + 1));
        await copyPrivate(join(from, f.path), `${target}.restore-tmp`);
        await rename(`${target}.restore-tmp`, target);
        documentFiles++;
      }
    }

    if (config.database.kind === 'sqlite') await putSqliteInPlace(sqliteCopy!, config.database.path);
    else await restorePostgres(config.database.url, archive, options.force === true);
    return await afterRestore(config, manifest, from, documentFiles, started);
  } finally {
    if (sqliteCopy) await rm(sqliteCopy, { force: true });
  }
}

async function afterRestore(
  config: Config,
  manifest: BackupManifest,
  from: string,
  documentFiles: number,
  started: number,
): Promise<RestoreResult> {
  const storage = config.documents.storage;
  const orm = await initAppOrm(config);
  let applied: string[];
  let counts: BackupCounts;
  try {
    applied = await migrate(orm);
    const knex = orm.em.getKnex();
    counts = (await contentOf(async (sql) => rowsOf(await knex.raw(sql)))).counts;
  } finally {
    await orm.close(true);
  }
  const matches = (Object.keys(manifest.counts) as (keyof BackupCounts)[]).every((k) => counts[k] === manifest.counts[k]);
  const durationMs = Math.round(performance.now() - started);
  const row = (label: string, k: keyof BackupCounts) =>
    `  ${label.padEnd(22)} ${String(manifest.counts[k]).padStart(8)} ${String(counts[k]).padStart(10)}${counts[k] === manifest.counts[k] ? '' : '  ← distinto'}`;
  const lines = [
    `Copia ${from} (instantánea de ${manifest.snapshotAt}) restaurada en ${config.database.kind === 'sqlite' ? config.database.path : 'la base de DATABASE_URL'} en ${seconds(durationMs)}`,
    `  ${'                      '} ${'copia'.padStart(8)} ${'restaurado'.padStart(10)}`,
    row('trámites', 'cases'),
    row('filas de historial', 'history'),
    row('términos pendientes', 'pendingTerms'),
    row('documentos', 'documents'),
    row('informes', 'reports'),
    applied.length ? `  migraciones aplicadas después de restaurar: ${applied.join(', ')}` : '  sin migraciones pendientes',
    manifest.documents.driver === 'file'
      ? `  documentos: ${documentFiles} archivos restaurados en ${storage.driver === 'file' ? storage.dir : ''}`
      : `  documentos: están en el bucket ${manifest.documents.bucket}, que la copia no incluye (versionado o replicación del bucket)`,
    '  Redis no se restaura: al iniciar, el worker (con un Redis vacío basta) vuelve a encolar desde la base los términos, correos e informes pendientes',
    matches ? '  los conteos coinciden con el manifiesto' : '  LOS CONTEOS NO COINCIDEN CON EL MANIFIESTO',
  ];
  return { manifest, counts, matches, applied, durationMs, lines };
}

const rowsOf = (result: unknown): Record<string, unknown>[] =>
  Array.isArray(result) ? (result as Record<string, unknown>[]) : (result as { rows: Record<string, unknown>[] }).rows;

/** Refuses a target database with data (unless forced) or one another process has open. */
async function checkTarget(config: Config, force: boolean): Promise<void> {
  if (config.database.kind === 'sqlite' && !existsSync(config.database.path)) return;
  const orm = await initAppOrm(config);
  try {
    const knex = orm.em.getKnex();
    let tables: number;
    if (config.database.kind === 'sqlite') {
      tables = Number(
        rowsOf(await knex.raw(`select count(*) as n from sqlite_master where type = 'table' and name not like 'sqlite_%'`))[0].n,
      );
      // Leaving WAL mode needs the only connection to the file: it fails while an API or worker has it open.
      await knex.raw('pragma busy_timeout = 0');
      const mode = await knex.raw('pragma journal_mode = DELETE').then(
        (r) => String(Object.values(rowsOf(r)[0] ?? {})[0]),
        () => 'busy',
      );
      if (mode !== 'delete')
        throw new BackupRefused(`otro proceso tiene abierta ${config.database.path}: detenga la API y los workers antes de restaurar`);
    } else {
      tables = Number(rowsOf(await knex.raw(`select count(*) as n from information_schema.tables where table_schema = 'public'`))[0].n);
      // Client connections only: autovacuum workers and other background processes come and go on
      // their own and do not write the application's data.
      const others = Number(
        rowsOf(
          await knex.raw(
            `select count(*) as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
          ),
        )[0].n,
      );
      if (others > 0) {
        throw new BackupRefused(`hay ${others} conexiones más a la base de DATABASE_URL: detenga la API y los workers antes de restaurar`);
      }
    }
    if (tables > 0 && !force) {
      throw new BackupRefused(
        `la base de destino ya tiene datos (${tables} tablas): restaure en una base nueva, o repita con --force para reemplazarla (se pierde lo que tiene)`,
      );
    }
  } finally {
    await orm.close(true);
  }
}

/**
 * The backup's SQLite file copied beside the target (0600) and read through (`pragma quick_check`):
 * a copy that fails is removed and refused before anything changes. The check runs on the copy,
 * never on the backup's file, which it would otherwise modify.
 */
async function checkedSqliteCopy(config: Config, target: string, archive: string): Promise<string> {
  await mkdir(dirname(resolve(target)), { recursive: true, mode: PRIVATE_DIR });
  const temporary = `${target}.restore-${process.pid}.tmp`;
  await copyPrivate(archive, temporary);
  let problem: string | undefined;
  try {
    const orm = await initAppOrm({ ...config, database: { kind: 'sqlite', path: temporary } });
    try {
      const knex = orm.em.getKnex();
      const rows = rowsOf(await knex.raw('pragma quick_check'));
      const found = rows.map((r) => String(Object.values(r)[0]));
      if (found.join() !== 'ok') problem = found.slice(0, 5).join('; ');
      // Back to a single self-contained file, so the rename moves all of it.
      else await knex.raw('pragma journal_mode = DELETE');
    } finally {
      await orm.close(true);
    }
  } catch (err) {
    problem = (err as Error).message;
  }
  if (problem !== undefined) {
    for (const extra of ['', '-wal', '-shm', '-journal']) await rm(`${temporary}${extra}`, { force: true });
    throw new BackupRefused(`${archive} no es una base SQLite válida (${problem}); no se restauró nada`);
  }
  return temporary;
}

/**
 * Puts the checked copy in place atomically: flushed, then renamed over the target, so the path
 * holds either the old database or the whole copy. A -wal/-shm left beside the target belongs to
 * the old file and would be replayed into the new one: removed first (checkTarget has made sure no
 * process holds it).
 */
async function putSqliteInPlace(temporary: string, target: string): Promise<void> {
  const handle = await open(temporary, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  for (const extra of ['-wal', '-shm', '-journal']) await rm(`${target}${extra}`, { force: true });
  await rename(temporary, target);
}

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
