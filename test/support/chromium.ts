import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's `chromium` (installed by .ci/ensure-system.sh); missing, the browser suites fail saying so. */
export function chromiumPath(): string {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'])
    if (candidate && existsSync(candidate)) return candidate;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'Chromium no está instalado y la prueba de navegador lo necesita: ejecute `bash .ci/ensure-system.sh chromium` ' +
        '(como root) o `sudo apt-get install chromium`, o indique el ejecutable en CHROMIUM_PATH.',
    );
  }
}
