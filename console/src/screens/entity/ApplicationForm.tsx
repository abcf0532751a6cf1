import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';

import { graphql } from '../../gql';
import type { EntityProcessApplicationQuery } from '../../gql/graphql';
import { Button, Checkbox, errorAt, FormAlert, NumberField, Select, TextField } from '../../ui/controls';
import { formatDate, formatDateTime, formatPercent, formatPesos } from '../../ui/format';
import { Loading, Notice, Page, ScreenError } from '../../ui/page';
import { refusalOf, type Refusal } from '../../ui/problems';
import { COMPONENTS, uploadDocument, type ComponentCode } from './ApplicationShared';

import './process.css';

const ApplicationQuery = graphql(`
  query EntityProcessApplication($id: ID!) {
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
        kind
        label
        dueAt
        originalDueAt
        status
        overdue
        extendedDays
      }
      application {
        id
        title
        description
        dimensions
        submittedAt
        counterpartShare
        budgetLines {
          id
          position
          component
          componentLabel
          description
          futicAmount
          counterpartAmount
          total
        }
        totals {
          id
          futic
          counterpart
          total
        }
        checklist {
          id
          itemId
          text
          requiresDocument
          documents {
            id
            name
            status
            current
            downloadUrl
          }
        }
        call {
          id
          title
          open
          opensAt
          closesAt
          totalBudget
          capPerApplication
          minCounterpartPercent
        }
      }
    }
    cycles(first: 5) {
      edges {
        node {
          id
          open
          model {
            id
            dimensions {
              id
              code
              name
            }
          }
        }
      }
    }
  }
`);

const SaveApplication = graphql(`
  mutation EntityProcessSaveApplication($input: SaveApplicationInput!) {
    saveApplication(input: $input) {
      id
      title
      description
      dimensions
      counterpartShare
      budgetLines {
        id
        position
        component
        componentLabel
        description
        futicAmount
        counterpartAmount
        total
      }
      totals {
        id
        futic
        counterpart
        total
      }
    }
  }
`);

const SubmitApplication = graphql(`
  mutation EntityProcessSubmitApplication($input: CaseActionInput!) {
    submitApplication(input: $input) {
      case {
        id
        version
        state
        stateLabel
      }
    }
  }
`);

const ResubmitApplication = graphql(`
  mutation EntityProcessResubmitApplication($input: CaseActionInput!) {
    resubmitApplication(input: $input) {
      case {
        id
        version
        state
        stateLabel
      }
    }
  }
`);

const AttachDocuments = graphql(`
  mutation EntityProcessAttachChecklistDocuments($input: AttachChecklistDocumentsInput!) {
    attachChecklistDocuments(input: $input) {
      id
      checklist {
        id
        itemId
        text
        requiresDocument
        documents {
          id
          name
          status
          current
          downloadUrl
        }
      }
    }
  }
`);

const RequestExtension = graphql(`
  mutation EntityProcessRequestCorrectionsExtension($input: RequestCorrectionsExtensionInput!) {
    requestCorrectionsExtension(input: $input) {
      case {
        id
        version
        state
        stateLabel
      }
    }
  }
`);

type Kase = NonNullable<EntityProcessApplicationQuery['case']>;
type Application = NonNullable<Kase['application']>;

interface LineDraft {
  key: number;
  component: ComponentCode | null;
  description: string;
  futic: number | null;
  counterpart: number | null;
}

/** The states in which the entity edits its application (the API refuses edits in any other). */
const EDITABLE = ['draft', 'correctionsRequested'];

/** Why a submission was refused: `extensions.reasons` of APPLICATION_NOT_SUBMITTABLE, each in Spanish. */
function reasonsOf(err: unknown): string[] {
  if (!CombinedGraphQLErrors.is(err)) return [];
  const reasons = (err.errors[0]?.extensions as { reasons?: { message: string }[] } | undefined)?.reasons ?? [];
  return reasons.map((r) => r.message);
}

/** The problem the API gave for a budget line's field (`input.budgetLines[i].field`). */
const lineProblem = (refusal: Refusal | null, index: number, field: string) =>
  errorAt(refusal, `input.budgetLines[${index}].${field}`) ?? errorAt(refusal, `input.budgetLines.${index}.${field}`);

/**
 * /cofinanciacion/:caseId: the application form. Budget lines by FUTIC component with live totals,
 * the counterpart share against the call's minimum and the cap (figures the server recomputes when
 * it saves), the checklist's documents uploaded resumably, saving, submitting (offered when the API
 * lists it for this person) and, while corrections are requested, the term and its one extension.
 */
