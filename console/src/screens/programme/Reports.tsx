import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';

import { graphql } from '../../gql';
import type { ReportFormat, ReportKind, RequestReportInput } from '../../gql/graphql';
import { Button, errorAt, FormAlert, Select, TextField } from '../../ui/controls';
import { formatDateTime, formatNumber } from '../../ui/format';
import { Loading, Notice, Page, QueryError } from '../../ui/page';
import { refusalOf } from '../../ui/problems';
import { downloadWithToken } from './download';
import { LoadMore, REPORT_FORMAT_LABEL, REPORT_KIND_LABEL, REPORT_STATUS_LABEL, ReportProgress } from './shared';

const ProgrammeReports = graphql(`
  query ProgrammeReports($first: Int!, $after: String) {
    reports(first: $first, after: $after) {
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
          kind
          format
          status
          progress
          stage
          error
          requestedAt
          finishedAt
          fileName
          contentType
          size
          downloadUrl
        }
      }
    }
  }
`);

const ProgrammeReportUpdated = graphql(`
  subscription ProgrammeReportUpdated($id: ID!) {
    reportUpdated(id: $id) {
      id
      status
      progress
      stage
      error
      finishedAt
      fileName
      contentType
      size
      downloadUrl
    }
  }
`);

const ProgrammeRequestReport = graphql(`
  mutation ProgrammeRequestReport($input: RequestReportInput!) {
    requestReport(input: $input) {
      reused
      report {
        id
        title
        kind
        format
        status
        progress
        stage
        error
        requestedAt
        finishedAt
        fileName
        contentType
        size
        downloadUrl
      }
    }
  }
`);

const ProgrammeReportCycles = graphql(`
  query ProgrammeReportCycles {
    cycles(first: 20) {
      edges {
        node {
          id
          year
          indexPublishedAt
        }
      }
    }
  }
`);

const ProgrammeReportPlans = graphql(`
  query ProgrammeReportPlans($entityCode: String!) {
    actionPlans(entityCode: $entityCode) {
      id
      title
      startYear
      endYear
    }
  }
`);

const KIND_OPTIONS: { id: ReportKind; label: string }[] = (['CASELOAD', 'CTI_INDEX', 'ADOPTION', 'FOLLOW_UP'] as const).map((id) => ({
  id,
  label: REPORT_KIND_LABEL[id],
}));
const FORMAT_OPTIONS: { id: ReportFormat; label: string }[] = (['PDF', 'XLSX', 'CSV'] as const).map((id) => ({
  id,
  label: REPORT_FORMAT_LABEL[id],
}));

/** Follows one report under way over graphql-ws: each change lands in the cache, so its row updates itself. */
function WatchReport({ id }: { id: string }) {
  useSubscription(ProgrammeReportUpdated, { variables: { id } });
  return null;
}

