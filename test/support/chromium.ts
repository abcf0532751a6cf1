import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

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

/** A plain HTTP server on a free loopback port serving `html` at `/`: a page of another origin than the API's. */
export async function pageServer(html: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
