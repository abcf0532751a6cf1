import { formatDate } from '../../ui/format';

/** A term as the API gives it (Case.deadlines). */
export interface Term {
  id: string;
  label: string;
  dueAt: string;
  remaining?: number | null;
  overdue: boolean;
  status: string;
  closedAt?: string | null;
  owner: string;
}

/** How much time is left, in words (the API counts `remaining` in días hábiles). */
export function remainingText(term: Term): string {
  if (term.remaining == null) return '';
  if (term.remaining > 1) return `quedan ${term.remaining} días hábiles`;
  if (term.remaining === 1) return 'queda 1 día hábil';
  if (term.remaining === 0) return 'vence hoy';
  const late = -term.remaining;
  return `vencido hace ${late} ${late === 1 ? 'día hábil' : 'días hábiles'}`;
}

const sideText: Record<string, string> = { ENTITY: 'La entidad', MINISTRY: 'El Ministerio', ADVISOR: 'El asesor asignado', NONE: '—' };

/**
 * The terms still running of a case: what each is, when it ends, how many días hábiles are left,
 * and whether it is overdue (said in words and with a badge, never by colour alone).
 */
export function RunningTerms({ terms, caption }: { terms: readonly Term[]; caption: string }) {
  const running = terms.filter((t) => !t.closedAt);
  if (running.length === 0) return <p className="entity-muted">Sin términos en curso.</p>;
  return (
    <table aria-label={caption}>
      <thead>
        <tr>
          <th scope="col">Término</th>
          <th scope="col">Responde</th>
          <th scope="col">Vence</th>
          <th scope="col">Situación</th>
        </tr>
      </thead>
      <tbody>
        {running.map((t) => (
          <tr key={t.id}>
            <td>{t.label}</td>
            <td>{sideText[t.owner] ?? t.owner}</td>
            <td>{formatDate(t.dueAt)}</td>
            <td>
              {t.overdue ? (
                <span className="badge badge-overdue">Vencido</span>
              ) : t.remaining != null && t.remaining <= 2 ? (
                <span className="badge badge-warn">Por vencer</span>
              ) : (
                <span className="badge badge-ok">A tiempo</span>
              )}{' '}
              {remainingText(t)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