function FollowUpPlan({ planId, setPlanId, error }: { planId: string | null; setPlanId(id: string): void; error?: string }) {
  const [entityCode, setEntityCode] = useState('');
  const code = /^\d{2}(\d{3})?$/.test(entityCode.trim()) ? entityCode.trim() : null;
  const plans = useQuery(ProgrammeReportPlans, { variables: { entityCode: code ?? '' }, skip: !code });
  const list = plans.data?.actionPlans ?? [];
  return (
    <>
      <TextField
        label="Entidad del plan (código DIVIPOLA)"
        name="planEntity"
        maxLength={5}
        value={entityCode}
        onChange={setEntityCode}
        description="Escriba el código para ver sus planes de acción, p. ej. 11001."
      />
      {plans.error && <QueryError error={plans.error} />}
      {code && plans.data && list.length === 0 && <p>La entidad no tiene planes de acción.</p>}
      {list.length > 0 && (
        <Select
          label="Plan de acción"
          name="planId"
          isRequired
          value={planId}
          onChange={setPlanId}
          error={error}
          options={list.map((p) => ({ id: p.id, label: `${p.title} (${p.startYear}–${p.endYear})` }))}
        />
      )}
      {list.length === 0 && error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

function RequestForm({ onRequested }: { onRequested(message: string): void }) {
  const [kind, setKind] = useState<ReportKind>('CASELOAD');
  const [format, setFormat] = useState<ReportFormat>('PDF');
  const [cycleId, setCycleId] = useState<string | null>(null);
  const [cut, setCut] = useState('');
  const [planId, setPlanId] = useState<string | null>(null);
  const [since, setSince] = useState('');
  const [departmentCode, setDepartmentCode] = useState('');
  const cycles = useQuery(ProgrammeReportCycles, { skip: kind !== 'CTI_INDEX' });
  const [request, { loading, error }] = useMutation(ProgrammeRequestReport, {
    refetchQueries: [ProgrammeReports],
    awaitRefetchQueries: true,
  });
  const refusal = refusalOf(error);

  const input = (): RequestReportInput => {
    const base: RequestReportInput = { kind, format };
    if (kind === 'CTI_INDEX' && cycleId) base.cycleId = cycleId;
    if ((kind === 'CASELOAD' || kind === 'FOLLOW_UP') && cut) base.cut = cut;
    if (kind === 'FOLLOW_UP' && planId) base.planId = planId;
    if (kind === 'ADOPTION')
      base.adoption = { ...(since ? { since } : {}), ...(departmentCode.trim() ? { departmentCode: departmentCode.trim() } : {}) };
    return base;
  };
  const shown = ['input.kind', 'input.format', 'input.cycleId', 'input.cut', 'input.planId', 'input.adoption'];

  return (
    <form
      className="card"
      aria-labelledby="solicitar"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        request({ variables: { input: input() } }).then(
          ({ data }) => {
            const answer = data?.requestReport;
            if (answer)
              onRequested(
                answer.reused
                  ? `«${answer.report.title}»: ya existía una solicitud igual sobre los mismos datos; se usa esa.`
                  : `«${answer.report.title}» quedó en la cola.`,
              );
          },
          () => undefined,
        );
      }}
    >
      <h2 id="solicitar">Solicitar un informe</h2>
      <FormAlert refusal={refusal} shownPaths={shown} />
      <Select<ReportKind>
        label="Informe"
        name="kind"
        isRequired
        value={kind}
        onChange={setKind}
        options={KIND_OPTIONS}
        error={errorAt(refusal, 'input.kind')}
      />
      <Select<ReportFormat>
        label="Formato"
        name="format"
        isRequired
        value={format}
        onChange={setFormat}
        options={FORMAT_OPTIONS}
        error={errorAt(refusal, 'input.format')}
      />
      {kind === 'CTI_INDEX' && (
        <Select
          label="Vigencia"
          name="cycleId"
          isRequired
          value={cycleId}
          onChange={setCycleId}
          error={errorAt(refusal, 'input.cycleId')}
          options={(cycles.data?.cycles.edges ?? []).map(({ node }) => ({
            id: node.id,
            label: `${node.year}${node.indexPublishedAt ? ' · Índice publicado' : ' · Índice sin publicar'}`,
          }))}
        />
      )}
      {(kind === 'CASELOAD' || kind === 'FOLLOW_UP') && (
        <TextField
          label="Fecha de corte"
          type="date"
          name="cut"
          description="Sin fecha: hoy, en hora de Colombia."
          value={cut}
          onChange={setCut}
          error={errorAt(refusal, 'input.cut')}
        />
      )}
      {kind === 'FOLLOW_UP' && <FollowUpPlan planId={planId} setPlanId={setPlanId} error={errorAt(refusal, 'input.planId')} />}
      {kind === 'ADOPTION' && (
        <>
          <TextField
            label="Validados desde"
            type="date"
            name="since"
            description="Sin fecha: desde el 2023-04-01 (Resolución 1117 de 2022)."
            value={since}
            onChange={setSince}
            error={errorAt(refusal, 'input.adoption.since')}
          />
          <TextField
            label="Departamento (código DIVIPOLA de 2 dígitos)"
            name="departmentCode"
            maxLength={2}
            value={departmentCode}
            onChange={setDepartmentCode}
            error={errorAt(refusal, 'input.adoption.departmentCode')}
          />
        </>
      )}
      <Button type="submit" isDisabled={loading}>
        {loading ? 'Enviando…' : 'Solicitar informe'}
      </Button>
    </form>
  );
}

function DownloadButton({ url, fileName, title }: { url: string; fileName: string; title: string }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <>
      <Button
        variant="secondary"
        aria-label={`Descargar ${title}`}
        isDisabled={busy}
        onPress={() => {
          setBusy(true);
          setMessage(null);
          downloadWithToken(url, fileName)
            .then(
              ({ name }) => setMessage({ ok: true, text: `Descargado: ${name}` }),
              (e: unknown) => setMessage({ ok: false, text: e instanceof Error ? e.message : String(e) }),
            )
            .finally(() => setBusy(false));
        }}
      >
        {busy ? 'Descargando…' : 'Descargar'}
      </Button>
      {message && (
        <span className={message.ok ? 'muted' : 'field-error'} role={message.ok ? 'status' : 'alert'}>
          {' '}
          {message.text}
        </span>
      )}
    </>
  );
}

