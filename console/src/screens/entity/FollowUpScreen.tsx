import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { graphql } from '../../gql';
import type { EntityProcessActionPlansQuery } from '../../gql/graphql';
import { Button, errorAt, FormAlert, NumberField, Select, TextField } from '../../ui/controls';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../ui/format';
import { Loading, Notice, Page, ScreenError } from '../../ui/page';
import { refusalOf, type Refusal } from '../../ui/problems';
import { useViewer } from '../../viewer';
import { periodReportStatusLabel, planStatusLabel, reportDueLabel, uploadDocument } from './ApplicationShared';

import './process.css';

const ActionPlans = graphql(`
  query EntityProcessActionPlans($entityCode: String!) {
    actionPlans(entityCode: $entityCode) {
      id
      title
      status
      currentVersion
      startYear
      endYear
      periodicity
      description
      periods {
        id
        key
        start
        end
      }
      products {
        id
        code
        name
        indicator
        weight
        objectiveCode
        objectiveName
        targets {
          id
          period
          value
        }
      }
      measurement {
        id
        cut
        official
        label
        progress
        ideal
        gap
        distribution {
          id
          status
          label
          count
        }
        objectives {
          id
          code
          name
          progress
          ideal
          gap
          products {
            id
            code
            status
            pahv
            paa
            progress
          }
        }
      }
      reportSchedule {
        id
        period
        start
        end
        dueOn
        status
        missing
        late
        submittedOn
      }
      progressReports {
        id
        period
        final
        status
        submission
        acceptedOn
        case {
          id
          stateLabel
          lastNote
        }
        items {
          id
          productCode
          value
          narrative
          reviewComment
          reportedOn
          annexes {
            id
            name
            downloadUrl
          }
        }
      }
      versions {
        id
        number
        status
        baseVersion
        title
        justification
        proposedAt
        effectiveFrom
        changes {
          kind
          code
          justification
        }
        case {
          id
          stateLabel
          lastNote
        }
      }
    }
  }
`);

const SubmitReport = graphql(`
  mutation EntityProcessSubmitProgressReport($input: SubmitProgressReportInput!) {
    submitProgressReport(input: $input) {
      case {
        id
        state
        stateLabel
      }
    }
  }
`);

const ProposeAdjustment = graphql(`
  mutation EntityProcessProposePlanAdjustment($input: ProposePlanAdjustmentInput!) {
    proposePlanAdjustment(input: $input) {
      case {
        id
        state
        stateLabel
      }
    }
  }
`);

type Plan = EntityProcessActionPlansQuery['actionPlans'][number];

/** The semáforo's colours as classes (each always shown with its Spanish label, never alone). */
const SEMAFORO_CLASS: Record<string, string> = {
  SOBRE_EJECUCION: 'sem-sobre',
  ALTO: 'sem-alto',
  MEDIO: 'sem-medio',
  BAJO: 'sem-bajo',
  SIN_DATO: 'sem-sin',
};

/**
 * /seguimiento: the entity's action plans. For the chosen one: the Bogotá method's measurement at
 * today's cut (progress, ideal trajectory, gap, and the semáforo per product with its label), the
 * products, the report schedule, the progress reports (and a new one with annexes uploaded
 * resumably) and the adjustment proposals (and a new one). Who may file is the API's call.
 */
