import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import type { TopLevelSpec } from 'vega-lite';

import { graphql } from '../../gql';
import type { ProgrammeIndexQuery } from '../../gql/graphql';
import { Button, Select } from '../../ui/controls';
import { formatDate, formatNumber, formatPercent } from '../../ui/format';
import { Loading, Page, QueryError, ScreenError } from '../../ui/page';
import { VegaChart } from './VegaChart';

const PAGE_SIZE = 25;
const TOP = 10;
/** The reports' palette (src/modules/reports/report-charts.ts), so the console and the PDF agree. */
const PRIMARY = '#1F4E79';
const LEVEL_COLORS = ['#D4E6F1', '#A9CCE3', '#5DADE2', '#2E86C1', '#1B4F72'];
const TEXT = '#2C3E50';

const ProgrammeIndexCycles = graphql(`
  query ProgrammeIndexCycles {
    cycles(first: 20) {
      edges {
        node {
          id
          year
          open
          indexPublishedAt
        }
      }
    }
  }
`);

const ProgrammeIndex = graphql(`
  query ProgrammeIndex($cycleId: ID!, $first: Int!, $after: String, $filter: IndexFilter, $top: Int!) {
    cycle(id: $cycleId) {
      id
      year
      indexPublishedAt
      top: index(first: $top) {
        totalCount
        published
        publishedAt
        firstTimers
        repeaters
        national {
          id
          index
          count
          dimensions {
            id
            dimension
            dimensionName
            score
          }
        }
        distribution {
          id
          level
          name
          count
          percent
        }
        edges {
          node {
            id
            rank
            index
            entity {
              id
              name
            }
            entityCode
          }
        }
      }
      page: index(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            rank
            index
            level
            levelName
            entityCode
            entity {
              id
              name
              kindLabel
              departmentName
            }
            progress {
              id
              firstParticipation
              indexChange
              rankChange
              previousCycleYear
            }
          }
        }
      }
    }
  }
`);

type Summary = NonNullable<ProgrammeIndexQuery['cycle']>['top'];

