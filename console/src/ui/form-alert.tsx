import type { Refusal } from './problems';

/**
 * The top of a form after the API refused it: the message, and every problem no field shows
 * (`shownPaths` are the paths the form's fields display), announced to screen readers.
 */
export function FormAlert({ refusal, shownPaths = [] }: { refusal: Refusal | null | undefined; shownPaths?: string[] }) {
  if (!refusal) return null;
  const rest = refusal.problems.filter(
    (p) => !shownPaths.some((path) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`)),
  );
  // The API's message for refused input repeats each problem with its path; the fields say them.
  const message =
    refusal.code === 'BAD_USER_INPUT' && refusal.problems.length > 0
      ? rest.length < refusal.problems.length
        ? 'No se pudo completar: revise los campos señalados.'
        : 'No se pudo completar:'
      : refusal.message;
  return (
    <div className="alert alert-error" role="alert">
      <p>{message}</p>
      {rest.length > 0 && (
        <ul>
          {rest.map((p) => (
            <li key={`${p.path}:${p.code}`}>{p.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
