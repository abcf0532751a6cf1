import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { accessToken } from '../../auth/session';
import { graphql } from '../../gql';
import type { EntityProcessAccompanimentCaseQuery } from '../../gql/graphql';
import { Button, errorAt, FormAlert, NumberField, TextField } from '../../ui/controls';
import { formatDate, formatDateTime, formatNumber, formatPesos } from '../../ui/format';
import { Loading, Notice, Page, ScreenError } from '../../ui/page';
import { refusalOf, type Refusal } from '../../ui/problems';
import { componentLabel, horizonLabel, modalityLabel, priorityLabel, sessionStatusLabel, topicLabel } from './ApplicationShared';

import './process.css';

const AccompanimentCaseQuery = graphql(`
  query EntityProcessAccompanimentCase($id: ID!) {
    case(id: $id) {
      id
      version
      state
      stateLabel
      final
      process
      lastNote
      availableEvents {
        id
        event
        label
        mutation
      }
      deadlines {
        id
        label
        dueAt
        status
        overdue
        owner
      }
      accompaniment {
        id
        request {
          id
          topic
          dimensions
          description
          modality
          contactName
          createdAt
        }
        sessions {
          id
          number
          startsAt
          durationMinutes
          modality
          place
          meetingUrl
          agenda
          status
          cancelReason
          invitees {
            id
            personId
            name
            attended
          }
          acta {
            id
            name
            downloadUrl
          }
        }
        commitments {
          id
          description
          owner
          responsible
          dueOn
          status
          overdue
          doneAt
          doneNote
        }
        diagnosis {
          id
          index
          levelName
          dimensions {
            id
            code
            name
            score
            levelName
            rank
            findings
          }
        }
        roadmap {
          id
          round
          lines {
            id
            position
            dimensionName
            title
            description
            priority
            horizon
            responsible
            estimatedCost
            component
          }
          comments {
            id
            round
            lineId
            comment
            createdAt
          }
          deliveries {
            id
            round
            deliveredAt
            report {
              id
              status
              fileName
            }
          }
        }
        survey {
          id
          score
          comment
          answeredAt
        }
      }
    }
  }
`);

const CompleteCommitment = graphql(`
  mutation EntityProcessCompleteCommitment($input: CompleteCommitmentInput!) {
    completeAccompanimentCommitment(input: $input) {
      case {
        id
        version
      }
      commitment {
        id
        status
        doneAt
        doneNote
        overdue
      }
    }
  }
`);

const AcceptRoadmap = graphql(`
  mutation EntityProcessAcceptRoadmap($input: CaseActionInput!) {
    acceptRoadmap(input: $input) {
      case {
        id
        version
        state
        stateLabel
      }
    }
  }
`);

const RequestAdjustments = graphql(`
  mutation EntityProcessRequestRoadmapAdjustments($input: RequestRoadmapAdjustmentsInput!) {
    requestRoadmapAdjustments(input: $input) {
      case {
        id
        version
        state
        stateLabel
      }
    }
  }
`);

const AnswerSurvey = graphql(`
  mutation EntityProcessAnswerSurvey($input: AnswerAccompanimentSurveyInput!) {
    answerAccompanimentSurvey(input: $input) {
      case {
        id
        version
        state
        stateLabel
      }
    }
  }
`);

type Kase = NonNullable<EntityProcessAccompanimentCaseQuery['case']>;
type Acc = NonNullable<Kase['accompaniment']>;

