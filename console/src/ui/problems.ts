import { CombinedGraphQLErrors } from '@apollo/client';

/** One refusal of an input, as the API gives it in `extensions.problems` (`path` rooted at the argument name). */
export interface Problem {
  path: string;
  code: string;
  message: string;
}

export interface Refusal {
  /** What to say at the top of the form (the error's message, or a generic one). */
  message: string;
  code: string | undefined;
  problems: Problem[];
}

/**
 * The API's answer to a failed operation, for a form: its code, its message and the problems it
 * lists per field. Network failures say so in Spanish.
 */
export function refusalOf(error: unknown): Refusal | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = (first?.extensions ?? {}) as { code?: string; problems?: Problem[] };
    const problems = error.errors.flatMap((e) => (e.extensions as { problems?: Problem[] } | undefined)?.problems ?? []);
    return { message: first?.message ?? 'La operación fue rechazada.', code: extensions.code, problems };
  }
  if (error instanceof Error && /fetch|network/i.test(error.message)) {
    return { message: 'No fue posible comunicarse con el servidor. Revise su conexión e intente de nuevo.', code: 'NETWORK', problems: [] };
  }
  return { message: error instanceof Error ? error.message : 'Ocurrió un error inesperado.', code: undefined, problems: [] };
}

/** The message of the problem at `path` (exact, or the first one under it). */
export function problemAt(refusal: Refusal | null | undefined, path: string): string | undefined {
  if (!refusal) return undefined;
  return (
    refusal.problems.find((p) => p.path === path) ??
    refusal.problems.find((p) => p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`))
  )?.message;
}
