/** What the server tells the console at start (src/core/http/console.ts writes it in a meta tag). */
export interface ConsoleSettings {
  signIn:
    | { kind: 'demo' }
    | { kind: 'oidc'; authority: string; clientId: string; scope: string; resource?: string }
    | { kind: 'none'; reason: string };
}

function read(): ConsoleSettings {
  const raw = document.querySelector('meta[name="cti-config"]')?.getAttribute('content') ?? '{}';
  try {
    const parsed = JSON.parse(raw) as Partial<ConsoleSettings>;
    if (parsed.signIn) return { signIn: parsed.signIn };
    // Vite's dev server (`npm run console:dev`) serves index.html as written: the demo sign-in of
    // `npm start` behind its proxy. A built page without settings signs nobody in.
    return {
      signIn: import.meta.env.DEV ? { kind: 'demo' } : { kind: 'none', reason: 'El servidor no envió la configuración de la consola.' },
    };
  } catch {
    return { signIn: { kind: 'none', reason: 'La configuración de la consola es inválida.' } };
  }
}

export const settings: ConsoleSettings = read();