/** /acompanamiento/:caseId: one accompaniment as the entity sees it, with the actions the API offers it. */
export default function AccompanimentCase() {
  const { caseId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AccompanimentCaseQuery, { variables: { id: caseId } });
  if (loading && !data) return <Loading />;
  const kase = data?.case;
  if (error) return <ScreenError error={error} />;
  if (!kase || kase.process !== 'ACCOMPANIMENT' || !kase.accompaniment) return <Unavailable />;
  const acc = kase.accompaniment;
  const events = new Set(kase.availableEvents.map((e) => e.event));
  const reload = () => void refetch();
  return (
    <Page title={acc.request ? `Acompañamiento: ${topicLabel(acc.request.topic)}` : 'Acompañamiento técnico'}>
      <p>
        <Link to="/acompanamiento">Volver a las solicitudes</Link>
      </p>
      <p role="status">
        Estado: <strong>{kase.stateLabel}</strong>
      </p>
      {kase.lastNote && <p>Última nota: {kase.lastNote}</p>}
      <Deadlines deadlines={kase.deadlines} />
      {acc.request && (
        <section aria-labelledby="solicitud">
          <h2 id="solicitud">Solicitud</h2>
          <dl className="facts">
            <dt>Tema</dt>
            <dd>{topicLabel(acc.request.topic)}</dd>
            <dt>Modalidad preferida</dt>
            <dd>{modalityLabel(acc.request.modality)}</dd>
            <dt>Contacto</dt>
            <dd>{acc.request.contactName ?? '—'}</dd>
            <dt>Solicitada</dt>
            <dd>{formatDateTime(acc.request.createdAt)}</dd>
          </dl>
          <p className="prewrap">{acc.request.description}</p>
        </section>
      )}
      <Sessions sessions={acc.sessions} />
      <Commitments kase={kase} commitments={acc.commitments} onDone={reload} />
      {acc.diagnosis && <Diagnosis diagnosis={acc.diagnosis} />}
      {acc.roadmap && <Roadmap roadmap={acc.roadmap} />}
      {(events.has('ACCEPT_ROADMAP') || events.has('REQUEST_ADJUSTMENTS')) && acc.roadmap && (
        <RoadmapActions
          kase={kase}
          roadmap={acc.roadmap}
          canAccept={events.has('ACCEPT_ROADMAP')}
          canAdjust={events.has('REQUEST_ADJUSTMENTS')}
          onDone={reload}
        />
      )}
      {acc.survey && (
        <section aria-labelledby="encuesta">
          <h2 id="encuesta">Encuesta de satisfacción</h2>
          <p>
            Calificación: {acc.survey.score} de 5 · {formatDateTime(acc.survey.answeredAt)}
          </p>
          {acc.survey.comment && <p>{acc.survey.comment}</p>}
        </section>
      )}
      {events.has('ANSWER_SURVEY') && <SurveyForm kase={kase} onDone={reload} />}
    </Page>
  );
}

function Unavailable() {
  return (
    <Page title="Acompañamiento técnico">
      <p className="alert alert-error" role="alert">
        Lo que busca no existe o no tiene acceso a ello.
      </p>
      <p>
        <Link to="/acompanamiento">Volver a las solicitudes</Link>
      </p>
    </Page>
  );
}

function Deadlines({ deadlines }: { deadlines: Kase['deadlines'] }) {
  const running = deadlines.filter((d) => d.status === 'PENDING' || d.overdue);
  if (running.length === 0) return null;
  return (
    <ul className="plain">
      {running.map((d) => (
        <li key={d.id}>
          {d.label}: vence el {formatDateTime(d.dueAt)} {d.overdue && <span className="badge badge-overdue">Vencido</span>}
        </li>
      ))}
    </ul>
  );
}

