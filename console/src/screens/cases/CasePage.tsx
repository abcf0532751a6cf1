import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import type { ActorRole, CasesCasePageQuery } from '../../gql/graphql';
import { Button, errorAt, FormAlert, NumberField, TextField } from '../../ui/controls';
import { formatDate, formatDateTime, formatNumber } from '../../ui/format';
import { Loading, Notice, Page, QueryError, ScreenError } from '../../ui/page';
import { refusalOf, type Refusal } from '../../ui/problems';
import { ActionForm } from './ActionForm';
import { actionFor } from './actions/registry';
import { CaseChangesDocument, CaseDiagramDocument, CasePageDocument, ExtendTermDocument } from './operations';
import { StateDiagram } from './StateDiagram';
import { deadlineStatusLabel, TermStatus } from './terms';

import './cases.css';

type CaseView = NonNullable<CasesCasePageQuery['case']>;

/** Who acted, in words (the history gives the role's code and the person's user). */
const actorRoleLabel: Record<ActorRole, string> = {
  COORDINATOR: 'Coordinación',
  ADVISOR: 'Asesoría técnica',
  EVALUATOR: 'Evaluación',
  AUDITOR: 'Control interno',
  ENTITY_REPRESENTATIVE: 'Representante legal de la entidad',
  ENTITY_TIC_LEADER: 'Líder TIC de la entidad',
  ENTITY_MEMBER: 'Funcionario(a) de la entidad',
  GUEST: 'Persona invitada',
  SYSTEM: 'La plataforma',
};

const calendarUnit = { BUSINESS: 'días hábiles', CALENDAR: 'días calendario', MONTH: 'meses' } as const;

/** The note a change carried, if any (decisions and requests carry one in their payload). */
const noteOf = (payload: Record<string, unknown>) =>
  ['note', 'reason', 'comment'].map((k) => payload[k]).find((v): v is string => typeof v === 'string' && v.trim() !== '');

