import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder holding package.json, whether running from src/ (tests) or dist/src/ (built). */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json no encontrado');
    dir = parent;
  }
  return dir;
}

/** True when this code runs as TypeScript source (Jest, ts-node) rather than compiled output. */
export const runningFromSource = __filename.endsWith('.ts');