export default function ApplicationForm() {
  const { caseId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ApplicationQuery, { variables: { id: caseId } });
  if (loading && !data) return <Loading />;
  if (error) return <ScreenError error={error} />;
  const kase = data?.case;
  if (!kase || kase.process !== 'COFINANCING_APPLICATION' || !kase.application) {
    return (
      <Page title="Postulación">
        <p className="alert alert-error" role="alert">
          Lo que busca no existe o no tiene acceso a ello.
        </p>
        <Link to="/cofinanciacion">Volver a cofinanciación</Link>
      </Page>
    );
  }
  const cycles = data.cycles.edges.map((e) => e.node);
  const dimensions = (cycles.find((c) => c.open) ?? cycles[0])?.model.dimensions ?? [];
  return (
    <ApplicationEditor key={kase.id} kase={kase} application={kase.application} dimensions={dimensions} reload={() => void refetch()} />
  );
}

function draftLines(application: Application): LineDraft[] {
  return application.budgetLines.map((l, i) => ({
    key: i,
    component: l.component,
    description: l.description,
    futic: l.futicAmount,
    counterpart: l.counterpartAmount,
  }));
}

function ApplicationEditor({
  kase,
  application,
  dimensions,
  reload,
}: {
  kase: Kase;
  application: Application;
  dimensions: { id: string; code: string; name: string }[];
  reload(): void;
}) {
  const call = application.call;
  const editable = EDITABLE.includes(kase.state);
  const events = new Set(kase.availableEvents.map((e) => e.event));
  const [title, setTitle] = useState(application.title ?? '');
  const [description, setDescription] = useState(application.description ?? '');
  const [chosen, setChosen] = useState<string[]>(application.dimensions);
  const [lines, setLines] = useState<LineDraft[]>(() => draftLines(application));
  const nextKey = useRef(lines.length);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [reasons, setReasons] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [save, saving] = useMutation(SaveApplication);
  const [submit, submitting] = useMutation(SubmitApplication);
  const [resubmit, resubmitting] = useMutation(ResubmitApplication);

  const totals = useMemo(() => {
    const futic = lines.reduce((s, l) => s + (l.futic ?? 0), 0);
    const counterpart = lines.reduce((s, l) => s + (l.counterpart ?? 0), 0);
    return { futic, counterpart, total: futic + counterpart };
  }, [lines]);
  // The API's own comparison (counterpart × 100 ≥ percent × total), in whole pesos.
  const shareMet = totals.total > 0 && totals.counterpart * 100 >= call.minCounterpartPercent * totals.total;
  const missingCounterpart = Math.max(0, Math.ceil((call.minCounterpartPercent * totals.total) / 100) - totals.counterpart);
  const overCap = totals.futic - call.capPerApplication;

  const input = () => ({
    caseId: kase.id,
    title,
    description,
    dimensions: chosen,
    budgetLines: lines.map((l) => ({
      // doSave stops before sending a line without a component (the enum cannot carry "none").
      component: l.component as ComponentCode,
      description: l.description,
      futicAmount: l.futic ?? 0,
      counterpartAmount: l.counterpart ?? 0,
    })),
  });

  const doSave = async (): Promise<boolean> => {
    setRefusal(null);
    setReasons([]);
    setNotice(null);
    const missingComponent = lines.findIndex((l) => !l.component);
    if (missingComponent >= 0) {
      setRefusal({
        message: 'Revise la postulación.',
        code: 'BAD_USER_INPUT',
        problems: [
          { path: `input.budgetLines[${missingComponent}].component`, code: 'REQUIRED', message: 'Elija el componente de la línea.' },
        ],
      });
      return false;
    }
    try {
      await save({ variables: { input: input() } });
      return true;
    } catch (err) {
      const refused = refusalOf(err);
      // The API's message lists every problem with its path; the fields show each one in words.
      setRefusal(
        refused?.code === 'BAD_USER_INPUT' ? { ...refused, message: 'No se guardó la postulación: revise los campos marcados.' } : refused,
      );
      return false;
    }
  };

  const doSubmit = async () => {
    if (editable && !(await doSave())) return;
    try {
      const variables = { input: { caseId: kase.id } };
      const res = events.has('RESUBMIT')
        ? (await resubmit({ variables })).data?.resubmitApplication
        : (await submit({ variables })).data?.submitApplication;
      setNotice(`Postulación radicada. Estado: ${res?.case.stateLabel ?? ''}.`);
      reload();
    } catch (err) {
      setRefusal(refusalOf(err));
      setReasons(reasonsOf(err));
    }
  };

  const shownPaths = ['input.title', 'input.description', 'input.dimensions', 'input.budgetLines'];
  const busy = saving.loading || submitting.loading || resubmitting.loading;
  const canSubmit = events.has('SUBMIT') || events.has('RESUBMIT');
  const linesError = refusal?.problems.find((p) => p.path === 'input.budgetLines')?.message;
  return (
    <Page title={application.title ? `Postulación: ${application.title}` : 'Postulación'}>
      <p>
        <Link to="/cofinanciacion">Volver a cofinanciación</Link>
      </p>
      <p role="status">
        Estado: <strong>{kase.stateLabel}</strong>
        {application.submittedAt && ` · radicada el ${formatDateTime(application.submittedAt)}`}
      </p>
      <section aria-labelledby="convocatoria">
        <h2 id="convocatoria">Convocatoria: {call.title}</h2>
        <dl className="facts">
          <dt>Recibe postulaciones</dt>
          <dd>
            del {formatDate(call.opensAt)} al {formatDate(call.closesAt)}
          </dd>
          <dt>Tope por postulación (FUTIC)</dt>
          <dd>{formatPesos(call.capPerApplication)}</dd>
          <dt>Contrapartida mínima</dt>
          <dd>{call.minCounterpartPercent} % del total</dd>
        </dl>
      </section>
      {kase.state === 'correctionsRequested' && <Corrections kase={kase} onDone={reload} />}
      {notice && <Notice>{notice}</Notice>}
      <FormAlert refusal={refusal} shownPaths={shownPaths} />
      {reasons.length > 0 && (
        <div className="alert alert-error">
          <p>Para radicar falta:</p>
          <ul>
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void doSave().then((ok) => {
            if (ok) {
              setNotice('Borrador guardado.');
              reload();
            }
          });
        }}
      >
        <fieldset className="plain-fieldset" disabled={!editable}>
          <legend className="visually-hidden">Datos de la postulación</legend>
          <TextField
            label="Título del proyecto"
            name="title"
            value={title}
            onChange={setTitle}
            maxLength={200}
            error={errorAt(refusal, 'input.title')}
            isRequired
            isDisabled={!editable}
          />
          <TextField
            label="Descripción del proyecto"
            name="description"
            description="Entre 20 y 5.000 caracteres."
            multiline
            value={description}
            onChange={setDescription}
            maxLength={5000}
            error={errorAt(refusal, 'input.description')}
            isRequired
            isDisabled={!editable}
          />
          <fieldset className="field">
            <legend>Dimensiones del modelo que atiende</legend>
            <div className="checkbox-columns">
              {dimensions.map((d) => (
                <Checkbox
                  key={d.code}
                  isDisabled={!editable}
                  isSelected={chosen.includes(d.code)}
                  onChange={(on) => setChosen((list) => (on ? [...list, d.code] : list.filter((c) => c !== d.code)))}
                >
                  {d.name}
                </Checkbox>
              ))}
            </div>
            {errorAt(refusal, 'input.dimensions') && <p className="field-error">{errorAt(refusal, 'input.dimensions')}</p>}
          </fieldset>
        </fieldset>

        <h2 id="presupuesto">Presupuesto</h2>
        {linesError && <p className="field-error">{linesError}</p>}
        {lines.length === 0 && <p>Agregue las líneas del presupuesto, cada una en su componente.</p>}
        <ol className="budget-lines" aria-labelledby="presupuesto">
          {lines.map((line, i) => (
            <li key={line.key} className="budget-line" aria-label={`Línea ${i + 1}`}>
              <h3 className="budget-line-title">Línea {i + 1}</h3>
              <Select
                label={`Componente de la línea ${i + 1}`}
                value={line.component}
                onChange={(component) => setLines((ls) => ls.map((l) => (l.key === line.key ? { ...l, component } : l)))}
                options={COMPONENTS}
                error={lineProblem(refusal, i, 'component')}
                isDisabled={!editable}
                isRequired
              />
              <TextField
                label={`Descripción de la línea ${i + 1}`}
                value={line.description}
                onChange={(description) => setLines((ls) => ls.map((l) => (l.key === line.key ? { ...l, description } : l)))}
                maxLength={300}
                error={lineProblem(refusal, i, 'description')}
                isDisabled={!editable}
                isRequired
              />
              <NumberField
                label={`Aporte FUTIC de la línea ${i + 1}`}
                pesos
                step={1}
                value={line.futic}
                onChange={(futic) => setLines((ls) => ls.map((l) => (l.key === line.key ? { ...l, futic } : l)))}
                error={lineProblem(refusal, i, 'futicAmount')}
                isDisabled={!editable}
              />
              <NumberField
                label={`Contrapartida de la línea ${i + 1}`}
                pesos
                step={1}
                value={line.counterpart}
                onChange={(counterpart) => setLines((ls) => ls.map((l) => (l.key === line.key ? { ...l, counterpart } : l)))}
                error={lineProblem(refusal, i, 'counterpartAmount')}
                isDisabled={!editable}
              />
              <p className="line-total">Total de la línea: {formatPesos((line.futic ?? 0) + (line.counterpart ?? 0))}</p>
              {editable && (
                <Button variant="secondary" onPress={() => setLines((ls) => ls.filter((l) => l.key !== line.key))}>
                  {`Quitar la línea ${i + 1}`}
                </Button>
              )}
            </li>
          ))}
        </ol>
        {editable && (
          <Button
            variant="secondary"
            onPress={() =>
              setLines((ls) => [...ls, { key: nextKey.current++, component: null, description: '', futic: null, counterpart: null }])
            }
          >
            Agregar línea
          </Button>
        )}

        <section className="card totals" aria-labelledby="totales">
          <h3 id="totales">Totales</h3>
          <table>
            <caption className="visually-hidden">Totales del presupuesto</caption>
            <tbody>
              <tr>
                <th scope="row">Aporte FUTIC</th>
                <td className="num" data-testid="total-futic">
                  {formatPesos(totals.futic)}
                </td>
              </tr>
              <tr>
                <th scope="row">Contrapartida</th>
                <td className="num" data-testid="total-contrapartida">
                  {formatPesos(totals.counterpart)}
                </td>
              </tr>
              <tr>
                <th scope="row">Total del proyecto</th>
                <td className="num" data-testid="total-proyecto">
                  {formatPesos(totals.total)}
                </td>
              </tr>
            </tbody>
          </table>
          <div role="status" aria-live="polite" className="checks">
            <p className={shareMet ? 'check-ok' : 'check-fail'}>
              <span aria-hidden="true">{shareMet ? '✓ ' : '✗ '}</span>
              Contrapartida: {formatPercent(totals.total ? totals.counterpart / totals.total : 0)} del total.{' '}
              {shareMet
                ? `Cumple el mínimo de ${call.minCounterpartPercent} % de la convocatoria.`
                : totals.total === 0
                  ? `La convocatoria exige al menos ${call.minCounterpartPercent} % del total.`
                  : `No alcanza el mínimo de ${call.minCounterpartPercent} % de la convocatoria: faltan ${formatPesos(missingCounterpart)} de contrapartida.`}
            </p>
            <p className={overCap > 0 ? 'check-fail' : 'check-ok'}>
              <span aria-hidden="true">{overCap > 0 ? '✗ ' : '✓ '}</span>
              {overCap > 0
                ? `El aporte FUTIC supera el tope de ${formatPesos(call.capPerApplication)} en ${formatPesos(overCap)}.`
                : `El aporte FUTIC está dentro del tope de ${formatPesos(call.capPerApplication)}.`}
            </p>
          </div>
        </section>

        {editable && (
          <Button type="submit" isDisabled={busy}>
            {saving.loading ? 'Guardando…' : 'Guardar borrador'}
          </Button>
        )}
      </form>

      <Checklist kase={kase} application={application} editable={editable} />

      {canSubmit && (
        <section className="card" aria-labelledby="radicar">
          <h2 id="radicar">Radicar</h2>
          <p>
            {editable ? 'Se guardan los cambios y la postulación se envía al Ministerio.' : 'La postulación se envía al Ministerio.'}{' '}
            Después no se puede editar, salvo que el Ministerio pida correcciones.
          </p>
          <Button isDisabled={busy} onPress={() => void doSubmit()}>
            {events.has('RESUBMIT') ? 'Radicar las correcciones' : 'Radicar la postulación'}
          </Button>
        </section>
      )}
      {editable && !canSubmit && (
        <p className="alert alert-warning">
          La radicación la hace el representante legal de la entidad: usted puede preparar y guardar la postulación.
        </p>
      )}
    </Page>
  );
}

