import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';

import { graphql } from '../../gql';
import { formatDate, formatPesos } from '../../ui/format';
import { Loading, Page, QueryError } from '../../ui/page';
import { CALL_STATUS_LABEL, LoadMore } from './shared';

const ProgrammeCalls = graphql(`
  query ProgrammeCalls($first: Int!, $after: String) {
    calls(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          status
          open
          opensAt
          closesAt
          totalBudget
          committed
          remaining
        }
      }
    }
  }
`);

/** /convocatorias: the calls the person may see (drafts only for the coordination), newest first. */
export default function Calls() {
  const { data, loading, error, fetchMore } = useQuery(ProgrammeCalls, { variables: { first: 20 } });
  const calls = data?.calls;
  return (
    <Page title="Convocatorias y comité">
      {error && <QueryError error={error} />}
      {!calls && loading && <Loading label="Cargando las convocatorias…" />}
      {calls && calls.edges.length === 0 && <p>No hay convocatorias que pueda ver.</p>}
      {calls && calls.edges.length > 0 && (
        <table>
          <caption className="table-caption">
            {calls.totalCount === 1 ? '1 convocatoria' : `${calls.totalCount} convocatorias`}, la más reciente primero
          </caption>
          <thead>
            <tr>
              <th scope="col">Convocatoria</th>
              <th scope="col">Estado</th>
              <th scope="col">Abre</th>
              <th scope="col">Cierra</th>
              <th scope="col" className="num">
                Presupuesto
              </th>
              <th scope="col" className="num">
                Comprometido
              </th>
              <th scope="col" className="num">
                Por comprometer
              </th>
            </tr>
          </thead>
          <tbody>
            {calls.edges.map(({ node }) => (
              <tr key={node.id}>
                <th scope="row">
                  <Link to={`/convocatorias/${encodeURIComponent(node.id)}`}>{node.title}</Link>
                </th>
                <td>
                  {CALL_STATUS_LABEL[node.status] ?? node.status}
                  {node.status === 'PUBLISHED' && (node.open ? ' · recibe postulaciones' : ' · fuera de su ventana')}
                </td>
                <td>{formatDate(node.opensAt)}</td>
                <td>{formatDate(node.closesAt)}</td>
                <td className="num">{formatPesos(node.totalBudget)}</td>
                <td className="num">{formatPesos(node.committed)}</td>
                <td className="num">{formatPesos(node.remaining)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {calls && (
        <LoadMore
          what="convocatorias"
          hasMore={calls.pageInfo.hasNextPage}
          loading={loading}
          onLoad={() => void fetchMore({ variables: { after: calls.pageInfo.endCursor } })}
        />
      )}
    </Page>
  );
}
