// `npm test`: the whole suite once on SQLite and once on PostgreSQL, each with a real Redis, then
// one summary line. Arguments after `--` go to Jest (e.g. `npm test -- test/unit`).
// Installs what is missing first, so it works on a fresh clone of a fresh machine.
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status;

if (run('bash', ['.ci/ensure-system.sh', 'redis-server', 'postgresql', 'chromium', 'haproxy', 'prometheus']) !== 0) process.exit(1);
if (!existsSync(join(root, 'node_modules')) && run('npm', ['ci']) !== 0) process.exit(1);

// The browser suites (test/console/) load the console the API serves: built once, before Jest.
if (run(process.execPath, [join(root, 'test', 'support', 'build-console.js')]) !== 0) process.exit(1);

const { summarize, RESULTS_DIR } = require('./support/summary');
rmSync(RESULTS_DIR, { recursive: true, force: true });
mkdirSync(RESULTS_DIR, { recursive: true });

let exit = 0;
for (const db of ['sqlite', 'postgresql']) {
  console.log(`\n=== Tests en ${db} ===`);
  const jestBin = join(root, 'node_modules', 'jest', 'bin', 'jest.js');
  const status = run(process.execPath, [jestBin, '--json', `--outputFile=${join(RESULTS_DIR, `${db}.json`)}`, ...process.argv.slice(2)], {
    TEST_DB: db,
  });
  if (status !== 0) exit = 1;
}
console.log('');
const total = summarize();
if (total.failed > 0 || total.passed === 0) exit = 1;
process.exit(exit);