function History({ kase }: { kase: CaseView }) {
  return (
    <section aria-labelledby="historial">
      <h2 id="historial">Historial</h2>
      <ol className="timeline">
        {kase.history.map((h) => {
          const note = noteOf(h.payload);
          return (
            <li key={h.id} className="timeline-entry">
              <p className="timeline-title">
                <strong>{h.eventLabel}</strong>
                {h.fromStateLabel ? (
                  <>
                    : {h.fromStateLabel} <span aria-hidden="true">→</span>
                    <span className="visually-hidden">a</span> {h.toStateLabel}
                  </>
                ) : (
                  <>: {h.toStateLabel}</>
                )}
              </p>
              <p className="timeline-meta">
                {actorRoleLabel[h.actorRole]} ({h.actorSubject}) · <time dateTime={h.at}>{formatDateTime(h.at)}</time> (hora de Bogotá)
              </p>
              {note && <p className="timeline-note">Nota: {note}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function ExtendTermForm({ kase, termLabel, onDone }: { kase: CaseView; termLabel: string; onDone(): Promise<unknown> }) {
  const [days, setDays] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [extend, { loading }] = useMutation(ExtendTermDocument);
  return (
    <form
      className="extend-form"
      aria-label={`Prorrogar el término: ${termLabel}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (loading) return;
        setRefusal(null);
        extend({
          variables: {
            input: { caseId: kase.id, expectedVersion: kase.version, idempotencyKey: crypto.randomUUID(), days: days ?? 0, reason },
          },
        }).then(
          () => onDone(),
          (error: unknown) => setRefusal(refusalOf(error)),
        );
      }}
    >
      <FormAlert refusal={refusal} shownPaths={['input.days', 'input.reason']} />
      <NumberField
        label="Días que se agregan (obligatorio)"
        description="Una sola prórroga, antes del vencimiento y hasta el doble del término inicial."
        value={days}
        onChange={setDays}
        minValue={1}
        error={errorAt(refusal, 'input.days')}
        name="input.days"
      />
      <TextField
        label="Motivos de la prórroga (obligatorio)"
        multiline
        value={reason}
        onChange={setReason}
        error={errorAt(refusal, 'input.reason')}
        name="input.reason"
      />
      <Button type="submit" isDisabled={loading}>
        {loading ? 'Enviando…' : 'Prorrogar el término'}
      </Button>
    </form>
  );
}

function Deadlines({ kase, onExtended }: { kase: CaseView; onExtended(): Promise<unknown> }) {
  return (
    <section aria-labelledby="terminos">
      <h2 id="terminos">Términos</h2>
      {kase.deadlines.length === 0 ? (
        <p>Este trámite no tiene términos.</p>
      ) : (
        <ul className="deadline-list">
          {kase.deadlines.map((d) => {
            const running = !d.closedAt;
            return (
              <li key={d.id} className="card">
                <h3>{d.label}</h3>
                {running ? (
                  <p>
                    <TermStatus term={d} />
                  </p>
                ) : (
                  <p>
                    Venció el {formatDate(d.dueAt)}; cerrado el {formatDate(d.closedAt)}: {deadlineStatusLabel[d.status]}
                    {d.overdue && (
                      <>
                        {' '}
                        <span className="badge badge-overdue">Fuera de término</span>
                      </>
                    )}
                  </p>
                )}
                {d.days != null && (
                  <p className="muted">
                    Término de {formatNumber(d.days)} {calendarUnit[d.calendar]}.
                  </p>
                )}
                {d.extendedDays != null && (
                  <p>
                    Prorrogado {formatNumber(d.extendedDays)} {calendarUnit[d.calendar]} (vencía el {formatDate(d.originalDueAt)}).
                    {d.extensionReason && <> Motivos: {d.extensionReason}</>}
                  </p>
                )}
                {/* The API says who may extend it now (the side that owes the answer, once, before it ends). */}
                {d.extendable && <ExtendTermForm kase={kase} termLabel={d.label} onDone={onExtended} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Actions({
  kase,
  onDone,
  onStale,
}: {
  kase: CaseView;
  onDone(result: { label: string; stateLabel: string }): Promise<unknown>;
  onStale(): void;
}) {
  return (
    <section aria-labelledby="acciones">
      <h2 id="acciones">Acciones disponibles</h2>
      {kase.availableEvents.length === 0 ? (
        <p>No tiene acciones disponibles en este trámite.</p>
      ) : (
        kase.availableEvents.map((option) => {
          const entry = actionFor(option.mutation);
          if (entry?.kind === 'form')
            return (
              <ActionForm
                key={`${option.id}:${kase.version}`}
                label={option.label}
                mutation={option.mutation}
                entry={entry}
                kase={kase}
                onDone={onDone}
                onStale={onStale}
              />
            );
          return (
            <div key={option.id} className="card">
              <h3>{option.label}</h3>
              <p>{entry?.kind === 'elsewhere' ? entry.where : 'Esta acción todavía no tiene formulario en la consola.'}</p>
            </div>
          );
        })
      )}
    </section>
  );
}

/**
 * /casos/:id: one case as the API answers it to this person. Its header, history, terms (with
 * their extension), the process's statechart with the current state, and the actions the API
 * lists for this person as forms. A case that does not exist and another entity's case read the
 * same (the API answers null): nothing of it is shown.
 */
export default function CasePage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CasePageDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const diagram = useQuery(CaseDiagramDocument, { fetchPolicy: 'cache-first' });
  const [done, setDone] = useState<string | null>(null);
  const kase = data?.case;
  // A change made elsewhere (the entity resubmits, a term lapses) reloads the page's data.
  useSubscription(CaseChangesDocument, {
    variables: { id },
    skip: !kase,
    onData: () => void refetch(),
  });

  if (!data && loading) return <Loading label="Cargando el trámite…" />;
  if (error && !data) return <ScreenError error={error} />;
  if (!kase)
    return (
      <Page title="Trámite no disponible">
        <div className="alert alert-error" role="alert">
          <p>El trámite no existe o no tiene acceso a él.</p>
        </div>
        <p>
          <Link to="/">Volver al inicio</Link>
        </p>
      </Page>
    );

  const definition = diagram.data?.processDefinitions.find((d) => d.process === kase.process && d.version === kase.machineVersion);
  const afterAction = async ({ label, stateLabel }: { label: string; stateLabel: string }) => {
    await refetch();
    setDone(`Se registró «${label}». El trámite quedó en: ${stateLabel}.`);
  };

  return (
    <Page title={`${kase.processLabel}: ${kase.entity.name}`}>
      <dl className="case-header">
        <div>
          <dt>Entidad</dt>
          <dd>
            {kase.entity.name} ({kase.entity.departmentName})
          </dd>
        </div>
        <div>
          <dt>Proceso</dt>
          <dd>{kase.processLabel}</dd>
        </div>
        <div>
          <dt>Estado</dt>
          <dd className="case-state">{kase.stateLabel}</dd>
        </div>
        <div>
          <dt>Versión</dt>
          <dd>{kase.version}</dd>
        </div>
        <div>
          <dt>Último cambio</dt>
          <dd>{formatDateTime(kase.updatedAt)}</dd>
        </div>
      </dl>
      {kase.lastNote && <p className="muted">Última nota: {kase.lastNote}</p>}
      {done && <Notice>{done}</Notice>}
      <Actions kase={kase} onDone={afterAction} onStale={() => void refetch()} />
      <section aria-labelledby="diagrama">
        <h2 id="diagrama">Diagrama del proceso</h2>
        {definition ? (
          <StateDiagram mermaidText={definition.mermaid} state={kase.state} stateLabel={kase.stateLabel} processLabel={kase.processLabel} />
        ) : diagram.error ? (
          <QueryError error={diagram.error} />
        ) : (
          <Loading label="Cargando el diagrama…" />
        )}
      </section>
      <Deadlines
        kase={kase}
        onExtended={async () => {
          await refetch();
          setDone('Se prorrogó el término.');
        }}
      />
      <History kase={kase} />
    </Page>
  );
}
