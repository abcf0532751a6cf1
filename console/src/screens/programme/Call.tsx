import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Link, useParams } from 'react-router';

import { graphql } from '../../gql';
import type { ProgrammeCallQuery } from '../../gql/graphql';
import { Button, errorAt, FormAlert, TextField } from '../../ui/controls';
import { formatDate, formatNumber, formatPesos } from '../../ui/format';
import { Loading, Notice, Page, QueryError } from '../../ui/page';
import { refusalOf } from '../../ui/problems';
import { useViewer } from '../../viewer';
import { BudgetMeter, CALL_STATUS_LABEL, DECISION_LABEL } from './shared';

/** Applications read at once: a call's ranking is read whole (a call receives a few dozen). */
const RANKING_SIZE = 100;

/**
 * Who may order a call's applications by score: the API refuses that order to everyone else (it
 * would reveal scores their role does not see), and refused, the whole page would be unreadable.
 */
const RANKED_BY = ['COORDINATOR', 'AUDITOR'];

export const ProgrammeCall = graphql(`
  query ProgrammeCall($id: ID!, $first: Int!, $orderBy: ApplicationOrderBy!) {
    call(id: $id) {
      id
      title
      status
      open
      opensAt
      closesAt
      budget
      committed
      remaining
      capPerApplication
      minScore
      applications(first: $first, orderBy: $orderBy) {
        totalCount
        edges {
          node {
            id
            title
            score
            totals {
              id
              futic
            }
            decision {
              id
              outcome
              note
              decidedAt
            }
            case {
              id
              state
              stateLabel
              version
              availableEvents {
                id
                event
                label
              }
              entity {
                id
                code
                name
                departmentName
              }
            }
          }
        }
      }
    }
  }
`);

const ProgrammeApprove = graphql(`
  mutation ProgrammeApprove($input: CaseActionInput!) {
    approveApplication(input: $input) {
      case {
        id
        state
        stateLabel
        version
        availableEvents {
          id
          event
          label
        }
        application {
          id
          decision {
            id
            outcome
            note
            decidedAt
          }
          call {
            id
            committed
            remaining
          }
        }
      }
    }
  }
`);

const ProgrammeWaitlist = graphql(`
  mutation ProgrammeWaitlist($input: CaseNoteInput!) {
    waitlistApplication(input: $input) {
      case {
        id
        state
        stateLabel
        version
        availableEvents {
          id
          event
          label
        }
        application {
          id
          decision {
            id
            outcome
            note
            decidedAt
          }
        }
      }
    }
  }
`);

const ProgrammeReject = graphql(`
  mutation ProgrammeReject($input: CaseNoteInput!) {
    rejectApplication(input: $input) {
      case {
        id
        state
        stateLabel
        version
        availableEvents {
          id
          event
          label
        }
        application {
          id
          decision {
            id
            outcome
            note
            decidedAt
          }
        }
      }
    }
  }
`);

type Call = NonNullable<ProgrammeCallQuery['call']>;
type Application = Call['applications']['edges'][number]['node'];
/** The committee's events, in the order the buttons show them. */
const COMMITTEE_EVENTS = ['APPROVE', 'WAITLIST', 'REJECT'] as const;
type CommitteeEvent = (typeof COMMITTEE_EVENTS)[number];

/** Places in the ranking by score (ties share a place: 1, 2, 2, 4); unscored applications have none. */
function ranks(applications: Application[]): (number | null)[] {
  let previous: number | null = null;
  let place = 0;
  return applications.map((a, i) => {
    if (a.score == null) return null;
    if (a.score !== previous) place = i + 1;
    previous = a.score;
    return place;
  });
}