function Sessions({ sessions }: { sessions: Acc['sessions'] }) {
  return (
    <section aria-labelledby="sesiones">
      <h2 id="sesiones">Sesiones</h2>
      {sessions.length === 0 ? (
        <p>Aún no hay sesiones programadas.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Sesiones del acompañamiento</caption>
          <thead>
            <tr>
              <th scope="col">N.º</th>
              <th scope="col">Fecha y hora (Bogotá)</th>
              <th scope="col">Modalidad y lugar</th>
              <th scope="col">Estado</th>
              <th scope="col">Invitados</th>
              <th scope="col">Acta</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id}>
                <td>{s.number}</td>
                <td>
                  {formatDateTime(s.startsAt)} · {s.durationMinutes} min
                </td>
                <td>
                  {modalityLabel(s.modality)}
                  {s.meetingUrl && (
                    <>
                      {' · '}
                      <a href={s.meetingUrl} target="_blank" rel="noreferrer">
                        Enlace de la reunión
                      </a>
                    </>
                  )}
                  {s.place && ` · ${s.place}`}
                  <div className="muted">{s.agenda}</div>
                </td>
                <td>
                  {sessionStatusLabel(s.status)}
                  {s.cancelReason && <div className="muted">{s.cancelReason}</div>}
                </td>
                <td>
                  <ul className="plain">
                    {s.invitees.map((i) => (
                      <li key={i.id}>
                        {i.name ?? 'Persona invitada'}
                        {i.attended === true && ' (asistió)'}
                        {i.attended === false && ' (no asistió)'}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{s.acta?.downloadUrl ? <a href={s.acta.downloadUrl}>{`Acta: ${s.acta.name}`}</a> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Commitments({ kase, commitments, onDone }: { kase: Kase; commitments: Acc['commitments']; onDone(): void }) {
  const [marking, setMarking] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [complete, { loading }] = useMutation(CompleteCommitment);
  return (
    <section aria-labelledby="compromisos">
      <h2 id="compromisos">Compromisos</h2>
      {done && <Notice>{done}</Notice>}
      {commitments.length === 0 ? (
        <p>No hay compromisos registrados.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Compromisos de las sesiones</caption>
          <thead>
            <tr>
              <th scope="col">Compromiso</th>
              <th scope="col">A cargo de</th>
              <th scope="col">Vence</th>
              <th scope="col">Estado</th>
              <th scope="col">Acción</th>
            </tr>
          </thead>
          <tbody>
            {commitments.map((c) => (
              <tr key={c.id}>
                <td>{c.description}</td>
                <td>
                  {c.owner === 'ENTITY' ? 'La entidad' : 'El Ministerio'}
                  {c.responsible && ` · ${c.responsible}`}
                </td>
                <td>{formatDate(c.dueOn)}</td>
                <td>
                  {c.status === 'DONE' ? (
                    <span className="badge badge-ok">Cumplido el {formatDate(c.doneAt)}</span>
                  ) : c.overdue ? (
                    <span className="badge badge-overdue">Vencido</span>
                  ) : (
                    <span className="badge">Pendiente</span>
                  )}
                </td>
                <td>
                  {c.owner === 'ENTITY' && c.status === 'OPEN' && marking !== c.id && (
                    <Button variant="secondary" onPress={() => (setMarking(c.id), setNote(''), setRefusal(null))}>
                      Marcar como cumplido
                    </Button>
                  )}
                  {marking === c.id && (
                    <form
                      onSubmit={(e) => {
                        e.preventDefault();
                        setRefusal(null);
                        complete({ variables: { input: { commitmentId: c.id, note: note || undefined, expectedVersion: kase.version } } })
                          .then(() => {
                            setMarking(null);
                            setDone('Compromiso marcado como cumplido.');
                            onDone();
                          })
                          .catch((err: unknown) => setRefusal(refusalOf(err)));
                      }}
                    >
                      <FormAlert refusal={refusal} shownPaths={['input.note']} />
                      <TextField label="Qué se hizo (opcional)" value={note} onChange={setNote} error={errorAt(refusal, 'input.note')} />
                      <Button type="submit" isDisabled={loading}>
                        Confirmar
                      </Button>{' '}
                      <Button variant="secondary" onPress={() => setMarking(null)}>
                        Cancelar
                      </Button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Diagnosis({ diagnosis }: { diagnosis: NonNullable<Acc['diagnosis']> }) {
  return (
    <section aria-labelledby="diagnostico">
      <h2 id="diagnostico">Diagnóstico</h2>
      <p>
        Índice CTI del autodiagnóstico: <strong>{formatNumber(diagnosis.index)}</strong>
        {diagnosis.levelName && ` (${diagnosis.levelName})`}
      </p>
      <table>
        <caption className="visually-hidden">Dimensiones del diagnóstico, de la más débil a la más fuerte</caption>
        <thead>
          <tr>
            <th scope="col">Puesto</th>
            <th scope="col">Dimensión</th>
            <th scope="col" className="num">
              Puntaje
            </th>
            <th scope="col">Nivel</th>
            <th scope="col">Hallazgos</th>
          </tr>
        </thead>
        <tbody>
          {diagnosis.dimensions.map((d) => (
            <tr key={d.id}>
              <td>{d.rank}</td>
              <td>{d.name}</td>
              <td className="num">{formatNumber(d.score)}</td>
              <td>{d.levelName ?? '—'}</td>
              <td className="prewrap">{d.findings ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Roadmap({ roadmap }: { roadmap: NonNullable<Acc['roadmap']> }) {
  const total = roadmap.lines.reduce((sum, l) => sum + l.estimatedCost, 0);
  return (
    <section aria-labelledby="hoja-de-ruta">
      <h2 id="hoja-de-ruta">Hoja de ruta</h2>
      {roadmap.lines.length === 0 ? (
        <p>La hoja de ruta aún no tiene líneas de acción.</p>
      ) : (
        <table>
          <caption>
            Líneas de acción ({roadmap.lines.length}); costo estimado total {formatPesos(total)}
          </caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Dimensión</th>
              <th scope="col">Línea</th>
              <th scope="col">Prioridad</th>
              <th scope="col">Horizonte</th>
              <th scope="col">Responsable</th>
              <th scope="col" className="num">
                Costo estimado
              </th>
              <th scope="col">Componente</th>
            </tr>
          </thead>
          <tbody>
            {roadmap.lines.map((l) => (
              <tr key={l.id}>
                <td>{l.position}</td>
                <td>{l.dimensionName}</td>
                <td>
                  <strong>{l.title}</strong>
                  <div className="muted prewrap">{l.description}</div>
                </td>
                <td>{priorityLabel(l.priority)}</td>
                <td>{horizonLabel(l.horizon)}</td>
                <td>{l.responsible}</td>
                <td className="num">{formatPesos(l.estimatedCost)}</td>
                <td>{componentLabel(l.component)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {roadmap.comments.length > 0 && (
        <>
          <h3>Ajustes pedidos</h3>
          <ul>
            {roadmap.comments.map((c) => (
              <li key={c.id}>
                Ronda {c.round}
                {c.lineId ? ` · línea ${roadmap.lines.find((l) => l.id === c.lineId)?.position ?? ''}` : ' · nota general'}: {c.comment}
              </li>
            ))}
          </ul>
        </>
      )}
      {roadmap.deliveries.length > 0 && (
        <>
          <h3>Entregas</h3>
          <ul>
            {roadmap.deliveries.map((d) => (
              <li key={d.id}>
                Ronda {d.round}, entregada el {formatDateTime(d.deliveredAt)}
                {d.report && ` · PDF: ${d.report.status === 'READY' ? (d.report.fileName ?? 'listo') : 'en preparación'}`}
                {d.report?.status === 'READY' && (
                  <DownloadReport reportId={d.report.id} fileName={d.report.fileName ?? 'hoja-de-ruta.pdf'} />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A report's file is served with the bearer token, so it is fetched and handed to the browser as a file. */
function DownloadReport({ reportId, fileName }: { reportId: string; fileName: string }) {
  const [failed, setFailed] = useState(false);
  return (
    <>
      {' '}
      <Button
        variant="secondary"
        onPress={() => {
          setFailed(false);
          void (async () => {
            const token = await accessToken();
            const res = await fetch(`/reports/${encodeURIComponent(reportId)}/download`, {
              headers: token ? { authorization: `Bearer ${token}` } : {},
            });
            if (!res.ok) return setFailed(true);
            const url = URL.createObjectURL(await res.blob());
            const a = document.createElement('a');
            a.href = url;
            a.download = fileName;
            a.click();
            URL.revokeObjectURL(url);
          })().catch(() => setFailed(true));
        }}
      >
        Descargar PDF
      </Button>
      {failed && <span role="alert"> No fue posible descargar el PDF.</span>}
    </>
  );
}

function RoadmapActions({
  kase,
  roadmap,
  canAccept,
  canAdjust,
  onDone,
}: {
  kase: Kase;
  roadmap: NonNullable<Acc['roadmap']>;
  canAccept: boolean;
  canAdjust: boolean;
  onDone(): void;
}) {
  const [accept, accepting] = useMutation(AcceptRoadmap);
  const [adjust, adjusting] = useMutation(RequestAdjustments);
  const [note, setNote] = useState('');
  const [comments, setComments] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const lineIndex = (path: string) => Number(/^input\.comments\[(\d+)\]/.exec(path)?.[1] ?? -1);
  const sent = roadmap.lines.filter((l) => comments[l.id]?.trim());
  return (
    <section className="card" aria-labelledby="responder">
      <h2 id="responder">Responder a la hoja de ruta</h2>
      <FormAlert refusal={refusal} shownPaths={['input.note', 'input.comments']} />
      {canAccept && (
        <p>
          <Button
            isDisabled={accepting.loading}
            onPress={() => {
              setRefusal(null);
              accept({ variables: { input: { caseId: kase.id, expectedVersion: kase.version } } })
                .then(onDone)
                .catch((err: unknown) => setRefusal(refusalOf(err)));
            }}
          >
            Aceptar la hoja de ruta
          </Button>
        </p>
      )}
      {canAdjust && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setRefusal(null);
            adjust({
              variables: {
                input: {
                  caseId: kase.id,
                  expectedVersion: kase.version,
                  note,
                  comments: sent.map((l) => ({ lineId: l.id, comment: comments[l.id] })),
                },
              },
            })
              .then(onDone)
              .catch((err: unknown) => setRefusal(refusalOf(err)));
          }}
        >
          <h3>Pedir ajustes</h3>
          <TextField
            label="Ajustes que pide la entidad"
            multiline
            value={note}
            onChange={setNote}
            error={errorAt(refusal, 'input.note')}
            isRequired
          />
          {roadmap.lines.map((l) => {
            const at = sent.indexOf(l);
            const problem = refusal?.problems.find((p) => p.path.startsWith('input.comments[') && lineIndex(p.path) === at);
            return (
              <TextField
                key={l.id}
                label={`Comentario a la línea ${l.position}: ${l.title} (opcional)`}
                value={comments[l.id] ?? ''}
                onChange={(v) => setComments((c) => ({ ...c, [l.id]: v }))}
                error={at >= 0 ? problem?.message : undefined}
              />
            );
          })}
          <Button type="submit" variant="secondary" isDisabled={adjusting.loading}>
            Pedir ajustes
          </Button>
        </form>
      )}
    </section>
  );
}

function SurveyForm({ kase, onDone }: { kase: Kase; onDone(): void }) {
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [answer, { loading }] = useMutation(AnswerSurvey);
  return (
    <section className="card" aria-labelledby="encuesta-form">
      <h2 id="encuesta-form">Encuesta de satisfacción</h2>
      <FormAlert refusal={refusal} shownPaths={['input.score', 'input.comment']} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setRefusal(null);
          answer({
            variables: { input: { caseId: kase.id, expectedVersion: kase.version, score: score ?? 0, comment: comment || undefined } },
          })
            .then(onDone)
            .catch((err: unknown) => setRefusal(refusalOf(err)));
        }}
      >
        <NumberField
          label="Calificación (1 a 5)"
          value={score}
          onChange={setScore}
          minValue={1}
          maxValue={5}
          step={1}
          error={errorAt(refusal, 'input.score')}
          isRequired
        />
        <TextField
          label="Comentario (opcional)"
          multiline
          value={comment}
          onChange={setComment}
          maxLength={2000}
          error={errorAt(refusal, 'input.comment')}
        />
        <Button type="submit" isDisabled={loading}>
          Enviar la encuesta
        </Button>
      </form>
    </section>
  );
}
