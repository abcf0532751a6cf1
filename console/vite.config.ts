import { fileURLToPath } from 'node:url';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Screen areas with their own generated documents (codegen.yml); everything else is `common`. */
const AREAS = ['entity', 'cases', 'programme'] as const;
const inArea = (area: string) => (file?: string) => Boolean(file?.replaceAll('\\', '/').includes(`/src/screens/${area}/`));
const optimizer = (area: string) =>
  [babelOptimizerPlugin, { artifactDirectory: `${here}src/screens/${area}/gql`, gqlTagName: 'graphql' }] as [
    typeof babelOptimizerPlugin,
    object,
  ];

// The console is built to console/dist/ and served by the API process at `/` (src/core/http/console.ts):
// hashed files under /assets/ (cached for good) and index.html for every console path. The manifest
// tells the server and the size budget (test/console/bundle-budget.ts) which chunks the first load needs.
export default defineConfig({
  root: here,
  base: '/',
  plugins: [
    react({
      // Each `graphql(`…`)` becomes an import of that one typed document; without it, src/gql/gql.ts's
      // map of every document would sit in the first load.
      // Each area has its own generated documents (codegen.yml), so an area's operations ship in its
      // own chunks and the first load carries only the shell's (common).
      babel: {
        overrides: [
          ...AREAS.map((area) => ({ test: inArea(area), plugins: [optimizer(area)] })),
          { test: (file?: string) => !AREAS.some((area) => inArea(area)(file)), plugins: [optimizer('common')] },
        ],
      },
    }),
  ],
  build: {
    // CONSOLE_DIST_DIR: the folder the API serves instead (src/core/http/console.ts), e.g. a test's own.
    outDir: process.env.CONSOLE_DIST_DIR ?? 'dist',
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  server: {
    // `npm run console:dev`: Vite serves the console and passes the API's paths to `npm start`'s process.
    port: 5173,
    proxy: Object.fromEntries(
      ['/graphql', '/demo', '/uploads', '/documents', '/reports', '/public', '/health'].map((path) => [
        path,
        { target: process.env.CTI_API_URL ?? 'http://127.0.0.1:4000', ws: path === '/graphql', changeOrigin: false },
      ]),
    ),
  },
});
