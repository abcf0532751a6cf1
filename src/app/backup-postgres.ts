import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';

/*
 * The PostgreSQL side of `cli backup` and `cli restore` (src/app/backup.ts): running pg_dump,
 * pg_restore and psql with the password kept off their command lines and out of every message,
 * and the restore as one transaction.
 */

/** A refusal the operator can act on (bad arguments, a corrupt backup, a target with data): exit 2. */
export class BackupRefused extends Error {}
/** A failure of a tool or of the storage (pg_dump, disk): exit 1. */
export class BackupFailed extends Error {}

/** How pg_dump, pg_restore and psql reach the database: the URL without its password, and the password in PGPASSWORD. */
interface PgConnection {
  dbname: string;
  env: NodeJS.ProcessEnv;
  password: string;
}

/**
 * The password never goes on a command line (where `ps` shows it to every local user) nor in any
 * message: taken out of the URL (and out of its query string, where libpq also reads one) into
 * PGPASSWORD.
 */
function pgConnection(url: string): PgConnection {
  const parsed = new URL(url);
  let password = decodeURIComponent(parsed.password);
  parsed.password = '';
  const inQuery = parsed.searchParams.get('password');
  if (inQuery !== null) {
    password ||= inQuery;
    parsed.searchParams.delete('password');
  }
  return { dbname: parsed.toString(), password, env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

interface ToolRun {
  child: ChildProcess;
  /** Settles once the tool has exited and its output is read: its exit code (null if killed) and the end of its stderr. */
  finished: Promise<{ code: number | null; stderr: string }>;
}

function startTool(tool: string, args: string[], env: NodeJS.ProcessEnv, stdio: StdioOptions): ToolRun {
  const child = spawn(tool, args, { env, stdio });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const finished = new Promise<{ code: number | null; stderr: string }>((done, fail) => {
    child.on('error', (err: NodeJS.ErrnoException) =>
      fail(
        new BackupFailed(
          err.code === 'ENOENT' ? `${tool} no está instalado (apt-get install postgresql-client)` : `${tool}: ${err.message}`,
        ),
      ),
    );
    child.on('close', (code) => done({ code, stderr }));
  });
  return { child, finished };
}

/** Runs pg_dump against the URL. */
export async function runTool(tool: string, args: string[], url: string): Promise<void> {
  const conn = pgConnection(url);
  const { code, stderr } = await startTool(tool, [...args, `--dbname=${conn.dbname}`], conn.env, ['ignore', 'ignore', 'pipe']).finished;
  if (code !== 0) throw new BackupFailed(`${tool} terminó con código ${code}: ${redact(stderr, conn.password).trim()}`);
}

const redact = (text: string, secret: string) => (secret ? text.split(secret).join('***') : text);

/**
 * `pg_restore --list` reads the archive's table of contents: a file it cannot read is refused
 * before anything changes. An archive with large objects is refused too: pg_restore wraps each in
 * its own BEGIN/COMMIT, which would commit the restore's one transaction half-way (this
 * application stores none; such an archive is not one of its backups).
 */
export async function checkArchive(archive: string): Promise<void> {
  const list = startTool('pg_restore', ['--list', archive], process.env, ['ignore', 'pipe', 'pipe']);
  let toc = '';
  list.child.stdout!.on('data', (d: Buffer) => (toc += d.toString()));
  const { code, stderr } = await list.finished;
  if (code !== 0) throw new BackupRefused(`pg_restore no puede leer ${archive} (${stderr.trim()}); no se restauró nada`);
  if (/^\d+; \d+ \d+ (BLOB|BLOBS|BLOB METADATA|LARGE OBJECT) /m.test(toc))
    throw new BackupRefused(`${archive} trae objetos grandes (large objects), que una copia de CTI no tiene; no se restauró nada`);
}

/**
 * The restore as ONE transaction: pg_restore turns the archive into SQL (`--file=-`, no
 * connection) and psql runs it after `BEGIN` and, with `--force`, the emptying of the public
 * schema. COMMIT is written only once pg_restore has produced the whole script and exited 0; if it
 * fails (an unreadable data block, a full disk) or psql stops at an error (ON_ERROR_STOP), psql is
 * killed without it and PostgreSQL rolls everything back: the old tables are still there. (psql's
 * own --single-transaction would commit at the end of its input, even input cut short.)
 */
const COMMITTED = 'cti-restore-committed';

export async function restorePostgres(url: string, archive: string, force: boolean): Promise<void> {
  const conn = pgConnection(url);
  const prelude = [
    'BEGIN;',
    // A process that connected after checkTarget and holds a table: fail rather than wait forever.
    "SET LOCAL lock_timeout = '30s';",
    // The public schema as initdb makes it (usable by every role, its standard comment), so a later
    // pg_dump of this database writes nothing about it that a restore elsewhere could trip on.
    ...(force
      ? [
          'DROP SCHEMA public CASCADE;',
          'CREATE SCHEMA public;',
          'GRANT USAGE ON SCHEMA public TO PUBLIC;',
          "COMMENT ON SCHEMA public IS 'standard public schema';",
        ]
      : []),
    '',
  ].join('\n');
  const psql = startTool(
    'psql',
    ['--no-psqlrc', '--quiet', '--no-password', '--set=ON_ERROR_STOP=1', `--dbname=${conn.dbname}`],
    conn.env,
    ['pipe', 'pipe', 'pipe'],
  );
  let said = '';
  psql.child.stdout!.on('data', (d: Buffer) => (said = (said + d.toString()).slice(-200)));
  const stdin = psql.child.stdin!;
  // psql stopping at an error closes its end of the pipe: its exit code says what happened.
  stdin.on('error', () => {});
  stdin.write(prelude);
  const script = startTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--file=-', archive], process.env, [
    'ignore',
    'pipe',
    'pipe',
  ]);
  script.child.stdout!.pipe(stdin, { end: false });
  // psql gone: nothing reads the script any more, and pg_restore would block on a full pipe.
  void psql.finished.then(
    () => script.child.exitCode === null && script.child.kill(),
    () => script.child.kill(),
  );
  const made = await script.finished.catch((err: Error) => ({ code: -1, stderr: err.message }));
  // On a line of its own (the script's last line could lack its newline); the echo after it is
  // printed only if the COMMIT succeeded (ON_ERROR_STOP), so success is seen, not assumed.
  if (made.code === 0 && psql.child.exitCode === null) stdin.end(`\nCOMMIT;\n\\echo ${COMMITTED}\n`);
  else psql.child.kill('SIGKILL');
  const ran = await psql.finished;
  if (ran.code === 0 && made.code === 0 && said.includes(COMMITTED)) return;
  const why =
    ran.code !== 0 && ran.code !== null
      ? `psql terminó con código ${ran.code}: ${ran.stderr}`
      : made.code !== 0
        ? `pg_restore terminó con código ${made.code}: ${made.stderr}`
        : `psql terminó sin confirmar el COMMIT: ${ran.stderr}`;
  throw new BackupFailed(
    `${redact(why, conn.password).trim()}\nLa restauración es una sola transacción y se deshizo: la base quedó como estaba`,
  );
}