const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : ''}${formatNumber(Math.abs(n))}`;

function changeText(progress: NonNullable<ProgrammeIndexQuery['cycle']>['page']['edges'][number]['node']['progress']): string {
  if (!progress || progress.firstParticipation || progress.indexChange == null) return 'Primera participación';
  const rank =
    progress.rankChange == null || progress.rankChange === 0
      ? 'mismo puesto'
      : progress.rankChange > 0
        ? `sube ${progress.rankChange} ${progress.rankChange === 1 ? 'puesto' : 'puestos'}`
        : `baja ${-progress.rankChange} ${progress.rankChange === -1 ? 'puesto' : 'puestos'}`;
  return `${signed(progress.indexChange)} puntos frente a ${progress.previousCycleYear ?? 'la anterior'}; ${rank}`;
}

function dimensionsSpec(summary: Summary): TopLevelSpec {
  const values = summary.national.dimensions.map((d) => ({ name: d.dimensionName, score: d.score, label: formatNumber(d.score) }));
  return {
    width: 420,
    height: { step: 26 },
    data: { values },
    encoding: {
      y: { field: 'name', type: 'nominal', sort: values.map((v) => v.name), title: null, axis: { labelLimit: 220 } },
      x: { field: 'score', type: 'quantitative', scale: { domain: [0, 100] }, title: 'Puntaje promedio (0–100)' },
    },
    layer: [
      { mark: { type: 'bar', color: PRIMARY } },
      { mark: { type: 'text', align: 'left', dx: 4, color: TEXT }, encoding: { text: { field: 'label' } } },
    ],
  } as TopLevelSpec;
}

function levelsSpec(summary: Summary): TopLevelSpec {
  const values = summary.distribution.map((l) => ({
    name: `${l.level}. ${l.name}`,
    count: l.count,
    label: `${l.count} (${formatPercent(l.percent / 100)})`,
  }));
  const names = values.map((v) => v.name);
  const range = names.map(
    (_, i) => LEVEL_COLORS[Math.min(LEVEL_COLORS.length - 1, Math.round((i * (LEVEL_COLORS.length - 1)) / Math.max(1, names.length - 1)))],
  );
  return {
    width: { step: 80 },
    height: 200,
    data: { values },
    encoding: {
      x: { field: 'name', type: 'nominal', sort: names, title: 'Nivel de madurez', axis: { labelAngle: 0 } },
      y: {
        field: 'count',
        type: 'quantitative',
        title: 'Entidades',
        axis: { format: ',d', tickMinStep: 1 },
        scale: { domainMax: Math.max(1, ...values.map((v) => v.count)) * 1.15 },
      },
    },
    layer: [
      {
        mark: { type: 'bar', width: { band: 0.7 }, stroke: TEXT, strokeWidth: 0.5 },
        encoding: { color: { field: 'name', type: 'nominal', scale: { domain: names, range }, legend: null } },
      },
      { mark: { type: 'text', baseline: 'bottom', dy: -3, color: TEXT }, encoding: { text: { field: 'label' } } },
    ],
  } as TopLevelSpec;
}

function topSpec(summary: Summary): TopLevelSpec {
  const values = summary.edges.map(({ node }) => ({
    name: `${node.rank}. ${node.entity?.name ?? node.entityCode}`,
    index: node.index,
    label: formatNumber(node.index),
  }));
  return {
    width: 420,
    height: { step: 24 },
    data: { values },
    encoding: {
      y: { field: 'name', type: 'nominal', sort: values.map((v) => v.name), title: null, axis: { labelLimit: 240 } },
      x: { field: 'index', type: 'quantitative', scale: { domain: [0, 100] }, title: 'Índice CTI (0–100)' },
    },
    layer: [
      { mark: { type: 'bar', color: PRIMARY } },
      { mark: { type: 'text', align: 'left', dx: 4, color: TEXT }, encoding: { text: { field: 'label' } } },
    ],
  } as TopLevelSpec;
}

function Charts({ summary }: { summary: Summary }) {
  const specs = useMemo(() => ({ dimensions: dimensionsSpec(summary), levels: levelsSpec(summary), top: topSpec(summary) }), [summary]);
  const strongest = [...summary.national.dimensions].sort((a, b) => b.score - a.score)[0];
  const weakest = [...summary.national.dimensions].sort((a, b) => a.score - b.score)[0];
  const mostCommon = [...summary.distribution].sort((a, b) => b.count - a.count)[0];
  const leader = summary.edges[0]?.node;
  return (
    <div className="charts">
      <VegaChart
        title="Índice por dimensión"
        description={`Promedio nacional de cada dimensión, de 0 a 100. ${strongest ? `La más alta es ${strongest.dimensionName} (${formatNumber(strongest.score)}); la más baja, ${weakest.dimensionName} (${formatNumber(weakest.score)}).` : ''}`}
        spec={specs.dimensions}
        table={
          <table>
            <caption className="visually-hidden">Promedio nacional por dimensión</caption>
            <thead>
              <tr>
                <th scope="col">Dimensión</th>
                <th scope="col" className="num">
                  Puntaje promedio
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.national.dimensions.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.dimensionName}</th>
                  <td className="num">{formatNumber(d.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <VegaChart
        title="Entidades por nivel de madurez"
        description={`Cuántas de las ${summary.totalCount} entidades del Índice hay en cada nivel. ${mostCommon ? `El nivel más frecuente es ${mostCommon.level}. ${mostCommon.name}, con ${mostCommon.count}.` : ''}`}
        spec={specs.levels}
        table={
          <table>
            <caption className="visually-hidden">Entidades por nivel de madurez</caption>
            <thead>
              <tr>
                <th scope="col">Nivel</th>
                <th scope="col" className="num">
                  Entidades
                </th>
                <th scope="col" className="num">
                  Porcentaje
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.distribution.map((l) => (
                <tr key={l.id}>
                  <th scope="row">
                    {l.level}. {l.name}
                  </th>
                  <td className="num">{l.count}</td>
                  <td className="num">{formatPercent(l.percent / 100)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <VegaChart
        title={`Las ${Math.min(TOP, summary.edges.length)} entidades con mayor índice`}
        description={`Índice CTI de las entidades mejor ubicadas, de 0 a 100. ${leader ? `Encabeza ${leader.entity?.name ?? leader.entityCode} con ${formatNumber(leader.index)}.` : ''}`}
        spec={specs.top}
        table={
          <table>
            <caption className="visually-hidden">Entidades con mayor índice</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Puesto
                </th>
                <th scope="col">Entidad</th>
                <th scope="col" className="num">
                  Índice
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td className="num">{node.rank}</td>
                  <th scope="row">{node.entity?.name ?? node.entityCode}</th>
                  <td className="num">{formatNumber(node.index)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </div>
  );
}

function CycleIndex({ cycleId }: { cycleId: string }) {
  const [level, setLevel] = useState<string>('all');
  // The cursors of the pages before the one shown (the index is paged under its cycle, not merged).
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const { data, loading, error } = useQuery(ProgrammeIndex, {
    variables: { cycleId, first: PAGE_SIZE, after, top: TOP, filter: level === 'all' ? null : { level: Number(level) } },
  });
  const cycle = data?.cycle;
  if (!cycle && loading) return <Loading label="Cargando el Índice…" />;
  if (!cycle) return <ScreenError error={error ?? null} />;
  const summary = cycle.top;
  const page = cycle.page;
  if (summary.totalCount === 0) return <p>La vigencia {cycle.year} aún no tiene autodiagnósticos validados: su Índice está vacío.</p>;
  const first = (cursors.length - 1) * PAGE_SIZE + 1;
  return (
    <>
      <p role="status" className="index-state">
        {summary.published
          ? `Índice publicado el ${formatDate(summary.publishedAt)}.`
          : 'Índice provisional: aún no se publica (solo lo ven el Ministerio y los auditores).'}{' '}
        {summary.totalCount} entidades; promedio nacional {formatNumber(summary.national.index)}; {summary.firstTimers} participan por
        primera vez y {summary.repeaters} ya habían participado.
      </p>
      <h2>Gráficas</h2>
      <Charts summary={summary} />
      <h2>Ranking</h2>
      <div className="filters">
        <Select
          label="Nivel de madurez"
          value={level}
          onChange={(v) => {
            setLevel(v);
            setCursors([null]);
          }}
          options={[
            { id: 'all', label: 'Todos los niveles' },
            ...summary.distribution.map((l) => ({ id: String(l.level), label: `${l.level}. ${l.name}` })),
          ]}
        />
      </div>
      {error && <QueryError error={error} />}
      <table>
        <caption className="table-caption">
          Ranking del Índice CTI {cycle.year}:{' '}
          {page.totalCount === 0 ? 'ninguna entidad' : `entidades ${first} a ${first + page.edges.length - 1} de ${page.totalCount}`}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Puesto
            </th>
            <th scope="col">Entidad</th>
            <th scope="col">Departamento</th>
            <th scope="col" className="num">
              Índice
            </th>
            <th scope="col">Nivel</th>
            <th scope="col">Cambio desde la participación anterior</th>
          </tr>
        </thead>
        <tbody>
          {page.edges.map(({ node }) => (
            <tr key={node.id}>
              <td className="num">{node.rank}</td>
              <th scope="row">
                {node.entity?.name ?? node.entityCode}
                {node.entity && <span className="muted"> · {node.entity.kindLabel}</span>}
              </th>
              <td>{node.entity?.departmentName ?? '—'}</td>
              <td className="num">{formatNumber(node.index)}</td>
              <td>
                {node.level}. {node.levelName}
              </td>
              <td>{changeText(node.progress)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav className="pager" aria-label="Páginas del ranking">
        <Button variant="secondary" isDisabled={cursors.length === 1 || loading} onPress={() => setCursors(cursors.slice(0, -1))}>
          Página anterior
        </Button>
        <Button
          variant="secondary"
          isDisabled={!page.pageInfo.hasNextPage || loading}
          onPress={() => setCursors([...cursors, page.pageInfo.endCursor ?? null])}
        >
          Página siguiente
        </Button>
      </nav>
    </>
  );
}

/** /indice: the Índice CTI of a cycle (published, or the current one for the Ministry), its charts and its ranking. */
export default function CtiIndex() {
  const { data, loading, error } = useQuery(ProgrammeIndexCycles);
  const [chosen, setChosen] = useState<string | null>(null);
  const cycles = data?.cycles.edges.map((e) => e.node) ?? [];
  const selected = chosen ?? (cycles.find((c) => c.indexPublishedAt) ?? cycles[0])?.id ?? null;
  return (
    <Page title="Índice CTI">
      {error && <QueryError error={error} />}
      {!data && loading && <Loading label="Cargando las vigencias…" />}
      {data && cycles.length === 0 && <p>No hay vigencias.</p>}
      {cycles.length > 0 && (
        <Select
          label="Vigencia"
          value={selected}
          onChange={setChosen}
          options={cycles.map((c) => ({
            id: c.id,
            label: `${c.year} · ${c.indexPublishedAt ? `publicado el ${formatDate(c.indexPublishedAt)}` : c.open ? 'abierta, Índice provisional' : 'Índice sin publicar'}`,
          }))}
        />
      )}
      {selected && <CycleIndex key={selected} cycleId={selected} />}
    </Page>
  );
}
