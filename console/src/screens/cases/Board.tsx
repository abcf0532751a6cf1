import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import type { BoardCaseFragment, CaseFilter, CaseState, Process } from '../../gql/graphql';
import { Button, Checkbox, Select } from '../../ui/controls';
import { formatDateTime, formatNumber } from '../../ui/format';
import { Loading, Page, QueryError } from '../../ui/page';
import { BoardChangesDocument, BoardDocument, BoardNotificationsDocument, BoardOptionsDocument } from './operations';
import { TermStatus } from './terms';

import './cases.css';

const PAGE_SIZE = 20;
const ALL = 'todos';

/** The filters, as the URL keeps them (so a link reproduces the view). */
interface BoardFilters {
  process: Process | null;
  state: CaseState | null;
  departmentCode: string | null;
  overdue: boolean;
}

function filtersOf(params: URLSearchParams): BoardFilters {
  return {
    process: (params.get('proceso') as Process | null) || null,
    state: (params.get('estado') as CaseState | null) || null,
    departmentCode: params.get('departamento') || null,
    overdue: params.get('vencidos') === 'si',
  };
}

function apiFilter(f: BoardFilters): CaseFilter {
  return {
    ...(f.process ? { process: f.process } : {}),
    ...(f.state ? { state: f.state } : {}),
    ...(f.departmentCode ? { departmentCode: f.departmentCode } : {}),
    ...(f.overdue ? { overdue: true } : {}),
  };
}

const runningTerms = (c: BoardCaseFragment) => c.deadlines.filter((d) => !d.closedAt);

/** Whether a case delivered by the feed belongs on the board as filtered (process and department are the subscription's own filter). */
const matches = (c: BoardCaseFragment, f: BoardFilters) =>
  (!f.state || c.state === f.state) && (!f.overdue || runningTerms(c).some((d) => d.overdue));

/** A change received and not yet on screen: when it is, the board marks and measures it. */
interface Pending {
  caseId: string;
  version: number;
  /** `performance.now()` when the message arrived. */
  arrivedAt: number;
  /** The row must show (this version), or must be gone (it left the filter). */
  expect: 'present' | 'absent';
}

function BoardFiltersForm({ filters, onChange }: { filters: BoardFilters; onChange(next: BoardFilters): void }) {
  const { data } = useQuery(BoardOptionsDocument, { fetchPolicy: 'cache-first' });
  const processes = data?.processDefinitions ?? [];
  const states = useMemo(() => {
    const chosen = processes.filter((p) => !filters.process || p.process === filters.process);
    const seen = new Map<string, string>();
    for (const p of chosen) for (const s of p.states) if (!seen.has(s.name)) seen.set(s.name, s.label);
    return [...seen].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label, 'es'));
  }, [processes, filters.process]);
  const departments = useMemo(() => {
    const all = [...(data?.departments.edges ?? []), ...(data?.capitalDistrict.edges ?? [])].map((e) => e.node);
    const unique = new Map(all.map((d) => [d.departmentCode, d.departmentName]));
    return [...unique].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label, 'es'));
  }, [data]);
  const active = filters.process || filters.state || filters.departmentCode || filters.overdue;
  return (
    <form className="board-filters" aria-label="Filtros del tablero" onSubmit={(e) => e.preventDefault()}>
      <Select
        label="Proceso"
        name="proceso"
        value={filters.process ?? ALL}
        options={[{ id: ALL, label: 'Todos los procesos' }, ...processes.map((p) => ({ id: p.process, label: p.label }))]}
        // A state belongs to a process: changing the process clears it.
        onChange={(v) => onChange({ ...filters, process: v === ALL ? null : (v as Process), state: null })}
      />
      <Select
        label="Estado"
        name="estado"
        value={filters.state ?? ALL}
        options={[{ id: ALL, label: 'Todos los estados' }, ...states]}
        onChange={(v) => onChange({ ...filters, state: v === ALL ? null : (v as CaseState) })}
      />
      <Select
        label="Departamento"
        name="departamento"
        value={filters.departmentCode ?? ALL}
        options={[{ id: ALL, label: 'Todos los departamentos' }, ...departments]}
        onChange={(v) => onChange({ ...filters, departmentCode: v === ALL ? null : v })}
      />
      <Checkbox isSelected={filters.overdue} onChange={(v) => onChange({ ...filters, overdue: v })}>
        Solo con términos vencidos
      </Checkbox>
      {active && (
        <Button variant="secondary" onPress={() => onChange({ process: null, state: null, departmentCode: null, overdue: false })}>
          Quitar filtros
        </Button>
      )}
    </form>
  );
}

/**
 * /tablero: the caseload board. Lists what `cases` answers this person (the Ministry sees all; an
 * entity user only its own), filtered by process, state, department and overdue terms, and follows
 * `caseChanged` from the list's `feedCursor`, so changes made elsewhere appear without a refresh.
 */
