import { Label, Meter, ProgressBar } from 'react-aria-components';

import { Button } from '../../ui/controls';
import { formatPercent, formatPesos } from '../../ui/format';

import './programme.css';

/** The API's enums without a label field, in the Spanish of their schema descriptions. */
export const CALL_STATUS_LABEL: Record<string, string> = { DRAFT: 'Borrador', PUBLISHED: 'Publicada' };
export const REPORT_STATUS_LABEL: Record<string, string> = {
  QUEUED: 'En cola',
  RUNNING: 'Generándose',
  READY: 'Listo para descargar',
  FAILED: 'Falló',
};
export const REPORT_KIND_LABEL: Record<string, string> = {
  CASELOAD: 'Carga de trámites',
  CTI_INDEX: 'Índice CTI de una vigencia',
  ADOPTION: 'Adopción del Modelo de Madurez',
  FOLLOW_UP: 'Seguimiento de un plan de acción',
  ROADMAP: 'Hoja de ruta de un acompañamiento',
};
export const REPORT_FORMAT_LABEL: Record<string, string> = { PDF: 'PDF', XLSX: 'Excel (XLSX)', CSV: 'CSV' };
export const INVITATION_STATUS_LABEL: Record<string, string> = {
  PENDING: 'Pendiente',
  ACCEPTED: 'Aceptada',
  EXPIRED: 'Vencida',
  REVOKED: 'Revocada',
};
export const PERSON_STATUS_LABEL: Record<string, string> = { ACTIVE: 'Activa', DEACTIVATED: 'Desactivada', ANONYMIZED: 'Anonimizada' };
export const DECISION_LABEL: Record<string, string> = { APPROVED: 'Aprobada', WAITLISTED: 'En lista de espera', REJECTED: 'Rechazada' };

/**
 * A call's money: what is committed against the budget, as a meter whose text says the figures
 * (never the bar alone), and the remaining amount beside it.
 */
export function BudgetMeter({ budget, committed, remaining }: { budget: number; committed: number; remaining: number }) {
  const share = budget > 0 ? committed / budget : 0;
  return (
    <div className="budget">
      <dl className="budget-figures">
        <div>
          <dt>Presupuesto</dt>
          <dd className="num">{formatPesos(budget)}</dd>
        </div>
        <div>
          <dt>Comprometido</dt>
          <dd className="num" data-testid="committed">
            {formatPesos(committed)}
          </dd>
        </div>
        <div>
          <dt>Por comprometer</dt>
          <dd className="num" data-testid="remaining">
            {formatPesos(remaining)}
          </dd>
        </div>
      </dl>
      <Meter
        className="meter"
        value={committed}
        minValue={0}
        maxValue={Math.max(budget, 1)}
        valueLabel={`${formatPesos(committed)} de ${formatPesos(budget)} (${formatPercent(share)})`}
      >
        {({ percentage, valueText }) => (
          <>
            <Label>Presupuesto comprometido</Label>
            <span className="meter-value">{valueText}</span>
            <div className="meter-track" aria-hidden="true">
              <div className="meter-fill" style={{ width: `${percentage}%` }} />
            </div>
          </>
        )}
      </Meter>
    </div>
  );
}

/** A report's progress: the bar and, in words, its percentage and what the job is doing. */
export function ReportProgress({ value, label }: { value: number; label: string }) {
  return (
    <ProgressBar className="meter" value={value} minValue={0} maxValue={100}>
      {({ percentage, valueText }) => (
        <>
          <Label>{label}</Label>
          <span className="meter-value">{valueText}</span>
          <div className="meter-track" aria-hidden="true">
            <div className="meter-fill" style={{ width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}

/** "Cargar más" for a Relay connection merged page by page in the cache (apollo.ts). */
export function LoadMore({ hasMore, loading, onLoad, what }: { hasMore: boolean; loading: boolean; onLoad(): void; what: string }) {
  if (!hasMore) return null;
  return (
    <Button variant="secondary" isDisabled={loading} onPress={onLoad}>
      {loading ? 'Cargando…' : `Cargar más ${what}`}
    </Button>
  );
}
