import { ensureConsoleBuilt } from '../support/console-browser';
import { consoleSizes, INITIAL_JS_BUDGET_GZIP_BYTES } from '../support/console-size';

// The first load of the console stays small: the shell only. Screens and the heavy libraries
// (Mermaid, Vega, tus, OpenID Connect) load with `import()` when a screen needs them.
describe('consola web: tamaño de la primera carga', () => {
  beforeAll(() => ensureConsoleBuilt(), 180_000);

  it(`el JavaScript inicial pesa como mucho ${INITIAL_JS_BUDGET_GZIP_BYTES} bytes con gzip y cada pantalla es su propio fragmento`, () => {
    const sizes = consoleSizes();
    console.log(
      `JavaScript inicial: ${sizes.initialGzipBytes} B gzip (${sizes.initial.map((c) => `${c.file} ${c.gzipBytes}`).join(', ')}); ` +
        `${sizes.lazy.length} fragmentos diferidos, el mayor ${Math.max(...sizes.lazy.map((c) => c.gzipBytes))} B gzip`,
    );
    expect(sizes.initialGzipBytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_GZIP_BYTES);
    // Code split by route: every screen module under src/screens/ (the sign-in aside, which the
    // first load shows) is a chunk of its own, and OpenID Connect's client loads only where it is used.
    const lazyKeys = sizes.lazy.map((c) => c.key);
    expect(lazyKeys).toContain('src/screens/common/NotFound.tsx');
    expect(lazyKeys).toContain('src/auth/oidc.ts');
  });
});
