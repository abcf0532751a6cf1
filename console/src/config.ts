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
    // Vite's dev server serves index.html as written: the demo sign-in of `npm start` behind its proxy.
    return { signIn: parsed.signIn ?? { kind: 'demo' } };
  } catch {
    return { signIn: { kind: 'none', reason: 'La configuración de la consola es inválida.' } };
  }
}

export const settings: ConsoleSettings = read();
