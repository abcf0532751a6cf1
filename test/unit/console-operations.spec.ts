import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { projectRoot } from '../../src/core/paths';

// The console's build replaces each `graphql(`…`)` call with the generated constant named after
// its operation (`query Foo` → `FooDocument`, console/vite.config.ts). A constant holding that call
// under the same name would then be `const FooDocument = FooDocument`: every page crashed on load
// the one time it happened. This keeps any file from doing it again.
const consoleSrc = join(projectRoot(), 'console', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const GRAPHQL_CONSTANT =
  /(?:const|let|var)\s+(\w+)\s*=\s*graphql\(\s*`\s*(?:query|mutation|subscription)\s+(\w+)|(?:const|let|var)\s+(\w+)\s*=\s*graphql\(\s*`\s*fragment\s+(\w+)/g;

describe('consola: las operaciones de graphql() no llevan el nombre de su documento generado', () => {
  const files = sources(consoleSrc);

  it('encuentra las operaciones de la consola', () => {
    const count = files.reduce((n, file) => n + [...readFileSync(file, 'utf8').matchAll(GRAPHQL_CONSTANT)].length, 0);
    expect(count).toBeGreaterThan(20);
  });

  it('ninguna constante se llama como el documento que el build pondrá en su lugar', () => {
    const clashes = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(GRAPHQL_CONSTANT)]
        .map((m) => (m[1] ? { name: m[1], generated: `${m[2]}Document` } : { name: m[3], generated: `${m[4]}FragmentDoc` }))
        .filter(({ name, generated }) => name === generated)
        .map(({ name }) => `${relative(consoleSrc, file)}: ${name}`),
    );
    expect(clashes).toEqual([]);
  });
});
