import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { graphql } from '../../gql';
import { Button, FormAlert } from '../../ui/controls';
import { formatDate, formatDateTime, formatPesos } from '../../ui/format';
import { Loading, Page, ScreenError } from '../../ui/page';
import { refusalOf, type Refusal } from '../../ui/problems';

import './process.css';

const Cofinancing = graphql(`
  query EntityProcessCofinancing {
    calls(first: 20) {
      edges {
        node {
          id
          title
          status
          open
          opensAt
          closesAt
          totalBudget
          capPerApplication
          minCounterpartPercent
        }
      }
    }
    cases(filter: { process: COFINANCING_APPLICATION }, first: 50, orderBy: UPDATED_AT_DESC) {
      edges {
        node {
          id
          state
          stateLabel
          final
          callId
          updatedAt
          application {
            id
            title
            submittedAt
            totals {
              id
              total
            }
            call {
              id
              title
            }
          }
        }
      }
    }
  }
`);

const StartApplication = graphql(`
  mutation EntityProcessStartApplication($input: StartApplicationInput!) {
    startApplication(input: $input) {
      case {
        id
        state
        stateLabel
      }
    }
  }
`);

/**
 * /cofinanciacion: the calls open to the entity (window, budget, cap, minimum counterpart) and its
 * applications. Starting one opens its form; the API says when the entity may not apply yet.
 */
export default function ApplicationScreen() {
  const { data, loading, error } = useQuery(Cofinancing, { fetchPolicy: 'cache-and-network' });
  const [start, starting] = useMutation(StartApplication);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const navigate = useNavigate();
  if (loading && !data) return <Loading />;
  if (error || !data) return <ScreenError error={error} />;
  const calls = data.calls.edges.map((e) => e.node);
  const cases = data.cases.edges.map((e) => e.node);
  return (
    <Page title="Cofinanciación">
      <h2>Postulaciones de la entidad</h2>
      {cases.length === 0 ? (
        <p>La entidad no tiene postulaciones.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Postulaciones de la entidad</caption>
          <thead>
            <tr>
              <th scope="col">Postulación</th>
              <th scope="col">Convocatoria</th>
              <th scope="col">Estado</th>
              <th scope="col" className="num">
                Total
              </th>
              <th scope="col">Última actuación</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/cofinanciacion/${encodeURIComponent(c.id)}`}>{c.application?.title ?? 'Postulación sin título'}</Link>
                </td>
                <td>{c.application?.call.title ?? '—'}</td>
                <td>
                  <span className={`badge ${c.final ? '' : 'badge-warn'}`}>{c.stateLabel}</span>
                </td>
                <td className="num">{formatPesos(c.application?.totals.total)}</td>
                <td>{formatDateTime(c.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Convocatorias</h2>
      <FormAlert refusal={refusal} />
      {calls.length === 0 && <p>No hay convocatorias publicadas.</p>}
      <div className="grid">
        {calls.map((call) => {
          const mine = cases.find((c) => c.callId === call.id && !c.final);
          return (
            <article key={call.id} className="card" aria-labelledby={`call-${call.id}`}>
              <h3 id={`call-${call.id}`}>{call.title}</h3>
              <p>
                <span className={`badge ${call.open ? 'badge-ok' : ''}`}>{call.open ? 'Abierta' : 'Cerrada'}</span>
              </p>
              <dl className="facts">
                <dt>Recibe postulaciones</dt>
                <dd>
                  del {formatDate(call.opensAt)} al {formatDate(call.closesAt)}
                </dd>
                <dt>Presupuesto total</dt>
                <dd>{formatPesos(call.totalBudget)}</dd>
                <dt>Tope por postulación (FUTIC)</dt>
                <dd>{formatPesos(call.capPerApplication)}</dd>
                <dt>Contrapartida mínima</dt>
                <dd>{call.minCounterpartPercent} % del total</dd>
              </dl>
              {mine ? (
                <Link to={`/cofinanciacion/${encodeURIComponent(mine.id)}`}>Continuar la postulación a esta convocatoria</Link>
              ) : (
                call.open && (
                  <Button
                    isDisabled={starting.loading}
                    onPress={() => {
                      setRefusal(null);
                      start({ variables: { input: { callId: call.id } } })
                        .then((res) => {
                          const id = res.data?.startApplication.case.id;
                          if (id) void navigate(`/cofinanciacion/${encodeURIComponent(id)}`);
                        })
                        .catch((err: unknown) => setRefusal(refusalOf(err)));
                    }}
                  >
                    {`Postularse a «${call.title}»`}
                  </Button>
                )
              )}
            </article>
          );
        })}
      </div>
    </Page>
  );
}