function DecisionDialog({
  call,
  application,
  event,
  label,
  onClose,
  onDone,
}: {
  call: Call;
  application: Application;
  event: CommitteeEvent;
  label: string;
  onClose(): void;
  onDone(message: string): void;
}) {
  const [note, setNote] = useState('');
  // One key per opened decision: a repeated press or a retried request never decides twice.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const options = { refetchQueries: [ProgrammeCall], awaitRefetchQueries: true };
  const [approve, approving] = useMutation(ProgrammeApprove, options);
  const [waitlist, waitlisting] = useMutation(ProgrammeWaitlist, options);
  const [reject, rejecting] = useMutation(ProgrammeReject, options);
  const current = event === 'APPROVE' ? approving : event === 'WAITLIST' ? waitlisting : rejecting;
  const refusal = refusalOf(current.error);
  const needsNote = event !== 'APPROVE';
  const entity = application.case.entity.name;
  const base = { caseId: application.case.id, expectedVersion: application.case.version, idempotencyKey };

  const submit = async () => {
    try {
      if (event === 'APPROVE') await approve({ variables: { input: base } });
      else if (event === 'WAITLIST') await waitlist({ variables: { input: { ...base, note } } });
      else await reject({ variables: { input: { ...base, note } } });
      onDone(`${label}: decisión registrada para ${entity}.`);
    } catch {
      // The refusal is shown from the mutation's error.
    }
  };

  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable onOpenChange={(open) => !open && onClose()}>
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title" level={2}>
            {label}: {entity}
          </Heading>
          <dl className="facts">
            <div>
              <dt>Postulación</dt>
              <dd>{application.title ?? 'Sin título'}</dd>
            </div>
            <div>
              <dt>Puntaje</dt>
              <dd>{formatNumber(application.score)}</dd>
            </div>
            <div>
              <dt>Recursos FUTIC solicitados</dt>
              <dd>{formatPesos(application.totals.futic)}</dd>
            </div>
            <div>
              <dt>Por comprometer en la convocatoria</dt>
              <dd>{formatPesos(call.remaining)}</dd>
            </div>
          </dl>
          <FormAlert refusal={refusal} shownPaths={['input.note']} />
          <form
            // The API checks the reasons; a field marked invalid must not block the next attempt.
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            {needsNote && (
              <TextField
                label="Motivos"
                description="La entidad los verá con la decisión (al menos 3 caracteres)."
                name="note"
                multiline
                isRequired
                maxLength={5000}
                value={note}
                onChange={setNote}
                error={errorAt(refusal, 'input.note')}
              />
            )}
            <div className="form-actions">
              <Button type="submit" variant={event === 'REJECT' ? 'danger' : 'primary'} isDisabled={current.loading}>
                {current.loading ? 'Enviando…' : `Confirmar: ${label}`}
              </Button>
              <Button variant="secondary" onPress={onClose}>
                Cancelar
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/** /convocatorias/:id: the call's money, its applications ranked by score, and the committee's decisions. */
export default function CallScreen() {
  const { id = '' } = useParams();
  const ranked = RANKED_BY.includes(useViewer().role);
  const { data, loading, error } = useQuery(ProgrammeCall, {
    variables: { id, first: RANKING_SIZE, orderBy: ranked ? 'SCORE_DESC' : 'CREATED_AT_ASC' },
  });
  const [deciding, setDeciding] = useState<{ application: Application; event: CommitteeEvent; label: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const call = data?.call;

  if (!data && loading) return <Loading label="Cargando la convocatoria…" />;
  if (error && !call)
    return (
      <Page title="Convocatoria">
        <QueryError error={error} />
      </Page>
    );
  if (!call)
    return (
      <Page title="Convocatoria">
        <div className="alert alert-error" role="alert">
          <p>Lo que busca no existe o no tiene acceso a ello.</p>
        </div>
        <p>
          <Link to="/convocatorias">Volver a las convocatorias</Link>
        </p>
      </Page>
    );

  const applications = call.applications.edges.map((e) => e.node);
  const places = ranks(applications);
  return (
    <Page title={call.title}>
      <p>
        <Link to="/convocatorias">Convocatorias</Link> · {CALL_STATUS_LABEL[call.status] ?? call.status} · del {formatDate(call.opensAt)} al{' '}
        {formatDate(call.closesAt)} · tope por postulación {formatPesos(call.capPerApplication)} · puntaje mínimo {call.minScore}
      </p>
      <h2>Recursos</h2>
      <BudgetMeter budget={call.budget} committed={call.committed} remaining={call.remaining} />
      {done && <Notice>{done}</Notice>}
      <h2>{ranked ? 'Postulaciones por puntaje' : 'Postulaciones'}</h2>
      {applications.length === 0 ? (
        <p>La convocatoria no tiene postulaciones que pueda ver.</p>
      ) : (
        <table>
          <caption className="table-caption">
            {ranked
              ? 'Postulaciones ordenadas por puntaje, el mayor primero'
              : 'Postulaciones que puede ver, en el orden en que se iniciaron'}
            {call.applications.totalCount > applications.length &&
              ` (se muestran ${applications.length} de ${call.applications.totalCount})`}
          </caption>
          <thead>
            <tr>
              {ranked && (
                <th scope="col" className="num">
                  Puesto
                </th>
              )}
              <th scope="col">Entidad</th>
              <th scope="col" className="num">
                Puntaje
              </th>
              <th scope="col" className="num">
                FUTIC solicitado
              </th>
              <th scope="col">Estado</th>
              <th scope="col">Decisión del comité</th>
            </tr>
          </thead>
          <tbody>
            {applications.map((a, i) => {
              const events = COMMITTEE_EVENTS.flatMap((event) => {
                const option = a.case.availableEvents.find((o) => o.event === event);
                return option ? [{ event, label: option.label }] : [];
              });
              return (
                <tr key={a.id}>
                  {ranked && <td className="num">{places[i] ?? '—'}</td>}
                  <th scope="row">
                    <Link to={`/casos/${encodeURIComponent(a.case.id)}`}>{a.case.entity.name}</Link>
                    <span className="muted"> · {a.case.entity.departmentName}</span>
                    <br />
                    <span className="muted">{a.title ?? 'Sin título'}</span>
                  </th>
                  <td className="num">{a.score == null ? 'Sin calificar' : formatNumber(a.score)}</td>
                  <td className="num">{formatPesos(a.totals.futic)}</td>
                  <td>{a.case.stateLabel}</td>
                  <td>
                    {a.decision && (
                      <p className="decision">
                        {DECISION_LABEL[a.decision.outcome] ?? a.decision.outcome} el {formatDate(a.decision.decidedAt)}
                        {a.decision.note && <span className="muted"> · {a.decision.note}</span>}
                      </p>
                    )}
                    {events.length > 0 && (
                      <div className="row-actions">
                        {events.map(({ event, label }) => (
                          <Button
                            key={event}
                            variant={event === 'REJECT' ? 'danger' : event === 'APPROVE' ? 'primary' : 'secondary'}
                            aria-label={`${label}: ${a.case.entity.name}`}
                            onPress={() => {
                              setDone(null);
                              setDeciding({ application: a, event, label });
                            }}
                          >
                            {label}
                          </Button>
                        ))}
                      </div>
                    )}
                    {!a.decision && events.length === 0 && <span className="muted">—</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {deciding && (
        <DecisionDialog
          key={`${deciding.application.id}:${deciding.event}`}
          call={call}
          application={deciding.application}
          event={deciding.event}
          label={deciding.label}
          onClose={() => setDeciding(null)}
          onDone={(message) => {
            setDeciding(null);
            setDone(message);
          }}
        />
      )}
    </Page>
  );
}
