import type { DeadlineStatus } from '../../gql/graphql';
import { formatDate } from '../../ui/format';

/** The Spanish name of a term's outcome. */
export const deadlineStatusLabel: Record<DeadlineStatus, string> = {
  PENDING: 'En curso',
  OVERDUE: 'Vencido',
  MET: 'Cumplido',
  MET_LATE: 'Cumplido tarde',
  EXPIRED: 'Venció (se aplicó su consecuencia)',
};

/** "quedan 3 días hábiles", "vence hoy", "vencido hace 2 días hábiles". */
export function remainingText(remaining: number | null | undefined): string | null {
  if (remaining == null) return null;
  if (remaining === 0) return 'vence hoy';
  const n = Math.abs(remaining);
  const days = `${n} ${n === 1 ? 'día hábil' : 'días hábiles'}`;
  return remaining > 0 ? `${n === 1 ? 'queda' : 'quedan'} ${days}` : `vencido hace ${days}`;
}

export interface TermView {
  id: string;
  label: string;
  dueAt: string;
  status: DeadlineStatus;
  overdue: boolean;
  remaining?: number | null;
}

/** One term: its name, due date, días hábiles left and, when late, a badge that says so in words. */
export function TermStatus({ term }: { term: TermView }) {
  const left = remainingText(term.remaining);
  return (
    <span className="term">
      <span className="term-label">{term.label}</span>: vence el {formatDate(term.dueAt)}
      {left && <> ({left})</>}{' '}
      {term.overdue ? (
        <span className="badge badge-overdue">Vencido</span>
      ) : term.remaining != null && term.remaining <= 2 ? (
        <span className="badge badge-warn">Por vencer</span>
      ) : (
        <span className="badge badge-ok">{deadlineStatusLabel[term.status]}</span>
      )}
    </span>
  );
}