export default function Board() {
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const filter = apiFilter(filters);
  const { data, loading, error, fetchMore, refetch } = useQuery(BoardDocument, {
    variables: { filter, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.cases;
  const rows = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);

  // The feed's position when this filter's list was first read: the subscription resumes there.
  const filterKey = JSON.stringify(filter);
  const [feed, setFeed] = useState<{ key: string; cursor: string } | null>(null);
  // While the list is read again after a refused subscription, the old cursor must not be reused.
  const resyncing = useRef(false);
  useEffect(() => {
    if (connection && !resyncing.current && feed?.key !== filterKey) setFeed({ key: filterKey, cursor: connection.feedCursor });
  }, [connection, feed?.key, filterKey]);

  const filtersRef = useRef(filters);
  filtersRef.current = filters;
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const pending = useRef<Pending[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const updates = useRef(0);

  useSubscription(BoardChangesDocument, {
    variables: {
      filter: {
        ...(filters.process ? { process: filters.process } : {}),
        ...(filters.departmentCode ? { departmentCode: filters.departmentCode } : {}),
      },
      after: feed?.cursor,
    },
    skip: !feed || feed.key !== filterKey,
    onData: ({ data: result }) => {
      const arrivedAt = performance.now();
      const change = result.data?.caseChanged;
      if (!change) return;
      const kase = change.case;
      const shown = rowsRef.current.some((r) => r.id === kase.id);
      const fits = matches(kase, filtersRef.current);
      // The cache already holds the delivered case (it has an id): a shown row updates itself.
      if (fits) pending.current.push({ caseId: kase.id, version: kase.version, arrivedAt, expect: 'present' });
      else if (shown) pending.current.push({ caseId: kase.id, version: kase.version, arrivedAt, expect: 'absent' });
      else return;
      if (!fits || !shown) void refetch();
    },
    onError: () => {
      // Too many missed changes (or a refused cursor): read the list again and follow from its new position.
      const key = filterKey;
      resyncing.current = true;
      setFeed(null);
      refetch().then(
        (result) => {
          resyncing.current = false;
          if (result.data) setFeed({ key, cursor: result.data.cases.feedCursor });
        },
        () => {
          resyncing.current = false;
        },
      );
    },
  });

  // A term that lapses without an event publishes no case change: its overdue notice does.
  useSubscription(BoardNotificationsDocument, {
    onData: ({ data: result }) => {
      if (result.data?.notificationAdded.kind === 'DEADLINE_OVERDUE') void refetch();
    },
  });

  // Marks for the benchmark: the first page on screen, then each change once it is rendered.
  const firstRender = useRef(false);
  useEffect(() => {
    if (!connection) return;
    if (!firstRender.current) {
      firstRender.current = true;
      performance.mark('tablero:primer-render');
    }
    const done = pending.current.filter((p) => {
      const row = rows.find((r) => r.id === p.caseId);
      return p.expect === 'present' ? row != null && row.version >= p.version : row == null;
    });
    if (!done.length) return;
    pending.current = pending.current.filter((p) => !done.includes(p));
    const now = performance.now();
    for (const p of done) {
      performance.mark('tablero:actualizacion');
      performance.measure('tablero:actualizacion', { start: p.arrivedAt, end: now });
    }
    updates.current += new Set(done.map((p) => p.caseId)).size;
    const n = updates.current;
    setAnnouncement(`${formatNumber(n)} ${n === 1 ? 'caso actualizado' : 'casos actualizados'}`);
  }, [connection, rows]);

  const setFilters = (next: BoardFilters) => {
    const p = new URLSearchParams();
    if (next.process) p.set('proceso', next.process);
    if (next.state) p.set('estado', next.state);
    if (next.departmentCode) p.set('departamento', next.departmentCode);
    if (next.overdue) p.set('vencidos', 'si');
    updates.current = 0;
    setAnnouncement('');
    setParams(p, { replace: false });
  };

  return (
    <Page title="Tablero de casos">
      <BoardFiltersForm filters={filters} onChange={setFilters} />
      <p className="board-live" role="status" aria-live="polite">
        {announcement}
      </p>
      {error && !data ? (
        <QueryError error={error} />
      ) : !connection ? (
        <Loading label="Cargando los trámites…" />
      ) : (
        <>
          <p className="board-count">
            {connection.totalCount === 0
              ? 'Ningún trámite coincide con los filtros.'
              : `Mostrando ${formatNumber(rows.length)} de ${formatNumber(connection.totalCount)} trámites.`}
          </p>
          {rows.length > 0 && (
            <div className="table-scroll">
              <table className="board-table">
                <caption className="visually-hidden">Trámites del tablero, del cambio más reciente al más antiguo</caption>
                <thead>
                  <tr>
                    <th scope="col">Entidad</th>
                    <th scope="col">Proceso</th>
                    <th scope="col">Estado</th>
                    <th scope="col">Términos</th>
                    <th scope="col">Último cambio</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((c) => {
                    const terms = runningTerms(c);
                    return (
                      <tr key={c.id} data-case-id={c.id}>
                        <th scope="row">
                          <Link to={`/casos/${encodeURIComponent(c.id)}`}>{c.entity.name}</Link>
                          <span className="board-dept">{c.entity.departmentName}</span>
                        </th>
                        <td>{c.processLabel}</td>
                        <td className="board-state">{c.stateLabel}</td>
                        <td>
                          {terms.length === 0 ? (
                            <span className="muted">Sin términos en curso</span>
                          ) : (
                            <ul className="term-list">
                              {terms.map((t) => (
                                <li key={t.id}>
                                  <TermStatus term={t} />
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                        <td>{formatDateTime(c.updatedAt)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {connection.pageInfo.hasNextPage && (
            <Button
              variant="secondary"
              isDisabled={loading}
              onPress={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
            >
              {loading ? 'Cargando…' : 'Cargar más trámites'}
            </Button>
          )}
        </>
      )}
    </Page>
  );
}
