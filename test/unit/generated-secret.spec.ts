import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ConfigError } from '../../src/config/env';
import { readOrCreateSecret } from '../../src/config/generated-secret';

describe('readOrCreateSecret', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cti-secret-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a private secret once and returns the same one afterwards', () => {
    const varDir = join(dir, 'var');
    const first = readOrCreateSecret(varDir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readOrCreateSecret(varDir)).toBe(first);
    expect(readFileSync(join(varDir, 'jwt-secret'), 'utf8').trim()).toBe(first);
    expect(statSync(join(varDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
  });

  it('refuses a damaged secret file instead of signing with it', () => {
    writeFileSync(join(dir, 'jwt-secret'), 'short\n');
    expect(() => readOrCreateSecret(dir)).toThrow(ConfigError);
  });
});
