// Builds the web console (console/dist) when it is missing or older than its sources; `npm test`
// runs it before Jest, and the browser suites call it too (under a lock, so two Jest workers never
// build at once, and the second finds the first's build fresh). Exits non-zero if the build fails.
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const consoleDir = join(root, 'console');
// CONSOLE_DIST_DIR: another output folder (the API serves the same one: src/core/http/console.ts).
const distDir = process.env.CONSOLE_DIST_DIR ?? join(consoleDir, 'dist');
const distIndex = join(distDir, 'index.html');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const fresh = () => existsSync(distIndex) && statSync(distIndex).mtimeMs >= newestSource(consoleDir);

if (!fresh()) {
  console.log('Construyendo la consola web (console/dist)…');
  execFileSync('npm', ['run', '-s', 'console:build', '--', '--outDir', distDir, '--emptyOutDir'], {
    cwd: root,
    stdio: 'inherit',
    // Jest sets NODE_ENV=test, with which Vite would bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