export default function FollowUpScreen() {
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(ActionPlans, {
    variables: { entityCode: viewer.entityCode ?? '' },
    skip: !viewer.entityCode,
  });
  const [params, setParams] = useSearchParams();
  if (!viewer.entityCode) {
    return (
      <Page title="Seguimiento a la ejecución">
        <p>Esta pantalla es de las entidades territoriales.</p>
      </Page>
    );
  }
  if (loading && !data) return <Loading />;
  if (error || !data) return <ScreenError error={error} />;
  const plans = data.actionPlans;
  const plan = plans.find((p) => p.id === params.get('plan')) ?? plans.find((p) => p.status === 'APPROVED') ?? plans[0];
  return (
    <Page title="Seguimiento a la ejecución">
      {plans.length === 0 ? (
        <p>La entidad aún no tiene planes de acción.</p>
      ) : (
        <>
          {plans.length > 1 && (
            <nav aria-label="Planes de acción de la entidad">
              <ul className="plain inline">
                {plans.map((p) => (
                  <li key={p.id}>
                    <Button variant={p.id === plan?.id ? 'primary' : 'secondary'} onPress={() => setParams({ plan: p.id })}>
                      {p.title}
                    </Button>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {plan && <PlanView key={plan.id} plan={plan} reload={() => void refetch()} />}
        </>
      )}
    </Page>
  );
}

function PlanView({ plan, reload }: { plan: Plan; reload(): void }) {
  const m = plan.measurement;
  const labels = new Map(m.distribution.map((d) => [d.status, d.label]));
  const productName = new Map(plan.products.map((p) => [p.code, p.name]));
  return (
    <>
      <h2>{plan.title}</h2>
      <dl className="facts">
        <dt>Estado</dt>
        <dd>{planStatusLabel(plan.status)}</dd>
        <dt>Horizonte</dt>
        <dd>
          {plan.startYear}–{plan.endYear}
        </dd>
        <dt>Versión vigente</dt>
        <dd>{plan.currentVersion ?? 'Ninguna aprobada'}</dd>
      </dl>

      <section aria-labelledby="medicion">
        <h3 id="medicion">Avance y semáforo</h3>
        <p>{m.label}</p>
        <dl className="facts figures">
          <dt>Avance</dt>
          <dd>{formatNumber(m.progress)} puntos</dd>
          <dt>Trayectoria ideal</dt>
          <dd>{formatNumber(m.ideal)} puntos</dd>
          <dt>Brecha</dt>
          <dd>{formatNumber(m.gap)} puntos</dd>
        </dl>
        <ul className="plain semaforo-legend" aria-label="Productos por color del semáforo">
          {m.distribution.map((d) => (
            <li key={d.status}>
              <span className={`sem ${SEMAFORO_CLASS[d.status] ?? ''}`} aria-hidden="true" /> {d.label}: {d.count}
            </li>
          ))}
        </ul>
        {m.objectives.length > 0 && (
          <table>
            <caption>Semáforo por producto (frente a la trayectoria esperada)</caption>
            <thead>
              <tr>
                <th scope="col">Objetivo</th>
                <th scope="col">Producto</th>
                <th scope="col" className="num">
                  Avance hasta la vigencia (PAHV)
                </th>
                <th scope="col" className="num">
                  Avance acumulado (PAA)
                </th>
                <th scope="col">Semáforo</th>
              </tr>
            </thead>
            <tbody>
              {m.objectives.flatMap((o) =>
                o.products.map((p) => (
                  <tr key={`${o.code}:${p.code}`}>
                    <td>{o.name ?? o.code}</td>
                    <td>
                      {p.code} · {productName.get(p.code) ?? ''}
                    </td>
                    <td className="num">{formatPercent(p.pahv)}</td>
                    <td className="num">{formatPercent(p.paa)}</td>
                    <td>
                      <span className={`sem ${SEMAFORO_CLASS[p.status] ?? ''}`} aria-hidden="true" /> {labels.get(p.status) ?? p.status}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="productos">
        <h3 id="productos">Productos e indicadores</h3>
        <table>
          <caption className="visually-hidden">Productos del plan con su indicador, peso y metas</caption>
          <thead>
            <tr>
              <th scope="col">Código</th>
              <th scope="col">Producto</th>
              <th scope="col">Indicador</th>
              <th scope="col" className="num">
                Peso
              </th>
              <th scope="col">Metas</th>
            </tr>
          </thead>
          <tbody>
            {plan.products.map((p) => (
              <tr key={p.id}>
                <td>{p.code}</td>
                <td>{p.name}</td>
                <td>{p.indicator}</td>
                <td className="num">{formatNumber(p.weight)} %</td>
                <td>{p.targets.map((t) => `${t.period}: ${formatNumber(t.value)}`).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="calendario">
        <h3 id="calendario">Calendario de reportes</h3>
        <table>
          <caption className="visually-hidden">Periodos del plan y su reporte</caption>
          <thead>
            <tr>
              <th scope="col">Periodo</th>
              <th scope="col">Vence</th>
              <th scope="col">Estado</th>
            </tr>
          </thead>
          <tbody>
            {plan.reportSchedule.map((r) => (
              <tr key={r.id}>
                <td>
                  {r.period} ({formatDate(r.start)} – {formatDate(r.end)})
                </td>
                <td>{formatDate(r.dueOn)}</td>
                <td>
                  <span className={`badge ${r.status === 'OVERDUE' ? 'badge-overdue' : r.status === 'SUBMITTED' ? 'badge-ok' : ''}`}>
                    {reportDueLabel(r.status)}
                  </span>
                  {r.late && ' (tardío)'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="reportes">
        <h3 id="reportes">Reportes de avance</h3>
        {plan.progressReports.length === 0 ? (
          <p>Aún no hay reportes de avance.</p>
        ) : (
          <table>
            <caption className="visually-hidden">Reportes de avance del plan</caption>
            <thead>
              <tr>
                <th scope="col">Periodo</th>
                <th scope="col">Estado</th>
                <th scope="col">Valores reportados</th>
                <th scope="col">Anexos</th>
              </tr>
            </thead>
            <tbody>
              {plan.progressReports.map((r) => (
                <tr key={r.id}>
                  <td>
                    {r.period}
                    {r.final && ' (final)'}
                  </td>
                  <td>
                    {r.case.stateLabel ?? periodReportStatusLabel(r.status)}
                    {r.acceptedOn && ` el ${formatDate(r.acceptedOn)}`}
                    {r.case.lastNote && <div className="muted">{r.case.lastNote}</div>}
                  </td>
                  <td>
                    <ul className="plain">
                      {r.items.map((i) => (
                        <li key={i.id}>
                          {i.productCode}: {formatNumber(i.value)}
                          {i.reviewComment && <div className="muted">Observación: {i.reviewComment}</div>}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <ul className="plain">
                      {r.items.flatMap((i) =>
                        i.annexes.map((a) => <li key={a.id}>{a.downloadUrl ? <a href={a.downloadUrl}>{a.name}</a> : a.name}</li>),
                      )}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {plan.status === 'APPROVED' && <ReportForm plan={plan} onDone={reload} />}
      </section>

      <section aria-labelledby="ajustes">
        <h3 id="ajustes">Propuestas de ajuste</h3>
        {plan.versions.filter((v) => v.baseVersion != null).length === 0 ? (
          <p>El plan no tiene propuestas de ajuste.</p>
        ) : (
          <ul className="plain">
            {plan.versions
              .filter((v) => v.baseVersion != null)
              .map((v) => (
                <li key={v.id} className="card">
                  <p>
                    <strong>Versión {v.number}</strong> · propuesta el {formatDateTime(v.proposedAt)} · {v.case?.stateLabel ?? v.status}
                    {v.effectiveFrom && ` · rige desde el ${formatDate(v.effectiveFrom)}`}
                  </p>
                  {v.justification && <p>{v.justification}</p>}
                  <ul>
                    {v.changes.map((c, i) => (
                      <li key={i}>
                        {c.code ? `${c.code}: ` : ''}
                        {c.justification}
                      </li>
                    ))}
                  </ul>
                  {v.case?.lastNote && <p className="muted">Nota de la coordinación: {v.case.lastNote}</p>}
                </li>
              ))}
          </ul>
        )}
        {plan.status === 'APPROVED' && <AdjustmentForm plan={plan} onDone={reload} />}
      </section>
    </>
  );
}

interface ItemDraft {
  value: number | null;
  narrative: string;
  file: File | null;
}

/** Today in Bogotá, as a `YYYY-MM-DD` day. */
const todayInBogota = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota' }).format(new Date());

function ReportForm({ plan, onDone }: { plan: Plan; onDone(): void }) {
  const today = todayInBogota();
  const started = plan.periods.filter((p) => p.start <= today);
  const due = plan.reportSchedule.find((r) => r.status === 'DUE' || r.status === 'OVERDUE');
  const [period, setPeriod] = useState<string | null>(due?.period ?? started[started.length - 1]?.key ?? null);
  const [items, setItems] = useState<Record<string, ItemDraft>>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [submit, { loading }] = useMutation(SubmitReport);
  const draft = (code: string): ItemDraft => items[code] ?? { value: null, narrative: '', file: null };
  const setDraft = (code: string, change: Partial<ItemDraft>) => setItems((all) => ({ ...all, [code]: { ...draft(code), ...change } }));
  const sent = plan.products.filter((p) => draft(p.code).value != null);
  const itemError = (code: string, field: string) => {
    const at = sent.findIndex((p) => p.code === code);
    return at >= 0 ? errorAt(refusal, `input.items[${at}].${field}`) : undefined;
  };

  const send = async () => {
    setRefusal(null);
    setNotice(null);
    if (!period) return;
    try {
      setUploading(true);
      const annexes: Record<string, string[]> = {};
      for (const p of sent) {
        const file = draft(p.code).file;
        annexes[p.code] = file ? [await uploadDocument(file, 'PROGRESS_EVIDENCE')] : [];
      }
      setUploading(false);
      const res = await submit({
        variables: {
          input: {
            planId: plan.id,
            period,
            items: sent.map((p) => ({
              productCode: p.code,
              value: draft(p.code).value ?? 0,
              narrative: draft(p.code).narrative,
              annexes: annexes[p.code],
            })),
          },
        },
      });
      setNotice(`Reporte radicado. Estado: ${res.data?.submitProgressReport.case.stateLabel ?? ''}.`);
      setItems({});
      onDone();
    } catch (err) {
      setUploading(false);
      setRefusal(refusalOf(err));
    }
  };

  return (
    <form
      className="card"
      aria-labelledby="nuevo-reporte"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <h4 id="nuevo-reporte">Nuevo reporte de avance</h4>
      {notice && <Notice>{notice}</Notice>}
      <FormAlert refusal={refusal} shownPaths={['input.period', 'input.items']} />
      {refusal?.problems.some((p) => p.path === 'input.items') && (
        <p className="field-error">{refusal.problems.find((p) => p.path === 'input.items')?.message}</p>
      )}
      <Select
        label="Periodo"
        value={period}
        onChange={setPeriod}
        options={started.map((p) => ({ id: p.key, label: `${p.key} (${formatDate(p.start)} – ${formatDate(p.end)})` }))}
        error={errorAt(refusal, 'input.period')}
        isRequired
      />
      <p className="hint">Reporte los productos con avance en el periodo: los que deje sin valor no se incluyen.</p>
      {plan.products.map((p) => (
        <fieldset key={p.id} className="field report-item">
          <legend>
            {p.code} · {p.name} ({p.indicator})
          </legend>
          <NumberField
            label={`Valor del periodo para ${p.code}`}
            value={draft(p.code).value}
            onChange={(value) => setDraft(p.code, { value })}
            error={itemError(p.code, 'value') ?? itemError(p.code, 'productCode')}
          />
          <TextField
            label={`Avance cualitativo de ${p.code}`}
            description="Entre 10 y 5.000 caracteres."
            multiline
            value={draft(p.code).narrative}
            onChange={(narrative) => setDraft(p.code, { narrative })}
            error={itemError(p.code, 'narrative')}
          />
          <div className="upload">
            <label htmlFor={`annex-${p.id}`}>{`Anexo de ${p.code} (opcional)`}</label>
            <input id={`annex-${p.id}`} type="file" onChange={(e) => setDraft(p.code, { file: e.target.files?.[0] ?? null })} />
            {itemError(p.code, 'annexes') && <p className="field-error">{itemError(p.code, 'annexes')}</p>}
          </div>
        </fieldset>
      ))}
      <Button type="submit" isDisabled={loading || uploading || !period}>
        {uploading ? 'Subiendo anexos…' : loading ? 'Radicando…' : 'Radicar el reporte'}
      </Button>
    </form>
  );
}

function AdjustmentForm({ plan, onDone }: { plan: Plan; onDone(): void }) {
  const [justification, setJustification] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [targetPeriod, setTargetPeriod] = useState<string | null>(null);
  const [target, setTarget] = useState<number | null>(null);
  const [why, setWhy] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [propose, { loading }] = useMutation(ProposeAdjustment);
  const product = plan.products.find((p) => p.code === code);
  return (
    <form
      className="card"
      aria-labelledby="nuevo-ajuste"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setRefusal(null);
        setNotice(null);
        propose({
          variables: {
            input: {
              planId: plan.id,
              justification,
              products: code
                ? [
                    {
                      code,
                      justification: why,
                      ...(name.trim() ? { name: name.trim() } : {}),
                      ...(targetPeriod ? { targets: [{ period: targetPeriod, value: target }] } : {}),
                    },
                  ]
                : undefined,
            },
          },
        })
          .then((res) => {
            setNotice(`Propuesta enviada a la coordinación. Estado: ${res.data?.proposePlanAdjustment.case.stateLabel ?? ''}.`);
            setJustification('');
            setWhy('');
            setName('');
            onDone();
          })
          .catch((err: unknown) => setRefusal(refusalOf(err)));
      }}
    >
      <h4 id="nuevo-ajuste">Proponer un ajuste</h4>
      {notice && <Notice>{notice}</Notice>}
      <FormAlert refusal={refusal} shownPaths={['input.justification', 'input.products[0]']} />
      <TextField
        label="Justificación de la propuesta"
        description="Entre 10 y 5.000 caracteres."
        multiline
        value={justification}
        onChange={setJustification}
        error={errorAt(refusal, 'input.justification')}
        isRequired
      />
      <Select
        label="Producto que se ajusta"
        value={code}
        onChange={setCode}
        options={plan.products.map((p) => ({ id: p.code, label: `${p.code} · ${p.name}` }))}
        error={errorAt(refusal, 'input.products[0].code')}
      />
      {product && (
        <>
          <TextField label="Nuevo nombre (opcional)" value={name} onChange={setName} error={errorAt(refusal, 'input.products[0].name')} />
          <Select
            label="Periodo de la meta que cambia (opcional)"
            value={targetPeriod}
            onChange={setTargetPeriod}
            options={plan.periods.map((p) => ({ id: p.key, label: p.key }))}
            error={errorAt(refusal, 'input.products[0].targets')}
          />
          {targetPeriod && (
            <NumberField
              label={`Nueva meta de ${targetPeriod} (vacía: se quita)`}
              value={target}
              onChange={setTarget}
              error={errorAt(refusal, 'input.products[0].targets[0].value')}
            />
          )}
          <TextField
            label={`Motivo del cambio de ${product.code}`}
            description="Entre 10 y 2.000 caracteres."
            multiline
            value={why}
            onChange={setWhy}
            error={errorAt(refusal, 'input.products[0].justification')}
            isRequired
          />
        </>
      )}
      <Button type="submit" variant="secondary" isDisabled={loading}>
        Enviar la propuesta
      </Button>
    </form>
  );
}
