import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ConfigError } from './env';

/**
 * Reads, or creates once, the signing secret of the embedded default under VAR_DIR. It is written
 * to a temporary file and linked into place, so a process starting at the same moment reads
 * either nothing or the whole secret, never a half-written one.
 */
export function readOrCreateSecret(varDir: string): string {
  const file = join(varDir, 'jwt-secret');
  const existing = readSecret(file);
  if (existing !== undefined) return existing;
  mkdirSync(varDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, secret + '\n', { mode: 0o600 });
  try {
    linkSync(temporary, file);
    return secret;
  } catch (err) {
    // Another process linked its secret first: use theirs so both sign alike.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readSecret(file)!;
    throw err;
  } finally {
    rmSync(temporary, { force: true });
  }
}

function readSecret(file: string): string | undefined {
  let secret: string;
  try {
    secret = readFileSync(file, 'utf8').trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  if (secret.length < 32) {
    throw new ConfigError('JWT_SECRET', `no está definido y ${file} no contiene un secreto válido: bórrelo para generar otro`);
  }
  return secret;
}
