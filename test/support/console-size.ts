import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { consoleDist } from '../../src/core/http/console';

/** One chunk of Vite's manifest (console/dist/.vite/manifest.json). */
interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface ConsoleSizes {
  /** What the first load runs: the entry and everything it imports statically (not `import()`). */
  initial: ChunkSize[];
  initialGzipBytes: number;
  /** Chunks loaded on demand (screens, mermaid, vega, tus, OpenID Connect), by manifest key. */
  lazy: (ChunkSize & { key: string })[];
}

/** Gzip level 6, what a server's compression typically sends (this API's `compression` too). */
const sizeOf = (dist: string, file: string): ChunkSize => {
  const body = readFileSync(join(dist, file));
  return { file, bytes: body.length, gzipBytes: gzipSync(body, { level: 6 }).length };
};

/** The console's JavaScript, measured from the build's manifest: the initial load and the lazy chunks. */
export function consoleSizes(dist = consoleDist()): ConsoleSizes {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error('el manifiesto de Vite no tiene entrada');
  const initialKeys = new Set<string>();
  const visit = (key: string) => {
    if (initialKeys.has(key)) return;
    initialKeys.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  visit(entry);
  const initial = [...initialKeys].map((key) => sizeOf(dist, manifest[key].file));
  const lazy = Object.keys(manifest)
    .filter((key) => !initialKeys.has(key) && manifest[key].file.endsWith('.js'))
    .map((key) => ({ key, ...sizeOf(dist, manifest[key].file) }));
  return { initial, initialGzipBytes: initial.reduce((sum, c) => sum + c.gzipBytes, 0), lazy };
}

/** The budget issue 25 sets for the first load's JavaScript, gzipped. */
export const INITIAL_JS_BUDGET_GZIP_BYTES = 300_000;