function Checklist({ kase, application, editable }: { kase: Kase; application: Application; editable: boolean }) {
  const missing = application.checklist.filter((i) => i.requiresDocument && !i.documents.some((d) => d.current));
  return (
    <section aria-labelledby="requisitos">
      <h2 id="requisitos">Documentos de los requisitos habilitantes</h2>
      {missing.length > 0 ? (
        <div className="alert alert-warning">
          <p>Faltan documentos obligatorios:</p>
          <ul>
            {missing.map((i) => (
              <li key={i.itemId}>{i.text}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>No falta ningún documento obligatorio.</p>
      )}
      <ul className="checklist">
        {application.checklist.map((item) => (
          <ChecklistEntry key={item.itemId} kase={kase} item={item} editable={editable} />
        ))}
      </ul>
    </section>
  );
}

function ChecklistEntry({ kase, item, editable }: { kase: Kase; item: Application['checklist'][number]; editable: boolean }) {
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [attach] = useMutation(AttachDocuments);
  const inputId = `doc-${item.itemId}`;
  const upload = async () => {
    if (!file) return;
    setFailure(null);
    setDone(null);
    setProgress(0);
    try {
      const documentId = await uploadDocument(file, 'ELIGIBILITY_REQUIREMENT', setProgress);
      await attach({ variables: { input: { caseId: kase.id, itemId: item.itemId, documentIds: [documentId] } } });
      setDone(`Documento «${file.name}» adjunto.`);
      setFile(null);
    } catch (err) {
      setFailure(refusalOf(err)?.message ?? 'No fue posible adjuntar el documento.');
    } finally {
      setProgress(null);
    }
  };
  return (
    <li className="card">
      <h3 className="checklist-title">{item.text}</h3>
      <p>
        {item.requiresDocument ? (
          item.documents.some((d) => d.current) ? (
            <span className="badge badge-ok">Documento adjunto</span>
          ) : (
            <span className="badge badge-overdue">Falta el documento (obligatorio)</span>
          )
        ) : (
          <span className="badge">Documento opcional</span>
        )}
      </p>
      {item.documents.length > 0 && (
        <ul className="plain">
          {item.documents.map((d) => (
            <li key={d.id}>
              {d.downloadUrl ? <a href={d.downloadUrl}>{d.name}</a> : d.name}
              {!d.current && ' (versión anterior)'}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div className="upload">
          <label htmlFor={inputId}>{`Archivo PDF para «${item.text}»`}</label>
          <input id={inputId} type="file" accept="application/pdf" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          <Button variant="secondary" isDisabled={!file || progress !== null} onPress={() => void upload()}>
            {`Subir documento de «${item.text}»`}
          </Button>
          {progress !== null && (
            <progress value={progress} max={1} aria-label={`Subiendo ${file?.name ?? 'el archivo'}`}>
              {formatPercent(progress)}
            </progress>
          )}
        </div>
      )}
      {done && <Notice>{done}</Notice>}
      {failure && (
        <p className="alert alert-error" role="alert">
          {failure}
        </p>
      )}
    </li>
  );
}

function Corrections({ kase, onDone }: { kase: Kase; onDone(): void }) {
  const term = kase.deadlines.find((d) => d.kind === 'CORRECTIONS' && (d.status === 'PENDING' || d.status === 'OVERDUE'));
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [extend, { loading }] = useMutation(RequestExtension);
  const [asked, setAsked] = useState(false);
  return (
    <section className="card" aria-labelledby="correcciones">
      <h2 id="correcciones">Correcciones solicitadas</h2>
      {kase.lastNote && <p className="prewrap">{kase.lastNote}</p>}
      {term && (
        <p>
          Plazo para corregir: hasta el {formatDateTime(term.dueAt)}
          {term.extendedDays ? ` (prorrogado; vencía el ${formatDateTime(term.originalDueAt)})` : ''}{' '}
          {term.overdue && <span className="badge badge-overdue">Vencido</span>}
        </p>
      )}
      <p>Corrija la postulación abajo, guárdela y radique las correcciones.</p>
      {asked && <Notice>Prórroga concedida: el plazo se extendió por un término igual.</Notice>}
      {term && !term.extendedDays && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setRefusal(null);
            extend({ variables: { input: { caseId: kase.id, expectedVersion: kase.version, reason: reason || undefined } } })
              .then(() => {
                setAsked(true);
                onDone();
              })
              .catch((err: unknown) => setRefusal(refusalOf(err)));
          }}
        >
          <h3>Pedir la prórroga (una sola vez)</h3>
          <FormAlert refusal={refusal} shownPaths={['input.reason']} />
          <TextField
            label="Motivo de la prórroga (opcional)"
            description="Entre 10 y 5.000 caracteres; sin motivo se registra el de la ley (Ley 1755 de 2015, art. 17)."
            multiline
            value={reason}
            onChange={setReason}
            error={errorAt(refusal, 'input.reason')}
          />
          <Button type="submit" variant="secondary" isDisabled={loading}>
            Pedir la prórroga
          </Button>
        </form>
      )}
    </section>
  );
}