const sizeText = (bytes: number | null | undefined) =>
  bytes == null
    ? ''
    : bytes < 1024
      ? `${formatNumber(bytes)} B`
      : bytes < 1024 * 1024
        ? `${formatNumber(bytes / 1024)} kB`
        : `${formatNumber(bytes / 1024 / 1024)} MB`;

/** /informes: the person's own reports, a form to request one, each one's progress live, and its download. */
export default function Reports() {
  const { data, loading, error, fetchMore } = useQuery(ProgrammeReports, { variables: { first: 20 } });
  const [notice, setNotice] = useState<string | null>(null);
  const reports = data?.reports;
  return (
    <Page title="Informes">
      {notice && <Notice>{notice}</Notice>}
      <RequestForm onRequested={setNotice} />
      <h2>Mis informes</h2>
      {error && <QueryError error={error} />}
      {!reports && loading && <Loading label="Cargando sus informes…" />}
      {reports && reports.edges.length === 0 && <p>Aún no ha solicitado informes.</p>}
      {reports && reports.edges.length > 0 && (
        <ul className="report-list" aria-label="Mis informes, el más reciente primero">
          {reports.edges.map(({ node }) => {
            const active = node.status === 'QUEUED' || node.status === 'RUNNING';
            return (
              <li key={node.id} className="card report">
                {active && <WatchReport id={node.id} />}
                <h3>{node.title}</h3>
                <p className="muted">
                  {REPORT_KIND_LABEL[node.kind] ?? node.kind} · {REPORT_FORMAT_LABEL[node.format] ?? node.format} · solicitado el{' '}
                  {formatDateTime(node.requestedAt)}
                </p>
                <ReportProgress
                  value={node.progress}
                  label={`Avance: ${REPORT_STATUS_LABEL[node.status] ?? node.status}${node.stage && active ? ` (${node.stage})` : ''}`}
                />
                {node.status === 'FAILED' && (
                  <p className="field-error">{node.error ?? 'La generación falló; puede solicitarlo de nuevo.'}</p>
                )}
                {node.status === 'READY' && node.downloadUrl && (
                  <p>
                    {node.fileName} {node.size != null && <span className="muted">({sizeText(node.size)})</span>}{' '}
                    <DownloadButton url={node.downloadUrl} fileName={node.fileName} title={node.title} />
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {reports && (
        <LoadMore
          what="informes"
          hasMore={reports.pageInfo.hasNextPage}
          loading={loading}
          onLoad={() => void fetchMore({ variables: { after: reports.pageInfo.endCursor } })}
        />
      )}
    </Page>
  );
}
